// SPDX-License-Identifier: GPL-3.0-or-later
// What the documents say about scalelab-cli is what the binary does:
//  - every option in `--help` is described in docs/cli.md, and every option the
//    documents show for scalelab-cli is in `--help`;
//  - each command accepts exactly the options its "Options for ..." sections list and
//    refuses the others with status 2;
//  - every scalelab-cli command line shown in README.md and docs/*.md runs as written
//    (from a folder holding `examples/`) and writes the files the documents promise;
//  - the exit statuses of docs/cli.md.
#include "tst_cli_help.h"

#include <QtTest>

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace clitest;

namespace {

QSet<QString> optionsIn(const QString& text)
{
    QSet<QString> out;
    static const QRegularExpression re(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

/// "Options for run, export and sweep:" sections of the help: command -> options.
QMap<QString, QSet<QString>> optionsByCommand(const QString& help)
{
    QMap<QString, QSet<QString>> map;
    QStringList current;
    for (const QString& line : help.split('\n')) {
        if (line.startsWith(QLatin1String("Options for "))) {
            QString list = line.mid(12);
            list.chop(1); // ':'
            list.replace(QLatin1String(" and "), QLatin1String(", "));
            current = list.split(QStringLiteral(", "));
            continue;
        }
        if (!line.startsWith(' '))
            current.clear();
        for (const QString& cmd : current)
            map[cmd] += optionsIn(line);
    }
    return map;
}

/// A value that makes the option valid, plus what a sweep needs besides.
QStringList withValue(const QString& opt, const QString& dir)
{
    if (opt == QLatin1String("--seed"))
        return {opt, QStringLiteral("3")};
    if (opt == QLatin1String("--duration"))
        return {opt, QStringLiteral("2")};
    if (opt == QLatin1String("--quiet"))
        return {opt};
    if (opt == QLatin1String("--out"))
        return {opt, dir + QStringLiteral("/out")};
    if (opt == QLatin1String("--summary-json"))
        return {opt, dir + QStringLiteral("/s.json")};
    if (opt == QLatin1String("--format"))
        return {opt, QStringLiteral("csv")};
    if (opt == QLatin1String("--width") || opt == QLatin1String("--height"))
        return {opt, QStringLiteral("320")};
    if (opt == QLatin1String("--users") || opt == QLatin1String("--rate"))
        return {opt, QStringLiteral("5")};
    if (opt == QLatin1String("--param"))
        return {opt, QStringLiteral("/workload/rate_rps"), QStringLiteral("--values"), QStringLiteral("5")};
    if (opt == QLatin1String("--values"))
        return {QStringLiteral("--param"), QStringLiteral("/workload/rate_rps"), opt, QStringLiteral("5")};
    if (opt == QLatin1String("--jobs"))
        return {opt, QStringLiteral("1")};
    if (opt == QLatin1String("--seeds"))
        return {opt, QStringLiteral("2")};
    if (opt == QLatin1String("--max-events"))
        return {opt, QStringLiteral("1e9")};
    return {opt};
}

const char* kTiny = R"({"version": 1, "name": "tiny",
  "components": [{"id": "u", "kind": "users"}, {"id": "w", "kind": "web_server"}],
  "connections": [{"from": "u", "to": "w"}],
  "workload": {"rate_rps": 20}, "run": {"duration_s": 2}})";

/// Command lines of scalelab-cli in the fenced code blocks of a Markdown file, with
/// backslash continuations joined. Synopsis lines (SCENARIO.json, [OPTIONS]) are left out.
QStringList documentedCommands(const QString& markdown)
{
    QStringList out;
    bool inCode = false;
    QString pending;
    for (QString line : markdown.split('\n')) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            inCode = !inCode;
            continue;
        }
        if (!inCode)
            continue;
        line = line.trimmed();
        if (!pending.isEmpty())
            line = pending + ' ' + line;
        pending.clear();
        if (line.endsWith('\\')) {
            pending = line.chopped(1).trimmed();
            continue;
        }
        const int hash = line.indexOf(QLatin1String("  #"));
        if (hash > 0)
            line = line.left(hash).trimmed();
        if (!(line.startsWith(QLatin1String("build/app/scalelab-cli ")) ||
              line.startsWith(QLatin1String("scalelab-cli "))))
            continue;
        if (line.contains(QLatin1String("SCENARIO")) || line.contains('['))
            continue;
        out << line;
    }
    return out;
}

QStringList documentFiles()
{
    QStringList files{sourcePath(QStringLiteral("README.md"))};
    QDirIterator it(sourcePath(QStringLiteral("docs")), {QStringLiteral("*.md")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QString optionValue(const QStringList& args, const QString& opt)
{
    const int i = args.indexOf(opt);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

    QString m_help;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath() + " is not built"));
        const CliRun r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        m_help = QString::fromUtf8(r.out);
        QVERIFY(m_help.startsWith(QLatin1String("Usage: scalelab-cli")));
    }

    void helpAndDocsNameTheSameOptions()
    {
        const QSet<QString> inHelp = optionsIn(m_help);
        QVERIFY2(inHelp.size() >= 13, qPrintable(QStringList(inHelp.values()).join(' ')));
        const QString cliDoc = QString::fromUtf8(readAll(sourcePath(QStringLiteral("docs/cli.md"))));
        QVERIFY(!cliDoc.isEmpty());
        const QSet<QString> inDoc = optionsIn(cliDoc);
        for (const QString& o : inHelp)
            QVERIFY2(inDoc.contains(o), qPrintable(o + " is in --help but not described in docs/cli.md"));
        // Options written next to scalelab-cli anywhere in the documents exist.
        for (const QString& file : documentFiles()) {
            const QString text = QString::fromUtf8(readAll(file));
            for (const QString& line : text.split('\n')) {
                const bool aboutCli = file.endsWith(QLatin1String("cli.md")) || line.contains(QLatin1String("scalelab-cli"));
                if (!aboutCli)
                    continue;
                for (const QString& o : optionsIn(line))
                    QVERIFY2(inHelp.contains(o),
                             qPrintable(QFileInfo(file).fileName() + ": " + o + " is not an option of scalelab-cli"));
            }
        }
    }

    void eachCommandTakesItsOwnOptions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("used");
        const auto byCommand = optionsByCommand(m_help);
        QCOMPARE(QSet<QString>(byCommand.keyBegin(), byCommand.keyEnd()),
                 (QSet<QString>{QStringLiteral("run"), QStringLiteral("export"), QStringLiteral("sweep"),
                                QStringLiteral("compare")}));
        QSet<QString> all;
        for (const auto& s : byCommand)
            all += s;
        for (const QString& cmd : {QStringLiteral("validate"), QStringLiteral("run"), QStringLiteral("export"),
                                  QStringLiteral("sweep"), QStringLiteral("compare")})
            for (const QString& o : all)
                QTest::newRow(qPrintable(cmd + ' ' + o)) << cmd << o << byCommand.value(cmd).contains(o);
    }
    void eachCommandTakesItsOwnOptions()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        QFETCH(bool, used);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scenario = dir.filePath(QStringLiteral("tiny.json"));
        QFile f(scenario);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kTiny);
        f.close();
        QStringList args{command, scenario};
        if (command == QLatin1String("compare"))
            args << scenario; // compare A.json B.json
        args << withValue(option, dir.path());
        if (command == QLatin1String("export") && option != QLatin1String("--out") && used)
            args << QStringLiteral("--out") << dir.filePath(QStringLiteral("out"));
        if (command == QLatin1String("export") && option != QLatin1String("--format") && used)
            args << QStringLiteral("--format") << QStringLiteral("csv");
        if (command == QLatin1String("sweep") && used && !args.contains(QLatin1String("--rate")) &&
            !args.contains(QLatin1String("--users")) && !args.contains(QLatin1String("--param")))
            args << QStringLiteral("--rate") << QStringLiteral("5");
        if ((command == QLatin1String("sweep") || command == QLatin1String("compare")) && used &&
            option != QLatin1String("--out"))
            args << QStringLiteral("--out") << dir.filePath(QStringLiteral("out"));
        const CliRun r = runCli(args, dir.path());
        QVERIFY(r.finished);
        const bool refused = r.exitCode == 2 && r.err.contains("is not used by " + command.toUtf8());
        if (used) {
            if (r.unavailable())
                QSKIP("this build has no export or sweep");
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(' ') + ": " + r.describe()));
        } else {
            QVERIFY2(refused, qPrintable(args.join(' ') + ": " + r.describe()));
        }
    }

    void documentedCommandsRun_data()
    {
        QTest::addColumn<QString>("line");
        int n = 0;
        for (const QString& file : documentFiles())
            for (const QString& line : documentedCommands(QString::fromUtf8(readAll(file))))
                QTest::newRow(qPrintable(QFileInfo(file).fileName() + ": " + line.left(70))) << line, ++n;
        QVERIFY2(n >= 8, "fewer documented commands than expected: did the parser lose them?");
    }
    void documentedCommandsRun()
    {
        QFETCH(QString, line);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::link(sourcePath(QStringLiteral("examples")), dir.filePath(QStringLiteral("examples"))));
        QStringList args = line.split(' ', Qt::SkipEmptyParts);
        args.removeFirst(); // the program
        const CliRun r = runCli(args, dir.path());
        QVERIFY(r.finished);
        if (r.unavailable())
            QSKIP("this build has no export or sweep");
        QVERIFY2(r.exitCode == 0, qPrintable(line + ": " + r.describe()));
        const QString command = args.value(0);
        const QString out = optionValue(args, QStringLiteral("--out"));
        auto exists = [&](const QString& name) {
            return QFile::exists(QDir(dir.path()).filePath(out + '/' + name));
        };
        if (command == QLatin1String("validate")) {
            QVERIFY(r.out.contains(": valid ("));
        } else if (command == QLatin1String("run")) {
            if (optionValue(args, QStringLiteral("--summary-json")) == QLatin1String("-")) {
                const QJsonObject s = QJsonDocument::fromJson(r.out).object();
                QVERIFY2(s.value(QStringLiteral("throughput_rps")).toDouble() > 0, r.out.left(200).constData());
            }
            if (!out.isEmpty())
                for (const char* name : {"summary.json", "timeseries.csv", "events.csv"})
                    QVERIFY2(exists(QString::fromLatin1(name)), name);
            if (out.isEmpty() && !args.contains(QLatin1String("--summary-json")))
                QVERIFY2(r.out.contains("req/s") && r.out.contains("p99"), r.out.constData()); // the one line
        } else if (command == QLatin1String("export")) {
            const QMap<QString, QString> fileOf{{"png", "diagram.png"}, {"svg", "diagram.svg"}, {"pdf", "diagram.pdf"},
                                                {"csv", "samples.csv"}, {"report", "report.pdf"}, {"gif", "run.gif"}};
            QString formats = optionValue(args, QStringLiteral("--format"));
            if (formats.isEmpty())
                formats = QStringLiteral("png,svg,pdf,csv,report,gif");
            for (const QString& fmt : formats.split(','))
                QVERIFY2(exists(fileOf.value(fmt)), qPrintable(fmt));
        } else if (command == QLatin1String("sweep")) {
            QString values = optionValue(args, QStringLiteral("--rate"));
            if (values.isEmpty())
                values = optionValue(args, QStringLiteral("--users"));
            if (values.isEmpty())
                values = optionValue(args, QStringLiteral("--values"));
            const QByteArray csv = readAll(QDir(dir.path()).filePath((out.isEmpty() ? QStringLiteral(".") : out) +
                                                                     QStringLiteral("/sweep.csv")));
            // A header and one row per value.
            QCOMPARE(csv.count('\n'), values.split(',').size() + 1);
            QVERIFY(exists(QStringLiteral("sweep.png")) && exists(QStringLiteral("sweep.svg")));
        } else if (command == QLatin1String("compare")) {
            const QByteArray csv = readAll(QDir(dir.path()).filePath((out.isEmpty() ? QStringLiteral(".") : out) +
                                                                     QStringLiteral("/compare.csv")));
            QVERIFY2(csv.startsWith("metric,unit,a_mean,a_ci95,b_mean"), csv.left(80).constData());
            for (const char* name : {"compare.json", "compare.png", "compare.svg"})
                QVERIFY2(exists(QString::fromLatin1(name)), name);
        } else {
            QVERIFY2(command.startsWith(QLatin1String("--")), qPrintable(command)); // --help, --version
        }
    }

    void exitStatus_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("stderrHas");
        const QString ex = sourcePath(QStringLiteral("examples/02-web-and-database.json"));
        QTest::newRow("no command") << QStringList{} << 2 << "missing command";
        QTest::newRow("unknown command") << QStringList{"simulate", ex} << 2 << "unknown command";
        QTest::newRow("unknown option") << QStringList{"run", ex, "--fast"} << 2 << "unknown option";
        QTest::newRow("missing scenario") << QStringList{"run"} << 2 << "missing SCENARIO.json";
        QTest::newRow("bad value") << QStringList{"run", ex, "--duration", "-3"} << 2 << "--duration";
        QTest::newRow("no such file") << QStringList{"validate", "no-such-file.json"} << 1 << "cannot open";
        QTest::newRow("invalid scenario") << QStringList{"validate", sourcePath("docs/cli.md")} << 1 << "$: not valid JSON";
        QTest::newRow("help") << QStringList{"help"} << 0 << "";
        QTest::newRow("version") << QStringList{"--version"} << 0 << "";
        QTest::newRow("export without --out") << QStringList{"export", ex} << 2 << "--out";
        QTest::newRow("sweep without axis") << QStringList{"sweep", ex} << 2 << "--rate";
        QTest::newRow("sweep param not a pointer") << QStringList{"sweep", ex, "--param", "workers", "--values", "1"} << 2
                                                   << "JSON pointer";
        QTest::newRow("compare without B") << QStringList{"compare", ex} << 2 << "second design";
        QTest::newRow("compare seeds 0") << QStringList{"compare", ex, ex, "--seeds", "0"} << 2 << "--seeds";
        QTest::newRow("sweep param absent") << QStringList{"sweep", ex, "--param", "/nothing", "--values", "1"} << 1
                                            << "/nothing";
    }
    void exitStatus()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, stderrHas);
        QTemporaryDir dir;
        const CliRun r = runCli(args, dir.path());
        if (r.unavailable() && (args.value(0) == QLatin1String("export") || args.value(0) == QLatin1String("sweep") ||
                                args.value(0) == QLatin1String("compare")))
            QSKIP("this build has no export or sweep");
        QVERIFY2(r.exitCode == status, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(stderrHas.toUtf8()), qPrintable(r.describe()));
        if (status != 0) // one short line per problem
            QVERIFY2(!r.err.isEmpty() && r.err.count('\n') <= 3, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_cli_docs.moc"
