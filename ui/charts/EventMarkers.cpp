// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/EventMarkers.h"

#include "i18n/EventStrings.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <array>

namespace scalelab::ui {

QString ChartPalette::shortName(const core::SimEvent& e)
{
    return trEventMarker(e); // the label column of core/model/EventKinds.cpp, translated
}

EventMarkers::EventMarkers(QChart* chart, QValueAxis* timeAxis)
    : QGraphicsObject(chart), m_chart(chart), m_axis(timeAxis)
{
    setZValue(50);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::NoButton);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        update();
    });
    connect(timeAxis, &QValueAxis::rangeChanged, this, [this] { update(); });
}

void EventMarkers::setEvents(const std::vector<core::SimEvent>& events)
{
    m_events = events;
    m_names.clear();
    m_names.reserve(m_events.size());
    for (const auto& e : m_events)
        m_names.push_back(ChartPalette::shortName(e));
    update();
}

void EventMarkers::setPalette(const ChartPalette& palette)
{
    m_palette = palette;
    update();
}

int EventMarkers::find(const QString& shortName) const
{
    for (std::size_t i = 0; i < m_names.size(); ++i)
        if (m_names[i] == shortName)
            return static_cast<int>(i);
    return -1;
}

QRectF EventMarkers::boundingRect() const
{
    return m_chart->plotArea().adjusted(-2, -2, 2, 2);
}

double EventMarkers::xFor(double tS) const
{
    const QRectF plot = m_chart->plotArea();
    const double span = m_axis->max() - m_axis->min();
    if (span <= 0)
        return plot.left();
    return plot.left() + (tS - m_axis->min()) / span * plot.width();
}

void EventMarkers::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    m_drawn = m_labelled = 0;
    const QRectF plot = m_chart->plotArea();
    if (plot.width() < 10 || m_events.empty())
        return;
    painter->save();
    painter->setClipRect(plot.adjusted(-1, -1, 1, 1));
    QFont font = m_chart->font();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() - 1));
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const double rowH = fm.height() + 2;
    constexpr int kRows = 3;
    std::array<double, kRows> rowRight;
    rowRight.fill(-1e9);
    QString lastText;
    double lastTextX = -1e9;
    auto inside = [&plot](double x) { return x >= plot.left() - 0.5 && x <= plot.right() + 0.5; };
    // All lines first, then the labels over them: a later event's line never strikes
    // through an earlier event's label.
    for (const auto& e : m_events) {
        const double x = xFor(core::simTimeToSeconds(e.time));
        if (!inside(x))
            continue;
        painter->setPen(
            QPen(m_palette.marker(e.severity), 1.5, ChartPalette::markerStyle(e.severity)));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        ++m_drawn;
    }
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        const auto& e = m_events[i];
        const double x = xFor(core::simTimeToSeconds(e.time));
        if (!inside(x))
            continue;
        const QColor c = m_palette.marker(e.severity);
        const QString& text = m_names[i];
        if (text == lastText && x - lastTextX < 40)
            continue; // a burst of the same event: one label is enough
        const double w = fm.horizontalAdvance(text) + 6;
        double left = x + 2;
        if (left + w > plot.right())
            left = x - 2 - w;
        for (int row = 0; row < kRows; ++row) {
            if (left <= rowRight[row] + 3)
                continue;
            const QRectF box(left, plot.top() + 2 + row * rowH, w, rowH - 1);
            QColor bg = m_palette.background();
            bg.setAlpha(170); // the data under a label still shows through
            painter->setPen(QPen(c, 1));
            painter->setBrush(bg);
            painter->drawRect(box);
            painter->setPen(m_palette.text());
            painter->drawText(box, Qt::AlignCenter, text);
            rowRight[row] = left + w;
            lastText = text;
            lastTextX = x;
            ++m_labelled;
            break;
        }
        painter->setBrush(Qt::NoBrush);
    }
    painter->restore();
}

void EventMarkers::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    QStringList lines;
    for (const auto& e : m_events) {
        const double tS = core::simTimeToSeconds(e.time);
        if (std::abs(xFor(tS) - event->pos().x()) <= 4 && lines.size() < 8)
            lines << QCoreApplication::translate("EventMarkers", "%1 s: %2")
                         .arg(tS, 0, 'f', 1)
                         .arg(trEventText(e));
    }
    if (lines.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), lines.join(QLatin1Char('\n')));
}

} // namespace scalelab::ui
