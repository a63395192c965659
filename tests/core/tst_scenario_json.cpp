// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario files: every example survives parse -> serialise -> parse unchanged, and every
// kind of bad input is refused with a message naming the file, the JSON path of the
// field and what was expected, without crashing, throwing or taking long.

#include "io/ScenarioJson.h"
#include "model/ParamSpec.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QElapsedTimer>

#include <functional>

using namespace scalelab::core;
using nlohmann::json;

namespace {

const char* kFile = "bad-input.json";

/// A small valid scenario touching every section: components 0 users, 1 web,
/// 2 cache, 3 db, 4 dc; connections users->web, web->cache, web->db, cache->db.
json baseDocument()
{
    return json::parse(R"({
      "format": "scalelab-scenario", "version": 1, "name": "Base", "description": "for tests",
      "components": [
        {"id": "users", "kind": "users", "name": "Users", "position": {"x": 0, "y": 0}, "params": {"region": "europe"}},
        {"id": "web", "kind": "web_server", "position": {"x": 200, "y": 0}, "datacenter": "dc",
         "params": {"workers": 4, "service_ms": 10}},
        {"id": "cache", "kind": "cache", "position": {"x": 400, "y": 0}, "datacenter": "dc"},
        {"id": "db", "kind": "database", "position": {"x": 600, "y": 0}, "datacenter": "dc"},
        {"id": "dc", "kind": "datacenter", "position": {"x": 300, "y": 200}, "params": {"region": "europe"}}
      ],
      "connections": [{"from": "users", "to": "web"}, {"from": "web", "to": "cache"},
                      {"from": "web", "to": "db", "extra_latency_ms": 1.5}, {"from": "cache", "to": "db"}],
      "workload": {"mode": "open", "rate_rps": 100, "users": 1000, "think_time_s": 5,
                   "mix": {"static": 0.1, "read": 0.7, "write": 0.2, "job": 0},
                   "keys": {"count": 1000, "zipf_exponent": 0.9}, "static_keys": {"count": 100},
                   "client_timeout_ms": 0, "curve": {"type": "constant"}},
      "network": {"access_ms": 20, "cross_region_ms": 80, "intra_dc_ms": 0.5},
      "timeline": [{"at_s": 5, "type": "spike", "factor": 2, "duration_s": 3, "label": "x2"}],
      "run": {"duration_s": 10, "warmup_s": 1, "seed": 1, "sample_interval_s": 1}
    })");
}

QByteArray mutated(const std::function<void(json&)>& change)
{
    json j = baseDocument();
    change(j);
    return QByteArray::fromStdString(j.dump());
}

/// Replaces the first occurrence of `from` in the base document's text.
QByteArray textEdit(const std::string& from, const std::string& to)
{
    std::string t = baseDocument().dump();
    const auto pos = t.find(from);
    if (pos == std::string::npos)
        qFatal("test bug: %s not in the base document", from.c_str());
    t.replace(pos, from.size(), to);
    return QByteArray::fromStdString(t);
}

/// A scenario with every kind, every parameter set away from its default, every
/// timeline event type and a ramp curve: the widest round trip.
Scenario everythingScenario()
{
    Scenario s;
    s.name = "Everything \"quoted\" \u00e9\u4e2d";
    s.description = "line one\nline two";
    int n = 0;
    for (const KindSpec& k : componentKinds()) {
        Component c;
        c.id = k.id + "-" + std::to_string(++n);
        c.kind = k.id;
        c.name = k.displayName;
        c.position = {n * 10.25, -n * 3.5};
        for (const ParamSpec& p : k.params) {
            switch (p.type) {
            case ParamSpec::Type::Choice:
                c.params[p.key] = p.choices.back();
                break;
            case ParamSpec::Type::Bool:
                c.params[p.key] = p.defaultNumber != 0.0 ? 0.0 : 1.0;
                break;
            case ParamSpec::Type::Integer:
                c.params[p.key] = std::floor(p.min + (std::min(p.max, 1e6) - p.min) * 0.37);
                break;
            case ParamSpec::Type::Number:
                c.params[p.key] = p.min + (std::min(p.max, 1e6) - p.min) * 0.3711;
                break;
            }
        }
        s.components.push_back(c);
    }
    s.workload.mode = Workload::Mode::Closed;
    s.workload.users = 250;
    s.workload.mix = {0.1, 0.5, 0.3, 0.1};
    s.workload.keyCount = 12345;
    s.workload.zipfExponent = 1.1;
    s.workload.clientTimeoutMs = 1500;
    s.workload.curve.type = LoadCurve::Type::Ramp;
    s.workload.curve.from = 0.5;
    s.workload.curve.to = 3;
    s.workload.curve.startS = 10;
    s.workload.curve.endS = 50;
    s.network = {12.5, 75, 0.25};
    // Every choice above took the last value (a replica database): add a primary and a
    // second data center so that every event type has a component it can act on.
    Component primary;
    primary.id = "primary-db";
    primary.kind = "database";
    primary.params["role"] = std::string("primary");
    s.components.push_back(primary);
    Component dc2;
    dc2.id = "second-dc";
    dc2.kind = "datacenter";
    s.components.push_back(dc2);
    double t = 1;
    for (const EventKind* kind : injectableEventKinds()) {
        const EventKind& e = *kind;
        TimelineEvent ev;
        ev.atS = t++;
        ev.type = std::string(e.name);
        // The first component (pair) the event can act on.
        for (std::size_t i = 0; e.needsTarget() && i < s.components.size() && ev.target.empty(); ++i) {
            for (std::size_t j = 0; j < (e.needsTarget2() ? s.components.size() : 1); ++j) {
                ev.target = s.components[i].id;
                ev.target2 = e.needsTarget2() ? s.components[j].id : "";
                if ((!e.needsTarget2() || i != j) && timelineTargetProblem(s, ev).empty())
                    break;
                ev.target.clear();
            }
        }
        ev.durationS = 2.5;
        ev.factor = 1.75;
        ev.value = 0.375; // valid for every type (a daily_cycle's amplitude is at most 1)
        ev.label = std::string(e.name) + " event";
        s.timeline.push_back(ev);
    }
    s.run = {120, 10, 987654321, 0.5};
    return s;
}

} // namespace

class TestScenarioJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseDocumentIsValid();
    void examplesRoundTrip_data();
    void examplesRoundTrip();
    void everythingRoundTrips();
    void badInput_data();
    void badInput();
    void deepNestingIsRefusedQuickly();
    void limits();
    void unreadableFile();
    void validateInMemory();
};

void TestScenarioJson::baseDocumentIsValid()
{
    const auto r = parseScenario(baseDocument().dump(), kFile);
    QVERIFY2(r.errors.empty(), r.errors.empty() ? "" : r.errors.front().toString().c_str());
    QVERIFY(r.scenario.has_value());
    QCOMPARE(r.scenario->components.size(), std::size_t{5});
}

void TestScenarioJson::examplesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SCALELAB_SOURCE_DIR "/examples"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestScenarioJson::examplesRoundTrip()
{
    QFETCH(QString, path);
    const auto first = loadScenarioFile(path.toStdString());
    QVERIFY2(first.scenario, first.errors.empty() ? "" : first.errors.front().toString().c_str());
    const std::string text = scenarioToJson(*first.scenario);
    const auto second = parseScenario(text, "round-trip.json");
    QVERIFY2(second.scenario, second.errors.empty() ? "" : second.errors.front().toString().c_str());
    QVERIFY(*second.scenario == *first.scenario);
    QCOMPARE(scenarioToJson(*second.scenario), text); // serialisation is stable
    QVERIFY(text.back() == '\n');
}

void TestScenarioJson::everythingRoundTrips()
{
    const Scenario s = everythingScenario();
    const auto problems = validateScenario(s, "everything");
    QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().toString().c_str());
    const std::string text = scenarioToJson(s);
    const auto back = parseScenario(text, "everything.json");
    QVERIFY2(back.scenario, back.errors.empty() ? "" : back.errors.front().toString().c_str());
    for (std::size_t i = 0; i < s.components.size(); ++i)
        QVERIFY2(back.scenario->components[i] == s.components[i], s.components[i].kind.c_str());
    QVERIFY(back.scenario->timeline == s.timeline);
    QVERIFY(back.scenario->workload == s.workload);
    QVERIFY(*back.scenario == s);
    // The daily curve has its own fields.
    Scenario d = s;
    d.workload.curve = {};
    d.workload.curve.type = LoadCurve::Type::Daily;
    d.workload.curve.periodS = 3600;
    d.workload.curve.amplitude = 0.25;
    d.workload.curve.peakS = 900;
    const auto daily = parseScenario(scenarioToJson(d), "daily.json");
    QVERIFY(daily.scenario && *daily.scenario == d);
}

void TestScenarioJson::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expect");

    // Wrong types.
    QTest::newRow("workers is a string") << mutated([](json& j) { j["components"][1]["params"]["workers"] = "eight"; })
                                         << "$.components[1].params.workers" << "expected a number, got a string";
    QTest::newRow("components is an object") << mutated([](json& j) { j["components"] = json::object(); })
                                             << "$.components" << "expected an array";
    QTest::newRow("name is a number") << mutated([](json& j) { j["name"] = 42; }) << "$.name" << "expected a string";
    QTest::newRow("workload is null") << mutated([](json& j) { j["workload"] = nullptr; }) << "$.workload"
                                      << "expected an object, got null";
    QTest::newRow("component is an array") << mutated([](json& j) { j["components"][2] = json::array(); })
                                           << "$.components[2]" << "expected an object, got an array";
    QTest::newRow("choice is a number") << mutated([](json& j) { j["components"][3]["params"]["role"] = 1; })
                                        << "$.components[3].params.role" << "expected a string";
    QTest::newRow("bool is a string") << mutated([](json& j) {
        j["components"].push_back({{"id", "dns"}, {"kind", "dns"}, {"params", {{"geo", "yes"}}}});
    }) << "$.components[5].params.geo" << "expected true or false, got a string \"yes\"";
    QTest::newRow("bool is 2") << mutated([](json& j) {
        j["components"].push_back({{"id", "dns"}, {"kind", "dns"}, {"params", {{"geo", 2}}}});
    }) << "$.components[5].params.geo" << "expected true or false, got a number 2";
    QTest::newRow("root is an array") << QByteArray("[1, 2]") << "$" << "expected an object, got an array";
    QTest::newRow("version is a string") << mutated([](json& j) { j["version"] = "1"; }) << "$.version"
                                         << "expected an integer";

    // Unknown kinds, parameters and fields at every level.
    QTest::newRow("unknown kind") << mutated([](json& j) { j["components"][2]["kind"] = "mainframe"; })
                                  << "$.components[2].kind" << "unknown component kind \"mainframe\" (expected one of: users,";
    QTest::newRow("unknown parameter") << mutated([](json& j) { j["components"][1]["params"]["colour"] = 1; })
                                       << "$.components[1].params.colour"
                                       << "unknown parameter for kind \"web_server\" (expected one of: session_mode,";
    const std::pair<const char*, std::function<void(json&)>> unknownFields[] = {
        {"$.colour", [](json& j) { j["colour"] = 1; }},
        {"$.components[0].colour", [](json& j) { j["components"][0]["colour"] = 1; }},
        {"$.components[0].position.z", [](json& j) { j["components"][0]["position"]["z"] = 1; }},
        {"$.connections[1].weight", [](json& j) { j["connections"][1]["weight"] = 1; }},
        {"$.workload.burst", [](json& j) { j["workload"]["burst"] = 1; }},
        {"$.workload.mix.video", [](json& j) { j["workload"]["mix"]["video"] = 1; }},
        {"$.workload.keys.skew", [](json& j) { j["workload"]["keys"]["skew"] = 1; }},
        {"$.workload.static_keys.hot", [](json& j) { j["workload"]["static_keys"]["hot"] = 1; }},
        {"$.workload.curve.shape", [](json& j) { j["workload"]["curve"]["shape"] = 1; }},
        {"$.network.jitter_ms", [](json& j) { j["network"]["jitter_ms"] = 1; }},
        {"$.timeline[0].severity", [](json& j) { j["timeline"][0]["severity"] = 1; }},
        {"$.run.threads", [](json& j) { j["run"]["threads"] = 1; }},
    };
    for (const auto& [path, change] : unknownFields)
        QTest::newRow(qPrintable(QString("unknown field %1").arg(path))) << mutated(change) << path
                                                                         << "unknown field (expected one of:";

    // Out of range.
    QTest::newRow("workers -3") << mutated([](json& j) { j["components"][1]["params"]["workers"] = -3; })
                                << "$.components[1].params.workers" << "expected a value from 1 to 100000, got -3";
    QTest::newRow("workers 2.5") << mutated([](json& j) { j["components"][1]["params"]["workers"] = 2.5; })
                                 << "$.components[1].params.workers" << "expected a whole number, got 2.5";
    QTest::newRow("queue capacity -1") << mutated([](json& j) { j["components"][1]["params"]["queue_capacity"] = -1; })
                                       << "$.components[1].params.queue_capacity" << "expected a value from 0 to";
    QTest::newRow("service_ms 0") << mutated([](json& j) { j["components"][1]["params"]["service_ms"] = 0; })
                                  << "$.components[1].params.service_ms" << "expected a value from 0.001 to 600000 ms";
    QTest::newRow("unknown choice") << mutated([](json& j) { j["components"][1]["params"]["service_dist"] = "weibull"; })
                                    << "$.components[1].params.service_dist"
                                    << "expected one of \"exponential\", \"deterministic\", \"lognormal\", got \"weibull\"";
    QTest::newRow("rate -1") << mutated([](json& j) { j["workload"]["rate_rps"] = -1; }) << "$.workload.rate_rps"
                             << "expected a number from 0 to 1e+08, got -1";
    QTest::newRow("duration 0") << mutated([](json& j) { j["run"]["duration_s"] = 0; }) << "$.run.duration_s"
                                << "expected a number from 0.001";
    QTest::newRow("zipf 9") << mutated([](json& j) { j["workload"]["keys"]["zipf_exponent"] = 9; })
                            << "$.workload.keys.zipf_exponent" << "expected a number from 0 to 5";
    QTest::newRow("mix negative") << mutated([](json& j) { j["workload"]["mix"]["read"] = -0.5; })
                                  << "$.workload.mix.read" << "expected a number from 0";
    QTest::newRow("mix all zero") << mutated([](json& j) {
        j["workload"]["mix"] = {{"static", 0}, {"read", 0}, {"write", 0}, {"job", 0}};
    }) << "$.workload.mix" << "at least one request type";
    QTest::newRow("users 2.5") << mutated([](json& j) { j["workload"]["users"] = 2.5; }) << "$.workload.users"
                               << "whole number";
    QTest::newRow("curve amplitude 2") << mutated([](json& j) { j["workload"]["curve"] = {{"type", "daily"}, {"amplitude", 2}}; })
                                       << "$.workload.curve.amplitude" << "expected a number from 0 to 1";
    QTest::newRow("curve type") << mutated([](json& j) { j["workload"]["curve"]["type"] = "sine"; })
                                << "$.workload.curve.type" << "expected \"constant\", \"ramp\" or \"daily\"";
    QTest::newRow("mode") << mutated([](json& j) { j["workload"]["mode"] = "batch"; }) << "$.workload.mode"
                          << "expected \"open\" or \"closed\"";
    QTest::newRow("position far away") << mutated([](json& j) { j["components"][0]["position"]["x"] = 1e9; })
                                       << "$.components[0].position.x" << "expected a number from -1e+07 to 1e+07";
    QTest::newRow("negative link latency") << mutated([](json& j) { j["connections"][0]["extra_latency_ms"] = -1; })
                                           << "$.connections[0].extra_latency_ms" << "expected a number from 0";
    QTest::newRow("negative factor") << mutated([](json& j) { j["timeline"][0]["factor"] = -1; })
                                     << "$.timeline[0].factor" << "expected a number from 0 to 1e+06";
    QTest::newRow("seed -1") << mutated([](json& j) { j["run"]["seed"] = -1; }) << "$.run.seed" << "expected a number from 0";
    QTest::newRow("seed 1.5") << mutated([](json& j) { j["run"]["seed"] = 1.5; }) << "$.run.seed" << "whole number";
    QTest::newRow("warm-up after end") << mutated([](json& j) { j["run"]["warmup_s"] = 20; }) << "$.run.warmup_s"
                                       << "warm-up shorter than the duration";
    QTest::newRow("huge number 1e308") << mutated([](json& j) { j["workload"]["rate_rps"] = 1e308; })
                                       << "$.workload.rate_rps" << "expected a number from 0 to 1e+08, got 1e+308";
    QTest::newRow("overflowing number 1e400") << textEdit("\"rate_rps\":100", "\"rate_rps\":1e400") << "$"
                                              << "number too large";
    QTest::newRow("overflowing number -1e999") << textEdit("\"rate_rps\":100", "\"rate_rps\":-1e999") << "$"
                                               << "number too large";
    QTest::newRow("huge integer") << textEdit("\"seed\":1", "\"seed\":123456789012345678901234567890") << "$.run.seed"
                                  << "expected a number from 0 to 9.0072e+15";
    QTest::newRow("huge workers") << mutated([](json& j) { j["components"][1]["params"]["workers"] = 1e300; })
                                  << "$.components[1].params.workers" << "expected a value from 1 to 100000";

    // References and topology.
    QTest::newRow("connection to a missing component") << mutated([](json& j) { j["connections"][0]["to"] = "ghost"; })
                                                       << "$.connections[0].to" << "no component with id \"ghost\"";
    QTest::newRow("connection from a missing component") << mutated([](json& j) { j["connections"][3]["from"] = "ghost"; })
                                                         << "$.connections[3].from" << "no component with id \"ghost\"";
    QTest::newRow("database to web server") << mutated([](json& j) { j["connections"].push_back({{"from", "db"}, {"to", "web"}}); })
                                            << "$.connections[4]" << "Database cannot send requests to Web server (it can reach: Database)";
    QTest::newRow("users straight to the database") << mutated([](json& j) { j["connections"][0]["to"] = "db"; })
                                                    << "$.connections[0]" << "Users cannot send requests to Database";
    QTest::newRow("connection to a data center") << mutated([](json& j) { j["connections"][0]["to"] = "dc"; })
                                                 << "$.connections[0]" << "a data center is a group";
    QTest::newRow("self connection") << mutated([](json& j) { j["connections"].push_back({{"from", "db"}, {"to", "db"}}); })
                                     << "$.connections[4]" << "cannot connect to itself";
    QTest::newRow("duplicate connection") << mutated([](json& j) { j["connections"].push_back({{"from", "web"}, {"to", "db"}}); })
                                          << "$.connections[4]" << "duplicate connection web -> db";
    QTest::newRow("duplicate id") << mutated([](json& j) { j["components"][3]["id"] = "cache"; })
                                  << "$.components[3].id" << "duplicate id \"cache\"";
    QTest::newRow("bad id characters") << mutated([](json& j) { j["components"][2]["id"] = "my cache!"; })
                                       << "$.components[2].id" << "expected 1-64 letters, digits";
    QTest::newRow("missing id") << mutated([](json& j) { j["components"][2].erase("id"); }) << "$.components[2].id"
                                << "missing (expected a string)";
    QTest::newRow("datacenter is not one") << mutated([](json& j) { j["components"][2]["datacenter"] = "db"; })
                                           << "$.components[2].datacenter" << "\"db\" is a database, expected a datacenter";
    QTest::newRow("unknown event type") << mutated([](json& j) { j["timeline"][0]["type"] = "meteor"; })
                                        << "$.timeline[0].type" << "unknown event type \"meteor\" (expected one of: spike,";
    QTest::newRow("crash without target") << mutated([](json& j) { j["timeline"][0]["type"] = "crash"; })
                                          << "$.timeline[0].target" << "missing (this event type needs a component id)";
    QTest::newRow("partition without target2") << mutated([](json& j) {
        j["timeline"][0] = {{"at_s", 1}, {"type", "partition"}, {"target", "dc"}};
    }) << "$.timeline[0].target2" << "needs a second component id";
    QTest::newRow("event without time") << mutated([](json& j) { j["timeline"][0].erase("at_s"); })
                                        << "$.timeline[0].at_s" << "missing (expected a number)";

    // Versions and format.
    QTest::newRow("future version") << mutated([](json& j) { j["version"] = 2; }) << "$.version"
                                    << "version 2 is newer than this program understands (1)";
    QTest::newRow("far future version") << mutated([](json& j) { j["version"] = 18446744073709551615ULL; })
                                        << "$.version" << "is newer than this program understands";
    QTest::newRow("version 0") << mutated([](json& j) { j["version"] = 0; }) << "$.version" << "at least 1";
    QTest::newRow("missing version") << mutated([](json& j) { j.erase("version"); }) << "$.version" << "missing (expected 1)";
    QTest::newRow("other format") << mutated([](json& j) { j["format"] = "drawio"; }) << "$.format"
                                  << "expected \"scalelab-scenario\", got \"drawio\"";
    QTest::newRow("missing components") << mutated([](json& j) { j.erase("components"); }) << "$.components"
                                        << "missing (expected an array of components)";

    // Not JSON at all, or broken JSON.
    QTest::newRow("not JSON") << QByteArray("hello, world") << "$" << "not valid JSON: parse error at line 1, column 1";
    QTest::newRow("empty file") << QByteArray("") << "$" << "not valid JSON";
    QTest::newRow("truncated") << QByteArray::fromStdString(baseDocument().dump(2).substr(0, 300)) << "$" << "not valid JSON: parse error at line";
    QTest::newRow("trailing garbage") << QByteArray::fromStdString(baseDocument().dump() + " }") << "$" << "not valid JSON";
    QTest::newRow("NaN literal") << textEdit("\"rate_rps\":100", "\"rate_rps\":NaN") << "$" << "not valid JSON";
    QTest::newRow("Infinity literal") << textEdit("\"rate_rps\":100", "\"rate_rps\":Infinity") << "$" << "not valid JSON";
    QTest::newRow("-Infinity literal") << textEdit("\"rate_rps\":100", "\"rate_rps\":-Infinity") << "$" << "not valid JSON";
    QTest::newRow("comment") << textEdit("\"name\"", "/* hi */ \"name\"") << "$" << "not valid JSON";
    QTest::newRow("non-UTF-8 bytes") << textEdit("\"Base\"", "\"Ba\xff\xfe se\"") << "$" << "not valid UTF-8";
    QTest::newRow("Latin-1 file") << textEdit("\"Base\"", "\"Caf\xe9\"") << "$" << "not valid UTF-8";
    QTest::newRow("NUL byte") << textEdit("\"Base\"", std::string("\"Ba\0se\"", 7)) << "$" << "not valid JSON";

    // Huge strings.
    QTest::newRow("huge name") << mutated([](json& j) { j["name"] = std::string(100000, 'x'); }) << "$.name"
                               << "string too long (100000 characters, at most 4096)";
    QTest::newRow("huge description") << mutated([](json& j) { j["description"] = std::string(10'000'000, 'y'); })
                                      << "$.description" << "string too long";
    QTest::newRow("huge id") << mutated([](json& j) { j["components"][2]["id"] = std::string(5000, 'c'); })
                             << "$.components[2].id" << "string too long";
    QTest::newRow("huge choice value") << mutated([](json& j) {
        j["components"][1]["params"]["service_dist"] = std::string(1'000'000, 'z');
    }) << "$.components[1].params.service_dist" << "expected one of \"exponential\"";
    QTest::newRow("huge unknown key") << mutated([](json& j) { j[std::string(1'000'000, 'k')] = 1; })
                                      << QString("$[\"%1...\"]").arg(QString(40, 'k')) << "unknown field";
    QTest::newRow("odd unknown key") << mutated([](json& j) { j["workload"]["a.b \"c\"\n"] = 1; })
                                     << "$.workload[\"a.b \\\"c\\\"\\n\"]" << "unknown field";
}

void TestScenarioJson::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, expect);
    QElapsedTimer timer;
    timer.start();
    ScenarioLoadResult r;
    try {
        r = parseScenario(text.toStdString(), kFile);
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QString("parseScenario threw: %1").arg(e.what())));
    }
    // A guard against a hang or a quadratic path, not a speed target: the largest of these
    // inputs (1 MB) parses in about 0.1 s, and up to 20x slower under AddressSanitizer on a
    // shared machine (it took 2.1 s there once); a quadratic path would take minutes.
    QVERIFY2(timer.elapsed() < 30000, "took longer than 30 s");
    QVERIFY(!r.scenario.has_value());
    QVERIFY(!r.errors.empty());
    QString all;
    bool found = false;
    for (const Diagnostic& d : r.errors) {
        all += QString::fromStdString(d.toString()) + "\n";
        QCOMPARE(d.file, std::string(kFile));
        // Messages are one line of printable text, short enough to read.
        QVERIFY2(d.message.size() < 1000 && d.path.size() < 200, qPrintable(all.left(400)));
        for (unsigned char ch : d.message + d.path)
            QVERIFY2(ch >= 0x20, "control character in a message");
        const QByteArray bytes = QByteArray::fromStdString(d.message + d.path);
        QVERIFY2(QString::fromUtf8(bytes).toUtf8() == bytes, "message is not valid UTF-8");
        QVERIFY(QString::fromStdString(d.toString()).startsWith(QString(kFile) + ": "));
        if (d.path == path.toStdString() && d.message.find(expect.toStdString()) != std::string::npos)
            found = true;
    }
    QVERIFY2(found, qPrintable(QString("wanted %1: ...%2...\ngot:\n%3").arg(path, expect, all.left(2000))));
}

void TestScenarioJson::deepNestingIsRefusedQuickly()
{
    for (int depth : {65, 10'000, 1'000'000}) {
        for (const char* open : {"[", "{\"a\":"}) {
            std::string text;
            for (int i = 0; i < depth; ++i)
                text += open;
            QElapsedTimer timer;
            timer.start();
            const auto r = parseScenario(text, kFile);
            QVERIFY2(timer.elapsed() < 30000, "deep nesting took longer than 30 s"); // hang guard, as above
            QVERIFY(!r.scenario);
            QCOMPARE(r.errors.size(), std::size_t{1});
            QCOMPARE(r.errors.front().path, std::string("$"));
            QCOMPARE(r.errors.front().message, std::string("nested more than 64 levels deep"));
        }
    }
    // Brackets inside strings are text, not nesting.
    json j = baseDocument();
    j["description"] = std::string(3000, '[');
    QVERIFY(parseScenario(j.dump(), kFile).scenario.has_value());
    QCOMPARE(jsonNestingDepth(R"({"a": [[1], "[[[[", {"b": {}}]})", 64), 4);
}

void TestScenarioJson::limits()
{
    InputLimits small;
    small.maxBytes = 500;
    auto r = parseScenario(baseDocument().dump(), kFile, small);
    QVERIFY(!r.scenario);
    QCOMPARE(r.errors.front().path, std::string("$"));
    QVERIFY(r.errors.front().message.find("file too large") != std::string::npos);

    InputLimits few;
    few.maxComponents = 3;
    r = parseScenario(baseDocument().dump(), kFile, few);
    QVERIFY(!r.scenario);
    QCOMPARE(r.errors.front().path, std::string("$.components"));
    QVERIFY(r.errors.front().message.find("too many components (5, at most 3)") != std::string::npos);

    // Many errors are capped rather than collected without bound.
    json j = baseDocument();
    for (int i = 0; i < 1000; ++i)
        j["unknown_" + std::to_string(i)] = i;
    r = parseScenario(j.dump(), kFile);
    QVERIFY(!r.errors.empty() && r.errors.size() <= 100);
}

void TestScenarioJson::unreadableFile()
{
    const auto r = loadScenarioFile("/nonexistent/dir/scenario.json");
    QVERIFY(!r.scenario);
    QCOMPARE(r.errors.front().file, std::string("/nonexistent/dir/scenario.json"));
    QVERIFY(r.errors.front().message.find("cannot open") != std::string::npos);
    const auto dir = loadScenarioFile(SCALELAB_SOURCE_DIR "/examples");
    QVERIFY(!dir.scenario);
    QVERIFY(!dir.errors.empty());
}

void TestScenarioJson::validateInMemory()
{
    // The same checks run on scenarios built in code (the GUI's document, lessons).
    Scenario s = *parseScenario(baseDocument().dump(), kFile).scenario;
    s.components[1].params["workers"] = -3.0;
    s.components[2].params["eviction"] = std::string("random");
    s.components[3].params["bogus"] = 1.0;
    s.connections.push_back({"web", "nowhere", 0});
    const auto errors = validateScenario(s, "memory");
    auto has = [&](const std::string& path, const std::string& text) {
        for (const auto& d : errors)
            if (d.path == path && d.message.find(text) != std::string::npos && d.file == "memory")
                return true;
        return false;
    };
    QVERIFY(has("$.components[1].params.workers", "expected a value from 1 to 100000"));
    QVERIFY(has("$.components[2].params.eviction", "expected one of \"lru\", \"lfu\", \"fifo\""));
    QVERIFY(has("$.components[3].params.bogus", "unknown parameter"));
    QVERIFY(has("$.connections[4].to", "no component with id \"nowhere\""));
    QCOMPARE(errors.size(), std::size_t{4});
}

QTEST_APPLESS_MAIN(TestScenarioJson)
#include "tst_scenario_json.moc"
