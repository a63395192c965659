// SPDX-License-Identifier: GPL-3.0-or-later
// ChartsPanel: after a run the series hold the run's numbers, the primary database's
// loss shows a "promoted" failover marker on the latency chart, and the component
// chart follows showComponent().
#include "charts/ChartBook.h"
#include "charts/ChartsPanel.h"
#include "charts/EventMarkers.h"
#include "io/ScenarioJson.h"
#include "model/Document.h"
#include "run/RunController.h"
#include "ScenarioFixtures.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QtTest>

using namespace scalelab;
using scalelab::ui::ChartBook;
using scalelab::ui::RunController;

using scalelab::testing::primaryReplicaScenario;

class TestCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seriesHoldTheRunsNumbers();
    void seriesDifferBeyondColour();
};

void TestCharts::seriesDifferBeyondColour()
{
    // Colour is never the only code: within a chart no two series share a line pattern
    // (pen style and dash pattern), so they stay apart in grey print and for colour-blind
    // readers, and the legend draws that pattern.
    ChartBook book;
    for (int id = 0; id < ChartBook::ChartCount; ++id) {
        QChart* chart = book.chart(id);
        QVERIFY(chart);
        QCOMPARE(chart->legend()->markerShape(), QLegend::MarkerShapeFromSeries);
        QList<std::pair<Qt::PenStyle, QList<qreal>>> seen;
        for (QAbstractSeries* a : chart->series()) {
            auto* line = qobject_cast<QLineSeries*>(a);
            QVERIFY(line);
            const QPen pen = line->pen();
            const std::pair<Qt::PenStyle, QList<qreal>> pattern{
                pen.style(),
                pen.style() == Qt::CustomDashLine ? pen.dashPattern() : QList<qreal>{}};
            QVERIFY2(!seen.contains(pattern),
                     qPrintable(ChartBook::chartName(id) + ": " + line->name()));
            seen << pattern;
        }
    }
    // The latency percentiles: dotted p50, dashed p95, solid p99.
    QCOMPARE(book.series(ChartBook::Latency, QStringLiteral("p50"))->pen().style(), Qt::DotLine);
    QCOMPARE(book.series(ChartBook::Latency, QStringLiteral("p95"))->pen().style(), Qt::DashLine);
    QCOMPARE(book.series(ChartBook::Latency, QStringLiteral("p99"))->pen().style(), Qt::SolidLine);
}

void TestCharts::seriesHoldTheRunsNumbers()
{
    ui::Document doc;
    const core::Scenario sc = primaryReplicaScenario();
    QVERIFY2(core::validateScenario(sc, "test").empty(), "scenario invalid");
    doc.resetScenario(sc);
    RunController rc(&doc);
    ui::ChartsPanel panel(&rc);
    panel.resize(1200, 800);
    panel.show();
    rc.setSpeed(0);
    rc.play();
    QVERIFY(QTest::qWaitFor([&] { return rc.state() == RunController::State::Finished; }, 30000));
    QTest::qWait(50);
    panel.refresh();

    ChartBook* book = panel.book();
    const auto& hist = rc.history();
    QCOMPARE(hist.size(), std::size_t(40));
    // Each sample is one point (40 < maxDisplayPoints): values equal the history's.
    QLineSeries* p99 = book->series(ChartBook::Latency, QStringLiteral("p99"));
    QVERIFY(p99);
    QCOMPARE(p99->count(), 40);
    for (int i = 0; i < 40; ++i) {
        QCOMPARE(p99->at(i).x(), hist[i].tS);
        QCOMPARE(p99->at(i).y(), hist[i].p99Ms);
    }
    QLineSeries* served = book->series(ChartBook::Traffic, QStringLiteral("served"));
    QCOMPARE(served->at(5).y(), hist[5].throughputRps);
    // 300 req/s offered: the mean served rate before the loss is near it (Poisson, 9 s).
    double mean = 0;
    for (int i = 0; i < 9; ++i)
        mean += served->at(i).y() / 9;
    QVERIFY2(std::abs(mean - 300) < 30, qPrintable(QString::number(mean)));

    // Writes fail while no primary exists: errors by "down" (or no route) appear.
    QLineSeries* down = book->series(ChartBook::Traffic, QStringLiteral("down"));
    QLineSeries* noRoute = book->series(ChartBook::Traffic, QStringLiteral("no route"));
    QVERIFY(down->isVisible() || noRoute->isVisible());

    // The failover marker: detection after 10 s, promotion 5 s later (defaults).
    ui::EventMarkers* m = book->markers(ChartBook::Latency);
    const int promoted = m->find(QStringLiteral("promoted"));
    QVERIFY(promoted >= 0);
    const auto& ev = rc.events()[promoted];
    QCOMPARE(ev.type, std::string("promoted"));
    QCOMPARE(core::simTimeToSeconds(ev.time), 25.0);
    QVERIFY(m->find(QStringLiteral("primary lost")) >= 0);
    const QImage shot = panel.grab().toImage();
    QVERIFY(m->lastDrawnMarkers() >= 3); // loss, detection, promotion
    QVERIFY(m->lastDrawnLabels() >= 3);
    const QString out = QStringLiteral(SCALELAB_BINARY_DIR "/test-tmp/charts-panel.png");
    shot.save(out);

    // The replica appears with its lag, and the component chart follows the selection.
    QVERIFY(book->series(ChartBook::Replication, QStringLiteral("largest replica lag"))->count() >
            0);
    panel.showComponent(QStringLiteral("web"));
    QVERIFY2(book->chart(ChartBook::Component)->title().endsWith(QLatin1String(": Web server")),
             qPrintable(book->chart(ChartBook::Component)->title()));
    QLineSeries* util = book->series(ChartBook::Component, QStringLiteral("utilization"));
    QCOMPARE(util->count(), 40);
    double webUtil = -1;
    for (const auto& c : hist[3].components)
        if (c.id == "web")
            webUtil = c.utilization;
    QCOMPARE(util->at(3).y(), webUtil * 100);

    // Dark palette: dark background, light text (contrast for projectors).
    ui::ChartPalette dark;
    dark.dark = true;
    book->setPalette(dark);
    QVERIFY(dark.background().lightness() < 60 && dark.text().lightness() > 200);
    QTest::qWait(20); // the chart lays out its title on the next event-loop pass
    const QImage darkShot = panel.grab().toImage();
    darkShot.save(QStringLiteral(SCALELAB_BINARY_DIR "/test-tmp/charts-panel-dark.png"));
    const QPoint inside = panel.findChild<QChartView*>()->mapTo(&panel, QPoint(20, 20));
    QVERIFY(QColor(darkShot.pixel(inside)).lightness() < 80);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
