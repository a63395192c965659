// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/CanvasAccessible.h"

#include "canvas/ComponentItem.h"
#include "canvas/ConnectionItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/Units.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QPointer>

#include <map>
#include <tuple>
#include <vector>

namespace scalelab::ui {

namespace {

/// A child of the canvas: a component (to empty) or a connection (from -> to).
struct ItemKey
{
    QString from, to;
    bool isConnection() const { return !to.isEmpty(); }
    bool operator<(const ItemKey& o) const { return std::tie(from, to) < std::tie(o.from, o.to); }
    bool operator==(const ItemKey& o) const { return from == o.from && to == o.to; }
};

/// The children in order: components as in the document, then connections.
std::vector<ItemKey> canvasChildren(const DiagramView* view)
{
    std::vector<ItemKey> out;
    if (!view || !view->diagram())
        return out;
    for (auto& [from, to] : view->diagram()->keyboardOrder())
        out.push_back({from, to});
    return out;
}

class CanvasItemAccessible : public QAccessibleInterface
{
public:
    CanvasItemAccessible(DiagramView* view, ItemKey key) : m_view(view), m_key(std::move(key)) {}

    bool isValid() const override { return graphicsItem() != nullptr; }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    void setText(QAccessible::Text, const QString&) override {}
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const DiagramScene* scene = m_view->diagram();
        if (!m_key.isConnection()) {
            const ComponentItem* item = scene->componentItem(m_key.from);
            if (t == QAccessible::Name)
                return item->accessibleName();
            if (t == QAccessible::Description)
                return item->accessibleDescription();
            return {};
        }
        const ComponentItem* a = scene->componentItem(m_key.from);
        const ComponentItem* b = scene->componentItem(m_key.to);
        if (t == QAccessible::Name)
            return QObject::tr("%1 to %2")
                .arg(a ? a->accessibleName() : m_key.from, b ? b->accessibleName() : m_key.to);
        if (t == QAccessible::Description) {
            const ConnectionItem* link = scene->connectionItem(m_key.from, m_key.to);
            if (!link->live())
                return QObject::tr("connection; not running");
            QString d = QObject::tr("connection; %1").arg(formatRps(link->live()->rps));
            if (link->live()->errorsRps > 0)
                d += QStringLiteral("; ") +
                     QObject::tr("%1 errors/s").arg(shortNumber(link->live()->errorsRps));
            return d;
        }
        return {};
    }

    QRect rect() const override
    {
        const QGraphicsItem* item = graphicsItem();
        if (!item)
            return {};
        const QRectF scene = m_key.isConnection()
                                 ? item->sceneBoundingRect()
                                 : static_cast<const ComponentItem*>(item)->sceneBox();
        const QRect inView = m_view->mapFromScene(scene).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(inView.topLeft()), inView.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        const QGraphicsItem* item = graphicsItem();
        if (!item) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.selected = item->isSelected();
        s.focusable = !m_key.isConnection();
        s.focused =
            m_view->hasFocus() && m_view->diagram()->focusItem() == item && item->isSelected();
        const QRect visible = m_view->viewport()->rect();
        s.offscreen =
            !visible.intersects(m_view->mapFromScene(item->sceneBoundingRect()).boundingRect());
        return s;
    }

private:
    const QGraphicsItem* graphicsItem() const
    {
        if (!m_view || !m_view->diagram())
            return nullptr;
        const DiagramScene* scene = m_view->diagram();
        if (m_key.isConnection())
            return scene->connectionItem(m_key.from, m_key.to);
        return scene->componentItem(m_key.from);
    }

    QPointer<DiagramView> m_view;
    ItemKey m_key;
};

class CanvasAccessible : public QAccessibleWidget
{
public:
    explicit CanvasAccessible(DiagramView* view) : QAccessibleWidget(view, QAccessible::Canvas) {}
    ~CanvasAccessible() override
    {
        for (const auto& [key, id] : m_ids)
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return static_cast<int>(canvasChildren(view()).size()); }

    QAccessibleInterface* child(int index) const override
    {
        const std::vector<ItemKey> keys = canvasChildren(view());
        if (index < 0 || index >= static_cast<int>(keys.size()))
            return nullptr;
        return interfaceFor(keys[static_cast<std::size_t>(index)]);
    }

    int indexOfChild(const QAccessibleInterface* child) const override
    {
        if (!child)
            return -1;
        const std::vector<ItemKey> keys = canvasChildren(view());
        for (std::size_t i = 0; i < keys.size(); ++i) {
            auto it = m_ids.find(keys[i]);
            if (it != m_ids.end() && QAccessible::accessibleInterface(it->second) == child)
                return static_cast<int>(i);
        }
        return -1;
    }

    QAccessibleInterface* childAt(int x, int y) const override
    {
        // Components only (the first children), the topmost first.
        for (int i = componentCount() - 1; i >= 0; --i)
            if (QAccessibleInterface* c = child(i); c && c->rect().contains(x, y))
                return c;
        return nullptr;
    }

private:
    DiagramView* view() const { return static_cast<DiagramView*>(widget()); }

    int componentCount() const
    {
        const DiagramView* v = view();
        return v && v->diagram() ? v->diagram()->componentItemCount() : 0;
    }

    QAccessibleInterface* interfaceFor(const ItemKey& key) const
    {
        auto it = m_ids.find(key);
        if (it != m_ids.end())
            if (QAccessibleInterface* existing = QAccessible::accessibleInterface(it->second))
                return existing;
        auto* iface = new CanvasItemAccessible(view(), key);
        m_ids[key] = QAccessible::registerAccessibleInterface(iface);
        return iface;
    }

    mutable std::map<ItemKey, QAccessible::Id> m_ids;
};

QAccessibleInterface* canvasFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String(DiagramView::staticMetaObject.className()))
        if (auto* view = qobject_cast<DiagramView*>(object))
            return new CanvasAccessible(view);
    return nullptr;
}

} // namespace

void installCanvasAccessibility()
{
    static bool done = false;
    if (!done) {
        done = true;
        QAccessible::installFactory(canvasFactory);
    }
}

} // namespace scalelab::ui
