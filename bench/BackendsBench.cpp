// SPDX-License-Identifier: GPL-3.0-or-later
// Backends mode: one load balancer in front of N web servers (issue 12: 5,000 servers
// took 76 s to build because the hash ring re-sorted on every insert). Times the load
// (parse, validation, resource budget), the simulation's construction, one simulated
// second of traffic and an autoscaler growing the pool one server at a time.
#include "BenchCommon.h"

#include "io/ScenarioJson.h"
#include "model/Scenario.h"
#include "sim/Simulation.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace scalelab::bench {

using namespace scalelab::core;

namespace {

Scenario backendsScenario(int servers, const std::string& policy, int autoscaleTo)
{
    Scenario s;
    s.name = "backends";
    Component u;
    u.id = "users";
    u.kind = "users";
    s.components.push_back(u);
    Component lb;
    lb.id = "lb";
    lb.kind = "load_balancer";
    lb.params["policy"] = policy;
    s.components.push_back(lb);
    s.connections.push_back({"users", "lb"});
    for (int i = 0; i < servers; ++i) {
        Component w;
        w.id = "web-" + std::to_string(i);
        w.kind = "web_server";
        w.params["workers"] = 4.0;
        w.params["service_ms"] = 5.0;
        s.components.push_back(w);
        s.connections.push_back({"lb", w.id});
    }
    if (autoscaleTo > 0) {
        Component a;
        a.id = "scaler";
        a.kind = "autoscaler";
        a.params["max_servers"] = static_cast<double>(autoscaleTo);
        a.params["min_servers"] = 1.0;
        a.params["check_interval_s"] = 0.1;
        a.params["cooldown_s"] = 0.0;
        a.params["warmup_s"] = 0.001;
        a.params["scale_out_above"] = 0.01; // keep adding: the add path is what is measured
        a.params["scale_in_below"] = 0.0;
        s.components.push_back(a);
        s.connections.push_back({"scaler", "lb"});
    }
    s.workload.mode = Workload::Mode::Open;
    s.workload.rateRps = 1000.0;
    s.workload.mix = RequestMix{0, 1, 0, 0};
    s.run.durationS = 1.0;
    s.run.warmupS = 0.0;
    return s;
}

} // namespace

int runBackends(const Flags& flags)
{
    const int servers = std::atoi(flag(flags, "servers", "5000").c_str());
    const std::string policy = flag(flags, "policy", "consistent_hash");
    const int autoscaleTo = std::atoi(flag(flags, "autoscale-to", "0").c_str());
    const double simS = std::strtod(flag(flags, "sim-s", "1").c_str(), nullptr);
    const double rate = std::strtod(flag(flags, "rate", "1000").c_str(), nullptr);
    Scenario s = backendsScenario(servers, policy, autoscaleTo);
    s.run.durationS = simS;
    s.workload.rateRps = rate;

    const std::string text = scenarioToJson(s);
    auto t0 = std::chrono::steady_clock::now();
    // A file holds at most InputLimits::maxComponents (5,000) components; the bench lifts
    // that limit so that 5,000 servers plus the balancer and users still load.
    InputLimits limits;
    limits.maxComponents = std::max<std::size_t>(limits.maxComponents, s.components.size());
    ScenarioLoadResult loaded = parseScenario(text, "backends.json", limits);
    const double loadS = secondsSince(t0);
    if (!loaded.scenario) {
        std::fprintf(stderr, "refused: %s\n", loaded.errors.empty() ? "?" : loaded.errors.front().toString().c_str());
        return 1;
    }
    t0 = std::chrono::steady_clock::now();
    Simulation sim(*loaded.scenario);
    const double buildS = secondsSince(t0);
    t0 = std::chrono::steady_clock::now();
    sim.run();
    const double runS = secondsSince(t0);
    const Summary sum = sim.summary();
    std::printf("RESULT backends servers=%d policy=%s autoscale_to=%d load_s=%.3f build_s=%.3f run_s=%.3f "
                "sim_s=%g requests=%llu components=%zu peak_rss_mb=%.0f\n",
                servers, policy.c_str(), autoscaleTo, loadS, buildS, runS, simS,
                static_cast<unsigned long long>(sum.generated), sum.components.size(), peakRssMb());
    return 0;
}

} // namespace scalelab::bench
