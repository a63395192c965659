// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Sweep.h"

#include <QString>

class QPainter;

namespace scalelab::cli {

/// Draws a capacity-sweep chart into `painter` over a width x height area: offered
/// load on a log x axis; top panel p50/p99 latency (log y), bottom panel throughput
/// (left axis) and error rate (right axis); the knee as a dashed vertical line.
void drawSweepChart(QPainter& painter, int width, int height, const core::SweepResult& result,
                    const QString& title);

/// Writes the chart as PNG and SVG. Returns an empty string or the first error.
QString writeSweepCharts(const core::SweepResult& result, const QString& title, const QString& pngPath,
                         const QString& svgPath);

} // namespace scalelab::cli
