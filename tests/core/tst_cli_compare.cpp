// SPDX-License-Identifier: GPL-3.0-or-later
// scalelab-cli compare: the same inputs give byte-identical files; bad inputs give one
// clear line naming the file or option and a non-zero status.
#include "tst_cli_help.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace clitest;

class TestCliCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameInputsSameBytes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString a = sourcePath(QStringLiteral("examples/02-web-and-database.json"));
        const QString b = sourcePath(QStringLiteral("examples/03-tandem-lb-web-cache-db.json"));
        QByteArray first[4];
        const char* names[] = {"compare.csv", "compare.json", "compare.svg", "compare.png"};
        for (int round = 0; round < 2; ++round) {
            const QString out = dir.filePath(QStringLiteral("out%1").arg(round));
            // Different pool sizes: the files must not depend on scheduling either.
            const CliRun r = runCli({QStringLiteral("compare"), a, b, QStringLiteral("--seeds"), QStringLiteral("3"),
                                     QStringLiteral("--duration"), QStringLiteral("20"), QStringLiteral("--jobs"),
                                     round == 0 ? QStringLiteral("1") : QStringLiteral("3"), QStringLiteral("--out"), out,
                                     QStringLiteral("-q")});
            if (r.unavailable())
                QSKIP("this build has no compare");
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            for (int i = 0; i < 4; ++i) {
                const QByteArray bytes = readAll(out + '/' + names[i]);
                QVERIFY2(bytes.size() > 100, names[i]);
                if (round == 0)
                    first[i] = bytes;
                else
                    QVERIFY2(bytes == first[i], names[i]);
            }
        }
        const QJsonObject j = QJsonDocument::fromJson(first[1]).object();
        QCOMPARE(j.value(QStringLiteral("seeds")).toArray().size(), 3);
        // t(0.975, 2) from the table, exact to 4 decimals.
        QCOMPARE(j.value(QStringLiteral("t_quantile")).toDouble(), 4.3027);
        QCOMPARE(j.value(QStringLiteral("runs_a")).toArray().size(), 3);
        // CSV: header plus 15 metric rows (5 + 7 error causes + lost writes, sessions lost,
        // cost).
        QCOMPARE(first[0].count('\n'), 16);
    }

    void badInputs_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("stderrHas");
        const QString ex = sourcePath(QStringLiteral("examples/02-web-and-database.json"));
        QTest::newRow("missing file") << QStringList{"compare", ex, "no-such-b.json"} << 1 << "no-such-b.json";
        QTest::newRow("invalid scenario") << QStringList{"compare", ex, sourcePath("docs/cli.md")} << 1 << "cli.md: $: not valid JSON";
        QTest::newRow("seeds 0") << QStringList{"compare", ex, ex, "--seeds", "0"} << 2 << "--seeds expects 2 to 100";
        QTest::newRow("seeds 1000000") << QStringList{"compare", ex, ex, "--seeds", "1000000"} << 2 << "--seeds expects 2 to 100";
        QTest::newRow("missing B") << QStringList{"compare", ex} << 2 << "missing the second design";
    }
    void badInputs()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, stderrHas);
        QTemporaryDir dir;
        args << QStringLiteral("--out") << dir.filePath(QStringLiteral("out"));
        const CliRun r = runCli(args, dir.path());
        if (r.unavailable())
            QSKIP("this build has no compare");
        QVERIFY2(r.exitCode == status, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(stderrHas.toUtf8()), qPrintable(r.describe()));
        QVERIFY2(r.err.count('\n') <= 3, qPrintable(r.describe()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out/compare.csv"))));
    }

    void unwritableOutDir()
    {
        // --out names a regular file: the folder cannot be created.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString ex = sourcePath(QStringLiteral("examples/02-web-and-database.json"));
        const CliRun r = runCli({QStringLiteral("compare"), ex, ex, QStringLiteral("--seeds"), QStringLiteral("2"),
                                 QStringLiteral("--out"), file + QStringLiteral("/sub")});
        if (r.unavailable())
            QSKIP("this build has no compare");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("plain/sub") && r.err.contains("cannot create the output directory"),
                 qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
