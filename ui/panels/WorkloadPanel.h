// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Document.h"

#include <QWidget>

class QUndoStack;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace scalelab::ui {

class LogSlider;

/// The inspector page shown when nothing is selected: the workload (open or closed, rate
/// or users on a log slider from 1 to 10,000,000, request mix, key skew), a helper that
/// turns daily active users x requests per user per day x peak ratio into req/s, the
/// network latencies and the run settings. Every edit is one command (slider drags merge).
class WorkloadPanel : public QWidget
{
    Q_OBJECT
public:
    WorkloadPanel(Document* document, QUndoStack* undoStack, QWidget* parent = nullptr);

    /// Peak requests per second from daily active users, requests per user per day and
    /// the peak-to-average ratio: dau x perUser / 86400 x peak.
    static double peakRps(double dailyActiveUsers, double requestsPerUserPerDay, double peakRatio);

    QDoubleSpinBox* rateEditor() const { return m_rate; }
    QDoubleSpinBox* usersEditor() const { return m_users; }
    LogSlider* rateSlider() const { return m_rateSlider; }

Q_SIGNALS:
    /// The user changed the workload (already pushed as a command); the window applies
    /// rate, users and mix to a running simulation.
    void workloadEdited(const scalelab::core::Workload& workload);

private:
    void refresh();
    /// `mergeKey` non-empty only within one slider drag (commands/Gesture.h).
    void pushWorkload(const core::Workload& w, const QString& mergeKey);
    void updateHelper();

    Document* m_doc;
    QUndoStack* m_stack;
    QLineEdit* m_scenarioName;
    QComboBox* m_mode;
    QDoubleSpinBox* m_rate;
    LogSlider* m_rateSlider;
    QDoubleSpinBox* m_users;
    LogSlider* m_usersSlider;
    QDoubleSpinBox* m_think;
    QDoubleSpinBox* m_read;
    QDoubleSpinBox* m_write;
    QDoubleSpinBox* m_static;
    QDoubleSpinBox* m_job;
    QDoubleSpinBox* m_zipf;
    QDoubleSpinBox* m_timeout;
    QDoubleSpinBox* m_retries;
    QDoubleSpinBox* m_backoff;
    QDoubleSpinBox* m_backoffMax;
    QDoubleSpinBox* m_jitter;
    QDoubleSpinBox* m_breakerThreshold;
    QDoubleSpinBox* m_breakerWindow;
    QDoubleSpinBox* m_breakerMin;
    QDoubleSpinBox* m_breakerOpen;
    QDoubleSpinBox* m_dau;
    QDoubleSpinBox* m_perUser;
    QDoubleSpinBox* m_peak;
    QLabel* m_helperResult;
    QDoubleSpinBox* m_access;
    QDoubleSpinBox* m_crossRegion;
    QDoubleSpinBox* m_intraDc;
    QDoubleSpinBox* m_duration;
    QDoubleSpinBox* m_warmup;
    QSpinBox* m_seed;
    QDoubleSpinBox* m_sampleInterval;
};

} // namespace scalelab::ui
