// SPDX-License-Identifier: GPL-3.0-or-later
// Determinism: a scenario and a seed fully determine the run. Same seed -> the same
// summaryToJson bytes and the same CSV time series, whether the run goes in one call, in
// GUI-sized batches, or interleaved with another simulation; another seed -> other numbers.

#include "QueueTheory.h"
#include "metrics/Recorder.h"

#include <QtTest>

#include <sstream>

using namespace scalelab::core;
using namespace scalelab::test;

namespace {

Scenario fromExample(const std::string& file)
{
    ScenarioLoadResult r = loadScenarioFile(std::string(SCALELAB_SOURCE_DIR) + "/examples/" + file);
    if (!r.scenario)
        qFatal("%s", r.errors.front().toString().c_str());
    return *r.scenario;
}

struct Run
{
    std::string summary;
    std::string csv;
};

Run runOnce(const Scenario& s)
{
    Recorder rec;
    Simulation sim(s, &rec);
    sim.run();
    std::ostringstream csv;
    rec.writeCsv(csv);
    return {summaryToJson(sim.summary()), csv.str()};
}

/// A scenario with a bit of everything: mixed request types, Zipf keys, a cache, a
/// replica, network delays, a spike and a crash.
Scenario busyScenario()
{
    Scenario s = fromExample("02-web-and-database.json");
    s.run.durationS = 30;
    s.timeline.push_back({10.0, "spike", "", "", 5.0, 3.0, 0.0, "spike"});
    s.timeline.push_back({15.0, "crash", "web", "", 2.0, 1.0, 0.0, "crash"});
    return s;
}

} // namespace

Q_DECLARE_METATYPE(scalelab::core::Scenario)

class TestDeterminism : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameBytes_data();
    void sameSeedSameBytes();
    void batchedEqualsOneShot();
    void interleavedSimulationsDoNotInteract();
};

void TestDeterminism::sameSeedSameBytes_data()
{
    QTest::addColumn<Scenario>("scenario");
    for (const char* f : {"01-single-server.json", "02-web-and-database.json", "03-tandem-lb-web-cache-db.json"}) {
        Scenario s = fromExample(f);
        s.run.durationS = std::min(s.run.durationS, 40.0);
        QTest::newRow(f) << s;
    }
    QTest::newRow("M/M/3 built in code") << mmcScenario(3, 2400, 1000, 1e8, 20, 2, 99);
    QTest::newRow("spike and crash") << busyScenario();
}

void TestDeterminism::sameSeedSameBytes()
{
    QFETCH(Scenario, scenario);
    const Run a = runOnce(scenario);
    const Run b = runOnce(scenario);
    QVERIFY(a.summary.size() > 200);
    QCOMPARE(a.summary, b.summary);
    QCOMPARE(a.csv, b.csv);

    Scenario other = scenario;
    other.run.seed = scenario.run.seed + 1;
    Simulation x(scenario), y(other);
    x.run();
    y.run();
    const Summary sx = x.summary(), sy = y.summary();
    QVERIFY(summaryToJson(sx) != summaryToJson(sy));
    // Not just the seed field: the measured figures themselves differ.
    QVERIFY(sx.latency.meanMs != sy.latency.meanMs);
    QVERIFY(sx.generated != sy.generated || sx.events != sy.events);
}

void TestDeterminism::batchedEqualsOneShot()
{
    // The GUI advances the run in small batches; that must not change anything.
    const Scenario s = busyScenario();
    Simulation batched(s);
    for (SimTime t = 0; t < batched.endTime(); t += 16'666'667) // one 60 Hz frame of simulated time
        batched.runUntil(t);
    batched.run();
    Simulation stepped(s);
    while (stepped.step()) {
    }
    const std::string expected = runOnce(s).summary;
    QCOMPARE(summaryToJson(batched.summary()), expected);
    QCOMPARE(summaryToJson(stepped.summary()), expected);
}

void TestDeterminism::interleavedSimulationsDoNotInteract()
{
    // Two runs advanced alternately (as a GUI with two documents might) give what each
    // gives alone: no hidden global state.
    const Scenario a = busyScenario();
    const Scenario b = mmcScenario(2, 1500, 1000, 1e8, 30, 1, 5);
    Simulation sa(a), sb(b);
    for (SimTime t = 0; t <= secondsToSimTime(30); t += secondsToSimTime(0.25)) {
        sa.runUntil(t);
        sb.runUntil(t);
    }
    sa.run();
    sb.run();
    QCOMPARE(summaryToJson(sa.summary()), runOnce(a).summary);
    QCOMPARE(summaryToJson(sb.summary()), runOnce(b).summary);
}

QTEST_APPLESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
