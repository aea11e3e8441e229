// hold add|list|release and purge [--dry-run] through tallenne-admin: the exit codes of the
// contract (3 permission, 5 input, 6 a hold longer than the profile's maximum), JSON lists,
// and a dry run that changes nothing. The purge's output names quality evaluations apart from
// tags, with what a restriction keeps and the calibrations left empty.

#include "services/ProfileService.h"
#include "services/UserService.h"
#include "services/quality/CalibrationService.h"
#include "services/quality/EvaluationService.h"
#include "services/quality/ScorecardService.h"
#include "support/AdminProcess.h"
#include "support/PurgeFixtures.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestRetentionCli : public QObject
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

    static QString inDays(int days)
    {
        return QDate::currentDate().addDays(days).toString(Qt::ISODate);
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
        QVERIFY2(addExpiredCalls(*admin, m_clock.nowUtc(), 5, toneWav(250), QStringLiteral("old"),
                                 &error),
                 qPrintable(error.message));
    }

    // No holds yet: the list says so (JSON: an empty list). --unattended with any command but
    // purge is refused by the slot's rule (6), not taken for a typing slip (1).
    void noHoldsAndUnattendedOnlyPurges()
    {
        const AdminRun none =
            as(QStringLiteral("admin"), {QStringLiteral("hold"), QStringLiteral("list")});
        QCOMPARE(none.code, 0);
        QCOMPARE(none.out, QStringLiteral("No legal holds.\n"));
        const AdminRun json =
            as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("hold"),
                                         QStringLiteral("list"), QStringLiteral("--all")});
        QCOMPARE(json.code, 0);
        QCOMPARE(json.out, QStringLiteral("[]\n"));
        for (const QStringList& command :
             {QStringList{QStringLiteral("hold"), QStringLiteral("list")},
              QStringList{QStringLiteral("verify")},
              QStringList{QStringLiteral("unattended"), QStringLiteral("status")}}) {
            const AdminRun refused =
                runAdmin(QStringList{QStringLiteral("--register"), m_paths.folder} + command +
                         QStringList{QStringLiteral("--unattended")});
            QVERIFY2(refused.code == 3, qPrintable(command.join(QLatin1Char(' ')) +
                                                   QStringLiteral(": ") + refused.err));
            QVERIFY2(refused.err.contains(QStringLiteral("can only purge")),
                     qPrintable(refused.err));
            QVERIFY(refused.out.isEmpty());
        }
    }

    void holdCommands()
    {
        // A trainer may not hold (3); more than the profile's 12 months is refused (6); an
        // unknown reason is input rejected (5).
        QCOMPARE(as(QStringLiteral("trainer"),
                    {QStringLiteral("hold"), QStringLiteral("add"), QStringLiteral("--call"),
                     QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("complaint"),
                     QStringLiteral("--until"), inDays(30), QStringLiteral("--case"),
                     QStringLiteral("C-1")})
                     .code,
                 3);
        const AdminRun tooLong =
            as(QStringLiteral("privacy-officer"),
               {QStringLiteral("hold"), QStringLiteral("add"), QStringLiteral("--call"),
                QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("complaint"),
                QStringLiteral("--until"), inDays(400), QStringLiteral("--case"),
                QStringLiteral("C-1")});
        QCOMPARE(tooLong.code, 6);
        QVERIFY(tooLong.err.contains(QStringLiteral("hold_max_months")));
        QCOMPARE(as(QStringLiteral("privacy-officer"),
                    {QStringLiteral("hold"), QStringLiteral("add"), QStringLiteral("--call"),
                     QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("whim"),
                     QStringLiteral("--until"), inDays(30), QStringLiteral("--case"),
                     QStringLiteral("C-1")})
                     .code,
                 5);
        QCOMPARE(as(QStringLiteral("privacy-officer"),
                    {QStringLiteral("hold"), QStringLiteral("add"), QStringLiteral("--call"),
                     QStringLiteral("1"), QStringLiteral("--until"), inDays(30)})
                     .code,
                 1);
        const AdminRun added =
            as(QStringLiteral("privacy-officer"),
               {QStringLiteral("hold"), QStringLiteral("add"), QStringLiteral("--call"),
                QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("complaint"),
                QStringLiteral("--until"), inDays(30), QStringLiteral("--case"),
                QStringLiteral("C-1")});
        QCOMPARE(added.code, 0);
        const QString id = added.out.trimmed().split(QLatin1Char('\n')).last();
        QVERIFY(id.toLongLong() > 0);

        const AdminRun list =
            as(QStringLiteral("admin"),
               {QStringLiteral("--json"), QStringLiteral("hold"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        const QJsonArray holds = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(holds.size(), 1);
        QCOMPARE(holds.first()[QStringLiteral("scope")].toString(), QStringLiteral("call"));
        QCOMPARE(holds.first()[QStringLiteral("target")].toInteger(), 1);
        QCOMPARE(holds.first()[QStringLiteral("until")].toString(), inDays(30));
        QCOMPARE(holds.first()[QStringLiteral("placed_by")].toString(),
                 QStringLiteral("privacy-officer"));

        // The dry run names what would go and what the hold keeps, and changes nothing.
        const AdminRun dry =
            as(QStringLiteral("admin"),
               {QStringLiteral("--json"), QStringLiteral("purge"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0);
        const QJsonObject preview = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QVERIFY(preview[QStringLiteral("dry_run")].toBool());
        QJsonObject calls;
        for (const QJsonValue& c : preview[QStringLiteral("categories")].toArray()) {
            if (c[QStringLiteral("category")].toString() == QLatin1String("call_metadata"))
                calls = c.toObject();
        }
        QCOMPARE(calls[QStringLiteral("purged")].toInteger(), 4);
        QCOMPARE(calls[QStringLiteral("held")].toInteger(), 1);
        // The same again: nothing changed (but the file's free pages, which each preview's own
        // audit entry may move).
        QJsonObject again =
            QJsonDocument::fromJson(
                as(QStringLiteral("admin"),
                   {QStringLiteral("--json"), QStringLiteral("purge"), QStringLiteral("--dry-run")})
                    .out.toUtf8())
                .object();
        QJsonObject first = preview;
        QVERIFY(again.contains(QStringLiteral("compaction")));
        again.remove(QStringLiteral("compaction"));
        first.remove(QStringLiteral("compaction"));
        QCOMPARE(again, first);

        // The trainer may not purge either.
        QCOMPARE(as(QStringLiteral("trainer"), {QStringLiteral("purge")}).code, 3);

        const AdminRun purge = as(QStringLiteral("admin"), {QStringLiteral("purge")});
        QCOMPARE(purge.code, 0);
        QVERIFY2(purge.out.contains(QStringLiteral("4 purged")), qPrintable(purge.out));
        QVERIFY(purge.out.contains(QStringLiteral("1 kept under a legal hold")));

        QCOMPARE(as(QStringLiteral("privacy-officer"),
                    {QStringLiteral("hold"), QStringLiteral("release"), id,
                     QStringLiteral("--note"), QStringLiteral("closed")})
                     .code,
                 0);
        {
            // The release note is the officer's own words: in the audit entry's details.
            Error error;
            auto admin = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                        m_clock, fastOptions(), &error);
            QVERIFY2(admin, qPrintable(error.message));
            QSqlQuery q(admin->db());
            QVERIFY(q.exec(QStringLiteral("SELECT object, details FROM audit_log"
                                          " WHERE action = 'hold.release' ORDER BY seq DESC")) &&
                    q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("hold:%1").arg(id));
            QVERIFY2(q.value(1).toString().endsWith(QStringLiteral(" note=closed")),
                     qPrintable(q.value(1).toString()));
            QVERIFY(!q.value(1).toString().contains(QStringLiteral("C-1")));
        }
        QCOMPARE(as(QStringLiteral("privacy-officer"),
                    {QStringLiteral("hold"), QStringLiteral("release"), id})
                     .code,
                 5);
        QVERIFY(as(QStringLiteral("admin"), {QStringLiteral("purge")})
                    .out.contains(QStringLiteral("1 purged")));
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("verify")}).code, 0);
    }

    void auditTrailPurge()
    {
        // A register of its own whose trail is kept 12 months, made in 2020: the command
        // line's real clock finds its first entries long due (issue [10]).
        const RegisterPaths kept = m_paths;
        Error error;
        {
            auto admin = newRegisterAsAdmin(m_dir, m_clock, &m_paths, &error,
                                            QStringLiteral("register-trail"));
            QVERIFY2(admin, qPrintable(error.message));
            QStringList warnings;
            QVERIFY2(ProfileService(*admin).set(
                         exampleProfileWithPeriod(QStringLiteral("nordic-helpdesk"),
                                                  QStringLiteral("audit_trail_months"), 12),
                         &warnings, &error),
                     qPrintable(error.message));
        }
        const auto auditCategory = [](const AdminRun& run) {
            for (const QJsonValue& c :
                 QJsonDocument::fromJson(run.out.toUtf8())[QStringLiteral("categories")]
                     .toArray()) {
                if (c[QStringLiteral("category")].toString() == QLatin1String("audit_trail"))
                    return c.toObject();
            }
            return QJsonObject();
        };
        const AdminRun dry =
            as(QStringLiteral("admin"),
               {QStringLiteral("--json"), QStringLiteral("purge"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0);
        const QJsonObject planned = auditCategory(dry);
        const qint64 due = planned[QStringLiteral("purged")].toInteger();
        QVERIFY2(due > 2, qPrintable(dry.out));
        QCOMPARE(planned[QStringLiteral("due")].toInteger(), due);
        QCOMPARE(planned[QStringLiteral("first_id")].toInteger(), 1);
        QCOMPARE(planned[QStringLiteral("last_id")].toInteger(), due);
        // The dry run removed nothing: a second one plans the same.
        QCOMPARE(auditCategory(as(QStringLiteral("admin"),
                                  {QStringLiteral("--json"), QStringLiteral("purge"),
                                   QStringLiteral("--dry-run")}))[QStringLiteral("first_id")]
                     .toInteger(),
                 1);

        const AdminRun purge = as(QStringLiteral("admin"), {QStringLiteral("purge")});
        QCOMPARE(purge.code, 0);
        QVERIFY2(purge.out.contains(QStringLiteral("audit trail: %1 purged (ids 1–%1)").arg(due)),
                 qPrintable(purge.out));
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("verify")}).code, 0);
        const AdminRun verify =
            as(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verify.code, 0);
        QCOMPARE(auditCategory(as(QStringLiteral("admin"),
                                  {QStringLiteral("--json"), QStringLiteral("purge"),
                                   QStringLiteral("--dry-run")}))[QStringLiteral("purged")]
                     .toInteger(),
                 0);
        m_paths = kept;
    }
    // Evaluations made in 2020 under nordic-helpdesk (six months): the command line's real
    // clock finds them due. The dry run and the run say the same, in words and in JSON; the
    // evaluation of a restricted call stays, and an empty calibration goes with them.
    void evaluationsInThePurge()
    {
        const RegisterPaths kept = m_paths;
        Error error;
        qint64 restrictedEvaluation = 0;
        {
            auto admin = newRegisterAsAdmin(m_dir, m_clock, &m_paths, &error,
                                            QStringLiteral("register-evaluations"));
            QVERIFY2(admin, qPrintable(error.message));
            QStringList warnings;
            QVERIFY2(ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                                &warnings, &error),
                     qPrintable(error.message));
            QVERIFY2(UserService(*admin).add(QStringLiteral("quality-manager"),
                                             Role::QualityManager,
                                             secret("quality-manager-violet-tram-harbour"), &error),
                     qPrintable(error.message));
            QVERIFY2(addExpiredCalls(*admin, m_clock.nowUtc(), 3, toneWav(250),
                                     QStringLiteral("eval"), &error),
                     qPrintable(error.message));
            auto qm = Session::login(m_paths, QStringLiteral("quality-manager"),
                                     secret("quality-manager-violet-tram-harbour"), m_clock,
                                     fastOptions(), &error);
            QVERIFY2(qm, qPrintable(error.message));
            ScorecardDefinition card;
            card.name = QStringLiteral("Purge card");
            ScorecardSection section;
            section.title = QStringLiteral("Opening");
            ScorecardCriterion greeting;
            greeting.id = QStringLiteral("greeting");
            greeting.title = QStringLiteral("Greeting");
            section.criteria << greeting;
            card.sections << section;
            const auto scorecard = ScorecardService(*qm).create(card, &error);
            QVERIFY2(scorecard, qPrintable(error.message));
            AnswerMap yes;
            yes.insert(QStringLiteral("greeting"), CriterionAnswer::yes());
            EvaluationService evaluations(*qm);
            for (qint64 call = 1; call <= 3; ++call) {
                const auto id = evaluations.start(Interaction::call(call), *scorecard, &error);
                QVERIFY2(id && evaluations.submit(*id, yes, &error), qPrintable(error.message));
                restrictedEvaluation = *id;
            }
            QVERIFY2(CalibrationService(*qm).create(Interaction::call(1), *scorecard, &error),
                     qPrintable(error.message));
            QSqlQuery q(admin->db());
            QVERIFY(q.exec(QStringLiteral("UPDATE calls SET restricted = 1 WHERE id = 3")));
        }
        const auto evaluationsOf = [](const AdminRun& run) {
            for (const QJsonValue& c :
                 QJsonDocument::fromJson(run.out.toUtf8())[QStringLiteral("categories")]
                     .toArray()) {
                if (c[QStringLiteral("items")].toString() == QLatin1String("evaluations"))
                    return c.toObject();
            }
            return QJsonObject();
        };
        const QJsonObject planned = evaluationsOf(
            as(QStringLiteral("admin"),
               {QStringLiteral("--json"), QStringLiteral("purge"), QStringLiteral("--dry-run")}));
        QCOMPARE(planned[QStringLiteral("category")].toString(), QStringLiteral("evaluations"));
        QCOMPARE(planned[QStringLiteral("purged")].toInteger(), 2);
        QCOMPARE(planned[QStringLiteral("restricted")].toInteger(), 1);
        QCOMPARE(planned[QStringLiteral("calibrations")].toInteger(), 1);
        QCOMPARE(planned[QStringLiteral("note")].toString(), QString());
        const QString words = QStringLiteral(
            "quality evaluations: 2 %1 (ids 1–2); 1 kept under "
            "restriction of processing; 1 calibration(s) left without evaluations %1");
        const AdminRun dry =
            as(QStringLiteral("admin"), {QStringLiteral("purge"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0);
        QVERIFY2(dry.out.contains(words.arg(QStringLiteral("would be purged"))),
                 qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QStringLiteral("tags on recordings: 0 would be purged")),
                 qPrintable(dry.out));

        const AdminRun purge = as(QStringLiteral("admin"), {QStringLiteral("purge")});
        QCOMPARE(purge.code, 0);
        QVERIFY2(purge.out.contains(words.arg(QStringLiteral("purged"))), qPrintable(purge.out));
        const QJsonObject after = evaluationsOf(
            as(QStringLiteral("admin"),
               {QStringLiteral("--json"), QStringLiteral("purge"), QStringLiteral("--dry-run")}));
        QCOMPARE(after[QStringLiteral("purged")].toInteger(), 0);
        QCOMPARE(after[QStringLiteral("calibrations")].toInteger(), 0);
        QCOMPARE(after[QStringLiteral("restricted")].toInteger(), 1);
        QCOMPARE(after[QStringLiteral("first_id")].toInteger(), 0);
        QVERIFY(restrictedEvaluation > 0);
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("verify")}).code, 0);
        m_paths = kept;
    }
};

QTEST_GUILESS_MAIN(TestRetentionCli)
#include "tst_retentioncli.moc"
