// SPDX-License-Identifier: GPL-3.0-or-later
// Data only: loading a lesson or a scenario never reads outside the chosen file and its
// lesson folder. A valid scenario is planted outside the lesson folder as a canary: if
// any reference reached it, the lesson would load. Every hostile reference must instead
// be refused with the step's field named, and a spying source proves that refused names
// never reach the file system at all (the check happens before any I/O).
#include "io/ScenarioJson.h"
#include "lessons/LessonJson.h"
#include "lessons/LessonSource.h"

#include <QTest>

#include <filesystem>
#include <fstream>
#include <set>

using namespace scalelab::core;
namespace fs = std::filesystem;

namespace {

const char* const kScenario = R"({"format": "scalelab-scenario", "version": 1, "name": "canary",
  "components": [{"id": "users", "kind": "users"}, {"id": "web", "kind": "web_server"}],
  "connections": [{"from": "users", "to": "web"}],
  "workload": {"mode": "open", "rate_rps": 10}, "run": {"duration_s": 10}})";

void writeFile(const fs::path& p, const std::string& text)
{
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

/// A lesson with one step whose `field` is `value` (JSON-escaped by the caller).
std::string lessonWith(const std::string& field, const std::string& value)
{
    std::string step = R"({"id": "one", "title": "One", "text": "t", "hints": [],
        "goal": {"checks": [{"check": "has_component", "kind": "web_server"}]})";
    if (field != "solution")
        step += R"(, "solution": "ok.json")";
    step += ", \"" + field + "\": \"" + value + "\"}";
    return R"({"format": "scalelab-lesson", "version": 1, "id": "x", "title": "T", "summary": "S",
      "teacher_notes": {"goals": [], "misconceptions": [], "left_out": [], "demonstration": "d"},
      "steps": [)" + step + "]}";
}

/// Forwards to a DirectoryLessonSource and records every name that reached it.
class SpySource : public LessonSource
{
public:
    explicit SpySource(fs::path dir) : m_inner(std::move(dir)) {}
    std::optional<std::string> read(const std::string& ref, std::string* error) const override
    {
        seen.insert(ref);
        return m_inner.read(ref, error);
    }
    bool imageExists(const std::string& ref) const override
    {
        seen.insert(ref);
        return m_inner.imageExists(ref);
    }
    std::string displayName(const std::string& ref) const override { return m_inner.displayName(ref); }
    mutable std::set<std::string> seen;

private:
    DirectoryLessonSource m_inner;
};

/// lessons/        <- root
///   canary.json   (valid scenario, outside every lesson)
///   images/ok.png
///   outside/      (a folder next to the lesson)
///   01-x/ok.json  (the lesson's own valid scenario)
fs::path makeTree()
{
    const fs::path root = fs::path(SCALELAB_BINARY_DIR) / "test-tmp" / "bad-input-paths" / "lessons";
    fs::remove_all(root.parent_path());
    writeFile(root / "canary.json", kScenario);
    writeFile(root.parent_path() / "canary.json", kScenario);
    writeFile(root / "outside" / "s.json", kScenario);
    writeFile(root / "images" / "ok.png", "png");
    writeFile(root / "01-x" / "ok.json", kScenario);
    return root;
}

} // namespace

class TestBadInputPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainReferenceLoads()
    {
        const fs::path root = makeTree();
        SpySource src(root / "01-x");
        const auto r = parseLesson(lessonWith("start", "ok.json"), "lesson.json", src);
        QVERIFY2(r.lesson, r.errors.empty() ? "" : r.errors.front().toString().c_str());
        QVERIFY(src.seen.count("ok.json"));
    }

    void hostileNameRefusedBeforeIo_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value"); // as written inside the JSON string
        const char* fields[] = {"start", "solution"};
        for (const char* f : fields) {
            auto row = [&](const char* name, const char* v) {
                QTest::newRow((std::string(f) + ": " + name).c_str()) << QString(f) << QString(v);
            };
            row("../../etc/passwd", "../../etc/passwd");
            row("../canary.json", "../canary.json");
            row("absolute", "/etc/passwd");
            row("file URL", "file:///etc/passwd");
            row("http URL", "http://example.org/s.json");
            row("Windows drive", "C:\\\\Windows\\\\win.ini");
            row("backslashes", "..\\\\..\\\\canary.json");
            row("percent-encoded dots", "%2e%2e/canary.json");
            row("NUL inside", "ok.json\\u0000/../../canary.json");
            row("dot segment", "./ok.json");
            row("empty segment", "outside//s.json");
            row("home", "~/canary.json");
            row("Unicode dot leaders", "\\u2024\\u2024/canary.json");
            row("empty", "");
            row("300 characters", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json");
        }
        QTest::newRow("image: ../../etc/passwd") << "image" << "../../etc/passwd";
        QTest::newRow("image: images/../../canary.json") << "image" << "images/../../canary.json";
        QTest::newRow("image: absolute") << "image" << "/etc/passwd";
        QTest::newRow("image: resource with ..") << "image" << ":/../../etc/passwd";
        QTest::newRow("image: URL") << "image" << "https://example.org/tracker.png";
        QTest::newRow("image: data URL") << "image" << "data:image/png;base64,AAAA";
    }

    void hostileNameRefusedBeforeIo()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        const fs::path root = makeTree();
        SpySource src(root / "01-x");
        const std::string text = lessonWith(field.toStdString(), value.toStdString());
        const auto r = parseLesson(text, "lesson.json", src);
        QVERIFY2(!r.lesson, "a hostile reference was accepted");
        QVERIFY(!r.errors.empty());
        const std::string want = "$.steps[0]." + field.toStdString();
        bool named = false;
        for (const auto& d : r.errors)
            named = named || d.path == want;
        QVERIFY2(named, (r.errors.front().toString() + " (expected the field " + want + ")").c_str());
        // Only the step's legitimate file may have been looked at.
        for (const auto& ref : src.seen)
            QVERIFY2(ref == "ok.json", ("the file system was asked for \"" + ref + "\"").c_str());
    }

    /// Names that look innocent but lead outside through the file system itself.
    void symbolicLinksOutsideRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("file link to the canary") << "file";
        QTest::newRow("folder link to a sibling folder") << "folder";
        QTest::newRow("link to /etc/passwd") << "passwd";
        QTest::newRow("images folder linked to /etc") << "images";
    }
    void symbolicLinksOutsideRefused()
    {
        QFETCH(QString, what);
        const fs::path root = makeTree();
        const fs::path dir = root / "01-x";
        std::error_code ec;
        std::string field = "start", value;
        if (what == "file") {
            fs::create_symlink(root.parent_path() / "canary.json", dir / "link.json", ec);
            value = "link.json";
        } else if (what == "folder") {
            fs::create_directory_symlink(root / "outside", dir / "data", ec);
            value = "data/s.json";
        } else if (what == "passwd") {
            fs::create_symlink("/etc/passwd", dir / "passwd.json", ec);
            value = "passwd.json";
        } else {
            fs::remove_all(root / "images");
            fs::create_directory_symlink("/etc", root / "images", ec);
            field = "image";
            value = "images/passwd";
        }
        if (ec)
            QSKIP(("cannot create symbolic links here: " + ec.message()).c_str());
        writeFile(dir / "lesson.json", lessonWith(field, value));
        const auto loaded = loadLessonDirectory(dir.string());
        QVERIFY2(!loaded.lesson, "a reference through a symbolic link left the lesson folder");
        bool named = false;
        for (const auto& d : loaded.errors)
            named = named || d.path == "$.steps[0]." + field;
        QVERIFY2(named, loaded.errors.front().toString().c_str());
    }

    /// The scenario format has no field that names a file; a file that tries is refused,
    /// and special files given as the scenario itself are refused quickly.
    void scenarioHasNoFileReferences_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/dev/zero") << "/dev/zero";
        QTest::newRow("a directory") << "/etc";
        QTest::newRow("missing") << "/nonexistent/scenario.json";
        QTest::newRow("/proc/self/mem") << "/proc/self/mem";
    }
    void scenarioHasNoFileReferences()
    {
        QFETCH(QString, path);
        const auto r = loadScenarioFile(path.toStdString());
        QVERIFY(!r.scenario);
        QVERIFY(!r.errors.empty());
        QCOMPARE(QString::fromStdString(r.errors.front().file), path);
    }
};

QTEST_APPLESS_MAIN(TestBadInputPaths)
#include "tst_bad_input_paths.moc"
