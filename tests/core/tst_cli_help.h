// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real scalelab-cli binary for the tst_cli_* tests.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace clitest {

inline QString cliPath() { return QStringLiteral(SCALELAB_BINARY_DIR "/app/scalelab-cli"); }
inline QString sourcePath(const QString& rel) { return QStringLiteral(SCALELAB_SOURCE_DIR "/") + rel; }

struct CliRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out, err;
    /// A build without the ui library (SCALELAB_CORE_ONLY) has no export or sweep.
    bool unavailable() const { return exitCode == 2 && err.contains("not available"); }
    QString describe() const
    {
        return QStringLiteral("exit %1, stderr: %2").arg(exitCode).arg(QString::fromUtf8(err.left(400)));
    }
};

inline CliRun runCli(const QStringList& args, const QString& workDir = {}, int timeoutMs = 120000)
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(cliPath(), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace clitest
