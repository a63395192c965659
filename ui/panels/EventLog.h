// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/Observer.h"

#include <QWidget>

class QTreeWidget;

namespace scalelab::ui {

class RunController;

/// The live event log of a run: one row per SimEvent (simulated time, what, where),
/// newest at the bottom, marked by severity with a word and the chart marker colour.
/// Keeps at most kMaxRows rows (the oldest go first); clears when the run is reset.
class EventLog : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxRows = 2000;

    explicit EventLog(RunController* controller, QWidget* parent = nullptr);
    int rowCount() const;
    /// The text of row `row`, columns joined by tabs (tests).
    QString rowText(int row) const;

public Q_SLOTS:
    void addEvent(const scalelab::core::SimEvent& event);
    void clear();

private:
    QTreeWidget* m_tree;
};

} // namespace scalelab::ui
