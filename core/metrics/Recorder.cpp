// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/Recorder.h"

#include "io/NumberText.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace scalelab::core {

void Recorder::onEvent(const SimEvent& e)
{
    if (m_events.size() < 100000)
        m_events.push_back(e);
}

void Recorder::onSample(const Sample& s)
{
    m_samples.push_back(s);
    if (!m_keepComponents) // free the copy, not just empty it (clear() keeps the block)
        std::vector<ComponentSample>().swap(m_samples.back().components);
    if (m_samples.size() >= m_maxPoints)
        decimate();
}

void Recorder::decimate()
{
    // Merge pairs: rates become the mean over the doubled interval, percentiles the
    // larger of the two (conservative), availability the mean. In place, so a long run
    // keeps reusing the same block instead of allocating a new series each time.
    std::size_t j = 0;
    for (std::size_t i = 0; i + 1 < m_samples.size(); i += 2) {
        const Sample& a = m_samples[i];
        Sample& m = m_samples[i + 1]; // b, merged into itself
        const double ia = a.intervalS, ib = m.intervalS, w = ia + ib;
        auto avg = [&](double x, double y) { return (x * ia + y * ib) / w; };
        m.offeredRps = avg(a.offeredRps, m.offeredRps);
        m.retryRps = avg(a.retryRps, m.retryRps);
        m.throughputRps = avg(a.throughputRps, m.throughputRps);
        for (int k = 0; k < kErrorCauseCount; ++k)
            m.errorsRps[k] = avg(a.errorsRps[k], m.errorsRps[k]);
        m.p50Ms = std::max(a.p50Ms, m.p50Ms);
        m.p95Ms = std::max(a.p95Ms, m.p95Ms);
        m.p99Ms = std::max(a.p99Ms, m.p99Ms);
        m.p999Ms = std::max(a.p999Ms, m.p999Ms);
        m.meanMs = avg(a.meanMs, m.meanMs);
        m.availability = avg(a.availability, m.availability);
        if (a.cacheHitRate >= 0 && m.cacheHitRate >= 0)
            m.cacheHitRate = avg(a.cacheHitRate, m.cacheHitRate);
        if (a.cdnHitRate >= 0 && m.cdnHitRate >= 0)
            m.cdnHitRate = avg(a.cdnHitRate, m.cdnHitRate);
        if (a.cacheStaleRate >= 0 && m.cacheStaleRate >= 0)
            m.cacheStaleRate = avg(a.cacheStaleRate, m.cacheStaleRate);
        m.replicationLagMs = std::max(a.replicationLagMs, m.replicationLagMs);
        m.intervalS = w;
        m_samples[j++] = std::move(m); // j <= i: overwrites a (or an earlier slot) only
    }
    if (m_samples.size() % 2)
        m_samples[j++] = std::move(m_samples.back());
    m_samples.resize(j); // keeps the capacity: the next growth reallocates nothing
}

std::string Recorder::csvHeader()
{
    std::string h = "t_s,offered_rps,throughput_rps,errors_rps";
    for (int k = 0; k < kErrorCauseCount; ++k)
        h += std::string(",errors_") + errorCauseName(static_cast<ErrorCause>(k)) + "_rps";
    h += ",p50_ms,p95_ms,p99_ms,p999_ms,mean_ms,availability,cache_hit_rate,cdn_hit_rate,in_system,"
         "queue_depth,replication_lag_ms,cost_per_hour,cache_stale_rate,retry_rps";
    return h;
}

namespace {
void put(std::string& line, double v)
{
    line += ',';
    appendDataNumber(line, v);
}
std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}
} // namespace

void Recorder::writeCsv(std::ostream& out) const
{
    out << csvHeader() << '\n';
    for (const Sample& s : m_samples) {
        std::string line = dataNumber(s.tS);
        put(line, s.offeredRps);
        put(line, s.throughputRps);
        put(line, s.errorsTotalRps());
        for (double e : s.errorsRps)
            put(line, e);
        put(line, s.p50Ms);
        put(line, s.p95Ms);
        put(line, s.p99Ms);
        put(line, s.p999Ms);
        put(line, s.meanMs);
        put(line, s.availability);
        put(line, s.cacheHitRate);
        put(line, s.cdnHitRate);
        put(line, s.inSystem);
        put(line, s.queueDepth);
        put(line, s.replicationLagMs);
        put(line, s.costPerHour);
        put(line, s.cacheStaleRate);
        put(line, s.retryRps);
        out << line << '\n';
    }
}

void Recorder::writeEventsCsv(std::ostream& out) const
{
    out << "t_s,type,component,text\n";
    for (const SimEvent& e : m_events) {
        out << dataNumber(static_cast<double>(e.time) * 1e-9) << ',' << csvField(e.type) << ',' << csvField(e.component) << ',' << csvField(e.text) << '\n';
    }
}

} // namespace scalelab::core
