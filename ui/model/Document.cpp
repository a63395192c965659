// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Document.h"

#include <algorithm>

namespace scalelab::ui {

using core::Component;
using core::Connection;

Document::Document(QObject* parent) : QObject(parent) {}

const Component* Document::component(const QString& id) const { return m_scenario.find(id.toStdString()); }

void Document::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void Document::resetScenario(const core::Scenario& scenario)
{
    m_scenario = scenario;
    Q_EMIT scenarioReset();
}

void Document::addComponent(const Component& c, int index)
{
    auto& v = m_scenario.components;
    if (index < 0 || index > static_cast<int>(v.size()))
        index = static_cast<int>(v.size());
    v.insert(v.begin() + index, c);
    Q_EMIT componentAdded(QString::fromStdString(c.id));
}

std::optional<Document::Removed> Document::removeComponent(const QString& qid)
{
    const std::string id = qid.toStdString();
    const int index = m_scenario.indexOf(id);
    if (index < 0)
        return std::nullopt;
    Removed r;
    r.index = index;
    r.component = m_scenario.components[static_cast<std::size_t>(index)];
    // Connections touching it, removed from the back so indices stay valid for undo.
    auto& conns = m_scenario.connections;
    for (int i = static_cast<int>(conns.size()) - 1; i >= 0; --i) {
        const Connection c = conns[static_cast<std::size_t>(i)];
        if (c.from == id || c.to == id) {
            r.connections.insert(r.connections.begin(), {i, c});
            conns.erase(conns.begin() + i);
            Q_EMIT connectionRemoved(QString::fromStdString(c.from), QString::fromStdString(c.to));
        }
    }
    auto& tl = m_scenario.timeline;
    bool timelineTouched = false;
    for (int i = static_cast<int>(tl.size()) - 1; i >= 0; --i) {
        const auto& e = tl[static_cast<std::size_t>(i)];
        if (e.target == id || e.target2 == id) {
            r.events.insert(r.events.begin(), {i, e});
            tl.erase(tl.begin() + i);
            timelineTouched = true;
        }
    }
    for (auto& c : m_scenario.components) {
        if (c.datacenter == id) {
            c.datacenter.clear();
            r.members.push_back(QString::fromStdString(c.id));
        }
    }
    m_scenario.components.erase(m_scenario.components.begin() + index);
    Q_EMIT componentRemoved(qid);
    for (const auto& m : r.members)
        Q_EMIT componentChanged(m);
    if (timelineTouched)
        Q_EMIT timelineChanged();
    return r;
}

void Document::restoreComponent(const Removed& r)
{
    addComponent(r.component, r.index);
    for (const auto& [i, c] : r.connections)
        addConnection(c, i);
    for (const auto& m : r.members)
        setDatacenter(m, QString::fromStdString(r.component.id));
    if (!r.events.empty()) {
        for (const auto& [i, e] : r.events) {
            auto& tl = m_scenario.timeline;
            tl.insert(tl.begin() + std::min<int>(i, static_cast<int>(tl.size())), e);
        }
        Q_EMIT timelineChanged();
    }
}

void Document::setParam(const QString& id, const std::string& key, const core::ParamValue& value)
{
    if (Component* c = m_scenario.find(id.toStdString())) {
        c->params[key] = value;
        Q_EMIT componentChanged(id);
    }
}

void Document::clearParam(const QString& id, const std::string& key)
{
    if (Component* c = m_scenario.find(id.toStdString())) {
        c->params.erase(key);
        Q_EMIT componentChanged(id);
    }
}

void Document::setPosition(const QString& id, core::Point p)
{
    if (Component* c = m_scenario.find(id.toStdString())) {
        c->position = p;
        Q_EMIT componentMoved(id);
    }
}

void Document::setName(const QString& id, const QString& name)
{
    if (Component* c = m_scenario.find(id.toStdString())) {
        c->name = name.toStdString();
        Q_EMIT componentChanged(id);
    }
}

void Document::setDatacenter(const QString& id, const QString& dc)
{
    if (Component* c = m_scenario.find(id.toStdString())) {
        c->datacenter = dc.toStdString();
        Q_EMIT componentChanged(id);
    }
}

void Document::addConnection(const Connection& c, int index)
{
    auto& v = m_scenario.connections;
    if (index < 0 || index > static_cast<int>(v.size()))
        index = static_cast<int>(v.size());
    v.insert(v.begin() + index, c);
    Q_EMIT connectionAdded(QString::fromStdString(c.from), QString::fromStdString(c.to));
}

bool Document::removeConnection(const QString& from, const QString& to, Connection* removed, int* index)
{
    auto& v = m_scenario.connections;
    const std::string f = from.toStdString(), t = to.toStdString();
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i].from == f && v[i].to == t) {
            if (removed)
                *removed = v[i];
            if (index)
                *index = static_cast<int>(i);
            v.erase(v.begin() + static_cast<long>(i));
            Q_EMIT connectionRemoved(from, to);
            return true;
        }
    }
    return false;
}

void Document::setTimeline(const std::vector<core::TimelineEvent>& events)
{
    m_scenario.timeline = events;
    Q_EMIT timelineChanged();
}

void Document::setWorkload(const core::Workload& w)
{
    m_scenario.workload = w;
    Q_EMIT workloadChanged();
}

void Document::setNetwork(const core::Network& n)
{
    m_scenario.network = n;
    Q_EMIT settingsChanged();
}

void Document::setRunSettings(const core::RunSettings& r)
{
    m_scenario.run = r;
    Q_EMIT settingsChanged();
}

void Document::setMeta(const QString& name, const QString& description)
{
    m_scenario.name = name.toStdString();
    m_scenario.description = description.toStdString();
    Q_EMIT settingsChanged();
}

} // namespace scalelab::ui
