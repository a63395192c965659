// SPDX-License-Identifier: GPL-3.0-or-later
// The teacher's lesson summary: the stored progress (steps completed, predictions right
// or wrong) in words with the right totals and no name, written as a PDF through the
// checked atomic write; an unwritable path is refused with the file named.
#include "export/LessonSummaryExport.h"

#include "lessons/LessonJson.h"
#include "model/Document.h"
#include "panels/LessonPanel.h"
#include "Resources.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace scalelab;

namespace {
const core::Lesson& lesson(const char* id)
{
    static const auto cat = core::loadLessonCatalog(std::string(SCALELAB_SOURCE_DIR) + "/lessons");
    for (const auto& l : cat.lessons)
        if (l.id == id)
            return l;
    qFatal("no lesson %s", id);
}
} // namespace

class TstLessonSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        ui::initResources();
    }

    /// Lesson 4 has three steps and one prediction (the last step's).
    void wordsAndTotalsFollowTheProgress()
    {
        const core::Lesson& l = lesson("04-vertical-vs-horizontal");
        ui::LessonProgress p;
        QString html = ui::lessonSummaryHtml(l, p);
        QVERIFY(html.contains(QStringLiteral("0 of 3 steps completed")));
        QVERIFY(html.contains(QStringLiteral("0 of 1 predictions right (0 answered)")));
        QVERIFY(html.contains(QStringLiteral("not answered yet")));

        p.completedSteps = {QStringLiteral("up"), QStringLiteral("out")};
        p.predictions["fail"] = QStringLiteral("wrong");
        html = ui::lessonSummaryHtml(l, p);
        QVERIFY(html.contains(QStringLiteral("2 of 3 steps completed")));
        QVERIFY(html.contains(QStringLiteral("0 of 1 predictions right (1 answered)")));
        QVERIFY(html.contains(QStringLiteral("predicted wrong")));
        // Every step and its prediction's question and explanation are there.
        for (const auto& s : l.steps)
            QVERIFY(html.contains(QString::fromStdString(s.title).toHtmlEscaped()));
        QVERIFY(
            html.contains(QString::fromStdString(l.steps[2].prediction->question).toHtmlEscaped()));
        // Class-free: neither the user's name nor the computer's appears.
        const QString user = qEnvironmentVariable("USER");
        if (user.size() > 3)
            QVERIFY(!html.contains(user));
    }

    /// Through the panel: the progress it stored, as a PDF of at least one page.
    void panelWritesThePdf()
    {
        QSettings s;
        s.setValue(QStringLiteral("lessons/04-vertical-vs-horizontal/completed"),
                   QStringList{QStringLiteral("up")});
        s.setValue(QStringLiteral("lessons/04-vertical-vs-horizontal/predictions/fail"),
                   QStringLiteral("right"));
        const auto p = ui::readLessonProgress(QStringLiteral("04-vertical-vs-horizontal"));
        QCOMPARE(p.completedSteps, QStringList{QStringLiteral("up")});
        QCOMPARE(p.predictions.at("fail"), QStringLiteral("right"));

        ui::Document doc;
        QUndoStack stack;
        ui::LessonPanel panel(&doc, &stack);
        QString error;
        QVERIFY(!panel.exportSummary(QStringLiteral("x.pdf"), &error)); // no lesson open
        for (int i = 0; i < panel.lessonCount(); ++i)
            if (panel.lessons()[i].id == "04-vertical-vs-horizontal")
                panel.openLesson(i);
        QVERIFY(panel.lesson());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summary.pdf"));
        QVERIFY2(panel.exportSummary(path, &error), qPrintable(error));
        if (const QByteArray keep = qgetenv("SCALELAB_SUMMARY_PDF"); !keep.isEmpty())
            QFile::copy(path, QString::fromLocal8Bit(keep));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const auto pages = pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") +
                           pdf.count("/Type /Page ") + pdf.count("/Type /Page/");
        QVERIFY2(pages >= 1 && pages <= 4, QByteArray::number(pages));
        // Only the summary is in the folder: the write leaves no temporary file.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // A folder that is a file: refused, the path in the message, nothing written.
        QFile plain(dir.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        error.clear();
        QVERIFY(!panel.exportSummary(dir.filePath(QStringLiteral("plain/summary.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("summary.pdf")), qPrintable(error));
    }
};

QTEST_MAIN(TstLessonSummary)
#include "tst_lesson_summary.moc"
