// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/Extensions.h"

#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "charts/ChartsPanel.h"
#include "export/ExportMenu.h"
#include "MainWindow.h"
#include "model/Document.h"
#include "panels/GlossaryDialog.h"
#include "panels/GlossaryLibrary.h"
#include "panels/LessonPanel.h"
#include "panels/PalettePanel.h"
#include "panels/RunToolbar.h"
#include "panels/TimelinePanel.h"
#include "presenter/PresenterController.h"
#include "run/RunController.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QScrollArea>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>


namespace scalelab::ui::Extensions {

QToolBar* createRunToolbar(MainWindow* w)
{
    return new RunToolbar(w->runController(), w->document(), w->undoStack(), w);
}

void addDocks(MainWindow* w)
{
    auto* dock = new QDockWidget(QObject::tr("Timeline"), w);
    dock->setObjectName(QStringLiteral("timelineDock"));
    dock->setWidget(new TimelinePanel(w->document(), w->undoStack(), w->runController(), dock));
    w->addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (QDockWidget* charts = w->dock(QStringLiteral("chartsDock")))
        w->tabifyDockWidget(charts, dock);
    if (QDockWidget* charts = w->dock(QStringLiteral("chartsDock")))
        charts->raise();
    auto* lessons = new QDockWidget(QObject::tr("Lessons"), w);
    lessons->setObjectName(QStringLiteral("lessonDock"));
    // The panel scrolls vertically when a step with a prediction and long (translated)
    // buttons needs more height than a 720 px screen leaves: its minimum height must not
    // become the window's.
    auto* scroll = new QScrollArea(lessons);
    scroll->setObjectName(QStringLiteral("lessonScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* panel = new LessonPanel(w->document(), w->undoStack(), scroll);
    panel->setObjectName(QStringLiteral("lessonPanel"));
    scroll->setWidget(panel);
    lessons->setWidget(scroll);
    w->addDockWidget(Qt::RightDockWidgetArea, lessons);
    // A step replaces the design: say so, instead of the name of the file opened before.
    QObject::connect(panel, &LessonPanel::stepChanged, w, [w, panel](int, int step) {
        if (const core::Lesson* l = panel->lesson())
            w->statusBar()->showMessage(QObject::tr("Lesson \"%1\", step %2 of %3")
                                            .arg(QString::fromStdString(l->title))
                                            .arg(step + 1)
                                            .arg(l->steps.size()));
    });
    if (QDockWidget* insp = w->dock(QStringLiteral("inspectorDock")))
        w->tabifyDockWidget(insp, lessons);
    if (QDockWidget* insp = w->dock(QStringLiteral("inspectorDock")))
        insp->raise();
    // The live experiment plays in the window's own run, charts and toolbar.
    panel->setRunController(w->runController());
    panel->setChartBook(w->chartsPanel()->book());
    QObject::connect(panel, &LessonPanel::experimentStarted, w, [w](double speed) {
        if (auto* bar = w->findChild<RunToolbar*>())
            bar->setSpeed(speed);
        if (QDockWidget* charts = w->dock(QStringLiteral("chartsDock")))
            charts->raise();
    });
    // Cueing: a step points at a palette item.
    QObject::connect(panel, &LessonPanel::highlightRequested, w->palettePanel(),
                     &PalettePanel::highlightKind);
    // A glossary link in a step's text opens the glossary at that term.
    QObject::connect(panel, &LessonPanel::glossaryRequested, w,
                     [w](const QString& id) { showGlossary(w, id); });
    auto* presenter =
        new PresenterController(w->view(), w->chartsPanel(), panel, w->runController(), w);
    presenter->setObjectName(QStringLiteral("presenter"));
    presenter->setDocument(w->document());
    QObject::connect(presenter, &PresenterController::left, w, [w] { w->setPresenterMode(false); });
}

namespace {
LessonPanel* lessonPanel(MainWindow* w)
{
    return w->findChild<LessonPanel*>(QStringLiteral("lessonPanel"));
}
void showLessons(MainWindow* w)
{
    if (QDockWidget* d = w->dock(QStringLiteral("lessonDock"))) {
        d->show();
        d->raise();
    }
}
} // namespace

void fillLessonsMenu(MainWindow* w, QMenu* menu)
{
    LessonPanel* panel = lessonPanel(w);
    if (!panel)
        return;
    QAction* show = menu->addAction(QObject::tr("Show &Lessons"));
    show->setObjectName(QStringLiteral("actionLessons"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QObject::connect(show, &QAction::triggered, w, [w, panel] {
        showLessons(w);
        // The keyboard goes to the lesson list (arrows choose, Enter opens).
        if (auto* list = panel->findChild<QListWidget*>())
            list->setFocus(Qt::ShortcutFocusReason);
    });
    menu->addSeparator();
    auto add = [&](const QString& text, const QKeySequence& key, void (LessonPanel::*slot)()) {
        QAction* a = menu->addAction(text);
        if (!key.isEmpty())
            a->setShortcut(key);
        QObject::connect(a, &QAction::triggered, panel, [w, panel, slot] {
            showLessons(w);
            (panel->*slot)();
        });
    };
    add(QObject::tr("&Check My Design"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        &LessonPanel::check);
    add(QObject::tr("&Hint"), QKeySequence(Qt::CTRL | Qt::Key_H), &LessonPanel::showHint);
    add(QObject::tr("Show &Me"), {}, &LessonPanel::showMe);
    menu->addSeparator();
    add(QObject::tr("&Next Step"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
        &LessonPanel::nextStep);
    add(QObject::tr("&Previous Step"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
        &LessonPanel::previousStep);
    add(QObject::tr("&Reset Step"), {}, &LessonPanel::resetStep);
    add(QObject::tr("Restart &Lesson"), {}, &LessonPanel::restartLesson);
}

void fillExportMenu(MainWindow* w, QMenu* menu)
{
    ui::fillExportMenu(menu, w->scene(), w->runController(), w);
}

void setPresenterMode(MainWindow* w, bool on)
{
    auto* presenter = w->findChild<PresenterController*>(QStringLiteral("presenter"));
    Q_ASSERT(presenter); // made by addDocks
    if (on && !presenter->isActive())
        presenter->enter(QGuiApplication::platformName() != QLatin1String("offscreen"));
    else if (!on && presenter->isActive())
        presenter->leave();
}

QString teacherNotes(MainWindow* w)
{
    if (LessonPanel* panel = lessonPanel(w)) {
        showLessons(w);
        panel->setTeacherNotesVisible(true);
        return QStringLiteral("shown");
    }
    return {};
}

void addGlossaryAction(MainWindow* w, QMenu* help)
{
    QAction* a = new QAction(QObject::tr("&Glossary"), w);
    a->setObjectName(QStringLiteral("actionGlossary"));
    a->setShortcut(QKeySequence(Qt::Key_F1));
    a->setStatusTip(QObject::tr("The terms of the lessons in plain words, each with the lesson "
                                "that shows it"));
    QObject::connect(a, &QAction::triggered, w, [w] { showGlossary(w); });
    w->addAction(a); // listed in Help > Keyboard Shortcuts
    const QList<QAction*> existing = help->actions();
    help->insertAction(existing.isEmpty() ? nullptr : existing.first(), a);
}

QDialog* showGlossary(MainWindow* w, const QString& termId)
{
    auto* dialog = w->findChild<GlossaryDialog*>(QStringLiteral("glossaryDialog"));
    if (!dialog) {
        std::vector<GlossaryDialog::LessonRef> refs;
        if (LessonPanel* panel = lessonPanel(w))
            for (std::size_t i = 0; i < panel->lessons().size(); ++i)
                refs.push_back({panel->lessons()[i].id, static_cast<int>(i) + 1,
                                QString::fromStdString(panel->lessons()[i].title)});
        dialog = new GlossaryDialog(appGlossary(), std::move(refs), glossaryLanguage(), w);
        dialog->setProblems(appGlossaryErrors());
        QObject::connect(dialog, &GlossaryDialog::lessonRequested, w, [w](const QString& id) {
            LessonPanel* panel = lessonPanel(w);
            if (!panel)
                return;
            for (std::size_t i = 0; i < panel->lessons().size(); ++i)
                if (QString::fromStdString(panel->lessons()[i].id) == id) {
                    showLessons(w);
                    panel->openLesson(static_cast<int>(i));
                    return;
                }
        });
    }
    if (!termId.isEmpty())
        dialog->showTerm(termId);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace scalelab::ui::Extensions
