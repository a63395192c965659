// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/LessonSummaryExport.h"

#include "io/SafeWrite.h"
#include "lessons/LessonChecks.h"

#include <QBuffer>
#include <QDate>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSettings>
#include <QTextDocument>

namespace scalelab::ui {

namespace {
QString esc(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}
} // namespace

LessonProgress readLessonProgress(const QString& lessonId)
{
    LessonProgress p;
    QSettings settings;
    p.completedSteps =
        settings.value(QStringLiteral("lessons/%1/completed").arg(lessonId)).toStringList();
    settings.beginGroup(QStringLiteral("lessons/%1/predictions").arg(lessonId));
    for (const QString& k : settings.childKeys())
        p.predictions[k.toStdString()] = settings.value(k).toString();
    return p;
}

QString lessonSummaryHtml(const core::Lesson& lesson, const LessonProgress& progress)
{
    QString html =
        QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(lesson.title), esc(lesson.summary));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(QCoreApplication::translate(
                         "LessonSummary",
                         "Lesson summary of %1. It names no one: it shows what was done on "
                         "this computer.")
                         .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    int right = 0, asked = 0, answered = 0, done = 0;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const core::LessonStep& s = lesson.steps[i];
        const bool completed = progress.completedSteps.contains(QString::fromStdString(s.id));
        done += completed;
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(QCoreApplication::translate("LessonSummary", "Step %1: %2")
                             .arg(i + 1)
                             .arg(esc(s.title)));
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(completed
                             ? QCoreApplication::translate("LessonSummary",
                                                           "Completed: every goal was met.")
                             : QCoreApplication::translate("LessonSummary", "Not completed yet."));
        html += QStringLiteral("<p>%1</p><ul>")
                    .arg(QCoreApplication::translate("LessonSummary", "Goals:"));
        for (const core::LessonCheck& c : s.checks)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(c.label.empty() ? core::describeCheck(c) : c.label));
        html += QStringLiteral("</ul>");
        if (s.prediction) {
            ++asked;
            const auto it = progress.predictions.find(s.id);
            QString verdict = QCoreApplication::translate("LessonSummary", "not answered yet");
            if (it != progress.predictions.end()) {
                ++answered;
                const bool ok = it->second == QLatin1String("right");
                right += ok;
                verdict = ok ? QCoreApplication::translate("LessonSummary", "predicted right")
                             : QCoreApplication::translate("LessonSummary", "predicted wrong");
            }
            html += QStringLiteral("<p>%1 %2<br/><b>%3</b></p><p>%4 %5</p>")
                        .arg(QCoreApplication::translate("LessonSummary", "Prediction:"),
                             esc(s.prediction->question), verdict,
                             QCoreApplication::translate("LessonSummary", "Why:"),
                             esc(s.prediction->explanation));
        }
    }
    html += QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
                .arg(QCoreApplication::translate("LessonSummary", "Totals"),
                     QCoreApplication::translate("LessonSummary", "%1 of %2 steps completed.")
                         .arg(done)
                         .arg(lesson.steps.size()),
                     QCoreApplication::translate("LessonSummary",
                                                 "%1 of %2 predictions right (%3 answered).")
                         .arg(right)
                         .arg(asked)
                         .arg(answered));
    return html;
}

bool exportLessonSummary(const core::Lesson& lesson, const LessonProgress& progress,
                         const QString& path, QString* error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        pdf.setResolution(96);
        pdf.setTitle(QCoreApplication::translate("LessonSummary", "ScaleLab lesson summary: %1")
                         .arg(QString::fromStdString(lesson.title)));
        pdf.setCreator(QStringLiteral("ScaleLab"));
        QTextDocument doc;
        doc.setHtml(lessonSummaryHtml(lesson, progress));
        doc.print(&pdf);
    }
    if (buffer.size() < 8 || !buffer.data().startsWith("%PDF-")) {
        if (error)
            *error =
                QCoreApplication::translate("LessonSummary", "%1: cannot draw the PDF").arg(path);
        return false;
    }
    return writeFileSafely(path, buffer.data(), error);
}

} // namespace scalelab::ui
