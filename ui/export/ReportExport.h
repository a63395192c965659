// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/RunData.h"

#include <QString>

class QGraphicsScene;

namespace scalelab::ui {

/// Writes a printable run report as one A4 PDF: page 1 the scenario, the diagram and
/// the summary numbers; page 2 the per-component figures; then the charts (three a
/// page) with their event markers; then the event log (at most kMaxReportEvents rows,
/// the rest is in events.csv). `diagram` may be null (no diagram drawn).
/// Returns the number of pages written, or 0 with `error` set.
int exportReport(const RunData& run, QGraphicsScene* diagram, const QString& path, QString* error);

inline constexpr int kMaxReportEvents = 400;

} // namespace scalelab::ui
