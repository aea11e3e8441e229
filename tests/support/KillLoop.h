#pragma once

// The kill loop of the fault tests: tallenne-admin started as a real process and SIGKILLed
// after a seeded random delay, aimed at the window where the operation does its work (after
// the login, before its end). The seed is printed; TALLENNE_KILL_SEED repeats a run.

#include "support/AdminProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QtGlobal>

namespace tallenne::test {

/// The seed of this run's random kill moments: TALLENNE_KILL_SEED, or a fresh one (printed).
inline quint32 killSeed()
{
    // Read as unsigned: half the seeds printed are above INT_MAX.
    bool given = false;
    const quint32 fromEnvironment = qgetenv("TALLENNE_KILL_SEED").toUInt(&given);
    const quint32 seed = given ? fromEnvironment : QRandomGenerator::global()->generate();
    qInfo("kill test seed: %u (TALLENNE_KILL_SEED=%u repeats this run)", seed, seed);
    return seed;
}

/// What one run of the loop did.
struct KillRun
{
    bool killed = false; ///< SIGKILL reached it before it ended
    int delayMs = 0;     ///< when the kill was due
    int code = -1;       ///< the exit code when it ended on its own
    qint64 elapsedMs = 0;
    QString out;
    QString err;
};

/// Starts tallenne-admin with `args` and `input` on standard input, waits `delayMs` and
/// kills it (SIGKILL) if it is still running; it may end on its own first.
inline KillRun runAndKill(const QStringList& args, const QByteArray& input, int delayMs)
{
    KillRun run;
    run.delayMs = delayMs;
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(TALLENNE_BIN_DIR "/tallenne-admin"), args);
    if (!p.waitForStarted())
        return run;
    p.write(input);
    p.closeWriteChannel();
    // Waiting on the process is the delay.
    run.killed = !p.waitForFinished(delayMs);
    if (run.killed) {
        p.kill();
        p.waitForFinished(30000);
    } else {
        run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    run.elapsedMs = timer.elapsed();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

/// The window kills are aimed at: from `earliestMs` (the login is mostly done) to `latestMs`
/// (the operation has usually ended), learnt from runs that ended on their own.
class KillWindow
{
public:
    KillWindow(quint32 seed, qint64 earliestMs, qint64 latestMs)
        : m_random(seed), m_earliest(earliestMs), m_latest(std::max(latestMs, earliestMs + 10))
    {}

    /// A delay inside the window.
    int next() { return int(m_earliest + m_random.bounded(int(m_latest - m_earliest))); }
    /// A run ended on its own after `elapsedMs`: the window closes there.
    void ended(qint64 elapsedMs) { m_latest = std::max(m_earliest + 10, elapsedMs); }
    [[nodiscard]] qint64 earliest() const { return m_earliest; }
    [[nodiscard]] qint64 latest() const { return m_latest; }
    QRandomGenerator& random() { return m_random; }

private:
    QRandomGenerator m_random;
    qint64 m_earliest;
    qint64 m_latest;
};

/// How long a run of `args` takes to its end (ms), and its result.
inline qint64 timeRun(const QStringList& args, const QByteArray& input, AdminRun* result = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    const AdminRun run = runAdmin(args, input);
    const qint64 ms = timer.elapsed();
    if (result)
        *result = run;
    return ms;
}

} // namespace tallenne::test
