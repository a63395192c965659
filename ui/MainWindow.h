// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"

#include <QMainWindow>
#include <QPointer>

class QUndoStack;
class QUndoView;
class QDockWidget;
class QMenu;
class QAction;
class QLabel;
class QToolBar;

namespace scalelab::ui {

class Autosave;
class Document;
class DiagramScene;
class DiagramView;
class InspectorPanel;
class PalettePanel;
class RunController;
class ChartsPanel;

/// The ScaleLab window. One layout everywhere: run toolbar on top, palette left, canvas
/// in the middle, inspector right, charts at the bottom, timeline/event log and undo
/// history as further docks. Owns the document, its undo stack, the run controller and
/// every panel.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return m_doc; }
    QUndoStack* undoStack() const { return m_stack; }
    DiagramScene* scene() const { return m_scene; }
    DiagramView* view() const { return m_view; }
    InspectorPanel* inspector() const { return m_inspector; }
    PalettePanel* palettePanel() const { return m_palette; }
    RunController* runController() const { return m_run; }
    ChartsPanel* chartsPanel() const { return m_charts; }
    QDockWidget* dock(const QString& objectName) const;
    /// Finds an action by its object name ("actionSave") for tests and scripting.
    QAction* action(const QString& objectName) const;

    /// Non-interactive mode (tests, screenshots): errors and questions do not open
    /// modal dialogs; errors go to the status bar and lastError().
    void setInteractive(bool on) { m_interactive = on; }
    QString lastError() const { return m_lastError; }
    bool isModified() const;

    /// Loads a scenario file (or ":/examples/..." resource). On failure the current
    /// document is untouched and the core's error (file, JSON path, expectation) is shown.
    bool openFile(const QString& path);
    bool saveFile(const QString& path);
    /// Replaces the document with `s` (not undoable; clears the undo stack).
    void setScenario(const core::Scenario& s, const QString& filePath);
    void newDocument();
    /// Starts autosaving and offers recovery of every crashed session (Autosave): the
    /// first recovered document opens here, each further one in a new window. Call once
    /// after show().
    void startSession();

    /// Injects a timeline event: into the running simulation now, or, when stopped, as a
    /// timeline event at 0 s (an undoable edit).
    void injectEvent(const core::TimelineEvent& e);

public Q_SLOTS:
    bool save();
    bool saveAs();
    void open();
    void copy();
    void cut();
    void paste();
    void deleteSelection();
    void selectAll();
    void autoLayout();
    void togglePlay();
    void setPresenterMode(bool on);

Q_SIGNALS:
    void presenterModeChanged(bool on);

protected:
    void closeEvent(QCloseEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void showEvent(QShowEvent* e) override;

private:
    // MainWindow.cpp
    void createCentral();
    void createDocks();
    void sizeDocks();
    void createExtensionDocks(); // lessons, timeline: parts that land separately
    void onSelectionChanged();
    void updateTitle();
    void showError(const QString& title, const QString& text);
    // mainwindow/MainWindowActions.cpp
    void createActions();
    void createMenus();
    void createRunToolbar();
    QAction* makeAction(const QString& name, const QString& text, const QString& icon,
                        const QKeySequence& key, const QString& tip);
    void rebuildRecentMenu();
    void rebuildExamplesMenu();
    void fillExportMenu();
    void showAbout();
    void showTeacherNotes();
    // mainwindow/MainWindowFiles.cpp
    bool maybeSave();
    void addRecent(const QString& path);
    // mainwindow/MainWindowCanvasMenus.cpp
    void showComponentMenu(const QString& id, const QPoint& screenPos);
    void showConnectionMenu(const QString& from, const QString& to, const QPoint& screenPos);
    void showBackgroundMenu(const QPointF& scenePos, const QPoint& screenPos);
    /// F6 / Shift+F6: the keyboard focus to the next (step 1) or previous (-1) panel:
    /// palette, canvas, then the visible docks in the order they were made.
    void focusPanel(int step);
    /// The focus to `panel` itself when it takes Tab focus, else to its first child that does.
    static void focusInto(QWidget* panel);
    QString injectSuffix() const;

    Document* m_doc;
    QUndoStack* m_stack;
    DiagramScene* m_scene;
    DiagramView* m_view;
    PalettePanel* m_palette = nullptr;
    InspectorPanel* m_inspector = nullptr;
    RunController* m_run;
    ChartsPanel* m_charts = nullptr;
    QUndoView* m_undoView = nullptr;
    Autosave* m_autosave = nullptr;
    QToolBar* m_runBar = nullptr;
    QToolBar* m_viewBar = nullptr;
    QToolBar* m_loadBar = nullptr; ///< the run toolbar's workload knobs (RunToolbar::workloadBar)
    bool m_toolbarBreak = false; ///< the view toolbar sits on a second row
    bool m_loadBreak = false;    ///< the workload toolbar starts a new row
    int m_runTextWidth = 0;      ///< the run toolbar's width with button texts
    /// Fits the top toolbars to the window width with every control on screen: the view
    /// icons move to a second row when both do not fit side by side, and the run buttons
    /// lose their text when even the run toolbar alone does not (1024 px projectors).
    void fitToolbars();
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_examplesMenu = nullptr;
    QMenu* m_exportMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_runMenu = nullptr;
    QMenu* m_lessonsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QLabel* m_clockLabel = nullptr;
    QLabel* m_zoomLabel = nullptr;
    bool m_interactive = true;
    bool m_presenter = false;
    bool m_docksSized = false; ///< sizeDocks() ran for the first shown size
    QString m_lastError;
    QByteArray m_normalState;
};

} // namespace scalelab::ui
