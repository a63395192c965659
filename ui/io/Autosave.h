// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

class QUndoStack;

namespace scalelab::ui {

class Document;

/// Crash safety for unsaved edits. Each running window owns a session in
/// QStandardPaths::AppDataLocation/autosave: a lock file held while it runs
/// (session-<pid>.lock) and, when there are unsaved edits, the scenario
/// (session-<pid>.json, written atomically) and the document's file path
/// (session-<pid>.path). A clean exit removes all three. A session whose lock is stale
/// (its process died) is an orphan that the next start offers to recover.
class Autosave : public QObject
{
    Q_OBJECT
public:
    struct Orphan
    {
        QString scenarioPath; ///< the autosaved scenario JSON
        QString originalPath; ///< the file the document came from, may be empty
        QString base;         ///< path without extension, to discard it
    };

    Autosave(Document* document, QUndoStack* stack, QObject* parent = nullptr);
    ~Autosave() override;

    static QString directory();
    /// Sessions left behind by processes that are gone. Takes their locks.
    static std::vector<Orphan> findOrphans();
    static void discard(const Orphan& orphan);

    /// Takes this session's lock and autosaves every `intervalMs` while there are changes.
    void start(int intervalMs);
    /// Writes the autosave now when there are unsaved changes (removes it when clean).
    void saveNow();
    /// Clean exit: removes this session's files.
    void finish();
    /// Marks the document as changed without an undo step (after a recovery).
    void markDirty()
    {
        m_dirty = true;
        m_forceDirty = true;
    }
    /// The document was saved: nothing to recover any more.
    void markClean()
    {
        m_dirty = true;
        m_forceDirty = false;
    }
    bool forcedDirty() const { return m_forceDirty; }
    QString scenarioPath() const { return m_base + QStringLiteral(".json"); }
    int saves() const { return m_saves; }

private:
    Document* m_doc;
    QUndoStack* m_stack;
    QTimer m_timer;
    QString m_base;
    std::unique_ptr<QLockFile> m_lock;
    bool m_dirty = false;
    bool m_forceDirty = false;
    int m_saves = 0;
};

} // namespace scalelab::ui
