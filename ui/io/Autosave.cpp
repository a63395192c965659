// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Autosave.h"

#include "io/SafeFile.h"
#include "io/ScenarioFile.h"
#include "model/Document.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLockFile>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scalelab::ui {

namespace {

const QString kScenarioExt = QStringLiteral(".json");
const QString kMetaExt = QStringLiteral(".meta");
const QString kLockExt = QStringLiteral(".lock");
constexpr std::size_t kMaxMetaBytes = 64 * 1024;

QString sessionFile(const QString& id, const QString& ext)
{
    return QDir(Autosave::directory()).filePath(id + ext);
}

bool isSessionId(const QString& name)
{
    return !QUuid::fromString(name).isNull();
}

std::string nativePath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

/// Writes the metadata sidecar through the checked write helper.
bool writeMeta(const QString& path, const QString& originalPath, const QString& title,
               const QDateTime& savedAt, QString* error)
{
    QJsonObject o;
    o[QStringLiteral("format")] = QStringLiteral("scalelab-autosave");
    o[QStringLiteral("version")] = 1;
    o[QStringLiteral("original_path")] = originalPath;
    o[QStringLiteral("title")] = title;
    o[QStringLiteral("saved_at")] = savedAt.toUTC().toString(Qt::ISODateWithMs);
    o[QStringLiteral("pid")] = QCoreApplication::applicationPid();
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    const core::FileResult r =
        core::writeFileSafely(nativePath(path), std::string_view(bytes.constData(), bytes.size()));
    if (!r && error)
        *error = QString::fromStdString(r.error);
    return r.ok;
}

/// Fills the orphan from its sidecar; a missing or broken sidecar leaves the fallbacks
/// (no original path, the scenario file's time) so the work is still offered.
void readMeta(Autosave::Orphan& o, const QString& metaPath)
{
    o.savedAt = QFileInfo(o.scenarioPath).lastModified();
    std::string text;
    if (!core::readRegularFile(nativePath(metaPath), kMaxMetaBytes, text))
        return;
    const QJsonObject m = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
    o.originalPath = m.value(QStringLiteral("original_path")).toString();
    o.title = m.value(QStringLiteral("title")).toString();
    o.pid = m.value(QStringLiteral("pid")).toInteger();
    const QDateTime t =
        QDateTime::fromString(m.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    if (t.isValid())
        o.savedAt = t.toLocalTime();
}

/// Whether a session of an older version (session-<pid>, QLockFile) may still belong
/// to a live window: its lock names another live process on this host.
bool legacySessionMayBeLive(const QString& base)
{
    QLockFile lf(base + kLockExt);
    qint64 pid = 0;
    QString host, app;
    if (!lf.getLockInfo(&pid, &host, &app) || pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return false; // this process wrote no legacy file: the pid was reused
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return true; // cannot tell: leave it alone
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

/// Converts the sessions of older versions (session-<pid>.json/.path/.lock) into the
/// current form, so they are offered like any other orphan. The scenario is renamed,
/// never rewritten; a failure leaves the old files as they were.
void migrateLegacySessions()
{
    const QDir dir(Autosave::directory());
    for (const QString& f : dir.entryList({QStringLiteral("session-*.json")}, QDir::Files)) {
        const QString base = dir.filePath(f.chopped(kScenarioExt.size()));
        if (legacySessionMayBeLive(base))
            continue;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto lock = SessionLock::tryAcquire(sessionFile(id, kLockExt), true);
        if (!lock)
            continue;
        QString original;
        QFile p(base + QStringLiteral(".path"));
        if (p.open(QIODevice::ReadOnly))
            original = QString::fromUtf8(p.read(qint64(kMaxMetaBytes)));
        const QDateTime when = QFileInfo(dir.filePath(f)).lastModified();
        if (!writeMeta(sessionFile(id, kMetaExt), original, {}, when, nullptr) ||
            !QFile::rename(dir.filePath(f), sessionFile(id, kScenarioExt))) {
            QFile::remove(sessionFile(id, kMetaExt));
            QFile::remove(sessionFile(id, kLockExt));
            continue;
        }
        QFile::remove(base + QStringLiteral(".path"));
        QFile::remove(base + kLockExt);
    }
}

/// Lock and metadata files without a scenario whose lock is free: a clean session
/// that was killed. Nothing to recover; removed so they do not pile up.
void removeStrayFiles()
{
    const QDir dir(Autosave::directory());
    QSet<QString> ids;
    for (const QString& f : dir.entryList({QStringLiteral("*.lock"), QStringLiteral("*.meta")},
                                          QDir::Files | QDir::Hidden))
        ids.insert(QFileInfo(f).completeBaseName());
    for (const QString& id : ids) {
        if (!isSessionId(id) || QFile::exists(sessionFile(id, kScenarioExt)))
            continue;
        const auto lock = SessionLock::tryAcquire(sessionFile(id, kLockExt), true);
        if (!lock || QFile::exists(sessionFile(id, kScenarioExt)))
            continue; // live, or it just wrote its first autosave
        QFile::remove(sessionFile(id, kMetaExt));
        QFile::remove(sessionFile(id, kLockExt));
    }
}

} // namespace

// --- SessionLock ---

std::shared_ptr<SessionLock> SessionLock::tryAcquire(const QString& path, bool create,
                                                     QString* error)
{
    const std::string native = nativePath(path);
    const int flags = O_RDWR | O_CLOEXEC | O_NOFOLLOW | (create ? O_CREAT : 0);
    const int fd = ::open(native.c_str(), flags, 0600);
    if (fd < 0) {
        if (error)
            *error =
                QCoreApplication::translate("Autosave", "%1: cannot open the lock (%2)")
                    .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (error)
            *error = QCoreApplication::translate("Autosave", "%1: in use by another window")
                         .arg(QDir::toNativeSeparators(path));
        ::close(fd);
        return nullptr;
    }
    // The file may have been removed (its owner finished) between open and flock: a
    // lock on a file that no longer has this name protects nothing.
    struct stat byFd = {};
    struct stat byName = {};
    if (::fstat(fd, &byFd) != 0 || ::lstat(native.c_str(), &byName) != 0 ||
        byFd.st_ino != byName.st_ino || byFd.st_dev != byName.st_dev) {
        if (error)
            *error = QCoreApplication::translate("Autosave", "%1: removed while locking")
                         .arg(QDir::toNativeSeparators(path));
        ::close(fd);
        return nullptr;
    }
    return std::shared_ptr<SessionLock>(new SessionLock(fd));
}

SessionLock::~SessionLock()
{
    release();
}

void SessionLock::release()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

// --- Autosave ---

QString Autosave::Orphan::displayName() const
{
    return originalPath.isEmpty() ? Autosave::tr("Untitled") : QFileInfo(originalPath).fileName();
}

Autosave::Autosave(Document* document, QUndoStack* stack, QObject* parent)
    : QObject(parent), m_doc(document), m_stack(stack)
{
    connect(m_stack, &QUndoStack::indexChanged, this, [this] { m_dirty = true; });
    connect(m_stack, &QUndoStack::cleanChanged, this, [this] {
        m_dirty = true;
        m_forceDirty = false;
    });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            saveNow();
    });
}

Autosave::~Autosave() = default; // m_lock closes: the files stay for recovery

QString Autosave::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave");
}

QString Autosave::scenarioPath() const
{
    return m_id.isEmpty() ? QString() : sessionFile(m_id, kScenarioExt);
}

QString Autosave::metaPath() const
{
    return m_id.isEmpty() ? QString() : sessionFile(m_id, kMetaExt);
}

QString Autosave::lockPath() const
{
    return m_id.isEmpty() ? QString() : sessionFile(m_id, kLockExt);
}

std::vector<Autosave::Orphan> Autosave::findOrphans()
{
    std::vector<Orphan> out;
    const QDir dir(directory());
    if (!dir.exists())
        return out;
    migrateLegacySessions();
    removeStrayFiles();
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString id = f.chopped(kScenarioExt.size());
        if (!isSessionId(id))
            continue;
        auto lock = SessionLock::tryAcquire(sessionFile(id, kLockExt), true);
        if (!lock)
            continue; // its window is still running (or another start is offering it)
        Orphan o;
        o.id = id;
        o.scenarioPath = dir.filePath(f);
        if (!QFile::exists(o.scenarioPath)) { // its window finished meanwhile
            QFile::remove(sessionFile(id, kLockExt));
            continue;
        }
        o.lock = std::move(lock);
        readMeta(o, sessionFile(id, kMetaExt));
        out.push_back(std::move(o));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Orphan& a, const Orphan& b) { return a.savedAt > b.savedAt; });
    return out;
}

bool Autosave::discard(const Orphan& o)
{
    if (o.id.isEmpty() || !o.lock || !o.lock->held())
        return false; // never remove what another session may own
    // The scenario first: a crash half-way leaves at most a stray lock or sidecar.
    const bool removed = QFile::remove(o.scenarioPath) || !QFile::exists(o.scenarioPath);
    QFile::remove(sessionFile(o.id, kMetaExt));
    if (removed)
        QFile::remove(sessionFile(o.id, kLockExt));
    o.lock->release();
    return removed;
}

bool Autosave::adopt(const Orphan& o)
{
    if (o.id.isEmpty() || !o.lock || !o.lock->held() || m_lock)
        return false;
    m_id = o.id;
    m_lock = o.lock;
    return true;
}

bool Autosave::start(int intervalMs)
{
    if (!m_lock) {
        if (!QDir().mkpath(directory()))
            return fail(tr("Autosave is off: cannot create the folder %1")
                            .arg(QDir::toNativeSeparators(directory())));
        QString error;
        // A fresh UUID cannot collide; the retry covers a lock removed while locking.
        for (int attempt = 0; attempt < 3 && !m_lock; ++attempt) {
            m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_lock = SessionLock::tryAcquire(lockPath(), true, &error);
        }
        if (!m_lock) {
            m_id.clear();
            return fail(tr("Autosave is off: %1").arg(error));
        }
    }
    m_timer.start(intervalMs);
    if (m_dirty || !m_stack->isClean())
        m_dirty = true;
    return true;
}

bool Autosave::fail(const QString& message)
{
    m_lastError = message;
    Q_EMIT failed(message);
    return false;
}

bool Autosave::saveNow()
{
    if (m_id.isEmpty() || !m_lock)
        return false;
    m_dirty = false;
    const bool changed = !m_stack->isClean() || m_forceDirty;
    if (!changed) {
        QFile::remove(scenarioPath());
        QFile::remove(metaPath());
        return true;
    }
    QString error;
    if (!saveScenarioFile(scenarioPath(), m_doc->scenario(), &error) ||
        !writeMeta(metaPath(), m_doc->filePath(), QString::fromStdString(m_doc->scenario().name),
                   QDateTime::currentDateTime(), &error)) {
        m_dirty = true; // try again at the next tick
        return fail(tr("Autosave failed: %1").arg(error.section(QLatin1Char('\n'), 0, 0)));
    }
    m_lastError.clear();
    ++m_saves;
    return true;
}

void Autosave::finish()
{
    m_timer.stop();
    if (m_id.isEmpty() || !m_lock)
        return;
    QFile::remove(scenarioPath());
    QFile::remove(metaPath());
    QFile::remove(lockPath()); // while still holding it (see SessionLock::tryAcquire)
    m_lock->release();
    m_lock.reset();
    m_id.clear();
}

// --- RecoveryDialog ---

RecoveryDialog::RecoveryDialog(const std::vector<Autosave::Orphan>& orphans, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Work"));
    auto* layout = new QVBoxLayout(this);
    const int n = static_cast<int>(orphans.size());
    auto* intro =
        new QLabel((n == 1 ? tr("ScaleLab stopped before this document was saved.")
                           : tr("ScaleLab stopped before these %1 documents were saved.").arg(n)) +
                       QLatin1Char(' ') +
                       tr("Each document you recover opens in a window of its own, marked unsaved. "
                          "Documents kept for later are offered again at the next start."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("recoveryList"));
    list->setAccessibleName(tr("Unsaved documents"));
    list->setColumnCount(3);
    list->setHeaderLabels({tr("Document"), tr("Autosaved"), tr("Action")});
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus);
    for (const Autosave::Orphan& o : orphans) {
        QString name = o.displayName();
        if (!o.title.isEmpty() && o.title != name && o.title != QFileInfo(name).completeBaseName())
            name = tr("%1 (%2)").arg(name, o.title);
        auto* item = new QTreeWidgetItem(list, {name, timeText(o.savedAt)});
        item->setToolTip(0, o.originalPath.isEmpty() ? tr("Never saved")
                                                     : QDir::toNativeSeparators(o.originalPath));
        item->setToolTip(1, QLocale().toString(o.savedAt, QLocale::LongFormat));
        auto* combo = new QComboBox(list);
        combo->addItem(tr("Recover"), int(Choice::Recover));
        combo->addItem(tr("Keep for later"), int(Choice::Keep));
        combo->addItem(tr("Discard"), int(Choice::Discard));
        combo->setAccessibleName(tr("Action for %1").arg(name));
        list->setItemWidget(item, 2, combo);
        m_combos.push_back(combo);
    }
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    const int rowH = list->sizeHintForRow(0) > 0 ? list->sizeHintForRow(0) : 28;
    list->setMinimumHeight(list->header()->sizeHint().height() + rowH * std::min(n, 8) + 8);
    layout->addWidget(list, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* ok = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Not Now"), QDialogButtonBox::RejectRole)
        ->setToolTip(tr("Keep every document for the next start"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(std::max(620, sizeHint().width()), sizeHint().height());
}

std::vector<RecoveryDialog::Choice> RecoveryDialog::choices() const
{
    std::vector<Choice> out;
    for (const QComboBox* c : m_combos)
        out.push_back(result() == QDialog::Accepted ? Choice(c->currentData().toInt())
                                                    : Choice::Keep);
    return out;
}

void RecoveryDialog::setChoice(int row, Choice c)
{
    if (row >= 0 && row < int(m_combos.size()))
        m_combos[std::size_t(row)]->setCurrentIndex(m_combos[std::size_t(row)]->findData(int(c)));
}

QString RecoveryDialog::timeText(const QDateTime& t)
{
    if (!t.isValid())
        return tr("unknown time");
    const QLocale loc;
    const QDateTime local = t.toLocalTime();
    const QDate today = QDate::currentDate();
    if (local.date() == today)
        return tr("today %1").arg(loc.toString(local.time(), QLocale::ShortFormat));
    if (local.date() == today.addDays(-1))
        return tr("yesterday %1").arg(loc.toString(local.time(), QLocale::ShortFormat));
    return loc.toString(local, QLocale::ShortFormat);
}

} // namespace scalelab::ui
