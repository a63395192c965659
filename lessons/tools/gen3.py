# SPDX-License-Identifier: GPL-3.0-or-later
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
from gen2 import webs, lbweb

# ---------- 08 CDN ----------
mix8 = (0.6, 0.3, 0.1, 0)
nocdn = lbweb(2, 1000, mix=mix8, name="Web servers send every file", desc="Images, scripts and styles come from the web servers, 60% of all requests.")
cdn = derive(nocdn, name="A CDN edge near the users", desc="Static files come from a CDN edge in the users' region; only misses reach the web servers.",
             add=[C("cdn", "cdn", "CDN edge", 200, -180, region="europe")], conns_add=[("users", "cdn"), ("cdn", "lb")])
write_lesson("08-cdn", "Content delivery network",
  "Serve images, scripts and styles from an edge cache close to the users, and keep the web servers for dynamic work.",
  (["Explain what a CDN caches and why it sits near the users.",
    "Measure how much origin load a CDN removes (hit rate x static share).",
    "See the origin load jump when the edge is emptied."],
   ["A CDN speeds up everything (only cacheable, mostly static content).",
    "Emptying a CDN is harmless (every object must be fetched from the origin again at once)."],
   ["Cache-control headers and versioned file names: objects simply expire after their TTL.",
    "Many edges worldwide: one edge per region here."],
   "Show the busy web servers, add the CDN and watch their utilization fall. Then flush the CDN (B) and point out the short burst of origin load while the edge refills."),
  [step("add-cdn", "Move static files to the edge",
        "Most requests ask for images, scripts and styles, and the web servers are overloaded. Add a <b>CDN edge</b>: users connect to it for static files and it fetches misses from the load balancer. Get web server utilization under 70% and the p95 under 200 ms.",
        "cdn.json", [chk("connection", from_kind="users", to_kind="cdn"), chk("path", from_kind="cdn", to_kind="web_server"),
                     metric("cdn_hit_rate", ">", 0.8), metric("max_utilization", "<", 0.7, kind="web_server"), metric("p95_ms", "<", 200)],
        ["Drag a CDN edge near the users; connect Users to it and it to the load balancer.",
         "Users keep their connection to the load balancer for dynamic pages."],
        start="start.json", experiment=exp(60), highlight="cdn"),
   step("flush", "Empty the edge",
        "Run the experiment: the CDN edge is flushed at 30 s. Watch the hit rate and the web servers right after.",
        "cdn.json", [metric("cdn_hit_rate", "<", 0.6, window=(30, 35), label="right after the flush: CDN hit rate under 60%"),
                     metric("cdn_hit_rate", ">", 0.75, window=(50, 60), label="20 s later: CDN hit rate over 75% again")],
        ["Each object is fetched once from the origin, then served from the edge again."],
        kind="observe", experiment=exp(60, [ev(30, "cache_flush", "kind:cdn", label="CDN flushed")]))],
  {"start.json": nocdn, "cdn.json": cdn})

# ---------- 09 stateless ----------
stateful = lbweb(3, 600, name="Sessions kept in each web server", desc="Each web server remembers its logged-in users in its own memory; the load balancer keeps a user on one server.",
                 lbparams={"policy": "sticky"}, webparams={"session_mode": "stateful"})
roundrobin = lbweb(3, 600, name="Stateful servers, no stickiness", desc="Each web server remembers its logged-in users in its own memory, but the load balancer sends each request to the next server in turn.",
                   lbparams={"policy": "round_robin"}, webparams={"session_mode": "stateful"})
stateless = lbweb(3, 600, name="Stateless web tier", desc="Sessions live in a shared session store, so any web server can serve any user.",
                  lbparams={"policy": "round_robin"}, webparams={"session_mode": "stateless"})
stateless["components"].append(C("sessions", "session_store", "Session store", 660, -200))
stateless["connections"] += [{"from": f"web{i}", "to": "sessions"} for i in (1, 2, 3)]
write_lesson("09-stateless-web-tier", "A stateless web tier",
  "Move login sessions out of the web servers into a shared store so that any server can serve any user, and a crash logs nobody out.",
  (["Distinguish stateful from stateless servers.",
    "Explain why sticky sessions make scaling and failure handling harder.",
    "Use a shared session store so web servers can be added and removed freely."],
   ["Sticky sessions are enough (a crash still logs out every user on that server).",
    "Stateless means the application has no state (the state moved to a shared store)."],
   ["Session size and serialisation costs: a lookup in the store takes a fixed service time.",
    "Expiry of sessions."],
   "Run the stateful design, crash one server and read out the number of users logged out from the event log. Then show the stateless design with the same crash: zero."),
  [step("stateful", "Who remembers you?",
        "Each web server keeps its users' sessions in memory, and the load balancer sends each user back to the same server. Run the experiment: one server crashes at 20 s. How many users are logged out?",
        "start.json", [metric("sessions_lost", ">", 0, label="some users lost their session")],
        ["Look at the event markers on the chart: the crash logs out everyone on that server."],
        start="start.json", kind="observe", experiment=exp(40, [ev(20, "crash", "kind:web_server", label="web server crash")])),
   step("round-robin", "Drop the stickiness",
        "Stickiness ties every user to one server. Set the load balancer's policy to <b>round robin</b> and keep the servers stateful. Each request may now land on a server that has never seen its user: the user must log in again, and that login is extra work for the server. Count the <b>session misses</b>.",
        "roundrobin.json", [chk("param", kind="load_balancer", key="policy", op="==", value="round_robin"),
                            metric("session_misses", ">", 1000, label="over 1000 requests found no session (users logged in again)")],
        ["Select the load balancer and change its Policy.",
         "With three servers a user's next request lands on another server two times in three."],
        experiment=exp(40, [])),
   step("stateless", "Share the sessions",
        "Make every web server <b>stateless</b>: keep sessions in a <b>session store</b> that all web servers use. The same crash must log out nobody, and requests must flow again within 20 s.",
        "stateless.json", [chk("param", kind="web_server", key="session_mode", op="==", value="stateless"),
                           chk("connection", from_kind="web_server", to_kind="session_store"),
                           metric("sessions_lost", "<", 1, label="no user loses a session"),
                           metric("availability", ">", 0.99, window=(40, 60), label="after the crash: availability over 99%")],
        ["Set Sessions to stateless on each web server.", "Add a Session store and connect every web server to it.",
         "Without stickiness the load balancer can use round robin."],
        experiment=exp(60, [ev(20, "crash", "kind:web_server", label="web server crash")]), highlight="session_store")],
  {"start.json": stateful, "roundrobin.json": roundrobin, "stateless.json": stateless})

# ---------- 10 multi-DC ----------
def dcscn(two):
    comps = [C("users-eu", "users", "Users (Europe)", 0, -100, region="europe", share=1),
             C("users-na", "users", "Users (NA)", 0, 330, region="north_america", share=1),
             C("dns", "dns", "GeoDNS", 150, 110, ttl_s=30, geo=True, health_check_interval_s=5, unhealthy_threshold=2),
             C("dc-eu", "datacenter", "Data center Europe", 400, -100, region="europe"),
             C("lb-eu", "load_balancer", "LB Europe", 380, -100, dc="dc-eu")]
    comps += webs(2, x=560, y0=-160, dc="dc-eu", prefix="web-eu-", label="Web Europe")
    comps.append(C("db", "database", "Database", 760, -100, dc="dc-eu", workers=32))
    conns = [("users-eu", "dns"), ("users-na", "dns"), ("dns", "lb-eu"), ("lb-eu", "web-eu-1"), ("lb-eu", "web-eu-2"),
             ("web-eu-1", "db"), ("web-eu-2", "db")]
    if two:
        comps += [C("dc-na", "datacenter", "Data center North America", 400, 380, region="north_america"),
                  C("lb-na", "load_balancer", "LB NA", 380, 380, dc="dc-na")]
        comps += webs(2, x=560, y0=320, dc="dc-na", prefix="web-na-", label="Web NA")
        comps.append(C("db-na", "database", "Replica NA", 760, 380, dc="dc-na", role="replica", workers=32))
        conns += [("dns", "lb-na"), ("lb-na", "web-na-1"), ("lb-na", "web-na-2"), ("web-na-1", "db"), ("web-na-2", "db"), ("db", "db-na")]
    return S("Two data centers" if two else "One data center",
             "GeoDNS sends each region to its nearest healthy data center." if two else "Every user, wherever they are, is served from Europe.",
             comps, conns, rate=600, mix=(0.1, 0.7, 0.2, 0))
one_dc, two_dc = dcscn(False), dcscn(True)
write_lesson("10-multiple-data-centers", "Multiple data centers and GeoDNS",
  "Serve each region from a nearby data center and keep the site up when a whole data center goes dark.",
  (["Explain GeoDNS: answer each region with its nearest healthy data center.",
    "See how health checks and the DNS TTL decide how long an outage is visible.",
    "Recognise the hard part: data must be replicated between data centers."],
   ["Failover between data centers is instant (clients keep cached answers until the TTL runs out).",
    "Two data centers double the cost and nothing else (they also cut latency for distant users)."],
   ["Cross-region data synchronisation beyond asynchronous replica lag.",
    "Anycast routing and split-brain situations."],
   "Start with one data center and point out the latency of North American users (a cross-region round trip). Add the second data center, then trigger the North American outage and follow the error burst until DNS answers move to Europe."),
  [step("second-dc", "Open a second data center",
        "All users are served from Europe; North American users pay an ocean crossing on every request. Add a <b>data center</b> in North America with its own load balancer and web servers, and let GeoDNS send users to it. No single load balancer or web server may take the site down.",
        "two-dc.json", [chk("spread", kind="web_server", min=2), chk("spread", kind="load_balancer", min=2),
                        chk("connection", from_kind="dns", to_kind="load_balancer"), chk("no_spof", capability="read", kind="load_balancer"),
                        metric("p95_ms", "<", 300)],
        ["Drag a Data center, set its region, then place a load balancer and web servers inside it.",
         "Connect GeoDNS to the new load balancer; web servers still need the database."],
        start="start.json", experiment=exp(60), highlight="datacenter"),
   step("outage", "Lose a data center",
        "Run the experiment: the North American data center goes dark at 30 s. Follow the errors: when does DNS notice, and when do clients stop using their cached answer?",
        "two-dc.json", [metric("availability", "<", 0.9, window=(31, 40), label="just after the outage: availability under 90%"),
                        metric("availability", ">", 0.99, window=(90, 120), label="a minute later: availability over 99%")],
        ["DNS needs a few failed health checks before it removes the data center.",
         "Clients keep the old answer until its TTL (30 s here) runs out."],
        kind="observe", experiment=exp(120, [ev(30, "dc_outage", "region:north_america", label="North America outage")]))],
  {"start.json": one_dc, "two-dc.json": two_dc})
