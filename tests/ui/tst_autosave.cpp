// SPDX-License-Identifier: GPL-3.0-or-later
// Kill the app with unsaved edits; the next start offers them back intact. Every window
// and every session is protected: two killed windows are both offered, a restarted
// process with the same pid still finds its predecessor's work, declining one keeps the
// other, and a live window's autosave is never offered to anyone else.
#include "commands/Commands.h"
#include "io/Autosave.h"
#include "io/SafeFile.h"
#include "io/ScenarioFile.h"
#include "MainWindow.h"
#include "model/Document.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

#include <memory>

using namespace scalelab;
using ui::Autosave;

namespace {

/// One window's worth of autosave state, without the window.
struct Session
{
    ui::Document doc;
    QUndoStack stack;
    std::unique_ptr<Autosave> autosave;

    Session(const QString& filePath, const QString& name)
    {
        core::Scenario s;
        s.name = name.toStdString();
        doc.resetScenario(s);
        doc.setFilePath(filePath);
        autosave = std::make_unique<Autosave>(&doc, &stack);
        core::Component c;
        c.id = "web1";
        c.kind = "web_server";
        c.name = "Web 1";
        stack.push(new ui::AddComponentCommand(&doc, c)); // an unsaved edit
    }
};

QSet<QString> names(const std::vector<Autosave::Orphan>& orphans)
{
    QSet<QString> out;
    for (const auto& o : orphans)
        out.insert(o.displayName());
    return out;
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT
private:
    QString m_app = QStringLiteral(SCALELAB_BINARY_DIR "/app/scalelab");
    QTemporaryDir m_home;

    QProcessEnvironment env(const QString& recover) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("SCALELAB_AUTOSAVE_MS"), QStringLiteral("200"));
        e.remove(QStringLiteral("SCALELAB_AUTORECOVER"));
        if (!recover.isEmpty())
            e.insert(QStringLiteral("SCALELAB_AUTORECOVER"), recover);
        return e;
    }
    QString autosaveDir() const
    {
        return m_home.filePath(QStringLiteral("data/ScaleLab/ScaleLab/autosave"));
    }
    /// The autosaved scenarios on disk (live or orphaned).
    QStringList sessions() const
    {
        return QDir(autosaveDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    }
    bool haveApp() const { return QFile::exists(m_app); }

    /// Starts the app with `edits` unsaved edits and waits until they are autosaved.
    std::unique_ptr<QProcess> startWithEdits(int edits = 2)
    {
        const QStringList before = sessions();
        auto app = std::make_unique<QProcess>();
        app->setProcessEnvironment(env({}));
        app->start(m_app, {QStringLiteral("--example"), QStringLiteral("03"),
                           QStringLiteral("--demo-edits"), QString::number(edits)});
        if (!app->waitForStarted(10000))
            return nullptr;
        // The autosave is written atomically; wait until a new one holds every edit.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            for (const QString& f : sessions()) {
                if (before.contains(f))
                    continue;
                const auto r = ui::loadScenarioFile(QDir(autosaveDir()).filePath(f));
                if (r.scenario && r.scenario->components.size() == std::size_t(5 + edits))
                    return app;
            }
            QTest::qWait(50);
        }
        return nullptr;
    }

    static bool killHard(QProcess& app)
    {
        app.kill(); // SIGKILL: no clean-up runs
        return app.waitForFinished(10000) && app.exitStatus() == QProcess::CrashExit;
    }

    /// Starts the app with unsaved edits and kills it (SIGKILL) once they are autosaved.
    void crashWithEdits()
    {
        auto app = startWithEdits();
        QVERIFY(app);
        QVERIFY(killHard(*app));
    }

    ui::ScenarioFileResult startAndDump(const QString& recover)
    {
        const QString out = m_home.filePath(QStringLiteral("dump.json"));
        QFile::remove(out);
        QProcess app;
        app.setProcessEnvironment(env(recover));
        app.start(m_app, {QStringLiteral("--example"), QStringLiteral("03"),
                          QStringLiteral("--dump-scenario"), out});
        if (!app.waitForFinished(30000) || app.exitCode() != 0)
            qWarning() << app.readAllStandardError();
        return ui::loadScenarioFile(out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // This process uses the same folder as the app it starts.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qunsetenv("SCALELAB_AUTORECOVER");
        QCoreApplication::setOrganizationName(QStringLiteral("ScaleLab"));
        QCoreApplication::setApplicationName(QStringLiteral("ScaleLab"));
        QCOMPARE(QDir::cleanPath(Autosave::directory()), QDir::cleanPath(autosaveDir()));
    }

    void init() { QDir(autosaveDir()).removeRecursively(); }

    // --- In this process ---

    /// Two windows in one process, both gone without a clean exit: both are offered,
    /// each with its name and time; while they lived, neither was offered.
    void twoSessionsInOneProcessAreBothOffered()
    {
        const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
        auto a = std::make_unique<Session>(QStringLiteral("/home/teacher/checkout.json"),
                                           QStringLiteral("Checkout"));
        auto b = std::make_unique<Session>(QString(), QStringLiteral("Scratch"));
        QVERIFY(a->autosave->start(60000));
        QVERIFY(b->autosave->start(60000));
        QVERIFY(a->autosave->id() != b->autosave->id());
        QVERIFY(!a->autosave->id().contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(a->autosave->saveNow());
        QVERIFY(b->autosave->saveNow());
        QCOMPARE(a->autosave->saves(), 1);
        QCOMPARE(sessions().size(), 2);
        QVERIFY(Autosave::findOrphans().empty()); // both live: never offered

        a.reset(); // "killed": the lock goes, the files stay
        b.reset();
        const auto orphans = Autosave::findOrphans();
        QCOMPARE(orphans.size(), std::size_t(2));
        QCOMPARE(names(orphans),
                 (QSet<QString>{QStringLiteral("checkout.json"), QStringLiteral("Untitled")}));
        for (const auto& o : orphans) {
            QVERIFY2(o.savedAt >= before && o.savedAt <= QDateTime::currentDateTime(),
                     qPrintable(o.savedAt.toString(Qt::ISODateWithMs)));
            QCOMPARE(o.pid, QCoreApplication::applicationPid());
            const auto r = ui::loadScenarioFile(o.scenarioPath);
            QVERIFY2(r.scenario, qPrintable(r.error));
            QCOMPARE(r.scenario->components.size(), std::size_t(1));
            QCOMPARE(QString::fromStdString(r.scenario->name), o.title);
        }
        // While these orphans are held (a dialog is open), no one else is offered them.
        QVERIFY(Autosave::findOrphans().empty());
    }

    /// A restarted process with the same pid: metadata naming this very process does not
    /// hide the orphan (the kernel lock, not the pid, decides); an older version's
    /// session-<pid> file naming this pid is converted and offered too.
    void samePidRestartIsStillOffered()
    {
        QVERIFY(QDir().mkpath(autosaveDir()));
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        core::Scenario s;
        s.name = "Same pid";
        QString error;
        QVERIFY(ui::saveScenarioFile(QDir(autosaveDir()).filePath(id + ".json"), s, &error));
        QJsonObject meta{{"original_path", "/srv/class/lesson.json"},
                         {"title", "Same pid"},
                         {"saved_at", "2026-01-02T03:04:05.000Z"},
                         {"pid", QCoreApplication::applicationPid()}};
        QFile m(QDir(autosaveDir()).filePath(id + ".meta"));
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write(QJsonDocument(meta).toJson());
        m.close();
        QFile l(QDir(autosaveDir()).filePath(id + ".lock"));
        QVERIFY(l.open(QIODevice::WriteOnly)); // present, but nobody holds it
        l.close();

        // The old form: session-<our pid>.json with a QLockFile naming our pid.
        const QString legacy = QDir(autosaveDir()).filePath(QStringLiteral("session-") + pid);
        s.name = "Legacy";
        QVERIFY(ui::saveScenarioFile(legacy + ".json", s, &error));
        QFile p(legacy + ".path");
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("/srv/class/old.json");
        p.close();
        QFile ll(legacy + ".lock");
        QVERIFY(ll.open(QIODevice::WriteOnly));
        ll.write(pid.toUtf8() + "\nScaleLab\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        ll.close();

        const auto orphans = Autosave::findOrphans();
        QCOMPARE(orphans.size(), std::size_t(2));
        QCOMPARE(names(orphans),
                 (QSet<QString>{QStringLiteral("lesson.json"), QStringLiteral("old.json")}));
        for (const auto& o : orphans) {
            if (o.id == id) {
                QCOMPARE(o.title, QStringLiteral("Same pid"));
                QCOMPARE(o.savedAt,
                         QDateTime::fromString("2026-01-02T03:04:05.000Z", Qt::ISODateWithMs));
            } else {
                QVERIFY(o.savedAt.isValid());
                QVERIFY(ui::loadScenarioFile(o.scenarioPath).scenario);
            }
        }
        QVERIFY(!QFile::exists(legacy + ".json")); // renamed, not copied or lost
    }

    /// Declining one deletes only that one; cancelling (dropping the list) keeps all.
    void decliningOneKeepsTheOther()
    {
        {
            Session a(QStringLiteral("/tmp/a.json"), QStringLiteral("A"));
            Session b(QStringLiteral("/tmp/b.json"), QStringLiteral("B"));
            QVERIFY(a.autosave->start(60000) && a.autosave->saveNow());
            QVERIFY(b.autosave->start(60000) && b.autosave->saveNow());
        }
        auto orphans = Autosave::findOrphans();
        QCOMPARE(orphans.size(), std::size_t(2));
        orphans.clear(); // the dialog was cancelled
        orphans = Autosave::findOrphans();
        QCOMPARE(orphans.size(), std::size_t(2)); // still there

        // The dialog: cancelled, every choice is Keep; accepted, what the user chose.
        {
            ui::RecoveryDialog dialog(orphans);
            dialog.setChoice(0, ui::RecoveryDialog::Choice::Discard);
            dialog.reject();
            for (const auto c : dialog.choices())
                QCOMPARE(c, ui::RecoveryDialog::Choice::Keep);
            dialog.accept();
            QCOMPARE(dialog.choices().front(), ui::RecoveryDialog::Choice::Discard);
            QCOMPARE(dialog.choices().back(), ui::RecoveryDialog::Choice::Recover);
        }
        const QString declined = orphans.front().displayName();
        const QString kept = orphans.back().scenarioPath;
        QVERIFY(Autosave::discard(orphans.front()));
        QVERIFY(!QFile::exists(orphans.front().scenarioPath));
        QVERIFY(QFile::exists(kept));
        orphans.clear();
        orphans = Autosave::findOrphans();
        QCOMPARE(orphans.size(), std::size_t(1));
        QCOMPARE(orphans.front().scenarioPath, kept);
        QVERIFY(orphans.front().displayName() != declined);
        // Only the declined session's files went: nothing else but the kept one is left.
        QCOMPARE(QDir(autosaveDir()).entryList(QDir::Files).size(), 3); // .json .meta .lock
    }

    /// A live session is never offered, and an orphan whose lock was taken by another
    /// window cannot be discarded or adopted through a stale copy.
    void liveSessionIsNeverOffered()
    {
        Session live(QStringLiteral("/tmp/live.json"), QStringLiteral("Live"));
        QVERIFY(live.autosave->start(60000) && live.autosave->saveNow());
        for (int i = 0; i < 3; ++i)
            QVERIFY(Autosave::findOrphans().empty());
        Autosave::Orphan fake;
        fake.id = live.autosave->id();
        fake.scenarioPath = live.autosave->scenarioPath();
        QVERIFY(!Autosave::discard(fake)); // no lock held: refused
        QVERIFY(QFile::exists(live.autosave->scenarioPath()));
        live.autosave->finish(); // clean exit: nothing left
        QVERIFY(QDir(autosaveDir()).entryList(QDir::Files).isEmpty());
    }

    /// A failed autosave is reported and not counted; the next one succeeds.
    void failedAutosaveIsReported()
    {
        Session s(QString(), QStringLiteral("Full disk"));
        QSignalSpy failed(s.autosave.get(), &Autosave::failed);
        QVERIFY(s.autosave->start(60000));
        core::setSimulatedFreeSpaceForTesting(0);
        const bool ok = s.autosave->saveNow();
        core::setSimulatedFreeSpaceForTesting(-1);
        QVERIFY(!ok);
        QCOMPARE(s.autosave->saves(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(s.autosave->lastError().contains(QStringLiteral("No space")),
                 qPrintable(s.autosave->lastError()));
        QVERIFY(s.autosave->saveNow());
        QCOMPARE(s.autosave->saves(), 1);
        QVERIFY(s.autosave->lastError().isEmpty());
        s.autosave->finish();
    }

    /// Recovery opens every recovered document in a window of its own, marked unsaved;
    /// its autosave stays until the window closes cleanly.
    void recoveredDocumentsOpenDirtyInTheirOwnWindows()
    {
        {
            Session a(QStringLiteral("/tmp/first.json"), QStringLiteral("First"));
            Session b(QString(), QStringLiteral("Second"));
            QVERIFY(a.autosave->start(60000) && a.autosave->saveNow());
            QVERIFY(b.autosave->start(60000) && b.autosave->saveNow());
        }
        qputenv("SCALELAB_AUTORECOVER", "1");
        auto w = std::make_unique<ui::MainWindow>();
        w->setInteractive(false);
        w->show();
        w->startSession();
        qunsetenv("SCALELAB_AUTORECOVER");
        QList<ui::MainWindow*> windows;
        for (QWidget* top : QApplication::topLevelWidgets())
            if (auto* mw = qobject_cast<ui::MainWindow*>(top); mw && mw->isVisible())
                windows << mw;
        QCOMPARE(windows.size(), 2);
        QSet<QString> titles;
        for (ui::MainWindow* mw : windows) {
            QVERIFY(mw->isModified());
            QVERIFY(mw->isWindowModified()); // the title shows "*"
            QCOMPARE(mw->document()->scenario().components.size(), std::size_t(1));
            titles << QString::fromStdString(mw->document()->scenario().name);
        }
        QCOMPARE(titles, (QSet<QString>{QStringLiteral("First"), QStringLiteral("Second")}));
        QCOMPARE(sessions().size(), 2);           // kept while the windows live
        QVERIFY(Autosave::findOrphans().empty()); // and not offered to anyone else
        for (ui::MainWindow* mw : windows)
            if (mw != w.get())
                mw->close(); // WA_DeleteOnClose
        w->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(sessions().isEmpty()); // closed cleanly: nothing left to recover
    }

    // --- With the app, killed for real ---

    void killedSessionIsRecovered()
    {
        if (!haveApp())
            QSKIP("the scalelab executable is not built");
        crashWithEdits();
        QCOMPARE(sessions().size(), 1);
        const QString saved = QDir(autosaveDir()).filePath(sessions().first());
        const auto autosaved = ui::loadScenarioFile(saved);
        QVERIFY(autosaved.scenario);
        // Example 03 has 5 components; the two edits added web servers.
        QCOMPARE(autosaved.scenario->components.size(), std::size_t(7));
        const auto recovered = startAndDump(QStringLiteral("1"));
        QVERIFY2(recovered.scenario, qPrintable(recovered.error));
        QVERIFY(*recovered.scenario == *autosaved.scenario); // intact
        QVERIFY(sessions().isEmpty());                       // the recovered window closed cleanly
    }

    void declinedRecoveryStartsFresh()
    {
        if (!haveApp())
            QSKIP("the scalelab executable is not built");
        crashWithEdits();
        const auto fresh = startAndDump(QStringLiteral("0"));
        QVERIFY(fresh.scenario);
        QCOMPARE(fresh.scenario->components.size(), std::size_t(5));
        QVERIFY(sessions().isEmpty());
    }

    /// Two app processes (two windows), both killed with SIGKILL: while they run the
    /// test process is offered neither; after, both, with names and times. A start that
    /// declines one keeps the other, and a start that answers nothing deletes nothing.
    void twoKilledWindowsAreBothOffered()
    {
        if (!haveApp())
            QSKIP("the scalelab executable is not built");
        auto first = startWithEdits(1);
        QVERIFY(first);
        auto second = startWithEdits(2);
        QVERIFY(second);
        QCOMPARE(sessions().size(), 2);
        QVERIFY(Autosave::findOrphans().empty()); // both live
        QVERIFY(killHard(*first));
        {
            const auto orphans = Autosave::findOrphans();
            QCOMPARE(orphans.size(), std::size_t(1)); // only the dead one
        }
        QVERIFY(killHard(*second));
        {
            const auto orphans = Autosave::findOrphans();
            QCOMPARE(orphans.size(), std::size_t(2));
            for (const auto& o : orphans) {
                QCOMPARE(o.displayName(), QStringLiteral("Untitled")); // examples have no file
                QVERIFY(!o.title.isEmpty());
                QVERIFY(o.savedAt.secsTo(QDateTime::currentDateTime()) < 120);
                QVERIFY(o.pid != QCoreApplication::applicationPid());
            }
        }
        // A scripted start that answers nothing (demo edits) deletes nothing unseen.
        auto third = startWithEdits(3);
        QVERIFY(third);
        QVERIFY(killHard(*third));
        QCOMPARE(sessions().size(), 3);
        // Decline the newest, keep the rest.
        const auto fresh = startAndDump(QStringLiteral("dkk"));
        QVERIFY(fresh.scenario);
        QCOMPARE(fresh.scenario->components.size(), std::size_t(5));
        QCOMPARE(sessions().size(), 2);
        const auto left = Autosave::findOrphans();
        QCOMPARE(left.size(), std::size_t(2));
        QSet<std::size_t> sizes; // the newest (three edits, third process) was declined
        for (const auto& o : left) {
            const auto r = ui::loadScenarioFile(o.scenarioPath);
            QVERIFY(r.scenario);
            sizes.insert(r.scenario->components.size());
        }
        QCOMPARE(sizes, (QSet<std::size_t>{6, 7}));
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
