// SPDX-License-Identifier: GPL-3.0-or-later
// Loads fuzzed scenario text and, when the loader accepts it, runs the simulation for a
// bounded number of events: whatever a file says, a scenario the loader accepts must
// never crash the engine, trip a sanitizer or produce non-finite figures.
#include "io/ResourceBudget.h"
#include "io/ScenarioJson.h"
#include "sim/Simulation.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace scalelab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const ScenarioLoadResult r = parseScenario(text, "fuzz.json");
    if (!r.scenario)
        return 0;
    // Stay small enough for thousands of runs per minute: the 4 GiB budget itself is
    // the loader's business (fuzz_scenario); here 64 MiB and 10^5 closed users.
    if (estimateResources(*r.scenario).totalBytes > 64.0 * (1 << 20) ||
        (r.scenario->workload.mode == Workload::Mode::Closed && r.scenario->workload.users > 1e5))
        return 0;
    Simulation sim(*r.scenario);
    std::uint64_t steps = 0;
    while (steps < 20000 && sim.step())
        ++steps;
    const Summary s = sim.summary();
    if (!std::isfinite(s.throughputRps) || !std::isfinite(s.errorRate) || s.errorRate < 0 || s.errorRate > 1 ||
        !std::isfinite(s.latency.meanMs)) {
        std::fprintf(stderr, "contract violated: non-finite or out-of-range summary\n%s\n", text.c_str());
        std::abort();
    }
    return 0;
}
