// SPDX-License-Identifier: GPL-3.0-or-later
// SweepDialog: default ladders and input checks, every numeric parameter can be swept,
// the table equals core::runSweep run directly (same seed, same numbers) with the knee
// of core::findKnee marked, cancel and close stop a long sweep within a bounded time,
// and the GUI event loop keeps running while a sweep works.
#include "panels/SweepDialog.h"

#include "io/ScenarioJson.h"
#include "Resources.h"

#include <QChartView>
#include <QEventLoop>
#include <QFontInfo>
#include <QLineSeries>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace scalelab;
using scalelab::ui::SweepDialog;

namespace {

core::Scenario example02()
{
    auto r = core::loadScenarioFile(std::string(SCALELAB_SOURCE_DIR) +
                                    "/examples/02-web-and-database.json");
    if (!r.scenario)
        qFatal("cannot load example 02");
    return *r.scenario;
}

/// Runs the GUI event loop (not qWait's sleep-and-poll) until the dialog's sweep ends.
bool waitForSweep(SweepDialog& dlg, int timeoutMs)
{
    if (!dlg.isRunning())
        return true;
    QEventLoop loop;
    QObject::connect(&dlg, &SweepDialog::sweepFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !dlg.isRunning();
}

/// A sweep that takes many seconds: 600 simulated seconds per point at 2000+ req/s.
void setUpLongSweep(SweepDialog& dlg)
{
    dlg.setAxisIndex(1);
    dlg.setValuesText(QStringLiteral("2000, 2500, 3000, 3500"));
    dlg.setDurationS(600);
    dlg.setJobs(2);
}

} // namespace

class TstSweepDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        ui::initResources();
        QVERIFY(!QFontInfo(QFont()).family().isEmpty());
    }

    void defaultsAndValidation()
    {
        SweepDialog dlg(example02());
        // Example 02 is an open workload at 300 req/s with 10000 users.
        QCOMPARE(dlg.valuesText(), QStringLiteral("30, 100, 300, 1000, 3000"));
        dlg.setAxisIndex(0);
        QCOMPARE(dlg.valuesText(), QStringLiteral("1000, 3000, 10000, 30000, 100000"));
        core::SweepSpec spec;
        QString error;
        QVERIFY(dlg.buildSpec(spec, &error));
        QCOMPARE(spec.axis, core::SweepSpec::Axis::Users);
        QCOMPARE(spec.values.size(), std::size_t{5});

        const struct
        {
            int axis;
            const char* text;
            const char* expect;
        } bad[] = {{0, "", "at least one number"},
                   {0, "1000, abc", "\"abc\" is not a number"},
                   {0, "2.5", "whole number of users"},
                   {1, "-3", "above 0"},
                   {1, "100, 1e9", "at most 100000000"}};
        for (const auto& b : bad) {
            dlg.setAxisIndex(b.axis);
            dlg.setValuesText(QString::fromLatin1(b.text));
            QVERIFY2(!dlg.buildSpec(spec, &error), b.text);
            QVERIFY2(error.contains(QLatin1String(b.expect)), qPrintable(error));
            QVERIFY(!dlg.start());
            QVERIFY(!dlg.isRunning());
        }
        QStringList many;
        for (int i = 1; i <= 41; ++i)
            many << QString::number(i * 10);
        dlg.setValuesText(many.join(QLatin1Char(',')));
        QVERIFY(!dlg.buildSpec(spec, &error));
        QVERIFY(error.contains(QLatin1String("at most 40 values")));
    }

    void everyParameterCanBeSwept()
    {
        const core::Scenario sc = example02();
        SweepDialog dlg(sc);
        const int idx = dlg.axisIndexFor(QStringLiteral("web"), QStringLiteral("workers"));
        QVERIFY(idx >= 2);
        dlg.setAxisIndex(idx);
        QCOMPARE(dlg.valuesText(), QStringLiteral("2, 4, 8, 16, 32")); // doubling around 8 workers
        core::SweepSpec spec;
        QString error;
        QVERIFY2(dlg.buildSpec(spec, &error), qPrintable(error));
        QCOMPARE(spec.pointer, std::string("/components/1/params/workers"));
        dlg.setValuesText(QStringLiteral("4, 0"));
        QVERIFY(!dlg.buildSpec(spec, &error));
        QVERIFY2(error.contains(QLatin1String("outside the range")), qPrintable(error));

        // Every numeric parameter of every component has an entry whose default ladder
        // passes the core's checks, including parameters left at their default.
        int expected = 0;
        for (std::size_t i = 0; i < sc.components.size(); ++i)
            for (const core::ParamSpec& p : core::findKind(sc.components[i].kind)->params) {
                if (p.type != core::ParamSpec::Type::Number &&
                    p.type != core::ParamSpec::Type::Integer)
                    continue;
                ++expected;
                const int e = dlg.axisIndexFor(QString::fromStdString(sc.components[i].id),
                                               QString::fromStdString(p.key));
                QVERIFY(e >= 2);
                dlg.setAxisIndex(e);
                QVERIFY2(dlg.buildSpec(spec, &error),
                         qPrintable(QString::fromStdString(p.key) + QLatin1String(": ") + error));
                QCOMPARE(spec.pointer, "/components/" + std::to_string(i) + "/params/" + p.key);
            }
        QVERIFY(expected >= 10);
    }

    void matchesCoreRun()
    {
        core::Scenario sc = example02();
        SweepDialog dlg(sc);
        dlg.setAxisIndex(1);
        dlg.setValuesText(QStringLiteral("100, 300, 600, 1200"));
        dlg.setDurationS(10);
        dlg.setJobs(2);
        dlg.show();
        QVERIFY(dlg.start());
        QVERIFY(dlg.isRunning());
        QVERIFY(waitForSweep(dlg, 50000));

        // The same sweep straight through the core, on one thread: the dialog used two,
        // and each point is its own seeded simulation, so the numbers must be identical.
        core::SweepSpec spec;
        spec.axis = core::SweepSpec::Axis::Rate;
        spec.values = {100, 300, 600, 1200};
        spec.jobs = 1;
        sc.run.durationS = 10;
        const core::SweepResult direct = core::runSweep(sc, spec);
        QVERIFY(direct.error.empty());

        QTableWidget* t = dlg.table();
        QCOMPARE(t->rowCount(), 4);
        for (int r = 0; r < 4; ++r) {
            const core::SweepPoint& p = direct.points[static_cast<std::size_t>(r)];
            QVERIFY(p.ok);
            auto cell = [&](int c) { return t->item(r, c)->data(Qt::UserRole).toDouble(); };
            QVERIFY(cell(SweepDialog::ColValue) == p.value);
            QVERIFY(cell(SweepDialog::ColOffered) == p.offeredRps);
            QVERIFY(cell(SweepDialog::ColThroughput) == p.throughputRps);
            QVERIFY(cell(SweepDialog::ColP50) == p.p50Ms);
            QVERIFY(cell(SweepDialog::ColP99) == p.p99Ms);
            QVERIFY(cell(SweepDialog::ColErrors) == p.errorRate);
        }
        // The web tier serves at most 8 workers / 15 ms = 533 req/s, so 1200 req/s is past
        // the knee whatever the noise; the knee must be the core's.
        const int knee = core::findKnee(direct.points);
        QVERIFY(knee >= 1 && knee <= 3);
        QCOMPARE(dlg.result().knee, knee);
        for (int r = 0; r < 4; ++r) {
            const bool isKnee =
                t->item(r, SweepDialog::ColNote)->text().contains(QLatin1String("knee"));
            QCOMPARE(isKnee, r == knee);
            QCOMPARE(t->item(r, SweepDialog::ColValue)->font().bold(), r == knee);
        }
        QVERIFY(t->item(knee, 0)->background() != t->item(0, 0)->background());
        QVERIFY(dlg.kneeText().contains(QString::fromStdString(direct.kneeReason).toHtmlEscaped()));

        // The chart marks the knee with its own series on both plots.
        int kneeLines = 0;
        for (QChartView* v : dlg.chartWidget()->findChildren<QChartView*>())
            for (QAbstractSeries* s : v->chart()->series())
                kneeLines += s->name().startsWith(QLatin1String("Knee")) ? 1 : 0;
        QCOMPARE(kneeLines, 2);

        QTemporaryDir dir;
        QVERIFY(dlg.saveCsv(dir.filePath(QStringLiteral("s.csv"))));
        QFile csv(dir.filePath(QStringLiteral("s.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().toStdString(), core::sweepCsv(direct, spec));
        QVERIFY(dlg.saveChart(dir.filePath(QStringLiteral("s.png"))));
        QImage png(dir.filePath(QStringLiteral("s.png")));
        QCOMPARE(png.size(), dlg.chartWidget()->size() * dlg.chartWidget()->devicePixelRatioF());
        QVERIFY(dlg.saveChart(dir.filePath(QStringLiteral("s.svg"))));
        QFile svg(dir.filePath(QStringLiteral("s.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("<svg") && svgText.contains("knee"));
        QString error;
        QVERIFY(!dlg.saveCsv(dir.filePath(QStringLiteral("no/such/dir/s.csv")), &error));
        QVERIFY(error.contains(QLatin1String("cannot write")));

        QVERIFY(dlg.grab().save(QStringLiteral("/tmp/sweepdialog.png")));
    }

    void cancelStopsSoon()
    {
        SweepDialog dlg(example02());
        setUpLongSweep(dlg);
        QVERIFY(dlg.start());
        QTest::qWait(300);
        QVERIFY(dlg.isRunning());
        QElapsedTimer clock;
        clock.start();
        dlg.cancel();
        QVERIFY(waitForSweep(dlg, 20000));
        // Each worker polls the flag every 1/200 of a run (3 simulated seconds, about
        // 10k requests: milliseconds of CPU); 2 s is a loose bound for a busy 2-core machine.
        qInfo("cancel took %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(dlg.result().cancelled);
        QCOMPARE(dlg.result().knee, -1);
        QVERIFY(dlg.statusText().contains(QLatin1String("Cancelled")));
        QCOMPARE(dlg.table()->rowCount(), 4);
    }

    void guiStaysResponsive()
    {
        core::Scenario sc = example02();
        SweepDialog dlg(sc);
        dlg.setAxisIndex(1);
        dlg.setValuesText(QStringLiteral("200, 400, 800, 1600"));
        // Long enough (about 2 s on an idle 2-core machine) that the measurement
        // covers many timer periods however fast the machine is.
        dlg.setDurationS(600);
        dlg.setJobs(2);
        dlg.show();
        QElapsedTimer sinceTick;
        qint64 maxGapMs = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, &dlg, [&] {
            maxGapMs = std::max(maxGapMs, sinceTick.restart());
            ++ticks;
        });
        QElapsedTimer total;
        total.start();
        sinceTick.start();
        timer.start();
        QVERIFY(dlg.start());
        QVERIFY(waitForSweep(dlg, 50000));
        timer.stop();
        qInfo("sweep took %lld ms, %d ticks, longest gap between 10 ms ticks %lld ms",
              total.elapsed(), ticks, maxGapMs);
        // The measurement must cover a real run, and the event loop must have kept
        // ticking: 100 ms is a loose bound (ten periods) that tolerates a busy machine
        // but fails at once if the sweep ran on the GUI thread.
        QVERIFY(total.elapsed() > 300);
        QVERIFY(ticks > total.elapsed() / 40);
        QVERIFY(maxGapMs < 100);
    }

    void closeAndDestroyWhileRunning()
    {
        SweepDialog dlg(example02());
        setUpLongSweep(dlg);
        dlg.show();
        QVERIFY(dlg.start());
        QTest::qWait(200);
        QElapsedTimer clock;
        clock.start();
        dlg.reject(); // Escape / Close: cancels and joins before the dialog closes
        QVERIFY(!dlg.isRunning());
        QVERIFY(!dlg.isVisible());
        QVERIFY(clock.elapsed() < 2000); // same polling bound as cancelStopsSoon

        auto* dlg2 = new SweepDialog(example02());
        setUpLongSweep(*dlg2);
        QVERIFY(dlg2->start());
        QTest::qWait(200);
        clock.restart();
        delete dlg2; // the destructor joins; queued progress calls to it are dropped
        QVERIFY(clock.elapsed() < 2000);
        QTest::qWait(50);
        QVERIFY(dlg.result().cancelled); // the first dialog still got its (cancelled) result
    }
};

QTEST_MAIN(TstSweepDialog)
#include "tst_sweepdialog.moc"
