// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

class QComboBox;
class QUndoStack;

namespace scalelab::ui {

class Document;

/// An exclusive kernel lock on a file (flock on its own open file description). It
/// dies with the process, whatever the process id of the next one; a second lock of
/// the same file in the same process fails, so two windows never share a session.
class SessionLock
{
public:
    /// Opens (creating when `create`) `path` without following a link and takes the
    /// lock without waiting; nullptr when another live session holds it.
    static std::shared_ptr<SessionLock> tryAcquire(const QString& path, bool create,
                                                   QString* error = nullptr);
    ~SessionLock();
    SessionLock(const SessionLock&) = delete;
    SessionLock& operator=(const SessionLock&) = delete;
    bool held() const { return m_fd >= 0; }
    /// Closes the file, which releases the lock (files stay as they are).
    void release();

private:
    explicit SessionLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

/// Crash safety for unsaved edits, one session per window, in
/// QStandardPaths::AppDataLocation/autosave. A session is named by a fresh UUID (never
/// by the process id) and has three files:
///   <uuid>.lock  held (SessionLock) by the live window for its whole lifetime;
///   <uuid>.json  the scenario while there are unsaved edits (written atomically);
///   <uuid>.meta  JSON: original path, document title, time of the save, writer pid.
/// A clean exit (finish) or a save removes the .json and .meta; finish also the .lock.
/// A .json whose lock can be taken is an orphan: its window died (kill -9, power cut).
/// Nothing is deleted here unless the user declines it (discard) or the document is
/// saved or closed cleanly.
class Autosave : public QObject
{
    Q_OBJECT
public:
    struct Orphan
    {
        QString id;           ///< the session's UUID
        QString scenarioPath; ///< the autosaved scenario JSON
        QString originalPath; ///< the file the document came from, may be empty
        QString title;        ///< the document's title when it was autosaved, may be empty
        QDateTime savedAt;    ///< when it was last autosaved (file time if no metadata)
        qint64 pid = 0;       ///< the process that wrote it (information only)
        /// Held while this orphan (or a copy) lives, so no other window or process offers
        /// it meanwhile; handed over by Autosave::adopt.
        std::shared_ptr<SessionLock> lock;
        /// The original file name, or "Untitled".
        QString displayName() const;
    };

    Autosave(Document* document, QUndoStack* stack, QObject* parent = nullptr);
    /// Releases the lock but keeps the files: without finish() the session is an orphan,
    /// as after a crash.
    ~Autosave() override;

    static QString directory();
    /// Every session left behind by a window that is gone, newest first, each with its
    /// lock taken (see Orphan::lock). Sessions of live windows, in this process or any
    /// other, are never returned. Sessions of older versions (session-<pid>.json) are
    /// converted to the current form first.
    static std::vector<Orphan> findOrphans();
    /// The user declined this orphan: removes its files (its lock must be held).
    static bool discard(const Orphan& orphan);

    /// Continues the orphan's session in this window (before start()): its autosave
    /// stays on disk until the document is saved or closed cleanly. False when the
    /// orphan's lock is no longer held.
    bool adopt(const Orphan& orphan);
    /// Takes this session's lock (a new one unless adopted) and autosaves every
    /// `intervalMs` while there are changes. False (and failed()) when it cannot.
    bool start(int intervalMs);
    /// Writes the autosave now when there are unsaved changes (removes it when clean).
    /// A failed write is not counted, is retried at the next tick and emits failed().
    bool saveNow();
    /// Clean exit: removes this session's files and releases its lock.
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
    QString id() const { return m_id; }
    QString scenarioPath() const;
    QString metaPath() const;
    QString lockPath() const;
    /// Successful autosaves (failed ones are not counted).
    int saves() const { return m_saves; }
    /// Why the last autosave failed ("" after a success).
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// An autosave could not be written; `message` names the file and the reason.
    void failed(const QString& message);

private:
    bool fail(const QString& message);

    Document* m_doc;
    QUndoStack* m_stack;
    QTimer m_timer;
    QString m_id;
    std::shared_ptr<SessionLock> m_lock;
    QString m_lastError;
    bool m_dirty = false;
    bool m_forceDirty = false;
    int m_saves = 0;
};

/// Asks what to do with each orphan: one row per document with its name and the time it
/// was autosaved, and a choice of Recover (the default), Keep for later or Discard.
/// Cancel, Esc or closing the dialog keeps every one for the next start.
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        Recover,
        Keep,
        Discard
    };
    RecoveryDialog(const std::vector<Autosave::Orphan>& orphans, QWidget* parent = nullptr);
    /// One per orphan, in order; all Keep unless the dialog was accepted.
    std::vector<Choice> choices() const;
    void setChoice(int row, Choice c);
    /// "today 14:32" or a short date and time in the user's locale.
    static QString timeText(const QDateTime& t);

private:
    std::vector<QComboBox*> m_combos;
};

} // namespace scalelab::ui
