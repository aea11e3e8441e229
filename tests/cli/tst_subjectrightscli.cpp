// subject erase|restrict|rectify|object through tallenne-admin (issue [11]): refused before
// the requester's identity is verified (exit 6) and for a trainer (3); usage errors (1); the
// erasure plan changes nothing; the erasure removes the recording's file, keeps a held call
// and says why.

#include "services/ProfileService.h"
#include "services/UserService.h"
#include "services/retention/HoldService.h"
#include "storage/SubjectRepository.h"
#include "support/AdminProcess.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
const QString subjectPhone = QStringLiteral("+358401234567");
}

class TestSubjectRightsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // tallenne-admin runs on the system clock: the register's data and holds are made now.
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    RegisterPaths m_paths;
    qint64 m_subject = 0;
    qint64 m_call = 0;
    qint64 m_heldCall = 0;
    QString m_file;
    QString m_heldFile;

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

    // A request of `kind` opened at the counter by the person's phone number; its id.
    qint64 open(const QString& kind)
    {
        const AdminRun run =
            as(QStringLiteral("privacy-officer"),
               {QStringLiteral("request"), QStringLiteral("open"), QStringLiteral("--kind"), kind,
                QStringLiteral("--channel"), QStringLiteral("in-person"), QStringLiteral("--phone"),
                QStringLiteral("040 123 4567")});
        if (run.code != 0) {
            qWarning() << run.err;
            return 0;
        }
        return run.out.trimmed().split(QLatin1Char('\n')).last().toLongLong();
    }

    bool verify(qint64 id)
    {
        const AdminRun run =
            as(QStringLiteral("privacy-officer"),
               {QStringLiteral("request"), QStringLiteral("verify"), QString::number(id),
                QStringLiteral("--document"), QStringLiteral("passport"), QStringLiteral("--last4"),
                QStringLiteral("4567")});
        if (run.code != 0)
            qWarning() << run.err;
        return run.code == 0;
    }

    QString fileOf(Session& session, qint64 call)
    {
        QSqlQuery q(session.db());
        q.prepare(QStringLiteral("SELECT file_name FROM recordings WHERE call_id = ?"));
        q.addBindValue(call);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
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
        m_subject = *SubjectRepository(po->db()).create(m_clock.nowUtc(), &error);
        QVERIFY(addIdentifier(*po, m_subject, IdentifierKind::Phone, subjectPhone, &error));
        QVERIFY(addIdentifier(*po, m_subject, IdentifierKind::Email,
                              QStringLiteral("maija@example.com"), &error));
        const QByteArray index = FieldCrypto(*po).index(u"phone", subjectPhone);
        int n = 0;
        for (qint64* call : {&m_call, &m_heldCall}) {
            const auto id =
                addCall(*po, QStringLiteral("cli-%1").arg(++n), toneWav(250), false, 250);
            QVERIFY(id);
            *call = *id;
            QVERIFY(execSql(po->db(),
                            QStringLiteral("UPDATE calls SET subject_id = ?, caller_index = ?"
                                           " WHERE id = ?"),
                            {m_subject, index, *id}));
        }
        m_file = fileOf(*po, m_call);
        m_heldFile = fileOf(*po, m_heldCall);
        QVERIFY(!m_file.isEmpty() && !m_heldFile.isEmpty());
        HoldRequest hold{HoldRecord::Scope::Call,
                         m_heldCall,
                         {},
                         QStringLiteral("complaint"),
                         QDate::currentDate().addMonths(2),
                         QStringLiteral("C-88")};
        QVERIFY2(HoldService(*po).add(hold, &error), qPrintable(error.message));
    }

    void usage()
    {
        QCOMPARE(as(QStringLiteral("privacy-officer"),
                    {QStringLiteral("subject"), QStringLiteral("erase")})
                     .code,
                 1);
        QCOMPARE(as(QStringLiteral("privacy-officer"),
                    {QStringLiteral("subject"), QStringLiteral("object"),
                     QStringLiteral("--request"), QStringLiteral("1")})
                     .code,
                 1);
        QCOMPARE(
            as(QStringLiteral("privacy-officer"),
               {QStringLiteral("subject"), QStringLiteral("object"), QStringLiteral("--request"),
                QStringLiteral("1"), QStringLiteral("--overridden")})
                .code,
            1);
        QCOMPARE(
            as(QStringLiteral("privacy-officer"),
               {QStringLiteral("subject"), QStringLiteral("rectify"), QStringLiteral("--request"),
                QStringLiteral("1"), QStringLiteral("--subject"), QStringLiteral("1"),
                QStringLiteral("--kind"), QStringLiteral("shoe-size"), QStringLiteral("--from"),
                QStringLiteral("a"), QStringLiteral("--to"), QStringLiteral("b")})
                .code,
            1);
    }

    void restrictRectifyObject()
    {
        const qint64 restriction = open(QStringLiteral("restriction"));
        QVERIFY(restriction > 0 && verify(restriction));
        const QStringList restrict {QStringLiteral("subject"), QStringLiteral("restrict"),
                                    QStringLiteral("--request"), QString::number(restriction)};
        QCOMPARE(as(QStringLiteral("trainer"), restrict).code, 3);
        AdminRun run = as(QStringLiteral("privacy-officer"), restrict);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Processing restricted for request %1: 1 data "
                                                   "subject")
                                        .arg(restriction)) &&
                     run.out.contains(QStringLiteral(", 2 call")),
                 qPrintable(run.out));
        run =
            as(QStringLiteral("privacy-officer"), restrict + QStringList{QStringLiteral("--lift")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("Restriction lifted")));

        const qint64 rectification = open(QStringLiteral("rectification"));
        QVERIFY(rectification > 0 && verify(rectification));
        run = as(QStringLiteral("privacy-officer"),
                 {QStringLiteral("subject"), QStringLiteral("rectify"), QStringLiteral("--request"),
                  QString::number(rectification), QStringLiteral("--subject"),
                  QString::number(m_subject), QStringLiteral("--kind"), QStringLiteral("email"),
                  QStringLiteral("--from"), QStringLiteral("maija@example.com"),
                  QStringLiteral("--to"), QStringLiteral("maija.k@example.com")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // The old value is no longer there to rectify: input rejected (5).
        run = as(QStringLiteral("privacy-officer"),
                 {QStringLiteral("subject"), QStringLiteral("rectify"), QStringLiteral("--request"),
                  QString::number(rectification), QStringLiteral("--subject"),
                  QString::number(m_subject), QStringLiteral("--kind"), QStringLiteral("email"),
                  QStringLiteral("--from"), QStringLiteral("maija@example.com"),
                  QStringLiteral("--to"), QStringLiteral("maija.x@example.com")});
        QCOMPARE(run.code, 5);

        const qint64 objection = open(QStringLiteral("objection"));
        QVERIFY(objection > 0 && verify(objection));
        run = as(QStringLiteral("privacy-officer"),
                 {QStringLiteral("subject"), QStringLiteral("object"), QStringLiteral("--request"),
                  QString::number(objection), QStringLiteral("--overridden"),
                  QStringLiteral("--grounds"), QStringLiteral("A dispute pending in court")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("Objection overridden")));
    }

    void eraseBeforeAndAfterVerification()
    {
        const qint64 id = open(QStringLiteral("erasure"));
        QVERIFY(id > 0);
        const QStringList erase{QStringLiteral("subject"), QStringLiteral("erase"),
                                QStringLiteral("--request"), QString::number(id)};
        // Before the identity is verified: refused by the rule, exit 6.
        AdminRun run = as(QStringLiteral("privacy-officer"), erase);
        QCOMPARE(run.code, 6);
        QVERIFY2(run.err.contains(QStringLiteral("identity")), qPrintable(run.err));
        run =
            as(QStringLiteral("privacy-officer"), erase + QStringList{QStringLiteral("--confirm")});
        QCOMPARE(run.code, 6);
        QCOMPARE(as(QStringLiteral("trainer"), erase).code, 3);
        QVERIFY(verify(id));

        const QDir recordings(m_paths.recordings());
        run = as(QStringLiteral("privacy-officer"), erase);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Erasure plan for request %1").arg(id)),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("calls: 1 (recordings: 1")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("C-88")), qPrintable(run.out));
        QVERIFY(recordings.exists(m_file));

        run =
            as(QStringLiteral("privacy-officer"), erase + QStringList{QStringLiteral("--confirm")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Erased for request %1").arg(id)),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("recording files removed: 1")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Kept:\n  call %1: legal hold").arg(m_heldCall)),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("C-88")), qPrintable(run.out));
        QVERIFY(!recordings.exists(m_file));
        QVERIFY(recordings.exists(m_heldFile));

        // subject find: the person is gone; by e-mail nothing at all.
        run = as(QStringLiteral("privacy-officer"),
                 {QStringLiteral("--json"), QStringLiteral("subject"), QStringLiteral("find"),
                  QStringLiteral("--email"), QStringLiteral("maija.k@example.com")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("[]"));
        // By the phone number only the held call, linked to no one now.
        run = as(QStringLiteral("privacy-officer"),
                 {QStringLiteral("--json"), QStringLiteral("subject"), QStringLiteral("find"),
                  QStringLiteral("--phone"), QStringLiteral("040 123 4567")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray found = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0][QStringLiteral("subject_id")].toInteger(), 0);
        QCOMPARE(found[0][QStringLiteral("calls")].toArray(), QJsonArray{m_heldCall});
    }
};

QTEST_GUILESS_MAIN(TestSubjectRightsCli)
#include "tst_subjectrightscli.moc"
