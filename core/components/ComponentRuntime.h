// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/Request.h"
#include "metrics/Histogram.h"
#include "model/Scenario.h"
#include "sim/Distribution.h"
#include "sim/Engine.h"
#include "sim/Observer.h"

#include <array>
#include <vector>
#include <string>

namespace scalelab::core {

class SimulationImpl;

/// Interval and whole-run statistics of one component.
///
/// Until the simulation is "folding" (see SimulationImpl::folding()), a measured
/// request's sojourn goes both into `window` and into `sojourn`. Once the warm-up is
/// over and every request started during it has left, every request is measured, so
/// the value goes into `window` only and the window is folded into `sojourn` when a
/// sample closes it: same totals, half the histogram work per request. Use
/// ComponentRuntime::wholeRunSojourn()/wholeRunServed() to read whole-run figures.
struct ComponentStats
{
    Histogram sojourn;       ///< whole run, measured requests (up to the last fold)
    Histogram window;        ///< current sample interval
    std::uint64_t served = 0, windowServed = 0;
    std::array<std::uint64_t, kErrorCauseCount> errors{};
    std::uint64_t windowErrors = 0;
    std::uint64_t hits = 0, misses = 0, windowHits = 0, windowMisses = 0;
    std::uint64_t staleHits = 0, windowStaleHits = 0; ///< caches: hits on an entry older than the key's last write
    double busyArea = 0.0;   ///< integral of busy workers over time (ns)
    double queueArea = 0.0;  ///< integral of queue length over time (ns)
    double capacityArea = 0.0; ///< integral of workers over time (ns), for utilization
    double windowBusyArea = 0.0;     ///< since the last resetWindow() (valid after accrue())
    double windowCapacityArea = 0.0; ///< likewise
    double busyAtWindow = 0.0, capacityAtWindow = 0.0; ///< areas when the window opened
};

/// The run-time side of one component: a queueing station (c workers, a service-time
/// distribution, a bounded FIFO queue, a queue timeout) plus the kind's routing.
/// Subclasses override accept() (what happens on arrival) and served() (where a
/// request goes after service). Owned by SimulationImpl; refers to others by index.
class ComponentRuntime : public EventHandler
{
public:
    enum TimerKind : std::uint32_t { kServiceDone = 0, kTimerBase = 1 };

    ComponentRuntime(SimulationImpl& sim, const Component& c, int index);
    ~ComponentRuntime() override = default;

    /// A request reaches this component. Default: join the station (or route through
    /// at once when the kind has no station).
    virtual void accept(ReqId r);
    /// After service: route the request on, complete it, or fail it.
    virtual void served(ReqId r) = 0;
    /// A timer scheduled with scheduleTimer() fired.
    virtual void onTimer(std::uint32_t /*kind*/, std::uint64_t /*arg*/) {}
    /// Called once after every component exists (resolve neighbours here).
    virtual void wire() {}
    /// Applies a live parameter change; returns false if refused.
    virtual bool applyParam(const std::string& key, const ParamValue& value, std::string* error);
    /// Crash (down = true) or recover. Default: stop serving, fail what is queued and in service.
    virtual void setDown(bool down, const std::string& reason);
    /// Adds kind-specific figures to a sample.
    virtual void fillSample(ComponentSample& /*s*/) const {}
    /// Empties caches (cache_flush).
    virtual void flush() {}

    void handleEvent(Engine& engine, const Event& event) final;

    // --- Station ---
    bool isStation() const { return m_isStation; }
    bool isDown() const { return m_down; }
    int workers() const { return m_workers; }
    int busy() const { return m_busy; }
    std::size_t queueLength() const { return m_queueLen; }
    /// Requests queued or in service here.
    std::size_t inFlight() const { return m_queueLen + static_cast<std::size_t>(m_busy); }
    void setSlowFactor(double f) { m_slow = f; }
    double slowFactor() const { return m_slow; }
    /// Share of the requests this station serves and then answers with an error (a bad
    /// deploy: the work is done, the answer is wrong), 0 to 1.
    void setErrorRate(double p) { m_errorRate = p; }
    double errorRate() const { return m_errorRate; }
    /// Enters the station queue (or starts service). Fails the request when down or full.
    void enqueue(ReqId r);
    void setWorkers(int n);
    void seedStream(std::uint64_t seed, std::uint64_t stream) { m_rng = RandomStream(seed, stream); }
    /// Routers (DNS) answer which component a client should contact; -1 = none.
    virtual int resolve(ReqId /*r*/) { return -1; }
    /// The set of servers behind a load balancer (or replicas of a primary) changed.
    virtual void serversChanged() {}
    /// A side trip (session store) ended: continue the request's journey here.
    virtual void resume(ReqId r) { served(r); }
    /// A miss this cache or CDN reported was answered: store the key.
    virtual void fill(std::uint64_t /*key*/) {}
    /// A write changed this key: drop it from a cache (cache-aside invalidation).
    virtual void invalidate(std::uint64_t /*key*/) {}
    /// Control components (monitoring, autoscaler) see every sample as it is taken.
    virtual void observeSample(const Sample& /*s*/) {}

    const Component& config() const { return m_config; }
    Component& config() { return m_config; }
    const std::string& id() const { return m_config.id; }
    /// The name the user gave the component, else its id (what event texts say).
    const std::string& displayName() const { return m_config.name.empty() ? m_config.id : m_config.name; }
    const std::string& kind() const { return m_config.kind; }
    /// The kind as an enum (fixed at construction): use this in per-request code.
    Kind kindId() const { return m_kind; }
    bool is(Kind k) const { return m_kind == k; }
    /// Scenario id of the component this runtime was cloned from (empty when not a clone).
    const std::string& cloneOf() const { return m_cloneOf; }
    void setCloneOf(const std::string& id) { m_cloneOf = id; }
    int index() const { return m_index; }
    std::uint32_t handlerId() const { return m_handler; }
    int region() const { return m_region; }
    void setRegion(int r) { m_region = r; }
    int datacenter() const { return m_dc; }
    void setDatacenter(int dc) { m_dc = dc; }
    double costPerHour() const { return m_config.number("cost_per_hour"); }
    /// Runtime clones (autoscaler, add_replica) are not in the scenario file.
    bool isClone() const { return m_clone; }
    void setClone(bool c) { m_clone = c; }
    /// Whether the component currently counts as present (removed servers do not).
    bool active() const { return m_active; }
    void setActive(bool a) { m_active = a; }

    ComponentStats& stats() { return m_stats; }
    const ComponentStats& stats() const { return m_stats; }
    /// Integrates the busy, queue and capacity areas up to now and refreshes the window
    /// areas (call before reading any of them).
    void accrue() const;
    /// Closes the sample interval: folds it into the whole-run figures when the
    /// simulation is folding, then clears it.
    void resetWindow();
    /// Whole-run sojourn histogram and served count of measured requests, including the
    /// interval not folded yet.
    Histogram wholeRunSojourn() const;
    std::uint64_t wholeRunServed() const;
    /// Counts a request this component handled without its station (message queue
    /// acknowledgements).
    void countServed(bool measured);

protected:
    void scheduleTimer(SimTime delay, std::uint32_t kind, std::uint64_t arg = 0);
    /// The per-event part of accrue(): busy and queue areas (capacity only changes with
    /// setWorkers()/setDown(), which call accrue()).
    void accrueLoad() const
    {
        const SimTime now = m_engine.now();
        const double dt = static_cast<double>(now - m_lastAccrue);
        m_lastAccrue = now;
        m_stats.busyArea += dt * m_busy;
        m_stats.queueArea += dt * static_cast<double>(m_queueLen);
    }
    void recordServed(const Request& q);
    /// Removes and returns the requests in service here (a crash), in pool order.
    std::vector<ReqId> takeInService();
    void startService(ReqId r);
    void startNext();
    /// Fails every request queued or in service here (crash).
    void dropAll(ErrorCause cause);
    double serviceMeanS() const { return m_dist.meanS; }
    void setServiceMean(double s) { m_dist.meanS = s; }

    SimulationImpl& m_sim;
    Engine& m_engine;
    Component m_config;
    int m_index;
    Kind m_kind = Kind::Unknown;
    std::string m_cloneOf;
    std::uint32_t m_handler = 0;
    bool m_isStation = true;
    bool m_down = false;
    bool m_clone = false;
    bool m_active = true;
    int m_region = 0;
    int m_dc = -1;

    // Station state.
    int m_workers = 1;
    int m_busy = 0;
    ReqId m_head = kNoReq, m_tail = kNoReq; ///< FIFO through Request::next
    std::size_t m_queueLen = 0;
    std::size_t m_queueCap = 0;
    SimTime m_timeout = 0;
    double m_slow = 1.0;
    double m_errorRate = 0.0;
    double m_writeScale = 1.0; ///< write service mean / read service mean (databases)
    double m_jobScale = 1.0;   ///< a job's work (kFlagJobWork) / service mean (web servers)
    Distribution m_dist;
    RandomStream m_rng;
    std::uint64_t m_generation = 0; ///< bumps on crash so completions of dropped requests are ignored
    mutable SimTime m_lastAccrue = 0;   ///< busy/queue areas are integrated up to here
    mutable SimTime m_lastCapacity = 0; ///< capacity area is integrated up to here
    mutable ComponentStats m_stats;
};

} // namespace scalelab::core
