// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/LiveFrame.h"

#include <QGraphicsItem>
#include <QString>

#include <optional>

namespace scalelab::ui {

class DiagramScene;

/// One component on the canvas. It holds only its id and reads the Document (through
/// its scene) to paint; the scene calls sync() when the document changes and setLive()
/// with each run frame. While the user drags it, Qt moves it; the scene turns the
/// release into a move command, after which the position comes from the document again.
class ComponentItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };
    static constexpr qreal kWidth = 164;
    static constexpr qreal kHeight = 78;

    ComponentItem(DiagramScene* scene, const QString& id);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    QString kind() const { return m_kind; }
    bool isDatacenter() const { return m_kind == QLatin1String("datacenter"); }

    /// Re-reads position, name and kind from the document.
    virtual void sync();
    void setLive(const std::optional<ComponentLive>& live);
    const std::optional<ComponentLive>& live() const { return m_live; }
    void setSpof(bool spof);
    bool isSpof() const { return m_spof; }

    /// Scene rectangle of the box (without the handle).
    QRectF sceneBox() const { return mapRectToScene(boxRect()); }
    virtual QRectF boxRect() const { return {0, 0, kWidth, kHeight}; }
    /// The connection handle: drag from it to another component to connect.
    QRectF handleRect() const;
    /// False for kinds that connect to nothing (no handle is drawn).
    bool hasHandle() const;

    QRectF boundingRect() const override;
    /// How much larger than normal the box draws its text: 1 unless the scene asks for a
    /// minimum on-screen label size (presenter mode) that the view's zoom would not give,
    /// at most kMaxTextScale (the name and the metric line must fit the box's height).
    qreal textScale() const;
    static constexpr qreal kMaxTextScale = 2.8;
    /// The pixel size (scene units) of the smallest text the box draws now; times the
    /// view's zoom it is the size on screen.
    virtual qreal smallestTextPx() const;
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /// What a screen reader says of it (canvas/CanvasAccessible.cpp): the name, and the
    /// kind, role, state, load and links as text ("Web server; running; load 72%; ...").
    QString accessibleName() const;
    QString accessibleDescription() const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* e) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* e) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* e) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* e) override;

    DiagramScene* diagram() const { return m_scene; }
    void paintIcon(QPainter* p, const QRectF& r) const;

private:
    /// `scale` is textScale(), worked out once per paint.
    void paintLive(QPainter* p, const QRectF& box, const QColor& text, qreal scale) const;
    /// The kind, and a database's role (in the design or as the run changed it).
    QString subtitle() const;

    DiagramScene* m_scene;
    QString m_id;
    QString m_kind;
    std::optional<ComponentLive> m_live;
    bool m_spof = false;
    bool m_connecting = false;
};

/// A data center: a group box around its members. Its size follows its members (at
/// least kMinSize); dropping or moving a component inside it makes it a member.
class DatacenterItem : public ComponentItem
{
public:
    static constexpr qreal kMinWidth = 380;
    static constexpr qreal kMinHeight = 240;

    DatacenterItem(DiagramScene* scene, const QString& id);
    void sync() override;
    QRectF boxRect() const override { return m_box; }
    QRectF boundingRect() const override;
    /// Only the title bar and the frame catch the mouse, so the inside stays canvas.
    QPainterPath shape() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    qreal smallestTextPx() const override; ///< its title, the only text it draws

private:
    QFont titleFont() const;
    QRectF m_box{0, 0, kMinWidth, kMinHeight};
};

} // namespace scalelab::ui
