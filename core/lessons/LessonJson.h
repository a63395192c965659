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
};

/// Parses lesson JSON text (docs/lessons.md). Never throws. Strict: unknown fields,
/// wrong types, unknown check types, metrics, kinds or event types, and unsafe file
/// references are errors naming the file, the JSON path (which includes the step) and
/// what was expected. Every referenced scenario is read through `source` and parsed
/// (its own errors name the scenario file). Nothing is executed or fetched.
LessonLoadResult parseLesson(const std::string& text, const std::string& fileName,
                             const LessonSource& source);

/// Reads `<dir>/lesson.json` with a DirectoryLessonSource on `dir`.
LessonLoadResult loadLessonDirectory(const std::string& dir);

struct LessonCatalog
{
    std::vector<Lesson> lessons;    ///< sorted by id (folder name)
    std::vector<Diagnostic> errors; ///< from the lessons that failed to load
};

/// Loads every `<root>/<folder>/lesson.json`, in folder-name order. A broken lesson is
/// reported in `errors` and skipped; the others still load.
LessonCatalog loadLessonCatalog(const std::string& root);

} // namespace scalelab::core
