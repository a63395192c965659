// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/ConnectionItem.h"

#include "canvas/ComponentItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/LoadColours.h"
#include "canvas/Units.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace scalelab::ui {

namespace {
constexpr qreal kDotSpeed = 140; // scene units per wall second

/// Where the segment from the rectangle's centre towards `outside` leaves the rectangle.
QPointF exitPoint(const QRectF& r, const QPointF& outside)
{
    const QPointF c = r.center();
    const QPointF d = outside - c;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return c;
    const qreal sx = std::abs(d.x()) > 1e-9 ? (r.width() / 2) / std::abs(d.x()) : 1e18;
    const qreal sy = std::abs(d.y()) > 1e-9 ? (r.height() / 2) / std::abs(d.y()) : 1e18;
    return c + d * std::min({sx, sy, 1.0});
}
} // namespace

ConnectionItem::ConnectionItem(DiagramScene* scene, const QString& from, const QString& to)
    : m_scene(scene), m_from(from), m_to(to)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(-1);
    setToolTip(QObject::tr("Connection %1 → %2").arg(from, to));
    updatePath();
}

qreal ConnectionItem::widthForRps(double rps)
{
    if (rps <= 0)
        return 1.5;
    return std::min(9.0, 1.5 + 1.6 * std::log10(1.0 + rps / 5.0));
}

void ConnectionItem::updatePath()
{
    ComponentItem* a = m_scene->componentItem(m_from);
    ComponentItem* b = m_scene->componentItem(m_to);
    if (!a || !b)
        return;
    const QRectF ra = a->sceneBox(), rb = b->sceneBox();
    QLineF line(exitPoint(ra, rb.center()), exitPoint(rb, ra.center()));
    if (line.length() > 8) {
        // Leave a little room for the arrow head at the target.
        QLineF shortened = line;
        shortened.setLength(line.length() - 2);
        line = shortened;
    }
    prepareGeometryChange();
    m_line = line;
    update();
}

void ConnectionItem::setLive(const std::optional<LinkLive>& live)
{
    m_live = live;
    update();
}

QRectF ConnectionItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-40, -30, 40, 30);
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker s;
    s.setWidth(14);
    return s.createStroke(path);
}

void ConnectionItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (m_line.length() < 1)
        return;
    const QPalette pal = m_scene->palette();
    const bool selected = option->state & QStyle::State_Selected;
    p->setRenderHint(QPainter::Antialiasing);
    const double rps = m_live ? m_live->rps : 0.0;
    const qreal width = widthForRps(rps);
    QColor lineColour = pal.color(QPalette::Text);
    lineColour.setAlphaF(0.55f);
    if (selected)
        lineColour = pal.color(QPalette::Highlight);
    p->setPen(QPen(lineColour, width, Qt::SolidLine, Qt::FlatCap));
    p->drawLine(m_line);

    // Arrow head.
    const QPointF tip = m_line.p2();
    const QPointF dir = (m_line.p1() - m_line.p2()) / m_line.length();
    const QPointF normal(-dir.y(), dir.x());
    const qreal head = 9 + width;
    QPolygonF arrow;
    arrow << tip << tip + dir * head + normal * head * 0.5
          << tip + dir * head - normal * head * 0.5;
    p->setPen(Qt::NoPen);
    p->setBrush(lineColour);
    p->drawPolygon(arrow);

    if (!m_live)
        return;
    // Errors: a red dashed line alongside, with their rate.
    if (m_live->errorsRps > 0.05) {
        QPen dash(load::error(), 2.5, Qt::DashLine);
        p->setPen(dash);
        const QPointF off = normal * (width / 2 + 4);
        p->drawLine(QLineF(m_line.p1() + off, m_line.p2() + off));
        QFont f = m_scene->font();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        f.setBold(true);
        p->setFont(f);
        const QString label = QObject::tr("✕ %1 err/s").arg(shortNumber(m_live->errorsRps));
        const QPointF mid = m_line.center() + normal * 18;
        const QRectF r(mid - QPointF(45, 9), QSizeF(90, 18));
        p->setPen(load::error());
        p->drawText(r, Qt::AlignCenter, label);
    }
    // Requests as moving dots: one dot stands for requestsPerDot() req/s.
    if (rps > 0) {
        const double perDot = m_scene->requestsPerDot();
        const double dotsPerSecond = rps / perDot;
        const qreal spacing = std::max<qreal>(10.0, kDotSpeed / std::max(dotsPerSecond, 1e-6));
        const qreal len = m_line.length();
        if (spacing < len * 4) {
            const qreal offset = std::fmod(m_scene->animationPhaseS() * kDotSpeed, spacing);
            QColor dot = pal.color(QPalette::Highlight);
            p->setPen(QPen(pal.color(QPalette::Base), 1));
            p->setBrush(dot);
            const qreal radius = std::max<qreal>(3.0, width / 2 + 1.5);
            int drawn = 0;
            for (qreal s = offset; s < len - head && drawn < 60; s += spacing, ++drawn) {
                const QPointF at = m_line.p1() + (m_line.p2() - m_line.p1()) * (s / len);
                p->drawEllipse(at, radius, radius);
            }
        }
    }
}

} // namespace scalelab::ui
