// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/CompareCharts.h"

#include "charts/ChartPalette.h"
#include "io/SafeWrite.h"

#include <QAreaSeries>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace scalelab::ui {

namespace {

ChartPalette currentPalette()
{
    ChartPalette pal;
    pal.dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return pal;
}

QLineSeries* line(const std::vector<double>& t, const std::vector<double>& v)
{
    auto* s = new QLineSeries;
    QList<QPointF> pts;
    pts.reserve(static_cast<qsizetype>(t.size()));
    for (std::size_t i = 0; i < t.size() && i < v.size(); ++i)
        pts.append({t[i], v[i]});
    s->append(pts);
    return s;
}

/// Adds one design's band and median to `chart`; returns the largest value drawn. Where
/// the values are NaN (a latency where no request was answered) the band and the line
/// have a gap: each stretch of values is its own pair of series, and only the first
/// one has a legend entry.
double addDesign(QChart* chart, const core::CompareDesign& d, core::CompareSeries k, double scale,
                 const QColor& colour, bool dashed, const QString& tag, QValueAxis* x, QValueAxis* y)
{
    const core::SeedBand& band = d.bands[static_cast<int>(k)];
    const std::size_t n = std::min({d.tS.size(), band.median.size(), band.lo.size(), band.hi.size()});
    double top = 0;
    bool first = true;
    for (std::size_t from = 0; from < n;) {
        if (!std::isfinite(band.median[from])) {
            ++from;
            continue;
        }
        std::size_t to = from;
        while (to < n && std::isfinite(band.median[to]))
            ++to;
        std::vector<double> t(d.tS.begin() + from, d.tS.begin() + to), lo, hi, med;
        for (std::size_t i = from; i < to; ++i) {
            lo.push_back(band.lo[i] * scale);
            hi.push_back(band.hi[i] * scale);
            med.push_back(band.median[i] * scale);
            top = std::max(top, band.hi[i] * scale);
        }
        QLineSeries* upper = line(t, hi);
        QLineSeries* lower = line(t, lo);
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        QColor fill = colour;
        fill.setAlpha(dashed ? 150 : 55);
        // A: a light wash; B: hatching, so the two bands stay apart where they overlap.
        area->setBrush(dashed ? QBrush(fill, Qt::BDiagPattern) : QBrush(fill));
        QColor edge = colour;
        edge.setAlpha(90);
        area->setPen(QPen(edge, 0.8, dashed ? Qt::DashLine : Qt::SolidLine));
        area->setName(CompareChartBox::tr("%1 10–90% of seeds").arg(tag));
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);

        QLineSeries* m = line(t, med);
        QPen pen(colour, dashed ? 2.6 : 2.2, dashed ? Qt::DashLine : Qt::SolidLine);
        pen.setCapStyle(Qt::FlatCap);
        m->setPen(pen);
        m->setName(CompareChartBox::tr("%1 median").arg(tag));
        chart->addSeries(m);
        m->attachAxis(x);
        m->attachAxis(y);
        if (!first)
            for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(area), static_cast<QAbstractSeries*>(m)})
                for (QLegendMarker* marker : chart->legend()->markers(s))
                    marker->setVisible(false);
        first = false;
        from = to;
    }
    return top;
}

QValueAxis* axis(const QString& title, const ChartPalette& pal)
{
    auto* a = new QValueAxis;
    a->setTitleText(title);
    a->setLabelsColor(pal.text());
    a->setTitleBrush(pal.text());
    a->setGridLineColor(pal.grid());
    a->setLabelFormat(QStringLiteral("%g"));
    return a;
}

QChart* makeChart(const core::CompareResult& r, core::CompareSeries k, double scale,
                  const QString& title, const QString& yTitle, const QColor& colour,
                  const ChartPalette& pal)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(pal.background());
    chart->setTitleBrush(pal.text());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(pal.text());
    chart->setMargins(QMargins(6, 4, 6, 4));
    auto* x = axis(CompareChartBox::tr("Simulated time (s)"), pal);
    auto* y = axis(yTitle, pal);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double top = 0;
    if (!r.a.tS.empty()) {
        top = std::max(top, addDesign(chart, r.a, k, scale, colour, false, CompareChartBox::tr("A"), x, y));
        top = std::max(top, addDesign(chart, r.b, k, scale, colour, true, CompareChartBox::tr("B"), x, y));
        const double end = std::max(r.a.tS.back(), r.b.tS.empty() ? r.a.tS.back() : r.b.tS.back());
        x->setRange(0, end);
        // Ticks at a round step (1, 2 or 5 x 10^k) giving about six intervals.
        const double raw = end / 6.0, mag = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
        const double step = raw / mag <= 1 ? mag : raw / mag <= 2 ? 2 * mag : raw / mag <= 5 ? 5 * mag : 10 * mag;
        x->setTickType(QValueAxis::TicksDynamic);
        x->setTickAnchor(0);
        x->setTickInterval(step);
    } else {
        x->setRange(0, 1);
    }
    y->setRange(0, top > 0 ? top * 1.08 : 1.0);
    y->applyNiceNumbers();
    return chart;
}

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

QByteArray widgetPng(QWidget* w)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    w->grab().save(&buffer, "PNG");
    return buffer.data();
}

QByteArray widgetSvg(QWidget* w, const QString& title, const QColor& background)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setSize(w->size());
    gen.setViewBox(w->rect());
    gen.setResolution(96);
    gen.setTitle(title);
    QPainter painter(&gen);
    painter.fillRect(w->rect(), background);
    w->render(&painter);
    painter.end();
    return buffer.data();
}

} // namespace

CompareChartBox::CompareChartBox(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, currentPalette().background());
    setPalette(p);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QChartView*& v : m_views) {
        v = new QChartView(new QChart, this);
        v->setRenderHint(QPainter::Antialiasing);
        v->setFocusPolicy(Qt::NoFocus); // nothing to operate; the table holds the numbers
        v->setMinimumSize(360, 220);
    }
    layout->addWidget(m_views[0], 0, 0, 1, 2);
    layout->addWidget(m_views[1], 1, 0);
    layout->addWidget(m_views[2], 1, 1);
    layout->setRowStretch(0, 3);
    layout->setRowStretch(1, 2);
    m_views[0]->setAccessibleName(tr("p95 latency of A and B over time"));
    m_views[1]->setAccessibleName(tr("Throughput of A and B over time"));
    m_views[2]->setAccessibleName(tr("Errors of A and B over time"));
    setResult({});
}

void CompareChartBox::setResult(const core::CompareResult& r)
{
    const ChartPalette pal = currentPalette();
    const int n = static_cast<int>(r.seeds.size());
    const QString seeds = n > 0 ? tr("median of %1 seeds, band 10–90%").arg(n) : tr("no results yet");
    replaceChart(m_views[0], makeChart(r, core::CompareSeries::P95, 1.0,
                                       tr("p95 latency: %1").arg(seeds), tr("ms"),
                                       pal.p95(), pal));
    replaceChart(m_views[1], makeChart(r, core::CompareSeries::Throughput, 1.0, tr("Throughput"),
                                       tr("req/s"), pal.throughput(), pal));
    replaceChart(m_views[2], makeChart(r, core::CompareSeries::Errors, 1.0, tr("Errors"),
                                       tr("failed req/s"), pal.errorCause(1), pal));
}

QByteArray CompareChartBox::png() const
{
    return widgetPng(const_cast<CompareChartBox*>(this));
}

QByteArray CompareChartBox::svg(const QString& title) const
{
    return widgetSvg(const_cast<CompareChartBox*>(this), title, currentPalette().background());
}

QString compareTitle(const core::CompareResult& r)
{
    return CompareChartBox::tr("A: %1   vs   B: %2")
        .arg(QString::fromStdString(r.a.name), QString::fromStdString(r.b.name));
}

QString writeCompareChartFiles(const core::CompareResult& result, const QString& pngPath,
                               const QString& svgPath, QSize size)
{
    const ChartPalette pal = currentPalette();
    QWidget page;
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.setAutoFillBackground(true);
    QPalette p = page.palette();
    p.setColor(QPalette::Window, pal.background());
    p.setColor(QPalette::WindowText, pal.text());
    page.setPalette(p);
    auto* layout = new QVBoxLayout(&page);
    layout->setContentsMargins(12, 10, 12, 4);
    auto* heading = new QLabel(compareTitle(result), &page);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    auto* box = new CompareChartBox(&page);
    box->setResult(result);
    layout->addWidget(box, 1);
    page.resize(size);
    page.show(); // lays the charts out at `size` (never on screen)
    QString error;
    const QByteArray png = widgetPng(&page);
    if (png.isEmpty())
        return CompareChartBox::tr("%1: the chart could not be drawn.").arg(pngPath);
    if (!writeFileSafely(pngPath, png, &error))
        return error;
    const QByteArray svg = widgetSvg(&page, compareTitle(result), pal.background());
    if (svg.isEmpty())
        return CompareChartBox::tr("%1: the chart could not be drawn.").arg(svgPath);
    if (!writeFileSafely(svgPath, svg, &error))
        return error;
    return {};
}

} // namespace scalelab::ui
