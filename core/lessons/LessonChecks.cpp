// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonChecks.h"

#include "io/ResourceBudget.h"
#include "io/ScenarioJson.h"
#include "lessons/LessonFormat.h"
#include "sim/Simulation.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <new>

namespace scalelab::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isFraction(const std::string& m)
{
    return m == "error_rate" || m == "availability" || m == "failed_write_fraction" ||
           m == "cache_hit_rate" || m == "cdn_hit_rate" || m == "max_utilization";
}

std::string metricName(const LessonCheck& c)
{
    static const std::map<std::string, std::string> names = {
        {"p50_ms", "median latency"},
        {"p95_ms", "p95 latency"},
        {"p99_ms", "p99 latency"},
        {"mean_ms", "mean latency"},
        {"read_p95_ms", "p95 read latency"},
        {"write_p95_ms", "p95 write latency"},
        {"throughput_rps", "throughput"},
        {"error_rate", "error rate"},
        {"availability", "availability"},
        {"failed_write_fraction", "share of failed writes"},
        {"cache_hit_rate", "cache hit rate"},
        {"cdn_hit_rate", "CDN hit rate"},
        {"sessions_lost", "number of lost sessions"},
        {"session_misses", "number of session misses (users logged in again)"},
        {"lost_writes", "number of lost writes"},
        {"stale_reads", "number of stale reads"},
        {"cache_stale_reads", "number of stale reads from a cache"},
        {"dead_letters", "number of dead letters"},
        {"jobs_processed", "number of jobs processed"},
        {"queue_depth_max", "largest queue backlog"},
        {"max_utilization", "busiest utilization"},
        {"cost_per_hour", "cost"},
        {"alerts_fired", "number of alerts"},
        {"servers_added", "number of servers the autoscaler added"},
    };
    auto it = names.find(c.metric);
    std::string n = it == names.end() ? c.metric : it->second;
    if (c.metric == "max_utilization") {
        const KindSpec* k = findKind(c.kind);
        n = "utilization of the busiest " + (k ? k->displayName : c.kind);
        for (std::size_t i = 0; i < n.size(); ++i)
            if (i > 0 && n[i - 1] == ' ' && std::isupper(static_cast<unsigned char>(n[i])) &&
                n.substr(i, 3) != "CDN" && n.substr(i, 3) != "DNS" && n.substr(i, 3) != "API")
                n[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(n[i])));
    }
    return n;
}

std::string opWords(CompareOp op)
{
    switch (op) {
    case CompareOp::Less:
        return "under";
    case CompareOp::LessEqual:
        return "at most";
    case CompareOp::Greater:
        return "over";
    case CompareOp::GreaterEqual:
        return "at least";
    case CompareOp::Equal:
        return "exactly";
    case CompareOp::NotEqual:
        return "not";
    }
    return "";
}

std::string windowWords(const LessonCheck& c)
{
    if (!c.window)
        return {};
    return " from " + formatCount(c.window->fromS) + " s to " + formatCount(c.window->toS) + " s";
}

/// Samples whose interval lies inside the window.
std::vector<const Sample*> inWindow(const ExperimentRecord& run, const TimeWindow& w)
{
    std::vector<const Sample*> out;
    for (const auto& s : run.samples)
        if (s.tS > w.fromS + 1e-9 && s.tS <= w.toS + 1e-9)
            out.push_back(&s);
    return out;
}

double windowValue(const LessonCheck& c, const Scenario& scn, const ExperimentRecord& run)
{
    const auto samples = inWindow(run, *c.window);
    if (samples.empty())
        return kNaN;
    const std::string& m = c.metric;
    double sum = 0, weight = 0, best = -1e300;
    auto add = [&](double v, double w) {
        sum += v * w;
        weight += w;
        best = std::max(best, v);
    };
    for (const Sample* s : samples) {
        const double errs = s->errorsTotalRps();
        if (m == "p50_ms" || m == "p95_ms" || m == "p99_ms" || m == "mean_ms") {
            const double v = m == "p50_ms"   ? s->p50Ms
                             : m == "p95_ms" ? s->p95Ms
                             : m == "p99_ms" ? s->p99Ms
                                             : s->meanMs;
            if (s->throughputRps > 0)
                add(v, s->throughputRps);
        } else if (m == "throughput_rps") {
            add(s->throughputRps, 1);
        } else if (m == "error_rate" || m == "availability") {
            const double total = s->throughputRps + errs;
            if (total > 0)
                add(m == "error_rate" ? errs / total : s->throughputRps / total, total);
        } else if (m == "cache_hit_rate" || m == "cdn_hit_rate") {
            const double v = m == "cache_hit_rate" ? s->cacheHitRate : s->cdnHitRate;
            if (v >= 0)
                add(v, 1);
        } else if (m == "queue_depth_max") {
            add(s->queueDepth, 1);
        } else if (m == "max_utilization") {
            for (const auto& cs : s->components)
                if (const Component* comp = scn.find(cs.id); comp && comp->kind == c.kind)
                    add(cs.utilization, 1);
        }
    }
    if (weight <= 0)
        return kNaN;
    if (m == "queue_depth_max" || c.windowMax)
        return best;
    if (m == "max_utilization") {
        // the busiest component's average over the window
        double top = kNaN;
        for (const auto& comp : scn.components) {
            if (comp.kind != c.kind)
                continue;
            double s = 0, n = 0;
            for (const Sample* smp : samples)
                for (const auto& cs : smp->components)
                    if (cs.id == comp.id) {
                        s += cs.utilization;
                        ++n;
                    }
            if (n > 0 && !(top >= s / n))
                top = s / n;
        }
        return top;
    }
    return sum / weight;
}

double wholeRunValue(const LessonCheck& c, const Scenario& scn, const ExperimentRecord& run)
{
    const Summary& s = run.summary;
    const std::string& m = c.metric;
    const bool anyOk = s.latency.count > 0;
    if (m == "p50_ms")
        return anyOk ? s.latency.p50Ms : kNaN;
    if (m == "p95_ms")
        return anyOk ? s.latency.p95Ms : kNaN;
    if (m == "p99_ms")
        return anyOk ? s.latency.p99Ms : kNaN;
    if (m == "mean_ms")
        return anyOk ? s.latency.meanMs : kNaN;
    if (m == "read_p95_ms")
        return s.readLatency.count ? s.readLatency.p95Ms : kNaN;
    if (m == "write_p95_ms")
        return s.writeLatency.count ? s.writeLatency.p95Ms : kNaN;
    if (m == "throughput_rps")
        return s.throughputRps;
    if (m == "error_rate")
        return s.errorRate;
    if (m == "availability")
        return 1.0 - s.errorRate;
    if (m == "failed_write_fraction") {
        const double total = static_cast<double>(s.writeLatency.count + s.failedWrites);
        return total > 0 ? static_cast<double>(s.failedWrites) / total : 0.0;
    }
    if (m == "cache_hit_rate")
        return s.cacheHitRate >= 0 ? s.cacheHitRate : kNaN;
    if (m == "cdn_hit_rate")
        return s.cdnHitRate >= 0 ? s.cdnHitRate : kNaN;
    if (m == "sessions_lost")
        return static_cast<double>(s.sessionsLost);
    if (m == "cache_stale_reads")
        return static_cast<double>(s.cacheStaleReads);
    if (m == "session_misses")
        return static_cast<double>(s.sessionMisses);
    if (m == "lost_writes")
        return static_cast<double>(s.lostWrites);
    if (m == "stale_reads")
        return static_cast<double>(s.staleReads);
    if (m == "dead_letters")
        return static_cast<double>(s.deadLetters);
    if (m == "jobs_processed")
        return static_cast<double>(s.jobsProcessed);
    if (m == "cost_per_hour")
        return s.costPerHour;
    if (m == "alerts_fired" || m == "servers_added") {
        const char* type = m == "alerts_fired" ? "alert" : "autoscale_out";
        double n = 0;
        for (const auto& e : s.events_log)
            n += e.type == type;
        return n;
    }
    if (m == "queue_depth_max") {
        double best = 0;
        for (const auto& smp : run.samples)
            best = std::max(best, smp.queueDepth);
        return best;
    }
    if (m == "max_utilization") {
        double top = kNaN;
        for (const auto& cs : s.components)
            if (const Component* comp = scn.find(cs.id);
                comp && comp->kind == c.kind && !(top >= cs.utilization))
                top = cs.utilization;
        return top;
    }
    return kNaN;
}

} // namespace

std::string formatCount(double v)
{
    char buf[64];
    if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
        std::snprintf(buf, sizeof buf, "%.0f", v);
        std::string s = buf;
        const bool neg = !s.empty() && s[0] == '-';
        for (int i = static_cast<int>(s.size()) - 3; i > (neg ? 1 : 0); i -= 3)
            s.insert(static_cast<std::size_t>(i), ",");
        return s;
    }
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

std::string formatMetric(const std::string& metric, double v)
{
    if (v != v)
        return "not measurable";
    char buf[64];
    if (isFraction(metric)) {
        const double pct = v * 100.0;
        std::snprintf(buf, sizeof buf, pct != 0 && std::fabs(pct) < 1 ? "%.2f%%" : "%.1f%%", pct);
        return buf;
    }
    if (metric.size() > 3 && metric.compare(metric.size() - 3, 3, "_ms") == 0) {
        std::snprintf(buf, sizeof buf, v < 10 ? "%.1f ms" : "%.0f ms", v);
        return buf;
    }
    if (metric == "throughput_rps")
        return formatCount(std::round(v)) + " req/s";
    if (metric == "cost_per_hour") {
        std::snprintf(buf, sizeof buf, "$%.2f/h", v);
        return buf;
    }
    if (metric == "queue_depth_max")
        return formatCount(std::round(v)) + " messages";
    return formatCount(v);
}

bool metricTakesWindow(const std::string& m)
{
    return m == "p50_ms" || m == "p95_ms" || m == "p99_ms" || m == "mean_ms" ||
           m == "throughput_rps" || m == "error_rate" || m == "availability" ||
           m == "cache_hit_rate" || m == "cdn_hit_rate" || m == "queue_depth_max" ||
           m == "max_utilization";
}

std::string describeCheck(const LessonCheck& c)
{
    const std::string& t = c.type;
    auto kindName = [](const std::string& k) {
        const KindSpec* spec = findKind(k);
        return spec ? spec->displayName : k;
    };
    if (t == "has_component") {
        std::string s = "at least " + formatCount(c.min) + " × " + kindName(c.kind);
        if (c.max >= 0)
            s = c.max == c.min
                    ? "exactly " + formatCount(c.min) + " × " + kindName(c.kind)
                    : formatCount(c.min) + " to " + formatCount(c.max) + " × " + kindName(c.kind);
        return s;
    }
    if (t == "connection")
        return kindName(c.fromKind) + " connected to " + kindName(c.toKind);
    if (t == "path")
        return "a path from " + kindName(c.fromKind) + " to " + kindName(c.toKind);
    if (t == "can_serve")
        return c.capability + " requests can be served";
    if (t == "no_spof")
        return "no single point of failure for " + c.capability + "s" +
               (c.kind.empty() ? "" : " among " + kindName(c.kind) + "s");
    if (t == "param") {
        std::string v = std::holds_alternative<std::string>(c.value)
                            ? "\"" + std::get<std::string>(c.value) + "\""
                            : formatCount(std::get<double>(c.value));
        return (c.match == "any" ? "some " : "every ") + kindName(c.kind) + ": " + c.key + " " +
               compareOpText(c.op) + " " + v;
    }
    if (t == "reads_via_replica")
        return "reads served by a read replica";
    if (t == "spread")
        return kindName(c.kind) + "s in at least " + formatCount(c.min) + " data centers";
    if (t == "metric") {
        const double v = std::holds_alternative<double>(c.value) ? std::get<double>(c.value) : 0.0;
        std::string s =
            metricName(c) + " " + opWords(c.op) + " " + formatMetric(c.metric, v) + windowWords(c);
        if (c.windowMax)
            s = "worst second: " + s;
        return s;
    }
    return t;
}

std::string resolveSelector(const Scenario& s, const std::string& sel)
{
    if (s.find(sel))
        return sel;
    if (sel.rfind("kind:", 0) == 0) {
        std::string k = sel.substr(5);
        int nth = 1;
        if (auto h = k.find('#'); h != std::string::npos) {
            nth = std::atoi(k.c_str() + h + 1);
            k = k.substr(0, h);
        }
        for (const auto& c : s.components)
            if (c.kind == k && --nth == 0)
                return c.id;
        return {};
    }
    if (sel == "role:primary" || sel == "role:replica") {
        const std::string role = sel.substr(5);
        for (const auto& c : s.components)
            if (c.kind == "database" && c.choice("role") == role)
                return c.id;
        return {};
    }
    if (sel.rfind("region:", 0) == 0) {
        for (const auto& c : s.components)
            if (c.kind == "datacenter" && c.choice("region") == sel.substr(7))
                return c.id;
    }
    return {};
}

std::optional<Scenario> experimentScenario(const Scenario& learner, const Experiment& e,
                                           std::string* error)
{
    Scenario x = learner;
    x.timeline.clear();
    for (TimelineEvent ev : e.events) {
        for (std::string* t : {&ev.target, &ev.target2}) {
            if (t->empty())
                continue;
            const std::string id = resolveSelector(learner, *t);
            if (id.empty()) {
                if (error)
                    *error = "The experiment needs a component matching \"" + *t +
                             "\", and your design has none.";
                return std::nullopt;
            }
            *t = id;
        }
        x.timeline.push_back(std::move(ev));
    }
    x.run.durationS = e.durationS;
    x.run.warmupS = e.warmupS;
    x.run.seed = e.seed;
    x.run.sampleIntervalS = 1.0;
    if (e.rateRps)
        x.workload.rateRps = *e.rateRps;
    if (e.users)
        x.workload.users = *e.users;
    if (e.zipfExponent)
        x.workload.zipfExponent = *e.zipfExponent;
    // The one check before any run: the loader's field checks and the memory and time
    // budget; the experiment runs headless, so with the headless work limit.
    BudgetLimits limits;
    limits.workEvents = kBatchWorkBudgetEvents;
    const auto diags = checkScenarioRunnable(x, "experiment", limits);
    if (!diags.empty()) {
        if (error)
            *error =
                "The design cannot run yet: " + diags.front().path + ": " + diags.front().message;
        return std::nullopt;
    }
    return x;
}

std::optional<ExperimentRecord> runExperiment(const Scenario& s, const std::atomic<bool>* cancel)
{
    struct Collector : SimObserver
    {
        std::vector<Sample>* out;
        void onSample(const Sample& smp) override { out->push_back(smp); }
    } collector;
    ExperimentRecord rec;
    collector.out = &rec.samples;
    if (cancel && cancel->load(std::memory_order_relaxed))
        return std::nullopt;
    Simulation sim(s, &collector);
    // The run polls the flag every Simulation::kCancelPollEvents events (milliseconds),
    // however many events a simulated second holds.
    if (!sim.run(cancel))
        return std::nullopt;
    rec.summary = sim.summary();
    return rec;
}

CheckResult evaluateParamCheck(const LessonCheck& c, const Scenario& s)
{
    CheckResult r;
    int matching = 0, total = 0;
    std::string firstBad, seen;
    for (const auto& comp : s.components) {
        if (comp.kind != c.kind)
            continue;
        ++total;
        bool ok;
        std::string shown;
        if (const auto* want = std::get_if<std::string>(&c.value)) {
            const std::string v = comp.choice(c.key);
            ok = (v == *want) == (c.op == CompareOp::Equal);
            shown = v;
        } else {
            const double v = comp.number(c.key);
            ok = compare(v, c.op, std::get<double>(c.value));
            shown = formatCount(v);
        }
        matching += ok;
        if (!ok && firstBad.empty())
            firstBad = (comp.name.empty() ? comp.id : comp.name) + " has " + c.key + " = " + shown;
        if (seen.empty())
            seen = shown;
    }
    const KindSpec* k = findKind(c.kind);
    const std::string kn = k ? k->displayName : c.kind;
    r.passed = total > 0 && (c.match == "any" ? matching > 0 : matching == total);
    r.measured = total > 0 ? matching : kNaN;
    if (total == 0)
        r.explanation = "There is no " + kn + " yet.";
    else if (r.passed)
        r.explanation = c.match == "any"
                            ? formatCount(matching) + " of " + formatCount(total) + " match (" +
                                  kn + ": " + c.key + ")."
                            : "Every " + kn + " matches (" + c.key + " = " + seen + ").";
    else
        r.explanation =
            firstBad.empty() ? "No " + kn + " has the required " + c.key + "." : firstBad + ".";
    return r;
}

CheckResult evaluateMetricCheck(const LessonCheck& c, const Scenario& s,
                                const ExperimentRecord& run)
{
    CheckResult r;
    r.description = c.label.empty() ? describeCheck(c) : c.label;
    r.measured = c.window ? windowValue(c, s, run) : wholeRunValue(c, s, run);
    const double goal = std::holds_alternative<double>(c.value) ? std::get<double>(c.value) : 0.0;
    r.passed = compare(r.measured, c.op, goal);
    std::string name = metricName(c);
    if (c.windowMax)
        name = "worst-second " + name;
    if (r.measured != r.measured)
        r.explanation = "The " + name + windowWords(c) +
                        " could not be measured (nothing of that kind happened).";
    else
        r.explanation = "The " + name + windowWords(c) + " was " +
                        formatMetric(c.metric, r.measured) + "; the goal is " + opWords(c.op) +
                        " " + formatMetric(c.metric, goal) + ".";
    return r;
}

namespace {
CheckResult unmeasured(const LessonCheck& c, const std::string& why)
{
    CheckResult r;
    r.description = c.label.empty() ? describeCheck(c) : c.label;
    r.explanation = why;
    return r;
}
} // namespace

StepEvaluation evaluateStepOnRun(const LessonStep& step, const Scenario& learner,
                                 const Scenario& experiment, const ExperimentRecord& run)
{
    StepEvaluation ev;
    ev.ranExperiment = true;
    ev.passed = true;
    for (const auto& c : step.checks) {
        CheckResult r = c.isExperiment() ? evaluateMetricCheck(c, experiment, run)
                                         : evaluateTopologyCheck(c, learner);
        ev.passed = ev.passed && r.passed;
        ev.results.push_back(std::move(r));
    }
    return ev;
}

double measurePrediction(const Prediction& p, const Scenario& experiment,
                         const ExperimentRecord& run)
{
    LessonCheck c;
    c.type = "metric";
    c.metric = p.metric;
    c.kind = p.kind;
    c.window = p.window;
    c.windowMax = p.windowMax;
    return c.window ? windowValue(c, experiment, run) : wholeRunValue(c, experiment, run);
}

int correctChoice(const Prediction& p, double measured)
{
    if (measured != measured)
        return -1;
    for (std::size_t i = 0; i < p.choices.size(); ++i)
        if (p.choices[i].contains(measured))
            return static_cast<int>(i);
    return -1;
}

bool guessIsRight(const Prediction& p, double guess, double measured)
{
    if (measured != measured || guess != guess)
        return false;
    const double err = std::fabs(guess - measured);
    return err <= p.tolerance * std::fabs(measured) || err <= 0.05 * (p.guessMax - p.guessMin);
}

StepEvaluation evaluateStep(const LessonStep& step, const Scenario& learner,
                            const std::atomic<bool>* cancel)
{
    StepEvaluation ev;
    std::optional<ExperimentRecord> run;
    std::optional<Scenario> x;
    if (step.needsExperiment() && step.experiment) {
        std::string error;
        x = experimentScenario(learner, *step.experiment, &error);
        if (!x)
            ev.error = error;
        else {
            try {
                run = runExperiment(*x, cancel);
            } catch (const std::bad_alloc&) {
                // Last resort: the budget (checked by experimentScenario) should have
                // refused it; a check must never end the program.
                ev.error = "The experiment ran out of memory and was stopped. Make the "
                           "experiment smaller (shorter, or a lower request rate) or the "
                           "design's queues and caches smaller.";
                x.reset();
            }
            if (!run && ev.error.empty()) {
                ev.cancelled = true;
                return ev;
            }
            ev.ranExperiment = run.has_value();
        }
    }
    if (run) {
        StepEvaluation out = evaluateStepOnRun(step, learner, *x, *run);
        out.error = ev.error;
        return out;
    }
    ev.passed = true;
    for (const auto& c : step.checks) {
        CheckResult r = c.isExperiment()
                            ? unmeasured(c, ev.error.empty() ? "No experiment to run." : ev.error)
                            : evaluateTopologyCheck(c, learner);
        ev.passed = ev.passed && r.passed;
        ev.results.push_back(std::move(r));
    }
    return ev;
}

} // namespace scalelab::core
