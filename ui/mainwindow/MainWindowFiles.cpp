// SPDX-License-Identifier: GPL-3.0-or-later
// New, open, save, recent files, autosave and recovery, editing actions.
#include "MainWindow.h"

#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "commands/Clipboard.h"
#include "commands/Commands.h"
#include "io/Autosave.h"
#include "io/ScenarioFile.h"
#include "model/Document.h"
#include "run/RunController.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace scalelab::ui {

namespace {
constexpr int kMaxRecent = 8;
}

void MainWindow::setScenario(const core::Scenario& s, const QString& filePath)
{
    m_run->reset();
    m_stack->clear();
    m_doc->resetScenario(s);
    m_doc->setFilePath(filePath);
    m_stack->setClean();
    if (m_autosave)
        m_autosave->markClean();
    updateTitle();
    m_view->zoomToFit();
}

void MainWindow::newDocument()
{
    if (!maybeSave())
        return;
    core::Scenario s;
    s.name = tr("Untitled").toStdString();
    setScenario(s, {});
    statusBar()->showMessage(tr("New scenario: drag Users, then a Web server, from the palette."),
                             8000);
}

bool MainWindow::openFile(const QString& path)
{
    const ScenarioFileResult r = loadScenarioFile(path);
    if (!r.scenario) {
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), r.error);
        return false;
    }
    const bool resource = path.startsWith(QLatin1Char(':'));
    setScenario(*r.scenario, resource ? QString() : path);
    if (!resource)
        addRecent(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1").arg(QString::fromStdString(r.scenario->name)), 5000);
    return true;
}

bool MainWindow::saveFile(const QString& path)
{
    QString error;
    if (!saveScenarioFile(path, m_doc->scenario(), &error)) {
        showError(tr("Cannot save"), error);
        return false;
    }
    m_doc->setFilePath(path);
    m_stack->setClean();
    if (m_autosave) {
        m_autosave->markClean();
        m_autosave->saveNow();
    }
    addRecent(QFileInfo(path).absoluteFilePath());
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::save()
{
    if (m_doc->filePath().isEmpty())
        return saveAs();
    return saveFile(m_doc->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), m_doc->filePath(),
                                                tr("ScaleLab scenarios (*.json)"));
    if (path.isEmpty())
        return false;
    // A name without an extension gets ".scalelab.json": the desktop knows that name as a
    // ScaleLab scenario (share/mime/packages), so a double-click opens it here; a plain
    // ".json" the user typed stays as typed.
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QLatin1String(".scalelab.json");
    return saveFile(path);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open scenario"), QFileInfo(m_doc->filePath()).path(),
                                     tr("ScaleLab scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    rebuildRecentMenu();
}

bool MainWindow::maybeSave()
{
    if (!isModified() || !m_interactive)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The scenario has unsaved changes. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    if (!maybeSave()) {
        e->ignore();
        return;
    }
    m_run->reset();
    if (m_autosave)
        m_autosave->finish();
    QSettings().setValue(QStringLiteral("windowState"), saveState());
    e->accept();
}

void MainWindow::startSession()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("SCALELAB_AUTOSAVE_MS", &ok);
    const int interval = ok && ms > 0 ? ms : 60000;

    // Every orphan is offered; only an explicit Discard deletes one. SCALELAB_AUTORECOVER
    // (tests, scripts) answers without the dialog: "1" recovers all, "0" discards all, or
    // one letter per orphan, newest first (r recover, d discard, k keep). A
    // non-interactive window without it keeps them all for the next start.
    std::vector<Autosave::Orphan> orphans = Autosave::findOrphans();
    using Choice = RecoveryDialog::Choice;
    std::vector<Choice> choices(orphans.size(), Choice::Keep);
    if (!orphans.empty()) {
        const QByteArray env = qgetenv("SCALELAB_AUTORECOVER");
        if (!env.isEmpty()) {
            for (std::size_t i = 0; i < orphans.size(); ++i) {
                const char c = env == "1"   ? 'r'
                               : env == "0" ? 'd'
                                            : (i < std::size_t(env.size()) ? env[qsizetype(i)] : 'k');
                choices[i] = c == 'r' ? Choice::Recover : c == 'd' ? Choice::Discard : Choice::Keep;
            }
        } else if (m_interactive) {
            RecoveryDialog dialog(orphans, this);
            dialog.exec();
            choices = dialog.choices();
        }
    }
    // The first recovered document opens here, each further one in a window of its own.
    // It adopts the orphan's session, so the autosave stays until saved or closed cleanly.
    auto recoverInto = [interval](MainWindow* w, const Autosave::Orphan& o) {
        const ScenarioFileResult r = loadScenarioFile(o.scenarioPath);
        if (!r.scenario) {
            w->showError(tr("Cannot recover %1").arg(o.displayName()), r.error);
            return false; // kept on disk: offered again next time
        }
        w->setScenario(*r.scenario, o.originalPath);
        w->m_autosave->adopt(o);
        w->m_autosave->markDirty();
        w->updateTitle();
        w->m_autosave->start(interval);
        w->statusBar()->showMessage(
            tr("Recovered %1 (autosaved %2). Save it to keep it.")
                .arg(o.displayName(), RecoveryDialog::timeText(o.savedAt)),
            15000);
        return true;
    };
    MainWindow* target = this;
    int extra = 0;
    for (std::size_t i = 0; i < orphans.size(); ++i) {
        if (choices[i] == Choice::Discard) {
            if (!Autosave::discard(orphans[i]))
                showError(tr("Cannot discard"),
                          tr("%1: cannot remove the autosave").arg(orphans[i].scenarioPath));
            continue;
        }
        if (choices[i] != Choice::Recover)
            continue;
        if (!target) {
            auto* w = new MainWindow;
            w->setAttribute(Qt::WA_DeleteOnClose);
            w->setInteractive(m_interactive);
            w->resize(size());
            ++extra;
            w->move(pos() + QPoint(40 * extra, 40 * extra));
            w->show();
            target = w;
        }
        if (recoverInto(target, orphans[i]))
            target = nullptr;
    }
    if (target && target != this)
        target->close(); // a window whose recovery failed
    orphans.clear();     // releases the locks of those kept for later
    if (!m_autosave->id().isEmpty())
        return; // this window continues a recovered session
    m_autosave->start(interval);
    if (isModified())
        m_autosave->saveNow();
}

void MainWindow::copy()
{
    const QStringList ids = m_scene->selectedComponentIds();
    if (ids.isEmpty())
        return;
    const QByteArray json = copyComponents(m_doc->scenario(), ids);
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(kComponentsMime), json);
    mime->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied %n component(s)", nullptr, static_cast<int>(ids.size())),
                             4000);
}

void MainWindow::cut()
{
    copy();
    deleteSelection();
}

void MainWindow::paste()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    QByteArray json = mime->data(QLatin1String(kComponentsMime));
    if (json.isEmpty())
        json = mime->text().toUtf8();
    if (json.trimmed().isEmpty())
        return;
    QStringList ids;
    QString error;
    QUndoCommand* cmd = makePasteCommand(m_doc, json, {40, 40}, &ids, &error);
    if (!cmd) {
        statusBar()->showMessage(
            tr("Nothing to paste: %1").arg(error.section(QLatin1Char('\n'), 0, 0)), 8000);
        return;
    }
    m_stack->push(cmd);
    m_scene->selectComponents(ids);
}

void MainWindow::deleteSelection()
{
    m_scene->deleteSelection();
}

void MainWindow::selectAll()
{
    QStringList ids;
    for (const auto& c : m_doc->scenario().components)
        ids << QString::fromStdString(c.id);
    m_scene->selectComponents(ids);
}

void MainWindow::autoLayout()
{
    if (QUndoCommand* cmd = makeAutoLayoutCommand(m_doc)) {
        m_stack->push(cmd);
        m_view->zoomToFit();
    }
}

} // namespace scalelab::ui
