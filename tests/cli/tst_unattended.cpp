// The unattended purge (issue [10]): `tallenne-admin unattended enable|disable|status` for
// administrators only; the systemd timer's command (ExecStart of
// packaging/tallenne-purge.service, run here without systemd, with no password on stdin)
// purges a register whose unattended slot is enabled; the unattended session is refused every
// other operation; disabled, the command is refused (exit 6).

#include "services/ProfileService.h"
#include "services/UserService.h"
#include "services/retention/HoldService.h"
#include "support/AdminProcess.h"
#include "support/PurgeFixtures.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestUnattended : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2020, 1, 10), QTime(9, 0), Qt::UTC)};
    RegisterPaths m_paths;

    AdminRun as(const QString& user, const QStringList& rest)
    {
        const QByteArray password = user == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : user.toUtf8() + "-violet-tram-harbour";
        return runAdmin(QStringList{QStringLiteral("--register"), m_paths.folder,
                                    QStringLiteral("--user"), user,
                                    QStringLiteral("--password-stdin")} +
                            rest,
                        password + '\n');
    }

    qint64 calls()
    {
        Error error;
        auto admin = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                    m_clock, fastOptions(), &error);
        QSqlQuery q(admin->db());
        return q.exec(QStringLiteral("SELECT count(*) FROM calls")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    // The ExecStart of the shipped unit, with the built binary for /usr/bin/tallenne-admin.
    static QStringList timerCommand()
    {
        QFile unit(QStringLiteral(TALLENNE_TEST_DATA "/../../packaging/tallenne-purge.service"));
        if (!unit.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray& line : unit.readAll().split('\n')) {
            if (line.startsWith("ExecStart=")) {
                QStringList words =
                    QString::fromUtf8(line.mid(10)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (words.value(0) != QLatin1String("/usr/bin/tallenne-admin"))
                    return {};
                words[0] = QStringLiteral(TALLENNE_BIN_DIR "/tallenne-admin");
                return words;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        Error error;
        auto admin = newRegisterAsAdmin(m_dir, m_clock, &m_paths, &error);
        QVERIFY2(admin, qPrintable(error.message));
        QVERIFY2(UserService(*admin).add(QStringLiteral("privacy-officer"), Role::PrivacyOfficer,
                                         secret("privacy-officer-violet-tram-harbour"), &error),
                 qPrintable(error.message));
        QStringList warnings;
        QVERIFY2(ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                            &warnings, &error),
                 qPrintable(error.message));
        QVERIFY2(addExpiredCalls(*admin, m_clock.nowUtc(), 4, toneWav(250), QStringLiteral("old"),
                                 &error),
                 qPrintable(error.message));
    }

    void onlyAdministratorsEnable()
    {
        QCOMPARE(as(QStringLiteral("privacy-officer"),
                    {QStringLiteral("unattended"), QStringLiteral("enable")})
                     .code,
                 3);
        const AdminRun status =
            as(QStringLiteral("admin"), {QStringLiteral("unattended"), QStringLiteral("status")});
        QCOMPARE(status.code, 0);
        QCOMPARE(status.out.trimmed(), QStringLiteral("disabled"));
        // Not enabled: the timer's command is refused by the rule.
        const QStringList command = timerCommand();
        QVERIFY(!command.isEmpty());
        QProcess p;
        p.start(command.first(), command.mid(1));
        QVERIFY(p.waitForStarted());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 6);
    }

    void timerCommandPurges()
    {
        QCOMPARE(
            as(QStringLiteral("admin"), {QStringLiteral("unattended"), QStringLiteral("enable")})
                .code,
            0);
        QVERIFY(
            as(QStringLiteral("admin"), {QStringLiteral("unattended"), QStringLiteral("status")})
                .out.contains(QStringLiteral("this machine can run it")));
        // The secret is in the keychain, not in the register folder.
        QVERIFY(!anyFileContains(m_paths.folder, "unattended-secret"));
        QCOMPARE(calls(), 4);
        // The register is the one tallenne-admin used last (the commands above).
        const QStringList command = timerCommand();
        QProcess p;
        p.start(command.first(), command.mid(1));
        QVERIFY(p.waitForStarted());
        p.closeWriteChannel(); // no password on stdin
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 p.readAllStandardError().constData());
        QCOMPARE(calls(), 0);
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("verify")}).code, 0);
    }

    void unattendedSessionMayOnlyPurge()
    {
        Error error;
        auto session = Session::openUnattended(m_paths, m_clock, fastOptions(), &error);
        QVERIFY2(session, qPrintable(error.message));
        QVERIFY(session->isUnattended());
        QVERIFY(!HoldService(*session).list(false, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!UserService(*session).add(QStringLiteral("intruder"), Role::Administrator,
                                           secret("intruder-violet-tram-harbour"), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!ProfileService(*session).current(&error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QStringList warnings;
        QVERIFY(!ProfileService(*session).set("{}", &warnings, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
    }

    void disableRefusesTheTimer()
    {
        QCOMPARE(
            as(QStringLiteral("admin"), {QStringLiteral("unattended"), QStringLiteral("disable")})
                .code,
            0);
        const QStringList command = timerCommand();
        QProcess p;
        p.start(command.first(), command.mid(1));
        QVERIFY(p.waitForStarted());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 6);
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("verify")}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestUnattended)
#include "tst_unattended.moc"
