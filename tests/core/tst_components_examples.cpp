// SPDX-License-Identifier: GPL-3.0-or-later
// Every example scenario loads, passes the topology checks, and runs with the
// mechanisms it is meant to show producing their events.
#include "analysis/GraphAnalysis.h"
#include "io/ScenarioJson.h"
#include "sim/Simulation.h"

#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

using namespace scalelab::core;

class TestExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void example_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("events"); // event types the run must produce
        const std::string dir = std::string(SCALELAB_SOURCE_DIR) + "/examples";
        const std::map<std::string, QStringList> expected = {
            {"04-single-server-dns.json", {"crash"}},
            {"06-vertical-vs-horizontal.json", {"crash", "health_down"}},
            {"07-load-balancer.json", {"health_down", "health_up", "add_server"}},
            {"08-database-replication.json", {"failover_detected", "promoted", "writes_lost", "add_replica"}},
            {"09-cache.json", {"cache_failure"}},
            {"11-stateless-web-tier.json", {"crash", "remove_server"}},
            {"12-multi-dc-geodns.json", {"dc_outage", "health_down", "dns_switch", "dc_recovered"}},
            {"13-message-queue.json", {"spike", "crash"}},
            {"14-metrics-and-automation.json", {"autoscale_out", "server_ready", "alert"}},
            {"17-cache-cluster.json", {"cache_failure", "recover"}},
        };
        std::vector<std::string> files;
        for (const auto& e : std::filesystem::directory_iterator(dir))
            if (e.path().extension() == ".json")
                files.push_back(e.path().filename().string());
        std::sort(files.begin(), files.end());
        QVERIFY(files.size() >= 16);
        for (const auto& f : files) {
            auto it = expected.find(f);
            QTest::newRow(f.c_str()) << QString::fromStdString(dir + "/" + f)
                                     << (it == expected.end() ? QStringList{} : it->second);
        }
    }
    void example()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, events);
        ScenarioLoadResult r = loadScenarioFile(file.toStdString());
        QVERIFY2(r.scenario, r.errors.empty() ? "" : r.errors.front().toString().c_str());
        Scenario s = *r.scenario;
        QVERIFY(!s.description.empty());
        for (const TopologyIssue& i : validateTopology(s))
            QVERIFY2(!i.error, qPrintable(QString::fromStdString(i.componentId + ": " + i.message)));
        // Laid out for the canvas: no two components on the same spot.
        std::set<std::pair<double, double>> spots;
        for (const Component& c : s.components)
            QVERIFY2(spots.insert({c.position.x, c.position.y}).second, c.id.c_str());
        // The largest example is measured in bench/; here a smaller crowd keeps the test quick.
        s.workload.users = std::min(s.workload.users, 50000.0);
        Simulation sim(s);
        sim.run();
        const Summary sum = sim.summary();
        QVERIFY(sum.succeeded > 0);
        for (const QString& type : events) {
            bool seen = false;
            for (const SimEvent& e : sum.events_log)
                seen = seen || e.type == type.toStdString();
            QVERIFY2(seen, qPrintable("no " + type + " event"));
        }
    }
};

QTEST_APPLESS_MAIN(TestExamples)
#include "tst_components_examples.moc"
