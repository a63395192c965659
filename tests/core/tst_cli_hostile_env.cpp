// SPDX-License-Identifier: GPL-3.0-or-later
// scalelab-cli in a hostile environment, as a user meets it: a full disk (the write
// helper's seam, SCALELAB_TEST_DISK_FREE_BYTES, so this runs without root), planted
// links, named pipes and devices where outputs go, and a decimal-comma locale. For each
// output path the previous file must stay byte-identical, the exit status be non-zero
// and the message name the file and the reason in words.
#include "tst_cli_help.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <charconv>
#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace clitest;

namespace {

CliRun runWithEnv(const QStringList& args, const QStringList& env, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(cliPath(), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QString kExample = sourcePath(QStringLiteral("examples/09-cache.json"));

void plant(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList names(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// Every field of a CSV line (no quoting is needed for the numeric files checked here).
QList<QByteArray> fields(const QByteArray& line) { return line.split(','); }

bool isCNumber(const QByteArray& f)
{
    double v = 0;
    const auto r = std::from_chars(f.constData(), f.constData() + f.size(), v);
    return r.ec == std::errc() && r.ptr == f.constData() + f.size();
}

} // namespace

class TstCliHostileEnv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullDiskEveryOutputFailsLoudlyAndKeepsThePreviousFiles_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("outputs"); // files (relative to the out folder) planted first
        QTest::newRow("run --out") << QStringList{QStringLiteral("run"), kExample, QStringLiteral("--out"), QStringLiteral("@")}
                                   << QStringList{QStringLiteral("summary.json"), QStringLiteral("timeseries.csv")};
        QTest::newRow("run --summary-json")
            << QStringList{QStringLiteral("run"), kExample, QStringLiteral("--summary-json"), QStringLiteral("@/summary.json")}
            << QStringList{QStringLiteral("summary.json")};
        for (const char* f : {"csv", "svg", "png", "pdf", "report", "gif"}) {
            const QString first = QString::fromLatin1(f) == QLatin1String("csv")      ? QStringLiteral("samples.csv")
                                  : QString::fromLatin1(f) == QLatin1String("report") ? QStringLiteral("report.pdf")
                                  : QString::fromLatin1(f) == QLatin1String("gif")    ? QStringLiteral("run.gif")
                                                                                       : QStringLiteral("diagram.") + QLatin1String(f);
            QTest::newRow(qPrintable(QStringLiteral("export %1").arg(QLatin1String(f))))
                << QStringList{QStringLiteral("export"), kExample, QStringLiteral("--format"), QString::fromLatin1(f),
                               QStringLiteral("--out"), QStringLiteral("@")}
                << QStringList{first};
        }
        QTest::newRow("sweep") << QStringList{QStringLiteral("sweep"), kExample, QStringLiteral("--users"),
                                              QStringLiteral("10,20"), QStringLiteral("--out"), QStringLiteral("@")}
                               << QStringList{QStringLiteral("sweep.csv")};
    }
    void fullDiskEveryOutputFailsLoudlyAndKeepsThePreviousFiles()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, outputs);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString& o : outputs)
            plant(dir.filePath(o), "previous good export of " + o.toUtf8());
        const QStringList before = names(dir.path());
        for (QString& a : args)
            a.replace(QLatin1Char('@'), dir.path());
        args << QStringLiteral("--duration") << QStringLiteral("20") << QStringLiteral("--quiet");
        // 100 bytes of free space: the first output of each command cannot fit.
        const CliRun r = runWithEnv(args, {QStringLiteral("SCALELAB_TEST_DISK_FREE_BYTES=100")});
        QVERIFY2(r.finished, "the command did not finish");
        if (r.unavailable())
            QSKIP("this build has no export or sweep (SCALELAB_CORE_ONLY)");
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("No space left on device"), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(dir.path().toUtf8()), qPrintable(r.describe())); // names the file
        for (const QString& o : outputs)
            QCOMPARE(readAll(dir.filePath(o)), "previous good export of " + o.toUtf8());
        // Nothing left behind except what a completed earlier file may be (none fits in 100 B).
        QCOMPARE(names(dir.path()), before);
    }

    void outputsRefuseLinksPipesAndDevices_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("command");
        for (const char* k : {"symlink", "fifo", "device"})
            for (const char* c : {"summary-json", "run-out", "export-svg", "sweep"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(k), QLatin1String(c))))
                    << QString::fromLatin1(k) << QString::fromLatin1(c);
    }
    void outputsRefuseLinksPipesAndDevices()
    {
        QFETCH(QString, kind);
        QFETCH(QString, command);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        plant(victim, "must stay");
        QString name = command == QLatin1String("sweep")        ? QStringLiteral("sweep.csv")
                       : command == QLatin1String("export-svg") ? QStringLiteral("diagram.svg")
                                                                : QStringLiteral("summary.json");
        const QString target = dir.filePath(name);
        if (kind == QLatin1String("symlink")) {
            QVERIFY(QFile::link(victim, target));
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0644), 0);
        } else if (::geteuid() == 0) {
            // As root the old code replaced a device node: plant a null device of our own.
            QCOMPARE(::mknod(QFile::encodeName(target).constData(), S_IFCHR | 0666, makedev(1, 3)), 0);
        } else {
            QSKIP("a device node can only be planted by root (tst_safe_file covers /dev/null)");
        }
        QStringList args;
        if (command == QLatin1String("summary-json"))
            args = {QStringLiteral("run"), kExample, QStringLiteral("--summary-json"), target};
        else if (command == QLatin1String("run-out"))
            args = {QStringLiteral("run"), kExample, QStringLiteral("--out"), dir.path()};
        else if (command == QLatin1String("export-svg"))
            args = {QStringLiteral("export"), kExample, QStringLiteral("--format"), QStringLiteral("svg"),
                    QStringLiteral("--out"), dir.path()};
        else
            args = {QStringLiteral("sweep"), kExample, QStringLiteral("--users"), QStringLiteral("10,20"),
                    QStringLiteral("--out"), dir.path()};
        args << QStringLiteral("--duration") << QStringLiteral("10") << QStringLiteral("--quiet");
        const CliRun r = runWithEnv(args, {}, 60000);
        QVERIFY2(r.finished, "hung on a planted output (a FIFO opened for writing blocks)");
        if (r.unavailable())
            QSKIP("this build has no export or sweep");
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QFile::encodeName(target)), qPrintable(r.describe()));
        QVERIFY2(r.err.contains("symbolic link") || r.err.contains("not a regular file"), qPrintable(r.describe()));
        QCOMPARE(readAll(victim), QByteArray("must stay"));
        struct stat st{};
        QCOMPARE(::lstat(QFile::encodeName(target).constData(), &st), 0);
        // Still what was planted: never replaced by a regular file.
        if (kind == QLatin1String("symlink"))
            QVERIFY(S_ISLNK(st.st_mode));
        else if (kind == QLatin1String("fifo"))
            QVERIFY(S_ISFIFO(st.st_mode));
        else
            QVERIFY(S_ISCHR(st.st_mode));
    }

    void dashStillWritesToStandardOutput()
    {
        const CliRun r = runWithEnv({QStringLiteral("run"), kExample, QStringLiteral("--summary-json"), QStringLiteral("-"),
                                     QStringLiteral("--duration"), QStringLiteral("10"), QStringLiteral("--quiet")},
                                    {});
        QCOMPARE(r.exitCode, 0);
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QVERIFY(j.contains("latency"));
    }

    void decimalCommaLocaleKeepsDataInTheCLocale()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList env{QStringLiteral("LC_ALL=de_DE.UTF-8"), QStringLiteral("LANG=de_DE.UTF-8")};
        const CliRun r = runWithEnv({QStringLiteral("export"), kExample, QStringLiteral("--format"), QStringLiteral("csv"),
                                     QStringLiteral("--out"), dir.path(), QStringLiteral("--duration"), QStringLiteral("30"),
                                     QStringLiteral("--quiet")},
                                    env);
        if (r.unavailable())
            QSKIP("this build has no export");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const CliRun run = runWithEnv({QStringLiteral("run"), kExample, QStringLiteral("--out"), dir.filePath(QStringLiteral("run")),
                                       QStringLiteral("--duration"), QStringLiteral("30"), QStringLiteral("--quiet")},
                                      env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        int numbers = 0;
        for (const QString& f : {QStringLiteral("samples.csv"), QStringLiteral("components.csv"), QStringLiteral("run/timeseries.csv")}) {
            const QList<QByteArray> lines = readAll(dir.filePath(f)).trimmed().split('\n');
            QVERIFY2(lines.size() > 10, qPrintable(f));
            const int columns = int(fields(lines.front()).size());
            for (int i = 1; i < lines.size(); ++i) {
                const QList<QByteArray> row = fields(lines[i]);
                QVERIFY2(row.size() == columns, qPrintable(QStringLiteral("%1 line %2: %3 fields, header %4")
                                                               .arg(f).arg(i + 1).arg(row.size()).arg(columns)));
                QVERIFY2(isCNumber(row.front()), row.front().constData()); // the time column
                for (const QByteArray& v : row)
                    numbers += isCNumber(v) && v.contains('.') ? 1 : 0;
            }
        }
        QVERIFY(numbers > 100); // fractional numbers were written, all with a point
        // The summary JSON parses and its numbers are numbers.
        const auto j = nlohmann::json::parse(readAll(dir.filePath(QStringLiteral("run/summary.json"))).toStdString());
        QVERIFY(j["latency"]["p50_ms"].is_number());
        QVERIFY(j["latency"]["p50_ms"].get<double>() > 0.0);
    }

    /// Headless work nobody watches is bounded in words, not in waiting: a sweep whose
    /// points each fit a run but together exceed the headless budget (07 at 10^7 req/s for
    /// 180 s is about 9*10^9 events, more than the 10^9 default) is refused at once with the
    /// total, the limit and the largest point; a run above --max-events is refused naming
    /// the option; --max-events outside 1e3..1e10 is a usage error.
    void headlessWorkIsRefusedBeforeItStarts()
    {
        QTemporaryDir dir;
        const QString lb = sourcePath(QStringLiteral("examples/07-load-balancer.json"));
        QElapsedTimer t;
        t.start();
        CliRun r = runWithEnv({QStringLiteral("sweep"), lb, QStringLiteral("--rate"), QStringLiteral("1e6,1e7"),
                               QStringLiteral("--out"), dir.path(), QStringLiteral("-q")},
                              {}, 30000);
        QVERIFY2(r.finished, "the sweep did not end within 30 s");
        QVERIFY2(t.elapsed() < 10000, "the refusal took more than 10 s");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("2 points would take about") && r.err.contains("rate_rps = 1e+07") &&
                     r.err.contains("1e+09"),
                 r.err.constData());
        QVERIFY2(names(dir.path()).isEmpty(), "the refused sweep wrote files");

        r = runWithEnv({QStringLiteral("run"), kExample, QStringLiteral("--max-events"), QStringLiteral("1e4"),
                        QStringLiteral("-q")},
                       {}, 30000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("simulated events") && r.err.contains("--max-events allows up to 1e10"),
                 r.err.constData());
        // The same run within the default budget runs.
        r = runWithEnv({QStringLiteral("run"), kExample, QStringLiteral("--duration"), QStringLiteral("5"),
                        QStringLiteral("-q")},
                       {}, 60000);
        QCOMPARE(r.exitCode, 0);
        for (const char* bad : {"5", "1e11", "nan", "x"}) {
            r = runWithEnv({QStringLiteral("run"), kExample, QStringLiteral("--max-events"), QString::fromLatin1(bad)}, {},
                           30000);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--max-events expects"), r.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TstCliHostileEnv)
#include "tst_cli_hostile_env.moc"
