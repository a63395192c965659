// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/Extensions.h"

#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "charts/ChartsPanel.h"
#include "MainWindow.h"
#include "model/Document.h"
#include "panels/PalettePanel.h"
#include "run/RunController.h"

#include <QApplication>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

#if __has_include("panels/RunToolbar.h")
#include "panels/RunToolbar.h"
#define SCALELAB_HAVE_RUN_TOOLBAR 1
#endif
#if __has_include("panels/LessonPanel.h") && __has_include("presenter/PresenterController.h")
#include "panels/LessonPanel.h"
#include "presenter/PresenterController.h"
#define SCALELAB_HAVE_LESSONS 1
#endif
#if __has_include("export/ExportMenu.h")
#include "export/ExportMenu.h"
#define SCALELAB_HAVE_EXPORT 1
#endif
#if __has_include("panels/TimelinePanel.h")
#include "panels/TimelinePanel.h"
#define SCALELAB_HAVE_TIMELINE 1
#endif

namespace scalelab::ui::Extensions {

QToolBar* createRunToolbar(MainWindow* w)
{
#ifdef SCALELAB_HAVE_RUN_TOOLBAR
    return new RunToolbar(w->runController(), w->document(), w);
#else
    Q_UNUSED(w);
    return nullptr;
#endif
}

void addDocks(MainWindow* w)
{
    auto* dock = new QDockWidget(QObject::tr("Timeline"), w);
    dock->setObjectName(QStringLiteral("timelineDock"));
#ifdef SCALELAB_HAVE_TIMELINE
    dock->setWidget(new TimelinePanel(w->document(), w->undoStack(), w->runController(), dock));
#else
    // Fallback: an event log of what the simulation reports.
    auto* log = new QListWidget(dock);
    log->setAccessibleName(QObject::tr("Event log"));
    QObject::connect(w->runController(), &RunController::simEvent, log,
                     [log](const core::SimEvent& e) {
                         log->addItem(QStringLiteral("%1 s  %2")
                                          .arg(core::simTimeToSeconds(e.time), 0, 'f', 1)
                                          .arg(QString::fromStdString(e.text)));
                         log->scrollToBottom();
                     });
    QObject::connect(w->runController(), &RunController::cleared, log, &QListWidget::clear);
    dock->setWidget(log);
#endif
    w->addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (QDockWidget* charts = w->dock(QStringLiteral("chartsDock")))
        w->tabifyDockWidget(charts, dock);
    if (QDockWidget* charts = w->dock(QStringLiteral("chartsDock")))
        charts->raise();
#ifdef SCALELAB_HAVE_LESSONS
    auto* lessons = new QDockWidget(QObject::tr("Lessons"), w);
    lessons->setObjectName(QStringLiteral("lessonDock"));
    auto* panel = new LessonPanel(w->document(), w->undoStack(), lessons);
    panel->setObjectName(QStringLiteral("lessonPanel"));
    lessons->setWidget(panel);
    w->addDockWidget(Qt::RightDockWidgetArea, lessons);
    // A step replaces the design: say so, instead of the name of the file opened before.
    QObject::connect(panel, &LessonPanel::stepChanged, w, [w, panel](int, int step) {
        if (const core::Lesson* l = panel->lesson())
            w->statusBar()->showMessage(QObject::tr("Lesson \"%1\", step %2 of %3")
                                            .arg(QString::fromStdString(l->title))
                                            .arg(step + 1)
                                            .arg(l->steps.size()));
    });
    if (QDockWidget* insp = w->dock(QStringLiteral("inspectorDock")))
        w->tabifyDockWidget(insp, lessons);
    if (QDockWidget* insp = w->dock(QStringLiteral("inspectorDock")))
        insp->raise();
    // Cueing: a step points at a palette item.
    QObject::connect(panel, &LessonPanel::highlightRequested, w->palettePanel(),
                     &PalettePanel::highlightKind);
    auto* presenter =
        new PresenterController(w->view(), w->chartsPanel(), panel, w->runController(), w);
    presenter->setObjectName(QStringLiteral("presenter"));
    presenter->setDocument(w->document());
    QObject::connect(presenter, &PresenterController::left, w, [w] { w->setPresenterMode(false); });
#endif
}

#ifdef SCALELAB_HAVE_LESSONS
namespace {
LessonPanel* lessonPanel(MainWindow* w)
{
    return w->findChild<LessonPanel*>(QStringLiteral("lessonPanel"));
}
void showLessons(MainWindow* w)
{
    if (QDockWidget* d = w->dock(QStringLiteral("lessonDock"))) {
        d->show();
        d->raise();
    }
}
} // namespace
#endif

void fillLessonsMenu(MainWindow* w, QMenu* menu)
{
#ifdef SCALELAB_HAVE_LESSONS
    LessonPanel* panel = lessonPanel(w);
    if (!panel)
        return;
    QAction* show = menu->addAction(QObject::tr("Show &Lessons"));
    show->setObjectName(QStringLiteral("actionLessons"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QObject::connect(show, &QAction::triggered, w, [w] { showLessons(w); });
    menu->addSeparator();
    auto add = [&](const QString& text, const QKeySequence& key, void (LessonPanel::*slot)()) {
        QAction* a = menu->addAction(text);
        if (!key.isEmpty())
            a->setShortcut(key);
        QObject::connect(a, &QAction::triggered, panel, [w, panel, slot] {
            showLessons(w);
            (panel->*slot)();
        });
    };
    add(QObject::tr("&Check My Design"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        &LessonPanel::check);
    add(QObject::tr("&Hint"), QKeySequence(Qt::CTRL | Qt::Key_H), &LessonPanel::showHint);
    add(QObject::tr("Show &Me"), {}, &LessonPanel::showMe);
    menu->addSeparator();
    add(QObject::tr("&Next Step"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
        &LessonPanel::nextStep);
    add(QObject::tr("&Previous Step"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
        &LessonPanel::previousStep);
    add(QObject::tr("&Reset Step"), {}, &LessonPanel::resetStep);
    add(QObject::tr("Restart &Lesson"), {}, &LessonPanel::restartLesson);
#else
    Q_UNUSED(w);
    QAction* none = menu->addAction(QObject::tr("(lessons are not available in this build)"));
    none->setEnabled(false);
#endif
}

void fillExportMenu(MainWindow* w, QMenu* menu)
{
#ifdef SCALELAB_HAVE_EXPORT
    ui::fillExportMenu(menu, w->scene(), w->runController(), w);
#else
    Q_UNUSED(w);
    Q_UNUSED(menu);
#endif
}

void setPresenterMode(MainWindow* w, bool on)
{
#ifdef SCALELAB_HAVE_LESSONS
    if (auto* presenter = w->findChild<PresenterController*>(QStringLiteral("presenter"))) {
        if (on && !presenter->isActive())
            presenter->enter(QGuiApplication::platformName() != QLatin1String("offscreen"));
        else if (!on && presenter->isActive())
            presenter->leave();
        return;
    }
#endif
    static QFont normalFont;
    static QByteArray normalState;
    if (on) {
        normalFont = w->font();
        normalState = w->saveState();
        QFont big = normalFont;
        big.setPointSizeF(normalFont.pointSizeF() * 1.5);
        w->setFont(big);
        w->view()->diagram()->setFont(big);
        for (const char* name : {"paletteDock", "inspectorDock", "historyDock"})
            if (QDockWidget* d = w->dock(QLatin1String(name)))
                d->hide();
        w->view()->zoomToFit();
    } else {
        w->setFont(normalFont);
        w->view()->diagram()->setFont(normalFont);
        w->restoreState(normalState);
        w->view()->zoomToFit();
    }
}

QString teacherNotes(MainWindow* w)
{
#ifdef SCALELAB_HAVE_LESSONS
    if (LessonPanel* panel = lessonPanel(w)) {
        showLessons(w);
        panel->setTeacherNotesVisible(true);
        return QStringLiteral("shown");
    }
#endif
    Q_UNUSED(w);
    return {};
}

} // namespace scalelab::ui::Extensions
