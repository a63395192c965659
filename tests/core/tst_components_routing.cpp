// SPDX-License-Identifier: GPL-3.0-or-later
// Load-balancer policies, servers added and removed at run time, consistent hashing
// and shard skew under a hot key.
#include "components/HashRing.h"
#include "sim/Simulation.h"
#include "tst_components_kit.h"

#include <QtTest>

#include <cmath>

using namespace scalelab::core;
using namespace scalelab::core::kit;

class TestRouting : public QObject
{
    Q_OBJECT

    static Scenario farm(const std::string& policy, int servers, double rate = 1000)
    {
        Scenario s = openScenario(rate, 30, 0, 4);
        s.workload.mix = {0, 1, 0, 0};
        s.workload.users = 5000;
        add(s, "users", "users");
        add(s, "lb", "load_balancer", {{"policy", policy}, {"health_check_interval_s", 1.0}, {"unhealthy_threshold", 2.0}});
        link(s, "users", "lb");
        for (int i = 0; i < servers; ++i) {
            const std::string id = "web" + std::to_string(i);
            add(s, id, "web_server", {{"workers", 20.0}, {"service_ms", 5.0}});
            link(s, "lb", id);
        }
        return s;
    }
    static double served(const Summary& sum, const std::string& id)
    {
        for (const auto& c : sum.components)
            if (c.id == id)
                return static_cast<double>(c.served);
        return -1;
    }

private Q_SLOTS:
    void policiesSpreadEvenly_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<double>("tolerance"); // relative, per server
        // Round robin is exact to one request; least connections balances in-flight counts
        // (even on equal servers); random and the hash policies are multinomial: with
        // ~7500 requests per server, 4 sigma is ~5%; the hash policies also carry the
        // ring's arc-size variation (128 virtual nodes: ~9% per member, 3 sigma 27%).
        QTest::newRow("round_robin") << "round_robin" << 0.001;
        QTest::newRow("least_connections") << "least_connections" << 0.05;
        QTest::newRow("random") << "random" << 0.05;
        QTest::newRow("consistent_hash") << "consistent_hash" << 0.3;
        QTest::newRow("sticky") << "sticky" << 0.05;
    }
    void policiesSpreadEvenly()
    {
        QFETCH(QString, policy);
        QFETCH(double, tolerance);
        Simulation sim(farm(policy.toStdString(), 4));
        sim.run();
        const Summary sum = sim.summary();
        const double total = static_cast<double>(sum.succeeded);
        for (int i = 0; i < 4; ++i) {
            const double share = served(sum, "web" + std::to_string(i)) / total;
            QVERIFY2(std::abs(share - 0.25) <= 0.25 * tolerance + 1.0 / total,
                     qPrintable(QString("web%1 share %2").arg(i).arg(share)));
        }
    }

    void leastConnectionsAvoidsASlowServer()
    {
        Scenario s = farm("least_connections", 2, 3000);
        s.timeline.push_back([] { TimelineEvent e = makeEvent(0, "slow", "web0"); e.factor = 4; return e; }());
        Simulation sim(s);
        sim.run();
        const Summary sum = sim.summary();
        const double slow = served(sum, "web0"), fast = served(sum, "web1");
        qInfo("least connections: slow server %.0f, fast server %.0f", slow, fast);
        // A 4x slower server at equal queue lengths completes about a quarter as many.
        QVERIFY(slow < 0.5 * fast);
    }

    void addAndRemoveServers()
    {
        Scenario s = farm("round_robin", 2);
        s.run.sampleIntervalS = 1;
        s.timeline.push_back(makeEvent(10, "add_server", "lb"));
        s.timeline.push_back(makeEvent(20, "remove_server", "web0"));
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();
        const SimEvent* added = rec.first("add_server");
        QVERIFY(added);
        const std::string clone = added->component;
        // Between 10 and 20 s three servers share the load; after 20 s web0 gets nothing.
        const Sample& mid = rec.samples[15];
        const ComponentSample* c = Recording::component(mid, clone);
        QVERIFY(c);
        QCOMPARE(c->cloneOf, std::string("web1")); // add_server copies the last server
        QVERIFY(std::abs(c->throughputRps - 1000.0 / 3) < 4 * std::sqrt(1000.0 / 3));
        const Sample& late = rec.samples[25];
        QVERIFY(Recording::component(late, "web0") == nullptr); // removed: no longer sampled
        QVERIFY(std::abs(Recording::component(late, clone)->throughputRps - 500) < 4 * std::sqrt(500.0));
        QCOMPARE(sim.summary().errorRate, 0.0);
    }

    void plannedRemovalDrains_data()
    {
        QTest::addColumn<double>("drainS");
        // Two servers, 500 req/s each, 200 ms exponential service, 200 workers: a server
        // holds N ~ Poisson(lambda*S = 100) requests when it is removed (M/M/inf, the
        // workers never all fill). A request still in service after the drain timeout
        // d is cut off: each independently with P(S > d) = exp(-d/S), so the cut count is
        // Poisson(100 exp(-d/S)); 4 sigma bounds. d = 3 s: P = 3e-7, about 0 cut.
        QTest::newRow("drain 3 s") << 3.0;
        QTest::newRow("drain 50 ms") << 0.05;
        QTest::newRow("drain 200 ms") << 0.2;
    }
    void plannedRemovalDrains()
    {
        QFETCH(double, drainS);
        Scenario s = openScenario(1000, 20, 0, 7);
        s.workload.mix = {0, 1, 0, 0};
        s.workload.users = 5000;
        add(s, "users", "users");
        add(s, "lb", "load_balancer", {{"policy", std::string("round_robin")}});
        link(s, "users", "lb");
        for (int i = 0; i < 2; ++i) {
            add(s, "web" + std::to_string(i), "web_server", {{"workers", 200.0}, {"service_ms", 200.0}});
            link(s, "lb", "web" + std::to_string(i));
        }
        TimelineEvent e = makeEvent(10, "remove_server", "web0");
        e.durationS = drainS;
        s.timeline.push_back(e);
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();
        const Summary sum = sim.summary();
        std::uint64_t failed = 0;
        for (int c = 0; c < kErrorCauseCount; ++c)
            failed += sum.failed[static_cast<std::size_t>(c)];
        const double held = 100.0;
        const double expectedCut = held * std::exp(-drainS / 0.2);
        qInfo("drain %.2f s: %llu requests failed (expected %.1f)", drainS, static_cast<unsigned long long>(failed),
              expectedCut);
        QVERIFY(std::abs(static_cast<double>(failed) - expectedCut) <= 4 * std::sqrt(std::max(expectedCut, 0.25)));
        QCOMPARE(failed, sum.failed[static_cast<std::size_t>(ErrorCause::Down)]);
        // The removed server got no new request: everything it served after 10 s it held
        // at 10 s (Poisson(100)), and web1 took the whole load from then on.
        const SimEvent* drained = rec.first("server_drained");
        const SimEvent* cut = rec.first("drain_timeout");
        if (drainS >= 1.0) {
            QVERIFY(drained && !cut);
            QVERIFY(simTimeToSeconds(drained->time) > 10.0 && simTimeToSeconds(drained->time) < 10.0 + drainS);
        } else {
            QVERIFY(cut && !drained);
            QVERIFY(std::abs(simTimeToSeconds(cut->time) - (10.0 + drainS)) < 1e-6);
        }
        const double web0 = served(sum, "web0");
        const double before = 500.0 * 10.0;
        const double finished = web0 - before;
        QVERIFY2(std::abs(finished - (held - expectedCut)) < 4 * std::sqrt(before + held),
                 qPrintable(QString("web0 served %1").arg(web0)));
    }

    void failedServerIsReplaced()
    {
        // web1 of three crashes for good at 10 s. Probes every 1 s, two failures in a row:
        // taken out at 11 or 12 s; replace_after_s = 5 brings a copy into the pool exactly
        // 5 s after that, and from then on three servers share the load again.
        Scenario s = farm("round_robin", 3, 900);
        s.run.sampleIntervalS = 1;
        s.components[1].params["replace_after_s"] = 5.0;
        s.timeline.push_back(makeEvent(10, "crash", "web1"));
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();
        const SimEvent* down = rec.first("health_down");
        const SimEvent* replaced = rec.first("server_replaced");
        QVERIFY(down && replaced);
        QCOMPARE(replaced->component2, std::string("web1"));
        const double tDown = simTimeToSeconds(down->time), tNew = simTimeToSeconds(replaced->time);
        qInfo("web1 taken out at %.3f s, replaced by %s at %.3f s", tDown, replaced->component.c_str(), tNew);
        QVERIFY(tDown > 10.5 && tDown < 12.5);
        QVERIFY(std::abs(tNew - (tDown + 5)) < 1e-6);
        // Samples are 1 s wide: a window after the replacement, 300 req/s per server
        // (Poisson counts: 4 sigma of 300 is ~70).
        const Sample& late = rec.samples[25];
        const ComponentSample* copy = Recording::component(late, replaced->component);
        QVERIFY(copy);
        QVERIFY(std::abs(copy->throughputRps - 300) < 4 * std::sqrt(300.0));
        QVERIFY(Recording::component(late, "web1") == nullptr); // out of the pool for good
        // Failures only while the crash was undetected.
        for (const auto& smp : rec.samples)
            if (smp.tS > tDown + 1)
                QCOMPARE(smp.errorsTotalRps(), 0.0);
    }

    void consistentHashRemapsOneNth_data()
    {
        QTest::addColumn<int>("members");
        QTest::newRow("5") << 5;
        QTest::newRow("10") << 10;
        QTest::newRow("20") << 20;
    }
    void consistentHashRemapsOneNth()
    {
        QFETCH(int, members);
        HashRing ring;
        for (int m = 0; m < members; ++m)
            ring.add(m);
        const int keys = 200000;
        std::vector<int> before(keys);
        for (int k = 0; k < keys; ++k)
            before[static_cast<std::size_t>(k)] = ring.lookup(static_cast<std::uint64_t>(k));
        const int removed = members / 2;
        ring.remove(removed);
        int moved = 0, movedFromOthers = 0;
        for (int k = 0; k < keys; ++k) {
            const int now = ring.lookup(static_cast<std::uint64_t>(k));
            if (now != before[static_cast<std::size_t>(k)]) {
                ++moved;
                movedFromOthers += before[static_cast<std::size_t>(k)] != removed ? 1 : 0;
            }
        }
        const double fraction = static_cast<double>(moved) / keys;
        qInfo("%d members: removing one remaps %.4f of keys (1/N = %.4f)", members, fraction, 1.0 / members);
        // Only the removed member's keys move (the ring's defining property) ...
        QCOMPARE(movedFromOthers, 0);
        // ... and it owned ~1/N: with 128 virtual nodes a member's arc share has a relative
        // standard deviation of about 1/sqrt(128) = 9%; 3 sigma is 27%.
        QVERIFY(std::abs(fraction - 1.0 / members) < 0.27 / members);
    }

    void hotKeyOverloadsOneShard()
    {
        Scenario s = openScenario(4000, 30, 5, 8);
        s.workload.mix = {0, 0.5, 0.5, 0};
        s.workload.keyCount = 100000;
        s.workload.zipfExponent = 1.2; // a celebrity: key 1 alone takes ~18% of requests
        add(s, "users", "users");
        add(s, "web", "web_server", {{"workers", 500.0}, {"service_ms", 1.0}});
        add(s, "router", "shard_router", {{"scheme", std::string("hash")}});
        link(s, "users", "web");
        link(s, "web", "router");
        for (int i = 0; i < 4; ++i) {
            const std::string id = "shard" + std::to_string(i);
            add(s, id, "database", {{"workers", 16.0}, {"service_ms", 4.0}, {"write_service_ms", 4.0}});
            link(s, "router", id);
        }
        Simulation sim(s);
        sim.run();
        const Summary sum = sim.summary();
        double hi = 0, lo = 1e18, total = 0;
        for (int i = 0; i < 4; ++i) {
            const double v = served(sum, "shard" + std::to_string(i));
            hi = std::max(hi, v);
            lo = std::min(lo, v);
            total += v;
        }
        qInfo("hash sharding with a hot key: busiest shard %.1f%%, quietest %.1f%% of requests", hi / total * 100,
              lo / total * 100);
        // Zipf(1.2) over 100k keys: key 1 alone is ~18.7%, so its shard carries at least
        // 25% + a good part of that; the spread is far beyond multinomial noise (<1%).
        QVERIFY(hi / total > 0.33);
        QVERIFY(hi / lo > 1.5);
    }
};

QTEST_APPLESS_MAIN(TestRouting)
#include "tst_components_routing.moc"
