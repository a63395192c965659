// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Glossary: the search filters the sorted list, German shows German, a lesson link
// opens that lesson in the Lessons panel, a term linked in a step's text opens the
// glossary at that term, the inspector's tooltips carry the definitions, and a broken
// glossary file is reported (file and JSON path) with an empty glossary.
#include "i18n/Language.h"
#include "MainWindow.h"
#include "model/Document.h"
#include "panels/GlossaryDialog.h"
#include "panels/GlossaryLibrary.h"
#include "panels/InspectorPanel.h"
#include "panels/LessonPanel.h"
#include "Resources.h"

#include <QAction>
#include <QCollator>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace scalelab;
using namespace scalelab::ui;

namespace {
std::vector<GlossaryDialog::LessonRef> lessonRefs(const LessonPanel& panel)
{
    std::vector<GlossaryDialog::LessonRef> refs;
    for (std::size_t i = 0; i < panel.lessons().size(); ++i)
        refs.push_back({panel.lessons()[i].id, static_cast<int>(i) + 1,
                        QString::fromStdString(panel.lessons()[i].title)});
    return refs;
}

QTextBrowser* stepText(LessonPanel* panel)
{
    for (auto* b : panel->findChildren<QTextBrowser*>())
        if (b->accessibleName() == QLatin1String("Step text"))
            return b;
    return nullptr;
}
} // namespace

class TestGlossaryDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ScaleLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_glossary_dialog"));
        setLanguageSetting(QStringLiteral("en"));
        QVERIFY2(appGlossaryErrors().isEmpty(), qPrintable(appGlossaryErrors().join('\n')));
        QCOMPARE(appGlossary().terms.size(), std::size_t(46));
    }

    void searchFiltersTheSortedList()
    {
        GlossaryDialog dialog(appGlossary(), {}, "en");
        const QStringList all = dialog.visibleTermIds();
        QCOMPARE(all.size(), 46);
        // Alphabetical by the English term, whatever the file's order.
        QCOMPARE(all.first(), QStringLiteral("autoscaling"));
        QCollator c{QLocale(QStringLiteral("en"))};
        c.setCaseSensitivity(Qt::CaseInsensitive);
        for (int i = 1; i < dialog.termList()->count(); ++i)
            QVERIFY(c.compare(dialog.termList()->item(i - 1)->text(),
                              dialog.termList()->item(i)->text()) <= 0);

        QTest::keyClicks(dialog.searchField(), QStringLiteral("geodns"));
        QCOMPARE(dialog.visibleTermIds(), QStringList{QStringLiteral("geodns")});
        QCOMPARE(dialog.currentTermId(), QStringLiteral("geodns"));
        // An alias finds its entry: "SPOF" is the single point of failure.
        dialog.searchField()->setText(QStringLiteral("SPOF"));
        QVERIFY(dialog.visibleTermIds().contains(QStringLiteral("spof")));
        QVERIFY(dialog.visibleTermIds().size() < 46);
        dialog.searchField()->setText(QStringLiteral("zzzz"));
        QCOMPARE(dialog.visibleTermIds().size(), 0);
        QVERIFY(dialog.definition()->toPlainText().isEmpty());
        dialog.searchField()->clear();
        QCOMPARE(dialog.visibleTermIds().size(), 46);

        // showTerm clears a search that hides the entry.
        dialog.searchField()->setText(QStringLiteral("geodns"));
        QVERIFY(dialog.showTerm(QStringLiteral("replication-lag")));
        QCOMPARE(dialog.currentTermId(), QStringLiteral("replication-lag"));
        QVERIFY(dialog.searchField()->text().isEmpty());
        QVERIFY(dialog.definition()->toPlainText().contains(QStringLiteral("trails behind")));
        QVERIFY(!dialog.showTerm(QStringLiteral("no-such-term")));
    }

    void keyboard()
    {
        GlossaryDialog dialog(appGlossary(),
                              {{"07-cache-tier", 7, QStringLiteral("The cache tier")}}, "en");
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QTRY_VERIFY(dialog.searchField()->hasFocus());
        QCOMPARE(dialog.termList()->currentRow(), 0);
        QTest::keyClick(dialog.searchField(), Qt::Key_Down); // the list follows the arrows
        QCOMPARE(dialog.termList()->currentRow(), 1);
        QTest::keyClick(dialog.searchField(), Qt::Key_Up);
        QCOMPARE(dialog.termList()->currentRow(), 0);
        QSignalSpy lesson(&dialog, &GlossaryDialog::lessonRequested);
        dialog.showTerm(QStringLiteral("eviction"));
        QTest::keyClick(dialog.termList(), Qt::Key_Return);
        QCOMPARE(lesson.size(), 1);
        QCOMPARE(lesson.at(0).at(0).toString(), QStringLiteral("07-cache-tier"));
        QTest::keyClick(dialog.searchField(), Qt::Key_Enter);
        QCOMPARE(lesson.size(), 2);
        QVERIFY(dialog.isVisible()); // Enter follows the link, it does not close the dialog
        QCOMPARE(dialog.searchField()->accessibleName(), QStringLiteral("Search the glossary"));
        QCOMPARE(dialog.termList()->accessibleName(), QStringLiteral("Glossary terms"));
        QCOMPARE(dialog.definition()->accessibleName(), QStringLiteral("Definition"));
    }

    void germanList()
    {
        GlossaryDialog dialog(
            appGlossary(),
            {{"06-replication-failover", 6, QStringLiteral("Datenbank-Replikation")}}, "de");
        QCOMPARE(dialog.termList()->item(0)->text(), QStringLiteral("Auslastung"));
        QCOMPARE(dialog.currentTermId(), QStringLiteral("utilization"));
        // The search looks at the German spellings and texts too.
        dialog.searchField()->setText(QStringLiteral("Verzögerung")); // keyClicks types ASCII only
        QCOMPARE(dialog.visibleTermIds(),
                 (QStringList{QStringLiteral("autoscaling"), QStringLiteral("replication-lag")}));
        dialog.searchField()->setText(QStringLiteral("replikationsverz"));
        QCOMPARE(dialog.visibleTermIds(), QStringList{QStringLiteral("replication-lag")});
        QCOMPARE(dialog.currentTermId(), QStringLiteral("replication-lag"));
        QCOMPARE(dialog.termList()->currentItem()->text(),
                 QStringLiteral("Replikationsverzögerung"));
        const QString text = dialog.definition()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("hinterherhinkt")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("lesson 6: Datenbank-Replikation")),
                 qPrintable(text));
        // Terms in the definition link to their own entries.
        QVERIFY(dialog.definition()->toHtml().contains(QStringLiteral("glossary:primary")));
        Q_EMIT dialog.definition()->anchorClicked(QUrl(QStringLiteral("glossary:primary")));
        QCOMPARE(dialog.currentTermId(), QStringLiteral("primary"));
    }

    void lessonLinkOpensTheLesson()
    {
        MainWindow w;
        w.setInteractive(false);
        auto* panel = w.findChild<LessonPanel*>();
        QVERIFY(panel);
        QAction* action = w.action(QStringLiteral("actionGlossary"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
        action->trigger();
        auto* dialog = w.findChild<GlossaryDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->showTerm(QStringLiteral("replication-lag")));
        QVERIFY2(dialog->definition()->toPlainText().contains(QStringLiteral(
                     "See it in lesson 6: Database replication and master failover")),
                 qPrintable(dialog->definition()->toPlainText()));
        QTest::keyClick(dialog->termList(), Qt::Key_Return);
        QCOMPARE(QString::fromStdString(panel->lesson()->id),
                 QStringLiteral("06-replication-failover"));
        QCOMPARE(panel->currentStep(), 0);
        QVERIFY(!w.dock(QStringLiteral("lessonDock"))->isHidden());
        QVERIFY(
            stepText(panel)->toPlainText().contains(QString::fromStdString(panel->step()->title)));

        // A click on a link in the definition: another lesson.
        dialog->showTerm(QStringLiteral("hot-key"));
        Q_EMIT dialog->definition()->anchorClicked(QUrl(QStringLiteral("lesson:13-sharding")));
        QCOMPARE(QString::fromStdString(panel->lesson()->id), QStringLiteral("13-sharding"));
        // The same dialog is reused.
        action->trigger();
        QCOMPARE(w.findChildren<GlossaryDialog*>().size(), 1);
    }

    void stepTextLinksToTheGlossary()
    {
        MainWindow w;
        w.setInteractive(false);
        auto* panel = w.findChild<LessonPanel*>();
        panel->openLesson(5); // 06-replication-failover, "Spread the reads"
        QCOMPARE(QString::fromStdString(panel->lesson()->id),
                 QStringLiteral("06-replication-failover"));
        const QString html = panel->linkedStepHtml();
        QCOMPARE(html.count(QStringLiteral("href=\"glossary:replica\"")), 1);
        QVERIFY(html.contains(QStringLiteral("href=\"glossary:utilization\"")));
        // The title and presenter mode's text stay without links.
        QVERIFY(!panel->stepHtml().contains(QStringLiteral("glossary:")));
        QVERIFY(stepText(panel)->toHtml().contains(QStringLiteral("glossary:replica")));
        // A click on the term opens the glossary there.
        Q_EMIT stepText(panel)->anchorClicked(QUrl(QStringLiteral("glossary:replica")));
        auto* dialog = w.findChild<GlossaryDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentTermId(), QStringLiteral("replica"));
    }

    void inspectorTooltipsCarryDefinitions()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(":/examples/08-database-replication.json")));
        InspectorPanel* inspector = w.inspector();
        inspector->showComponent(QStringLiteral("master"));
        const QString lag = inspector->editorFor("replication_lag_ms")->toolTip();
        QVERIFY2(lag.contains(QStringLiteral("<b>replication lag</b>")), qPrintable(lag));
        QVERIFY2(lag.contains(QStringLiteral("trails behind the primary")), qPrintable(lag));
        QVERIFY2(lag.contains(QStringLiteral("Range")),
                 qPrintable(lag)); // the parameter's own help stays
        const QString service = inspector->editorFor("write_service_ms")->toolTip();
        QVERIFY(!service.contains(QStringLiteral("<b>"))); // no entry: plain as before
    }

    void brokenGlossaryIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("07-cache-tier")));
        QFile lesson(dir.filePath(QStringLiteral("07-cache-tier/lesson.json")));
        QVERIFY(lesson.open(QIODevice::WriteOnly));
        lesson.close();
        QFile f(dir.filePath(QStringLiteral("glossary.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "scalelab-glossary", "version": 1, "terms": [
            {"id": "a", "term": "A", "text": "x", "lessons": ["07-cache-tier"]},
            {"id": "b", "term": ["B"], "text": "y", "lessons": ["07-cache-tier"]}]})");
        f.close();
        qputenv("SCALELAB_LESSONS_DIR", QFile::encodeName(dir.path()));
        const core::GlossaryLoadResult r = loadBundledGlossary();
        qunsetenv("SCALELAB_LESSONS_DIR");
        QCOMPARE(r.errors.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(r.errors[0].path), QStringLiteral("$.terms[1].term"));
        QVERIFY(QString::fromStdString(r.errors[0].file).endsWith(QStringLiteral("glossary.json")));
        QVERIFY(r.glossary.terms.empty());

        GlossaryDialog dialog(r.glossary, {}, "en");
        QStringList errors;
        for (const auto& d : r.errors)
            errors << QString::fromStdString(d.toString());
        dialog.setProblems(errors);
        QCOMPARE(dialog.visibleTermIds().size(), 0);
        QVERIFY(dialog.definition()->toPlainText().contains(QStringLiteral("empty")));
        bool shown = false;
        for (auto* l : dialog.findChildren<QLabel*>())
            shown =
                shown || (!l->isHidden() && l->text().contains(QStringLiteral("$.terms[1].term")));
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestGlossaryDialog)
#include "tst_glossary_dialog.moc"
