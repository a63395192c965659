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

/// Simulated events a run may take before its file is refused: 10^10. The engine runs
/// 5-8 M events per second on one core (docs/performance.md) and a request costs about
/// five events, so this is about 2*10^9 requests and half an hour of computing. It bounds
/// what can be opened and played in the window, where the user watches the run and can
/// pause or stop it at any moment.
inline constexpr double kDefaultWorkBudgetEvents = 1e10;
/// The budget of headless work nobody watches (`scalelab-cli run`, `export`, a whole
/// `sweep`, a lesson's experiment): 10^9 events, 2-3 minutes. More than ten times the
/// largest shipped scenario (the chapter's final architecture estimates 9*10^7); the CLI's
/// --max-events raises it up to kDefaultWorkBudgetEvents.
inline constexpr double kBatchWorkBudgetEvents = 1e9;
/// The engine's event rate the refusal quotes to turn events into computing time.
inline constexpr double kTypicalEventsPerSecond = 5e6;
/// Events one request costs on a typical path (arrival, hops, service, reply).
inline constexpr double kEventsPerRequest = 5.0;

struct BudgetLimits
{
    std::uint64_t memoryBytes = kDefaultMemoryBudgetBytes;
    double workEvents = kDefaultWorkBudgetEvents; ///< 0 = no limit on the run's length
};

/// One part of an estimate: `count` things of `each` bytes (memory) or events (work),
/// caused by the field at `path` (a JSON path such as `$.timeline[3].factor`).
struct ResourceTerm
{
    std::string path;
    std::string what;        ///< "cache items", "requests in flight", ...
    double count = 0.0;      ///< double: counts may exceed 2^64 when multiplied out
    double bytesEach = 0.0;  ///< bytes (memory terms) or events (work terms) per item
    std::string why;         ///< the product behind `count`, in words (may be empty)
    double bytes() const { return count * bytesEach; }
};

/// The demand multiplier over a run: the workload curve times the step/ramp level times
/// every spike active at once, exactly as the simulator combines them (spikes multiply
/// each other and the level; a step sets the level, a ramp moves it; a daily_cycle
/// replaces the curve). Found by sweeping the events' start and end points.
struct DemandProfile
{
    double peakFactor = 1.0; ///< largest multiplier at any time of the run
    double peakAtS = 0.0;    ///< when it is reached
    double integralS = 0.0;  ///< the multiplier integrated over the run (seconds at x1)
    std::string peakPath;    ///< the field that contributes most to the peak ("" = none above 1)
    std::string peakWhy;     ///< "$.timeline[0] step x10000 during $.timeline[1] spike x10000"
};
DemandProfile demandProfile(const Scenario& scenario);

/// "about 3 minutes": the computing time of `events` simulated events at the typical rate.
std::string computingTimeInWords(double events);

/// An upper-bound estimate of the memory a run of the scenario can need, and of its work
/// in simulated events. Memory counts what grows with the input: components (statistics,
/// histograms), autoscaler and timeline clones, cache entries, requests in flight (closed:
/// one per user; open: what the queues hold plus the peak rate times the time on the
/// network, link latencies included), per-client tables (sessions, sticky balancing),
/// the client-timeout watch list, database write tables, the hash ring and the per-
/// component sample history. Work counts arrivals (rate x demand x duration), samples x
/// components and health checks x backends. Pure and O((components + timeline) log).
struct ResourceEstimate
{
    double totalBytes = 0.0;
    std::vector<ResourceTerm> terms; ///< sorted, largest first
    double workEvents = 0.0;
    std::vector<ResourceTerm> workTerms; ///< sorted, largest first
    double arrivals = 0.0;  ///< requests the run may generate
    double peakRps = 0.0;   ///< the largest arrival rate at any time
};
ResourceEstimate estimateResources(const Scenario& scenario);

/// Refuses a scenario whose estimate exceeds the budget: one diagnostic naming the field
/// behind the largest part of the estimate (`$.timeline[3].factor` when timeline factors
/// multiply the rate), how much it would take, the limit, and the largest value that fits
/// when that can be said. Empty when the scenario fits.
std::vector<Diagnostic> checkResourceBudget(const Scenario& scenario, const std::string& fileName,
                                            const BudgetLimits& limits);
std::vector<Diagnostic> checkResourceBudget(const Scenario& scenario, const std::string& fileName,
                                            std::uint64_t budgetBytes = kDefaultMemoryBudgetBytes);

/// THE check before any run: the loader's semantic validation (ids, connections,
/// timeline targets, parameter ranges) and then the resource budget. The scenario loader,
/// `validate`/`run`/`export`/`sweep` (each point, via applySweepValue), lesson experiments
/// and the GUI's Play must all call this one function on the scenario they are about to
/// simulate (after any override such as --duration or an edited field). It writes the
/// scenario as JSON and loads it back, so every field check of the loader applies; the
/// loader's default budget always applies, `limits` can only make it tighter.
std::vector<Diagnostic> checkScenarioRunnable(const Scenario& scenario, const std::string& fileName,
                                              const BudgetLimits& limits = {});

} // namespace scalelab::core
