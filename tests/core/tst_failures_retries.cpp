// SPDX-License-Identifier: GPL-3.0-or-later
// Client retries: a failed attempt is sent again after an exponential backoff, which
// multiplies the load by the expected number of attempts; a timed-out attempt still
// occupies the servers. After a spike this can keep a system down on its own (a
// metastable failure) unless the servers shed the requests whose clients have given up,
// or the clients' circuit breakers stop sending for a while.
#include "io/ScenarioJson.h"
#include "sim/Simulation.h"
#include "tst_components_kit.h"

#include <QtTest>

#include <cmath>

using namespace scalelab::core;
using namespace scalelab::core::kit;

class TestRetries : public QObject
{
    Q_OBJECT

    /// Users -> one web server, far below saturation (50 workers, 2 ms, 200 req/s:
    /// utilization under 2% even with every retry), answering a share p with an error.
    static Scenario flaky(double p, int retries, double seconds = 100)
    {
        Scenario s = openScenario(200, seconds, 0, 5);
        s.workload.mix = {0, 1, 0, 0};
        s.workload.retry.maxRetries = retries;
        s.workload.retry.backoffMs = 20;
        add(s, "users", "users");
        add(s, "web", "web_server", {{"workers", 50.0}, {"service_ms", 2.0}});
        link(s, "users", "web");
        TimelineEvent e = makeEvent(0, "errors", "web");
        e.value = p;
        s.timeline.push_back(e);
        return s;
    }

    static std::uint64_t failedBy(const Summary& sum, ErrorCause c) { return sum.failed[static_cast<int>(c)]; }

    /// Users -> web server with 10 workers of 10 ms (capacity 1,000 req/s) at 700 req/s,
    /// a 200 ms client timeout, 3 retries; demand doubles from 30 s to 50 s.
    static Scenario spiky(bool shed, bool breaker)
    {
        Scenario s = openScenario(700, 120, 0, 3);
        s.workload.mix = {0, 1, 0, 0};
        s.workload.clientTimeoutMs = 200;
        s.workload.retry.maxRetries = 3;
        s.workload.retry.backoffMs = 50;
        s.workload.retry.backoffMaxMs = 1000;
        if (breaker) {
            s.workload.breaker.errorThreshold = 0.5;
            s.workload.breaker.windowS = 5;
            s.workload.breaker.minRequests = 50;
            s.workload.breaker.openS = 5;
        }
        add(s, "users", "users");
        add(s, "web", "web_server",
            {{"workers", 10.0}, {"service_ms", 10.0}, {"queue_capacity", 1e6}, {"timeout_ms", shed ? 150.0 : 0.0}});
        link(s, "users", "web");
        TimelineEvent spike = makeEvent(30, "spike", "", 20);
        spike.factor = 2;
        s.timeline.push_back(spike);
        return s;
    }

    /// Error rate (failed / ended) over the samples in [from, to).
    static double errorRate(const Recording& rec, double from, double to)
    {
        double ok = 0, bad = 0;
        for (const Sample& x : rec.samples)
            if (x.tS > from && x.tS <= to) {
                ok += x.throughputRps * x.intervalS;
                bad += x.errorsTotalRps() * x.intervalS;
            }
        return ok + bad > 0 ? bad / (ok + bad) : 0;
    }

private Q_SLOTS:
    /// Each attempt fails independently with probability p, so a request makes
    /// 1 + p + ... + p^R = (1 - p^(R+1)) / (1 - p) attempts (1/(1-p) as R grows) and fails
    /// for good with probability p^(R+1). Tolerance: 4 standard errors of the mean number of
    /// attempts (sd <= sqrt(p)/(1-p) per request over ~20,000 requests) and of the final
    /// failure count (binomial).
    void amplificationIsOneOverOneMinusP_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<int>("retries");
        QTest::newRow("p 0.3, 3 retries") << 0.3 << 3;
        QTest::newRow("p 0.5, 10 retries (≈ 1/(1-p) = 2)") << 0.5 << 10;
        QTest::newRow("p 0.2, no retries") << 0.2 << 0;
    }
    void amplificationIsOneOverOneMinusP()
    {
        QFETCH(double, p);
        QFETCH(int, retries);
        Simulation sim(flaky(p, retries));
        sim.run();
        const Summary sum = sim.summary();
        const double n = static_cast<double>(sum.generated);
        QVERIFY(n > 19000 && n < 21000);
        const double attempts = (n + static_cast<double>(sum.retries)) / n;
        const double expected = (1 - std::pow(p, retries + 1)) / (1 - p);
        const double se = std::sqrt(p) / (1 - p) / std::sqrt(n);
        qInfo("p %.2f, %d retries: %.4f attempts per request (theory %.4f, se %.4f)", p, retries, attempts, expected, se);
        QVERIFY2(std::abs(attempts - expected) < 4 * se + 1e-9,
                 qPrintable(QStringLiteral("%1 attempts per request, theory %2").arg(attempts).arg(expected)));
        // The server did every attempt's work: its served count is the attempts made.
        const ComponentSummary* web = nullptr;
        for (const auto& c : sum.components)
            if (c.id == "web")
                web = &c;
        QVERIFY(web);
        QVERIFY2(std::abs(static_cast<double>(web->served) - (n + sum.retries)) <= 50,
                 qPrintable(QStringLiteral("served %1, attempts %2").arg(web->served).arg(n + sum.retries)));
        const double finalFail = std::pow(p, retries + 1);
        const double failSe = std::sqrt(finalFail * (1 - finalFail) / n);
        const double failed = static_cast<double>(failedBy(sum, ErrorCause::ServerError)) / n;
        QVERIFY2(std::abs(failed - finalFail) < 4 * failSe + 2.0 / n,
                 qPrintable(QStringLiteral("final failures %1, theory %2").arg(failed).arg(finalFail)));
        // Every other request succeeded, its retries hidden from the user but not its wait;
        // only those still in flight or in backoff at the end (a few: 200 req/s x < 0.2 s) are open.
        const std::uint64_t ended = sum.succeeded + failedBy(sum, ErrorCause::ServerError);
        QVERIFY2(ended <= sum.generated && ended + 40 >= sum.generated,
                 qPrintable(QStringLiteral("%1 ended of %2").arg(ended).arg(sum.generated)));
    }

    /// Backoff doubles from backoff_ms: with every attempt failing, no jitter and a 2 ms
    /// deterministic service, a request lives 4 x 2 ms + (100 + 200 + 400) ms = 708 ms, so
    /// Little's law gives L = 200 req/s x 0.708 s = 141.6 in the system. With full jitter
    /// the mean wait halves: 4 x 2 + 350 = 358 ms, L = 71.6. Tolerance 3%: the time average
    /// of L over 100 s at this rate (about 1% standard error).
    void backoffDoubles_data()
    {
        QTest::addColumn<double>("jitter");
        QTest::addColumn<double>("expectedL");
        QTest::newRow("no jitter") << 0.0 << 141.6;
        QTest::newRow("full jitter") << 1.0 << 71.6;
    }
    void backoffDoubles()
    {
        QFETCH(double, jitter);
        QFETCH(double, expectedL);
        Scenario s = flaky(1.0, 3);
        s.workload.retry.backoffMs = 100;
        s.workload.retry.jitter = jitter;
        s.components[1].params["service_dist"] = std::string("deterministic");
        Simulation sim(s);
        sim.run();
        const Summary sum = sim.summary();
        QCOMPARE(sum.succeeded, std::uint64_t{0});
        qInfo("jitter %.0f: L = %.2f (theory %.1f)", jitter, sum.meanInSystem, expectedL);
        // Three retries per request, less those of the last 0.708 s (about 142 requests) that
        // the end of the run cuts short.
        QVERIFY2(sum.retries <= 3 * sum.generated && sum.retries + 3 * 200 >= 3 * sum.generated,
                 qPrintable(QStringLiteral("%1 retries for %2 requests").arg(sum.retries).arg(sum.generated)));
        QVERIFY2(std::abs(sum.meanInSystem - expectedL) < 0.03 * expectedL,
                 qPrintable(QStringLiteral("L = %1, theory %2").arg(sum.meanInSystem).arg(expectedL)));
    }

    /// The backoff cap: 100 ms doubling, capped at 150 ms, gives 100 + 150 + 150.
    void backoffIsCapped()
    {
        Scenario s = flaky(1.0, 3);
        s.workload.retry.backoffMs = 100;
        s.workload.retry.backoffMaxMs = 150;
        s.workload.retry.jitter = 0;
        s.components[1].params["service_dist"] = std::string("deterministic");
        Simulation sim(s);
        sim.run();
        const double expectedL = 200 * (0.008 + 0.4);
        QVERIFY2(std::abs(sim.summary().meanInSystem - expectedL) < 0.03 * expectedL,
                 qPrintable(QString::number(sim.summary().meanInSystem)));
    }

    /// A spike with timeouts and retries: without shedding, the queue holds requests whose
    /// clients already gave up, the server keeps doing their work, every reply comes too
    /// late, and the retries (4 attempts per request, 2,800 req/s offered against a
    /// capacity of 1,000) keep it that way long after demand is back to 700 req/s: the
    /// error rate 60 s after the spike is still ~100%. With shedding (a 150 ms queue
    /// timeout, under the client's 200 ms) the server drops those requests unserved, serves
    /// 1,000 req/s of requests that still succeed, and recovers: at 700 req/s an M/M/10
    /// queue waits more than 150 ms with probability about e^-45. With circuit breakers
    /// the clients stop sending for 5 s at a time, the backlog drains, and it recovers too.
    void metastableAfterSpike()
    {
        Recording noShed, shed, breaker;
        Simulation a(spiky(false, false), &noShed);
        a.run();
        Simulation b(spiky(true, false), &shed);
        b.run();
        Simulation c(spiky(false, true), &breaker);
        c.run();
        // Before the spike all three are healthy.
        QVERIFY2(errorRate(noShed, 10, 30) < 0.01, qPrintable(QString::number(errorRate(noShed, 10, 30))));
        QVERIFY2(errorRate(shed, 10, 30) < 0.01, qPrintable(QString::number(errorRate(shed, 10, 30))));
        QVERIFY2(errorRate(breaker, 10, 30) < 0.01, qPrintable(QString::number(errorRate(breaker, 10, 30))));
        // 60 s after the spike (it ended at 50 s).
        const double stuck = errorRate(noShed, 105, 115);
        const double recovered = errorRate(shed, 105, 115);
        const double broken = errorRate(breaker, 105, 115);
        qInfo("error rate 55-65 s after the spike: no shedding %.4f, shedding %.4f, breaker %.4f", stuck,
              recovered, broken);
        QVERIFY2(stuck > 0.95, qPrintable(QString::number(stuck)));
        QVERIFY2(recovered < 0.001, qPrintable(QString::number(recovered)));
        QVERIFY2(broken < 0.001, qPrintable(QString::number(broken)));
        // The retry storm is visible: retries outnumber new requests while stuck.
        double retries = 0, offered = 0;
        for (const Sample& x : noShed.samples)
            if (x.tS > 105 && x.tS <= 115) {
                retries += x.retryRps;
                offered += x.offeredRps;
            }
        QVERIFY2(retries > 2.5 * offered, qPrintable(QStringLiteral("%1 vs %2").arg(retries).arg(offered)));
        QVERIFY(breaker.first("circuit_open"));
        QVERIFY(breaker.first("circuit_closed"));
        QVERIFY(breaker.first("circuit_open")->time < breaker.first("circuit_closed")->time);
        QCOMPARE(c.summary().breakerOpens > 0, true);
        QVERIFY(c.summary().failed[static_cast<int>(ErrorCause::CircuitOpen)] > 0);
    }

    /// Example 18 shows the storm as its description says: still failing 60 s after the
    /// spike (which ends at 60 s), and recovered with a queue timeout under the client
    /// timeout (300 ms less the 40 ms round trip of the network) or with breakers.
    void exampleStaysDownUntilFixed()
    {
        const std::string file = std::string(SCALELAB_SOURCE_DIR) + "/examples/18-retry-storm.json";
        ScenarioLoadResult r = loadScenarioFile(file);
        QVERIFY2(r.scenario, r.errors.empty() ? "" : r.errors.front().toString().c_str());
        auto rate = [](Scenario s) {
            Recording rec;
            Simulation sim(s, &rec);
            sim.run();
            return errorRate(rec, 115, 125);
        };
        Scenario shed = *r.scenario, breaker = *r.scenario;
        for (Component& c : shed.components)
            if (c.kind == "web_server")
                c.params["timeout_ms"] = 200.0;
        breaker.workload.breaker.errorThreshold = 0.5;
        const double stuck = rate(*r.scenario), shedding = rate(shed), breaking = rate(breaker);
        qInfo("example 18, error rate 55-65 s after the spike: as given %.4f, queue timeout %.4f, breaker %.4f",
              stuck, shedding, breaking);
        QVERIFY2(stuck > 0.95, qPrintable(QString::number(stuck)));
        QVERIFY2(shedding < 0.001, qPrintable(QString::number(shedding)));
        QVERIFY2(breaking < 0.001, qPrintable(QString::number(breaking)));
    }

    /// An open breaker fails at once: with every attempt failing, after min_requests
    /// failures in the window it opens, and the attempts in the next open_s seconds are
    /// failed by the client without reaching the server.
    void breakerFailsFast()
    {
        Scenario s = flaky(1.0, 0, 30);
        s.workload.breaker.errorThreshold = 0.5;
        s.workload.breaker.windowS = 10;
        s.workload.breaker.minRequests = 100;
        s.workload.breaker.openS = 5;
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();
        const Summary sum = sim.summary();
        const SimEvent* open = rec.first("circuit_open");
        QVERIFY(open);
        // 100 failures at 200 req/s: it opens about 0.5 s in (Poisson: 100 arrivals take
        // 0.5 s +- 0.05 s), plus the 2 ms answer.
        QVERIFY2(std::abs(simTimeToSeconds(open->time) - 0.5) < 0.2, qPrintable(QString::number(simTimeToSeconds(open->time))));
        // Every probe fails, so it stays open but for one probe each 5 s: the server sees
        // the first ~100 requests and about one per 5 s; the client fails the rest.
        const ComponentSummary* web = nullptr;
        for (const auto& c : sum.components)
            if (c.id == "web")
                web = &c;
        QVERIFY(web);
        QVERIFY2(web->served < 130, qPrintable(QString::number(web->served)));
        QVERIFY(failedBy(sum, ErrorCause::CircuitOpen) > sum.generated - 130);
    }
};

QTEST_GUILESS_MAIN(TestRetries)
#include "tst_failures_retries.moc"
