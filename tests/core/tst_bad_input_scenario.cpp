// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-input catalogue for scenario files (docs/reliability.md lists it with the
// messages). Every row is a file a user, a broken disk or an attacker could hand the
// program. For each: no scenario comes back, the first diagnostic names the file, one
// names the expected field with the expected words, and the refusal is quick (< 1 s)
// and small (peak resident memory grows by less than 64 MiB plus 12x the input size,
// which is what a JSON document tree of that text can cost) -- sanitizer builds get a
// larger factor. Limits are InputLimits' defaults and the 4 GiB ResourceBudget.
#include "io/ResourceBudget.h"
#include "io/ScenarioJson.h"
#include "sim/Simulation.h"
#include "tst_bad_input_helpers.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <cmath>
#include <functional>

using namespace scalelab::core;
using scalelab::testing::kSlowBuildFactor;
using nlohmann::json;

namespace {

json baseScenario()
{
    return json::parse(R"({
  "format": "scalelab-scenario", "version": 1, "name": "Bad input base",
  "components": [
    {"id": "users", "kind": "users"},
    {"id": "web", "kind": "web_server", "params": {"workers": 8}},
    {"id": "db", "kind": "database"},
    {"id": "cache", "kind": "cache", "params": {"capacity_items": 1000}},
    {"id": "db2", "kind": "database", "params": {"role": "replica"}}
  ],
  "connections": [{"from": "users", "to": "web"}, {"from": "web", "to": "cache"},
                  {"from": "web", "to": "db"}, {"from": "cache", "to": "db"}, {"from": "db", "to": "db2"}],
  "workload": {"mode": "open", "rate_rps": 100},
  "run": {"duration_s": 60}})");
}

std::string mutated(const std::function<void(json&)>& f)
{
    json j = baseScenario();
    f(j);
    return j.dump();
}

std::string replaced(const std::string& from, const std::string& to)
{
    std::string s = baseScenario().dump();
    const auto pos = s.find(from);
    Q_ASSERT(pos != std::string::npos);
    return s.replace(pos, from.size(), to);
}

std::string manyComponents(std::size_t n)
{
    std::string s = R"({"format":"scalelab-scenario","version":1,"name":"m","components":[)";
    s.reserve(n * 40 + 200);
    for (std::size_t i = 0; i < n; ++i)
        s += (i ? ",{\"id\":\"w" : "{\"id\":\"w") + std::to_string(i) + "\",\"kind\":\"web_server\"}";
    return s + "]}";
}

QByteArray bytes(const std::string& s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); }

} // namespace

class TestBadInputScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        const std::string base = baseScenario().dump();

        QTest::newRow("empty file") << QByteArray() << "$" << "not valid JSON";
        QTest::newRow("truncated") << bytes(base.substr(0, base.size() / 2)) << "$" << "not valid JSON";
        QTest::newRow("non-UTF-8 bytes") << bytes(replaced("Bad input base", "Bad \xff\xfe base")) << "$"
                                         << "not valid JSON";
        QTest::newRow("lone surrogate escape") << bytes(replaced("Bad input base", "\\ud800")) << "$"
                                               << "not valid JSON";
        QTest::newRow("NUL byte") << bytes(replaced("Bad input base", std::string("a\0b", 3))) << "$"
                                  << "not valid JSON";
        QTest::newRow("NaN literal") << bytes(replaced("\"rate_rps\":100", "\"rate_rps\":NaN")) << "$"
                                     << "not valid JSON";
        QTest::newRow("infinity as 1e999") << bytes(replaced("\"rate_rps\":100", "\"rate_rps\":1e999")) << "$"
                                           << "number overflow";
        QTest::newRow("-Infinity literal") << bytes(replaced("\"rate_rps\":100", "\"rate_rps\":-Infinity")) << "$"
                                           << "not valid JSON";
        QTest::newRow("top level is an array") << QByteArray("[1, 2, 3]") << "$" << "expected an object";
        QTest::newRow("workers as text") << bytes(mutated([](json& j) { j["components"][1]["params"]["workers"] = "four"; }))
                                         << "$.components[1].params.workers" << "expected a number";
        QTest::newRow("components is an object")
            << bytes(mutated([](json& j) { j["components"] = json::object(); })) << "$.components" << "expected an array";
        QTest::newRow("rate as text") << bytes(mutated([](json& j) { j["workload"]["rate_rps"] = "100"; }))
                                      << "$.workload.rate_rps" << "expected a number";
        QTest::newRow("negative workers") << bytes(mutated([](json& j) { j["components"][1]["params"]["workers"] = -4; }))
                                          << "$.components[1].params.workers" << "expected a value from 1 to 100000";
        QTest::newRow("10^12 servers' workers")
            << bytes(mutated([](json& j) { j["components"][1]["params"]["workers"] = 1e12; }))
            << "$.components[1].params.workers" << "expected a value from 1 to 100000";
        QTest::newRow("fractional workers") << bytes(mutated([](json& j) { j["components"][1]["params"]["workers"] = 2.5; }))
                                            << "$.components[1].params.workers" << "whole number";
        QTest::newRow("10^9-item cache")
            << bytes(mutated([](json& j) { j["components"][3]["params"]["capacity_items"] = 1e9; }))
            << "$.components[3].params.capacity_items" << "expected a value from 1 to 1e+08";
        QTest::newRow("10^8-item cache over a 10^9 key space")
            << bytes(mutated([](json& j) {
                   j["components"][3]["params"]["capacity_items"] = 1e8;
                   j["workload"]["keys"] = {{"count", 1e9}};
               }))
            << "$.components[3].params.capacity_items" << "more than the 4.0 GiB allowed";
        QTest::newRow("10^8 closed users") << bytes(mutated([](json& j) {
            j["workload"] = {{"mode", "closed"}, {"users", 1e8}, {"think_time_s", 1}};
        })) << "$.workload.users" << "more than the 4.0 GiB allowed";
        QTest::newRow("unbounded queues, 10^8 req/s for 10^8 s") << bytes(mutated([](json& j) {
            j["workload"]["rate_rps"] = 1e8;
            j["run"]["duration_s"] = 1e8;
            j["components"][1]["params"]["queue_capacity"] = 1e8;
        })) << "$.components[1].params.queue_capacity" << "requests in flight";
        QTest::newRow("100000 add_server events") << bytes(mutated([](json& j) {
            j["components"].push_back({{"id", "lb"}, {"kind", "load_balancer"}});
            j["connections"].push_back({{"from", "users"}, {"to", "lb"}});
            j["connections"].push_back({{"from", "lb"}, {"to", "web"}});
            json tl = json::array();
            for (int i = 0; i < 100000; ++i)
                tl.push_back({{"at_s", 1}, {"type", "add_server"}, {"target", "lb"}});
            j["timeline"] = tl;
        })) << "$.timeline" << "servers added by timeline events";
        QTest::newRow("100001 timeline events") << bytes(mutated([](json& j) {
            json tl = json::array();
            for (int i = 0; i < 100001; ++i)
                tl.push_back({{"at_s", 1}, {"type", "marker"}});
            j["timeline"] = tl;
        })) << "$.timeline" << "too many events";
        QTest::newRow("a million components") << bytes(manyComponents(1000000)) << "$.components"
                                              << "too many components (1000000, at most 5000)";
        QTest::newRow("connection to a missing id")
            << bytes(mutated([](json& j) { j["connections"].push_back({{"from", "web"}, {"to", "ghost"}}); }))
            << "$.connections[5].to" << "no component with id \"ghost\"";
        QTest::newRow("connection from a missing id")
            << bytes(mutated([](json& j) { j["connections"].push_back({{"from", "nobody"}, {"to", "db"}}); }))
            << "$.connections[5].from" << "no component with id \"nobody\"";
        QTest::newRow("self loop") << bytes(mutated([](json& j) { j["connections"].push_back({{"from", "db"}, {"to", "db"}}); }))
                                   << "$.connections[5]" << "cannot connect to itself";
        QTest::newRow("crash of a missing component") << bytes(mutated([](json& j) {
            j["timeline"] = json::array({{{"at_s", 5}, {"type", "crash"}, {"target", "ghost"}}});
        })) << "$.timeline[0].target" << "no component with id \"ghost\"";
        QTest::newRow("master loss aimed at a web server") << bytes(mutated([](json& j) {
            j["timeline"] = json::array({{{"at_s", 5}, {"type", "master_loss"}, {"target", "web"}}});
        })) << "$.timeline[0].target" << "\"web\" is a web_server; master_loss needs a primary database";
        QTest::newRow("cache failure aimed at the database") << bytes(mutated([](json& j) {
            j["timeline"] = json::array({{{"at_s", 5}, {"type", "marker"}}, {{"at_s", 5}, {"type", "cache_failure"}, {"target", "db"}}});
        })) << "$.timeline[1].target" << "cache_failure needs a cache or a CDN edge";
        QTest::newRow("partition without data centers") << bytes(mutated([](json& j) {
            j["timeline"] = json::array({{{"at_s", 5}, {"type", "partition"}, {"target", "web"}, {"target2", "db"}}});
        })) << "$.timeline[0].target" << "a partition needs two different data centers";
        QTest::newRow("duplicate ids") << bytes(mutated([](json& j) { j["components"][2]["id"] = "web"; }))
                                       << "$.components[2].id" << "duplicate id \"web\"";
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << "$" << "nested more than 64 levels deep";
        QTest::newRow("deep nesting inside a string is fine, outside not")
            << bytes(replaced("\"name\":\"Bad input base\"", "\"name\":\"[[[[\",\"description\":" + std::string(70, '[') +
                                                            std::string(70, ']')))
            << "$" << "nested more than 64 levels deep";
        QTest::newRow("version from the future") << bytes(mutated([](json& j) { j["version"] = 2; })) << "$.version"
                                                 << "newer than this program understands";
        QTest::newRow("version 10^300") << bytes(mutated([](json& j) { j["version"] = 1e300; })) << "$.version"
                                        << "expected an integer";
        QTest::newRow("version 2^63") << bytes(replaced("\"version\":1", "\"version\":9223372036854775808"))
                                      << "$.version" << "newer than this program understands";
        QTest::newRow("seed beyond 2^53") << bytes(mutated([](json& j) { j["run"]["seed"] = 1e19; })) << "$.run.seed"
                                          << "expected a number from 0 to";
        QTest::newRow("zero duration") << bytes(mutated([](json& j) { j["run"]["duration_s"] = 0; }))
                                       << "$.run.duration_s" << "expected a number from";
        QTest::newRow("10 kB name") << bytes(mutated([](json& j) { j["name"] = std::string(10000, 'x'); })) << "$.name"
                                    << "string too long (10000 characters, at most 4096)";
        QTest::newRow("60 MB description") << bytes(mutated([](json& j) { j["description"] = std::string(60 << 20, 'x'); }))
                                           << "$.description" << "string too long";
        QTest::newRow("65 MB file") << QByteArray((64 << 20) + 1, ' ') << "$" << "file too large";
        QTest::newRow("unknown field that names a file")
            << bytes(mutated([](json& j) { j["include"] = "../../etc/passwd"; })) << "$.include" << "unknown field";
    }

    void refused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, path);
        QFETCH(QString, words);
        const std::string input(text.constData(), static_cast<std::size_t>(text.size()));
        ScenarioLoadResult r;
        const auto cost = scalelab::testing::measure([&] { r = parseScenario(input, "bad.json"); });
        QVERIFY(!r.scenario);
        QVERIFY(!r.errors.empty());
        QVERIFY2(r.errors.size() <= 100, "diagnostics are capped so a broken file cannot flood the user");
        std::string all;
        bool found = false;
        for (const Diagnostic& d : r.errors) {
            QCOMPARE(QString::fromStdString(d.file), QString("bad.json"));
            all += "\n  " + d.toString().substr(0, 300);
            if (QString::fromStdString(d.path) == path && QString::fromStdString(d.message).contains(words))
                found = true;
        }
        QVERIFY2(found, ("no diagnostic at " + path.toStdString() + " saying \"" + words.toStdString() + "\"; got:" + all).c_str());
        qInfo("%s: %.3f s (cpu %.3f s), peak +%.0f MiB, %zu bytes in; %s", QTest::currentDataTag(), cost.seconds, cost.cpuSeconds, cost.peakGrowthMiB,
              input.size(), r.errors.front().toString().substr(0, 160).c_str());
        // Time: CPU time, since wall time on a shared machine measures the neighbours.
        QVERIFY2(cost.cpuSeconds < scalelab::testing::refusalCpuBound(input.size(), kSlowBuildFactor),
                 "a refusal must be quick");
        // Memory: a JSON tree costs at most ~12 bytes per input byte for these inputs.
        const double boundMiB = (64.0 + 12.0 * double(input.size()) / (1 << 20)) * kSlowBuildFactor;
        QVERIFY2(cost.peakGrowthMiB < boundMiB, "a refusal must not balloon memory");
    }

    /// Cycles: the connection rules allow only one kind of cycle (database -> database,
    /// i.e. two databases each replicating from the other). The loader accepts it; the
    /// run must stay bounded: 100 req/s for 60 s is 6000 +- 4*77 arrivals (Poisson), each
    /// request visits a handful of stations with a few events each, so fewer than 40
    /// events per arrival proves no request circulates; and every request leaves.
    void dataTierCycleRunsBounded()
    {
        const std::string text = mutated([](json& j) { j["connections"].push_back({{"from", "db2"}, {"to", "db"}}); });
        const auto r = parseScenario(text, "cycle.json");
        if (!r.scenario) {
            QCOMPARE(r.errors.front().file, std::string("cycle.json"));
            return; // refusing the cycle is fine too
        }
        Simulation sim(*r.scenario);
        const auto cost = scalelab::testing::measure([&] { sim.run(); });
        const Summary sum = sim.summary();
        qInfo("cycle: %llu events, %llu arrivals, %.3f s", (unsigned long long)sim.eventsProcessed(),
              (unsigned long long)sum.generated, cost.seconds);
        QVERIFY(sim.finished());
        QVERIFY(std::abs(double(sum.generated) - 6000.0) < 4 * 77.5);
        QVERIFY(sim.eventsProcessed() < 40 * sum.generated);
        std::uint64_t failed = 0;
        for (auto f : sum.failed)
            failed += f;
        QVERIFY(sum.succeeded + failed <= sum.generated);
        QVERIFY(sum.generated - sum.succeeded - failed < 100); // in flight at the end
    }

    /// The estimate that refuses huge files must not refuse the files people write.
    void examplesFitTheBudget_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : {"01-single-server.json", "02-web-and-database.json", "03-tandem-lb-web-cache-db.json"})
            QTest::newRow(f) << QString(f);
    }
    void examplesFitTheBudget()
    {
        QFETCH(QString, file);
        const auto r = loadScenarioFile(std::string(SCALELAB_SOURCE_DIR) + "/examples/" + file.toStdString());
        QVERIFY2(r.scenario, r.errors.empty() ? "" : r.errors.front().toString().c_str());
        const ResourceEstimate est = estimateResources(*r.scenario);
        // Small teaching scenarios need well under 1% of the budget.
        QVERIFY2(est.totalBytes < 0.01 * double(kDefaultMemoryBudgetBytes), std::to_string(est.totalBytes).c_str());
    }

    /// The budget names the largest part and says how much would fit: with 10^7 closed
    /// users of ~192 bytes the estimate is ~1.8 GiB (fits 4 GiB) and with 3*10^7 ~5.4 GiB.
    void budgetBoundary()
    {
        auto withUsers = [](double users) {
            return mutated([&](json& j) { j["workload"] = {{"mode", "closed"}, {"users", users}, {"think_time_s", 1}}; });
        };
        const auto fits = parseScenario(withUsers(1e7), "ok.json");
        QVERIFY2(fits.scenario, fits.errors.empty() ? "" : fits.errors.front().toString().c_str());
        const auto over = parseScenario(withUsers(3e7), "over.json");
        QVERIFY(!over.scenario);
        QCOMPARE(QString::fromStdString(over.errors.front().path), QString("$.workload.users"));
        QVERIFY2(QString::fromStdString(over.errors.front().message).contains("at most about"),
                 over.errors.front().message.c_str());
        // A smaller budget refuses what the default accepts, at the same field.
        const auto tight = checkResourceBudget(*fits.scenario, "ok.json", 256u << 20);
        QCOMPARE(tight.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(tight.front().path), QString("$.workload.users"));
    }
};

QTEST_APPLESS_MAIN(TestBadInputScenario)
#include "tst_bad_input_scenario.moc"
