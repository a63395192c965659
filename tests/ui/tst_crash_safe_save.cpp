// SPDX-License-Identifier: GPL-3.0-or-later
// Crash-safe saving: a child process (this executable re-run with --writer) saves a
// large scenario over and over, alternating two versions A and B, and the test kills it
// with SIGKILL at seeded random moments, many times. After every kill the file on disk
// must load and be exactly A or exactly B -- never empty, truncated or a mix -- which is
// what saveScenarioFile's write-to-temporary-then-rename (core/io/SafeFile.h) promises.
#include "io/ScenarioFile.h"
#include "io/ScenarioJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <random>
#include <string>

using namespace scalelab;

namespace {

/// A large document (~1,500 components, ~400 kB of JSON) so that one save takes long
/// enough for kills to land inside it. `variant` changes every name and position.
core::Scenario bigScenario(int variant)
{
    core::Scenario s;
    s.name = variant == 0 ? "Version A" : "Version B";
    s.description = std::string(2000, variant == 0 ? 'a' : 'b');
    s.components.push_back({"users", "users", "Users", {0, 0}, {}, {}});
    for (int i = 0; i < 1500; ++i) {
        core::Component c;
        c.id = "web-" + std::to_string(i);
        c.kind = "web_server";
        c.name = (variant == 0 ? "Alpha server " : "Beta server ") + std::to_string(i);
        c.position = {double(i % 50) * 120.0 + variant, double(i / 50) * 90.0 - variant};
        c.params["workers"] = double(1 + (i + variant) % 64);
        s.components.push_back(c);
        s.connections.push_back({"users", c.id, 0.0});
    }
    return s;
}

/// The writer child. With SCALELAB_UNSAFE_WRITER=1 it overwrites the file in place
/// (truncate, then write) instead, which the test must catch: that is how this test was
/// shown able to fail (see docs/reliability.md).
int runWriter(const QString& path)
{
    const core::Scenario versions[2] = {bigScenario(0), bigScenario(1)};
    const bool unsafe = qEnvironmentVariable("SCALELAB_UNSAFE_WRITER") == "1";
    for (int n = 1;; ++n) {
        QString error;
        if (unsafe) {
            const std::string text = core::scenarioToJson(versions[n % 2]);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return 1;
            for (std::size_t i = 0; i < text.size(); i += 4096)
                f.write(text.data() + i, static_cast<qint64>(std::min<std::size_t>(4096, text.size() - i)));
        } else if (!ui::saveScenarioFile(path, versions[n % 2], &error)) {
            fprintf(stderr, "writer: %s\n", qPrintable(error));
            return 1;
        }
        if (n == 2) {
            printf("ready\n");
            fflush(stdout);
        }
    }
}

} // namespace

class TestCrashSafeSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killsNeverLeaveAPartialFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("design.json");
        const core::Scenario a = bigScenario(0), b = bigScenario(1);
        QVERIFY(ui::saveScenarioFile(path, a, nullptr));
        QVERIFY2(QFileInfo(path).size() > 200000, "the document must be large enough to take a while to write");

        // How long one save takes, so kills can be spread over several save cycles.
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5; ++i)
            QVERIFY(ui::saveScenarioFile(path, i % 2 ? a : b, nullptr));
        const double saveMs = std::max(1.0, double(timer.elapsed()) / 5.0);

        std::mt19937 rng(20261123);
        std::uniform_real_distribution<double> delay(0.0, 3.0 * saveMs);
        const int kills = 80;
        int sawA = 0, sawB = 0;
        for (int k = 0; k < kills; ++k) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {"--writer", path});
            QVERIFY(child.waitForStarted(10000));
            QVERIFY2(child.waitForReadyRead(20000), "writer did not start saving");
            QThread::usleep(static_cast<unsigned long>(delay(rng) * 1000.0));
            child.kill(); // SIGKILL: no handler, no cleanup, like a power cut for the process
            QVERIFY(child.waitForFinished(10000));

            const ui::ScenarioFileResult r = ui::loadScenarioFile(path);
            QVERIFY2(r.scenario, qPrintable(QString("kill %1: the file does not load: %2").arg(k).arg(r.error)));
            const bool isA = *r.scenario == a, isB = *r.scenario == b;
            QVERIFY2(isA || isB, qPrintable(QString("kill %1: the file is neither version").arg(k)));
            sawA += isA;
            sawB += isB;
        }
        // Both versions must have been observed, or the kills did not interrupt the
        // alternation at all (80 kills over a 50/50 alternation: P(all one side) ~ 2^-79).
        QVERIFY(sawA > 0 && sawB > 0);
        // The write helper fills an unnamed file (O_TMPFILE) and names it only when it is
        // complete, just before the rename: a kill leaves a named temporary file only in
        // that window of microseconds out of a save of milliseconds, so over 80 kills the
        // expected count is far below one (QSaveFile, used before, left one per kill).
        const int leftovers =
            int(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size()) - 1;
        qInfo("save %.1f ms; %d kills: %d times A, %d times B; %d temporary files left behind", saveMs, kills, sawA,
              sawB, leftovers);
        QVERIFY(leftovers <= 2);
    }
};

int main(int argc, char** argv)
{
    if (argc >= 3 && std::string(argv[1]) == "--writer") {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestCrashSafeSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash_safe_save.moc"
