// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>
#include <QSize>
#include <QString>

class QGraphicsScene;
class QPainter;

namespace scalelab::ui {

/// The diagram's items with a margin, in scene coordinates (a small default rectangle
/// when the scene is empty).
QRectF diagramBounds(QGraphicsScene* scene);

/// Paints the whole diagram into `target`, keeping its aspect ratio and centring it,
/// over a filled `background`. Selection highlights are not drawn. Works without a
/// view or window (offscreen platform); the GUI's DiagramScene and the CLI's use it.
void paintDiagram(QGraphicsScene* scene, QPainter* painter, const QRectF& target,
                  const QColor& background);

/// Writes the diagram to `path`: .png (raster, `size` pixels), .svg (vector, viewBox of
/// `size`) or .pdf (vector, one A4 landscape page). Returns false with `error` set
/// (naming the file) when the file cannot be written or the suffix is unknown.
bool exportDiagram(QGraphicsScene* scene, const QString& path, QSize size, QString* error,
                   const QColor& background = Qt::white);

} // namespace scalelab::ui
