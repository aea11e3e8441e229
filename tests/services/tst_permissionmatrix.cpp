// The permission matrix: every guarded service operation (core/Operations.cpp, the registry
// Session::require() enforces) × every role and no role, against the roles table of
// DESIGN.md spelled out here on its own. The test fails when an operation is added to the
// registry without a row here, when a row here has no operation, when a guarded call in the
// services names an operation the registry does not declare, and when any cell disagrees.
// Every refusal leaves exactly one `permission.denied` entry naming the action, by the user
// refused; an allowed cell leaves none.

#include "core/Operations.h"
#include "services/UserService.h"
#include "support/TestRegister.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {

constexpr char noRole[] = "nobody";

// DESIGN.md "Roles and permissions", one line per permission: the roles that have it.
QStringList ids(const char* spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '));
}

QStringList designRoles(Permission p)
{
    switch (p) {
    case Permission::BrowseRecords:
        return ids("quality-manager trainer privacy-officer");
    case Permission::SeeUnmaskedIdentifiers:
        return ids("privacy-officer");
    case Permission::PlayRecordings:
        return ids("quality-manager trainer");
    case Permission::PlayRecordingsInRequest:
        return ids("privacy-officer");
    case Permission::ReadTags:
        return ids("quality-manager trainer");
    case Permission::ManageTags:
        return ids("trainer");
    case Permission::ReadQuality:
        return ids("quality-manager trainer");
    case Permission::Evaluate:
    case Permission::ManageScorecards:
        return ids("quality-manager");
    case Permission::HandleRequests:
    case Permission::ExportRectifyErase:
        return ids("privacy-officer");
    case Permission::ManageLegalHolds:
    case Permission::ReadAuditOwnRequests:
        return ids("privacy-officer administrator");
    case Permission::ManageRetentionAndProfile:
    case Permission::ManageUsers:
    case Permission::ReadAuditTrail:
        return ids("administrator");
    case Permission::ReadPrivacyNotice:
        return ids("quality-manager trainer privacy-officer administrator");
    }
    return {};
}

// Every guarded operation and the permission it is checked against, written out here: a new
// operation needs its row (and a look at DESIGN.md's table) before this test passes.
const QList<QPair<QString, Permission>>& expectedOperations()
{
    static const QList<QPair<QString, Permission>> rows = [] {
        QList<QPair<QString, Permission>> r;
        const auto add = [&r](Permission p, const char* actions) {
            for (const QString& a : QString::fromLatin1(actions).split(QLatin1Char(' ')))
                r.append({a, p});
        };
        add(Permission::BrowseRecords,
            "agents.list call.open calls.page calls.rows calls.search channels.list chat.open "
            "chats.fulltext chats.page chats.rows chats.search queues.list");
        add(Permission::PlayRecordings, "recording.play recording.heard");
        add(Permission::PlayRecordingsInRequest, "recording.play recording.heard");
        add(Permission::ReadTags, "playlist.list playlist.show tag.labels tag.list tag.read");
        add(Permission::ManageTags,
            "playlist.add playlist.create playlist.delete playlist.move playlist.remove "
            "playlist.rename tag.add tag.delete tag.edit tag.label.add tag.label.delete "
            "tag.label.rename");
        add(Permission::ReadQuality,
            "calibration.list calibration.read evaluation.list evaluation.read quality.report "
            "sample.list sample.read scorecard.export scorecard.list scorecard.read");
        add(Permission::Evaluate,
            "calibration.close calibration.create calibration.join evaluation.discard "
            "evaluation.revise evaluation.save evaluation.start evaluation.submit sample.draw");
        add(Permission::ManageScorecards,
            "scorecard.change scorecard.create scorecard.import scorecard.reinstate "
            "scorecard.retire");
        add(Permission::HandleRequests,
            "request.close request.exclude request.extend request.fee request.find "
            "request.include request.list request.open request.read request.verify subject.find");
        add(Permission::ExportRectifyErase,
            "subject.erase subject.erase.plan subject.export subject.object subject.rectify "
            "subject.restrict subject.restrict.lift");
        add(Permission::ManageLegalHolds,
            "hold.add hold.list hold.release retention.compact retention.preview "
            "retention.purge");
        add(Permission::ManageRetentionAndProfile,
            "import.asterisk import.chats profile.history profile.set");
        add(Permission::ManageUsers,
            "keys.holdings register.rekey unattended.disable unattended.enable "
            "unattended.status user.add user.handover user.list user.passwd user.remove "
            "user.roles");
        add(Permission::ReadAuditOwnRequests, "audit.export audit.read");
        add(Permission::ReadAuditTrail,
            "audit.export audit.head audit.list audit.read audit.verify register.verify");
        add(Permission::ReadPrivacyNotice, "profile.read");
        return r;
    }();
    return rows;
}

// The enumerators' names as the sources spell them, in Permissions::all()'s order.
const QHash<QString, Permission>& enumNames()
{
    static const QHash<QString, Permission> names = [] {
        const char* ids[] = {"BrowseRecords",
                             "SeeUnmaskedIdentifiers",
                             "PlayRecordings",
                             "PlayRecordingsInRequest",
                             "ReadTags",
                             "ManageTags",
                             "ReadQuality",
                             "Evaluate",
                             "ManageScorecards",
                             "HandleRequests",
                             "ExportRectifyErase",
                             "ManageLegalHolds",
                             "ManageRetentionAndProfile",
                             "ManageUsers",
                             "ReadAuditOwnRequests",
                             "ReadAuditTrail",
                             "ReadPrivacyNotice"};
        QHash<QString, Permission> h;
        const QList<Permission> all = Permissions::all();
        for (int i = 0; i < all.size(); ++i)
            h.insert(QString::fromLatin1(ids[i]), all[i]);
        return h;
    }();
    return names;
}

QString key(const QString& action, Permission p)
{
    return action + QLatin1Char('/') + Permissions::id(p);
}

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    std::map<QString, std::unique_ptr<Session>> m_sessions; // by user name
    int m_cells = 0;

    static QByteArray passwordFor(const QString& name)
    {
        return name == QLatin1String("admin") ? QByteArray(adminPassword)
                                              : name.toUtf8() + "-violet-tram-harbour";
    }

    // permission.denied entries naming this action, by this user.
    static int refusals(Session& session, const QString& action)
    {
        QSqlQuery q(session.db());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                 "'permission.denied' AND user_name = ? AND details LIKE ?"));
        q.addBindValue(session.userName());
        q.addBindValue(QStringLiteral("action=%1 %").arg(action));
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Error error;
        auto admin = newRegisterAsAdmin(m_dir, m_clock, &m_paths, &error);
        QVERIFY2(admin, qPrintable(error.message));
        for (Role role : RoleNames::all()) {
            const QString name = RoleNames::id(role);
            QVERIFY2(
                UserService(*admin).add(name, role, secret(passwordFor(name).constData()), &error),
                qPrintable(error.message));
        }
        // A user left with no role (what a register could hold after its roles were taken
        // away outside the console): a trainer whose roles are then cleared in the table.
        QVERIFY2(UserService(*admin).add(
                     QString::fromLatin1(noRole), Role::Trainer,
                     secret(passwordFor(QString::fromLatin1(noRole)).constData()), &error),
                 qPrintable(error.message));
        QSqlQuery q(admin->db());
        QVERIFY2(q.exec(QStringLiteral("UPDATE users SET roles = 0 WHERE name = 'nobody'")),
                 qPrintable(q.lastError().text()));
        admin.reset();
        QStringList users = RoleNames::ids(Roles(0xF));
        users << QString::fromLatin1(noRole);
        for (const QString& name : users) {
            auto session = Session::login(m_paths, name, secret(passwordFor(name).constData()),
                                          m_clock, fastOptions(), &error);
            QVERIFY2(session, qPrintable(name + QStringLiteral(": ") + error.message));
            m_sessions[name] = std::move(session);
        }
        QCOMPARE(m_sessions.at(QString::fromLatin1(noRole))->roles(), Roles{});
    }

    // The registry and the rows of this test name the same operations.
    void registryMatchesTheTable()
    {
        QSet<QString> registry, table;
        for (const Operation& op : Operations::all()) {
            const QString k = key(QString::fromLatin1(op.action), op.permission);
            QVERIFY2(!registry.contains(k), qPrintable(QStringLiteral("twice: ") + k));
            registry.insert(k);
        }
        for (const auto& [action, p] : expectedOperations())
            table.insert(key(action, p));
        for (const QString& k : registry - table)
            qWarning("in core/Operations.cpp but without a row in this test: %s", qPrintable(k));
        for (const QString& k : table - registry)
            qWarning("a row of this test that core/Operations.cpp does not declare: %s",
                     qPrintable(k));
        QCOMPARE(registry, table);
        // Every permission but the one that only decides how reads are shown guards an
        // operation.
        for (Permission p : Permissions::all()) {
            const bool guards =
                std::any_of(expectedOperations().begin(), expectedOperations().end(),
                            [p](const auto& row) { return row.second == p; });
            QCOMPARE(guards, p != Permission::SeeUnmaskedIdentifiers);
        }
    }

    // Permissions.cpp agrees with DESIGN.md for every permission and role.
    void permissionsMatchTheDesign()
    {
        for (Permission p : Permissions::all())
            for (Role role : RoleNames::all())
                QCOMPARE(Permissions::allows(role, p),
                         designRoles(p).contains(RoleNames::id(role)));
    }

    // The guarded calls in the services that name their action and permission in one place
    // (require(Permission::X, QStringLiteral("a") or an `action` set just before) are all
    // declared: a new call without its row is found here even before anything runs it.
    void servicesCallOnlyDeclaredOperations()
    {
        const QString root = QStringLiteral(TALLENNE_SOURCE_DIR "/src/services");
        const QRegularExpression call(QStringLiteral(
            "require\\(\\s*Permission::(\\w+),\\s*(?:QStringLiteral\\(\"([^\"]+)\"\\)|(\\w+))"));
        const QRegularExpression assigned(QStringLiteral("QString (\\w+)\\s*=\\s*([^;]+);"));
        int checked = 0;
        for (QDirIterator it(root, {QStringLiteral("*.cpp")}, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            if (file.fileName().endsWith(QLatin1String("/Session.cpp")))
                continue;
            for (auto m = call.globalMatch(text); m.hasNext();) {
                const auto match = m.next();
                const bool known = enumNames().contains(match.captured(1));
                const Permission permission = enumNames().value(match.captured(1));
                QVERIFY2(known, qPrintable(match.captured(1)));
                QStringList actions;
                if (!match.captured(2).isEmpty()) {
                    actions << match.captured(2);
                } else {
                    // The variable's last assignment before the call (a literal, or a choice
                    // of two); an action passed in as a parameter is left to Session::require,
                    // which refuses it at run time when it is not declared.
                    // Within the calling function only (from the end of the one before).
                    QString before = text.left(match.capturedStart());
                    before = before.mid(
                        std::max<qsizetype>(0, before.lastIndexOf(QLatin1String("\n}\n"))));
                    QString definition;
                    for (auto d = assigned.globalMatch(before); d.hasNext();) {
                        const auto dm = d.next();
                        if (dm.captured(1) == match.captured(3))
                            definition = dm.captured(2);
                    }
                    static const QRegularExpression literal(QStringLiteral("\"([a-z_.]+)\""));
                    for (auto l = literal.globalMatch(definition); l.hasNext();)
                        actions << l.next().captured(1);
                }
                for (const QString& action : actions) {
                    ++checked;
                    QVERIFY2(Operations::declares(action, permission),
                             qPrintable(
                                 QStringLiteral("%1 calls require(%2, \"%3\"), which "
                                                "core/Operations.cpp does not declare")
                                     .arg(QFileInfo(file).fileName(), match.captured(1), action)));
                }
            }
        }
        qInfo("%d guarded calls in src/services checked against the registry", checked);
        QVERIFY(checked > 80);
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("permission");
        for (const Operation& op : Operations::all())
            QTest::newRow(qPrintable(key(QString::fromLatin1(op.action), op.permission)))
                << QString::fromLatin1(op.action) << int(op.permission);
    }

    // One operation × the four roles and no role, through the service layer's gate.
    void matrix()
    {
        QFETCH(QString, action);
        QFETCH(int, permission);
        const Permission p = Permission(permission);
        for (auto& [name, session] : m_sessions) {
            const bool expected = designRoles(p).contains(name);
            const int before = refusals(*session, action);
            Error error;
            const bool allowed = session->require(p, action, QStringLiteral("matrix:1"), &error);
            QVERIFY2(allowed == expected,
                     qPrintable(QStringLiteral("%1 as %2: %3")
                                    .arg(action, name,
                                         allowed ? QStringLiteral("allowed")
                                                 : QStringLiteral("refused"))));
            if (allowed) {
                QCOMPARE(refusals(*session, action), before);
            } else {
                QCOMPARE(error.kind, ErrorKind::PermissionDenied);
                QCOMPARE(exitCodeFor(error.kind), 3);
                QCOMPARE(refusals(*session, action), before + 1);
            }
            ++m_cells;
        }
    }

    // An operation the registry does not know is refused whatever the roles, and audited.
    void undeclaredOperationIsRefused()
    {
        Session& admin = *m_sessions.at(QStringLiteral("administrator"));
        Error error;
        QVERIFY(
            !admin.require(Permission::ManageUsers, QStringLiteral("user.undeclared"), {}, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QCOMPARE(refusals(admin, QStringLiteral("user.undeclared")), 1);
        // Declared, but under another permission than the call names.
        QVERIFY(!admin.require(Permission::ManageUsers, QStringLiteral("audit.list"), {}, &error));
        QCOMPARE(refusals(admin, QStringLiteral("audit.list")), 1);
    }

    void cleanupTestCase()
    {
        qInfo("permission matrix: %d cells checked (%lld operations x %zu role sets: four roles "
              "and none)",
              m_cells, qint64(Operations::all().size()), m_sessions.size());
        // The trail with every refusal in it still verifies.
        Session& admin = *m_sessions.at(QStringLiteral("administrator"));
        Error error;
        QVERIFY(RegisterService::verify(admin, &error));
    }
};

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "tst_permissionmatrix.moc"
