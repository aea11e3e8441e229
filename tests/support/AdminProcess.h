#pragma once

// Runs the built tallenne-admin as a real process, for the command-line contract tests.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace tallenne::test {

/// What a run of tallenne-admin gave: the exit code (-1 when it did not exit normally) and
/// its output.
struct AdminRun
{
    int code = -1;
    QString out;
    QString err;
};

/// Starts tallenne-admin with `args`, writes `input` to its standard input, closes it and
/// waits for the end (the KDF makes every login take about half a second).
inline AdminRun runAdmin(const QStringList& args, const QByteArray& input = {},
                         int timeoutMs = 180000)
{
    QProcess p;
    p.start(QStringLiteral(TALLENNE_BIN_DIR "/tallenne-admin"), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    // Still running after the wait is a failure of its own: its exit code would read 0.
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-2, QString::fromUtf8(p.readAllStandardOutput()),
                QStringLiteral("(tallenne-admin did not end within %1 ms) ").arg(timeoutMs) +
                    QString::fromUtf8(p.readAllStandardError())};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace tallenne::test
