// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard-only use and screen-reader texts: the canvas's items read through QAccessible
// (name, kind, state and load as text), every visible control of the window has an
// accessible name, the canvas keys (Tab, arrows, Shift+arrows, C, Enter, Esc, Delete)
// place, connect, move and delete, and a whole lesson step (05, "Add a load balancer") is
// built and checked with key events only.
#include "canvas/ComponentItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "MainWindow.h"
#include "model/Document.h"
#include "panels/InspectorPanel.h"
#include "panels/LessonPanel.h"
#include "panels/PalettePanel.h"
#include "Resources.h"
#include "theme/Theme.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace scalelab;
using namespace scalelab::ui;

namespace {

core::Scenario threeTier()
{
    core::Scenario s;
    s.name = "a11y";
    auto add = [&s](const char* id, const char* kind, const char* name, double x, double y) {
        core::Component c;
        c.id = id;
        c.kind = kind;
        c.name = name;
        c.position = {x, y};
        s.components.push_back(c);
    };
    add("users", "users", "Users", 0, 0);
    add("web1", "web_server", "Web 1", 300, 0);
    add("db", "database", "Main DB", 600, 0);
    s.connections.push_back({"users", "web1", 0.0});
    s.connections.push_back({"web1", "db", 0.0});
    return s;
}

/// A key as the user presses it: to whatever has the keyboard focus.
void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY2(target, "no widget has the keyboard focus");
    QTest::keyClick(target, static_cast<Qt::Key>(key), mods);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ScaleLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        QSettings().clear();
    }

    void canvasItemsSpeak()
    {
        MainWindow w;
        w.setInteractive(false);
        w.setScenario(threeTier(), {});
        QAccessibleInterface* canvas = QAccessible::queryAccessibleInterface(w.view());
        QVERIFY(canvas);
        QCOMPARE(canvas->role(), QAccessible::Canvas);
        // 3 components, then 2 connections.
        QCOMPARE(canvas->childCount(), 5);
        QAccessibleInterface* web = canvas->child(1);
        QVERIFY(web && web->isValid());
        QCOMPARE(web->parent(), canvas);
        QCOMPARE(canvas->indexOfChild(web), 1);
        QCOMPARE(web->text(QAccessible::Name), QString("Web 1"));
        // Not running yet: the kind, the state and where it sends requests.
        QCOMPARE(web->text(QAccessible::Description),
                 QString("Web server; not running; sends to Main DB"));
        QCOMPARE(canvas->child(3)->text(QAccessible::Name), QString("Users to Web 1"));
        QCOMPARE(canvas->child(3)->text(QAccessible::Description),
                 QString("connection; not running"));

        // A live frame: the load as words and numbers, not only as the box's colour.
        LiveFrame f;
        ComponentLive live;
        live.id = "web1";
        live.utilization = 0.72;
        live.queueLength = 3;
        live.throughputRps = 120;
        f.components.push_back(live);
        ComponentLive dbLive;
        dbLive.id = "db";
        dbLive.down = true;
        f.components.push_back(dbLive);
        LinkLive link{"users", "web1", 120.0, 4.0};
        f.links.push_back(link);
        w.scene()->applyFrame(f);
        // 72% busy is below the overloaded level (the colour scale's top band); the queue
        // is written as on the canvas ("queue 3.0": one decimal below 10).
        QCOMPARE(web->text(QAccessible::Description),
                 QString("Web server; running; load 72%; queue 3.0; 120 req/s; sends to Main DB"));
        QCOMPARE(canvas->child(2)->text(QAccessible::Description),
                 QString("Database · primary; down"));
        QCOMPARE(canvas->child(3)->text(QAccessible::Description),
                 QString("connection; 120 req/s; 4.0 errors/s"));

        // Selection and focus are part of the state.
        QVERIFY(!web->state().selected);
        w.scene()->selectComponents({"web1"});
        QVERIFY(web->state().selected);
        QVERIFY(web->state().selectable);

        // A removed component's interface is no longer valid and no longer a child.
        w.scene()->selectComponents({"db"});
        w.scene()->deleteSelection();
        QCOMPARE(canvas->childCount(), 3); // users, web1, users -> web1
        QCOMPARE(canvas->child(2)->text(QAccessible::Name), QString("Users to Web 1"));
    }

    void everyControlHasAName()
    {
        MainWindow w;
        w.setInteractive(false);
        w.setScenario(threeTier(), {});
        w.resize(1500, 940);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.scene()->selectComponents({"web1"}); // fills the inspector
        QCoreApplication::processEvents();
        QStringList unnamed;
        int checked = 0;
        for (QWidget* c : w.findChildren<QWidget*>()) {
            if (!c->isVisible())
                continue;
            const bool control = qobject_cast<QAbstractButton*>(c) || qobject_cast<QComboBox*>(c) ||
                                 qobject_cast<QAbstractSpinBox*>(c) ||
                                 (qobject_cast<QLineEdit*>(c) &&
                                  !qobject_cast<QAbstractSpinBox*>(c->parentWidget()) &&
                                  !qobject_cast<QComboBox*>(c->parentWidget())) ||
                                 qobject_cast<QSlider*>(c);
            if (!control)
                continue;
            ++checked;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(c);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 \"%2\" in %3")
                               .arg(QString::fromLatin1(c->metaObject()->className()),
                                    c->objectName(),
                                    c->parentWidget() ? c->parentWidget()->objectName()
                                                      : QString());
        }
        // The window has dozens of controls (run toolbar, inspector fields, lesson panel).
        QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    void canvasKeys()
    {
        MainWindow w;
        w.setInteractive(false);
        w.setScenario(threeTier(), {});
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        DiagramScene* scene = w.scene();
        Document* doc = w.document();
        w.view()->setFocus();
        QVERIFY(w.view()->hasFocus());

        // Tab walks components in document order, then connections; past the end it
        // leaves the canvas.
        press(Qt::Key_Tab);
        QCOMPARE(scene->currentComponentId(), QString("users"));
        press(Qt::Key_Tab);
        QCOMPARE(scene->currentComponentId(), QString("web1"));
        press(Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(scene->currentComponentId(), QString("users"));
        // The arrow keys pick the nearest component that way: web1 is 300 px right of users.
        press(Qt::Key_Right);
        QCOMPARE(scene->currentComponentId(), QString("web1"));
        press(Qt::Key_Right);
        QCOMPARE(scene->currentComponentId(), QString("db"));
        press(Qt::Key_Right); // nothing further right: the selection stays
        QCOMPARE(scene->currentComponentId(), QString("db"));

        // Shift+arrow: one grid step (DiagramScene::kGrid = 20 px) per press, one undo each.
        const int undoBefore = w.undoStack()->count();
        press(Qt::Key_Down, Qt::ShiftModifier);
        press(Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(doc->component("db")->position.y, 40.0);
        QCOMPARE(doc->component("db")->position.x, 600.0);
        QCOMPARE(w.undoStack()->count(), undoBefore + 2);

        // C starts a connection from the current component; Esc cancels it.
        press(Qt::Key_Left); // web1
        QCOMPARE(scene->currentComponentId(), QString("web1"));
        press(Qt::Key_C);
        QVERIFY(scene->keyboardConnectionPending());
        QCOMPARE(scene->keyboardConnectionSource(), QString("web1"));
        press(Qt::Key_Escape);
        QVERIFY(!scene->keyboardConnectionPending());
        QCOMPARE(doc->scenario().connections.size(), std::size_t(2));

        // Place a second web server from the palette with the keyboard: F6 reaches the
        // palette (it comes before the canvas), Home and Down choose, Enter places it
        // in the middle of the canvas and gives the canvas the focus.
        for (int i = 0; i < 10 && !w.palettePanel()->hasFocus(); ++i)
            press(Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(w.palettePanel()->hasFocus());
        choosePaletteKind(w.palettePanel(), QStringLiteral("web_server"));
        press(Qt::Key_Return);
        QCOMPARE(doc->scenario().components.size(), std::size_t(4));
        QVERIFY(w.view()->hasFocus());
        const QString web2 = scene->currentComponentId();
        QVERIFY(web2.startsWith(QLatin1String("web_server")));
        // Connect it to the database: C, Tab to the target (components only, the source
        // skipped), Enter.
        press(Qt::Key_C);
        tabToComponent(scene, QStringLiteral("db"));
        press(Qt::Key_Return);
        QVERIFY(!scene->keyboardConnectionPending());
        QVERIFY(scene->connectionItem(web2, QStringLiteral("db")));
        QCOMPARE(doc->scenario().connections.size(), std::size_t(3));

        // Delete the new server by keyboard; its connection goes with it; undo restores.
        tabToComponent(scene, web2);
        press(Qt::Key_Delete);
        QCOMPARE(doc->scenario().components.size(), std::size_t(3));
        QCOMPARE(doc->scenario().connections.size(), std::size_t(2));
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->scenario().components.size(), std::size_t(4));
        QCOMPARE(doc->scenario().connections.size(), std::size_t(3));

        // Enter opens the current component in the inspector.
        w.view()->setFocus();
        tabToComponent(scene, QStringLiteral("web1"));
        press(Qt::Key_Return);
        QVERIFY(w.inspector()->isAncestorOf(QApplication::focusWidget()));
    }

    void lessonStepByKeyboardOnly()
    {
        MainWindow w;
        w.setInteractive(false);
        w.resize(1500, 940);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto* panel = w.findChild<LessonPanel*>(QStringLiteral("lessonPanel"));
        QVERIFY(panel);
        w.view()->setFocus();
        DiagramScene* scene = w.scene();
        Document* doc = w.document();

        // Keys only from here. Lessons > Show Lessons (Ctrl+1) puts the focus in the lesson
        // list; Home, four times Down and Enter open the fifth lesson.
        press(Qt::Key_1, Qt::ControlModifier);
        auto* list = panel->findChild<QListWidget*>();
        QVERIFY(list);
        QVERIFY(list->hasFocus());
        press(Qt::Key_Home);
        for (int i = 0; i < 4; ++i)
            press(Qt::Key_Down);
        press(Qt::Key_Return);
        QVERIFY(panel->lesson());
        QCOMPARE(QString::fromStdString(panel->lesson()->id), QString("05-load-balancer"));
        QCOMPARE(panel->currentStep(), 0); // "One server, one crash"
        // Lessons > Next Step.
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(QString::fromStdString(panel->step()->id), QString("balance"));
        // The start: users -> web1 -> db.
        QCOMPARE(doc->scenario().components.size(), std::size_t(3));

        // A load balancer and a second web server from the palette.
        const auto place = [&](const QString& kind) {
            for (int i = 0; i < 10 && !w.palettePanel()->hasFocus(); ++i)
                press(Qt::Key_F6);
            QVERIFY(w.palettePanel()->hasFocus());
            choosePaletteKind(w.palettePanel(), kind);
            press(Qt::Key_Return);
            QVERIFY(w.view()->hasFocus());
        };
        place(QStringLiteral("load_balancer"));
        const QString lb = scene->currentComponentId();
        place(QStringLiteral("web_server"));
        const QString web2 = scene->currentComponentId();
        QCOMPARE(doc->scenario().components.size(), std::size_t(5));
        QVERIFY(lb.startsWith(QLatin1String("load_balancer")));

        // Users no longer talk to web1 directly: Tab past the components to that
        // connection, Delete.
        for (int i = 0; i < 12 && scene->selectedConnections().empty(); ++i)
            press(Qt::Key_Tab);
        const auto selected = scene->selectedConnections();
        QCOMPARE(selected.size(), std::size_t(1));
        QCOMPARE(selected.front(), (std::pair<QString, QString>("users", "web1")));
        press(Qt::Key_Delete);
        QVERIFY(!scene->connectionItem("users", "web1"));

        const auto connect = [&](const QString& from, const QString& to) {
            w.view()->setFocus(); // a no-op when the canvas has it already
            tabToComponent(scene, from);
            press(Qt::Key_C);
            QVERIFY(scene->keyboardConnectionPending());
            tabToComponent(scene, to);
            press(Qt::Key_Return);
            QVERIFY2(scene->connectionItem(from, to), qPrintable(from + " -> " + to));
        };
        connect("users", lb);
        connect(lb, "web1");
        connect(lb, web2);
        connect(web2, "db");

        // Lessons > Check My Design (Ctrl+Return): the experiment crashes a web server at
        // 30 s; with two behind the balancer the site stays up.
        QSignalSpy finished(panel, &LessonPanel::checkFinished);
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(panel->isChecking());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        const auto& ev = panel->lastEvaluation();
        QCOMPARE(ev.results.size(), panel->step()->checks.size());
        QVERIFY(ev.ranExperiment);
        for (const auto& r : ev.results)
            QVERIFY2(r.passed, (r.description + ": " + r.explanation).c_str());
    }

    void highContrastTheme()
    {
        const QPalette p = highContrastPalette();
        // WCAG 2 AAA asks 7:1 for text; white on black is 21:1, black on yellow 19.6:1.
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::PlaceholderText, QPalette::Base},
            {QPalette::Link, QPalette::Base},
            {QPalette::Mid, QPalette::Window}, // frames
        };
        for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            for (const auto& [fg, bg] : pairs) {
                const double r = contrastRatio(p.color(g, fg), p.color(g, bg));
                QVERIFY2(r >= 7.0, qPrintable(QStringLiteral("group %1, roles %2/%3: %4:1")
                                                  .arg(g)
                                                  .arg(fg)
                                                  .arg(bg)
                                                  .arg(r)));
            }
        QCOMPARE(qRound(contrastRatio(Qt::white, Qt::black) * 10), 210);
        QCOMPARE(qRound(contrastRatio(Qt::white, Qt::white) * 10), 10);
        // The dark theme's text meets AA (4.5:1) at least.
        QVERIFY(contrastRatio(darkPalette().color(QPalette::Text),
                              darkPalette().color(QPalette::Base)) >= 4.5);

        // Settings > Theme > High Contrast: stored and applied at once, the canvas follows.
        MainWindow w;
        w.setInteractive(false);
        w.setScenario(threeTier(), {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* action = w.findChild<QAction*>(QStringLiteral("actionTheme_high-contrast"));
        QVERIFY(action);
        action->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(themeSetting(), QString("high-contrast"));
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(w.view()->palette().color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(w.scene()->palette().color(QPalette::Highlight), QColor(0xff, 0xff, 0x00));
        if (const QString shot = qEnvironmentVariable("SCALELAB_HC_SHOT"); !shot.isEmpty())
            w.grab().save(shot);
        w.findChild<QAction*>(QStringLiteral("actionTheme_system"))->trigger();
        QCOMPARE(themeSetting(), QString());
        QVERIFY(QApplication::palette().color(QPalette::Window) != QColor(Qt::black));
    }

private:
    /// Home, then Down until the palette's current entry is `kind` (as a sighted user
    /// reads the list, or a screen reader announces each entry).
    static void choosePaletteKind(PalettePanel* palette, const QString& kind)
    {
        press(Qt::Key_Home);
        for (int i = 0; i < palette->count() && palette->currentItem() &&
                        palette->currentItem()->data(Qt::UserRole).toString() != kind;
             ++i)
            press(Qt::Key_Down);
        QVERIFY(palette->currentItem());
        QCOMPARE(palette->currentItem()->data(Qt::UserRole).toString(), kind);
    }

    /// Tab (forwards, wrapping through the rest of the window with F6) until `id` is the
    /// current component.
    static void tabToComponent(DiagramScene* scene, const QString& id)
    {
        QGraphicsView* view = scene->views().front();
        for (int i = 0; i < 40 && scene->currentComponentId() != id; ++i) {
            if (view->hasFocus())
                press(Qt::Key_Tab);
            else
                press(Qt::Key_F6);
        }
        QCOMPARE(scene->currentComponentId(), id);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
