// SPDX-License-Identifier: GPL-3.0-or-later
// Each command's redo and undo on the Document, merging, and deletion snapshots.
#include "commands/Clipboard.h"
#include "commands/Commands.h"
#include "io/ScenarioFile.h"
#include "model/Document.h"
#include "Resources.h"

#include <QTest>
#include <QUndoStack>
#include <set>

using namespace scalelab;
using namespace scalelab::ui;

class TestCommands : public QObject
{
    Q_OBJECT
private:
    core::Scenario example(const char* name)
    {
        const auto r =
            loadScenarioFile(QStringLiteral(":/examples/%1.json").arg(QLatin1String(name)));
        if (!r.scenario)
            qFatal("example %s: %s", name, qPrintable(r.error));
        return *r.scenario;
    }

private Q_SLOTS:
    void initTestCase() { initResources(); }

    void addUndoRedo()
    {
        Document doc;
        QUndoStack stack;
        core::Component c;
        c.id = "web-1";
        c.kind = "web_server";
        c.name = "Web";
        stack.push(new AddComponentCommand(&doc, c));
        QCOMPARE(doc.scenario().components.size(), std::size_t(1));
        stack.undo();
        QCOMPARE(doc.scenario().components.size(), std::size_t(0));
        stack.redo();
        QVERIFY(doc.component(QStringLiteral("web-1")));
        QCOMPARE(*doc.component(QStringLiteral("web-1")), c);
    }

    void deleteRestoresExactly()
    {
        Document doc;
        QUndoStack stack;
        const core::Scenario original = example("03-tandem-lb-web-cache-db");
        doc.resetScenario(original);
        // "web" has three connections: lb->web, web->cache, web->db.
        QUndoCommand* del = makeDeleteCommand(&doc, {QStringLiteral("web")}, {});
        QVERIFY(del);
        stack.push(del);
        QCOMPARE(doc.scenario().components.size(), original.components.size() - 1);
        QCOMPARE(doc.scenario().connections.size(), original.connections.size() - 3);
        stack.undo();
        QVERIFY(doc.scenario() == original); // order, connections and parameters all back
        stack.redo();
        QVERIFY(!doc.component(QStringLiteral("web")));
    }

    void deleteConnectionOnly()
    {
        Document doc;
        QUndoStack stack;
        const core::Scenario original = example("03-tandem-lb-web-cache-db");
        doc.resetScenario(original);
        stack.push(makeDeleteCommand(&doc, {}, {{QStringLiteral("web"), QStringLiteral("cache")}}));
        QCOMPARE(doc.scenario().connections.size(), original.connections.size() - 1);
        stack.undo();
        QVERIFY(doc.scenario() == original);
    }

    void setParamMergesAndRestoresDefault()
    {
        Document doc;
        QUndoStack stack;
        doc.resetScenario(example("03-tandem-lb-web-cache-db"));
        const QString id = QStringLiteral("cache");
        QCOMPARE(doc.component(id)->params.count("capacity_items"),
                 std::size_t(0)); // default in use
        const int drag = 41; // one slider drag (commands/Gesture.h)
        stack.push(new SetParamCommand(&doc, id, "capacity_items", 5000.0, drag));
        stack.push(new SetParamCommand(&doc, id, "capacity_items", 7000.0, drag)); // merges
        QCOMPARE(stack.count(), 1);
        QCOMPARE(doc.component(id)->number("capacity_items"), 7000.0);
        stack.push(new SetParamCommand(&doc, id, "capacity_items", 9000.0, drag + 1)); // next drag
        QCOMPARE(stack.count(), 2);
        stack.push(new SetParamCommand(&doc, id, "capacity_items", 9500.0)); // typed: own step
        stack.push(new SetParamCommand(&doc, id, "capacity_items", 9600.0)); // typed again
        QCOMPARE(stack.count(), 4);
        for (int i = 0; i < 4; ++i)
            stack.undo();
        QCOMPARE(doc.component(id)->params.count("capacity_items"), std::size_t(0));
        stack.push(new SetParamCommand(&doc, id, "workers", 3.0));
        stack.push(new SetParamCommand(&doc, id, "service_ms", 2.0)); // another key: no merge
        QCOMPARE(stack.count(), 2);
    }

    void movesMergeOnlyWhenMergeable()
    {
        Document doc;
        QUndoStack stack;
        doc.resetScenario(example("03-tandem-lb-web-cache-db"));
        const QString id = QStringLiteral("lb");
        const core::Point start = doc.component(id)->position;
        stack.push(new MoveComponentsCommand(&doc, {{id, {start, {10, 10}}}}, true));
        stack.push(new MoveComponentsCommand(&doc, {{id, {{10, 10}, {20, 20}}}}, true));
        QCOMPARE(stack.count(), 1);
        stack.push(new MoveComponentsCommand(&doc, {{id, {{20, 20}, {40, 40}}}}, false));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(doc.component(id)->position, (core::Point{40, 40}));
        stack.undo();
        stack.undo();
        QCOMPARE(doc.component(id)->position, start);
    }

    void pasteGivesFreshIdsAndInnerConnections()
    {
        Document doc;
        QUndoStack stack;
        doc.resetScenario(example("03-tandem-lb-web-cache-db"));
        const std::size_t n = doc.scenario().components.size();
        const std::size_t m = doc.scenario().connections.size();
        const QByteArray json =
            copyComponents(doc.scenario(), {QStringLiteral("lb"), QStringLiteral("web")});
        QStringList ids;
        QString error;
        QUndoCommand* paste = makePasteCommand(&doc, json, {40, 40}, &ids, &error);
        QVERIFY2(paste, qPrintable(error));
        stack.push(paste);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(doc.scenario().components.size(), n + 2);
        QCOMPARE(doc.scenario().connections.size(), m + 1); // only lb->web is inside the copy
        const core::Component* copyOfLb = doc.component(ids[0]);
        QVERIFY(copyOfLb);
        QCOMPARE(copyOfLb->kind, std::string("load_balancer"));
        QCOMPARE(copyOfLb->position.x, doc.component(QStringLiteral("lb"))->position.x + 40);
        stack.undo();
        QCOMPARE(doc.scenario().components.size(), n);
        QCOMPARE(doc.scenario().connections.size(), m);
        QVERIFY(!makePasteCommand(&doc, "not json", {0, 0}, nullptr, &error));
        QVERIFY(!error.isEmpty());
    }

    void autoLayoutIsOneStep()
    {
        Document doc;
        QUndoStack stack;
        const core::Scenario original = example("08-database-replication");
        doc.resetScenario(original);
        // Pile everything on one spot, then lay it out.
        for (const auto& c : original.components)
            doc.setPosition(QString::fromStdString(c.id), {0, 0});
        const core::Scenario piled = doc.scenario();
        QUndoCommand* layout = makeAutoLayoutCommand(&doc);
        QVERIFY(layout);
        stack.push(layout);
        QCOMPARE(stack.count(), 1);
        int distinct = 0;
        std::set<std::pair<double, double>> seen;
        for (const auto& c : doc.scenario().components)
            distinct += seen.insert({c.position.x, c.position.y}).second ? 1 : 0;
        QCOMPARE(distinct, static_cast<int>(original.components.size())); // no two on one spot
        stack.undo();
        QVERIFY(doc.scenario() == piled);
    }

    void timelineAndWorkloadValues()
    {
        Document doc;
        QUndoStack stack;
        doc.resetScenario(example("03-tandem-lb-web-cache-db"));
        const std::size_t events = doc.scenario().timeline.size();
        core::TimelineEvent e;
        e.type = "master_loss";
        e.target = "db";
        stack.push(makeAddTimelineEventCommand(&doc, e));
        QCOMPARE(doc.scenario().timeline.size(), events + 1);
        core::Workload w = doc.scenario().workload;
        const double oldRate = w.rateRps;
        w.rateRps = 1234;
        stack.push(makeSetWorkloadCommand(&doc, w, QStringLiteral("rate")));
        w.rateRps = 1500;
        stack.push(makeSetWorkloadCommand(&doc, w, QStringLiteral("rate")));
        QCOMPARE(stack.count(), 2); // the same merge key (one slider drag): merged
        QCOMPARE(doc.scenario().workload.rateRps, 1500.0);
        stack.undo();
        QCOMPARE(doc.scenario().workload.rateRps, oldRate);
        stack.undo();
        QCOMPARE(doc.scenario().timeline.size(), events);
    }
};

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
