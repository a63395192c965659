// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"
#include "sim/Observer.h"
#include "sim/SimTime.h"
#include "sim/Summary.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

namespace scalelab::core {

class SimulationImpl;

/// Runs one scenario. Not thread-safe: one thread drives it (the GUI's worker thread
/// or the CLI). The scenario must be valid (see validateScenario); it is copied.
///
/// Everything the user sees comes from the simulated requests: the observer receives
/// a Sample every run.sampleIntervalS of simulated time and every SimEvent as it
/// happens.
class Simulation
{
public:
    explicit Simulation(const Scenario& scenario, SimObserver* observer = nullptr);
    ~Simulation();
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;

    void setObserver(SimObserver* observer);

    /// Advances to simulated time t (capped at the scenario's end).
    void runUntil(SimTime t);
    /// Runs to the scenario's end.
    void run();

    /// How often the cancellable runs read their flag: once per this many events
    /// (a few hundred microseconds to a few milliseconds of wall time), never per event.
    static constexpr std::uint32_t kCancelPollEvents = 4096;
    /// Like runUntil(t), but reads `*cancel` (relaxed) before every kCancelPollEvents
    /// events, so another thread can stop a long run within milliseconds. Returns true
    /// when t (capped at the end) was reached; false when the flag was seen set: the
    /// clock is then left at the last event processed and the run may be continued.
    /// Processes exactly the events runUntil(t) would (same results for a seed).
    /// nullptr behaves like runUntil(t).
    bool runUntil(SimTime t, const std::atomic<bool>* cancel);
    /// Runs to the scenario's end, polling `cancel` like runUntil(t, cancel).
    bool run(const std::atomic<bool>* cancel);
    /// Processes one event; false when the run is over.
    bool step();
    SimTime now() const;
    SimTime endTime() const;
    bool finished() const;
    std::uint64_t eventsProcessed() const;

    /// Stops generating requests after n arrivals (benchmarks); 0 = no limit.
    void setArrivalLimit(std::uint64_t n);
    /// Closed workloads: how thinking users are simulated. Aggregated (the default):
    /// think times are exponential, so the thinking users need no pending event each;
    /// the thinking set sends its next request after an exponential gap of rate
    /// thinking / think time, from a thinking user drawn uniformly, and the pending set
    /// holds only requests in flight. false: one pending think event per user, the
    /// reference model the aggregated one is tested against (same distribution, other
    /// sample path). Call it before the run; switching off later is exact as well.
    void setAggregatedThinking(bool on);
    bool aggregatedThinking() const;
    /// Events pending in the engine now (scheduled, cancelled ones not yet reached included).
    std::size_t pendingEvents() const;
    /// Runs until the arrival limit is reached and every request has left the system.
    void runToCompletion();
    /// Benchmarks: `hook(context, latencyNs)` is called for every successful user
    /// request, in completion order, with its end-to-end latency. nullptr (the default)
    /// turns it off; when off it costs one predictable branch per completion.
    using CompletionHook = void (*)(void* context, SimTime latencyNs);
    void setCompletionHook(CompletionHook hook, void* context);

    // --- Live control (front ends call these between steps) ---
    /// Applies an event now (its atS is ignored). Returns false with `error` set when
    /// the event is not applicable (unknown target, wrong kind).
    bool inject(const TimelineEvent& event, std::string* error = nullptr);
    /// Changes a parameter of a running component where meaningful (workers, service
    /// time, capacities, policies, TTLs...). Returns false when the value is refused.
    bool setParam(const std::string& componentId, const std::string& key, const ParamValue& value,
                  std::string* error = nullptr);
    /// Live workload controls.
    void setBaseRate(double rps);
    void setUsers(double users);
    void setMix(const RequestMix& mix);
    double demandFactor() const;

    /// Figures so far (measured from the warm-up).
    Summary summary() const;
    const Scenario& scenario() const;

private:
    std::unique_ptr<SimulationImpl> m_impl;
};

} // namespace scalelab::core
