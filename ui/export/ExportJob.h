// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/RunData.h"

#include <QSize>
#include <QString>
#include <QStringList>

class QGraphicsScene;

namespace scalelab::ui {

/// What to export and where. Formats: "png" and "svg" (diagram and every chart),
/// "pdf" (diagram), "csv" (samples, events, components), "report" (run report PDF),
/// "gif" (the canvas animated over the run).
struct ExportRequest
{
    QStringList formats;
    QString outDir;
    QSize size{1600, 1000}; ///< diagram size; charts use the same width at 5:3
};

/// The formats exportScenario() knows, in order.
QStringList exportFormats();

/// Exports a finished run (GUI: the controller's history; `diagram` is the live scene,
/// may be null when no diagram is wanted). "gif" is not handled here (it needs the run
/// replayed: see exportScenario, or GifRecorder in the GUI).
bool exportRun(const RunData& run, QGraphicsScene* diagram, const ExportRequest& request,
               QStringList* written, QString* error);

/// The command-line path: runs `scenario` headless to its end (deterministic for its
/// seed), draws its diagram with the canvas's own scene class and writes every
/// requested format. Needs a QApplication (offscreen platform is fine).
bool exportScenario(const core::Scenario& scenario, const ExportRequest& request,
                    QStringList* written, QString* error);

} // namespace scalelab::ui
