// SPDX-License-Identifier: GPL-3.0-or-later
// Heap versus calendar queue: a hold model (each event schedules one successor after
// an exponential delay, mean 10 ms) keeps the pending count constant, so the time per
// event measures the future-event set at that size.
#include "BenchCommon.h"

#include "sim/Engine.h"
#include "sim/Random.h"

#include <cstdio>
#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace scalelab::bench {

using namespace scalelab::core;

namespace {

class Hold final : public EventHandler
{
public:
    RandomStream rng{1, 1};
    SimTime meanNs = 10'000'000;
    void handleEvent(Engine& engine, const Event& e) override
    {
        // Exponential delay in ns (std::log, as the models draw).
        const double u = rng.uniform();
        engine.scheduleIn(static_cast<SimTime>(-std::log(u) * static_cast<double>(meanNs)), e.target, e.kind, e.arg);
    }
};

double nsPerEvent(QueueKind kind, std::size_t pending, std::uint64_t events)
{
    Engine engine(kind);
    Hold hold;
    const auto h = engine.addHandler(&hold);
    // Initial times spread like the steady state of the hold model.
    for (std::size_t i = 0; i < pending; ++i)
        engine.schedule(static_cast<SimTime>(-std::log(hold.rng.uniform()) * 1e7), h, 0, i);
    for (std::uint64_t i = 0; i < std::min<std::uint64_t>(events / 4, 4 * pending); ++i)
        engine.step(); // warm up to the working size
    const auto t0 = std::chrono::steady_clock::now();
    for (std::uint64_t i = 0; i < events; ++i)
        engine.step();
    return secondsSince(t0) * 1e9 / static_cast<double>(events);
}

} // namespace

int runQueues(const Flags& flags)
{
    const auto events = std::strtoull(flag(flags, "events", "5000000").c_str(), nullptr, 10);
    std::vector<std::size_t> sizes = {4, 64, 1024, 16384, 131072, 1000000};
    if (flags.count("pending"))
        sizes = {static_cast<std::size_t>(std::strtoull(flag(flags, "pending", "").c_str(), nullptr, 10))};
    std::printf("%10s %12s %12s %12s %8s\n", "pending", "heap_ns/ev", "calendar_ns", "auto_ns/ev", "cal/heap");
    for (std::size_t p : sizes) {
        const double h = nsPerEvent(QueueKind::Heap, p, events);
        const double c = nsPerEvent(QueueKind::Calendar, p, events);
        const double a = nsPerEvent(QueueKind::Auto, p, events);
        std::printf("%10zu %12.1f %12.1f %12.1f %8.2f\n", p, h, c, a, c / h);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace scalelab::bench
