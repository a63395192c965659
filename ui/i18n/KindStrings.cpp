// SPDX-License-Identifier: GPL-3.0-or-later
// Generated once from core/model/ComponentKinds.cpp (kind names and descriptions,
// parameter labels, help, units and choices with '_' read as ' '), so lupdate extracts
// them into the "ComponentKinds" context. tests/ui/tst_translations.cpp fails when this
// list and the core's table differ: add or remove the entries it names.
#include "i18n/Language.h"

#include <QtGlobal>

namespace scalelab::ui {

namespace {
const char* const kKindStrings[] = {
    // users
    QT_TRANSLATE_NOOP("ComponentKinds", "Users"),
    QT_TRANSLATE_NOOP("ComponentKinds", "A population of clients in one region that sends requests."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Region"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Where these users are."),
    QT_TRANSLATE_NOOP("ComponentKinds", "north america"),
    QT_TRANSLATE_NOOP("ComponentKinds", "europe"),
    QT_TRANSLATE_NOOP("ComponentKinds", "asia"),
    QT_TRANSLATE_NOOP("ComponentKinds", "south america"),
    QT_TRANSLATE_NOOP("ComponentKinds", "oceania"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Share of traffic"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Relative weight of this region in the workload."),
    // dns
    QT_TRANSLATE_NOOP("ComponentKinds", "DNS"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Turns a name into the address of a data center; clients cache the answer for its TTL."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Record TTL"),
    QT_TRANSLATE_NOOP("ComponentKinds", "How long clients keep an answer."),
    QT_TRANSLATE_NOOP("ComponentKinds", "s"),
    QT_TRANSLATE_NOOP("ComponentKinds", "GeoDNS"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Answer each region with its nearest healthy data center."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Health-check interval"),
    QT_TRANSLATE_NOOP("ComponentKinds", "How often DNS probes each target."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Unhealthy threshold"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Failed probes in a row before a target is taken out."),
    QT_TRANSLATE_NOOP("ComponentKinds", "checks"),
    // cdn
    QT_TRANSLATE_NOOP("ComponentKinds", "CDN edge"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Serves static files from a cache near the users and fetches misses from the origin."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Where this edge is."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Capacity"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Objects the edge can hold."),
    QT_TRANSLATE_NOOP("ComponentKinds", "items"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Object TTL"),
    QT_TRANSLATE_NOOP("ComponentKinds", "How long a cached object stays fresh (0 = forever)."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Eviction"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Which object is dropped when full."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Workers"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Requests served in parallel (threads or cores)."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Service time"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Mean time one worker spends on one request."),
    QT_TRANSLATE_NOOP("ComponentKinds", "ms"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Service distribution"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Shape of the service-time distribution."),
    QT_TRANSLATE_NOOP("ComponentKinds", "exponential"),
    QT_TRANSLATE_NOOP("ComponentKinds", "deterministic"),
    QT_TRANSLATE_NOOP("ComponentKinds", "lognormal"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Service variability"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Coefficient of variation for the lognormal distribution."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Queue capacity"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Requests that may wait; arrivals beyond it are rejected."),
    QT_TRANSLATE_NOOP("ComponentKinds", "requests"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Queue timeout"),
    QT_TRANSLATE_NOOP("ComponentKinds", "A request that waited longer than this is dropped (0 = never)."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Cost"),
    QT_TRANSLATE_NOOP("ComponentKinds", "What one instance costs per hour."),
    QT_TRANSLATE_NOOP("ComponentKinds", "$/h"),
    // api_gateway
    QT_TRANSLATE_NOOP("ComponentKinds", "API gateway"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Front door that rate-limits clients before they reach the servers."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Rate limit"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Requests per second let through (0 = unlimited)."),
    QT_TRANSLATE_NOOP("ComponentKinds", "req/s"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Burst"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Requests allowed above the rate in a burst."),
    // load_balancer
    QT_TRANSLATE_NOOP("ComponentKinds", "Load balancer"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Spreads requests over web servers and stops sending to the ones that fail health checks."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Policy"),
    QT_TRANSLATE_NOOP("ComponentKinds", "How a server is picked for each request."),
    QT_TRANSLATE_NOOP("ComponentKinds", "round robin"),
    QT_TRANSLATE_NOOP("ComponentKinds", "least connections"),
    QT_TRANSLATE_NOOP("ComponentKinds", "random"),
    QT_TRANSLATE_NOOP("ComponentKinds", "consistent hash"),
    QT_TRANSLATE_NOOP("ComponentKinds", "sticky"),
    QT_TRANSLATE_NOOP("ComponentKinds", "How often each server is probed."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Failed probes in a row before a server is taken out."),
    // web_server
    QT_TRANSLATE_NOOP("ComponentKinds", "Web server"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Runs the application code for each request."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Sessions"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Stateful keeps sessions in this server's memory; stateless keeps them in a session store."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Cache copies"),
    QT_TRANSLATE_NOOP("ComponentKinds", "caches"),
    QT_TRANSLATE_NOOP("ComponentKinds", "With several caches connected (a cluster), on how many of them each key is kept."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Job work"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Invalidate on write"),
    QT_TRANSLATE_NOOP("ComponentKinds", "A write drops the key from the cache; off: a cached item stays until its TTL ends, even if stale."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Work of one background job when no message queue is connected: done inside the request."),
    QT_TRANSLATE_NOOP("ComponentKinds", "stateless"),
    QT_TRANSLATE_NOOP("ComponentKinds", "stateful"),
    // cache
    QT_TRANSLATE_NOOP("ComponentKinds", "Cache"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Keeps hot data in memory so most reads skip the database."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Items the cache can hold."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Which item is dropped when full."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Item TTL"),
    QT_TRANSLATE_NOOP("ComponentKinds", "How long an item stays fresh (0 = forever)."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Strategy"),
    QT_TRANSLATE_NOOP("ComponentKinds", "How reads and writes use the cache."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Refresh ahead at"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Refresh-ahead reloads an item read after this fraction of its TTL."),
    QT_TRANSLATE_NOOP("ComponentKinds", "of TTL"),
    // database
    QT_TRANSLATE_NOOP("ComponentKinds", "Database"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Stores the data: the primary takes writes, replicas serve reads."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Role"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Primary accepts writes; a replica copies it and serves reads."),
    QT_TRANSLATE_NOOP("ComponentKinds", "primary"),
    QT_TRANSLATE_NOOP("ComponentKinds", "replica"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Engine"),
    QT_TRANSLATE_NOOP("ComponentKinds", "NoSQL trades joins for faster, simpler key lookups (half the service time)."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Write time"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Mean time one worker spends on a write."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Replication lag"),
    QT_TRANSLATE_NOOP("ComponentKinds", "How far a replica trails the primary."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Failure detection"),
    QT_TRANSLATE_NOOP("ComponentKinds", "How long before a dead primary is noticed."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Promotion time"),
    QT_TRANSLATE_NOOP("ComponentKinds", "How long promoting a replica takes."),
    // shard_router
    QT_TRANSLATE_NOOP("ComponentKinds", "Shard router"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Sends each key to the database shard that owns it."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Partitioning"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Hash spreads keys evenly; range keeps neighbours together."),
    QT_TRANSLATE_NOOP("ComponentKinds", "hash"),
    QT_TRANSLATE_NOOP("ComponentKinds", "range"),
    // session_store
    QT_TRANSLATE_NOOP("ComponentKinds", "Session store"),
    QT_TRANSLATE_NOOP("ComponentKinds", "A shared store for login sessions so any web server can serve any user."),
    // message_queue
    QT_TRANSLATE_NOOP("ComponentKinds", "Message queue"),
    QT_TRANSLATE_NOOP("ComponentKinds", "A durable buffer that lets slow work happen later, at the workers' pace."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Messages the queue can hold."),
    QT_TRANSLATE_NOOP("ComponentKinds", "messages"),
    QT_TRANSLATE_NOOP("ComponentKinds", "What the queue costs per hour."),
    // worker_pool
    QT_TRANSLATE_NOOP("ComponentKinds", "Background consumers that take jobs from a message queue."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Job failure rate"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Probability that one attempt of a job fails."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Retries"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Attempts after the first before a job goes to the dead-letter queue."),
    // datacenter
    QT_TRANSLATE_NOOP("ComponentKinds", "Data center"),
    QT_TRANSLATE_NOOP("ComponentKinds", "A site in one region; an outage takes down everything inside it."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Where the data center is."),
    // monitoring
    QT_TRANSLATE_NOOP("ComponentKinds", "Monitoring"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Watches a metric and raises an alert when it stays past a bound."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Metric"),
    QT_TRANSLATE_NOOP("ComponentKinds", "What is watched (end to end when nothing is connected)."),
    QT_TRANSLATE_NOOP("ComponentKinds", "error rate"),
    QT_TRANSLATE_NOOP("ComponentKinds", "utilization"),
    QT_TRANSLATE_NOOP("ComponentKinds", "queue length"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Threshold"),
    QT_TRANSLATE_NOOP("ComponentKinds", "The alert fires above this value."),
    QT_TRANSLATE_NOOP("ComponentKinds", "For"),
    QT_TRANSLATE_NOOP("ComponentKinds", "How long the metric must stay above the threshold."),
    // autoscaler
    QT_TRANSLATE_NOOP("ComponentKinds", "Autoscaler"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Adds web servers behind a load balancer when they are busy and removes them when idle."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Scale out above"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Average utilization that adds a server."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Scale in below"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Average utilization that removes a server."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Minimum servers"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Never fewer than this."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Maximum servers"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Never more than this."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Warm-up"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Time before a new server takes traffic."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Cool-down"),
    QT_TRANSLATE_NOOP("ComponentKinds", "Pause after each scaling action."),
    QT_TRANSLATE_NOOP("ComponentKinds", "Check interval"),
    QT_TRANSLATE_NOOP("ComponentKinds", "How often utilization is checked."),
};
} // namespace

QStringList kindStringList()
{
    QStringList out;
    for (const char* s : kKindStrings)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace scalelab::ui
