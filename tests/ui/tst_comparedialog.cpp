// SPDX-License-Identifier: GPL-3.0-or-later
// Run > Compare with...: driven by keys only, its table equals core::runCompare run
// directly, cancel and Escape stop a long comparison within a second, a broken design B
// or an unwritable CSV is reported with the file and the reason, it fits a 1280x720
// screen, and a lesson step's "Compare designs" opens it with the lesson's design B.
#include "compare/CompareDialog.h"

#include "io/ScenarioJson.h"
#include "lessons/LessonJson.h"
#include "model/Document.h"
#include "panels/LessonPanel.h"
#include "Resources.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFontInfo>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <QUndoStack>

#include <sys/stat.h>
#include <unistd.h>

using namespace scalelab;
using scalelab::ui::CompareDialog;

namespace {

core::Scenario example(const char* file, double durationS)
{
    auto r = core::loadScenarioFile(std::string(SCALELAB_SOURCE_DIR) + "/examples/" + file);
    if (!r.scenario)
        qFatal("cannot load example %s", file);
    r.scenario->run.durationS = durationS;
    return *r.scenario;
}

/// Runs the event loop until the dialog's comparison ends (or the timeout passes).
bool waitForCompare(CompareDialog& dlg, int timeoutMs)
{
    if (!dlg.isRunning())
        return true;
    QEventLoop loop;
    QObject::connect(&dlg, &CompareDialog::compareFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !dlg.isRunning();
}

QPushButton* button(QWidget& w, const QString& accessibleName)
{
    for (auto* b : w.findChildren<QPushButton*>())
        if (b->accessibleName() == accessibleName)
            return b;
    return nullptr;
}

} // namespace

class TstCompareDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        ui::initResources();
        QVERIFY(!QFontInfo(QFont()).family().isEmpty());
    }

    /// Alt+W chooses B, Alt+S the seeds, Enter runs (Run is the default button); the
    /// table is then the one core::runCompare computes for the same pair and seeds.
    void keyboardOnlyRunEqualsCore()
    {
        const core::Scenario a = example("02-web-and-database.json", 20);
        CompareDialog dlg(a);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        dlg.activateWindow();
        QTest::keyClick(&dlg, Qt::Key_W, Qt::AltModifier);
        auto* choice = dlg.findChild<QComboBox*>();
        QVERIFY(choice);
        QTRY_VERIFY(choice->hasFocus());
        QCOMPARE(choice->currentData().toString(), QStringLiteral("cache")); // first applicable
        QTest::keyClick(&dlg, Qt::Key_S, Qt::AltModifier);
        auto* seeds = dlg.findChild<QSpinBox*>();
        QTRY_VERIFY(seeds->hasFocus());
        seeds->selectAll();
        QTest::keyClicks(seeds, QStringLiteral("3"));
        QCOMPARE(dlg.seeds(), 3);
        QTest::keyClick(seeds, Qt::Key_Return);
        QVERIFY(dlg.isRunning());
        QVERIFY(waitForCompare(dlg, 120000));
        QVERIFY2(dlg.result().error.empty(), dlg.result().error.c_str());

        core::CompareSpec spec;
        spec.seeds = 3;
        const core::CompareResult direct = core::runCompare(a, dlg.designB(), spec);
        QCOMPARE(dlg.result().rows.size(), direct.rows.size());
        // The table leaves out the counters that stayed 0 in every run of both designs.
        int shown = 0;
        for (const auto& row : direct.rows) {
            const bool counter = row.key.rfind("errors_", 0) == 0 || row.key == "sessions_lost";
            shown += !(counter && row.a.mean == 0 && row.b.mean == 0 && row.a.halfWidth == 0 &&
                       row.b.halfWidth == 0);
        }
        QVERIFY(shown >= 6); // p50, p95, p99, throughput, error rate, cost at least
        QCOMPARE(dlg.table()->rowCount(), shown);
        // Deterministic per seed and independent of the thread count: identical bytes.
        QCOMPARE(core::compareCsv(dlg.result()), core::compareCsv(direct));
        QVERIFY(button(dlg, tr("Save the table as CSV"))->isEnabled());
    }

    /// A comparison of minutes stops within a second of Cancel (the simulations poll the
    /// flag every few thousand events) and leaves Run available again.
    void cancelStopsWithinASecond()
    {
        CompareDialog dlg(example("02-web-and-database.json", 3000));
        dlg.show();
        QVERIFY(dlg.setVariant(QStringLiteral("web")));
        dlg.setSeeds(20);
        QVERIFY(dlg.start());
        QTest::qWait(300);
        QVERIFY(dlg.isRunning());
        QElapsedTimer t;
        t.start();
        QTest::mouseClick(button(dlg, tr("Cancel the running comparison")), Qt::LeftButton);
        QVERIFY(waitForCompare(dlg, 5000));
        QVERIFY2(t.elapsed() < 1000, QByteArray::number(t.elapsed()));
        // A partial comparison shows no numbers.
        QVERIFY2(dlg.statusText().startsWith(QStringLiteral("Cancelled")),
                 qPrintable(dlg.statusText()));
        QCOMPARE(dlg.table()->rowCount(), 0);
        QVERIFY(button(dlg, tr("Run the comparison"))->isEnabled());
    }

    /// Escape while running closes the dialog and joins the worker before returning.
    void escapeClosesAndJoins()
    {
        auto* dlg = new CompareDialog(example("02-web-and-database.json", 3000));
        QPointer<CompareDialog> guard(dlg);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->show();
        QVERIFY(QTest::qWaitForWindowExposed(dlg));
        QVERIFY(dlg->setVariant(QStringLiteral("web")));
        dlg->setSeeds(20);
        QVERIFY(dlg->start());
        QTest::qWait(200);
        QElapsedTimer t;
        t.start();
        QTest::keyClick(dlg, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
        QVERIFY2(t.elapsed() < 1000, QByteArray::number(t.elapsed()));
    }

    /// A broken file for B: refused with the file's name, the field and what was expected;
    /// the dialog keeps working with its previous choice.
    void brokenDesignBIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "scalelab-scenario", "version": 1, "components": 7})");
        f.close();
        CompareDialog dlg(example("02-web-and-database.json", 20));
        QString error;
        QVERIFY(!dlg.setOtherFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("broken.json")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("components")), qPrintable(error));
        QVERIFY(dlg.setVariant(QStringLiteral("web")));
    }

    /// Saving the CSV into a read-only folder fails with the reason; into a writable one
    /// the file holds exactly core::compareCsv of the result.
    void csvWritesAreChecked()
    {
        CompareDialog dlg(example("02-web-and-database.json", 15));
        QVERIFY(dlg.setVariant(QStringLiteral("web")));
        dlg.setSeeds(2);
        QVERIFY(dlg.start());
        QVERIFY(waitForCompare(dlg, 120000));
        QTemporaryDir dir;
        const QString ro = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(ro));
        QVERIFY(::chmod(QFile::encodeName(ro).constData(), 0555) == 0);
        QString error;
        if (::geteuid() != 0) { // root writes into read-only folders
            QVERIFY(!dlg.saveCsv(ro + QStringLiteral("/c.csv"), &error));
            QVERIFY2(error.contains(QStringLiteral("c.csv")), qPrintable(error));
        }
        // A path whose folder is a file fails for root as well.
        QFile plain(dir.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        error.clear();
        QVERIFY(!dlg.saveCsv(dir.filePath(QStringLiteral("plain/x.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("x.csv")), qPrintable(error));
        const QString ok = dir.filePath(QStringLiteral("c.csv"));
        QVERIFY2(dlg.saveCsv(ok, &error), qPrintable(error));
        QFile in(ok);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll().toStdString(), core::compareCsv(dlg.result()));
        ::chmod(QFile::encodeName(ro).constData(), 0755);
    }

    /// On a 1280x720 projector the whole dialog is on the screen.
    void fitsTheScreen()
    {
        CompareDialog dlg(example("02-web-and-database.json", 20));
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        const QRect avail = dlg.screen()->availableGeometry();
        QVERIFY2(dlg.frameGeometry().width() <= avail.width() &&
                     dlg.frameGeometry().height() <= avail.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(dlg.frameGeometry().width())
                                .arg(dlg.frameGeometry().height())
                                .arg(avail.width())
                                .arg(avail.height())));
    }

    /// Lesson 4's last step: "Compare designs" opens the dialog with the lesson's single
    /// big server as B, under the step's crash; B's error rate is far above A's.
    void lessonStepOpensComparison()
    {
        const auto cat = core::loadLessonCatalog(std::string(SCALELAB_SOURCE_DIR) + "/lessons");
        QCOMPARE(cat.errors.size(), std::size_t{0});
        ui::Document doc;
        QUndoStack stack;
        ui::LessonPanel panel(&doc, &stack);
        panel.setLessons(cat.lessons);
        int lesson = -1;
        for (int i = 0; i < panel.lessonCount(); ++i)
            if (panel.lessons()[i].id == "04-vertical-vs-horizontal")
                lesson = i;
        QVERIFY(lesson >= 0);
        panel.openLesson(lesson);
        panel.goToStep(2);
        QVERIFY(panel.step() && panel.step()->compare);
        panel.showMe(); // the scaled-out solution is design A
        auto* compare = button(panel, tr("Run this step's experiment on your design and on the "
                                         "lesson's other design, over several seeds, and "
                                         "overlay the charts"));
        QVERIFY(compare);
        panel.show();
        QVERIFY(compare->isVisible());
        QPointer<CompareDialog> opened;
        connect(&panel, &ui::LessonPanel::compareOpened, this,
                [&](CompareDialog* d) { opened = d; });
        compare->click();
        QVERIFY(opened);
        QCOMPARE(opened->seeds(), panel.step()->compare->seeds);
        QVERIFY(waitForCompare(*opened, 240000));
        const auto& r = opened->result();
        QVERIFY2(r.error.empty(), r.error.c_str());
        for (const auto& row : r.rows)
            if (row.key == "error_rate_pct")
                QVERIFY2(row.b.lo() > row.a.hi(),
                         qPrintable(QStringLiteral("A %1, B %2").arg(row.a.mean).arg(row.b.mean)));
        opened->close();
    }
};

QTEST_MAIN(TstCompareDialog)
#include "tst_comparedialog.moc"
