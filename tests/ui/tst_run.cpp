// SPDX-License-Identifier: GPL-3.0-or-later
// RunController: a run on the worker thread gives exactly the samples of a direct
// Simulation (determinism), honours pause/step/reset, applies live commands, and the
// history stays bounded.
#include "io/ScenarioJson.h"
#include "metrics/Recorder.h"
#include "model/Document.h"
#include "panels/RunToolbar.h"
#include "run/RunController.h"
#include "panels/InspectorWidgets.h"
#include "sim/Simulation.h"

#include <QSignalSpy>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QUndoStack>
#include <QtTest>

using namespace scalelab;
using scalelab::ui::RunController;

namespace {
core::Scenario loadExample(const char* name)
{
    auto r = core::loadScenarioFile(std::string(SCALELAB_SOURCE_DIR) + "/examples/" + name);
    if (!r.scenario)
        qFatal("cannot load example %s", name);
    return *r.scenario;
}

bool waitForState(RunController& rc, RunController::State s, int timeoutMs)
{
    return QTest::qWaitFor([&] { return rc.state() == s; }, timeoutMs);
}
} // namespace

class TestRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void maxSpeedMatchesDirectSimulation();
    void stepAdvancesOneSampleInterval();
    void pauseHoldsSimulatedTime();
    void liveSpikeRaisesOfferedLoad();
    void toolbarLoadGoesThroughTheDocument();
    void resetClearsHistory();
    void invalidScenarioReportsError();
    void historyStaysBounded();
};

void TestRun::maxSpeedMatchesDirectSimulation()
{
    ui::Document doc;
    core::Scenario sc = loadExample("02-web-and-database.json");
    sc.run.durationS = 30;
    doc.resetScenario(sc);
    RunController rc(&doc);
    rc.setSpeed(0); // as fast as possible, in batches
    QSignalSpy samples(&rc, &RunController::sampleAdded);
    QSignalSpy frames(&rc, &RunController::frame);
    rc.play();
    QVERIFY(waitForState(rc, RunController::State::Finished, 30000));

    core::Recorder direct(RunController::kHistoryPoints, true);
    core::Simulation sim(sc, &direct);
    sim.run();
    // Same scenario and seed: batching must not change a single number.
    QCOMPARE(rc.history().size(), direct.samples().size());
    QCOMPARE(samples.size(), 30);
    for (std::size_t i = 0; i < direct.samples().size(); ++i) {
        const auto& a = rc.history()[i];
        const auto& b = direct.samples()[i];
        QCOMPARE(a.tS, b.tS);
        QCOMPARE(a.throughputRps, b.throughputRps);
        QCOMPARE(a.p99Ms, b.p99Ms);
        QCOMPARE(a.components.size(), b.components.size());
    }
    QVERIFY(frames.size() >= 1);
    QCOMPARE(rc.simTime(), core::secondsToSimTime(30));
    // The frame's badges carry units.
    const auto& f = rc.lastFrame();
    QCOMPARE(f.components.size(), sc.components.size());
    QVERIFY2(f.components[1].badge.contains(QLatin1String("ms")),
             qPrintable(f.components[1].badge));
    // 300 req/s offered, every request crosses users->web: the link estimate is close.
    QVERIFY2(std::abs(f.links[0].rps - 300) < 90, qPrintable(QString::number(f.links[0].rps)));
}

void TestRun::stepAdvancesOneSampleInterval()
{
    ui::Document doc;
    doc.resetScenario(loadExample("01-single-server.json"));
    RunController rc(&doc);
    QSignalSpy samples(&rc, &RunController::sampleAdded);
    rc.step();
    QVERIFY(QTest::qWaitFor([&] { return samples.size() == 1; }, 5000));
    rc.step();
    QVERIFY(QTest::qWaitFor([&] { return samples.size() == 2; }, 5000));
    QTest::qWait(100);
    QCOMPARE(samples.size(), 2); // exactly one interval per step, then it holds
    QCOMPARE(rc.state(), RunController::State::Paused);
    QCOMPARE(rc.history().back().tS, 2.0 * doc.scenario().run.sampleIntervalS);
}

void TestRun::pauseHoldsSimulatedTime()
{
    ui::Document doc;
    doc.resetScenario(loadExample("01-single-server.json"));
    RunController rc(&doc);
    rc.setSpeed(10);
    rc.play();
    QVERIFY(QTest::qWaitFor([&] { return rc.simTime() > core::secondsToSimTime(1); }, 5000));
    rc.pause();
    QTest::qWait(150); // let the last frame arrive
    const core::SimTime held = rc.simTime();
    QTest::qWait(300);
    QCOMPARE(rc.simTime(), held);
    // At 10x, 1.5 s of wall time cannot have produced more than ~15 s (+ one batch).
    QVERIFY(held < core::secondsToSimTime(20));
}

void TestRun::liveSpikeRaisesOfferedLoad()
{
    ui::Document doc;
    core::Scenario sc = loadExample("01-single-server.json");
    sc.run.durationS = 40;
    sc.timeline.clear(); // the example's own spike would blur the comparison
    doc.resetScenario(sc);
    RunController rc(&doc);
    rc.setSpeed(0);
    QSignalSpy events(&rc, &RunController::simEvent);
    rc.step(); // t = 1 s
    QVERIFY(QTest::qWaitFor([&] { return rc.history().size() == 1; }, 5000));
    rc.spike(3, 10);
    rc.play();
    QVERIFY(waitForState(rc, RunController::State::Finished, 30000));
    // The spike took effect at t = 1 s (stamped) and tripled the offered rate for 10 s.
    QVERIFY(!events.isEmpty());
    const auto first = events.first().first().value<core::SimEvent>();
    QCOMPARE(first.type, std::string("spike"));
    QCOMPARE(first.time, core::secondsToSimTime(1));
    double during = 0, after = 0;
    for (const auto& s : rc.history()) {
        if (s.tS > 2 && s.tS <= 11)
            during += s.offeredRps / 9;
        if (s.tS > 12 && s.tS <= 40)
            after += s.offeredRps / 28;
    }
    // Poisson counts over 9 s and 28 s: the ratio 3 is within +-15% (several sigma).
    QVERIFY2(std::abs(during / after - 3) < 0.45, qPrintable(QString::number(during / after)));
}

// The toolbar's load slider edits the document through the undo stack; the live run
// follows the document (and Undo), and nothing sticks to the next run.
void TestRun::toolbarLoadGoesThroughTheDocument()
{
    ui::Document doc;
    core::Scenario sc = loadExample("01-single-server.json");
    sc.run.durationS = 60;
    sc.timeline.clear();
    sc.workload.mode = core::Workload::Mode::Open;
    sc.workload.rateRps = 50;
    doc.resetScenario(sc);
    QUndoStack stack;
    RunController rc(&doc);
    ui::RunToolbar bar(&rc, &doc, &stack);
    rc.setSpeed(0);
    rc.step(); // t = 1 s: a run exists
    QVERIFY(QTest::qWaitFor([&] { return rc.history().size() == 1; }, 5000));

    // A drag: many values, one undo step (the gesture merges them).
    auto* load = bar.loadSlider();
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QStyleOptionSlider opt;
    opt.initFrom(load);
    opt.orientation = load->orientation();
    opt.minimum = load->minimum();
    opt.maximum = load->maximum();
    opt.sliderPosition = opt.sliderValue = load->value();
    const QPoint from =
        load->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, load).center();
    QTest::mousePress(load, Qt::LeftButton, {}, from);
    for (int dx = 2; dx <= 12; dx += 2)
        QTest::mouseMove(load, from + QPoint(dx, 0));
    QTest::mouseRelease(load, Qt::LeftButton, {}, from + QPoint(12, 0));
    const double dragged = doc.scenario().workload.rateRps;
    QVERIFY2(dragged > 50, qPrintable(QString::number(dragged)));
    QCOMPARE(stack.count(), 1);
    // Keyboard: a second, separate step.
    load->setFocus();
    QTest::keyClick(load, Qt::Key_PageUp);
    const double target = doc.scenario().workload.rateRps;
    QVERIFY2(target > dragged, qPrintable(QString::number(target)));
    QVERIFY(std::abs(target - load->logValue()) < 1e-9 * target);
    QCOMPARE(stack.count(), 2);

    // The running simulation follows: `target` req/s offered from now on. A Poisson
    // count over 20 s has sd sqrt(20 target); the bound is five sigma.
    rc.play();
    QVERIFY(QTest::qWaitFor([&] { return rc.history().size() >= 25; }, 30000));
    rc.pause();
    double offered = 0;
    int n = 0;
    for (const auto& smp : rc.history())
        if (smp.tS > 3 && smp.tS <= 23) {
            offered += smp.offeredRps;
            ++n;
        }
    QCOMPARE(n, 20);
    const double sigma = std::sqrt(20 * target) / 20;
    QVERIFY2(std::abs(offered / n - target) < 5 * sigma,
             qPrintable(QStringLiteral("%1 vs %2").arg(offered / n).arg(target)));

    // Undo twice: the document is back at 50 req/s, and so is a new run (no override).
    stack.undo();
    stack.undo();
    QCOMPARE(doc.scenario().workload.rateRps, 50.0);
    rc.reset();
    rc.play();
    QVERIFY(QTest::qWaitFor([&] { return rc.history().size() >= 21; }, 30000));
    rc.pause();
    offered = 0;
    for (std::size_t i = 1; i <= 20; ++i)
        offered += rc.history()[i].offeredRps;
    // 1000 arrivals: sd 32 (3.2%); 16% is five sigma.
    QVERIFY2(std::abs(offered / 20 - 50) < 8, qPrintable(QString::number(offered / 20)));
}

void TestRun::resetClearsHistory()
{
    ui::Document doc;
    doc.resetScenario(loadExample("01-single-server.json"));
    RunController rc(&doc);
    QSignalSpy cleared(&rc, &RunController::cleared);
    rc.setSpeed(0);
    rc.play();
    QVERIFY(QTest::qWaitFor([&] { return rc.history().size() >= 5; }, 5000));
    rc.reset();
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(rc.state(), RunController::State::Stopped);
    QCOMPARE(rc.history().size(), std::size_t(0));
    QCOMPARE(rc.simTime(), core::SimTime(0));
}

void TestRun::invalidScenarioReportsError()
{
    ui::Document doc;
    core::Scenario sc = loadExample("01-single-server.json");
    sc.connections.push_back({"web", "nowhere", 0});
    doc.resetScenario(sc);
    RunController rc(&doc);
    QSignalSpy errors(&rc, &RunController::errorOccurred);
    rc.play();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QLatin1String("nowhere")));
    QCOMPARE(rc.state(), RunController::State::Stopped);
}

void TestRun::historyStaysBounded()
{
    ui::Document doc;
    core::Scenario sc = loadExample("01-single-server.json");
    sc.workload.rateRps = 5;
    sc.run.sampleIntervalS = 0.01;
    sc.run.durationS = 120; // 12,000 samples
    doc.resetScenario(sc);
    RunController rc(&doc);
    rc.setSpeed(0);
    rc.play();
    QVERIFY(waitForState(rc, RunController::State::Finished, 40000));
    QVERIFY(rc.history().size() <= RunController::kHistoryPoints);
    QVERIFY(rc.history().size() >= RunController::kHistoryPoints / 4);
    // The whole run stays visible after merging.
    QCOMPARE(rc.history().back().tS, 120.0);
}

QTEST_MAIN(TestRun)
#include "tst_run.moc"
