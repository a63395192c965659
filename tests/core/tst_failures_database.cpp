// SPDX-License-Identifier: GPL-3.0-or-later
// Primary loss: writes fail for exactly detection + promotion, the writes inside the
// replication lag are lost, and replicas serve stale reads at the rate theory predicts.
#include "sim/Simulation.h"
#include "tst_components_kit.h"

#include <QtTest>

#include <cmath>

using namespace scalelab::core;
using namespace scalelab::core::kit;

class TestDatabaseFailures : public QObject
{
    Q_OBJECT

    static Scenario cluster(double writeRps, double readRps, double detectS, double promoteS, double lagMs)
    {
        Scenario s = openScenario(writeRps + readRps, 30, 0, 3);
        s.workload.mix = {0, readRps, writeRps, 0};
        s.workload.keyCount = 1000;
        s.workload.zipfExponent = 0.9;
        s.run.sampleIntervalS = 0.01;
        add(s, "users", "users");
        add(s, "web", "web_server", {{"workers", 2000.0}, {"service_ms", 0.1}});
        const std::vector<std::pair<std::string, ParamValue>> db = {
            {"workers", 2000.0}, {"service_ms", 0.5}, {"write_service_ms", 0.5}, {"replication_lag_ms", lagMs},
            {"failover_detection_s", detectS}, {"promotion_s", promoteS}};
        add(s, "primary", "database", db);
        auto replica = db;
        replica.push_back({"role", std::string("replica")});
        add(s, "replica", "database", replica);
        link(s, "users", "web");
        link(s, "web", "primary");
        link(s, "primary", "replica");
        return s;
    }

private Q_SLOTS:
    void masterLoss_data()
    {
        QTest::addColumn<double>("writeRps");
        QTest::addColumn<double>("detectS");
        QTest::addColumn<double>("promoteS");
        QTest::addColumn<double>("lagMs");
        QTest::newRow("2000 w/s, 5+3 s, 200 ms lag") << 2000.0 << 5.0 << 3.0 << 200.0;
        QTest::newRow("1000 w/s, 10+5 s, 500 ms lag") << 1000.0 << 10.0 << 5.0 << 500.0;
        QTest::newRow("3000 w/s, 2+1 s, 50 ms lag") << 3000.0 << 2.0 << 1.0 << 50.0;
    }
    void masterLoss()
    {
        QFETCH(double, writeRps);
        QFETCH(double, detectS);
        QFETCH(double, promoteS);
        QFETCH(double, lagMs);
        Scenario s = cluster(writeRps, 0, detectS, promoteS, lagMs);
        const double crashS = 5.0;
        s.timeline.push_back(makeEvent(crashS, "master_loss", "primary"));
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();
        const Summary sum = sim.summary();

        // Promotion happens exactly detection + promotion after the crash (integer ns clock).
        const SimEvent* promoted = rec.first("promoted");
        QVERIFY(promoted);
        QCOMPARE(promoted->component, std::string("replica"));
        QCOMPARE(promoted->component2, std::string("primary")); // replaced, back as a replica
        QCOMPARE(promoted->time - secondsToSimTime(crashS), secondsToSimTime(detectS + promoteS));

        // The error window seen in the 10 ms samples: first and last windows with errors.
        double first = -1, last = -1;
        for (const auto& smp : rec.samples)
            if (smp.errorsTotalRps() > 0) {
                if (first < 0)
                    first = smp.tS - smp.intervalS;
                last = smp.tS;
            }
        const double window = last - first;
        qInfo("write error window %.3f s (detection + promotion %.3f s), failed writes %llu, lost %llu (expected %.0f)",
              window, detectS + promoteS, static_cast<unsigned long long>(sum.failedWrites),
              static_cast<unsigned long long>(sum.lostWrites), writeRps * lagMs * 1e-3);
        // To the sampling resolution: one 10 ms window at each end.
        QVERIFY(std::abs(first - crashS) <= 0.01 + 1e-9);
        QVERIFY(std::abs(window - (detectS + promoteS)) <= 0.02 + 1e-9);
        // Every write sent in the window fails: Poisson count, 4 sigma.
        const double expectedFailed = writeRps * (detectS + promoteS);
        QVERIFY(std::abs(static_cast<double>(sum.failedWrites) - expectedFailed) < 4 * std::sqrt(expectedFailed) + 5);
        // Lost writes are those committed in the last `lag` before the crash: Poisson, 4 sigma.
        const double expectedLost = writeRps * lagMs * 1e-3;
        QVERIFY(std::abs(static_cast<double>(sum.lostWrites) - expectedLost) < 4 * std::sqrt(expectedLost) + 1);
        QVERIFY(rec.first("writes_lost"));
    }

    void staleReadsMatchTheory()
    {
        // A read of key k on a replica is stale when k was written within the lag:
        // P = sum_k p_k (1 - exp(-lambda_w p_k L)) for independent Zipf requests.
        const double writeRps = 500, readRps = 2000, lagMs = 300;
        Scenario s = cluster(writeRps, readRps, 10, 5, lagMs);
        s.run.sampleIntervalS = 1;
        s.run.warmupS = 2;
        Simulation sim(s);
        sim.run();
        const Summary sum = sim.summary();
        const std::size_t n = s.workload.keyCount;
        double h = 0;
        for (std::size_t k = 1; k <= n; ++k)
            h += std::pow(static_cast<double>(k), -s.workload.zipfExponent);
        double expected = 0;
        for (std::size_t k = 1; k <= n; ++k) {
            const double p = std::pow(static_cast<double>(k), -s.workload.zipfExponent) / h;
            expected += p * (1 - std::exp(-writeRps * p * lagMs * 1e-3));
        }
        const double reads = static_cast<double>(sum.readLatency.count);
        const double measured = static_cast<double>(sum.staleReads) / reads;
        qInfo("stale read ratio %.4f, theory %.4f (%0.f reads)", measured, expected, reads);
        // ~56k reads: binomial 4 sigma is under 0.01 in absolute terms.
        QVERIFY(std::abs(measured - expected) < 4 * std::sqrt(expected * (1 - expected) / reads) + 0.002);
    }

    void replicaLossMovesReadsToThePrimary()
    {
        Scenario s = cluster(100, 1000, 10, 5, 100);
        s.run.sampleIntervalS = 1;
        s.timeline.push_back(makeEvent(10, "replica_loss", "replica"));
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();
        const Sample& late = rec.samples.back();
        const double primaryRate = Recording::component(late, "primary")->throughputRps;
        qInfo("primary serves %.0f req/s after the replica is lost (offered 1100)", primaryRate);
        // All 1100 req/s land on the primary (Poisson 1 s window: 4 sigma ~ 133).
        QVERIFY(std::abs(primaryRate - 1100) < 140);
        QCOMPARE(sim.summary().failedWrites, std::uint64_t{0});
    }

    /// replace_after_s: a replica down this long is replaced by a new one, which first
    /// copies the data (data_gb x 1000 / copy_mb_s seconds) and only then serves reads.
    /// 2 GB at 100 MB/s = 20 s: lost at 5 s, replaced at 5 + 3 = 8 s, serving from 28 s.
    /// Reads meanwhile go to the primary (all 1000 req/s), afterwards back to the copy.
    void replicaReplacedAfterCopy_data()
    {
        QTest::addColumn<double>("dataGb");
        QTest::addColumn<double>("copyMbS");
        QTest::newRow("2 GB at 100 MB/s: 20 s") << 2.0 << 100.0;
        QTest::newRow("0.5 GB at 100 MB/s: 5 s") << 0.5 << 100.0;
    }
    void replicaReplacedAfterCopy()
    {
        QFETCH(double, dataGb);
        QFETCH(double, copyMbS);
        Scenario s = cluster(100, 1000, 10, 5, 100);
        s.run.durationS = 45;
        s.run.sampleIntervalS = 1;
        s.components[2].params["replace_after_s"] = 3.0;
        s.components[2].params["data_gb"] = dataGb;
        s.components[2].params["copy_mb_s"] = copyMbS;
        s.timeline.push_back(makeEvent(5, "replica_loss", "replica"));
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();
        const double copyS = dataGb * 1000 / copyMbS;
        const SimEvent* replaced = rec.first("replica_replaced");
        const SimEvent* ready = rec.first("replica_ready");
        QVERIFY(replaced && ready);
        QCOMPARE(replaced->component2, std::string("replica"));
        QCOMPARE(ready->component, replaced->component);
        // Timers: exact to the nanosecond tick.
        QVERIFY(std::abs(simTimeToSeconds(replaced->time) - 8.0) < 1e-6);
        QVERIFY(std::abs(simTimeToSeconds(ready->time) - (8.0 + copyS)) < 1e-6);
        // While copying, the new replica serves nothing and the primary takes every read;
        // after, the copy serves the reads (1000 req/s, 4 sigma of a 1 s Poisson count ~ 130).
        const double readyS = 8.0 + copyS;
        for (const Sample& x : rec.samples) {
            const ComponentSample* copy = Recording::component(x, replaced->component);
            const ComponentSample* primary = Recording::component(x, "primary");
            QVERIFY(primary);
            if (x.tS > 6 && x.tS <= readyS) {
                QVERIFY2(!copy || copy->throughputRps == 0, qPrintable(QString::number(x.tS)));
                QVERIFY2(std::abs(primary->throughputRps - 1100) < 140, qPrintable(QString::number(x.tS)));
            } else if (x.tS > readyS + 1) {
                QVERIFY2(copy && std::abs(copy->throughputRps - 1000) < 130, qPrintable(QString::number(x.tS)));
            }
        }
        QCOMPARE(sim.summary().failedWrites, std::uint64_t{0});
    }

    /// Without replace_after_s the lost replica stays lost: no replacement.
    void noReplacementByDefault()
    {
        Scenario s = cluster(100, 1000, 10, 5, 100);
        s.timeline.push_back(makeEvent(5, "replica_loss", "replica"));
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();
        QVERIFY(!rec.first("replica_replaced"));
    }

    void partitionGrowsTheLag()
    {
        // A replica in another data center trails by lag + the cross-region delay; cut off
        // by a partition it receives nothing, so its lag grows one second per second.
        Scenario s = cluster(100, 400, 10, 5, 100);
        s.run.sampleIntervalS = 1;
        s.network.crossRegionMs = 80;
        add(s, "dc1", "datacenter", {{"region", std::string("north_america")}});
        add(s, "dc2", "datacenter", {{"region", std::string("europe")}});
        for (auto& c : s.components) {
            if (c.id == "replica")
                c.datacenter = "dc2";
            else if (c.kind != "datacenter" && c.kind != "users")
                c.datacenter = "dc1";
        }
        s.timeline.push_back(makeEvent(10, "partition", "dc1", 10, "dc2"));
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();
        auto lagAt = [&](double t) { return Recording::component(rec.samples[static_cast<std::size_t>(t) - 1], "replica")->replicationLagMs; };
        qInfo("replica lag: %.0f ms before, %.0f ms after 9 s of partition, %.0f ms after it heals", lagAt(9), lagAt(19), lagAt(25));
        QCOMPARE(lagAt(9), 180.0); // 100 ms configured + 80 ms across regions
        QCOMPARE(lagAt(19), 9000.0 + 180.0);
        QCOMPARE(lagAt(25), 180.0);
        // Reads avoid the unreachable replica (the primary serves them), so nothing fails.
        QCOMPARE(sim.summary().errorRate, 0.0);
    }

    void readsGoToTheNearestCopy_data()
    {
        QTest::addColumn<bool>("localReplica");
        QTest::newRow("primary local, replica remote") << false;
        QTest::newRow("plus a local replica") << true;
    }
    void readsGoToTheNearestCopy()
    {
        // Web and primary in North America, one replica in Europe (80 ms away). Reads
        // take the nearest copy: a local replica if there is one, else the local
        // primary, never the remote replica while a local copy is healthy.
        QFETCH(bool, localReplica);
        Scenario s = cluster(100, 400, 10, 5, 100);
        s.run.sampleIntervalS = 1;
        s.run.durationS = 20;
        s.network.crossRegionMs = 80;
        add(s, "dc1", "datacenter", {{"region", std::string("north_america")}});
        add(s, "dc2", "datacenter", {{"region", std::string("europe")}});
        if (localReplica) {
            add(s, "near", "database",
                {{"workers", 2000.0}, {"service_ms", 0.5}, {"role", std::string("replica")}});
            link(s, "primary", "near");
        }
        for (auto& c : s.components) {
            if (c.id == "replica")
                c.datacenter = "dc2";
            else if (c.kind != "datacenter" && c.kind != "users")
                c.datacenter = "dc1";
        }
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();
        double primary = 0, remote = 0, near = 0;
        int n = 0;
        for (std::size_t i = 2; i < rec.samples.size(); ++i, ++n) {
            primary += Recording::component(rec.samples[i], "primary")->throughputRps;
            remote += Recording::component(rec.samples[i], "replica")->throughputRps;
            if (localReplica)
                near += Recording::component(rec.samples[i], "near")->throughputRps;
        }
        QVERIFY(n >= 15);
        primary /= n;
        near /= n;
        qInfo("served req/s: primary %.0f, local replica %.0f, remote replica %.0f", primary, near, remote / n);
        QCOMPARE(remote, 0.0); // not one read crossed the ocean
        // Means over >= 15 one-second Poisson windows: sd <= sqrt(500/15) ~ 5.8 req/s, so
        // 30 req/s is over 5 sigma.
        const double expectPrimary = localReplica ? 100 : 500;
        QVERIFY2(std::abs(primary - expectPrimary) < 30, qPrintable(QString::number(primary)));
        if (localReplica)
            QVERIFY2(std::abs(near - 400) < 30, qPrintable(QString::number(near)));
        QCOMPARE(sim.summary().errorRate, 0.0);
    }
};

QTEST_APPLESS_MAIN(TestDatabaseFailures)
#include "tst_failures_database.moc"
