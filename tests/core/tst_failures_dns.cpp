// SPDX-License-Identifier: GPL-3.0-or-later
// Data-center outage behind GeoDNS: clients move to the other data center no earlier
// than the DNS health checks notice and no later than that plus the record TTL.
#include "sim/Simulation.h"
#include "tst_components_kit.h"

#include <QtTest>

using namespace scalelab::core;
using namespace scalelab::core::kit;

class TestDnsFailover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dcOutage_data()
    {
        QTest::addColumn<double>("ttlS");
        QTest::addColumn<double>("intervalS");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<double>("outageS");
        QTest::newRow("TTL 30 s, checks 5 s x2") << 30.0 << 5.0 << 2.0 << 20.3;
        QTest::newRow("TTL 60 s, checks 10 s x3") << 60.0 << 10.0 << 3.0 << 15.0;
        QTest::newRow("TTL 5 s, checks 2 s x1") << 5.0 << 2.0 << 1.0 << 11.1;
    }
    void dcOutage()
    {
        QFETCH(double, ttlS);
        QFETCH(double, intervalS);
        QFETCH(double, threshold);
        QFETCH(double, outageS);
        Scenario s = openScenario(400, outageS + threshold * intervalS + ttlS + 20, 0, 11);
        s.workload.mix = {0, 1, 0, 0};
        s.workload.users = 20000;
        s.run.sampleIntervalS = 0.5;
        s.network.accessMs = 10;
        s.network.crossRegionMs = 40;
        add(s, "users", "users", {{"region", std::string("north_america")}});
        add(s, "dns", "dns", {{"ttl_s", ttlS}, {"health_check_interval_s", intervalS}, {"unhealthy_threshold", threshold}});
        add(s, "dc-na", "datacenter", {{"region", std::string("north_america")}});
        add(s, "dc-eu", "datacenter", {{"region", std::string("europe")}});
        add(s, "lb-na", "load_balancer", {}, "dc-na");
        add(s, "web-na", "web_server", {{"workers", 100.0}, {"service_ms", 5.0}}, "dc-na");
        add(s, "lb-eu", "load_balancer", {}, "dc-eu");
        add(s, "web-eu", "web_server", {{"workers", 100.0}, {"service_ms", 5.0}}, "dc-eu");
        link(s, "users", "dns");
        link(s, "dns", "lb-na");
        link(s, "dns", "lb-eu");
        link(s, "lb-na", "web-na");
        link(s, "lb-eu", "web-eu");
        s.timeline.push_back(makeEvent(outageS, "dc_outage", "dc-na"));
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();

        const SimEvent* sw = rec.first("dns_switch");
        QVERIFY(sw);
        QCOMPARE(sw->component, std::string("lb-eu"));
        const double detectedS = simTimeToSeconds(sw->time);
        // Detection: the threshold-th failed probe, so within one interval of threshold*interval.
        QVERIFY(detectedS >= outageS + (threshold - 1) * intervalS);
        QVERIFY(detectedS <= outageS + threshold * intervalS);

        double firstEu = -1, lastError = -1;
        for (const auto& smp : rec.samples) {
            if (firstEu < 0 && Recording::component(smp, "web-eu")->throughputRps > 0)
                firstEu = smp.tS - smp.intervalS;
            if (smp.errorsTotalRps() > 0)
                lastError = smp.tS;
        }
        qInfo("outage %.1f s, DNS switch %.2f s, first EU traffic in window from %.1f s, last errors in window to %.1f s "
              "(bound detection + TTL = %.2f s)",
              outageS, detectedS, firstEu, lastError, detectedS + ttlS);
        // Not before detection (to the 0.5 s sample), and everyone has moved by detection + TTL
        // (plus one sample window and the round trip to the old data center).
        QVERIFY(firstEu >= detectedS - 0.5);
        QVERIFY(lastError <= detectedS + ttlS + 0.5 + 0.1);
        // The move is gradual: clients refresh at uniformly spread phases. Half way through
        // the TTL about half the requests still fail.
        double failedMid = 0, totalMid = 0;
        for (const auto& smp : rec.samples)
            if (smp.tS > detectedS + 0.4 * ttlS && smp.tS <= detectedS + 0.6 * ttlS) {
                failedMid += smp.errorsTotalRps();
                totalMid += smp.errorsTotalRps() + smp.throughputRps;
            }
        const double fraction = failedMid / totalMid;
        qInfo("failing fraction in the middle fifth of the TTL: %.3f (expected 0.5)", fraction);
        QVERIFY(std::abs(fraction - 0.5) < 0.1);
    }
};

QTEST_APPLESS_MAIN(TestDnsFailover)
#include "tst_failures_dns.moc"
