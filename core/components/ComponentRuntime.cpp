// SPDX-License-Identifier: GPL-3.0-or-later
#include "components/ComponentRuntime.h"

#include "sim/SimulationImpl.h"

#include <cmath>

namespace scalelab::core {

ComponentRuntime::ComponentRuntime(SimulationImpl& sim, const Component& c, int index)
    : m_sim(sim), m_engine(sim.engine()), m_config(c), m_index(index), m_kind(kindFromName(c.kind))
{
    const KindSpec* spec = findKind(c.kind);
    m_isStation = spec && spec->isStation;
    m_handler = sim.engine().addHandler(this);
    if (m_isStation) {
        m_workers = std::max(1, static_cast<int>(c.number("workers")));
        double meanS = c.number("service_ms") * 1e-3;
        if (m_kind == Kind::Database) {
            if (c.choice("engine") == "nosql")
                meanS *= 0.5;
            const double readMs = c.number("service_ms");
            if (readMs > 0)
                m_writeScale = c.number("write_service_ms") / readMs;
        }
        const std::string dist = c.choice("service_dist");
        if (dist == "deterministic")
            m_dist = Distribution::deterministic(meanS);
        else if (dist == "lognormal")
            m_dist = Distribution::logNormal(meanS, c.number("service_cv"));
        else
            m_dist = Distribution::exponential(meanS);
        const double cap = c.number("queue_capacity");
        m_queueCap = cap >= 1e8 ? SIZE_MAX : static_cast<std::size_t>(cap);
        m_timeout = millisToSimTime(c.number("timeout_ms"));
    } else {
        m_workers = 0;
    }
}

void ComponentRuntime::handleEvent(Engine&, const Event& e)
{
    if (e.kind == kServiceDone) {
        if ((e.arg >> 32) != (m_generation & 0xFFFFFFFFu))
            return; // the request was dropped by a crash
        const ReqId r = static_cast<ReqId>(e.arg & 0xFFFFFFFFu);
        // When the next event is another station's service completion, start fetching
        // its request: with 10M users ~17,000 requests are in flight (1 MB), so the
        // request a completion reads is rarely still in the CPU cache.
        const Event* next = m_engine.peek();
        if (next && next->kind == kServiceDone && next->target != m_sim.selfHandler())
            m_sim.requests().prefetch(static_cast<ReqId>(next->arg & 0xFFFFFFFFu));
        accrueLoad();
        --m_busy;
        Request& q = m_sim.req(r);
        q.flags &= static_cast<std::uint16_t>(~kFlagInService);
        m_sim.countServiceCompletion();
        recordServed(q);
        if (m_errorRate > 0 && m_sim.miscRng().uniform() < m_errorRate) [[unlikely]]
            m_sim.fail(r, ErrorCause::ServerError, m_index);
        else
            served(r);
        startNext();
        return;
    }
    onTimer(e.kind, e.arg);
}

void ComponentRuntime::accept(ReqId r)
{
    if (m_isStation)
        enqueue(r);
    else if (m_down)
        m_sim.fail(r, ErrorCause::Down, m_index);
    else
        served(r);
}

void ComponentRuntime::accrue() const
{
    accrueLoad();
    const SimTime now = m_engine.now();
    const double cap = m_down ? 0.0 : static_cast<double>(m_workers);
    m_stats.capacityArea += static_cast<double>(now - m_lastCapacity) * cap;
    m_lastCapacity = now;
    m_stats.windowBusyArea = m_stats.busyArea - m_stats.busyAtWindow;
    m_stats.windowCapacityArea = m_stats.capacityArea - m_stats.capacityAtWindow;
}

void ComponentRuntime::resetWindow()
{
    accrue();
    if (m_sim.folding()) {
        m_stats.sojourn.merge(m_stats.window);
        m_stats.served += m_stats.windowServed;
    }
    m_stats.busyAtWindow = m_stats.busyArea;
    m_stats.capacityAtWindow = m_stats.capacityArea;
    m_stats.window.clear();
    m_stats.windowServed = 0;
    m_stats.windowErrors = 0;
    m_stats.windowHits = 0;
    m_stats.windowStaleHits = 0;
    m_stats.windowMisses = 0;
    m_stats.windowBusyArea = 0;
    m_stats.windowCapacityArea = 0;
}

Histogram ComponentRuntime::wholeRunSojourn() const
{
    Histogram h = m_stats.sojourn;
    if (m_sim.folding())
        h.merge(m_stats.window);
    return h;
}

std::uint64_t ComponentRuntime::wholeRunServed() const
{
    return m_stats.served + (m_sim.folding() ? m_stats.windowServed : 0);
}

void ComponentRuntime::countServed(bool measured)
{
    ++m_stats.windowServed;
    if (measured && !m_sim.folding())
        ++m_stats.served;
}

void ComponentRuntime::enqueue(ReqId r)
{
    if (m_down) {
        m_sim.fail(r, ErrorCause::Down, m_index);
        return;
    }
    Request& q = m_sim.req(r);
    q.enqueued = m_engine.now();
    q.at = m_index;
    if (m_busy < m_workers) {
        accrueLoad();
        startService(r);
        return;
    }
    if (m_queueLen >= m_queueCap) {
        m_sim.fail(r, ErrorCause::Rejected, m_index);
        return;
    }
    accrueLoad();
    q.next = kNoReq;
    if (m_tail == kNoReq)
        m_head = r;
    else
        m_sim.req(m_tail).next = r;
    m_tail = r;
    ++m_queueLen;
}

void ComponentRuntime::startService(ReqId r)
{
    ++m_busy;
    Request& q = m_sim.req(r);
    q.flags |= kFlagInService;
    double scale = m_slow;
    if (q.type == RequestType::Write)
        scale *= m_writeScale;
    else if (q.type == RequestType::Job && (q.flags & kFlagJobWork)) [[unlikely]]
        scale *= m_jobScale;
    const SimTime s = m_dist.sample(m_rng, scale);
    m_engine.scheduleIn(s, m_handler, kServiceDone, (static_cast<std::uint64_t>(m_generation & 0xFFFFFFFFu) << 32) | r);
}

void ComponentRuntime::startNext()
{
    while (m_busy < m_workers && m_head != kNoReq && !m_down) {
        const ReqId r = m_head;
        m_head = m_sim.req(r).next;
        if (m_head == kNoReq)
            m_tail = kNoReq;
        --m_queueLen;
        if (m_timeout > 0 && m_engine.now() - m_sim.req(r).enqueued > m_timeout) {
            m_sim.fail(r, ErrorCause::TimedOut, m_index);
            continue;
        }
        startService(r);
    }
}

void ComponentRuntime::recordServed(const Request& q)
{
    const SimTime sojourn = m_engine.now() - q.enqueued;
    ++m_stats.windowServed;
    m_stats.window.add(sojourn);
    if ((q.flags & kFlagMeasured) && !m_sim.folding()) {
        ++m_stats.served;
        m_stats.sojourn.add(sojourn);
    }
}

std::vector<ReqId> ComponentRuntime::takeInService()
{
    std::vector<ReqId> out;
    if (m_busy == 0)
        return out;
    out.reserve(static_cast<std::size_t>(m_busy));
    m_sim.requests().forEachSlot([&](ReqId id, Request& q) {
        if (q.at == m_index && (q.flags & kFlagInService)) {
            q.flags &= static_cast<std::uint16_t>(~kFlagInService);
            out.push_back(id);
        }
    });
    m_busy = 0;
    return out;
}

void ComponentRuntime::setWorkers(int n)
{
    accrue();
    m_workers = std::max(1, n);
    startNext();
}

void ComponentRuntime::dropAll(ErrorCause cause)
{
    accrue();
    ++m_generation; // completions already scheduled are now stale
    const std::vector<ReqId> inService = takeInService();
    for (ReqId r : inService)
        m_sim.fail(r, cause, m_index);
    while (m_head != kNoReq) {
        const ReqId r = m_head;
        m_head = m_sim.req(r).next;
        --m_queueLen;
        m_sim.fail(r, cause, m_index);
    }
    m_tail = kNoReq;
}

void ComponentRuntime::setDown(bool down, const std::string&)
{
    if (down == m_down)
        return;
    accrue();
    if (down) {
        m_down = true;
        dropAll(ErrorCause::Down);
    } else {
        m_down = false;
        startNext();
    }
}

bool ComponentRuntime::applyParam(const std::string& key, const ParamValue& value, std::string* error)
{
    const KindSpec* spec = findKind(m_config.kind);
    const ParamSpec* p = spec ? spec->param(key) : nullptr;
    if (!p) {
        if (error)
            *error = "unknown parameter \"" + key + "\"";
        return false;
    }
    m_config.params[key] = value;
    if (!m_isStation)
        return true;
    if (key == "workers")
        setWorkers(static_cast<int>(std::get<double>(value)));
    else if (key == "service_ms" || key == "write_service_ms" || key == "engine") {
        const double readMs = m_config.number("service_ms");
        m_dist.meanS = readMs * 1e-3 * (m_kind == Kind::Database && m_config.choice("engine") == "nosql" ? 0.5 : 1.0);
        if (m_kind == Kind::Database && readMs > 0)
            m_writeScale = m_config.number("write_service_ms") / readMs;
    }
    else if (key == "service_dist") {
        const std::string& d = std::get<std::string>(value);
        const double mean = m_dist.meanS;
        m_dist = d == "deterministic" ? Distribution::deterministic(mean)
                 : d == "lognormal"   ? Distribution::logNormal(mean, m_config.number("service_cv"))
                                      : Distribution::exponential(mean);
    } else if (key == "service_cv")
        m_dist.cv = std::get<double>(value);
    else if (key == "queue_capacity") {
        const double cap = std::get<double>(value);
        m_queueCap = cap >= 1e8 ? SIZE_MAX : static_cast<std::size_t>(cap);
    } else if (key == "timeout_ms")
        m_timeout = millisToSimTime(std::get<double>(value));
    return true;
}

void ComponentRuntime::scheduleTimer(SimTime delay, std::uint32_t kind, std::uint64_t arg)
{
    m_engine.scheduleIn(delay, m_handler, kind, arg);
}

} // namespace scalelab::core
