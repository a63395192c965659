// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"
#include "io/ResourceBudget.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace scalelab::core {

/// What a capacity sweep varies: the closed population, the open arrival rate, or
/// any numeric field of the scenario named by a JSON pointer (RFC 6901, e.g.
/// "/components/2/params/workers").
struct SweepSpec
{
    enum class Axis { Users, Rate, Pointer };
    Axis axis = Axis::Users;
    std::string pointer;        ///< Axis::Pointer only
    std::vector<double> values; ///< one run per value, in this order
    int jobs = 0;               ///< parallel runs; 0 = hardware threads
    double workBudgetEvents = kBatchWorkBudgetEvents; ///< all points together

    /// "users", "rate_rps" or the pointer: the first CSV column's name.
    std::string axisName() const;
};

/// Whole-run figures of one point (measured after the scenario's warm-up).
struct SweepPoint
{
    double value = 0.0;        ///< the swept value
    double offeredRps = 0.0;   ///< requests generated per simulated second
    double throughputRps = 0.0;///< successful responses per second
    double p50Ms = 0.0, p99Ms = 0.0;
    double errorRate = 0.0;    ///< failed / (succeeded + failed)
    std::uint64_t requests = 0;
    bool ok = false;           ///< false when the point could not be built (see error)
    std::string error;
};

struct SweepResult
{
    std::vector<SweepPoint> points; ///< in SweepSpec::values order
    int knee = -1;                  ///< index into points, -1 when the design keeps up everywhere
    std::string kneeReason;         ///< one sentence, empty without a knee
    bool cancelled = false;
    std::string error;              ///< set when the sweep itself is invalid
};

/// The knee: taking points in increasing offered load, the first one where the design
/// stops keeping up, i.e. throughput < 95% of offered load, or p99 latency above 10x
/// the p99 of the lowest-load point. Returns -1 when there is none.
int findKnee(const std::vector<SweepPoint>& points, std::string* reason = nullptr);

/// Applies one sweep value to a copy of `base`. Returns false with `error` set when
/// the pointer does not name a numeric field or the result is not a valid scenario. The
/// value goes through the scenario loader (for every axis, users and rate included), so
/// it is validated exactly like the field it replaces, and the point must fit the memory
/// and time budget (memory shared by the points that run at once). The CLI and the GUI
/// sweep dialog call this for every point before running any.
bool applySweepValue(const Scenario& base, const SweepSpec& spec, double value, Scenario& out, std::string* error);

/// THE check before a sweep runs: every point through applySweepValue, and then the work
/// of all points together against spec.workBudgetEvents (headless work; at most
/// kDefaultWorkBudgetEvents):
/// a sweep of ten points that each fit would otherwise compute for ten times as long
/// without a word. The error names the first bad point, or for the total the points'
/// sum, the limit and the largest point. runSweep calls it first; the CLI and the GUI
/// dialog call it to refuse before they start.
bool checkSweepRunnable(const Scenario& base, const SweepSpec& spec, std::string* error);

/// The time-budget part of checkSweepRunnable, for a caller that has already applied
/// every value (the GUI dialog): `workPerPoint[i]` is estimateResources(point i).workEvents.
/// Empty when the points fit spec.workBudgetEvents together, else the refusal in words.
std::string sweepWorkRefusal(const SweepSpec& spec, const std::vector<double>& workPerPoint);

/// Runs every point on a pool of std::threads. Each point is its own Simulation with
/// the scenario's seed, so the result does not depend on `jobs` or on scheduling.
/// `progress(done, total)` is called from worker threads (serialised by a mutex);
/// setting `*cancel` stops the running points within milliseconds (each polls it every
/// Simulation::kCancelPollEvents events) and skips the rest (result.cancelled is then true).
SweepResult runSweep(const Scenario& base, const SweepSpec& spec,
                     const std::function<void(int done, int total)>& progress = {},
                     const std::atomic<bool>* cancel = nullptr);

/// CSV with a header: value, offered_rps, throughput_rps, p50_ms, p99_ms, error_rate,
/// requests, knee (1 on the knee row). Fixed formatting: identical bytes for identical results.
std::string sweepCsv(const SweepResult& result, const SweepSpec& spec);

} // namespace scalelab::core
