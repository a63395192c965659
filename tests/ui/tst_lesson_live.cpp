// SPDX-License-Identifier: GPL-3.0-or-later
// Live lesson experiments and predictions: the run the GUI plays gives the same verdict
// and numbers as the headless check for every step of every lesson; predictions parse
// strictly, are revealed on the chart and in words, are stored with the progress, and
// presenter mode takes the class's vote with 1-4 and reveals with Space.
#include "charts/ChartBook.h"
#include "lessons/LessonFormat.h"
#include "lessons/LessonJson.h"
#include "model/Document.h"
#include "panels/LessonPanel.h"
#include "presenter/PresenterController.h"
#include "run/RunController.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace scalelab;
using namespace scalelab::ui;

namespace {
const std::string kLessons = std::string(SCALELAB_SOURCE_DIR) + "/lessons";

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

std::string readText(const std::string& file)
{
    std::ifstream in(file);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

class TestLessonLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ScaleLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lesson_live"));
        QSettings().clear();
    }

    /// Every step with an experiment, on its solution: the live run (RunController, the
    /// GUI's path, as fast as possible) and evaluateStep (headless) agree exactly.
    /// Exact equality, no tolerance: the same seed gives the same events in both.
    void liveEqualsHeadless()
    {
        Document doc;
        QUndoStack stack;
        RunController run(&doc);
        LessonPanel panel(&doc, &stack);
        panel.setRunController(&run);
        panel.setLiveSpeedOverride(0);
        int compared = 0;
        for (int li = 0; li < panel.lessonCount(); ++li) {
            panel.openLesson(li);
            const core::Lesson& lesson = panel.lessons()[std::size_t(li)];
            for (int si = 0; si < static_cast<int>(lesson.steps.size()); ++si) {
                panel.goToStep(si);
                const core::LessonStep& step = *panel.step();
                if (!step.experiment)
                    continue;
                panel.showMe();
                const core::Scenario learner = doc.scenario();
                const core::StepEvaluation headless = core::evaluateStep(step, learner);
                if (step.prediction)
                    step.prediction->numeric() ? panel.setGuess(step.prediction->guessMin)
                                               : panel.choosePrediction(0);
                QSignalSpy finished(&panel, &LessonPanel::experimentFinished);
                panel.runExperiment();
                const QString where = QString::fromStdString(lesson.id + "/" + step.id);
                QVERIFY2(finished.wait(120000), qPrintable(where));
                const core::StepEvaluation& live = panel.lastEvaluation();
                QCOMPARE(live.passed, headless.passed);
                QCOMPARE(live.results.size(), headless.results.size());
                for (std::size_t i = 0; i < live.results.size(); ++i) {
                    QVERIFY2(sameNumber(live.results[i].measured, headless.results[i].measured),
                             qPrintable(QStringLiteral("%1 check %2: live %3, headless %4")
                                            .arg(where)
                                            .arg(i)
                                            .arg(live.results[i].measured)
                                            .arg(headless.results[i].measured)));
                    QCOMPARE(live.results[i].explanation, headless.results[i].explanation);
                }
                QVERIFY2(live.passed, qPrintable(where)); // every solution passes
                // One undo step put the experiment in; undo gives the design back.
                stack.undo();
                QCOMPARE(doc.scenario().timeline.size(), learner.timeline.size());
                ++compared;
            }
        }
        // The bundled lessons' steps with an experiment (exact count: a step added
        // or dropped must show up here): 36.
        QCOMPARE(compared, 36);
    }

    /// A numeric guess: the reveal draws a dashed line at the guess and a solid one at the
    /// measured value on the latency chart, names both in words, and stores the result.
    void revealShowsGuessOnChart()
    {
        QSettings().clear();
        Document doc;
        QUndoStack stack;
        RunController run(&doc);
        ChartBook book;
        LessonPanel panel(&doc, &stack);
        panel.setRunController(&run);
        panel.setChartBook(&book);
        panel.setLiveSpeedOverride(0);
        panel.openLesson(0); // 01 "watch": p95 during the spike
        QVERIFY(panel.predictionPending());
        QSignalSpy finished(&panel, &LessonPanel::experimentFinished);
        panel.runExperiment(); // refused: no guess yet
        QVERIFY(!panel.isLiveRunning());
        panel.setGuess(800);
        panel.runExperiment();
        QVERIFY(panel.isLiveRunning());
        QVERIFY(finished.wait(60000));
        const auto guides = book.guides(ChartBook::Latency);
        QCOMPARE(guides.size(), std::size_t{2});
        QLineSeries* guess = book.series(ChartBook::Latency, QStringLiteral("your guess: 800 ms"));
        QVERIFY(guess);
        QCOMPARE(guess->count(), 3); // both ends and the point carrying the label
        for (int i = 0; i < 3; ++i)
            QCOMPARE(guess->at(i).y(), 800.0);
        // The label's point lies inside the run, so the label is not drawn over the axis.
        QVERIFY(guess->at(1).x() > guess->at(0).x() && guess->at(1).x() < guess->at(2).x());
        // The measured p95 of the spike window: the lesson's check says over 500 ms; the
        // headless evaluator's number for that window is the one drawn.
        const double measured = panel.revealMeasured();
        QVERIFY2(measured > 500, qPrintable(QString::number(measured)));
        const QString measuredText =
            QString::fromStdString(core::formatMetric("p95_ms", measured));
        QVERIFY(book.series(ChartBook::Latency, QStringLiteral("measured: ") + measuredText));
        QVERIFY2(panel.revealHtml().contains(QStringLiteral("800 ms")), qPrintable(panel.revealHtml()));
        QVERIFY(panel.revealHtml().contains(measuredText));
        // 800 vs over 2,000 ms is outside the 25% tolerance: stored as wrong.
        QCOMPARE(panel.predictionScore(QStringLiteral("01-single-server")), std::make_pair(0, 1));
        QCOMPARE(QSettings().value(QStringLiteral("lessons/01-single-server/predictions/watch")).toString(),
                 QStringLiteral("wrong"));
    }

    /// Presenter mode: 1-4 record the class's choice, Space runs the reveal; the answer
    /// decided by the measured run (availability under 10%: the third choice) counts right.
    void presenterVotesAndReveals()
    {
        QSettings().clear();
        Document doc;
        QUndoStack stack;
        RunController run(&doc);
        LessonPanel panel(&doc, &stack);
        panel.setRunController(&run);
        panel.setLiveSpeedOverride(0);
        panel.openLesson(1); // 02-dns-request-flow
        panel.goToStep(0);
        panel.showMe();
        panel.goToStep(2); // "crash": the only web server dies
        QWidget host;
        auto* lay = new QVBoxLayout(&host);
        auto* canvas = new QLabel("canvas");
        auto* chart = new QLabel("chart");
        lay->addWidget(canvas);
        lay->addWidget(chart);
        PresenterController presenter(canvas, chart, &panel, &run);
        presenter.enter(false);
        auto* text = presenter.window()->findChild<QLabel*>();
        Q_UNUSED(text);
        QVERIFY(panel.predictionHtml(true).contains(QStringLiteral("3&nbsp;&nbsp;")));
        QTest::keyClick(presenter.window(), Qt::Key_2);
        QCOMPARE(panel.chosenPrediction(), 1);
        QTest::keyClick(presenter.window(), Qt::Key_3);
        QCOMPARE(panel.chosenPrediction(), 2);
        QSignalSpy finished(&panel, &LessonPanel::experimentFinished);
        QTest::keyClick(presenter.window(), Qt::Key_Space);
        QVERIFY(panel.isLiveRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(panel.revealMeasured() < 0.1); // the lesson's own check: under 10%
        QCOMPARE(core::correctChoice(*panel.step()->prediction, panel.revealMeasured()), 2);
        QCOMPARE(panel.predictionScore(QStringLiteral("02-dns-request-flow")), std::make_pair(1, 1));
        presenter.leave();
    }

    void badPredictions_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("five choices") << "five" << "$.steps[0].prediction.choices: step 1 (\"watch\"): expected 2 to 4 choices, got 5";
        QTest::newRow("guess range") << "range" << "$.steps[0].prediction.guess.max: step 1 (\"watch\"): expected more than min";
        QTest::newRow("unknown field") << "unknown" << "$.steps[0].prediction.answer: step 1 (\"watch\"): unknown field";
        QTest::newRow("wrong type") << "type" << "$.steps[0].prediction.question: step 1 (\"watch\"): expected a string";
        QTest::newRow("overlap") << "overlap" << "$.steps[0].prediction.choices[1]: step 1 (\"watch\"): its range overlaps choice 1's";
        QTest::newRow("unit") << "unit" << "$.steps[0].prediction.guess.unit: step 1 (\"watch\"): expected \"ms\"";
    }

    /// A broken prediction is a diagnostic naming the file, the JSON path and the step.
    void badPredictions()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        const std::string dir = kLessons + "/01-single-server";
        QJsonObject root = QJsonDocument::fromJson(QByteArray::fromStdString(readText(dir + "/lesson.json"))).object();
        QJsonArray steps = root["steps"].toArray();
        QJsonObject step = steps[0].toObject();
        QJsonObject pr = step["prediction"].toObject();
        auto choice = [](const char* t, double mn, double mx) {
            return QJsonObject{{"text", t}, {"min", mn}, {"max", mx}};
        };
        if (edit == "five") {
            pr.remove("guess");
            pr["choices"] = QJsonArray{choice("a", 0, 1), choice("b", 1, 2), choice("c", 2, 3),
                                       choice("d", 3, 4), choice("e", 4, 5)};
        } else if (edit == "range") {
            pr["guess"] = QJsonObject{{"min", 5000}, {"max", 5000}, {"unit", "ms"}};
        } else if (edit == "unknown") {
            pr["answer"] = 3;
        } else if (edit == "type") {
            pr["question"] = 42;
        } else if (edit == "overlap") {
            pr.remove("guess");
            pr["choices"] = QJsonArray{choice("a", 0, 100), choice("b", 50, 200)};
        } else if (edit == "unit") {
            pr["guess"] = QJsonObject{{"min", 0}, {"max", 10}, {"unit", "s"}};
        }
        step["prediction"] = pr;
        steps[0] = step;
        root["steps"] = steps;
        const std::string text = QJsonDocument(root).toJson().toStdString();
        core::DirectoryLessonSource source{std::filesystem::path(dir)};
        const auto r = core::parseLesson(text, "lessons/01-single-server/lesson.json", source);
        QVERIFY(!r.lesson);
        QString all;
        for (const auto& d : r.errors)
            all += QString::fromStdString(d.toString()) + "\n";
        QVERIFY2(all.contains("lessons/01-single-server/lesson.json: " + expected), qPrintable(all));
    }

    /// Issue 14's step: a retry storm keeps the servers down after the spike (error rate
    /// 120-140 s, a minute after the spike ends at 60 s). Core tests measured 1.000 stuck
    /// and 0.0000 with shedding or breakers on the same design; the bounds leave room
    /// for the lesson's window and seed: > 0.95 stuck (every reply late), < 0.001 fixed
    /// (an M/M/16 at 1,100 of 1,600 req/s waits 200 ms with negligible probability).
    void retryStormStep()
    {
        const auto r = core::loadLessonDirectory(kLessons + "/12-monitoring-automation");
        QVERIFY(r.lesson);
        const core::LessonStep* step = nullptr;
        for (const auto& s : r.lesson->steps)
            if (s.id == "retry-storm")
                step = &s;
        QVERIFY(step && step->start && step->solution && step->prediction);
        const auto stuck = core::evaluateStep(*step, *step->start);
        const auto fixed = core::evaluateStep(*step, *step->solution);
        core::Scenario breaker = *step->start;
        breaker.workload.breaker.errorThreshold = 0.5;
        const auto broken = core::evaluateStep(*step, breaker);
        qInfo("error rate 120-140 s: as given %.4f, 200 ms queue timeout %.4f, breaker %.4f",
              stuck.results[0].measured, fixed.results[0].measured, broken.results[0].measured);
        QVERIFY(!stuck.passed);
        QVERIFY2(stuck.results[0].measured > 0.95, qPrintable(QString::number(stuck.results[0].measured)));
        QVERIFY(fixed.passed);
        QVERIFY2(fixed.results[0].measured < 0.001, qPrintable(QString::number(fixed.results[0].measured)));
        QVERIFY(broken.passed);
        QVERIFY2(broken.results[0].measured < 0.001, qPrintable(QString::number(broken.results[0].measured)));
        // The prediction's right answer follows the run: "still mostly failing" stuck,
        // "back to normal" fixed.
        QCOMPARE(core::correctChoice(*step->prediction, stuck.results[0].measured), 2);
        QCOMPARE(core::correctChoice(*step->prediction, fixed.results[0].measured), 0);
    }
};

QTEST_MAIN(TestLessonLive)
#include "tst_lesson_live.moc"
