// SPDX-License-Identifier: GPL-3.0-or-later
// Stateful web servers lose the sessions they hold when they crash, and a request that
// reaches a server without its user's session is a session miss (the user logs in
// again); stateless ones keep sessions in a shared store and lose or miss none.
#include "analysis/GraphAnalysis.h"
#include "sim/Simulation.h"
#include "tst_components_kit.h"

#include <QtTest>

using namespace scalelab::core;
using namespace scalelab::core::kit;

class TestSessions : public QObject
{
    Q_OBJECT

    static Scenario tier(const std::string& mode, int users, int servers, const std::string& policy = "sticky")
    {
        Scenario s = openScenario(0, 40, 0, 9);
        s.workload.mode = Workload::Mode::Closed;
        s.workload.users = users;
        s.workload.thinkTimeS = 1.0;
        s.workload.mix = {0, 1, 0, 0};
        add(s, "users", "users");
        add(s, "lb", "load_balancer", {{"policy", policy}});
        if (mode == "stateless")
            add(s, "sessions", "session_store");
        link(s, "users", "lb");
        for (int i = 0; i < servers; ++i) {
            const std::string id = "web" + std::to_string(i);
            add(s, id, "web_server", {{"session_mode", mode}, {"workers", 50.0}, {"service_ms", 2.0}});
            link(s, "lb", id);
            if (mode == "stateless")
                link(s, id, "sessions");
        }
        return s;
    }

private Q_SLOTS:
    void crashLogsOut_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("servers");
        QTest::addColumn<int>("expectedLost");
        // Sticky assignment hands new users to servers in turn, so each holds users/servers
        // sessions once every user has made a request (P(not yet after 30 s) = e^-30 each).
        QTest::newRow("stateful 300 users / 3") << "stateful" << 300 << 3 << 100;
        QTest::newRow("stateful 1000 users / 4") << "stateful" << 1000 << 4 << 250;
        QTest::newRow("stateless 300 users / 3") << "stateless" << 300 << 3 << 0;
    }
    void crashLogsOut()
    {
        QFETCH(QString, mode);
        QFETCH(int, users);
        QFETCH(int, servers);
        QFETCH(int, expectedLost);
        Scenario s = tier(mode.toStdString(), users, servers);
        s.timeline.push_back(makeEvent(30, "crash", "web1"));
        Recording rec;
        Simulation sim(s, &rec);
        sim.run();
        const Summary sum = sim.summary();
        qInfo("%s: %llu sessions lost", qPrintable(mode), static_cast<unsigned long long>(sum.sessionsLost));
        QCOMPARE(sum.sessionsLost, static_cast<std::uint64_t>(expectedLost));
        QCOMPARE(rec.first("sessions_lost") != nullptr, expectedLost > 0);
    }

    void sessionMisses_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("crash");
        QTest::newRow("stateful, sticky") << "stateful" << "sticky" << false;
        QTest::newRow("stateful, sticky, crash") << "stateful" << "sticky" << true;
        QTest::newRow("stateful, round robin") << "stateful" << "round_robin" << false;
        QTest::newRow("stateful, round robin, crash") << "stateful" << "round_robin" << true;
        QTest::newRow("shared store, round robin") << "stateless" << "round_robin" << false;
        QTest::newRow("shared store, round robin, crash") << "stateless" << "round_robin" << true;
    }
    void sessionMisses()
    {
        // 300 users, 3 servers, 40 s; web1 crashes at 30 s when `crash`. A session lives on
        // the server where its user last logged in; a request that lands elsewhere (or on a
        // server that crashed since) is a session miss and the user logs in again.
        QFETCH(QString, mode);
        QFETCH(QString, policy);
        QFETCH(bool, crash);
        const int users = 300, servers = 3;
        Scenario s = tier(mode.toStdString(), users, servers, policy.toStdString());
        if (crash)
            s.timeline.push_back(makeEvent(30, "crash", "web1"));
        Simulation sim(s);
        sim.run();
        const Summary sum = sim.summary();
        std::uint64_t webRequests = 0; // first passes: served counts the login pass too
        for (const auto& c : sum.components)
            if (c.kind == "web_server")
                webRequests += c.served;
        webRequests -= sum.logins;
        qInfo("%s, %s%s: %llu requests at the web tier, %llu logins, %llu session misses, %llu sessions lost",
              qPrintable(mode), qPrintable(policy), crash ? ", crash" : "", static_cast<unsigned long long>(webRequests),
              static_cast<unsigned long long>(sum.logins), static_cast<unsigned long long>(sum.sessionMisses),
              static_cast<unsigned long long>(sum.sessionsLost));
        if (mode == "stateless") {
            // The shared store holds every session: no miss, no login again, nothing lost.
            QCOMPARE(sum.sessionMisses, std::uint64_t{0});
            QCOMPARE(sum.sessionsLost, std::uint64_t{0});
            return;
        }
        // Every user's first request is a login (P(no request in 40 s) = e^-40 per user).
        QCOMPARE(sum.logins, static_cast<std::uint64_t>(users) + sum.sessionMisses);
        if (policy == "sticky") {
            // Exact: a user keeps its server, so nobody misses until web1 crashes; then its
            // 100 users lose their sessions and, moved to another server once the balancer
            // takes web1 out, each logs in again exactly once.
            QCOMPARE(sum.sessionsLost, static_cast<std::uint64_t>(crash ? users / servers : 0));
            // Misses: at most one per lost session. Not always exactly one: over seeds
            // 1-40, 0 to 2 of the 100 users produced no miss in about half the runs, with
            // one think event per user (20 of 40 exact) and with the aggregated thinking
            // set (22 of 40) alike, so it is a property of the crash window, not of how
            // thinking users are simulated; 3 short is the bound seen plus one.
            if (crash) {
                QVERIFY(sum.sessionMisses <= static_cast<std::uint64_t>(users / servers));
                QVERIFY(sum.sessionMisses + 3 >= static_cast<std::uint64_t>(users / servers));
            } else {
                QCOMPARE(sum.sessionMisses, std::uint64_t{0});
            }
            return;
        }
        // Round robin: the server of a user's next request is (nearly) independent of the
        // last, so each request after the first misses with probability 1 - 1/S. Binomial,
        // 5 sigma (rotation makes consecutive choices weakly dependent).
        const double n = static_cast<double>(webRequests) - users;
        if (crash) {
            // With web1 gone the next server is one of two: a miss with probability 1/2
            // after the crash, 2/3 before it; the total lies between.
            const double misses = static_cast<double>(sum.sessionMisses);
            QVERIFY(misses > 0.5 * n && misses < (2.0 / 3) * n);
            // web1 held the sessions of the users whose last request went there: ~ users/S.
            const double lost = static_cast<double>(sum.sessionsLost);
            QVERIFY(std::abs(lost - users / 3.0) < 4 * std::sqrt(users * (1.0 / 3) * (2.0 / 3)));
            return;
        }
        const double p = 1.0 - 1.0 / servers;
        const double expected = n * p;
        QVERIFY2(std::abs(static_cast<double>(sum.sessionMisses) - expected) < 5 * std::sqrt(n * p * (1 - p)) + 0.02 * expected,
                 qPrintable(QString("misses %1, expected %2").arg(sum.sessionMisses).arg(expected)));
    }

    /// Users' files: every write uploads one (upload_share 1) through a round-robin load
    /// balancer to three web servers. Kept on each server's disk, the crashed server's third
    /// is lost: uploads/3 (round robin hands out writes in turn: +-1, and +-2 for the
    /// writes in flight when the run ends at the crash). In object storage none is lost,
    /// every upload visits the store once, and a write waits the store's 30 ms more
    /// (exponential: the mean of ~2,000 is within 4 x 30/sqrt(2000) = 2.7 ms).
    void filesOnLocalDisksAreLost()
    {
        auto design = [](bool store) {
            Scenario s = openScenario(100, 20, 0, 4);
            s.workload.mix = {0, 0, 1, 0};
            add(s, "users", "users");
            add(s, "lb", "load_balancer", {{"policy", std::string("round_robin")}});
            link(s, "users", "lb");
            if (store)
                add(s, "files", "object_store");
            for (int i = 0; i < 3; ++i) {
                const std::string id = "web" + std::to_string(i);
                add(s, id, "web_server", {{"upload_share", 1.0}, {"workers", 50.0}, {"service_ms", 2.0}});
                link(s, "lb", id);
                if (store)
                    link(s, id, "files");
            }
            s.timeline.push_back(makeEvent(19.999, "crash", "web1"));
            return s;
        };
        Recording localRec;
        Simulation local(design(false), &localRec);
        local.run();
        const Summary a = local.summary();
        QVERIFY(a.filesUploaded > 1800 && a.filesUploaded < 2200);
        const double third = static_cast<double>(a.filesUploaded) / 3.0;
        qInfo("local disks: %llu uploads, %llu lost (a third: %.1f)", static_cast<unsigned long long>(a.filesUploaded),
              static_cast<unsigned long long>(a.filesLost), third);
        QVERIFY2(std::abs(static_cast<double>(a.filesLost) - third) <= 3,
                 qPrintable(QStringLiteral("%1 lost of %2").arg(a.filesLost).arg(a.filesUploaded)));
        QVERIFY(localRec.first("files_lost"));
        // The topology check says so before the run.
        bool warned = false;
        for (const TopologyIssue& i : validateTopology(design(false)))
            warned = warned || (i.componentId == "web0" && i.message.find("own disk") != std::string::npos);
        QVERIFY(warned);

        Simulation shared(design(true));
        shared.run();
        const Summary b = shared.summary();
        QCOMPARE(b.filesLost, std::uint64_t{0});
        const ComponentSummary* store = nullptr;
        for (const auto& c : b.components)
            if (c.id == "files")
                store = &c;
        QVERIFY(store);
        QVERIFY2(store->served + 5 >= b.filesUploaded && store->served <= b.filesUploaded,
                 qPrintable(QStringLiteral("store served %1 of %2 uploads").arg(store->served).arg(b.filesUploaded)));
        const double extra = b.writeLatency.meanMs - a.writeLatency.meanMs;
        qInfo("object storage adds %.2f ms to a write (service 30 ms)", extra);
        QVERIFY2(std::abs(extra - 30) < 2.7, qPrintable(QString::number(extra)));
    }

};

QTEST_APPLESS_MAIN(TestSessions)
#include "tst_failures_sessions.moc"
