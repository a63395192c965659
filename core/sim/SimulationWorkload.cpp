// SPDX-License-Identifier: GPL-3.0-or-later
// The workload: open arrivals at the demand curve's rate, closed users who think (one
// pending event each, or the aggregated thinking set), the request mix, keys and sources,
// and the live load knobs (base rate, users, mix). The request path is SimulationImpl.cpp.
#include "sim/SimulationImpl.h"

#include <algorithm>
#include <cmath>

namespace scalelab::core {

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
