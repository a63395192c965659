// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ScenarioJson.h"
#include "model/Scenario.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scalelab::core {

/// Memory a simulation may use before a file is refused: 4 GiB.
inline constexpr std::uint64_t kDefaultMemoryBudgetBytes = std::uint64_t{4} << 30;

/// One part of the memory estimate: `count` things of `bytesEach` bytes, caused by the
/// field at `path` (a JSON path such as `$.components[3].params.capacity_items`).
struct ResourceTerm
{
    std::string path;
    std::string what;        ///< "cache items", "requests in flight", ...
    double count = 0.0;      ///< double: counts may exceed 2^64 when multiplied out
    double bytesEach = 0.0;
    double bytes() const { return count * bytesEach; }
};

/// An upper-bound estimate of the memory a run of the scenario can need. It counts
/// what grows with the input: components (statistics, histograms), autoscaler and
/// timeline clones, cache entries (a cache never holds more distinct keys than the key
/// space), requests in flight (closed: one per user; open: bounded by what the queues can
/// hold and by the arrivals of the whole run), sessions and the event queue. Pure and
/// O(components + timeline); the per-item sizes are those of the simulator's structures.
struct ResourceEstimate
{
    double totalBytes = 0.0;
    std::vector<ResourceTerm> terms; ///< sorted, largest first
};
ResourceEstimate estimateResources(const Scenario& scenario);

/// Refuses a scenario whose estimate exceeds `budgetBytes`: one diagnostic naming the
/// field behind the largest part of the estimate, how much memory it would take and
/// the largest value that fits. Empty when the scenario fits.
std::vector<Diagnostic> checkResourceBudget(const Scenario& scenario, const std::string& fileName,
                                            std::uint64_t budgetBytes = kDefaultMemoryBudgetBytes);

} // namespace scalelab::core
