// SPDX-License-Identifier: GPL-3.0-or-later
// What a class sees on a 1280x720 projector: every toolbar button on screen, the lesson
// text given room, round numbers on empty charts, readable numbers on the toolbar, and a
// presenter window whose links and chart text stand out on its black background, and a
// promoted replica shown as the primary it has become.
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "charts/ChartBook.h"
#include "charts/ChartsPanel.h"
#include "MainWindow.h"
#include "panels/LessonPanel.h"
#include "panels/RunToolbar.h"
#include "presenter/PresenterController.h"
#include "Resources.h"

#include <QAction>
#include <QChart>
#include <QDockWidget>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QValueAxis>

#include <cmath>
#include <set>

using namespace scalelab::ui;

class TestSmallScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        QStandardPaths::setTestModeEnabled(true);
    }

    void toolbarsFitAt1024_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("1024x768") << 1024 << 768;
        QTest::newRow("1152x864") << 1152 << 864;
    }
    void toolbarsFitAt1024()
    {
        // Narrower than both toolbars side by side: the view icons take a second row and,
        // when needed, the run buttons lose their text; every control stays on screen.
        QFETCH(int, width);
        QFETCH(int, height);
        MainWindow w;
        w.setInteractive(false);
        w.resize(width, height);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(20);
        int rows = 0, lastTop = -1;
        for (QToolBar* bar : w.findChildren<QToolBar*>()) {
            if (w.toolBarArea(bar) != Qt::TopToolBarArea || bar->isHidden())
                continue;
            if (bar->geometry().top() != lastTop)
                ++rows, lastTop = bar->geometry().top();
            QVERIFY2(bar->geometry().right() < width,
                     qPrintable(QStringLiteral("%1 ends at %2").arg(bar->objectName()).arg(bar->geometry().right())));
            for (QAction* a : bar->actions()) {
                QWidget* widget = bar->widgetForAction(a);
                if (!a->isVisible() || a->isSeparator() || !widget)
                    continue;
                QVERIFY2(widget->isVisible() && bar->rect().contains(widget->geometry()),
                         qPrintable(QStringLiteral("%1 in %2 is off the toolbar at %3 px")
                                        .arg(a->text(), bar->objectName())
                                        .arg(width)));
            }
        }
        QCOMPARE(rows, 2);
        // Wide again: back to one row with text.
        w.resize(1600, 1000);
        QTest::qWait(20);
        const QList<QToolBar*> bars = w.findChildren<QToolBar*>();
        std::set<int> tops;
        for (QToolBar* bar : bars)
            if (w.toolBarArea(bar) == Qt::TopToolBarArea && !bar->isHidden())
                tops.insert(bar->geometry().top());
        QCOMPARE(tops.size(), std::size_t{1});
    }

    void toolbarsFitAt1280()
    {
        MainWindow w;
        w.setInteractive(false);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(20);
        int used = 0;
        for (QToolBar* bar : w.findChildren<QToolBar*>()) {
            if (w.toolBarArea(bar) != Qt::TopToolBarArea || bar->isHidden())
                continue;
            used += bar->sizeHint().width();
            // A button that does not fit goes behind the toolbar's "»" menu, where a
            // teacher in front of a class does not find it. Every one must be on screen.
            for (QAction* a : bar->actions()) {
                QWidget* widget = bar->widgetForAction(a);
                if (!a->isVisible() || a->isSeparator() || !widget)
                    continue;
                QVERIFY2(widget->isVisible() && bar->rect().contains(widget->geometry()),
                         qPrintable(QStringLiteral("%1 in %2 is off the toolbar")
                                        .arg(a->text(), bar->objectName())));
            }
        }
        // The two top toolbars side by side within the window, with 10 px to spare.
        QVERIFY2(used <= 1280 - 10, qPrintable(QString::number(used)));
    }

    void toolbarNumbersAreNotScientific_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<QString>("shown");
        QTest::newRow("slowest") << 0.1 << QStringLiteral("0.1x");
        QTest::newRow("third") << 0.316 << QStringLiteral("0.32x");
        QTest::newRow("real time") << 1.0 << QStringLiteral("1x");
        QTest::newRow("31.6") << 31.6 << QStringLiteral("32x");
        QTest::newRow("fastest") << 1000.0 << QStringLiteral("1000x");
    }

    void toolbarNumbersAreNotScientific()
    {
        QFETCH(double, speed);
        QFETCH(QString, shown);
        MainWindow w;
        w.setInteractive(false);
        auto* bar = w.findChild<RunToolbar*>();
        QVERIFY(bar);
        bar->setSpeed(speed);
        QStringList texts;
        for (QLabel* l : bar->findChildren<QLabel*>())
            texts << l->text();
        QVERIFY2(texts.contains(shown), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(!texts.join(QString()).contains(QStringLiteral("e+")),
                 qPrintable(texts.join(QLatin1Char('|'))));
    }

    void emptyChartsHaveRoundTicks()
    {
        // Before the first sample the time axis spans 0..10 s. Its ticks must land on
        // numbers the labels show exactly: ticks at 2.5 s printed as "3" mislead.
        MainWindow w;
        w.setInteractive(false);
        ChartBook* book = w.chartsPanel()->book();
        for (int id = 0; id < ChartBook::ChartCount; ++id) {
            auto* x = qobject_cast<QValueAxis*>(book->chart(id)->axes(Qt::Horizontal).value(0));
            QVERIFY(x);
            const double step = (x->max() - x->min()) / (x->tickCount() - 1);
            const QString format = x->labelFormat();
            const int decimals = format.mid(2, 1).toInt(); // "%.Nf"
            QVERIFY2(format.startsWith(QStringLiteral("%.")) && format.endsWith(QLatin1Char('f')),
                     qPrintable(format));
            const double scaled = step * std::pow(10.0, decimals);
            // 1e-6: floating-point slack on a step of a few seconds.
            QVERIFY2(std::abs(scaled - std::round(scaled)) < 1e-6,
                     qPrintable(QStringLiteral("step %1 with %2").arg(step).arg(format)));
        }
    }

    void lessonTextGetsTheRoom()
    {
        // At 1280x720 the step text, not the (empty) result box under the buttons, takes
        // the lesson panel's spare height.
        MainWindow w;
        w.setInteractive(false);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* panel = w.findChild<LessonPanel*>();
        QVERIFY(panel);
        QDockWidget* dock = w.dock(QStringLiteral("lessonDock"));
        QVERIFY(dock);
        dock->show();
        dock->raise();
        panel->openLesson(5);
        QTest::qWait(20);
        auto* text = panel->findChild<QTextBrowser*>();
        QVERIFY(text);
        int others = 0;
        for (QTextBrowser* b : panel->findChildren<QTextBrowser*>())
            if (b != text && b->isVisible())
                others = std::max(others, b->height());
        QVERIFY2(
            text->height() >= 2 * others,
            qPrintable(QStringLiteral("text %1 px, result %2 px").arg(text->height()).arg(others)));
        // The lessons share a dock with the inspector: they must not make it wider than
        // the inspector needs (each extra pixel comes off the canvas).
        QWidget* inspector = w.dock(QStringLiteral("inspectorDock"))->widget();
        const int inspectorNeeds =
            std::max(inspector->minimumWidth(), inspector->minimumSizeHint().width());
        QVERIFY2(panel->minimumSizeHint().width() <= inspectorNeeds,
                 qPrintable(QStringLiteral("lessons %1 px, inspector %2 px")
                                .arg(panel->minimumSizeHint().width())
                                .arg(inspectorNeeds)));
    }

    void presenterContrast()
    {
        MainWindow w;
        w.setInteractive(false);
        w.resize(1280, 720);
        w.show();
        auto* presenter = w.findChild<PresenterController*>(QStringLiteral("presenter"));
        QVERIFY(presenter);
        QChart* latency = w.chartsPanel()->book()->chart(ChartBook::Latency);
        const double before = latency->titleFont().pointSizeF();
        const QColor normalLinks = w.view()->diagram()->palette().color(QPalette::Text);
        w.setPresenterMode(true);
        QVERIFY(presenter->isActive());
        // Links and arrows are drawn in the scene palette's text colour: in the black
        // presenter window they must be the window's (white), not the main window's.
        const QPalette shown = presenter->window()->palette();
        QCOMPARE(w.view()->diagram()->palette().color(QPalette::Text), shown.color(QPalette::Text));
        QCOMPARE(w.view()->diagram()->palette().color(QPalette::Base), shown.color(QPalette::Base));
        // Chart text scaled like the side text (exact factor; 0.01 pt for rounding).
        QVERIFY2(std::abs(latency->titleFont().pointSizeF() -
                          before * PresenterController::kChartFontScale) < 0.01,
                 qPrintable(QString::number(latency->titleFont().pointSizeF())));
        presenter->leave();
        QCOMPARE(latency->titleFont().pointSizeF(), before);
        QCOMPARE(w.view()->diagram()->palette().color(QPalette::Text), normalLinks);
    }

    void presenterGivesWideDesignsTheWidth()
    {
        // Stage 5 is a chain of tiers about six times wider than tall: beside a text
        // column its boxes were too small to read, so it spans the presenter window.
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openFile(
            QStringLiteral(SCALELAB_SOURCE_DIR "/examples/08-database-replication.json")));
        const QRectF design = w.view()->diagram()->itemsBoundingRect();
        QVERIFY(design.width() > PresenterController::kWideDesign * design.height());
        auto* presenter = w.findChild<PresenterController*>(QStringLiteral("presenter"));
        QVERIFY(presenter);
        presenter->enter(false);
        presenter->window()->resize(1280, 720);
        QTest::qWait(30);
        // 90%: the window's layout margins take the rest.
        QVERIFY2(w.view()->width() >= presenter->window()->width() * 9 / 10,
                 qPrintable(QString::number(w.view()->width())));
        presenter->leave();
    }

    void promotedReplicaIsNamed()
    {
        // After a failover the promoted replica is the primary: the canvas must not keep
        // calling it a replica. Stage 5 has master -> slave1, slave2.
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openFile(
            QStringLiteral(SCALELAB_SOURCE_DIR "/examples/08-database-replication.json")));
        DiagramScene* scene = w.view()->diagram();
        const QString slave = QStringLiteral("slave1");
        QVERIFY(scene->componentItem(slave));
        QVERIFY(!scene->isPromoted(slave));
        const QString master = QStringLiteral("master");
        LiveFrame frame;
        frame.roleChanges = {{slave, true}, {master, false}};
        scene->applyFrame(frame);
        QVERIFY(scene->isPromoted(slave));
        QVERIFY(scene->isDemoted(master)); // the old primary rejoins as a replica
        QVERIFY(!scene->isPromoted(QStringLiteral("slave2")));
        // A second failover back: the roles swap again, in order.
        frame.roleChanges.push_back({master, true});
        frame.roleChanges.push_back({slave, false});
        scene->applyFrame(frame);
        QVERIFY(scene->isPromoted(master) && !scene->isDemoted(master));
        QVERIFY(scene->isDemoted(slave) && !scene->isPromoted(slave));
        scene->clearLive(); // a new run starts from the design's roles
        QVERIFY(!scene->isPromoted(master) && !scene->isDemoted(slave));
    }
};

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
