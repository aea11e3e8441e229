// tallenne-admin's quality commands run as a real process (issue [12]): scorecard import |
// export | list, evaluation list --json | show, report --from --to --format csv|pdf, sample draw
// with a seed twice alike, calibration show; the documented exit codes: usage 1, permission 3
// (the trainer may read but not import or draw; the privacy officer and the administrator
// nothing), input 5 with the file and the place of what is wrong.

#include "core/Scorecard.h"
#include "services/UserService.h"
#include "services/quality/EvaluationService.h"
#include "services/quality/ScorecardService.h"
#include "support/AdminProcess.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
const QString exampleCard =
    QStringLiteral(TALLENNE_TEST_DATA "/../../docs/examples/scorecard-customer-service.json");
}

class TestQualityCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    QList<qint64> m_calls;

    using Run = tallenne::test::AdminRun;

    Run admin(const QString& user, const QStringList& args)
    {
        const QByteArray password = user == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : user.toUtf8() + "-violet-tram-harbour";
        return tallenne::test::runAdmin(QStringList{QStringLiteral("--register"), m_paths.folder,
                                                    QStringLiteral("--user"), user,
                                                    QStringLiteral("--password-stdin")} +
                                            args,
                                        password + "\n", 120000);
    }

    std::unique_ptr<Session> login(const QString& user)
    {
        Error error;
        const QByteArray password = user.toUtf8() + "-violet-tram-harbour";
        return Session::login(m_paths, user, secret(password.constData()), m_clock, fastOptions(),
                              &error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock.set(QDateTime(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC));
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                    m_clock, fastOptions(), &error);
        QVERIFY(admin);
        for (const auto& [name, role] :
             QList<std::pair<QString, Role>>{{QStringLiteral("laura"), Role::QualityManager},
                                             {QStringLiteral("teemu"), Role::Trainer},
                                             {QStringLiteral("pirjo"), Role::PrivacyOfficer}}) {
            const QByteArray password = name.toUtf8() + "-violet-tram-harbour";
            QVERIFY(UserService(*admin).add(name, role, secret(password.constData()), &error));
        }
        // Six recorded calls in the week of 9 March 2026: agents Aino (4) and Ben (2).
        QSqlQuery q(admin->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO agents (name) VALUES ('Aino'), ('Ben')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO queues (name) VALUES ('Laskutus')")));
        for (int i = 0; i < 6; ++i) {
            const auto id =
                addCall(*admin, QStringLiteral("c%1").arg(i), toneWav(2000), false, 2000);
            QVERIFY(id);
            m_calls << *id;
            QVERIFY(q.exec(QStringLiteral("UPDATE calls SET started_at = %1, agent_id = %2,"
                                          " queue_id = 1 WHERE id = %3")
                               .arg(QDateTime(QDate(2026, 3, 9 + i / 2), QTime(10, 0), Qt::UTC)
                                        .toSecsSinceEpoch())
                               .arg(i < 4 ? 1 : 2)
                               .arg(*id)));
        }
    }

    void scorecardImportListExport()
    {
        Run r = admin(QStringLiteral("laura"),
                      {QStringLiteral("scorecard"), QStringLiteral("import"), exampleCard});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Imported as scorecard 1")));
        r = admin(QStringLiteral("teemu"),
                  {QStringLiteral("--json"), QStringLiteral("scorecard"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray cards = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.at(0)[QStringLiteral("name")].toString(),
                 QStringLiteral("Asiakaspalvelupuhelun arviointi"));
        QCOMPARE(cards.at(0)[QStringLiteral("version")].toInt(), 1);
        const QString out = m_dir.filePath(QStringLiteral("exported.json"));
        r = admin(QStringLiteral("teemu"), {QStringLiteral("scorecard"), QStringLiteral("export"),
                                            QStringLiteral("1"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile exported(out);
        QFile original(exampleCard);
        QVERIFY(exported.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        Error error;
        const auto a = ScorecardDefinition::fromJson(exported.readAll(), &error);
        const auto b = ScorecardDefinition::fromJson(original.readAll(), &error);
        QVERIFY(a && b);
        QCOMPARE(*a, *b);
        // A trainer reads but does not import; others see nothing of quality.
        r = admin(QStringLiteral("teemu"),
                  {QStringLiteral("scorecard"), QStringLiteral("import"), exampleCard});
        QCOMPARE(r.code, 3);
        r = admin(QStringLiteral("pirjo"), {QStringLiteral("scorecard"), QStringLiteral("list")});
        QCOMPARE(r.code, 3);
        r = admin(QStringLiteral("admin"), {QStringLiteral("evaluation"), QStringLiteral("list")});
        QCOMPARE(r.code, 3);
    }

    void badScorecardFilesAreRefusedWithThePlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QFile original(exampleCard);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray json = original.readAll();
        json.replace("\"weight\": 3", "\"weight\": -3");
        file.write(json);
        file.close();
        Run r = admin(QStringLiteral("laura"),
                      {QStringLiteral("scorecard"), QStringLiteral("import"), path});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral(".weight")),
                 qPrintable(r.err));
        // Not JSON, and a file far over the limit: refused without reading it all.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(3 * 1024 * 1024, '['));
        file.close();
        r = admin(QStringLiteral("laura"),
                  {QStringLiteral("scorecard"), QStringLiteral("import"), path});
        QCOMPARE(r.code, 5);
        r = admin(QStringLiteral("laura"), {QStringLiteral("scorecard"), QStringLiteral("import"),
                                            m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.code, 5);
        r = admin(QStringLiteral("laura"), {QStringLiteral("scorecard"), QStringLiteral("import")});
        QCOMPARE(r.code, 1);
    }

    void sampleDrawIsReproducible()
    {
        const QStringList draw{
            QStringLiteral("--json"),     QStringLiteral("sample"),      QStringLiteral("draw"),
            QStringLiteral("--from"),     QStringLiteral("2026-03-09"),  QStringLiteral("--to"),
            QStringLiteral("2026-03-15"), QStringLiteral("--per-agent"), QStringLiteral("2"),
            QStringLiteral("--seed"),     QStringLiteral("77")};
        const Run a = admin(QStringLiteral("laura"), draw);
        const Run b = admin(QStringLiteral("laura"), draw);
        QVERIFY2(a.code == 0 && b.code == 0, qPrintable(a.err + b.err));
        const QJsonArray first =
            QJsonDocument::fromJson(a.out.toUtf8())[QStringLiteral("items")].toArray();
        const QJsonArray second =
            QJsonDocument::fromJson(b.out.toUtf8())[QStringLiteral("items")].toArray();
        QCOMPARE(first.size(), 4); // 2 of Aino's 4, both of Ben's
        QCOMPARE(first, second);
        QCOMPARE(QJsonDocument::fromJson(a.out.toUtf8())[QStringLiteral("seed")].toString(),
                 QStringLiteral("77"));
        const Run trainer = admin(QStringLiteral("teemu"), draw);
        QCOMPARE(trainer.code, 3);
        const Run usage = admin(QStringLiteral("laura"),
                                {QStringLiteral("sample"), QStringLiteral("draw"),
                                 QStringLiteral("--from"), QStringLiteral("2026-03-09")});
        QCOMPARE(usage.code, 1);
    }

    void evaluationsAndReport()
    {
        // Two evaluations through the service (the console's way): 100 % for Aino, a critical
        // failure for Ben.
        auto laura = login(QStringLiteral("laura"));
        QVERIFY(laura);
        Error error;
        const auto card = ScorecardService(*laura).get(1, &error);
        QVERIFY(card);
        EvaluationService evaluations(*laura);
        for (int i : {0, 4}) {
            const auto id = evaluations.start(Interaction::call(m_calls.at(i)), 1, &error);
            QVERIFY2(id, qPrintable(error.message));
            AnswerMap answers;
            for (const ScorecardSection& s : card->definition.sections) {
                for (const ScorecardCriterion& c : s.criteria) {
                    CriterionAnswer a = c.scale == AnswerScale::YesNo ? CriterionAnswer::yes()
                                                                      : CriterionAnswer::rated(5);
                    if (i == 4 && c.critical)
                        a = CriterionAnswer::no();
                    if (c.comment != CommentRule::Optional)
                        a.comment = QStringLiteral("ok");
                    answers.insert(c.id, a);
                }
            }
            QVERIFY2(evaluations.submit(*id, answers, &error), qPrintable(error.message));
        }
        Run r =
            admin(QStringLiteral("teemu"),
                  {QStringLiteral("--json"), QStringLiteral("evaluation"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1)[QStringLiteral("agent")].toString(), QStringLiteral("Aino"));
        QCOMPARE(list.at(1)[QStringLiteral("score")].toDouble(), 100.0);
        QCOMPARE(list.at(0)[QStringLiteral("critical_failed")].toBool(), true);
        QCOMPARE(list.at(0)[QStringLiteral("status")].toString(), QStringLiteral("submitted"));
        r = admin(QStringLiteral("teemu"),
                  {QStringLiteral("evaluation"), QStringLiteral("show"),
                   QString::number(list.at(0)[QStringLiteral("id")].toInteger())});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Critical criterion failed")), qPrintable(r.out));

        const QString csvPath = m_dir.filePath(QStringLiteral("report.csv"));
        r = admin(QStringLiteral("teemu"),
                  {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                   QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--out"), csvPath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(QStringLiteral("total,All,,2,50.0,1,50.0,50.0,,")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("agent,Aino,,1,100.0,0,0.0,100.0,,")));
        QVERIFY(text.contains(QStringLiteral("agent,Ben,,1,0.0,1,100.0,0.0,,")));
        const QString pdfPath = m_dir.filePath(QStringLiteral("report.pdf"));
        r = admin(QStringLiteral("laura"),
                  {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                   QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--format"),
                   QStringLiteral("pdf"), QStringLiteral("--out"), pdfPath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
            QVERIFY(p.waitForFinished());
            const QString pdfText = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(pdfText.contains(QStringLiteral("Quality report")) &&
                         pdfText.contains(QStringLiteral("Ben")),
                     qPrintable(pdfText));
        }
        r = admin(QStringLiteral("laura"), {QStringLiteral("report"), QStringLiteral("--from"),
                                            QStringLiteral("2026-03-01")});
        QCOMPARE(r.code, 1);
        r = admin(QStringLiteral("laura"),
                  {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-31"),
                   QStringLiteral("--to"), QStringLiteral("2026-03-01")});
        QCOMPARE(r.code, 5);
        r = admin(QStringLiteral("pirjo"),
                  {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                   QStringLiteral("--to"), QStringLiteral("2026-03-31")});
        QCOMPARE(r.code, 3);
    }
};

QTEST_GUILESS_MAIN(TestQualityCli)
#include "tst_qualitycli.moc"
