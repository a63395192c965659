// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Sweep.h"

#include <QColor>
#include <QString>

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

} // namespace scalelab::ui
