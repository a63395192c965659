// SPDX-License-Identifier: GPL-3.0-or-later
// A/B comparison over seeds: runs, seed bands, confidence intervals, CSV and JSON.
// The one-change variants are in CompareVariants.cpp.
#include "analysis/Compare.h"

#include "io/NumberText.h"
#include "io/ScenarioJson.h"
#include "metrics/Recorder.h"
#include "sim/Simulation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdio>
#include <mutex>
#include <new>
#include <thread>

namespace scalelab::core {

const char* compareSeriesName(CompareSeries s)
{
    switch (s) {
    case CompareSeries::P50:
        return "p50_ms";
    case CompareSeries::P95:
        return "p95_ms";
    case CompareSeries::P99:
        return "p99_ms";
    case CompareSeries::Throughput:
        return "throughput_rps";
    case CompareSeries::Errors:
        return "errors_rps";
    case CompareSeries::Count:
        break;
    }
    return "?";
}

double studentT975(int df)
{
    static const double table[] = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060,
                                   2.2622,  2.2281, 2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199,
                                   2.1098,  2.1009, 2.0930, 2.0860, 2.0796, 2.0739, 2.0687, 2.0639,
                                   2.0595,  2.0555, 2.0518, 2.0484, 2.0452, 2.0423};
    if (df < 1)
        return 0.0;
    if (df <= 30)
        return table[df - 1];
    // Cornish-Fisher expansion around the normal quantile z = 1.959964.
    const double z = 1.959964, n = df;
    const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z;
    return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n) +
           (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * n * n * n);
}

MeanCi meanCi95(const std::vector<double>& v)
{
    MeanCi r;
    if (v.empty())
        return r;
    double sum = 0;
    for (double x : v)
        sum += x;
    r.mean = sum / static_cast<double>(v.size());
    if (v.size() < 2)
        return r;
    double ss = 0;
    for (double x : v)
        ss += (x - r.mean) * (x - r.mean);
    const double sd = std::sqrt(ss / static_cast<double>(v.size() - 1));
    r.halfWidth = studentT975(static_cast<int>(v.size()) - 1) * sd / std::sqrt(static_cast<double>(v.size()));
    return r;
}

bool alignDesign(const Scenario& a, const Scenario& b, const std::string& bName, Scenario& out,
                 std::string* error, bool keepTimeline)
{
    Scenario merged = b;
    merged.workload = a.workload;
    merged.network = a.network;
    if (!keepTimeline)
        merged.timeline = a.timeline;
    merged.run = a.run;
    // Through the loader: B must be a valid scenario with A's traffic and timeline.
    auto parsed = parseScenario(scenarioToJson(merged), bName);
    if (!parsed.scenario) {
        if (error) {
            if (parsed.errors.empty())
                *error = bName + ": not a valid scenario with the first design's workload and timeline";
            else
                *error = parsed.errors.front().toString() +
                         " (design B runs with the first design's workload and timeline)";
        }
        return false;
    }
    out = std::move(*parsed.scenario);
    return true;
}

namespace {

int poolSize(const CompareSpec& spec)
{
    const int threads = spec.jobs > 0 ? spec.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return std::max(1, std::min(threads, 2 * std::max(1, spec.seeds)));
}

std::string seedsProblem(int seeds)
{
    if (seeds >= kMinCompareSeeds && seeds <= kMaxCompareSeeds)
        return {};
    return "seeds: expected " + std::to_string(kMinCompareSeeds) + " to " + std::to_string(kMaxCompareSeeds) +
           " runs per design (a 95% interval needs at least two), got " + std::to_string(seeds);
}

} // namespace

bool checkCompareRunnable(const Scenario& a, const Scenario& b, const CompareSpec& spec, std::string* error)
{
    auto fail = [error](std::string text) {
        if (error)
            *error = std::move(text);
        return false;
    };
    if (std::string why = seedsProblem(spec.seeds); !why.empty())
        return fail(why);
    Scenario bb;
    if (!alignDesign(a, b, b.name.empty() ? "design B" : b.name, bb, error, spec.bOwnTimeline))
        return false;
    const int together = poolSize(spec);
    double work = 0;
    for (const Scenario* s : {static_cast<const Scenario*>(&a), static_cast<const Scenario*>(&bb)}) {
        BudgetLimits limits;
        limits.memoryBytes = kDefaultMemoryBudgetBytes / static_cast<std::uint64_t>(together);
        limits.workEvents = 0;
        if (auto diags = checkResourceBudget(*s, s == &a ? "design A" : "design B", limits); !diags.empty())
            return fail(diags.front().toString() + " (" + std::to_string(together) +
                        " runs at once, each within 1/" + std::to_string(together) +
                        " of the memory budget; fewer parallel jobs give each run more)");
        work += estimateResources(*s).workEvents * spec.seeds;
    }
    const double budget = std::min(spec.workBudgetEvents, kDefaultWorkBudgetEvents);
    if (work > budget)
        return fail("the comparison's " + std::to_string(2 * spec.seeds) + " runs would take about " +
                    dataNumber(work, 3) + " simulated events together (" + computingTimeInWords(work) +
                    " of computing), more than the " + dataNumber(budget, 3) +
                    " allowed (fewer seeds or a shorter duration)");
    return true;
}

namespace {

struct RunOutput
{
    bool ok = false;
    std::string error;
    CompareRun run;
    std::vector<Sample> samples;
};

RunOutput runOne(const Scenario& s, std::uint64_t seed, const std::atomic<bool>* cancel)
{
    RunOutput out;
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        out.error = "cancelled";
        return out;
    }
    Scenario seeded = s;
    seeded.run.seed = seed;
    Recorder recorder;
    Simulation sim(seeded, &recorder);
    if (!sim.run(cancel)) {
        out.error = "cancelled";
        return out;
    }
    const Summary sum = sim.summary();
    CompareRun& r = out.run;
    r.p50Ms = sum.latency.p50Ms;
    r.p95Ms = sum.latency.p95Ms;
    r.p99Ms = sum.latency.p99Ms;
    r.throughputRps = sum.throughputRps;
    r.errorRate = sum.errorRate;
    r.costPerHour = sum.costPerHour;
    for (int i = 0; i < kErrorCauseCount; ++i)
        r.errorsByCause[i] = static_cast<double>(sum.failed[i]);
    r.lostWrites = static_cast<double>(sum.lostWrites);
    r.sessionsLost = static_cast<double>(sum.sessionsLost);
    r.generated = sum.generated;
    out.samples = recorder.samples();
    out.ok = true;
    return out;
}

double seriesValue(const Sample& s, CompareSeries k)
{
    // A latency exists only where requests succeeded: a sample without one has no
    // percentile (NaN, a gap in the chart), not a latency of 0 ms.
    const double noLatency = std::numeric_limits<double>::quiet_NaN();
    switch (k) {
    case CompareSeries::P50:
        return s.throughputRps > 0 ? s.p50Ms : noLatency;
    case CompareSeries::P95:
        return s.throughputRps > 0 ? s.p95Ms : noLatency;
    case CompareSeries::P99:
        return s.throughputRps > 0 ? s.p99Ms : noLatency;
    case CompareSeries::Throughput:
        return s.throughputRps;
    case CompareSeries::Errors:
        return s.errorsTotalRps();
    case CompareSeries::Count:
        break;
    }
    return 0;
}

/// Quantile q of sorted values, linear between order statistics.
double quantile(const std::vector<double>& sorted, double q)
{
    if (sorted.empty())
        return 0;
    const double pos = q * static_cast<double>(sorted.size() - 1);
    const auto i = static_cast<std::size_t>(std::floor(pos));
    const double f = pos - static_cast<double>(i);
    return i + 1 < sorted.size() ? sorted[i] + f * (sorted[i + 1] - sorted[i]) : sorted[i];
}

void fillBands(CompareDesign& d, const std::vector<RunOutput>& outs)
{
    std::size_t n = outs.empty() ? 0 : outs.front().samples.size();
    for (const RunOutput& o : outs)
        n = std::min(n, o.samples.size());
    d.tS.clear();
    for (std::size_t t = 0; t < n; ++t)
        d.tS.push_back(outs.front().samples[t].tS);
    std::vector<double> col;
    col.reserve(outs.size());
    for (int k = 0; k < kCompareSeriesCount; ++k) {
        SeedBand& band = d.bands[k];
        band = {};
        for (std::size_t t = 0; t < n; ++t) {
            col.clear();
            for (std::size_t i = 0; i < outs.size(); ++i)
                if (const double v = seriesValue(outs[i].samples[t], static_cast<CompareSeries>(k));
                    std::isfinite(v))
                    col.push_back(v);
            // Quantiles over the seeds that have a value here; none: NaN (a gap).
            const double none = std::numeric_limits<double>::quiet_NaN();
            std::sort(col.begin(), col.end());
            band.median.push_back(col.empty() ? none : quantile(col, 0.5));
            band.lo.push_back(col.empty() ? none : quantile(col, 0.1));
            band.hi.push_back(col.empty() ? none : quantile(col, 0.9));
        }
    }
    d.runs.clear();
    for (const RunOutput& o : outs)
        d.runs.push_back(o.run);
}

void addRow(CompareResult& r, std::string key, std::string label, std::string unit,
            double (*get)(const CompareRun&, int), int arg = 0)
{
    CompareRow row;
    row.key = std::move(key);
    row.label = std::move(label);
    row.unit = std::move(unit);
    std::vector<double> va, vb, vd;
    for (std::size_t i = 0; i < r.a.runs.size() && i < r.b.runs.size(); ++i) {
        va.push_back(get(r.a.runs[i], arg));
        vb.push_back(get(r.b.runs[i], arg));
        vd.push_back(vb.back() - va.back());
    }
    row.a = meanCi95(va);
    row.b = meanCi95(vb);
    row.diff = meanCi95(vd);
    row.overlap = row.a.lo() <= row.b.hi() && row.b.lo() <= row.a.hi();
    r.rows.push_back(std::move(row));
}

void fillRows(CompareResult& r)
{
    addRow(r, "p50_ms", "p50 latency", "ms", [](const CompareRun& x, int) { return x.p50Ms; });
    addRow(r, "p95_ms", "p95 latency", "ms", [](const CompareRun& x, int) { return x.p95Ms; });
    addRow(r, "p99_ms", "p99 latency", "ms", [](const CompareRun& x, int) { return x.p99Ms; });
    addRow(r, "throughput_rps", "throughput", "req/s", [](const CompareRun& x, int) { return x.throughputRps; });
    addRow(r, "error_rate_pct", "error rate", "%", [](const CompareRun& x, int) { return 100.0 * x.errorRate; });
    for (int c = 0; c < kErrorCauseCount; ++c) {
        const std::string name = errorCauseName(static_cast<ErrorCause>(c));
        addRow(r, "errors_" + name, "errors: " + name, "requests",
               [](const CompareRun& x, int i) { return x.errorsByCause[i]; }, c);
    }
    addRow(r, "lost_writes", "lost writes", "writes", [](const CompareRun& x, int) { return x.lostWrites; });
    addRow(r, "sessions_lost", "sessions lost", "sessions",
           [](const CompareRun& x, int) { return x.sessionsLost; });
    addRow(r, "cost_per_hour", "cost per hour", "$/h", [](const CompareRun& x, int) { return x.costPerHour; });
}

} // namespace

CompareResult runCompare(const Scenario& a, const Scenario& b, const CompareSpec& spec,
                         const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    CompareResult result;
    if (!checkCompareRunnable(a, b, spec, &result.error))
        return result;
    Scenario bb;
    alignDesign(a, b, b.name.empty() ? "design B" : b.name, bb, nullptr, spec.bOwnTimeline);
    result.a.name = a.name;
    result.b.name = b.name;
    const int n = spec.seeds;
    for (int i = 0; i < n; ++i)
        result.seeds.push_back(a.run.seed + static_cast<std::uint64_t>(i));
    std::vector<RunOutput> outs(static_cast<std::size_t>(2 * n));
    const int total = 2 * n;
    std::mutex mutex;
    int next = 0, done = 0;
    auto worker = [&] {
        for (;;) {
            int task;
            {
                std::lock_guard lock(mutex);
                if (next >= total)
                    return;
                task = next++;
            }
            const Scenario& s = task % 2 == 0 ? a : bb;
            RunOutput o;
            try { // an exception must not leave a pool thread (std::terminate)
                o = runOne(s, result.seeds[static_cast<std::size_t>(task / 2)], cancel);
            } catch (const std::bad_alloc&) {
                o = RunOutput{};
                o.error = "a run ran out of memory";
            }
            std::lock_guard lock(mutex);
            outs[static_cast<std::size_t>(task)] = std::move(o);
            ++done;
            if (progress)
                progress(done, total);
        }
    };
    std::vector<std::thread> pool;
    for (int i = 0; i < poolSize(spec); ++i)
        pool.emplace_back(worker);
    for (auto& t : pool)
        t.join();
    result.cancelled = cancel && cancel->load();
    if (result.cancelled)
        return result;
    std::vector<RunOutput> oa, ob;
    for (int i = 0; i < total; ++i) {
        RunOutput& o = outs[static_cast<std::size_t>(i)];
        if (!o.ok) {
            result.error = (i % 2 == 0 ? "design A, seed " : "design B, seed ") +
                           std::to_string(result.seeds[static_cast<std::size_t>(i / 2)]) + ": " + o.error;
            return result;
        }
        (i % 2 == 0 ? oa : ob).push_back(std::move(o));
    }
    fillBands(result.a, oa);
    fillBands(result.b, ob);
    fillRows(result);
    return result;
}

namespace {
std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

double round6(double v)
{
    return std::round(v * 1e6) / 1e6;
}
} // namespace

std::string compareCsv(const CompareResult& r)
{
    std::string out = "metric,unit,a_mean,a_ci95,b_mean,b_ci95,diff_mean,diff_ci95,overlap\n";
    char line[400];
    for (const CompareRow& row : r.rows) {
        std::snprintf(line, sizeof line, ",%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%d\n", row.a.mean, row.a.halfWidth,
                      row.b.mean, row.b.halfWidth, row.diff.mean, row.diff.halfWidth, row.overlap ? 1 : 0);
        out += csvField(row.key) + "," + csvField(row.unit) + line;
    }
    return out;
}

std::string compareJson(const CompareResult& r)
{
    nlohmann::ordered_json j;
    j["format"] = "scalelab-compare";
    j["version"] = 1;
    j["design_a"] = r.a.name;
    j["design_b"] = r.b.name;
    j["seeds"] = r.seeds;
    j["interval"] = "mean +- t(0.975, n-1) * s / sqrt(n), Student t, n = number of seeds";
    j["t_quantile"] = round6(studentT975(static_cast<int>(r.seeds.size()) - 1));
    j["bands"] = "median and 10%-90% quantiles over the seeds, per sample";
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const CompareRow& row : r.rows) {
        nlohmann::ordered_json x;
        x["metric"] = row.key;
        x["label"] = row.label;
        x["unit"] = row.unit;
        x["a"] = {{"mean", round6(row.a.mean)}, {"ci95", round6(row.a.halfWidth)}};
        x["b"] = {{"mean", round6(row.b.mean)}, {"ci95", round6(row.b.halfWidth)}};
        x["b_minus_a"] = {{"mean", round6(row.diff.mean)}, {"ci95", round6(row.diff.halfWidth)}};
        x["intervals_overlap"] = row.overlap;
        rows.push_back(std::move(x));
    }
    j["rows"] = std::move(rows);
    auto perSeed = [](const CompareDesign& d) {
        nlohmann::ordered_json arr = nlohmann::ordered_json::array();
        for (const CompareRun& run : d.runs)
            arr.push_back({{"p50_ms", round6(run.p50Ms)},
                           {"p95_ms", round6(run.p95Ms)},
                           {"p99_ms", round6(run.p99Ms)},
                           {"throughput_rps", round6(run.throughputRps)},
                           {"error_rate", round6(run.errorRate)},
                           {"lost_writes", run.lostWrites},
                           {"sessions_lost", run.sessionsLost},
                           {"cost_per_hour", round6(run.costPerHour)},
                           {"requests", run.generated}});
        return arr;
    };
    j["runs_a"] = perSeed(r.a);
    j["runs_b"] = perSeed(r.b);
    return j.dump(2) + "\n";
}

} // namespace scalelab::core
