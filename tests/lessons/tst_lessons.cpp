// SPDX-License-Identifier: GPL-3.0-or-later
// Every bundled lesson parses; every step's "show me" solution passes its own checks
// on a headless run; the start of every build step does not already pass; broken and
// hostile lesson files are reported (file, step, field) without stopping the others.
#include "lessons/LessonChecks.h"
#include "lessons/LessonFormat.h"
#include "lessons/LessonJson.h"

#include <QTest>

#include <chrono>
#include <filesystem>
#include <fstream>

using namespace scalelab::core;
namespace fs = std::filesystem;

namespace {

const LessonCatalog& catalog()
{
    static const LessonCatalog cat =
        loadLessonCatalog(std::string(SCALELAB_SOURCE_DIR) + "/lessons");
    return cat;
}

std::string failures(const StepEvaluation& ev)
{
    std::string s = ev.error;
    for (const auto& r : ev.results)
        s += std::string("\n    [") + (r.passed ? "ok" : "FAIL") + "] " + r.description + " -- " +
             r.explanation;
    return s;
}

/// Lessons selected by SCALELAB_LESSON (a substring of the id), all when unset.
bool selected(const Lesson& l)
{
    const char* f = std::getenv("SCALELAB_LESSON");
    return !f || l.id.find(f) != std::string::npos;
}

void writeFile(const fs::path& p, const std::string& text)
{
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
}

const char* kMinimalScenario = R"({"format": "scalelab-scenario", "version": 1, "name": "t",
  "components": [{"id": "users", "kind": "users", "name": "Users", "position": {"x": 0, "y": 0}},
                 {"id": "web", "kind": "web_server", "name": "Web", "position": {"x": 200, "y": 0}}],
  "connections": [{"from": "users", "to": "web"}],
  "workload": {"mode": "open", "rate_rps": 50}, "run": {"duration_s": 10}})";

std::string
lessonText(const std::string& stepExtra,
           const std::string& checks = R"([{"check": "has_component", "kind": "web_server"}])",
           const std::string& text = "t")
{
    return R"({"format": "scalelab-lesson", "version": 1, "id": "x", "title": "T", "summary": "S",
      "teacher_notes": {"goals": [], "misconceptions": [], "left_out": [], "demonstration": "d"},
      "steps": [{"id": "one", "title": "One", "text": "t", "solution": "s.json", "hints": [],
                 "goal": {"checks": [{"check": "has_component", "kind": "web_server"}]}},
                {"id": "two", "title": "Two", "text": ")" +
           text + R"(", "solution": "s.json", "hints": [], )" + stepExtra +
           R"( "goal": {"checks": )" + checks + "}}]}";
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogLoads()
    {
        for (const auto& d : catalog().errors)
            qWarning("%s", d.toString().c_str());
        QCOMPARE(catalog().errors.size(), std::size_t{0});
        QCOMPARE(catalog().lessons.size(), std::size_t{14}); // the chapter's fourteen stages
        for (const auto& l : catalog().lessons) {
            QVERIFY2(l.steps.size() >= 2, l.id.c_str());
            QVERIFY2(!l.teacherNotes.goals.empty() && !l.teacherNotes.misconceptions.empty(),
                     l.id.c_str());
            bool build = false, experiment = false;
            for (const auto& s : l.steps) {
                build = build || !s.observe;
                experiment = experiment || s.experiment.has_value();
                QVERIFY2(!s.hints.empty(), (l.id + "/" + s.id).c_str());
            }
            QVERIFY2(build && experiment, (l.id + " needs a build step and an experiment").c_str());
            QVERIFY2(l.steps.front().start.has_value(),
                     (l.id + ": the first step needs a starting scenario").c_str());
        }
    }

    void stepsBehave_data()
    {
        QTest::addColumn<int>("lesson");
        QTest::addColumn<int>("step");
        const auto& ls = catalog().lessons;
        for (std::size_t i = 0; i < ls.size(); ++i)
            if (selected(ls[i]))
                for (std::size_t j = 0; j < ls[i].steps.size(); ++j)
                    QTest::newRow((ls[i].id + "/" + ls[i].steps[j].id).c_str()) << int(i) << int(j);
    }
    void stepsBehave()
    {
        QFETCH(int, lesson);
        QFETCH(int, step);
        const Lesson& l = catalog().lessons[std::size_t(lesson)];
        const LessonStep& s = l.steps[std::size_t(step)];
        const auto t0 = std::chrono::steady_clock::now();
        // The solution passes its own checks (the issue's hard requirement).
        QVERIFY(s.solution.has_value());
        const StepEvaluation ev = evaluateStep(s, *s.solution);
        const double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        qInfo("%s/%s solution %s (%.1f s)%s", l.id.c_str(), s.id.c_str(),
              ev.passed ? "passes" : "FAILS", secs, failures(ev).c_str());
        QVERIFY2(ev.passed, failures(ev).c_str());
        if (s.observe)
            return;
        // A build step leaves the learner something to do: its start does not pass.
        const Scenario* start = s.start ? &*s.start : nullptr;
        if (!start && step > 0)
            start = &*l.steps[std::size_t(step - 1)].solution;
        QVERIFY(start);
        bool topologyPasses = true;
        for (const auto& c : s.checks)
            if (!c.isExperiment())
                topologyPasses = topologyPasses && evaluateTopologyCheck(c, *start).passed;
        if (topologyPasses) { // only then is the (slower) experiment needed to tell
            const StepEvaluation sv = evaluateStep(s, *start);
            qInfo("  start:%s", failures(sv).c_str());
            QVERIFY2(!sv.passed,
                     (l.id + "/" + s.id + ": the start already passes the goal").c_str());
        }
    }

    void deterministic()
    {
        const Lesson& l = catalog().lessons.at(4);
        for (const auto& s : l.steps)
            if (s.needsExperiment()) {
                const auto a = evaluateStep(s, *s.solution);
                const auto b = evaluateStep(s, *s.solution);
                QCOMPARE(a.results.size(), b.results.size());
                for (std::size_t i = 0; i < a.results.size(); ++i)
                    if (a.results[i].measured ==
                        a.results[i].measured) // same seed: identical numbers
                        QCOMPARE(a.results[i].measured, b.results[i].measured);
                return;
            }
        QFAIL("lesson 05 has no experiment");
    }

    void explanationsNameValues()
    {
        LessonCheck c;
        c.type = "metric";
        c.metric = "p95_ms";
        c.op = CompareOp::Less;
        c.value = 200.0;
        ExperimentRecord run;
        run.summary.latency.count = 100;
        run.summary.latency.p95Ms = 340.0;
        const CheckResult r = evaluateMetricCheck(c, Scenario{}, run);
        QVERIFY(!r.passed);
        QCOMPARE(r.measured, 340.0);
        QCOMPARE(QString::fromStdString(r.explanation),
                 QString("The p95 latency was 340 ms; the goal is under 200 ms."));
        c.metric = "error_rate";
        c.value = 0.01;
        run.summary.errorRate = 0.025;
        QCOMPARE(QString::fromStdString(evaluateMetricCheck(c, Scenario{}, run).explanation),
                 QString("The error rate was 2.5%; the goal is under 1.0%."));
    }

    void singlePointsOfFailure()
    {
        // users -> lb -> two web servers -> primary with one replica
        Scenario s;
        auto add = [&](std::string id, std::string kind) {
            Component c;
            c.id = id;
            c.kind = kind;
            s.components.push_back(c);
        };
        add("users", "users");
        add("lb", "load_balancer");
        add("w1", "web_server");
        add("w2", "web_server");
        add("db", "database");
        for (auto [a, b] :
             {std::pair{"users", "lb"}, {"lb", "w1"}, {"lb", "w2"}, {"w1", "db"}, {"w2", "db"}})
            s.connections.push_back({a, b, 0});
        QCOMPARE(lessonSinglePointsOfFailure(s, "read"), (std::vector<std::string>{"lb", "db"}));
        QCOMPARE(lessonSinglePointsOfFailure(s, "read", "web_server"), std::vector<std::string>{});
        add("rep", "database");
        s.components.back().params["role"] = std::string("replica");
        s.connections.push_back({"db", "rep", 0});
        // failover promotes the replica: the primary is no longer a single point of failure
        QCOMPARE(lessonSinglePointsOfFailure(s, "write"), (std::vector<std::string>{"lb"}));
        QVERIFY(lessonCanServe(s, "static")); // web servers serve static files
    }

    void brokenLessonIsReportedOthersLoad()
    {
        const fs::path root = fs::path(SCALELAB_BINARY_DIR) / "test-tmp" / "lessons-broken";
        fs::remove_all(root);
        writeFile(root / "01-good" / "lesson.json", lessonText(""));
        writeFile(root / "01-good" / "s.json", kMinimalScenario);
        writeFile(
            root / "02-bad" / "lesson.json",
            lessonText(
                "",
                R"([{"check": "metric", "metric": "p95_ms", "op": "<<", "value": 5, "colour": 1}])"));
        writeFile(root / "02-bad" / "s.json", kMinimalScenario);
        const LessonCatalog cat = loadLessonCatalog(root.string());
        QCOMPARE(cat.lessons.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(cat.lessons[0].file).contains("01-good"), true);
        QVERIFY(!cat.errors.empty());
        bool sawOp = false, sawUnknown = false, sawExperiment = false;
        for (const auto& d : cat.errors) {
            QVERIFY2(d.file.find("02-bad") != std::string::npos &&
                         d.file.find("lesson.json") != std::string::npos,
                     d.toString().c_str());
            QVERIFY2(d.message.rfind("step 2 (\"two\")", 0) == 0 ||
                         d.path == "$.steps[1].experiment",
                     d.toString().c_str());
            sawOp = sawOp || (d.path == "$.steps[1].goal.checks[0].op" &&
                              d.message.find("\"<<\"") != std::string::npos);
            sawUnknown = sawUnknown || d.path == "$.steps[1].goal.checks[0].colour";
            sawExperiment = sawExperiment || d.path == "$.steps[1].experiment";
        }
        QVERIFY(sawOp && sawUnknown && sawExperiment);
    }

    void richTextCannotLoadAnything_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain tags")
            << "A <b>bold</b> <i>claim</i>,<br/>a list <ul><li>x</li></ul>" << true;
        QTest::newRow("entity") << "p95 &lt; 200 ms" << true;
        QTest::newRow("img") << "<img src='/etc/passwd'>" << false;
        QTest::newRow("link") << "<a href='http://example.org'>x</a>" << false;
        QTest::newRow("attribute") << "<p style='background: url(x)'>x</p>" << false;
        QTest::newRow("bare less-than") << "p95 < 200 ms" << false;
    }
    void richTextCannotLoadAnything()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(checkLessonRichText(text.toStdString()).empty(), ok);
        if (ok)
            return;
        const fs::path dir =
            fs::path(SCALELAB_BINARY_DIR) / "test-tmp" / "lessons-richtext" / "01-x";
        fs::remove_all(dir);
        writeFile(dir / "lesson.json",
                  lessonText("", R"([{"check": "has_component", "kind": "web_server"}])",
                             text.toStdString()));
        writeFile(dir / "s.json", kMinimalScenario);
        const LessonLoadResult r = loadLessonDirectory(dir.string());
        QVERIFY(!r.lesson);
        QCOMPARE(r.errors.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(r.errors[0].path), QString("$.steps[1].text"));
    }

    void unsafeReferencesRefused_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("field");
        QTest::newRow("image ../../etc/passwd") << R"("image": "../../etc/passwd",)"
                                                << "$.steps[1].image";
        QTest::newRow("image images/../../x") << R"("image": "images/../../etc/passwd",)"
                                              << "$.steps[1].image";
        QTest::newRow("image absolute") << R"("image": "/etc/passwd",)"
                                        << "$.steps[1].image";
        QTest::newRow("image url") << R"("image": "http://example.org/a.png",)"
                                   << "$.steps[1].image";
        QTest::newRow("start ../../etc/passwd") << R"("start": "../../etc/passwd",)"
                                                << "$.steps[1].start";
        QTest::newRow("start absolute") << R"("start": "/etc/passwd",)"
                                        << "$.steps[1].start";
        QTest::newRow("start backslash") << R"("start": "..\\..\\etc\\passwd",)"
                                         << "$.steps[1].start";
        QTest::newRow("start symlink out") << R"("start": "link.json",)"
                                           << "$.steps[1].start";
    }
    void unsafeReferencesRefused()
    {
        QFETCH(QString, extra);
        QFETCH(QString, field);
        const fs::path dir = fs::path(SCALELAB_BINARY_DIR) / "test-tmp" / "lessons-unsafe" / "01-x";
        fs::remove_all(dir.parent_path());
        writeFile(dir / "lesson.json", lessonText(extra.toStdString()));
        writeFile(dir / "s.json", kMinimalScenario);
        writeFile(dir.parent_path().parent_path() / "outside.json", kMinimalScenario);
        std::error_code ec;
        fs::create_symlink(dir.parent_path().parent_path() / "outside.json", dir / "link.json", ec);
        const LessonLoadResult r = loadLessonDirectory(dir.string());
        QVERIFY(!r.lesson);
        QCOMPARE(r.errors.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(r.errors[0].path), field);
        QVERIFY2(r.errors[0].message.rfind("step 2", 0) == 0, r.errors[0].toString().c_str());
    }
};

QTEST_APPLESS_MAIN(TestLessons)
#include "tst_lessons.moc"
