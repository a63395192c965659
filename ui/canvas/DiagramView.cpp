// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/DiagramView.h"

#include "canvas/CanvasAccessible.h"
#include "canvas/ComponentItem.h"
#include "canvas/ConnectionItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/LoadColours.h"
#include "canvas/Units.h"

#include <QAccessible>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace scalelab::ui {

namespace {
constexpr double kMinZoom = 0.15;
constexpr double kMaxZoom = 4.0;
} // namespace

DiagramView::DiagramView(DiagramScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setAcceptDrops(true);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Architecture canvas"));
    setAccessibleDescription(
        tr("Components and their connections. Tab or the arrow keys select one, Shift+arrow "
           "moves it, C connects it to the one chosen next (Tab or arrows, then Enter), "
           "Delete removes it, Enter opens it in the inspector."));
    setToolTip(tr("Drop components here. Ctrl+wheel zooms, middle button or Space+drag pans."));
    installCanvasAccessibility();
    // setAccessibleName() above, and the base class before it, already asked for this
    // widget's interface (Qt caches it on the first event): drop the generic one.
    if (QAccessibleInterface* generic = QAccessible::queryAccessibleInterface(this);
        generic && generic->role() != QAccessible::Canvas)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(generic));
    // The component the keyboard moved to is the screen reader's focus.
    connect(scene, &DiagramScene::keyboardCurrentChanged, this, [this](int index) {
        if (!QAccessible::isActive())
            return;
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(index);
        QAccessible::updateAccessibility(&focus);
        QAccessibleEvent selection(this, QAccessible::Selection);
        selection.setChild(index);
        QAccessible::updateAccessibility(&selection);
    });
}

void DiagramView::setZoom(double factor)
{
    m_fitFollowsSize = false; // zoomToFit() sets it again after its own zoom
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    const double current = zoom();
    if (std::abs(factor - current) < 1e-9)
        return;
    scale(factor / current, factor / current);
    Q_EMIT zoomChanged(factor);
}

void DiagramView::setLegendVisible(bool on)
{
    m_legend = on;
    viewport()->update();
}

void DiagramView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void DiagramView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void DiagramView::zoomToFit()
{
    // Before the view is laid out its viewport has a default size of a few pixels, and a
    // fit then zooms to the minimum: the fit follows the view's size until the user zooms
    // or pans, so the first real size (and a dock resized after it) fits again.
    fitWithin(1.25);
    m_fitFollowsSize = true;
}

void DiagramView::setKeepFitted(bool on)
{
    if (on == m_keepFitted)
        return;
    m_keepFitted = on;
    if (on) {
        m_savedZoom = zoom();
        m_savedCentre = mapToScene(viewport()->rect().center());
        m_savedH = horizontalScrollBarPolicy();
        m_savedV = verticalScrollBarPolicy();
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        fitWithin(3.0);
    } else {
        setHorizontalScrollBarPolicy(m_savedH);
        setVerticalScrollBarPolicy(m_savedV);
        setZoom(m_savedZoom);
        centerOn(m_savedCentre);
    }
}

void DiagramView::resizeEvent(QResizeEvent* e)
{
    QGraphicsView::resizeEvent(e);
    if (m_keepFitted)
        fitWithin(3.0);
    else if (m_fitFollowsSize)
        zoomToFit();
}

void DiagramView::fitWithin(double maxZoom)
{
    QRectF r = m_scene->itemsBoundingRect();
    if (r.isEmpty())
        r = QRectF(0, 0, 800, 500);
    r.adjust(-40, -40, 40, 40);
    const QRectF sceneRect = r.united(m_scene->sceneRect());
    setSceneRect(sceneRect.adjusted(-2000, -2000, 2000, 2000));
    // Room for the legend (bottom-left, in pixels whatever the zoom) under the design or
    // beside it, whichever leaves the design larger: in presenter mode its large font
    // makes it twice as tall, and a wide, low canvas has room at the side, not below.
    const double legendH = m_legend ? legendHeightPx() + 8 : 0;
    const double legendW = m_legend ? legendWidthPx() : 0;
    const double vw = viewport()->width();
    const double vh = viewport()->height();
    const double below = std::min(vw / r.width(), std::max(1.0, vh - legendH) / r.height());
    const double beside = std::min(std::max(1.0, vw - legendW) / r.width(), vh / r.height());
    const bool side = beside > below;
    const double z = std::clamp(std::min({side ? beside : below, maxZoom}), kMinZoom, kMaxZoom);
    setZoom(z);
    centerOn(r.center() + (side ? QPointF(-legendW / 2 / z, 0) : QPointF(0, legendH / 2 / z)));
}

void DiagramView::drawBackground(QPainter* p, const QRectF& rect)
{
    const QPalette pal = palette();
    p->fillRect(rect, pal.color(QPalette::Base));
    if (zoom() < 0.4)
        return;
    QColor dot = pal.color(QPalette::Text);
    dot.setAlphaF(0.18f);
    p->setPen(QPen(dot, 1.5 / zoom()));
    const qreal g = DiagramScene::kGrid * 2;
    const qreal left = std::floor(rect.left() / g) * g;
    const qreal top = std::floor(rect.top() / g) * g;
    QVector<QPointF> points;
    for (qreal x = left; x < rect.right(); x += g)
        for (qreal y = top; y < rect.bottom(); y += g)
            points << QPointF(x, y);
    p->drawPoints(points.data(), static_cast<int>(points.size()));
}

int DiagramView::legendRows() const
{
    // The four load colours, the dot scale while a run is shown, the SPOF key when on.
    return 4 + (m_scene->isLive() ? 1 : 0) + (m_scene->showSpofs() ? 1 : 0);
}

QFont DiagramView::legendFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

int DiagramView::legendHeightPx() const
{
    return legendRows() * (QFontMetrics(legendFont()).height() + 4) + 16;
}

QStringList DiagramView::legendLines() const
{
    QStringList lines = {tr("idle/ok"), tr("busy ≥60%"), tr("full ≥85% (hatched)"),
                         tr("down (crossed)")};
    lines << tr("● = %1 along a link").arg(formatRps(m_scene->requestsPerDot()));
    lines << tr("dashed purple = single point of failure");
    return lines;
}

int DiagramView::legendTextWidthPx(const QFontMetrics& fm) const
{
    const QStringList lines = legendLines();
    int w = fm.horizontalAdvance(lines[4]);
    for (int i = 0; i < 4; ++i)
        w = std::max(w, fm.horizontalAdvance(lines[i]) + 22);
    if (m_scene->showSpofs())
        w = std::max(w, fm.horizontalAdvance(lines[5]));
    return w;
}

int DiagramView::legendWidthPx() const
{
    return legendTextWidthPx(QFontMetrics(legendFont())) + 28; // box padding, 8 px margin
}

void DiagramView::drawForeground(QPainter* p, const QRectF&)
{
    if (!m_legend)
        return;
    // Legend in viewport coordinates, bottom-left.
    p->save();
    p->resetTransform();
    const QPalette pal = palette();
    const QFont f = legendFont();
    p->setFont(f);
    const QFontMetrics fm(f);
    const int lh = fm.height() + 4;
    const QStringList lines = legendLines();
    const QStringList words = lines.mid(0, 4);
    const QList<QColor> colours = {load::green(), load::amber(), load::red(), load::down()};
    const QString dots = lines[4];
    const QString spof = lines[5];
    const int w = legendTextWidthPx(fm);
    const bool live = m_scene->isLive();
    const int rows = legendRows();
    QRect box(8, viewport()->height() - rows * lh - 16, w + 20, rows * lh + 8);
    QColor bg = pal.color(QPalette::Window);
    bg.setAlpha(225);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(pal.color(QPalette::Mid), 1));
    p->setBrush(bg);
    p->drawRoundedRect(box, 6, 6);
    int y = box.top() + 4;
    p->setPen(pal.color(QPalette::WindowText));
    for (int i = 0; i < words.size(); ++i) {
        p->setBrush(colours[i]);
        p->setPen(QPen(pal.color(QPalette::WindowText), 0.8));
        p->drawRect(QRect(box.left() + 8, y + lh / 2 - 5, 12, 10));
        p->drawText(QRect(box.left() + 28, y, w, lh), Qt::AlignLeft | Qt::AlignVCenter, words[i]);
        y += lh;
    }
    if (live) { // the dots only move while a run is shown
        p->drawText(QRect(box.left() + 8, y, w + 10, lh), Qt::AlignLeft | Qt::AlignVCenter, dots);
        y += lh;
    }
    if (m_scene->showSpofs())
        p->drawText(QRect(box.left() + 8, y, w + 10, lh), Qt::AlignLeft | Qt::AlignVCenter, spof);
    p->restore();
}

void DiagramView::wheelEvent(QWheelEvent* e)
{
    m_fitFollowsSize = false; // the user zooms or scrolls: keep their view
    if (e->modifiers() & Qt::ControlModifier) {
        const double steps = e->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps));
        e->accept();
        return;
    }
    QGraphicsView::wheelEvent(e);
}

void DiagramView::mousePressEvent(QMouseEvent* e)
{
    if (e->button() == Qt::MiddleButton || (e->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_fitFollowsSize = false;
        m_spaceUsed = true;
        m_panLast = e->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        e->accept();
        return;
    }
    QGraphicsView::mousePressEvent(e);
}

void DiagramView::mouseMoveEvent(QMouseEvent* e)
{
    if (m_panning) {
        const QPoint d = e->position().toPoint() - m_panLast;
        m_panLast = e->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        e->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(e);
}

void DiagramView::mouseReleaseEvent(QMouseEvent* e)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        e->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(e);
}

bool DiagramView::event(QEvent* e)
{
    // The canvas's own keys win over window shortcuts while it has focus.
    if (e->type() == QEvent::ShortcutOverride && !m_keepFitted) {
        auto* k = static_cast<QKeyEvent*>(e);
        const bool plain = (k->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && (k->key() == Qt::Key_C || k->key() == Qt::Key_Escape ||
                      ((k->key() == Qt::Key_Return || k->key() == Qt::Key_Enter) &&
                       m_scene->keyboardConnectionPending()))) {
            e->accept();
            return true;
        }
    }
    // Take Space from the window's play/pause shortcut while the canvas has focus: a tap
    // still toggles play (spaceTapped), a hold turns dragging into panning.
    if (e->type() == QEvent::ShortcutOverride) {
        auto* k = static_cast<QKeyEvent*>(e);
        if (k->key() == Qt::Key_Space && k->modifiers() == Qt::NoModifier) {
            e->accept();
            return true;
        }
    }
    // Items paint with the scene's palette: keep it the view's, so a canvas moved into
    // presenter mode's black window draws light links on the dark background.
    if (e->type() == QEvent::PaletteChange && m_scene) {
        QPalette pal = palette();
        pal.setResolveMask(~QPalette::ResolveMask(0)); // inherited roles count as set
        m_scene->setPalette(pal);
    }
    return QGraphicsView::event(e);
}

void DiagramView::keyPressEvent(QKeyEvent* e)
{
    if (e->key() == Qt::Key_Space && e->modifiers() == Qt::NoModifier) {
        if (!e->isAutoRepeat()) {
            m_spaceHeld = true;
            m_spaceUsed = false;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        e->accept();
        return;
    }
    if (handleCanvasKey(e)) {
        e->accept();
        return;
    }
    QGraphicsView::keyPressEvent(e);
}

bool DiagramView::handleCanvasKey(QKeyEvent* e)
{
    // In presenter mode the canvas is a display: its window's keys (arrows, Esc) win.
    if (m_keepFitted)
        return false;
    const Qt::KeyboardModifiers mods = e->modifiers() & ~Qt::KeypadModifier;
    int dx = 0, dy = 0;
    switch (e->key()) {
    case Qt::Key_Left:
        dx = -1;
        break;
    case Qt::Key_Right:
        dx = 1;
        break;
    case Qt::Key_Up:
        dy = -1;
        break;
    case Qt::Key_Down:
        dy = 1;
        break;
    default:
        break;
    }
    if (dx != 0 || dy != 0) {
        if (mods == Qt::NoModifier) {
            m_scene->selectNeighbour(dx, dy); // nothing that way: the selection stays
            return true;
        }
        if (mods == Qt::ShiftModifier && !m_scene->keyboardConnectionPending())
            return m_scene->moveSelectionBy(dx, dy);
        return false;
    }
    if (mods != Qt::NoModifier)
        return false;
    switch (e->key()) {
    case Qt::Key_C:
        if (!m_scene->keyboardConnectionPending())
            m_scene->beginKeyboardConnection();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_scene->keyboardConnectionPending()) {
            m_scene->finishKeyboardConnection();
            return true;
        }
        if (const QString id = m_scene->currentComponentId(); !id.isEmpty()) {
            Q_EMIT componentActivated(id);
            return true;
        }
        return false;
    case Qt::Key_Escape:
        if (m_scene->keyboardConnectionPending()) {
            m_scene->cancelKeyboardConnection();
            Q_EMIT m_scene->statusMessage(tr("Connection cancelled."));
            return true;
        }
        if (!m_scene->selectedItems().isEmpty()) {
            m_scene->clearSelection();
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool DiagramView::focusNextPrevChild(bool next)
{
    // Tab walks the components, then the connections; past the last the focus moves on.
    if (hasFocus() && !m_keepFitted && m_scene->selectInOrder(next))
        return true;
    return QGraphicsView::focusNextPrevChild(next);
}

void DiagramView::keyReleaseEvent(QKeyEvent* e)
{
    if (e->key() == Qt::Key_Space && !e->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        if (!m_spaceUsed)
            Q_EMIT spaceTapped();
        e->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(e);
}

void DiagramView::dragEnterEvent(QDragEnterEvent* e)
{
    if (e->mimeData()->hasFormat(QLatin1String(kKindMime)))
        e->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(e);
}

void DiagramView::dragMoveEvent(QDragMoveEvent* e)
{
    if (e->mimeData()->hasFormat(QLatin1String(kKindMime)))
        e->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(e);
}

void DiagramView::dropEvent(QDropEvent* e)
{
    if (!e->mimeData()->hasFormat(QLatin1String(kKindMime))) {
        QGraphicsView::dropEvent(e);
        return;
    }
    const QString kind = QString::fromUtf8(e->mimeData()->data(QLatin1String(kKindMime)));
    const QPointF at = mapToScene(e->position().toPoint());
    if (m_scene->addComponentAt(kind, at).isEmpty())
        Q_EMIT m_scene->statusMessage(tr("Unknown component kind \"%1\".").arg(kind));
    e->acceptProposedAction();
    setFocus();
}

} // namespace scalelab::ui
