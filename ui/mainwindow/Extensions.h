// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMenu;
class QToolBar;

namespace scalelab::ui {

class MainWindow;

/// Adapters to parts of the window written separately (run toolbar, timeline, lessons,
/// presenter mode, exporters). Each one uses the part when it is in the tree and falls
/// back to something simple otherwise, so the window always builds.
namespace Extensions {
/// The full run toolbar, or nullptr (the window then builds a small one).
QToolBar* createRunToolbar(MainWindow* w);
/// Timeline/event log and lesson docks.
void addDocks(MainWindow* w);
void fillLessonsMenu(MainWindow* w, QMenu* menu);
void fillExportMenu(MainWindow* w, QMenu* menu);
void setPresenterMode(MainWindow* w, bool on);
/// Teacher notes of the open lesson as rich text, or empty.
QString teacherNotes(MainWindow* w);
} // namespace Extensions

} // namespace scalelab::ui
