// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/LessonLibrary.h"

#include "i18n/Language.h"
#include "Resources.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QtGlobal>

// Where the lessons came from: QT_LOGGING_RULES="scalelab.data.debug=true" (test.sh's
// packaging stage checks that an installed copy reads <prefix>/share/scalelab/lessons).
Q_LOGGING_CATEGORY(lcScalelabData, "scalelab.data", QtWarningMsg)

// Q_INIT_RESOURCE must be expanded outside any namespace.
static void initLessonResources()
{
    static bool done = false;
    if (!done) {
        done = true;
        Q_INIT_RESOURCE(lessons);
    }
}

namespace scalelab::ui {

ResourceLessonSource::ResourceLessonSource(QString folder) : m_folder(std::move(folder)) {}

std::optional<std::string> ResourceLessonSource::read(const std::string& ref,
                                                      std::string* error) const
{
    if (std::string why = core::checkLessonReference(ref); !why.empty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    QFile f(m_folder + QLatin1Char('/') + QString::fromStdString(ref));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = "file not found: " + displayName(ref);
        return std::nullopt;
    }
    const QByteArray data = f.read(4 << 20);
    return std::string(data.constData(), static_cast<std::size_t>(data.size()));
}

bool ResourceLessonSource::imageExists(const std::string& ref) const
{
    return QFile::exists(lessonImagePath(ref));
}

std::string ResourceLessonSource::displayName(const std::string& ref) const
{
    return (m_folder + QLatin1Char('/') + QString::fromStdString(ref)).toStdString();
}

QString lessonImagePath(const std::string& ref)
{
    if (!core::checkImageReference(ref).empty())
        return {};
    const QString r = QString::fromStdString(ref);
    return r.startsWith(QLatin1String(":/")) ? r : QStringLiteral(":/lessons/") + r;
}

std::string lessonDataFolder()
{
    initLessonResources();
    // In order: SCALELAB_LESSONS_DIR (authors); an installed copy's
    // <prefix>/share/scalelab/lessons (found from the executable's folder); from the build
    // tree (no such folder), the resources compiled from the source tree.
    if (const QByteArray dir = qgetenv("SCALELAB_LESSONS_DIR"); !dir.isEmpty()) {
        qCDebug(lcScalelabData) << "lessons from SCALELAB_LESSONS_DIR" << dir;
        return dir.toStdString();
    }
    if (const QString installed = installedDataDir(QStringLiteral("lessons")); !installed.isEmpty()) {
        qCDebug(lcScalelabData) << "lessons from" << installed;
        return QFile::encodeName(installed).toStdString();
    }
    qCDebug(lcScalelabData) << "lessons from the resources";
    return {};
}

QStringList resourceLessonFolders()
{
    initLessonResources();
    QStringList folders;
    const QDir root(QStringLiteral(":/lessons"));
    for (const QString& folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFile::exists(root.filePath(folder) + QStringLiteral("/lesson.json")))
            folders << folder;
    return folders;
}

core::LessonCatalog loadBundledLessons()
{
    const std::string language = lessonLanguage();
    qCDebug(lcScalelabData) << "lesson language"
                            << (language.empty() ? "en" : language.c_str());
    if (const std::string folder = lessonDataFolder(); !folder.empty())
        return core::loadLessonCatalog(folder, language);
    core::LessonCatalog cat;
    for (const QString& folder : resourceLessonFolders()) {
        ResourceLessonSource source(QStringLiteral(":/lessons/") + folder);
        // The GUI's language (Settings > Language); English where a text has no translation.
        core::LessonLoadResult r = core::loadLesson(source, language);
        cat.errors.insert(cat.errors.end(), r.translationErrors.begin(),
                          r.translationErrors.end());
        if (r.lesson)
            cat.lessons.push_back(std::move(*r.lesson));
        cat.errors.insert(cat.errors.end(), r.errors.begin(), r.errors.end());
    }
    return cat;
}

} // namespace scalelab::ui
