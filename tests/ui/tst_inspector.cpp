// SPDX-License-Identifier: GPL-3.0-or-later
// The inspector edits through commands; the workload page and its helper.
#include "io/ScenarioFile.h"
#include "model/Document.h"
#include "panels/InspectorPanel.h"
#include "panels/InspectorWidgets.h"
#include "panels/WorkloadPanel.h"
#include "Resources.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace scalelab;
using namespace scalelab::ui;

class TestInspector : public QObject
{
    Q_OBJECT
private:
    static void load(Document& doc, const char* name)
    {
        const auto r =
            loadScenarioFile(QStringLiteral(":/examples/%1.json").arg(QLatin1String(name)));
        QVERIFY2(r.scenario, qPrintable(r.error));
        doc.resetScenario(*r.scenario);
    }

private Q_SLOTS:
    void initTestCase() { initResources(); }

    void buildsEveryParameterWithUnitsAndRanges()
    {
        Document doc;
        QUndoStack stack;
        load(doc, "08-database-replication");
        InspectorPanel inspector(&doc, &stack);
        inspector.showComponent(QStringLiteral("master"));
        const core::KindSpec* kind = core::findKind("database");
        for (const auto& p : kind->params) {
            QWidget* editor = inspector.editorFor(p.key);
            QVERIFY2(editor, p.key.c_str());
            if (p.type == core::ParamSpec::Type::Number ||
                p.type == core::ParamSpec::Type::Integer) {
                auto* spin = editor->findChild<QDoubleSpinBox*>();
                QVERIFY(spin);
                QCOMPARE(spin->minimum(), p.min);
                QCOMPARE(spin->maximum(), p.max);
                if (!p.unit.empty())
                    QVERIFY(spin->suffix().contains(QString::fromStdString(p.unit)));
                QVERIFY(!editor->toolTip().isEmpty());
            }
        }
        QCOMPARE(inspector.editorFor("no_such_param"), nullptr);
    }

    void editIsOneUndoableCommand()
    {
        Document doc;
        QUndoStack stack;
        load(doc, "03-tandem-lb-web-cache-db");
        InspectorPanel inspector(&doc, &stack);
        inspector.showComponent(QStringLiteral("web"));
        auto* spin = inspector.editorFor("workers")->findChild<QDoubleSpinBox*>();
        QCOMPARE(spin->value(), 1.0);
        spin->setValue(8);
        spin->setValue(12); // two deliberate edits of one field: two undo steps
        QCOMPARE(stack.count(), 2);
        QCOMPARE(doc.component(QStringLiteral("web"))->number("workers"), 12.0);
        stack.undo();
        QCOMPARE(doc.component(QStringLiteral("web"))->number("workers"), 8.0);
        stack.undo();
        QCOMPARE(doc.component(QStringLiteral("web"))->number("workers"), 1.0);
        QCOMPARE(spin->value(), 1.0); // the editor follows the document
        stack.redo();
        QCOMPARE(spin->value(), 8.0);
        stack.redo();
        QCOMPARE(spin->value(), 12.0);
    }

    void choiceAndNameEdits()
    {
        Document doc;
        QUndoStack stack;
        load(doc, "08-database-replication");
        InspectorPanel inspector(&doc, &stack);
        inspector.showComponent(QStringLiteral("lb"));
        auto* policy = qobject_cast<QComboBox*>(inspector.editorFor("policy"));
        QVERIFY(policy);
        policy->setFocus();
        QTest::keyClick(policy, Qt::Key_Down);
        QCOMPARE(QString::fromStdString(doc.component(QStringLiteral("lb"))->choice("policy")),
                 policy->currentData().toString());
        QCOMPARE(stack.count(), 1);
        inspector.nameEditor()->setText(QStringLiteral("Front door"));
        Q_EMIT inspector.nameEditor()->editingFinished();
        QCOMPARE(doc.component(QStringLiteral("lb"))->name, std::string("Front door"));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(inspector.nameEditor()->text(),
                 QString::fromStdString(doc.component(QStringLiteral("lb"))->name));
    }

    void nothingSelectedShowsWorkload()
    {
        Document doc;
        QUndoStack stack;
        load(doc, "03-tandem-lb-web-cache-db");
        InspectorPanel inspector(&doc, &stack);
        inspector.showComponent({});
        WorkloadPanel* w = inspector.workloadPanel();
        QVERIFY(w->isVisibleTo(&inspector) || !inspector.isVisible());
        QCOMPARE(w->rateEditor()->value(), 800.0);
        w->rateEditor()->setValue(2500);
        QCOMPARE(doc.scenario().workload.rateRps, 2500.0);
        // The log slider follows, to two significant digits.
        QVERIFY(std::abs(w->rateSlider()->logValue() - 2500) <= 50);
        // One drag of the slider (pressed, moved three times, released) is one step.
        w->rateSlider()->setSliderDown(true);
        for (int v : {w->rateSlider()->maximum() / 2, w->rateSlider()->maximum() * 3 / 4,
                      w->rateSlider()->maximum()})
            w->rateSlider()->setValue(v);
        w->rateSlider()->setSliderDown(false);
        QCOMPARE(doc.scenario().workload.rateRps, 1e7); // the top of 1..10,000,000
        QCOMPARE(stack.count(), 2); // the typed rate, then the whole drag
        stack.undo();
        QCOMPARE(doc.scenario().workload.rateRps, 2500.0);
        // A second drag is a second gesture: it does not merge into the first.
        w->rateSlider()->setSliderDown(true);
        w->rateSlider()->setValue(w->rateSlider()->maximum() / 3);
        w->rateSlider()->setSliderDown(false);
        w->rateSlider()->setSliderDown(true);
        w->rateSlider()->setValue(w->rateSlider()->maximum() / 2);
        w->rateSlider()->setSliderDown(false);
        QCOMPARE(stack.count(), 3);
        stack.undo();
        stack.undo();
        QCOMPARE(doc.scenario().workload.rateRps, 2500.0);
        stack.undo();
        QCOMPARE(doc.scenario().workload.rateRps, 800.0);
    }

    void dailyUsersHelper()
    {
        // 1,000,000 users x 50 requests a day / 86,400 s = 578.7 req/s; x3 at peak = 1736.1.
        QVERIFY(std::abs(WorkloadPanel::peakRps(1e6, 50, 3) - 1736.11) < 0.01);
        QCOMPARE(WorkloadPanel::peakRps(86400, 1, 1), 1.0);
    }

    void logSliderCoversDecades()
    {
        LogSlider s(1, 1e7);
        s.setValue(s.minimum());
        QCOMPARE(s.logValue(), 1.0);
        s.setValue(s.maximum());
        QCOMPARE(s.logValue(), 1e7);
        s.setValue((s.minimum() + s.maximum()) / 2);
        // Half way on a log scale over 7 decades is 10^3.5 = 3162, rounded to 2 digits.
        QCOMPARE(s.logValue(), 3200.0);
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
