// subject export through tallenne-admin (issue [11]): the exit codes of the contract (1 usage,
// 3 permission, 5 an existing file, 6 before the identity is verified and for a way of
// delivery the profile does not allow, 0 after), the passphrase on the line after the password.

#include "services/ProfileService.h"
#include "services/UserService.h"
#include "storage/SubjectRepository.h"
#include "support/AdminProcess.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestSubjectExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    RegisterPaths m_paths;
    QString m_request;

    AdminRun as(const QString& user, const QStringList& rest, const QByteArray& more = {})
    {
        const QByteArray password = user == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : user.toUtf8() + "-violet-tram-harbour";
        return runAdmin(QStringList{QStringLiteral("--register"), m_paths.folder,
                                    QStringLiteral("--user"), user,
                                    QStringLiteral("--password-stdin")} +
                            rest,
                        password + '\n' + more);
    }

    QStringList exportArgs(const QString& file, const QString& lang = QStringLiteral("fi")) const
    {
        return {QStringLiteral("subject"),   QStringLiteral("export"),
                QStringLiteral("--request"), m_request,
                QStringLiteral("--out"),     m_dir.filePath(file),
                QStringLiteral("--lang"),    lang};
    }

private slots:
    void initTestCase()
    {
        Error error;
        auto admin = newRegisterAsAdmin(m_dir, m_clock, &m_paths, &error);
        QVERIFY2(admin, qPrintable(error.message));
        for (const auto& [name, role] : QList<std::pair<QString, Role>>{
                 {QStringLiteral("trainer"), Role::Trainer},
                 {QStringLiteral("privacy-officer"), Role::PrivacyOfficer}}) {
            const QByteArray password = name.toUtf8() + "-violet-tram-harbour";
            QVERIFY2(UserService(*admin).add(name, role, secret(password.constData()), &error),
                     qPrintable(error.message));
        }
        QStringList warnings;
        QVERIFY2(ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                            &warnings, &error),
                 qPrintable(error.message));
        admin.reset();
        auto po = Session::login(m_paths, QStringLiteral("privacy-officer"),
                                 secret("privacy-officer-violet-tram-harbour"), m_clock,
                                 fastOptions(), &error);
        QVERIFY2(po, qPrintable(error.message));
        const qint64 subject = *SubjectRepository(po->db()).create(m_clock.nowUtc(), &error);
        QVERIFY(addIdentifier(*po, subject, IdentifierKind::Phone, QStringLiteral("+358401234567"),
                              &error));
        const auto call = addCall(*po, QStringLiteral("cli-export-1"), toneWav(600));
        QVERIFY(call);
        QVERIFY(execSql(po->db(), QStringLiteral("UPDATE calls SET subject_id = ? WHERE id = ?"),
                        {subject, *call}));
        po.reset();

        const AdminRun opened =
            as(QStringLiteral("privacy-officer"),
               {QStringLiteral("request"), QStringLiteral("open"), QStringLiteral("--kind"),
                QStringLiteral("access"), QStringLiteral("--channel"), QStringLiteral("letter"),
                QStringLiteral("--phone"), QStringLiteral("040 123 4567")});
        QVERIFY2(opened.code == 0, qPrintable(opened.err));
        m_request = opened.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
        QVERIFY(m_request.toLongLong() > 0);
    }

    void usage()
    {
        AdminRun run = as(QStringLiteral("privacy-officer"),
                          {QStringLiteral("subject"), QStringLiteral("export"),
                           QStringLiteral("--request"), m_request});
        QCOMPARE(run.code, 1);
        run = as(QStringLiteral("privacy-officer"),
                 exportArgs(QStringLiteral("x.zip"), QStringLiteral("sv")));
        QCOMPARE(run.code, 1);
        run = as(QStringLiteral("privacy-officer"),
                 exportArgs(QStringLiteral("x.zip")) +
                     QStringList{QStringLiteral("--delivery"), QStringLiteral("pigeon")});
        QCOMPARE(run.code, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.zip"))));
    }

    void refusedBeforeVerification()
    {
        const AdminRun run =
            as(QStringLiteral("privacy-officer"), exportArgs(QStringLiteral("early.zip")));
        QVERIFY2(run.code == 6, qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("early.zip"))));
    }

    void otherRolesDenied()
    {
        for (const QString& user : {QStringLiteral("trainer"), QStringLiteral("admin")}) {
            const AdminRun run = as(user, exportArgs(QStringLiteral("denied.zip")));
            QVERIFY2(run.code == 3, qPrintable(user + QStringLiteral(": ") + run.err));
        }
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("denied.zip"))));
    }

    void exportedAfterVerification()
    {
        const AdminRun verified =
            as(QStringLiteral("privacy-officer"),
               {QStringLiteral("request"), QStringLiteral("verify"), m_request,
                QStringLiteral("--signed"), QStringLiteral("letter 17")});
        QVERIFY2(verified.code == 0, qPrintable(verified.err));

        // nordic-helpdesk does not hand copies over in person.
        AdminRun run =
            as(QStringLiteral("privacy-officer"),
               exportArgs(QStringLiteral("counter.zip")) +
                   QStringList{QStringLiteral("--delivery"), QStringLiteral("in-person")});
        QVERIFY2(run.code == 6, qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("counter.zip"))));

        run = as(QStringLiteral("privacy-officer"),
                 exportArgs(QStringLiteral("copy.zip")) +
                     QStringList{QStringLiteral("--delivery"), QStringLiteral("electronic"),
                                 QStringLiteral("--passphrase-stdin")},
                 "kolme-pientä-porsasta\n");
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("copy.zip"))));
        QVERIFY2(run.out.contains(QStringLiteral("SHA-256: ")), qPrintable(run.out));

        // The passphrase line is required when asked for.
        run = as(QStringLiteral("privacy-officer"),
                 exportArgs(QStringLiteral("nopass.zip")) +
                     QStringList{QStringLiteral("--passphrase-stdin")});
        QCOMPARE(run.code, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nopass.zip"))));

        // An existing file is not overwritten (input rejected).
        run = as(QStringLiteral("privacy-officer"), exportArgs(QStringLiteral("copy.zip")));
        QVERIFY2(run.code == 5, qPrintable(run.err));

        run = as(QStringLiteral("privacy-officer"),
                 QStringList{QStringLiteral("--json")} +
                     exportArgs(QStringLiteral("en.zip"), QStringLiteral("en")));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("calls")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("recordings")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("encrypted")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("delivery")).toString(),
                 QStringLiteral("postal_address"));
        QCOMPARE(json.value(QStringLiteral("sha256")).toString().size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestSubjectExportCli)
#include "tst_subjectexportcli.moc"
