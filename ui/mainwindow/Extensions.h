// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDialog;
class QMenu;
class QToolBar;

namespace scalelab::ui {

class MainWindow;

/// The parts of the window that live in their own folders (run toolbar, timeline,
/// lessons, presenter mode, exporters), put together here so MainWindow.cpp stays about
/// the window itself.
namespace Extensions {
/// The run toolbar (play, pause, step, speed, load).
QToolBar* createRunToolbar(MainWindow* w);
/// Timeline and lesson docks, and the presenter controller.
void addDocks(MainWindow* w);
void fillLessonsMenu(MainWindow* w, QMenu* menu);
void fillExportMenu(MainWindow* w, QMenu* menu);
void setPresenterMode(MainWindow* w, bool on);
/// Teacher notes of the open lesson as rich text, or empty.
QString teacherNotes(MainWindow* w);
/// Help > Glossary (action "actionGlossary", F1) at the top of `help`; lesson text
/// links to glossary terms open it at that term.
void addGlossaryAction(MainWindow* w, QMenu* help);
/// Opens the glossary dialog (one per window, modeless; raised when already open) at
/// the entry `termId` when given. Its lesson links open the lesson in the Lessons panel.
QDialog* showGlossary(MainWindow* w, const QString& termId = {});
} // namespace Extensions

} // namespace scalelab::ui
