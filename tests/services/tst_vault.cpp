// The register vault: init, login, wrong password, throttling, slot tampering, workstation
// binding and rebind, rekey, and that no secret reaches the disk.

#include "crypto/KeySlotFile.h"
#include "crypto/WorkstationKeychain.h"
#include "services/AuditService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "support/TestRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestVault : public QObject
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

    QList<AuditEntry> auditEntries(Session& session, const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        return AuditLog(session.db()).list(filter, nullptr);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerSqlCipherDriver();
    }

    void initCreatesARegisterThatOpens()
    {
        const RegisterPaths paths = freshPaths();
        Error error;
        const QByteArray code = makeRegister(paths, m_clock, fastOptions(), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error.message));
        QVERIFY(paths.looksLikeRegister());
        QVERIFY(QDir(paths.recordings()).exists());
        auto session = Session::login(paths, QStringLiteral("admin"), secret(adminPassword),
                                      m_clock, fastOptions(), &error);
        QVERIFY2(session, qPrintable(error.message));
        QCOMPARE(session->roles(), Roles(Role::Administrator));
        QCOMPARE(auditEntries(*session, QStringLiteral("login")).size(), 1);
        // init refuses a folder that is not empty
        SecretBytes again;
        QVERIFY(!RegisterService::init(paths, QStringLiteral("admin"), secret(adminPassword),
                                       m_clock, fastOptions(), &again, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
    }

    void shortPasswordIsRefused()
    {
        Error error;
        SecretBytes code;
        QVERIFY(!RegisterService::init(freshPaths(), QStringLiteral("admin"), secret("short pw"),
                                       m_clock, fastOptions(), &code, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(error.message.contains(QStringLiteral("12")));
    }

    void wrongPasswordLeavesNoKeyInMemory()
    {
        const RegisterPaths paths = freshPaths();
        Error error;
        QVERIFY(!makeRegister(paths, m_clock, fastOptions(), &error).isEmpty());
        const int liveBefore = SecretBytes::liveCount();
        {
            const SecretBytes wrong = secret("not the password at all");
            auto session = Session::login(paths, QStringLiteral("admin"), wrong, m_clock,
                                          fastOptions(), &error);
            QVERIFY(!session);
            QCOMPARE(error.kind, ErrorKind::Authentication);
            QCOMPARE(exitCodeFor(error.kind), 2);
        }
        // Every buffer that held a derived key, an identity or the data key was released
        // (and so wiped by sodium_free).
        QCOMPARE(SecretBytes::liveCount(), liveBefore);
        // Unknown user: the same answer as a wrong password.
        Error unknown;
        QVERIFY(!Session::login(paths, QStringLiteral("nobody"), secret(adminPassword), m_clock,
                                fastOptions(), &unknown));
        QCOMPARE(unknown.message, error.message);
    }

    void slotEditedByOneByteIsRefused()
    {
        const RegisterPaths paths = freshPaths();
        Error error;
        QVERIFY(!makeRegister(paths, m_clock, fastOptions(), &error).isEmpty());
        QFile file(paths.keySlots());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        // Change one byte of the admin slot's ciphertext.
        QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
        for (int i = 0; i < slotArray.size(); ++i) {
            QJsonObject slot = slotArray[i].toObject();
            if (slot.value(QStringLiteral("id")).toString() != QLatin1String("admin"))
                continue;
            QByteArray ct = QByteArray::fromBase64(
                slot.value(QStringLiteral("ciphertext")).toString().toLatin1());
            ct[5] = char(ct[5] ^ 0x01);
            slot.insert(QStringLiteral("ciphertext"), QString::fromLatin1(ct.toBase64()));
            slotArray[i] = slot;
        }
        root.insert(QStringLiteral("slots"), slotArray);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        QVERIFY(!Session::login(paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                fastOptions(), &error));
        QCOMPARE(error.kind, ErrorKind::Authentication);

        // A slot file that is not JSON at all: Damaged, not a crash.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"format\": \"tallenne.keyslots/1\", \"slots\": [");
        file.close();
        QVERIFY(!Session::login(paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                fastOptions(), &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
    }

    void throttleDelaysTheSixthAttemptAndAuditsFailures()
    {
        const RegisterPaths paths = freshPaths();
        Error error;
        QVERIFY(!makeRegister(paths, m_clock, fastOptions(), &error).isEmpty());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(!Session::login(paths, QStringLiteral("admin"), secret("wrong password!!"),
                                    m_clock, fastOptions(), &error));
            // The failure that starts the wait says so; the ones before it do not.
            QCOMPARE(error.message.contains(QStringLiteral("too many failed attempts")), i == 4);
            if (i == 4)
                QVERIFY2(error.message.contains(QStringLiteral("in 30 second")),
                         qPrintable(error.message));
            m_clock.advanceSeconds(1);
        }
        // The sixth attempt is refused even with the right password, until the delay passed.
        QVERIFY(!Session::login(paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                fastOptions(), &error));
        QCOMPARE(error.kind, ErrorKind::Authentication);
        QVERIFY2(error.message.contains(QStringLiteral("Too many")), qPrintable(error.message));
        m_clock.advanceSeconds(LoginThrottle::FirstDelaySeconds + 1);
        auto session = Session::login(paths, QStringLiteral("admin"), secret(adminPassword),
                                      m_clock, fastOptions(), &error);
        QVERIFY2(session, qPrintable(error.message));
        // The five failures were written to the audit trail at this successful login.
        QCOMPARE(auditEntries(*session, QStringLiteral("login.failed")).size(), 5);
        // And the counter was reset.
        const auto file = KeySlotFile::load(paths.keySlots(), &error);
        QVERIFY(file);
        QCOMPARE(file->failures(QStringLiteral("admin")), 0);
    }

    void copiedRegisterNeedsRecoveryCodeOnAnotherWorkstation()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("This test needs the D-Bus session with gnome-keyring that the test command "
                  "starts.");
        const RegisterPaths paths = freshPaths();
        Error error;
        const QByteArray code = makeRegister(paths, m_clock, fastOptions(true), &error);
        QVERIFY2(!code.isEmpty(), qPrintable(error.message));
        QVERIFY(Session::login(paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                               fastOptions(), &error));
        const auto file = KeySlotFile::load(paths.keySlots(), &error);
        QVERIFY(file);
        QVERIFY(file->bindingEnabled());

        // "Another workstation": a keychain without this register's secret.
        const WorkstationKeychain keychain;
        QVERIFY(keychain.remove(WorkstationKeychain::workstationEntry(file->registerId()), &error));
        auto refused = Session::login(paths, QStringLiteral("admin"), secret(adminPassword),
                                      m_clock, fastOptions(), &error);
        QVERIFY(!refused);
        QVERIFY2(error.message.contains(QStringLiteral("rebind")), qPrintable(error.message));

        // The wrong recovery code does not rebind.
        QVERIFY(!RegisterService::rebind(paths, secret("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"),
                                         m_clock, fastOptions(), &error));
        // The right one, typed in lower case with spaces, does.
        QByteArray typed = code.toLower().replace('-', ' ');
        QVERIFY2(RegisterService::rebind(paths, SecretBytes::fromBytes(typed), m_clock,
                                         fastOptions(), &error),
                 qPrintable(error.message));
        auto session = Session::login(paths, QStringLiteral("admin"), secret(adminPassword),
                                      m_clock, fastOptions(), &error);
        QVERIFY2(session, qPrintable(error.message));
        QCOMPARE(auditEntries(*session, QStringLiteral("register.rebind")).size(), 1);
    }

    void rekeyKeepsDataAndRetiresOldSlots()
    {
        const RegisterPaths paths = freshPaths();
        Error error;
        QVERIFY(!makeRegister(paths, m_clock, fastOptions(), &error).isEmpty());
        auto session = Session::login(paths, QStringLiteral("admin"), secret(adminPassword),
                                      m_clock, fastOptions(), &error);
        QVERIFY(session);
        QVERIFY2(UserService(*session).add(QStringLiteral("laura"), Role::QualityManager,
                                           secret("laura's long password"), &error),
                 qPrintable(error.message));
        const QByteArray oldSlots = [&] {
            QFile f(paths.keySlots());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const SecretBytes oldKey = session->dataKey().clone();
        QVERIFY2(RegisterService::rekey(*session, &error), qPrintable(error.message));
        QVERIFY(!session->dataKey().equals(oldKey));
        session.reset();

        // Everyone still logs in, and the data is all there.
        auto laura = Session::login(paths, QStringLiteral("laura"), secret("laura's long password"),
                                    m_clock, fastOptions(), &error);
        QVERIFY2(laura, qPrintable(error.message));
        laura.reset();
        session = Session::login(paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                 fastOptions(), &error);
        QVERIFY2(session, qPrintable(error.message));
        QCOMPARE(UserService(*session).list(&error).size(), 2);
        session.reset();

        // The old key no longer opens the database...
        QVERIFY(!Database::open(paths.database(), oldKey, Database::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        // ...so the old keyslots.json (a backup, say) is useless.
        QFile f(paths.keySlots());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(oldSlots);
        f.close();
        QVERIFY(!Session::login(paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                fastOptions(), &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
    }

    void rekeyRefusesASwappedIdentity()
    {
        const RegisterPaths paths = freshPaths();
        Error error;
        QVERIFY(!makeRegister(paths, m_clock, fastOptions(), &error).isEmpty());
        auto session = Session::login(paths, QStringLiteral("admin"), secret(adminPassword),
                                      m_clock, fastOptions(), &error);
        QVERIFY(session);
        // An attacker who can write keyslots.json puts their own public key into the
        // recovery slot, hoping the next rekey seals the new data key to it.
        QFile file(paths.keySlots());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
        QJsonObject recovery = slotArray[1].toObject();
        QCOMPARE(recovery.value(QStringLiteral("kind")).toString(), QStringLiteral("recovery"));
        recovery.insert(QStringLiteral("public_key"),
                        QString::fromLatin1(QByteArray(32, '\x42').toBase64()));
        slotArray[1] = recovery;
        root.insert(QStringLiteral("slots"), slotArray);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        const SecretBytes before = session->dataKey().clone();
        QVERIFY(!RegisterService::rekey(*session, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY(session->dataKey().equals(before));
        QVERIFY(!QFile::exists(paths.keySlots() + QStringLiteral(".rekey")));
    }

    void noSecretReachesTheDisk()
    {
        const RegisterPaths paths = freshPaths();
        Error error;
        const QByteArray code = makeRegister(paths, m_clock, fastOptions(), &error);
        QVERIFY(!code.isEmpty());
        {
            auto session = Session::login(paths, QStringLiteral("admin"), secret(adminPassword),
                                          m_clock, fastOptions(), &error);
            QVERIFY(session);
            QVERIFY(UserService(*session).add(QStringLiteral("pirjo"), Role::PrivacyOfficer,
                                              secret("pirjo-secret-passphrase"), &error));
        }
        const QByteArray canonical = QByteArray(code).replace('-', "");
        const QStringList places = {
            paths.folder, QDir::homePath(),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)};
        for (const QString& place : places) {
            QString where;
            for (const QByteArray& needle :
                 {QByteArray(adminPassword), QByteArray("pirjo-secret-passphrase"), code,
                  canonical}) {
                QVERIFY2(!anyFileContains(place, needle, &where),
                         qPrintable(QStringLiteral("a secret was found in %1").arg(where)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
