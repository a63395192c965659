// SPDX-License-Identifier: GPL-3.0-or-later
#if defined(SCALELAB_WITH_UI) && defined(SCALELAB_HAVE_SWEEP)
#include "SweepChart.h"

#include "charts/ChartPalette.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <functional>

namespace scalelab::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("SweepChart", text); }

QString shortNumber(double v)
{
    const double a = std::abs(v);
    if (a >= 1e6)
        return QString::number(v / 1e6, 'g', 3) + "M";
    if (a >= 1e3)
        return QString::number(v / 1e3, 'g', 3) + "k";
    return QString::number(v, 'g', 3);
}

struct LogAxis
{
    double lo = 0, hi = 1; // log10 bounds
    double map(double v, double a, double b) const
    {
        const double x = (std::log10(std::max(v, 1e-12)) - lo) / (hi - lo);
        return a + x * (b - a);
    }
};

/// Decade bounds around [minV, maxV] (both > 0).
LogAxis decades(double minV, double maxV)
{
    LogAxis ax;
    ax.lo = std::floor(std::log10(std::max(minV, 1e-9)));
    ax.hi = std::ceil(std::log10(std::max(maxV, 1e-9)));
    if (ax.hi <= ax.lo)
        ax.hi = ax.lo + 1;
    return ax;
}

// The app's chart colours: green, amber and red belong to the load scale of the canvas
// and are not used for series (ui/charts/ChartPalette.h).
const ui::ChartPalette kPalette;
const QColor kP50 = kPalette.p50(), kP99 = kPalette.p99(), kThroughput = kPalette.throughput(),
             kOffered = kPalette.offered(), kErrors = kPalette.marker(core::SimEvent::Severity::Failure);

void polyline(QPainter& p, const std::vector<QPointF>& pts, const QColor& c, bool dashed = false)
{
    QPen pen(c, 2.2);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    for (std::size_t i = 1; i < pts.size(); ++i)
        p.drawLine(pts[i - 1], pts[i]);
    if (!dashed) {
        p.setBrush(c);
        for (const QPointF& q : pts)
            p.drawEllipse(q, 3.5, 3.5);
        p.setBrush(Qt::NoBrush);
    }
}

void legend(QPainter& p, QPointF at, const std::vector<std::pair<QString, QColor>>& items)
{
    for (const auto& [label, color] : items) {
        p.setPen(QPen(color, 3));
        p.drawLine(at, at + QPointF(22, 0));
        p.setPen(Qt::black);
        p.drawText(at + QPointF(28, 5), label);
        at += QPointF(40 + p.fontMetrics().horizontalAdvance(label), 0);
    }
}

} // namespace

void drawSweepChart(QPainter& p, int width, int height, const core::SweepResult& result, const QString& title)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(0, 0, width, height), Qt::white);
    std::vector<const core::SweepPoint*> pts;
    for (const auto& pt : result.points)
        if (pt.ok && pt.offeredRps > 0)
            pts.push_back(&pt);
    std::sort(pts.begin(), pts.end(), [](auto* a, auto* b) { return a->offeredRps < b->offeredRps; });
    QFont font = p.font();
    font.setPixelSize(13);
    p.setFont(font);
    QFont titleFont = font;
    titleFont.setPixelSize(17);
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 8, width, 26), Qt::AlignHCenter, title);
    p.setFont(font);
    if (pts.empty()) {
        p.drawText(QRectF(0, 0, width, height), Qt::AlignCenter, tr("No completed points to draw."));
        return;
    }
    const double left = 80, right = width - 80, top1 = 70, bottom1 = height * 0.47, top2 = height * 0.55,
                 bottom2 = height - 60;
    const LogAxis ax = decades(pts.front()->offeredRps, pts.back()->offeredRps);
    auto X = [&](double v) { return ax.map(v, left, right); };
    double latMin = 1e300, latMax = 0, tpMax = 0, errMax = 0.05;
    for (auto* q : pts) {
        if (q->p50Ms > 0)
            latMin = std::min(latMin, q->p50Ms);
        latMax = std::max(latMax, q->p99Ms);
        tpMax = std::max({tpMax, q->throughputRps, q->offeredRps});
        errMax = std::max(errMax, q->errorRate);
    }
    if (latMax <= 0)
        latMax = 1;
    if (latMin > latMax)
        latMin = latMax / 10;
    const LogAxis ay = decades(latMin, latMax);
    auto Y1 = [&](double v) { return ay.map(v, bottom1, top1); };
    auto Y2 = [&](double v) { return bottom2 - (bottom2 - top2) * v / (tpMax * 1.05); };
    const double errTop = std::min(1.0, errMax * 1.1); // never above 100%
    auto Y2e = [&](double e) { return bottom2 - (bottom2 - top2) * e / errTop; };

    // Frames, grids and ticks.
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    for (double d = ax.lo; d <= ax.hi + 1e-9; d += 1) {
        const double x = left + (d - ax.lo) / (ax.hi - ax.lo) * (right - left);
        p.drawLine(QPointF(x, top1), QPointF(x, bottom1));
        p.drawLine(QPointF(x, top2), QPointF(x, bottom2));
    }
    for (double d = ay.lo; d <= ay.hi + 1e-9; d += 1) {
        const double y = bottom1 - (d - ay.lo) / (ay.hi - ay.lo) * (bottom1 - top1);
        p.drawLine(QPointF(left, y), QPointF(right, y));
    }
    for (int k = 0; k <= 4; ++k) {
        const double y = bottom2 - (bottom2 - top2) * k / 4.0;
        p.drawLine(QPointF(left, y), QPointF(right, y));
    }
    p.setPen(QPen(Qt::black, 1));
    p.drawRect(QRectF(left, top1, right - left, bottom1 - top1));
    p.drawRect(QRectF(left, top2, right - left, bottom2 - top2));
    for (double d = ax.lo; d <= ax.hi + 1e-9; d += 1) {
        const double x = left + (d - ax.lo) / (ax.hi - ax.lo) * (right - left);
        p.drawText(QRectF(x - 40, bottom2 + 4, 80, 18), Qt::AlignHCenter, shortNumber(std::pow(10.0, d)));
    }
    for (double d = ay.lo; d <= ay.hi + 1e-9; d += 1) {
        const double y = bottom1 - (d - ay.lo) / (ay.hi - ay.lo) * (bottom1 - top1);
        p.drawText(QRectF(0, y - 9, left - 6, 18), Qt::AlignRight | Qt::AlignVCenter, shortNumber(std::pow(10.0, d)));
    }
    for (int k = 0; k <= 4; ++k) {
        const double y = bottom2 - (bottom2 - top2) * k / 4.0;
        p.drawText(QRectF(0, y - 9, left - 6, 18), Qt::AlignRight | Qt::AlignVCenter, shortNumber(tpMax * 1.05 * k / 4.0));
        p.drawText(QRectF(right + 6, y - 9, 70, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(100.0 * errTop * k / 4.0, 'f', 1) + "%");
    }
    p.drawText(QRectF(left, bottom2 + 24, right - left, 20), Qt::AlignHCenter,
               tr("Offered load (requests per second, log scale)"));
    p.save();
    p.translate(16, (top1 + bottom1) / 2);
    p.rotate(-90);
    p.drawText(QRectF(-120, -10, 240, 20), Qt::AlignCenter, tr("Latency (ms, log scale)"));
    p.restore();
    p.save();
    p.translate(16, (top2 + bottom2) / 2);
    p.rotate(-90);
    p.drawText(QRectF(-120, -10, 240, 20), Qt::AlignCenter, tr("Throughput (req/s)"));
    p.restore();
    p.save();
    p.translate(width - 12, (top2 + bottom2) / 2);
    p.rotate(90);
    p.drawText(QRectF(-120, -10, 240, 20), Qt::AlignCenter, tr("Error rate"));
    p.restore();

    // Series.
    std::vector<QPointF> p50, p99, tp, err, ideal;
    for (auto* q : pts) {
        if (q->p50Ms > 0)
            p50.emplace_back(X(q->offeredRps), Y1(q->p50Ms));
        if (q->p99Ms > 0)
            p99.emplace_back(X(q->offeredRps), Y1(q->p99Ms));
        tp.emplace_back(X(q->offeredRps), Y2(q->throughputRps));
        err.emplace_back(X(q->offeredRps), Y2e(q->errorRate));
        ideal.emplace_back(X(q->offeredRps), Y2(q->offeredRps));
    }
    p.setClipRect(QRectF(left, top1 - 5, right - left, bottom2 - top1 + 10));
    polyline(p, ideal, kOffered, true);
    polyline(p, p50, kP50);
    polyline(p, p99, kP99);
    polyline(p, tp, kThroughput);
    polyline(p, err, kErrors);
    p.setClipping(false);
    legend(p, QPointF(left + 10, top1 - 14), {{tr("p50 latency"), kP50}, {tr("p99 latency"), kP99}});
    legend(p, QPointF(left + 10, top2 - 10),
           {{tr("throughput"), kThroughput}, {tr("offered (ideal)"), kOffered}, {tr("error rate"), kErrors}});

    // The knee.
    if (result.knee >= 0 && result.knee < static_cast<int>(result.points.size())) {
        const core::SweepPoint& k = result.points[static_cast<std::size_t>(result.knee)];
        const double x = X(k.offeredRps);
        p.setPen(QPen(kErrors, 2, Qt::DashLine));
        p.drawLine(QPointF(x, top1), QPointF(x, bottom2));
        p.setPen(kErrors);
        const QString label = tr("knee at %1 req/s: %2").arg(shortNumber(k.offeredRps), QString::fromStdString(result.kneeReason));
        const double w = p.fontMetrics().horizontalAdvance(label) + 8;
        const double lx = std::clamp(x + 6, left + 2, right - w);
        p.fillRect(QRectF(lx, bottom1 + 6, w, 20), QColor(255, 255, 255, 230));
        p.drawText(QRectF(lx + 4, bottom1 + 6, w, 20), Qt::AlignLeft | Qt::AlignVCenter, label);
    } else {
        p.setPen(kPalette.text());
        p.drawText(QRectF(left, bottom1 + 6, right - left, 20), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("No knee: the design keeps up at every point."));
    }
}

QString writeSweepCharts(const core::SweepResult& result, const QString& title, const QString& pngPath,
                         const QString& svgPath)
{
    const int w = 1100, h = 760;
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        drawSweepChart(painter, w, h, result, title);
    }
    if (!image.save(pngPath, "PNG"))
        return tr("%1: cannot write the PNG file").arg(pngPath);
    QSvgGenerator svg;
    svg.setFileName(svgPath);
    svg.setSize(QSize(w, h));
    svg.setViewBox(QRect(0, 0, w, h));
    svg.setTitle(title);
    {
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("%1: cannot write the SVG file").arg(svgPath);
        drawSweepChart(painter, w, h, result, title);
    }
    return {};
}

} // namespace scalelab::cli
#endif
