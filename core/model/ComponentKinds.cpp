// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ParamSpec.h"

namespace scalelab::core {

namespace {

using T = ParamSpec::Type;

ParamSpec num(std::string key, std::string label, std::string unit, double def, double min, double max,
              std::string help, bool log = false)
{
    ParamSpec p;
    p.key = std::move(key);
    p.label = std::move(label);
    p.unit = std::move(unit);
    p.type = T::Number;
    p.defaultNumber = def;
    p.min = min;
    p.max = max;
    p.help = std::move(help);
    p.logScale = log;
    return p;
}
ParamSpec integer(std::string key, std::string label, std::string unit, double def, double min,
                  double max, std::string help, bool log = false)
{
    ParamSpec p = num(std::move(key), std::move(label), std::move(unit), def, min, max, std::move(help), log);
    p.type = T::Integer;
    return p;
}
ParamSpec boolean(std::string key, std::string label, bool def, std::string help)
{
    ParamSpec p = num(std::move(key), std::move(label), "", def ? 1 : 0, 0, 1, std::move(help));
    p.type = T::Bool;
    return p;
}
ParamSpec choice(std::string key, std::string label, std::vector<std::string> choices, std::string help)
{
    ParamSpec p;
    p.key = std::move(key);
    p.label = std::move(label);
    p.type = T::Choice;
    p.choices = std::move(choices);
    p.help = std::move(help);
    return p;
}

const std::vector<std::string> kRegions = {"north_america", "europe", "asia", "south_america", "oceania"};

/// Parameters every queueing station has.
void addStation(KindSpec& k, double workers, double serviceMs, double queueCap, double costPerHour)
{
    k.params.push_back(integer("workers", "Workers", "", workers, 1, 100000,
                               "Requests served in parallel (threads or cores).", true));
    k.params.push_back(num("service_ms", "Service time", "ms", serviceMs, 0.001, 600000,
                           "Mean time one worker spends on one request.", true));
    k.params.push_back(choice("service_dist", "Service distribution",
                              {"exponential", "deterministic", "lognormal"},
                              "Shape of the service-time distribution."));
    k.params.push_back(num("service_cv", "Service variability", "", 1.0, 0.0, 10.0,
                           "Coefficient of variation for the lognormal distribution."));
    k.params.push_back(integer("queue_capacity", "Queue capacity", "requests", queueCap, 0, 1e8,
                               "Requests that may wait; arrivals beyond it are rejected.", true));
    k.params.push_back(num("timeout_ms", "Queue timeout", "ms", 0, 0, 3.6e6,
                           "A request that waited longer than this is dropped (0 = never)."));
    k.params.push_back(num("cost_per_hour", "Cost", "$/h", costPerHour, 0, 1e6,
                           "What one instance costs per hour."));
}

std::vector<KindSpec> buildKinds()
{
    std::vector<KindSpec> kinds;

    {
        KindSpec k{"users", "Users", "A population of clients in one region that sends requests.",
                   KindRole::Source, false, {}, {"dns", "cdn", "api_gateway", "load_balancer", "web_server"}};
        k.params.push_back(choice("region", "Region", kRegions, "Where these users are."));
        k.params.push_back(num("share", "Share of traffic", "", 1.0, 0.0, 1e6,
                               "Relative weight of this region in the workload."));
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"dns", "DNS", "Turns a name into the address of a data center; clients cache the answer for its TTL.",
                   KindRole::Router, false, {}, {"load_balancer", "web_server", "api_gateway"}};
        k.params.push_back(num("ttl_s", "Record TTL", "s", 60, 0, 86400, "How long clients keep an answer."));
        k.params.push_back(boolean("geo", "GeoDNS", true, "Answer each region with its nearest healthy data center."));
        k.params.push_back(num("health_check_interval_s", "Health-check interval", "s", 10, 0.1, 3600,
                               "How often DNS probes each target."));
        k.params.push_back(integer("unhealthy_threshold", "Unhealthy threshold", "checks", 3, 1, 100,
                                   "Failed probes in a row before a target is taken out."));
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"cdn", "CDN edge", "Serves static files from a cache near the users and fetches misses from the origin.",
                   KindRole::Cache, true, {}, {"web_server", "load_balancer"}};
        k.params.push_back(choice("region", "Region", kRegions, "Where this edge is."));
        k.params.push_back(integer("capacity_items", "Capacity", "items", 10000, 1, 1e8, "Objects the edge can hold.", true));
        k.params.push_back(num("ttl_s", "Object TTL", "s", 3600, 0, 1e7, "How long a cached object stays fresh (0 = forever)."));
        k.params.push_back(choice("eviction", "Eviction", {"lru", "lfu", "fifo"}, "Which object is dropped when full."));
        addStation(k, 256, 1, 100000, 0.5);
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"api_gateway", "API gateway", "Front door that rate-limits clients before they reach the servers.",
                   KindRole::Router, true, {}, {"load_balancer", "web_server"}};
        k.params.push_back(num("rate_limit_rps", "Rate limit", "req/s", 0, 0, 1e8,
                               "Requests per second let through (0 = unlimited).", true));
        k.params.push_back(num("burst", "Burst", "requests", 100, 1, 1e8, "Requests allowed above the rate in a burst."));
        addStation(k, 512, 0.2, 100000, 0.3);
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"load_balancer", "Load balancer", "Spreads requests over web servers and stops sending to the ones that fail health checks.",
                   KindRole::Router, true, {}, {"web_server"}};
        k.params.push_back(choice("policy", "Policy",
                                  {"round_robin", "least_connections", "random", "consistent_hash", "sticky"},
                                  "How a server is picked for each request."));
        k.params.push_back(num("health_check_interval_s", "Health-check interval", "s", 5, 0.1, 3600,
                               "How often each server is probed."));
        k.params.push_back(integer("unhealthy_threshold", "Unhealthy threshold", "checks", 2, 1, 100,
                                   "Failed probes in a row before a server is taken out."));
        k.params.push_back(num("replace_after_s", "Replace after", "s", 0, 0, 86400,
                               "A server taken out by health checks and still down this long is replaced by a new one (0 = never)."));
        addStation(k, 1024, 0.1, 100000, 0.1);
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"web_server", "Web server", "Runs the application code for each request.",
                   KindRole::Compute, true, {}, {"cache", "database", "shard_router", "session_store", "message_queue",
                                                 "object_store"}};
        k.params.push_back(choice("session_mode", "Sessions", {"stateless", "stateful"},
                                  "Stateful keeps sessions in this server's memory; stateless keeps them in a session store."));
        k.params.push_back(integer("cache_copies", "Cache copies", "", 1, 1, 3,
                                   "With several caches connected (a cluster), on how many of them each key is kept."));
        k.params.push_back(num("job_ms", "Job work", "ms", 50, 0, 1e6,
                               "Work of one background job when no message queue is connected: done inside the request."));
        k.params.push_back(num("upload_share", "Writes with a file", "", 0, 0, 1,
                               "Share of writes that upload a user's file: kept on this server's disk, or in object storage when one is connected."));
        addStation(k, 8, 20, 1000, 0.2);
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"cache", "Cache", "Keeps hot data in memory so most reads skip the database.",
                   KindRole::Cache, true, {}, {"database", "shard_router"}};
        k.params.push_back(integer("capacity_items", "Capacity", "items", 100000, 1, 1e8, "Items the cache can hold.", true));
        k.params.push_back(choice("eviction", "Eviction", {"lru", "lfu", "fifo"}, "Which item is dropped when full."));
        k.params.push_back(num("ttl_s", "Item TTL", "s", 300, 0, 1e7, "How long an item stays fresh (0 = forever)."));
        k.params.push_back(choice("strategy", "Strategy", {"cache_aside", "read_through", "write_through", "refresh_ahead"},
                                  "How reads and writes use the cache."));
        k.params.push_back(num("refresh_ahead_fraction", "Refresh ahead at", "of TTL", 0.8, 0.05, 1.0,
                               "Refresh-ahead reloads an item read after this fraction of its TTL."));
        k.params.push_back(boolean("invalidate_on_write", "Invalidate on write", true,
                                   "A write drops the key from the cache; off: a cached item stays until its TTL ends, even if stale."));
        addStation(k, 64, 0.5, 100000, 0.15);
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"database", "Database", "Stores the data: the primary takes writes, replicas serve reads.",
                   KindRole::DataStore, true, {}, {"database"}};
        k.params.push_back(choice("role", "Role", {"primary", "replica"}, "Primary accepts writes; a replica copies it and serves reads."));
        k.params.push_back(choice("engine", "Engine", {"sql", "nosql"},
                                  "NoSQL trades joins for faster, simpler key lookups (half the service time)."));
        k.params.push_back(num("write_service_ms", "Write time", "ms", 10, 0.001, 600000, "Mean time one worker spends on a write.", true));
        k.params.push_back(num("replication_lag_ms", "Replication lag", "ms", 100, 0, 3.6e6,
                               "How far a replica trails the primary."));
        k.params.push_back(num("failover_detection_s", "Failure detection", "s", 10, 0, 3600,
                               "How long before a dead primary is noticed."));
        k.params.push_back(num("promotion_s", "Promotion time", "s", 5, 0, 3600, "How long promoting a replica takes."));
        k.params.push_back(num("replace_after_s", "Replace after", "s", 0, 0, 86400,
                               "Primary: a member of its replica set down this long is replaced by a new replica (0 = never)."));
        k.params.push_back(num("data_gb", "Data size", "GB", 10, 0, 1e6,
                               "How much data a new replica must copy before it serves reads.", true));
        k.params.push_back(num("copy_mb_s", "Copy speed", "MB/s", 200, 1, 1e6,
                               "How fast a new replica receives its initial copy.", true));
        addStation(k, 16, 5, 10000, 0.8);
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"shard_router", "Shard router", "Sends each key to the database shard that owns it.",
                   KindRole::Router, true, {}, {"database"}};
        k.params.push_back(choice("scheme", "Partitioning", {"hash", "range"}, "Hash spreads keys evenly; range keeps neighbours together."));
        addStation(k, 256, 0.1, 100000, 0.1);
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"session_store", "Session store", "A shared store for login sessions so any web server can serve any user.",
                   KindRole::Support, true, {}, {}};
        addStation(k, 32, 1, 10000, 0.15);
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"object_store", "Object storage",
                   "Shared, durable storage for users' files (like S3): every web server sees the same files, and no server's crash loses one.",
                   KindRole::Support, true, {}, {}};
        addStation(k, 1000, 30, 100000, 0.05);
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"message_queue", "Message queue", "A durable buffer that lets slow work happen later, at the workers' pace.",
                   KindRole::Queue, false, {}, {"worker_pool"}};
        k.params.push_back(integer("capacity", "Capacity", "messages", 1000000, 1, 1e9, "Messages the queue can hold.", true));
        k.params.push_back(num("cost_per_hour", "Cost", "$/h", 0.1, 0, 1e6, "What the queue costs per hour."));
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"worker_pool", "Workers", "Background consumers that take jobs from a message queue.",
                   KindRole::Compute, true, {}, {"database", "cache", "shard_router"}};
        k.params.push_back(num("failure_rate", "Job failure rate", "", 0, 0, 1, "Probability that one attempt of a job fails."));
        k.params.push_back(integer("max_retries", "Retries", "", 3, 0, 100, "Attempts after the first before a job goes to the dead-letter queue."));
        addStation(k, 4, 50, 0, 0.2);
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"datacenter", "Data center", "A site in one region; an outage takes down everything inside it.",
                   KindRole::Group, false, {}, {}};
        k.params.push_back(choice("region", "Region", kRegions, "Where the data center is."));
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"monitoring", "Monitoring", "Watches a metric and raises an alert when it stays past a bound.",
                   KindRole::Control, false, {}, {"web_server", "database", "cache", "load_balancer", "cdn",
                                                   "api_gateway", "shard_router", "session_store", "worker_pool",
                                                   "message_queue"}};
        k.params.push_back(choice("metric", "Metric", {"p99_ms", "p95_ms", "error_rate", "utilization", "queue_length"},
                                  "What is watched (end to end when nothing is connected)."));
        k.params.push_back(num("threshold", "Threshold", "", 500, 0, 1e9, "The alert fires above this value."));
        k.params.push_back(num("for_s", "For", "s", 10, 0, 86400, "How long the metric must stay above the threshold."));
        kinds.push_back(std::move(k));
    }
    {
        KindSpec k{"autoscaler", "Autoscaler", "Adds web servers behind a load balancer when they are busy and removes them when idle.",
                   KindRole::Control, false, {}, {"load_balancer"}};
        k.params.push_back(num("scale_out_above", "Scale out above", "utilization", 0.7, 0.01, 1, "Average utilization that adds a server."));
        k.params.push_back(num("scale_in_below", "Scale in below", "utilization", 0.3, 0, 1, "Average utilization that removes a server."));
        k.params.push_back(integer("min_servers", "Minimum servers", "", 2, 1, 10000, "Never fewer than this."));
        k.params.push_back(integer("max_servers", "Maximum servers", "", 20, 1, 10000, "Never more than this."));
        k.params.push_back(num("warmup_s", "Warm-up", "s", 30, 0, 3600, "Time before a new server takes traffic."));
        k.params.push_back(num("cooldown_s", "Cool-down", "s", 60, 0, 86400, "Pause after each scaling action."));
        k.params.push_back(num("check_interval_s", "Check interval", "s", 10, 0.1, 3600, "How often utilization is checked."));
        kinds.push_back(std::move(k));
    }
    return kinds;
}

} // namespace

const std::vector<std::string>& regionNames() { return kRegions; }

int regionIndex(const std::string& name)
{
    for (std::size_t i = 0; i < kRegions.size(); ++i)
        if (kRegions[i] == name)
            return static_cast<int>(i);
    return 0;
}

const std::vector<KindSpec>& componentKinds()
{
    static const std::vector<KindSpec> kinds = buildKinds();
    return kinds;
}

Kind kindFromName(const std::string& k)
{
    static const char* names[] = {"users", "dns", "cdn", "api_gateway", "load_balancer", "web_server",
                                  "cache", "database", "shard_router", "session_store", "message_queue",
                                  "worker_pool", "datacenter", "monitoring", "autoscaler", "object_store"};
    for (std::size_t i = 0; i < sizeof(names) / sizeof(names[0]); ++i)
        if (k == names[i])
            return static_cast<Kind>(i);
    return Kind::Unknown;
}

const KindSpec* findKind(const std::string& id)
{
    for (const auto& k : componentKinds())
        if (k.id == id)
            return &k;
    return nullptr;
}

std::string connectionRefusal(const std::string& fromKind, const std::string& toKind)
{
    const KindSpec* from = findKind(fromKind);
    const KindSpec* to = findKind(toKind);
    if (!from || !to)
        return "unknown component kind";
    if (to->role == KindRole::Group || from->role == KindRole::Group)
        return "a data center is a group: place components inside it instead of connecting to it";
    if (from->canConnectTo(toKind))
        return {};
    if (from->targets.empty())
        return from->displayName + " does not send requests to other components";
    std::string allowed;
    for (const auto& t : from->targets) {
        if (!allowed.empty())
            allowed += ", ";
        const KindSpec* tk = findKind(t);
        allowed += tk ? tk->displayName : t;
    }
    return from->displayName + " cannot send requests to " + to->displayName + " (it can reach: " + allowed + ")";
}

} // namespace scalelab::core
