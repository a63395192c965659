// SPDX-License-Identifier: GPL-3.0-or-later
// A/B comparison: identical traffic for both designs, zero-width differences for a
// design compared with itself, a cache that takes the load off a bottleneck database,
// Student's t, and refusals.
#include "analysis/Compare.h"
#include "io/ScenarioJson.h"

#include <QtTest>

#include <cmath>

using namespace scalelab::core;

namespace {

/// Users -> web -> one-worker database; reads only, no network delay. At 100 req/s and
/// 8 ms mean exponential service the database is an M/M/1 queue at rho = 0.8 (the
/// bottleneck: the web tier has 64 workers at 1 ms, rho = 0.0016 per worker).
Scenario dbBottleneck()
{
    const char* text = R"({"version": 1, "name": "db bound",
      "components": [{"id": "u", "kind": "users"},
        {"id": "web", "kind": "web_server", "params": {"workers": 64, "service_ms": 1}},
        {"id": "db", "kind": "database", "params": {"workers": 1, "service_ms": 8}}],
      "connections": [{"from": "u", "to": "web"}, {"from": "web", "to": "db"}],
      "workload": {"mode": "open", "rate_rps": 100, "users": 1000,
                   "mix": {"static": 0, "read": 1, "write": 0, "job": 0},
                   "keys": {"count": 1000, "zipf_exponent": 0.9}},
      "network": {"access_ms": 0, "cross_region_ms": 0, "intra_dc_ms": 0},
      "run": {"duration_s": 60, "warmup_s": 10, "seed": 1, "sample_interval_s": 1}})";
    auto r = parseScenario(text, "db-bound");
    if (!r.scenario)
        qFatal("%s", r.errors.front().toString().c_str());
    return *r.scenario;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void studentT()
    {
        // Table values (exact to 4 decimals) and the expansion beyond 30 degrees.
        QCOMPARE(studentT975(4), 2.7764);
        QCOMPARE(studentT975(1), 12.7062);
        QVERIFY(std::fabs(studentT975(40) - 2.0211) < 0.001);
        QVERIFY(std::fabs(studentT975(120) - 1.9799) < 0.001);
        // mean +- t s / sqrt(n): values 1..5 have s = sqrt(2.5).
        const MeanCi m = meanCi95({1, 2, 3, 4, 5});
        QCOMPARE(m.mean, 3.0);
        QVERIFY(std::fabs(m.halfWidth - 2.7764 * std::sqrt(2.5) / std::sqrt(5.0)) < 1e-12);
    }

    void identicalDesignsGiveZeroDifferences()
    {
        const Scenario s = dbBottleneck();
        CompareSpec spec;
        spec.seeds = 3;
        spec.jobs = 2;
        const CompareResult r = runCompare(s, s, spec);
        QVERIFY2(r.error.empty(), r.error.c_str());
        QCOMPARE(r.seeds, (std::vector<std::uint64_t>{1, 2, 3}));
        QCOMPARE(r.a.tS, r.b.tS);
        QCOMPARE(r.a.tS.size(), std::size_t(60)); // one sample per simulated second
        for (int k = 0; k < kCompareSeriesCount; ++k) {
            QCOMPARE(r.a.bands[k].median, r.b.bands[k].median);
            QCOMPARE(r.a.bands[k].lo, r.b.bands[k].lo);
            QCOMPARE(r.a.bands[k].hi, r.b.bands[k].hi);
        }
        QVERIFY(!r.rows.empty());
        for (const CompareRow& row : r.rows) {
            QVERIFY2(row.diff.mean == 0.0 && row.diff.halfWidth == 0.0, row.key.c_str()); // exact: same runs
            QVERIFY(row.overlap);
        }
        // The seeds differ from each other (a p95 that never varies would make the CI moot).
        QVERIFY(r.a.runs[0].p95Ms != r.a.runs[1].p95Ms);
    }

    void bothDesignsSeeTheSameArrivals()
    {
        const Scenario a = dbBottleneck();
        Scenario b;
        std::string error;
        QVERIFY2(applyVariant(a, "cache", b, &error), error.c_str());
        CompareSpec spec;
        spec.seeds = 5;
        const CompareResult r = runCompare(a, b, spec);
        QVERIFY2(r.error.empty(), r.error.c_str());
        // Open workload: the arrival stream is drawn from its own random stream, so the
        // count of requests per seed is exactly equal whatever the design does with them.
        for (int i = 0; i < spec.seeds; ++i) {
            QCOMPARE(r.a.runs[std::size_t(i)].generated, r.b.runs[std::size_t(i)].generated);
            QVERIFY(r.a.runs[std::size_t(i)].generated > 4000); // 50 s x 100 req/s, about 5000
        }
        QVERIFY(r.a.runs[0].generated != r.a.runs[1].generated); // and seeds differ

        // A: M/M/1 at rho = 0.8, sojourn exponential with mean 1/(mu - lambda) = 40 ms, so
        // p95 = 40 ms x ln 20 = 119.8 ms, plus about 1 ms at the web tier. Tolerance 20%:
        // at rho = 0.8 the queue's long busy periods make 50 s of one run vary by about
        // 10-15% (the seeds' own spread, see the CI), and the histogram adds < 1%.
        const CompareRow* p95 = nullptr;
        for (const CompareRow& row : r.rows)
            if (row.key == "p95_ms")
                p95 = &row;
        QVERIFY(p95);
        const double expectedA = 40.0 * std::log(20.0) + 1.0;
        QVERIFY2(std::fabs(p95->a.mean - expectedA) < 0.2 * expectedA,
                 qPrintable(QString("A p95 %1 ms, M/M/1 %2 ms").arg(p95->a.mean).arg(expectedA)));
        // B: 1,000 keys fit the cache (100,000 items), so after warm-up nearly every read
        // is a hit and the database is idle; the p95 is set by the web and cache stations
        // (1 ms and 0.5 ms mean), far below 20 ms.
        QVERIFY2(p95->b.mean < 20.0, qPrintable(QString("B p95 %1 ms").arg(p95->b.mean)));
        // The 95% intervals at 5 seeds do not overlap, and the paired difference is negative.
        QVERIFY2(p95->b.hi() < p95->a.lo(), qPrintable(QString("A %1 +- %2, B %3 +- %4")
                                                         .arg(p95->a.mean).arg(p95->a.halfWidth)
                                                         .arg(p95->b.mean).arg(p95->b.halfWidth)));
        QVERIFY(!p95->overlap);
        QVERIFY(p95->diff.hi() < 0);
        // Bands: B's 90% line stays below A's 10% line for most samples after warm-up.
        int below = 0, counted = 0;
        for (std::size_t t = 15; t < r.a.tS.size(); ++t, ++counted)
            below += r.b.bands[int(CompareSeries::P95)].hi[t] < r.a.bands[int(CompareSeries::P95)].lo[t] ? 1 : 0;
        QVERIFY2(below > counted * 8 / 10, qPrintable(QString("%1 of %2").arg(below).arg(counted)));
    }

    void csvAndJsonAreStable()
    {
        const Scenario a = dbBottleneck();
        Scenario b;
        QVERIFY(applyVariant(a, "replica", b, nullptr));
        CompareSpec spec;
        spec.seeds = 2;
        spec.jobs = 1;
        const CompareResult r1 = runCompare(a, b, spec);
        spec.jobs = 4;
        const CompareResult r2 = runCompare(a, b, spec);
        QCOMPARE(compareCsv(r1), compareCsv(r2)); // independent of the pool size
        QCOMPARE(compareJson(r1), compareJson(r2));
        const std::string csv = compareCsv(r1);
        QVERIFY(csv.rfind("metric,unit,a_mean,a_ci95,b_mean,b_ci95,diff_mean,diff_ci95,overlap\n", 0) == 0);
        // One header and one row per metric: 5 + 7 causes + lost writes, sessions lost, cost.
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 1 + 5 + kErrorCauseCount + 3);
    }

    void variants()
    {
        const Scenario a = dbBottleneck();
        Scenario v;
        QVERIFY(applyVariant(a, "web", v, nullptr));
        int lbs = 0, webs = 0;
        for (const Component& c : v.components) {
            lbs += c.kind == "load_balancer";
            webs += c.kind == "web_server";
        }
        QCOMPARE(lbs, 1);
        QCOMPARE(webs, 2);
        QVERIFY(applyVariant(a, "cache", v, nullptr));
        std::string error;
        QVERIFY(!applyVariant(v, "cache", v, &error)); // it has one now
        QVERIFY2(error.find("already has a cache") != std::string::npos, error.c_str());
        QVERIFY(!applyVariant(a, "teleporter", v, &error));
        QVERIFY2(error.find("expected cache, web or replica") != std::string::npos, error.c_str());
    }

    void refusals()
    {
        const Scenario a = dbBottleneck();
        CompareSpec spec;
        std::string error;
        for (int seeds : {0, 1, 1000000}) {
            spec.seeds = seeds;
            QVERIFY(!checkCompareRunnable(a, a, spec, &error));
            QVERIFY2(error.find("seeds: expected 2 to 100") != std::string::npos, error.c_str());
        }
        // A timeline event aimed at a component B lacks: named with its path.
        Scenario withEvent = a;
        TimelineEvent e;
        e.atS = 5;
        e.type = "crash";
        e.target = "db";
        withEvent.timeline.push_back(e);
        Scenario other = a;
        other.components[2].id = "store";
        other.connections[1].to = "store";
        spec.seeds = 2;
        QVERIFY(!checkCompareRunnable(withEvent, other, spec, &error));
        QVERIFY2(error.find("timeline") != std::string::npos, error.c_str());
    }
};

QTEST_APPLESS_MAIN(TestCompare)
#include "tst_compare.moc"
