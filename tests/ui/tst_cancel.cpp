// SPDX-License-Identifier: GPL-3.0-or-later
// Long work is cancellable in the GUI: a lesson check of five minutes at 2*10^5 req/s (many
// minutes of CPU) is cancelled within 0.5 s by switching lesson or step, by "Stop check", by closing
// the window or destroying the panel; Check is usable at once in the lesson switched to;
// the GUI keeps ticking meanwhile; a cancelled check gives no verdict; an experiment over
// the resource budget (an hour at 10^7 req/s, a queue of 5*10^7 requests) is refused at
// once with the budget's message. Play refuses a scenario
// over the budget the same way. The headless export run takes a cancel flag too.
#include "MainWindow.h"
#include "export/RunData.h"
#include "io/ResourceBudget.h"
#include "io/ScenarioJson.h"
#include "model/Document.h"
#include "panels/LessonPanel.h"
#include "panels/SweepDialog.h"
#include "run/RunController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <thread>

using namespace scalelab;
using namespace scalelab::ui;

namespace {

/// The bound for cancelling a running check.
constexpr int kCancelBoundMs = 500;
/// Long but within the headless work budget at five minutes (an hour at 10^7 req/s is
/// refused by it).
constexpr double kLongRate = 2e5;

core::Scenario singleServer()
{
    auto r = core::loadScenarioFile(std::string(SCALELAB_SOURCE_DIR) +
                                    "/examples/01-single-server.json");
    if (!r.scenario)
        qFatal("cannot load example 01");
    core::Scenario s = *r.scenario;
    // No network delay: the queue bounds the requests in flight, so five minutes at
    // kLongRate fits the memory budget and only cancelling ends it soon.
    s.network.accessMs = 0;
    s.network.crossRegionMs = 0;
    s.network.intraDcMs = 0;
    s.timeline.clear();
    return s;
}

core::LessonCheck p95Under(double ms)
{
    core::LessonCheck c;
    c.type = "metric";
    c.metric = "p95_ms";
    c.op = core::CompareOp::Less;
    c.value = ms;
    return c;
}

/// A step whose experiment runs five minutes at kLongRate (hundreds of millions of events).
core::LessonStep longStep(const std::string& id)
{
    core::LessonStep st;
    st.id = id;
    st.title = "Long experiment " + id;
    st.text = "Five minutes at 200,000 requests a second.";
    st.start = singleServer();
    st.checks.push_back(p95Under(1000));
    core::Experiment e;
    e.durationS = 300;
    e.warmupS = 5;
    e.rateRps = kLongRate;
    st.experiment = e;
    return st;
}

/// A step checked in milliseconds (5 s at 100 req/s).
core::LessonStep quickStep(const std::string& id)
{
    core::LessonStep st = longStep(id);
    st.title = "Quick experiment " + id;
    st.experiment->durationS = 5;
    st.experiment->warmupS = 1;
    st.experiment->rateRps = 100;
    return st;
}

core::Lesson lesson(const std::string& id, std::vector<core::LessonStep> steps)
{
    core::Lesson l;
    l.id = id;
    l.title = "Lesson " + id;
    l.summary = "A test lesson.";
    l.steps = std::move(steps);
    return l;
}

std::vector<core::Lesson> testLessons()
{
    return {lesson("a", {longStep("a1"), longStep("a2")}),
            lesson("b", {longStep("b1"), quickStep("b2")})};
}

QPushButton* checkButton(LessonPanel& panel)
{
    for (QPushButton* b : panel.findChildren<QPushButton*>())
        if (b->text() == LessonPanel::tr("&Check") || b->text() == LessonPanel::tr("Stop &check"))
            return b;
    return nullptr;
}

/// Starts a long check and lets it run for a while (it must still be running).
void startLongCheck(LessonPanel& panel, int runMs = 200)
{
    panel.check();
    QVERIFY(panel.isChecking());
    QTest::qWait(runMs);
    QVERIFY2(panel.isChecking(), panel.lastEvaluation().error.c_str()); // minutes of CPU
}

} // namespace

class TestCancel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ScaleLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cancel"));
        QSettings().clear();
    }

    /// Switching lesson cancels the check (the worker ends within 0.5 s: the core polls
    /// the flag every few thousand events), Check is usable at once in the new lesson
    /// and the GUI thread keeps ticking all along.
    void switchingLessonCancels()
    {
        Document doc;
        QUndoStack stack;
        LessonPanel panel(&doc, &stack);
        panel.setLessons(testLessons());
        QSignalSpy finished(&panel, &LessonPanel::checkFinished);
        QSignalSpy cancelled(&panel, &LessonPanel::checkCancelled);
        QPushButton* check = checkButton(panel);
        QVERIFY(check);
        panel.openLesson(0);

        QElapsedTimer sinceTick;
        qint64 maxGapMs = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, &panel, [&] { maxGapMs = std::max(maxGapMs, sinceTick.restart()); });
        sinceTick.start();
        timer.start();
        startLongCheck(panel, 300);
        QVERIFY(check->isEnabled()); // "Stop check"
        QCOMPARE(check->text(), LessonPanel::tr("Stop &check"));

        QElapsedTimer clock;
        clock.start();
        panel.openLesson(1);
        QVERIFY(!panel.isChecking());
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(panel.lastEvaluation().results.empty()); // no verdict
        QVERIFY(check->isEnabled());
        QCOMPARE(check->text(), LessonPanel::tr("&Check"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.runningWorkers() == 0, kCancelBoundMs);
        qInfo("the cancelled worker ended %lld ms after the switch; longest GUI gap %lld ms",
              clock.elapsed(), maxGapMs);
        QVERIFY(clock.elapsed() < kCancelBoundMs);
        QVERIFY(maxGapMs < 100);
        timer.stop();
        QCOMPARE(finished.count(), 0); // never a verdict

        // Lesson B: its own check runs (and is cancelled by a step change).
        startLongCheck(panel);
        clock.restart();
        panel.nextStep();
        QCOMPARE(panel.currentStep(), 1);
        QVERIFY(!panel.isChecking());
        QCOMPARE(cancelled.count(), 2);
        QVERIFY(check->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(panel.runningWorkers() == 0, kCancelBoundMs);
        qInfo("step change: worker ended after %lld ms", clock.elapsed());

        // The quick step gets a verdict: nothing is left disabled or pending.
        panel.check();
        QVERIFY(finished.wait(30000));
        QVERIFY(!panel.isChecking());
        QVERIFY(check->isEnabled());
        QCOMPARE(panel.lastEvaluation().results.size(), std::size_t{1});
        QVERIFY(panel.lastEvaluation().ranExperiment);
        QCOMPARE(finished.count(), 1);
    }

    /// Switching back and forth quickly leaves no worker behind and Check enabled in each.
    void switchingRepeatedly()
    {
        Document doc;
        QUndoStack stack;
        LessonPanel panel(&doc, &stack);
        panel.setLessons(testLessons());
        QPushButton* check = checkButton(panel);
        for (int i = 0; i < 6; ++i) {
            panel.openLesson(i % 2);
            QVERIFY(check->isEnabled());
            panel.check();
            QVERIFY(panel.isChecking());
            QTest::qWait(20);
        }
        panel.openLesson(0);
        QVERIFY(check->isEnabled());
        QVERIFY(!panel.isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(panel.runningWorkers() == 0, kCancelBoundMs);
    }

    void stopButtonCancels()
    {
        Document doc;
        QUndoStack stack;
        LessonPanel panel(&doc, &stack);
        panel.setLessons(testLessons());
        panel.openLesson(0);
        QSignalSpy cancelled(&panel, &LessonPanel::checkCancelled);
        QPushButton* check = checkButton(panel);
        startLongCheck(panel);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(!panel.isChecking());
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(panel.lastEvaluation().cancelled);
        QCOMPARE(check->text(), LessonPanel::tr("&Check"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.runningWorkers() == 0, kCancelBoundMs);
        qInfo("stop: worker ended after %lld ms", clock.elapsed());
        // Check again in the same step: a new check starts.
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(panel.isChecking());
        panel.cancelCheck();
        QVERIFY(!panel.isChecking());
    }

    void destroyingThePanelWhileChecking()
    {
        Document doc;
        QUndoStack stack;
        auto* panel = new LessonPanel(&doc, &stack);
        panel->setLessons(testLessons());
        panel->openLesson(0);
        startLongCheck(*panel);
        panel->cancelCheck(); // one winding down ...
        panel->check();       // ... and one running
        QTest::qWait(50);
        QCOMPARE(panel->runningWorkers() >= 1, true);
        QElapsedTimer clock;
        clock.start();
        delete panel; // cancels and joins both
        qInfo("destroying the panel took %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < kCancelBoundMs);
    }

    /// Closing the main window cancels the check (the window is not deleted here);
    /// deleting it afterwards is quick.
    void closingTheWindowCancels()
    {
        auto* w = new MainWindow;
        w->setInteractive(false);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        auto* panel = w->findChild<LessonPanel*>(QStringLiteral("lessonPanel"));
        if (!panel)
            QSKIP("this build has no lessons");
        panel->setLessons(testLessons());
        panel->openLesson(0);
        QSignalSpy cancelled(panel, &LessonPanel::checkCancelled);
        startLongCheck(*panel);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(w->close());
        QTRY_VERIFY_WITH_TIMEOUT(panel->runningWorkers() == 0, kCancelBoundMs);
        QCOMPARE(cancelled.count(), 1);
        qInfo("closing the window: worker ended after %lld ms", clock.elapsed());
        // And destroying a window while a check runs returns within the bound.
        panel->check();
        QVERIFY(panel->isChecking());
        QTest::qWait(100);
        clock.restart();
        delete w;
        qInfo("destroying the window took %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < kCancelBoundMs);
    }

    /// An experiment over the resource budget: refused with the budget's message, at
    /// once, not a bad_alloc 18 s later nor a check that never ends.
    void experimentOverBudgetRefused_data()
    {
        QTest::addColumn<double>("queueCapacity");
        QTest::addColumn<double>("durationS");
        QTest::newRow("memory") << 5e7 << 60.0;
        QTest::newRow("an hour at 1e7 req/s") << 500.0 << 3600.0;
    }
    void experimentOverBudgetRefused()
    {
        QFETCH(double, queueCapacity);
        QFETCH(double, durationS);
        Document doc;
        QUndoStack stack;
        LessonPanel panel(&doc, &stack);
        std::vector<core::Lesson> lessons = testLessons();
        core::LessonStep& st = lessons[0].steps[0];
        st.start->components[1].params["queue_capacity"] = queueCapacity;
        st.experiment->durationS = durationS;
        st.experiment->rateRps = 1e7;
        std::string expected;
        QVERIFY(!core::experimentScenario(*st.start, *st.experiment, &expected));
        panel.setLessons(std::move(lessons));
        panel.openLesson(0);
        QSignalSpy finished(&panel, &LessonPanel::checkFinished);
        QElapsedTimer clock;
        clock.start();
        panel.check();
        QVERIFY(finished.wait(5000));
        QVERIFY(clock.elapsed() < kCancelBoundMs * 4);
        QCOMPARE(finished.last().at(0).toBool(), false);
        const core::StepEvaluation& ev = panel.lastEvaluation();
        QVERIFY(!ev.ranExperiment);
        QCOMPARE(ev.error, expected); // the budget's own words
        QVERIFY(checkButton(panel)->isEnabled());
    }

    /// Play refuses a scenario over the budget with the budget's message.
    void playRefusesOverBudget()
    {
        Document doc;
        core::Scenario s = singleServer();
        s.workload.rateRps = 1e7;
        s.components[1].params["queue_capacity"] = 5e7;
        s.run.durationS = 60;
        doc.resetScenario(s);
        const auto refusal = core::checkResourceBudget(s, "");
        QVERIFY(!refusal.empty());
        RunController rc(&doc);
        QSignalSpy errors(&rc, &RunController::errorOccurred);
        rc.play();
        QCOMPARE(rc.state(), RunController::State::Stopped);
        QCOMPARE(errors.count(), 1);
        const QString msg = errors.first().at(0).toString();
        QVERIFY2(msg.contains(QString::fromStdString(refusal.front().message)) &&
                     msg.contains(QString::fromStdString(refusal.front().path)),
                 qPrintable(msg));
    }

    /// Resetting a run that is racing through a heavy scenario returns at once.
    void resetDuringAFastRunIsQuick()
    {
        Document doc;
        core::Scenario s = singleServer();
        s.workload.rateRps = kLongRate;
        s.run.durationS = 3600;
        doc.resetScenario(s);
        RunController rc(&doc);
        rc.setSpeed(0); // as fast as possible
        rc.play();
        QCOMPARE(rc.state(), RunController::State::Running);
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        rc.reset();
        qInfo("reset took %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < kCancelBoundMs);
    }

    /// The sweep dialog: Cancel and closing stop points of hundreds of millions of events within
    /// the bound (each point polls the flag every few thousand events).
    void sweepDialogCancelAndClose()
    {
        auto longSweep = [](SweepDialog& dlg) {
            dlg.setAxisIndex(1); // request rate
            dlg.setValuesText(QStringLiteral("100000, 150000, 200000"));
            dlg.setDurationS(300); // 6.75e8 events in all: within the headless budget
            dlg.setJobs(2);
        };
        SweepDialog dlg(singleServer());
        longSweep(dlg);
        dlg.show();
        QSignalSpy done(&dlg, &SweepDialog::sweepFinished);
        QVERIFY2(dlg.start(), qPrintable(dlg.statusText()));
        QTest::qWait(300);
        QVERIFY(dlg.isRunning());
        QElapsedTimer clock;
        clock.start();
        dlg.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.isRunning(), kCancelBoundMs);
        qInfo("sweep Cancel took %lld ms", clock.elapsed());
        QVERIFY(dlg.result().cancelled);

        QVERIFY(dlg.start());
        QTest::qWait(300);
        QVERIFY(dlg.isRunning());
        clock.restart();
        dlg.reject(); // Escape, the close button: cancels and joins before returning
        qInfo("closing the sweep dialog took %lld ms", clock.elapsed());
        QVERIFY(!dlg.isRunning());
        QVERIFY(clock.elapsed() < kCancelBoundMs);
    }

    void headlessRunCancels()
    {
        core::Scenario s = singleServer();
        s.workload.rateRps = kLongRate;
        s.run.durationS = 3600;
        std::atomic<bool> cancel{false};
        RunData d;
        QElapsedTimer clock;
        std::thread t([&] { d = runHeadless(s, 0, {}, 5000, &cancel); });
        QTest::qWait(200);
        clock.start();
        cancel.store(true);
        t.join();
        qInfo("headless run returned %lld ms after the flag", clock.elapsed());
        QVERIFY(clock.elapsed() < kCancelBoundMs);
        QVERIFY(d.cancelled);

        const RunData whole = runHeadless(singleServer(), 0, {}, 5000, &cancel); // set: at once
        QVERIFY(whole.cancelled);
        cancel.store(false);
        const RunData done = runHeadless(singleServer(), 0, {}, 5000, &cancel);
        QVERIFY(!done.cancelled);
        QCOMPARE(done.summary.generated, runHeadless(singleServer()).summary.generated);
    }
};

QTEST_MAIN(TestCancel)
#include "tst_cancel.moc"
