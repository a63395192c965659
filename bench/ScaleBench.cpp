// SPDX-License-Identifier: GPL-3.0-or-later
// Scale mode: a closed population of 1k..10M users (exponential think time 10 s) on a
// four-station path, each station sized to stay below 50% utilization.
#include "BenchCommon.h"

#include "model/Scenario.h"
#include "sim/Simulation.h"

#include <cmath>
#include <cstdio>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

namespace scalelab::bench {

using namespace scalelab::core;

namespace {

constexpr double kThinkS = 10.0;

Component station(const std::string& id, const std::string& kind, double serviceMs, double throughput)
{
    // Workers so that utilization = throughput * service / workers stays below ~45%.
    const double busy = throughput * serviceMs * 1e-3;
    const int workers = std::max(1, static_cast<int>(std::ceil(busy / 0.45)) + 1);
    Component x;
    x.id = id;
    x.kind = kind;
    x.name = id;
    x.params["workers"] = static_cast<double>(std::min(workers, 1000000));
    x.params["service_ms"] = serviceMs;
    x.params["queue_capacity"] = 1e8;
    return x;
}

Scenario scaleScenario(double users, double simS)
{
    const double throughput = users / kThinkS; // the response time is tiny next to 10 s
    Scenario s;
    s.name = "scale";
    Component u;
    u.id = "users";
    u.kind = "users";
    s.components.push_back(u);
    s.components.push_back(station("lb", "load_balancer", 1, throughput));
    s.components.push_back(station("web", "web_server", 5, throughput));
    Component cache = station("cache", "cache", 1, throughput);
    cache.params["strategy"] = std::string("write_through");
    s.components.push_back(cache);
    Component db = station("db", "database", 10, throughput);
    db.params["write_service_ms"] = 10.0;
    s.components.push_back(db);
    s.connections = {{"users", "lb"}, {"lb", "web"}, {"web", "cache"}, {"web", "db"}, {"cache", "db"}};
    s.workload.mode = Workload::Mode::Closed;
    s.workload.users = users;
    s.workload.thinkTimeS = kThinkS;
    s.workload.mix = RequestMix{0, 0, 1, 0};
    s.network = Network{0, 0, 0};
    s.run.durationS = simS;
    s.run.sampleIntervalS = 1;
    return s;
}

int runOne(double users, double simS, bool perUser)
{
    const auto tb = std::chrono::steady_clock::now();
    Simulation sim(scaleScenario(users, simS));
    if (perUser)
        sim.setAggregatedThinking(false);
    const double buildS = secondsSince(tb);
    const auto t0 = std::chrono::steady_clock::now();
    sim.run();
    const double wall = secondsSince(t0);
    const Summary sum = sim.summary();
    const double events = static_cast<double>(sim.eventsProcessed());
    std::printf("SCALE users=%.0f sim_s=%.1f build_s=%.3f wall_s=%.3f events=%.0f events_per_s=%.0f "
                "sim_s_per_wall_s=%.2f throughput_rps=%.0f mean_ms=%.3f p99_ms=%.2f pending_end=%zu thinking=%s "
                "peak_rss_mb=%.1f\n",
                users, simS, buildS, wall, events, events / wall, simS / wall, sum.throughputRps,
                sum.latency.meanMs, sum.latency.p99Ms, sim.pendingEvents(), perUser ? "per_user" : "aggregated",
                peakRssMb());
    return 0;
}

} // namespace

int runScale(const Flags& flags, const char* self)
{
    const double simS = std::strtod(flag(flags, "sim-s", "0").c_str(), nullptr);
    if (flags.count("users")) {
        const double users = std::strtod(flag(flags, "users", "1000").c_str(), nullptr);
        // About 20M events per point by default (5 events per request), at least 2 s.
        const double s = simS > 0 ? simS : std::clamp(4e6 * kThinkS / std::max(users, 1.0), 2.0, 600.0);
        return runOne(users, s, flags.count("per-user") > 0);
    }
    // Each point in its own process so peak RSS belongs to that point alone.
    int status = 0;
    // 100M users only aggregated: one pending event per user would need over 3 GB.
    const bool perUser = flags.count("per-user") > 0;
    for (const char* users : {"1000", "10000", "100000", "1000000", "10000000", "100000000"}) {
        if (perUser && std::string(users) == "100000000")
            continue;
        std::string cmd = std::string(self) + " --scale --users=" + users;
        if (simS > 0)
            cmd += " --sim-s=" + flag(flags, "sim-s", "");
        if (flags.count("per-user"))
            cmd += " --per-user";
        std::fflush(stdout);
        status |= std::system(cmd.c_str());
    }
    return status ? 1 : 0;
}

} // namespace scalelab::bench
