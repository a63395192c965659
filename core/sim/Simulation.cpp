// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/Simulation.h"

#include "sim/SimulationImpl.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace scalelab::core {

Simulation::Simulation(const Scenario& scenario, SimObserver* observer)
    : m_impl(std::make_unique<SimulationImpl>(scenario, observer))
{
}
Simulation::~Simulation() = default;

void Simulation::setObserver(SimObserver* observer) { m_impl->setObserver(observer); }
void Simulation::runUntil(SimTime t) { m_impl->runUntil(t); }
void Simulation::run() { m_impl->runUntil(m_impl->endTime()); }
bool Simulation::runUntil(SimTime t, const std::atomic<bool>* cancel)
{
    if (!cancel) {
        m_impl->runUntil(t);
        return true;
    }
    // The same events as SimulationImpl::runUntil, taken in slices of
    // kCancelPollEvents: the inner loop pays a counter decrement per event, the flag is
    // read once per slice.
    Engine& engine = m_impl->m_engine;
    const SimTime limit = std::min(t, m_impl->endTime());
    for (;;) {
        if (cancel->load(std::memory_order_relaxed))
            return false;
        std::uint32_t left = kCancelPollEvents;
        while (left != 0 && engine.stepUntil(limit))
            --left;
        if (left != 0)
            break; // nothing pending up to the limit
    }
    m_impl->runUntil(limit); // no event is due any more: only moves the clock to the limit
    return true;
}
bool Simulation::run(const std::atomic<bool>* cancel) { return runUntil(m_impl->endTime(), cancel); }
bool Simulation::step() { return m_impl->step(); }
SimTime Simulation::now() const { return m_impl->now(); }
SimTime Simulation::endTime() const { return m_impl->endTime(); }
bool Simulation::finished() const { return m_impl->finished(); }
std::uint64_t Simulation::eventsProcessed() const { return m_impl->eventsProcessed(); }
void Simulation::setArrivalLimit(std::uint64_t n) { m_impl->setArrivalLimit(n); }
void Simulation::setAggregatedThinking(bool on) { m_impl->setAggregatedThinking(on); }
bool Simulation::aggregatedThinking() const { return m_impl->aggregatedThinking(); }
std::size_t Simulation::pendingEvents() const { return m_impl->pendingEvents(); }
void Simulation::runToCompletion() { m_impl->runToCompletion(); }
void Simulation::setCompletionHook(CompletionHook hook, void* context) { m_impl->setCompletionHook(hook, context); }
bool Simulation::inject(const TimelineEvent& e, std::string* error) { return m_impl->inject(e, error); }
bool Simulation::setParam(const std::string& id, const std::string& key, const ParamValue& v, std::string* error)
{
    return m_impl->setParam(id, key, v, error);
}
void Simulation::setBaseRate(double rps) { m_impl->setBaseRate(rps); }
void Simulation::setUsers(double users) { m_impl->setUsers(users); }
void Simulation::setMix(const RequestMix& mix) { m_impl->setMix(mix); }
double Simulation::demandFactor() const { return m_impl->demandFactor(); }
Summary Simulation::summary() const { return m_impl->summary(); }
const Scenario& Simulation::scenario() const { return m_impl->scenario(); }

namespace {
/// Rounds to 6 significant digits so the text is short and identical everywhere.
double round6(double v)
{
    if (!std::isfinite(v) || v == 0.0)
        return 0.0;
    // to_chars/from_chars: the same digits whatever the process's locale is.
    char buf[32];
    const auto end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 6).ptr;
    double out = 0.0;
    std::from_chars(buf, end, out);
    return out;
}
nlohmann::json latencyJson(const LatencySummary& l)
{
    return {{"count", l.count},        {"mean_ms", round6(l.meanMs)}, {"p50_ms", round6(l.p50Ms)},
            {"p95_ms", round6(l.p95Ms)}, {"p99_ms", round6(l.p99Ms)}, {"p999_ms", round6(l.p999Ms)},
            {"max_ms", round6(l.maxMs)}};
}
} // namespace

std::string summaryToJson(const Summary& s)
{
    using nlohmann::json;
    json j;
    j["scenario"] = s.scenarioName;
    j["seed"] = s.seed;
    j["duration_s"] = round6(s.durationS);
    j["measured_s"] = round6(s.measuredS);
    j["events"] = s.events;
    j["requests"] = {{"generated", s.generated}, {"succeeded", s.succeeded}};
    json errors = json::object();
    std::uint64_t failed = 0;
    for (int i = 0; i < kErrorCauseCount; ++i) {
        errors[errorCauseName(static_cast<ErrorCause>(i))] = s.failed[i];
        failed += s.failed[i];
    }
    j["requests"]["failed"] = failed;
    j["errors_by_cause"] = errors;
    j["throughput_rps"] = round6(s.throughputRps);
    j["error_rate"] = round6(s.errorRate);
    j["arrival_rate_rps"] = round6(s.arrivalRateRps);
    j["mean_in_system"] = round6(s.meanInSystem);
    j["latency"] = latencyJson(s.latency);
    j["latency_by_type"] = {{"read", latencyJson(s.readLatency)},
                            {"write", latencyJson(s.writeLatency)},
                            {"static", latencyJson(s.staticLatency)}};
    j["mechanisms"] = {{"stale_reads", s.staleReads},       {"lost_writes", s.lostWrites},
                       {"failed_writes", s.failedWrites},   {"sessions_lost", s.sessionsLost},
                       {"dead_letters", s.deadLetters},     {"jobs_processed", s.jobsProcessed},
                       {"job_retries", s.jobRetries},       {"session_misses", s.sessionMisses},
                       {"logins", s.logins},                {"cache_stale_reads", s.cacheStaleReads},
                       {"retries", s.retries},              {"circuit_opens", s.breakerOpens},
                       {"files_uploaded", s.filesUploaded}, {"files_lost", s.filesLost}};
    if (s.cacheHitRate >= 0)
        j["cache_hit_rate"] = round6(s.cacheHitRate);
    if (s.cdnHitRate >= 0)
        j["cdn_hit_rate"] = round6(s.cdnHitRate);
    j["cost_per_hour"] = round6(s.costPerHour);
    json comps = json::array();
    for (const auto& c : s.components) {
        json cj = {{"id", c.id},
                   {"kind", c.kind},
                   {"utilization", round6(c.utilization)},
                   {"mean_queue_length", round6(c.meanQueueLength)},
                   {"served", c.served},
                   {"latency", latencyJson(c.latency)}};
        json ce = json::object();
        for (int i = 0; i < kErrorCauseCount; ++i)
            ce[errorCauseName(static_cast<ErrorCause>(i))] = c.errors[i];
        cj["errors"] = ce;
        if (c.hitRate >= 0)
            cj["hit_rate"] = round6(c.hitRate);
        comps.push_back(cj);
    }
    j["components"] = comps;
    json ev = json::array();
    for (const auto& e : s.events_log)
        ev.push_back({{"t_s", round6(simTimeToSeconds(e.time))}, {"type", e.type}, {"component", e.component}, {"text", e.text}});
    j["events_log"] = ev;
    return j.dump(2) + "\n";
}

} // namespace scalelab::core
