// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/LessonLibrary.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

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
    const QByteArray dir = qgetenv("SCALELAB_LESSONS_DIR");
    if (!dir.isEmpty())
        return core::loadLessonCatalog(dir.toStdString());
    core::LessonCatalog cat;
    const QDir root(QStringLiteral(":/lessons"));
    for (const QString& folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = root.filePath(folder);
        if (!QFile::exists(path + QStringLiteral("/lesson.json")))
            continue;
        ResourceLessonSource source(path);
        std::string error;
        const auto text = source.read("lesson.json", &error);
        core::LessonLoadResult r =
            text ? core::parseLesson(*text, source.displayName("lesson.json"), source)
                 : core::LessonLoadResult{};
        if (!text)
            r.errors.push_back({source.displayName("lesson.json"), "$", error});
        if (r.lesson)
            cat.lessons.push_back(std::move(*r.lesson));
        cat.errors.insert(cat.errors.end(), r.errors.begin(), r.errors.end());
    }
    return cat;
}

} // namespace scalelab::ui
