// SPDX-License-Identifier: GPL-3.0-or-later
// Kill the app with unsaved edits; the next start offers them back intact.
#include "io/ScenarioFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace scalelab;

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
        if (!recover.isEmpty())
            e.insert(QStringLiteral("SCALELAB_AUTORECOVER"), recover);
        return e;
    }
    QString autosaveDir() const
    {
        return m_home.filePath(QStringLiteral("data/ScaleLab/ScaleLab/autosave"));
    }
    QStringList sessions() const
    {
        return QDir(autosaveDir()).entryList({QStringLiteral("session-*.json")}, QDir::Files);
    }

    /// Starts the app with two unsaved edits and kills it (SIGKILL) once they are autosaved.
    void crashWithEdits()
    {
        QProcess app;
        app.setProcessEnvironment(env({}));
        app.start(m_app, {QStringLiteral("--example"), QStringLiteral("03"),
                          QStringLiteral("--demo-edits"), QStringLiteral("2")});
        QVERIFY(app.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!sessions().isEmpty(), 20000);
        // The autosave is written atomically; wait until it holds both edits.
        QTRY_VERIFY_WITH_TIMEOUT(
            ui::loadScenarioFile(QDir(autosaveDir()).filePath(sessions().first())).scenario, 5000);
        app.kill();
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
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
        if (!QFile::exists(m_app))
            QSKIP("the scalelab executable is not built");
        QVERIFY(m_home.isValid());
    }

    void killedSessionIsRecovered()
    {
        crashWithEdits();
        const QString saved = QDir(autosaveDir()).filePath(sessions().first());
        const auto autosaved = ui::loadScenarioFile(saved);
        QVERIFY(autosaved.scenario);
        // Example 03 has 5 components; the two edits added web servers.
        QCOMPARE(autosaved.scenario->components.size(), std::size_t(7));
        const auto recovered = startAndDump(QStringLiteral("1"));
        QVERIFY2(recovered.scenario, qPrintable(recovered.error));
        QVERIFY(*recovered.scenario == *autosaved.scenario); // intact
        QVERIFY(sessions().isEmpty());                       // offered once, then cleaned up
    }

    void declinedRecoveryStartsFresh()
    {
        crashWithEdits();
        const auto fresh = startAndDump(QStringLiteral("0"));
        QVERIFY(fresh.scenario);
        QCOMPARE(fresh.scenario->components.size(), std::size_t(5));
        QVERIFY(sessions().isEmpty());
    }

    void cleanExitLeavesNothing()
    {
        const auto plain = startAndDump({});
        QVERIFY(plain.scenario);
        QVERIFY(sessions().isEmpty());
        QVERIFY(QDir(autosaveDir()).entryList({QStringLiteral("*.lock")}, QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
