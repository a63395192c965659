// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

class QChartView;
class QComboBox;
class QGridLayout;

namespace scalelab::ui {

class ChartBook;
class RunController;

/// The live charts of a run (see ChartBook), laid out as a grid that reflows to the
/// panel's width (one column when narrow) inside a scroll area. Reads the controller's
/// bounded history and redraws at most once per published frame, only when samples or
/// events arrived. A combo box picks the component of the queue/utilization chart.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    ChartsPanel(RunController* controller, QWidget* parent = nullptr);
    ~ChartsPanel() override;

    ChartBook* book() const { return m_book; }
    /// Redraws now from the controller's history (normally done per frame).
    void refresh();
    /// Number of redraws so far (responsiveness measurements).
    int redrawCount() const { return m_redraws; }

public Q_SLOTS:
    /// Shows `id` in the queue/utilization chart (the canvas selection calls this).
    void showComponent(const QString& id);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onFrame();
    void fillComponents();
    void reflow();

    RunController* m_controller;
    ChartBook* m_book;
    QComboBox* m_component;
    QGridLayout* m_grid;
    std::vector<QChartView*> m_views;
    int m_columns = 0;
    int m_redraws = 0;
    bool m_dirty = false;
};

} // namespace scalelab::ui
