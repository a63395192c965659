// SPDX-License-Identifier: GPL-3.0-or-later
#include "Resources.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

// Q_INIT_RESOURCE must be expanded outside any namespace.
static void initScalelabUiResources()
{
    Q_INIT_RESOURCE(scalelab);
    Q_INIT_RESOURCE(examples);
    // Resource files of other parts, registered once they are in the tree (the build
    // compiles every resources/*.qrc).
#if __has_include("../resources/lessons.qrc")
    Q_INIT_RESOURCE(lessons);
#endif
}

namespace scalelab::ui {

void initResources()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    initScalelabUiResources();
}

QStringList exampleResources()
{
    QStringList out;
    const QDir dir(QStringLiteral(":/examples"));
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

QString iconPath(const QString& name)
{
    const QString p = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(p) ? p : QString();
}

} // namespace scalelab::ui
