// SPDX-License-Identifier: GPL-3.0-or-later
// Actions, menus and the run toolbar of the main window.
#include "MainWindow.h"

#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "i18n/Language.h"
#include "mainwindow/Extensions.h"
#include "model/Document.h"
#include "panels/SweepDialog.h"
#include "compare/CompareDialog.h"
#include "panels/RunToolbar.h"
#include "Resources.h"
#include "run/RunController.h"
#include "theme/Theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>
#include <QUndoStack>

namespace scalelab::ui {

QAction* MainWindow::makeAction(const QString& name, const QString& text, const QString& icon,
                                const QKeySequence& key, const QString& tip)
{
    auto* a = new QAction(text, this);
    a->setObjectName(name);
    if (!icon.isEmpty() && !iconPath(icon).isEmpty())
        a->setIcon(QIcon(iconPath(icon)));
    if (!key.isEmpty())
        a->setShortcut(key);
    QString fullTip = tip.isEmpty() ? QString(text).remove(QLatin1Char('&')) : tip;
    if (!key.isEmpty())
        fullTip += QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText));
    a->setToolTip(fullTip);
    a->setStatusTip(tip);
    addAction(a); // shortcuts work even when the menu bar is hidden (presenter mode)
    return a;
}

void MainWindow::createActions()
{
    // File
    connect(makeAction(QStringLiteral("actionNew"), tr("&New"), {}, QKeySequence::New,
                       tr("Start an empty scenario")),
            &QAction::triggered, this, &MainWindow::newDocument);
    connect(makeAction(QStringLiteral("actionOpen"), tr("&Open…"), {}, QKeySequence::Open,
                       tr("Open a scenario file")),
            &QAction::triggered, this, &MainWindow::open);
    connect(makeAction(QStringLiteral("actionSave"), tr("&Save"), {}, QKeySequence::Save,
                       tr("Save the scenario")),
            &QAction::triggered, this, &MainWindow::save);
    connect(makeAction(QStringLiteral("actionSaveAs"), tr("Save &As…"), {}, QKeySequence::SaveAs,
                       tr("Save the scenario under a new name")),
            &QAction::triggered, this, &MainWindow::saveAs);
    QAction* quit = makeAction(QStringLiteral("actionQuit"), tr("&Quit"), {}, QKeySequence::Quit,
                               tr("Quit ScaleLab"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Edit
    QAction* undo = m_stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction* redo = m_stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(redo);
    connect(makeAction(QStringLiteral("actionCut"), tr("Cu&t"), {}, QKeySequence::Cut,
                       tr("Cut the selection")),
            &QAction::triggered, this, &MainWindow::cut);
    connect(makeAction(QStringLiteral("actionCopy"), tr("&Copy"), {}, QKeySequence::Copy,
                       tr("Copy the selection")),
            &QAction::triggered, this, &MainWindow::copy);
    connect(makeAction(QStringLiteral("actionPaste"), tr("&Paste"), {}, QKeySequence::Paste,
                       tr("Paste components")),
            &QAction::triggered, this, &MainWindow::paste);
    QAction* del =
        makeAction(QStringLiteral("actionDelete"), tr("&Delete"), {}, QKeySequence::Delete,
                   tr("Delete the selected components and connections"));
    del->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(del, &QAction::triggered, this, &MainWindow::deleteSelection);
    connect(makeAction(QStringLiteral("actionSelectAll"), tr("Select &All"), {},
                       QKeySequence::SelectAll, tr("Select every component")),
            &QAction::triggered, this, &MainWindow::selectAll);

    // View
    connect(makeAction(QStringLiteral("actionZoomIn"), tr("Zoom &In"), QStringLiteral("zoom_in"),
                       QKeySequence::ZoomIn, tr("Zoom in")),
            &QAction::triggered, m_view, &DiagramView::zoomIn);
    connect(makeAction(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QStringLiteral("zoom_out"),
                       QKeySequence::ZoomOut, tr("Zoom out")),
            &QAction::triggered, m_view, &DiagramView::zoomOut);
    connect(makeAction(QStringLiteral("actionZoomFit"), tr("&Fit to Window"),
                       QStringLiteral("zoom_fit"), QKeySequence(Qt::CTRL | Qt::Key_0),
                       tr("Show the whole diagram")),
            &QAction::triggered, m_view, &DiagramView::zoomToFit);
    QAction* snap =
        makeAction(QStringLiteral("actionSnap"), tr("&Snap to Grid"), {},
                   QKeySequence(Qt::CTRL | Qt::Key_G), tr("Align moved components to the grid"));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapToGrid());
    connect(snap, &QAction::toggled, m_scene, &DiagramScene::setSnapToGrid);
    QAction* spof =
        makeAction(QStringLiteral("actionSpof"), tr("Show Single &Points of Failure"),
                   QStringLiteral("spof"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                   tr("Outline the components whose loss cuts users off"));
    spof->setCheckable(true);
    connect(spof, &QAction::toggled, this, [this](bool on) {
        m_scene->setShowSpofs(on);
        m_view->viewport()->update();
    });
    connect(makeAction(QStringLiteral("actionAutoLayout"), tr("Automatic &Layout"),
                       QStringLiteral("layout"), QKeySequence(Qt::CTRL | Qt::Key_L),
                       tr("Arrange the diagram from users to data stores")),
            &QAction::triggered, this, &MainWindow::autoLayout);
    QAction* presenter = makeAction(QStringLiteral("actionPresenter"), tr("&Presenter Mode"),
                                    QStringLiteral("presenter"), QKeySequence(Qt::Key_F5),
                                    tr("Large fonts and high contrast for a projector"));
    presenter->setCheckable(true);
    connect(presenter, &QAction::toggled, this, &MainWindow::setPresenterMode);
    QAction* full = makeAction(QStringLiteral("actionFullScreen"), tr("F&ull Screen"), {},
                               QKeySequence::FullScreen, tr("Use the whole screen"));
    full->setCheckable(true);
    connect(full, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    connect(makeAction(QStringLiteral("actionNextPanel"), tr("&Next Panel"), {},
                       QKeySequence(Qt::Key_F6), tr("Move the keyboard focus to the next panel")),
            &QAction::triggered, this, [this] { focusPanel(1); });
    connect(makeAction(QStringLiteral("actionPreviousPanel"), tr("P&revious Panel"), {},
                       QKeySequence(Qt::SHIFT | Qt::Key_F6),
                       tr("Move the keyboard focus to the previous panel")),
            &QAction::triggered, this, [this] { focusPanel(-1); });

    // Run
    QAction* play =
        makeAction(QStringLiteral("actionPlay"), tr("&Play / Pause"), QStringLiteral("play"),
                   QKeySequence(Qt::Key_Space), tr("Run or pause the simulation"));
    connect(play, &QAction::triggered, this, &MainWindow::togglePlay);
    connect(makeAction(QStringLiteral("actionStep"), tr("&Step"), QStringLiteral("step"),
                       QKeySequence(Qt::Key_Period), tr("Advance one sample interval")),
            &QAction::triggered, m_run, &RunController::step);
    connect(makeAction(QStringLiteral("actionReset"), tr("&Reset"), QStringLiteral("reset"),
                       QKeySequence(Qt::CTRL | Qt::Key_R), tr("Stop and go back to time 0")),
            &QAction::triggered, m_run, &RunController::reset);
    connect(makeAction(QStringLiteral("actionSpike"), tr("Traffic S&pike ×5 for 30 s"),
                       QStringLiteral("spike"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                       tr("Multiply demand by 5 for 30 simulated seconds")),
            &QAction::triggered, this, [this] {
                core::TimelineEvent e;
                e.type = "spike";
                e.factor = 5;
                e.durationS = 30;
                e.label = "spike x5";
                injectEvent(e);
            });
    connect(m_run, &RunController::stateChanged, this, [this, play](RunController::State s) {
        const bool running = s == RunController::State::Running;
        play->setText(running ? tr("&Pause") : tr("&Play"));
        const QString icon = iconPath(running ? QStringLiteral("pause") : QStringLiteral("play"));
        if (!icon.isEmpty())
            play->setIcon(QIcon(icon));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(action(QStringLiteral("actionNew")));
    m_fileMenu->addAction(action(QStringLiteral("actionOpen")));
    m_examplesMenu = m_fileMenu->addMenu(tr("Open &Example"));
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(QStringLiteral("actionSave")));
    m_fileMenu->addAction(action(QStringLiteral("actionSaveAs")));
    m_exportMenu = m_fileMenu->addMenu(tr("E&xport"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(QStringLiteral("actionQuit")));
    rebuildExamplesMenu();
    rebuildRecentMenu();
    fillExportMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    for (const char* n : {"actionUndo", "actionRedo", "", "actionCut", "actionCopy", "actionPaste",
                          "actionDelete", "", "actionSelectAll"}) {
        if (*n)
            edit->addAction(action(QLatin1String(n)));
        else
            edit->addSeparator();
    }

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (const char* n : {"actionZoomIn", "actionZoomOut", "actionZoomFit", "", "actionSnap",
                          "actionSpof", "actionAutoLayout", "", "actionPresenter",
                          "actionFullScreen", "", "actionNextPanel", "actionPreviousPanel"}) {
        if (*n)
            m_viewMenu->addAction(action(QLatin1String(n)));
        else
            m_viewMenu->addSeparator();
    }
    QMenu* panels = m_viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget* d : findChildren<QDockWidget*>())
        panels->addAction(d->toggleViewAction());
    if (m_runBar)
        panels->addAction(m_runBar->toggleViewAction());
    if (m_loadBar)
        panels->addAction(m_loadBar->toggleViewAction());

    m_runMenu = menuBar()->addMenu(tr("&Run"));
    for (const char* n : {"actionPlay", "actionStep", "actionReset", "", "actionSpike"}) {
        if (*n)
            m_runMenu->addAction(action(QLatin1String(n)));
        else
            m_runMenu->addSeparator();
    }
    QMenu* speed = m_runMenu->addMenu(tr("S&peed"));
    auto* group = new QActionGroup(speed);
    const std::pair<double, QString> speeds[] = {
        {0.25, tr("¼× real time")}, {1, tr("1× real time")},       {5, tr("5×")}, {20, tr("20×")},
        {100, tr("100×")},          {0, tr("As fast as possible")}};
    for (const auto& [factor, label] : speeds) {
        QAction* a = speed->addAction(label);
        a->setCheckable(true);
        a->setChecked(factor == m_run->speed());
        group->addAction(a);
        const double f = factor;
        connect(a, &QAction::triggered, m_run, [this, f] { m_run->setSpeed(f); });
    }
    m_runMenu->addSeparator();
    QAction* sweep = m_runMenu->addAction(tr("&Capacity Sweep..."));
    sweep->setObjectName(QStringLiteral("actionSweep"));
    sweep->setStatusTip(tr("Run the scenario at several loads and find where it stops keeping up"));
    connect(sweep, &QAction::triggered, this, [this] {
        auto* dialog = new SweepDialog(m_doc->scenario(), this); // modeless; a copy of the scenario
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction* compare = m_runMenu->addAction(tr("Compare &with..."));
    compare->setObjectName(QStringLiteral("actionCompare"));
    compare->setStatusTip(tr("Run this design and a second one over several seeds under the same traffic"));
    connect(compare, &QAction::triggered, this, [this] {
        auto* dialog = new CompareDialog(m_doc->scenario(), this); // modeless; a copy of the scenario
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    m_lessonsMenu = menuBar()->addMenu(tr("&Lessons"));
    Extensions::fillLessonsMenu(this, m_lessonsMenu);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("menuSettings"));
    addLanguageMenu(settings, this);
    addThemeMenu(settings);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    Extensions::addGlossaryAction(this, m_helpMenu);
    QAction* notes = m_helpMenu->addAction(tr("&Teacher Notes"));
    notes->setObjectName(QStringLiteral("actionTeacherNotes"));
    connect(notes, &QAction::triggered, this, &MainWindow::showTeacherNotes);
    QAction* keys = m_helpMenu->addAction(tr("&Keyboard Shortcuts"));
    connect(keys, &QAction::triggered, this, [this] {
        QStringList rows;
        const auto row = [&rows](const QString& what, const QString& keys) {
            rows << QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(what.toHtmlEscaped(), keys.toHtmlEscaped());
        };
        for (QAction* a : actions())
            if (!a->shortcut().isEmpty())
                row(a->text().remove(QLatin1Char('&')),
                    a->shortcut().toString(QKeySequence::NativeText));
        // The canvas's own keys (DiagramView), while it has the focus.
        rows << QStringLiteral("<tr><td colspan=2><br><b>%1</b></td></tr>")
                    .arg(tr("On the canvas").toHtmlEscaped());
        row(tr("Place the component chosen in the palette"), tr("Enter (in the palette)"));
        row(tr("Select the next or previous component, then the connections"),
            tr("Tab, Shift+Tab"));
        row(tr("Select the nearest component that way"), tr("Arrow keys"));
        row(tr("Move the selection one grid step"), tr("Shift+arrow keys"));
        row(tr("Connect: start from the selection, choose the target, connect"),
            tr("C, Tab or arrow keys, Enter"));
        row(tr("Move the keyboard focus to the next or previous panel"), tr("F6, Shift+F6"));
        row(tr("Cancel a connection or clear the selection"), tr("Esc"));
        row(tr("Open the selected component in the inspector"), tr("Enter"));
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
    });
    QAction* about = m_helpMenu->addAction(tr("&About ScaleLab"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createRunToolbar()
{
    m_runBar = Extensions::createRunToolbar(this);
    m_runBar->setObjectName(QStringLiteral("runToolbar"));
    m_runBar->setMovable(false); // time controls always in the same place
    m_runBar->setAccessibleName(tr("Run controls"));
    addToolBar(Qt::TopToolBarArea, m_runBar);
    if (auto* run = qobject_cast<RunToolbar*>(m_runBar))
        m_loadBar = run->workloadBar();
    if (m_loadBar)
        addToolBar(Qt::TopToolBarArea, m_loadBar);
    // View tools as icons beside it, so the run controls keep their room.
    m_viewBar = new QToolBar(tr("View"), this);
    m_viewBar->setObjectName(QStringLiteral("viewToolbar"));
    m_viewBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_viewBar->setMovable(false);
    for (const char* n : {"actionZoomFit", "actionAutoLayout", "actionSpof", "actionPresenter"})
        m_viewBar->addAction(action(QLatin1String(n)));
    addToolBar(Qt::TopToolBarArea, m_viewBar);
}

void MainWindow::fitToolbars()
{
    if (!m_runBar || !m_viewBar)
        return;
    const int room = width() - 12; // the toolbar area's margins and handles
    // The run toolbar's width with its button texts, measured while they are shown.
    if (m_runBar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
        m_runTextWidth = m_runBar->sizeHint().width();
    const int run = m_runTextWidth;
    const int load = m_loadBar ? m_loadBar->sizeHint().width() : 0;
    const int view = m_viewBar->sizeHint().width();
    // Rows fill from the left: run controls, then the workload knobs, then the view
    // icons; a bar that does not fit after the previous one starts a new row.
    const bool loadBreak = m_loadBar && run + load > room;
    const bool viewBreak = loadBreak ? load + view > room : run + load + view > room;
    auto setBreak = [this](QToolBar* bar, bool want, bool& have) {
        if (!bar || want == have)
            return;
        if (want)
            insertToolBarBreak(bar);
        else
            removeToolBarBreak(bar);
        have = want;
    };
    setBreak(m_loadBar, loadBreak, m_loadBreak);
    setBreak(m_viewBar, viewBreak, m_toolbarBreak);
    // Icons only when even the run toolbar alone does not fit; tooltips keep the names.
    const auto style = run > room ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon;
    if (m_runBar->toolButtonStyle() != style)
        m_runBar->setToolButtonStyle(style);
}

void MainWindow::rebuildExamplesMenu()
{
    m_examplesMenu->clear();
    for (const QString& res : exampleResources()) {
        const auto loaded = QFileInfo(res).completeBaseName();
        QAction* a = m_examplesMenu->addAction(loaded);
        connect(a, &QAction::triggered, this, [this, res] {
            if (maybeSave())
                openFile(res);
        });
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& f : files) {
        QAction* a = m_recentMenu->addAction(QFileInfo(f).fileName());
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] {
            if (maybeSave())
                openFile(f);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::fillExportMenu()
{
    Extensions::fillExportMenu(this, m_exportMenu);
    m_exportMenu->setEnabled(!m_exportMenu->isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ScaleLab"),
        tr("<h3>ScaleLab</h3><p>Build a web system on a canvas, run a deterministic simulation of "
           "it, add traffic and failures, and watch what happens.</p>"
           "<p>Licence: GPL-3.0-or-later.</p>"));
}

void MainWindow::showTeacherNotes()
{
    const QString notes = Extensions::teacherNotes(this);
    if (notes == QLatin1String("shown"))
        return; // the lesson panel shows them
    QMessageBox box(this);
    box.setWindowTitle(tr("Teacher notes"));
    box.setTextFormat(Qt::RichText);
    box.setText(
        notes.isEmpty()
            ? tr("Open a lesson to see its teacher notes: learning goals, the misconceptions "
                 "it targets, what the model leaves out and a suggested demonstration.")
            : notes);
    box.exec();
}

} // namespace scalelab::ui
