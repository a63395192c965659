// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson panel's live experiment and its prediction: predict, run on the canvas,
// then reveal on the chart and in words.
#include "panels/LessonPanel.h"

#include "charts/ChartBook.h"
#include "lessons/LessonFormat.h"
#include "model/Document.h"
#include "panels/LessonCommands.h"
#include "run/RunController.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSlider>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace scalelab::ui {

/// What a live experiment needs when it ends: the step it belongs to, the learner's
/// design (topology checks) and the scenario that runs.
struct LessonPanel::Live
{
    int lesson = -1, step = -1;
    core::Scenario learner, experiment;
};

namespace {
constexpr int kSliderSteps = 1000;

bool isFractionMetric(const std::string& m)
{
    return m == "error_rate" || m == "availability" || m == "failed_write_fraction" ||
           m == "cache_hit_rate" || m == "cdn_hit_rate" || m == "max_utilization";
}

QString valueText(const core::Prediction& pr, double v)
{
    QString t = QString::fromStdString(core::formatMetric(pr.metric, v));
    if (!isFractionMetric(pr.metric) && pr.metric.find("_ms") == std::string::npos &&
        pr.metric != "throughput_rps" && pr.metric != "cost_per_hour" &&
        pr.metric != "queue_depth_max" && !pr.unit.empty())
        t += QLatin1Char(' ') + QString::fromStdString(pr.unit);
    return t;
}

/// The chart a metric is drawn on and the value in that chart's y units (-1: none).
int chartFor(const std::string& m, double v, double* y)
{
    if (m.size() > 3 && m.compare(m.size() - 3, 3, "_ms") == 0) {
        *y = v;
        return ChartBook::Latency;
    }
    if (m == "throughput_rps") {
        *y = v;
        return ChartBook::Traffic;
    }
    if (m == "availability" || m == "error_rate") {
        *y = (m == "availability" ? v : 1.0 - v) * 100.0;
        return ChartBook::Availability;
    }
    if (m == "cache_hit_rate" || m == "cdn_hit_rate") {
        *y = v * 100.0;
        return ChartBook::Cache;
    }
    return -1;
}

QString predictionKey(const std::string& lesson, const std::string& step)
{
    return QStringLiteral("lessons/%1/predictions/%2")
        .arg(QString::fromStdString(lesson), QString::fromStdString(step));
}
} // namespace

void LessonPanel::setRunController(RunController* run)
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = run;
    if (m_run)
        connect(m_run, &RunController::stateChanged, this,
                [this](RunController::State s) { liveStateChanged(static_cast<int>(s)); });
    showPrediction();
}

void LessonPanel::setChartBook(ChartBook* book)
{
    m_book = book;
}

double LessonPanel::liveSpeed() const
{
    if (m_speedOverride >= 0)
        return m_speedOverride;
    const core::LessonStep* s = step();
    const double d = s && s->experiment ? s->experiment->durationS : 60.0;
    return d / 20.0; // 20 wall seconds: inside the 10-30 s a class can watch
}

void LessonPanel::buildPredictionUi()
{
    m_predBox = new QGroupBox(tr("Predict first"), this);
    m_predBox->setAccessibleName(tr("Prediction"));
    auto* lay = new QVBoxLayout(m_predBox);
    m_predQuestion = new QLabel(m_predBox);
    m_predQuestion->setWordWrap(true);
    lay->addWidget(m_predQuestion);
    m_choices = new QButtonGroup(m_predBox);
    for (int i = 0; i < 4; ++i) {
        auto* b = new QRadioButton(m_predBox);
        m_choices->addButton(b, i);
        lay->addWidget(b);
    }
    connect(m_choices, &QButtonGroup::idClicked, this, [this](int id) { choosePrediction(id); });
    m_guess = new QSlider(Qt::Horizontal, m_predBox);
    m_guess->setRange(0, kSliderSteps);
    m_guess->setAccessibleName(tr("Your guess"));
    m_guessLabel = new QLabel(m_predBox);
    lay->addWidget(m_guess);
    lay->addWidget(m_guessLabel);
    connect(m_guess, &QSlider::valueChanged, this, [this](int v) {
        const core::LessonStep* s = step();
        if (!s || !s->prediction)
            return;
        const auto& pr = *s->prediction;
        setGuess(pr.guessMin + (pr.guessMax - pr.guessMin) * v / kSliderSteps);
    });
}

bool LessonPanel::predictionPending() const
{
    const core::LessonStep* s = step();
    return s && s->prediction && !m_revealed;
}

bool LessonPanel::predictionAnswered() const
{
    const core::LessonStep* s = step();
    if (!s || !s->prediction)
        return false;
    return s->prediction->numeric() ? m_guessTouched : m_choice >= 0;
}

void LessonPanel::choosePrediction(int index)
{
    const core::LessonStep* s = step();
    if (!s || !s->prediction || s->prediction->numeric() || index < 0 ||
        index >= static_cast<int>(s->prediction->choices.size()) || m_live)
        return;
    m_choice = index;
    if (QAbstractButton* b = m_choices->button(index))
        b->setChecked(true);
    showPrediction();
    Q_EMIT predictionChanged();
}

void LessonPanel::setGuess(double value)
{
    const core::LessonStep* s = step();
    if (!s || !s->prediction || !s->prediction->numeric() || m_live)
        return;
    const auto& pr = *s->prediction;
    m_guessValue = std::clamp(value, pr.guessMin, pr.guessMax);
    m_guessTouched = true;
    const int pos = static_cast<int>(
        std::lround((m_guessValue - pr.guessMin) / (pr.guessMax - pr.guessMin) * kSliderSteps));
    if (m_guess->value() != pos) {
        const QSignalBlocker block(m_guess);
        m_guess->setValue(pos);
    }
    showPrediction();
    Q_EMIT predictionChanged();
}

QString LessonPanel::predictionHtml(bool numbered) const
{
    const core::LessonStep* s = step();
    if (!s || !s->prediction)
        return {};
    const auto& pr = *s->prediction;
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(tr("Predict first"),
                            QString::fromStdString(pr.question).toHtmlEscaped());
    if (pr.numeric()) {
        html += tr("<p>Guess from %1 to %2.</p>")
                    .arg(valueText(pr, pr.guessMin), valueText(pr, pr.guessMax));
        if (m_guessTouched)
            html += tr("<p><b>Guess: %1</b></p>").arg(valueText(pr, m_guessValue));
        return html;
    }
    html += QStringLiteral("<ol>");
    for (std::size_t i = 0; i < pr.choices.size(); ++i) {
        QString t = QString::fromStdString(pr.choices[i].text).toHtmlEscaped();
        if (numbered)
            t = QStringLiteral("%1&nbsp;&nbsp;%2").arg(i + 1).arg(t);
        if (static_cast<int>(i) == m_choice)
            t = QStringLiteral("<b>▶ %1</b>").arg(t);
        html += QStringLiteral("<li>%1</li>").arg(t);
    }
    html += QStringLiteral("</ol>");
    if (numbered)
        html += tr("<p>Keys 1-%1: the class's answer. Space: run and reveal.</p>")
                    .arg(pr.choices.size());
    return html;
}

void LessonPanel::showPrediction()
{
    if (!m_predBox)
        return;
    const core::LessonStep* s = step();
    const bool have = s && s->prediction;
    m_predBox->setVisible(have);
    if (m_runExp) {
        const bool can = s && s->experiment && m_run;
        m_runExp->setEnabled(can && !m_live && (!have || m_revealed || predictionAnswered()));
        m_runExp->setToolTip(have && !predictionAnswered()
                                 ? tr("Answer the prediction first")
                                 : tr("Play this step's experiment on your design, live"));
    }
    if (!have)
        return;
    const auto& pr = *s->prediction;
    m_predQuestion->setText(QString::fromStdString(pr.question));
    for (int i = 0; i < 4; ++i) {
        QAbstractButton* b = m_choices->button(i);
        const bool used = i < static_cast<int>(pr.choices.size());
        b->setVisible(used);
        b->setEnabled(!m_live);
        if (used)
            b->setText(QString::fromStdString(pr.choices[static_cast<std::size_t>(i)].text));
    }
    m_guess->setVisible(pr.numeric());
    m_guess->setEnabled(!m_live);
    m_guessLabel->setVisible(pr.numeric());
    if (pr.numeric())
        m_guessLabel->setText(m_guessTouched ? tr("Your guess: %1").arg(valueText(pr, m_guessValue))
                                             : tr("Move the slider to make your guess."));
}

bool LessonPanel::loadExperiment(const QString& commandText)
{
    const core::LessonStep* s = step();
    if (!s || !s->experiment)
        return false;
    std::string error;
    const core::Scenario learner = m_doc->scenario();
    auto x = core::experimentScenario(learner, *s->experiment, &error);
    if (!x) {
        setResultsHtml(
            QStringLiteral("<p>%1</p>").arg(QString::fromStdString(error).toHtmlEscaped()));
        return false;
    }
    // One undo step: Undo gives the learner's own timeline and run settings back.
    m_stack->push(new ReplaceScenarioCommand(m_doc, *x, commandText));
    m_live = std::make_shared<Live>();
    m_live->lesson = m_lesson;
    m_live->step = m_step;
    m_live->learner = learner;
    m_live->experiment = *x;
    setResultsHtml(tr("<p>The Timeline now holds this step's experiment (%n event(s)), with its "
                      "duration and seed. Your own timeline had %1 event(s): one Undo (Ctrl+Z) "
                      "puts it back.</p>",
                      nullptr, static_cast<int>(x->timeline.size()))
                       .arg(learner.timeline.size()));
    return true;
}

void LessonPanel::prepareDemonstration()
{
    const core::LessonStep* s = step();
    if (!s || !s->experiment)
        return;
    if (!loadExperiment(tr("Prepare demonstration: %1").arg(QString::fromStdString(s->title))))
        return;
    m_live.reset(); // prepared, not running: Play starts it
    if (m_run)
        m_run->setSpeed(liveSpeed());
    setResultsHtml(tr("<p>Prepared: the timeline now holds this step's experiment (%n event(s)), "
                      "with its duration and seed. Press Reset, then Play: every run replays it "
                      "exactly. Undo puts the design back.</p>",
                      nullptr, static_cast<int>(m_doc->scenario().timeline.size())));
}

void LessonPanel::runExperiment(bool skipPrediction)
{
    const core::LessonStep* s = step();
    if (!s || !s->experiment || !m_run || m_live)
        return;
    if (s->prediction && !m_revealed && !predictionAnswered() && !skipPrediction) {
        setResultsHtml(tr("<p>Answer the prediction first: what do you expect?</p>"));
        return;
    }
    cancelCheck();
    if (m_book)
        m_book->clearGuides();
    m_revealHtml.clear();
    if (!loadExperiment(tr("Run experiment: %1").arg(QString::fromStdString(s->title))))
        return;
    const QString undoNote = m_results->toHtml();
    m_run->reset();
    const double speed = liveSpeed();
    m_run->setSpeed(speed);
    m_run->play();
    if (m_run->state() != RunController::State::Running) {
        m_live.reset();
        return;
    }
    setResultsHtml(tr("<p>Running the experiment live: watch the canvas and the charts. Pause, "
                      "step or slow it down with the run toolbar.</p>") +
                   undoNote);
    showPrediction();
    Q_EMIT experimentStarted(speed);
}

void LessonPanel::liveStateChanged(int state)
{
    if (!m_live)
        return;
    const auto st = static_cast<RunController::State>(state);
    if (st == RunController::State::Finished) {
        finishLive();
    } else if (st == RunController::State::Stopped) {
        m_live.reset();
        setResultsHtml(tr("<p>The experiment was stopped before its end: no verdict. Press Run "
                          "experiment to play it again.</p>"));
        showPrediction();
    }
}

void LessonPanel::finishLive()
{
    const std::shared_ptr<Live> live = std::move(m_live);
    if (!live || live->lesson != m_lesson || live->step != m_step || !step())
        return;
    const core::LessonStep& s = *step();
    core::ExperimentRecord rec;
    rec.summary = m_run->summary();
    rec.samples = m_run->history();
    m_lastEval = core::evaluateStepOnRun(s, live->learner, live->experiment, rec);
    QString html;
    if (s.prediction) {
        reveal(*s.prediction, live->experiment, rec);
        html += m_revealHtml;
    }
    html += checkListHtml();
    html += m_lastEval.passed ? tr("<p><b>Well done: every check passes on this run.</b></p>")
                              : tr("<p>Not there yet. Change the design and run it again.</p>");
    setResultsHtml(html);
    if (m_lastEval.passed)
        markCompleted();
    showPrediction();
    Q_EMIT experimentFinished(m_lastEval.passed);
}

void LessonPanel::reveal(const core::Prediction& pr, const core::Scenario& x,
                         const core::ExperimentRecord& rec)
{
    const double measured = core::measurePrediction(pr, x, rec);
    m_revealMeasured = measured;
    const bool answered = predictionAnswered();
    bool right = false;
    QString yours;
    if (pr.numeric()) {
        right = answered && core::guessIsRight(pr, m_guessValue, measured);
        yours = answered ? valueText(pr, m_guessValue) : tr("no guess");
    } else {
        const int correct = core::correctChoice(pr, measured);
        right = answered && m_choice == correct;
        yours = answered ? QString::fromStdString(pr.choices[std::size_t(m_choice)].text)
                         : tr("no answer");
    }
    const QString measuredText = valueText(pr, measured);
    m_revealHtml =
        tr("<p><b>You predicted: %1. Measured: %2.</b> %3</p><p>%4</p>")
            .arg(yours.toHtmlEscaped(), measuredText,
                 !answered ? QString() : right ? tr("Your prediction was right.")
                                               : tr("The run shows otherwise."),
                 QString::fromStdString(pr.explanation).toHtmlEscaped());
    m_revealed = true;
    if (answered) {
        const core::Lesson* l = lesson();
        QSettings().setValue(predictionKey(l->id, step()->id),
                             right ? QStringLiteral("right") : QStringLiteral("wrong"));
        refreshList();
    }
    if (m_book) {
        double y = 0;
        const int chart = chartFor(pr.metric, measured, &y);
        if (chart >= 0) {
            m_book->addGuide(chart, y, tr("measured: %1").arg(measuredText), true);
            if (answered && pr.numeric()) {
                chartFor(pr.metric, m_guessValue, &y);
                m_book->addGuide(chart, y, tr("your guess: %1").arg(valueText(pr, m_guessValue)));
            } else if (answered) {
                const auto& c = pr.choices[std::size_t(m_choice)];
                for (double b : {c.min, c.max})
                    if (std::isfinite(b)) {
                        chartFor(pr.metric, b, &y);
                        m_book->addGuide(chart, y,
                                         tr("your answer: %1").arg(QString::fromStdString(c.text)));
                    }
            }
        }
    }
    Q_EMIT predictionChanged();
}

std::pair<int, int> LessonPanel::predictionScore(const QString& lessonId) const
{
    int right = 0, answered = 0;
    QSettings settings;
    settings.beginGroup(QStringLiteral("lessons/%1/predictions").arg(lessonId));
    for (const QString& k : settings.childKeys()) {
        ++answered;
        right += settings.value(k).toString() == QLatin1String("right");
    }
    return {right, answered};
}

} // namespace scalelab::ui
