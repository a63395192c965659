// SPDX-License-Identifier: GPL-3.0-or-later
// Lesson translations (lesson.<lang>.json, docs/lessons.md "Translations"): every bundled
// lesson is complete in German (the gaps are listed), and a broken translation is refused
// with its file and JSON path while the lesson still loads in English.
#include "lessons/LessonJson.h"
#include "LessonTestKit.h"

#include <QTest>

#include <filesystem>
#include <fstream>

using namespace scalelab::core;
namespace fs = std::filesystem;

namespace {
using testkit::errorsText;
using testkit::kLessons;

Lesson englishLesson(const char* id)
{
    LessonLoadResult r = loadLessonDirectory(kLessons + "/" + id);
    if (!r.lesson)
        qFatal("%s", errorsText(r.errors).c_str());
    return *r.lesson;
}

bool hasError(const LessonTranslationResult& r, const std::string& path, const char* text)
{
    for (const auto& d : r.errors)
        if (d.path == path && d.file == "lesson.de.json" &&
            d.message.find(text) != std::string::npos)
            return true;
    return false;
}

const char* const kHeader =
    R"("format": "scalelab-lesson-translation", "version": 1, "language": "de", )"
    R"("id": "05-load-balancer")";
} // namespace

class TestLessonTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanIsComplete()
    {
        std::vector<std::string> gaps;
        int lessons = 0;
        for (const auto& entry : fs::directory_iterator(kLessons)) {
            if (!fs::is_regular_file(entry.path() / "lesson.json"))
                continue;
            ++lessons;
            LessonLoadResult r = loadLessonDirectory(entry.path().string(), "de");
            QVERIFY2(r.lesson, errorsText(r.errors).c_str());
            QVERIFY2(r.translationErrors.empty(), errorsText(r.translationErrors).c_str());
            gaps.insert(gaps.end(), r.translationGaps.begin(), r.translationGaps.end());
            const Lesson en = englishLesson(entry.path().filename().string().c_str());
            QVERIFY2(r.lesson->title != en.title, r.lesson->id.c_str());
            QCOMPARE(r.lesson->steps.size(), en.steps.size());
            for (std::size_t i = 0; i < en.steps.size(); ++i) {
                // Only texts change: checks, files and experiments are the English lesson's.
                QCOMPARE(r.lesson->steps[i].id, en.steps[i].id);
                QCOMPARE(r.lesson->steps[i].checks.size(), en.steps[i].checks.size());
                QCOMPARE(r.lesson->steps[i].startFile, en.steps[i].startFile);
                QVERIFY2(r.lesson->steps[i].text != en.steps[i].text, en.steps[i].id.c_str());
            }
        }
        QCOMPARE(lessons, 14);
        std::string list;
        for (const auto& g : gaps)
            list += "  " + g + "\n";
        if (!gaps.empty())
            qWarning("German lesson texts without a translation:\n%s", list.c_str());
        QVERIFY2(gaps.empty(), "German lesson translations have gaps (listed above)");
    }

    void catalogueInGermanHasNoErrors()
    {
        const LessonCatalog cat = loadLessonCatalog(kLessons, "de");
        QVERIFY2(cat.errors.empty(), errorsText(cat.errors).c_str());
        QCOMPARE(cat.lessons.size(), std::size_t(14));
    }

    void missingTextsFallBackToEnglishAndAreListed()
    {
        Lesson l = englishLesson("05-load-balancer");
        const Lesson en = l;
        const std::string text = std::string("{") + kHeader +
                                 R"(, "title": "Der Load Balancer",
              "steps": {"balance": {"title": "Einen Load Balancer hinzufügen"}}})";
        const LessonTranslationResult r = applyLessonTranslation(l, text, "lesson.de.json", "de");
        QVERIFY2(r.applied, errorsText(r.errors).c_str());
        QCOMPARE(l.title, std::string("Der Load Balancer"));
        QCOMPARE(l.summary, en.summary);
        QCOMPARE(l.steps[1].title, std::string("Einen Load Balancer hinzufügen"));
        QCOMPARE(l.steps[1].text, en.steps[1].text);
        QCOMPARE(l.steps[0].hints, en.steps[0].hints);
        auto listed = [&](const std::string& p) {
            return std::find(r.gaps.begin(), r.gaps.end(), p) != r.gaps.end();
        };
        QVERIFY(listed("$.summary"));
        QVERIFY(listed("$.teacher_notes"));
        QVERIFY(listed("$.steps.balance.text"));
        QVERIFY(listed("$.steps.balance.hints"));
        QVERIFY(listed("$.steps.balance.check_labels.3"));
        QVERIFY(listed("$.steps.balance.event_labels.0"));
        QVERIFY(listed("$.steps.crash-one.title"));
        QVERIFY(!listed("$.steps.balance.title"));
    }

    void errorsNameFileAndPath()
    {
        struct Case
        {
            const char* body;
            const char* path;
            const char* message;
        };
        const Case cases[] = {
            {R"("colour": "rot")", "$.colour", "unknown field"},
            {R"("steps": {"no-such-step": {"title": "x"}})", "$.steps.no-such-step",
             "no step with this id"},
            {R"("steps": {"balance": {"titel": "x"}})", "$.steps.balance.titel", "unknown field"},
            {R"("steps": {"balance": {"hints": ["nur einer"]}})", "$.steps.balance.hints",
             "expected 3 entries"},
            {R"("steps": {"balance": {"check_labels": {"0": "x"}}})",
             "$.steps.balance.check_labels.0", "no check with a label"},
            {R"("steps": {"balance": {"event_labels": {"7": "x"}}})",
             "$.steps.balance.event_labels.7", "no timeline event"},
            {R"("steps": {"balance": {"text": "<a href=x>hier</a>"}})", "$.steps.balance.text",
             "not allowed"},
            {R"("teacher_notes": {"goals": ["eins"]})", "$.teacher_notes.goals",
             "expected 3 entries"},
            {R"("title": "")", "$.title", "empty translation"},
            {R"("steps": ["balance"])", "$.steps", "expected an object keyed by step id"},
        };
        for (const Case& c : cases) {
            Lesson l = englishLesson("05-load-balancer");
            const Lesson en = l;
            const std::string text = std::string("{") + kHeader + ", " + c.body + "}";
            const LessonTranslationResult r =
                applyLessonTranslation(l, text, "lesson.de.json", "de");
            QVERIFY2(!r.applied, c.body);
            QVERIFY2(hasError(r, c.path, c.message),
                     (std::string(c.body) + " gave:\n" + errorsText(r.errors)).c_str());
            QCOMPARE(l.title, en.title); // nothing applied
        }
        {
            Lesson l = englishLesson("05-load-balancer");
            const LessonTranslationResult r = applyLessonTranslation(
                l,
                R"({"format": "scalelab-lesson-translation", "version": 1, "language": "fr",
                    "id": "01-single-server"})",
                "lesson.de.json", "de");
            QVERIFY(hasError(r, "$.language", "expected \"de\""));
            QVERIFY(hasError(r, "$.id", "expected the lesson's id"));
        }
    }

    void brokenTranslationKeepsTheLessonInEnglish()
    {
        const fs::path dir = fs::path(SCALELAB_BINARY_DIR) / "test-tmp" / "05-load-balancer";
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (const auto& f : fs::directory_iterator(kLessons + "/05-load-balancer"))
            if (f.path().filename() != "lesson.de.json")
                fs::copy_file(f.path(), dir / f.path().filename());
        std::ofstream(dir / "lesson.de.json")
            << "{" << kHeader << R"(, "title": "Titel", "steps": {"gone": {}}})";
        const LessonLoadResult r = loadLessonDirectory(dir.string(), "de");
        QVERIFY(r.lesson);
        QCOMPARE(r.lesson->title, englishLesson("05-load-balancer").title);
        QVERIFY(!r.translationErrors.empty());
        QCOMPARE(r.translationErrors.front().file, (dir / "lesson.de.json").string());
        QCOMPARE(r.translationErrors.front().path, std::string("$.steps.gone"));
        // No translation file at all: English, and the gap says so.
        fs::remove(dir / "lesson.de.json");
        const LessonLoadResult missing = loadLessonDirectory(dir.string(), "de");
        QVERIFY(missing.lesson && missing.translationErrors.empty());
        QCOMPARE(missing.translationGaps.size(), std::size_t(1));
        QVERIFY(missing.translationGaps.front().find("lesson.de.json: missing") !=
                std::string::npos);
        fs::remove_all(dir);
    }
};

QTEST_APPLESS_MAIN(TestLessonTranslations)
#include "tst_lesson_translations.moc"
