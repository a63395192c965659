// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ResourceBudget.h"
#include "model/Scenario.h"
#include "sim/Observer.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace scalelab::core {

/// A/B comparison of two designs under identical traffic. Design B is run with design
/// A's workload, network, timeline and run settings (duration, warm-up, sampling), so
/// the only difference is the architecture. Both designs run once per seed, seeds
/// A.run.seed, A.run.seed + 1, ...: the arrival process has its own random stream, so
/// for one seed an open workload sends both designs the same arrivals at the same times.
struct CompareSpec
{
    int seeds = 5;            ///< runs per design, kMinCompareSeeds..kMaxCompareSeeds
    int jobs = 0;             ///< parallel runs; 0 = hardware threads
    double workBudgetEvents = kBatchWorkBudgetEvents; ///< all runs of both designs together
    /// B keeps its own timeline instead of taking A's: a lesson's experiment, whose
    /// selectors ("kind:web#1") were resolved on each design separately, so the same
    /// failure hits the matching component of B even when its ids differ from A's.
    bool bOwnTimeline = false;
};
inline constexpr int kMinCompareSeeds = 2;   ///< a confidence interval needs two values
inline constexpr int kMaxCompareSeeds = 100;

/// The key numbers of one run (measured after the warm-up).
struct CompareRun
{
    double p50Ms = 0, p95Ms = 0, p99Ms = 0, throughputRps = 0, errorRate = 0, costPerHour = 0;
    double errorsByCause[kErrorCauseCount] = {}; ///< failed requests by cause
    double lostWrites = 0;
    double sessionsLost = 0; ///< logged-in users whose session died with a server
    std::uint64_t generated = 0; ///< requests the users sent (same for A and B on an open workload)
};

/// One time series over the seeds: per sample time the median and the 10% and 90%
/// quantiles (linear interpolation between order statistics). Latency percentiles are
/// taken over the seeds that answered a request in that sample, and are NaN where none
/// did (no response has no latency).
struct SeedBand
{
    std::vector<double> median, lo, hi;
};

/// Series keys of CompareDesign::bands, in this order.
enum class CompareSeries { P50, P95, P99, Throughput, Errors, Count };
inline constexpr int kCompareSeriesCount = static_cast<int>(CompareSeries::Count);
const char* compareSeriesName(CompareSeries s); ///< "p50_ms", ..., "errors_rps"

struct CompareDesign
{
    std::string name;              ///< the scenario's name
    std::vector<CompareRun> runs;  ///< one per seed, in seed order
    std::vector<double> tS;        ///< sample times, common to every seed
    SeedBand bands[kCompareSeriesCount];
};

/// Mean and 95% confidence interval of n values: mean ± t(0.975, n-1) * s / sqrt(n),
/// s the sample standard deviation, t Student's quantile.
struct MeanCi
{
    double mean = 0, halfWidth = 0;
    double lo() const { return mean - halfWidth; }
    double hi() const { return mean + halfWidth; }
};
MeanCi meanCi95(const std::vector<double>& values);
/// Student's t quantile for a two-sided 95% interval with `df` degrees of freedom
/// (exact table to 30, then the Cornish-Fisher expansion; within 0.001 everywhere).
double studentT975(int df);

/// One row of the side-by-side table.
struct CompareRow
{
    std::string key;   ///< "p95_ms", "errors_timed_out", "lost_writes", "cost_per_hour"...
    std::string label; ///< English, for the CSV and JSON ("p95 latency")
    std::string unit;  ///< "ms", "req/s", "%", "requests", "$/h"
    MeanCi a, b;
    MeanCi diff;       ///< paired: per seed B - A (same seed = same traffic)
    bool overlap = true; ///< A's and B's intervals overlap (or touch)
};

struct CompareResult
{
    CompareDesign a, b;
    std::vector<std::uint64_t> seeds;
    std::vector<CompareRow> rows;
    bool cancelled = false;
    std::string error; ///< names the design (A or B) and the field; empty on success
};

/// Gives `b` design A's workload, network, timeline and run settings and checks the
/// result through the scenario loader (a timeline event aimed at a component B lacks is
/// refused with its path). `bName` names B in messages ("B.json").
/// With `keepTimeline`, B's own timeline stays (see CompareSpec::bOwnTimeline).
bool alignDesign(const Scenario& a, const Scenario& b, const std::string& bName, Scenario& out,
                 std::string* error, bool keepTimeline = false);

/// THE check before a comparison runs: seeds in range, B aligned to A, memory of the
/// runs that go at once and the work of all 2 x seeds runs against spec.workBudgetEvents.
bool checkCompareRunnable(const Scenario& a, const Scenario& b, const CompareSpec& spec, std::string* error);

/// Runs both designs over spec.seeds seeds on a pool of std::threads. Results do not
/// depend on `jobs` or on scheduling. `progress(done, total)` is called from worker
/// threads (serialised); setting `*cancel` stops the running simulations within
/// milliseconds (polled every Simulation::kCancelPollEvents events) and skips the rest.
CompareResult runCompare(const Scenario& a, const Scenario& b, const CompareSpec& spec,
                         const std::function<void(int done, int total)>& progress = {},
                         const std::atomic<bool>* cancel = nullptr);

/// The table as CSV: metric,unit,a_mean,a_ci95,b_mean,b_ci95,diff_mean,diff_ci95,overlap.
/// Fixed formatting: identical bytes for identical results.
std::string compareCsv(const CompareResult& r);
/// The whole comparison as JSON (designs, seeds, t quantile, rows, per-seed values).
std::string compareJson(const CompareResult& r);

/// One-change variants of a design for "Compare with...".
struct DesignVariant
{
    std::string id;      ///< "cache", "web", "replica"
    std::string label;   ///< English menu text ("Add a cache in front of the database")
    bool applicable = false;
    std::string reason;  ///< why not, when not applicable
};
std::vector<DesignVariant> designVariants(const Scenario& s);
/// Builds variant `id` of `s` (a copy with one change, named "<name> + <change>"). False
/// with `error` when the variant does not apply to this design.
bool applyVariant(const Scenario& s, const std::string& id, Scenario& out, std::string* error);

} // namespace scalelab::core
