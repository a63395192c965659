// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Document.h"
#include "run/LiveFrame.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QPointer>
#include <QTimer>

#include <map>
#include <set>
#include <vector>

class QUndoStack;
class QGraphicsLineItem;

namespace scalelab::ui {

class ComponentItem;
class ConnectionItem;

/// The diagram of a Document. Keeps one item per component and per connection, keyed
/// by id, and keeps them in step with the document's signals. Gestures on the items
/// (drop, move, connect, delete) become undo commands pushed on `undoStack`; items are
/// never edited directly. Neither the document nor the stack is owned.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    static constexpr qreal kGrid = 20;

    DiagramScene(Document* document, QUndoStack* undoStack, QObject* parent = nullptr);
    ~DiagramScene() override;

    Document* document() const { return m_doc; }
    QUndoStack* undoStack() const { return m_stack; }

    ComponentItem* componentItem(const QString& id) const;
    ConnectionItem* connectionItem(const QString& from, const QString& to) const;
    int componentItemCount() const { return static_cast<int>(m_components.size()); }
    int connectionItemCount() const { return static_cast<int>(m_connections.size()); }

    QStringList selectedComponentIds() const;
    std::vector<std::pair<QString, QString>> selectedConnections() const;
    void selectComponents(const QStringList& ids);

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    QPointF snap(QPointF p) const;

    // --- Gestures (each pushes one command) ---
    /// Adds a component of `kind` centred near `scenePos` (inside a data center when
    /// dropped on one). Returns its id, or empty when the kind is unknown.
    QString addComponentAt(const QString& kind, QPointF scenePos);
    /// Connects two components, or returns false with the one-line reason.
    bool connectComponents(const QString& from, const QString& to, QString* reason = nullptr);
    void deleteSelection();
    /// The data center whose box contains `scenePos` (not `exclude`), or empty.
    QString datacenterAt(QPointF scenePos, const QString& exclude = {}) const;

    // --- Keyboard gestures (DiagramView maps keys to them; docs/user-guide.md) ---
    /// The component the keyboard acts on: the focus item when selected, else the first
    /// selected component in document order; empty when nothing is selected.
    QString currentComponentId() const;
    /// Selects (only) the component nearest to the current one in the direction
    /// (dx, dy) (each -1, 0 or 1), or the first component in document order when none is
    /// current. While a keyboard connection is pending its source is skipped. Returns the
    /// newly current id; empty (and nothing changes) when there is none that way.
    QString selectNeighbour(int dx, int dy);
    /// Tab order: components in document order, then connections (not while a keyboard
    /// connection is pending: components only). Selects (only) the next or previous one
    /// after the current; false when the order ends (the focus then leaves the canvas).
    bool selectInOrder(bool next);
    /// The keyboard order of items (also the canvas's accessible children): component
    /// ids, then connections as (from, to).
    std::vector<std::pair<QString, QString>> keyboardOrder() const;
    /// Moves the selected components by (dx, dy) grid steps as one move command (data
    /// center membership follows, as for a drag). False when nothing is selected.
    bool moveSelectionBy(int dx, int dy);
    /// Starts connecting from the current component: the arrow keys then choose the target
    /// (selectNeighbour), finishKeyboardConnection() connects, cancel drops it. False (with
    /// a status message) when no single component is current or it connects to nothing.
    bool beginKeyboardConnection();
    bool keyboardConnectionPending() const { return m_keyboardConnect; }
    QString keyboardConnectionSource() const
    {
        return m_keyboardConnect ? m_connectFrom : QString();
    }
    /// Connects the source to the current component (or says why not). Ends the gesture.
    bool finishKeyboardConnection();
    void cancelKeyboardConnection();

    // --- Presenter ---
    /// The smallest on-screen size, in pixels, of any text a component box draws (0 = no
    /// minimum). Presenter mode sets it so labels read from the back of a classroom: the
    /// boxes then draw fewer words (name and key metric), larger. Repaints the items.
    void setMinLabelPx(qreal px);
    qreal minLabelPx() const { return m_minLabelPx; }

    // --- Analysis overlays and live state ---
    void setShowSpofs(bool on);
    bool showSpofs() const { return m_showSpofs; }
    void applyFrame(const LiveFrame& frame);
    void clearLive();
    /// Requests per second that one moving dot stands for (a power of ten).
    double requestsPerDot() const { return m_requestsPerDot; }
    double animationPhaseS() const { return m_phaseS; }
    /// True between the first run frame and clearLive().
    bool isLive() const { return m_live; }
    /// The run promoted this replica to primary (a "promoted" event); its label then
    /// says so until clearLive(), instead of the role in the design.
    void markPromoted(const QString& id);
    bool isPromoted(const QString& id) const { return m_promoted.count(id) > 0; }
    /// The run replaced this primary (the "promoted" event's component2): it rejoins as a
    /// replica when it is back, and its label says so until clearLive().
    void markDemoted(const QString& id);
    bool isDemoted(const QString& id) const { return m_demoted.count(id) > 0; }

    // --- Called by items ---
    void beginConnection(const QString& from, QPointF scenePos);
    void updateConnection(QPointF scenePos);
    void finishConnection(QPointF scenePos);
    void beginDrag();
    void endDrag();
    bool isDragging() const { return m_dragging; }
    void itemMoved(ComponentItem* item);

Q_SIGNALS:
    /// A one-line message for the status bar (refused connection, paste error...).
    void statusMessage(const QString& text);
    void componentContextMenuRequested(const QString& id, const QPoint& screenPos);
    void connectionContextMenuRequested(const QString& from, const QString& to,
                                        const QPoint& screenPos);
    void backgroundContextMenuRequested(const QPointF& scenePos, const QPoint& screenPos);
    /// The keyboard made item `index` of keyboardOrder() the current one (for the screen
    /// reader's focus).
    void keyboardCurrentChanged(int index);

protected:
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* e) override;

private:
    void rebuild();
    void addComponentItem(const QString& id);
    void removeComponentItem(const QString& id);
    void onComponentChanged(const QString& id);
    void addConnectionItem(const QString& from, const QString& to);
    void removeConnectionItem(const QString& from, const QString& to);
    void updateConnectionsOf(const QString& id);
    void refreshDatacenters();
    void refreshSpofs();
    ComponentItem* componentAt(QPointF scenePos, const QString& exclude) const;
    void makeCurrent(QGraphicsItem* item);
    void dropRubberLine();

    Document* m_doc;
    QUndoStack* m_stack;
    std::map<QString, ComponentItem*> m_components;
    std::map<std::pair<QString, QString>, ConnectionItem*> m_connections;
    qreal m_minLabelPx = 0;
    bool m_snap = true;
    bool m_showSpofs = false;
    bool m_dragging = false;
    bool m_keyboardConnect = false;
    QString m_connectFrom;
    QGraphicsLineItem* m_rubberLine = nullptr;
    double m_requestsPerDot = 1.0;
    double m_phaseS = 0.0;
    QTimer m_animation;
    QElapsedTimer m_clock;
    bool m_live = false;
    std::set<QString> m_promoted, m_demoted;
};

} // namespace scalelab::ui
