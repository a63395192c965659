// SPDX-License-Identifier: GPL-3.0-or-later
#include "components/ControlRuntimes.h"

#include "components/LoadBalancer.h"
#include "sim/SimulationImpl.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace scalelab::core {

namespace {
const std::string& label(const ComponentRuntime& c) { return c.displayName(); }
/// `v` with `f` ("%.0f", "%.1f", "%.2f") digits after the point, C locale whatever the
/// process's locale (std::to_chars never reads it).
std::string fmt(double v, const char* f = "%.2f")
{
    const int digits = (f[0] == '%' && f[1] == '.' && f[2] >= '0' && f[2] <= '9') ? f[2] - '0' : 2;
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, digits);
    return std::string(buf, r.ptr);
}
} // namespace

// --- Autoscaler ---

void AutoscalerRuntime::wire()
{
    m_lb = -1;
    for (int t : m_sim.targets(m_index))
        if (m_sim.comp(t).is(Kind::LoadBalancer)) {
            m_lb = t;
            break;
        }
    if (!m_timerStarted) {
        m_timerStarted = true;
        scheduleTimer(secondsToSimTime(m_config.number("check_interval_s")), kCheck);
    }
}

void AutoscalerRuntime::served(ReqId r) { m_sim.fail(r, ErrorCause::NoRoute, m_index); }

void AutoscalerRuntime::onTimer(std::uint32_t kind, std::uint64_t arg)
{
    if (kind == kCheck) {
        if (!m_down)
            check();
        scheduleTimer(secondsToSimTime(m_config.number("check_interval_s")), kCheck);
        return;
    }
    if (kind == kReady) {
        const int idx = static_cast<int>(arg);
        --m_warming;
        if (idx < 0 || idx >= m_sim.componentCount() || m_lb < 0)
            return;
        ComponentRuntime& c = m_sim.comp(idx);
        c.setActive(true);
        m_sim.comp(m_lb).serversChanged();
        SimEvent e;
        e.type = "server_ready";
        e.component = c.id();
        e.setText(EventText::ServerReady, {label(c)});
        e.severity = SimEvent::Severity::Recovery;
        m_sim.record(e);
    }
}

void AutoscalerRuntime::check()
{
    if (m_lb < 0)
        return;
    auto& lb = static_cast<LoadBalancerRuntime&>(m_sim.comp(m_lb));
    if (m_prev.size() < static_cast<std::size_t>(m_sim.componentCount()))
        m_prev.resize(static_cast<std::size_t>(m_sim.componentCount()));
    double busy = 0, capacity = 0;
    int ready = 0;
    int templ = -1;
    for (int b : lb.backends()) {
        ComponentRuntime& c = m_sim.comp(b);
        c.accrue();
        Snapshot& p = m_prev[static_cast<std::size_t>(b)];
        const double db = c.stats().busyArea - p.busy, dc = c.stats().capacityArea - p.capacity;
        p = {c.stats().busyArea, c.stats().capacityArea};
        if (!c.active())
            continue;
        if (templ < 0 || (!c.isClone() && m_sim.comp(templ).isClone()))
            templ = b;
        ++ready;
        busy += db;
        capacity += dc;
    }
    const double util = capacity > 0 ? busy / capacity : 0.0;
    m_lastUtilization = util;
    const SimTime now = m_sim.now();
    if (now < m_cooldownUntil || templ < 0)
        return;
    const int minServers = static_cast<int>(m_config.number("min_servers"));
    const int maxServers = static_cast<int>(m_config.number("max_servers"));
    if (util > m_config.number("scale_out_above") && ready + m_warming < maxServers) {
        // A server this autoscaler retired earlier comes back before a new one is made, so
        // a long run that scales out and in again and again keeps a bounded set of copies.
        int idx = -1;
        if (!m_retired.empty()) {
            idx = m_retired.back();
            m_retired.pop_back();
        } else {
            const std::string newId = m_sim.comp(templ).id() + "+" + std::to_string(m_sim.componentCount());
            idx = m_sim.addClone(templ, newId);
            m_sim.connectRuntime(m_lb, idx);
            m_added.push_back(idx);
        }
        ComponentRuntime& c = m_sim.comp(idx);
        const std::string id = c.id();
        c.setActive(false); // not in rotation until warmed up
        lb.serversChanged();
        ++m_warming;
        scheduleTimer(secondsToSimTime(m_config.number("warmup_s")), kReady, static_cast<std::uint64_t>(idx));
        m_cooldownUntil = now + secondsToSimTime(m_config.number("cooldown_s"));
        SimEvent e;
        e.type = "autoscale_out";
        e.component = id;
        e.setText(EventText::AutoscaleOut, {label(c), fmt(util * 100, "%.0f")});
        e.severity = SimEvent::Severity::Info;
        m_sim.record(e);
        return;
    }
    if (util < m_config.number("scale_in_below") && ready > std::max(1, minServers)) {
        int victim = -1;
        for (auto it = m_added.rbegin(); it != m_added.rend(); ++it)
            if (m_sim.comp(*it).active()) {
                victim = *it;
                break;
            }
        if (victim < 0) // none of ours: retire the last server in rotation
            for (auto it = lb.backends().rbegin(); it != lb.backends().rend(); ++it)
                if (m_sim.comp(*it).active()) {
                    victim = *it;
                    break;
                }
        if (victim < 0)
            return;
        ComponentRuntime& c = m_sim.comp(victim);
        c.setActive(false); // leaves the rotation; requests it holds still finish
        if (std::find(m_added.begin(), m_added.end(), victim) != m_added.end())
            m_retired.push_back(victim);
        lb.serversChanged();
        m_cooldownUntil = now + secondsToSimTime(m_config.number("cooldown_s"));
        SimEvent e;
        e.type = "autoscale_in";
        e.component = c.id();
        e.setText(EventText::AutoscaleIn, {label(c), fmt(util * 100, "%.0f")});
        e.severity = SimEvent::Severity::Info;
        m_sim.record(e);
    }
}

void AutoscalerRuntime::fillSample(ComponentSample& s) const
{
    s.utilization = m_lastUtilization;
    if (m_lb >= 0)
        s.workers = static_cast<const LoadBalancerRuntime&>(m_sim.comp(m_lb)).healthyCount();
    s.warming = m_warming;
}

// --- Monitoring ---

void MonitoringRuntime::wire()
{
    const auto& t = m_sim.targets(m_index);
    m_watchedId = t.empty() ? std::string{} : m_sim.comp(t.front()).id();
}

void MonitoringRuntime::served(ReqId r) { m_sim.fail(r, ErrorCause::NoRoute, m_index); }

double MonitoringRuntime::metricValue(const Sample& s) const
{
    const std::string metric = m_config.choice("metric");
    if (m_watchedId.empty()) {
        if (metric == "p99_ms")
            return s.p99Ms;
        if (metric == "p95_ms")
            return s.p95Ms;
        if (metric == "error_rate") {
            const double e = s.errorsTotalRps();
            return e + s.throughputRps > 0 ? e / (e + s.throughputRps) : 0.0;
        }
        double v = 0;
        for (const auto& c : s.components)
            v = metric == "utilization" ? std::max(v, c.utilization) : v + c.queueLength;
        return v;
    }
    for (const auto& c : s.components) {
        if (c.id != m_watchedId)
            continue;
        if (metric == "p99_ms" || metric == "p95_ms")
            return c.p99Ms; // per component only the p99 is sampled
        if (metric == "error_rate")
            return c.errorsRps + c.throughputRps > 0 ? c.errorsRps / (c.errorsRps + c.throughputRps) : 0.0;
        if (metric == "utilization")
            return c.down ? 0.0 : c.utilization;
        return c.queueLength;
    }
    return 0.0;
}

void MonitoringRuntime::observeSample(const Sample& s)
{
    if (m_down)
        return;
    const double v = metricValue(s);
    m_lastValue = v;
    const double threshold = m_config.number("threshold");
    const std::string metric = m_config.choice("metric");
    const bool ratio = metric == "error_rate" || metric == "utilization";
    const bool ms = metric == "p99_ms" || metric == "p95_ms";
    auto show = [&](double x) { return ratio ? fmt(x * 100, "%.1f") : fmt(x, "%.0f"); };
    const std::string unit = ratio ? "%" : ms ? " ms" : "";
    const std::string name = metric == "p99_ms"       ? "p99 latency"
                             : metric == "p95_ms"     ? "p95 latency"
                             : metric == "error_rate" ? "error rate"
                             : metric == "utilization" ? "utilization"
                                                       : "queue length";
    if (v > threshold) {
        if (m_aboveSinceS < 0)
            m_aboveSinceS = s.tS - s.intervalS;
        if (!m_firing && s.tS - m_aboveSinceS >= m_config.number("for_s") - 1e-9) {
            m_firing = true;
            SimEvent e;
            e.type = "alert";
            e.component = m_watchedId.empty() ? id() : m_watchedId;
            const std::string forS = fmt(s.tS - m_aboveSinceS, "%.0f");
            if (m_watchedId.empty())
                e.setText(EventText::AlertFired, {label(*this), name, show(v), unit, show(threshold), forS});
            else
                e.setText(EventText::AlertFiredAt,
                          {label(*this), name, m_watchedId, show(v), unit, show(threshold), forS});
            e.severity = SimEvent::Severity::Warning;
            m_sim.record(e);
        }
    } else {
        m_aboveSinceS = -1;
        if (m_firing) {
            m_firing = false;
            SimEvent e;
            e.type = "alert_resolved";
            e.component = m_watchedId.empty() ? id() : m_watchedId;
            if (m_watchedId.empty())
                e.setText(EventText::AlertResolved, {label(*this), name, show(v), unit});
            else
                e.setText(EventText::AlertResolvedAt, {label(*this), name, m_watchedId, show(v), unit});
            e.severity = SimEvent::Severity::Recovery;
            m_sim.record(e);
        }
    }
}

void MonitoringRuntime::fillSample(ComponentSample& s) const
{
    s.alerting = m_firing ? 1 : 0;
    s.metricValue = m_lastValue;
}

// --- API gateway ---

void ApiGatewayRuntime::wire()
{
    m_rate = m_config.number("rate_limit_rps");
    m_burst = std::max(1.0, m_config.number("burst"));
    m_tokens = m_burst;
    m_last = m_sim.now();
}

void ApiGatewayRuntime::accept(ReqId r)
{
    if (m_rate > 0 && !m_down) {
        const SimTime now = m_sim.now();
        m_tokens = std::min(m_burst, m_tokens + simTimeToSeconds(now - m_last) * m_rate);
        m_last = now;
        if (m_tokens < 1.0) {
            m_sim.fail(r, ErrorCause::RateLimited, m_index);
            return;
        }
        m_tokens -= 1.0;
    }
    enqueue(r);
}

void ApiGatewayRuntime::served(ReqId r)
{
    for (int t : m_sim.targets(m_index)) {
        const ComponentRuntime& c = m_sim.comp(t);
        if (!c.active())
            continue;
        m_sim.forward(r, m_index, t);
        return;
    }
    m_sim.fail(r, ErrorCause::NoRoute, m_index);
}

bool ApiGatewayRuntime::applyParam(const std::string& key, const ParamValue& value, std::string* error)
{
    if (!ComponentRuntime::applyParam(key, value, error))
        return false;
    if (key == "rate_limit_rps" || key == "burst") {
        m_rate = m_config.number("rate_limit_rps");
        m_burst = std::max(1.0, m_config.number("burst"));
        m_tokens = std::min(m_tokens, m_burst);
    }
    return true;
}

} // namespace scalelab::core
