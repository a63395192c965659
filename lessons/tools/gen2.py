# SPDX-License-Identifier: GPL-3.0-or-later
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

def webs(n, x=420, y0=None, workers=8, service=20, dc=None, prefix="web", label="Web server", **extra):
    y0 = -(n - 1) * 60 if y0 is None else y0
    return [C(f"{prefix}{i+1}", "web_server", f"{label} {i+1}", x, y0 + 120 * i, dc=dc, workers=workers, service_ms=service, **extra)
            for i in range(n)]

def lbweb(n, rate, mix=(0.2, 0.6, 0.2, 0), dbparams=None, webparams=None, lbparams=None, name="", desc="", **kw):
    comps = [C("users", "users", "Users", 0, 0, region="europe"), C("lb", "load_balancer", "Load balancer", 200, 0, **(lbparams or {}))]
    comps += webs(n, **(webparams or {}))
    comps.append(C("db", "database", "Database", 660, 0, **(dbparams or {"workers": 32})))
    conns = [("users", "lb")] + [("lb", f"web{i+1}") for i in range(n)] + [(f"web{i+1}", "db") for i in range(n)]
    return S(name, desc, comps, conns, rate=rate, mix=mix, **kw)

# ---------- 05 load balancer ----------
one = S("One web server", "A single web server in front of the database.",
        [C("users", "users", "Users", 0, 0, region="europe"), C("web1", "web_server", "Web server 1", 420, 0, workers=8, service_ms=20),
         C("db", "database", "Database", 660, 0, workers=32)], [("users", "web1"), ("web1", "db")], rate=300)
lb = lbweb(2, 300, name="Two web servers behind a load balancer", desc="The load balancer spreads requests and stops sending to a server that fails its health checks.")
write_lesson("05-load-balancer", "The load balancer and a web server crash",
  "Put a load balancer in front of several web servers and watch it route around a crash.",
  (["Explain what a load balancer does: spread requests, check health, stop sending to failed servers.",
    "Measure how long a crash is visible to users (health-check interval x unhealthy threshold).",
    "Recognise that the load balancer itself can be a single point of failure."],
   ["A load balancer removes every single point of failure (it becomes one itself unless it is doubled).",
    "Failover is instant (users see errors until the health checks notice)."],
   ["Connection draining and retries by clients: a request sent to a dead server simply fails.",
    "Active-passive load balancer pairs with a floating address."],
   "Run the load-balanced design and crash one server while the class watches the error chart: a short burst of errors, then nothing. Ask what decides the length of the burst, change the health-check interval and repeat."),
  [step("crash-one", "One server, one crash",
        "Run the experiment: the only web server crashes at 20 s. What share of requests is answered while it is down?",
        "start.json", [metric("availability", "<", 0.1, window=(21, 40), label="while down: availability under 10%")],
        ["Nothing else can answer for the crashed server."], start="start.json", kind="observe",
        experiment=exp(40, [ev(20, "crash", "kind:web_server", label="web server crash")])),
   step("balance", "Add a load balancer",
        "Put a <b>load balancer</b> in front of at least two web servers, each connected to the database. The goal: when a web server crashes at 30 s, users are served again within 15 seconds, and no single web server can take the site down.",
        "lb.json", [chk("connection", from_kind="users", to_kind="load_balancer"), chk("has_component", kind="web_server", min=2),
                    chk("no_spof", capability="read", kind="web_server"),
                    metric("availability", ">", 0.99, window=(45, 90), label="15 s after the crash: availability over 99%")],
        ["Drag a Load balancer onto the canvas; connect Users to it and it to each web server.",
         "Copy the web server (Ctrl+C, then Ctrl+V). A copy comes without connections: connect the load balancer to it and it to the database.",
         "The load balancer notices a dead server after health-check interval x unhealthy threshold (5 s x 2)."],
        experiment=exp(90, [ev(30, "crash", "kind:web_server", label="web server crash")]), highlight="load_balancer"),
   step("lb-crash", "Who balances the balancer?",
        "Run the experiment: this time the load balancer itself fails at 20 s. Both web servers are healthy. What do users see?",
        "lb.json", [metric("availability", "<", 0.1, window=(21, 40), label="while the balancer is down: availability under 10%")],
        ["Every request passes through the one load balancer.",
         "Real sites run load balancers in pairs (one takes over the other's address) or several behind DNS."],
        kind="observe", experiment=exp(40, [ev(20, "crash", "kind:load_balancer", label="load balancer crash")]))],
  {"start.json": one, "lb.json": lb})

# ---------- 06 replication ----------
mix6 = (0.1, 0.8, 0.1, 0)
single = lbweb(2, 800, mix=mix6, dbparams={"workers": 8, "service_ms": 8}, webparams={"workers": 16},
               name="One database for everything", desc="Both web servers send every read and write to one database.")
def replicas(base, det=10, promo=5):
    s = derive(base, name="Primary with two read replicas", desc="Writes go to the primary; replicas copy it and serve reads.",
               add=[C("rep1", "database", "Replica 1", 880, -80, role="replica", workers=8, service_ms=8),
                    C("rep2", "database", "Replica 2", 880, 80, role="replica", workers=8, service_ms=8)],
               conns_add=[("db", "rep1"), ("db", "rep2")],
               params={"db": {"failover_detection_s": det, "promotion_s": promo}})
    for c in s["components"]:
        if c["id"] == "db": c["name"] = "Primary"
    return s
rep = replicas(single)
fast = replicas(single, det=2, promo=2)
fast["description"] = "Replicas serve reads; failover is detected and completed within a few seconds."
write_lesson("06-replication-failover", "Database replication and master failover",
  "Copy the database to read replicas, spread the reads, and survive the loss of the primary.",
  (["Explain primary/replica replication: writes to one node, reads from many.",
    "Observe failover: detection time plus promotion time during which writes fail.",
    "See replication lag as stale reads and as writes lost when the primary dies."],
   ["Adding replicas speeds up writes (every write still goes to the one primary).",
    "Failover loses nothing (the writes not yet copied are gone).",
    "A replica always has the latest data."],
   ["Conflict resolution and multi-primary setups.",
    "Replication lag that grows with load: the lag is a fixed parameter here."],
   "Start with the single database at 800 req/s and show its utilization near 75%. Add two replicas live: the primary's load drops. Then trigger the master loss (B) and point to the write errors and the 'promoted' marker on the chart."),
  [step("replicas", "Spread the reads",
        "80% of the requests are reads and the database is busy. Add <b>read replicas</b>: connect the primary database to each replica so they copy it. Bring the busiest database under 50% utilization, and make sure no single database can stop the reads.",
        "replicas.json", [chk("reads_via_replica"), chk("has_component", kind="database", min=3), chk("no_spof", capability="read", kind="database"),
                          metric("max_utilization", "<", 0.5, kind="database", label="busiest database under 50% utilization")],
        ["Add a Database and set its Role to replica.", "Connect the primary to the replica (the arrow shows the copy direction).",
         "Reads go round robin over the replicas; writes stay on the primary."],
        start="start.json", experiment=exp(60), highlight="database"),
   step("failover", "Lose the primary",
        "At 30 s the primary dies. Until the loss is noticed and a replica is promoted, writes fail. Tune the failover so that fewer than 5% of the writes in the run fail.",
        "fast-failover.json", [chk("reads_via_replica"), metric("failed_write_fraction", "<", 0.05, label="under 5% of writes fail"),
                               metric("availability", ">", 0.9, window=(30, 50), label="during the failover: availability over 90% (reads go on)")],
        ["Select the primary: Failure detection and Promotion time add up to the time writes fail.",
         "About 2 s of detection and 2 s of promotion keep the failed writes to a few percent."],
        start="replicas.json", experiment=exp(120, [ev(30, "master_loss", "role:primary", label="primary lost")]), highlight="database"),
   step("lag", "The price of copying later",
        "Replicas copy the primary about 100 ms behind. Run the experiment with the primary lost at 30 s. Were any reads answered with old data? Were any writes lost for good?",
        "fast-failover.json", [metric("stale_reads", ">", 0, label="some reads returned old data"),
                               metric("lost_writes", ">", 0, label="some acknowledged writes were lost")],
        ["A read that reaches a replica less than the lag after a write of the same key sees the old value.",
         "Writes the primary acknowledged but had not yet copied die with it."],
        kind="observe", experiment=exp(60, [ev(30, "master_loss", "role:primary", label="primary lost")]))],
  {"start.json": single, "replicas.json": rep, "fast-failover.json": fast})

# ---------- 07 cache ----------
mix7 = (0, 0.9, 0.1, 0)
nocache = lbweb(2, 1000, mix=mix7, dbparams={"workers": 8, "service_ms": 10}, webparams={"workers": 32},
                name="Every read hits the database", desc="The database answers every read; at 1,000 req/s it cannot keep up.", keys=20000)
def withcache(cap, ttl, evict="lru"):
    s = derive(nocache, name="Cache in front of the database", desc="Web servers look in the cache first and only ask the database on a miss.",
               add=[C("cache", "cache", "Cache", 660, -160, capacity_items=cap, ttl_s=ttl, eviction=evict)],
               conns_add=[("web1", "cache"), ("web2", "cache"), ("cache", "db")])
    return s
small = withcache(500, 5)
good = withcache(10000, 300)
write_lesson("07-cache-tier", "The cache tier",
  "Keep hot data in memory so most reads never reach the database; then see what the cache's size, TTL and failure do.",
  (["Explain cache-aside: read the cache, on a miss read the database and fill the cache.",
    "Relate hit rate to capacity, TTL and key popularity (a few keys get most reads).",
    "See the database take the full load when the cache fails."],
   ["A cache always helps (a cold, tiny or short-lived cache can make things slower).",
    "The cache can be treated as the source of truth.",
    "When the cache fails the system just gets a bit slower (the database may collapse under the sudden load)."],
   ["Consistency between cache and database beyond invalidation on write.",
    "Memory size in bytes: capacity counts items."],
   "Show the overloaded database, add the cache live and watch database utilization fall as the hit rate climbs. Then trigger the cache failure: the database saturates within seconds."),
  [step("add-cache", "Add a cache",
        "1,000 reads and writes a second overload the database. Put a <b>cache</b> between the web servers and the database (web servers connect to the cache, the cache to the database). Get the p95 under 150 ms and the database under 70% utilization.",
        "cache.json", [chk("connection", from_kind="web_server", to_kind="cache"), chk("connection", from_kind="cache", to_kind="database"),
                       metric("cache_hit_rate", ">", 0.6), metric("max_utilization", "<", 0.7, kind="database"), metric("p95_ms", "<", 150)],
        ["Drag a Cache onto the canvas and connect both web servers to it, and it to the database.",
         "A few popular keys get most of the reads: a cache holding half of the 20,000 keys catches most reads."],
        start="start.json", experiment=exp(60), highlight="cache"),
   step("tune", "A cache that forgets too soon",
        "This cache holds only 500 of the 20,000 keys and forgets each item after 5 seconds. Tune it until more than 65% of the lookups are hits.",
        "cache.json", [chk("has_component", kind="cache", min=1), metric("cache_hit_rate", ">", 0.65)],
        ["Capacity: how many of the 20,000 keys fit. TTL: how long an item stays before it must be fetched again.",
         "Try a capacity of about 10,000 items and a TTL of a few minutes."],
        start="small-cache.json", experiment=exp(60), highlight="cache"),
   step("cache-down", "When the cache goes away",
        "Run the experiment: the cache fails at 30 s. Every read now goes to the database. What happens to latency?",
        "cache.json", [metric("p95_ms", ">", 500, window=(35, 60), label="after the cache fails: p95 over 500 ms")],
        ["The database was sized for the misses only.", "This is why caches are run as clusters and warmed up before taking traffic."],
        kind="observe", experiment=exp(60, [ev(30, "cache_failure", "kind:cache", label="cache fails")]))],
  {"start.json": nocache, "small-cache.json": small, "cache.json": good})
