// SPDX-License-Identifier: GPL-3.0-or-later
// scalelab-soak: runs the chapter's final architecture for many simulated hours with an
// open workload and a failure every few minutes, and checks what a long run must keep:
//  - resident memory flat once warm (RSS at the last report within 5% of the first hour's),
//  - counters monotonic and consistent (64-bit, no wrap),
//  - the recorded time series bounded by its decimation.
// Prints one row per report interval: simulated time, wall time, events, RSS.
// Exit status 0 when every check passed, 1 otherwise, 2 on bad arguments.
#include "SoakTimeline.h"

#include "io/ResourceBudget.h"
#include "io/ScenarioJson.h"
#include "metrics/Recorder.h"
#include "sim/Simulation.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace scalelab;
using Clock = std::chrono::steady_clock;

namespace {

struct Options
{
    std::string scenario = SCALELAB_SOAK_DEFAULT_SCENARIO;
    double rateRps = 10000.0;
    double hours = 24.0;
    double failureEveryS = 180.0;
    double reportEveryS = 3600.0;
    double maxWallS = 0.0; ///< stop early (and extrapolate) after this much wall time; 0 = never
    std::size_t maxPoints = 500;
};

bool parseArgs(int argc, char** argv, Options& o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](double& out) {
            if (i + 1 >= argc)
                return false;
            char* end = nullptr;
            out = std::strtod(argv[++i], &end);
            return *end == '\0' && std::isfinite(out) && out >= 0;
        };
        double v = 0;
        if (a == "--scenario" && i + 1 < argc)
            o.scenario = argv[++i];
        else if (a == "--rate" && value(o.rateRps))
            continue;
        else if (a == "--hours" && value(o.hours) && o.hours > 0)
            continue;
        else if (a == "--failure-every" && value(o.failureEveryS) && o.failureEveryS >= 1)
            continue;
        else if (a == "--report-every" && value(o.reportEveryS) && o.reportEveryS >= 1)
            continue;
        else if (a == "--max-wall" && value(o.maxWallS))
            continue;
        else if (a == "--max-points" && value(v) && v >= 16)
            o.maxPoints = static_cast<std::size_t>(v);
        else {
            std::fprintf(stderr,
                         "usage: scalelab-soak [--scenario FILE] [--rate RPS] [--hours H] [--failure-every S]\n"
                         "                     [--report-every S] [--max-wall S] [--max-points N]\n");
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    if (!parseArgs(argc, argv, o))
        return 2;
    auto loaded = core::loadScenarioFile(o.scenario);
    if (!loaded.scenario) {
        for (const auto& d : loaded.errors)
            std::fprintf(stderr, "%s\n", d.toString().c_str());
        return 2;
    }
    core::Scenario s = *loaded.scenario;
    s.workload.mode = core::Workload::Mode::Open;
    s.workload.rateRps = o.rateRps;
    s.run.durationS = o.hours * 3600.0;
    s.run.warmupS = std::min(60.0, s.run.durationS / 2);
    s.timeline.clear();
    const int failures = soak::addRotatingFailures(s, 120.0, s.run.durationS, o.failureEveryS);
    if (const auto refused = core::checkResourceBudget(s, "soak"); !refused.empty()) {
        std::fprintf(stderr, "%s\n", refused.front().toString().c_str());
        return 2;
    }
    const double estimateMiB = core::estimateResources(s).totalBytes / (1 << 20);
    std::printf("soak: %s, %zu components, open %.0f req/s, %g simulated hours, %d failures (every %.0f s)\n",
                o.scenario.c_str(), s.components.size(), o.rateRps, o.hours, failures, o.failureEveryS);
    std::printf("      memory estimate of the loader's budget: %.0f MiB; recorder keeps %zu points\n", estimateMiB,
                o.maxPoints);

    core::Recorder recorder(o.maxPoints, /*keepComponents=*/true);
    core::Simulation sim(s, &recorder);
    const auto wall0 = Clock::now();
    std::printf("%10s %10s %14s %12s %10s %10s %9s %8s %8s %6s\n", "sim_h", "wall_s", "events", "events/s",
                "rss_MiB", "peak_MiB", "heap_MiB", "samples", "events_rec", "comps");
    bool ok = true;
    std::uint64_t lastGenerated = 0, lastDone = 0, lastEvents = 0;
    double firstHourRss = -1.0, lastRss = 0.0, lastSimH = 0.0, lastWall = 0.0;
    const double totalS = s.run.durationS;
    for (double t = o.reportEveryS; t <= totalS + 1e-9; t += o.reportEveryS) {
        sim.runUntil(core::secondsToSimTime(t));
        const double wall = std::chrono::duration<double>(Clock::now() - wall0).count();
        const soak::RssMiB rss = soak::readRss();
        const core::Summary sum = sim.summary();
        std::uint64_t failed = 0;
        for (auto f : sum.failed)
            failed += f;
        const std::uint64_t done = sum.succeeded + failed;
        const std::uint64_t events = sim.eventsProcessed();
        // Counters: monotonic, consistent, far from 2^63 (a wrap would show as a drop).
        if (sum.generated < lastGenerated || done < lastDone || events < lastEvents || done > sum.generated ||
            events >= (std::uint64_t{1} << 62)) {
            std::printf("FAIL: counters not monotonic or inconsistent at %.0f s\n", t);
            ok = false;
        }
        // Arrivals (the summary counts them after the warm-up): the open rate times the
        // measured time, raised by the spikes (x2 for 60 s once per 5 failure intervals: at
        // most 60/(5*interval)); 3% for Poisson noise.
        const double base = o.rateRps * std::max(0.0, t - s.run.warmupS);
        const double spikeShare = 60.0 / (5.0 * o.failureEveryS);
        if (double(sum.generated) < 0.97 * base || double(sum.generated) > (1.03 + spikeShare) * base + 1000) {
            std::printf("FAIL: %llu arrivals, expected %.0f to %.0f\n", (unsigned long long)sum.generated, 0.97 * base,
                        (1.03 + spikeShare) * base);
            ok = false;
        }
        if (recorder.samples().size() > o.maxPoints) {
            std::printf("FAIL: recorder holds %zu samples, bound %zu\n", recorder.samples().size(), o.maxPoints);
            ok = false;
        }
        // Runtime components (scenario ones plus autoscaled copies, retired ones too): must
        // stay bounded, since each holds its own histograms.
        const std::size_t comps = sum.components.size();
        std::printf("%10.2f %10.1f %14llu %12.0f %10.1f %10.1f %9.1f %8zu %8zu %6zu\n", t / 3600.0,
                    wall, (unsigned long long)events, double(events - lastEvents) / std::max(1e-9, wall - lastWall),
                    rss.current, rss.peak, rss.heapInUse, recorder.samples().size(), recorder.events().size(), comps);
        std::fflush(stdout);
        if (t >= 3600.0 - 1e-9 && firstHourRss < 0)
            firstHourRss = rss.current;
        lastGenerated = sum.generated;
        lastDone = done;
        lastEvents = events;
        lastRss = rss.current;
        lastSimH = t / 3600.0;
        lastWall = wall;
        if (o.maxWallS > 0 && wall > o.maxWallS && t + o.reportEveryS <= totalS + 1e-9) {
            std::printf("stopped after %.0f s of wall time at simulated hour %.2f; at %.1f wall s per simulated "
                        "hour the full %.0f hours would take about %.1f wall hours (extrapolated, not run)\n",
                        wall, lastSimH, wall / lastSimH, o.hours, wall / lastSimH * o.hours / 3600.0);
            break;
        }
    }
    const core::Summary sum = sim.summary();
    std::printf("totals: %llu arrivals, %llu succeeded, error rate %.4f, p99 %.1f ms, %llu events\n",
                (unsigned long long)sum.generated, (unsigned long long)sum.succeeded, sum.errorRate,
                sum.latency.p99Ms, (unsigned long long)sim.eventsProcessed());
    if (firstHourRss > 0 && lastSimH > 1.0) {
        const double drift = (lastRss - firstHourRss) / firstHourRss;
        std::printf("rss: %.1f MiB at hour 1, %.1f MiB at hour %.2f (%+.1f%%), peak %.1f MiB\n", firstHourRss, lastRss,
                    lastSimH, 100.0 * drift, soak::readRss().peak);
        if (std::fabs(drift) > 0.05) {
            std::printf("FAIL: resident memory drifted more than 5%%\n");
            ok = false;
        }
    } else {
        std::printf("rss: run too short to compare hour 1 with a later hour\n");
    }
    std::printf("%s\n", ok ? "soak: PASS" : "soak: FAIL");
    return ok ? 0 : 1;
}
