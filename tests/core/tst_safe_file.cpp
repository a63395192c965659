// SPDX-License-Identifier: GPL-3.0-or-later
// The one write helper (core/io/SafeFile.h) under hostile environments: a full disk
// (a real 64 KiB tmpfs when this runs as root, and the injected-failure seam always), a
// read-only folder, planted links, named pipes, devices, folders, a kill -9 in the
// middle of a write. Each case states what must hold: the previous file byte-identical,
// the reason in words with the path, and no file left behind in the folder.
#include "io/SafeFile.h"
#include "io/ScenarioJson.h"
#include "io/StrictJson.h"

#include <QTest>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <set>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace scalelab::core;
namespace fs = std::filesystem;

namespace {

std::string readBytes(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void plant(const fs::path& p, const std::string& text)
{
    std::ofstream(p, std::ios::binary) << text;
}

std::set<std::string> listing(const fs::path& dir)
{
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir))
        names.insert(e.path().filename().string());
    return names;
}

/// A fresh folder for one test function.
fs::path freshDir(const char* name)
{
    const fs::path d = fs::path(SCALELAB_BINARY_DIR) / "test-tmp" / "safe-file" / name;
    std::error_code ec;
    fs::remove_all(d, ec);
    fs::create_directories(d);
    return d;
}

/// Mounts a tmpfs of `bytes` at `dir` (root only); false when not possible here.
bool mountSmallTmpfs(const fs::path& dir, const char* options)
{
    if (::geteuid() != 0)
        return false;
    return ::mount("tmpfs", dir.c_str(), "tmpfs", 0, options) == 0;
}

} // namespace

class TstSafeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setSimulatedFreeSpaceForTesting(-1); }

    void writesAndReplacesKeepingPermissions()
    {
        const fs::path d = freshDir("replace");
        const fs::path f = d / "a.json";
        QVERIFY(writeFileSafely(f.string(), "first").ok);
        QCOMPARE(readBytes(f), std::string("first"));
        ::chmod(f.c_str(), 0640);
        const FileResult r = writeFileSafely(f.string(), "second, longer");
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(readBytes(f), std::string("second, longer"));
        struct stat st{};
        QCOMPARE(::stat(f.c_str(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0640);
        QCOMPARE(listing(d), (std::set<std::string>{"a.json"})); // nothing left behind
    }

    void fullDiskThroughTheSeamKeepsThePreviousFile_data()
    {
        QTest::addColumn<qint64>("freeBytes");
        QTest::addColumn<int>("size");
        // Small and large writes, failing at the first byte, in the middle and one byte
        // short: the observed defect hit files under 16 KB and larger ones differently.
        QTest::newRow("small, no room") << qint64(0) << 900;
        QTest::newRow("small, half") << qint64(450) << 900;
        QTest::newRow("small, one short") << qint64(899) << 900;
        QTest::newRow("large, half") << qint64(1 << 20) << (2 << 20);
    }
    void fullDiskThroughTheSeamKeepsThePreviousFile()
    {
        QFETCH(qint64, freeBytes);
        QFETCH(int, size);
        const fs::path d = freshDir("seam");
        const fs::path f = d / "scenario.json";
        plant(f, "the user's previous work");
        setSimulatedFreeSpaceForTesting(freeBytes);
        const FileResult r = writeFileSafely(f.string(), std::string(std::size_t(size), 'x'));
        QVERIFY(!r.ok);
        QCOMPARE(r.errnoValue, ENOSPC);
        QVERIFY2(r.error.find(f.string()) != std::string::npos, r.error.c_str());
        QVERIFY2(r.error.find("No space left on device") != std::string::npos, r.error.c_str());
        QCOMPARE(readBytes(f), std::string("the user's previous work"));
        QCOMPARE(listing(d), (std::set<std::string>{"scenario.json"}));
    }

    void fullDiskOnARealTmpfs()
    {
        const fs::path d = freshDir("tmpfs");
        if (!mountSmallTmpfs(d, "size=64k"))
            QSKIP("needs root to mount a tmpfs; the seam test covers the same path");
        const fs::path f = d / "scenario.json";
        plant(f, "previous");
        // 64 KiB of room: a 40 KB write succeeds, then a 200 KB one cannot.
        QVERIFY(writeFileSafely(f.string(), std::string(40000, 'a')).ok);
        const FileResult r = writeFileSafely(f.string(), std::string(200000, 'b'));
        const std::string after = readBytes(f);
        const auto names = listing(d);
        ::umount(d.c_str());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.find("No space left on device") != std::string::npos, r.error.c_str());
        QCOMPARE(after, std::string(40000, 'a'));
        QCOMPARE(names, (std::set<std::string>{"scenario.json"}));
    }

    void readOnlyFolderRefusedWithReason()
    {
        const fs::path d = freshDir("readonly");
        const fs::path f = d / "a.csv";
        plant(f, "old");
        bool mounted = false;
        if (::geteuid() == 0) {
            // Root ignores permission bits: use a read-only mount instead.
            mounted = ::mount("tmpfs", d.c_str(), "tmpfs", MS_RDONLY, "size=64k") == 0;
            if (!mounted)
                QSKIP("cannot mount a read-only tmpfs here");
        } else {
            ::chmod(d.c_str(), 0555);
        }
        const FileResult r = writeFileSafely((d / (mounted ? "new.csv" : "a.csv")).string(), "new");
        if (mounted)
            ::umount(d.c_str());
        else
            ::chmod(d.c_str(), 0755);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.find(mounted ? "Read-only file system" : "Permission denied") != std::string::npos,
                 r.error.c_str());
        QCOMPARE(readBytes(f), std::string("old"));
    }

    void symbolicLinkTargetRefusedAndItsTargetUntouched()
    {
        const fs::path d = freshDir("symlink");
        const fs::path victim = d / "victim.txt";
        plant(victim, "must stay");
        fs::create_symlink(victim, d / "summary.json");
        const FileResult r = writeFileSafely((d / "summary.json").string(), "attack");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.find("symbolic link") != std::string::npos, r.error.c_str());
        QCOMPARE(readBytes(victim), std::string("must stay"));
        QVERIFY(fs::is_symlink(d / "summary.json")); // not replaced either
    }

    void plantedTemporaryNamesAreNeitherFollowedNorConsumed()
    {
        const fs::path d = freshDir("planted-tmp");
        const fs::path victim = d / "victim.txt";
        plant(victim, "must stay");
        // The old helper wrote through NAME.tmp: a link planted there redirected it, and
        // a user's own file of that name was consumed.
        fs::create_symlink(victim, d / "summary.json.tmp");
        plant(d / "report.pdf.tmp", "the user's own file");
        QVERIFY(writeFileSafely((d / "summary.json").string(), "{}").ok);
        QVERIFY(writeFileSafely((d / "report.pdf").string(), "%PDF").ok);
        QCOMPARE(readBytes(victim), std::string("must stay"));
        QCOMPARE(readBytes(d / "report.pdf.tmp"), std::string("the user's own file"));
        QCOMPARE(readBytes(d / "summary.json"), std::string("{}"));
        QCOMPARE(listing(d).size(), std::size_t(5));
    }

    void pipesDevicesAndFoldersRefusedWithoutHanging()
    {
        const fs::path d = freshDir("special");
        QCOMPARE(::mkfifo((d / "fifo").c_str(), 0644), 0);
        fs::create_directory(d / "folder");
        const auto start = std::chrono::steady_clock::now();
        for (const std::string& p : {(d / "fifo").string(), std::string("/dev/null"), (d / "folder").string()}) {
            const FileResult r = writeFileSafely(p, "data");
            QVERIFY2(!r.ok, p.c_str());
            QVERIFY2(r.error.find("not a regular file") != std::string::npos, r.error.c_str());
        }
        // A FIFO with no reader would block an open(O_WRONLY) forever; the refusal is
        // decided by lstat before any open, so it is immediate (1 s: a loaded machine).
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
        struct stat st{};
        QCOMPARE(::lstat((d / "fifo").c_str(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode)); // still a FIFO, not replaced by a regular file
        QCOMPARE(::stat("/dev/null", &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
    }

    void standardOutputStaysAvailable()
    {
        QVERIFY(writeOutput("-", "").ok); // "-" is standard output for writeOutput only
        const FileResult none = writeFileSafely("", "x");
        QVERIFY(!none.ok);
        QVERIFY(none.error.find("no file name") != std::string::npos);
    }

    void killDuringAWriteLeavesThePreviousFileAndNothingElse()
    {
        const fs::path d = freshDir("kill");
        const fs::path f = d / "big.json";
        plant(f, "previous version");
        // 256 MiB takes long enough (hundreds of ms) for the kill to land mid-write.
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            const std::string big(std::size_t(256) << 20, 'z');
            ::raise(SIGSTOP); // the parent resumes us, then kills us while we write
            (void)writeFileSafely(f.string(), big);
            ::_exit(0);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, WUNTRACED), child);
        QVERIFY(WIFSTOPPED(status));
        ::kill(child, SIGCONT);
        ::usleep(20000);
        ::kill(child, SIGKILL);
        QCOMPARE(::waitpid(child, &status, 0), child);
        const bool killed = WIFSIGNALED(status);
        QCOMPARE(listing(d), (std::set<std::string>{"big.json"}));
        const std::string now = readBytes(f);
        // Killed mid-write: the old file. Finished before the kill: the whole new one.
        QVERIFY(now == "previous version" || (!killed && now.size() == (std::size_t(256) << 20)));
    }

    void readRefusesPipesDevicesFoldersAndHugeFiles()
    {
        const fs::path d = freshDir("read");
        QCOMPARE(::mkfifo((d / "pipe.json").c_str(), 0644), 0);
        fs::create_directory(d / "dir.json");
        plant(d / "ok.json", "{}");
        std::string text;
        const auto start = std::chrono::steady_clock::now();
        for (const std::string& p : {(d / "pipe.json").string(), std::string("/dev/zero"), (d / "dir.json").string()}) {
            const FileResult r = readRegularFile(p, 1 << 20, text);
            QVERIFY2(!r.ok, p.c_str());
            QVERIFY2(r.error.find("not a regular file") != std::string::npos, r.error.c_str());
            QVERIFY2(r.error.find(p) == 0, r.error.c_str()); // the message names the file
        }
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
        plant(d / "big.json", std::string(2000, ' '));
        const FileResult big = readRegularFile((d / "big.json").string(), 1000, text);
        QVERIFY(!big.ok);
        QVERIFY2(big.error.find("too large") != std::string::npos, big.error.c_str());
        QVERIFY(readRegularFile((d / "ok.json").string(), 1000, text).ok);
        QCOMPARE(text, std::string("{}"));
        // The scenario loader goes through the same door.
        const ScenarioLoadResult s = loadScenarioFile((d / "pipe.json").string());
        QVERIFY(!s.scenario);
        QVERIFY(s.errors.front().toString().find("named pipe") != std::string::npos);
    }

    void duplicateKeysRefusedWithTheirPath()
    {
        nlohmann::json j;
        StrictJsonError e = parseStrictJson(R"({"a": 1, "a": 2})", j);
        QVERIFY(e.failed());
        QCOMPARE(e.path, std::string("$.a"));
        e = parseStrictJson(R"({"components": [{"id": "x"}, {"params": {"workers": 1e12, "workers": 4}}]})", j);
        QVERIFY(e.failed());
        QCOMPARE(e.path, std::string("$.components[1].params.workers"));
        QVERIFY(e.message.find("duplicate key \"workers\"") != std::string::npos);
        // The same key in two different objects is fine.
        QVERIFY(!parseStrictJson(R"({"a": {"k": 1}, "b": {"k": 2}, "c": [{"k": 1}, {"k": 2}]})", j).failed());
        QCOMPARE(j["c"][1]["k"].get<int>(), 2);
    }

    void valueCountBoundsParseMemory()
    {
        // 60 MB of `{}` took 2.1 GiB resident: values are now counted while parsing.
        std::string many = "[";
        for (int i = 0; i < 300000; ++i)
            many += "{},";
        many += "{}]";
        nlohmann::json j;
        StrictJsonLimits limits;
        limits.maxValues = 100000;
        const StrictJsonError e = parseStrictJson(many, j, limits);
        QVERIFY(e.failed());
        QVERIFY(e.message.find("too many values") != std::string::npos);
        QVERIFY(j.is_null());
    }
};

QTEST_APPLESS_MAIN(TstSafeFile)
#include "tst_safe_file.moc"
