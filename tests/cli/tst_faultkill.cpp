// SIGKILL during an erasure, a rekey or key rotation, and audit writes, at least 20 times
// each, at seeded random moments aimed between the end of the login and the end of the
// operation (tests/support/KillLoop.h; TALLENNE_KILL_SEED repeats a run). After every kill
// `tallenne-admin verify` passes (exit 0), nothing committed is lost and nothing half-written
// remains:
// - erasure: a person is erased whole or not at all; persons erased before stay erased with
//   their audit entries; every recordings row has its file; the next run finishes the job;
// - rekey and rotation: the register opens with its key slots (an interrupted rekey is
//   finished by the next login), every call is there and every recording decrypts, the
//   trainer logs in with exactly one of the old and the new password, no pending or
//   temporary file is left;
// - audit writes: every failed login is still counted in keyslots.json or written to the
//   trail (or both, until the name's next login settles them), never lost and never written
//   twice, and the anchor stays in the chain.
// The three loops share one register each and are kept short (the whole test well under a
// minute here): many fast, well-aimed rounds rather than slow ones.

#include "core/AccessRequest.h"
#include "crypto/KeySlotFile.h"
#include "services/ProfileService.h"
#include "services/RegisterOpenCheck.h"
#include "services/UserService.h"
#include "services/requests/AccessRequestService.h"
#include "services/requests/SubjectRightsService.h"
#include "storage/SubjectRepository.h"
#include "support/KillLoop.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QDirIterator>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
constexpr int rounds = 20;
constexpr int callsPerPerson = 12;
constexpr int rekeyCalls = 6000;

QByteArray passwordOf(const QString& user)
{
    return user == QLatin1String("admin") ? QByteArray(adminPassword)
                                          : user.toUtf8() + "-violet-tram-harbour";
}

qint64 one(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// Files in the register folder a finished write does not leave: temporary names of
// QSaveFile, recordings being written, a rekey's pending slots.
QStringList halfWritten(const RegisterPaths& paths)
{
    QStringList found;
    for (QDirIterator it(paths.folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString name = it.next();
        const bool saveFileLeftover =
            QFileInfo(name).fileName().startsWith(QLatin1String("keyslots.json.")) &&
            !name.endsWith(QLatin1String(".lock"));
        if (name.endsWith(QLatin1String(".tmp")) || name.contains(QLatin1String(".rekey")) ||
            saveFileLeftover)
            found << name;
    }
    return found;
}
} // namespace

class TestFaultKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // tallenne-admin runs on the system clock.
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    quint32 m_seed = 0;
    QStringList m_summary;

    static QStringList as(const RegisterPaths& paths, const QString& user, const QStringList& rest)
    {
        return QStringList{QStringLiteral("--register"), paths.folder, QStringLiteral("--user"),
                           user, QStringLiteral("--password-stdin")} +
               rest;
    }

    // `tallenne-admin verify` as the administrator: exit 0, or the report.
    static bool verifies(const RegisterPaths& paths, QString* report)
    {
        const AdminRun run =
            runAdmin(as(paths, QStringLiteral("admin"), {QStringLiteral("verify")}),
                     QByteArray(adminPassword) + '\n');
        *report = run.out + run.err;
        return run.code == 0;
    }

    std::unique_ptr<Session> login(const RegisterPaths& paths, const QString& user,
                                   const QByteArray& password = {})
    {
        Error error;
        auto session = Session::login(
            paths, user, secret((password.isEmpty() ? passwordOf(user) : password).constData()),
            m_clock, fastOptions(), &error);
        if (!session)
            qWarning() << user << error.message;
        return session;
    }

    void report(const QString& operation, int killed, int ended)
    {
        const QString line =
            QStringLiteral("%1: %2 rounds survived (%3 killed, %4 ended on their own)")
                .arg(operation)
                .arg(killed + ended)
                .arg(killed)
                .arg(ended);
        qInfo("%s", qPrintable(line));
        m_summary << line;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_seed = killSeed();
    }

    void erasure()
    {
        RegisterPaths paths;
        Error error;
        auto admin = newRegisterAsAdmin(m_dir, m_clock, &paths, &error, QStringLiteral("erasure"));
        QVERIFY2(admin, qPrintable(error.message));
        QVERIFY2(UserService(*admin).add(QStringLiteral("privacy-officer"), Role::PrivacyOfficer,
                                         secret(passwordOf(QStringLiteral("privacy-officer"))),
                                         &error),
                 qPrintable(error.message));
        QStringList warnings;
        QVERIFY2(ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                            &warnings, &error),
                 qPrintable(error.message));
        admin.reset();
        // Persons 0 and 1 time the erasure; 2 … rounds + 1 are erased under the kills.
        constexpr int persons = rounds + 2;
        auto po = login(paths, QStringLiteral("privacy-officer"));
        QVERIFY(po);
        QList<qint64> subjects, requests;
        const QByteArray audio = toneWav(250);
        for (int i = 0; i < persons; ++i) {
            const QString phone = QStringLiteral("+35840100%1").arg(i, 4, 10, QLatin1Char('0'));
            const qint64 subject = *SubjectRepository(po->db()).create(m_clock.nowUtc(), &error);
            QVERIFY(addIdentifier(*po, subject, IdentifierKind::Phone, phone, &error));
            for (int c = 0; c < callsPerPerson; ++c) {
                const auto call = addCall(*po, QStringLiteral("p%1-c%2").arg(i).arg(c), audio);
                QVERIFY(call);
                QVERIFY(execSql(po->db(),
                                QStringLiteral("UPDATE calls SET subject_id = ? WHERE id = ?"),
                                {subject, *call}));
            }
            NewAccessRequest request;
            request.kind = RequestKind::Erasure;
            request.identifierKind = IdentifierKind::Phone;
            request.identifier = phone;
            const auto id = AccessRequestService(*po).open(request, &error);
            QVERIFY2(id, qPrintable(error.message));
            QVERIFY2(AccessRequestService(*po).verifyIdentity(*id,
                                                              {VerificationMethod::PhotoIdInPerson,
                                                               IdDocument::Passport,
                                                               QStringLiteral("4567")},
                                                              &error),
                     qPrintable(error.message));
            subjects << subject;
            requests << *id;
        }
        po.reset();
        const auto eraseArgs = [&](int i, bool confirm) {
            QStringList rest{QStringLiteral("subject"), QStringLiteral("erase"),
                             QStringLiteral("--request"), QString::number(requests[i])};
            if (confirm)
                rest << QStringLiteral("--confirm");
            return as(paths, QStringLiteral("privacy-officer"), rest);
        };
        const QByteArray input = passwordOf(QStringLiteral("privacy-officer")) + '\n';
        AdminRun run;
        const qint64 loginMs = timeRun(eraseArgs(0, false), input, &run); // the plan only
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const qint64 fullMs = timeRun(eraseArgs(1, true), input, &run);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        qInfo("erasure: login and plan %lld ms, a whole erasure %lld ms", loginMs, fullMs);
        KillWindow window(m_seed, loginMs * 7 / 10, fullMs + fullMs / 10);

        int killed = 0, ended = 0;
        QSet<int> erased{1};
        for (int round = 0; round < rounds; ++round) {
            const int person = round + 2;
            const KillRun k = runAndKill(eraseArgs(person, true), input, window.next());
            if (k.killed) {
                ++killed;
            } else {
                QVERIFY2(k.code == 0, qPrintable(k.err));
                ++ended;
                window.ended(k.elapsedMs);
            }
            QString verifyReport;
            QVERIFY2(verifies(paths, &verifyReport),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(verifyReport)));
            QVERIFY2(halfWritten(paths).isEmpty(),
                     qPrintable(halfWritten(paths).join(QLatin1Char(' '))));
            auto check = login(paths, QStringLiteral("privacy-officer"));
            QVERIFY(check);
            QSqlDatabase db = check->db();
            // All or nothing for this person.
            const qint64 calls = one(db,
                                     QStringLiteral("SELECT count(*) FROM calls WHERE "
                                                    "source_id LIKE ?"),
                                     {QStringLiteral("p%1-c%%").arg(person)});
            const qint64 subjectRows = one(db,
                                           QStringLiteral("SELECT count(*) FROM subjects "
                                                          "WHERE id = ?"),
                                           {subjects[person]});
            QVERIFY2((calls == 0 && subjectRows == 0) ||
                         (calls == callsPerPerson && subjectRows == 1),
                     qPrintable(QStringLiteral("round %1: %2 calls, %3 subject rows")
                                    .arg(round)
                                    .arg(calls)
                                    .arg(subjectRows)));
            if (calls > 0) {
                // Not erased: the next run does it.
                QVERIFY2(SubjectRightsService(*check).erase(requests[person], &error),
                         qPrintable(error.message));
            }
            erased.insert(person);
            // Persons erased stay erased, each with one audit entry; the others are whole.
            QCOMPARE(one(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'subject.erase'")),
                     qint64(erased.size()));
            QCOMPARE(one(db, QStringLiteral("SELECT count(*) FROM calls")),
                     qint64(persons - erased.size()) * callsPerPerson);
            QCOMPARE(one(db, QStringLiteral("SELECT count(*) FROM recordings")),
                     qint64(persons - erased.size()) * callsPerPerson);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT file_name FROM recordings")));
            while (q.next())
                QVERIFY(QFile::exists(QDir(paths.recordings()).filePath(q.value(0).toString())));
            qInfo("erasure round %d: %s after %d ms", round, k.killed ? "killed" : "ended",
                  k.delayMs);
        }
        report(QStringLiteral("erasure"), killed, ended);
        QVERIFY(killed > 0);
    }

    void rekeyAndRotation()
    {
        RegisterPaths paths;
        Error error;
        auto admin = newRegisterAsAdmin(m_dir, m_clock, &paths, &error, QStringLiteral("rekey"));
        QVERIFY2(admin, qPrintable(error.message));
        QVERIFY2(UserService(*admin).add(QStringLiteral("trainer"), Role::Trainer,
                                         secret(passwordOf(QStringLiteral("trainer"))), &error),
                 qPrintable(error.message));
        // Pages enough that PRAGMA rekey takes a while, and recordings to decrypt after (the
        // first administrator holds every key until the handover).
        QVERIFY(fillRegister(*admin, rekeyCalls));
        for (int i = 0; i < 3; ++i)
            QVERIFY(addCall(*admin, QStringLiteral("rec-%1").arg(i), toneWav(250)));
        admin.reset();
        const qint64 callCount = rekeyCalls + 3;

        const QByteArray adminInput = QByteArray(adminPassword) + '\n';
        QByteArray trainerPassword = passwordOf(QStringLiteral("trainer"));
        int generation = 0;
        const auto rekeyArgs = as(paths, QStringLiteral("admin"), {QStringLiteral("rekey")});
        const auto rotateArgs = as(paths, QStringLiteral("admin"),
                                   {QStringLiteral("user"), QStringLiteral("passwd"),
                                    QStringLiteral("trainer"), QStringLiteral("--rotate")});
        AdminRun run;
        const qint64 loginMs = timeRun(
            as(paths, QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")}),
            adminInput, &run);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const qint64 rekeyMs = timeRun(rekeyArgs, adminInput, &run);
        QVERIFY2(run.code == 0, qPrintable(run.err + run.out));
        qInfo("rekey: login %lld ms, a whole rekey %lld ms", loginMs, rekeyMs);
        KillWindow window(m_seed + 1, loginMs * 7 / 10, rekeyMs + rekeyMs / 5);

        int killed = 0, ended = 0;
        for (int round = 0; round < rounds; ++round) {
            const bool rotate = round % 2 == 1;
            const QByteArray next =
                "trainer-violet-tram-harbour-" + QByteArray::number(++generation);
            const KillRun k = rotate
                                  ? runAndKill(rotateArgs, adminInput + next + '\n', window.next())
                                  : runAndKill(rekeyArgs, adminInput, window.next());
            if (k.killed) {
                ++killed;
            } else {
                QVERIFY2(k.code == 0, qPrintable(k.err + k.out));
                ++ended;
                window.ended(k.elapsedMs);
            }
            // The administrator's login (verify's) finishes an interrupted rekey.
            QString verifyReport;
            QVERIFY2(
                verifies(paths, &verifyReport),
                qPrintable(QStringLiteral("round %1 (%2, %3 after %4 ms): %5")
                               .arg(round)
                               .arg(rotate ? QStringLiteral("rotation") : QStringLiteral("rekey"))
                               .arg(k.killed ? QStringLiteral("killed") : QStringLiteral("ended"))
                               .arg(k.delayMs)
                               .arg(verifyReport)));
            // Exactly one of the trainer's passwords opens, and it opens everything.
            auto session = rotate ? login(paths, QStringLiteral("trainer"), next) : nullptr;
            if (session) {
                trainerPassword = next;
            } else {
                session = login(paths, QStringLiteral("trainer"), trainerPassword);
                QVERIFY2(
                    session,
                    qPrintable(QStringLiteral("round %1: the trainer cannot log in").arg(round)));
            }
            // A rekey cut before the database took its key left pending slots: this login
            // (an ordinary one) removed them.
            QVERIFY2(halfWritten(paths).isEmpty(),
                     qPrintable(halfWritten(paths).join(QLatin1Char(' '))));
            QCOMPARE(one(session->db(), QStringLiteral("SELECT count(*) FROM calls")), callCount);
            QSqlQuery q(session->db());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM recordings")));
            int recordings = 0;
            while (q.next()) {
                QVERIFY2(readRecording(*session, q.value(0).toLongLong(), &error),
                         qPrintable(error.message));
                ++recordings;
            }
            QCOMPARE(recordings, 3);
            QVERIFY(session->openWarnings().isEmpty());
            // The recordings' files are checked off the login path now (issue [15], item 14).
            QVERIFY(RegisterOpenCheck::recordingFiles(*session).isEmpty());
            qInfo("%s round %d: %s after %d ms", rotate ? "rotation" : "rekey", round,
                  k.killed ? "killed" : "ended", k.delayMs);
        }
        report(QStringLiteral("rekey and rotation"), killed, ended);
        QVERIFY(killed > 0);
    }

    void auditWrites()
    {
        RegisterPaths paths;
        Error error;
        auto admin = newRegisterAsAdmin(m_dir, m_clock, &paths, &error, QStringLiteral("audit"));
        QVERIFY2(admin, qPrintable(error.message));
        QVERIFY2(UserService(*admin).add(QStringLiteral("trainer"), Role::Trainer,
                                         secret(passwordOf(QStringLiteral("trainer"))), &error),
                 qPrintable(error.message));
        QVERIFY(fillRegister(*admin, 200));
        admin.reset();
        const QByteArray input = passwordOf(QStringLiteral("trainer")) + '\n';
        const QStringList list = as(paths, QStringLiteral("trainer"),
                                    {QStringLiteral("calls"), QStringLiteral("list"),
                                     QStringLiteral("--limit"), QStringLiteral("50")});
        AdminRun run;
        const qint64 failMs = timeRun(list, "not the password\n", &run);
        QCOMPARE(run.code, 2);
        const qint64 fullMs = timeRun(list, input, &run);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        qInfo("audit writes: a refused login %lld ms, a login and a list %lld ms", failMs, fullMs);
        // From the password check on: the login's entries, the failed attempts', the list's,
        // and the anchor in keyslots.json after each commit.
        KillWindow window(m_seed + 2, failMs / 2, fullMs + fullMs / 10);
        int failures = 1;
        int killed = 0, ended = 0;
        for (int round = 0; round < rounds; ++round) {
            QCOMPARE(runAdmin(list, "still not the password\n").code, 2);
            ++failures;
            const KillRun k = runAndKill(list, input, window.next());
            if (k.killed) {
                ++killed;
            } else {
                QVERIFY2(k.code == 0, qPrintable(k.err));
                ++ended;
                window.ended(k.elapsedMs);
            }
            QString verifyReport;
            QVERIFY2(verifies(paths, &verifyReport),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(verifyReport)));
            QVERIFY2(halfWritten(paths).isEmpty(),
                     qPrintable(halfWritten(paths).join(QLatin1Char(' '))));
            // Each failed attempt is kept: in the trail, or still in keyslots.json, or (a kill
            // between the login's commit and keyslots.json) in both, which the name's next
            // login settles by time without writing it twice. Counted by time, none is lost
            // and none is made up.
            const auto file = KeySlotFile::load(paths.keySlots(), &error);
            QVERIFY2(file, qPrintable(error.message));
            auto check = login(paths, QStringLiteral("admin"));
            QVERIFY(check);
            QSqlQuery times(check->db());
            QVERIFY(times.exec(QStringLiteral("SELECT at FROM audit_log WHERE action = "
                                              "'login.failed' AND object = 'user:trainer'")));
            QStringList attempts;
            while (times.next())
                attempts << times.value(0).toString();
            const qint64 written = attempts.size();
            QCOMPARE(QSet<QString>(attempts.begin(), attempts.end()).size(), attempts.size());
            for (const QDateTime& at : file->failedAttempts(QStringLiteral("trainer"))) {
                const QString time = at.toUTC().toString(Qt::ISODateWithMs);
                if (!attempts.contains(time))
                    attempts << time;
            }
            QCOMPARE(qint64(attempts.size()), qint64(failures));
            QCOMPARE(RegisterOpenCheck::auditTrail(*check, false), QStringList());
            check.reset();
            // Five failures in a row lock the name (LoginThrottle) and a locked name's attempts
            // are not counted: once in a while the trainer logs in, which writes what waits.
            if (round % 3 == 2)
                QVERIFY(login(paths, QStringLiteral("trainer")));
            qInfo("audit round %d: %s after %d ms; %lld failed logins in the trail, %lld "
                  "pending",
                  round, k.killed ? "killed" : "ended", k.delayMs, written,
                  qint64(file->failedAttempts(QStringLiteral("trainer")).size()));
        }
        report(QStringLiteral("audit writes"), killed, ended);
        QVERIFY(killed > 0);
    }

    void cleanupTestCase()
    {
        for (const QString& line : std::as_const(m_summary))
            qInfo("%s", qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestFaultKill)
#include "tst_faultkill.moc"
