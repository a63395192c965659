// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs that pass the field checks but used to crash (std::bad_alloc) or hang: factors
// that multiply, long link latencies at a high rate, huge sweep values, 5,000 servers
// behind one balancer. Each is refused with a message naming the field and the limit,
// or runs within a bounded time (QElapsedTimer, well under the ctest timeout). Also the
// demand profile against the simulator's own demand factor, refused negative latencies,
// and client timeouts counted as errors (exactly, and against the M/M/1 formula).
#include "tst_cli_help.h"

#include "analysis/Sweep.h"
#include "io/ResourceBudget.h"
#include "io/ScenarioJson.h"
#include "lessons/LessonChecks.h"
#include "metrics/Recorder.h"
#include "sim/Simulation.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace scalelab::core;
using nlohmann::json;

namespace {

/// users -> lb -> web -> db, open workload: the base of the hostile inputs.
json baseJson()
{
    return json::parse(R"({
      "format": "scalelab-scenario", "version": 1, "name": "hostile",
      "components": [
        {"id": "users", "kind": "users"},
        {"id": "lb", "kind": "load_balancer"},
        {"id": "web", "kind": "web_server"},
        {"id": "db", "kind": "database"}
      ],
      "connections": [{"from": "users", "to": "lb"}, {"from": "lb", "to": "web"}, {"from": "web", "to": "db"}],
      "workload": {"mode": "open", "rate_rps": 100},
      "run": {"duration_s": 120}
    })");
}

json timelineEvent(double at, const char* type, double duration, double factor)
{
    return {{"at_s", at}, {"type", type}, {"duration_s", duration}, {"factor", factor}};
}

ScenarioLoadResult load(const json& j) { return parseScenario(j.dump(), "hostile.json"); }

QString firstError(const ScenarioLoadResult& r)
{
    return r.errors.empty() ? QString() : QString::fromStdString(r.errors.front().toString());
}

/// A refusal that names `path` and says the limit; within `ms` milliseconds.
void expectRefused(const json& j, const QString& path, qint64 ms = 2000)
{
    QElapsedTimer t;
    t.start();
    const ScenarioLoadResult r = load(j);
    const qint64 took = t.elapsed();
    QVERIFY2(!r.scenario, "accepted; expected a refusal at " + path.toUtf8());
    QCOMPARE(QString::fromStdString(r.errors.front().path), path);
    const QString msg = QString::fromStdString(r.errors.front().message);
    QVERIFY2(msg.contains("allowed") || msg.contains("a run may take"), qPrintable(msg));
    QVERIFY2(took < ms, qPrintable(QString::number(took) + " ms to refuse"));
}

Scenario scenarioOf(const json& j)
{
    const ScenarioLoadResult r = load(j);
    if (!r.scenario)
        qFatal("not loadable: %s", qPrintable(firstError(r)));
    return *r.scenario;
}

} // namespace

class TestHostileInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- the demand multiplier, as the simulator combines it ----

    /// Two overlapping 1,000x spikes: 10^6 while both last. Integral, by hand:
    /// x1 for 10 + 40 s, x1000 for 10 + 10 s, x10^6 for 50 s = 50 + 20,000 + 5*10^7.
    void overlappingSpikesMultiply()
    {
        json j = baseJson();
        j["workload"]["rate_rps"] = 0.001; // loadable: only the multiplier is looked at
        j["timeline"] = json::array({timelineEvent(10, "spike", 60, 1000), timelineEvent(20, "spike", 60, 1000)});
        const DemandProfile d = demandProfile(scenarioOf(j));
        QVERIFY2(std::abs(d.peakFactor - 1e6) <= 1e-9 * 1e6, qPrintable(QString::number(d.peakFactor, 'g', 17)));
        QCOMPARE(d.peakAtS, 20.0);
        const double integral = 50.0 + 20000.0 + 5e7;
        QVERIFY2(std::abs(d.integralS - integral) <= 1e-9 * integral, qPrintable(QString::number(d.integralS, 'g', 17)));
    }

    /// The budget's demand profile is an upper bound of Simulation::demandFactor() and is
    /// reached: the simulator's factor, read every 0.25 s of a run, peaks at the profile's
    /// value (equal within 1e-9 relative: piecewise constant, the peak lasts seconds).
    void profileMatchesTheSimulator_data()
    {
        QTest::addColumn<QByteArray>("timeline");
        QTest::addColumn<double>("peak");
        QTest::newRow("step during spike") << QByteArray(R"([{"at_s":10,"type":"spike","duration_s":30,"factor":10000},
                                                             {"at_s":20,"type":"step","factor":10000}])")
                                           << 1e8;
        QTest::newRow("two overlapping spikes") << QByteArray(R"([{"at_s":10,"type":"spike","duration_s":60,"factor":1000},
                                                                  {"at_s":20,"type":"spike","duration_s":60,"factor":1000}])")
                                                << 1e6;
        // A step sets the level (it does not multiply an earlier step); a ramp moves it.
        QTest::newRow("step then ramp") << QByteArray(R"([{"at_s":5,"type":"step","factor":1000},
                                                         {"at_s":30,"type":"ramp","duration_s":20,"factor":10}])")
                                        << 1000.0;
        QTest::newRow("ramp during spike") << QByteArray(R"([{"at_s":5,"type":"ramp","duration_s":20,"factor":100},
                                                            {"at_s":40,"type":"spike","duration_s":20,"factor":100}])")
                                           << 1e4;
        QTest::newRow("spikes apart") << QByteArray(R"([{"at_s":10,"type":"spike","duration_s":10,"factor":1000},
                                                       {"at_s":30,"type":"spike","duration_s":10,"factor":1000}])")
                                      << 1000.0;
        QTest::newRow("open-ended spike x step") << QByteArray(R"([{"at_s":10,"type":"spike","factor":50},
                                                                  {"at_s":60,"type":"step","factor":40}])")
                                                 << 2000.0;
    }
    void profileMatchesTheSimulator()
    {
        QFETCH(QByteArray, timeline);
        QFETCH(double, peak);
        json j = baseJson();
        j["workload"]["rate_rps"] = 0.001; // the factor is what is read, not the traffic
        j["timeline"] = json::parse(timeline.toStdString());
        const Scenario s = scenarioOf(j);
        const DemandProfile d = demandProfile(s);
        QVERIFY2(std::abs(d.peakFactor - peak) <= 1e-9 * peak, qPrintable(QString::number(d.peakFactor, 'g', 17)));
        Simulation sim(s);
        double seen = 0.0, integral = 0.0;
        const SimTime dt = kNanosPerSecond / 4;
        for (SimTime t = dt; t <= sim.endTime(); t += dt) {
            sim.runUntil(t - 1); // just before the step: the factor of (t - dt, t)
            const double f = sim.demandFactor();
            seen = std::max(seen, f);
            integral += f * 0.25;
            sim.runUntil(t);
        }
        QVERIFY2(std::abs(seen - peak) <= 1e-9 * peak, qPrintable(QString::number(seen, 'g', 17)));
        // The integral: the factor read at the end of each 0.25 s step, times 0.25 s, is
        // exact for steps on the grid (every change is at a whole second); on a linear
        // ramp it is off by |change| * 0.125 s, below peak * 0.25 s.
        QVERIFY2(std::abs(integral - d.integralS) <= peak * 0.25 + 1e-6 * d.integralS,
                 qPrintable(QString("%1 vs %2").arg(integral, 0, 'g', 12).arg(d.integralS, 0, 'g', 12)));
    }

    // ---- refused with the field that makes it too big ----

    /// A step x10^4 during a spike x10^4: 100 req/s becomes 10^10 req/s. Each alone is
    /// fine (10^6 req/s for 20-100 s); together they are refused, naming the step (the
    /// later of two equal factors) and mentioning the spike.
    void stepDuringSpikeIsRefused()
    {
        json alone = baseJson();
        alone["timeline"] = json::array({timelineEvent(10, "spike", 30, 1e4)});
        QVERIFY2(load(alone).scenario, qPrintable(firstError(load(alone))));
        json j = baseJson();
        j["timeline"] = json::array({timelineEvent(10, "spike", 30, 1e4), timelineEvent(20, "step", 0, 1e4)});
        expectRefused(j, "$.timeline[1].factor");
        QVERIFY(QString::fromStdString(load(j).errors.front().message).contains("$.timeline[0] spike x10000"));
    }

    /// Two overlapping 1,000x spikes (10^8 req/s for 50 s, 5*10^9 requests): refused;
    /// the same two spikes apart are accepted.
    void overlappingSpikesAreRefused()
    {
        json j = baseJson();
        j["timeline"] = json::array({timelineEvent(10, "spike", 60, 1000), timelineEvent(20, "spike", 60, 1000)});
        expectRefused(j, "$.timeline[1].factor");
        json apart = baseJson();
        apart["timeline"] = json::array({timelineEvent(10, "spike", 10, 1000), timelineEvent(30, "spike", 10, 1000)});
        QVERIFY2(load(apart).scenario, qPrintable(firstError(load(apart))));
    }

    /// A link_latency of one hour at 10^5 req/s: every request of the 600 s run is still
    /// on the link at the end (6*10^7 requests, ~11 GiB). Refused at the event's value;
    /// the same run without the event is accepted.
    void longLinkLatencyAtHighRateIsRefused()
    {
        json j = baseJson();
        j["workload"]["rate_rps"] = 1e5;
        j["run"]["duration_s"] = 600;
        QVERIFY2(load(j).scenario, qPrintable(firstError(load(j))));
        j["timeline"] = json::array({{{"at_s", 0}, {"type", "link_latency"}, {"target", "lb"}, {"target2", "web"},
                                      {"duration_s", 600}, {"value", 3.6e6}}});
        expectRefused(j, "$.timeline[0].value");
    }

    /// Siblings. A daily cycle (x2 at its peak) on top of a spike x1000 at 2,000 req/s for
    /// 600 s: 2.4*10^9 requests, over the 2*10^9 of the time budget; without it 1.2*10^9.
    void dailyCycleTimesSpike()
    {
        json j = baseJson();
        j["workload"]["rate_rps"] = 2000;
        j["run"]["duration_s"] = 600;
        j["timeline"] = json::array({timelineEvent(0, "spike", 0, 1000)});
        QVERIFY2(load(j).scenario, qPrintable(firstError(load(j))));
        j["timeline"].push_back({{"at_s", 0}, {"type", "daily_cycle"}, {"value", 1}});
        QCOMPARE(demandProfile(scenarioOf(baseJson())).peakFactor, 1.0);
        expectRefused(j, "$.timeline[0].factor");
    }

    /// Sticky balancing keeps one entry per client: 10^8 clients (~4.5 GiB) are refused at
    /// $.workload.users; round robin keeps none and the same workload is accepted.
    void stickyTableTimesClients()
    {
        json j = baseJson();
        j["workload"]["users"] = 1e8;
        j["workload"]["rate_rps"] = 1e6;
        j["run"]["duration_s"] = 600; // 6*10^8 arrivals: every client comes
        QVERIFY2(load(j).scenario, qPrintable(firstError(load(j))));
        j["components"][1]["params"] = {{"policy", "sticky"}};
        expectRefused(j, "$.workload.users");
    }

    /// Every primary database that takes writes allocates a 4 MiB stale-read table:
    /// 1,100 of them (4.3 GiB) are refused naming the components; 100 are accepted.
    void databasesTimesKeyTable()
    {
        auto withDatabases = [](int n) {
            json j = baseJson();
            j["workload"]["mix"] = {{"read", 1}, {"write", 1}};
            for (int i = 0; i < n; ++i) {
                const std::string id = "db" + std::to_string(i);
                j["components"].push_back({{"id", id}, {"kind", "database"}});
                j["connections"].push_back({{"from", "web"}, {"to", id}});
            }
            return j;
        };
        QVERIFY2(load(withDatabases(100)).scenario, qPrintable(firstError(load(withDatabases(100)))));
        expectRefused(withDatabases(1100), "$.components");
    }

    /// Samples x components is work too: one sample per millisecond for 10^7 s is 10^10
    /// samples of 4 components, refused at the sample interval.
    void samplesTimesComponents()
    {
        json j = baseJson();
        j["workload"]["rate_rps"] = 0.001;
        j["run"] = {{"duration_s", 1e7}, {"sample_interval_s", 0.001}};
        expectRefused(j, "$.run.sample_interval_s");
    }

    /// A long run at a plain rate is refused at the duration: 10^5 req/s for 10^6 s.
    void rateTimesDuration()
    {
        json j = baseJson();
        j["workload"]["rate_rps"] = 1e5;
        j["run"]["duration_s"] = 1e6;
        expectRefused(j, "$.run.duration_s");
    }

    // ---- negative latencies and ignored values ----

    void negativeLatencyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("path");
        QTest::newRow("link_latency value -5")
            << QByteArray(R"({"timeline":[{"at_s":1,"type":"link_latency","target":"lb","target2":"web","value":-5}]})")
            << "$.timeline[0].value";
        QTest::newRow("connection extra latency -1")
            << QByteArray(R"({"connections":[{"from":"users","to":"lb","extra_latency_ms":-1}]})")
            << "$.connections[0].extra_latency_ms";
        QTest::newRow("daily_cycle amplitude -0.5")
            << QByteArray(R"({"timeline":[{"at_s":1,"type":"daily_cycle","value":-0.5}]})") << "$.timeline[0].value";
        QTest::newRow("daily_cycle amplitude 3")
            << QByteArray(R"({"timeline":[{"at_s":1,"type":"daily_cycle","value":3}]})") << "$.timeline[0].value";
        QTest::newRow("event duration -1")
            << QByteArray(R"({"timeline":[{"at_s":1,"type":"spike","duration_s":-1,"factor":2}]})")
            << "$.timeline[0].duration_s";
        QTest::newRow("client timeout -1") << QByteArray(R"({"workload":{"client_timeout_ms":-1}})")
                                           << "$.workload.client_timeout_ms";
        QTest::newRow("access latency -1") << QByteArray(R"({"network":{"access_ms":-1}})") << "$.network.access_ms";
        QTest::newRow("retry jitter 2") << QByteArray(R"({"workload":{"retry":{"max_retries":2,"jitter":2}}})")
                                        << "$.workload.retry.jitter";
        QTest::newRow("retries 11") << QByteArray(R"({"workload":{"retry":{"max_retries":11}}})")
                                    << "$.workload.retry.max_retries";
        QTest::newRow("longest backoff below the first")
            << QByteArray(R"({"workload":{"retry":{"backoff_ms":500,"backoff_max_ms":100}}})")
            << "$.workload.retry.backoff_max_ms";
        QTest::newRow("breaker threshold 1.5")
            << QByteArray(R"({"workload":{"circuit_breaker":{"error_threshold":1.5}}})")
            << "$.workload.circuit_breaker.error_threshold";
        QTest::newRow("errors share 1.5")
            << QByteArray(R"({"timeline":[{"at_s":1,"type":"errors","target":"web","value":1.5}]})")
            << "$.timeline[0].value";
    }
    void negativeLatencyIsRefused()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, path);
        json j = baseJson();
        const json p = json::parse(patch.toStdString());
        for (auto it = p.begin(); it != p.end(); ++it)
            j[it.key()] = it.value();
        if (j.contains("workload") && !j["workload"].contains("mode"))
            j["workload"]["mode"] = "open";
        const ScenarioLoadResult r = load(j);
        QVERIFY2(!r.scenario, "accepted");
        QCOMPARE(QString::fromStdString(r.errors.front().path), path);
    }

    // ---- sweep values are checked like the field they replace ----

    void sweepValuesAreValidated_data()
    {
        QTest::addColumn<int>("axis");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("path"); // empty: accepted
        const int users = int(SweepSpec::Axis::Users), rate = int(SweepSpec::Axis::Rate);
        QTest::newRow("users 0") << users << 0.0 << "$.workload.users";
        QTest::newRow("users 2.5") << users << 2.5 << "$.workload.users";
        QTest::newRow("users -0") << users << -0.0 << "$.workload.users";
        QTest::newRow("users 1e8") << users << 1e8 << "$.workload.users";
        QTest::newRow("users 1000") << users << 1000.0 << "";
        QTest::newRow("rate 1e12") << rate << 1e12 << "$.workload.rate_rps";
        QTest::newRow("rate 1e8") << rate << 1e8 << "$.workload.rate_rps";
        QTest::newRow("rate -1") << rate << -1.0 << "$.workload.rate_rps";
        QTest::newRow("rate 500") << rate << 500.0 << "";
    }
    void sweepValuesAreValidated()
    {
        QFETCH(int, axis);
        QFETCH(double, value);
        QFETCH(QString, path);
        const Scenario base = scenarioOf(baseJson());
        SweepSpec spec;
        spec.axis = static_cast<SweepSpec::Axis>(axis);
        spec.values = {value};
        spec.jobs = 1;
        Scenario out;
        std::string error;
        QElapsedTimer t;
        t.start();
        const bool ok = applySweepValue(base, spec, value, out, &error);
        QVERIFY2(t.elapsed() < 30000, "no answer within 30 s"); // a hang guard, not a speed target (ASan runs are 20x slower)
        if (path.isEmpty()) {
            QVERIFY2(ok, error.c_str());
            QCOMPARE(spec.axis == SweepSpec::Axis::Users ? out.workload.users : out.workload.rateRps, value);
            return;
        }
        QVERIFY2(!ok, "accepted");
        QVERIFY2(QString::fromStdString(error).contains(path), error.c_str());
        QVERIFY2(QString::fromStdString(error).startsWith(QString::fromStdString(spec.axisName()) + " = "), error.c_str());
    }

    /// Points run side by side share the memory budget: 8*10^6 closed users (~1.5 GiB)
    /// fit one run, but not four at once.
    void sweepPointsShareTheBudget()
    {
        const Scenario base = scenarioOf(baseJson());
        SweepSpec spec;
        spec.axis = SweepSpec::Axis::Users;
        spec.values = {8e6, 8e6 + 1, 8e6 + 2, 8e6 + 3};
        Scenario out;
        std::string error;
        spec.jobs = 1;
        QVERIFY2(applySweepValue(base, spec, 8e6, out, &error), error.c_str());
        spec.jobs = 4;
        QVERIFY(!applySweepValue(base, spec, 8e6, out, &error));
        QVERIFY2(QString::fromStdString(error).contains("4 points run at once"), error.c_str());
    }

    // ---- 5,000 servers behind one balancer ----

    /// The file limit is 5,000 components: users, a balancer and 4,998 servers. Loading,
    /// building and 2 simulated seconds take about 0.5 s here (the ring alone took 76-120 s
    /// before it was built with one sort); the bound of 20 s leaves room for a debug or
    /// sanitizer build and still fails the quadratic build.
    void fiveThousandServersBuildQuickly_data()
    {
        QTest::addColumn<QString>("policy");
        for (const char* p : {"consistent_hash", "round_robin", "least_connections", "sticky"})
            QTest::newRow(p) << QString(p);
    }
    void fiveThousandServersBuildQuickly()
    {
        QFETCH(QString, policy);
        json j = baseJson();
        j["components"] = json::array({{{"id", "users"}, {"kind", "users"}},
                                       {{"id", "lb"}, {"kind", "load_balancer"}, {"params", {{"policy", policy.toStdString()}}}}});
        j["connections"] = json::array({{{"from", "users"}, {"to", "lb"}}});
        for (int i = 0; i < 4998; ++i) {
            const std::string id = "web" + std::to_string(i);
            j["components"].push_back({{"id", id}, {"kind", "web_server"}});
            j["connections"].push_back({{"from", "lb"}, {"to", id}});
        }
        j["workload"] = {{"mode", "open"}, {"rate_rps", 2000}, {"mix", {{"read", 1}}}};
        j["run"] = {{"duration_s", 2}};
        QElapsedTimer t;
        t.start();
        const Scenario s = scenarioOf(j);
        Simulation sim(s);
        sim.run();
        const qint64 took = t.elapsed();
        const Summary sum = sim.summary();
        QVERIFY2(took < 20000, qPrintable(QString::number(took) + " ms"));
        // 2,000 req/s for 2 s: 4,000 arrivals, Poisson: within 5 sigma (316).
        QVERIFY2(std::abs(double(sum.generated) - 4000.0) < 320, qPrintable(QString::number(sum.generated)));
        // Every server is up: nothing fails for want of a route.
        QCOMPARE(sum.failed[static_cast<int>(ErrorCause::NoRoute)], std::uint64_t{0});
        qInfo("%s: 5,000 components loaded, built and run 2 s in %lld ms", qPrintable(policy), took);
    }

    // ---- client timeouts count as errors ----

    /// A server that never answers within the run (service 600 s, one worker): every
    /// request the client gives up on counts as timed out. Requests started in the last
    /// second have not reached their 1 s deadline at the end and stay in flight.
    void clientTimeoutWithNoAnswerCountsAsErrors()
    {
        json j = baseJson();
        j["components"] = json::array({{{"id", "users"}, {"kind", "users"}},
                                       {{"id", "web"}, {"kind", "web_server"},
                                        {"params", {{"service_ms", 600000}, {"workers", 1}, {"queue_capacity", 100000}}}}});
        j["connections"] = json::array({{{"from", "users"}, {"to", "web"}}});
        j["workload"] = {{"mode", "open"}, {"rate_rps", 100}, {"client_timeout_ms", 1000}, {"mix", {{"read", 1}}}};
        j["network"] = {{"access_ms", 0}, {"cross_region_ms", 0}, {"intra_dc_ms", 0}};
        j["run"] = {{"duration_s", 60}};
        Recorder rec;
        Simulation sim(scenarioOf(j), &rec);
        sim.run();
        const Summary s = sim.summary();
        const std::uint64_t timedOut = s.failed[static_cast<int>(ErrorCause::TimedOut)];
        QCOMPARE(s.succeeded, std::uint64_t{0});
        QCOMPARE(s.errorRate, 1.0);
        // In flight at the end: the arrivals of the last second, Poisson(100): below 160
        // with probability 1 - 1e-7; and some (P(0 arrivals in 1 s) = e^-100).
        QVERIFY2(s.generated > timedOut && s.generated - timedOut < 160,
                 qPrintable(QString("%1 generated, %2 timed out").arg(s.generated).arg(timedOut)));
        const QJsonObject js = QJsonDocument::fromJson(QByteArray::fromStdString(summaryToJson(s))).object();
        QCOMPARE(js["errors_by_cause"].toObject()["timed_out"].toDouble(), double(timedOut));
        QCOMPARE(js["requests"].toObject()["failed"].toDouble(), double(timedOut));
        QCOMPARE(js["error_rate"].toDouble(), 1.0);
        // The time series: from t = 2 s on, every interval's answered requests are errors,
        // at the arrival rate (100/s, Poisson: 5 sigma = 50).
        int checked = 0;
        for (const Sample& smp : rec.samples()) {
            if (smp.tS < 2.5)
                continue;
            ++checked;
            QCOMPARE(smp.availability, 0.0);
            QVERIFY2(std::abs(smp.errorsRps[static_cast<int>(ErrorCause::TimedOut)] - 100.0) < 50.0,
                     qPrintable(QString::number(smp.errorsRps[static_cast<int>(ErrorCause::TimedOut)])));
        }
        QVERIFY(checked >= 50);
    }

    /// M/M/1 (lambda 50/s, mu 100/s, FCFS, no network) with a client timeout of 50 ms: the
    /// server still serves what the client abandoned, so the sojourn time is the M/M/1 one,
    /// P(T > t) = exp(-(mu - lambda) t) = exp(-2.5) = 0.0821, and that is the error rate.
    /// 2*10^5 measured requests: the binomial sigma is 6e-4; the correlation of successive
    /// sojourn times widens it (a factor of about 3 at rho = 0.5); 0.008 is over 4 sigma.
    void mm1TimeoutFraction()
    {
        json j = baseJson();
        j["components"] = json::array({{{"id", "users"}, {"kind", "users"}},
                                       {{"id", "web"}, {"kind", "web_server"},
                                        {"params", {{"service_ms", 10}, {"workers", 1}, {"queue_capacity", 1e8},
                                                    {"service_dist", "exponential"}}}}});
        j["connections"] = json::array({{{"from", "users"}, {"to", "web"}}});
        j["workload"] = {{"mode", "open"}, {"rate_rps", 50}, {"client_timeout_ms", 50}, {"mix", {{"read", 1}}}};
        j["network"] = {{"access_ms", 0}, {"cross_region_ms", 0}, {"intra_dc_ms", 0}};
        j["run"] = {{"duration_s", 4100}, {"warmup_s", 100}, {"seed", 7}};
        Simulation sim(scenarioOf(j));
        sim.run();
        const Summary s = sim.summary();
        const double expected = std::exp(-(100.0 - 50.0) * 0.050);
        QVERIFY2(s.succeeded + s.failed[static_cast<int>(ErrorCause::TimedOut)] > 190000, "too few requests");
        QVERIFY2(std::abs(s.errorRate - expected) < 0.008,
                 qPrintable(QString("error rate %1, expected %2").arg(s.errorRate).arg(expected)));
    }

    // ---- the single entry point ----

    /// Lesson experiments, the GUI's Play and every CLI path call checkScenarioRunnable:
    /// it refuses what the loader refuses (field checks included) and what the budget does.
    void oneEntryPoint()
    {
        Scenario s = scenarioOf(baseJson());
        QVERIFY(checkScenarioRunnable(s, "x").empty());
        s.workload.mode = Workload::Mode::Closed;
        s.workload.users = 2.5;
        auto d = checkScenarioRunnable(s, "x");
        QVERIFY(!d.empty());
        QCOMPARE(QString::fromStdString(d.front().path), QString("$.workload.users"));
        s = scenarioOf(baseJson());
        s.timeline = {TimelineEvent{10, "spike", "", "", 60, 1000, 0, ""}, TimelineEvent{20, "spike", "", "", 60, 1000, 0, ""}};
        d = checkScenarioRunnable(s, "x");
        QVERIFY(!d.empty());
        QCOMPARE(QString::fromStdString(d.front().path), QString("$.timeline[1].factor"));
        // An experiment at 10^7 req/s for an hour (3.6*10^10 requests) is refused.
        s = scenarioOf(baseJson());
        s.workload.rateRps = 1e7;
        s.run.durationS = 3600;
        QVERIFY(!checkScenarioRunnable(s, "experiment").empty());
    }

    // ---- the command line ----

    void cliRefusesQuickly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("sweep --users 1e8") << QStringList{"sweep", "@", "--users", "100,1e8", "--quiet", "--out", "@out"}
                                           << "$.workload.users";
        QTest::newRow("sweep --rate 1e12") << QStringList{"sweep", "@", "--rate", "1e12", "--quiet", "--out", "@out"}
                                           << "$.workload.rate_rps";
        QTest::newRow("sweep --users 0") << QStringList{"sweep", "@", "--users", "0", "--quiet", "--out", "@out"}
                                         << "users = 0";
        QTest::newRow("sweep --users 2.5") << QStringList{"sweep", "@", "--users", "2.5", "--quiet", "--out", "@out"}
                                           << "whole number";
        QTest::newRow("run --duration 1e8") << QStringList{"run", "@", "--duration", "1e8", "--quiet"}
                                            << "--duration";
    }
    void cliRefusesQuickly()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        if (!QFile::exists(clitest::cliPath()))
            QSKIP("scalelab-cli is not built");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        json j = baseJson();
        j["workload"]["rate_rps"] = 1e5;
        const QString file = dir.filePath("s.json");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(j.dump()));
        }
        for (QString& a : args) {
            if (a == "@")
                a = file;
            else if (a == "@out")
                a = dir.filePath("out");
        }
        QElapsedTimer t;
        t.start();
        const clitest::CliRun r = clitest::runCli(args, {}, 60000);
        if (r.unavailable())
            QSKIP("this build has no sweep");
        QVERIFY2(r.finished, "did not finish within 60 s");
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed()) + " ms"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(needle), qPrintable(r.describe()));
    }

    /// `validate` of the step-during-spike file: exit 1, the event's path on stderr.
    void cliValidateNamesTheEvent()
    {
        if (!QFile::exists(clitest::cliPath()))
            QSKIP("scalelab-cli is not built");
        QTemporaryDir dir;
        json j = baseJson();
        j["timeline"] = json::array({timelineEvent(10, "spike", 30, 1e4), timelineEvent(20, "step", 0, 1e4)});
        const QString file = dir.filePath("s.json");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(j.dump()));
        }
        const clitest::CliRun r = clitest::runCli({"validate", file}, {}, 30000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains("$.timeline[1].factor"), qPrintable(r.describe()));
    }
};

QTEST_APPLESS_MAIN(TestHostileInputs)
#include "tst_hostile_inputs.moc"
