// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ResourceBudget.h"

#include "components/ComponentRuntime.h"
#include "components/Request.h"
#include "sim/EventQueue.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace scalelab::core {

namespace {

// Per-item sizes of the simulator's structures. Vectors grow by doubling, so a
// pool of n items may hold up to 2n: the factor 2 keeps the estimate an upper bound.
constexpr double kPerRequestBytes = 2.0 * (sizeof(Request) + sizeof(Event));
// A component: its two latency histograms and counters, plus the runtime object,
// its name, id, parameters and routing tables.
// Each Histogram allocates all its buckets up front (sizeof() sees only the vector).
constexpr double kPerComponentBytes =
    sizeof(ComponentStats) + 2.0 * Histogram::kBuckets * sizeof(std::uint64_t) + 4096.0;
// A cache entry: a node (key, times, links), its hash-map entry with bucket, and for
// LFU a node of the ordered frequency set.
constexpr double kPerCacheItemBytes = 48.0 + 40.0 + 56.0;
// A login session held by a stateful web server (a set node with a client id).
constexpr double kPerSessionBytes = 48.0;

bool isStation(const std::string& kind)
{
    const KindSpec* k = findKind(kind);
    return k && k->isStation && k->param("queue_capacity");
}

double peakDemandFactor(const Scenario& s)
{
    const LoadCurve& c = s.workload.curve;
    double curve = 1.0;
    if (c.type == LoadCurve::Type::Ramp)
        curve = std::max({1.0, c.from, c.to});
    else if (c.type == LoadCurve::Type::Daily)
        curve = 1.0 + c.amplitude;
    double events = 1.0;
    for (const TimelineEvent& e : s.timeline) {
        if (e.type == "spike" || e.type == "step" || e.type == "ramp")
            events = std::max(events, e.factor);
        else if (e.type == "daily_cycle")
            events = std::max(events, 1.0 + std::fabs(e.value));
    }
    return curve * events;
}

std::string componentPath(std::size_t i, const char* key)
{
    return "$.components[" + std::to_string(i) + "].params." + key;
}

std::string formatCount(double v)
{
    char buf[48];
    if (v < 1e6)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

std::string formatBytes(double b)
{
    char buf[48];
    if (b >= 1e4 * double(1u << 30))
        std::snprintf(buf, sizeof buf, "%.2g GiB", b / double(1u << 30));
    else if (b >= double(1u << 30))
        std::snprintf(buf, sizeof buf, "%.1f GiB", b / double(1u << 30));
    else
        std::snprintf(buf, sizeof buf, "%.0f MiB", b / double(1u << 20));
    return buf;
}

} // namespace

ResourceEstimate estimateResources(const Scenario& s)
{
    ResourceEstimate est;
    auto add = [&](std::string path, std::string what, double count, double bytesEach) {
        if (count > 0)
            est.terms.push_back({std::move(path), std::move(what), count, bytesEach});
    };

    add("$.components", "components", double(s.components.size()), kPerComponentBytes);
    double stationRoom = 0.0; // requests the stations and message queues can hold
    double biggestRoom = 0.0;
    std::string biggestRoomPath = "$.workload.rate_rps";
    int statefulWeb = 0;
    for (std::size_t i = 0; i < s.components.size(); ++i) {
        const Component& c = s.components[i];
        if (c.kind == "cache")
            add(componentPath(i, "capacity_items"), "cache items",
                std::min(c.number("capacity_items"), double(s.workload.keyCount)), kPerCacheItemBytes);
        else if (c.kind == "cdn")
            add(componentPath(i, "capacity_items"), "cached objects",
                std::min(c.number("capacity_items"), double(s.workload.keyCount + s.workload.staticKeyCount)),
                kPerCacheItemBytes);
        else if (c.kind == "autoscaler")
            add(componentPath(i, "max_servers"), "servers the autoscaler may add", c.number("max_servers"),
                kPerComponentBytes);
        else if (c.kind == "web_server" && c.choice("session_mode") == "stateful")
            ++statefulWeb;
        double room = 0.0;
        const char* roomKey = nullptr;
        if (isStation(c.kind)) {
            const double cap = c.number("queue_capacity");
            room = (cap >= 1e8 ? HUGE_VAL : cap) + c.number("workers");
            roomKey = "queue_capacity";
        } else if (c.kind == "message_queue") {
            room = c.number("capacity");
            roomKey = "capacity";
        }
        stationRoom += room;
        if (roomKey && room > biggestRoom) {
            biggestRoom = room;
            biggestRoomPath = componentPath(i, roomKey);
        }
    }
    double clones = 0.0;
    for (const TimelineEvent& e : s.timeline)
        if (e.type == "add_server" || e.type == "add_replica")
            clones += 1.0;
    add("$.timeline", "servers added by timeline events", clones, kPerComponentBytes);

    const Workload& w = s.workload;
    const double peakRate = w.rateRps * peakDemandFactor(s);
    if (w.mode == Workload::Mode::Closed) {
        add("$.workload.users", "users (one pending request or think time each)", w.users, kPerRequestBytes);
        add("$.workload.users", "login sessions", w.users * statefulWeb, kPerSessionBytes);
    } else {
        const double arrivals = peakRate * s.run.durationS + 1.0;
        double maxLinkMs = 0.0;
        for (const Connection& c : s.connections)
            maxLinkMs = std::max(maxLinkMs, c.extraLatencyMs);
        const Network& n = s.network;
        // Round trip through the access network, another region, a few hops in the DC.
        const double netS = 2.0 * (n.accessMs + n.crossRegionMs + 8.0 * n.intraDcMs + maxLinkMs) / 1000.0;
        const double transit = peakRate * netS;
        const double inFlight = std::min(arrivals, stationRoom + transit);
        // Blame what bounds the requests in flight: the largest queue (lowering it caps
        // them), or the rate when requests pile up on the network rather than in queues.
        const std::string path = biggestRoom > transit ? biggestRoomPath : "$.workload.rate_rps";
        add(path, "requests in flight", inFlight, kPerRequestBytes);
        add("$.workload.users", "login sessions", std::min(w.users, arrivals) * statefulWeb, kPerSessionBytes);
    }
    for (const ResourceTerm& t : est.terms)
        est.totalBytes += t.bytes();
    std::sort(est.terms.begin(), est.terms.end(),
              [](const ResourceTerm& a, const ResourceTerm& b) { return a.bytes() > b.bytes(); });
    return est;
}

std::vector<Diagnostic> checkResourceBudget(const Scenario& s, const std::string& fileName,
                                            std::uint64_t budgetBytes)
{
    const ResourceEstimate est = estimateResources(s);
    const double budget = double(budgetBytes);
    if (!(est.totalBytes > budget) || est.terms.empty())
        return {};
    const ResourceTerm& t = est.terms.front();
    std::string msg = "the simulation would need about " + formatBytes(est.totalBytes) + " of memory, more than the " +
                      formatBytes(budget) + " allowed: up to " + formatCount(t.count) + " " + t.what +
                      " of about " + formatCount(t.bytesEach) + " bytes each";
    const double room = budget - (est.totalBytes - t.bytes());
    const bool countIsField = t.path.find("rate_rps") == std::string::npos && t.path != "$.components";
    if (countIsField && room > t.bytesEach && std::isfinite(room))
        msg += "; at most about " + formatCount(std::floor(room / t.bytesEach)) + " would fit";
    msg += " (lower this value)";
    return {Diagnostic{fileName, t.path, msg}};
}

} // namespace scalelab::core
