// SPDX-License-Identifier: GPL-3.0-or-later
// Sampling: every sample interval, the window counters of the run and of each component
// become one Sample (throughput, errors by cause, latency percentiles, utilization,
// queues, hit rates, replication lag, cost), handed to the monitoring components, the
// autoscalers and the observer; then the windows start again. Once per interval, not on
// the per-request path.
#include "sim/SimulationImpl.h"

#include <algorithm>

namespace scalelab::core {

void SimulationImpl::takeSample()
{
    const SimTime now = m_engine.now();
    const double interval = simTimeToSeconds(now - m_lastSample);
    m_lastSample = now;
    if (interval <= 0)
        return;
    Sample s;
    s.tS = simTimeToSeconds(now);
    s.intervalS = interval;
    s.offeredRps = static_cast<double>(m_windowGenerated) / interval;
    s.retryRps = static_cast<double>(m_windowRetries) / interval;
    s.throughputRps = static_cast<double>(m_windowOk) / interval;
    std::uint64_t failed = 0;
    for (int i = 0; i < kErrorCauseCount; ++i) {
        s.errorsRps[i] = static_cast<double>(m_windowFailed[static_cast<std::size_t>(i)]) / interval;
        failed += m_windowFailed[static_cast<std::size_t>(i)];
    }
    m_window.clear();
    for (const Histogram& h : m_typeWindow)
        m_window.merge(h);
    s.p50Ms = m_window.quantile(0.50) * 1e-6;
    s.p95Ms = m_window.quantile(0.95) * 1e-6;
    s.p99Ms = m_window.quantile(0.99) * 1e-6;
    s.p999Ms = m_window.quantile(0.999) * 1e-6;
    s.meanMs = m_window.mean() * 1e-6;
    s.availability = (m_windowOk + failed) ? static_cast<double>(m_windowOk) / static_cast<double>(m_windowOk + failed) : 1.0;
    s.inSystem = static_cast<double>(m_inSystem);
    s.sentRps.reserve(m_sources.size());
    for (std::size_t i = 0; i < m_sources.size(); ++i) {
        s.sentRps.emplace_back(comp(m_sources[i]).id(), static_cast<double>(m_windowSent[i]) / interval);
        m_windowSent[i] = 0;
    }
    for (std::size_t i = 0; i < m_comps.size(); ++i)
        if (m_comps[i]->is(Kind::Datacenter) && dcDown(static_cast<int>(i)))
            s.downDatacenters.push_back(m_comps[i]->id());
    std::uint64_t hits = 0, lookups = 0, cdnHits = 0, cdnLookups = 0, staleHits = 0;
    bool anyCache = false, anyCdn = false;
    for (auto& cp : m_comps) {
        ComponentRuntime& c = *cp;
        if (c.is(Kind::Datacenter) || c.is(Kind::Users) || (!c.active() && c.inFlight() == 0))
            continue;
        c.accrue();
        const auto& st = c.stats();
        ComponentSample cs;
        cs.id = c.id();
        cs.cloneOf = c.cloneOf();
        cs.down = c.isDown() || dcDown(c.datacenter());
        cs.utilization = st.windowCapacityArea > 0 ? st.windowBusyArea / st.windowCapacityArea : 0.0;
        cs.queueLength = static_cast<double>(c.queueLength());
        cs.throughputRps = static_cast<double>(st.windowServed) / interval;
        cs.errorsRps = static_cast<double>(st.windowErrors) / interval;
        cs.p99Ms = st.window.quantile(0.99) * 1e-6;
        cs.workers = c.workers();
        if (c.is(Kind::Cache) || c.is(Kind::Cdn)) {
            const std::uint64_t l = st.windowHits + st.windowMisses;
            cs.hitRate = l ? static_cast<double>(st.windowHits) / static_cast<double>(l) : 0.0;
            if (c.is(Kind::Cache)) {
                anyCache = true;
                hits += st.windowHits;
                staleHits += st.windowStaleHits;
                lookups += l;
            } else {
                anyCdn = true;
                cdnHits += st.windowHits;
                cdnLookups += l;
            }
        }
        if (c.is(Kind::Dns)) // misses of the clients' DNS caches are the lookups that reach it
            cs.lookupsRps = static_cast<double>(st.windowMisses) / interval;
        c.fillSample(cs);
        if (c.is(Kind::MessageQueue))
            s.queueDepth += cs.queueLength;
        if (cs.replicationLagMs >= 0)
            s.replicationLagMs = std::max(s.replicationLagMs, cs.replicationLagMs);
        if (!c.isDown())
            s.costPerHour += c.costPerHour();
        s.components.push_back(std::move(cs));
        c.resetWindow();
    }
    if (anyCache) {
        s.cacheHitRate = lookups ? static_cast<double>(hits) / static_cast<double>(lookups) : 0.0;
        s.cacheStaleRate = lookups ? static_cast<double>(staleHits) / static_cast<double>(lookups) : 0.0;
    }
    if (anyCdn)
        s.cdnHitRate = cdnLookups ? static_cast<double>(cdnHits) / static_cast<double>(cdnLookups) : 0.0;
    for (auto& cp : m_comps)
        if (cp->is(Kind::Monitoring) || cp->is(Kind::Autoscaler))
            cp->observeSample(s);
    // What the control components decided on this sample, not on the one before.
    for (ComponentSample& cs : s.components)
        if (const int i = indexOf(cs.id); i >= 0 && (comp(i).is(Kind::Monitoring) || comp(i).is(Kind::Autoscaler)))
            comp(i).fillSample(cs);
    m_observer->onSample(s);
    for (std::size_t t = 0; t < m_typeWindow.size(); ++t) {
        if (m_folding)
            m_typeLatency[t].merge(m_typeWindow[t]);
        m_typeWindow[t].clear();
    }
    // Every interval from here on holds measured requests only (see folding()).
    if (!m_folding && now >= m_warmupNs && m_unmeasuredLive == 0)
        m_folding = true;
    m_windowGenerated = 0;
    m_windowRetries = 0;
    m_windowOk = 0;
    m_windowFailed.fill(0);
}

} // namespace scalelab::core
