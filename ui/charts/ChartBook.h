// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartPalette.h"
#include "sim/Observer.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QChart;
class QLineSeries;
class QPainter;
class QValueAxis;

namespace scalelab::ui {

class EventMarkers;

/// The run's charts, independent of any widget: latency percentiles, traffic and
/// errors by cause, cache/CDN hit rate, one component's queue and utilization,
/// replication lag and availability. Every chart has a time axis in simulated seconds
/// with EventMarkers. Used by ChartsPanel (on screen) and the exporters (off screen).
///
/// Ownership: the book creates the QCharts. A chart handed to a QChartView belongs to
/// the view; charts never handed out are deleted with the book (render() puts them in
/// a private scene for drawing).
class ChartBook : public QObject
{
    Q_OBJECT
public:
    enum ChartId
    {
        Latency,
        Traffic,
        Cache,
        Component,
        Replication,
        Availability,
        ChartCount
    };

    explicit ChartBook(QObject* parent = nullptr);
    ~ChartBook() override;

    QChart* chart(int id) const;
    EventMarkers* markers(int id) const;
    /// A series by its legend name within a chart (tests), or nullptr.
    QLineSeries* series(int id, const QString& name) const;
    static QString chartName(int id); ///< translated short name, e.g. "Latency"
    static QString fileStem(int id);  ///< "latency", "traffic", ... for export file names

    /// Replaces every series from a run's history (at most `maxDisplayPoints` per
    /// series: older spans are reduced by max for latency/queues/lag, mean for rates,
    /// min for availability, so peaks stay visible).
    void setData(const std::vector<core::Sample>& samples,
                 const std::vector<core::SimEvent>& events);
    void clear();
    /// Chooses the component of the queue/utilization chart; `name` is shown in the title.
    /// Takes effect at the next setData().
    void setComponent(const QString& id, const QString& name);
    QString component() const { return m_componentId; }
    void setPalette(const ChartPalette& palette);
    const ChartPalette& palette() const { return m_palette; }
    /// A palette matching the application's (dark when the window colour is dark).
    static ChartPalette applicationPalette();

    /// A labelled horizontal line across chart `id` at `value` (in the chart's y units),
    /// kept over setData() and clear() until clearGuides(); the y range grows to show it.
    /// The lesson reveal draws the learner's guess and the measured value this way.
    /// Returns the line's series (its name is `label`).
    QLineSeries* addGuide(int id, double value, const QString& label, bool measured = false);
    void clearGuides();
    /// The guides of chart `id` (tests).
    std::vector<QLineSeries*> guides(int id) const;

    /// Draws chart `id` into `target` at that size (the chart is resized to fit).
    void render(int id, QPainter* painter, const QRectF& target);

    int maxDisplayPoints = 1200;
    /// Display name of a component id (titles); the id itself when unset.
    std::function<QString(const QString& id)> nameOf;

private:
    struct Parts;
    void build();
    void applyPalette();
    std::unique_ptr<Parts> p;
    ChartPalette m_palette;
    QString m_componentId, m_componentName;
};

} // namespace scalelab::ui
