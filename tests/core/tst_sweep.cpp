// SPDX-License-Identifier: GPL-3.0-or-later
// Capacity sweep: determinism across runs and thread counts, knee detection, errors.
#include "analysis/Sweep.h"
#include "io/ResourceBudget.h"
#include "io/ScenarioJson.h"

#include <QtTest>

using namespace scalelab::core;

namespace {

Scenario example(const char* file)
{
    auto r = loadScenarioFile(std::string(SCALELAB_SOURCE_DIR) + "/examples/" + file);
    if (!r.scenario)
        qFatal("cannot load example %s", file);
    Scenario s = *r.scenario;
    s.run.durationS = 20; // short runs: the test is about determinism, not precision
    s.run.warmupS = 2;
    s.timeline.clear();
    return s;
}

SweepPoint point(double offered, double throughput, double p99)
{
    SweepPoint p;
    p.value = offered;
    p.offeredRps = offered;
    p.throughputRps = throughput;
    p.p99Ms = p99;
    p.p50Ms = p99 / 3;
    p.ok = true;
    return p;
}

} // namespace

class TestSweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The same sweep twice, and with 1 versus 3 threads, gives byte-identical CSV:
    // every point is its own seeded Simulation, whatever thread runs it.
    void sameSweepSameBytes()
    {
        const Scenario s = example("01-single-server.json");
        SweepSpec spec;
        spec.axis = SweepSpec::Axis::Rate;
        spec.values = {20, 80, 160, 320};
        spec.jobs = 3;
        const std::string a = sweepCsv(runSweep(s, spec), spec);
        const std::string b = sweepCsv(runSweep(s, spec), spec);
        spec.jobs = 1;
        const std::string c = sweepCsv(runSweep(s, spec), spec);
        QCOMPARE(QString::fromStdString(a), QString::fromStdString(b));
        QCOMPARE(QString::fromStdString(a), QString::fromStdString(c));
        QCOMPARE(a.substr(0, a.find('\n')), std::string("rate_rps,offered_rps,throughput_rps,p50_ms,p99_ms,error_rate,requests,knee"));
        QCOMPARE(static_cast<int>(std::count(a.begin(), a.end(), '\n')), 5);
    }

    // Four workers of 25 ms serve at most 160 req/s. Offered loads of 20 and 80 req/s
    // are kept up with (throughput within the 3-sigma Poisson noise of 20 s of arrivals);
    // at 320 req/s the queue overflows, so the knee must be at or before that point.
    void sweepFindsTheKneeOfASingleServer()
    {
        const Scenario s = example("01-single-server.json");
        SweepSpec spec;
        spec.axis = SweepSpec::Axis::Rate;
        spec.values = {20, 80, 320, 640};
        spec.jobs = 2;
        const SweepResult r = runSweep(s, spec);
        QVERIFY(r.error.empty());
        QCOMPARE(r.points.size(), std::size_t{4});
        for (int i = 0; i < 2; ++i) {
            const SweepPoint& p = r.points[static_cast<std::size_t>(i)];
            const double sd = std::sqrt(spec.values[static_cast<std::size_t>(i)] * 18.0) / 18.0; // Poisson, 18 s measured
            QVERIFY2(std::abs(p.offeredRps - spec.values[static_cast<std::size_t>(i)]) < 3 * sd + 1e-9,
                     qPrintable(QString::number(p.offeredRps)));
            QVERIFY(p.throughputRps >= 0.95 * p.offeredRps);
        }
        QVERIFY(r.points[3].throughputRps < 170); // capacity 4 / 25 ms = 160 req/s (+ queue drain)
        QVERIFY2(r.knee == 2, qPrintable(QString::fromStdString(r.kneeReason)));
    }

    void kneeOnSyntheticPoints_data()
    {
        QTest::addColumn<QVector<double>>("offered");
        QTest::addColumn<QVector<double>>("throughput");
        QTest::addColumn<QVector<double>>("p99");
        QTest::addColumn<int>("knee");
        QTest::newRow("keeps up") << QVector<double>{100, 1000, 10000} << QVector<double>{100, 999, 9990}
                                  << QVector<double>{10, 11, 15} << -1;
        QTest::newRow("throughput saturates") << QVector<double>{100, 1000, 10000} << QVector<double>{100, 960, 2000}
                                              << QVector<double>{10, 12, 14} << 2;
        QTest::newRow("exactly 95% is kept up") << QVector<double>{100, 1000} << QVector<double>{100, 950}
                                                << QVector<double>{10, 10} << -1;
        QTest::newRow("latency explodes first") << QVector<double>{100, 1000, 10000} << QVector<double>{100, 1000, 10000}
                                                << QVector<double>{10, 101, 500} << 1;
        QTest::newRow("exactly 10x is not a knee") << QVector<double>{100, 1000} << QVector<double>{100, 1000}
                                                   << QVector<double>{10, 100} << -1;
        // Points given out of order: the baseline is the lowest offered load, index kept.
        QTest::newRow("unsorted input") << QVector<double>{10000, 100, 1000} << QVector<double>{5000, 100, 1000}
                                        << QVector<double>{50, 10, 12} << 0;
    }
    void kneeOnSyntheticPoints()
    {
        QFETCH(QVector<double>, offered);
        QFETCH(QVector<double>, throughput);
        QFETCH(QVector<double>, p99);
        QFETCH(int, knee);
        std::vector<SweepPoint> pts;
        for (int i = 0; i < offered.size(); ++i)
            pts.push_back(point(offered[i], throughput[i], p99[i]));
        std::string reason;
        QCOMPARE(findKnee(pts, &reason), knee);
        QCOMPARE(reason.empty(), knee < 0);
    }

    void pointerAxis()
    {
        const Scenario s = example("01-single-server.json");
        SweepSpec spec;
        spec.axis = SweepSpec::Axis::Pointer;
        spec.pointer = "/components/1/params/workers";
        Scenario out;
        std::string error;
        QVERIFY(applySweepValue(s, spec, 8, out, &error));
        QCOMPARE(out.components[1].number("workers"), 8.0);
        spec.pointer = "/components/1/params/service_dist"; // not set in the file, not numeric
        QVERIFY(!applySweepValue(s, spec, 8, out, &error));
        spec.pointer = "/components/1/kind";
        QVERIFY(!applySweepValue(s, spec, 8, out, &error));
        QVERIFY2(error.find("numeric") != std::string::npos, error.c_str());
        spec.pointer = "/nope/3";
        QVERIFY(!applySweepValue(s, spec, 1, out, &error));
        spec.pointer = "no-slash";
        QVERIFY(!applySweepValue(s, spec, 1, out, &error));
        QVERIFY2(error.find("JSON pointer") != std::string::npos, error.c_str());

        // A component with no "params" in its file (every parameter at its default).
        Scenario bare = s;
        bare.components[1].params.clear();
        spec.pointer = "/components/1/params/workers";
        QVERIFY2(applySweepValue(bare, spec, 6, out, &error), error.c_str());
        QCOMPARE(out.components[1].number("workers"), 6.0);
        spec.pointer = "/components/1/params/no_such_param";
        QVERIFY(!applySweepValue(bare, spec, 6, out, &error));
        QVERIFY2(error.find("unknown parameter") != std::string::npos, error.c_str());
        spec.pointer = "/components/9/params/workers"; // no such component
        QVERIFY(!applySweepValue(bare, spec, 6, out, &error));
    }

    /// The points of a sweep share one work budget: with the budget set to 1.5 times one
    /// point's estimate, one point runs, two identical ones are refused before any runs,
    /// naming the total, the limit and the largest point; runSweep refuses the same way.
    void pointsShareTheWorkBudget()
    {
        const Scenario s = example("01-single-server.json");
        SweepSpec spec;
        spec.axis = SweepSpec::Axis::Rate;
        spec.values = {100};
        Scenario one;
        std::string error;
        QVERIFY(applySweepValue(s, spec, 100, one, &error));
        const double each = estimateResources(one).workEvents;
        QVERIFY(each > 0);
        spec.workBudgetEvents = 1.5 * each;
        QVERIFY2(checkSweepRunnable(s, spec, &error), error.c_str());
        spec.values = {100, 100};
        QVERIFY(!checkSweepRunnable(s, spec, &error));
        QVERIFY2(error.find("2 points would take about") != std::string::npos &&
                     error.find("rate_rps = 100") != std::string::npos,
                 error.c_str());
        const SweepResult r = runSweep(s, spec);
        QCOMPARE(r.error, error);
        QVERIFY(r.points.empty());
        // A caller cannot ask for more than the loader's budget: above it the sweep is
        // refused whatever workBudgetEvents says.
        spec.workBudgetEvents = 1e30;
        spec.values = {1e7, 1e7};
        Scenario big;
        QVERIFY2(applySweepValue(s, spec, 1e7, big, &error), error.c_str());
        const double total = 2 * estimateResources(big).workEvents;
        QCOMPARE(checkSweepRunnable(s, spec, &error), total <= kDefaultWorkBudgetEvents);
    }

    void cancelStopsEarly()
    {
        Scenario s = example("01-single-server.json");
        s.run.durationS = 3600;
        SweepSpec spec;
        spec.axis = SweepSpec::Axis::Rate;
        spec.values = {100, 200};
        spec.jobs = 1;
        std::atomic<bool> cancel{true};
        const SweepResult r = runSweep(s, spec, {}, &cancel);
        QVERIFY(r.cancelled);
        QCOMPARE(r.knee, -1);
        QVERIFY(!r.points[0].ok);
    }
};

QTEST_APPLESS_MAIN(TestSweep)
#include "tst_sweep.moc"
