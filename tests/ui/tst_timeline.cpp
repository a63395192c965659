// SPDX-License-Identifier: GPL-3.0-or-later
// TimelinePanel: add, edit and remove scheduled events through undoable commands,
// with validation; the live event log shows the run's events.
#include "commands/TimelineCommands.h"
#include "model/Document.h"
#include "panels/EventLog.h"
#include "panels/RunToolbar.h"
#include "panels/TimelineModel.h"
#include "panels/TimelinePanel.h"
#include "run/RunController.h"
#include "ScenarioFixtures.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>
#include <QUndoStack>

using namespace scalelab;
using ui::TimelineModel;

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addEditRemoveUndoRedo();
    void invalidEditsAreRefused();
    void eventLogShowsTheRun();
    void toolbarClockAndShortcuts();
};

void TestTimeline::addEditRemoveUndoRedo()
{
    ui::Document doc;
    core::Scenario sc = testing::primaryReplicaScenario();
    doc.resetScenario(sc);
    QUndoStack stack;
    ui::TimelinePanel panel(&doc, &stack, nullptr);
    TimelineModel* m = panel.model();
    QCOMPARE(m->rowCount(), 1); // the master loss at 10 s

    panel.addEvent(); // spike x3 for 30 s at 10 s after the last event
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(doc.scenario().timeline[1].type, std::string("spike"));
    QCOMPARE(doc.scenario().timeline[1].atS, 20.0);
    QCOMPARE(m->data(m->index(1, TimelineModel::Amount), Qt::DisplayRole).toString(),
             QStringLiteral("x3"));

    // Edit the time to before the loss: the table re-sorts by time.
    QVERIFY(m->setData(m->index(1, TimelineModel::Time), 5.0, Qt::EditRole));
    QCOMPARE(doc.scenario().timeline[0].type, std::string("spike"));
    QCOMPARE(doc.scenario().timeline[0].atS, 5.0);
    QVERIFY(m->setData(m->index(0, TimelineModel::Amount), 2.5, Qt::EditRole));
    QCOMPARE(doc.scenario().timeline[0].factor, 2.5);
    QCOMPARE(stack.count(), 3);

    stack.undo(); // factor back to 3
    QCOMPARE(doc.scenario().timeline[0].factor, 3.0);
    stack.undo(); // time back to 20 s, order restored
    QCOMPARE(doc.scenario().timeline[1].atS, 20.0);
    stack.undo(); // the added event disappears
    QCOMPARE(doc.scenario().timeline, sc.timeline);
    stack.redo();
    stack.redo();
    stack.redo();
    QCOMPARE(doc.scenario().timeline[0].factor, 2.5);

    panel.table()->selectRow(1);
    panel.removeSelected();
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(doc.scenario().timeline[0].type, std::string("spike"));
    stack.undo();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(doc.scenario().timeline[1].type, std::string("master_loss"));
}

void TestTimeline::invalidEditsAreRefused()
{
    ui::Document doc;
    doc.resetScenario(testing::primaryReplicaScenario());
    QUndoStack stack;
    TimelineModel m(&doc, &stack);
    QSignalSpy refused(&m, &TimelineModel::editRefused);
    // master_loss aimed at the web server: not a primary database.
    QVERIFY(!m.setData(m.index(0, TimelineModel::Target), QStringLiteral("web"), Qt::EditRole));
    QVERIFY(m.lastError().contains(QLatin1String("primary database")));
    QVERIFY(!m.setData(m.index(0, TimelineModel::Target), QStringLiteral("ghost"), Qt::EditRole));
    QVERIFY(m.lastError().contains(QLatin1String("ghost")));
    QVERIFY(!m.setData(m.index(0, TimelineModel::Time), -1.0, Qt::EditRole));
    QCOMPARE(refused.size(), 3);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(doc.scenario().timeline[0].target, std::string("db"));

    core::TimelineEvent e;
    e.type = "spike";
    e.factor = 0;
    QVERIFY(ui::validateTimelineEvent(doc.scenario(), e).contains(QLatin1String("factor")));
    e.type = "explode";
    QVERIFY(ui::validateTimelineEvent(doc.scenario(), e).contains(QLatin1String("explode")));
    // Whatever the scenario loader refuses, the editor refuses too (a saved file must load).
    e.type = "cache_failure";
    e.target = "web";
    QVERIFY(ui::validateTimelineEvent(doc.scenario(), e).contains(QLatin1String("cache")));
    e.target = "db";
    e.type = "remove_server";
    QVERIFY(ui::validateTimelineEvent(doc.scenario(), e).contains(QLatin1String("web server")));
}

void TestTimeline::eventLogShowsTheRun()
{
    ui::Document doc;
    doc.resetScenario(testing::primaryReplicaScenario(30));
    QUndoStack stack;
    ui::RunController rc(&doc);
    ui::TimelinePanel panel(&doc, &stack, &rc);
    rc.setSpeed(0);
    rc.play();
    QVERIFY(
        QTest::qWaitFor([&] { return rc.state() == ui::RunController::State::Finished; }, 30000));
    ui::EventLog* log = panel.eventLog();
    // master loss, writes lost, failover detected, promoted (see tst_charts).
    QCOMPARE(log->rowCount(), int(rc.events().size()));
    QVERIFY(log->rowCount() >= 3);
    QVERIFY2(log->rowText(log->rowCount() - 1).startsWith(QLatin1String("25.00 s\tpromoted")),
             qPrintable(log->rowText(log->rowCount() - 1)));
    rc.reset();
    QCOMPARE(log->rowCount(), 0);
}

void TestTimeline::toolbarClockAndShortcuts()
{
    QCOMPARE(ui::RunToolbar::clockText(0), QStringLiteral("00:00:00.0"));
    QCOMPARE(ui::RunToolbar::clockText(3725.46), QStringLiteral("01:02:05.4"));
    ui::Document doc;
    doc.resetScenario(testing::primaryReplicaScenario(30));
    ui::RunController rc(&doc);
    ui::RunToolbar bar(&rc, &doc, nullptr);
    QCOMPARE(bar.playPauseAction()->shortcut(), QKeySequence(Qt::Key_Space));
    QCOMPARE(bar.stepAction()->shortcut(), QKeySequence(Qt::Key_Period));
    QCOMPARE(bar.resetAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    bar.stepAction()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return rc.history().size() == 1; }, 5000));
    QTest::qWait(60);
    QCOMPARE(bar.clockLabel()->text(), QStringLiteral("00:00:01.0"));
    bar.resetAction()->trigger();
    QCOMPARE(bar.clockLabel()->text(), QStringLiteral("00:00:00.0"));
    QCOMPARE(rc.state(), ui::RunController::State::Stopped);
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
