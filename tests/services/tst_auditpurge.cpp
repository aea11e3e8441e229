// The audit trail purged on its own retention period (issue [10]): the oldest entries go at
// the next purge behind a signed `audit.checkpoint` entry, and `audit verify` and `verify`
// still pass, after one purge and after two; a period of 0 and a dry run remove nothing; an
// insider with the register key who removes an entry, removes more than the checkpoint cut,
// or forges the checkpoint is caught; witnesses naming a purged entry do not fail the
// verification; and a purge that fails between the checkpoint and the deletion leaves the
// trail whole and verifying. Each case makes a register of its own (the journal's heads of
// one case never meet another's); the injectable clock moves, nothing sleeps.

#include "services/AuditService.h"
#include "services/ProfileService.h"
#include "services/UserService.h"
#include "services/audit/AuditCheckpoint.h"
#include "services/audit/AuditVerifier.h"
#include "services/retention/PurgeService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
const QTimeZone helsinki(QByteArrayLiteral("Europe/Helsinki"));
constexpr char lauraPassword[] = "laura-violet-tram-harbour";
constexpr char teemuPassword[] = "teemu-violet-tram-harbour";

QDateTime helsinkiTime(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), helsinki).toUTC();
}

// nordic-helpdesk with the audit trail kept `months` (0: no fixed period).
QByteArray profileKeepingTrail(int months)
{
    return exampleProfileWithPeriod(QStringLiteral("nordic-helpdesk"),
                                    QStringLiteral("audit_trail_months"), months);
}
} // namespace

class TestAuditPurge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    int m_counter = 0;
    const QDateTime m_start = helsinkiTime(2026, 1, 10, 12, 0);

    std::unique_ptr<Session> login(const RegisterPaths& paths, const QString& user = {})
    {
        Error error;
        const bool admin = user.isEmpty();
        auto s = Session::login(
            paths, admin ? QStringLiteral("admin") : user,
            secret(admin ? adminPassword
                         : (user == QLatin1String("laura") ? lauraPassword : teemuPassword)),
            m_clock, fastOptions(), &error);
        if (!s)
            qWarning() << user << error.message;
        return s;
    }

    // A register made at m_start with an administrator, a quality manager and a trainer who
    // have worked, its trail kept `months`.
    RegisterPaths freshRegister(int months)
    {
        m_clock.set(m_start);
        const RegisterPaths paths{m_dir.filePath(QStringLiteral("register-%1").arg(++m_counter))};
        Error error;
        if (makeRegister(paths, m_clock, fastOptions(), &error).isEmpty()) {
            qWarning() << error.message;
            return {};
        }
        auto s = login(paths);
        QStringList warnings;
        if (!s ||
            !UserService(*s).add(QStringLiteral("laura"), Role::QualityManager,
                                 secret(lauraPassword), &error) ||
            !UserService(*s).add(QStringLiteral("teemu"), Role::Trainer, secret(teemuPassword),
                                 &error) ||
            !ProfileService(*s).set(profileKeepingTrail(months), &warnings, &error))
            qWarning() << error.message;
        for (const QString& user : {QStringLiteral("laura"), QStringLiteral("teemu")})
            (void)login(paths, user);
        return paths;
    }

    // Work at `at`: a login and a listing of users (the clock stays there).
    void workAt(const RegisterPaths& paths, const QDateTime& at)
    {
        m_clock.set(at);
        auto s = login(paths);
        Error error;
        QVERIFY(s);
        (void)UserService(*s).list(&error);
        QVERIFY2(!error, qPrintable(error.message));
    }

    static qint64 scalar(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static bool exec(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        qWarning() << sql << q.lastError().text();
        return false;
    }

    // `audit verify` and `verify` as an administrator; the first problem in *why.
    bool verifies(const RegisterPaths& paths, QString* why,
                  const std::optional<SignedHead>& kept = std::nullopt,
                  AuditVerification* out = nullptr)
    {
        auto s = login(paths);
        if (!s)
            return false;
        Error error;
        const auto audit = AuditService(*s).verify(&error, kept);
        if (!audit) {
            *why = error.message;
            return false;
        }
        if (out)
            *out = *audit;
        if (!audit->intact) {
            *why = audit->problem;
            return false;
        }
        const auto checks = RegisterService::verify(*s, &error);
        if (!checks) {
            *why = error.message;
            return false;
        }
        for (const RegisterCheck& c : *checks) {
            if (!c.ok) {
                *why = c.name + QStringLiteral(": ") + c.detail;
                return false;
            }
        }
        return true;
    }

    std::optional<PurgeReport> purge(const RegisterPaths& paths)
    {
        auto s = login(paths);
        Error error;
        auto report = s ? PurgeService(*s).run({}, &error) : std::nullopt;
        if (!report)
            qWarning() << error.message;
        return report;
    }

    // A register purged once: entries of m_start cut, those of half a year later kept.
    RegisterPaths purgedRegister(PurgeCategory* audit = nullptr)
    {
        const RegisterPaths paths = freshRegister(12);
        workAt(paths, m_start.addMonths(6));
        m_clock.set(m_start.addMonths(13));
        const auto report = purge(paths);
        if (report && audit)
            *audit = *report->category(RetentionPolicy::Kind::AuditTrail);
        return paths;
    }

    // The register opened as an insider with its key: no triggers, no signing keys but one's
    // own.
    std::unique_ptr<Database> insider(const RegisterPaths& paths)
    {
        SecretBytes key;
        {
            auto s = login(paths, QStringLiteral("teemu"));
            if (!s)
                return nullptr;
            key = s->dataKey().clone();
        }
        Error error;
        auto database = Database::open(paths.database(), key, Database::Mode::OpenExisting, &error);
        if (!database) {
            qWarning() << error.message;
            return nullptr;
        }
        for (const char* trigger : {"audit_log_no_update", "audit_log_no_delete",
                                    "audit_checkpoints_no_update", "audit_checkpoints_no_delete"})
            exec(database->db(), QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger)));
        return database;
    }

    static AuditEntry entryAt(QSqlDatabase db, qint64 sequence)
    {
        AuditFilter f;
        f.minSequence = sequence;
        f.maxSequence = sequence;
        const auto list = AuditLog(db).list(f, nullptr);
        return list.isEmpty() ? AuditEntry{} : list.first();
    }

    static AuditEntry checkpointEntry(QSqlDatabase db)
    {
        AuditFilter f;
        f.action = AuditCheckpoint::action();
        f.limit = 1;
        const auto list = AuditLog(db).list(f, nullptr);
        return list.isEmpty() ? AuditEntry{} : list.first();
    }

    // Writes `e` back as it is (details, user, roles, signature), then re-hashes it and every
    // entry after it, as an insider covering their tracks would.
    static bool rewriteFrom(QSqlDatabase db, const AuditEntry& changed, const SigningKey* signer)
    {
        QList<AuditEntry> tail;
        (void)AuditLog(db).scan(
            [&](const AuditEntry& e) {
                if (e.sequence >= changed.sequence)
                    tail.append(e.sequence == changed.sequence ? changed : e);
                return true;
            },
            nullptr);
        QByteArray previous = entryAt(db, changed.sequence - 1).hash;
        if (previous.isEmpty())
            previous = changed.previousHash;
        for (AuditEntry& e : tail) {
            e.previousHash = previous;
            e.hash = AuditLog::computeHash(e);
            if (signer && e.sequence == changed.sequence)
                e.signature = signer->sign(AuditLog::signedMessage(e.hash)).toHex();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE audit_log SET user_name = ?, roles = ?, details = ?,"
                                     " prev_hash = ?, hash = ?, signature = ? WHERE seq = ?"));
            for (const QVariant& v : QVariantList{
                     e.user, e.roles, e.details, QString::fromLatin1(e.previousHash),
                     QString::fromLatin1(e.hash), QString::fromLatin1(e.signature), e.sequence})
                q.addBindValue(v);
            if (!q.exec()) {
                qWarning() << q.lastError().text();
                return false;
            }
            previous = e.hash;
        }
        return true;
    }

    static AuditVerification chainOf(QSqlDatabase db)
    {
        Error error;
        const QList<UserRecord> users = UserRepository(db).list(&error);
        return AuditVerifier().run(db, users, &error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerSqlCipherDriver();
    }

    void oldEntriesGoAndTheTrailStillVerifies()
    {
        const RegisterPaths paths = freshRegister(12);
        workAt(paths, m_start.addMonths(6));
        m_clock.set(m_start.addMonths(13));
        auto s = login(paths);
        QVERIFY(s);
        const QDateTime cutoff = m_start.addMonths(1); // 12 months before now, about
        qint64 oldEntries = 0;
        (void)AuditLog(s->db()).scan(
            [&](const AuditEntry& e) {
                oldEntries += e.at < cutoff ? 1 : 0;
                return true;
            },
            nullptr);
        QVERIFY(oldEntries > 5);

        // A dry run says what would go and changes nothing.
        Error error;
        const qint64 countBefore =
            scalar(s->db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        const auto preview = PurgeService(*s).preview(&error);
        QVERIFY2(preview, qPrintable(error.message));
        const PurgeCategory* planned = preview->category(RetentionPolicy::Kind::AuditTrail);
        QVERIFY(planned->applicable && planned->cutoff.isValid());
        QCOMPARE(planned->due, oldEntries);
        QCOMPARE(planned->purged, oldEntries);
        QCOMPARE(planned->firstId, qint64(1));
        QCOMPARE(planned->lastId, oldEntries);
        QCOMPARE(scalar(s->db(), QStringLiteral("SELECT count(*) FROM audit_log")),
                 countBefore + 1); // the preview's own entry
        QCOMPARE(scalar(s->db(), QStringLiteral("SELECT min(seq) FROM audit_log")), qint64(1));
        QCOMPARE(scalar(s->db(), QStringLiteral("SELECT count(*) FROM audit_checkpoints")),
                 qint64(0));

        const AuditEntry lastOld = entryAt(s->db(), oldEntries);
        const auto report = PurgeService(*s).run({}, &error);
        QVERIFY2(report, qPrintable(error.message));
        const PurgeCategory* audit = report->category(RetentionPolicy::Kind::AuditTrail);
        QCOMPARE(audit->purged, oldEntries);
        QCOMPARE(audit->firstId, qint64(1));
        QCOMPARE(audit->lastId, oldEntries);
        QCOMPARE(AuditLog(s->db()).firstSequence(nullptr), oldEntries + 1);
        // Nothing older than the cutoff is left; the checkpoint says what went.
        AuditFilter before;
        before.to = cutoff;
        QCOMPARE(AuditLog(s->db()).count(before, nullptr), qint64(0));
        const AuditEntry entry = checkpointEntry(s->db());
        QCOMPARE(entry.user, QStringLiteral("admin"));
        QVERIFY(!entry.signature.isEmpty());
        const auto checkpoint = AuditCheckpoint::parse(entry.details);
        QVERIFY2(checkpoint, qPrintable(entry.details));
        QCOMPARE(checkpoint->cut, oldEntries);
        QCOMPARE(checkpoint->cutHash, lastOld.hash);
        QCOMPARE(checkpoint->removed, oldEntries);
        QVERIFY(checkpoint->authors.contains(QStringLiteral("user:admin")));
        QVERIFY(checkpoint->authors.contains(QStringLiteral("user:teemu")));
        QCOMPARE(checkpoint->authors.value(QStringLiteral("user:laura")).roles,
                 Roles(Role::QualityManager));
        QCOMPARE(checkpoint->authors.value(QStringLiteral("user:admin")).key,
                 s->signingKey().publicKey());
        QVERIFY(!checkpoint->registerId.isEmpty());
        QCOMPARE(entryAt(s->db(), oldEntries + 1).previousHash, lastOld.hash);
        // The retention.purge entry names the category too.
        AuditFilter run;
        run.action = QStringLiteral("retention.purge");
        run.limit = 1;
        QVERIFY(AuditLog(s->db())
                    .list(run, nullptr)
                    .first()
                    .details.contains(
                        QStringLiteral("audit_trail: purged=%1 ids=1-%1").arg(oldEntries)));

        // Every other delete is still refused, and the checkpoints never change.
        const qint64 first = oldEntries + 1;
        QSqlQuery q(s->db());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(first)));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_checkpoints")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_checkpoints SET cut_seq = cut_seq + 1")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO audit_checkpoints VALUES (%1, %2, 'x')")
                            .arg(first + 1)
                            .arg(first)));
        QCOMPARE(AuditLog(s->db()).firstSequence(nullptr), first);
        s.reset();

        QString why;
        AuditVerification result;
        QVERIFY2(verifies(paths, &why, std::nullopt, &result), qPrintable(why));
        QCOMPARE(result.checkpointCut, oldEntries);
        QCOMPARE(result.checkpointEntry, entry.sequence);
        QVERIFY(AuditService::summary(result).contains(QString::number(oldEntries)));

        // The viewer starts at the first entry there is.
        s = login(paths);
        {
            const auto view = AuditService(*s).view({}, &error);
            QVERIFY2(view, qPrintable(error.message));
            QCOMPARE(view->trailStart(nullptr), first);
            QCOMPARE(view->rowOf(1, nullptr), qint64(-1));
            QCOMPARE(view->rowOf(first, nullptr), view->count() - 1);
            const auto oldest = view->page(view->count() - 1, 10, &error);
            QVERIFY(oldest && oldest->size() == 1);
            QCOMPARE(oldest->first().sequence, first);
        }
        s.reset();

        // A second purge later cuts again behind a second checkpoint; it still verifies.
        workAt(paths, m_start.addMonths(20));
        m_clock.set(m_start.addMonths(26));
        const auto again = purge(paths);
        QVERIFY(again);
        const PurgeCategory* second = again->category(RetentionPolicy::Kind::AuditTrail);
        QVERIFY(second->purged > 0);
        QCOMPARE(second->firstId, first);
        s = login(paths);
        QCOMPARE(scalar(s->db(), QStringLiteral("SELECT count(*) FROM audit_checkpoints")),
                 qint64(2));
        QCOMPARE(AuditLog(s->db()).firstSequence(nullptr), second->lastId + 1);
        s.reset();
        QVERIFY2(verifies(paths, &why, std::nullopt, &result), qPrintable(why));
        QCOMPARE(result.checkpointCut, second->lastId);

        // Nothing more is due: the next purge writes no checkpoint.
        const auto third = purge(paths);
        QVERIFY(third);
        QCOMPARE(third->category(RetentionPolicy::Kind::AuditTrail)->purged, qint64(0));
        s = login(paths);
        QCOMPARE(scalar(s->db(), QStringLiteral("SELECT count(*) FROM audit_checkpoints")),
                 qint64(2));
    }

    void periodZeroPurgesNothing()
    {
        const RegisterPaths paths = freshRegister(0);
        m_clock.set(m_start.addMonths(40));
        const auto report = purge(paths);
        QVERIFY(report);
        const PurgeCategory* audit = report->category(RetentionPolicy::Kind::AuditTrail);
        QVERIFY(!audit->cutoff.isValid());
        QCOMPARE(audit->purged, qint64(0));
        auto s = login(paths);
        QCOMPARE(AuditLog(s->db()).firstSequence(nullptr), qint64(1));
        QCOMPARE(scalar(s->db(), QStringLiteral("SELECT count(*) FROM audit_checkpoints")),
                 qint64(0));
        AuditFilter f;
        f.action = AuditCheckpoint::action();
        QCOMPARE(AuditLog(s->db()).count(f, nullptr), qint64(0));
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::newRow("untouched") << QString();
        QTest::newRow("an entry after the cut removed") << QStringLiteral("middle");
        QTest::newRow("entries beyond the cut removed") << QStringLiteral("beyond");
        QTest::newRow("the checkpoint removed") << QStringLiteral("checkpoint");
        QTest::newRow("the cut's hash forged") << QStringLiteral("hash");
        QTest::newRow("the authors forged, re-signed by the trainer")
            << QStringLiteral("authors-self");
        QTest::newRow("the admin's key swapped for the trainer's")
            << QStringLiteral("authors-admin");
        QTest::newRow("a checkpoint made up by the trainer") << QStringLiteral("made-up");
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, tamper);
        const RegisterPaths paths = purgedRegister();
        auto teemu = login(paths, QStringLiteral("teemu"));
        QVERIFY(teemu);
        const SigningKey& teemuKey = teemu->signingKey();
        auto database = insider(paths);
        QVERIFY(database);
        QSqlDatabase db = database->db();
        QVERIFY(chainOf(db).intact);
        const AuditEntry cp = checkpointEntry(db);
        const auto checkpoint = AuditCheckpoint::parse(cp.details);
        QVERIFY(checkpoint);
        const qint64 first = AuditLog(db).firstSequence(nullptr);
        QVERIFY(first > 1 && first < cp.sequence);

        if (tamper == QLatin1String("middle")) {
            QVERIFY(
                exec(db, QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(first + 2)));
        } else if (tamper == QLatin1String("beyond")) {
            QVERIFY(
                exec(db, QStringLiteral("DELETE FROM audit_log WHERE seq <= %1").arg(first + 1)));
        } else if (tamper == QLatin1String("checkpoint")) {
            QVERIFY(
                exec(db, QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(cp.sequence)));
        } else if (tamper == QLatin1String("hash")) {
            AuditCheckpoint forged = *checkpoint;
            forged.cutHash = entryAt(db, first).hash;
            AuditEntry e = cp;
            e.details = forged.details();
            QVERIFY(rewriteFrom(db, e, nullptr));
        } else if (tamper == QLatin1String("authors-self")) {
            AuditCheckpoint forged = *checkpoint;
            forged.authors[QStringLiteral("user:teemu")].roles = Roles(Role::Administrator);
            AuditEntry e = cp;
            e.user = QStringLiteral("teemu");
            e.roles = QStringLiteral("trainer");
            e.details = forged.details();
            QVERIFY(rewriteFrom(db, e, &teemuKey));
        } else if (tamper == QLatin1String("authors-admin")) {
            AuditCheckpoint forged = *checkpoint;
            forged.authors[QStringLiteral("user:admin")].key = teemuKey.publicKey();
            AuditEntry e = cp;
            e.details = forged.details();
            QVERIFY(rewriteFrom(db, e, &teemuKey));
        } else if (tamper == QLatin1String("made-up")) {
            // More entries cut, behind a checkpoint the trainer appends and signs as themself.
            AuditCheckpoint forged = *checkpoint;
            const AuditEntry last = entryAt(db, first + 3);
            forged.cut = last.sequence;
            forged.cutHash = last.hash;
            AuditEntry e;
            e.user = QStringLiteral("teemu");
            e.roles = QStringLiteral("trainer");
            e.action = AuditCheckpoint::action();
            e.details = forged.details();
            QVERIFY(AuditLog(db).append(e, teemuKey, nullptr));
            QVERIFY(
                exec(db, QStringLiteral("DELETE FROM audit_log WHERE seq <= %1").arg(forged.cut)));
        }
        const AuditVerification result = chainOf(db);
        QCOMPARE(result.intact, tamper.isEmpty());
        if (!tamper.isEmpty())
            qInfo("%s", qPrintable(result.problem));
    }

    void aCheckpointMustRecordWhatTheTrailGives()
    {
        // Checkpoints whose cut the replay goes through (nothing removed here) are compared
        // with what the replay knew there, even when an administrator signed them.
        const RegisterPaths paths = freshRegister(12);
        auto s = login(paths);
        QVERIFY(s);
        Error error;
        const auto c = AuditVerifier().checkpointAt(s->db(), 5, &error);
        QVERIFY2(c, qPrintable(error.message));
        QCOMPARE(c->cutHash, entryAt(s->db(), 5).hash);
        QVERIFY(
            s->audit(AuditCheckpoint::action(), QStringLiteral("audit:5"), c->details(), &error));
        QVERIFY2(chainOf(s->db()).intact, qPrintable(chainOf(s->db()).problem));

        AuditCheckpoint wrongKey = *c;
        wrongKey.authors[QStringLiteral("user:laura")].key = s->signingKey().publicKey();
        QVERIFY(s->audit(AuditCheckpoint::action(), QStringLiteral("audit:5"), wrongKey.details(),
                         &error));
        AuditVerification result = chainOf(s->db());
        QVERIFY(!result.intact);
        QVERIFY2(result.problem.contains(QStringLiteral("records authors")),
                 qPrintable(result.problem));

        // A fresh register again: a wrong hash for the cut.
        s.reset();
        const RegisterPaths other = freshRegister(12);
        s = login(other);
        const auto d = AuditVerifier().checkpointAt(s->db(), 5, &error);
        QVERIFY(d);
        AuditCheckpoint wrongHash = *d;
        wrongHash.cutHash = entryAt(s->db(), 4).hash;
        QVERIFY(s->audit(AuditCheckpoint::action(), QStringLiteral("audit:5"), wrongHash.details(),
                         &error));
        result = chainOf(s->db());
        QVERIFY(!result.intact);
        QVERIFY2(result.problem.contains(QStringLiteral("records a hash")),
                 qPrintable(result.problem));
    }

    void witnessesOfPurgedEntries()
    {
        const RegisterPaths paths = freshRegister(12);
        Error error;
        // A head kept at the start: it names an entry the purge will remove.
        std::optional<SignedHead> early;
        {
            auto s = login(paths);
            early = AuditService(*s).head(&error);
            QVERIFY2(early, qPrintable(error.message));
        }
        workAt(paths, m_start); // so that the head is not the cut's own entry
        workAt(paths, m_start.addMonths(6));
        m_clock.set(m_start.addMonths(13));
        const auto report = purge(paths);
        QVERIFY(report);
        const PurgeCategory* audit = report->category(RetentionPolicy::Kind::AuditTrail);
        QVERIFY(audit->lastId > early->sequence);

        QString why;
        AuditVerification result;
        QVERIFY2(verifies(paths, &why, early, &result), qPrintable(why));
        const auto kept = std::find_if(
            result.witnesses.cbegin(), result.witnesses.cend(),
            [](const WitnessCheck& c) { return c.name == QLatin1String("kept head"); });
        QVERIFY(kept != result.witnesses.cend());
        QCOMPARE(kept->state, WitnessCheck::State::Unavailable);
        QVERIFY2(kept->detail.contains(QStringLiteral("before the audit checkpoint")),
                 qPrintable(kept->detail));

        // A head of exactly the cut is compared with the checkpoint's recorded hash.
        auto s = login(paths);
        const auto checkpoint = AuditCheckpoint::parse(checkpointEntry(s->db()).details);
        QVERIFY(checkpoint);
        const SignedHead atCut =
            SignedHead::make(early->registerId, checkpoint->cut, checkpoint->cutHash,
                             QStringLiteral("admin"), s->signingKey(), m_clock.nowUtc());
        QByteArray otherHash = checkpoint->cutHash;
        otherHash[0] = otherHash[0] == 'a' ? 'b' : 'a';
        const SignedHead wrongAtCut =
            SignedHead::make(early->registerId, checkpoint->cut, otherHash, QStringLiteral("admin"),
                             s->signingKey(), m_clock.nowUtc());
        s.reset();
        QVERIFY2(verifies(paths, &why, atCut, &result), qPrintable(why));
        QVERIFY(!verifies(paths, &why, wrongAtCut, &result));
        QVERIFY2(why.contains(QString::number(checkpoint->cut)), qPrintable(why));
    }

    void failureBetweenCheckpointAndDeleteLeavesTheTrailWhole()
    {
        const RegisterPaths paths = freshRegister(12);
        workAt(paths, m_start.addMonths(6));
        m_clock.set(m_start.addMonths(13));
        auto s = login(paths);
        QVERIFY(s);
        // The deletion fails after the checkpoint entry and its record were written, as a
        // process killed there would leave it: one transaction, so nothing of it stays.
        QVERIFY(
            exec(s->db(), QStringLiteral("CREATE TRIGGER test_killed BEFORE DELETE ON "
                                         "audit_log BEGIN SELECT RAISE(ABORT, 'killed'); END")));
        const qint64 head = AuditLog(s->db()).head(nullptr)->sequence;
        Error error;
        QVERIFY(!PurgeService(*s).run({}, &error));
        QVERIFY2(error.message.contains(QStringLiteral("killed")), qPrintable(error.message));
        QCOMPARE(AuditLog(s->db()).firstSequence(nullptr), qint64(1));
        QCOMPARE(scalar(s->db(), QStringLiteral("SELECT count(*) FROM audit_checkpoints")),
                 qint64(0));
        AuditFilter f;
        f.action = AuditCheckpoint::action();
        QCOMPARE(AuditLog(s->db()).count(f, nullptr), qint64(0));
        QVERIFY(AuditLog(s->db()).head(nullptr)->sequence >= head);
        QVERIFY(exec(s->db(), QStringLiteral("DROP TRIGGER test_killed")));
        s.reset();
        QString why;
        QVERIFY2(verifies(paths, &why), qPrintable(why));
        // The next run does it all.
        const auto report = purge(paths);
        QVERIFY(report);
        QVERIFY(report->category(RetentionPolicy::Kind::AuditTrail)->purged > 0);
        QVERIFY2(verifies(paths, &why), qPrintable(why));
    }

    void aTamperedTrailIsNotCheckpointed()
    {
        // An entry before the cut edited by the insider: the purge will not sign over it; the
        // trail stays whole for `audit verify` to show, and the note says why.
        const RegisterPaths paths = freshRegister(12);
        workAt(paths, m_start.addMonths(6));
        m_clock.set(m_start.addMonths(13));
        {
            auto database = insider(paths);
            QVERIFY(database);
            QVERIFY(exec(database->db(),
                         QStringLiteral("UPDATE audit_log SET details = details || ' x' "
                                        "WHERE seq = 3")));
        }
        const auto report = purge(paths);
        QVERIFY(report);
        const PurgeCategory* audit = report->category(RetentionPolicy::Kind::AuditTrail);
        QCOMPARE(audit->purged, qint64(0));
        QVERIFY2(audit->note.contains(QStringLiteral("Entry 3 ")), qPrintable(audit->note));
        auto s = login(paths);
        QCOMPARE(AuditLog(s->db()).firstSequence(nullptr), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestAuditPurge)
#include "tst_auditpurge.moc"
