// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiOptions.h"

#include "canvas/DiagramScene.h"
#include "compare/CompareDialog.h"
#include "canvas/DiagramView.h"
#include "io/SafeWrite.h"
#include "io/ScenarioFile.h"
#include "MainWindow.h"
#include "mainwindow/Extensions.h"
#include "model/Document.h"
#include "panels/LessonPanel.h"
#include "panels/RunToolbar.h"
#include "Resources.h"
#include "run/RunController.h"
#include "theme/Theme.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPalette>
#include <QPixmap>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace scalelab::app {

namespace {
QCommandLineOption opt(const QString& name, const QString& help, const QString& value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

/// Runs the simulation until `targetS` simulated seconds (or a wall-clock limit), then
/// calls `done` paused.
void runUntil(ui::MainWindow& w, double targetS, std::function<void()> done)
{
    ui::RunController* run = w.runController();
    if (targetS <= 0) {
        done();
        return;
    }
    // Fast, but not so fast that the pause lands far past the target.
    run->setSpeed(std::max(10.0, targetS / 4.0));
    run->play();
    auto* timer = new QTimer(&w);
    auto wall = std::make_shared<QElapsedTimer>();
    wall->start();
    QObject::connect(timer, &QTimer::timeout, &w, [run, timer, targetS, done, wall] {
        const double t = core::simTimeToSeconds(run->simTime());
        const bool finished = run->state() == ui::RunController::State::Finished ||
                              run->state() == ui::RunController::State::Stopped;
        if (t >= targetS || finished || wall->elapsed() > 60000) {
            timer->stop();
            timer->deleteLater();
            if (run->state() == ui::RunController::State::Running)
                run->pause();
            QTimer::singleShot(300, done); // let the last frame reach the canvas and charts
        }
    });
    timer->start(10);
}

/// Reads a --speed value: "max" gives 0 (as fast as possible), a number from 0.1 to 1000
/// gives that many simulated seconds per wall second; anything else gives -1.
double parseSpeed(const QString& text)
{
    if (text.compare(QLatin1String("max"), Qt::CaseInsensitive) == 0)
        return 0.0;
    QString number = text;
    if (number.endsWith(QLatin1Char('x'), Qt::CaseInsensitive))
        number.chop(1);
    bool ok = false;
    const double v = number.toDouble(&ok);
    return ok && v >= 0.1 && v <= 1000 ? v : -1.0;
}

/// Index in the Lessons panel of `spec`: a lesson id ("06-replication-failover"), its
/// number prefix ("06") or its 1-based number ("6"), as the lessons/ folders count them.
/// -1 when nothing matches.
int lessonIndex(const ui::LessonPanel& panel, const QString& spec)
{
    if (spec.isEmpty())
        return -1;
    const QLatin1Char dash('-');
    for (int i = 0; i < panel.lessonCount(); ++i) {
        const QString id = QString::fromStdString(panel.lessons()[static_cast<std::size_t>(i)].id);
        if (id == spec || id.startsWith(spec + dash))
            return i;
    }
    bool ok = false;
    const int n = spec.toInt(&ok);
    return ok && n >= 1 && n <= panel.lessonCount() ? n - 1 : -1;
}

/// Shows the Lessons dock and opens the lesson `spec` (see lessonIndex); false when there
/// is no such lesson.
bool openLesson(ui::MainWindow& w, const QString& spec)
{
    auto* panel = w.findChild<ui::LessonPanel*>();
    const int index = panel ? lessonIndex(*panel, spec.isEmpty() ? QStringLiteral("1") : spec) : -1;
    if (index < 0)
        return false;
    if (QDockWidget* d = w.dock(QStringLiteral("lessonDock"))) {
        d->show();
        d->raise();
    }
    panel->openLesson(index);
    return true;
}

/// --step and --predict on the lesson just opened; false with a message on stderr.
bool applyStepOptions(ui::MainWindow& w, const GuiOptions& o)
{
    auto* panel = w.findChild<ui::LessonPanel*>();
    const core::Lesson* lesson = panel ? panel->lesson() : nullptr;
    if (!lesson)
        return o.step == 0 && o.predict.isEmpty();
    if (o.step != 0) {
        const int steps = static_cast<int>(lesson->steps.size());
        if (o.step < 1 || o.step > steps) {
            std::fprintf(stderr, "scalelab: --step expects 1 to %d for this lesson, got %d\n",
                         steps, o.step);
            return false;
        }
        panel->goToStep(o.step - 1);
    }
    if (o.predict.isEmpty())
        return true;
    const core::LessonStep* s = panel->step();
    bool ok = false;
    const double value = o.predict.toDouble(&ok); // C locale: a data value, like --speed
    if (!s || !s->prediction || !ok) {
        std::fprintf(stderr, "scalelab: --predict needs a step with a prediction and a number, "
                             "got \"%s\"\n", qPrintable(o.predict));
        return false;
    }
    if (s->prediction->numeric()) {
        panel->setGuess(value);
    } else {
        const int choices = static_cast<int>(s->prediction->choices.size());
        if (value != static_cast<int>(value) || value < 1 || value > choices) {
            std::fprintf(stderr, "scalelab: --predict expects a choice from 1 to %d, got %s\n",
                         choices, qPrintable(o.predict));
            return false;
        }
        panel->choosePrediction(static_cast<int>(value) - 1);
    }
    return true;
}

core::TimelineEvent parseInject(const QString& spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    core::TimelineEvent e;
    e.type = parts.value(0).toStdString();
    e.target = parts.value(1).toStdString();
    e.target2 = parts.value(2).toStdString();
    e.durationS = parts.value(3).toDouble();
    if (e.type == "spike") {
        e.factor = 5;
        e.durationS = e.durationS > 0 ? e.durationS : 30;
    }
    if (e.type == "slow")
        e.factor = 5;
    return e;
}
} // namespace

void GuiOptions::declare(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("ScaleLab: build, run and break a web architecture."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Scenario file to open."),
                                 QStringLiteral("[file]"));
    parser.addOption(opt(QStringLiteral("example"),
                         QStringLiteral("Open a bundled example (e.g. 03)."), QStringLiteral("n")));
    parser.addOption(opt(QStringLiteral("new"), QStringLiteral("Start with an empty scenario.")));
    parser.addOption(
        opt(QStringLiteral("no-run"), QStringLiteral("Do not start the example running.")));
    parser.addOption(opt(QStringLiteral("screenshot"),
                         QStringLiteral("Grab the window to this PNG and quit."),
                         QStringLiteral("png")));
    parser.addOption(opt(QStringLiteral("run-seconds"),
                         QStringLiteral("Simulated seconds to run first."), QStringLiteral("s")));
    parser.addOption(opt(QStringLiteral("inject"),
                         QStringLiteral("Event type:target[:target2[:duration]] to inject."),
                         QStringLiteral("event")));
    parser.addOption(opt(QStringLiteral("after-seconds"),
                         QStringLiteral("Simulated seconds to run after the injection."),
                         QStringLiteral("s")));
    parser.addOption(opt(QStringLiteral("select"), QStringLiteral("Select this component."),
                         QStringLiteral("id")));
    parser.addOption(
        opt(QStringLiteral("mode"),
            QStringLiteral("presenter, spof, lesson, notes (the lesson's teacher notes), glossary "
                           "(Help > Glossary), experiment (play the lesson step's experiment "
                           "to its reveal), compare (the step's Compare designs), history or "
                           "timeline (repeatable)."),
            QStringLiteral("mode")));
    parser.addOption(opt(QStringLiteral("lesson"),
                         QStringLiteral("Open this lesson in the Lessons panel: its number as in "
                                        "lessons/ (1 to 14, e.g. 06) or its id."),
                         QStringLiteral("n")));
    parser.addOption(opt(QStringLiteral("step"),
                         QStringLiteral("With --lesson: go to this step (1 = the first)."),
                         QStringLiteral("n")));
    parser.addOption(opt(QStringLiteral("predict"),
                         QStringLiteral("With --lesson: answer the step's prediction, a choice "
                                        "(1 to 4) or a numeric guess in the slider's unit."),
                         QStringLiteral("answer")));
    parser.addOption(opt(QStringLiteral("glossary-term"),
                         QStringLiteral("Open Help > Glossary at this term (its id, e.g. "
                                        "replication-lag)."),
                         QStringLiteral("id")));
    parser.addOption(
        opt(QStringLiteral("size"), QStringLiteral("Window size WxH."), QStringLiteral("WxH")));
    parser.addOption(opt(QStringLiteral("dump-scenario"),
                         QStringLiteral("Write the document to this file after start-up and quit."),
                         QStringLiteral("path")));
    parser.addOption(opt(QStringLiteral("dark"), QStringLiteral("Use a dark palette.")));
    parser.addOption(opt(QStringLiteral("high-contrast"),
                         QStringLiteral("Use the high-contrast theme (white on black).")));
    parser.addOption(opt(QStringLiteral("speed"),
                         QStringLiteral("Start running at this speed: max (as fast as possible) or "
                                        "simulated seconds per second, 0.1 to 1000 (e.g. 8)."),
                         QStringLiteral("x")));
    parser.addOption(opt(QStringLiteral("compare-variant"),
                         QStringLiteral("With --screenshot: open Run > Compare with... on this "
                                        "variant (cache, web, replica) or scenario file, run it "
                                        "and grab the dialog."),
                         QStringLiteral("variant")));
    parser.addOption(opt(QStringLiteral("compare-seeds"),
                         QStringLiteral("Seeds per design for --compare-variant (2 to 100, default 5)."),
                         QStringLiteral("n")));
    parser.addOption(opt(QStringLiteral("demo-edits"),
                         QStringLiteral("Make this many unsaved edits (tests)."),
                         QStringLiteral("n")));
}

void GuiOptions::read(const QCommandLineParser& p)
{
    file = p.positionalArguments().value(0);
    example = p.value(QStringLiteral("example"));
    newDocument = p.isSet(QStringLiteral("new"));
    noRun = p.isSet(QStringLiteral("no-run"));
    screenshot = p.value(QStringLiteral("screenshot"));
    runSeconds = p.value(QStringLiteral("run-seconds")).toDouble();
    inject = p.value(QStringLiteral("inject"));
    afterSeconds = p.value(QStringLiteral("after-seconds")).toDouble();
    select = p.value(QStringLiteral("select"));
    modes = p.values(QStringLiteral("mode"));
    lesson = p.value(QStringLiteral("lesson"));
    glossaryTerm = p.value(QStringLiteral("glossary-term"));
    step = p.value(QStringLiteral("step")).toInt();
    predict = p.value(QStringLiteral("predict"));
    const QStringList wh = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
    if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
        size = QSize(wh[0].toInt(), wh[1].toInt());
    dumpScenario = p.value(QStringLiteral("dump-scenario"));
    demoEdits = p.value(QStringLiteral("demo-edits")).toInt();
    dark = p.isSet(QStringLiteral("dark"));
    highContrast = p.isSet(QStringLiteral("high-contrast"));
    speed = p.value(QStringLiteral("speed"));
    compareVariant = p.value(QStringLiteral("compare-variant"));
    if (p.isSet(QStringLiteral("compare-seeds")))
        compareSeeds = p.value(QStringLiteral("compare-seeds")).toInt();
}

namespace {
/// Grabs `dialog` to `path` half a second after its comparison ends, then quits.
void grabWhenCompared(ui::MainWindow& w, ui::CompareDialog* dialog, const QString& path)
{
    QObject::connect(dialog, &ui::CompareDialog::compareFinished, &w, [&w, dialog, path] {
        QTimer::singleShot(500, &w, [&w, dialog, path] {
            const QPixmap shot = dialog->grab();
            QBuffer png;
            png.open(QIODevice::WriteOnly);
            QString error;
            const bool ok = shot.save(&png, "PNG") && ui::writeFileSafely(path, png.data(), &error);
            std::fprintf(stderr, "%s %s (%dx%d)%s%s\n", ok ? "wrote" : "FAILED", qPrintable(path),
                         shot.width(), shot.height(), error.isEmpty() ? "" : ": ", qPrintable(error));
            w.setInteractive(false);
            w.close();
            QApplication::exit(ok ? 0 : 1);
        });
    });
}

/// --compare-variant: opens the compare dialog through its menu action, runs it and
/// grabs the dialog once the comparison has finished.
void shootCompare(ui::MainWindow& w, const GuiOptions& o)
{
    auto fail = [&w](const QString& why) {
        std::fprintf(stderr, "scalelab: --compare-variant: %s\n", qPrintable(why));
        w.setInteractive(false);
        w.close();
        QApplication::exit(2);
    };
    w.action(QStringLiteral("actionCompare"))->trigger();
    auto* dialog = w.findChild<ui::CompareDialog*>();
    if (!dialog)
        return fail(QStringLiteral("the dialog did not open"));
    dialog->resize(o.size.width() * 9 / 10, o.size.height() * 19 / 20);
    QString error;
    const bool chosen = o.compareVariant.endsWith(QLatin1String(".json"))
                            ? dialog->setOtherFile(o.compareVariant, &error)
                            : dialog->setVariant(o.compareVariant);
    if (!chosen)
        return fail(error.isEmpty() ? QStringLiteral("\"%1\" is not a variant of this design (cache, web, replica) "
                                                     "or a scenario file").arg(o.compareVariant)
                                    : error);
    if (o.compareSeeds < core::kMinCompareSeeds || o.compareSeeds > core::kMaxCompareSeeds)
        return fail(QStringLiteral("--compare-seeds expects 2 to 100, got %1").arg(o.compareSeeds));
    dialog->setSeeds(o.compareSeeds);
    grabWhenCompared(w, dialog, o.screenshot);
    if (!dialog->start())
        fail(dialog->statusText());
}

/// --mode compare: the lesson step's "Compare designs", grabbed when it has finished.
void shootLessonCompare(ui::MainWindow& w, const GuiOptions& o)
{
    auto* panel = w.findChild<ui::LessonPanel*>();
    if (!panel || !panel->step() || !panel->step()->compare) {
        std::fprintf(stderr, "scalelab: --mode compare needs a lesson step with a comparison\n");
        w.setInteractive(false);
        w.close();
        QApplication::exit(2);
        return;
    }
    QObject::connect(panel, &ui::LessonPanel::compareOpened, &w, [&w, o](ui::CompareDialog* d) {
        d->resize(o.size.width() * 9 / 10, o.size.height() * 19 / 20);
        grabWhenCompared(w, d, o.screenshot);
    });
    panel->compareDesigns();
    if (!panel->findChild<ui::CompareDialog*>() && !w.findChild<ui::CompareDialog*>()) {
        std::fprintf(stderr, "scalelab: --mode compare: the comparison did not start\n");
        w.setInteractive(false);
        w.close();
        QApplication::exit(2);
    }
}
} // namespace

QString startTheme(const GuiOptions& o)
{
    if (o.dark)
        return QStringLiteral("dark");
    if (o.highContrast)
        return QStringLiteral("high-contrast");
    return ui::themeSetting();
}

int runGui(QApplication& app, ui::MainWindow& w, const GuiOptions& o)
{
    const double speed = o.speed.isEmpty() ? -1.0 : parseSpeed(o.speed);
    if (!o.speed.isEmpty() && speed < 0) {
        std::fprintf(stderr, "scalelab: --speed expects max or a number from 0.1 to 1000, got \"%s\"\n",
                     qPrintable(o.speed));
        return 2;
    }
    const bool scripted = !o.screenshot.isEmpty() || !o.dumpScenario.isEmpty() || o.demoEdits > 0;
    w.setInteractive(!scripted);
    w.resize(o.size);
    w.show();
    w.startSession();
    const bool recovered = w.isModified();
    bool opened = recovered;
    if (!opened && !o.file.isEmpty()) {
        opened = w.openFile(o.file);
        if (!opened)
            std::fprintf(stderr, "%s\n", qPrintable(w.lastError()));
    }
    if (!opened && o.newDocument) {
        w.newDocument();
        opened = true;
    }
    if (!opened) {
        QString res = o.example;
        if (!res.startsWith(QLatin1Char(':'))) {
            const QStringList all = ui::exampleResources();
            res = all.isEmpty() ? QString() : all.last();
            // Default: the chapter's load-balanced example, so the window starts alive.
            const QString wanted = o.example.isEmpty() ? QStringLiteral("07") : o.example;
            for (const QString& r : all)
                if (QFileInfo(r).fileName().startsWith(wanted))
                    res = r;
        }
        if (!res.isEmpty())
            w.openFile(res);
    }
    // A lesson given on the command line: open it now, also without --mode lesson.
    const bool wantsLesson = !o.lesson.isEmpty() || o.modes.contains(QStringLiteral("lesson"));
    if (wantsLesson && !openLesson(w, o.lesson)) {
        const auto* panel = w.findChild<ui::LessonPanel*>();
        std::fprintf(
            stderr, "scalelab: --lesson expects a number from 1 to %d or a lesson id, got \"%s\"\n",
            panel ? panel->lessonCount() : 0, qPrintable(o.lesson));
        w.setInteractive(false);
        w.close();
        return 2;
    }
    if (wantsLesson && !applyStepOptions(w, o)) {
        w.setInteractive(false);
        w.close();
        return 2;
    }
    for (int i = 0; i < o.demoEdits; ++i)
        w.scene()->addComponentAt(QStringLiteral("web_server"), QPointF(200 + 200 * i, 400));

    if (!o.dumpScenario.isEmpty()) {
        QString error;
        const bool ok = ui::saveScenarioFile(o.dumpScenario, w.document()->scenario(), &error);
        if (!ok)
            std::fprintf(stderr, "%s\n", qPrintable(error));
        w.setInteractive(false);
        w.close();
        return ok ? 0 : 1;
    }
    if (!scripted) {
        if (speed >= 0) {
            // Through the toolbar, so its slider and "max" button show the speed in use.
            if (auto* bar = w.findChild<ui::RunToolbar*>())
                bar->setSpeed(speed);
            else
                w.runController()->setSpeed(speed);
        }
        // A lesson opens paused: its step text comes first.
        const bool autoPlay = !recovered && o.file.isEmpty() && !o.newDocument && !wantsLesson;
        if ((autoPlay || speed >= 0) && !o.noRun)
            QTimer::singleShot(400, w.runController(), &ui::RunController::play);
        return app.exec();
    }
    if (o.screenshot.isEmpty())
        return app.exec(); // demo edits: stay alive until killed

    // Scripted screenshot session.
    if (!o.compareVariant.isEmpty()) {
        QTimer::singleShot(300, &w, [&w, o] { shootCompare(w, o); });
        return app.exec();
    }
    auto finish = [&w, o] {
        if (o.modes.contains(QStringLiteral("compare"))) {
            shootLessonCompare(w, o);
            return;
        }
        if (!o.select.isEmpty())
            w.scene()->selectComponents({o.select});
        for (const QString& m : o.modes) {
            if (m == QLatin1String("presenter"))
                w.setPresenterMode(true);
            else if (m == QLatin1String("lesson"))
                continue; // opened at start-up
            else if (m == QLatin1String("glossary"))
                ui::Extensions::showGlossary(&w, o.glossaryTerm);
            else if (m == QLatin1String("notes")) {
                if (auto* panel = w.findChild<ui::LessonPanel*>())
                    panel->setTeacherNotesVisible(true);
            } else if (m == QLatin1String("spof"))
                w.action(QStringLiteral("actionSpof"))->setChecked(true);
            else if (QDockWidget* d = w.dock(m + QStringLiteral("Dock"))) {
                d->show();
                d->raise();
            }
        }
        QTimer::singleShot(200, &w, [&w] { w.view()->zoomToFit(); });
        QTimer::singleShot(900, &w, [&w, o] {
            // Presenter mode has its own window: grab that one.
            QWidget* target = &w;
            for (QWidget* top : QApplication::topLevelWidgets())
                if (top != &w && top->isVisible() && top->isWindow() && top->inherits("QWidget") &&
                    top->width() > 400 && !top->inherits("QMenu") && !top->inherits("QDockWidget"))
                    target = top;
            const QPixmap shot = target->grab();
            QBuffer png;
            png.open(QIODevice::WriteOnly);
            QString error;
            const bool ok = shot.save(&png, "PNG") && ui::writeFileSafely(o.screenshot, png.data(), &error);
            std::fprintf(stderr, "%s %s (%dx%d)%s%s\n", ok ? "wrote" : "FAILED",
                         qPrintable(o.screenshot), shot.width(), shot.height(),
                         error.isEmpty() ? "" : ": ", qPrintable(error));
            w.setInteractive(false);
            w.close();
            QApplication::exit(ok ? 0 : 1);
        });
    };
    if (o.modes.contains(QStringLiteral("experiment"))) {
        QTimer::singleShot(300, &w, [&w, finish] {
            auto* panel = w.findChild<ui::LessonPanel*>();
            if (!panel || !panel->step() || !panel->step()->experiment) {
                std::fprintf(stderr, "scalelab: --mode experiment needs a lesson step with an "
                                     "experiment\n");
                QApplication::exit(2);
                return;
            }
            panel->setLiveSpeedOverride(0); // as fast as the machine goes: a screenshot
            QObject::connect(panel, &ui::LessonPanel::experimentFinished, &w,
                             [finish](bool) { QTimer::singleShot(300, finish); });
            panel->runExperiment(/*skipPrediction=*/true);
        });
        return app.exec();
    }
    QTimer::singleShot(300, &w, [&w, o, finish] {
        w.view()->zoomToFit();
        runUntil(w, o.runSeconds, [&w, o, finish] {
            if (o.inject.isEmpty()) {
                finish();
                return;
            }
            if (w.runController()->state() != ui::RunController::State::Stopped)
                w.runController()->play();
            w.injectEvent(parseInject(o.inject));
            runUntil(w, o.runSeconds + o.afterSeconds, finish);
        });
    });
    return app.exec();
}

} // namespace scalelab::app
