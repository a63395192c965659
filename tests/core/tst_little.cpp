// SPDX-License-Identifier: GPL-3.0-or-later
// Little's law L = lambda * W on the simulation's own output.
//
// Little's law is a sample-path theorem: over a window of length T, the area under the
// number-in-system curve equals the summed sojourn times of the requests that came and
// went, up to the requests straddling the window's two ends. The relative error
// therefore shrinks like (sojourn time) / T whatever the queueing discipline, service
// law, topology or load; with T of minutes and sojourns of milliseconds the edge terms
// are far below the 1% tolerance, so a larger difference means the simulation counts
// requests in flight or their latency inconsistently.
//
// Summary.meanInSystem is L (time average over the measured period), latency.meanMs is W
// (successful requests) and lambda is the rate of requests that were admitted and
// succeeded (throughputRps). Requests refused at a full queue spend no time in the system,
// so arrivalRateRps * W * (succeeded / generated) must give the same number. Network
// delays are zero: the simulation adds the reply's return trip to the latency but not to
// the count in flight, so with delays L = lambda * (W - return trip), checked separately.

#include "QueueTheory.h"

#include <QtTest>

#include <fstream>
#include <sstream>

using namespace scalelab::core;
using namespace scalelab::test;

namespace {

Scenario fromExample(const char* file)
{
    const std::string path = std::string(SCALELAB_SOURCE_DIR) + "/examples/" + file;
    ScenarioLoadResult r = loadScenarioFile(path);
    if (!r.scenario)
        qFatal("%s", r.errors.front().toString().c_str());
    return *r.scenario;
}

void zeroNetwork(Scenario& s)
{
    s.network = {0.0, 0.0, 0.0};
    for (auto& c : s.connections)
        c.extraLatencyMs = 0.0;
}

} // namespace

Q_DECLARE_METATYPE(scalelab::core::Scenario)

class TestLittle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void littlesLaw_data();
    void littlesLaw();
    void littlesLawWithNetworkDelay();
};

void TestLittle::littlesLaw_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::newRow("M/M/1 rho=0.8") << mmcScenario(1, 800, 1000, 1e8, 200, 10, 1);
    QTest::newRow("M/M/4 rho=0.9") << mmcScenario(4, 1800, 500, 1e8, 200, 10, 2);
    QTest::newRow("M/M/2/5 rho=1.2 (losses)") << mmcScenario(2, 1200, 500, 3, 200, 10, 3);
    {
        Scenario s = mmcScenario(3, 2000, 1000, 1e8, 200, 10, 4);
        s.components[1].params["service_dist"] = std::string("lognormal");
        s.components[1].params["service_cv"] = 2.5;
        QTest::newRow("M/G/3 lognormal cv=2.5") << s;
    }
    {
        Scenario s = mmcScenario(2, 1500, 1000, 1e8, 200, 10, 5);
        s.components[1].params["service_dist"] = std::string("deterministic");
        QTest::newRow("M/D/2 rho=0.75") << s;
    }
    {
        const double mu[4] = {5000, 1200, 4000, 1000};
        QTest::newRow("tandem of four") << tandemScenario(800, mu, 200, 10, 6);
    }
    {
        Scenario s = mmcScenario(2, 0, 1000, 1e8, 200, 10, 7);
        s.workload.mode = Workload::Mode::Closed;
        s.workload.users = 40;
        s.workload.thinkTimeS = 0.025;
        QTest::newRow("closed, 40 users") << s;
    }
    for (const char* file : {"01-single-server.json", "02-web-and-database.json", "03-tandem-lb-web-cache-db.json"}) {
        Scenario s = fromExample(file);
        zeroNetwork(s);
        s.run.durationS = std::max(s.run.durationS, 120.0);
        QTest::newRow(file) << s;
    }
}

void TestLittle::littlesLaw()
{
    QFETCH(Scenario, scenario);
    const auto errors = validateScenario(scenario, "test");
    QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().toString().c_str());
    const Summary s = runScenario(scenario);
    QVERIFY(s.succeeded > 10000);
    const double l = s.meanInSystem;
    const double w = s.latency.meanMs * 1e-3;
    const double lambdaW = s.throughputRps * w;
    const double viaArrivals = s.arrivalRateRps * w * static_cast<double>(s.succeeded) / static_cast<double>(s.generated);
    const double err = lambdaW / l - 1.0;
    std::uint64_t failed = 0;
    for (auto f : s.failed)
        failed += f;
    qInfo("%s: L = %.6g, lambda = %.6g/s, W = %.6g ms, lambda*W = %.6g, error %+.4f%% (%llu failed of %llu)",
          QTest::currentDataTag(), l, s.throughputRps, w * 1e3, lambdaW, 100 * err,
          static_cast<unsigned long long>(failed), static_cast<unsigned long long>(s.generated));
    // Every failure here must be a refusal at arrival (zero time in the system).
    QCOMPARE(failed, s.failed[static_cast<int>(ErrorCause::Rejected)]);
    QVERIFY2(std::abs(err) < 0.01, "Little's law off by more than 1%");
    QVERIFY2(std::abs(viaArrivals / l - 1.0) < 0.01, "Little's law (via the arrival rate) off by more than 1%");
}

void TestLittle::littlesLawWithNetworkDelay()
{
    // users -> web with a 7 ms access link: the request spends 7 ms reaching the server
    // (in flight, counted in L), the reply's 7 ms return is added to the latency only.
    Scenario sc = mmcScenario(2, 1200, 1000, 1e8, 200, 10, 8);
    sc.network.accessMs = 7.0;
    const Summary s = runScenario(sc);
    const double w = s.latency.meanMs * 1e-3 - 0.007;
    const double err = s.throughputRps * w / s.meanInSystem - 1.0;
    qInfo("with 7 ms links: L = %.6g, lambda*(W - 7 ms) = %.6g, error %+.4f%%", s.meanInSystem, s.throughputRps * w,
          100 * err);
    QVERIFY(std::abs(err) < 0.01);
}

QTEST_APPLESS_MAIN(TestLittle)
#include "tst_little.moc"
