// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Sweep.h"

#include <QByteArray>
#include <QColor>
#include <QSize>
#include <QString>
#include <QWidget>

class QChartView;

namespace scalelab::ui {

/// The colour that marks the knee, in the charts and in the results table.
QColor sweepKneeColour();

/// Replaces the charts of a capacity sweep in the two views: latency (p50, p99) and
/// throughput with error rate, both against offered load on log axes, with the knee
/// marked as a dashed line named "Knee: <kneeAxisTitle> = <value>". The views own the
/// new charts.
void fillSweepCharts(QChartView* latencyView, QChartView* throughputView,
                     const core::SweepResult& result, const QString& kneeAxisTitle);

/// The swept value's name as the charts, table and CSV readers see it: "Users",
/// "Rate (req/s)", or "<component>: <parameter> (<unit>)" for a JSON pointer into
/// `scenario` (the pointer itself when it names no parameter).
QString sweepAxisTitle(const core::SweepSpec& spec, const core::Scenario& scenario);

/// The two sweep charts side by side on white: what the sweep dialog shows and what
/// `scalelab-cli sweep` writes, drawn by the same code.
class SweepChartBox : public QWidget
{
public:
    explicit SweepChartBox(QWidget* parent = nullptr);
    void setResult(const core::SweepResult& result, const QString& kneeAxisTitle);
    QChartView* latencyView() const { return m_latency; }
    QChartView* throughputView() const { return m_throughput; }
    /// What the box shows, as PNG or SVG bytes at its current size.
    QByteArray png() const;
    QByteArray svg(const QString& title) const;

private:
    QChartView* m_latency;
    QChartView* m_throughput;
};

/// Draws `result` in a SweepChartBox of `size` (no window needed beyond an application)
/// and writes it as PNG and SVG with writeFileSafely. Returns "" or the first error.
QString writeSweepChartFiles(const core::SweepResult& result, const QString& kneeAxisTitle,
                             const QString& title, const QString& pngPath, const QString& svgPath,
                             QSize size = QSize(1400, 560));

} // namespace scalelab::ui
