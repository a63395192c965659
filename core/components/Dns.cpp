// SPDX-License-Identifier: GPL-3.0-or-later
#include "components/Dns.h"

#include "sim/SimulationImpl.h"

#include <algorithm>

namespace scalelab::core {

namespace {
const std::string& label(const ComponentRuntime& c) { return c.displayName(); }
} // namespace

void DnsRuntime::wire()
{
    m_ttl = secondsToSimTime(m_config.number("ttl_s"));
    m_geo = m_config.number("geo") != 0;
    m_targets.clear();
    for (int t : m_sim.targets(m_index))
        if (m_sim.comp(t).is(Kind::LoadBalancer) || m_sim.comp(t).is(Kind::WebServer) ||
            m_sim.comp(t).is(Kind::ApiGateway))
            m_targets.push_back(t);
    m_healthy.assign(m_targets.size(), 1);
    m_failures.assign(m_targets.size(), 0);
    m_hasUsers.fill(0);
    for (int i = 0; i < m_sim.componentCount(); ++i)
        if (m_sim.comp(i).is(Kind::Users) && m_sim.comp(i).region() >= 0 && m_sim.comp(i).region() < kRegions)
            m_hasUsers[static_cast<std::size_t>(m_sim.comp(i).region())] = 1;
    for (auto& h : m_history)
        h.clear();
    updateRecords(true);
    if (!m_timerStarted) {
        m_timerStarted = true;
        scheduleTimer(secondsToSimTime(m_config.number("health_check_interval_s")), kHealthCheck);
    }
}

int DnsRuntime::bestFor(int region) const
{
    int first = -1;
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        if (!m_healthy[i] || !m_sim.comp(m_targets[i]).active())
            continue;
        if (first < 0)
            first = m_targets[i];
        if (!m_geo)
            break;
        if (m_sim.comp(m_targets[i]).region() == region)
            return m_targets[i];
    }
    if (first < 0 && !m_targets.empty()) {
        // Nothing is healthy: the record keeps its last value rather than going empty.
        const auto& h = m_history[static_cast<std::size_t>(region)];
        return h.empty() ? m_targets.front() : h.back().target;
    }
    return first;
}

void DnsRuntime::updateRecords(bool initial)
{
    const SimTime now = m_sim.now();
    for (int region = 0; region < kRegions; ++region) {
        auto& h = m_history[static_cast<std::size_t>(region)];
        const int best = bestFor(region);
        if (!h.empty() && h.back().target == best)
            continue;
        const int before = h.empty() ? -1 : h.back().target;
        h.push_back({now, best});
        // Clients refreshed more than one TTL ago have all refreshed since: keep only the
        // newest change older than that.
        while (h.size() > 2 && h[1].at <= now - m_ttl)
            h.erase(h.begin());
        if (!initial && m_hasUsers[static_cast<std::size_t>(region)] && best >= 0) {
            m_lastSwitch = now;
            SimEvent e;
            e.type = "dns_switch";
            e.component = m_sim.comp(best).id();
            const std::string& regionName = regionNames()[static_cast<std::size_t>(region)];
            if (before >= 0)
                e.setText(EventText::DnsSwitchFrom, {regionName, label(m_sim.comp(best)), label(m_sim.comp(before))});
            else
                e.setText(EventText::DnsSwitch, {regionName, label(m_sim.comp(best))});
            e.severity = SimEvent::Severity::Warning;
            m_sim.record(e);
        }
    }
}

SimTime DnsRuntime::phaseOf(std::uint32_t client) const
{
    return static_cast<SimTime>(mix64(client ^ 0xD1B54A32D192ED03ULL) % static_cast<std::uint64_t>(m_ttl));
}

SimTime DnsRuntime::lastRefresh(std::uint32_t client, SimTime now) const
{
    if (m_ttl <= 0)
        return now;
    const SimTime phase = phaseOf(client);
    if (now < phase)
        return 0;
    return phase + (now - phase) / m_ttl * m_ttl;
}

int DnsRuntime::answerAt(int region, SimTime t) const
{
    if (region < 0 || region >= kRegions)
        region = 0;
    const auto& h = m_history[static_cast<std::size_t>(region)];
    for (auto it = h.rbegin(); it != h.rend(); ++it)
        if (it->at <= t)
            return it->target;
    return h.empty() ? -1 : h.front().target;
}

SimTime DnsRuntime::countLookup(std::uint32_t client, SimTime now)
{
    bool miss = true; // without a TTL nothing is cached: every request looks up
    SimTime refreshed = now;
    if (m_ttl > 0) {
        const SimTime phase = phaseOf(client);
        const SimTime k = now < phase ? -1 : (now - phase) / m_ttl;
        refreshed = k < 0 ? 0 : phase + k * m_ttl; // as lastRefresh()
        const auto period = static_cast<std::uint32_t>(k + 2);
        if (client >= m_period.size()) // grows to the client population once, then never
            m_period.resize(std::max<std::size_t>({std::size_t{client} + 1, 2 * m_period.size(), 1024}), 0);
        miss = m_period[client] != period;
        m_period[client] = period;
    }
    if (miss) {
        ++m_stats.misses;
        ++m_stats.windowMisses;
    } else {
        ++m_stats.hits;
        ++m_stats.windowHits;
    }
    return refreshed;
}

int DnsRuntime::resolve(ReqId r)
{
    if (m_down)
        return -1;
    const Request& q = m_sim.req(r);
    const SimTime refreshed = countLookup(q.client, m_sim.now());
    const int region = m_sim.comp(m_sim.sourceComponent(q.source)).region();
    return answerAt(region, refreshed);
}

void DnsRuntime::served(ReqId r)
{
    const int t = resolve(r);
    if (t < 0)
        m_sim.fail(r, ErrorCause::NoRoute, m_index);
    else
        m_sim.forward(r, m_index, t);
}

void DnsRuntime::onTimer(std::uint32_t kind, std::uint64_t)
{
    if (kind != kHealthCheck)
        return;
    const int threshold = std::max(1, static_cast<int>(m_config.number("unhealthy_threshold")));
    bool changed = false;
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        const ComponentRuntime& t = m_sim.comp(m_targets[i]);
        const bool alive = !t.isDown() && !m_sim.dcDown(t.datacenter()) && t.active();
        if (!alive) {
            if (m_healthy[i] && ++m_failures[i] >= threshold) {
                m_healthy[i] = 0;
                changed = true;
                SimEvent e;
                e.type = "health_down";
                e.component = t.id();
                e.setText(EventText::DnsHealthDown, {label(t)});
                e.severity = SimEvent::Severity::Warning;
                m_sim.record(e);
            }
        } else {
            m_failures[i] = 0;
            if (!m_healthy[i]) {
                m_healthy[i] = 1;
                changed = true;
                SimEvent e;
                e.type = "health_up";
                e.component = t.id();
                e.setText(EventText::DnsHealthUp, {label(t)});
                e.severity = SimEvent::Severity::Recovery;
                m_sim.record(e);
            }
        }
    }
    if (changed)
        updateRecords(false);
    scheduleTimer(secondsToSimTime(m_config.number("health_check_interval_s")), kHealthCheck);
}

bool DnsRuntime::applyParam(const std::string& key, const ParamValue& value, std::string* error)
{
    if (!ComponentRuntime::applyParam(key, value, error))
        return false;
    if (key == "ttl_s") {
        m_ttl = secondsToSimTime(m_config.number("ttl_s"));
        std::fill(m_period.begin(), m_period.end(), 0); // periods of the old TTL mean nothing now
    } else if (key == "geo") {
        m_geo = m_config.number("geo") != 0;
        updateRecords(false);
    }
    return true;
}

void DnsRuntime::fillSample(ComponentSample& s) const
{
    int healthy = 0, present = 0;
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        if (!m_sim.comp(m_targets[i]).active())
            continue;
        ++present;
        healthy += m_healthy[i] ? 1 : 0;
    }
    s.workers = healthy;
    s.targets = present;
    if (m_lastSwitch >= 0 && m_ttl > 0 && m_sim.now() < m_lastSwitch + m_ttl)
        s.switchLeftS = simTimeToSeconds(m_lastSwitch + m_ttl - m_sim.now());
}

} // namespace scalelab::core
