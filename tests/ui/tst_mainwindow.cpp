// SPDX-License-Identifier: GPL-3.0-or-later
// The window's layout, shortcuts, fonts, injections, and a live run reaching the canvas
// and the charts.
#include "canvas/ComponentItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "charts/ChartsPanel.h"
#include "MainWindow.h"
#include "model/Document.h"
#include "presenter/PresenterController.h"
#include "Resources.h"
#include "run/RunController.h"

#include <QAction>
#include <QDockWidget>
#include <QFontInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace scalelab;
using namespace scalelab::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        QStandardPaths::setTestModeEnabled(true);
    }

    void fontsRender()
    {
        // Without fonts every glyph is a box and nothing says so.
        QVERIFY(!QFontInfo(QFont()).family().isEmpty());
        QVERIFY(QFontMetrics(QFont()).inFont(QLatin1Char('A')));
        QVERIFY(QFontMetrics(QFont()).horizontalAdvance(QStringLiteral("req/s")) > 0);
    }

    void oneLayout()
    {
        MainWindow w;
        w.setInteractive(false);
        QCOMPARE(w.dockWidgetArea(w.dock(QStringLiteral("paletteDock"))), Qt::LeftDockWidgetArea);
        QCOMPARE(w.dockWidgetArea(w.dock(QStringLiteral("inspectorDock"))),
                 Qt::RightDockWidgetArea);
        QCOMPARE(w.dockWidgetArea(w.dock(QStringLiteral("chartsDock"))), Qt::BottomDockWidgetArea);
        QVERIFY(w.dock(QStringLiteral("historyDock")));
        QVERIFY(w.dock(QStringLiteral("timelineDock")));
        auto* bar = w.findChild<QToolBar*>(QStringLiteral("runToolbar"));
        QVERIFY(bar);
        QCOMPARE(w.toolBarArea(bar), Qt::TopToolBarArea);
        QVERIFY(!bar->isMovable());
        QCOMPARE(w.centralWidget(), static_cast<QWidget*>(w.view()));
        QVERIFY(!w.view()->accessibleName().isEmpty());
        // File > Export holds the exporters (diagram, charts, data, report, GIF).
        QMenu* exportMenu = nullptr;
        for (QMenu* m : w.findChildren<QMenu*>())
            if (m->title() == QLatin1String("E&xport"))
                exportMenu = m;
        QVERIFY(exportMenu);
        QVERIFY(exportMenu->actions().size() >= 3);
        // The charts dock can be detached.
        QVERIFY(w.dock(QStringLiteral("chartsDock"))->features() &
                QDockWidget::DockWidgetFloatable);
    }

    void standardShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("key");
        QTest::newRow("open") << "actionOpen" << QKeySequence(QKeySequence::Open);
        QTest::newRow("save") << "actionSave" << QKeySequence(QKeySequence::Save);
        QTest::newRow("undo") << "actionUndo" << QKeySequence(QKeySequence::Undo);
        QTest::newRow("redo") << "actionRedo" << QKeySequence(QKeySequence::Redo);
        QTest::newRow("delete") << "actionDelete" << QKeySequence(QKeySequence::Delete);
        QTest::newRow("zoom in") << "actionZoomIn" << QKeySequence(QKeySequence::ZoomIn);
        QTest::newRow("zoom out") << "actionZoomOut" << QKeySequence(QKeySequence::ZoomOut);
        QTest::newRow("fit") << "actionZoomFit" << QKeySequence(Qt::CTRL | Qt::Key_0);
        QTest::newRow("play") << "actionPlay" << QKeySequence(Qt::Key_Space);
        QTest::newRow("copy") << "actionCopy" << QKeySequence(QKeySequence::Copy);
        QTest::newRow("paste") << "actionPaste" << QKeySequence(QKeySequence::Paste);
    }

    void standardShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, key);
        MainWindow w;
        QAction* a = w.action(action);
        QVERIFY2(a, qPrintable(action));
        QVERIFY(a->shortcuts().contains(key));
        QVERIFY(!a->toolTip().isEmpty());
    }

    void copyPasteThroughClipboard()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(":/examples/03-tandem-lb-web-cache-db.json")));
        const std::size_t n = w.document()->scenario().components.size();
        w.scene()->selectComponents({QStringLiteral("web"), QStringLiteral("cache")});
        w.action(QStringLiteral("actionCopy"))->trigger();
        w.action(QStringLiteral("actionPaste"))->trigger();
        QCOMPARE(w.document()->scenario().components.size(), n + 2);
        QCOMPARE(w.scene()->selectedComponentIds().size(), 2); // the pasted copies
        w.undoStack()->undo();
        QCOMPARE(w.document()->scenario().components.size(), n);
        w.scene()->selectComponents({QStringLiteral("web")});
        w.action(QStringLiteral("actionCut"))->trigger();
        QCOMPARE(w.document()->scenario().components.size(), n - 1);
    }

    void injectWhenStoppedAddsTimelineEvent()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(":/examples/08-database-replication.json")));
        const std::size_t events = w.document()->scenario().timeline.size();
        core::TimelineEvent e;
        e.type = "master_loss";
        e.target = "master";
        e.atS = 42;
        w.injectEvent(e);
        QCOMPARE(w.document()->scenario().timeline.size(), events + 1);
        bool found = false;
        for (const auto& t : w.document()->scenario().timeline)
            found |= t.type == "master_loss" && t.atS == 0.0 && t.target == "master";
        QVERIFY(found);
        w.undoStack()->undo();
        QCOMPARE(w.document()->scenario().timeline.size(), events);
    }

    void runFillsCanvasAndCharts()
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(w.openFile(QStringLiteral(":/examples/08-database-replication.json")));
        RunController* run = w.runController();
        run->setSpeed(0);
        run->play();
        QTRY_VERIFY_WITH_TIMEOUT(core::simTimeToSeconds(run->simTime()) >= 20.0, 30000);
        run->pause();
        // One sample per simulated second: at least 19 points after 20 s (the first may
        // still be in flight).
        QVERIFY(run->history().size() >= 19);
        QTRY_VERIFY(w.scene()->componentItem(QStringLiteral("web1"))->live().has_value());
        const auto& live = *w.scene()->componentItem(QStringLiteral("web1"))->live();
        QVERIFY(live.utilization > 0.0 && live.utilization <= 1.0);
        QVERIFY(w.chartsPanel()->redrawCount() > 0);

        // Master loss while running: the database fails over (a promotion event follows).
        core::TimelineEvent e;
        e.type = "master_loss";
        e.target = "master";
        const std::size_t before = w.document()->scenario().timeline.size();
        run->play();
        w.injectEvent(e);
        QCOMPARE(w.document()->scenario().timeline.size(), before); // live, not a document edit
        // Wait for the promotion itself (10 s detection + 5 s promotion of simulated
        // time), not for a clock reading: at max speed the worker runs ahead of the time
        // the window shows, by more when the machine is loaded (seen under ASan, -j2).
        auto promoted = [run] {
            for (const auto& ev : run->events())
                if (ev.type == "promoted")
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(promoted(), 30000);
        run->pause();
        run->reset();
        QTRY_VERIFY(!w.scene()->componentItem(QStringLiteral("web1"))->live().has_value());
    }

    void presenterModeBorrowsCanvas()
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        auto* presenter = w.findChild<PresenterController*>(QStringLiteral("presenter"));
        QVERIFY(presenter);
        w.setPresenterMode(true);
        QVERIFY(presenter->isActive());
        QVERIFY(w.action(QStringLiteral("actionPresenter"))->isChecked());
        QVERIFY(w.view()->window() != &w); // the canvas is on the presenter's screen
        presenter->leave();
        QVERIFY(!w.action(QStringLiteral("actionPresenter"))->isChecked());
        QCOMPARE(w.centralWidget(), static_cast<QWidget*>(w.view())); // and back where it was
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
