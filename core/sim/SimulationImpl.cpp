// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation itself: building the runtime graph, the request path (forward, complete,
// fail, client deadlines), the workload (arrivals, mix, keys, demand) and run control.
// Sampling is in SimulationSampling.cpp; the timeline and failure injection, live
// parameter changes and the summary in SimulationControl.cpp.
#include "sim/SimulationImpl.h"

#include "components/ComponentFactory.h"
#include "components/WebServer.h"

#include <algorithm>
#include <cmath>

namespace scalelab::core {

const char* errorCauseName(ErrorCause c)
{
    switch (c) {
    case ErrorCause::Rejected:
        return "rejected";
    case ErrorCause::TimedOut:
        return "timed_out";
    case ErrorCause::Down:
        return "down";
    case ErrorCause::RateLimited:
        return "rate_limited";
    case ErrorCause::NoRoute:
        return "no_route";
    case ErrorCause::ServerError:
        return "server_error";
    case ErrorCause::CircuitOpen:
        return "circuit_open";
    case ErrorCause::Count:
        break;
    }
    return "unknown";
}


SimulationImpl::SimulationImpl(const Scenario& scenario, SimObserver* observer)
    : m_scenario(scenario), m_observer(observer ? observer : &m_null),
      m_arrivalRng(scenario.run.seed, kArrivalStream), m_mixRng(scenario.run.seed, kMixStream),
      m_keyRng(scenario.run.seed, kKeyStream), m_routeRng(scenario.run.seed, kRouteStream),
      m_sourceRng(scenario.run.seed, kSourceStream), m_thinkRng(scenario.run.seed, kThinkStream),
      m_miscRng(scenario.run.seed, kMiscStream), m_retryRng(scenario.run.seed, kRetryStream),
      m_keys(scenario.workload.keyCount, scenario.workload.zipfExponent),
      m_staticKeys(scenario.workload.staticKeyCount, scenario.workload.zipfExponent)
{
    m_thinkSetRng = RandomStream(scenario.run.seed, kThinkSetStream);
    m_thinkPickRng = RandomStream(scenario.run.seed, kThinkPickStream);
    m_selfHandler = m_engine.addHandler(this);
    build();
}

SimulationImpl::~SimulationImpl() = default;

int SimulationImpl::indexOf(const std::string& id) const
{
    auto it = m_index.find(id);
    return it == m_index.end() ? -1 : it->second;
}

void SimulationImpl::build()
{
    const Scenario& s = m_scenario;
    m_warmupNs = secondsToSimTime(s.run.warmupS);
    m_endNs = secondsToSimTime(s.run.durationS);
    m_sampleNs = std::max<SimTime>(kNanosPerMilli, secondsToSimTime(s.run.sampleIntervalS));
    m_baseRate = s.workload.rateRps;
    m_users = s.workload.users;
    setMix(s.workload.mix);

    int stationOrdinal = 0;
    for (std::size_t i = 0; i < s.components.size(); ++i) {
        const Component& c = s.components[i];
        m_comps.push_back(createRuntime(*this, c, static_cast<int>(i)));
        m_index[c.id] = static_cast<int>(i);
        if (m_comps.back()->isStation())
            m_comps.back()->seedStream(s.run.seed, kServiceStreamBase + stationOrdinal++);
        else
            m_comps.back()->seedStream(s.run.seed, 200000 + i);
    }
    m_out.assign(m_comps.size(), {});
    m_in.assign(m_comps.size(), {});
    for (const Connection& c : s.connections) {
        const int a = indexOf(c.from), b = indexOf(c.to);
        if (a >= 0 && b >= 0) {
            m_out[static_cast<std::size_t>(a)].push_back(b);
            m_in[static_cast<std::size_t>(b)].push_back(a);
            if (c.extraLatencyMs > 0)
                m_extraLinks.push_back({{a, b}, millisToSimTime(c.extraLatencyMs)});
        }
    }
    // Regions and data centers.
    m_dcRegion.assign(m_comps.size(), -1);
    m_dcDown.assign(m_comps.size(), 0);
    for (std::size_t i = 0; i < s.components.size(); ++i)
        if (s.components[i].kind == "datacenter")
            m_dcRegion[i] = regionIndex(s.components[i].choice("region"));
    double cum = 0;
    for (std::size_t i = 0; i < s.components.size(); ++i) {
        if (s.components[i].kind != "users")
            continue;
        if (m_sources.empty())
            m_defaultRegion = regionIndex(s.components[i].choice("region"));
        m_sources.push_back(static_cast<int>(i));
        cum += s.components[i].number("share");
        m_sourceCum.push_back(cum);
    }
    for (std::size_t i = 0; i < m_comps.size(); ++i) {
        ComponentRuntime& c = *m_comps[i];
        const int dc = indexOf(c.config().datacenter);
        c.setDatacenter(dc);
        if (c.kind() == "users" || c.kind() == "cdn" || c.kind() == "datacenter")
            c.setRegion(regionIndex(c.config().choice("region")));
        else
            c.setRegion(dc >= 0 ? m_dcRegion[static_cast<std::size_t>(dc)] : m_defaultRegion);
    }
    for (auto& c : m_comps) {
        c->wire();
        m_trackWrites = m_trackWrites || c->is(Kind::Cache);
    }
    m_retrying = s.workload.retry.maxRetries > 0;
    m_breaking = s.workload.breaker.errorThreshold > 0;
    m_breakers.assign(std::max<std::size_t>(1, m_sources.size()), Breaker{});
    refreshFastPaths();

    // Demand.
    if (s.workload.mode == Workload::Mode::Closed) {
        // Every user starts thinking at t = 0, all in the thinking set.
        const auto n = static_cast<std::uint32_t>(m_users);
        m_thinking.resize(n);
        for (std::uint32_t u = 0; u < n; ++u)
            m_thinking[u] = u;
        redrawThinkSet();
        m_nextClient = n;
    } else {
        scheduleNextArrival();
    }
    m_engine.schedule(m_sampleNs, m_selfHandler, kSample);
    for (std::size_t i = 0; i < s.timeline.size(); ++i)
        m_engine.schedule(secondsToSimTime(s.timeline[i].atS), m_selfHandler, kTimeline, i);
}

int SimulationImpl::addClone(int templ, const std::string& newId)
{
    Component c = comp(templ).config();
    const std::string origin = comp(templ).cloneOf().empty() ? comp(templ).id() : comp(templ).cloneOf();
    c.id = newId;
    const std::string& baseName = m_scenario.find(origin) ? m_scenario.find(origin)->name : c.name;
    c.name = (baseName.empty() ? origin : baseName) + " (copy " + std::to_string(m_comps.size()) + ")";
    const int idx = static_cast<int>(m_comps.size());
    m_comps.push_back(createRuntime(*this, c, idx));
    m_index[newId] = idx;
    ComponentRuntime& rt = *m_comps.back();
    rt.setClone(true);
    rt.setCloneOf(origin);
    rt.seedStream(m_scenario.run.seed, 300000 + static_cast<std::uint64_t>(idx));
    rt.setDatacenter(comp(templ).datacenter());
    rt.setRegion(comp(templ).region());
    m_out.emplace_back();
    m_in.emplace_back();
    m_dcRegion.push_back(-1);
    m_dcDown.push_back(0);
    // Same downstream neighbours as the template.
    for (int t : std::vector<int>(targets(templ)))
        connectRuntime(idx, t);
    rt.wire();
    return idx;
}

void SimulationImpl::connectRuntime(int from, int to)
{
    m_out[static_cast<std::size_t>(from)].push_back(to);
    m_in[static_cast<std::size_t>(to)].push_back(from);
}

void SimulationImpl::clearTargets(int from)
{
    for (int t : m_out[static_cast<std::size_t>(from)])
        std::erase(m_in[static_cast<std::size_t>(t)], from);
    m_out[static_cast<std::size_t>(from)].clear();
}

int SimulationImpl::regionOfComponent(int i) const { return comp(i).region(); }

SimTime SimulationImpl::partitionedSince(int a, int b) const
{
    if (m_partitions.empty())
        return -1;
    const int da = comp(a).datacenter(), db = comp(b).datacenter();
    if (da < 0 || db < 0 || da == db)
        return -1;
    for (std::size_t i = 0; i < m_partitions.size(); ++i) {
        const auto& p = m_partitions[i];
        if ((p.first == da && p.second == db) || (p.first == db && p.second == da))
            return m_partitionStart[i];
    }
    return -1;
}

bool SimulationImpl::dcDown(int dc) const { return dc >= 0 && m_dcDown[static_cast<std::size_t>(dc)]; }

SimTime SimulationImpl::linkDelay(int from, int to, int clientRegion) const
{
    const Network& n = m_scenario.network;
    SimTime d = 0;
    const ComponentRuntime& b = comp(to);
    if (from < 0) {
        d = millisToSimTime(n.accessMs);
        if (clientRegion != b.region())
            d += millisToSimTime(n.crossRegionMs);
    } else {
        const ComponentRuntime& a = comp(from);
        if (a.datacenter() != b.datacenter()) {
            if (a.datacenter() >= 0 && b.datacenter() >= 0)
                for (const auto& p : m_partitions)
                    if ((p.first == a.datacenter() && p.second == b.datacenter()) ||
                        (p.first == b.datacenter() && p.second == a.datacenter()))
                        return -1;
            d = a.region() != b.region() ? millisToSimTime(n.crossRegionMs) : millisToSimTime(n.intraDcMs);
        } else {
            d = millisToSimTime(n.intraDcMs);
        }
    }
    for (const auto& [pair, extra] : m_extraLinks)
        if (pair.first == from && pair.second == to)
            d += extra;
    return d;
}

void SimulationImpl::forward(ReqId r, int from, int to)
{
    Request& q = m_pool[r];
    if (to < 0) {
        fail(r, ErrorCause::NoRoute, from);
        return;
    }
    const SimTime d = m_flatNetwork ? 0 : linkDelay(from, to, from < 0 ? comp(m_sources[q.source]).region() : 0);
    if (d < 0) {
        fail(r, ErrorCause::NoRoute, from);
        return;
    }
    q.at = to;
    if (++q.hops > 64) { // a routing loop in a hand-made topology
        fail(r, ErrorCause::NoRoute, to);
        return;
    }
    if (d == 0) {
        comp(to).accept(r);
        return;
    }
    q.netNs += d;
    m_engine.scheduleIn(d, m_selfHandler, kDeliver, (static_cast<std::uint64_t>(to) << 32) | r);
}

void SimulationImpl::complete(ReqId r)
{
    Request& q = m_pool[r];
    if (q.cache >= 0) {
        const int c = q.cache;
        q.cache = -1;
        if (q.web >= 0 && comp(q.web).is(Kind::WebServer))
            static_cast<WebServerRuntime&>(comp(q.web)).filled(q.key, c);
        else
            comp(c).fill(q.key);
    }
    if (q.flags & (kFlagInternal | kFlagAbandoned)) { // abandoned: counted when its client gave up
        releaseRequest(r);
        return;
    }
    // q.start is the user's first attempt: the latency a user sees includes every retry.
    const SimTime latency = m_engine.now() - q.start + q.netNs;
    if (m_clientTimeoutNs > 0) {
        const SimTime attempt = m_retrying ? m_engine.now() - m_attemptStart[r] + q.netNs : latency;
        if (attempt > m_clientTimeoutNs) {
            fail(r, ErrorCause::TimedOut, -1);
            return;
        }
    }
    if (m_breaking) [[unlikely]]
        breakerOutcome(q, true);
    if (m_completionHook) [[unlikely]]
        m_completionHook(m_completionContext, latency);
    ++m_windowOk;
    const auto type = static_cast<std::size_t>(q.type);
    m_typeWindow[type].add(latency);
    if (q.flags & kFlagMeasured) {
        ++m_succeeded;
        if (!m_folding)
            m_typeLatency[type].add(latency);
    }
    finishClient(r);
}

void SimulationImpl::fail(ReqId r, ErrorCause cause, int at)
{
    Request& q = m_pool[r];
    if (at >= 0) {
        auto& st = comp(at).stats();
        ++st.windowErrors;
        if (q.flags & kFlagMeasured)
            ++st.errors[static_cast<std::size_t>(cause)];
    }
    if (q.flags & (kFlagInternal | kFlagAbandoned)) { // abandoned: counted when its client gave up
        releaseRequest(r);
        return;
    }
    if (m_breaking && cause != ErrorCause::CircuitOpen) [[unlikely]]
        breakerOutcome(q, false);
    if (m_retrying && retryLater(r, cause)) [[unlikely]] {
        releaseRequest(r);
        return;
    }
    ++m_windowFailed[static_cast<std::size_t>(cause)];
    if (q.flags & kFlagMeasured) {
        ++m_failed[static_cast<std::size_t>(cause)];
        if (q.type == RequestType::Write)
            ++failedWrites;
    }
    finishClient(r);
}

void SimulationImpl::finishClient(ReqId r)
{
    clientDone(m_pool[r], m_pool[r].netNs);
    releaseRequest(r);
}

void SimulationImpl::clientDone(const Request& q, SimTime replyNs)
{
    accrueInSystem();
    --m_inSystem;
    if (m_scenario.workload.mode == Workload::Mode::Closed && m_aggregated) {
        // The user thinks from the moment the reply reaches it. Users above a lowered
        // count stop here.
        if (q.client < static_cast<std::uint32_t>(m_users)) {
            if (replyNs > 0)
                m_engine.scheduleIn(replyNs, m_selfHandler, kThinkBegin, q.client);
            else
                beginThinking(q.client);
        }
    } else if (m_scenario.workload.mode == Workload::Mode::Closed) {
        const double factor = m_flatDemand ? m_stepFactor : demandFactor();
        if (factor > 0 && (m_arrivalLimit == 0 || m_generated < m_arrivalLimit)) {
            const double mean = m_scenario.workload.thinkTimeS / factor;
            const SimTime think = secondsToSimTime(m_thinkRng.exponential(1.0 / mean));
            if (q.client < static_cast<std::uint32_t>(m_users))
                m_engine.scheduleIn(replyNs + think, m_selfHandler, kThinkDone, q.client);
        }
    }
}

/// Lemire's multiply-shift: a uniform 64-bit word to an index in [0, n).
static std::size_t pickIndex(std::uint64_t word, std::size_t n)
{
    return static_cast<std::size_t>((static_cast<unsigned __int128>(word) * n) >> 64);
}

double SimulationImpl::thinkRatePerUser() const
{
    const double factor = m_flatDemand ? m_stepFactor : demandFactor();
    return factor > 0 ? factor / m_scenario.workload.thinkTimeS : 0.0;
}

void SimulationImpl::redrawThinkSet()
{
    // Memoryless think times: the time to the set's next request can be drawn afresh at
    // any moment, so a change of the set's rate simply redraws it.
    if (m_thinkPending) {
        m_engine.cancel(m_thinkEvent);
        m_thinkPending = false;
    }
    const double rate = thinkRatePerUser() * static_cast<double>(m_thinking.size());
    if (!(rate > 0) || (m_arrivalLimit && m_generated >= m_arrivalLimit))
        return;
    m_thinkAt = m_engine.now() + secondsToSimTime(m_thinkSetRng.exponential(rate));
    m_thinkEvent = m_engine.schedule(m_thinkAt, m_selfHandler, kThinkSetNext);
    m_thinkPending = true;
    // The word that will pick the user is drawn now (it is independent of everything
    // else, so the pick stays uniform over the set as it is when the event fires), which
    // lets the likely slot be fetched from memory ahead of time: with millions of users
    // the set is far larger than the CPU caches.
    m_thinkPick = m_thinkPickRng.nextU64();
    __builtin_prefetch(&m_thinking[pickIndex(m_thinkPick, m_thinking.size())]);
}

void SimulationImpl::beginThinking(std::uint32_t user)
{
    m_thinking.push_back(user);
    // The set's next request is the earliest of its members' think times: the pending
    // one (the minimum over the others, memoryless) and the newcomer's own exponential
    // clock. Only when the newcomer's clock is earlier does the pending event move.
    const double rate = thinkRatePerUser();
    if (!(rate > 0) || (m_arrivalLimit && m_generated >= m_arrivalLimit))
        return;
    const SimTime at = m_engine.now() + secondsToSimTime(m_thinkSetRng.exponential(rate));
    const bool wasPending = m_thinkPending;
    if (wasPending) {
        if (at >= m_thinkAt)
            return;
        m_engine.cancel(m_thinkEvent); // its pick word, not used yet, stays for the new time
    }
    m_thinkAt = at;
    m_thinkEvent = m_engine.schedule(at, m_selfHandler, kThinkSetNext);
    m_thinkPending = true;
    if (!wasPending) // no unused pick word is waiting
        m_thinkPick = m_thinkPickRng.nextU64();
}

void SimulationImpl::thinkSetFires()
{
    m_thinkPending = false;
    if (m_thinking.empty())
        return;
    // Every thinking user is equally likely to be the one whose think time ended.
    const std::size_t i = pickIndex(m_thinkPick, m_thinking.size());
    const std::uint32_t user = m_thinking[i];
    m_thinking[i] = m_thinking.back();
    m_thinking.pop_back();
    redrawThinkSet();
    startRequest(user, pickSource(user));
}

void SimulationImpl::setAggregatedThinking(bool on)
{
    if (on == m_aggregated)
        return;
    m_aggregated = on;
    if (m_scenario.workload.mode != Workload::Mode::Closed)
        return;
    const double mean = m_scenario.workload.thinkTimeS;
    if (!on) {
        // One pending event per thinking user (the reference model). Before the run this
        // draws exactly what the per-user model always drew.
        if (m_thinkPending)
            m_engine.cancel(m_thinkEvent);
        m_thinkPending = false;
        m_engine.reserve(m_thinking.size() + 1024);
        for (std::uint32_t u : m_thinking)
            m_engine.scheduleIn(secondsToSimTime(m_thinkRng.exponential(1.0 / mean)), m_selfHandler, kThinkDone, u);
        m_thinking.clear();
        m_thinking.shrink_to_fit();
    }
    // Switching a running per-user model to the aggregated one would need its pending
    // think events back; only the direction above is supported after the start.
}

void SimulationImpl::abandon(ReqId r)
{
    m_pool[r].flags |= kFlagAbandoned;
    if (m_breaking)
        breakerOutcome(m_pool[r], false);
    // The abandoned attempt goes on where it is (servers finish what they started); the
    // user waits for the retry instead.
    if (m_retrying && retryLater(r, ErrorCause::TimedOut))
        return;
    Request& q = m_pool[r];
    ++m_windowFailed[static_cast<std::size_t>(ErrorCause::TimedOut)];
    if (q.flags & kFlagMeasured) {
        ++m_failed[static_cast<std::size_t>(ErrorCause::TimedOut)];
        if (q.type == RequestType::Write)
            ++failedWrites;
    }
    clientDone(q, 0); // a closed user gives up now and thinks again
}

void SimulationImpl::watchDeadline(ReqId r)
{
    if (m_generation.size() <= r)
        m_generation.resize(std::max<std::size_t>(static_cast<std::size_t>(r) + 1, 2 * m_generation.size()), 0);
    const std::uint32_t g = ++m_generation[r];
    m_deadlines.push_back({m_engine.now() + m_clientTimeoutNs, r, g});
    if (!m_deadlinePending) {
        m_deadlinePending = true;
        m_engine.schedule(m_deadlines.front().at, m_selfHandler, kClientDeadline);
    }
}

void SimulationImpl::checkDeadlines()
{
    m_deadlinePending = false;
    const SimTime now = m_engine.now();
    while (!m_deadlines.empty()) {
        const Deadline d = m_deadlines.front();
        const Request& q = m_pool[d.id];
        // Still the same client request (the slot is not free or reused) and unanswered.
        const bool waiting = q.at != -2 && m_generation[d.id] == d.generation &&
                             !(q.flags & (kFlagInternal | kFlagAbandoned));
        if (waiting && d.at > now)
            break;
        if (waiting)
            abandon(d.id);
        m_deadlines.pop_front();
    }
    if (!m_deadlines.empty()) {
        m_deadlinePending = true;
        m_engine.schedule(std::max(now, m_deadlines.front().at), m_selfHandler, kClientDeadline);
    }
}

bool SimulationImpl::retryLater(ReqId r, ErrorCause cause)
{
    const RetryPolicy& policy = m_scenario.workload.retry;
    // An open breaker fails fast: retrying would only ask it again.
    if (cause == ErrorCause::CircuitOpen || m_pool[r].attempts >= policy.maxRetries)
        return false;
    const Request old = m_pool[r]; // acquire() may move the pool
    const ReqId n = m_pool.acquire();
    Request& q = m_pool[n];
    q.start = old.start;
    q.client = old.client;
    q.source = old.source;
    q.type = old.type;
    q.key = old.key;
    q.attempts = static_cast<std::uint8_t>(old.attempts + 1);
    q.flags = old.flags & kFlagMeasured;
    q.at = -3; // waiting for its backoff, at no component
    if (q.flags & kFlagMeasured)
        ++retries;
    else
        ++m_unmeasuredLive;
    ++m_windowRetries;
    // The slot may have been watched for the client timeout before: that watch is void.
    if (n < m_generation.size())
        ++m_generation[n];
    // Exponential backoff: backoff_ms before the first retry, doubling, capped; a share
    // `jitter` of it drawn uniformly so that clients failed together do not retry together.
    const double base = std::min(policy.backoffMaxMs, policy.backoffMs * std::ldexp(1.0, old.attempts));
    const double delayMs = base * ((1.0 - policy.jitter) + policy.jitter * m_retryRng.uniform());
    m_engine.scheduleIn(millisToSimTime(delayMs), m_selfHandler, kRetry, n);
    return true;
}

bool SimulationImpl::breakerAdmits(Request& q)
{
    Breaker& b = m_breakers[std::min<std::size_t>(q.source, m_breakers.size() - 1)];
    if (b.state == Breaker::State::Closed)
        return true;
    if (b.state == Breaker::State::Open) {
        if (m_engine.now() < b.openUntil)
            return false;
        b.state = Breaker::State::HalfOpen;
        b.probeOut = false;
    }
    if (b.probeOut)
        return false;
    b.probeOut = true;
    q.flags |= kFlagProbe;
    return true;
}

void SimulationImpl::breakerOutcome(const Request& q, bool ok)
{
    const CircuitBreaker& cfg = m_scenario.workload.breaker;
    const std::size_t which = std::min<std::size_t>(q.source, m_breakers.size() - 1);
    Breaker& b = m_breakers[which];
    const SimTime now = m_engine.now();
    auto regionName = [&] {
        return m_sources.empty() ? std::string() : comp(m_sources[which]).id();
    };
    if (q.flags & kFlagProbe) {
        b.probeOut = false;
        if (ok) {
            b.state = Breaker::State::Closed;
            b.clear();
            SimEvent e;
            e.type = "circuit_closed";
            e.component = regionName();
            e.severity = SimEvent::Severity::Recovery;
            e.setText(EventText::CircuitClosed, {e.component});
            record(std::move(e));
        } else {
            b.state = Breaker::State::Open;
            b.openUntil = now + secondsToSimTime(cfg.openS);
        }
        return;
    }
    if (b.state != Breaker::State::Closed)
        return; // an attempt sent before the breaker opened
    const SimTime width = std::max<SimTime>(1, secondsToSimTime(cfg.windowS / Breaker::kBuckets));
    const std::int64_t idx = now / width;
    if (idx != b.bucket) {
        for (std::int64_t i = b.bucket + 1; i <= idx && i <= b.bucket + Breaker::kBuckets; ++i) {
            const auto k = static_cast<std::size_t>(i % Breaker::kBuckets);
            b.ok[k] = b.bad[k] = 0;
        }
        b.bucket = idx;
    }
    const auto k = static_cast<std::size_t>(idx % Breaker::kBuckets);
    if (ok) {
        ++b.ok[k];
        return;
    }
    ++b.bad[k];
    std::uint64_t good = 0, bad = 0;
    for (int i = 0; i < Breaker::kBuckets; ++i) {
        good += b.ok[i];
        bad += b.bad[i];
    }
    const std::uint64_t total = good + bad;
    if (total < static_cast<std::uint64_t>(cfg.minRequests) ||
        static_cast<double>(bad) < cfg.errorThreshold * static_cast<double>(total))
        return;
    b.state = Breaker::State::Open;
    b.openUntil = now + secondsToSimTime(cfg.openS);
    if (measuring())
        ++breakerOpens;
    SimEvent e;
    e.type = "circuit_open";
    e.component = regionName();
    e.severity = SimEvent::Severity::Warning;
    e.setText(EventText::CircuitOpened, {std::to_string(bad), std::to_string(total), e.component});
    record(std::move(e));
}

void SimulationImpl::releaseRequest(ReqId r)
{
    if (!(m_pool[r].flags & kFlagMeasured))
        --m_unmeasuredLive;
    m_pool.release(r);
}

ReqId SimulationImpl::spawnInternal(RequestType type, std::uint64_t key, int atComponent)
{
    const ReqId r = m_pool.acquire();
    Request& q = m_pool[r];
    q.start = m_engine.now();
    q.type = type;
    q.key = key;
    q.flags = kFlagInternal;
    if (m_engine.now() >= m_warmupNs)
        q.flags |= kFlagMeasured; // counts in the stations' whole-run figures
    else
        ++m_unmeasuredLive;
    q.at = atComponent;
    return r;
}

void SimulationImpl::record(SimEvent e)
{
    e.time = m_engine.now();
    m_observer->onEvent(e);
    if (m_events.size() < 100000)
        m_events.push_back(std::move(e));
}

int SimulationImpl::pickSource(std::uint32_t client)
{
    if (m_sources.size() <= 1)
        return 0;
    // Closed users belong to a fixed region by their index; open clients likewise.
    const double total = m_sourceCum.back();
    const double u = total * (static_cast<double>(mix64(client) >> 11) * 0x1.0p-53);
    for (std::size_t i = 0; i < m_sourceCum.size(); ++i)
        if (u < m_sourceCum[i])
            return static_cast<int>(i);
    return static_cast<int>(m_sourceCum.size() - 1);
}

RequestType SimulationImpl::pickType()
{
    // A mix with a single type needs no draw.
    if (m_mixCum[0] >= 1.0)
        return RequestType::Static;
    if (m_mixCum[0] <= 0.0 && m_mixCum[1] >= 1.0)
        return RequestType::Read;
    if (m_mixCum[1] <= 0.0 && m_mixCum[2] >= 1.0)
        return RequestType::Write;
    if (m_mixCum[2] <= 0.0)
        return RequestType::Job;
    const double u = m_mixRng.uniform();
    if (u < m_mixCum[0])
        return RequestType::Static;
    if (u < m_mixCum[1])
        return RequestType::Read;
    if (u < m_mixCum[2])
        return RequestType::Write;
    return RequestType::Job;
}

std::uint64_t SimulationImpl::pickKey(RequestType t)
{
    if (t == RequestType::Static)
        return m_staticKeys.sample(m_keyRng) - 1;
    return m_keys.sample(m_keyRng) - 1;
}

void SimulationImpl::startRequest(std::uint32_t client, int source)
{
    if (m_arrivalLimit && m_generated >= m_arrivalLimit)
        return;
    ++m_generated;
    ++m_windowGenerated;
    const ReqId r = m_pool.acquire();
    Request& q = m_pool[r];
    q.start = m_engine.now();
    q.client = client;
    q.source = static_cast<std::uint8_t>(source);
    q.type = pickType();
    q.key = pickKey(q.type);
    if (m_engine.now() >= m_warmupNs) {
        q.flags |= kFlagMeasured;
        ++m_measuredGenerated;
    } else {
        ++m_unmeasuredLive;
    }
    accrueInSystem();
    ++m_inSystem;
    sendAttempt(r);
}

void SimulationImpl::sendAttempt(ReqId r)
{
    if (m_retrying) [[unlikely]] {
        if (m_attemptStart.size() <= r)
            m_attemptStart.resize(std::max<std::size_t>(static_cast<std::size_t>(r) + 1, 2 * m_attemptStart.size()), 0);
        m_attemptStart[r] = m_engine.now();
    }
    if (m_clientTimeoutNs > 0)
        watchDeadline(r);
    if (m_sources.empty()) {
        fail(r, ErrorCause::NoRoute, -1);
        return;
    }
    if (m_breaking && !breakerAdmits(m_pool[r])) [[unlikely]] {
        fail(r, ErrorCause::CircuitOpen, -1);
        return;
    }
    Request& q = m_pool[r];
    const int src = m_sources[static_cast<std::size_t>(q.source)];
    const auto& outs = targets(src);
    const int srcRegion = comp(src).region();
    int cdn = -1, entry = -1;
    for (int t : outs) {
        const ComponentRuntime& c = comp(t);
        if (c.is(Kind::Cdn)) {
            if (cdn < 0 || (c.region() == srcRegion && comp(cdn).region() != srcRegion))
                cdn = t;
        } else if (entry < 0 && c.active()) {
            entry = t;
        }
    }
    int first = (q.type == RequestType::Static && cdn >= 0) ? cdn : entry;
    if (first >= 0 && comp(first).is(Kind::Dns))
        first = comp(first).resolve(r);
    if (first < 0) {
        fail(r, ErrorCause::NoRoute, -1);
        return;
    }
    forward(r, -1, first);
}

void SimulationImpl::refreshFastPaths()
{
    m_flatDemand = m_scenario.workload.curve.type == LoadCurve::Type::Constant && !m_ramp.active && m_spikes.empty();
    const Network& n = m_scenario.network;
    m_flatNetwork = n.accessMs == 0 && n.intraDcMs == 0 && n.crossRegionMs == 0 && m_extraLinks.empty() &&
                    m_partitions.empty();
    const double timeoutMs = m_scenario.workload.clientTimeoutMs;
    m_clientTimeoutNs = timeoutMs > 0 ? std::max<SimTime>(1, millisToSimTime(timeoutMs)) : 0;
}

double SimulationImpl::demandFactor() const
{
    const double t = simTimeToSeconds(m_engine.now());
    double f = m_scenario.workload.curve.factorAt(t) * m_stepFactor;
    if (m_ramp.active) {
        const SimTime now = m_engine.now();
        const double x = m_ramp.end > m_ramp.start
                             ? std::clamp(static_cast<double>(now - m_ramp.start) /
                                              static_cast<double>(m_ramp.end - m_ramp.start),
                                          0.0, 1.0)
                             : 1.0;
        f = m_scenario.workload.curve.factorAt(t) * (m_ramp.from + (m_ramp.to - m_ramp.from) * x);
    }
    for (const Spike& s : m_spikes)
        if (m_engine.now() < s.end)
            f *= s.factor;
    return f;
}

void SimulationImpl::scheduleNextArrival()
{
    m_arrivalPending = false;
    if (m_scenario.workload.mode != Workload::Mode::Open)
        return;
    if (m_arrivalLimit && m_generated >= m_arrivalLimit)
        return;
    const double rate = m_baseRate * (m_flatDemand ? m_stepFactor : demandFactor());
    if (!(rate > 0))
        return;
    const SimTime gap = secondsToSimTime(-std::log(m_arrivalRng.uniform()) / rate);
    m_pendingArrival = m_engine.scheduleIn(gap, m_selfHandler, kOpenArrival);
    m_arrivalPending = true;
}

void SimulationImpl::demandChanged()
{
    refreshFastPaths();
    // Poisson arrivals are memoryless: redrawing the pending gap at the new rate is exact.
    if (m_scenario.workload.mode == Workload::Mode::Open) {
        if (m_arrivalPending)
            m_engine.cancel(m_pendingArrival);
        scheduleNextArrival();
    } else if (m_aggregated) {
        redrawThinkSet(); // the same for the thinking set's next request
    }
}

void SimulationImpl::handleEvent(Engine&, const Event& e)
{
    switch (e.kind) {
    case kOpenArrival: {
        m_arrivalPending = false;
        const auto users = static_cast<std::uint64_t>(std::max(1.0, m_users));
        const auto client = static_cast<std::uint32_t>(m_sourceRng.below(users));
        scheduleNextArrival();
        startRequest(client, pickSource(client));
        break;
    }
    case kThinkSetNext:
        thinkSetFires();
        break;
    case kThinkBegin:
        if (e.arg < static_cast<std::uint64_t>(m_users))
            beginThinking(static_cast<std::uint32_t>(e.arg));
        break;
    case kThinkDone: {
        const auto user = static_cast<std::uint32_t>(e.arg);
        startRequest(user, pickSource(user));
        break;
    }
    case kRetry: {
        const auto r = static_cast<ReqId>(e.arg);
        m_pool[r].at = -1;
        sendAttempt(r);
        break;
    }
    case kDeliver: {
        const auto to = static_cast<int>(e.arg >> 32);
        const auto r = static_cast<ReqId>(e.arg & 0xFFFFFFFFu);
        comp(to).accept(r);
        break;
    }
    case kSample:
        takeSample();
        m_engine.scheduleIn(m_sampleNs, m_selfHandler, kSample);
        break;
    case kTimeline:
        applyTimeline(static_cast<std::size_t>(e.arg));
        break;
    case kEndOfEffect:
        endEffect(e.arg);
        break;
    case kClientDeadline:
        checkDeadlines();
        break;
    default:
        break;
    }
}

void SimulationImpl::runUntil(SimTime t)
{
    m_engine.runUntil(std::min(t, m_endNs));
}

bool SimulationImpl::step()
{
    if (m_engine.nextTime() > m_endNs) {
        if (m_engine.now() < m_endNs)
            m_engine.runUntil(m_endNs);
        return false;
    }
    return m_engine.step();
}

void SimulationImpl::runToCompletion()
{
    m_endNs = kSimTimeMax;
    while ((m_arrivalLimit == 0 || m_generated < m_arrivalLimit || m_inSystem > 0) && m_engine.step()) {
    }
}

void SimulationImpl::setBaseRate(double rps)
{
    m_baseRate = std::max(0.0, rps);
    demandChanged();
}

void SimulationImpl::setUsers(double users)
{
    users = std::max(1.0, std::floor(users));
    if (m_scenario.workload.mode == Workload::Mode::Closed && m_aggregated) {
        if (users > m_users)
            for (auto u = static_cast<std::uint32_t>(m_users); u < static_cast<std::uint32_t>(users); ++u)
                m_thinking.push_back(u);
        else // thinking users above the new count leave now; busy ones when their request ends
            std::erase_if(m_thinking, [&](std::uint32_t u) { return u >= static_cast<std::uint32_t>(users); });
        m_users = users;
        redrawThinkSet();
        return;
    }
    if (m_scenario.workload.mode == Workload::Mode::Closed && users > m_users) {
        const double mean = m_scenario.workload.thinkTimeS;
        for (auto u = static_cast<std::uint64_t>(m_users); u < static_cast<std::uint64_t>(users); ++u)
            m_engine.scheduleIn(secondsToSimTime(m_thinkRng.exponential(1.0 / mean)), m_selfHandler, kThinkDone, u);
    }
    // Users above the new count stop when their current request ends (finishClient).
    m_users = users;
}

void SimulationImpl::setMix(const RequestMix& mix)
{
    const double total = mix.staticAsset + mix.read + mix.write + mix.job;
    if (!(total > 0))
        return;
    m_mixCum[0] = mix.staticAsset / total;
    m_mixCum[1] = (mix.staticAsset + mix.read) / total;
    m_mixCum[2] = (mix.staticAsset + mix.read + mix.write) / total;
    m_mixCum[3] = 1.0;
    m_scenario.workload.mix = mix;
}

} // namespace scalelab::core
