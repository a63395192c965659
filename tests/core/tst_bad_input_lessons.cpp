// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-input catalogue for lesson files (docs/reliability.md). Lessons are parsed
// from memory with a source that serves one small valid scenario for any accepted
// reference, so each row tests the lesson format alone. For each: no lesson, every
// diagnostic names the file, one names the expected field with the expected words,
// quickly (< 1 s) and with bounded memory. File references (path traversal) are in
// tst_bad_input_paths.cpp.
#include "lessons/LessonChecks.h"
#include "lessons/LessonJson.h"
#include "lessons/LessonSource.h"
#include "tst_bad_input_helpers.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <functional>

using namespace scalelab::core;
using scalelab::testing::kSlowBuildFactor;
using nlohmann::json;

namespace {

const char* const kScenario = R"({"format": "scalelab-scenario", "version": 1, "name": "s",
  "components": [{"id": "users", "kind": "users"}, {"id": "web", "kind": "web_server"}],
  "connections": [{"from": "users", "to": "web"}],
  "workload": {"mode": "open", "rate_rps": 10}, "run": {"duration_s": 10}})";

class MemorySource : public LessonSource
{
public:
    std::optional<std::string> read(const std::string&, std::string*) const override { return std::string(kScenario); }
    bool imageExists(const std::string&) const override { return true; }
    std::string displayName(const std::string& ref) const override { return "lessons/x/" + ref; }
};

json baseLesson()
{
    return json::parse(R"({"format": "scalelab-lesson", "version": 1, "id": "x", "title": "T", "summary": "S",
      "teacher_notes": {"goals": [], "misconceptions": [], "left_out": [], "demonstration": "d"},
      "steps": [{"id": "one", "title": "One", "text": "t", "solution": "s.json", "hints": [],
                 "goal": {"checks": [{"check": "has_component", "kind": "web_server"}]}}]})");
}

QByteArray bytes(const std::string& s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); }

QByteArray mutated(const std::function<void(json&)>& f)
{
    json j = baseLesson();
    f(j);
    return bytes(j.dump());
}

QByteArray replaced(const std::string& from, const std::string& to)
{
    std::string s = baseLesson().dump();
    const auto pos = s.find(from);
    Q_ASSERT(pos != std::string::npos);
    return bytes(s.replace(pos, from.size(), to));
}

} // namespace

class TestBadInputLessons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void baseLoads()
    {
        const std::string text = baseLesson().dump();
        const auto r = parseLesson(text, "lesson.json", MemorySource{});
        QVERIFY2(r.lesson, r.errors.empty() ? "" : r.errors.front().toString().c_str());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        const std::string base = baseLesson().dump();
        QTest::newRow("empty file") << QByteArray() << "$" << "not valid JSON";
        QTest::newRow("truncated") << bytes(base.substr(0, base.size() - 7)) << "$" << "not valid JSON";
        QTest::newRow("non-UTF-8 bytes") << replaced("\"title\":\"T\"", "\"title\":\"\xc3\x28\"") << "$" << "not valid JSON";
        QTest::newRow("NUL byte") << replaced("\"title\":\"T\"", std::string("\"title\":\"\0\"", 11)) << "$"
                                  << "not valid JSON";
        // Found by fuzz_lesson: nlohmann throws out_of_range (not parse_error) for a
        // number beyond a double, which escaped the loader and terminated the program.
        QTest::newRow("2e308 (fuzz crash 49c96851)") << replaced("\"version\":1", "\"version\":2e308") << "$"
                                                     << "number overflow";
        QTest::newRow("-1e999") << replaced("\"version\":1", "\"version\":-1e999") << "$" << "number overflow";
        QTest::newRow("NaN literal") << replaced("\"version\":1", "\"version\":NaN") << "$" << "not valid JSON";
        QTest::newRow("steps is an object") << mutated([](json& j) { j["steps"] = json::object(); }) << "$.steps" << "expected";
        QTest::newRow("title is a number") << mutated([](json& j) { j["title"] = 5; }) << "$.title" << "expected a string";
        QTest::newRow("min as text") << mutated([](json& j) { j["steps"][0]["goal"]["checks"][0]["min"] = "two"; })
                                     << "$.steps[0].goal.checks[0].min" << "expected a number";
        QTest::newRow("min 10^12") << mutated([](json& j) { j["steps"][0]["goal"]["checks"][0]["min"] = 1e12; })
                                   << "$.steps[0].goal.checks[0].min" << "1e+06";
        QTest::newRow("unknown check type") << mutated([](json& j) { j["steps"][0]["goal"]["checks"][0]["check"] = "rm -rf"; })
                                            << "$.steps[0].goal.checks[0].check" << "rm -rf";
        QTest::newRow("unknown kind") << mutated([](json& j) { j["steps"][0]["goal"]["checks"][0]["kind"] = "mainframe"; })
                                      << "$.steps[0].goal.checks[0].kind" << "mainframe";
        QTest::newRow("experiment of 10^9 s") << mutated([](json& j) {
            j["steps"][0]["experiment"] = {{"duration_s", 1e9}};
        }) << "$.steps[0].experiment.duration_s" << "3600";
        QTest::newRow("experiment timeline event on nothing") << mutated([](json& j) {
            j["steps"][0]["experiment"] = {{"duration_s", 60}, {"timeline", {{{"at_s", 1}, {"type", "explode"}}}}};
        }) << "$.steps[0].experiment.timeline[0].type" << "explode";
        QTest::newRow("version from the future") << mutated([](json& j) { j["version"] = 99; }) << "$.version" << "99";
        QTest::newRow("deep nesting") << QByteArray(100000, '{') << "$" << "nested";
        QTest::newRow("5 MB summary") << mutated([](json& j) { j["summary"] = std::string(5 << 20, 'x'); }) << "$.summary"
                                      << "too long";
        QTest::newRow("65 MB file") << QByteArray((64 << 20) + 1, ' ') << "$" << "too large";
    }

    void refused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, path);
        QFETCH(QString, words);
        const std::string input(text.constData(), static_cast<std::size_t>(text.size()));
        LessonLoadResult r;
        const auto cost = scalelab::testing::measure([&] { r = parseLesson(input, "lesson.json", MemorySource{}); });
        QVERIFY(!r.lesson);
        QVERIFY(!r.errors.empty());
        std::string all;
        bool found = false;
        for (const Diagnostic& d : r.errors) {
            QVERIFY2(!d.file.empty(), d.toString().c_str());
            all += "\n  " + d.toString().substr(0, 300);
            if (QString::fromStdString(d.path) == path && QString::fromStdString(d.message).contains(words))
                found = true;
        }
        QVERIFY2(found, ("no diagnostic at " + path.toStdString() + " saying \"" + words.toStdString() + "\"; got:" + all).c_str());
        qInfo("%s: %.3f s (cpu %.3f s), peak +%.0f MiB; %s", QTest::currentDataTag(), cost.seconds, cost.cpuSeconds, cost.peakGrowthMiB,
              r.errors.front().toString().substr(0, 160).c_str());
        QVERIFY2(cost.cpuSeconds < scalelab::testing::refusalCpuBound(input.size(), kSlowBuildFactor),
                 "a refusal must be quick");
        const double boundMiB = (64.0 + 12.0 * double(input.size()) / (1 << 20)) * kSlowBuildFactor;
        QVERIFY2(cost.peakGrowthMiB < boundMiB, "a refusal must not balloon memory");
    }

    /// An experiment that would need more memory than the budget (10^8 closed users,
    /// ~19 GB) is refused before it runs, with the field named.
    void experimentOverBudgetRefused()
    {
        const std::string text = mutated([](json& j) {
            j["steps"][0]["experiment"] = {{"duration_s", 60}, {"users", 1e8}};
        }).toStdString();
        const auto r = parseLesson(text, "lesson.json", MemorySource{});
        QVERIFY2(r.lesson, r.errors.empty() ? "" : r.errors.front().toString().c_str());
        Scenario learner = *parseScenario(kScenario, "s.json").scenario;
        learner.workload.mode = Workload::Mode::Closed;
        std::string error;
        const auto x = experimentScenario(learner, *r.lesson->steps[0].experiment, &error);
        QVERIFY(!x);
        QVERIFY2(QString::fromStdString(error).contains("$.workload.users"), error.c_str());
    }
};

QTEST_APPLESS_MAIN(TestBadInputLessons)
#include "tst_bad_input_lessons.moc"
