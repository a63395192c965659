// SPDX-License-Identifier: GPL-3.0-or-later
// Save, reopen and compare; malformed files keep the open document.
#include "canvas/DiagramScene.h"
#include "io/ScenarioFile.h"
#include "MainWindow.h"
#include "model/Document.h"
#include "Resources.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace scalelab;
using namespace scalelab::ui;

class TestFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        QStandardPaths::setTestModeEnabled(true);
    }

    void everyExampleLoads()
    {
        const QStringList all = exampleResources();
        QVERIFY(all.size() >= 3);
        for (const QString& path : all) {
            const ScenarioFileResult r = loadScenarioFile(path);
            QVERIFY2(r.scenario, qPrintable(path + QLatin1String(": ") + r.error));
        }
    }

    void saveReopenCompare()
    {
        QTemporaryDir dir;
        const ScenarioFileResult original =
            loadScenarioFile(QStringLiteral(":/examples/08-database-replication.json"));
        QVERIFY(original.scenario);
        const QString path = dir.filePath(QStringLiteral("copy.json"));
        QString error;
        QVERIFY2(saveScenarioFile(path, *original.scenario, &error), qPrintable(error));
        const ScenarioFileResult again = loadScenarioFile(path);
        QVERIFY2(again.scenario, qPrintable(again.error));
        QVERIFY(*again.scenario == *original.scenario);
    }

    void saveFailureIsReported()
    {
        QString error;
        core::Scenario s;
        QVERIFY(!saveScenarioFile(QStringLiteral("/nonexistent-dir/x/y.json"), s, &error));
        QVERIFY(error.contains(QLatin1String("y.json")));
    }

    void windowSavesAndReopens()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(":/examples/03-tandem-lb-web-cache-db.json")));
        QVERIFY(!w.isModified());
        w.scene()->addComponentAt(QStringLiteral("cache"), QPointF(100, 400));
        QVERIFY(w.isModified());
        QVERIFY(w.windowTitle().contains(QLatin1String("[*]")));
        QVERIFY(w.isWindowModified());
        const core::Scenario edited = w.document()->scenario();
        const QString path = dir.filePath(QStringLiteral("edited.json"));
        QVERIFY(w.saveFile(path));
        QVERIFY(!w.isModified());
        QVERIFY(!w.isWindowModified());
        QVERIFY(w.windowTitle().startsWith(QLatin1String("edited.json")));
        w.newDocument();
        QCOMPARE(w.document()->scenario().components.size(), std::size_t(0));
        QVERIFY(w.openFile(path));
        QVERIFY(w.document()->scenario() == edited);
        QCOMPARE(w.document()->filePath(), path);
    }

    void malformedFileKeepsDocument()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("broken.json"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format": "scalelab-scenario", "version": 1, "name": "x",
  "components": [{"id": "a", "kind": "users", "name": "A", "position": {"x": 0, "y": 0}},
                 {"id": "w", "kind": "web_server", "name": "W", "position": {"x": 0, "y": 0},
                  "params": {"workers": "many"}}],
  "connections": []})");
        }
        const ScenarioFileResult r = loadScenarioFile(bad);
        QVERIFY(!r.scenario);
        QVERIFY2(r.error.contains(QLatin1String("broken.json")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("$.components[1].params.workers")),
                 qPrintable(r.error));

        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(":/examples/03-tandem-lb-web-cache-db.json")));
        w.scene()->addComponentAt(QStringLiteral("cache"), QPointF(100, 400));
        const core::Scenario before = w.document()->scenario();
        const int undoSteps = w.undoStack()->count();
        QVERIFY(!w.openFile(bad));
        QVERIFY(w.document()->scenario() == before);
        QCOMPARE(w.undoStack()->count(), undoSteps); // the history is kept too
        QVERIFY(w.lastError().contains(QLatin1String("$.components[1].params.workers")));
        QVERIFY(!w.openFile(dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(w.lastError().contains(QLatin1String("missing.json")));
        QVERIFY(w.document()->scenario() == before);
    }
};

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
