// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/ComponentRuntime.h"
#include "components/Request.h"
#include "metrics/Histogram.h"
#include "model/Scenario.h"
#include "sim/Distribution.h"
#include "sim/Engine.h"
#include "sim/Observer.h"
#include "sim/Summary.h"

#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace scalelab::core {

/// Random stream numbers. Station i (in scenario order, counting stations only) draws
/// its service times from stream kServiceStreamBase + i; the arrival stream is 0. This
/// matches the performance anchors' common random numbers.
enum StreamId : std::uint64_t {
    kArrivalStream = 0,
    kServiceStreamBase = 1,
    kMixStream = 100000,
    kKeyStream,
    kRouteStream,
    kSourceStream,
    kThinkStream,
    kMiscStream,
    kRetryStream, ///< clients' backoff jitter
    kThinkSetStream, ///< closed users aggregated: the gaps between the thinking set's requests
    kThinkPickStream, ///< closed users aggregated: which thinking user sends the next request
};

/// The engine room behind Simulation: owns the engine, the request pool, the
/// component runtimes and the metrics. Components call forward(), complete() and
/// fail() to move requests on.
class SimulationImpl : public EventHandler
{
public:
    enum SimEventKind : std::uint32_t {
        kOpenArrival,
        kThinkDone,
        kDeliver,
        kSample,
        kTimeline,
        kEndOfEffect, ///< a spike/slow/outage window closes (arg = effect index)
        kClientDeadline, ///< the oldest watched request reaches the client timeout
        kRetry,          ///< a client's backoff is over: the retry (arg = its request) is sent
        kThinkSetNext,   ///< aggregated closed users: the next thinking user sends a request
        kThinkBegin,     ///< aggregated closed users: a reply reached user `arg`, who starts thinking
    };

    SimulationImpl(const Scenario& scenario, SimObserver* observer);
    ~SimulationImpl() override;

    void handleEvent(Engine& engine, const Event& event) override;

    // --- Services for components ---
    Engine& engine() { return m_engine; }
    SimTime now() const { return m_engine.now(); }
    RequestPool& requests() { return m_pool; }
    /// The engine handler id of the simulation itself (components have their own).
    std::uint32_t selfHandler() const { return m_selfHandler; }
    Request& req(ReqId r) { return m_pool[r]; }
    const Scenario& scenario() const { return m_scenario; }
    int componentCount() const { return static_cast<int>(m_comps.size()); }
    ComponentRuntime& comp(int i) { return *m_comps[static_cast<std::size_t>(i)]; }
    const ComponentRuntime& comp(int i) const { return *m_comps[static_cast<std::size_t>(i)]; }
    int indexOf(const std::string& id) const;
    /// Outgoing neighbours of component i (runtime indices), in connection order.
    const std::vector<int>& targets(int i) const { return m_out[static_cast<std::size_t>(i)]; }
    const std::vector<int>& sources(int i) const { return m_in[static_cast<std::size_t>(i)]; }
    /// The users component a request's `source` field refers to.
    int sourceComponent(std::uint8_t source) const
    {
        return source < m_sources.size() ? m_sources[source] : (m_sources.empty() ? 0 : m_sources.front());
    }
    /// Adds a runtime-only component (autoscaled server, new replica) cloned from `templ`.
    int addClone(int templ, const std::string& newId);
    /// Connects two runtime components (used with clones).
    void connectRuntime(int from, int to);
    /// Removes every outgoing connection of runtime component `from`.
    void clearTargets(int from);

    /// Sends r from component `from` (-1 = from its client) to `to`, paying network delay.
    void forward(ReqId r, int from, int to);
    /// The request succeeded: its reply travels back and the client records it.
    void complete(ReqId r);
    /// The request failed at component `at` (-1 = before reaching one).
    void fail(ReqId r, ErrorCause cause, int at);
    /// Creates an internal request (cache refresh, origin fetch) not waited on by a user.
    ReqId spawnInternal(RequestType type, std::uint64_t key, int atComponent);

    void record(SimEvent e);
    RandomStream& routeRng() { return m_routeRng; }
    RandomStream& miscRng() { return m_miscRng; }
    /// One-way delay between two components (-1 = the client of `r`'s region).
    /// Returns -1 when a partition cuts them off.
    SimTime linkDelay(int from, int to, int clientRegion) const;
    int regionOfComponent(int i) const;
    bool dcDown(int dc) const;
    /// Since when the data centers of components a and b have been cut off from each
    /// other, or -1 when they are connected.
    SimTime partitionedSince(int a, int b) const;
    /// Measured-request bookkeeping (after the warm-up).
    bool measuring() const { return m_engine.now() >= m_warmupNs; }
    /// True once the warm-up is over and every request started during it has left:
    /// from then on every request is measured, so interval histograms are folded into
    /// the whole-run ones when a sample closes them (see ComponentStats).
    bool folding() const { return m_folding; }

    // Counters mechanism components bump.
    std::uint64_t staleReads = 0, lostWrites = 0, failedWrites = 0, sessionsLost = 0;
    std::uint64_t deadLetters = 0, jobsProcessed = 0, jobRetries = 0;
    std::uint64_t sessionMisses = 0, logins = 0; ///< stateful web tiers (measured requests)
    std::uint64_t retries = 0;      ///< retry attempts clients sent for measured requests
    std::uint64_t filesUploaded = 0; ///< measured writes that carried a user's file
    std::uint64_t filesLost = 0;     ///< files lost with a web server's disk (crash or removal)
    std::uint64_t breakerOpens = 0; ///< times a client circuit breaker opened (after the warm-up)
    /// Where each client's current session lives (stateful web servers): the server and
    /// that server's crash epoch when the session was made. A session is valid only on
    /// that server and until it crashes. Indexed by client id; grown on demand.
    struct SessionHome
    {
        std::int32_t server = -1;
        std::uint32_t epoch = 0;
    };
    /// The application wrote `key` now (web server or worker): caches compare their
    /// entries with it to count stale reads. Kept only when the design has a cache.
    ///
    /// The log is a direct-mapped table indexed by key (keys are ranks 0..count-1): exact
    /// up to kWriteLogSlots keys; beyond, keys that share a slot overwrite each other and
    /// a read of the one overwritten is not counted as stale (the popular keys, the low
    /// ranks, have slots of their own). Memory: 16 bytes per slot, at most 64 MiB.
    void noteWrite(std::uint64_t key)
    {
        if (!m_trackWrites)
            return;
        if (m_writeLog.empty())
            m_writeLog.resize(writeLogSlots());
        m_writeLog[key & (m_writeLog.size() - 1)] = {key, m_engine.now()};
    }
    /// Starts fetching key's slot of the write log (a write on its way to noteWrite()).
    void prefetchWrite(std::uint64_t key) const
    {
        if (!m_writeLog.empty())
            __builtin_prefetch(&m_writeLog[key & (m_writeLog.size() - 1)]);
    }
    /// When `key` was last written, or -1 when never (or when its slot holds another key).
    SimTime lastWrite(std::uint64_t key) const
    {
        if (m_writeLog.empty())
            return -1;
        const WriteSlot& w = m_writeLog[key & (m_writeLog.size() - 1)];
        return w.key == key ? w.at : SimTime{-1};
    }
    static constexpr std::size_t kWriteLogSlots = std::size_t{1} << 22;
    std::uint64_t cacheStaleReads = 0; ///< measured cache hits on an entry older than the key's last write
    SessionHome& sessionHome(std::uint32_t client)
    {
        if (client >= m_sessionHomes.size())
            m_sessionHomes.resize(std::max<std::size_t>(client + 1, m_sessionHomes.size() * 2));
        return m_sessionHomes[client];
    }

    // --- Control (Simulation forwards here) ---
    void runUntil(SimTime t);
    bool step();
    void runToCompletion();
    bool inject(const TimelineEvent& e, std::string* error);
    bool setParam(const std::string& id, const std::string& key, const ParamValue& v, std::string* error);
    void setBaseRate(double rps);
    void setUsers(double users);
    void setMix(const RequestMix& mix);
    double demandFactor() const;
    Summary summary() const;
    void setObserver(SimObserver* o) { m_observer = o ? o : &m_null; }
    void setArrivalLimit(std::uint64_t n) { m_arrivalLimit = n; }
    void setCompletionHook(void (*hook)(void*, SimTime), void* context)
    {
        m_completionHook = hook;
        m_completionContext = context;
    }
    SimTime endTime() const { return m_endNs; }
    /// Closed users: aggregated (true, the default) or one pending think event per user.
    void setAggregatedThinking(bool on);
    bool aggregatedThinking() const { return m_aggregated; }
    /// Users thinking now (aggregated mode; 0 in per-user mode).
    std::size_t thinkingUsers() const { return m_thinking.size(); }
    std::size_t pendingEvents() const { return m_engine.pending(); }
    /// Recomputes the fast-path flags (flat demand, flat network, client timeout) after
    /// the workload, the network or the effects in force changed.
    void refreshFastPaths();
    bool finished() const { return m_engine.now() >= m_endNs; }
    std::uint64_t eventsProcessed() const { return m_engine.eventsProcessed(); }
    std::uint64_t modelEvents() const { return m_generated + m_serviceCompletions; }
    void countServiceCompletion() { ++m_serviceCompletions; }

private:
    void build();
    void scheduleNextArrival();
    void rescheduleArrival();
    void startRequest(std::uint32_t client, int source);
    /// Sends attempt r of a client request: starts its client timeout, asks the circuit
    /// breaker, and routes it to the first component.
    void sendAttempt(ReqId r);
    /// The attempt r failed (`cause`): when the client has retries left, a new request
    /// for the same user, type and key is sent after the backoff and true is returned.
    bool retryLater(ReqId r, ErrorCause cause);
    /// Circuit breakers (one per users component).
    bool breakerAdmits(Request& q);
    void breakerOutcome(const Request& q, bool ok);
    void finishClient(ReqId r);
    /// The client of `r` gives up at its timeout: counted as failed (timed out) now, and a
    /// closed user thinks again; the request itself goes on until a component ends it.
    void abandon(ReqId r);
    void watchDeadline(ReqId r);
    void checkDeadlines();
    void clientDone(const Request& q, SimTime replyNs);
    void releaseRequest(ReqId r);
    void takeSample();
    void demandChanged();
    // Aggregated closed users (see docs/performance.md, "closed users aggregated"):
    // thinking users hold no pending event of their own. Their think times are
    // exponential, hence memoryless, so the next request of the thinking set comes after
    // an exponential gap of rate thinking * factor / Z and is sent by a thinking user
    // drawn uniformly. One event (kThinkSetNext) is pending for the whole set.
    double thinkRatePerUser() const;
    void redrawThinkSet();
    void beginThinking(std::uint32_t user);
    void thinkSetFires();
    void accrueInSystem()
    {
        const SimTime now = m_engine.now();
        SimTime from = m_inSystemLast;
        m_inSystemLast = now;
        if (from < m_warmupNs) [[unlikely]] {
            if (now <= m_warmupNs)
                return;
            from = m_warmupNs;
        }
        m_inSystemArea += static_cast<double>(now - from) * static_cast<double>(m_inSystem);
    }
    int pickSource(std::uint32_t client);
    RequestType pickType();
    std::uint64_t pickKey(RequestType t);
    void applyTimeline(std::size_t index);
    void endEffect(std::uint64_t index);

    Scenario m_scenario;
    NullObserver m_null;
    SimObserver* m_observer;
    Engine m_engine;
    std::uint32_t m_selfHandler = 0;
    RequestPool m_pool;
    std::vector<std::unique_ptr<ComponentRuntime>> m_comps;
    std::vector<std::vector<int>> m_out, m_in;
    std::unordered_map<std::string, int> m_index;
    std::vector<int> m_sources;      ///< users components
    std::vector<double> m_sourceCum; ///< cumulative shares
    std::vector<int> m_dcRegion;     ///< region per datacenter component index (-1 when not a DC)
    std::vector<char> m_dcDown;      ///< by component index (DCs only)
    std::vector<std::pair<int, int>> m_partitions; ///< pairs of DC component indices
    std::vector<SimTime> m_partitionStart;         ///< parallel to m_partitions
    std::vector<std::pair<std::pair<int, int>, SimTime>> m_extraLinks;
    int m_defaultRegion = 0;

    RandomStream m_arrivalRng, m_mixRng, m_keyRng, m_routeRng, m_sourceRng, m_thinkRng, m_miscRng, m_retryRng;
    ZipfSampler m_keys, m_staticKeys;
    double m_mixCum[4] = {};
    double m_baseRate = 0;
    double m_users = 0;
    double m_stepFactor = 1.0;
    struct Spike { SimTime end; double factor; };
    std::vector<Spike> m_spikes;
    struct Ramp { SimTime start, end; double from, to; bool active = false; } m_ramp;
    EventId m_pendingArrival = ~EventId{0};
    bool m_arrivalPending = false;
    std::uint64_t m_arrivalLimit = 0;
    void (*m_completionHook)(void*, SimTime) = nullptr; ///< benchmark per-completion callback
    void* m_completionContext = nullptr;
    std::uint64_t m_generated = 0;
    std::uint64_t m_serviceCompletions = 0;
    std::uint32_t m_nextClient = 0;
    bool m_aggregated = true;
    std::vector<std::uint32_t> m_thinking; ///< ids of the users thinking now (aggregated mode)
    RandomStream m_thinkSetRng, m_thinkPickRng;
    EventId m_thinkEvent = 0;
    SimTime m_thinkAt = 0;
    bool m_thinkPending = false;
    std::uint64_t m_thinkPick = 0; ///< the uniform word that picks the next user (drawn ahead to prefetch)

    // Effects that end later (spike windows, crash durations, slow windows, partitions).
    struct Effect { TimelineEvent event; bool done = false; };
    std::vector<Effect> m_effects;
    std::vector<SessionHome> m_sessionHomes;

    // Client retries and circuit breakers (workload.retry, workload.circuit_breaker).
    bool m_retrying = false;  ///< retry.maxRetries > 0
    bool m_breaking = false;  ///< breaker.errorThreshold > 0
    std::vector<SimTime> m_attemptStart; ///< per pool slot: when the current attempt was sent (retrying only)
    std::uint64_t m_windowRetries = 0;
    /// A breaker counts the attempts that ended over the last window in ten buckets.
    struct Breaker
    {
        enum class State : std::uint8_t { Closed, Open, HalfOpen };
        static constexpr int kBuckets = 10;
        State state = State::Closed;
        bool probeOut = false;
        SimTime openUntil = 0;
        std::int64_t bucket = 0; ///< index (time / bucket width) of the newest bucket
        std::uint32_t ok[kBuckets] = {}, bad[kBuckets] = {};
        void clear()
        {
            for (int i = 0; i < kBuckets; ++i)
                ok[i] = bad[i] = 0;
        }
    };
    std::vector<Breaker> m_breakers; ///< by users component (request `source`)
    bool m_trackWrites = false; ///< some component is a cache: keep the write log
    struct WriteSlot
    {
        std::uint64_t key = ~std::uint64_t{0};
        SimTime at = -1;
    };
    std::vector<WriteSlot> m_writeLog; ///< power-of-two size, allocated at the first write
    std::size_t writeLogSlots() const
    {
        std::size_t n = 1;
        while (n < kWriteLogSlots && n < m_scenario.workload.keyCount)
            n <<= 1;
        return n;
    }

    // Fast paths (refreshFastPaths()).
    bool m_flatDemand = true;   ///< the demand factor is m_stepFactor (no curve, ramp or spike)
    bool m_flatNetwork = true;  ///< every link delay is 0 (no latencies, extra links or partitions)
    SimTime m_clientTimeoutNs = 0; ///< 0 = none
    /// Client requests by start time, watched for the client timeout (deadlines grow with
    /// the start time, so the oldest is at the front). One kClientDeadline event is
    /// pending at a time, at the front's deadline.
    struct Deadline
    {
        SimTime at;
        ReqId id;
        std::uint32_t generation;
    };
    std::deque<Deadline> m_deadlines;
    std::vector<std::uint32_t> m_generation; ///< per pool slot: bumped by each client request
    bool m_deadlinePending = false;

    // Metrics.
    SimTime m_warmupNs = 0, m_endNs = 0, m_sampleNs = 0;
    /// End-to-end latency by request type: the current interval (all requests) and the
    /// whole run (measured requests, up to the last fold). m_window is their merge,
    /// rebuilt when a sample is taken.
    std::array<Histogram, 4> m_typeWindow, m_typeLatency;
    Histogram m_window;
    bool m_folding = false;
    std::uint64_t m_unmeasuredLive = 0; ///< requests in the pool started before the warm-up end
    std::uint64_t m_succeeded = 0, m_measuredGenerated = 0;
    std::array<std::uint64_t, kErrorCauseCount> m_failed{};
    std::uint64_t m_windowGenerated = 0, m_windowOk = 0;
    std::vector<std::uint64_t> m_windowSent; ///< per source (index of m_sources): attempts sent this interval
    std::array<std::uint64_t, kErrorCauseCount> m_windowFailed{};
    std::size_t m_inSystem = 0;
    double m_inSystemArea = 0.0;
    SimTime m_inSystemLast = 0;
    std::vector<SimEvent> m_events;
    SimTime m_lastSample = 0;

    friend class Simulation;
};

} // namespace scalelab::core
