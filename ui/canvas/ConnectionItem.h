// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/LiveFrame.h"

#include <QGraphicsItem>
#include <QPainterPath>

#include <optional>

namespace scalelab::ui {

class DiagramScene;

/// A directed connection between two components, drawn between their item boxes.
/// Live traffic: the line thickens with req/s (log scale) and dots travel along it,
/// one dot per DiagramScene::requestsPerDot() req/s; errors add a red dashed line and
/// their rate as a label.
class ConnectionItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    ConnectionItem(DiagramScene* scene, const QString& from, const QString& to);

    int type() const override { return Type; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }

    /// Recomputes the path from the current item positions.
    void updatePath();
    void setLive(const std::optional<LinkLive>& live);
    const std::optional<LinkLive>& live() const { return m_live; }
    /// Line width in scene units for a traffic rate.
    static qreal widthForRps(double rps);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    DiagramScene* m_scene;
    QString m_from, m_to;
    QLineF m_line;
    std::optional<LinkLive> m_live;
};

} // namespace scalelab::ui
