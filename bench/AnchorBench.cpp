// SPDX-License-Identifier: GPL-3.0-or-later
// The anchors contract: the performance anchors' M/M/c and tandem models built as a
// Scenario and run on core::Simulation (its engine, stations and metrics).
#include "BenchCommon.h"
#include "SojournStats.h"

#include "model/Scenario.h"
#include "sim/Simulation.h"

#include <cstdio>

namespace scalelab::bench {

using namespace scalelab::core;

namespace {

Component station(const std::string& id, const std::string& kind, double mu, int c)
{
    Component x;
    x.id = id;
    x.kind = kind;
    x.name = id;
    x.params["workers"] = static_cast<double>(c);
    x.params["service_ms"] = 1000.0 / mu;
    x.params["queue_capacity"] = 1e8; // unbounded
    x.params["service_dist"] = std::string("exponential");
    return x;
}

/// M/M/c: users -> one web server holding its own data (no data tier), reads only.
/// Tandem: users -> load balancer -> web server -> write-through cache -> database,
/// writes only, so every request visits the four stations once, in order.
Scenario buildScenario(const std::string& model, double lambda, const std::vector<double>& mus, int c)
{
    Scenario s;
    s.name = "anchors-" + model;
    Component users;
    users.id = "users";
    users.kind = "users";
    s.components.push_back(users);
    if (model == "tandem") {
        s.components.push_back(station("lb", "load_balancer", mus.at(0), c));
        s.components.push_back(station("web", "web_server", mus.at(1), c));
        Component cache = station("cache", "cache", mus.at(2), c);
        cache.params["strategy"] = std::string("write_through");
        s.components.push_back(cache);
        Component db = station("db", "database", mus.at(3), c);
        db.params["write_service_ms"] = 1000.0 / mus.at(3);
        s.components.push_back(db);
        s.connections = {{"users", "lb"}, {"lb", "web"}, {"web", "cache"}, {"web", "db"}, {"cache", "db"}};
        s.workload.mix = RequestMix{0, 0, 1, 0};
    } else {
        s.components.push_back(station("server", "web_server", mus.at(0), c));
        s.connections = {{"users", "server"}};
        s.workload.mix = RequestMix{0, 1, 0, 0};
    }
    s.workload.mode = Workload::Mode::Open;
    s.workload.rateRps = lambda;
    // The anchor models have no data keys: one key, so no Zipf draw per request
    // (the draw would not change any other stream, only cost time).
    s.workload.keyCount = 1;
    s.workload.staticKeyCount = 1;
    s.network = Network{0, 0, 0};
    s.run.durationS = 1e9;     // runToCompletion ignores the end
    s.run.sampleIntervalS = 60; // the time series is not needed here
    return s;
}

struct Sojourns
{
    std::vector<double> seconds;
    static void hook(void* self, SimTime latencyNs)
    {
        static_cast<Sojourns*>(self)->seconds.push_back(static_cast<double>(latencyNs) * 1e-9);
    }
};

} // namespace

int runAnchors(const Flags& flags)
{
    const std::string model = flag(flags, "model", "mmc");
    const std::string lambdaText = flag(flags, "lambda", "900");
    const std::string musText = flag(flags, "mus", "1000");
    const double lambda = std::strtod(lambdaText.c_str(), nullptr);
    const std::vector<double> mus = parseList(musText);
    const int c = std::atoi(flag(flags, "c", "1").c_str());
    const auto n = std::strtoull(flag(flags, "n", "1000000").c_str(), nullptr, 10);
    const auto seed = std::strtoull(flag(flags, "seed", "1").c_str(), nullptr, 10);
    const std::string rng = flag(flags, "rng", "common");
    if ((model != "mmc" && model != "tandem") || mus.empty() || (model == "tandem" && mus.size() != 4) ||
        !(lambda > 0) || c < 1 || n == 0) {
        std::fprintf(stderr, "scalelab-bench: expected --model=mmc|tandem --lambda>0 --mus (4 for tandem) --c>=1 --n>0\n");
        return 2;
    }
    if (rng != "common")
        std::fprintf(stderr, "scalelab-bench: only --rng=common is supported; using it\n");

    Scenario scenario = buildScenario(model, lambda, mus, c);
    scenario.run.seed = seed;
    Simulation sim(scenario);
    sim.setArrivalLimit(n);
    Sojourns soj;
    soj.seconds.reserve(n);
    sim.setCompletionHook(&Sojourns::hook, &soj);

    const auto t0 = std::chrono::steady_clock::now();
    sim.runToCompletion();
    const double wall = secondsSince(t0);

    const std::size_t completed = soj.seconds.size();
    const std::uint64_t events = n * (1 + (model == "tandem" ? 4 : 1));
    const SojournStats st = sojournStats(soj.seconds);
    std::printf("RESULT engine=scalelab model=%s lambda=%g mus=%s c=%d rng=common seed=%llu customers=%llu "
                "completed=%zu events=%llu wall_s=%.6f mean_sojourn_s=%.12g p99_sojourn_s=%.12g ci95_s=%.12g "
                "engine_events=%llu sim_time_s=%.6f events_per_s=%.0f maxrss_mb=%.1f\n",
                model.c_str(), lambda, musText.c_str(), c, static_cast<unsigned long long>(seed),
                static_cast<unsigned long long>(n), completed, static_cast<unsigned long long>(events), wall, st.mean, st.p99,
                st.ci95, static_cast<unsigned long long>(sim.eventsProcessed()), simTimeToSeconds(sim.now()),
                static_cast<double>(events) / wall, peakRssMb());
    return completed == n ? 0 : 1;
}

} // namespace scalelab::bench
