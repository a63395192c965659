// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SafeWrite.h"

#include "io/SafeFile.h"

#include <QFile>

namespace scalelab::ui {

bool writeFileSafely(const QString& path, const QByteArray& data, QString* error)
{
    const core::FileResult r = core::writeFileSafely(
        QFile::encodeName(path).toStdString(),
        std::string_view(data.constData(), static_cast<std::size_t>(data.size())));
    if (!r && error)
        *error = QString::fromLocal8Bit(r.error.c_str());
    return r.ok;
}

QString outputPathProblem(const QString& path)
{
    const std::string why = core::outputPathProblem(QFile::encodeName(path).toStdString());
    return why.empty() ? QString() : path + QStringLiteral(": ") + QString::fromLocal8Bit(why.c_str());
}

} // namespace scalelab::ui
