// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Document.h"

#include <QPointF>
#include <QUndoCommand>

#include <functional>
#include <map>
#include <optional>

namespace scalelab::ui {

/// The undoable edits of a Document. Each command holds the document pointer (owned
/// elsewhere, outliving the undo stack) and ids, never item pointers. redo() runs when
/// the command is pushed. Parent/child commands (QUndoCommand(parent)) group edits such
/// as paste into one undo step.

/// Merge ids for QUndoCommand::id().
enum CommandId
{
    kMoveId = 1001,
    kParamId,
    kValueId
};

class AddComponentCommand : public QUndoCommand
{
public:
    AddComponentCommand(Document* doc, core::Component c, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_doc;
    core::Component m_component;
};

/// Removes a component with its connections and events; undo restores the snapshot exactly.
class RemoveComponentCommand : public QUndoCommand
{
public:
    RemoveComponentCommand(Document* doc, const QString& id, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_doc;
    QString m_id;
    std::optional<Document::Removed> m_removed;
};

class AddConnectionCommand : public QUndoCommand
{
public:
    AddConnectionCommand(Document* doc, core::Connection c, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_doc;
    core::Connection m_connection;
};

class RemoveConnectionCommand : public QUndoCommand
{
public:
    RemoveConnectionCommand(Document* doc, const QString& from, const QString& to,
                            QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_doc;
    QString m_from, m_to;
    core::Connection m_removed;
    int m_index = -1;
    bool m_done = false;
};

/// Moves components (one or many: a drag of a selection, an automatic layout).
/// `mergeable` moves (keyboard nudges) of the same set merge into one step.
class MoveComponentsCommand : public QUndoCommand
{
public:
    using Moves = std::map<QString, std::pair<core::Point, core::Point>>; ///< id -> (from, to)
    MoveComponentsCommand(Document* doc, Moves moves, bool mergeable = false,
                          QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeable ? kMoveId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Document* m_doc;
    Moves m_moves;
    bool m_mergeable;
};

/// The generic setter for every scalar component parameter. `value` empty = back to the
/// kind's default. Edits of the same parameter of the same component merge only within
/// one gesture (`gesture` from dragGesture(), commands/Gesture.h: a slider drag is one
/// undo step); `gesture` 0, a deliberate edit, never merges.
class SetParamCommand : public QUndoCommand
{
public:
    SetParamCommand(Document* doc, const QString& id, const std::string& key,
                    std::optional<core::ParamValue> value, int gesture = 0,
                    QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return m_gesture != 0 ? kParamId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

    QString componentId() const { return m_id; }
    const std::string& key() const { return m_key; }

private:
    void apply(const std::optional<core::ParamValue>& v);
    Document* m_doc;
    QString m_id;
    std::string m_key;
    std::optional<core::ParamValue> m_old, m_new;
    int m_gesture = 0;
};

/// A generic setter for one value of the document (a name, a datacenter, the workload,
/// the network, the run settings, the timeline). `apply` writes a value into the
/// document. Commands with the same non-empty `mergeKey` merge: callers put the gesture
/// in it (commands/Gesture.h), so only the edits of one drag become one step.
template <typename T> class ValueCommand : public QUndoCommand
{
public:
    ValueCommand(const QString& text, T oldValue, T newValue, std::function<void(const T&)> apply,
                 QString mergeKey = {}, QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent), m_old(std::move(oldValue)), m_new(std::move(newValue)),
          m_apply(std::move(apply)), m_mergeKey(std::move(mergeKey))
    {
    }
    void redo() override { m_apply(m_new); }
    void undo() override { m_apply(m_old); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : kValueId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = dynamic_cast<const ValueCommand<T>*>(other);
        if (!o || o->m_mergeKey != m_mergeKey)
            return false;
        m_new = o->m_new;
        return true;
    }

private:
    T m_old, m_new;
    std::function<void(const T&)> m_apply;
    QString m_mergeKey;
};

// Factories for the common value edits.
QUndoCommand* makeSetNameCommand(Document* doc, const QString& id, const QString& name);
QUndoCommand* makeSetDatacenterCommand(Document* doc, const QString& id, const QString& dc,
                                       QUndoCommand* parent = nullptr);
QUndoCommand* makeSetWorkloadCommand(Document* doc, const core::Workload& w,
                                     const QString& mergeKey = {});
QUndoCommand* makeSetNetworkCommand(Document* doc, const core::Network& n,
                                    const QString& mergeKey = {});
QUndoCommand* makeSetRunSettingsCommand(Document* doc, const core::RunSettings& r,
                                        const QString& mergeKey = {});
QUndoCommand* makeAddTimelineEventCommand(Document* doc, const core::TimelineEvent& e);

/// Removes the given components and connections as one step (connections first).
QUndoCommand* makeDeleteCommand(Document* doc, const QStringList& componentIds,
                                const std::vector<std::pair<QString, QString>>& connections);

/// Positions for every component from the core's automatic layout, as one move command
/// (nullptr when nothing would move).
QUndoCommand* makeAutoLayoutCommand(Document* doc);

} // namespace scalelab::ui
