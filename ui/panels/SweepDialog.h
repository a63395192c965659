// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Sweep.h"
#include "model/Scenario.h"

#include <QDialog>
#include <QElapsedTimer>

#include <atomic>
#include <thread>

class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace scalelab::ui {

/// "Capacity sweep": runs a copy of a scenario at several loads (users, request rate or
/// any numeric component parameter) with core::runSweep and shows where it stops
/// keeping up: a table with the knee row marked, a chart (offered load on a log axis
/// against latency, throughput and error rate, the knee as a dashed line), the knee
/// reason, and CSV/PNG/SVG export.
///
/// Threading: the sweep runs on one std::thread owned by the dialog (which starts the
/// core's worker pool); progress and the result reach the GUI thread through queued
/// calls, so the window stays responsive. cancel() sets the flag the core polls;
/// closing or destroying the dialog cancels and joins the thread before returning.
class SweepDialog : public QDialog
{
    Q_OBJECT
public:
    /// The dialog keeps its own copy of `scenario`; later document edits do not reach it.
    explicit SweepDialog(const core::Scenario& scenario, QWidget* parent = nullptr);
    ~SweepDialog() override;

    /// Index of the "what to vary" combo: 0 users, 1 request rate, then one entry per
    /// numeric parameter of each component (in component order).
    void setAxisIndex(int index);
    /// Index of the entry for component `componentId`'s parameter `key`, or -1.
    int axisIndexFor(const QString& componentId, const QString& key) const;
    void setValuesText(const QString& text);
    QString valuesText() const;
    void setJobs(int jobs);
    /// Simulated seconds per point (the scenario's run.durationS by default).
    void setDurationS(double seconds);

    /// The sweep the current fields describe. Returns false with a translated message
    /// naming the field and what was expected when they are not valid.
    bool buildSpec(core::SweepSpec& spec, QString* error) const;
    /// The scenario each point starts from (duration applied, swept parameter explicit).
    core::Scenario baseScenario() const;

    /// Starts the sweep; false (and the message shown) when the fields are invalid or a
    /// sweep is already running.
    bool start();
    /// Asks a running sweep to stop; the result then has cancelled = true.
    void cancel();
    bool isRunning() const { return m_running; }

    /// The last finished sweep and the spec it ran with.
    const core::SweepResult& result() const { return m_result; }
    const core::SweepSpec& resultSpec() const { return m_resultSpec; }
    QTableWidget* table() const { return m_table; }
    QWidget* chartWidget() const { return m_chartBox; }
    QString kneeText() const;
    QString statusText() const;

    /// Writes core::sweepCsv of the last result atomically (QSaveFile).
    bool saveCsv(const QString& path, QString* error = nullptr);
    /// Writes the chart as PNG, or SVG when `path` ends in ".svg".
    bool saveChart(const QString& path, QString* error = nullptr);

    /// Table columns; cells hold the exact number in Qt::UserRole.
    enum Column
    {
        ColValue,
        ColOffered,
        ColThroughput,
        ColP50,
        ColP99,
        ColErrors,
        ColNote,
        ColumnCount
    };

Q_SIGNALS:
    /// Emitted on the GUI thread when a sweep ends (finished, cancelled or failed).
    void sweepFinished();

public Q_SLOTS:
    void done(int r) override;

private:
    void buildUi();
    void fillAxisCombo();
    void onAxisChanged();
    void validateFields();
    void setRunning(bool on);
    void onProgress(int done, int total);
    void onFinished(const core::SweepResult& result);
    void fillTable();
    void fillChart();
    void stopAndJoin();
    void chooseCsvFile();
    void chooseChartFile();
    QString axisTitle(const core::SweepSpec& spec) const;

    core::Scenario m_scenario;
    core::SweepSpec m_resultSpec;
    core::SweepResult m_result;
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    int m_generation = 0; ///< bumps per start; stale queued calls are ignored
    QElapsedTimer m_clock;

    QComboBox* m_axis = nullptr;
    QLineEdit* m_values = nullptr;
    QSpinBox* m_jobs = nullptr;
    QDoubleSpinBox* m_duration = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_saveCsv = nullptr;
    QPushButton* m_saveChart = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QWidget* m_chartBox = nullptr;
    QChartView* m_latencyView = nullptr;
    QChartView* m_throughputView = nullptr;
    QLabel* m_knee = nullptr;
};

} // namespace scalelab::ui
