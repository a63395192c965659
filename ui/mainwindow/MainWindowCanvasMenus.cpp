// SPDX-License-Identifier: GPL-3.0-or-later
// Context menus of the canvas: failures and load changes, chart per component.
#include "MainWindow.h"

#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "charts/ChartsPanel.h"
#include "commands/Commands.h"
#include "i18n/Language.h"
#include "model/Document.h"
#include "Resources.h"
#include "run/RunController.h"

#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>

namespace scalelab::ui {

namespace {
core::TimelineEvent makeEvent(const std::string& type, const QString& target, double durationS = 0,
                              double factor = 1, const QString& target2 = {})
{
    core::TimelineEvent e;
    e.type = type;
    e.target = target.toStdString();
    e.target2 = target2.toStdString();
    e.durationS = durationS;
    e.factor = factor;
    return e;
}

QIcon icon(const char* name)
{
    const QString p = iconPath(QLatin1String(name));
    return p.isEmpty() ? QIcon() : QIcon(p);
}
} // namespace

QString MainWindow::injectSuffix() const
{
    return m_run->state() == RunController::State::Stopped ? tr(" (added to the timeline at 0 s)")
                                                           : tr(" (now)");
}

void MainWindow::injectEvent(const core::TimelineEvent& e)
{
    if (m_run->state() == RunController::State::Stopped) {
        core::TimelineEvent at0 = e;
        at0.atS = 0;
        m_stack->push(makeAddTimelineEventCommand(m_doc, at0));
        statusBar()->showMessage(tr("Added \"%1\" to the timeline at 0 s; press Play to see it.")
                                     .arg(QString::fromStdString(e.type)),
                                 8000);
        return;
    }
    m_run->inject(e);
    statusBar()->showMessage(tr("Injected \"%1\".").arg(QString::fromStdString(e.type)), 5000);
}

void MainWindow::showComponentMenu(const QString& id, const QPoint& screenPos)
{
    const core::Component* c = m_doc->component(id);
    if (!c)
        return;
    const QString sfx = injectSuffix();
    QMenu menu(this);
    menu.setAccessibleName(tr("Component actions"));
    QAction* chart = menu.addAction(icon("chart"), tr("Show Chart for This Component"));
    connect(chart, &QAction::triggered, this, [this, id] {
        if (m_charts) {
            m_charts->showComponent(id);
            if (QDockWidget* d = dock(QStringLiteral("chartsDock"))) {
                d->show();
                d->raise();
            }
        }
    });
    menu.addSeparator();
    const std::string& kind = c->kind;
    if (kind == "datacenter") {
        menu.addAction(icon("dc_outage"), tr("Take Data Center Down for 60 s") + sfx, this,
                       [this, id] { injectEvent(makeEvent("dc_outage", id, 60)); });
        menu.addAction(icon("recover"), tr("Bring Data Center Back") + sfx, this,
                       [this, id] { injectEvent(makeEvent("recover", id)); });
        QMenu* part = menu.addMenu(icon("partition"), tr("Partition From"));
        for (const auto& other : m_doc->scenario().components) {
            if (other.kind != "datacenter" || other.id == c->id)
                continue;
            const QString otherId = QString::fromStdString(other.id);
            part->addAction(
                QString::fromStdString(other.name) + tr(" for 30 s") + sfx, this,
                [this, id, otherId] { injectEvent(makeEvent("partition", id, 30, 1, otherId)); });
        }
        part->setEnabled(!part->isEmpty());
    } else if (kind != "users") {
        menu.addAction(icon("crash"), tr("Crash") + sfx, this,
                       [this, id] { injectEvent(makeEvent("crash", id)); });
        menu.addAction(icon("recover"), tr("Recover") + sfx, this,
                       [this, id] { injectEvent(makeEvent("recover", id)); });
        menu.addAction(icon("slow"), tr("Slow Down ×5 for 30 s") + sfx, this,
                       [this, id] { injectEvent(makeEvent("slow", id, 30, 5)); });
        if (kind == "cache" || kind == "cdn")
            menu.addAction(icon("flush"), tr("Flush Cache") + sfx, this,
                           [this, id] { injectEvent(makeEvent("cache_flush", id)); });
        if (kind == "database") {
            if (c->choice("role") == "primary")
                menu.addAction(icon("master_loss"), tr("Master Loss (failover)") + sfx, this,
                               [this, id] { injectEvent(makeEvent("master_loss", id)); });
            else
                menu.addAction(tr("Replica Loss") + sfx, this,
                               [this, id] { injectEvent(makeEvent("replica_loss", id)); });
        }
    }
    menu.addSeparator();
    menu.addAction(action(QStringLiteral("actionCopy")));
    menu.addAction(action(QStringLiteral("actionDelete")));
    menu.exec(screenPos);
}

void MainWindow::showConnectionMenu(const QString& from, const QString& to, const QPoint& screenPos)
{
    QMenu menu(this);
    const QString sfx = injectSuffix();
    menu.addAction(tr("Add 100 ms Latency for 30 s") + sfx, this, [this, from, to] {
        core::TimelineEvent e = makeEvent("link_latency", from, 30, 1, to);
        e.value = 100;
        injectEvent(e);
    });
    menu.addSeparator();
    menu.addAction(tr("Delete Connection"), this, [this, from, to] {
        m_stack->push(makeDeleteCommand(m_doc, {}, {{from, to}}));
    });
    menu.exec(screenPos);
}

void MainWindow::showBackgroundMenu(const QPointF& scenePos, const QPoint& screenPos)
{
    QMenu menu(this);
    const QString sfx = injectSuffix();
    menu.addAction(icon("spike"), tr("Traffic Spike ×5 for 30 s") + sfx, this, [this] {
        core::TimelineEvent e = makeEvent("spike", {}, 30, 5);
        e.label = "spike x5";
        injectEvent(e);
    });
    menu.addAction(tr("Daily Cycle (±50%, 2-minute day)") + sfx, this, [this] {
        core::TimelineEvent e = makeEvent("daily_cycle", {}, 120);
        e.value = 0.5;
        injectEvent(e);
    });
    QMenu* add = menu.addMenu(tr("Add Component"));
    for (const auto& k : core::componentKinds()) {
        const QString kind = QString::fromStdString(k.id);
        const QString ip = iconPath(kind);
        add->addAction(ip.isEmpty() ? QIcon() : QIcon(ip), trKindName(k),
                       this, [this, kind, scenePos] { m_scene->addComponentAt(kind, scenePos); });
    }
    menu.addAction(action(QStringLiteral("actionPaste")));
    menu.addSeparator();
    menu.addAction(action(QStringLiteral("actionAutoLayout")));
    menu.addAction(action(QStringLiteral("actionZoomFit")));
    menu.exec(screenPos);
}

} // namespace scalelab::ui
