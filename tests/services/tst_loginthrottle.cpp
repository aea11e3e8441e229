// The login throttle against a hostile tester, through Session::login: a flood of long random
// names (and passwords typed into the name field) leaves keyslots.json small and free of
// them; an unknown name costs the time a known one does; a register whose keyslots.json was
// written in format 1 (names in clear) is converted and keeps its failed attempts.

#include "core/Translations.h"
#include "crypto/KeySlotFile.h"
#include "services/AuditService.h"
#include "services/UserService.h"
#include "support/TestRegister.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace tallenne;
using namespace tallenne::test;

namespace {

constexpr char lauraPassword[] = "laura's long password";

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A name no one has: 120 random characters, or now and then a password typed where the name
/// goes.
QString randomName(int i)
{
    if (i % 10 == 0)
        return QStringLiteral("Salasana-%1 Kesäloma!").arg(i);
    QByteArray bytes(90, '\0');
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64());
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The entries of `action` by `user`; for login.failed, those about the user themselves (the
// failures under unknown names are written by whoever logs in next, on user:?).
QList<AuditEntry> entries(Session& session, const QString& action, const QString& user = {})
{
    AuditFilter filter;
    filter.action = action;
    filter.user = user;
    if (action == QLatin1String("login.failed") && !user.isEmpty())
        filter.object = QStringLiteral("user:%1").arg(user);
    return AuditLog(session.db()).list(filter, nullptr);
}

} // namespace

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    int m_counter = 0;

    RegisterPaths freshPaths()
    {
        return RegisterPaths{m_dir.filePath(QStringLiteral("register-%1").arg(++m_counter))};
    }

    std::unique_ptr<Session> login(const RegisterPaths& paths, const QString& user,
                                   const char* password, Error* error,
                                   const VaultOptions& options = fastOptions())
    {
        return Session::login(paths, user, secret(password), m_clock, options, error);
    }

    void checkRegister(Session& session)
    {
        Error error;
        const auto checks = RegisterService::verify(session, &error);
        QVERIFY2(checks, qPrintable(error.message));
        for (const RegisterCheck& c : *checks)
            QVERIFY2(c.ok, qPrintable(c.name + QStringLiteral(": ") + c.detail));
        const auto audit = AuditService(session).verify(&error);
        QVERIFY2(audit && audit->intact, qPrintable(audit ? audit->problem : error.message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerSqlCipherDriver();
    }

    void floodOfNamesStaysSmall()
    {
        const RegisterPaths paths = freshPaths();
        Error error;
        QVERIFY(!makeRegister(paths, m_clock, fastOptions(), &error).isEmpty());
        {
            auto session = login(paths, QStringLiteral("admin"), adminPassword, &error);
            QVERIFY2(session, qPrintable(error.message));
            QVERIFY(UserService(*session).add(QStringLiteral("laura"), Role::QualityManager,
                                              secret(lauraPassword), &error));
        }
        // Three real failures before the flood must still reach the audit trail after it.
        for (int i = 0; i < 3; ++i)
            QVERIFY(!login(paths, QStringLiteral("admin"), "not the admin password", &error));
        const QString wrong = error.message;

        // 10,000 attempts, all through the LoginThrottle that Session::login uses. The table is
        // first filled to its cap through KeySlotFile::update(), a hundred per write; then 200
        // go through Session::login one by one, each past the cap (each login writes the file
        // with two fsyncs, and 10,000 of those take many minutes on a busy machine, an hour
        // under the sanitizers); the rest again a hundred per write.
        constexpr int Attempts = 10000;
        constexpr int LoginsFrom = LockoutTable::MaxRecords;
        constexpr int LoginsTo = LoginsFrom + 200;
        constexpr int PerWrite = 100;
        constexpr char typedPassword[] = "what was typed as the password";
        QList<QByteArray> names;
        const auto throughUpdate = [&](int from, int to) {
            for (int i = from; i < to; i += PerWrite) {
                if (!KeySlotFile::update(
                        paths.keySlots(),
                        [&](KeySlotFile& file, Error*) {
                            LoginThrottle throttle(file, m_clock);
                            for (int j = i; j < std::min(i + PerWrite, to); ++j) {
                                m_clock.advanceSeconds(1);
                                const QString name = randomName(j);
                                names.append(name.toUtf8());
                                throttle.recordFailure(name);
                            }
                            return true;
                        },
                        &error))
                    return false;
            }
            return true;
        };
        QVERIFY2(throughUpdate(0, LoginsFrom), qPrintable(error.message));
        QElapsedTimer timer;
        timer.start();
        for (int i = LoginsFrom; i < LoginsTo; ++i) {
            m_clock.advanceSeconds(1);
            const QString name = randomName(i);
            names.append(name.toUtf8());
            Error refused;
            QVERIFY(!login(paths, name, typedPassword, &refused));
            QCOMPARE(refused.kind, ErrorKind::Authentication);
            QCOMPARE(refused.message, wrong);
        }
        const double msPerLogin = double(timer.elapsed()) / (LoginsTo - LoginsFrom);
        QVERIFY2(throughUpdate(LoginsTo, Attempts), qPrintable(error.message));
        QCOMPARE(names.size(), Attempts);
        const QByteArray bytes = readAll(paths.keySlots());
        qInfo("%d failed logins with random names (%.1f ms per Session::login): keyslots.json "
              "%lld bytes",
              Attempts, msPerLogin, qlonglong(bytes.size()));
        QVERIFY2(bytes.size() < 256 * 1024, qPrintable(QString::number(bytes.size())));
        QVERIFY(!bytes.contains(typedPassword));
        QVERIFY(!bytes.contains("Salasana"));
        // The name's own words (three letters alone turn up in 200 KiB of base64 by chance).
        QVERIFY(!bytes.contains(QStringLiteral("Kesäloma").toUtf8()));
        for (const QByteArray& name : names)
            QVERIFY2(!bytes.contains(name), name.constData());
        const auto file = KeySlotFile::load(paths.keySlots(), &error);
        QVERIFY2(file, qPrintable(error.message));
        QCOMPARE(file->lockoutRecords(), LockoutTable::MaxRecords);

        // The real users open the register; the admin's failures were kept for the audit trail.
        auto session = login(paths, QStringLiteral("admin"), adminPassword, &error);
        QVERIFY2(session, qPrintable(error.message));
        QCOMPARE(entries(*session, QStringLiteral("login.failed"), QStringLiteral("admin")).size(),
                 3);
        // The failures under names no one has are in the trail too: one entry, by count and
        // time, with no name in it (the audit trail is kept for years; a name may be a
        // password).
        AuditFilter filter;
        filter.action = QStringLiteral("login.failed");
        filter.object = QStringLiteral("user:?");
        const QList<AuditEntry> unknown = AuditLog(session->db()).list(filter, nullptr);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown[0].object, QStringLiteral("user:?"));
        QVERIFY2(unknown[0].details.startsWith(QStringLiteral("name=unknown names=")),
                 qPrintable(unknown[0].details));
        for (const QByteArray& name : names)
            QVERIFY(!unknown[0].details.contains(QString::fromUtf8(name)));
        QVERIFY(!unknown[0].details.contains(QLatin1String(typedPassword)));
        // Written once: the next login adds none for them, one more failure adds one.
        session.reset();
        session = login(paths, QStringLiteral("admin"), adminPassword, &error);
        QVERIFY(session);
        QCOMPARE(AuditLog(session->db()).list(filter, nullptr).size(), 1);
        session.reset();
        m_clock.advanceSeconds(1);
        QVERIFY(!login(paths, QStringLiteral("nobody at all"), typedPassword, &error));
        session = login(paths, QStringLiteral("admin"), adminPassword, &error);
        QVERIFY(session);
        const QList<AuditEntry> later = AuditLog(session->db()).list(filter, nullptr);
        QCOMPARE(later.size(), 2);
        QVERIFY2(later.first().details.startsWith(QStringLiteral("name=unknown names=1 ")) ||
                     later.last().details.startsWith(QStringLiteral("name=unknown names=1 ")),
                 qPrintable(later.first().details + QLatin1Char('|') + later.last().details));
        QVERIFY(login(paths, QStringLiteral("laura"), lauraPassword, &error));
        checkRegister(*session);
    }

    // A lock far in the future (a clock that went back, an edited keyslots.json) is not one
    // the policy sets: the wait said is at most the policy's longest, in plain words, and it
    // ends.
    void lockFarInTheFutureIsCapped()
    {
        const RegisterPaths paths = freshPaths();
        Error error;
        QVERIFY(!makeRegister(paths, m_clock, fastOptions(), &error).isEmpty());
        Translations::apply(QStringLiteral("en")); // the plural as a person reads it
        QVERIFY(KeySlotFile::update(
            paths.keySlots(),
            [&](KeySlotFile& file, Error*) {
                file.setLockedUntil(QStringLiteral("admin"), m_clock.nowUtc().addYears(90));
                return true;
            },
            &error));
        QVERIFY(!login(paths, QStringLiteral("admin"), adminPassword, &error));
        QCOMPARE(error.kind, ErrorKind::Authentication);
        QVERIFY2(!error.message.contains(QLatin1String("%n")), qPrintable(error.message));
        QVERIFY2(error.message.contains(
                     QStringLiteral("%1 seconds").arg(LoginThrottle::MaxDelaySeconds)),
                 qPrintable(error.message));
        // The lock on disk was brought within the policy: it ends.
        const auto file = KeySlotFile::load(paths.keySlots(), &error);
        QVERIFY(file);
        QCOMPARE(*file->lockedUntil(QStringLiteral("admin")),
                 m_clock.nowUtc().addSecs(LoginThrottle::MaxDelaySeconds));
        m_clock.advanceSeconds(LoginThrottle::MaxDelaySeconds + 1);
        QVERIFY2(login(paths, QStringLiteral("admin"), adminPassword, &error),
                 qPrintable(error.message));
    }

    // An unknown name waits for an Argon2id derivation like a known one with a wrong password,
    // so the time of the answer does not tell which names exist. The real parameters (about
    // half a second) make the derivation the bulk of the time, as it is in use.
    void unknownNameCostsWhatAKnownOneDoes()
    {
        const RegisterPaths paths = freshPaths();
        VaultOptions real = fastOptions();
        real.fastKdfForTests = false;
        Error error;
        QVERIFY(!makeRegister(paths, m_clock, real, &error).isEmpty());

        QList<qint64> known;
        QList<qint64> unknown;
        QString knownMessage;
        QString unknownMessage;
        const auto attempt = [&](const QString& user, QList<qint64>& times, QString& message) {
            QElapsedTimer timer;
            timer.start();
            Error e;
            const bool opened = login(paths, user, "a wrong password, typed", &e, real) != nullptr;
            times.append(timer.nsecsElapsed());
            message = e.message;
            return !opened && e.kind == ErrorKind::Authentication;
        };
        // Interleaved, so a busy machine slows both alike; fewer attempts than the free ones.
        for (int i = 0; i < LoginThrottle::FreeFailures - 1; ++i) {
            const QString nobody = QStringLiteral("nobody-%1").arg(i);
            if (i % 2 == 0) {
                QVERIFY(attempt(QStringLiteral("admin"), known, knownMessage));
                QVERIFY(attempt(nobody, unknown, unknownMessage));
            } else {
                QVERIFY(attempt(nobody, unknown, unknownMessage));
                QVERIFY(attempt(QStringLiteral("admin"), known, knownMessage));
            }
        }
        QCOMPARE(unknownMessage, knownMessage);
        const qint64 k = median(known);
        const qint64 u = median(unknown);
        qInfo("median of %lld attempts: known name %.0f ms, unknown name %.0f ms",
              qlonglong(known.size()), k / 1e6, u / 1e6);
        QVERIFY2(
            std::abs(u - k) <= k / 2,
            qPrintable(QStringLiteral("known %1 ms, unknown %2 ms").arg(k / 1e6).arg(u / 1e6)));
    }

    // A register as version 0.1.0 left it (tests/data/registers/README.md): its keyslots.json
    // keeps names in clear, among them the administrator's password typed as a user name. The
    // first login converts it; the failed attempts are kept and reach the audit trail.
    void formatOneRegisterIsConverted()
    {
        const RegisterPaths paths = freshPaths();
        QVERIFY(QDir().mkpath(paths.recordings()));
        const QString fixture = QStringLiteral(TALLENNE_TEST_DATA "/registers/format1/");
        for (const QString& target : {paths.database(), paths.keySlots()}) {
            QVERIFY(QFile::copy(fixture + QFileInfo(target).fileName(), target));
            QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));
        }
        const QByteArray before = readAll(paths.keySlots());
        QVERIFY(before.contains("\"tallenne.keyslots/1\""));
        QVERIFY(before.contains(adminPassword));
        QVERIFY(before.contains("nobody"));
        // An hour after the fixture's failed attempts.
        m_clock.set(QDateTime(QDate(2026, 12, 1), QTime(2, 45), Qt::UTC));

        Error error;
        auto session = login(paths, QStringLiteral("admin"), adminPassword, &error);
        QVERIFY2(session, qPrintable(error.message));
        const QByteArray after = readAll(paths.keySlots());
        QVERIFY(after.contains(KeySlotFile::FormatName));
        QVERIFY(!after.contains(adminPassword));
        QVERIFY(!after.contains("horse"));
        QVERIFY(!after.contains("nobody"));
        QCOMPARE(entries(*session, QStringLiteral("login.failed"), QStringLiteral("admin")).size(),
                 2);
        auto file = KeySlotFile::load(paths.keySlots(), &error);
        QVERIFY2(file, qPrintable(error.message));
        QCOMPARE(file->failures(QStringLiteral("admin")), 0);
        QCOMPARE(file->failures(QString::fromLatin1(adminPassword)), 1);
        QCOMPARE(file->failures(QStringLiteral("nobody")), 1);
        QCOMPARE(file->failedAttempts(QStringLiteral("laura")).size(), 1);

        QVERIFY(login(paths, QStringLiteral("laura"), lauraPassword, &error));
        QCOMPARE(entries(*session, QStringLiteral("login.failed"), QStringLiteral("laura")).size(),
                 1);
        file = KeySlotFile::load(paths.keySlots(), &error);
        QVERIFY2(file, qPrintable(error.message));
        QVERIFY(file->failedAttempts(QStringLiteral("laura")).isEmpty());
        checkRegister(*session);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
