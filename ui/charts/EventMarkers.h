// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartPalette.h"
#include "sim/Observer.h"

#include <QGraphicsObject>

#include <vector>

class QChart;
class QValueAxis;

namespace scalelab::ui {

/// Vertical lines with short labels over a chart's plot area, one per SimEvent
/// (failures, failovers, health checks, autoscaling, alerts, live changes).
/// Colour and dash pattern follow the severity (ChartPalette). Labels are staggered
/// over three rows; a label that would overlap another is left out and the line keeps
/// its full text as a tooltip. A child item of the chart, so it is drawn in exports too.
class EventMarkers : public QGraphicsObject
{
    Q_OBJECT
public:
    /// `chart` owns this item; `timeAxis` is the chart's horizontal axis in seconds.
    EventMarkers(QChart* chart, QValueAxis* timeAxis);

    void setEvents(const std::vector<core::SimEvent>& events);
    void setPalette(const ChartPalette& palette);
    /// Number of markers drawn / labels drawn by the last paint (tests, layout checks).
    int lastDrawnMarkers() const { return m_drawn; }
    int lastDrawnLabels() const { return m_labelled; }
    /// Index of the first event whose short name is `name`, or -1.
    int find(const QString& shortName) const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    double xFor(double tS) const;
    QChart* m_chart;
    QValueAxis* m_axis;
    std::vector<core::SimEvent> m_events;
    std::vector<QString> m_names;
    ChartPalette m_palette;
    int m_drawn = 0;
    int m_labelled = 0;
};

} // namespace scalelab::ui
