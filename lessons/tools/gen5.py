# SPDX-License-Identifier: GPL-3.0-or-later
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
from gen2 import webs

def capstone(two):
    comps = [C("users-eu", "users", "Users (Europe)", 0, -150, region="europe", share=1),
             C("users-na", "users", "Users (NA)", 0, 400, region="north_america", share=1),
             C("dns", "dns", "GeoDNS", 120, 130, ttl_s=30, geo=True, health_check_interval_s=5, unhealthy_threshold=2),
             C("cdn-eu", "cdn", "CDN Europe", 120, -300, region="europe"),
             C("dc-eu", "datacenter", "Data center Europe", 400, -150, region="europe"),
             C("lb-eu", "load_balancer", "LB Europe", 340, -150, dc="dc-eu")]
    comps += webs(3, x=520, y0=-270, dc="dc-eu", prefix="web-eu-", label="Web Europe", workers=16, service=20, session_mode="stateless")
    comps += [C("sessions", "session_store", "Session store", 700, -330, dc="dc-eu"),
              C("cache-eu", "cache", "Cache Europe", 700, -220, dc="dc-eu", capacity_items=50000),
              C("db", "database", "Primary", 880, -150, dc="dc-eu", workers=32, failover_detection_s=3, promotion_s=2)]
    conns = [("users-eu", "dns"), ("users-na", "dns"), ("users-eu", "cdn-eu"), ("users-na", "cdn-eu"), ("cdn-eu", "lb-eu"), ("dns", "lb-eu"),
             ("cache-eu", "db")]
    for i in (1, 2, 3):
        conns += [("lb-eu", f"web-eu-{i}"), (f"web-eu-{i}", "sessions"), (f"web-eu-{i}", "cache-eu"), (f"web-eu-{i}", "db")]
    if two:
        comps += [C("cdn-na", "cdn", "CDN NA", 120, 570, region="north_america"),
                  C("dc-na", "datacenter", "Data center North America", 400, 400, region="north_america"),
                  C("lb-na", "load_balancer", "LB NA", 340, 400, dc="dc-na")]
        comps += webs(3, x=520, y0=280, dc="dc-na", prefix="web-na-", label="Web NA", workers=16, service=20, session_mode="stateless")
        comps += [C("cache-na", "cache", "Cache NA", 700, 400, dc="dc-na", capacity_items=50000),
                  C("rep-eu", "database", "Replica Europe", 1080, -150, dc="dc-eu", role="replica", workers=32),
                  C("rep-na", "database", "Replica NA", 880, 400, dc="dc-na", role="replica", workers=32)]
        conns = [c for c in conns if c != ("users-na", "cdn-eu")]
        comps.append(C("sessions-na", "session_store", "Sessions NA", 700, 290, dc="dc-na"))
        conns += [("users-na", "cdn-na"), ("cdn-na", "lb-na"), ("dns", "lb-na"), ("cache-na", "db"), ("db", "rep-eu"), ("db", "rep-na")]
        for i in (1, 2, 3):
            conns += [("lb-na", f"web-na-{i}"), (f"web-na-{i}", "sessions-na"), (f"web-na-{i}", "cache-na"), (f"web-na-{i}", "db")]
    return S("Millions of users" + (": two data centers" if two else ": one data center"),
             "One million users, each sending a request every ten minutes on average (about 1,700 req/s)." ,
             comps, conns, mode="closed", users=1000000, think=600, rate=1700, mix=(0.4, 0.5, 0.1, 0), duration=180)
one, two = capstone(False), capstone(True)
events = [ev(30, "crash", "kind:web_server", label="web server crash"), ev(60, "cache_failure", "kind:cache", duration_s=30, label="cache fails"),
          ev(100, "master_loss", "role:primary", label="primary lost"), ev(140, "dc_outage", "region:north_america", label="North America outage")]
write_lesson("14-capstone-millions", "Capstone: millions of users",
  "Put everything together: a design for a million users that keeps serving through several failures in a row.",
  (["Combine the chapter's techniques into one design and justify each part.",
    "Find and remove single points of failure for reads and writes.",
    "Judge a design by its behaviour under several failures, not under a quiet day."],
   ["Each technique fixes everything on its own.",
    "A design that works on a quiet day will survive its first bad day."],
   ["Real cost trade-offs beyond cost per hour; people and processes (on-call, runbooks).",
    "Many regions, compliance and data residency."],
   "Give groups ten minutes to improve the one-data-center design, then run every group's design against the same prepared failure sequence (seeded, so every group faces the same requests) and compare availability."),
  [step("design", "Survive a bad day",
        "One million users, one data center. In the experiment a web server crashes, the cache fails, the primary database is lost and then a whole data center goes dark, all within three minutes. Change the design so that no single component stops reads or writes, and keep availability above 93% through it all.",
        "two-dc.json", [chk("no_spof", capability="read"), chk("no_spof", capability="write"), chk("can_serve", capability="static"),
                        chk("spread", kind="web_server", min=2), metric("availability", ">", 0.93), metric("p95_ms", "<", 500)],
        ["Start with the Check button: it lists the single points of failure.",
         "A second data center needs its own load balancer, web servers, session store and cache, and a replica of the database.",
         "Give the primary at least one replica so failover has somewhere to go."],
        start="start.json", experiment=exp(180, events, warmup=10), highlight="datacenter"),
   step("replay", "Replay the bad day",
        "Run the same experiment on the finished design and follow the markers on the charts: for each failure, what noticed it, how long did users see errors, and what did it cost?",
        "two-dc.json", [metric("availability", ">", 0.93), metric("failed_write_fraction", "<", 0.15, label="under 15% of writes fail")],
        ["Compare the error bursts: health checks, failover and DNS all take their own time."],
        kind="observe", experiment=exp(180, events, warmup=10))],
  {"start.json": one, "two-dc.json": two})
