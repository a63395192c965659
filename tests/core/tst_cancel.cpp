// SPDX-License-Identifier: GPL-3.0-or-later
// Long work is cancellable: a cancellable run stops within a wall-time bound when another
// thread sets its flag (Simulation polls it every kCancelPollEvents events, never per
// event), processes exactly the events of an ordinary run otherwise, and the lesson
// experiment and the sweep built on it stop as quickly.
#include "analysis/Sweep.h"
#include "io/ResourceBudget.h"
#include "io/ScenarioJson.h"
#include "lessons/LessonChecks.h"
#include "sim/Simulation.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace scalelab::core;

namespace {

/// The wall-time bound of the issue: switching lesson or closing the window cancels a
/// running check within 0.5 s.
constexpr double kCancelBoundMs = 500.0;

Scenario example(const char* file)
{
    auto r = loadScenarioFile(std::string(SCALELAB_SOURCE_DIR) + "/examples/" + file);
    if (!r.scenario)
        qFatal("cannot load example %s", file);
    return *r.scenario;
}

constexpr double kLongRate = 2e5;

/// Five minutes at 200,000 req/s on one server: hundreds of millions of events, about a
/// minute of CPU, yet within the headless work budget of 10^9 events (the queue bounds the
/// requests in flight, no network delay keeps them off the wire), so only cancelling ends
/// it soon.
Scenario hugeRun()
{
    Scenario s = example("01-single-server.json");
    s.workload.rateRps = kLongRate;
    s.network.accessMs = 0;
    s.network.crossRegionMs = 0;
    s.network.intraDcMs = 0;
    s.run.durationS = 300;
    s.timeline.clear();
    return s;
}

double msSince(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

/// Runs `work` on another thread, sets `flag` after `afterMs`, and returns how long the
/// work took to return after the flag was set (ms).
template <typename Work>
double cancelLatencyMs(std::atomic<bool>& flag, int afterMs, Work work)
{
    std::atomic<bool> done{false};
    std::chrono::steady_clock::time_point finished;
    std::thread t([&] {
        work();
        finished = std::chrono::steady_clock::now();
        done.store(true);
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(afterMs));
    const bool endedEarly = done.load();
    const auto set = std::chrono::steady_clock::now();
    flag.store(true);
    t.join();
    if (endedEarly)
        return -1.0; // the work finished on its own: the test's scenario is too small
    return std::chrono::duration<double, std::milli>(finished - set).count();
}

} // namespace

class TestCancel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hugeRunFitsTheBudget()
    {
        const auto diags = checkResourceBudget(hugeRun(), "huge.json");
        QVERIFY2(diags.empty(), diags.empty() ? "" : diags.front().toString().c_str());
    }

    /// The flag is read once per Simulation::kCancelPollEvents events (4096 events: well
    /// under a millisecond of CPU here), so the run returns within milliseconds of the
    /// flag being set from another thread; 0.5 s is the bound, loose enough for a
    /// loaded 2-core machine.
    void runStopsSoonWhenCancelledFromAnotherThread()
    {
        Simulation sim(hugeRun());
        std::atomic<bool> cancel{false};
        bool reachedEnd = true;
        const double ms = cancelLatencyMs(cancel, 300, [&] { reachedEnd = sim.run(&cancel); });
        qInfo("cancelled after %llu events; returned %.1f ms after the flag was set",
              static_cast<unsigned long long>(sim.eventsProcessed()), ms);
        QVERIFY2(ms >= 0, "the run ended by itself: make the scenario longer");
        QVERIFY(!reachedEnd);
        QVERIFY(!sim.finished());
        QVERIFY(sim.eventsProcessed() > 0);
        QVERIFY2(ms < kCancelBoundMs, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }

    void presetFlagReturnsAtOnce()
    {
        Simulation sim(hugeRun());
        std::atomic<bool> cancel{true};
        const auto t0 = std::chrono::steady_clock::now();
        QVERIFY(!sim.run(&cancel));
        QVERIFY(msSince(t0) < kCancelBoundMs);
        QCOMPARE(sim.eventsProcessed(), std::uint64_t{0});
    }

    /// A cancellable run processes exactly the events of an ordinary one: the same
    /// summary, whatever the slices and even when it is stopped and resumed.
    void sameResultsAsAnOrdinaryRun()
    {
        const Scenario s = example("01-single-server.json"); // with its spike at 30 s
        Simulation plain(s);
        plain.run();

        Simulation sliced(s);
        std::atomic<bool> cancel{false};
        for (SimTime t = 0; !sliced.finished();) {
            t += 777 * kNanosPerMilli; // slices that do not line up with samples
            QVERIFY(sliced.runUntil(t, &cancel));
        }
        QCOMPARE(sliced.eventsProcessed(), plain.eventsProcessed());
        QCOMPARE(summaryToJson(sliced.summary()), summaryToJson(plain.summary()));

        Simulation resumed(s);
        cancel.store(true);
        QVERIFY(!resumed.runUntil(20 * kNanosPerSecond, &cancel)); // stopped before any event
        cancel.store(false);
        QVERIFY(resumed.runUntil(20 * kNanosPerSecond, &cancel));
        QCOMPARE(resumed.now(), 20 * kNanosPerSecond);
        QVERIFY(resumed.run(&cancel));
        QVERIFY(resumed.finished());
        QCOMPARE(summaryToJson(resumed.summary()), summaryToJson(plain.summary()));
        QVERIFY(resumed.run(nullptr)); // nullptr: an ordinary run (already at the end)
    }

    void experimentStopsSoon()
    {
        Experiment e;
        e.durationS = 300;
        e.warmupS = 5;
        e.rateRps = kLongRate;
        std::string error;
        const auto x = experimentScenario(hugeRun(), e, &error);
        QVERIFY2(x, error.c_str());
        std::atomic<bool> cancel{false};
        std::optional<ExperimentRecord> rec{ExperimentRecord{}};
        const double ms = cancelLatencyMs(cancel, 300, [&] { rec = runExperiment(*x, &cancel); });
        qInfo("experiment returned %.1f ms after the flag was set", ms);
        QVERIFY(ms >= 0);
        QVERIFY(!rec); // cancelled: no record, so no verdict
        QVERIFY(ms < kCancelBoundMs);

        LessonStep step;
        step.id = "long";
        LessonCheck c;
        c.type = "metric";
        c.metric = "p95_ms";
        c.op = CompareOp::Less;
        c.value = 1000.0;
        step.checks.push_back(c);
        step.experiment = e;
        cancel.store(false);
        StepEvaluation ev;
        const double ms2 = cancelLatencyMs(cancel, 300, [&] { ev = evaluateStep(step, hugeRun(), &cancel); });
        qInfo("step evaluation returned %.1f ms after the flag was set", ms2);
        QVERIFY(ms2 >= 0);
        QVERIFY(ev.cancelled);
        QVERIFY(ev.results.empty());
        QVERIFY(!ev.passed);
        QVERIFY(ms2 < kCancelBoundMs);
    }

    /// An experiment beyond the budget is refused with the budget's message, before
    /// anything runs: too much memory (a queue that may hold 5*10^7 requests at 10^7
    /// req/s: the bad_alloc of the issue) or too many events (an hour at 10^7 req/s).
    void experimentOverBudgetIsRefused_data()
    {
        QTest::addColumn<double>("queueCapacity");
        QTest::addColumn<double>("durationS");
        QTest::newRow("memory") << 5e7 << 60.0;
        QTest::newRow("an hour at 1e7 req/s") << 500.0 << 3600.0;
    }
    void experimentOverBudgetIsRefused()
    {
        QFETCH(double, queueCapacity);
        QFETCH(double, durationS);
        Experiment e;
        e.durationS = durationS;
        e.rateRps = 1e7;
        Scenario learner = hugeRun();
        learner.components[1].params["queue_capacity"] = queueCapacity;
        Scenario x = learner; // what experimentScenario makes of it, for the expected text
        x.run.durationS = e.durationS;
        x.run.warmupS = e.warmupS;
        x.run.sampleIntervalS = 1;
        x.workload.rateRps = *e.rateRps;
        BudgetLimits headless; // an experiment runs headless
        headless.workEvents = kBatchWorkBudgetEvents;
        const auto refusal = checkScenarioRunnable(x, "experiment", headless);
        QVERIFY(!refusal.empty());
        LessonStep step;
        LessonCheck c;
        c.type = "metric";
        c.metric = "p95_ms";
        c.op = CompareOp::Less;
        c.value = 1000.0;
        step.checks.push_back(c);
        step.experiment = e;
        const auto t0 = std::chrono::steady_clock::now();
        const StepEvaluation ev = evaluateStep(step, learner);
        QVERIFY(msSince(t0) < kCancelBoundMs);
        QVERIFY(!ev.ranExperiment);
        QVERIFY(!ev.cancelled);
        QVERIFY2(QString::fromStdString(ev.error).contains(QString::fromStdString(refusal.front().message)),
                 ev.error.c_str());
        QCOMPARE(ev.results.size(), std::size_t{1});
        QVERIFY(!ev.results.front().passed);
    }

    void sweepPointStopsSoon()
    {
        Scenario s = hugeRun();
        SweepSpec spec;
        spec.axis = SweepSpec::Axis::Rate;
        spec.values = {kLongRate, 1.5 * kLongRate};
        spec.jobs = 2;
        std::atomic<bool> cancel{false};
        SweepResult r;
        const double ms = cancelLatencyMs(cancel, 300, [&] { r = runSweep(s, spec, {}, &cancel); });
        qInfo("sweep returned %.1f ms after the flag was set", ms);
        QVERIFY(ms >= 0);
        QVERIFY(r.cancelled);
        QCOMPARE(r.knee, -1);
        QVERIFY(!r.points[0].ok && !r.points[1].ok);
        QCOMPARE(QString::fromStdString(r.points[0].error), QStringLiteral("cancelled"));
        QVERIFY(ms < kCancelBoundMs);
    }
};

QTEST_APPLESS_MAIN(TestCancel)
#include "tst_cancel.moc"
