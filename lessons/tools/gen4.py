# SPDX-License-Identifier: GPL-3.0-or-later
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
from gen2 import webs, lbweb

# ---------- 11 message queue ----------
mix11 = (0, 0.5, 0.2, 0.3)
nomq = lbweb(2, 400, mix=mix11, webparams={"workers": 16, "job_ms": 100}, name="Jobs done while the user waits", desc="30% of the requests ask for slow background work (resizing a photo, sending mail). The web servers do that work inside the request, so the user waits for it.")
mq = derive(nomq, name="A queue and a pool of workers", desc="Web servers drop each job into a durable queue and answer at once; workers take jobs at their own pace.",
            add=[C("queue", "message_queue", "Message queue", 660, -200), C("workers", "worker_pool", "Workers", 880, -200, workers=16, service_ms=100)],
            conns_add=[("web1", "queue"), ("web2", "queue"), ("queue", "workers"), ("workers", "db")])
write_lesson("11-message-queue", "A message queue absorbs a spike",
  "Decouple slow background work from the request path with a durable queue and a pool of workers.",
  (["Explain producer/queue/consumer decoupling.",
    "Watch a backlog build during a spike and drain afterwards at (worker rate - arrival rate).",
    "Size a worker pool: workers / job time must exceed the average job rate."],
   ["A queue makes the work faster (it only moves it to later and smooths the peak).",
    "A queue can absorb any overload (the backlog grows without bound if workers are too slow on average)."],
   ["Message ordering and exactly-once delivery.",
    "Visibility timeouts: a job held by a crashed worker is simply delivered again."],
   "Run the queue design and trigger the spike: the users' latency stays flat while the queue-depth chart rises and then drains. Ask the class to predict how long the drain takes."),
  [step("add-queue", "Hand the work to a queue",
        "30% of requests are jobs (resize a photo, send an e-mail) that take about 100 ms of work each. Add a <b>message queue</b> that the web servers drop jobs into, and a <b>worker pool</b> that takes them from the queue. In the experiment traffic triples for 20 s: users must keep a p95 under 200 ms, and the work must get done.",
        "queue.json", [chk("connection", from_kind="web_server", to_kind="message_queue"), chk("connection", from_kind="message_queue", to_kind="worker_pool"),
                       metric("p95_ms", "<", 200), metric("jobs_processed", ">", 10000), metric("queue_depth_max", ">", 100, label="the queue absorbed the spike (backlog over 100)")],
        ["Connect each web server to the message queue and the queue to the worker pool.",
         "120 jobs/s x 100 ms needs 12 busy workers on average; 16 leave room to drain the spike's backlog."],
        start="start.json", experiment=exp(120, [ev(30, "spike", factor=3, duration_s=20, label="traffic triples")]), highlight="message_queue"),
   step("workers-down", "The workers stop",
        "Run the experiment: the worker pool crashes at 20 s and comes back at 50 s. Users keep posting jobs. Does anybody notice? Is any job lost?",
        "queue.json", [metric("p95_ms", "<", 200, label="users' p95 stays under 200 ms"), metric("queue_depth_max", ">", 1000, label="the backlog grows past 1,000 jobs"),
                       metric("dead_letters", "<", 1, label="no job is lost")],
        ["The queue keeps every message until a worker takes it.", "After the workers return they drain the backlog at their spare rate."],
        kind="observe", experiment=exp(120, [ev(20, "crash", "kind:worker_pool", duration_s=30, label="workers crash")]))],
  {"start.json": nomq, "queue.json": mq})

# ---------- 12 monitoring and automation ----------
base12 = lbweb(2, 500, name="Two web servers, nobody watching", desc="Two web servers with 8 workers each, no monitoring.")
mon = derive(base12, name="Monitoring the latency", desc="Monitoring raises an alert when the p99 latency stays above 300 ms for 10 s.",
             add=[C("mon", "monitoring", "Monitoring", 200, -200, metric="p99_ms", threshold=300, for_s=10)])
auto = derive(mon, name="Autoscaling web tier", desc="The autoscaler adds web servers when they are busy and removes them when idle.",
              add=[C("scaler", "autoscaler", "Autoscaler", 200, 200, scale_out_above=0.7, scale_in_below=0.3, min_servers=2, max_servers=10, warmup_s=20, cooldown_s=20, check_interval_s=5)],
              conns_add=[("scaler", "lb")])
write_lesson("12-monitoring-automation", "Logging, metrics and automation",
  "Watch the system with metrics and alerts, then let an autoscaler add servers when the load grows.",
  (["Define an alert on a metric with a threshold and a duration.",
    "Explain how an autoscaler uses utilization to add and remove servers, and why warm-up and cool-down matter.",
    "See that automation reacts after the fact: the first minutes of a surge are still slow."],
   ["Autoscaling is instant (new servers need time to start).",
    "More alerts mean better monitoring (alerts must be actionable)."],
   ["Log collection and dashboards: monitoring is one rule per component here.",
    "Cost of idle capacity beyond the cost per hour of each server."],
   "Run the monitored design and trigger the surge: the alert fires on the chart. Then add the autoscaler and repeat: point out the warm-up delay before latency recovers."),
  [step("alert", "Get told when it hurts",
        "Nobody notices when the site slows down. Add <b>monitoring</b> that raises an alert when the p99 latency stays above a threshold. In the experiment, traffic doubles at 30 s: your alert must fire.",
        "monitoring.json", [chk("has_component", kind="monitoring", min=1), metric("alerts_fired", ">=", 1, label="at least one alert fired")],
        ["Drag Monitoring onto the canvas; choose the metric p99_ms and a threshold of a few hundred ms.",
         "With nothing connected, monitoring watches the end-to-end latency."],
        start="start.json", experiment=exp(90, [ev(30, "step", factor=2, label="traffic doubles")]), highlight="monitoring"),
   step("autoscale", "Let it grow by itself",
        "Traffic ramps to three times its level between 30 s and 90 s. Add an <b>autoscaler</b> connected to the load balancer so that, once servers have been added, the p95 is under 200 ms again.",
        "autoscale.json", [chk("connection", from_kind="autoscaler", to_kind="load_balancer"), metric("servers_added", ">=", 1),
                           metric("p95_ms", "<", 200, window=(200, 300), label="after scaling out: p95 under 200 ms")],
        ["Connect the Autoscaler to the load balancer.", "A new server needs its warm-up time before it takes traffic."],
        experiment=exp(300, [ev(30, "ramp", factor=3, duration_s=60, label="traffic ramps up")]), highlight="autoscaler")],
  {"start.json": base12, "monitoring.json": mon, "autoscale.json": auto})

# ---------- 13 sharding ----------
mix13 = (0, 0.3, 0.7, 0)
one_db = lbweb(4, 1500, mix=mix13, webparams={"workers": 16}, dbparams={"workers": 16, "write_service_ms": 10},
               name="All writes on one database", desc="A write-heavy product: one primary database takes every write.")
shards = derive(one_db, name="Four shards", desc="A shard router sends each key to the database that owns it.", remove=["db"],
                add=[C("router", "shard_router", "Shard router", 640, 0)] +
                    [C(f"shard{i}", "database", f"Shard {i}", 860, -180 + 120 * (i - 1), workers=16, write_service_ms=10) for i in (1, 2, 3, 4)],
                conns_add=[(f"web{i}", "router") for i in (1, 2, 3, 4)] + [("router", f"shard{i}") for i in (1, 2, 3, 4)])
write_lesson("13-sharding", "Database sharding and hot keys",
  "Split the data over several databases by key so writes scale out, then meet the key everybody wants.",
  (["Explain sharding: each key lives on exactly one shard chosen by a hash or range of the key.",
    "See writes scale with the number of shards, unlike replicas.",
    "Recognise hot keys (celebrity problem) and why resharding alone does not fix them."],
   ["Replicas fix a write bottleneck (every write still reaches the one primary).",
    "A good hash spreads load evenly (it spreads keys evenly, not requests for them)."],
   ["Resharding and moving data; cross-shard joins and transactions.",
    "Hot keys only arise from the Zipf popularity of keys."],
   "Show the single database at about 80% utilization with no room to grow, add the router and four shards: utilization drops to a quarter. Then run the hot-key experiment and show one shard far busier than the rest."),
  [step("shard", "Split the data",
        "1,500 requests a second, 70% of them writes: the one database is already about 80% busy with no room to grow, and replicas would not help because every write goes to the primary. Put a <b>shard router</b> in front of four databases. Bring the busiest database under 60% and the p95 under 150 ms.",
        "shards.json", [chk("connection", from_kind="web_server", to_kind="shard_router"), chk("has_component", kind="database", min=4),
                        metric("max_utilization", "<", 0.6, kind="database"), metric("p95_ms", "<", 150)],
        ["Add a Shard router; connect every web server to it and it to each database.",
         "With hash partitioning each shard gets about a quarter of the keys."],
        start="start.json", experiment=exp(60), highlight="shard_router"),
   step("hot-key", "The celebrity problem",
        "Run the experiment: traffic grows to 2,500 requests a second and key popularity becomes far more skewed (a celebrity posts and everybody reads and likes the same few items). If the load were spread evenly each shard would be about a third busy. How busy is the busiest one?",
        "shards.json", [metric("max_utilization", ">", 0.55, kind="database", label="the busiest shard is over 55% busy")],
        ["All requests for one key go to the one shard that owns it.",
         "Fixes used in practice: cache the hot items, or split a hot key over several shards."],
        kind="observe", experiment=exp(60, rate=2500, zipf=1.5))],
  {"start.json": one_db, "shards.json": shards})
