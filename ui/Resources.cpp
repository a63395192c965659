// SPDX-License-Identifier: GPL-3.0-or-later
#include "Resources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

// Q_INIT_RESOURCE must be expanded outside any namespace.
static void initScalelabUiResources()
{
    Q_INIT_RESOURCE(scalelab);
    Q_INIT_RESOURCE(examples);
    Q_INIT_RESOURCE(lessons);
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

QString installedDataDir(const QString& sub)
{
    if (!QCoreApplication::instance())
        return {};
    const QString bin = QCoreApplication::applicationDirPath();
    if (bin.isEmpty() || QFileInfo::exists(bin + QStringLiteral("/../CMakeCache.txt")))
        return {};
    const QString dir = QDir::cleanPath(bin + QStringLiteral("/../share/scalelab/") + sub);
    return QFileInfo(dir).isDir() ? dir : QString();
}

} // namespace scalelab::ui
