// SPDX-License-Identifier: GPL-3.0-or-later
// The German catalogue: complete, placeholders and accelerators kept, loaded through
// Settings > Language; the kinds table of the core is translated through the list in
// ui/i18n/KindStrings.cpp, kept in sync here; inspector numbers follow the locale.
#include "canvas/Units.h"
#include "charts/ChartBook.h"
#include "i18n/EventStrings.h"
#include "i18n/Language.h"
#include "io/ScenarioFile.h"
#include "model/Document.h"
#include "model/ParamSpec.h"
#include "panels/InspectorPanel.h"
#include "panels/InspectorWidgets.h"
#include "Resources.h"

#include <QChart>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace scalelab;
using namespace scalelab::ui;

namespace {
QStringList placeholders(const QString& s)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n|L\\d+)"));
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

bool hasAccelerator(QString s)
{
    return s.remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void kindStringsMatchTheCore()
    {
        QSet<QString> core;
        static const QSet<QString> prettyNamed = {
            QStringLiteral("lru"),         QStringLiteral("lfu"),          QStringLiteral("fifo"),
            QStringLiteral("sql"),         QStringLiteral("nosql"),        QStringLiteral("cache aside"),
            QStringLiteral("read through"), QStringLiteral("write through"),
            QStringLiteral("refresh ahead"), QStringLiteral("p99 ms"),      QStringLiteral("p95 ms")};
        for (const auto& k : core::componentKinds()) {
            core << QString::fromStdString(k.displayName) << QString::fromStdString(k.description);
            for (const auto& p : k.params) {
                core << QString::fromStdString(p.label) << QString::fromStdString(p.help);
                if (!p.unit.empty())
                    core << QString::fromStdString(p.unit);
                for (const auto& c : p.choices) {
                    const QString pretty = QString::fromStdString(c).replace(QLatin1Char('_'),
                                                                             QLatin1Char(' '));
                    if (!prettyNamed.contains(pretty))
                        core << pretty;
                }
            }
        }
        core.remove(QString());
        const QStringList list = kindStringList();
        const QSet<QString> ui(list.begin(), list.end());
        QCOMPARE(list.size(), ui.size()); // no duplicates
        QStringList missing, extra;
        for (const QString& s : core)
            if (!ui.contains(s))
                missing << s;
        for (const QString& s : ui)
            if (!core.contains(s))
                extra << s;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("add to ui/i18n/KindStrings.cpp: ") +
                            missing.join(QStringLiteral(" | "))));
        QVERIFY2(extra.isEmpty(),
                 qPrintable(QStringLiteral("remove from ui/i18n/KindStrings.cpp: ") +
                            extra.join(QStringLiteral(" | "))));
    }

    /// The marker labels and text templates of core/model/EventKinds.cpp are exactly the
    /// ones ui/i18n/EventStrings.cpp lists for lupdate.
    void eventStringsMatchTheCore()
    {
        QSet<QString> markers, texts;
        for (const core::EventKind& k : core::eventKinds())
            if (k.marker)
                markers << QString::fromUtf8(k.marker);
        for (int i = 1; i < static_cast<int>(core::EventText::Count); ++i)
            texts << QString::fromUtf8(core::eventTextTemplate(static_cast<core::EventText>(i)));
        const QStringList m = eventMarkerList(), t = eventTextList();
        QCOMPARE(QSet<QString>(m.begin(), m.end()), markers);
        QCOMPARE(m.size(), markers.size()); // no duplicates in the list
        QCOMPARE(QSet<QString>(t.begin(), t.end()), texts);
        QCOMPARE(t.size(), texts.size());
        QCOMPARE(texts.size(), static_cast<int>(core::EventText::Count) - 1); // no two ids share a text
    }

    /// An event of the model reads in German with German numbers; a user's label stays
    /// as written; an injected event names its kind in German.
    void eventTextsFollowTheLanguage()
    {
        auto* de = createScaleLabTranslator(QStringLiteral("de"), this);
        QVERIFY(de);
        QCoreApplication::installTranslator(de);
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));

        core::SimEvent drained;
        drained.type = "server_drained";
        drained.setText(core::EventText::Drained, {"web1", "412", "830"});
        QCOMPARE(drained.text, std::string("web1 drained: 412 requests finished in 830 ms"));
        const QString shown = trEventText(drained);
        QVERIFY2(shown != QString::fromStdString(drained.text), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("web1")) && shown.contains(QStringLiteral("412")) &&
                     shown.contains(QStringLiteral("830")),
                 qPrintable(shown));

        core::SimEvent spike;
        spike.type = "spike";
        spike.setText(core::EventText::Spike, {"2.50"});
        QVERIFY2(trEventText(spike).contains(QStringLiteral("2,50")), qPrintable(trEventText(spike)));

        core::SimEvent crash;
        crash.type = "master_loss";
        crash.setText(core::EventText::Injected, {"master loss", "Orders DB"});
        QCOMPARE(trEventText(crash), trEventMarker(crash) + QStringLiteral(": Orders DB"));
        QVERIFY(trEventMarker(crash) != QStringLiteral("primary lost"));

        core::SimEvent labelled;
        labelled.type = "crash";
        labelled.text = "the intern tripped over a cable";
        QCOMPARE(trEventText(labelled), QStringLiteral("the intern tripped over a cable"));

        QCoreApplication::removeTranslator(de);
        QLocale::setDefault(previous);
        QCOMPARE(trEventText(drained), QString::fromStdString(drained.text));
    }

    void catalogueIsCompleteAndConsistent()
    {
        QFile f(QStringLiteral(SCALELAB_SOURCE_DIR "/translations/scalelab_de.ts"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QStringList problems;
        QString source, context;
        bool numerus = false;
        QStringList forms;
        QString translation, type;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto n = xml.name();
                if (n == QLatin1String("name"))
                    context = xml.readElementText();
                else if (n == QLatin1String("message")) {
                    numerus = xml.attributes().value(QLatin1String("numerus")) ==
                              QLatin1String("yes");
                    forms.clear();
                    source.clear();
                    translation.clear();
                } else if (n == QLatin1String("source"))
                    source = xml.readElementText();
                else if (n == QLatin1String("translation")) {
                    type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!numerus)
                        translation = xml.readElementText();
                } else if (n == QLatin1String("numerusform"))
                    forms << xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                const QString where = context + QStringLiteral(": \"") + source + QLatin1Char('"');
                if (!type.isEmpty())
                    problems << where + QStringLiteral(" is ") + type;
                if (numerus) {
                    if (forms.size() != 2)
                        problems << where + QStringLiteral(" needs 2 plural forms");
                    for (const QString& fm : forms)
                        if (!fm.contains(QLatin1String("%n")))
                            problems << where + QStringLiteral(" plural form lacks %n");
                    translation = forms.value(1);
                }
                if (translation.isEmpty())
                    problems << where + QStringLiteral(" has no translation");
                QStringList a = placeholders(source), b = placeholders(translation);
                a.removeDuplicates();
                b.removeDuplicates();
                if (a != b)
                    problems << where + QStringLiteral(" placeholders differ: ") + translation;
                if (hasAccelerator(source) != hasAccelerator(translation))
                    problems << where + QStringLiteral(" accelerator & lost or added: ") +
                                    translation;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 800);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void settingChoosesTheLanguage()
    {
        QCOMPARE(languageSetting(), QString());
        setLanguageSetting(QStringLiteral("de"));
        QCOMPARE(effectiveLanguage(), QStringLiteral("de"));
        QCOMPARE(lessonLanguage(), std::string("de"));
        setLanguageSetting(QStringLiteral("en"));
        QCOMPARE(effectiveLanguage(), QStringLiteral("en"));
        QCOMPARE(lessonLanguage(), std::string());
        setLanguageSetting(QStringLiteral("xx")); // not offered: ignored
        QCOMPARE(languageSetting(), QString());
        setLanguageSetting({});
        QCOMPARE(languageSetting(), QString());
    }

    void germanIsInstalled()
    {
        setLanguageSetting(QStringLiteral("de"));
        QCOMPARE(installTranslators(*QCoreApplication::instance()), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("scalelab::ui::MainWindow", "&File"),
                 QStringLiteral("&Datei"));
        QCOMPARE(trKindName(*core::findKind("web_server")), QStringLiteral("Webserver"));
        QCOMPARE(trKindName(*core::findKind("database")), QStringLiteral("Datenbank"));
        QCOMPARE(trParamLabel(*core::findKind("cache")->param("capacity_items")),
                 QStringLiteral("Kapazität"));
        // A helper whose run-time context differs from the one lupdate saw still translates.
        QCOMPARE(QCoreApplication::translate("ChartExport", "%1: cannot write the SVG file"),
                 QStringLiteral("%1: Die SVG-Datei kann nicht geschrieben werden"));
        // Plural forms.
        QCOMPARE(QCoreApplication::translate("QObject", "Wrote %n file(s) to %1", nullptr, 1),
                 QStringLiteral("1 Datei nach %1 geschrieben"));
        QCOMPARE(QCoreApplication::translate("QObject", "Wrote %n file(s) to %1", nullptr, 3),
                 QStringLiteral("3 Dateien nach %1 geschrieben"));
        // Qt's own translations are there too (qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        setLanguageSetting({});
    }

    void germanNumbersInTheInspector()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(formatParamNumber(1.5), QStringLiteral("1,5"));
        QCOMPARE(formatParamNumber(0.001), QStringLiteral("0,001"));
        QCOMPARE(formatParamNumber(600000), QStringLiteral("600.000"));
        QCOMPARE(parseParamNumber(QStringLiteral("1,5")).value_or(-1), 1.5);
        QCOMPARE(parseParamNumber(QStringLiteral(" 2,25 ")).value_or(-1), 2.25);
        QCOMPARE(parseParamNumber(QStringLiteral("1.500")).value_or(-1), 1500.0);
        QVERIFY(!parseParamNumber(QStringLiteral("abc")));

        Document doc;
        QUndoStack stack;
        const auto r = loadScenarioFile(QStringLiteral(":/examples/03-tandem-lb-web-cache-db.json"));
        QVERIFY(r.scenario);
        doc.resetScenario(*r.scenario);
        InspectorPanel inspector(&doc, &stack);
        inspector.show();
        inspector.showComponent(QStringLiteral("web"));
        auto* spin = inspector.editorFor("service_ms")->findChild<QDoubleSpinBox*>();
        QVERIFY(spin);
        spin->setValue(1.5);
        QVERIFY2(spin->text().startsWith(QStringLiteral("1,50")), qPrintable(spin->text()));
        // A German user types a decimal comma.
        auto* edit = spin->findChild<QLineEdit*>();
        QVERIFY(edit);
        spin->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2,5"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(doc.component(QStringLiteral("web"))->number("service_ms"), 2.5);
        QVERIFY2(spin->text().startsWith(QStringLiteral("2,50")), qPrintable(spin->text()));
        // The tooltip's range is written the German way ("0,001 bis 600.000 ms").
        QVERIFY2(inspector.editorFor("service_ms")->toolTip().contains(QStringLiteral("0,001")),
                 qPrintable(inspector.editorFor("service_ms")->toolTip()));
        QLocale::setDefault(QLocale::c());
    }

    void labelsFollowTheLocale()
    {
        // The canvas's short figures and the charts' axes are display: the user's locale.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(shortNumber(1.5), QString("1,5"));
        QCOMPARE(shortNumber(2500), QString("2,5k"));
        QCOMPARE(shortNumber(0.05), QString("0,05"));
        QCOMPARE(shortNumber(120), QString("120"));
        ChartBook book;
        QVERIFY(book.chart(ChartBook::Latency)->localizeNumbers());
        QCOMPARE(book.chart(ChartBook::Latency)->locale().decimalPoint(), QString(","));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(shortNumber(1.5), QString("1.5"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
