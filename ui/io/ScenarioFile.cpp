// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ScenarioFile.h"

#include "io/ScenarioJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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
    QFile f(path);
    const QString name = path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly)) {
        ScenarioFileResult out;
        out.error = QCoreApplication::translate("ScenarioFile", "%1: cannot open the file (%2)")
                        .arg(path, f.errorString());
        return out;
    }
    constexpr qint64 kMaxBytes = 64ll << 20; // the core's default input limit
    if (f.size() > kMaxBytes) {
        ScenarioFileResult out;
        out.error = QCoreApplication::translate("ScenarioFile", "%1: the file is larger than 64 MB")
                        .arg(name);
        return out;
    }
    return parseScenarioText(f.readAll(), name);
}

bool saveScenarioFile(const QString& path, const core::Scenario& s, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("ScenarioFile", "%1: cannot write (%2)")
                         .arg(path, f.errorString());
        return false;
    }
    const std::string text = core::scenarioToJson(s);
    if (f.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("ScenarioFile", "%1: cannot write (%2)")
                         .arg(path, f.errorString());
        f.cancelWriting();
        return false;
    }
    return true;
}

} // namespace scalelab::ui
