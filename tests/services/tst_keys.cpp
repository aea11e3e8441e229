// Keys per capability (issue [8], DESIGN.md "Keys per capability") tried as an insider would:
// with nothing but what their own login puts in their process (the register key and the
// capability keys sealed to them), and their own code against the raw SQLCipher file. Every
// sealed value of the register is tried with every key the insider holds, whatever our code
// would let them do.

#include "core/Capability.h"
#include "core/Permissions.h"
#include "crypto/SealedField.h"
#include "services/BrowseService.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/keys/FieldCrypto.h"
#include "services/keys/KeyService.h"
#include "storage/KeyStore.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestRegister.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {

/// One sealed value of the register and the place it is sealed in.
struct SealedValue
{
    QString what; ///< the column, for messages
    QByteArray sealed;
    QByteArray place;
};

/// What an insider can open: every key of every capability and version in their ring.
struct Opened
{
    int identifiers = 0; ///< callers, nicknames, transcript text, subject identifiers
    int fileKeys = 0;    ///< recordings' file keys
    int tried = 0;
};

} // namespace

class TestKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    RegisterPaths m_paths;
    ManualClock m_clock;

    std::unique_ptr<Session> loginAs(const QString& name)
    {
        Error error;
        const QByteArray password = name == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : name.toUtf8() + "-amber-kettle-lagoon";
        auto s = Session::login(m_paths, name, secret(password.constData()), m_clock, fastOptions(),
                                &error);
        if (!s)
            qWarning() << name << error.message;
        return s;
    }

    void addUser(Session& admin, const QString& name, Role role)
    {
        Error error;
        const QByteArray password = name.toUtf8() + "-amber-kettle-lagoon";
        QVERIFY2(UserService(admin).add(name, role, secret(password.constData()), &error),
                 qPrintable(error.message));
    }

    /// Every sealed value in the register, read with the register key alone.
    static QList<SealedValue> sealedValues(QSqlDatabase db)
    {
        QList<SealedValue> out;
        QSqlQuery q(db);
        auto collect = [&](const QString& what, const QString& sql, auto place) {
            QVERIFY2(q.exec(sql), qPrintable(sql));
            while (q.next())
                out.append({what, q.value(0).toByteArray(), place(q)});
        };
        collect(
            QStringLiteral("calls.caller_sealed"),
            QStringLiteral("SELECT caller_sealed, id FROM calls WHERE caller_sealed IS NOT NULL"),
            [](QSqlQuery& r) { return "calls/caller/" + r.value(1).toByteArray(); });
        collect(QStringLiteral("chats.nickname_sealed"),
                QStringLiteral(
                    "SELECT nickname_sealed, id FROM chats WHERE nickname_sealed IS NOT NULL"),
                [](QSqlQuery& r) { return "chats/nickname/" + r.value(1).toByteArray(); });
        collect(QStringLiteral("chat_messages.text_sealed"),
                QStringLiteral("SELECT text_sealed, chat_id, seq FROM chat_messages WHERE"
                               " text_sealed IS NOT NULL"),
                [](QSqlQuery& r) {
                    return "chat_messages/text/" + r.value(1).toByteArray() + '/' +
                           r.value(2).toByteArray();
                });
        collect(QStringLiteral("subject_identifiers.value_sealed"),
                QStringLiteral("SELECT value_sealed, subject_id, kind FROM subject_identifiers"),
                [](QSqlQuery& r) {
                    return "subject_identifiers/value/" + r.value(1).toByteArray() + '/' +
                           r.value(2).toByteArray();
                });
        collect(QStringLiteral("recordings.file_key_sealed"),
                QStringLiteral("SELECT file_key_sealed, file_name FROM recordings"),
                [](QSqlQuery& r) { return RecordingStore::keyPlace(r.value(1).toString()); });
        return out;
    }

    /// Tries every sealed value with every key of `ring`, as the insider's own code would.
    static Opened tryEverything(QSqlDatabase db, const KeyRing& ring)
    {
        Opened opened;
        KeyStore store(db);
        std::vector<SealedFieldReader> readers;
        for (Capability c : Capabilities::sealedInRegister()) {
            for (const CapabilityKey* key : ring.all(c)) {
                if (!key->publicKey.isEmpty())
                    readers.push_back(store.reader(*key));
            }
        }
        for (const SealedValue& v : sealedValues(db)) {
            ++opened.tried;
            for (SealedFieldReader& reader : readers) {
                if (reader.open(v.sealed, v.place, nullptr)) {
                    if (v.what.startsWith(QLatin1String("recordings")))
                        ++opened.fileKeys;
                    else
                        ++opened.identifiers;
                    break;
                }
            }
        }
        return opened;
    }

    static int count(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        // While no privacy officer exists, the first administrator holds every key.
        for (Capability c : Capabilities::sealedInRegister())
            QVERIFY(admin->keys().holds(c));
        // Handing over before anyone else holds the keys would lose them: refused.
        QVERIFY(!KeyService(*admin).handover(&error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        addUser(*admin, QStringLiteral("quality-manager"), Role::QualityManager);
        addUser(*admin, QStringLiteral("trainer"), Role::Trainer);
        addUser(*admin, QStringLiteral("privacy-officer"), Role::PrivacyOfficer);
        // Register contents as the importers write them: callers, nicknames, the full text of
        // what customers typed, identifiers and a recording's file key, all sealed.
        QVERIFY(fillRegister(*admin, 6));
        QVERIFY(execSql(admin->db(), QStringLiteral("INSERT INTO chat_messages (chat_id, seq,"
                                                    " sent_at, sender, text) VALUES (2, 3, 0,"
                                                    " 'customer', 'Soita 040 123 4567 tai"
                                                    " matti@example.com, hetu 131052-308T')")));
        QVERIFY(sealPlainRows(*admin));
        const auto subject = SubjectRepository(admin->db()).create(m_clock.nowUtc(), &error);
        QVERIFY(subject);
        QVERIFY(addIdentifier(*admin, *subject, IdentifierKind::IdentityCode,
                              QStringLiteral("131052-308T"), &error));
        QVERIFY(addIdentifier(*admin, *subject, IdentifierKind::Name,
                              QStringLiteral("Matti Meikäläinen"), &error));
        QVERIFY(
            addCall(*admin, QStringLiteral("recorded"), QByteArray(16000, '\x11'), false, 1000, 1));
    }

    // Nothing identifying is in the register in clear: with the register key alone (every
    // user has it) the columns hold masked and redacted forms only.
    void registerKeyAloneOpensNothing()
    {
        auto trainer = loginAs(QStringLiteral("trainer"));
        QVERIFY(trainer);
        QSqlDatabase db = trainer->db();
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM calls WHERE caller LIKE"
                                          " '+35840000%'")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM chats WHERE nickname IN"
                                          " ('Maija', 'John')")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM chat_messages WHERE text LIKE"
                                          " '%131052-308T%' OR text LIKE '%040 123 4567%' OR"
                                          " text LIKE '%matti@example.com%'")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM chat_messages_fts WHERE"
                                          " chat_messages_fts MATCH 'matti'")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM recordings WHERE file_key_sealed"
                                          " IS NULL")),
                 0);
        // Every sealed value is there to be tried.
        const QList<SealedValue> all = sealedValues(db);
        QVERIFY(all.size() >= 6 + 2 + 1 + 2 + 1);
    }

    // Each role, with every key its login gives it, against every sealed value.
    void eachRoleOpensWhatItsRoleCarries_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("identifiers");
        QTest::addColumn<bool>("lookup");
        QTest::addColumn<bool>("recordings");
        QTest::newRow("trainer") << "trainer" << false << false << true;
        QTest::newRow("quality manager") << "quality-manager" << false << true << true;
        QTest::newRow("privacy officer") << "privacy-officer" << true << true << true;
    }
    void eachRoleOpensWhatItsRoleCarries()
    {
        QFETCH(QString, user);
        QFETCH(bool, identifiers);
        QFETCH(bool, lookup);
        QFETCH(bool, recordings);
        auto session = loginAs(user);
        QVERIFY(session);
        QCOMPARE(session->keys().holds(Capability::Identifiers), identifiers);
        QCOMPARE(session->keys().holds(Capability::Lookup), lookup);
        QCOMPARE(session->keys().holds(Capability::Recordings), recordings);
        const int sealed = int(sealedValues(session->db()).size());
        const int fileKeys =
            count(session->db(), QStringLiteral("SELECT count(*) FROM recordings"));
        const Opened opened = tryEverything(session->db(), session->keys());
        QCOMPARE(opened.tried, sealed);
        QCOMPARE(opened.identifiers, identifiers ? sealed - fileKeys : 0);
        QCOMPARE(opened.fileKeys, recordings ? fileKeys : 0);
        // Without the lookup key no index can be computed: a number is no way in.
        QCOMPARE(FieldCrypto(*session).indexes(u"phone", u"+358400000001").isEmpty(), !lookup);
        // What the key table says matches what the ring holds.
        const auto holdings = KeyService(*session).holdings(user, nullptr);
        QVERIFY(holdings);
        for (const auto& [capability, holding] : *holdings)
            QCOMPARE(holding == KeyService::Holding::Held, session->keys().holds(capability));
    }

    // A trainer's own code cannot read another user's holdings nor seal a key to themselves:
    // the seals are to each identity, and sealing needs the secret they do not have.
    void trainerCannotTakeAKey()
    {
        auto trainer = loginAs(QStringLiteral("trainer"));
        QVERIFY(trainer);
        Error error;
        QVERIFY(!KeyService(*trainer).holdings(QStringLiteral("privacy-officer"), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        // The officer's seal of the identifier key, taken from the table, opens with the
        // officer's identity only.
        QSqlQuery q(trainer->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM capability_seals WHERE slot_id ="
                                      " 'trainer' AND capability IN ('identifiers', 'lookup')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(!FieldCrypto(*trainer).holds(Capability::Identifiers));
        // A search by number is refused, and the refusal is in the audit trail.
        CallFilter filter;
        filter.phone = QStringLiteral("040 000 0001");
        QVERIFY(!BrowseService(*trainer).countCalls(filter, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QCOMPARE(count(trainer->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE"
                                                     " user_name = 'trainer' AND action ="
                                                     " 'permission.denied' AND details LIKE"
                                                     " '%calls.find_by_phone%'")),
                 1);
    }

    // The first administrator hands over: afterwards their login holds no key their role does
    // not carry, and the copies they held before open nothing once the officer has logged in.
    void handoverLeavesTheAdministratorNothing()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        // The insider keeps a copy of everything their ring holds before handing over.
        KeyRing before;
        for (Capability c : Capabilities::sealedInRegister()) {
            for (const CapabilityKey* k : admin->keys().all(c))
                before.add({k->capability, k->version, k->publicKey, k->secret.clone()});
        }
        Error error;
        QVERIFY2(KeyService(*admin).handover(&error), qPrintable(error.message));
        for (Capability c : Capabilities::sealedInRegister())
            QVERIFY(!admin->keys().holds(c));
        // A second handover has nothing to give.
        QVERIFY(!KeyService(*admin).handover(&error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        admin.reset();
        admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        const Opened after = tryEverything(admin->db(), admin->keys());
        QCOMPARE(after.identifiers + after.fileKeys, 0);
        // The officer's next login seals every value again to the new versions.
        auto officer = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(officer);
        const int sealed = int(sealedValues(officer->db()).size());
        const Opened officers = tryEverything(officer->db(), officer->keys());
        QCOMPARE(officers.identifiers + officers.fileKeys, sealed);
        // The data subject is found by the new lookup key, at this login and the next (the
        // identifiers were indexed again before the old key was retired).
        QCOMPARE(
            identifierCount(*officer, IdentifierKind::IdentityCode, QStringLiteral("131052-308T")),
            1);
        QCOMPARE(identifierCount(*loginAs(QStringLiteral("privacy-officer")),
                                 IdentifierKind::IdentityCode, QStringLiteral("131052-308T")),
                 1);
        QCOMPARE(officer->keys().all(Capability::Lookup).size(), std::size_t(2));
        // Once everything is indexed anew the old version is retired, and the subject is still
        // found with the new one alone.
        auto later = loginAs(QStringLiteral("privacy-officer"));
        QCOMPARE(later->keys().all(Capability::Lookup).size(), std::size_t(1));
        QCOMPARE(
            identifierCount(*later, IdentifierKind::IdentityCode, QStringLiteral("131052-308T")),
            1);
        // The administrator's old copies open none of it any more.
        const Opened copies = tryEverything(officer->db(), before);
        QCOMPARE(copies.identifiers + copies.fileKeys, 0);
        // Recordings still play for those who hold the recordings key.
        const auto recording = count(officer->db(), QStringLiteral("SELECT id FROM recordings"));
        QVERIFY(readRecording(*officer, recording, &error));
        auto trainer = loginAs(QStringLiteral("trainer"));
        QVERIFY(readRecording(*trainer, recording, &error));
    }

    // After the handover the officer is the only holder of the identifier key: removing them,
    // resetting their password or taking the role away would leave it to nobody. Refused,
    // with what to do; resetting a password whose keys others hold too is allowed.
    void theLastHolderIsKept()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(!admin->keys().holds(Capability::Identifiers));
        UserService users(*admin);
        Error error;
        QVERIFY(!users.remove(QStringLiteral("privacy-officer"), &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QVERIFY2(error.message.contains(QStringLiteral("only user who holds")),
                 qPrintable(error.message));
        QVERIFY(!users.changePassword(QStringLiteral("privacy-officer"),
                                      secret("privacy-officer-amber-kettle-lagoon"), &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QVERIFY(!users.setRoles(QStringLiteral("privacy-officer"), Role::Trainer, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        // Nothing changed: the officer still opens everything.
        auto officer = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(officer);
        QVERIFY(officer->keys().holds(Capability::Identifiers));
        // The trainer's recordings key is held by others too: the reset goes through, and the
        // key waits for a holder.
        QVERIFY2(users.changePassword(QStringLiteral("trainer"),
                                      secret("trainer-amber-kettle-lagoon"), &error),
                 qPrintable(error.message));
        const auto holdings = KeyService(*admin).holdings(QStringLiteral("trainer"), &error);
        QVERIFY(holdings);
        QVERIFY(holdings->contains({Capability::Recordings, KeyService::Holding::Pending}));
        QVERIFY(loginAs(QStringLiteral("quality-manager"))); // a holder: seals it again
        auto trainer = loginAs(QStringLiteral("trainer"));
        QVERIFY(trainer);
        QVERIFY(trainer->keys().holds(Capability::Recordings));
    }

    // A grant needs a holder: after the handover the administrator adds a trainer, whose
    // recordings key waits until a holder logs in.
    void grantsWaitForAHolder()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        addUser(*admin, QStringLiteral("trainer-2"), Role::Trainer);
        Error error;
        auto holdings = KeyService(*admin).holdings(QStringLiteral("trainer-2"), &error);
        QVERIFY(holdings);
        for (const auto& [capability, holding] : *holdings)
            QCOMPARE(holding, capability == Capability::Recordings
                                  ? KeyService::Holding::Pending
                                  : KeyService::Holding::NotCarried);
        {
            auto early = loginAs(QStringLiteral("trainer-2"));
            QVERIFY(early);
            QVERIFY(!early->keys().holds(Capability::Recordings));
            const auto recording = count(early->db(), QStringLiteral("SELECT id FROM recordings"));
            QVERIFY(!readRecording(*early, recording, &error));
            QCOMPARE(error.kind, ErrorKind::PermissionDenied);
            // Said as what it is: waiting for a holder, not a role that lacks it.
            QVERIFY2(error.message.contains(QStringLiteral("has not reached you yet")),
                     qPrintable(error.message));
        }
        addUser(*admin, QStringLiteral("quality-manager-2"), Role::QualityManager);
        // A holder's login fulfils the grants, with every version it holds: until everything
        // is indexed again after a rotation, index entries are under the older lookup key too,
        // and a new holder must find them (a trial found none until an officer re-indexed).
        auto holder = loginAs(QStringLiteral("quality-manager"));
        QVERIFY(holder);
        auto later = loginAs(QStringLiteral("trainer-2"));
        QVERIFY(later);
        QVERIFY(later->keys().holds(Capability::Recordings));
        QVERIFY(!later->keys().holds(Capability::Identifiers));
        auto manager = loginAs(QStringLiteral("quality-manager-2"));
        QVERIFY(manager);
        QCOMPARE(manager->keys().all(Capability::Lookup).size(),
                 holder->keys().all(Capability::Lookup).size());
        QCOMPARE(manager->keys().all(Capability::Recordings).size(),
                 holder->keys().all(Capability::Recordings).size());
    }

    // Removing a user rotates every key they held: what is sealed after the removal, and
    // (after a holder's login) everything sealed before, no longer opens with their copy.
    void removalRotates()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        addUser(*admin, QStringLiteral("officer-2"), Role::PrivacyOfficer);
        QVERIFY(loginAs(QStringLiteral("privacy-officer"))); // seals officer-2's keys
        KeyRing copy;
        {
            auto leaving = loginAs(QStringLiteral("officer-2"));
            QVERIFY(leaving);
            QVERIFY(leaving->keys().holds(Capability::Identifiers));
            for (Capability c : Capabilities::sealedInRegister()) {
                for (const CapabilityKey* k : leaving->keys().all(c))
                    copy.add({k->capability, k->version, k->publicKey, k->secret.clone()});
            }
            const int sealed = int(sealedValues(leaving->db()).size());
            const Opened opened = tryEverything(leaving->db(), copy);
            QCOMPARE(opened.identifiers + opened.fileKeys, sealed);
        }
        Error error;
        QVERIFY2(UserService(*admin).remove(QStringLiteral("officer-2"), &error),
                 qPrintable(error.message));
        // A value written after the removal is sealed to the new version at once.
        QVERIFY(addCall(*admin, QStringLiteral("after-removal"), QByteArray(800, '\x22'), false,
                        100, 1));
        {
            auto officer = loginAs(QStringLiteral("privacy-officer")); // completes the rotation
            QVERIFY(officer);
            QCOMPARE(tryEverything(officer->db(), copy).identifiers +
                         tryEverything(officer->db(), copy).fileKeys,
                     0);
            const int sealed = int(sealedValues(officer->db()).size());
            const Opened opened = tryEverything(officer->db(), officer->keys());
            QCOMPARE(opened.identifiers + opened.fileKeys, sealed);
        }
        // The audit trail says who rotated what.
        QVERIFY(count(admin->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action ="
                                                  " 'key.rotate' AND details LIKE"
                                                  " '%revoked=officer-2%'")) >= 3);
    }

    // `user passwd --rotate`: a new slot, and new versions of the keys the user holds and of
    // the register key. What was taken under the old password opens nothing current, and a
    // keyslots.json kept from before is refused.
    void passwordChangeRotates()
    {
        KeyRing copy;
        const QString slotFile = m_paths.keySlots();
        const QString kept = m_dir.filePath(QStringLiteral("keyslots-before.json"));
        QFile::remove(kept);
        QVERIFY(QFile::copy(slotFile, kept));
        {
            auto officer = loginAs(QStringLiteral("privacy-officer"));
            QVERIFY(officer);
            for (Capability c : Capabilities::sealedInRegister()) {
                for (const CapabilityKey* k : officer->keys().all(c))
                    copy.add({k->capability, k->version, k->publicKey, k->secret.clone()});
            }
            Error error;
            QVERIFY2(UserService(*officer).changePassword(
                         QStringLiteral("privacy-officer"),
                         secret("privacy-officer-amber-kettle-lagoon"), &error, true),
                     qPrintable(error.message));
        }
        // The register after a holder's login (the officer's own): every value under the new
        // versions, which the copy does not hold.
        auto officer = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(officer);
        const int sealed = int(sealedValues(officer->db()).size());
        const Opened mine = tryEverything(officer->db(), officer->keys());
        QCOMPARE(mine.identifiers + mine.fileKeys, sealed);
        const Opened old = tryEverything(officer->db(), copy);
        QCOMPARE(old.identifiers + old.fileKeys, 0);
        officer.reset();
        // The slot file from before the change: its identity is not the register's any more.
        const QString current = m_dir.filePath(QStringLiteral("keyslots-after.json"));
        QFile::remove(current);
        QVERIFY(QFile::copy(slotFile, current));
        QFile::remove(slotFile);
        QVERIFY(QFile::copy(kept, slotFile));
        Error error;
        QVERIFY(!Session::login(m_paths, QStringLiteral("privacy-officer"),
                                secret("privacy-officer-amber-kettle-lagoon"), m_clock,
                                fastOptions(), &error));
        QVERIFY2(error.kind == ErrorKind::Damaged || error.kind == ErrorKind::Authentication,
                 qPrintable(error.message));
        QFile::remove(slotFile);
        QVERIFY(QFile::copy(current, slotFile));
        QVERIFY(loginAs(QStringLiteral("privacy-officer")));
    }

    // A register written before keys per capability (tests/data/keys/README.md) is sealed by
    // schema step 7 at the first login: nothing identifying stays in clear, each role opens
    // what its role carries, recordings still play for those who may play them.
    void registerFromBeforeKeysIsSealed()
    {
        const RegisterPaths paths{m_dir.filePath(QStringLiteral("legacy"))};
        QVERIFY(QDir().mkpath(paths.recordings()));
        const QDir fixture(QStringLiteral(TALLENNE_TEST_DATA "/keys/legacy-register"));
        for (const QString& name : {QStringLiteral("register.db"), QStringLiteral("keyslots.json")})
            QVERIFY(QFile::copy(fixture.filePath(name), QDir(paths.folder).filePath(name)));
        for (const QString& name :
             QDir(fixture.filePath(QStringLiteral("recordings"))).entryList(QDir::Files))
            QVERIFY(QFile::copy(fixture.filePath(QStringLiteral("recordings/") + name),
                                QDir(paths.recordings()).filePath(name)));
        // Before: the old file holds the numbers in plaintext inside the SQLCipher pages (so
        // they are not in its bytes either way: the check below is on what a key opens).
        const auto login = [&paths, this](const QString& name, const char* password) {
            Error error;
            auto s = Session::login(paths, name, secret(password), m_clock, fastOptions(), &error);
            if (!s)
                qWarning() << name << error.message;
            return s;
        };
        {
            auto officer = login(QStringLiteral("pirjo"), "5gzr-jj2k-kubp-kcdw");
            QVERIFY(officer);
            QCOMPARE(openedCaller(*officer, 5), QStringLiteral("+358463780879"));
            QCOMPARE(openedCaller(*officer, 3), QStringLiteral("+46703304778"));
            // Columns everyone reads hold the masked forms only.
            QCOMPARE(count(officer->db(), QStringLiteral("SELECT count(*) FROM calls WHERE caller"
                                                         " LIKE '+%' AND caller NOT LIKE '%*%'")),
                     0);
            QCOMPARE(count(officer->db(),
                           QStringLiteral("SELECT count(*) FROM recordings WHERE file_key_sealed"
                                          " IS NULL")),
                     0);
            const int sealed = int(sealedValues(officer->db()).size());
            QVERIFY(sealed >= 12 + 6 + 3);
            const Opened opened = tryEverything(officer->db(), officer->keys());
            QCOMPARE(opened.identifiers + opened.fileKeys, sealed);
            QCOMPARE(opened.fileKeys, 3);
            // Found by the number, as the services find it.
            QVERIFY(!FieldCrypto(*officer).indexes(u"phone", u"+358463780879").isEmpty());
            QCOMPARE(count(officer->db(), QStringLiteral("SELECT count(*) FROM calls WHERE"
                                                         " caller_index IS NULL AND"
                                                         " caller_sealed IS NOT NULL AND NOT"
                                                         " caller_pending")),
                     0);
        }
        {
            auto trainer = login(QStringLiteral("teemu"), "8auc-r6mf-29wx-e43c");
            QVERIFY(trainer);
            const Opened opened = tryEverything(trainer->db(), trainer->keys());
            QCOMPARE(opened.identifiers, 0);
            QCOMPARE(opened.fileKeys, 3);
            Error error;
            const auto recording =
                count(trainer->db(), QStringLiteral("SELECT min(id) FROM recordings"));
            const auto audio = readRecording(*trainer, recording, &error);
            QVERIFY2(audio, qPrintable(error.message));
            QVERIFY(audio->startsWith("RIFF"));
        }
        // The old plaintext is gone from the file's free pages too: the numbers are not in
        // any file, even as the database decrypts them (no page holds them).
        for (const char* needle : {"+358463780879", "358463780879", "+46703304778"}) {
            QString where;
            QVERIFY2(!anyFileContains(paths.folder, needle, &where), qPrintable(where));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
