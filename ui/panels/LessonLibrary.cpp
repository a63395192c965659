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

core::LessonCatalog loadBundledLessons()
{
    initLessonResources();
    const std::string language = lessonLanguage();
    qCDebug(lcScalelabData) << "lesson language"
                            << (language.empty() ? "en" : language.c_str());
    // In order: SCALELAB_LESSONS_DIR (authors); from the build tree, the resources compiled
    // from the source tree; an installed copy's <prefix>/share/scalelab/lessons (found from
    // the executable's folder); the resources when there is no such folder.
    const QByteArray dir = qgetenv("SCALELAB_LESSONS_DIR");
    if (!dir.isEmpty()) {
        qCDebug(lcScalelabData) << "lessons from SCALELAB_LESSONS_DIR" << dir;
        return core::loadLessonCatalog(dir.toStdString(), language);
    }
    if (const QString installed = installedDataDir(QStringLiteral("lessons")); !installed.isEmpty()) {
        qCDebug(lcScalelabData) << "lessons from" << installed;
        return core::loadLessonCatalog(QFile::encodeName(installed).toStdString(), language);
    }
    qCDebug(lcScalelabData) << "lessons from the resources";
    core::LessonCatalog cat;
    const QDir root(QStringLiteral(":/lessons"));
    for (const QString& folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = root.filePath(folder);
        if (!QFile::exists(path + QStringLiteral("/lesson.json")))
            continue;
        ResourceLessonSource source(path);
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
