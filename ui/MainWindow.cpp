// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "charts/ChartsPanel.h"
#include "io/Autosave.h"
#include "mainwindow/Extensions.h"
#include "model/Document.h"
#include "panels/InspectorPanel.h"
#include "panels/PalettePanel.h"
#include "Resources.h"
#include "run/RunController.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>
#include <vector>

namespace scalelab::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(iconPath(QStringLiteral("app")).isEmpty()
                            ? iconPath(QStringLiteral("web_server"))
                            : iconPath(QStringLiteral("app"))));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    // Palette and inspector run the full height; the charts sit under the canvas.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_doc = new Document(this);
    m_stack = new QUndoStack(this);
    m_run = new RunController(m_doc, this);
    m_scene = new DiagramScene(m_doc, m_stack, this);
    createCentral();
    createActions();
    createRunToolbar();
    createDocks();
    createExtensionDocks();
    createMenus();
    m_autosave = new Autosave(m_doc, m_stack, this);

    m_clockLabel = new QLabel(this);
    m_clockLabel->setAccessibleName(tr("Simulated time"));
    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_clockLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_scene, &DiagramScene::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    // A failed autosave is not a save: say so (the next tick tries again).
    connect(m_autosave, &Autosave::failed, this, [this](const QString& m) {
        m_lastError = m;
        statusBar()->showMessage(m, 20000);
    });
    connect(m_view, &DiagramView::zoomChanged, this,
            [this](double z) { m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(z * 100))); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_stack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::settingsChanged, this, &MainWindow::updateTitle);
    connect(m_run, &RunController::frame, this, [this](const LiveFrame& f) {
        m_scene->applyFrame(f);
        m_clockLabel->setText(
            tr("t = %1 s").arg(QLocale().toString(core::simTimeToSeconds(f.now), 'f', 1)));
    });
    connect(m_run, &RunController::cleared, m_scene, &DiagramScene::clearLive);
    connect(m_run, &RunController::simEvent, m_scene, [this](const core::SimEvent& e) {
        if (const core::EventKind* k = core::findEventKind(e.type);
            k && k->effect == core::EventEffect::Promotes) {
            m_scene->markPromoted(QString::fromStdString(e.component));
            if (!e.component2.empty())
                m_scene->markDemoted(QString::fromStdString(e.component2));
        }
    });
    connect(m_run, &RunController::stateChanged, this, [this](RunController::State s) {
        if (s == RunController::State::Stopped) {
            m_scene->clearLive();
            m_clockLabel->setText(tr("stopped"));
        }
    });
    connect(m_run, &RunController::errorOccurred, this,
            [this](const QString& m) { showError(tr("Cannot run"), m); });
    m_clockLabel->setText(tr("stopped"));
    m_zoomLabel->setText(tr("Zoom 100%"));
    resize(1500, 940);
    updateTitle();
    statusBar()->showMessage(
        tr("Drag components from the palette; drag from a component's dot to connect; "
           "press Space to run."));
}

MainWindow::~MainWindow()
{
    // Stop the worker thread, then delete the views before what they observe: panels,
    // scene, run controller, undo stack, document.
    m_run->reset();
    Extensions::setPresenterMode(this, false); // give the borrowed canvas back first
    disconnect(m_scene, nullptr, this, nullptr);
    disconnect(m_run, nullptr, this, nullptr);
    // ~QUndoStack emits cleanChanged(), whose slot (updateTitle) reads m_autosave, deleted
    // before the stack: found by the UI tests under AddressSanitizer.
    disconnect(m_stack, nullptr, this, nullptr);
    for (QDockWidget* d : findChildren<QDockWidget*>())
        delete d;
    delete m_runBar; // and its workload toolbar
    m_runBar = m_loadBar = nullptr;
    delete takeCentralWidget();
    delete m_scene;
    delete m_autosave;
    delete m_run;
    delete m_stack;
    delete m_doc;
}

void MainWindow::createCentral()
{
    m_view = new DiagramView(m_scene, this);
    m_view->setObjectName(QStringLiteral("canvas"));
    setCentralWidget(m_view);
    connect(m_view, &DiagramView::spaceTapped, this, &MainWindow::togglePlay);
    connect(m_view, &DiagramView::componentActivated, this, [this] {
        if (QDockWidget* d = dock(QStringLiteral("inspectorDock"))) {
            d->show();
            d->raise();
        }
        focusInto(m_inspector);
    });
    connect(m_scene, &DiagramScene::componentContextMenuRequested, this,
            &MainWindow::showComponentMenu);
    connect(m_scene, &DiagramScene::connectionContextMenuRequested, this,
            &MainWindow::showConnectionMenu);
    connect(m_scene, &DiagramScene::backgroundContextMenuRequested, this,
            &MainWindow::showBackgroundMenu);
}

void MainWindow::createDocks()
{
    auto makeDock = [this](const QString& name, const QString& title, QWidget* w,
                           Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        d->setAccessibleName(title);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                       QDockWidget::DockWidgetClosable);
        addDockWidget(area, d);
        return d;
    };
    m_palette = new PalettePanel(this);
    makeDock(QStringLiteral("paletteDock"), tr("Components"), m_palette, Qt::LeftDockWidgetArea);
    connect(m_palette, &PalettePanel::kindActivated, this, [this](const QString& kind) {
        const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
        m_scene->addComponentAt(kind, centre);
        m_view->setFocus();
    });

    m_inspector = new InspectorPanel(m_doc, m_stack, this);
    // Its minimum width is what its widest page needs (InspectorPanel::minimumSizeHint).
    makeDock(QStringLiteral("inspectorDock"), tr("Inspector"), m_inspector,
             Qt::RightDockWidgetArea);

    m_charts = new ChartsPanel(m_run, this);
    m_charts->setMinimumHeight(200);
    makeDock(QStringLiteral("chartsDock"), tr("Charts"), m_charts, Qt::BottomDockWidgetArea);

    m_undoView = new QUndoView(m_stack, this);
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    QDockWidget* undoDock =
        makeDock(QStringLiteral("historyDock"), tr("History"), m_undoView, Qt::RightDockWidgetArea);
    undoDock->hide();
}

void MainWindow::createExtensionDocks()
{
    Extensions::addDocks(this);
}

QDockWidget* MainWindow::dock(const QString& objectName) const
{
    return findChild<QDockWidget*>(objectName);
}

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

void MainWindow::sizeDocks()
{
    // The canvas is the lesson's visual model: it keeps at least half the width. The
    // inspector takes about a quarter (300-420 px), the charts about a third of the height.
    if (QDockWidget* charts = dock(QStringLiteral("chartsDock")))
        resizeDocks({charts}, {std::clamp(height() * 35 / 100, 230, 420)}, Qt::Vertical);
    if (QDockWidget* insp = dock(QStringLiteral("inspectorDock")))
        resizeDocks({insp}, {std::clamp(width() * 26 / 100, 300, 420)}, Qt::Horizontal);
}

void MainWindow::showEvent(QShowEvent* e)
{
    QMainWindow::showEvent(e);
    if (!m_docksSized) { // sized for the window's real size, once, not on every restore
        m_docksSized = true;
        // After the layout has settled at the real size: resizeDocks() during the show
        // event is overruled by the first layout pass.
        QMetaObject::invokeMethod(this, [this] { sizeDocks(); }, Qt::QueuedConnection);
    }
}

void MainWindow::resizeEvent(QResizeEvent* e)
{
    QMainWindow::resizeEvent(e);
    fitToolbars();
}

bool MainWindow::isModified() const
{
    return !m_stack->isClean() || (m_autosave && m_autosave->forcedDirty());
}

void MainWindow::onSelectionChanged()
{
    const QStringList ids = m_scene->selectedComponentIds();
    m_inspector->showComponent(ids.size() == 1 ? ids.first() : QString());
    if (ids.size() == 1 && m_charts)
        m_charts->showComponent(ids.first());
}

void MainWindow::focusPanel(int step)
{
    std::vector<QWidget*> panels;
    auto addDock = [&panels](QDockWidget* d) {
        if (d && d->widget() && d->isVisible() && d->widget()->isVisible() &&
            std::find(panels.begin(), panels.end(), d->widget()) == panels.end())
            panels.push_back(d->widget());
    };
    addDock(dock(QStringLiteral("paletteDock")));
    panels.push_back(m_view);
    for (QDockWidget* d : findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly))
        addDock(d);
    const QWidget* focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < static_cast<int>(panels.size()); ++i)
        if (focus && (panels[static_cast<std::size_t>(i)] == focus ||
                      panels[static_cast<std::size_t>(i)]->isAncestorOf(focus)))
            current = i;
    const int n = static_cast<int>(panels.size());
    const int next = current < 0 ? (step > 0 ? 0 : n - 1) : ((current + step) % n + n) % n;
    QWidget* target = panels[static_cast<std::size_t>(next)];
    focusInto(target);
    if (auto* d = qobject_cast<QDockWidget*>(target->parentWidget()))
        statusBar()->showMessage(d->windowTitle(), 4000);
    else
        statusBar()->showMessage(target->accessibleName(), 4000);
}

void MainWindow::focusInto(QWidget* panel)
{
    if (!panel)
        return;
    if (panel->focusPolicy() & Qt::TabFocus) {
        panel->setFocus(Qt::TabFocusReason);
        return;
    }
    for (QWidget* w = panel->nextInFocusChain(); w && w != panel; w = w->nextInFocusChain()) {
        if (panel->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    panel->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateTitle()
{
    QString name = m_doc->filePath().isEmpty() ? QString::fromStdString(m_doc->scenario().name)
                                               : QFileInfo(m_doc->filePath()).fileName();
    if (name.isEmpty())
        name = tr("Untitled");
    setWindowTitle(QStringLiteral("%1[*] — ScaleLab").arg(name));
    setWindowModified(isModified());
}

void MainWindow::showError(const QString& title, const QString& text)
{
    m_lastError = text;
    statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0), 15000);
    if (m_interactive)
        QMessageBox::warning(this, title, text);
}

void MainWindow::togglePlay()
{
    if (m_run->state() == RunController::State::Running)
        m_run->pause();
    else
        m_run->play();
}

void MainWindow::setPresenterMode(bool on)
{
    if (on == m_presenter)
        return;
    m_presenter = on;
    if (QAction* a = action(QStringLiteral("actionPresenter")))
        a->setChecked(on);
    Extensions::setPresenterMode(this, on);
    Q_EMIT presenterModeChanged(on);
}

} // namespace scalelab::ui
