// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/GlossaryLibrary.h"

#include "i18n/Language.h"
#include "panels/LessonLibrary.h"

#include <QFile>
#include <QLoggingCategory>
#include <QtGlobal>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcScalelabData) // LessonLibrary.cpp

namespace scalelab::ui {

namespace {
struct Store
{
    core::Glossary glossary;
    QStringList errors;
};

std::unique_ptr<Store>& store()
{
    static std::unique_ptr<Store> s;
    return s;
}

core::GlossaryLoadResult fromResources()
{
    std::vector<std::string> ids;
    for (const QString& folder : resourceLessonFolders())
        ids.push_back(folder.toStdString());
    const QString path = QStringLiteral(":/lessons/glossary.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        core::GlossaryLoadResult r;
        r.errors.push_back({path.toStdString(), "", "file not found"});
        return r;
    }
    const QByteArray data = f.read(4 << 20);
    return core::parseGlossary(std::string(data.constData(), static_cast<std::size_t>(data.size())),
                               path.toStdString(), &ids);
}
} // namespace

core::GlossaryLoadResult loadBundledGlossary()
{
    if (const std::string dir = lessonDataFolder(); !dir.empty()) {
        const std::vector<std::string> ids = core::lessonFolderIds(dir);
        return core::loadGlossaryFile(dir + "/glossary.json", &ids);
    }
    return fromResources();
}

const core::Glossary& appGlossary()
{
    auto& s = store();
    if (!s) {
        s = std::make_unique<Store>();
        core::GlossaryLoadResult r = loadBundledGlossary();
        for (const auto& d : r.errors) {
            qWarning("%s", d.toString().c_str());
            s->errors << QString::fromStdString(d.toString());
        }
        qCDebug(lcScalelabData) << "glossary terms" << r.glossary.terms.size();
        s->glossary = std::move(r.glossary);
    }
    return s->glossary;
}

QStringList appGlossaryErrors()
{
    appGlossary();
    return store()->errors;
}

void setAppGlossary(core::Glossary glossary)
{
    auto& s = store();
    if (!s)
        s = std::make_unique<Store>();
    s->glossary = std::move(glossary);
    s->errors.clear();
}

std::string glossaryLanguage()
{
    const std::string l = lessonLanguage();
    return l.empty() ? std::string("en") : l;
}

} // namespace scalelab::ui
