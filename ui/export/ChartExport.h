// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartPalette.h"
#include "export/RunData.h"

#include <QSize>
#include <QString>
#include <QStringList>

class QPainter;

namespace scalelab::ui {

class ChartBook;

/// Fills a ChartBook with a run (component names from the scenario; the component
/// chart shows `componentId`, or the busiest component when empty).
void fillChartBook(ChartBook& book, const RunData& run, const QString& componentId = {});

/// Writes one file per chart, `<dir>/chart-<name>.<format>` with format "png"
/// (raster, `size` pixels) or "svg" (vector). Appends the paths to `written`.
bool exportCharts(const RunData& run, const QString& dir, const QString& format, QSize size,
                  QStringList* written, QString* error, const ChartPalette& palette = {});

/// Writes the run's data as CSV: samples.csv (one row per sample, core::Recorder's
/// columns), events.csv (t_s,type,component,text) and components.csv (one row per
/// sample and component: utilization, queue, throughput, errors, p99, hit rate, lag).
bool exportCsv(const RunData& run, const QString& dir, QStringList* written, QString* error);

} // namespace scalelab::ui
