// SPDX-License-Identifier: GPL-3.0-or-later
// Gestures on the canvas become commands, and the scene follows the document.
#include "canvas/ComponentItem.h"
#include "canvas/ConnectionItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/LoadColours.h"
#include "io/ScenarioFile.h"
#include "model/Document.h"
#include "panels/PalettePanel.h"
#include "Resources.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace scalelab;
using namespace scalelab::ui;

class TestCanvas : public QObject
{
    Q_OBJECT
private:
    struct Fixture
    {
        Document doc;
        QUndoStack stack;
        DiagramScene scene{&doc, &stack};
        DiagramView view{&scene};
        Fixture()
        {
            view.resize(1000, 700);
            view.show();
            view.setSceneRect(-500, -500, 3000, 2000);
        }
        void load(const char* name)
        {
            const auto r =
                loadScenarioFile(QStringLiteral(":/examples/%1.json").arg(QLatin1String(name)));
            QVERIFY2(r.scenario, qPrintable(r.error));
            doc.resetScenario(*r.scenario);
        }
        void drop(const QString& kind, QPointF scenePos)
        {
            QMimeData mime;
            mime.setData(QLatin1String(kKindMime), kind.toUtf8());
            const QPoint at = view.mapFromScene(scenePos);
            QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view.viewport(), &enter);
            QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view.viewport(), &move);
            QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view.viewport(), &drop);
        }
    };

    /// Every component and connection of the document has exactly one item, where the
    /// document says.
    static void verifyInSync(const Fixture& f)
    {
        const core::Scenario& s = f.doc.scenario();
        QCOMPARE(f.scene.componentItemCount(), static_cast<int>(s.components.size()));
        QCOMPARE(f.scene.connectionItemCount(), static_cast<int>(s.connections.size()));
        for (const auto& c : s.components) {
            ComponentItem* item = f.scene.componentItem(QString::fromStdString(c.id));
            QVERIFY2(item, c.id.c_str());
            QCOMPARE(item->pos(), QPointF(c.position.x, c.position.y));
        }
        for (const auto& c : s.connections)
            QVERIFY(f.scene.connectionItem(QString::fromStdString(c.from),
                                           QString::fromStdString(c.to)));
    }

private Q_SLOTS:
    void initTestCase() { initResources(); }

    void paletteCarriesKind()
    {
        PalettePanel palette;
        QCOMPARE(palette.count(), static_cast<int>(core::componentKinds().size()));
        QListWidgetItem* web = nullptr;
        for (int i = 0; i < palette.count(); ++i)
            if (palette.item(i)->data(Qt::UserRole).toString() == QLatin1String("web_server"))
                web = palette.item(i);
        QVERIFY(web);
        QVERIFY(!web->toolTip().isEmpty());
        std::unique_ptr<QMimeData> mime(palette.model()->mimeData({palette.indexFromItem(web)}));
        QVERIFY(mime);
        QCOMPARE(mime->data(QLatin1String(kKindMime)), QByteArray("web_server"));
    }

    void dropFromPaletteAddsComponent()
    {
        Fixture f;
        f.drop(QStringLiteral("web_server"), QPointF(400, 300));
        QCOMPARE(f.doc.scenario().components.size(), std::size_t(1));
        const core::Component& c = f.doc.scenario().components.front();
        QCOMPARE(c.kind, std::string("web_server"));
        // Centred on the drop point, snapped to the 20-unit grid: within half a grid step.
        QVERIFY(std::abs(c.position.x + ComponentItem::kWidth / 2 - 400) <=
                DiagramScene::kGrid / 2 + 1);
        QVERIFY(std::abs(c.position.y + ComponentItem::kHeight / 2 - 300) <=
                DiagramScene::kGrid / 2 + 1);
        QCOMPARE(f.stack.count(), 1);
        f.stack.undo();
        QCOMPARE(f.scene.componentItemCount(), 0);
        f.stack.redo();
        verifyInSync(f);
    }

    void connectByDraggingTheHandle()
    {
        Fixture f;
        f.drop(QStringLiteral("load_balancer"), QPointF(100, 100));
        f.drop(QStringLiteral("web_server"), QPointF(500, 100));
        const QString lb = QString::fromStdString(f.doc.scenario().components[0].id);
        const QString web = QString::fromStdString(f.doc.scenario().components[1].id);
        ComponentItem* a = f.scene.componentItem(lb);
        ComponentItem* b = f.scene.componentItem(web);
        const QPoint from = f.view.mapFromScene(a->mapToScene(a->handleRect().center()));
        const QPoint to = f.view.mapFromScene(b->sceneBox().center());
        QTest::mousePress(f.view.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(f.view.viewport(), (from + to) / 2);
        QTest::mouseMove(f.view.viewport(), to);
        QTest::mouseRelease(f.view.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(f.doc.scenario().connections.size(), std::size_t(1));
        QCOMPARE(f.doc.scenario().connections[0].from, lb.toStdString());
        QCOMPARE(f.doc.scenario().connections[0].to, web.toStdString());
        QVERIFY(f.scene.connectionItem(lb, web));
        QVERIFY(a->pos() == QPointF(f.doc.component(lb)->position.x,
                                    f.doc.component(lb)->position.y)); // not moved
        f.stack.undo();
        QVERIFY(!f.scene.connectionItem(lb, web));
        f.stack.redo();
        QVERIFY(f.scene.connectionItem(lb, web));
    }

    void refusedConnectionSaysWhy()
    {
        Fixture f;
        f.drop(QStringLiteral("users"), QPointF(100, 100));
        f.drop(QStringLiteral("database"), QPointF(500, 100));
        QSignalSpy status(&f.scene, &DiagramScene::statusMessage);
        QString reason;
        const QString users = QString::fromStdString(f.doc.scenario().components[0].id);
        const QString db = QString::fromStdString(f.doc.scenario().components[1].id);
        QVERIFY(!f.scene.connectComponents(users, db, &reason));
        QCOMPARE(reason, QString::fromStdString(core::connectionRefusal("users", "database")));
        QVERIFY(!reason.isEmpty());
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.first().first().toString(), reason);
        QCOMPARE(f.doc.scenario().connections.size(), std::size_t(0));
        QCOMPARE(f.stack.count(), 2); // only the two drops
    }

    void dragMovesWithOneCommand()
    {
        Fixture f;
        f.load("03-tandem-lb-web-cache-db");
        ComponentItem* web = f.scene.componentItem(QStringLiteral("web"));
        const QPointF before = web->pos();
        const QPoint from = f.view.mapFromScene(web->sceneBox().center() + QPointF(10, -10));
        const QPoint to = from + QPoint(60, 80);
        QTest::mousePress(f.view.viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(f.view.viewport(), from + (to - from) * i / 4);
        QTest::mouseRelease(f.view.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(f.stack.count(), 1);
        const core::Point p = f.doc.component(QStringLiteral("web"))->position;
        const double zoom = f.view.transform().m11();
        QVERIFY(std::abs(p.x - (before.x() + 60 / zoom)) <= DiagramScene::kGrid); // snapped
        QVERIFY(std::abs(p.y - (before.y() + 80 / zoom)) <= DiagramScene::kGrid);
        verifyInSync(f);
        f.stack.undo();
        QCOMPARE(web->pos(), before);
        verifyInSync(f);
    }

    void deleteAndUndoRestoresConnections()
    {
        Fixture f;
        f.load("03-tandem-lb-web-cache-db");
        const core::Scenario original = f.doc.scenario();
        f.scene.selectComponents({QStringLiteral("web")});
        f.scene.deleteSelection();
        QVERIFY(!f.scene.componentItem(QStringLiteral("web")));
        QVERIFY(!f.scene.connectionItem(QStringLiteral("lb"), QStringLiteral("web")));
        verifyInSync(f);
        f.stack.undo();
        QVERIFY(f.doc.scenario() == original);
        verifyInSync(f);
    }

    void sceneFollowsUndoRedo()
    {
        Fixture f;
        f.load("08-database-replication");
        f.drop(QStringLiteral("cache"), QPointF(300, 500));
        f.scene.selectComponents({QStringLiteral("web1"), QStringLiteral("slave1")});
        f.scene.deleteSelection();
        f.drop(QStringLiteral("web_server"), QPointF(700, 500));
        QString reason;
        const QString cache = f.scene.componentItem(QStringLiteral("cache-1"))
                                  ? QStringLiteral("cache-1")
                                  : QString();
        QVERIFY(!cache.isEmpty());
        QVERIFY(f.scene.connectComponents(QStringLiteral("web2"), cache, &reason));
        const int steps = f.stack.count();
        QCOMPARE(steps, 4);
        for (int i = 0; i < steps; ++i) {
            f.stack.undo();
            verifyInSync(f);
        }
        for (int i = 0; i < steps; ++i) {
            f.stack.redo();
            verifyInSync(f);
        }
    }

    void dropIntoDatacenterSetsMembership()
    {
        Fixture f;
        f.drop(QStringLiteral("datacenter"), QPointF(400, 300));
        const QString dc = QString::fromStdString(f.doc.scenario().components[0].id);
        const QRectF box = f.scene.componentItem(dc)->sceneBox();
        f.drop(QStringLiteral("web_server"), box.center() + QPointF(0, 20));
        const core::Component& web = f.doc.scenario().components[1];
        QCOMPARE(QString::fromStdString(web.datacenter), dc);
        f.drop(QStringLiteral("cache"), box.bottomRight() + QPointF(300, 300));
        QVERIFY(f.doc.scenario().components[2].datacenter.empty());
        // Undoing the drop removes the member; the box shrinks back to its minimum.
        f.stack.undo();
        f.stack.undo();
        QCOMPARE(f.scene.componentItem(dc)->boxRect().size(),
                 QSizeF(DatacenterItem::kMinWidth, DatacenterItem::kMinHeight));
    }

    void loadColourScale()
    {
        QCOMPARE(loadColour(0.1), load::green());
        QCOMPARE(loadColour(0.9), load::red());
        QCOMPARE(loadColour(1.7), load::red()); // clamped
        QCOMPARE(loadLevel(0.7), LoadLevel::Busy);
        QCOMPARE(loadLevel(0.85), LoadLevel::Overloaded);
        QCOMPARE(loadLevel(0.0), LoadLevel::Idle);
        // Between amber and red the colour moves towards red as load grows.
        QVERIFY(loadColour(0.8).green() < loadColour(0.62).green());
    }

    void liveFrameReachesItems()
    {
        Fixture f;
        f.load("03-tandem-lb-web-cache-db");
        LiveFrame frame;
        ComponentLive web;
        web.id = QStringLiteral("web");
        web.utilization = 0.93;
        web.queueLength = 40;
        ComponentLive db;
        db.id = QStringLiteral("db");
        db.down = true;
        frame.components = {web, db};
        frame.links = {LinkLive{QStringLiteral("lb"), QStringLiteral("web"), 800, 0},
                       LinkLive{QStringLiteral("web"), QStringLiteral("db"), 30, 12}};
        f.scene.applyFrame(frame);
        QVERIFY(f.scene.componentItem(QStringLiteral("web"))->live());
        QCOMPARE(f.scene.componentItem(QStringLiteral("web"))->live()->queueLength, 40.0);
        QVERIFY(f.scene.componentItem(QStringLiteral("db"))->live()->down);
        QVERIFY(!f.scene.componentItem(QStringLiteral("cache"))->live());
        // 800 req/s on the busiest link: one dot stands for 100 req/s (at most ~12 dots/s).
        QCOMPARE(f.scene.requestsPerDot(), 100.0);
        QVERIFY(ConnectionItem::widthForRps(800) > ConnectionItem::widthForRps(30));
        // The picture is not blank where the overloaded box is (hatched red).
        QImage img(f.view.viewport()->size(), QImage::Format_ARGB32);
        f.view.viewport()->render(&img);
        const QPoint centre =
            f.view.mapFromScene(f.scene.componentItem(QStringLiteral("web"))->sceneBox().center());
        QVERIFY(img.rect().contains(centre));
        // Average colour over the box: tinted towards the red of the load scale (the
        // healthy neutral fill of a box has equal red and green).
        const QRect box =
            f.view.mapFromScene(f.scene.componentItem(QStringLiteral("web"))->sceneBox())
                .boundingRect();
        double r = 0, g = 0;
        int n = 0;
        for (int y = box.top() + 4; y < box.bottom() - 4; ++y)
            for (int x = box.left() + 4; x < box.right() - 12; ++x, ++n) {
                r += qRed(img.pixel(x, y));
                g += qGreen(img.pixel(x, y));
            }
        QVERIFY(n > 0);
        QVERIFY2(r / n > g / n + 15,
                 qPrintable(QStringLiteral("red %1 green %2").arg(r / n).arg(g / n)));
        f.scene.clearLive();
        QVERIFY(!f.scene.componentItem(QStringLiteral("web"))->live());
    }

    void spofOverlay()
    {
        Fixture f;
        f.load("03-tandem-lb-web-cache-db");
        f.scene.setShowSpofs(true);
        // A single chain: the load balancer, the web server and the database are each a SPOF.
        QVERIFY(f.scene.componentItem(QStringLiteral("lb"))->isSpof());
        QVERIFY(f.scene.componentItem(QStringLiteral("db"))->isSpof());
        QVERIFY(!f.scene.componentItem(QStringLiteral("users"))->isSpof());
        f.scene.setShowSpofs(false);
        QVERIFY(!f.scene.componentItem(QStringLiteral("lb"))->isSpof());
    }

    void zoomLimits()
    {
        Fixture f;
        f.view.setZoom(100);
        QCOMPARE(f.view.zoom(), 4.0);
        f.view.setZoom(0.001);
        QCOMPARE(f.view.zoom(), 0.15);
        f.load("16-millions-of-users");
        f.view.zoomToFit();
        const QRectF visible = f.view.mapToScene(f.view.viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(f.scene.itemsBoundingRect().adjusted(10, 10, -10, -10)));
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
