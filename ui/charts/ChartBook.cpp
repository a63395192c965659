// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartBook.h"

#include "charts/EventMarkers.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QPainter>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace scalelab::ui {

namespace {
enum class Reduce
{
    Mean,
    Max,
    Min
};

struct SeriesDef
{
    QLineSeries* series = nullptr;
    Reduce reduce = Reduce::Mean;
    std::function<double(const core::Sample&)> value; ///< negative = no point
    std::function<QColor(const ChartPalette&)> colour;
    Qt::PenStyle style = Qt::SolidLine;
    bool hideWhenZero = false;
    /// A dash pattern (in pen widths) instead of `style`: every series of a chart has a
    /// line pattern of its own, so colour is never the only thing that tells them apart.
    QList<qreal> dashes = {};
};

QList<QPointF> reduced(const std::vector<core::Sample>& samples, const SeriesDef& def,
                       int maxPoints, double* maxOut, double* minOut)
{
    QList<QPointF> out;
    const std::size_t n = samples.size();
    const std::size_t per = std::max<std::size_t>(1, (n + maxPoints - 1) / std::max(1, maxPoints));
    out.reserve(static_cast<qsizetype>(n / per + 1));
    for (std::size_t i = 0; i < n; i += per) {
        double acc = 0, w = 0, t = 0;
        bool any = false;
        for (std::size_t j = i; j < std::min(n, i + per); ++j) {
            const double v = def.value(samples[j]);
            if (v < 0)
                continue;
            t = samples[j].tS;
            if (!any)
                acc = v;
            else if (def.reduce == Reduce::Max)
                acc = std::max(acc, v);
            else if (def.reduce == Reduce::Min)
                acc = std::min(acc, v);
            else
                acc += v;
            w += 1;
            any = true;
        }
        if (!any)
            continue;
        if (def.reduce == Reduce::Mean)
            acc /= w;
        *maxOut = std::max(*maxOut, acc);
        *minOut = std::min(*minOut, acc);
        out.append(QPointF(t, acc));
    }
    return out;
}

double niceCeil(double v)
{
    if (!(v > 0))
        return 1.0;
    const double e = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * e >= v)
            return m * e;
    return 10 * e;
}

/// Sets a range with round tick steps (1, 2, 2.5 or 5 x 10^k, at most ~6 intervals).
void niceAxis(QValueAxis* axis, double lo, double hi)
{
    if (!(hi > lo))
        hi = lo + 1;
    const double raw = (hi - lo) / 5;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * mag;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * mag >= raw * 0.999) {
            step = m * mag;
            break;
        }
    const double a = std::floor(lo / step + 1e-9) * step;
    const double b = std::ceil(hi / step - 1e-9) * step;
    axis->setRange(a, b);
    axis->setTickCount(static_cast<int>(std::lround((b - a) / step)) + 1);
    int decimals = 0;
    while (decimals < 4) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            break;
        ++decimals;
    }
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
}

const core::ComponentSample* findComponent(const core::Sample& s, const std::string& id)
{
    for (const auto& c : s.components)
        if (c.id == id)
            return &c;
    return nullptr;
}
} // namespace

struct ChartBook::Parts
{
    struct Chart
    {
        QPointer<QChart> chart;
        QValueAxis* x = nullptr;
        QValueAxis* y = nullptr;
        QValueAxis* y2 = nullptr;
        EventMarkers* markers = nullptr;
        std::vector<SeriesDef> series;
    };
    Chart c[ChartCount];
    struct Guide
    {
        int chart = 0;
        QLineSeries* series = nullptr;
        double value = 0;
    };
    std::vector<Guide> guides;
    double t0 = 0, t1 = 10; ///< the time range of the last setData
    std::unique_ptr<QGraphicsScene> scene;
    std::string component; ///< resolved id used by the value functions
};

ChartBook::ChartBook(QObject* parent) : QObject(parent), p(std::make_unique<Parts>())
{
    m_palette = applicationPalette();
    build();
    applyPalette();
}

ChartBook::~ChartBook()
{
    for (auto& c : p->c)
        if (c.chart && !c.chart->scene())
            delete c.chart.data();
    p->scene.reset(); // deletes charts placed in it by render()
}

ChartPalette ChartBook::applicationPalette()
{
    ChartPalette pal;
    pal.dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return pal;
}

QString ChartBook::chartName(int id)
{
    switch (id) {
    case Latency:
        return tr("Latency");
    case Traffic:
        return tr("Throughput and errors");
    case Cache:
        return tr("Cache hit rate");
    case Component:
        return tr("Queue and utilization");
    case Replication:
        return tr("Replication lag");
    case Availability:
        return tr("Availability");
    default:
        return {};
    }
}

QString ChartBook::fileStem(int id)
{
    static const char* stems[] = {"latency",   "traffic",     "cache",
                                  "component", "replication", "availability"};
    return id >= 0 && id < ChartCount ? QString::fromLatin1(stems[id]) : QString();
}

QChart* ChartBook::chart(int id) const
{
    return id >= 0 && id < ChartCount ? p->c[id].chart.data() : nullptr;
}
EventMarkers* ChartBook::markers(int id) const
{
    return id >= 0 && id < ChartCount ? p->c[id].markers : nullptr;
}

QLineSeries* ChartBook::series(int id, const QString& name) const
{
    if (id < 0 || id >= ChartCount)
        return nullptr;
    for (const auto& s : p->c[id].series)
        if (s.series->name() == name)
            return s.series;
    for (const auto& g : p->guides)
        if (g.chart == id && g.series->name() == name)
            return g.series;
    return nullptr;
}

QLineSeries* ChartBook::addGuide(int id, double value, const QString& label, bool measured)
{
    if (id < 0 || id >= ChartCount || !std::isfinite(value))
        return nullptr;
    Parts::Chart& c = p->c[id];
    auto* s = new QLineSeries;
    s->setName(label);
    // The label once, centred on a middle point placed so that the whole text lies inside
    // the plot: the guess near the left end, the measured value near the right end, so
    // two close values do not print their labels on top of each other.
    const double span = p->t1 - p->t0;
    const qreal plotPx = c.chart->plotArea().width() > 50 ? c.chart->plotArea().width() : 600;
    const qreal labelPx = QFontMetricsF(c.chart->font()).horizontalAdvance(label) + 12;
    const double frac = std::clamp(labelPx / 2 / plotPx, 0.02, 0.45);
    const double at = measured ? p->t1 - frac * span : p->t0 + frac * span;
    s->append(p->t0, value);
    s->append(at, value);
    s->append(p->t1, value);
    c.chart->addSeries(s);
    s->attachAxis(c.x);
    s->attachAxis(c.y);
    // The guess dashed, the measured value solid; both thick, in the text colour, so
    // they never borrow a colour of the load scale or of a series.
    QPen pen(m_palette.text(), 2.5, measured ? Qt::SolidLine : Qt::DashLine);
    s->setPen(pen);
    s->setPointLabelsVisible(true);
    s->setPointLabelsFormat(label);
    s->setPointLabelsColor(m_palette.text());
    s->setPointLabelsClipping(false);
    s->setPointConfiguration(0, QXYSeries::PointConfiguration::LabelVisibility, false);
    s->setPointConfiguration(2, QXYSeries::PointConfiguration::LabelVisibility, false);
    p->guides.push_back({id, s, value});
    if (c.y->max() < value * 1.08)
        niceAxis(c.y, c.y->min(), niceCeil(value * 1.08));
    return s;
}

void ChartBook::clearGuides()
{
    for (auto& g : p->guides)
        if (QChart* ch = p->c[g.chart].chart) {
            ch->removeSeries(g.series);
            delete g.series;
        }
    p->guides.clear();
}

std::vector<QLineSeries*> ChartBook::guides(int id) const
{
    std::vector<QLineSeries*> out;
    for (const auto& g : p->guides)
        if (g.chart == id)
            out.push_back(g.series);
    return out;
}

void ChartBook::build()
{
    using S = core::Sample;
    auto make = [&](int id, const QString& yTitle, bool rightAxis = false) -> Parts::Chart& {
        Parts::Chart& c = p->c[id];
        c.chart = new QChart;
        c.chart->setTitle(chartName(id));
        c.chart->setMargins(QMargins(4, 4, 4, 4));
        c.chart->legend()->setAlignment(Qt::AlignBottom);
        // The legend shows each line's pattern, not only its colour.
        c.chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
        c.chart->setAnimationOptions(QChart::NoAnimation);
        c.chart->setLocalizeNumbers(true); // axis labels in the user's locale ("2,5")
        c.x = new QValueAxis;
        c.x->setTitleText(tr("Simulated time (s)"));
        niceAxis(c.x, 0, 10); // round ticks (0, 2, 4...) before the first sample too
        c.chart->addAxis(c.x, Qt::AlignBottom);
        c.y = new QValueAxis;
        c.y->setTitleText(yTitle);
        c.y->setLabelFormat(QStringLiteral("%.4g"));
        c.y->setRange(0, 1);
        c.chart->addAxis(c.y, Qt::AlignLeft);
        if (rightAxis) {
            c.y2 = new QValueAxis;
            c.y2->setTitleText(tr("Utilization (%)"));
            c.y2->setLabelFormat(QStringLiteral("%.0f"));
            c.y2->setRange(0, 100);
            c.chart->addAxis(c.y2, Qt::AlignRight);
        }
        c.markers = new EventMarkers(c.chart, c.x);
        return c;
    };
    auto add = [](Parts::Chart& c, const QString& name, SeriesDef def, QValueAxis* y = nullptr) {
        def.series = new QLineSeries;
        def.series->setName(name);
        c.chart->addSeries(def.series);
        def.series->attachAxis(c.x);
        def.series->attachAxis(y ? y : c.y);
        c.series.push_back(std::move(def));
    };
    auto pen = [](QColor (ChartPalette::*f)() const) {
        return [f](const ChartPalette& pal) { return (pal.*f)(); };
    };

    auto& lat = make(Latency, tr("ms"));
    add(lat, tr("p50"),
        {nullptr, Reduce::Max, [](const S& s) { return s.p50Ms; }, pen(&ChartPalette::p50),
         Qt::DotLine, false});
    add(lat, tr("p95"),
        {nullptr, Reduce::Max, [](const S& s) { return s.p95Ms; }, pen(&ChartPalette::p95),
         Qt::DashLine, false});
    add(lat, tr("p99"),
        {nullptr, Reduce::Max, [](const S& s) { return s.p99Ms; }, pen(&ChartPalette::p99),
         Qt::SolidLine, false});

    auto& tr_ = make(Traffic, tr("Rate (req/s)"));
    add(tr_, tr("offered"),
        {nullptr, Reduce::Mean, [](const S& s) { return s.offeredRps; },
         pen(&ChartPalette::offered), Qt::DashLine, false});
    add(tr_, tr("retries"),
        {nullptr, Reduce::Mean, [](const S& s) { return s.retryRps; }, pen(&ChartPalette::retry),
         Qt::CustomDashLine, true, {2, 5}});
    add(tr_, tr("served"),
        {nullptr, Reduce::Mean, [](const S& s) { return s.throughputRps; },
         pen(&ChartPalette::throughput), Qt::SolidLine, false});
    static const char* causeNames[] = {QT_TR_NOOP("rejected"), QT_TR_NOOP("timed out"),
                                       QT_TR_NOOP("down"), QT_TR_NOOP("rate-limited"),
                                       QT_TR_NOOP("no route"), QT_TR_NOOP("server error"),
                                       QT_TR_NOOP("circuit open")};
    static_assert(std::size(causeNames) == core::kErrorCauseCount);
    // Offered is dashed and served solid; each error cause has a pattern of its own.
    static const Qt::PenStyle causeStyles[] = {Qt::DashDotLine,     Qt::DashDotDotLine,  Qt::DotLine,
                                               Qt::CustomDashLine,  Qt::CustomDashLine,  Qt::CustomDashLine,
                                               Qt::CustomDashLine};
    static const QList<qreal> causeDashes[] = {{}, {}, {}, {8, 3}, {1, 2, 1, 2, 6, 2}, {4, 2, 4, 6}, {10, 2, 2, 2}};
    static_assert(std::size(causeStyles) == core::kErrorCauseCount && std::size(causeDashes) == core::kErrorCauseCount);
    for (int k = 0; k < core::kErrorCauseCount; ++k)
        add(tr_, tr(causeNames[k]),
            {nullptr, Reduce::Mean, [k](const S& s) { return s.errorsRps[k]; },
             [k](const ChartPalette& pal) { return pal.errorCause(k); }, causeStyles[k], true,
             causeDashes[k]});

    auto& cache = make(Cache, tr("Hit rate (%)"));
    add(cache, tr("cache"),
        {nullptr, Reduce::Mean,
         [](const S& s) { return s.cacheHitRate < 0 ? -1 : s.cacheHitRate * 100; },
         pen(&ChartPalette::cache), Qt::SolidLine, false});
    add(cache, tr("CDN"),
        {nullptr, Reduce::Mean,
         [](const S& s) { return s.cdnHitRate < 0 ? -1 : s.cdnHitRate * 100; },
         pen(&ChartPalette::cdn), Qt::DashLine, false});
    add(cache, tr("stale (cache)"),
        {nullptr, Reduce::Mean,
         [](const S& s) { return s.cacheStaleRate < 0 ? -1 : s.cacheStaleRate * 100; },
         pen(&ChartPalette::stale), Qt::DotLine, false});

    auto& comp = make(Component, tr("Queue (requests)"), true);
    std::string* cid = &p->component;
    add(comp, tr("queue"),
        {nullptr, Reduce::Max,
         [cid](const S& s) {
             auto* c = findComponent(s, *cid);
             return c ? c->queueLength : -1;
         },
         pen(&ChartPalette::queue), Qt::SolidLine, false});
    add(comp, tr("utilization"),
        {nullptr, Reduce::Mean,
         [cid](const S& s) {
             auto* c = findComponent(s, *cid);
             return c ? c->utilization * 100 : -1;
         },
         pen(&ChartPalette::utilization), Qt::DashLine, false},
        comp.y2);

    auto& rep = make(Replication, tr("Lag (ms)"));
    add(rep, tr("largest replica lag"),
        {nullptr, Reduce::Max, [](const S& s) { return s.replicationLagMs; },
         pen(&ChartPalette::lag), Qt::SolidLine, false});

    auto& av = make(Availability, tr("Availability (%)"));
    add(av, tr("successful requests"),
        {nullptr, Reduce::Min, [](const S& s) { return s.availability * 100; },
         pen(&ChartPalette::availability), Qt::SolidLine, false});
}

void ChartBook::applyPalette()
{
    const ChartPalette& pal = m_palette;
    for (auto& c : p->c) {
        if (!c.chart)
            continue;
        c.chart->setBackgroundBrush(pal.background());
        c.chart->setBackgroundPen(Qt::NoPen);
        c.chart->setTitleBrush(pal.text());
        c.chart->legend()->setLabelColor(pal.text());
        for (QValueAxis* a : {c.x, c.y, c.y2}) {
            if (!a)
                continue;
            a->setLabelsColor(pal.text());
            a->setTitleBrush(pal.text());
            a->setGridLineColor(pal.grid());
            a->setLinePenColor(pal.grid());
        }
        for (auto& s : c.series) {
            QPen pen(s.colour(pal), 2.0, s.style);
            if (!s.dashes.isEmpty())
                pen.setDashPattern(s.dashes);
            s.series->setPen(pen);
        }
        c.markers->setPalette(pal);
    }
}

void ChartBook::setPalette(const ChartPalette& palette)
{
    m_palette = palette;
    applyPalette();
}

void ChartBook::setComponent(const QString& id, const QString& name)
{
    m_componentId = id;
    m_componentName = name;
}

void ChartBook::clear()
{
    for (auto& c : p->c) {
        for (auto& s : c.series)
            s.series->clear();
        niceAxis(c.x, 0, 10);
        c.markers->setEvents({});
    }
}

void ChartBook::setData(const std::vector<core::Sample>& samples,
                        const std::vector<core::SimEvent>& events)
{
    if (samples.empty()) {
        clear();
        p->c[0].markers->setEvents(events);
        return;
    }
    // The component chart: the chosen one, else the busiest in the newest sample.
    p->component = m_componentId.toStdString();
    QString shownName = m_componentName.isEmpty() ? m_componentId : m_componentName;
    if (p->component.empty()) {
        double best = -1;
        for (const auto& cs : samples.back().components)
            if (cs.utilization > best) {
                best = cs.utilization;
                p->component = cs.id;
            }
        shownName = QString::fromStdString(p->component);
        if (nameOf)
            shownName = tr("%1 (busiest)").arg(nameOf(shownName));
    }
    const double t0 = std::max(0.0, samples.front().tS - samples.front().intervalS);
    const double t1 = std::max(samples.back().tS, t0 + 10);
    p->t0 = t0;
    p->t1 = t1;
    bool hasCache = false, hasLag = false;
    for (int id = 0; id < ChartCount; ++id) {
        Parts::Chart& c = p->c[id];
        double hi = 0, lo = 1e300, hi2 = 0, lo2 = 1e300;
        for (auto& s : c.series) {
            const bool second = c.y2 && s.series->attachedAxes().contains(c.y2);
            double sHi = 0, sLo = 1e300;
            const QList<QPointF> pts = reduced(samples, s, maxDisplayPoints, &sHi, &sLo);
            s.series->replace(pts);
            const bool visible = !s.hideWhenZero || sHi > 0;
            s.series->setVisible(visible);
            for (QLegendMarker* m : c.chart->legend()->markers(s.series))
                m->setVisible(visible && !pts.isEmpty());
            (second ? hi2 : hi) = std::max(second ? hi2 : hi, sHi);
            (second ? lo2 : lo) = std::min(second ? lo2 : lo, sLo);
            if (id == Cache && !pts.isEmpty())
                hasCache = true;
            if (id == Replication && !pts.isEmpty())
                hasLag = true;
        }
        niceAxis(c.x, t0, t1);
        for (auto& g : p->guides)
            if (g.chart == id) {
                g.series->replace({QPointF(t0, g.value), QPointF(t1, g.value)});
                hi = std::max(hi, g.value);
                lo = std::min(lo, g.value);
            }
        if (id == Availability) {
            const double lower =
                lo > 100 ? 99 : std::max(0.0, std::min(99.0, std::floor(lo / 5) * 5));
            niceAxis(c.y, lower, 100);
        } else if (id == Cache) {
            niceAxis(c.y, 0, 100);
        } else {
            niceAxis(c.y, 0, niceCeil(hi * 1.08));
        }
        c.markers->setEvents(events);
    }
    p->c[Cache].chart->setTitle(hasCache ? chartName(Cache)
                                         : tr("Cache hit rate (no cache or CDN in this design)"));
    p->c[Replication].chart->setTitle(
        hasLag ? chartName(Replication) : tr("Replication lag (no read replicas in this design)"));
    p->c[Component].chart->setTitle(tr("Queue and utilization: %1").arg(shownName));
}

void ChartBook::render(int id, QPainter* painter, const QRectF& target)
{
    QChart* ch = chart(id);
    if (!ch)
        return;
    if (!ch->scene()) {
        if (!p->scene)
            p->scene = std::make_unique<QGraphicsScene>();
        p->scene->addItem(ch);
    }
    ch->setPos(0, 0);
    ch->resize(target.size());
    if (ch->layout())
        ch->layout()->activate();
    ch->scene()->render(painter, target, ch->sceneBoundingRect());
}

} // namespace scalelab::ui
