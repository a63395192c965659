// SPDX-License-Identifier: GPL-3.0-or-later
// A lesson step's "compare": the format is strict, and every bundled comparison, run on
// the step's solution, shows the contrast its note asks the learner to look for beyond
// the 95% confidence intervals of the seeds.
#include "LessonTestKit.h"

#include "analysis/Compare.h"
#include "lessons/LessonCompare.h"
#include "lessons/LessonJson.h"

#include <QTest>

#include <filesystem>
#include <fstream>

using namespace scalelab::core;
namespace fs = std::filesystem;

namespace {

const LessonCatalog& catalog()
{
    static const LessonCatalog cat = loadLessonCatalog(testkit::kLessons);
    return cat;
}

const LessonStep* findStep(const std::string& lesson, const std::string& step)
{
    for (const auto& l : catalog().lessons)
        if (l.id == lesson)
            for (const auto& s : l.steps)
                if (s.id == step)
                    return &s;
    return nullptr;
}

const CompareRow& row(const CompareResult& r, const std::string& key)
{
    for (const auto& x : r.rows)
        if (x.key == key)
            return x;
    static const CompareRow none;
    QTest::qFail(("no row " + key).c_str(), __FILE__, __LINE__);
    return none;
}

CompareResult runStepCompare(const LessonStep& s)
{
    Scenario a, b;
    CompareSpec spec;
    std::string why;
    if (!lessonCompareDesigns(s, *s.solution, a, b, spec, &why)) {
        CompareResult r;
        r.error = why;
        return r;
    }
    spec.jobs = 2;
    return runCompare(a, b, spec);
}

const char* kScenario = R"({"format": "scalelab-scenario", "version": 1, "name": "t",
  "components": [{"id": "users", "kind": "users", "name": "Users", "position": {"x": 0, "y": 0}},
                 {"id": "web", "kind": "web_server", "name": "Web", "position": {"x": 200, "y": 0}}],
  "connections": [{"from": "users", "to": "web"}],
  "workload": {"mode": "open", "rate_rps": 50}, "run": {"duration_s": 10}})";

LessonLoadResult lessonWithCompare(const std::string& compare, bool experiment = true)
{
    const fs::path dir = fs::path(SCALELAB_BINARY_DIR) / "test-tmp" / "lesson-compare" / "01-x";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "s.json") << kScenario;
    std::ofstream(dir / "lesson.json")
        << R"({"format": "scalelab-lesson", "version": 1, "id": "01-x", "title": "T",
      "summary": "S",
      "teacher_notes": {"goals": [], "misconceptions": [], "left_out": [], "demonstration": "d"},
      "steps": [{"id": "one", "title": "One", "text": "t", "solution": "s.json", "hints": [],
                 "kind": "observe",
                 "goal": {"checks": [{"check": "has_component", "kind": "web_server"}]}, )"
        << (experiment ? R"("experiment": {"duration_s": 10, "timeline": []}, )" : "")
        << R"("compare": )" << compare << "}]}";
    return loadLessonDirectory(dir.string());
}

} // namespace

class TestLessonCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatIsStrict_data()
    {
        QTest::addColumn<QString>("compare");
        QTest::addColumn<bool>("experiment");
        QTest::addColumn<QString>("path");
        QTest::newRow("neither") << R"({"note": "n"})" << true << "$.steps[0].compare";
        QTest::newRow("both") << R"({"with": "s.json", "variant": "web", "note": "n"})" << true
                              << "$.steps[0].compare";
        QTest::newRow("unknown variant")
            << R"({"variant": "bigger", "note": "n"})" << true << "$.steps[0].compare.variant";
        QTest::newRow("one seed") << R"({"variant": "web", "seeds": 1, "note": "n"})" << true
                                  << "$.steps[0].compare.seeds";
        QTest::newRow("fractional seeds") << R"({"variant": "web", "seeds": 2.5, "note": "n"})"
                                          << true << "$.steps[0].compare.seeds";
        QTest::newRow("no note") << R"({"variant": "web"})" << true << "$.steps[0].compare.note";
        QTest::newRow("link in note") << R"({"variant": "web", "note": "<a href='x'>n</a>"})"
                                      << true << "$.steps[0].compare.note";
        QTest::newRow("unknown field")
            << R"({"variant": "web", "note": "n", "winner": "A"})" << true << "$.steps[0].compare";
        QTest::newRow("file outside")
            << R"({"with": "../../etc/passwd", "note": "n"})" << true << "$.steps[0].compare.with";
        QTest::newRow("no experiment")
            << R"({"variant": "web", "note": "n"})" << false << "$.steps[0].compare";
    }
    void formatIsStrict()
    {
        QFETCH(QString, compare);
        QFETCH(bool, experiment);
        QFETCH(QString, path);
        const LessonLoadResult r = lessonWithCompare(compare.toStdString(), experiment);
        QVERIFY(!r.lesson);
        QVERIFY2(!r.errors.empty(), "expected an error");
        bool named = false;
        for (const auto& d : r.errors)
            named = named || d.path.rfind(path.toStdString(), 0) == 0;
        QVERIFY2(named, testkit::errorsText(r.errors).c_str());
        QVERIFY2(r.errors.front().file.find("lesson.json") != std::string::npos,
                 testkit::errorsText(r.errors).c_str());
    }

    void validCompareLoads()
    {
        const LessonLoadResult r =
            lessonWithCompare(R"({"variant": "web", "seeds": 3, "note": "<b>look</b>"})");
        QVERIFY2(r.lesson, testkit::errorsText(r.errors).c_str());
        const auto& c = r.lesson->steps[0].compare;
        QVERIFY(c.has_value());
        QCOMPARE(c->seeds, 3);
        QCOMPARE(QString::fromStdString(c->variant), QString("web"));
    }

    /// Every bundled comparison can run on its step's solution.
    void bundledComparisonsRun()
    {
        QCOMPARE(catalog().errors.size(), std::size_t{0});
        int found = 0;
        for (const auto& l : catalog().lessons)
            for (const auto& s : l.steps) {
                if (!s.compare)
                    continue;
                ++found;
                Scenario a, b;
                CompareSpec spec;
                std::string why;
                QVERIFY2(lessonCompareDesigns(s, *s.solution, a, b, spec, &why),
                         (l.id + "/" + s.id + ": " + why).c_str());
                QCOMPARE(spec.seeds, s.compare->seeds);
                QCOMPARE(b.timeline.size(), s.experiment->events.size());
            }
        // Vertical vs horizontal, with vs without a cache, stateful vs stateless.
        QVERIFY2(found >= 3, std::to_string(found).c_str());
    }

    /// Lesson 4: the same crash takes the single big server's design down, the scaled-out
    /// one keeps answering. Error rates as mean ± t(0.975, 4)·s/√5 over 5 seeds.
    void verticalFailsWhereHorizontalSurvives()
    {
        const LessonStep* s = findStep("04-vertical-vs-horizontal", "fail");
        QVERIFY(s && s->compare);
        const CompareResult r = runStepCompare(*s);
        QVERIFY2(r.error.empty(), r.error.c_str());
        const CompareRow& e = row(r, "error_rate_pct");
        // B's only server is down from 20 s of a 60 s run with a 5 s warm-up: about 40/55
        // of its requests fail (73%); A loses only what its crashed server held and what the
        // balancer sent it before detection (a few %).
        QVERIFY2(e.b.mean > 50 && e.a.mean < 10,
                 (std::to_string(e.a.mean) + " vs " + std::to_string(e.b.mean)).c_str());
        QVERIFY(!e.overlap);
        QVERIFY(e.diff.lo() > 0);
    }

    /// Lesson 7: without its cache the same design's database saturates, so the p95
    /// bands separate (not overlapping 95% intervals).
    void cacheLowersP95()
    {
        const LessonStep* s = findStep("07-cache-tier", "add-cache");
        QVERIFY(s && s->compare);
        const CompareResult r = runStepCompare(*s);
        QVERIFY2(r.error.empty(), r.error.c_str());
        const CompareRow& p95 = row(r, "p95_ms");
        // The step's own check puts A's p95 under 150 ms; B's database is past capacity.
        QVERIFY2(p95.a.mean < 150 && p95.b.mean > 2 * p95.a.mean,
                 (std::to_string(p95.a.mean) + " vs " + std::to_string(p95.b.mean)).c_str());
        QVERIFY(!p95.overlap);
    }

    /// Lesson 9: stateless servers lose no session in the crash; sticky stateful ones do.
    void statelessLosesNoSession()
    {
        const LessonStep* s = findStep("09-stateless-web-tier", "stateless");
        QVERIFY(s && s->compare);
        const CompareResult r = runStepCompare(*s);
        QVERIFY2(r.error.empty(), r.error.c_str());
        const CompareRow& lost = row(r, "sessions_lost");
        QCOMPARE(lost.a.mean, 0.0); // a counter: no session lives in a stateless server
        QVERIFY2(lost.b.lo() > 0, std::to_string(lost.b.mean).c_str());
        QVERIFY(!lost.overlap);
    }
};

QTEST_APPLESS_MAIN(TestLessonCompare)
#include "tst_lesson_compare.moc"
