// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QApplication;
class QCommandLineParser;

namespace scalelab::ui {
class MainWindow;
}

namespace scalelab::app {

/// Command-line options of the `scalelab` executable. Besides opening a file they
/// script a session for screenshots and tests: run N simulated seconds, inject an
/// event, select a component, switch a mode, grab the window to a PNG, then quit.
struct GuiOptions
{
    QString file;
    QString example; ///< "03" or a resource path
    bool newDocument = false;
    bool noRun = false;      ///< do not start the example running on a plain start
    QString screenshot;      ///< PNG path: grab the window and quit
    double runSeconds = 0;   ///< simulated seconds to run before the screenshot
    QString inject;          ///< type:target[:target2[:duration]] injected after runSeconds
    double afterSeconds = 0; ///< simulated seconds to run after the injection
    QString select;          ///< component id to select (shows the inspector)
    QStringList modes;       ///< presenter, spof, lesson, notes, glossary, history, timeline
    QString lesson;          ///< lesson id to open for the lesson mode
    QString glossaryTerm;    ///< with the glossary mode: the term to show
    int step = 0;            ///< with a lesson: go to this step (1-based)
    QString predict;         ///< answer to the step's prediction: a choice (1-4) or a guess
    QSize size{1500, 940};
    QString dumpScenario;      ///< write the document (after recovery) to this path and quit
    int demoEdits = 0;         ///< add this many components as unsaved edits (autosave tests)
    bool dark = false;         ///< a dark palette (checks readability)
    bool highContrast = false; ///< the high-contrast theme
    QString speed; ///< "max" or simulated seconds per wall second; set = start running at it
    QString compareVariant; ///< open Run > Compare with... on this variant (cache, web, replica) or file
    int compareSeeds = 5;   ///< seeds for compareVariant

    void declare(QCommandLineParser& parser) const;
    void read(const QCommandLineParser& parser);
};

/// The theme to start with: --dark or --high-contrast, else Settings > Theme.
QString startTheme(const GuiOptions& options);

/// Shows the window, applies the options and runs the event loop.
int runGui(QApplication& app, ui::MainWindow& window, const GuiOptions& options);

} // namespace scalelab::app
