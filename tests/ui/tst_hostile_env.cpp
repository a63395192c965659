// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app in a hostile environment: Save on a full disk (the write helper's
// seam, so no root is needed), every export format on a full disk and onto planted
// links and pipes, opening a named pipe, /dev/zero or a folder, and the CSV export
// under a decimal-comma locale parsed back. What must hold each time: the previous file
// byte-identical, the document still marked unsaved, the reason shown with the path.
#include "canvas/DiagramScene.h"
#include "export/ExportJob.h"
#include "io/SafeFile.h"
#include "io/ScenarioFile.h"
#include "MainWindow.h"
#include "model/Document.h"
#include "Resources.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <charconv>
#include <clocale>

#include <sys/stat.h>
#include <unistd.h>

using namespace scalelab;
using namespace scalelab::ui;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

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

core::Scenario shortExample()
{
    const ScenarioFileResult r = loadScenarioFile(QStringLiteral(":/examples/09-cache.json"));
    core::Scenario s = *r.scenario;
    s.run.durationS = 20;
    s.run.warmupS = 0;
    return s;
}

/// The first file each export format writes.
QString firstFileOf(const QString& format)
{
    if (format == QLatin1String("csv"))
        return QStringLiteral("samples.csv");
    if (format == QLatin1String("report"))
        return QStringLiteral("report.pdf");
    if (format == QLatin1String("gif"))
        return QStringLiteral("run.gif");
    return QStringLiteral("diagram.") + format;
}

} // namespace

class TestHostileEnv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        QStandardPaths::setTestModeEnabled(true);
    }
    void cleanup() { core::setSimulatedFreeSpaceForTesting(-1); }

    void saveOnAFullDiskKeepsTheFileAndTheDocumentUnsaved()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.setInteractive(false);
        const QString path = dir.filePath(QStringLiteral("lesson-prep.json"));
        QVERIFY(w.openFile(QStringLiteral(":/examples/03-tandem-lb-web-cache-db.json")));
        QVERIFY(w.saveFile(path));
        const QByteArray before = readAll(path);
        w.scene()->addComponentAt(QStringLiteral("cache"), QPointF(100, 400));
        QVERIFY(w.isModified());
        // Small files were the ones destroyed before: try no room, and room for half.
        for (qint64 room : {qint64(0), qint64(before.size() / 2)}) {
            core::setSimulatedFreeSpaceForTesting(room);
            QVERIFY(!w.saveFile(path));
            core::setSimulatedFreeSpaceForTesting(-1);
            QCOMPARE(readAll(path), before);
            QVERIFY(w.isModified());
            QVERIFY(w.isWindowModified()); // the title keeps its '*': closing will ask
            QVERIFY2(w.lastError().contains(QLatin1String("No space left on device")), qPrintable(w.lastError()));
            QVERIFY2(w.lastError().contains(QLatin1String("lesson-prep.json")), qPrintable(w.lastError()));
            QCOMPARE(names(dir.path()), QStringList{QStringLiteral("lesson-prep.json")});
        }
        QVERIFY(w.saveFile(path)); // room again: the save goes through
        QVERIFY(!w.isModified());
        QVERIFY(readAll(path) != before);
    }

    void everyExportOnAFullDiskFailsAndKeepsThePreviousFile_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString& f : exportFormats())
            QTest::newRow(qPrintable(f)) << f;
    }
    void everyExportOnAFullDiskFailsAndKeepsThePreviousFile()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString first = dir.filePath(firstFileOf(format));
        plant(first, "previous good export");
        ExportRequest req;
        req.formats = {format};
        req.outDir = dir.path();
        req.size = QSize(640, 400);
        QStringList written;
        QString error;
        core::setSimulatedFreeSpaceForTesting(64);
        const bool ok = exportScenario(shortExample(), req, &written, &error);
        core::setSimulatedFreeSpaceForTesting(-1);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
        QCOMPARE(readAll(first), QByteArray("previous good export"));
        QCOMPARE(names(dir.path()), QStringList{QFileInfo(first).fileName()});
    }

    void exportsRefusePlantedLinksAndPipes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("fifo");
        for (const QString& f : exportFormats()) {
            QTest::newRow(qPrintable(f + QLatin1String(" symlink"))) << f << false;
            QTest::newRow(qPrintable(f + QLatin1String(" fifo"))) << f << true;
        }
    }
    void exportsRefusePlantedLinksAndPipes()
    {
        QFETCH(QString, format);
        QFETCH(bool, fifo);
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        plant(victim, "must stay");
        const QString target = dir.filePath(firstFileOf(format));
        if (fifo)
            QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0644), 0);
        else
            QVERIFY(QFile::link(victim, target));
        ExportRequest req;
        req.formats = {format};
        req.outDir = dir.path();
        req.size = QSize(640, 400);
        QStringList written;
        QString error;
        QElapsedTimer t;
        t.start();
        QVERIFY(!exportScenario(shortExample(), req, &written, &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY2(error.contains(fifo ? QLatin1String("not a regular file") : QLatin1String("symbolic link")),
                 qPrintable(error));
        QCOMPARE(readAll(victim), QByteArray("must stay"));
        struct stat st{};
        QCOMPARE(::lstat(QFile::encodeName(target).constData(), &st), 0);
        QVERIFY(fifo ? S_ISFIFO(st.st_mode) : S_ISLNK(st.st_mode));
    }

    void openingPipesDevicesAndFoldersIsRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("fifo") << QStringLiteral("fifo");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
        QTest::newRow("folder") << QStringLiteral("folder");
    }
    void openingPipesDevicesAndFoldersIsRefusedAtOnce()
    {
        QFETCH(QString, what);
        QTemporaryDir dir;
        QString path = what;
        if (what == QLatin1String("fifo")) {
            path = dir.filePath(QStringLiteral("design.json"));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        } else if (what == QLatin1String("folder")) {
            path = dir.filePath(QStringLiteral("folder.json"));
            QVERIFY(QDir().mkpath(path));
        }
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(":/examples/03-tandem-lb-web-cache-db.json")));
        w.scene()->addComponentAt(QStringLiteral("cache"), QPointF(100, 400));
        const core::Scenario work = w.document()->scenario();
        QElapsedTimer t;
        t.start();
        QVERIFY(!w.openFile(path));
        // A FIFO used to block before any window appeared, /dev/zero to read until
        // bad_alloc: the refusal comes from fstat, before any read (2 s: a loaded CI).
        QVERIFY(t.elapsed() < 2000);
        QVERIFY2(w.lastError().contains(QLatin1String("not a regular file")), qPrintable(w.lastError()));
        QVERIFY(w.document()->scenario() == work); // the open work is untouched
        QVERIFY(w.isModified());
    }

    void csvUnderADecimalCommaLocaleParsesBack()
    {
        // What QApplication does on a German desktop; the exporters must not care.
        const std::string previous = std::setlocale(LC_ALL, nullptr);
        if (!std::setlocale(LC_ALL, "de_DE.UTF-8"))
            QFAIL("the de_DE.UTF-8 locale is missing (tools/install-deps.sh generates it)");
        char probe[16];
        std::snprintf(probe, sizeof probe, "%.1f", 1.5);
        QCOMPARE(QByteArray(probe), QByteArray("1,5")); // the locale is really in effect
        QTemporaryDir dir;
        ExportRequest req;
        req.formats = {QStringLiteral("csv")};
        req.outDir = dir.path();
        QStringList written;
        QString error;
        const bool ok = exportScenario(shortExample(), req, &written, &error);
        std::setlocale(LC_ALL, previous.c_str());
        QVERIFY2(ok, qPrintable(error));
        int fractional = 0;
        for (const QString& f : {QStringLiteral("samples.csv"), QStringLiteral("components.csv")}) {
            const QList<QByteArray> lines = readAll(dir.filePath(f)).trimmed().split('\n');
            QVERIFY(lines.size() > 10);
            const auto columns = lines.front().split(',').size();
            for (int i = 1; i < lines.size(); ++i) {
                const QList<QByteArray> row = lines[i].split(',');
                QCOMPARE(row.size(), columns);
                double t = 0;
                const auto r = std::from_chars(row[0].constData(), row[0].constData() + row[0].size(), t);
                QVERIFY(r.ec == std::errc() && r.ptr == row[0].constData() + row[0].size());
                for (const QByteArray& v : row)
                    fractional += v.contains('.') ? 1 : 0;
            }
        }
        QVERIFY(fractional > 100);
    }
};

QTEST_MAIN(TestHostileEnv)
#include "tst_hostile_env.moc"
