// SPDX-License-Identifier: GPL-3.0-or-later
// docs/scenario-format.md cannot go stale:
//  - its component-kind and timeline-event tables are generated from the registry
//    (core/model/ComponentKinds.cpp, injectableEventKinds() in core/model/EventKinds.cpp) and must match byte for byte;
//  - every field the loader accepts, section by section, must be documented. The list of
//    accepted fields is read from the loader itself: an unknown field in a section is
//    answered with "unknown field (expected one of: ...)", which names them all;
//  - the complete example in the document must load without errors.
// When the tables are out of date the test writes the corrected document next to the
// build (and over the source when SCALELAB_UPDATE_DOCS=1).

#include "io/ScenarioJson.h"
#include "model/ParamSpec.h"
#include "model/Scenario.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <QFile>

#include <cmath>
#include <cstdio>

using namespace scalelab::core;
using nlohmann::json;

namespace {

const QString kDocPath = QStringLiteral(SCALELAB_SOURCE_DIR "/docs/scenario-format.md");

std::string number(double v)
{
    char buf[40];
    if (v == std::floor(v) && std::abs(v) < 1e15)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

const char* roleName(KindRole r)
{
    switch (r) {
    case KindRole::Source:
        return "source of requests";
    case KindRole::Router:
        return "router (forwards, owns no data)";
    case KindRole::Compute:
        return "compute";
    case KindRole::Cache:
        return "cache";
    case KindRole::DataStore:
        return "data store";
    case KindRole::Queue:
        return "queue";
    case KindRole::Support:
        return "support service";
    case KindRole::Group:
        return "group (holds other components)";
    case KindRole::Control:
        return "control (observes, not on the request path)";
    }
    return "";
}

std::string typeName(const ParamSpec& p)
{
    switch (p.type) {
    case ParamSpec::Type::Number:
        return "number";
    case ParamSpec::Type::Integer:
        return "integer";
    case ParamSpec::Type::Bool:
        return "boolean";
    case ParamSpec::Type::Choice:
        return "choice";
    }
    return "";
}

std::string code(const std::string& s) { return "`" + s + "`"; }

/// The generated part listing every component kind and its parameters.
std::string kindTables()
{
    std::string out;
    for (const KindSpec& k : componentKinds()) {
        out += "### " + k.displayName + " (" + code(k.id) + ")\n\n";
        out += k.description + "\n\n";
        out += "- Role: " + std::string(roleName(k.role)) + ".\n";
        out += std::string("- Queueing station (workers and a queue): ") + (k.isStation ? "yes" : "no") + ".\n";
        std::string targets;
        for (const auto& t : k.targets)
            targets += (targets.empty() ? "" : ", ") + code(t);
        out += "- May send requests to: " + (targets.empty() ? std::string("nothing") : targets) + ".\n\n";
        if (k.params.empty()) {
            out += "No parameters.\n\n";
            continue;
        }
        out += "| Parameter | Type | Unit | Default | Allowed values | Live | Meaning |\n";
        out += "|---|---|---|---|---|---|---|\n";
        for (const ParamSpec& p : k.params) {
            std::string def, range;
            switch (p.type) {
            case ParamSpec::Type::Choice:
                def = p.choices.empty() ? "" : code(p.choices.front());
                for (const auto& c : p.choices)
                    range += (range.empty() ? "" : ", ") + code(c);
                break;
            case ParamSpec::Type::Bool:
                def = p.defaultNumber != 0.0 ? "`true`" : "`false`";
                range = "`true`, `false`";
                break;
            default:
                def = number(p.defaultNumber);
                range = number(p.min) + " to " + number(p.max);
                break;
            }
            out += "| " + code(p.key) + " | " + typeName(p) + " | " + (p.unit.empty() ? "-" : p.unit) + " | " + def +
                   " | " + range + " | " + (p.liveEditable ? "yes" : "no") + " | " + p.help + " |\n";
        }
        out += "\n";
    }
    return out;
}

/// The generated table of timeline event types.
std::string eventTable()
{
    std::string out = "| Type | `target` | `target2` | Effect |\n|---|---|---|---|\n";
    for (const EventKind* e : injectableEventKinds())
        out += "| " + code(std::string(e->name)) + " | " + (e->needsTarget() ? "required" : "-") + " | " +
               (e->needsTarget2() ? "required" : "-") + " | " + e->help + " |\n";
    return out;
}

/// Replaces the text between "<!-- generated:NAME begin -->" and "<!-- generated:NAME end -->".
bool replaceBlock(std::string& doc, const std::string& name, const std::string& content)
{
    const std::string begin = "<!-- generated:" + name + " begin -->\n";
    const std::string end = "<!-- generated:" + name + " end -->";
    const auto b = doc.find(begin);
    const auto e = doc.find(end);
    if (b == std::string::npos || e == std::string::npos || e < b)
        return false;
    doc.replace(b + begin.size(), e - b - begin.size(), content);
    return true;
}

std::string readDoc()
{
    QFile f(kDocPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

json minimalDocument()
{
    return json::parse(R"({"format": "scalelab-scenario", "version": 1,
      "components": [{"id": "u", "kind": "users", "position": {"x": 0, "y": 0}}, {"id": "w", "kind": "web_server"}],
      "connections": [{"from": "u", "to": "w"}],
      "workload": {"mix": {"read": 1}, "keys": {"count": 10}, "static_keys": {"count": 10}, "curve": {"type": "constant"}},
      "network": {}, "timeline": [{"at_s": 1, "type": "marker"}], "run": {}})");
}

} // namespace

class TestScenarioDoc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedTablesAreCurrent();
    void everyAcceptedFieldIsDocumented_data();
    void everyAcceptedFieldIsDocumented();
    void exampleInTheDocumentLoads();
};

void TestScenarioDoc::generatedTablesAreCurrent()
{
    const std::string doc = readDoc();
    QVERIFY2(!doc.empty(), "docs/scenario-format.md is missing");
    std::string fixed = doc;
    QVERIFY2(replaceBlock(fixed, "kinds", kindTables()), "no generated:kinds block");
    QVERIFY2(replaceBlock(fixed, "events", eventTable()), "no generated:events block");
    if (fixed != doc) {
        const QString out = QStringLiteral(SCALELAB_BINARY_DIR "/scenario-format.md");
        QFile f(qEnvironmentVariableIntValue("SCALELAB_UPDATE_DOCS") == 1 ? kDocPath : out);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QByteArray::fromStdString(fixed));
        QFAIL(qPrintable(QString("the kind/event tables in docs/scenario-format.md are out of date; corrected "
                                 "copy written to %1 (or run with SCALELAB_UPDATE_DOCS=1)")
                             .arg(f.fileName())));
    }
    // Every kind and parameter is in the document (also guards the generator itself).
    for (const KindSpec& k : componentKinds()) {
        QVERIFY2(doc.find("### " + k.displayName + " (`" + k.id + "`)") != std::string::npos, k.id.c_str());
        for (const ParamSpec& p : k.params)
            QVERIFY2(doc.find("| `" + p.key + "` |") != std::string::npos, p.key.c_str());
    }
    for (const EventKind* e : injectableEventKinds())
        QVERIFY2(doc.find("| `" + std::string(e->name) + "` |") != std::string::npos, std::string(e->name).c_str());
}

void TestScenarioDoc::everyAcceptedFieldIsDocumented_data()
{
    QTest::addColumn<QString>("pointer"); // where to add the unknown field (JSON pointer)
    QTest::addColumn<QString>("docPath"); // how the document spells the section's path
    QTest::newRow("root") << "" << "$";
    QTest::newRow("component") << "/components/0" << "$.components[i]";
    QTest::newRow("position") << "/components/0/position" << "$.components[i].position";
    QTest::newRow("connection") << "/connections/0" << "$.connections[i]";
    QTest::newRow("workload") << "/workload" << "$.workload";
    QTest::newRow("mix") << "/workload/mix" << "$.workload.mix";
    QTest::newRow("keys") << "/workload/keys" << "$.workload.keys";
    QTest::newRow("static_keys") << "/workload/static_keys" << "$.workload.static_keys";
    QTest::newRow("curve") << "/workload/curve" << "$.workload.curve";
    QTest::newRow("network") << "/network" << "$.network";
    QTest::newRow("timeline event") << "/timeline/0" << "$.timeline[i]";
    QTest::newRow("run") << "/run" << "$.run";
}

void TestScenarioDoc::everyAcceptedFieldIsDocumented()
{
    QFETCH(QString, pointer);
    QFETCH(QString, docPath);
    json j = minimalDocument();
    QVERIFY(parseScenario(j.dump(), "doc").scenario.has_value());
    j[json::json_pointer(pointer.toStdString())]["zz_not_a_field"] = 1;
    const auto r = parseScenario(j.dump(), "doc");
    std::string list;
    for (const auto& d : r.errors) {
        const std::string marker = "unknown field (expected one of: ";
        if (auto pos = d.message.find(marker); pos != std::string::npos)
            list = d.message.substr(pos + marker.size(), d.message.size() - pos - marker.size() - 1);
    }
    QVERIFY2(!list.empty(), "the loader did not list the accepted fields");
    const std::string doc = readDoc();
    int fields = 0;
    for (const QString& field : QString::fromStdString(list).split(", ")) {
        const std::string documented = "`" + docPath.toStdString() + "." + field.toStdString() + "`";
        QVERIFY2(doc.find(documented) != std::string::npos, qPrintable(QString::fromStdString(documented) + " is not documented"));
        ++fields;
    }
    QVERIFY(fields >= 2);
}

void TestScenarioDoc::exampleInTheDocumentLoads()
{
    const std::string doc = readDoc();
    const std::string begin = "<!-- complete example -->\n```json\n";
    const auto b = doc.find(begin);
    QVERIFY2(b != std::string::npos, "no complete example");
    const auto e = doc.find("```", b + begin.size());
    const auto r = parseScenario(doc.substr(b + begin.size(), e - b - begin.size()), "scenario-format.md");
    QVERIFY2(r.scenario, r.errors.empty() ? "" : r.errors.front().toString().c_str());
    QVERIFY(r.scenario->components.size() >= 5);
    QVERIFY(!r.scenario->timeline.empty());
}

QTEST_APPLESS_MAIN(TestScenarioDoc)
#include "tst_scenario_doc.moc"
