// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/ComponentItem.h"

#include "canvas/DiagramScene.h"
#include "canvas/LoadColours.h"
#include "canvas/Units.h"
#include "i18n/Language.h"
#include "model/ParamSpec.h"
#include "Resources.h"

#include <QCursor>
#include <QFontInfo>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QRegularExpression>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace scalelab::ui {

namespace {
constexpr qreal kHandleRadius = 7;
constexpr qreal kQueueSpace = 34; // room above the box for the queue stack

QSvgRenderer* iconRenderer(const QString& kind)
{
    static std::map<QString, std::unique_ptr<QSvgRenderer>> cache;
    auto it = cache.find(kind);
    if (it == cache.end()) {
        const QString path = iconPath(kind);
        std::unique_ptr<QSvgRenderer> r;
        if (!path.isEmpty()) {
            r = std::make_unique<QSvgRenderer>(path);
            if (!r->isValid())
                r.reset();
        }
        it = cache.emplace(kind, std::move(r)).first;
    }
    return it->second.get();
}

QString kindName(const QString& kind)
{
    const auto* k = core::findKind(kind.toStdString());
    return k ? trKindName(*k) : kind;
}

QColor spofColour()
{
    return QColor(0x8e, 0x44, 0xad);
} // purple: not on the load scale
} // namespace

ComponentItem::ComponentItem(DiagramScene* scene, const QString& id) : m_scene(scene), m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setCursor(Qt::OpenHandCursor);
    sync();
}

void ComponentItem::sync()
{
    const core::Component* c = m_scene->document()->component(m_id);
    if (!c)
        return;
    prepareGeometryChange();
    m_kind = QString::fromStdString(c->kind);
    setPos(c->position.x, c->position.y);
    const auto* k = core::findKind(c->kind);
    setToolTip(
        QStringLiteral("<b>%1</b> (%2)<br>%3<br><i>%4</i>")
            .arg(QString::fromStdString(c->name).toHtmlEscaped(), kindName(m_kind),
                 k ? trKindDescription(*k).toHtmlEscaped() : QString(),
                 QObject::tr(
                     "Drag the dot on the right edge to another component to connect them.")));
    update();
}

void ComponentItem::setLive(const std::optional<ComponentLive>& live)
{
    m_live = live;
    update();
}

void ComponentItem::setSpof(bool spof)
{
    if (spof != m_spof) {
        m_spof = spof;
        update();
    }
}

QRectF ComponentItem::handleRect() const
{
    const QRectF b = boxRect();
    return {b.right() - kHandleRadius, b.center().y() - kHandleRadius, 2 * kHandleRadius,
            2 * kHandleRadius};
}

bool ComponentItem::hasHandle() const
{
    const auto* k = core::findKind(m_kind.toStdString());
    return k && !k->targets.empty();
}

QRectF ComponentItem::boundingRect() const
{
    return boxRect().adjusted(-6, -kQueueSpace, kHandleRadius + 6, 6);
}

namespace {
/// The font of the box's second lines (kind, metric): 85% of the scene's font.
QFont smallFont(const QFont& base, qreal scale)
{
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85 * scale);
    return small;
}
} // namespace

namespace {
/// `name` elided to `width`; a trailing number stays ("Web… 3", not "Web …"), so the
/// boxes of a tier remain distinguishable when their names are cut.
QString elideKeepingNumber(const QFontMetricsF& fm, const QString& name, qreal width)
{
    if (fm.horizontalAdvance(name) <= width)
        return name;
    qsizetype i = name.size();
    while (i > 0 && name.at(i - 1).isDigit())
        --i;
    if (i == name.size() || i == 0)
        return fm.elidedText(name, Qt::ElideRight, width);
    const QString tail = name.mid(i);
    const QString head = name.left(i).trimmed();
    const qreal tailWidth = fm.horizontalAdvance(QLatin1Char(' ') + tail);
    if (tailWidth >= width / 2)
        return fm.elidedText(name, Qt::ElideRight, width);
    return fm.elidedText(head, Qt::ElideRight, width - tailWidth) + QLatin1Char(' ') + tail;
}
/// Large text on a small box: when the whole metric line does not fit, its first clauses
/// ("56% busy, p99 75 ms" -> "56% busy"; "1.2 k req/s → 3/3 up" -> "1.2 k req/s"), and
/// when even the first does not, that clause without its words ("sends 8.1 k req/s" ->
/// "8.1 k"; "49% busy" -> "49%"): the number survives instead of being cut after its
/// first digit, and no label is left without its number.
QString compactMetric(const QFontMetricsF& fm, const QString& line, qreal width)
{
    if (fm.horizontalAdvance(line) <= width)
        return line;
    QString warn;
    QString rest = line;
    if (rest.startsWith(QStringLiteral("⚠ "))) {
        warn = QStringLiteral("⚠ ");
        rest = rest.mid(2);
    }
    static const QRegularExpression clauseBreak(QStringLiteral(",\\s+|\\s+→\\s+"));
    const QStringList clauses = rest.split(clauseBreak, Qt::SkipEmptyParts);
    for (qsizetype k = clauses.size() - 1; k >= 1; --k) {
        const QString c = warn + clauses.mid(0, k).join(QStringLiteral(", "));
        if (fm.horizontalAdvance(c) <= width)
            return c;
    }
    auto hasDigit = [](const QString& w) {
        return std::any_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
    };
    QStringList words = clauses.value(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!words.isEmpty() && !hasDigit(words.front()))
        words.pop_front(); // "sends", "ALERT:"
    if (words.isEmpty())
        return line;
    // Drop trailing words (units, then labels) while it does not fit; the number stays.
    while (words.size() > 1 && fm.horizontalAdvance(warn + words.join(QLatin1Char(' '))) > width)
        words.pop_back();
    return warn + words.join(QLatin1Char(' '));
}
} // namespace

qreal ComponentItem::textScale() const
{
    const qreal minPx = m_scene->minLabelPx();
    if (minPx <= 0 || m_scene->views().isEmpty())
        return 1.0;
    const qreal zoom = m_scene->views().constFirst()->transform().m11();
    const qreal smallPx = QFontInfo(smallFont(m_scene->font(), 1.0)).pixelSize();
    if (zoom <= 0 || smallPx <= 0)
        return 1.0;
    return std::clamp(minPx / (smallPx * zoom), 1.0, kMaxTextScale);
}

qreal ComponentItem::smallestTextPx() const
{
    return QFontInfo(smallFont(m_scene->font(), textScale())).pixelSize();
}

void ComponentItem::paintIcon(QPainter* p, const QRectF& r) const
{
    if (QSvgRenderer* svg = iconRenderer(m_kind)) {
        svg->render(p, r);
        return;
    }
    const QPalette pal = m_scene->palette();
    p->setPen(QPen(pal.color(QPalette::Text), 1.5));
    p->setBrush(pal.color(QPalette::Button));
    p->drawEllipse(r.adjusted(2, 2, -2, -2));
    QFont f = p->font();
    f.setBold(true);
    p->setFont(f);
    p->drawText(r, Qt::AlignCenter, kindName(m_kind).left(1));
}

void ComponentItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QPalette pal = m_scene->palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QRectF box = boxRect();
    const bool down = m_live && m_live->down;
    const bool selected = option->state & QStyle::State_Selected;
    p->setRenderHint(QPainter::Antialiasing);

    QColor fill = pal.color(QPalette::AlternateBase);
    QColor border = pal.color(QPalette::Mid);
    qreal borderWidth = 1.5;
    if (m_live && !down) {
        fill = load::mix(base, loadColour(m_live->utilization), 0.22);
        border = loadColour(m_live->utilization);
        borderWidth = 3;
    } else if (down) {
        fill = load::mix(base, load::down(), 0.45);
        border = load::down();
        borderWidth = 2;
    }
    if (m_spof) {
        p->setPen(QPen(spofColour(), 3, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(box.adjusted(-5, -5, 5, 5), 11, 11);
    }
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : border,
                   selected ? borderWidth + 1.5 : borderWidth));
    p->setBrush(fill);
    p->drawRoundedRect(box, 8, 8);
    if (m_live && !down && loadLevel(m_live->utilization) == LoadLevel::Overloaded) {
        // Second cue besides colour: hatching.
        QColor hatch = load::red();
        hatch.setAlpha(90);
        p->setPen(Qt::NoPen);
        p->setBrush(QBrush(hatch, Qt::BDiagPattern));
        p->drawRoundedRect(box, 8, 8);
    }

    const QRectF iconRect(box.left() + 8, box.top() + 8, 34, 34);
    p->setOpacity(down ? 0.45 : 1.0);
    paintIcon(p, iconRect);
    p->setOpacity(1.0);

    const core::Component* c = m_scene->document()->component(m_id);
    // Presenter mode: the name and the key metric only, large enough for the back row.
    const qreal scale = textScale();
    const bool large = scale > 1.0;
    QFont nameFont = m_scene->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * scale);
    p->setPen(text);
    // The name runs to the box's right edge (the handle sits lower, at mid-height).
    const QRectF nameRect(iconRect.right() + 6, box.top() + 6, box.right() - iconRect.right() - 8,
                          large ? QFontMetricsF(nameFont).height() : 20);
    const QString name = c ? QString::fromStdString(c->name.empty() ? c->id : c->name) : m_id;
    // Names up to ~20 characters ("Small web server 4") fit by stepping the font down a
    // little; only longer ones are elided. Large, never below the metric line's size
    // (0.85, the presenter's minimum).
    const qreal baseSize = nameFont.pointSizeF();
    for (const qreal factor : {1.0, 0.92, 0.85, 0.78}) {
        if (large && factor < 0.85)
            break;
        nameFont.setPointSizeF(baseSize * factor);
        if (QFontMetricsF(nameFont).horizontalAdvance(name) <= nameRect.width())
            break;
    }
    p->setFont(nameFont);
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                elideKeepingNumber(QFontMetricsF(nameFont), name, nameRect.width()));
    QFont small = smallFont(m_scene->font(), scale);
    p->setFont(small);
    QColor dim = text;
    dim.setAlphaF(0.7f);
    p->setPen(dim);
    const QRectF kindRect(nameRect.left(), nameRect.bottom(), nameRect.width(), 18 * scale);
    QString sub = subtitle();
    const bool overloaded =
        m_live && !down && loadLevel(m_live->utilization) == LoadLevel::Overloaded;
    if (overloaded) {
        // The word, not only the colour.
        small.setBold(true);
        p->setFont(small);
        p->setPen(text);
        sub = QObject::tr("⚠ OVERLOADED");
    }
    // Large text has room for two lines: the kind is left out (the icon shows it), the
    // overload word goes into the metric line (paintLive).
    if (!large)
        p->drawText(kindRect, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(small).elidedText(sub, Qt::ElideRight, kindRect.width()));

    if (m_live)
        paintLive(p, box, text, scale);

    // Connection handle (draggable: the cursor turns into a cross over it).
    if (hasHandle()) {
        p->setPen(QPen(pal.color(QPalette::Base), 1.5));
        p->setBrush(pal.color(QPalette::Highlight));
        p->drawEllipse(handleRect());
    }
    if (m_spof) {
        p->setFont(small);
        // Large, the tag sits above the box (in the queue's room) so it covers no text.
        const QRectF tag = large ? QRectF(box.left(), box.top() - 16 * scale - 2, 44 * scale,
                                          16 * scale)
                                 : QRectF(box.left() + 6, box.bottom() - 2, 44, 16);
        p->setPen(Qt::NoPen);
        p->setBrush(spofColour());
        p->drawRoundedRect(tag, 4, 4);
        p->setPen(Qt::white);
        p->drawText(tag, Qt::AlignCenter, QObject::tr("SPOF"));
    }
}

QString ComponentItem::subtitle() const
{
    QString sub = kindName(m_kind);
    const core::Component* c = m_scene->document()->component(m_id);
    if (c && c->kind == "database") {
        const std::string role = c->choice("role");
        sub += QStringLiteral(" · ") + (role == "primary"   ? QObject::tr("primary")
                                        : role == "replica" ? QObject::tr("replica")
                                                            : QString::fromStdString(role));
        // The role the run gives it: a replica promoted in a failover is the primary now,
        // and the primary it replaced comes back as a replica.
        if (m_scene->isPromoted(m_id))
            sub = QObject::tr("promoted to primary");
        else if (m_scene->isDemoted(m_id))
            sub = QObject::tr("now a replica");
    }
    return sub;
}

QString ComponentItem::accessibleName() const
{
    const core::Component* c = m_scene->document()->component(m_id);
    return c ? QString::fromStdString(c->name.empty() ? c->id : c->name) : m_id;
}

QString ComponentItem::accessibleDescription() const
{
    QStringList parts{subtitle()};
    if (!m_live) {
        parts << QObject::tr("not running");
    } else if (m_live->down) {
        parts << QObject::tr("down");
    } else {
        const ComponentLive& l = *m_live;
        const auto* spec = core::findKind(m_kind.toStdString());
        parts << (loadLevel(l.utilization) == LoadLevel::Overloaded ? QObject::tr("overloaded")
                                                                    : QObject::tr("running"));
        if (spec && spec->isStation)
            parts << QObject::tr("load %1").arg(formatPercent(l.utilization));
        if (l.queueLength >= 1)
            parts << QObject::tr("queue %1").arg(shortNumber(l.queueLength));
        if ((spec && spec->isStation) || m_kind == QLatin1String("users"))
            parts << formatRps(l.throughputRps); // a DNS, a queue or a monitor serves no requests
        if (l.errorsRps > 0)
            parts << QObject::tr("%1 errors/s").arg(shortNumber(l.errorsRps));
        if (l.hitRate >= 0)
            parts << QObject::tr("%1 hit").arg(formatPercent(l.hitRate));
        if (!l.badge.isEmpty() && !parts.contains(l.badge))
            parts << l.badge;
    }
    if (m_spof)
        parts << QObject::tr("single point of failure");
    QStringList targets;
    for (const auto& conn : m_scene->document()->scenario().connections)
        if (conn.from == m_id.toStdString())
            if (const core::Component* t =
                    m_scene->document()->component(QString::fromStdString(conn.to)))
                targets << QString::fromStdString(t->name.empty() ? t->id : t->name);
    if (!targets.isEmpty())
        parts << QObject::tr("sends to %1").arg(targets.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

void ComponentItem::paintLive(QPainter* p, const QRectF& box, const QColor& text,
                              qreal scale) const
{
    const ComponentLive& l = *m_live;
    const bool large = scale > 1.0;
    QFont small = smallFont(m_scene->font(), scale);
    p->setFont(small);
    const qreal rowH = large ? QFontMetricsF(small).height() + 3 : 20;
    const QRectF row(box.left() + 8, box.bottom() - 6 - rowH, box.width() - 20, rowH);
    if (l.down) {
        p->setPen(QPen(load::down().darker(160), 3));
        p->drawLine(box.topLeft() + QPointF(14, 10), box.bottomRight() - QPointF(14, 10));
        p->drawLine(box.topRight() + QPointF(-14, 10), box.bottomLeft() + QPointF(14, -10));
        QFont bold = small;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(text);
        p->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("DOWN"));
        return;
    }
    // Utilization as a bar along the bottom edge, beside the number in the badge: the
    // colour is never the only cue.
    const auto* spec = core::findKind(m_kind.toStdString());
    if (spec && spec->isStation) {
        const QRectF bar(box.left() + 8, box.bottom() - 9, box.width() - 24, 5);
        p->setPen(QPen(text, 0.6));
        p->setBrush(Qt::NoBrush);
        p->drawRect(bar);
        p->setPen(Qt::NoPen);
        p->setBrush(loadColour(l.utilization));
        p->drawRect(QRectF(bar.topLeft(), QSizeF(bar.width() * std::clamp(l.utilization, 0.0, 1.0),
                                                 bar.height())));
    }
    QString line = l.badge; // the key metric with its unit, from the run
    if (m_scene->isPromoted(m_id) && l.replicationLagMs >= 0)
        line.clear(); // a primary lags no one: show its load instead
    if (line.isEmpty()) {
        if (l.hitRate >= 0)
            line = QObject::tr("%1 hit").arg(formatPercent(l.hitRate));
        else
            line = loadLevel(l.utilization) == LoadLevel::Idle
                       ? QObject::tr("idle")
                       : QObject::tr("%1 busy").arg(formatPercent(l.utilization));
    }
    if (large && loadLevel(l.utilization) == LoadLevel::Overloaded) {
        line = QStringLiteral("⚠ ") + line; // the kind line that said so is not drawn
        QFont bold = small;
        bold.setBold(true);
        p->setFont(bold);
    }
    p->setPen(text);
    const QRectF wordRect(row.left(), row.top() - 3, row.width(), row.height());
    if (large)
        line = compactMetric(QFontMetricsF(p->font()), line, wordRect.width());
    p->drawText(wordRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(p->font()).elidedText(line, Qt::ElideRight, wordRect.width()));

    // The queue as a stack of waiting requests above the box (log scale, with its count;
    // large text has no room there for the count: the metric line gives it when it matters).
    if (l.queueLength >= 1) {
        const int n = std::min(6, static_cast<int>(std::ceil(std::log2(1.0 + l.queueLength))));
        const qreal w = 16, h = 4, x = box.right() - 40;
        p->setPen(QPen(text, 0.8));
        p->setBrush(loadColour(l.utilization));
        for (int i = 0; i < n; ++i)
            p->drawRect(QRectF(x, box.top() - 6 - (i + 1) * (h + 1), w, h));
        p->setPen(text);
        if (large)
            return;
        // From the box's left edge to the stack: a long translation ("Warteschlange")
        // fits or is elided, never drawn past the item's bounds.
        const QRectF label(box.left(), box.top() - kQueueSpace, x - 4 - box.left(), kQueueSpace - 4);
        p->drawText(label, Qt::AlignRight | Qt::AlignBottom,
                    p->fontMetrics().elidedText(QObject::tr("queue %1").arg(shortNumber(l.queueLength)),
                                                Qt::ElideLeft, int(label.width())));
    }
}

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange && m_scene->snapToGrid() && m_scene->isDragging())
        return m_scene->snap(value.toPointF());
    if (change == ItemPositionHasChanged)
        m_scene->itemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void ComponentItem::mousePressEvent(QGraphicsSceneMouseEvent* e)
{
    if (e->button() == Qt::LeftButton && hasHandle() &&
        handleRect().adjusted(-3, -3, 3, 3).contains(e->pos())) {
        m_connecting = true;
        m_scene->beginConnection(m_id, e->scenePos());
        e->accept();
        return;
    }
    if (e->button() == Qt::LeftButton) {
        setCursor(Qt::ClosedHandCursor);
        m_scene->beginDrag();
    }
    QGraphicsItem::mousePressEvent(e);
}

void ComponentItem::mouseMoveEvent(QGraphicsSceneMouseEvent* e)
{
    if (m_connecting) {
        m_scene->updateConnection(e->scenePos());
        return;
    }
    QGraphicsItem::mouseMoveEvent(e);
}

void ComponentItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* e)
{
    if (m_connecting) {
        m_connecting = false;
        m_scene->finishConnection(e->scenePos());
        return;
    }
    setCursor(Qt::OpenHandCursor);
    QGraphicsItem::mouseReleaseEvent(e);
    m_scene->endDrag();
}

void ComponentItem::hoverMoveEvent(QGraphicsSceneHoverEvent* e)
{
    setCursor(hasHandle() && handleRect().adjusted(-3, -3, 3, 3).contains(e->pos())
                  ? Qt::CrossCursor
                  : Qt::OpenHandCursor);
    QGraphicsItem::hoverMoveEvent(e);
}

} // namespace scalelab::ui
