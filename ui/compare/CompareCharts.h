// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Compare.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QWidget>

class QChartView;

namespace scalelab::ui {

/// The overlay charts of an A/B comparison: p95 latency (large), throughput and errors
/// over simulated time. Per design the median over the seeds is a line (A solid, B
/// dashed, in the metric's palette colour, so a metric keeps its colour) and the 10-90%
/// quantiles of the seeds a shaded band (A filled, B hatched). The legend names A and B
/// with their designs. The compare dialog shows it; `scalelab-cli compare` writes it.
class CompareChartBox : public QWidget
{
    Q_OBJECT
public:
    explicit CompareChartBox(QWidget* parent = nullptr);
    /// Replaces the charts (an empty result shows empty, titled charts).
    void setResult(const core::CompareResult& result);
    QChartView* latencyView() const { return m_views[0]; }
    QChartView* throughputView() const { return m_views[1]; }
    QChartView* errorsView() const { return m_views[2]; }
    /// What the box shows, as PNG or SVG bytes at its current size.
    QByteArray png() const;
    QByteArray svg(const QString& title) const;

private:
    QChartView* m_views[3];
};

/// "A: <name>  vs  B: <name>", the heading of the written chart files.
QString compareTitle(const core::CompareResult& result);

/// Draws `result` in a CompareChartBox of `size` under its title (no window needed
/// beyond an application) and writes it as PNG and SVG with writeFileSafely.
/// Returns "" or the first error.
QString writeCompareChartFiles(const core::CompareResult& result, const QString& pngPath,
                               const QString& svgPath, QSize size = QSize(1400, 900));

} // namespace scalelab::ui
