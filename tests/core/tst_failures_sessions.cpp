// SPDX-License-Identifier: GPL-3.0-or-later
// Stateful web servers lose the sessions they hold when they crash; stateless ones
// keep sessions in a shared store and lose none.
#include "sim/Simulation.h"
#include "tst_components_kit.h"

#include <QtTest>

using namespace scalelab::core;
using namespace scalelab::core::kit;

class TestSessions : public QObject
{
    Q_OBJECT

    static Scenario tier(const std::string& mode, int users, int servers)
    {
        Scenario s = openScenario(0, 40, 0, 9);
        s.workload.mode = Workload::Mode::Closed;
        s.workload.users = users;
        s.workload.thinkTimeS = 1.0;
        s.workload.mix = {0, 1, 0, 0};
        add(s, "users", "users");
        add(s, "lb", "load_balancer", {{"policy", std::string("sticky")}});
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
};

QTEST_APPLESS_MAIN(TestSessions)
#include "tst_failures_sessions.moc"
