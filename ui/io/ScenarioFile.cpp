// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ScenarioFile.h"

#include "io/SafeFile.h"
#include "io/SafeWrite.h"
#include "io/ScenarioJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace scalelab::ui {

ScenarioFileResult parseScenarioText(const QByteArray& text, const QString& origin)
{
    ScenarioFileResult out;
    const auto r = core::parseScenario(text.toStdString(), origin.toStdString());
    if (r.scenario) {
        out.scenario = r.scenario;
        return out;
    }
    QStringList lines;
    for (const auto& d : r.errors)
        lines << QString::fromStdString(d.toString());
    out.error = lines.isEmpty()
                    ? QCoreApplication::translate("ScenarioFile", "%1: not a scenario").arg(origin)
                    : lines.join(QLatin1Char('\n'));
    return out;
}

ScenarioFileResult loadScenarioFile(const QString& path)
{
    constexpr std::size_t kMaxBytes = std::size_t{64} << 20; // the core's default input limit
    const QString name = path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).fileName();
    if (path.startsWith(QLatin1Char(':'))) { // a resource compiled into the app
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.size() > qint64(kMaxBytes)) {
            ScenarioFileResult out;
            out.error = QCoreApplication::translate("ScenarioFile", "%1: cannot open the file (%2)")
                            .arg(path, f.errorString());
            return out;
        }
        return parseScenarioText(f.readAll(), name);
    }
    // Only a regular file is read: a FIFO (which would block), a device such as
    // /dev/zero (endless) or a folder is refused before any read.
    std::string text;
    if (const core::FileResult r =
            core::readRegularFile(QFile::encodeName(path).toStdString(), kMaxBytes, text);
        !r) {
        ScenarioFileResult out;
        out.error = QString::fromLocal8Bit(r.error.c_str());
        return out;
    }
    return parseScenarioText(QByteArray::fromStdString(text), name);
}

bool saveScenarioFile(const QString& path, const core::Scenario& s, QString* error)
{
    const std::string text = core::scenarioToJson(s);
    return writeFileSafely(path, QByteArray::fromStdString(text), error);
}

} // namespace scalelab::ui
