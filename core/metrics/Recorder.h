// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/Observer.h"

#include <ostream>
#include <vector>

namespace scalelab::core {

/// An observer that keeps the run's time series and events for export (CSV, charts,
/// reports). Keeps at most `maxPoints` samples: when full it halves the series by
/// merging neighbours (so memory stays bounded over any run length while the whole
/// run stays visible). Per-component figures are kept only when asked.
class Recorder : public SimObserver
{
public:
    explicit Recorder(std::size_t maxPoints = 100000, bool keepComponents = false)
        : m_maxPoints(maxPoints < 16 ? 16 : maxPoints), m_keepComponents(keepComponents)
    {
    }

    void onEvent(const SimEvent& e) override;
    void onSample(const Sample& s) override;

    const std::vector<Sample>& samples() const { return m_samples; }
    const std::vector<SimEvent>& events() const { return m_events; }
    /// Writes one CSV row per sample: t_s, offered and throughput rates, errors by
    /// cause, latency percentiles, hit rates, queue depth, lag, availability, cost.
    void writeCsv(std::ostream& out) const;
    /// Writes the events as CSV: t_s,type,component,text.
    void writeEventsCsv(std::ostream& out) const;
    static std::string csvHeader();

private:
    void decimate();
    std::size_t m_maxPoints;
    bool m_keepComponents;
    std::vector<Sample> m_samples;
    std::vector<SimEvent> m_events;
};

} // namespace scalelab::core
