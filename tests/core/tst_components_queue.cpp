// SPDX-License-Identifier: GPL-3.0-or-later
// Message queue and workers: a spike fills the queue at (arrival - consumer rate) and
// the backlog drains at (consumer rate - arrival rate); failed jobs retry, then go to
// the dead-letter count with probability f^(retries+1).
#include "sim/Simulation.h"
#include "tst_components_kit.h"

#include <QtTest>

#include <cmath>

using namespace scalelab::core;
using namespace scalelab::core::kit;

class TestQueue : public QObject
{
    Q_OBJECT

    static Scenario jobs(double rate, int workers, double serviceMs, double failureRate = 0, double retries = 3)
    {
        Scenario s = openScenario(rate, 60, 0, 5);
        s.workload.mix = {0, 0, 0, 1};
        add(s, "users", "users");
        add(s, "web", "web_server", {{"workers", 500.0}, {"service_ms", 1.0}});
        add(s, "mq", "message_queue");
        add(s, "workers", "worker_pool",
            {{"workers", static_cast<double>(workers)}, {"service_ms", serviceMs}, {"service_dist", std::string("deterministic")},
             {"failure_rate", failureRate}, {"max_retries", retries}});
        link(s, "users", "web");
        link(s, "web", "mq");
        link(s, "mq", "workers");
        return s;
    }
    /// Least-squares slope of the queue depth over samples with tS in [from, to].
    static double depthSlope(const Recording& rec, double from, double to)
    {
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (const auto& smp : rec.samples)
            if (smp.tS >= from && smp.tS <= to) {
                n += 1;
                sx += smp.tS;
                sy += smp.queueDepth;
                sxx += smp.tS * smp.tS;
                sxy += smp.tS * smp.queueDepth;
            }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

private Q_SLOTS:
    void spikeFillsAndDrains_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("workers");
        QTest::addColumn<double>("serviceMs");
        QTest::addColumn<double>("spike");
        QTest::newRow("600/s, 10 x 10 ms, spike x3") << 600.0 << 10 << 10.0 << 3.0;
        QTest::newRow("300/s, 4 x 8 ms, spike x2.5") << 300.0 << 4 << 8.0 << 2.5;
    }
    void spikeFillsAndDrains()
    {
        QFETCH(double, rate);
        QFETCH(int, workers);
        QFETCH(double, serviceMs);
        QFETCH(double, spike);
        Scenario s = jobs(rate, workers, serviceMs);
        s.run.sampleIntervalS = 0.25;
        TimelineEvent e = makeEvent(10, "spike", "", 10);
        e.factor = spike;
        s.timeline.push_back(e);
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();
        const double consumer = workers / (serviceMs * 1e-3);
        const double fill = depthSlope(rec, 11, 19), drain = depthSlope(rec, 21, 21 + 0.6 * (spike * rate - consumer) * 10 / (consumer - rate));
        qInfo("queue grows %.1f/s (predicted %.1f), drains %.1f/s (predicted %.1f)", fill, spike * rate - consumer, drain,
              rate - consumer);
        // Arrivals are Poisson: over ~8 s the count's 4 sigma is about 4*sqrt(rate*8),
        // i.e. ~10% of the slope here; deterministic service makes the consumer side exact.
        QVERIFY(std::abs(fill - (spike * rate - consumer)) < 0.1 * (spike * rate - consumer));
        QVERIFY(std::abs(drain - (rate - consumer)) < 0.1 * (consumer - rate));
        QCOMPARE(sim.summary().failed[static_cast<int>(ErrorCause::Rejected)], std::uint64_t{0});
    }

    void jobsWithoutAQueueRunInTheRequest()
    {
        // No message queue: the web server does each job's work (job_ms, exponential like
        // the service) while the user waits. 200 jobs/s, 50 workers, 1 ms + 50 ms per
        // request: offered load 10.2 workers (rho = 0.2, waiting negligible for M/G/50), so
        // the mean response is 51 ms (the standard error of 12,000 responses is ~0.5 ms;
        // 4 sigma + 1%) and the utilization 0.204.
        Scenario s = openScenario(200, 60, 0, 5);
        s.workload.mix = {0, 0, 0, 1};
        add(s, "users", "users");
        add(s, "web", "web_server", {{"workers", 50.0}, {"service_ms", 1.0}, {"job_ms", 50.0}});
        link(s, "users", "web");
        Simulation sim(s);
        sim.run();
        const Summary sync = sim.summary();
        double util = -1;
        for (const auto& c : sync.components)
            if (c.id == "web")
                util = c.utilization;
        qInfo("jobs in the request: mean %.2f ms (expected 51), p99 %.1f ms, utilization %.4f (expected 0.204), %llu jobs done",
              sync.latency.meanMs, sync.latency.p99Ms, util, static_cast<unsigned long long>(sync.jobsProcessed));
        QVERIFY(std::abs(sync.latency.meanMs - 51.0) < 4 * 51.0 / std::sqrt(12000.0) + 0.51);
        QVERIFY(std::abs(util - 0.204) < 0.01);
        QCOMPARE(sync.jobsProcessed, sync.succeeded); // the work is done, not just answered
        // p99 of 1 ms + Exp(50 ms) is about 50 ln(100) = 231 ms; the standard error of a
        // p99 from 12,000 samples is ~4.5 ms: 25 ms is over 5 sigma.
        QVERIFY(std::abs(sync.latency.p99Ms - 231.0) < 25.0);

        // With a queue the user only waits for the hand-off (1 ms): p99 falls by over 10x.
        Scenario q = jobs(200, 20, 50);
        Simulation simq(q);
        simq.run();
        const Summary queued = simq.summary();
        qInfo("with a queue: p99 %.2f ms", queued.latency.p99Ms);
        QVERIFY(queued.latency.p99Ms < sync.latency.p99Ms / 10);
    }

    void retriesAndDeadLetters()
    {
        const double f = 0.3;
        const double retries = 2;
        Scenario s = jobs(500, 20, 5, f, retries);
        Simulation sim(s);
        sim.run();
        const Summary sum = sim.summary();
        const double jobs = static_cast<double>(sum.generated);
        const double dead = static_cast<double>(sum.deadLetters);
        const double pDead = std::pow(f, retries + 1);
        const double expectedRetries = jobs * (f + f * f);
        qInfo("%0.f jobs, %0.f dead letters (expected %.0f), %llu retries (expected %.0f), %llu processed", jobs, dead,
              jobs * pDead, static_cast<unsigned long long>(sum.jobRetries), expectedRetries,
              static_cast<unsigned long long>(sum.jobsProcessed));
        QVERIFY(std::abs(dead - jobs * pDead) < 4 * std::sqrt(jobs * pDead * (1 - pDead)) + 2);
        QVERIFY(std::abs(static_cast<double>(sum.jobRetries) - expectedRetries) < 0.03 * expectedRetries);
        // Every job ends processed or dead, except the few still in the queue at the end.
        QVERIFY(std::abs(static_cast<double>(sum.jobsProcessed) + dead - jobs) < 50);
    }

    void fullQueueRejects()
    {
        Scenario s = jobs(1000, 1, 10);
        s.components[2].params["capacity"] = 500.0;
        s.run.durationS = 10;
        Simulation sim(s);
        sim.run();
        const Summary sum = sim.summary();
        // The queue fills in ~0.55 s (900/s net), then admits only what the consumer takes (100/s).
        const double rejected = static_cast<double>(sum.failed[static_cast<int>(ErrorCause::Rejected)]);
        qInfo("rejected %.0f of %llu", rejected, static_cast<unsigned long long>(sum.generated));
        QVERIFY(std::abs(rejected - (10000 - 500 - 100 * 10)) < 400);
    }
};

QTEST_APPLESS_MAIN(TestQueue)
#include "tst_components_queue.moc"
