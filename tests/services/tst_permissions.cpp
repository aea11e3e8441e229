// Every role is refused every permission it does not have, the refusal is audited, and the
// services that exist refuse the roles the design denies.

#include "core/Operations.h"
#include "services/AuditService.h"
#include "services/UserService.h"
#include "support/TestRegister.h"

#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

Q_DECLARE_METATYPE(tallenne::Role)

class TestPermissions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;

    std::unique_ptr<Session> loginAs(const QString& name)
    {
        Error error;
        const QByteArray password = name == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : name.toUtf8() + "-violet-tram-harbour";
        auto session = Session::login(m_paths, name, secret(password.constData()), m_clock,
                                      fastOptions(), &error);
        if (!session)
            qWarning() << error.message;
        return session;
    }

    int deniedEntries(Session& session)
    {
        AuditFilter filter;
        filter.action = QStringLiteral("permission.denied");
        filter.limit = 100000;
        return int(AuditLog(session.db()).list(filter, nullptr).size());
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
        for (Role role : RoleNames::all()) {
            const QString name = RoleNames::id(role);
            const QByteArray password = name.toUtf8() + "-violet-tram-harbour";
            QVERIFY2(UserService(*admin).add(name, role, secret(password.constData()), &error),
                     qPrintable(error.message));
        }
    }

    void table_data()
    {
        // The design's table, spelled out independently of Permissions.cpp.
        QTest::addColumn<int>("permission");
        QTest::addColumn<QString>("allowed"); // role ids that have it
        const auto row = [](const char* name, Permission p, const char* roles) {
            QTest::newRow(name) << int(p) << QString::fromLatin1(roles);
        };
        row("browse", Permission::BrowseRecords, "quality-manager trainer privacy-officer");
        row("unmasked", Permission::SeeUnmaskedIdentifiers, "privacy-officer");
        row("play", Permission::PlayRecordings, "quality-manager trainer");
        row("play-in-request", Permission::PlayRecordingsInRequest, "privacy-officer");
        row("read-tags", Permission::ReadTags, "quality-manager trainer");
        row("manage-tags", Permission::ManageTags, "trainer");
        row("read-quality", Permission::ReadQuality, "quality-manager trainer");
        row("evaluate", Permission::Evaluate, "quality-manager");
        row("scorecards", Permission::ManageScorecards, "quality-manager");
        row("requests", Permission::HandleRequests, "privacy-officer");
        row("export-erase", Permission::ExportRectifyErase, "privacy-officer");
        row("holds", Permission::ManageLegalHolds, "privacy-officer administrator");
        row("retention", Permission::ManageRetentionAndProfile, "administrator");
        row("users", Permission::ManageUsers, "administrator");
        row("audit-own", Permission::ReadAuditOwnRequests, "privacy-officer administrator");
        row("audit", Permission::ReadAuditTrail, "administrator");
        row("notice", Permission::ReadPrivacyNotice,
            "quality-manager trainer privacy-officer administrator");
    }

    void table()
    {
        QFETCH(int, permission);
        QFETCH(QString, allowed);
        QVERIFY(Permissions::all().contains(Permission(permission)));
        for (Role role : RoleNames::all()) {
            const bool expected = allowed.split(QLatin1Char(' ')).contains(RoleNames::id(role));
            QCOMPARE(Permissions::allows(role, Permission(permission)), expected);
        }
    }

    void everyRefusalIsAudited_data()
    {
        QTest::addColumn<int>("role");
        for (Role role : RoleNames::all())
            QTest::newRow(qPrintable(RoleNames::id(role))) << int(role);
    }

    void everyRefusalIsAudited()
    {
        QFETCH(int, role);
        auto session = loginAs(RoleNames::id(Role(role)));
        QVERIFY(session);
        int refused = 0;
        for (Permission p : Permissions::all()) {
            // An operation declared with the permission (Session::require refuses others).
            QString action;
            for (const Operation& op : Operations::all()) {
                if (op.permission == p) {
                    action = QString::fromLatin1(op.action);
                    break;
                }
            }
            if (action.isEmpty())
                continue; // decides what a read shows; guards no operation of its own
            Error error;
            const int before = deniedEntries(*session);
            const bool allowed = session->require(p, action, QStringLiteral("object:1"), &error);
            QCOMPARE(allowed, Permissions::allows(Role(role), p));
            if (!allowed) {
                ++refused;
                QCOMPARE(error.kind, ErrorKind::PermissionDenied);
                QCOMPARE(exitCodeFor(error.kind), 3);
                QCOMPARE(deniedEntries(*session), before + 1);
            } else {
                QCOMPARE(deniedEntries(*session), before);
            }
        }
        QVERIFY(refused > 0);
    }

    void servicesRefuseDeniedRoles_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("quality-manager") << QStringLiteral("quality-manager");
        QTest::newRow("trainer") << QStringLiteral("trainer");
        QTest::newRow("privacy-officer") << QStringLiteral("privacy-officer");
    }

    void servicesRefuseDeniedRoles()
    {
        QFETCH(QString, user);
        auto session = loginAs(user);
        QVERIFY(session);
        const int before = deniedEntries(*session);
        Error error;
        QVERIFY(!UserService(*session).add(QStringLiteral("mallory"), Role::Administrator,
                                           secret("mallory's violet tram"), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!UserService(*session).remove(QStringLiteral("admin"), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!UserService(*session).setRoles(user, Role::Administrator, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!UserService(*session).changePassword(
            QStringLiteral("admin"), secret("hijacked violet tram harbour"), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(UserService(*session).list(&error).isEmpty());
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!AuditService(*session).verify(&error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!AuditService(*session).list(
            {}, 0, 0, [](const AuditEntry&) { return true; }, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!RegisterService::verify(*session, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!RegisterService::rekey(*session, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QCOMPARE(deniedEntries(*session), before + 9);
        // No user was added.
        Error lookup;
        QVERIFY(!UserRepository(session->db()).find(QStringLiteral("mallory"), &lookup));
        // But anyone may change their own password.
        const QByteArray own = user.toUtf8() + "-violet-tram-harbour";
        QVERIFY2(UserService(*session).changePassword(user, secret(own.constData()), &error),
                 qPrintable(error.message));
    }

    void administratorIsAllowed()
    {
        auto session = loginAs(QStringLiteral("admin"));
        QVERIFY(session);
        Error error;
        QVERIFY(UserService(*session).list(&error).size() >= 5);
        QVERIFY(AuditService(*session).verify(&error).value().intact);
        const auto checks = RegisterService::verify(*session, &error);
        QVERIFY2(checks, qPrintable(error.message));
        for (const RegisterCheck& c : *checks)
            QVERIFY2(c.ok, qPrintable(c.name + QStringLiteral(": ") + c.detail));
        // The last administrator cannot be removed or demoted by anyone.
        QVERIFY(UserService(*session).remove(QStringLiteral("administrator"), &error));
        QVERIFY(!UserService(*session).setRoles(QStringLiteral("admin"), Role::Trainer, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
