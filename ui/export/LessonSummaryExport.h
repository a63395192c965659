// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/Lesson.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace scalelab::ui {

/// What this computer's user did in one lesson, without any name: the steps completed
/// and, per prediction, "right" or "wrong" (QSettings "lessons/<id>/...").
struct LessonProgress
{
    QStringList completedSteps;
    std::map<std::string, QString> predictions; ///< step id -> "right" / "wrong"
};

/// The progress of `lessonId` from the settings store (the lesson panel's keys).
LessonProgress readLessonProgress(const QString& lessonId);

/// A teacher's class-free summary of a lesson as rich text: per step its goal, whether it
/// was completed, and the prediction with the answer's verdict and the step's explanation;
/// then "n of m predicted right". No name, no machine, no date beyond the day.
QString lessonSummaryHtml(const core::Lesson& lesson, const LessonProgress& progress);

/// lessonSummaryHtml as an A4 PDF, drawn in memory and written in one checked, atomic
/// step (io/SafeWrite.h). False with `error` naming the file and the reason.
bool exportLessonSummary(const core::Lesson& lesson, const LessonProgress& progress,
                         const QString& path, QString* error);

} // namespace scalelab::ui
