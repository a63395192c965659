// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"

#include <QObject>
#include <QString>

#include <optional>

namespace scalelab::ui {

/// The open scenario: the single source of truth of the GUI. Views read it and listen
/// to its signals; only undo commands (ui/commands) call its mutators, so every edit
/// is undoable. Components and connections are referred to by id, never by pointer.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    const core::Scenario& scenario() const { return m_scenario; }
    const core::Component* component(const QString& id) const;

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString& path);

    // --- Mutators (for commands) ---
    /// Replaces everything (new, open, recovery). Emits scenarioReset().
    void resetScenario(const core::Scenario& scenario);
    /// Inserts at `index` (-1 = at the end). The id must be unused.
    void addComponent(const core::Component& c, int index = -1);
    /// Removes a component and every connection touching it; returns what was removed
    /// (the component, its index, and the connections) so undo can restore it exactly.
    struct Removed
    {
        core::Component component;
        int index = -1;
        std::vector<std::pair<int, core::Connection>> connections; ///< (index, connection)
        std::vector<std::pair<int, core::TimelineEvent>> events;   ///< timeline events that targeted it
        std::vector<QString> members; ///< components that were inside it (datacenter)
    };
    std::optional<Removed> removeComponent(const QString& id);
    void restoreComponent(const Removed& removed);
    void setParam(const QString& id, const std::string& key, const core::ParamValue& value);
    /// Removes the explicit value so the kind's default applies.
    void clearParam(const QString& id, const std::string& key);
    void setPosition(const QString& id, core::Point p);
    void setName(const QString& id, const QString& name);
    void setDatacenter(const QString& id, const QString& datacenterId);
    void addConnection(const core::Connection& c, int index = -1);
    bool removeConnection(const QString& from, const QString& to, core::Connection* removed = nullptr,
                          int* index = nullptr);
    void setTimeline(const std::vector<core::TimelineEvent>& events);
    void setWorkload(const core::Workload& w);
    void setNetwork(const core::Network& n);
    void setRunSettings(const core::RunSettings& r);
    void setMeta(const QString& name, const QString& description);

Q_SIGNALS:
    void scenarioReset();
    void componentAdded(const QString& id);
    void componentRemoved(const QString& id);
    /// Parameters, name, datacenter or position changed.
    void componentChanged(const QString& id);
    void componentMoved(const QString& id);
    void connectionAdded(const QString& from, const QString& to);
    void connectionRemoved(const QString& from, const QString& to);
    void timelineChanged();
    void workloadChanged();
    void settingsChanged();
    void filePathChanged(const QString& path);

private:
    core::Scenario m_scenario;
    QString m_filePath;
};

} // namespace scalelab::ui
