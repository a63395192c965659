// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ScenarioJson.h"
#include "lessons/Lesson.h"
#include "lessons/LessonSource.h"

#include <optional>
#include <string>
#include <vector>

namespace scalelab::core {

struct LessonLoadResult
{
    std::optional<Lesson> lesson;
    std::vector<Diagnostic> errors; ///< empty when lesson is set
    /// Problems of lesson.<lang>.json: the lesson is then shown in English (still set).
    std::vector<Diagnostic> translationErrors;
    /// Texts without a translation, "file: $.steps.<id>.<field>" (each shown in English).
    std::vector<std::string> translationGaps;
};

/// Parses lesson JSON text (docs/lessons.md). Never throws. Strict: unknown fields,
/// wrong types, unknown check types, metrics, kinds or event types, and unsafe file
/// references are errors naming the file, the JSON path (which includes the step) and
/// what was expected. Every referenced scenario is read through `source` and parsed
/// (its own errors name the scenario file). Nothing is executed or fetched.
LessonLoadResult parseLesson(const std::string& text, const std::string& fileName,
                             const LessonSource& source);

/// Reads `<dir>/lesson.json` with a DirectoryLessonSource on `dir`, and its translation
/// `lesson.<language>.json` when `language` is not empty or "en".
LessonLoadResult loadLessonDirectory(const std::string& dir, const std::string& language = {});

/// Reads "lesson.json" from `source`, then lays "lesson.<language>.json" over it (see
/// applyLessonTranslation); English when `language` is empty or "en".
LessonLoadResult loadLesson(const LessonSource& source, const std::string& language = {});

struct LessonTranslationResult
{
    bool applied = false;               ///< false: errors, the lesson was left unchanged
    std::vector<Diagnostic> errors;     ///< naming the file and JSON path
    std::vector<std::string> gaps;      ///< JSON paths of texts left in English
};

/// The name of a lesson's translation into `language` ("lesson.de.json").
std::string lessonTranslationFile(const std::string& language);

/// Replaces the texts of a parsed lesson (title, summary, teacher notes, step titles,
/// texts, hints, check and timeline labels) with those of a translation file
/// (docs/lessons.md, "Translations"). Strict like parseLesson: unknown fields, a step id
/// the lesson does not have, a label index without an English label, lists of another
/// length, wrong language or lesson id are errors, and then nothing is replaced. A text
/// the file leaves out stays English and is listed in `gaps`.
LessonTranslationResult applyLessonTranslation(Lesson& lesson, const std::string& text,
                                               const std::string& fileName,
                                               const std::string& language);

struct LessonCatalog
{
    std::vector<Lesson> lessons;    ///< sorted by id (folder name)
    std::vector<Diagnostic> errors; ///< from the lessons that failed to load
};

/// Loads every `<root>/<folder>/lesson.json`, in folder-name order. A broken lesson is
/// reported in `errors` and skipped; the others still load.
/// With a `language`, each lesson's translation errors are added to `errors` too (the
/// lesson still loads, in English).
LessonCatalog loadLessonCatalog(const std::string& root, const std::string& language = {});

} // namespace scalelab::core
