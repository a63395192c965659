// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Sweep.h"

#include "io/NumberText.h"
#include "io/ResourceBudget.h"
#include "io/ScenarioJson.h"
#include "sim/Simulation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <mutex>
#include <new>
#include <numeric>
#include <thread>

namespace scalelab::core {

std::string SweepSpec::axisName() const
{
    switch (axis) {
    case Axis::Users:
        return "users";
    case Axis::Rate:
        return "rate_rps";
    case Axis::Pointer:
        return pointer;
    }
    return "value";
}

int findKnee(const std::vector<SweepPoint>& points, std::string* reason)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].ok)
            order.push_back(i);
    if (order.empty())
        return -1;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return points[a].offeredRps < points[b].offeredRps; });
    const double baseP99 = points[order.front()].p99Ms;
    char buf[200];
    for (std::size_t i : order) {
        const SweepPoint& p = points[i];
        if (p.offeredRps > 0 && p.throughputRps < 0.95 * p.offeredRps) {
            std::snprintf(buf, sizeof buf, "throughput %.0f req/s is below 95%% of the offered %.0f req/s",
                          p.throughputRps, p.offeredRps);
            if (reason)
                *reason = buf;
            return static_cast<int>(i);
        }
        if (baseP99 > 0 && p.p99Ms > 10.0 * baseP99) {
            std::snprintf(buf, sizeof buf, "p99 %.1f ms is more than 10x the lowest-load p99 (%.2f ms)", p.p99Ms,
                          baseP99);
            if (reason)
                *reason = buf;
            return static_cast<int>(i);
        }
    }
    return -1;
}

namespace {
/// "users = 2.5": the swept value as the user typed it (C locale).
std::string pointName(const SweepSpec& spec, double value)
{
    char buf[32];
    const auto end = std::to_chars(buf, buf + sizeof buf, value).ptr;
    return spec.axisName() + " = " + std::string(buf, end);
}
} // namespace

bool applySweepValue(const Scenario& base, const SweepSpec& spec, double value, Scenario& out, std::string* error)
{
    // Every axis goes through the scenario file: the value is written where the field is
    // and the loader reads it back, so a swept value is checked exactly like that field
    // in a file (users 0, 2.5 or -0 refused; ranges; the memory and time budget).
    nlohmann::json j = scenarioToJsonValue(base);
    std::string pointer = spec.pointer;
    if (spec.axis == SweepSpec::Axis::Users) {
        j["workload"]["mode"] = "closed";
        pointer = "/workload/users";
    } else if (spec.axis == SweepSpec::Axis::Rate) {
        j["workload"]["mode"] = "open";
        pointer = "/workload/rate_rps";
    }
    try {
        const nlohmann::json::json_pointer ptr(pointer);
        // A parameter left at its default is not in the file: allow adding it under
        // "params" (creating that object when the component has none); anything else
        // must already hold a number. The parser then checks the key and its range.
        const bool exists = j.contains(ptr);
        if (exists && !j.at(ptr).is_number()) {
            if (error)
                *error = pointer + ": expected a numeric field, found " + std::string(j.at(ptr).type_name());
            return false;
        }
        const auto params = ptr.parent_pointer();
        const bool underParams = !params.empty() && params.back() == "params";
        const auto owner = underParams ? params.parent_pointer() : params;
        const bool canAdd = underParams && !owner.empty() && j.contains(owner) && j.at(owner).is_object() &&
                            (!j.contains(params) || j.at(params).is_object());
        const bool workloadField = spec.axis != SweepSpec::Axis::Pointer; // written even when absent
        if (!exists && !canAdd && !workloadField) {
            if (error)
                *error = pointer + ": no such field in the scenario";
            return false;
        }
        j[ptr] = value;
    } catch (const nlohmann::json::exception& e) {
        if (error)
            *error = pointer + ": not a valid JSON pointer (" + e.what() + ")";
        return false;
    }
    auto parsed = parseScenario(j.dump(), "sweep");
    if (!parsed.scenario) {
        if (error) {
            if (parsed.errors.empty())
                *error = pointName(spec, value) + ": invalid value";
            else
                *error = pointName(spec, value) + ": " + parsed.errors.front().path + ": " + parsed.errors.front().message;
        }
        return false;
    }
    // Points run side by side: together they may use the budget of one run.
    const int threads = spec.jobs > 0 ? spec.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int together = std::max(1, std::min<int>(threads, static_cast<int>(std::max<std::size_t>(1, spec.values.size()))));
    if (together > 1) {
        BudgetLimits limits;
        limits.memoryBytes = kDefaultMemoryBudgetBytes / static_cast<std::uint64_t>(together);
        if (auto diags = checkResourceBudget(*parsed.scenario, "sweep", limits); !diags.empty()) {
            if (error)
                *error = pointName(spec, value) + ": " + diags.front().path + ": " + diags.front().message + " (" +
                         std::to_string(together) + " points run at once, each within 1/" +
                         std::to_string(together) + " of the memory budget; fewer parallel jobs give each point more)";
            return false;
        }
    }
    out = std::move(*parsed.scenario);
    return true;
}

namespace {

SweepPoint runPoint(const Scenario& base, const SweepSpec& spec, double value, const std::atomic<bool>* cancel)
{
    SweepPoint p;
    p.value = value;
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        p.error = "cancelled";
        return p;
    }
    Scenario s;
    if (!applySweepValue(base, spec, value, s, &p.error))
        return p;
    Simulation sim(s);
    // Polled every Simulation::kCancelPollEvents events: milliseconds, whatever the rate.
    if (!sim.run(cancel)) {
        p.error = "cancelled";
        return p;
    }
    const Summary sum = sim.summary();
    p.offeredRps = sum.measuredS > 0 ? static_cast<double>(sum.generated) / sum.measuredS : 0.0;
    p.throughputRps = sum.throughputRps;
    p.p50Ms = sum.latency.p50Ms;
    p.p99Ms = sum.latency.p99Ms;
    p.errorRate = sum.errorRate;
    p.requests = sum.generated;
    p.ok = true;
    return p;
}

} // namespace

std::string sweepWorkRefusal(const SweepSpec& spec, const std::vector<double>& workPerPoint)
{
    double total = 0.0;
    std::size_t largest = 0;
    for (std::size_t i = 0; i < workPerPoint.size(); ++i) {
        total += workPerPoint[i];
        if (workPerPoint[i] > workPerPoint[largest])
            largest = i;
    }
    const double budget = std::min(spec.workBudgetEvents, kDefaultWorkBudgetEvents);
    if (total <= budget || workPerPoint.empty() || workPerPoint.size() != spec.values.size())
        return {};
    const std::string points = workPerPoint.size() == 1
                                   ? std::string("the sweep's point")
                                   : "the sweep's " + std::to_string(workPerPoint.size()) + " points";
    return points + " would take about " + dataNumber(total, 3) + " simulated events together (" +
           computingTimeInWords(total) + " of computing), more than the " + dataNumber(budget, 3) +
           " a run or a sweep may take; the largest is " + pointName(spec, spec.values[largest]) + " with " +
           dataNumber(workPerPoint[largest], 3) + " (fewer or smaller points, or a shorter duration)";
}

bool checkSweepRunnable(const Scenario& base, const SweepSpec& spec, std::string* error)
{
    if (spec.values.empty()) {
        if (error)
            *error = "the sweep has no values";
        return false;
    }
    std::vector<double> work;
    work.reserve(spec.values.size());
    for (double v : spec.values) {
        Scenario probe;
        if (!applySweepValue(base, spec, v, probe, error))
            return false;
        work.push_back(estimateResources(probe).workEvents);
    }
    std::string refusal = sweepWorkRefusal(spec, work);
    if (refusal.empty())
        return true;
    if (error)
        *error = std::move(refusal);
    return false;
}

SweepResult runSweep(const Scenario& base, const SweepSpec& spec, const std::function<void(int, int)>& progress,
                     const std::atomic<bool>* cancel)
{
    SweepResult result;
    if (!checkSweepRunnable(base, spec, &result.error))
        return result;
    const int total = static_cast<int>(spec.values.size());
    result.points.resize(spec.values.size());
    int jobs = spec.jobs > 0 ? spec.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    jobs = std::min(jobs, total);
    // Largest points first so a long run does not start last (results keep their slots).
    std::vector<std::size_t> order(spec.values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return spec.values[a] > spec.values[b]; });
    std::mutex mutex;
    std::size_t next = 0;
    int done = 0;
    auto worker = [&] {
        for (;;) {
            std::size_t slot;
            {
                std::lock_guard lock(mutex);
                if (next >= order.size())
                    return;
                slot = order[next++];
            }
            SweepPoint p;
            try { // an exception must not leave a pool thread (std::terminate)
                p = runPoint(base, spec, spec.values[slot], cancel);
            } catch (const std::bad_alloc&) {
                p = SweepPoint{};
                p.value = spec.values[slot];
                p.error = "the point ran out of memory";
            }
            std::lock_guard lock(mutex);
            result.points[slot] = std::move(p);
            ++done;
            if (progress)
                progress(done, total);
        }
    };
    std::vector<std::thread> pool;
    for (int i = 0; i < jobs; ++i)
        pool.emplace_back(worker);
    for (auto& t : pool)
        t.join();
    result.cancelled = cancel && cancel->load();
    for (const SweepPoint& p : result.points)
        if (!p.ok && p.error != "cancelled" && result.error.empty())
            result.error = p.error;
    if (!result.cancelled)
        result.knee = findKnee(result.points, &result.kneeReason);
    return result;
}

std::string sweepCsv(const SweepResult& result, const SweepSpec& spec)
{
    std::string out = spec.axisName();
    if (out.find_first_of(",\"") != std::string::npos)
        out = "\"" + out + "\"";
    out += ",offered_rps,throughput_rps,p50_ms,p99_ms,error_rate,requests,knee\n";
    char line[320];
    for (std::size_t i = 0; i < result.points.size(); ++i) {
        const SweepPoint& p = result.points[i];
        std::snprintf(line, sizeof line, "%.10g,%.3f,%.3f,%.4f,%.4f,%.6f,%llu,%d\n", p.value, p.offeredRps,
                      p.throughputRps, p.p50Ms, p.p99Ms, p.errorRate, static_cast<unsigned long long>(p.requests),
                      static_cast<int>(i) == result.knee ? 1 : 0);
        out += line;
    }
    return out;
}

} // namespace scalelab::core
