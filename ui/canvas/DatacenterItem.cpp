// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/ComponentItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/LoadColours.h"

#include <QFontInfo>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace scalelab::ui {

namespace {
constexpr qreal kMargin = 28;
constexpr qreal kTitle = 44;
} // namespace

DatacenterItem::DatacenterItem(DiagramScene* scene, const QString& id) : ComponentItem(scene, id)
{
    setZValue(-10);
    sync();
}

void DatacenterItem::sync()
{
    ComponentItem::sync();
    const Document* doc = diagram()->document();
    const core::Component* self = doc->component(id());
    if (!self)
        return;
    QRectF box(0, 0, kMinWidth, kMinHeight);
    const QPointF origin(self->position.x, self->position.y);
    for (const auto& c : doc->scenario().components) {
        if (c.datacenter != self->id)
            continue;
        const QRectF member(QPointF(c.position.x, c.position.y) - origin,
                            QSizeF(ComponentItem::kWidth, ComponentItem::kHeight));
        box = box.united(member.adjusted(-kMargin, -kMargin - kTitle, kMargin, kMargin));
    }
    if (box != m_box) {
        prepareGeometryChange();
        m_box = box;
    }
    update();
}

QRectF DatacenterItem::boundingRect() const
{
    return m_box.adjusted(-8, -8, 16, 8);
}

QPainterPath DatacenterItem::shape() const
{
    QPainterPath outer, inner;
    outer.addRoundedRect(m_box.adjusted(-6, -6, 6, 6), 14, 14);
    inner.addRect(m_box.adjusted(8, kTitle, -8, -8));
    return outer.subtracted(inner);
}

QFont DatacenterItem::titleFont() const
{
    QFont f = diagram()->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * textScale());
    return f;
}

qreal DatacenterItem::smallestTextPx() const
{
    return QFontInfo(titleFont()).pixelSize();
}

void DatacenterItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QPalette pal = diagram()->palette();
    const bool selected = option->state & QStyle::State_Selected;
    const bool down = live() && live()->down;
    p->setRenderHint(QPainter::Antialiasing);
    QColor fill = pal.color(QPalette::Window);
    fill.setAlpha(down ? 200 : 110);
    if (down)
        fill = load::mix(fill, load::down(), 0.5);
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                   selected ? 3 : 2, Qt::DashLine));
    p->setBrush(fill);
    p->drawRoundedRect(m_box, 14, 14);
    if (isSpof()) {
        p->setPen(QPen(QColor(0x8e, 0x44, 0xad), 3, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(m_box.adjusted(-5, -5, 5, 5), 16, 16);
    }
    const QRectF iconRect(m_box.left() + 10, m_box.top() + 8, 28, 28);
    paintIcon(p, iconRect);
    const core::Component* c = diagram()->document()->component(id());
    const QFont f = titleFont();
    p->setFont(f);
    p->setPen(pal.color(QPalette::Text));
    QString title = c ? QString::fromStdString(c->name.empty() ? c->id : c->name) : id();
    if (c)
        title +=
            QStringLiteral(" · ") +
            QString::fromStdString(c->choice("region")).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (down)
        title += QStringLiteral(" · ") + QObject::tr("DOWN");
    else if (live() && !live()->badge.isEmpty())
        title += QStringLiteral(" · ") + live()->badge; // its share of the traffic
    const QRectF titleRect(iconRect.right() + 8, m_box.top() + 8, m_box.width() - 60,
                           std::max(28.0, QFontMetricsF(f).height() + 4));
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(f).elidedText(title, Qt::ElideRight, titleRect.width()));
    if (down) {
        p->setPen(QPen(load::down().darker(150), 3));
        p->drawLine(m_box.topLeft() + QPointF(20, 20), m_box.bottomRight() - QPointF(20, 20));
        p->drawLine(m_box.topRight() + QPointF(-20, 20), m_box.bottomLeft() + QPointF(20, -20));
    }
}

} // namespace scalelab::ui
