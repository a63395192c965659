// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ResourceBudget.h"

#include "components/ComponentRuntime.h"
#include "components/Request.h"
#include "sim/EventQueue.h"
#include "sim/Observer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace scalelab::core {

namespace {

// Per-item sizes of the simulator's structures. Vectors grow by doubling, so a
// pool of n items may hold up to 2n: the factor 2 keeps the estimate an upper bound.
constexpr double kPerRequestBytes = 2.0 * (sizeof(Request) + sizeof(Event));
// A component: its two latency histograms and counters, plus the runtime object,
// its name, id, parameters and routing tables.
// Each Histogram allocates all its buckets with its first value (sizeof() sees only the vector).
constexpr double kPerComponentBytes =
    sizeof(ComponentStats) + 2.0 * Histogram::kBuckets * sizeof(std::uint64_t) + 4096.0;
// A cache entry: a node (key, times, links), its hash-map entry with bucket, and for
// LFU a node of the ordered frequency set.
constexpr double kPerCacheItemBytes = 48.0 + 40.0 + 56.0;
// A login session held by a stateful web server (a set node with a client id).
constexpr double kPerSessionBytes = 8.0;   // one session home (server, crash epoch) per client
constexpr double kPerWriteLogSlotBytes = 16.0; // the caches' per-key write log (stale reads)
constexpr double kMaxWriteLogSlots = 4194304.0;
// A DNS's refresh period of each client's last request (lookups vs. cached answers),
// in a vector that grows by doubling: up to twice the clients.
constexpr double kPerDnsClientBytes = 2.0 * sizeof(std::uint32_t);
// A sticky balancer's client -> server entry (hash-map node and bucket).
constexpr double kPerStickyBytes = 48.0;
// A consistent-hash ring point (hash, member), 128 per backend, vector growth.
constexpr double kPerRingBackendBytes = 2.0 * 128 * 16.0;
// A primary database: the direct-mapped stale-read table (2^18 entries of 16 bytes)
// and its deque of recent write times (at most 10^7 of 8 bytes, deque blocks ~ +12%).
constexpr double kDatabaseKeyTableBytes = double(1u << 18) * 16.0;
constexpr double kPerRecentWriteBytes = 9.0;
constexpr double kMaxRecentWrites = 1e7;
// A request watched for the client timeout (deadline, id, generation) in a deque.
constexpr double kPerDeadlineBytes = 18.0;
// One component's figures in one sample, kept by the GUI's history (5,000 points).
constexpr double kPerComponentSampleBytes = sizeof(ComponentSample) + 32.0;
constexpr double kHistoryPoints = 5000.0;

bool isStation(const std::string& kind)
{
    const KindSpec* k = findKind(kind);
    return k && k->isStation && k->param("queue_capacity");
}

std::string componentPath(std::size_t i, const char* key)
{
    return "$.components[" + std::to_string(i) + "].params." + key;
}
std::string eventPath(std::size_t i) { return "$.timeline[" + std::to_string(i) + "]"; }

/// Numbers in messages: the same text whatever the process's locale (std::to_chars).
std::string num(double v, int digits = 3)
{
    if (std::isnan(v))
        return "?";
    if (!std::isfinite(v) || v > 1e300)
        return "more than 1e300";
    char buf[48];
    const double r = std::round(v);
    std::to_chars_result res;
    if (std::fabs(v) < 1e6 && (std::fabs(v - r) < 1e-9 || std::fabs(v) >= 100))
        res = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(r));
    else
        res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, digits);
    return std::string(buf, res.ptr);
}

std::string formatBytes(double b)
{
    constexpr double gib = double(1u << 30);
    if (!std::isfinite(b) || b > 1e300)
        return "more than 1e300 bytes";
    if (b >= 1e4 * gib)
        return num(b / gib, 2) + " GiB";
    if (b >= gib) {
        char buf[32];
        const auto end = std::to_chars(buf, buf + sizeof buf, b / gib, std::chars_format::fixed, 1).ptr;
        return std::string(buf, end) + " GiB"; // "4.0 GiB"
    }
    return num(std::round(b / double(1u << 20))) + " MiB";
}

// ---- demand ------------------------------------------------------------------------

/// The workload curve (or the daily cycle that replaced it) as linear pieces.
double curveAt(const LoadCurve& c, double t) { return c.factorAt(t); }

struct Spike
{
    double start, end;
    double factor;
    std::size_t index;
};

struct LevelState
{
    bool ramp = false;
    double rs = 0, re = 0, from = 1, to = 1;
    double value = 1.0;
    long event = -1; ///< timeline index that set it
    double at(double t) const
    {
        if (!ramp)
            return value;
        if (t >= re || re <= rs)
            return to;
        return from + (to - from) * std::clamp((t - rs) / (re - rs), 0.0, 1.0);
    }
    double target() const { return ramp ? to : value; }
};

} // namespace

std::string computingTimeInWords(double events)
{
    const double seconds = events / kTypicalEventsPerSecond;
    if (!std::isfinite(seconds))
        return "an unbounded time";
    if (seconds < 1.5)
        return "about a second";
    if (seconds < 90)
        return "about " + num(std::round(seconds)) + " seconds";
    if (seconds < 90 * 60)
        return "about " + num(std::round(seconds / 60)) + " minutes";
    return "about " + num(std::round(seconds / 3600)) + " hours";
}

DemandProfile demandProfile(const Scenario& s)
{
    DemandProfile out;
    const double D = s.run.durationS;
    if (!(D > 0))
        return out;
    // Events that fire during the run, in the order the engine applies them.
    std::vector<std::size_t> levelEvents, dailyEvents;
    std::vector<Spike> spikes;
    std::vector<double> cuts = {0.0, D};
    for (std::size_t i = 0; i < s.timeline.size(); ++i) {
        const TimelineEvent& e = s.timeline[i];
        if (!(e.atS < D))
            continue;
        if (e.type == "spike") {
            const double end = e.durationS > 0 ? std::min(D, e.atS + e.durationS) : D;
            spikes.push_back({e.atS, end, e.factor, i});
            cuts.push_back(e.atS);
            cuts.push_back(end);
        } else if (e.type == "step" || e.type == "ramp") {
            levelEvents.push_back(i);
            cuts.push_back(e.atS);
            if (e.type == "ramp" && e.durationS > 0)
                cuts.push_back(std::min(D, e.atS + e.durationS));
        } else if (e.type == "daily_cycle") {
            dailyEvents.push_back(i);
            cuts.push_back(e.atS);
        }
    }
    auto byTime = [&](std::size_t a, std::size_t b) {
        return s.timeline[a].atS != s.timeline[b].atS ? s.timeline[a].atS < s.timeline[b].atS : a < b;
    };
    std::stable_sort(levelEvents.begin(), levelEvents.end(), byTime);
    std::stable_sort(dailyEvents.begin(), dailyEvents.end(), byTime);
    const LoadCurve& wc = s.workload.curve;
    if (wc.type == LoadCurve::Type::Ramp) {
        cuts.push_back(std::clamp(wc.startS, 0.0, D));
        cuts.push_back(std::clamp(wc.endS, 0.0, D));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    // Spikes enter and leave the product in time order: log-sum plus a count of zeros
    // (a spike of factor 0 silences the demand while it lasts).
    struct Edge
    {
        double t;
        bool start;
        double factor;
    };
    std::vector<Edge> edges;
    edges.reserve(2 * spikes.size());
    for (const Spike& sp : spikes) {
        edges.push_back({sp.start, true, sp.factor});
        edges.push_back({sp.end, false, sp.factor});
    }
    std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
        return a.t != b.t ? a.t < b.t : (!a.start && b.start); // ends before starts at one time
    });
    std::size_t edge = 0, nextLevel = 0, nextDaily = 0;
    double logSum = 0.0;
    long zeros = 0;
    LevelState level;
    bool daily = false;
    double dailyAmp = 0.0;

    // A ramp event starts from the previous target (the simulator's m_stepFactor).
    auto applyLevel = [&](std::size_t i) {
        const TimelineEvent& e = s.timeline[i];
        LevelState next;
        next.event = static_cast<long>(i);
        if (e.type == "step" || e.durationS <= 0) {
            next.value = e.factor;
        } else {
            next.ramp = true;
            next.rs = e.atS;
            next.re = e.atS + e.durationS;
            next.from = level.target();
            next.to = e.factor;
        }
        level = next;
    };
    auto curveMaxOn = [&](double a, double b, double* c0, double* c1) {
        if (daily) {
            *c0 = *c1 = 1.0 + dailyAmp;
        } else if (wc.type == LoadCurve::Type::Daily) {
            *c0 = *c1 = 1.0 + wc.amplitude;
        } else {
            *c0 = curveAt(wc, a);
            *c1 = curveAt(wc, b);
            // factorAt jumps at startS/endS when endS <= startS: take the larger side.
            if (wc.type == LoadCurve::Type::Ramp && wc.endS <= wc.startS && a <= wc.startS && b > wc.startS)
                *c0 = *c1 = std::max(wc.from, wc.to);
        }
    };

    double bestPeak = -1.0, bestAt = 0.0;
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
        const double a = cuts[k], b = cuts[k + 1];
        while (nextLevel < levelEvents.size() && s.timeline[levelEvents[nextLevel]].atS <= a)
            applyLevel(levelEvents[nextLevel++]);
        while (nextDaily < dailyEvents.size() && s.timeline[dailyEvents[nextDaily]].atS <= a) {
            const TimelineEvent& e = s.timeline[dailyEvents[nextDaily++]];
            daily = true;
            dailyAmp = e.value > 0 ? std::min(1.0, e.value) : 0.5; // as SimulationControl applies it
        }
        while (edge < edges.size() && edges[edge].t <= a) {
            const Edge& ed = edges[edge++];
            const int sign = ed.start ? 1 : -1;
            if (ed.factor == 0.0)
                zeros += sign;
            else
                logSum += sign * std::log(ed.factor);
        }
        const double product = zeros > 0 ? 0.0 : std::exp(logSum);
        double c0 = 1, c1 = 1;
        curveMaxOn(a, b, &c0, &c1);
        const double v0 = level.at(a), v1 = level.at(b);
        // Product of two linear functions, exactly integrated; bounded by the maxima.
        const double integral = (2 * c0 * v0 + c0 * v1 + c1 * v0 + 2 * c1 * v1) / 6.0 * (b - a) * product;
        out.integralS += integral;
        const double peak = std::max(c0, c1) * std::max(v0, v1) * product;
        if (peak > bestPeak) {
            bestPeak = peak;
            bestAt = v1 * c1 > v0 * c0 ? b : a;
        }
    }
    out.peakFactor = std::max(0.0, bestPeak);
    out.peakAtS = bestAt;

    // Who makes the peak: the spikes active then, the level event, the curve.
    struct Part
    {
        double factor;
        std::string path, text;
        long index; ///< timeline index, -1 for the workload curve
    };
    std::vector<Part> parts;
    const double t = bestAt;
    {
        LevelState lv;
        lv = LevelState{};
        level = lv;
        for (std::size_t i : levelEvents)
            if (s.timeline[i].atS <= t)
                applyLevel(i);
        const double v = level.at(t);
        if (level.event >= 0 && v > 1.0)
            parts.push_back({v, eventPath(static_cast<std::size_t>(level.event)) + ".factor",
                             eventPath(static_cast<std::size_t>(level.event)) + " " +
                                 s.timeline[static_cast<std::size_t>(level.event)].type + " x" + num(v),
                             level.event});
    }
    for (const Spike& sp : spikes)
        if (sp.start <= t && (t < sp.end || (sp.end >= D && t <= D)) && sp.factor > 1.0)
            parts.push_back({sp.factor, eventPath(sp.index) + ".factor", eventPath(sp.index) + " spike x" + num(sp.factor),
                             static_cast<long>(sp.index)});
    {
        long lastDaily = -1;
        for (std::size_t i : dailyEvents)
            if (s.timeline[i].atS <= t)
                lastDaily = static_cast<long>(i);
        if (lastDaily >= 0) {
            const double v = s.timeline[static_cast<std::size_t>(lastDaily)].value;
            const double amp = v > 0 ? std::min(1.0, v) : 0.5;
            parts.push_back({1.0 + amp, eventPath(static_cast<std::size_t>(lastDaily)) + ".value",
                             eventPath(static_cast<std::size_t>(lastDaily)) + " daily_cycle x" + num(1.0 + amp), lastDaily});
        } else if (wc.type == LoadCurve::Type::Daily && wc.amplitude > 0) {
            parts.push_back({1.0 + wc.amplitude, "$.workload.curve.amplitude", "the daily curve x" + num(1.0 + wc.amplitude), -1});
        } else if (wc.type == LoadCurve::Type::Ramp) {
            const double v = curveAt(wc, t);
            if (v > 1.0)
                parts.push_back({v, wc.to >= wc.from ? "$.workload.curve.to" : "$.workload.curve.from",
                                 "the ramp curve x" + num(v), -1});
        }
    }
    // The largest factor is named; on a tie the later event (the one added on top).
    std::sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) { return a.index < b.index; });
    std::size_t best = parts.size();
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (best == parts.size() || parts[i].factor >= parts[best].factor)
            best = i;
    if (best < parts.size()) {
        out.peakPath = parts[best].path;
        for (std::size_t i = 0; i < parts.size(); ++i)
            out.peakWhy += (i ? " during " : "") + parts[i].text;
    }
    return out;
}

ResourceEstimate estimateResources(const Scenario& s)
{
    ResourceEstimate est;
    auto add = [&](std::string path, std::string what, double count, double bytesEach, std::string why = {}) {
        if (count > 0)
            est.terms.push_back({std::move(path), std::move(what), count, bytesEach, std::move(why)});
    };
    auto work = [&](std::string path, std::string what, double count, double eventsEach, std::string why = {}) {
        if (count > 0)
            est.workTerms.push_back({std::move(path), std::move(what), count, eventsEach, std::move(why)});
    };
    const Workload& w = s.workload;
    const Network& n = s.network;
    const double D = s.run.durationS;
    const DemandProfile demand = demandProfile(s);

    // Servers added while running: autoscalers (up to max_servers each) and timeline events.
    double autoscaled = 0.0, timelineClones = 0.0;
    for (std::size_t i = 0; i < s.components.size(); ++i)
        if (s.components[i].kind == "autoscaler")
            autoscaled += s.components[i].number("max_servers");
    for (const TimelineEvent& e : s.timeline)
        if (e.type == "add_server" || e.type == "add_replica")
            timelineClones += 1.0;
    const double components = double(s.components.size()) + autoscaled + timelineClones;

    add("$.components", "components", double(s.components.size()), kPerComponentBytes);
    for (std::size_t i = 0; i < s.components.size(); ++i)
        if (s.components[i].kind == "autoscaler")
            add(componentPath(i, "max_servers"), "servers the autoscaler may add", s.components[i].number("max_servers"),
                kPerComponentBytes);
    add("$.timeline", "servers added by timeline events", timelineClones, kPerComponentBytes);

    // ---- arrivals: the rate times every factor that multiplies it ----
    double peakRps = 0.0, arrivals = 0.0;
    std::string rateWhy;
    const double accessRttS = 2.0 * n.accessMs / 1000.0;
    if (w.mode == Workload::Mode::Closed) {
        // A user sends at most one request per think time (divided by the demand factor,
        // as the simulator does) plus the round trip of the access network.
        const double perUserPeak = 1.0 / (w.thinkTimeS / std::max(demand.peakFactor, 1e-300) + accessRttS);
        peakRps = w.users * (demand.peakFactor > 0 ? perUserPeak : 0.0);
        arrivals = w.users * std::min(demand.integralS / w.thinkTimeS, accessRttS > 0 ? D / accessRttS : HUGE_VAL) + w.users;
        rateWhy = num(w.users) + " users ($.workload.users) thinking " + num(w.thinkTimeS) + " s";
    } else {
        peakRps = w.rateRps * demand.peakFactor;
        arrivals = w.rateRps * demand.integralS + 1.0;
        rateWhy = num(w.rateRps) + " req/s ($.workload.rate_rps)";
    }
    if (demand.peakFactor > 1.0 && !demand.peakWhy.empty())
        rateWhy += " x" + num(demand.peakFactor) + " at " + num(demand.peakAtS) + " s (" + demand.peakWhy + ")";
    est.arrivals = arrivals;
    est.peakRps = peakRps;
    const double clients = std::min(w.users, arrivals); // open clients are drawn from `users`

    // ---- components that hold data ----
    double stationRoom = 0.0; // requests the stations and message queues can hold
    double biggestRoom = 0.0;
    std::string biggestRoomPath = "$.workload.rate_rps";
    int statefulWeb = 0, webServers = 0;
    bool anyCache = false;
    double primaries = 0.0;
    double writeShare = 0.0;
    {
        const RequestMix& m = w.mix;
        const double total = m.staticAsset + m.read + m.write + m.job;
        writeShare = total > 0 ? (m.write + m.job) / total : 1.0;
    }
    for (std::size_t i = 0; i < s.components.size(); ++i) {
        const Component& c = s.components[i];
        if (c.kind == "cache") {
            anyCache = true;
            add(componentPath(i, "capacity_items"), "cache items",
                std::min(c.number("capacity_items"), double(w.keyCount)), kPerCacheItemBytes);
        }
        else if (c.kind == "cdn")
            add(componentPath(i, "capacity_items"), "cached objects",
                std::min(c.number("capacity_items"), double(w.keyCount + w.staticKeyCount)), kPerCacheItemBytes);
        else if (c.kind == "web_server") {
            ++webServers;
            if (c.choice("session_mode") == "stateful")
                ++statefulWeb;
        } else if (c.kind == "database" && c.choice("role") == "primary" && writeShare > 0) {
            ++primaries;
            const double windowS = (c.number("replication_lag_ms") + n.crossRegionMs) / 1000.0;
            add(componentPath(i, "replication_lag_ms"), "recent writes remembered for stale reads",
                std::min({kMaxRecentWrites, peakRps * writeShare * windowS, arrivals}), kPerRecentWriteBytes,
                "peak write rate x replication lag");
        }
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
    add("$.components", "stale-read tables of primary databases (one per primary that takes writes)", primaries,
        kDatabaseKeyTableBytes);
    // Copies of a stateful server hold sessions too.
    const double statefulServers = statefulWeb > 0 ? statefulWeb + autoscaled + timelineClones : 0.0;
    for (std::size_t i = 0; i < s.components.size(); ++i) {
        const Component& c = s.components[i];
        if (c.kind != "load_balancer")
            continue;
        const std::string policy = c.choice("policy");
        if (policy == "sticky")
            add("$.workload.users", "sticky-balancing entries (one per client)", clients, kPerStickyBytes,
                "clients at " + componentPath(i, "policy"));
        else if (policy == "consistent_hash")
            add("$.components", "hash-ring points", webServers + autoscaled + timelineClones, kPerRingBackendBytes);
    }
    for (std::size_t i = 0; i < s.components.size(); ++i)
        if (s.components[i].kind == "dns")
            add("$.workload.users", "DNS cache periods (one per client)", clients, kPerDnsClientBytes,
                "clients at " + componentPath(i, "ttl_s"));
    // A session lives on one server at a time: one home per client, whatever the count.
    if (statefulServers > 0)
        add("$.workload.users", "login sessions (one home per client)", clients, kPerSessionBytes);
    if (anyCache && writeShare > 0)
        add("$.workload.keys.count", "write log for stale cache reads (one slot per key, at most 4,194,304)",
            std::min(kMaxWriteLogSlots, std::exp2(std::ceil(std::log2(std::max(1.0, double(w.keyCount)))))),
            kPerWriteLogSlotBytes);

    // ---- requests in flight ----
    if (w.mode == Workload::Mode::Closed) {
        add("$.workload.users", "users (one pending request or think time each)", w.users, kPerRequestBytes);
    } else {
        // Time a request spends on links: the access network, another region, a few hops
        // in the data center, every extra link latency (a path may cross each link, both
        // ways) and every link_latency event.
        double linkMs = 0.0, biggestLinkMs = 0.0;
        std::string linkPath;
        for (std::size_t i = 0; i < s.connections.size(); ++i) {
            linkMs += s.connections[i].extraLatencyMs;
            if (s.connections[i].extraLatencyMs > biggestLinkMs) {
                biggestLinkMs = s.connections[i].extraLatencyMs;
                linkPath = "$.connections[" + std::to_string(i) + "].extra_latency_ms";
            }
        }
        for (std::size_t i = 0; i < s.timeline.size(); ++i) {
            const TimelineEvent& e = s.timeline[i];
            if (e.type == "link_latency" && e.atS < D && e.value > 0) {
                linkMs += e.value;
                if (e.value > biggestLinkMs) {
                    biggestLinkMs = e.value;
                    linkPath = eventPath(i) + ".value";
                }
            }
        }
        const double baseMs = n.accessMs + n.crossRegionMs + 8.0 * n.intraDcMs;
        const double netS = 2.0 * (baseMs + linkMs) / 1000.0;
        const double transit = peakRps * netS;
        const double inFlight = std::min(arrivals, stationRoom + transit);
        // Blame what bounds the requests in flight: the largest queue (lowering it caps
        // them); else the link latency when it is most of the time on the network; else
        // the timeline factor that raises the rate; else the rate.
        std::string path = "$.workload.rate_rps";
        std::string why;
        if (biggestRoom > transit) {
            path = biggestRoomPath;
            why = "the queues can hold " + num(stationRoom);
        } else {
            why = rateWhy + " x " + num(netS) + " s on the network";
            if (linkMs > baseMs && !linkPath.empty())
                path = linkPath;
            else if (demand.peakFactor > 1.0 && !demand.peakPath.empty())
                path = demand.peakPath;
        }
        add(path, "requests in flight", inFlight, kPerRequestBytes, why);
        if (w.clientTimeoutMs > 0)
            add("$.workload.client_timeout_ms", "requests watched for the client timeout",
                std::min(arrivals, peakRps * w.clientTimeoutMs / 1000.0), kPerDeadlineBytes,
                "peak rate x client timeout");
    }
    if (w.mode == Workload::Mode::Closed && w.clientTimeoutMs > 0)
        add("$.workload.client_timeout_ms", "requests watched for the client timeout",
            std::min(arrivals, peakRps * w.clientTimeoutMs / 1000.0), kPerDeadlineBytes, "peak rate x client timeout");

    // ---- the per-component history (the GUI keeps 5,000 points of every component) ----
    const double samples = s.run.sampleIntervalS > 0 ? D / s.run.sampleIntervalS : 0.0;
    add(samples > kHistoryPoints ? "$.components" : "$.run.sample_interval_s", "component samples kept for the charts",
        std::min(samples, kHistoryPoints) * components, kPerComponentSampleBytes,
        num(std::min(samples, kHistoryPoints)) + " samples x " + num(components) + " components");

    // ---- work ----
    std::string arrivalsPath;
    const double meanFactor = D > 0 ? demand.integralS / D : 1.0;
    if (meanFactor > 2.0 && !demand.peakPath.empty())
        arrivalsPath = demand.peakPath;
    else if (w.mode == Workload::Mode::Closed)
        arrivalsPath = D > 3600 ? "$.run.duration_s" : "$.workload.users";
    else
        arrivalsPath = D > 3600 ? "$.run.duration_s" : "$.workload.rate_rps";
    work(arrivalsPath, "requests", arrivals, kEventsPerRequest, rateWhy + " for " + num(D) + " s ($.run.duration_s)");
    work("$.run.sample_interval_s", "component samples", samples * components, 1.0,
         num(samples) + " samples x " + num(components) + " components");
    for (std::size_t i = 0; i < s.components.size(); ++i)
        if (s.components[i].kind == "load_balancer") {
            const double iv = s.components[i].number("health_check_interval_s");
            work(componentPath(i, "health_check_interval_s"), "health checks", iv > 0 ? D / iv : 0.0,
                 webServers + autoscaled + timelineClones);
        }

    for (const ResourceTerm& t : est.terms)
        est.totalBytes += t.bytes();
    for (const ResourceTerm& t : est.workTerms)
        est.workEvents += t.bytes();
    auto bySize = [](const ResourceTerm& a, const ResourceTerm& b) { return a.bytes() > b.bytes(); };
    std::stable_sort(est.terms.begin(), est.terms.end(), bySize);
    std::stable_sort(est.workTerms.begin(), est.workTerms.end(), bySize);
    return est;
}

std::vector<Diagnostic> checkResourceBudget(const Scenario& s, const std::string& fileName, const BudgetLimits& limits)
{
    const ResourceEstimate est = estimateResources(s);
    const double budget = double(limits.memoryBytes);
    if ((est.totalBytes > budget || std::isnan(est.totalBytes)) && !est.terms.empty()) {
        const ResourceTerm& t = est.terms.front();
        std::string msg = "the simulation would need about " + formatBytes(est.totalBytes) + " of memory, more than the " +
                          formatBytes(budget) + " allowed: up to " + num(t.count) + " " + t.what + " of about " +
                          num(t.bytesEach) + " bytes each";
        if (!t.why.empty())
            msg += " (" + t.why + ")";
        const double room = budget - (est.totalBytes - t.bytes());
        const bool countIsField = t.path.find("users") != std::string::npos ||
                                  t.path.find("capacity") != std::string::npos ||
                                  t.path.find("max_servers") != std::string::npos;
        if (countIsField && room > t.bytesEach && std::isfinite(room))
            msg += "; at most about " + num(std::floor(room / t.bytesEach)) + " would fit";
        msg += " (lower this value)";
        return {Diagnostic{fileName, t.path, msg}};
    }
    if (limits.workEvents > 0 && (est.workEvents > limits.workEvents || std::isnan(est.workEvents)) &&
        !est.workTerms.empty()) {
        const ResourceTerm& t = est.workTerms.front();
        std::string msg = "the run would take about " + num(est.workEvents) + " simulated events, more than the " +
                          num(limits.workEvents) + " a run may take (about " +
                          num(limits.workEvents / kEventsPerRequest) + " requests, " +
                          computingTimeInWords(limits.workEvents) + " of computing): " + num(t.count) + " " + t.what;
        if (!t.why.empty())
            msg += " (" + t.why + ")";
        msg += "; lower this value, the rate or the duration";
        return {Diagnostic{fileName, t.path, msg}};
    }
    return {};
}

std::vector<Diagnostic> checkResourceBudget(const Scenario& s, const std::string& fileName, std::uint64_t budgetBytes)
{
    BudgetLimits limits;
    limits.memoryBytes = budgetBytes;
    return checkResourceBudget(s, fileName, limits);
}

std::vector<Diagnostic> checkScenarioRunnable(const Scenario& s, const std::string& fileName, const BudgetLimits& limits)
{
    // Every check the loader makes (field ranges such as whole users, ids, connections,
    // timeline targets, then the default budget): write the scenario as its file would be
    // and read it back. A tighter budget (a sweep running points side by side) is checked
    // on top.
    ScenarioLoadResult loaded = parseScenario(scenarioToJson(s), fileName);
    if (!loaded.scenario)
        return loaded.errors;
    const BudgetLimits defaults;
    if (limits.memoryBytes < defaults.memoryBytes || (limits.workEvents > 0 && limits.workEvents < defaults.workEvents))
        return checkResourceBudget(*loaded.scenario, fileName, limits);
    return {};
}

} // namespace scalelab::core
