// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/LessonJson.h"

#include <QString>
#include <QStringList>

namespace scalelab::ui {

/// Reads lessons bundled as Qt resources under ":/lessons/<folder>/" (resources/lessons.qrc).
/// References are checked by the core before read() is called; this source never
/// leaves ":/lessons/<folder>/" (images: ":/lessons/images/").
class ResourceLessonSource : public core::LessonSource
{
public:
    explicit ResourceLessonSource(QString folder);
    std::optional<std::string> read(const std::string& ref, std::string* error) const override;
    bool imageExists(const std::string& ref) const override;
    std::string displayName(const std::string& ref) const override;

private:
    QString m_folder; ///< ":/lessons/05-load-balancer"
};

/// The resource path an image reference of a lesson maps to (":/lessons/images/x.png").
QString lessonImagePath(const std::string& ref);

/// Where lesson data (the lesson folders, glossary.json) is read from: a folder on disk
/// (SCALELAB_LESSONS_DIR for authors, else an installed copy's
/// <prefix>/share/scalelab/lessons), or empty for the compiled-in resources ":/lessons".
/// Registers the lessons resource first.
std::string lessonDataFolder();
/// The folders under ":/lessons" that hold a lesson.json, sorted by name ("01-…").
QStringList resourceLessonFolders();

/// Loads every bundled lesson (registering the lessons resource first). When the
/// environment variable SCALELAB_LESSONS_DIR names a folder, lessons are read from
/// there instead (for authors editing lessons without rebuilding). An installed copy
/// reads <prefix>/share/scalelab/lessons (see installedDataDir in Resources.h).
core::LessonCatalog loadBundledLessons();

} // namespace scalelab::ui
