// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson panel's "Compare designs" (a step's experiment on two designs, in the
// compare dialog of Run > Compare with...) and the teacher's lesson summary as PDF.
#include "compare/CompareDialog.h"
#include "export/LessonSummaryExport.h"
#include "lessons/LessonCompare.h"
#include "model/Document.h"
#include "panels/LessonPanel.h"

#include <QFileDialog>

namespace scalelab::ui {

void LessonPanel::compareDesigns()
{
    const core::LessonStep* s = step();
    if (!s || !s->compare)
        return;
    core::Scenario a, b;
    core::CompareSpec spec;
    std::string why;
    if (!core::lessonCompareDesigns(*s, m_doc->scenario(), a, b, spec, &why)) {
        setResultsHtml(tr("<p>⚠ The comparison cannot run: %1</p>")
                           .arg(QString::fromStdString(why).toHtmlEscaped()));
        return;
    }
    if (m_compareDialog)
        m_compareDialog->close(); // cancels and joins a comparison still running
    auto* dialog = new CompareDialog(a, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString from =
        s->compare->with
            ? tr("the lesson's design %1").arg(QString::fromStdString(s->compare->withFile))
            : tr("your design with one change");
    dialog->setDesignB(b, spec.bOwnTimeline, from);
    dialog->setSeeds(spec.seeds);
    m_compareDialog = dialog;
    dialog->show();
    dialog->start();
    Q_EMIT compareOpened(dialog);
}

bool LessonPanel::exportSummary(const QString& path, QString* error)
{
    const core::Lesson* l = lesson();
    if (!l) {
        if (error)
            *error = tr("Open a lesson first.");
        return false;
    }
    return exportLessonSummary(*l, readLessonProgress(QString::fromStdString(l->id)), path, error);
}

void LessonPanel::chooseSummaryFile()
{
    const core::Lesson* l = lesson();
    if (!l)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export lesson summary"), QString::fromStdString(l->id) + QStringLiteral("-summary.pdf"),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSummary(path, &error))
        setResultsHtml(tr("<p>⚠ %1</p>").arg(error.toHtmlEscaped()));
    else
        setResultsHtml(tr("<p>Summary written to %1.</p>").arg(path.toHtmlEscaped()));
}

} // namespace scalelab::ui
