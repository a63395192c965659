// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/Extensions.h"

#include "MainWindow.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "model/Document.h"
#include "run/RunController.h"

#include <QApplication>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QToolBar>
#include <QUndoStack>

#if __has_include("panels/RunToolbar.h")
#include "panels/RunToolbar.h"
#define SCALELAB_HAVE_RUN_TOOLBAR 1
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
    QObject::connect(w->runController(), &RunController::simEvent, log, [log](const core::SimEvent& e) {
        log->addItem(QStringLiteral("%1 s  %2").arg(core::simTimeToSeconds(e.time), 0, 'f', 1)
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
}

void fillLessonsMenu(MainWindow* w, QMenu* menu)
{
    Q_UNUSED(w);
    QAction* none = menu->addAction(QObject::tr("(lessons are not available in this build)"));
    none->setEnabled(false);
}

void fillExportMenu(MainWindow* w, QMenu* menu)
{
    Q_UNUSED(w);
    Q_UNUSED(menu);
}

void setPresenterMode(MainWindow* w, bool on)
{
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
    Q_UNUSED(w);
    return {};
}

} // namespace scalelab::ui::Extensions
