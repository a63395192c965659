// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation itself: building the runtime graph, the network delays, the request path
// (forward, complete, fail, send an attempt), event dispatch and run control. The workload
// is in SimulationWorkload.cpp; deadlines, retries and breakers in SimulationClients.cpp;
// sampling in SimulationSampling.cpp; the timeline and failure injection, live parameter
// changes and the summary in SimulationControl.cpp.
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
    m_windowSent.assign(m_sources.size(), 0);
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
    ++m_windowSent[q.source];
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

} // namespace scalelab::core
