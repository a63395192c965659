// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/SweepCharts.h"

#include "charts/ChartPalette.h"
#include "io/SafeWrite.h"
#include "model/ParamSpec.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QImage>
#include <QStringList>
#include <QPainter>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <vector>

namespace scalelab::ui {

QColor sweepKneeColour()
{
    return ChartPalette{}.marker(core::SimEvent::Severity::Warning);
}

namespace {

/// Strings keep the dialog's translation context.
QString tr(const char* text)
{
    return QCoreApplication::translate("scalelab::ui::SweepDialog", text);
}

double decadeBelow(double v)
{
    return std::pow(10.0, std::floor(std::log10(v)));
}
double decadeAbove(double v)
{
    return std::pow(10.0, std::ceil(std::log10(v)));
}

QLogValueAxis* logAxis(const QString& title, double lo, double hi, const ChartPalette& pal)
{
    auto* a = new QLogValueAxis;
    a->setBase(10);
    a->setTitleText(title);
    a->setLabelFormat(QStringLiteral("%g"));
    lo = decadeBelow(lo);
    hi = decadeAbove(hi);
    if (hi <= lo)
        hi = lo * 10;
    a->setRange(lo, hi);
    a->setMinorTickCount(8);
    a->setLabelsColor(pal.text());
    a->setTitleBrush(pal.text());
    a->setGridLineColor(pal.grid());
    a->setMinorGridLineColor(pal.grid().lighter(108));
    return a;
}

QLineSeries* addSeries(QChart* chart, const QString& name, const QColor& colour, qreal width,
                       const QList<QPointF>& points, QAbstractAxis* x, QAbstractAxis* y)
{
    auto* s = new QLineSeries;
    s->setName(name);
    s->append(points);
    QPen pen(colour, width);
    s->setPen(pen);
    s->setPointsVisible(true);
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
    return s;
}

/// The knee: a dashed vertical line across the whole plot, with a "knee" label at its top.
void addKnee(QChart* chart, double x, QAbstractAxis* xAxis, QLogValueAxis* yAxis,
             const QString& legendName)
{
    auto* s = new QLineSeries;
    s->setName(legendName);
    s->append(x, yAxis->min());
    s->append(x, yAxis->max());
    s->setPen(QPen(sweepKneeColour(), 2, Qt::DashLine));
    chart->addSeries(s);
    s->attachAxis(xAxis);
    s->attachAxis(yAxis);
    // On a white backing so grid lines do not run through the word.
    auto* label = new QGraphicsTextItem(chart);
    label->setHtml(QStringLiteral("<span style=\"background-color:white; color:%1; "
                                  "font-weight:bold\">&nbsp;%2&nbsp;</span>")
                       .arg(sweepKneeColour().name(),
                            QCoreApplication::translate("scalelab::ui::SweepDialog", "knee")));
    label->setZValue(1000); // above the plot's grid and series
    auto place = [chart, s, label, x, yAxis] {
        const QPointF top = chart->mapToPosition(QPointF(x, yAxis->max()), s);
        label->setPos(top + QPointF(2, 2));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

QChart* newChart(const QString& title, const ChartPalette& pal)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(pal.background());
    chart->setTitleBrush(pal.text());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(pal.text());
    chart->setMargins(QMargins(6, 4, 6, 4));
    return chart;
}

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

void fillSweepCharts(QChartView* latencyView, QChartView* throughputView,
                     const core::SweepResult& result, const QString& kneeAxisTitle)
{
    const ChartPalette pal;
    std::vector<const core::SweepPoint*> pts;
    for (const core::SweepPoint& p : result.points)
        if (p.ok && p.offeredRps > 0)
            pts.push_back(&p);
    std::stable_sort(pts.begin(), pts.end(),
                     [](auto* a, auto* b) { return a->offeredRps < b->offeredRps; });
    QChart* lat = newChart(tr("Latency against offered load (log scales)"), pal);
    QChart* thr = newChart(tr("Throughput and errors against offered load"), pal);
    if (pts.empty()) {
        lat->setTitle(tr("Latency against offered load (no results yet)"));
        thr->setTitle(tr("Throughput and errors against offered load (no results yet)"));
        replaceChart(latencyView, lat);
        replaceChart(throughputView, thr);
        return;
    }
    const double xLo = pts.front()->offeredRps, xHi = pts.back()->offeredRps;
    QList<QPointF> p50, p99, through, errors;
    double latLo = 1e300, latHi = 0, errHi = 0;
    for (const core::SweepPoint* p : pts) {
        if (p->p50Ms > 0)
            p50.append({p->offeredRps, p->p50Ms});
        if (p->p99Ms > 0)
            p99.append({p->offeredRps, p->p99Ms});
        for (double v : {p->p50Ms, p->p99Ms})
            if (v > 0) {
                latLo = std::min(latLo, v);
                latHi = std::max(latHi, v);
            }
        if (p->throughputRps > 0)
            through.append({p->offeredRps, p->throughputRps});
        errors.append({p->offeredRps, p->errorRate * 100.0});
        errHi = std::max(errHi, p->errorRate * 100.0);
    }
    if (latHi <= 0)
        latLo = latHi = 1;

    const QString offeredTitle = tr("Offered load (req/s, log scale)");
    auto* latX = logAxis(offeredTitle, xLo, xHi, pal);
    auto* latY = logAxis(tr("Latency (ms, log scale)"), latLo, latHi, pal);
    lat->addAxis(latX, Qt::AlignBottom);
    lat->addAxis(latY, Qt::AlignLeft);
    addSeries(lat, tr("p50 latency"), pal.p50(), 2, p50, latX, latY);
    addSeries(lat, tr("p99 latency"), pal.p99(), 3, p99, latX, latY);

    auto* thrX = logAxis(offeredTitle, xLo, xHi, pal);
    auto* thrY = logAxis(tr("Throughput (req/s, log scale)"),
                         std::min(xLo, through.isEmpty() ? xLo : through.front().y()), xHi, pal);
    auto* errY = new QValueAxis;
    errY->setTitleText(tr("Errors (%)"));
    const double errTop = errHi <= 5 ? 5 : std::min(100.0, std::ceil(errHi / 10.0) * 10.0);
    errY->setRange(0, errTop);
    errY->setTickCount(errTop <= 5 ? 6 : static_cast<int>(errTop / 10) + 1);
    errY->setLabelFormat(QStringLiteral("%.0f"));
    errY->setLabelsColor(pal.text());
    errY->setTitleBrush(pal.text());
    errY->setGridLineVisible(false);
    thr->addAxis(thrX, Qt::AlignBottom);
    thr->addAxis(thrY, Qt::AlignLeft);
    thr->addAxis(errY, Qt::AlignRight);
    QLineSeries* ideal =
        addSeries(thr, tr("Ideal (all served)"), pal.offered(), 1,
                  {{thrX->min(), thrX->min()}, {thrX->max(), thrX->max()}}, thrX, thrY);
    ideal->setPen(QPen(pal.offered(), 1, Qt::DotLine));
    ideal->setPointsVisible(false);
    addSeries(thr, tr("Throughput"), pal.throughput(), 3, through, thrX, thrY);
    addSeries(thr, tr("Error rate"), pal.errorCause(1), 2, errors, thrX, errY);

    if (result.knee >= 0) {
        const core::SweepPoint& k = result.points[static_cast<std::size_t>(result.knee)];
        const QString name =
            tr("Knee: %1 = %2").arg(kneeAxisTitle, QString::number(k.value, 'g', 10));
        addKnee(lat, k.offeredRps, latX, latY, name);
        addKnee(thr, k.offeredRps, thrX, thrY, name);
    }
    replaceChart(latencyView, lat);
    replaceChart(throughputView, thr);
}

QString sweepAxisTitle(const core::SweepSpec& spec, const core::Scenario& scenario)
{
    if (spec.axis == core::SweepSpec::Axis::Users)
        return tr("Users");
    if (spec.axis == core::SweepSpec::Axis::Rate)
        return tr("Rate (req/s)");
    const QString pointer = QString::fromStdString(spec.pointer);
    const QStringList parts = pointer.split(QLatin1Char('/'));
    // "/components/<i>/params/<key>"
    bool ok = false;
    const int index = parts.size() == 5 ? parts[2].toInt(&ok) : -1;
    if (!ok || parts[1] != QLatin1String("components") || parts[3] != QLatin1String("params") ||
        index < 0 || std::size_t(index) >= scenario.components.size())
        return pointer;
    const core::Component& c = scenario.components[std::size_t(index)];
    const core::KindSpec* kind = core::findKind(c.kind);
    const core::ParamSpec* p = kind ? kind->param(parts[4].toStdString()) : nullptr;
    if (!p)
        return pointer;
    QString text = tr("%1: %2").arg(QString::fromStdString(c.name.empty() ? c.id : c.name),
                                    QString::fromStdString(p->label));
    if (!p->unit.empty())
        text += tr(" (%1)").arg(QString::fromStdString(p->unit));
    return text;
}

SweepChartBox::SweepChartBox(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    setPalette(pal);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QChartView** v : {&m_latency, &m_throughput}) {
        *v = new QChartView(new QChart, this);
        (*v)->setRenderHint(QPainter::Antialiasing);
        (*v)->setFocusPolicy(Qt::NoFocus); // nothing to operate; the table holds the same numbers
        (*v)->setMinimumSize(420, 320);
        layout->addWidget(*v);
    }
    m_latency->setAccessibleName(tr("Latency against offered load"));
    m_throughput->setAccessibleName(tr("Throughput and errors against offered load"));
}

void SweepChartBox::setResult(const core::SweepResult& result, const QString& kneeAxisTitle)
{
    fillSweepCharts(m_latency, m_throughput, result, kneeAxisTitle);
}

namespace {
QByteArray widgetPng(QWidget* w)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    w->grab().save(&buffer, "PNG");
    return buffer.data();
}

QByteArray widgetSvg(QWidget* w, const QString& title)
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
    painter.fillRect(w->rect(), Qt::white);
    w->render(&painter);
    painter.end();
    return buffer.data();
}
} // namespace

QByteArray SweepChartBox::png() const
{
    return widgetPng(const_cast<SweepChartBox*>(this));
}

QByteArray SweepChartBox::svg(const QString& title) const
{
    return widgetSvg(const_cast<SweepChartBox*>(this), title);
}

QString writeSweepChartFiles(const core::SweepResult& result, const QString& kneeAxisTitle,
                             const QString& title, const QString& pngPath, const QString& svgPath,
                             QSize size)
{
    // The file carries its title above the dialog's charts.
    QWidget page;
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.setAutoFillBackground(true);
    QPalette pal = page.palette();
    pal.setColor(QPalette::Window, Qt::white);
    pal.setColor(QPalette::WindowText, ChartPalette{}.text());
    page.setPalette(pal);
    auto* layout = new QVBoxLayout(&page);
    layout->setContentsMargins(12, 10, 12, 4);
    auto* heading = new QLabel(title, &page);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    auto* box = new SweepChartBox(&page);
    box->setResult(result, kneeAxisTitle);
    layout->addWidget(box, 1);
    page.resize(size);
    page.show(); // lays the charts out at `size` (never on screen)
    QString error;
    const QByteArray png = widgetPng(&page);
    if (png.isEmpty())
        return tr("%1: the chart could not be drawn.").arg(pngPath);
    if (!writeFileSafely(pngPath, png, &error))
        return error;
    const QByteArray svg = widgetSvg(&page, title);
    if (svg.isEmpty())
        return tr("%1: the chart could not be drawn.").arg(svgPath);
    if (!writeFileSafely(svgPath, svg, &error))
        return error;
    return {};
}

} // namespace scalelab::ui
