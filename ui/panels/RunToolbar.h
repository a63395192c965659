// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"

#include <QPointer>
#include <QToolBar>

class QAction;
class QLabel;
class QSlider;
class QToolButton;
class QUndoStack;

namespace scalelab::ui {

class Document;
class LogSlider;
class RunController;

/// The time and workload controls, always in the same place: play/pause (Space), step
/// (period), reset (Ctrl+R), speed on a log slider from 0.1x to 1000x plus "max", the
/// simulated clock (hh:mm:ss.s, large), the request rate or users on a log slider from
/// 1 to 10,000,000, the read share of the read/write mix, and a Spike button (x3 for
/// 30 s). The load and mix sliders edit the document's workload through `undoStack` (one
/// undo step per drag, commands/Gesture.h); the running simulation follows the document,
/// so what runs, what is saved and what an export replays are the same. Without a stack
/// they edit the document directly. Nothing here is owned.
class RunToolbar : public QToolBar
{
    Q_OBJECT
public:
    RunToolbar(RunController* controller, Document* document, QUndoStack* undoStack,
               QWidget* parent = nullptr);
    ~RunToolbar() override;

    QAction* playPauseAction() const { return m_playPause; }
    QAction* stepAction() const { return m_step; }
    QAction* resetAction() const { return m_reset; }
    QAction* spikeAction() const { return m_spike; }
    LogSlider* speedSlider() const { return m_speed; }
    LogSlider* loadSlider() const { return m_load; }
    QSlider* mixSlider() const { return m_mix; }
    QLabel* clockLabel() const { return m_clock; }
    /// Load, mix and Spike: a second toolbar (same parent, not owned by this one), which
    /// the main window places beside or under this one.
    QToolBar* workloadBar() const { return m_loadBar; }

    /// Shows and applies a speed as if the user had set it: simulated seconds per wall
    /// second, clamped to the slider's 0.1x-1000x; 0 (or less) presses "max".
    void setSpeed(double simSecondsPerWallSecond);

    /// "hh:mm:ss.s" for a simulated time in seconds.
    static QString clockText(double seconds);

private:
    void syncFromDocument();
    void updateState();
    void applySpeed();
    void applyLoad(double value);
    void applyMix(int readPercent);
    /// Puts `w` into the document (undoably when there is a stack); `gesture` merges
    /// the edits of one slider drag.
    void pushWorkload(const core::Workload& w, const QString& field, int gesture);

    RunController* m_controller;
    Document* m_doc;
    QUndoStack* m_stack;
    QPointer<QToolBar> m_loadBar;
    QAction* m_playPause;
    QAction* m_step;
    QAction* m_reset;
    QAction* m_spike;
    LogSlider* m_speed;
    QToolButton* m_max;
    QLabel* m_speedLabel;
    QLabel* m_clock;
    LogSlider* m_load;
    QLabel* m_loadLabel;
    QSlider* m_mix;
    QLabel* m_mixLabel;
};

} // namespace scalelab::ui
