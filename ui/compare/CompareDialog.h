// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Compare.h"
#include "model/Scenario.h"

#include <QDialog>
#include <QElapsedTimer>

#include <atomic>
#include <thread>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace scalelab::ui {

class CompareChartBox;

/// Run > Compare with...: runs the current design (A) and a second one (B: a one-change
/// variant of A, or another scenario file) over N seeds under A's workload, timeline and
/// run settings, and shows the overlay charts (median lines, 10-90% seed bands) and a
/// table of mean ± 95% confidence interval (Student's t) per design and of the paired
/// difference B - A. It never names a winner; it says where the intervals overlap.
///
/// Threading: core::runCompare runs on one std::thread owned by the dialog (it starts
/// the core's worker pool); progress and the result come back through queued calls.
/// cancel() sets the flag the simulations poll (they stop within milliseconds);
/// closing or destroying the dialog cancels and joins before returning.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    /// Keeps its own copy of `scenario` (design A).
    explicit CompareDialog(const core::Scenario& scenario, QWidget* parent = nullptr);
    ~CompareDialog() override;

    /// Chooses B: "cache", "web", "replica" (false when not applicable to A).
    bool setVariant(const QString& id);
    /// Chooses B from a file; false with the loader's message (file: field: expected).
    bool setOtherFile(const QString& path, QString* error = nullptr);
    /// Chooses B directly (a lesson's other design); with `ownTimeline` B keeps its own
    /// timeline (CompareSpec::bOwnTimeline). `what` says where B comes from.
    void setDesignB(const core::Scenario& b, bool ownTimeline, const QString& what);
    void setSeeds(int seeds);
    int seeds() const;

    bool start();
    void cancel();
    bool isRunning() const { return m_running; }

    const core::CompareResult& result() const { return m_result; }
    const core::Scenario& designB() const { return m_b; }
    QTableWidget* table() const { return m_table; }
    CompareChartBox* chartBox() const { return m_charts; }
    QString statusText() const;
    QString overlapText() const;

    /// core::compareCsv of the last result, written atomically.
    bool saveCsv(const QString& path, QString* error = nullptr);
    /// The overlay chart as PNG, or SVG when `path` ends in ".svg".
    bool saveChart(const QString& path, QString* error = nullptr);

    enum Column { ColMetric, ColA, ColB, ColDiff, ColOverlap, ColumnCount };

Q_SIGNALS:
    /// On the GUI thread when a comparison ends (finished, cancelled or failed).
    void compareFinished();

public Q_SLOTS:
    void done(int r) override;

private:
    void buildUi();
    void onChoiceChanged();
    void chooseFile();
    void setRunning(bool on);
    void onFinished(const core::CompareResult& result);
    void fillTable();
    void stopAndJoin();
    void chooseCsvFile();
    void chooseChartFile();

    core::Scenario m_a;
    core::Scenario m_b;
    bool m_haveB = false;
    bool m_bOwnTimeline = false;
    core::CompareResult m_result;
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    int m_generation = 0;
    QElapsedTimer m_clock;

    QComboBox* m_choice = nullptr;
    QLabel* m_bLabel = nullptr;
    QSpinBox* m_seeds = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_saveCsv = nullptr;
    QPushButton* m_saveChart = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_overlap = nullptr;
    QTableWidget* m_table = nullptr;
    CompareChartBox* m_charts = nullptr;
};

} // namespace scalelab::ui
