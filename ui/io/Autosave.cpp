// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Autosave.h"

#include "io/ScenarioFile.h"
#include "model/Document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>

namespace scalelab::ui {

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

Autosave::~Autosave() = default;

QString Autosave::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave");
}

std::vector<Autosave::Orphan> Autosave::findOrphans()
{
    std::vector<Orphan> out;
    const QDir dir(directory());
    for (const QString& f :
         dir.entryList({QStringLiteral("session-*.json")}, QDir::Files, QDir::Time)) {
        const QString base = dir.filePath(f.chopped(5));
        QLockFile lock(base + QStringLiteral(".lock"));
        if (!lock.tryLock(0))
            continue; // its window is still running
        Orphan o;
        o.scenarioPath = dir.filePath(f);
        o.base = base;
        QFile p(base + QStringLiteral(".path"));
        if (p.open(QIODevice::ReadOnly))
            o.originalPath = QString::fromUtf8(p.readAll());
        lock.unlock();
        out.push_back(o);
    }
    return out;
}

void Autosave::discard(const Orphan& o)
{
    QFile::remove(o.base + QStringLiteral(".json"));
    QFile::remove(o.base + QStringLiteral(".path"));
    QFile::remove(o.base + QStringLiteral(".lock"));
}

void Autosave::start(int intervalMs)
{
    QDir().mkpath(directory());
    m_base = QDir(directory())
                 .filePath(QStringLiteral("session-%1").arg(QCoreApplication::applicationPid()));
    m_lock = std::make_unique<QLockFile>(m_base + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(100);
    m_timer.start(intervalMs);
    if (m_dirty || !m_stack->isClean())
        m_dirty = true;
}

void Autosave::saveNow()
{
    if (m_base.isEmpty())
        return;
    m_dirty = false;
    const bool changed = !m_stack->isClean() || m_forceDirty;
    if (!changed) {
        QFile::remove(scenarioPath());
        QFile::remove(m_base + QStringLiteral(".path"));
        return;
    }
    QString error;
    if (saveScenarioFile(scenarioPath(), m_doc->scenario(), &error)) {
        QSaveFile p(m_base + QStringLiteral(".path"));
        if (p.open(QIODevice::WriteOnly)) {
            p.write(m_doc->filePath().toUtf8());
            p.commit();
        }
        ++m_saves;
    }
}

void Autosave::finish()
{
    m_timer.stop();
    if (m_base.isEmpty())
        return;
    QFile::remove(scenarioPath());
    QFile::remove(m_base + QStringLiteral(".path"));
    if (m_lock)
        m_lock->unlock();
}

} // namespace scalelab::ui
