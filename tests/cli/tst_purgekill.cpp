// SIGKILL during `tallenne-admin purge`: a register of a few thousand calls with recordings,
// all past their retention period, purged by a process killed at random moments, again and
// again. After every kill `tallenne-admin verify` passes, every recordings row still has its
// file (the key rows go first, in the same transaction as the journal of their files), and
// the final purge leaves nothing past retention and no file without its row. The audit trail
// is kept 12 months, so the run's last step also cuts the trail behind a signed checkpoint
// (issue [10]): a kill there too must leave a trail that verifies. Half the expired calls
// have a quality evaluation (with answers and a revision), and some of those are a
// calibration's: the evaluations and calibrations deleted are always exactly those the
// committed batches' audit entries count (a batch is all or nothing). The random
// delays are seeded; the seed is printed (set TALLENNE_KILL_SEED to repeat a run).
//
// How fast a purge runs depends on the machine, so the kill moments cannot be fixed times: the
// window is measured (the login alone, then each purge that ran to its end), and when a purge
// ends before it could be killed, more expired calls are added, so every run reaches its kills.

#include "services/ProfileService.h"
#include "support/KillLoop.h"
#include "support/PurgeFixtures.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
constexpr int expiredCalls = 3000;
constexpr int keptCalls = 20;
constexpr int minimumKills = 20;
constexpr int refillCalls = 1000;
constexpr int evaluatedCalls = expiredCalls / 2; // every second one
constexpr int calibrations = expiredCalls / 100; // every hundredth

// Evaluations of every second call of 2020, made when the call was (a minute after), each with
// an answer and a revision, by SQL for speed; every hundredth call's is a calibration's.
bool addEvaluations(Session& session, Error* error)
{
    const qint64 before = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const QStringList statements = {
        QStringLiteral("INSERT INTO scorecards (id, name, created_by, created_at)"
                       " VALUES (1, 'Kill card', 'admin', 0)"),
        QStringLiteral("INSERT INTO scorecard_versions (id, scorecard_id, version, definition,"
                       " created_by, created_at) VALUES (1, 1, 1, '{}', 'admin', 0)"),
        QStringLiteral("INSERT INTO calibrations (call_id, scorecard_version_id, created_by,"
                       " created_at) SELECT id, 1, 'admin', started_at FROM calls"
                       " WHERE id % 100 = 0 AND started_at < %1")
            .arg(before),
        QStringLiteral("INSERT INTO evaluations (call_id, scorecard_version_id, interaction_at,"
                       " evaluator, status, created_at, updated_at, calibration_id)"
                       " SELECT c.id, 1, c.started_at, 'admin', 'submitted', c.started_at + 60,"
                       " c.started_at + 60, (SELECT k.id FROM calibrations k WHERE k.call_id ="
                       " c.id) FROM calls c WHERE c.id % 2 = 0 AND c.started_at < %1")
            .arg(before),
        QStringLiteral("INSERT INTO evaluation_answers (evaluation_id, criterion_id, state, value)"
                       " SELECT id, 'greeting', 'answered', 1 FROM evaluations"),
        QStringLiteral("INSERT INTO evaluation_revisions (evaluation_id, revision, answers,"
                       " replaced_by, replaced_at, reason)"
                       " SELECT id, 1, '{}', 'admin', created_at, 'again' FROM evaluations"),
    };
    TransactionGuard transaction(session.db());
    QSqlQuery q(session.db());
    for (const QString& sql : statements) {
        if (!q.exec(sql))
            return fail(error, ErrorKind::Environment, q.lastError().text());
    }
    return transaction.commit(error);
}
} // namespace

class TestPurgeKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2020, 1, 10), QTime(9, 0), Qt::UTC)};
    RegisterPaths m_paths;

    QStringList as(const QStringList& rest) const
    {
        return QStringList{QStringLiteral("--register"), m_paths.folder, QStringLiteral("--user"),
                           QStringLiteral("admin"), QStringLiteral("--password-stdin")} +
               rest;
    }

    int runToEnd(const QStringList& args, QString* output = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(TALLENNE_BIN_DIR "/tallenne-admin"), args);
        if (!p.waitForStarted())
            return -1;
        p.write(QByteArray(adminPassword) + '\n');
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) { // still running: not its exit code 0
            p.kill();
            p.waitForFinished();
            if (output)
                *output = QStringLiteral("(did not end within 120 s)");
            return -2;
        }
        if (output)
            *output = QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    struct State
    {
        qint64 calls = -1;
        qint64 recordings = -1;
        qint64 files = -1;
        qint64 rowsWithoutFile = -1;
        qint64 expired = -1;
        qint64 firstAuditEntry = -1;
        qint64 evaluations = -1;
        qint64 calibrations = -1;
        qint64 orphanAnswers = -1; ///< answers and revisions whose evaluation is gone
        /// What the committed batches' audit entries say they deleted.
        qint64 auditedEvaluations = -1;
        qint64 auditedCalibrations = -1;
    };

    State inspect()
    {
        State s;
        Error error;
        auto session = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                      m_clock, fastOptions(), &error);
        if (!session) {
            qWarning() << error.message;
            return s;
        }
        QSqlQuery q(session->db());
        const auto one = [&q](const QString& sql) {
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        s.calls = one(QStringLiteral("SELECT count(*) FROM calls"));
        s.firstAuditEntry = one(QStringLiteral("SELECT min(seq) FROM audit_log"));
        s.recordings = one(QStringLiteral("SELECT count(*) FROM recordings"));
        s.evaluations = one(QStringLiteral("SELECT count(*) FROM evaluations"));
        s.calibrations = one(QStringLiteral("SELECT count(*) FROM calibrations"));
        s.orphanAnswers =
            one(QStringLiteral("SELECT (SELECT count(*) FROM evaluation_answers a WHERE NOT EXISTS"
                               " (SELECT 1 FROM evaluations e WHERE e.id = a.evaluation_id))"
                               " + (SELECT count(*) FROM evaluation_revisions r WHERE NOT EXISTS"
                               " (SELECT 1 FROM evaluations e WHERE e.id = r.evaluation_id))"));
        // "category=evaluations count=N ids=…": SQLite casts the number at the front.
        const auto audited = [&one](const QString& category) {
            return one(QStringLiteral("SELECT coalesce(sum(CAST(substr(details,"
                                      " instr(details, 'count=') + 6) AS INTEGER)), 0)"
                                      " FROM audit_log WHERE action = 'retention.purge.batch'"
                                      " AND object = 'retention:%1'")
                           .arg(category));
        };
        s.auditedEvaluations = audited(QStringLiteral("evaluations"));
        s.auditedCalibrations = audited(QStringLiteral("calibrations"));
        s.expired =
            one(QStringLiteral("SELECT count(*) FROM calls WHERE started_at < %1")
                    .arg(QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()));
        const QDir dir(m_paths.recordings());
        const QStringList files = dir.entryList({QStringLiteral("*.rec")}, QDir::Files);
        s.files = files.size();
        s.rowsWithoutFile = 0;
        if (q.exec(QStringLiteral("SELECT file_name FROM recordings"))) {
            while (q.next()) {
                if (!files.contains(q.value(0).toString()))
                    ++s.rowsWithoutFile;
            }
        }
        return s;
    }

private slots:
    void initTestCase()
    {
        Error error;
        auto admin = newRegisterAsAdmin(m_dir, m_clock, &m_paths, &error);
        QVERIFY2(admin, qPrintable(error.message));
        QStringList warnings;
        QVERIFY2(ProfileService(*admin).set(
                     exampleProfileWithPeriod(QStringLiteral("nordic-helpdesk"),
                                              QStringLiteral("audit_trail_months"), 12),
                     &warnings, &error),
                 qPrintable(error.message));
        QElapsedTimer timer;
        timer.start();
        const QByteArray audio = toneWav(250);
        // 2020: long past six months when the test runs (the command line's clock is real).
        QVERIFY2(addExpiredCalls(*admin, m_clock.nowUtc(), expiredCalls, audio,
                                 QStringLiteral("old"), &error),
                 qPrintable(error.message));
        // And some that are not due for years.
        QVERIFY2(addExpiredCalls(*admin, QDateTime(QDate(2090, 1, 1), QTime(9, 0), Qt::UTC),
                                 keptCalls, audio, QStringLiteral("new"), &error),
                 qPrintable(error.message));
        QVERIFY2(addEvaluations(*admin, &error), qPrintable(error.message));
        qInfo("%d calls with recordings, %d evaluations made in %lld ms", expiredCalls + keptCalls,
              evaluatedCalls, timer.elapsed());
    }

    void killAtRandomMoments()
    {
        QRandomGenerator random(killSeed());

        // The window opens at half the login (the unlock is a place to be killed too) and,
        // until a purge has been seen to end, closes a few hundred ms after the login.
        QElapsedTimer timer;
        timer.start();
        QString dryRun;
        QCOMPARE(runToEnd(as({QStringLiteral("purge"), QStringLiteral("--dry-run")}), &dryRun), 0);
        QVERIFY2(
            dryRun.contains(QStringLiteral("quality evaluations: %1 would be purged (ids 1–%1)")
                                .arg(evaluatedCalls)),
            qPrintable(dryRun));
        const qint64 loginMs = timer.elapsed();
        qint64 earliest = loginMs / 2;
        qint64 latest = loginMs + 400;
        qInfo("login and preview: %lld ms", loginMs);

        int kills = 0;
        int refills = 0;
        int rounds = 0;
        qint64 previous = expiredCalls + keptCalls;
        while (kills < minimumKills && rounds < 60) {
            ++rounds;
            QProcess p;
            timer.restart();
            p.start(QStringLiteral(TALLENNE_BIN_DIR "/tallenne-admin"),
                    as({QStringLiteral("purge")}));
            QVERIFY(p.waitForStarted());
            p.write(QByteArray(adminPassword) + '\n');
            p.closeWriteChannel();
            const int delayMs = int(earliest + random.bounded(int(latest - earliest)));
            const bool ended = p.waitForFinished(delayMs);
            if (!ended) {
                p.kill();
                p.waitForFinished();
                ++kills;
            } else {
                QCOMPARE(p.exitCode(), 0);
                // A whole purge took this long: the next ones are killed inside it.
                latest = qMax(earliest + 20, timer.elapsed() * 9 / 10);
            }
            QString output;
            QCOMPARE(runToEnd(as({QStringLiteral("verify")}), &output), 0);
            State s = inspect();
            QVERIFY(s.calls >= 0);
            QCOMPARE(s.rowsWithoutFile, 0);
            // Files of deleted rows wait in the journal at most: never more rows than files.
            QVERIFY(s.files >= s.recordings);
            QVERIFY(s.calls <= previous);
            // Each batch of evaluations or calibrations went with its audit entry, or neither.
            QCOMPARE(s.orphanAnswers, 0);
            QCOMPARE(s.evaluations + s.auditedEvaluations, qint64(evaluatedCalls));
            QCOMPARE(s.calibrations + s.auditedCalibrations, qint64(calibrations));
            qInfo("round %d: %s after %d ms; %lld calls, %lld recordings, %lld files, "
                  "%lld evaluations",
                  rounds, ended ? "ended" : "killed", delayMs, s.calls, s.recordings, s.files,
                  s.evaluations);
            if (s.expired == 0 && kills < minimumKills) {
                // Nothing left to purge before enough kills (the purge ended, or was killed
                // after its last batch committed, e.g. while compacting): more to purge, so the
                // next round has work again.
                ++refills;
                QVERIFY2(refills <= 20, "the purge keeps ending before it can be killed");
                Error error;
                auto admin = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                            m_clock, fastOptions(), &error);
                QVERIFY2(admin, qPrintable(error.message));
                QVERIFY2(addExpiredCalls(*admin, m_clock.nowUtc().addDays(refills), refillCalls,
                                         toneWav(250), QStringLiteral("refill%1").arg(refills),
                                         &error),
                         qPrintable(error.message));
                s.calls += refillCalls;
                qInfo("the purge ended after %d kills: %d more expired calls", kills, refillCalls);
            }
            previous = s.calls;
        }
        QVERIFY2(kills >= minimumKills,
                 qPrintable(QStringLiteral("only %1 kills: the purge ended first").arg(kills)));
        qInfo("purge: %d rounds survived (%d killed, %d ended on their own)", rounds, kills,
              rounds - kills);

        QString output;
        QCOMPARE(runToEnd(as({QStringLiteral("purge")}), &output), 0);
        QCOMPARE(runToEnd(as({QStringLiteral("verify")}), &output), 0);
        const State s = inspect();
        QCOMPARE(s.expired, 0);
        QCOMPARE(s.calls, keptCalls);
        QCOMPARE(s.recordings, keptCalls);
        QCOMPARE(s.files, keptCalls);
        QCOMPARE(s.rowsWithoutFile, 0);
        QCOMPARE(s.evaluations, 0);
        QCOMPARE(s.calibrations, 0);
        QCOMPARE(s.auditedEvaluations, qint64(evaluatedCalls));
        QCOMPARE(s.auditedCalibrations, qint64(calibrations));
        // The entries of 2020 went too, behind a checkpoint.
        QVERIFY(s.firstAuditEntry > 1);
    }
};

QTEST_GUILESS_MAIN(TestPurgeKill)
#include "tst_purgekill.moc"
