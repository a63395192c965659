// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/Clipboard.h"

#include "commands/Commands.h"
#include "io/ScenarioFile.h"
#include "io/ScenarioJson.h"

#include <QCoreApplication>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace scalelab::ui {

QByteArray copyComponents(const core::Scenario& s, const QStringList& ids)
{
    std::set<std::string> chosen;
    for (const QString& id : ids)
        chosen.insert(id.toStdString());
    core::Scenario part;
    part.name = "clipboard";
    for (const auto& c : s.components) {
        if (!chosen.count(c.id))
            continue;
        core::Component copy = c;
        if (!chosen.count(copy.datacenter))
            copy.datacenter.clear(); // the fragment must stand alone; paste re-attaches it
        part.components.push_back(copy);
    }
    for (const auto& c : s.connections)
        if (chosen.count(c.from) && chosen.count(c.to))
            part.connections.push_back(c);
    part.timeline.clear();
    return QByteArray::fromStdString(core::scenarioToJson(part));
}

QUndoCommand* makePasteCommand(Document* doc, const QByteArray& json, core::Point offset,
                               QStringList* newIds, QString* error)
{
    const auto parsed = parseScenarioText(json, QStringLiteral("clipboard"));
    if (!parsed.scenario) {
        if (error)
            *error = parsed.error;
        return nullptr;
    }
    const core::Scenario& part = *parsed.scenario;
    if (part.components.empty()) {
        if (error)
            *error = QCoreApplication::translate("Clipboard", "The clipboard holds no components.");
        return nullptr;
    }
    auto* macro = new QUndoCommand(QCoreApplication::translate(
        "Clipboard", "Paste %n components", nullptr, static_cast<int>(part.components.size())));
    core::Scenario growing =
        doc->scenario(); // to draw fresh ids that do not collide with each other
    std::map<std::string, std::string> rename;
    for (const auto& c : part.components) {
        const std::string id = growing.uniqueId(c.kind);
        rename[c.id] = id;
        core::Component placeholder;
        placeholder.id = id;
        growing.components.push_back(placeholder);
    }
    for (const auto& c : part.components) {
        core::Component n = c;
        n.id = rename[c.id];
        n.position = {c.position.x + offset.x, c.position.y + offset.y};
        n.datacenter = c.datacenter.empty() ? std::string() : rename[c.datacenter];
        new AddComponentCommand(doc, n, macro);
        if (newIds)
            newIds->push_back(QString::fromStdString(n.id));
    }
    for (const auto& c : part.connections) {
        core::Connection n = c;
        n.from = rename[c.from];
        n.to = rename[c.to];
        new AddConnectionCommand(doc, n, macro);
    }
    return macro;
}

} // namespace scalelab::ui
