// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/LessonChecks.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <utility>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QThread;
class QUndoStack;

namespace scalelab::ui {

class Document;

/// Guided lessons: the lesson list with per-user progress (QSettings group "lessons",
/// key "<lesson id>/completed" = step ids), the current step's text and image, and the
/// buttons Check, Hint, Show me, Previous, Next, Restart and Teacher notes.
///
/// Entering a step that has a starting scenario and "Show me" replace the document's
/// scenario through one undoable command on `undoStack`. Check copies the step and the
/// document's scenario and evaluates them on a worker thread (never blocking the GUI);
/// checkFinished() reports the outcome. While a check runs the Check button reads
/// "Stop check"; stopping it, changing lesson or step, replacing the lessons or
/// destroying the panel cancels it (the core polls the flag every few thousand events,
/// so the worker ends within milliseconds), reports "cancelled" (checkCancelled()) and
/// leaves Check available at once. The panel does not own the document or stack.
class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    LessonPanel(Document* document, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~LessonPanel() override;

    /// Replaces the lessons shown (the constructor loads the bundled ones).
    void setLessons(std::vector<core::Lesson> lessons);
    int lessonCount() const { return static_cast<int>(m_lessons.size()); }
    /// All lessons shown, in list order.
    const std::vector<core::Lesson>& lessons() const { return m_lessons; }
    int currentLesson() const { return m_lesson; }
    int currentStep() const { return m_step; }
    const core::Lesson* lesson() const;
    const core::LessonStep* step() const;
    /// A check of the current step is running.
    bool isChecking() const { return m_thread != nullptr; }
    /// Worker threads still alive: the running check and cancelled ones winding down.
    int runningWorkers() const;
    /// The last check's results (empty before the first check of the step).
    const core::StepEvaluation& lastEvaluation() const { return m_lastEval; }
    /// Step ids completed by this user in `lessonId`.
    QStringList completedSteps(const QString& lessonId) const;
    /// The current step's experiment events with targets resolved against the document
    /// (what presenter mode triggers with B/F5); empty when the step has none.
    std::vector<core::TimelineEvent> preparedFailure() const;
    /// The current step's title and text as rich text (for presenter mode).
    QString stepHtml() const;

public Q_SLOTS:
    void openLesson(int index);
    void goToStep(int index);
    void nextStep();
    void previousStep();
    void restartLesson();
    /// Puts the design back to the step's starting state (its start scenario, or the
    /// previous step's solution), as one undo step.
    void resetStep();
    void check();
    /// Cancels the running check (if any): no verdict, checkCancelled() is emitted.
    void cancelCheck();
    void showHint();
    void showMe();
    void setTeacherNotesVisible(bool visible);
    /// Loads the current scenario with the step's experiment as its timeline, duration
    /// and seed (one undo step), so a demonstration replays identically.
    void prepareDemonstration();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    /// A palette kind ("cache") or an action ("action:run") the step is about.
    void highlightRequested(const QString& kindOrAction);
    void stepChanged(int lesson, int step);
    void checkStarted();
    void checkFinished(bool passed);
    /// A check was cancelled before it reached a verdict.
    void checkCancelled();

private:
    void buildUi();
    void refreshList();
    void showStep();
    void finishCheck();
    void workerFinished(QThread* thread);
    void updateCheckButton();
    void watchWindow();
    void markCompleted();
    void setResultsHtml(const QString& html);

    Document* m_doc;
    QUndoStack* m_stack;
    std::vector<core::Lesson> m_lessons;
    int m_lesson = -1;
    int m_step = -1;
    int m_hintsShown = 0;

    QListWidget* m_list = nullptr;
    QLabel* m_title = nullptr;
    QTextBrowser* m_text = nullptr;
    QTextBrowser* m_results = nullptr;
    QTextBrowser* m_notes = nullptr;
    QPushButton *m_check = nullptr, *m_hint = nullptr, *m_showMe = nullptr, *m_prev = nullptr,
                *m_next = nullptr, *m_restart = nullptr, *m_reset = nullptr,
                *m_notesButton = nullptr, *m_demo = nullptr;

    QThread* m_thread = nullptr; ///< the check of the current step, or null
    std::shared_ptr<std::atomic<bool>> m_cancel;
    /// Cancelled checks still winding down, with their flags (joined by the destructor).
    std::vector<std::pair<QThread*, std::shared_ptr<std::atomic<bool>>>> m_retiring;
    std::shared_ptr<core::StepEvaluation> m_pending;
    int m_checkLesson = -1, m_checkStep = -1; ///< the step the running check belongs to
    core::StepEvaluation m_lastEval;
    /// The outermost window holding the panel: closing it cancels the check.
    QPointer<QWidget> m_watchedWindow;
};

} // namespace scalelab::ui
