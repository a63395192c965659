// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/LessonPanel.h"

#include "charts/ChartBook.h"
#include "model/Document.h"
#include "panels/GlossaryLibrary.h"
#include "panels/GlossaryLinks.h"
#include "panels/LessonCommands.h"
#include "panels/LessonLibrary.h"
#include "widgets/FlowLayout.h"

#include <QButtonGroup>
#include <QCursor>
#include <QDeadlineTimer>
#include <QGroupBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <new>

namespace scalelab::ui {

namespace {
/// A text browser that asks for its minimum height only: it takes the height the dock has
/// to spare (layout stretch), never more. Its default preference would make the panel,
/// which scrolls in its dock, taller than a 720 px screen and push the buttons below the
/// fold.
class CompactBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QSize sizeHint() const override { return {QTextBrowser::sizeHint().width(), minimumHeight()}; }
};
} // namespace

namespace {
/// The destructor's safety net when a worker does not end (it always should, within
/// milliseconds); past it the thread is left to finish and delete itself.
constexpr int kJoinTimeoutMs = 5000;

QString settingsKey(const std::string& lessonId)
{
    return QStringLiteral("lessons/%1/completed").arg(QString::fromStdString(lessonId));
}
} // namespace

LessonPanel::LessonPanel(Document* document, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), m_doc(document), m_stack(undoStack)
{
    buildUi();
    core::LessonCatalog cat = loadBundledLessons();
    for (const auto& d : cat.errors)
        qWarning("%s", d.toString().c_str());
    setLessons(std::move(cat.lessons));
}

LessonPanel::~LessonPanel()
{
    // Closing the window or the panel: raise every flag first, then join. Each worker
    // polls its flag every core::Simulation::kCancelPollEvents events, so this takes
    // milliseconds, not the rest of the experiment.
    if (m_thread) {
        m_cancel->store(true);
        m_retiring.emplace_back(m_thread, m_cancel);
        m_thread = nullptr;
    }
    for (const auto& r : m_retiring)
        r.second->store(true);
    for (const auto& r : m_retiring) {
        QThread* t = r.first;
        disconnect(t, nullptr, this, nullptr);
        if (t->wait(QDeadlineTimer(kJoinTimeoutMs)))
            delete t;
        // else: it holds only copies and shared flags, and deletes itself when it ends.
    }
}

void LessonPanel::buildUi()
{
    auto* lay = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Lessons"));
    // About six lines (three lessons with their progress): the Lessons menu lists them all,
    // and the step below needs the height on a 720 px screen.
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6 + 8);
    // Long titles wrap instead of hiding "(n of m steps done)" past a sideways scrollbar.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Arrow keys only move the selection; Enter, a click or a double click opens the lesson
    // (opening loads its starting scenario).
    auto open = [this](QListWidgetItem* item) {
        const int row = m_list->row(item);
        if (row >= 0 && row != m_lesson)
            openLesson(row);
    };
    connect(m_list, &QListWidget::itemActivated, this, open);
    connect(m_list, &QListWidget::itemClicked, this, open);
    lay->addWidget(m_list);

    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_title->setAccessibleName(tr("Step title"));
    lay->addWidget(m_title);

    m_text = new CompactBrowser(this);
    m_text->setAccessibleName(tr("Step text"));
    m_text->setOpenLinks(false);
    m_text->setMinimumHeight(120);
    // Terms of the glossary are links: hovering shows the definition, a click (or Enter
    // after Tab) opens the glossary at the term.
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (const QString id = glossaryLinkId(url.toString()); !id.isEmpty())
            Q_EMIT glossaryRequested(id);
    });
    connect(m_text, &QTextBrowser::highlighted, this, [this](const QUrl& url) {
        const core::GlossaryTerm* t =
            appGlossary().find(glossaryLinkId(url.toString()).toStdString());
        if (t)
            QToolTip::showText(QCursor::pos(), glossaryTooltipHtml(*t, glossaryLanguage()), m_text);
        else
            QToolTip::hideText();
    });
    lay->addWidget(m_text, 3); // the step text takes most of the spare height

    auto* row1 = new FlowLayout;
    auto button = [this](const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        return b;
    };
    m_check = button(tr("&Check"), tr("Run the step's checks on your design"));
    m_hint = button(tr("&Hint"), tr("Show the next hint"));
    m_showMe = button(tr("Show &me"), tr("Load the solution of this step (undoable)"));
    m_runExp = button(tr("&Run experiment"), tr("Play this step's experiment on your design, live"));
    buildPredictionUi();
    lay->addWidget(m_predBox);
    m_compare = button(tr("C&ompare designs"),
                       tr("Run this step's experiment on your design and on the lesson's other "
                          "design, over several seeds, and overlay the charts"));
    auto* row0 = new FlowLayout;
    row0->addWidget(m_runExp);
    row0->addWidget(m_compare);
    lay->addLayout(row0);
    connect(m_compare, &QPushButton::clicked, this, &LessonPanel::compareDesigns);
    connect(m_runExp, &QPushButton::clicked, this, [this] { runExperiment(); });
    row1->addWidget(m_check);
    row1->addWidget(m_hint);
    row1->addWidget(m_showMe);
    lay->addLayout(row1);

    m_results = new CompactBrowser(this);
    m_results->setAccessibleName(tr("Check results"));
    m_results->setPlaceholderText(tr("Press Check: each goal of the step and the value "
                                     "measured on your design appear here."));
    m_results->setMinimumHeight(80);
    lay->addWidget(m_results, 1);

    auto* row2 = new FlowLayout;
    m_prev = button(tr("&Previous"), tr("Go to the previous step"));
    m_next = button(tr("&Next"), tr("Go to the next step"));
    m_restart = button(tr("&Restart lesson"), tr("Start this lesson again from its first step"));
    m_reset = button(tr("R&eset step"),
                     tr("Put the design back to this step's starting state (undoable)"));
    m_notesButton = button(tr("&Teacher notes"), tr("Show or hide the teacher notes"));
    m_notesButton->setCheckable(true);
    // The navigation wraps like words: five buttons side by side made the panel, and with
    // it the dock it shares with the inspector, ~470 px wide (more in German), which a
    // 1280 or 1024 px projector takes from the canvas.
    row2->addWidget(m_prev);
    row2->addWidget(m_next);
    row2->addWidget(m_reset);
    row2->addWidget(m_restart);
    row2->addWidget(m_notesButton);
    lay->addLayout(row2);

    m_notes = new CompactBrowser(this);
    m_notes->setAccessibleName(tr("Teacher notes"));
    m_notes->setMinimumHeight(80);
    m_notes->hide();
    lay->addWidget(m_notes, 1);
    // A teacher's tool: shown with the notes, so the student's view keeps its width.
    m_demo = button(tr("Prepare &demonstration"),
                    tr("Put this step's experiment (its failures at their times, duration and "
                       "seed) into the design, so Play replays it exactly (undoable)"));
    m_demo->hide();
    m_summary = button(tr("Export lesson &summary (PDF)..."),
                       tr("Write this lesson's steps, goals and predictions (right or wrong) "
                          "as a PDF, without any name"));
    m_summary->hide();
    auto* teacherRow = new FlowLayout;
    teacherRow->addWidget(m_demo);
    teacherRow->addWidget(m_summary);
    lay->addLayout(teacherRow);
    connect(m_summary, &QPushButton::clicked, this, &LessonPanel::chooseSummaryFile);

    connect(m_check, &QPushButton::clicked, this, [this] { isChecking() ? cancelCheck() : check(); });
    connect(m_hint, &QPushButton::clicked, this, &LessonPanel::showHint);
    connect(m_showMe, &QPushButton::clicked, this, &LessonPanel::showMe);
    connect(m_prev, &QPushButton::clicked, this, &LessonPanel::previousStep);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::nextStep);
    connect(m_restart, &QPushButton::clicked, this, &LessonPanel::restartLesson);
    connect(m_reset, &QPushButton::clicked, this, &LessonPanel::resetStep);
    connect(m_notesButton, &QPushButton::toggled, this, &LessonPanel::setTeacherNotesVisible);
    connect(m_demo, &QPushButton::clicked, this, &LessonPanel::prepareDemonstration);
}

void LessonPanel::setLessons(std::vector<core::Lesson> lessons)
{
    cancelCheck();
    m_lessons = std::move(lessons);
    m_lesson = -1;
    m_step = -1;
    refreshList();
    showStep();
}

const core::Lesson* LessonPanel::lesson() const
{
    return m_lesson >= 0 && m_lesson < lessonCount()
               ? &m_lessons[static_cast<std::size_t>(m_lesson)]
               : nullptr;
}

const core::LessonStep* LessonPanel::step() const
{
    const core::Lesson* l = lesson();
    return l && m_step >= 0 && m_step < static_cast<int>(l->steps.size())
               ? &l->steps[static_cast<std::size_t>(m_step)]
               : nullptr;
}

QStringList LessonPanel::completedSteps(const QString& lessonId) const
{
    return QSettings().value(settingsKey(lessonId.toStdString())).toStringList();
}

void LessonPanel::refreshList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const auto& l : m_lessons) {
        const int done = static_cast<int>(completedSteps(QString::fromStdString(l.id)).size());
        const int total = static_cast<int>(l.steps.size());
        QString text = tr("%1 (%2 of %3 steps done)")
                           .arg(QString::fromStdString(l.title))
                           .arg(done)
                           .arg(total);
        const auto [right, answered] = predictionScore(QString::fromStdString(l.id));
        if (answered > 0)
            text += QLatin1Char(' ') +
                    tr("· %1 of %2 predicted right").arg(right).arg(answered);
        if (done >= total)
            text = QStringLiteral("✓ ") + text;
        auto* item = new QListWidgetItem(text, m_list);
        item->setToolTip(QString::fromStdString(l.summary));
    }
    m_list->setCurrentRow(m_lesson);
}

void LessonPanel::openLesson(int index)
{
    if (index < 0 || index >= lessonCount())
        return;
    m_lesson = index;
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(index);
    }
    goToStep(0);
}

void LessonPanel::goToStep(int index)
{
    const core::Lesson* l = lesson();
    if (!l || index < 0 || index >= static_cast<int>(l->steps.size()))
        return;
    cancelCheck(); // its verdict would belong to the step being left
    m_step = index;
    m_hintsShown = 0;
    m_lastEval = {};
    m_live.reset();
    m_choice = -1;
    m_guessTouched = false;
    m_revealed = false;
    m_revealHtml.clear();
    if (m_choices) {
        m_choices->setExclusive(false);
        for (QAbstractButton* b : m_choices->buttons())
            b->setChecked(false);
        m_choices->setExclusive(true);
    }
    if (m_book)
        m_book->clearGuides();
    const core::LessonStep& s = *step();
    if (s.start)
        m_stack->push(new ReplaceScenarioCommand(
            m_doc, *s.start, tr("Start of step: %1").arg(QString::fromStdString(s.title))));
    showStep();
    if (!s.highlight.empty())
        Q_EMIT highlightRequested(QString::fromStdString(s.highlight));
    Q_EMIT stepChanged(m_lesson, m_step);
}

void LessonPanel::nextStep()
{
    goToStep(m_step + 1);
}
void LessonPanel::previousStep()
{
    goToStep(m_step - 1);
}
void LessonPanel::restartLesson()
{
    goToStep(0);
}

void LessonPanel::resetStep()
{
    const core::Lesson* l = lesson();
    const core::LessonStep* s = step();
    if (!s)
        return;
    const core::Scenario* start = s->start ? &*s->start : nullptr;
    if (!start && m_step > 0)
        start = &*l->steps[static_cast<std::size_t>(m_step - 1)].solution;
    if (start)
        m_stack->push(new ReplaceScenarioCommand(
            m_doc, *start, tr("Reset step: %1").arg(QString::fromStdString(s->title))));
}

QString LessonPanel::stepHtml() const
{
    return stepHtml(false);
}

QString LessonPanel::linkedStepHtml() const
{
    return stepHtml(true);
}

QString LessonPanel::stepHtml(bool glossaryLinks) const
{
    const core::LessonStep* s = step();
    if (!s)
        return {};
    QString text = QString::fromStdString(s->text);
    if (glossaryLinks)
        text = linkGlossaryTerms(text, appGlossary(), glossaryLanguage());
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(QString::fromStdString(s->title).toHtmlEscaped(), text);
    if (s->compare && !s->compare->note.empty())
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(tr("<b>Compare:</b>"), QString::fromStdString(s->compare->note));
    if (!s->image.empty())
        html +=
            QStringLiteral("<p><img src=\"%1\" alt=\"%2\"/></p>")
                .arg(lessonImagePath(s->image), QString::fromStdString(s->title).toHtmlEscaped());
    return html;
}

void LessonPanel::showStep()
{
    const core::Lesson* l = lesson();
    const core::LessonStep* s = step();
    const bool have = s != nullptr;
    m_title->setText(have ? tr("%1 — step %2 of %3")
                                .arg(QString::fromStdString(l->title))
                                .arg(m_step + 1)
                                .arg(l->steps.size())
                          : tr("Choose a lesson"));
    m_text->setHtml(have ? linkedStepHtml() : tr("<p>Pick a lesson above to start.</p>"));
    m_results->clear();
    updateCheckButton();
    m_hint->setEnabled(have && !s->hints.empty());
    m_showMe->setEnabled(have && s->solution.has_value());
    m_prev->setEnabled(have && m_step > 0);
    m_next->setEnabled(have && m_step + 1 < static_cast<int>(l->steps.size()));
    m_restart->setEnabled(have);
    m_reset->setEnabled(have && (s->start || m_step > 0));
    m_notesButton->setEnabled(l != nullptr);
    m_demo->setEnabled(have && s->experiment.has_value());
    m_compare->setVisible(have && s->compare.has_value());
    showPrediction();
    if (l) {
        auto list = [](const std::vector<std::string>& items) {
            QString out = QStringLiteral("<ul>");
            for (const auto& i : items)
                out += QStringLiteral("<li>%1</li>").arg(QString::fromStdString(i).toHtmlEscaped());
            return out + QStringLiteral("</ul>");
        };
        const auto& n = l->teacherNotes;
        m_notes->setHtml(
            tr("<h4>Learning goals</h4>%1<h4>Misconceptions it targets</h4>%2"
               "<h4>What the model leaves out</h4>%3<h4>Suggested demonstration</h4><p>%4</p>")
                .arg(list(n.goals), list(n.misconceptions), list(n.leftOut),
                     QString::fromStdString(n.demonstration).toHtmlEscaped()));
    }
}

void LessonPanel::showHint()
{
    const core::LessonStep* s = step();
    if (!s || s->hints.empty())
        return;
    QString html;
    m_hintsShown = std::min<int>(m_hintsShown + 1, static_cast<int>(s->hints.size()));
    for (int i = 0; i < m_hintsShown; ++i)
        html += tr("<p><b>Hint %1:</b> %2</p>")
                    .arg(i + 1)
                    .arg(QString::fromStdString(s->hints[std::size_t(i)]).toHtmlEscaped());
    setResultsHtml(html);
}

void LessonPanel::showMe()
{
    const core::LessonStep* s = step();
    if (!s || !s->solution)
        return;
    m_stack->push(new ReplaceScenarioCommand(
        m_doc, *s->solution, tr("Show me: %1").arg(QString::fromStdString(s->title))));
}

void LessonPanel::setTeacherNotesVisible(bool visible)
{
    m_notes->setVisible(visible);
    m_demo->setVisible(visible);
    m_summary->setVisible(visible);
    if (m_notesButton->isChecked() != visible)
        m_notesButton->setChecked(visible);
}

void LessonPanel::setResultsHtml(const QString& html)
{
    m_results->setHtml(html);
}

void LessonPanel::check()
{
    const core::LessonStep* s = step();
    if (!s || m_thread)
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_checkLesson = m_lesson;
    m_checkStep = m_step;
    m_pending = std::make_shared<core::StepEvaluation>();
    // The worker gets copies and shared pointers only: the document may change, the
    // step may be left and the panel destroyed while it runs.
    QThread* thread = QThread::create(
        [stepCopy = *s, scenario = m_doc->scenario(), cancel = m_cancel, out = m_pending] {
            try {
                *out = core::evaluateStep(stepCopy, scenario, cancel.get());
            } catch (const std::bad_alloc&) { // last resort: a check never ends the program
                *out = core::StepEvaluation{};
                out->error = tr("The check ran out of memory and was stopped. Make the "
                                "experiment or the design's queues and caches smaller.")
                                 .toStdString();
            } catch (const std::exception& e) {
                *out = core::StepEvaluation{};
                out->error =
                    tr("The check could not run: %1").arg(QString::fromUtf8(e.what())).toStdString();
            }
        });
    // Queued to this thread: the pointer is still valid when workerFinished() runs, the
    // thread object is deleted after it.
    connect(thread, &QThread::finished, this, [this, thread] { workerFinished(thread); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    updateCheckButton();
    setResultsHtml(s->needsExperiment() ? tr("<p>Running the experiment…</p>")
                                        : tr("<p>Checking…</p>"));
    Q_EMIT checkStarted();
    m_thread->start();
}

void LessonPanel::cancelCheck()
{
    if (!m_thread)
        return;
    // Detach it: it ends within milliseconds on its own, and Check is usable at once
    // (in this step or any other) instead of waiting for it.
    m_cancel->store(true);
    m_retiring.emplace_back(m_thread, m_cancel);
    m_thread = nullptr;
    m_pending.reset();
    m_lastEval = core::StepEvaluation{};
    m_lastEval.cancelled = true;
    setResultsHtml(tr("<p>Check cancelled: no verdict.</p>"));
    updateCheckButton();
    Q_EMIT checkCancelled();
}

void LessonPanel::watchWindow()
{
    QWidget* root = this;
    while (root->parentWidget())
        root = root->parentWidget(); // the main window, also when the dock floats
    if (root == this || root == m_watchedWindow)
        return;
    if (m_watchedWindow)
        m_watchedWindow->removeEventFilter(this);
    m_watchedWindow = root;
    root->installEventFilter(this);
}

void LessonPanel::showEvent(QShowEvent* event)
{
    watchWindow();
    QWidget::showEvent(event);
}

bool LessonPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The window may refuse to close (unsaved changes, Cancel): decide once the close
    // event has been handled, by whether the window is still shown.
    if (watched == m_watchedWindow && event->type() == QEvent::Close)
        QTimer::singleShot(0, this, [this] {
            if (m_watchedWindow && !m_watchedWindow->isVisible())
                cancelCheck();
        });
    return QWidget::eventFilter(watched, event);
}

int LessonPanel::runningWorkers() const
{
    return (m_thread ? 1 : 0) + static_cast<int>(m_retiring.size());
}

void LessonPanel::workerFinished(QThread* thread)
{
    if (thread == m_thread) {
        finishCheck();
        return;
    }
    m_retiring.erase(std::remove_if(m_retiring.begin(), m_retiring.end(),
                                    [thread](const auto& r) { return r.first == thread; }),
                     m_retiring.end());
}

void LessonPanel::updateCheckButton()
{
    const bool checking = isChecking();
    m_check->setText(checking ? tr("Stop &check") : tr("&Check"));
    const QString tip = checking ? tr("Stop the running check (no verdict)")
                                 : tr("Run the step's checks on your design");
    m_check->setToolTip(tip);
    m_check->setAccessibleName(tip);
    m_check->setEnabled(step() != nullptr);
}


QString LessonPanel::checkListHtml() const
{
    QString html = QStringLiteral("<ul>");
    for (const auto& r : m_lastEval.results)
        html += QStringLiteral("<li>%1 <b>%2</b><br/>%3</li>")
                    .arg(r.passed ? tr("✔ passed:") : tr("✘ not yet:"),
                         QString::fromStdString(r.description).toHtmlEscaped(),
                         QString::fromStdString(r.explanation).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}
void LessonPanel::finishCheck()
{
    m_thread = nullptr;
    updateCheckButton();
    if (!m_pending || m_pending->cancelled) {
        m_lastEval = core::StepEvaluation{};
        m_lastEval.cancelled = true;
        setResultsHtml(tr("<p>Check cancelled: no verdict.</p>"));
        Q_EMIT checkCancelled();
        return;
    }
    if (m_checkLesson != m_lesson || m_checkStep != m_step)
        return; // the learner moved on: these results belong to another step
    m_lastEval = *m_pending;
    QString html;
    if (!m_lastEval.error.empty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(QString::fromStdString(m_lastEval.error).toHtmlEscaped());
    html += checkListHtml();
    html += m_lastEval.passed
                ? tr("<p><b>Well done: every check passes.</b></p>")
                : tr("<p>Not there yet. Change the design and check again, or ask for a hint.</p>");
    setResultsHtml(html);
    if (m_lastEval.passed)
        markCompleted();
    Q_EMIT checkFinished(m_lastEval.passed);
}

void LessonPanel::markCompleted()
{
    const core::Lesson* l = lesson();
    const core::LessonStep* s = step();
    if (!l || !s)
        return;
    QSettings settings;
    QStringList done = settings.value(settingsKey(l->id)).toStringList();
    const QString id = QString::fromStdString(s->id);
    if (!done.contains(id)) {
        done << id;
        settings.setValue(settingsKey(l->id), done);
        refreshList();
    }
}

std::vector<core::TimelineEvent> LessonPanel::preparedFailure() const
{
    std::vector<core::TimelineEvent> out;
    const core::LessonStep* s = step();
    if (!s || !s->experiment)
        return out;
    for (core::TimelineEvent e : s->experiment->events) {
        if (!e.target.empty())
            e.target = core::resolveSelector(m_doc->scenario(), e.target);
        if (!e.target2.empty())
            e.target2 = core::resolveSelector(m_doc->scenario(), e.target2);
        const core::EventKind* spec = core::findInjectableEventKind(e.type);
        if (spec && spec->needsTarget() && e.target.empty())
            continue; // nothing in the design matches the selector
        out.push_back(e);
    }
    return out;
}

} // namespace scalelab::ui
