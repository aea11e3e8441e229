// bench_purge [N=10000] [DIR]: the retention purge of N calls past their period, each with an
// encrypted recording. The calls are made first (one transaction, a file and a sealed key per
// recording); then PurgeService deletes them in its batches (key rows with secure_delete,
// the journal of files, the files after each commit, an audit entry per batch). Prints rates;
// asserts nothing. DIR (default a temporary folder) lets the register sit on the disk to
// measure.

#include "services/ProfileService.h"
#include "services/retention/PurgeService.h"
#include "support/PurgeFixtures.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace tallenne;
using namespace tallenne::test;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir tmp(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/bench-XXXXXX")
                               : QString());
    if (n <= 0 || !tmp.isValid()) {
        out << "usage: bench_purge [N] [DIR]" << Qt::endl;
        return 1;
    }
    ManualClock clock(QDateTime(QDate(2024, 1, 10), QTime(9, 0), Qt::UTC));
    const RegisterPaths paths{tmp.filePath(QStringLiteral("register"))};
    Error error;
    if (makeRegister(paths, clock, fastOptions(), &error).isEmpty()) {
        out << error.message << Qt::endl;
        return 1;
    }
    auto admin = Session::login(paths, QStringLiteral("admin"), secret(adminPassword), clock,
                                fastOptions(), &error);
    QStringList warnings;
    if (!admin || !ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                              &warnings, &error)) {
        out << error.message << Qt::endl;
        return 1;
    }
    const QByteArray audio = toneWav(1000); // 1 s stereo 8 kHz, about 32 KB
    QElapsedTimer timer;
    timer.start();
    // In transactions of 5000, as an import would write them.
    for (int made = 0; made < n; made += 5000) {
        if (!addExpiredCalls(*admin, clock.nowUtc().addSecs(qint64(made) * 60),
                             std::min(5000, n - made), audio, QStringLiteral("b%1").arg(made),
                             &error)) {
            out << error.message << Qt::endl;
            return 1;
        }
    }
    const double makeS = timer.elapsed() / 1000.0;
    out << QStringLiteral("made %1 calls with recordings in %2 s (%3 calls/s)")
               .arg(n)
               .arg(makeS, 0, 'f', 1)
               .arg(n / makeS, 0, 'f', 0)
        << Qt::endl;

    clock.set(clock.nowUtc().addMonths(7).addSecs(qint64(n) * 60));
    timer.restart();
    const auto preview = PurgeService(*admin).preview(&error);
    if (!preview) {
        out << error.message << Qt::endl;
        return 1;
    }
    out << QStringLiteral("preview in %1 ms").arg(timer.elapsed()) << Qt::endl;
    timer.restart();
    const auto report = PurgeService(*admin).run({}, &error);
    if (!report) {
        out << error.message << Qt::endl;
        return 1;
    }
    const double purgeS = timer.elapsed() / 1000.0;
    const qint64 calls = report->category(RetentionPolicy::Kind::CallMetadata)->purged;
    const qint64 recordings = report->category(RetentionPolicy::Kind::Recordings)->purged;
    out << QStringLiteral("purged %1 calls and %2 recordings (%3 files) in %4 s: %5 calls/s")
               .arg(calls)
               .arg(recordings)
               .arg(report->filesRemoved)
               .arg(purgeS, 0, 'f', 1)
               .arg(calls / purgeS, 0, 'f', 0)
        << Qt::endl;
    return 0;
}
