// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/Commands.h"

#include "analysis/GraphAnalysis.h"

#include <QCoreApplication>

#include <set>

namespace scalelab::ui {

namespace {
QString tr(const char* s, const char* c = nullptr, int n = -1)
{
    return QCoreApplication::translate("Commands", s, c, n);
}
QString displayName(const core::Component& c)
{
    return QString::fromStdString(c.name.empty() ? c.id : c.name);
}
} // namespace

AddComponentCommand::AddComponentCommand(Document* doc, core::Component c, QUndoCommand* parent)
    : QUndoCommand(parent), m_doc(doc), m_component(std::move(c))
{
    setText(tr("Add %1").arg(displayName(m_component)));
}

void AddComponentCommand::redo()
{
    m_doc->addComponent(m_component);
}

void AddComponentCommand::undo()
{
    m_doc->removeComponent(QString::fromStdString(m_component.id));
}

RemoveComponentCommand::RemoveComponentCommand(Document* doc, const QString& id,
                                               QUndoCommand* parent)
    : QUndoCommand(parent), m_doc(doc), m_id(id)
{
    const core::Component* c = doc->component(id);
    setText(tr("Delete %1").arg(c ? displayName(*c) : id));
}

void RemoveComponentCommand::redo()
{
    m_removed = m_doc->removeComponent(m_id);
}

void RemoveComponentCommand::undo()
{
    if (m_removed)
        m_doc->restoreComponent(*m_removed);
    m_removed.reset();
}

AddConnectionCommand::AddConnectionCommand(Document* doc, core::Connection c, QUndoCommand* parent)
    : QUndoCommand(parent), m_doc(doc), m_connection(std::move(c))
{
    setText(tr("Connect %1 to %2")
                .arg(QString::fromStdString(m_connection.from),
                     QString::fromStdString(m_connection.to)));
}

void AddConnectionCommand::redo()
{
    m_doc->addConnection(m_connection);
}

void AddConnectionCommand::undo()
{
    m_doc->removeConnection(QString::fromStdString(m_connection.from),
                            QString::fromStdString(m_connection.to));
}

RemoveConnectionCommand::RemoveConnectionCommand(Document* doc, const QString& from,
                                                 const QString& to, QUndoCommand* parent)
    : QUndoCommand(parent), m_doc(doc), m_from(from), m_to(to)
{
    setText(tr("Disconnect %1 from %2").arg(from, to));
}

void RemoveConnectionCommand::redo()
{
    m_done = m_doc->removeConnection(m_from, m_to, &m_removed, &m_index);
}

void RemoveConnectionCommand::undo()
{
    if (m_done)
        m_doc->addConnection(m_removed, m_index);
    m_done = false;
}

MoveComponentsCommand::MoveComponentsCommand(Document* doc, Moves moves, bool mergeable,
                                             QUndoCommand* parent)
    : QUndoCommand(parent), m_doc(doc), m_moves(std::move(moves)), m_mergeable(mergeable)
{
    if (m_moves.size() == 1) {
        const core::Component* c = doc->component(m_moves.begin()->first);
        setText(tr("Move %1").arg(c ? displayName(*c) : m_moves.begin()->first));
    } else {
        setText(tr("Move %n components", nullptr, static_cast<int>(m_moves.size())));
    }
}

void MoveComponentsCommand::redo()
{
    for (const auto& [id, m] : m_moves)
        m_doc->setPosition(id, m.second);
}

void MoveComponentsCommand::undo()
{
    for (const auto& [id, m] : m_moves)
        m_doc->setPosition(id, m.first);
}

bool MoveComponentsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const MoveComponentsCommand*>(other);
    if (!o || !o->m_mergeable || o->m_moves.size() != m_moves.size())
        return false;
    for (const auto& [id, m] : o->m_moves)
        if (!m_moves.count(id))
            return false;
    for (const auto& [id, m] : o->m_moves)
        m_moves[id].second = m.second;
    return true;
}

SetParamCommand::SetParamCommand(Document* doc, const QString& id, const std::string& key,
                                 std::optional<core::ParamValue> value, int gesture,
                                 QUndoCommand* parent)
    : QUndoCommand(parent), m_doc(doc), m_id(id), m_key(key), m_new(std::move(value)),
      m_gesture(gesture)
{
    if (const core::Component* c = doc->component(id)) {
        auto it = c->params.find(key);
        if (it != c->params.end())
            m_old = it->second;
        QString label = QString::fromStdString(key);
        if (const auto* kind = core::findKind(c->kind))
            if (const auto* p = kind->param(key))
                label = QString::fromStdString(p->label);
        setText(tr("Set %1 of %2").arg(label, displayName(*c)));
    }
}

void SetParamCommand::apply(const std::optional<core::ParamValue>& v)
{
    if (v)
        m_doc->setParam(m_id, m_key, *v);
    else
        m_doc->clearParam(m_id, m_key);
}

void SetParamCommand::redo()
{
    apply(m_new);
}

void SetParamCommand::undo()
{
    apply(m_old);
}

bool SetParamCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const SetParamCommand*>(other);
    if (!o || m_gesture == 0 || o->m_gesture != m_gesture || o->m_id != m_id || o->m_key != m_key)
        return false;
    m_new = o->m_new;
    return true;
}

QUndoCommand* makeSetNameCommand(Document* doc, const QString& id, const QString& name)
{
    const core::Component* c = doc->component(id);
    const QString old = c ? QString::fromStdString(c->name) : QString();
    return new ValueCommand<QString>(
        tr("Rename %1 to %2").arg(old, name), old, name,
        [doc, id](const QString& v) { doc->setName(id, v); }, QStringLiteral("name:") + id);
}

QUndoCommand* makeSetDatacenterCommand(Document* doc, const QString& id, const QString& dc,
                                       QUndoCommand* parent)
{
    const core::Component* c = doc->component(id);
    const QString old = c ? QString::fromStdString(c->datacenter) : QString();
    const QString text = dc.isEmpty() ? tr("Take %1 out of its data center").arg(id)
                                      : tr("Put %1 in data center %2").arg(id, dc);
    return new ValueCommand<QString>(
        text, old, dc, [doc, id](const QString& v) { doc->setDatacenter(id, v); }, {}, parent);
}

QUndoCommand* makeSetWorkloadCommand(Document* doc, const core::Workload& w,
                                     const QString& mergeKey)
{
    return new ValueCommand<core::Workload>(
        tr("Change workload"), doc->scenario().workload, w,
        [doc](const core::Workload& v) { doc->setWorkload(v); },
        mergeKey.isEmpty() ? QString() : QStringLiteral("workload:") + mergeKey);
}

QUndoCommand* makeSetNetworkCommand(Document* doc, const core::Network& n, const QString& mergeKey)
{
    return new ValueCommand<core::Network>(
        tr("Change network"), doc->scenario().network, n,
        [doc](const core::Network& v) { doc->setNetwork(v); },
        mergeKey.isEmpty() ? QString() : QStringLiteral("network:") + mergeKey);
}

QUndoCommand* makeSetRunSettingsCommand(Document* doc, const core::RunSettings& r,
                                        const QString& mergeKey)
{
    return new ValueCommand<core::RunSettings>(
        tr("Change run settings"), doc->scenario().run, r,
        [doc](const core::RunSettings& v) { doc->setRunSettings(v); },
        mergeKey.isEmpty() ? QString() : QStringLiteral("run:") + mergeKey);
}

QUndoCommand* makeAddTimelineEventCommand(Document* doc, const core::TimelineEvent& e)
{
    auto events = doc->scenario().timeline;
    auto newEvents = events;
    // Keep the timeline sorted by time; equal times keep insertion order.
    auto it = std::upper_bound(newEvents.begin(), newEvents.end(), e.atS,
                               [](double t, const core::TimelineEvent& x) { return t < x.atS; });
    newEvents.insert(it, e);
    return new ValueCommand<std::vector<core::TimelineEvent>>(
        tr("Add %1 event at %2 s").arg(QString::fromStdString(e.type)).arg(e.atS), events,
        newEvents, [doc](const std::vector<core::TimelineEvent>& v) { doc->setTimeline(v); });
}

QUndoCommand* makeDeleteCommand(Document* doc, const QStringList& componentIds,
                                const std::vector<std::pair<QString, QString>>& connections)
{
    auto* macro = new QUndoCommand;
    const std::set<QString> ids(componentIds.begin(), componentIds.end());
    int n = 0;
    for (const auto& [from, to] : connections) {
        if (ids.count(from) || ids.count(to))
            continue; // goes with its component (restored exactly by its snapshot)
        new RemoveConnectionCommand(doc, from, to, macro);
        ++n;
    }
    for (const QString& id : componentIds) {
        if (doc->component(id)) {
            new RemoveComponentCommand(doc, id, macro);
            ++n;
        }
    }
    if (n == 0) {
        delete macro;
        return nullptr;
    }
    if (n == 1)
        macro->setText(macro->child(0)->text());
    else
        macro->setText(tr("Delete %n items", nullptr, n));
    return macro;
}

QUndoCommand* makeAutoLayoutCommand(Document* doc)
{
    const auto positions = core::autoLayout(doc->scenario());
    MoveComponentsCommand::Moves moves;
    for (const auto& c : doc->scenario().components) {
        auto it = positions.find(c.id);
        if (it != positions.end() && !(it->second == c.position))
            moves[QString::fromStdString(c.id)] = {c.position, it->second};
    }
    if (moves.empty())
        return nullptr;
    auto* cmd = new MoveComponentsCommand(doc, std::move(moves));
    cmd->setText(tr("Automatic layout"));
    return cmd;
}

} // namespace scalelab::ui
