// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson panel offscreen: bundled lessons load, a step's start and "Show me" are
// undoable, Check runs on a worker thread and passes on the solution, progress is
// saved per user; presenter mode borrows the widgets and gives them back.
#include "model/Document.h"
#include "panels/LessonPanel.h"
#include "presenter/PresenterController.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace scalelab;
using namespace scalelab::ui;

class TestLessonPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ScaleLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lessonpanel"));
        QSettings().clear();
    }

    void showMeAndCheck()
    {
        Document doc;
        QUndoStack stack;
        LessonPanel panel(&doc, &stack);
        QCOMPARE(panel.lessonCount(), 14);
        QSignalSpy highlight(&panel, &LessonPanel::highlightRequested);

        panel.openLesson(4); // 05-load-balancer
        QCOMPARE(QString::fromStdString(panel.lesson()->id), QString("05-load-balancer"));
        QVERIFY(doc.scenario() == *panel.step()->start); // the first step loads its start
        QCOMPARE(stack.count(), 1);

        panel.nextStep(); // "balance": a build step continuing from the canvas
        QCOMPARE(panel.currentStep(), 1);
        QCOMPARE(stack.count(), 1);
        QVERIFY(!highlight.isEmpty());
        QCOMPARE(highlight.last().at(0).toString(), QString("load_balancer"));

        panel.showMe();
        QCOMPARE(stack.count(), 2);
        QVERIFY(doc.scenario() == *panel.step()->solution);
        stack.undo();
        QVERIFY(doc.scenario() == *panel.lesson()->steps[0].start);
        stack.redo();
        QVERIFY(doc.scenario() == *panel.step()->solution);

        QSignalSpy finished(&panel, &LessonPanel::checkFinished);
        panel.check();
        QVERIFY(panel.isChecking()); // the GUI thread returned before the experiment finished
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        const auto& ev = panel.lastEvaluation();
        QCOMPARE(ev.results.size(), panel.step()->checks.size());
        QVERIFY(ev.ranExperiment);
        // the availability after the crash is a measured fraction above the 99% goal
        QVERIFY(ev.results.back().measured > 0.99 && ev.results.back().measured <= 1.0);
        QCOMPARE(panel.completedSteps("05-load-balancer"), QStringList{"balance"});
        panel.resetStep(); // back to where the step began: the previous step's solution
        QCOMPARE(stack.count(), 3);
        QVERIFY(doc.scenario() == *panel.lesson()->steps[0].solution);
        QCOMPARE(QSettings().value("lessons/05-load-balancer/completed").toStringList(),
                 QStringList{"balance"});
    }

    void preparedDemonstrationReplays()
    {
        Document doc;
        QUndoStack stack;
        LessonPanel panel(&doc, &stack);
        panel.openLesson(5); // 06: step 2 loses the primary at 30 s
        panel.nextStep();
        panel.showMe();
        const int before = stack.count();
        panel.prepareDemonstration();
        QCOMPARE(stack.count(), before + 1); // one undo step
        const core::Scenario& s = doc.scenario();
        QCOMPARE(s.timeline.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(s.timeline[0].type), QString("master_loss"));
        QCOMPARE(QString::fromStdString(s.timeline[0].target),
                 QString("db")); // "role:primary" resolved
        QCOMPARE(s.timeline[0].atS, 30.0);
        QCOMPARE(s.run.durationS, panel.step()->experiment->durationS);
        QCOMPARE(s.run.seed, panel.step()->experiment->seed); // seeded: replays identically
        const auto failure = panel.preparedFailure();
        QCOMPARE(failure.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(failure[0].target), QString("db"));
        stack.undo();
        QVERIFY(doc.scenario().timeline.empty());

        // The teacher's button: hidden with the notes, shown with them, and it does the same.
        QPushButton* demo = nullptr;
        for (QPushButton* b : panel.findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("demonstration")))
                demo = b;
        QVERIFY(demo);
        panel.show();
        QVERIFY(!demo->isVisible());
        panel.setTeacherNotesVisible(true);
        QVERIFY(demo->isVisible());
        QVERIFY(demo->isEnabled()); // this step has an experiment
        demo->click();
        QCOMPARE(doc.scenario().timeline.size(), std::size_t{1});
        QCOMPARE(doc.scenario().timeline[0].atS, 30.0);
        panel.setTeacherNotesVisible(false);
        QVERIFY(!demo->isVisible());
    }

    void checkFailsOnStart()
    {
        Document doc;
        QUndoStack stack;
        LessonPanel panel(&doc, &stack);
        panel.openLesson(0);
        panel.nextStep(); // 01 "scale-up": the start still has 4 workers
        QSignalSpy finished(&panel, &LessonPanel::checkFinished);
        panel.check();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(panel.completedSteps("01-single-server").isEmpty());
    }

    void presenterBorrowsAndReturnsWidgets()
    {
        Document doc;
        QUndoStack stack;
        LessonPanel panel(&doc, &stack);
        panel.openLesson(0);
        QWidget host;
        auto* lay = new QVBoxLayout(&host);
        auto* canvas = new QLabel("canvas");
        auto* chart = new QLabel("chart");
        lay->addWidget(canvas);
        lay->addWidget(chart);
        PresenterController presenter(canvas, chart, &panel, nullptr);
        presenter.enter(false);
        QVERIFY(presenter.isActive());
        QCOMPARE(canvas->window(), presenter.window());
        QTest::keyClick(presenter.window(), Qt::Key_PageDown);
        QCOMPARE(panel.currentStep(), 1);
        QSignalSpy failure(&presenter, &PresenterController::failureTriggered);
        QTest::keyClick(presenter.window(), Qt::Key_B); // step 2 prepares a 2x spike
        QCOMPARE(failure.size(), 1);
        QCOMPARE(failure.last().at(0).toInt(), 1);
        QTest::keyClick(presenter.window(), Qt::Key_Escape);
        QVERIFY(!presenter.isActive());
        QCOMPARE(canvas->parentWidget(), &host);
        QCOMPARE(lay->indexOf(canvas), 0);
        QCOMPARE(lay->indexOf(chart), 1);
    }
};

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
