// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/Recorder.h"

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
    if (!m_keepComponents)
        m_samples.back().components.clear();
    if (m_samples.size() >= m_maxPoints)
        decimate();
}

void Recorder::decimate()
{
    // Merge pairs: rates become the mean over the doubled interval, percentiles the
    // larger of the two (conservative), availability the mean.
    std::vector<Sample> out;
    out.reserve(m_samples.size() / 2 + 1);
    for (std::size_t i = 0; i + 1 < m_samples.size(); i += 2) {
        const Sample& a = m_samples[i];
        const Sample& b = m_samples[i + 1];
        Sample m = b;
        const double w = a.intervalS + b.intervalS;
        auto avg = [&](double x, double y) { return (x * a.intervalS + y * b.intervalS) / w; };
        m.intervalS = w;
        m.offeredRps = avg(a.offeredRps, b.offeredRps);
        m.throughputRps = avg(a.throughputRps, b.throughputRps);
        for (int k = 0; k < kErrorCauseCount; ++k)
            m.errorsRps[k] = avg(a.errorsRps[k], b.errorsRps[k]);
        m.p50Ms = std::max(a.p50Ms, b.p50Ms);
        m.p95Ms = std::max(a.p95Ms, b.p95Ms);
        m.p99Ms = std::max(a.p99Ms, b.p99Ms);
        m.p999Ms = std::max(a.p999Ms, b.p999Ms);
        m.meanMs = avg(a.meanMs, b.meanMs);
        m.availability = avg(a.availability, b.availability);
        if (a.cacheHitRate >= 0 && b.cacheHitRate >= 0)
            m.cacheHitRate = avg(a.cacheHitRate, b.cacheHitRate);
        if (a.cdnHitRate >= 0 && b.cdnHitRate >= 0)
            m.cdnHitRate = avg(a.cdnHitRate, b.cdnHitRate);
        m.replicationLagMs = std::max(a.replicationLagMs, b.replicationLagMs);
        out.push_back(std::move(m));
    }
    if (m_samples.size() % 2)
        out.push_back(m_samples.back());
    m_samples.swap(out);
}

std::string Recorder::csvHeader()
{
    std::string h = "t_s,offered_rps,throughput_rps,errors_rps";
    for (int k = 0; k < kErrorCauseCount; ++k)
        h += std::string(",errors_") + errorCauseName(static_cast<ErrorCause>(k)) + "_rps";
    h += ",p50_ms,p95_ms,p99_ms,p999_ms,mean_ms,availability,cache_hit_rate,cdn_hit_rate,in_system,"
         "queue_depth,replication_lag_ms,cost_per_hour";
    return h;
}

namespace {
void put(std::string& line, double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, ",%.6g", v);
    line += buf;
}
std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n") == std::string::npos)
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
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.6g", s.tS);
        std::string line = buf;
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
        out << line << '\n';
    }
}

void Recorder::writeEventsCsv(std::ostream& out) const
{
    out << "t_s,type,component,text\n";
    for (const SimEvent& e : m_events) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.6g", static_cast<double>(e.time) * 1e-9);
        out << buf << ',' << csvField(e.type) << ',' << csvField(e.component) << ',' << csvField(e.text) << '\n';
    }
}

} // namespace scalelab::core
