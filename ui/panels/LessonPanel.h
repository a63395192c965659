// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/LessonChecks.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <utility>
#include <vector>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QSlider;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QThread;
class QUndoStack;

namespace scalelab::ui {

class ChartBook;
class CompareDialog;
class Document;
class RunController;

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
    /// What the step text shows: stepHtml() with the first occurrence of each glossary
    /// term in the text linked to the glossary (linkGlossaryTerms).
    QString linkedStepHtml() const;

    /// The live run: "Run experiment" plays the step's experiment in this controller and
    /// draws the reveal on this chart book (neither owned; both may stay null).
    void setRunController(RunController* run);
    void setChartBook(ChartBook* book);
    /// Simulated seconds per wall second for a live experiment: duration / 20, so every
    /// experiment plays in about 20 wall seconds. A test sets an override (0 = as fast
    /// as possible); a negative value removes it.
    double liveSpeed() const;
    void setLiveSpeedOverride(double speed) { m_speedOverride = speed; }
    /// A live experiment of the current step is playing.
    bool isLiveRunning() const { return m_live != nullptr; }
    /// The current step asks a prediction that is not yet revealed.
    bool predictionPending() const;
    bool predictionAnswered() const;
    /// Records a choice (0-based) or a numeric guess for the current step's prediction.
    void choosePrediction(int index);
    void setGuess(double value);
    int chosenPrediction() const { return m_choice; }
    /// The prediction as rich text; `numbered` numbers the choices 1-4 (presenter mode).
    QString predictionHtml(bool numbered) const;
    /// The last reveal in words (empty before it): the prediction, the measured value,
    /// whether it was right, and the step's explanation.
    QString revealHtml() const { return m_revealHtml; }
    double revealMeasured() const { return m_revealMeasured; }
    /// Predictions of `lessonId` answered right / answered, from the progress store
    /// (QSettings "lessons/<id>/predictions/<step id>" = "right" or "wrong").
    std::pair<int, int> predictionScore(const QString& lessonId) const;

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
    /// Plays the step's experiment live on the design (one undo step puts its timeline,
    /// duration and seed into the document), from a reset, at liveSpeed(); when it ends
    /// the checks are evaluated on that run and the prediction revealed. Refused while a
    /// prediction is unanswered unless `skipPrediction` (presenter's B).
    void runExperiment(bool skipPrediction = false);
    /// Runs the step's comparison (LessonStep::compare): opens the compare dialog with
    /// the learner's design as A and the lesson's other design (or variant) as B, both
    /// under the step's experiment, and starts it. A problem goes to the results area.
    void compareDesigns();
    /// Writes the teacher's class-free summary of the current lesson (steps, goals,
    /// predictions right or wrong) as a PDF; false with `error` naming the file.
    bool exportSummary(const QString& path, QString* error = nullptr);
    /// Asks for a file name, then exportSummary; a failure is shown in the results.
    void chooseSummaryFile();

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
    void experimentStarted(double speed);
    /// The live experiment reached its end and its checks were evaluated.
    void experimentFinished(bool passed);
    void predictionChanged();
    /// compareDesigns() opened (and started) this dialog.
    void compareOpened(CompareDialog* dialog);
    /// A glossary link ("glossary:<id>") in the step text was clicked.
    void glossaryRequested(const QString& termId);

private:
    /// The step's check results of m_lastEval as an HTML list (Check and the live run).
    QString checkListHtml() const;
    void buildUi();
    QString stepHtml(bool glossaryLinks) const;
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
                *m_notesButton = nullptr, *m_demo = nullptr, *m_summary = nullptr;

    QThread* m_thread = nullptr; ///< the check of the current step, or null
    std::shared_ptr<std::atomic<bool>> m_cancel;
    /// Cancelled checks still winding down, with their flags (joined by the destructor).
    std::vector<std::pair<QThread*, std::shared_ptr<std::atomic<bool>>>> m_retiring;
    std::shared_ptr<core::StepEvaluation> m_pending;
    int m_checkLesson = -1, m_checkStep = -1; ///< the step the running check belongs to
    core::StepEvaluation m_lastEval;
    /// The outermost window holding the panel: closing it cancels the check.
    QPointer<QWidget> m_watchedWindow;

    // LessonPanelLive.cpp
    struct Live;
    bool loadExperiment(const QString& commandText);
    void buildPredictionUi();
    void showPrediction();
    void liveStateChanged(int state);
    void finishLive();
    void reveal(const core::Prediction& pr, const core::Scenario& x,
                const core::ExperimentRecord& rec);
    QPointer<RunController> m_run;
    QPointer<ChartBook> m_book;
    std::shared_ptr<Live> m_live;
    double m_speedOverride = -1;
    QPushButton* m_runExp = nullptr;
    QPushButton* m_compare = nullptr;
    QPointer<CompareDialog> m_compareDialog;
    QGroupBox* m_predBox = nullptr;
    QLabel* m_predQuestion = nullptr;
    QButtonGroup* m_choices = nullptr;
    QSlider* m_guess = nullptr;
    QLabel* m_guessLabel = nullptr;
    int m_choice = -1;
    double m_guessValue = 0;
    bool m_guessTouched = false;
    bool m_revealed = false;
    QString m_revealHtml;
    double m_revealMeasured = 0;
};

} // namespace scalelab::ui
