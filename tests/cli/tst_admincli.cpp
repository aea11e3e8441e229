// The command-line contract of tallenne-admin, run as a real process: output, JSON and the
// documented exit codes.

#include "support/AdminProcess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestAdminCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_register;
    QString m_recovery;

    using Run = tallenne::test::AdminRun;

    Run admin(const QStringList& args, const QByteArray& input = {})
    {
        return tallenne::test::runAdmin(args, input, 120000);
    }

    QStringList as(const QString& user, const QStringList& rest)
    {
        return QStringList{QStringLiteral("--register"), m_register, QStringLiteral("--user"), user,
                           QStringLiteral("--password-stdin")} +
               rest;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_register = m_dir.filePath(QStringLiteral("register"));
    }

    void version()
    {
        const Run r = admin({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("tallenne-admin 0.")));
    }

    void usageErrorsExitOne()
    {
        QCOMPARE(admin({}).code, 1);
        QCOMPARE(admin({QStringLiteral("frobnicate")}).code, 1);
        QCOMPARE(admin({QStringLiteral("--no-such-option")}).code, 1);
    }

    void initPrintsRecoveryCodeOnce()
    {
        const Run r =
            admin({QStringLiteral("--register"), m_register, QStringLiteral("--password-stdin"),
                   QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root"),
                   QStringLiteral("--no-bind")},
                  "admin violet tram harbour\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QRegularExpression code(
            QStringLiteral("^Recovery code: ([0-9A-Z]{4}(-[0-9A-Z]{4}){7})$"),
            QRegularExpression::MultilineOption);
        const auto match = code.match(r.out);
        QVERIFY2(match.hasMatch(), qPrintable(r.out));
        m_recovery = match.captured(1);
        // A second init into the same folder is refused by rule.
        QCOMPARE(
            admin({QStringLiteral("--register"), m_register, QStringLiteral("--password-stdin"),
                   QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root")},
                  "admin violet tram harbour\n")
                .code,
            6);
    }

    void wrongPasswordExitsTwo()
    {
        const Run r =
            admin(as(QStringLiteral("root"), {QStringLiteral("user"), QStringLiteral("list")}),
                  "wrong password here\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Wrong user name or password")));
    }

    void usersAndRoles()
    {
        Run r = admin(as(QStringLiteral("root"),
                         {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("teemu"),
                          QStringLiteral("--role"), QStringLiteral("trainer")}),
                      "admin violet tram harbour\ntrainer violet tram 1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Too short a password: input rejected.
        r = admin(as(QStringLiteral("root"),
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                      QStringLiteral("--role"), QStringLiteral("trainer")}),
                  "admin violet tram harbour\nshort\n");
        QCOMPARE(r.code, 5);
        // An unknown role is a usage error.
        r = admin(as(QStringLiteral("root"),
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("y"),
                      QStringLiteral("--role"), QStringLiteral("boss")}),
                  "admin violet tram harbour\nlong enough password\n");
        QCOMPARE(r.code, 1);
        r = admin(as(QStringLiteral("root"),
                     {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")}),
                  "admin violet tram harbour\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("teemu"));
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("roles")).toArray().at(0).toString(),
                 QStringLiteral("trainer"));
        // A trainer may not list users: permission denied, exit 3.
        r = admin(as(QStringLiteral("teemu"), {QStringLiteral("user"), QStringLiteral("list")}),
                  "trainer violet tram 1\n");
        QCOMPARE(r.code, 3);
    }

    void verifyAndAudit()
    {
        Run r = admin(as(QStringLiteral("root"), {QStringLiteral("verify")}),
                      "admin violet tram harbour\n");
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("audit chain")));
        r = admin(as(QStringLiteral("root"), {QStringLiteral("audit"), QStringLiteral("verify")}),
                  "admin violet tram harbour\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("intact")));
        r = admin(as(QStringLiteral("root"),
                     {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                      QStringLiteral("--user"), QStringLiteral("teemu"), QStringLiteral("--action"),
                      QStringLiteral("permission")}),
                  "admin violet tram harbour\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("permission.denied"));
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("user")).toString(),
                 QStringLiteral("teemu"));
    }

    void rekeyAndRebind()
    {
        Run r = admin(as(QStringLiteral("root"), {QStringLiteral("rekey")}),
                      "admin violet tram harbour\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin(as(QStringLiteral("teemu"),
                     {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("teemu")}),
                  "trainer violet tram 1\ntrainer violet tram 2\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin({QStringLiteral("--register"), m_register, QStringLiteral("--password-stdin"),
                   QStringLiteral("rebind")},
                  m_recovery.toLatin1() + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin({QStringLiteral("--register"), m_register, QStringLiteral("--password-stdin"),
                   QStringLiteral("rebind")},
                  "0000-0000-0000-0000-0000-0000-0000-0000\n");
        QCOMPARE(r.code, 2);
    }

    void weakPasswordSaysWhy()
    {
        const Run r =
            admin(as(QStringLiteral("root"),
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kristiina"),
                      QStringLiteral("--role"), QStringLiteral("trainer")}),
                  "admin violet tram harbour\nKristiina1985\n");
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(QStringLiteral("too easy to guess")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("the user's name")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("a date or a year")), qPrintable(r.err));
    }

    // --password-stdin refuses a line longer than 1,024 bytes instead of cutting it: the cut
    // password would be one the user never chose.
    void overLongPasswordLineIsRefused()
    {
        const QByteArray longLine = QByteArray(1025, 'p') + "\n";
        Run r = admin(as(QStringLiteral("root"), {QStringLiteral("user"), QStringLiteral("list")}),
                      longLine);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("longer than 1024 bytes")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("Wrong user name or password")));
        // The new user's password line, too; nothing is added.
        r = admin(as(QStringLiteral("root"),
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kalle"),
                      QStringLiteral("--role"), QStringLiteral("trainer")}),
                  "admin violet tram harbour\n" + QByteArray(4096, 'k') + "\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("longer than 1024 bytes")), qPrintable(r.err));
        // And init: no register is made.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh"));
        r = admin({QStringLiteral("--register"), fresh, QStringLiteral("--password-stdin"),
                   QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root"),
                   QStringLiteral("--no-bind")},
                  QByteArray(2000, 'x') + "\n");
        QCOMPARE(r.code, 1);
        QVERIFY(!QFileInfo::exists(fresh));
        // A line of exactly 1,024 bytes is read whole (and is simply the wrong password).
        r = admin(as(QStringLiteral("root"), {QStringLiteral("user"), QStringLiteral("list")}),
                  QByteArray(1024, 'p') + "\r\n");
        QCOMPARE(r.code, 2);
        r = admin(as(QStringLiteral("root"),
                     {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")}),
                  "admin violet tram harbour\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("kalle")));
    }

    void notARegisterExitsFour()
    {
        const Run r = admin({QStringLiteral("--register"), m_dir.path(), QStringLiteral("--user"),
                             QStringLiteral("root"), QStringLiteral("--password-stdin"),
                             QStringLiteral("verify")},
                            "admin violet tram harbour\n");
        QCOMPARE(r.code, 4);
    }

    // The first administrator holds every key until a privacy officer does, is told to hand
    // over when one is added, and afterwards holds none (DESIGN.md, "Keys per capability").
    void keysAndHandover()
    {
        const auto keysOf = [this](const QString& name) {
            const Run r =
                admin(as(QStringLiteral("root"), {QStringLiteral("--json"), QStringLiteral("user"),
                                                  QStringLiteral("list")}),
                      "admin violet tram harbour\n");
            for (const QJsonValue& u : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
                if (u[QStringLiteral("name")].toString() == name)
                    return u[QStringLiteral("keys")].toObject().toVariantMap();
            }
            return QVariantMap();
        };
        const QVariantMap all{{QStringLiteral("identifiers"), QStringLiteral("held")},
                              {QStringLiteral("lookup"), QStringLiteral("held")},
                              {QStringLiteral("recordings"), QStringLiteral("held")}};
        QCOMPARE(keysOf(QStringLiteral("root")), all);
        QCOMPARE(keysOf(QStringLiteral("teemu")),
                 (QVariantMap{{QStringLiteral("identifiers"), QStringLiteral("no")},
                              {QStringLiteral("lookup"), QStringLiteral("no")},
                              {QStringLiteral("recordings"), QStringLiteral("held")}}));
        // Nobody else holds the identifier key yet: handing over would lose it.
        Run r =
            admin(as(QStringLiteral("root"), {QStringLiteral("user"), QStringLiteral("handover")}),
                  "admin violet tram harbour\n");
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QStringLiteral("Nobody else holds")), qPrintable(r.err));
        r = admin(as(QStringLiteral("root"),
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("pia"),
                      QStringLiteral("--role"), QStringLiteral("privacy-officer")}),
                  "admin violet tram harbour\nofficer amber kettle lagoon 7\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("user handover")), qPrintable(r.err));
        QCOMPARE(keysOf(QStringLiteral("pia")), all);
        r = admin(as(QStringLiteral("root"), {QStringLiteral("user"), QStringLiteral("handover")}),
                  "admin violet tram harbour\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(keysOf(QStringLiteral("root")),
                 (QVariantMap{{QStringLiteral("identifiers"), QStringLiteral("no")},
                              {QStringLiteral("lookup"), QStringLiteral("no")},
                              {QStringLiteral("recordings"), QStringLiteral("no")}}));
        QCOMPARE(keysOf(QStringLiteral("pia")), all);
        // Nothing left to hand over; and the trail says what happened.
        r = admin(as(QStringLiteral("root"), {QStringLiteral("user"), QStringLiteral("handover")}),
                  "admin violet tram harbour\n");
        QCOMPARE(r.code, 6);
        r = admin(as(QStringLiteral("root"),
                     {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                      QStringLiteral("--action"), QStringLiteral("user.handover")}),
                  "admin violet tram harbour\n");
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
