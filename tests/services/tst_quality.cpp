// Quality review (issue [12]) against a real register: scorecards and their versions, a
// hand-worked score kept when the scorecard changes under it, drafts and submission, revisions
// with a reason, a trainer refused every write (each refusal audited), a calibration's spread
// for known answers, a seeded sample drawn twice alike and evenly over agents, and the report
// with its critical-failure rate, missed criteria and CSV.

#include "core/LocalCalendar.h"
#include "services/UserService.h"
#include "services/quality/CalibrationService.h"
#include "services/quality/EvaluationService.h"
#include "services/quality/QualityReportService.h"
#include "services/quality/SamplingService.h"
#include "services/quality/ScorecardService.h"
#include "storage/AuditLog.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
const QTimeZone helsinki(QByteArrayLiteral("Europe/Helsinki"));

QDateTime helsinkiTime(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), helsinki).toUTC();
}

ReportSpec range(const QDate& from, const QDate& to)
{
    ReportSpec spec;
    spec.from = from;
    spec.to = to;
    return spec;
}

ScorecardCriterion criterion(const QString& id, double weight,
                             AnswerScale scale = AnswerScale::YesNo, bool critical = false,
                             bool na = false, CommentRule comment = CommentRule::Optional)
{
    ScorecardCriterion c;
    c.id = id;
    c.title = QStringLiteral("Criterion %1").arg(id);
    c.weight = weight;
    c.scale = scale;
    c.critical = critical;
    c.allowNotApplicable = na;
    c.comment = comment;
    return c;
}

// Weights 2, 1, 1 (yes/no), a five-point one of weight 2, and a critical one of weight 1.
ScorecardDefinition serviceCard()
{
    ScorecardDefinition card;
    card.name = QStringLiteral("Service call");
    card.passMark = 70;
    ScorecardSection opening;
    opening.title = QStringLiteral("Opening");
    opening.criteria << criterion(QStringLiteral("greeting"), 2)
                     << criterion(QStringLiteral("name"), 1, AnswerScale::YesNo, false, true)
                     << criterion(QStringLiteral("purpose"), 1, AnswerScale::YesNo, false, false,
                                  CommentRule::OnFail);
    ScorecardSection handling;
    handling.title = QStringLiteral("Handling");
    handling.criteria << criterion(QStringLiteral("tone"), 2, AnswerScale::OneToFive)
                      << criterion(QStringLiteral("identity"), 1, AnswerScale::YesNo, true);
    card.sections << opening << handling;
    return card;
}

AnswerMap goodAnswers()
{
    // 2 + 1 + 0 (no, with its comment) + 2 × 0.75 + 1 = 5.5 of 7 = 78.6 %
    AnswerMap a;
    a.insert(QStringLiteral("greeting"), CriterionAnswer::yes());
    a.insert(QStringLiteral("name"), CriterionAnswer::yes());
    CriterionAnswer purpose = CriterionAnswer::no();
    purpose.comment = QStringLiteral("Did not ask what the call was about.");
    purpose.pinMs = 1200;
    a.insert(QStringLiteral("purpose"), purpose);
    a.insert(QStringLiteral("tone"), CriterionAnswer::rated(4));
    a.insert(QStringLiteral("identity"), CriterionAnswer::yes());
    return a;
}
} // namespace

class TestQuality : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    QList<qint64> m_calls; ///< agent Aino, queue Laskutus, week of 5 Jan 2026
    qint64 m_restrictedCall = 0;
    qint64 m_silentCall = 0; ///< no recording
    qint64 m_card = 0;

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

    static qsizetype count(Session& session, const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        filter.limit = 100000;
        return AuditLog(session.db()).list(filter, nullptr).size();
    }

    // A call with a recording, by an agent in a queue, at a time.
    std::optional<qint64> call(Session& session, const QString& source, const QString& agent,
                               const QString& queue, const QDateTime& at, bool restricted = false,
                               bool recorded = true)
    {
        const auto id =
            addCall(session, source, recorded ? toneWav(3000) : QByteArray(), restricted, 3000);
        if (!id)
            return std::nullopt;
        QSqlQuery q(session.db());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO agents (name) VALUES (?)"));
        q.addBindValue(agent);
        if (!q.exec())
            return std::nullopt;
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO queues (name) VALUES (?)"));
        q.addBindValue(queue);
        if (!q.exec())
            return std::nullopt;
        q.prepare(QStringLiteral(
            "UPDATE calls SET started_at = ?, agent_id = (SELECT id FROM agents WHERE name = ?),"
            " queue_id = (SELECT id FROM queues WHERE name = ?) WHERE id = ?"));
        q.addBindValue(at.toSecsSinceEpoch());
        q.addBindValue(agent);
        q.addBindValue(queue);
        q.addBindValue(*id);
        if (!q.exec())
            return std::nullopt;
        return id;
    }

    std::optional<ScoreBreakdown> evaluate(Session& qm, qint64 callId, const AnswerMap& answers,
                                           qint64* evaluationId = nullptr)
    {
        Error error;
        EvaluationService evaluations(qm);
        const auto id = evaluations.start(Interaction::call(callId), m_card, &error);
        if (!id) {
            qWarning() << error.message;
            return std::nullopt;
        }
        if (evaluationId)
            *evaluationId = *id;
        const auto score = evaluations.submit(*id, answers, &error);
        if (!score)
            qWarning() << error.message;
        return score;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock.set(helsinkiTime(2026, 1, 20, 12, 0));
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        const QList<std::pair<QString, Role>> users{
            {QStringLiteral("laura"), Role::QualityManager},
            {QStringLiteral("olli"), Role::QualityManager},
            {QStringLiteral("teemu"), Role::Trainer},
            {QStringLiteral("pirjo"), Role::PrivacyOfficer}};
        for (const auto& [name, role] : users) {
            const QByteArray password = name.toUtf8() + "-violet-tram-harbour";
            QVERIFY2(UserService(*admin).add(name, role, secret(password.constData()), &error),
                     qPrintable(error.message));
        }
        auto po = loginAs(QStringLiteral("pirjo"));
        QVERIFY(po);
        for (int i = 0; i < 4; ++i) {
            const auto id = call(*po, QStringLiteral("q-%1").arg(i), QStringLiteral("Aino"),
                                 QStringLiteral("Laskutus"), helsinkiTime(2026, 1, 5 + i, 10, 0));
            QVERIFY(id);
            m_calls << *id;
        }
        const auto restricted =
            call(*po, QStringLiteral("q-r"), QStringLiteral("Aino"), QStringLiteral("Laskutus"),
                 helsinkiTime(2026, 1, 6, 11, 0), true);
        QVERIFY(restricted);
        m_restrictedCall = *restricted;
        const auto silent =
            call(*po, QStringLiteral("q-s"), QStringLiteral("Aino"), QStringLiteral("Laskutus"),
                 helsinkiTime(2026, 1, 6, 12, 0), false, false);
        QVERIFY(silent);
        m_silentCall = *silent;

        auto qm = loginAs(QStringLiteral("laura"));
        QVERIFY(qm);
        const auto card = ScorecardService(*qm).create(serviceCard(), &error);
        QVERIFY2(card, qPrintable(error.message));
        m_card = *card;
    }

    void handWorkedScoreIsStored()
    {
        auto qm = loginAs(QStringLiteral("laura"));
        QVERIFY(qm);
        qint64 id = 0;
        const auto score = evaluate(*qm, m_calls.at(0), goodAnswers(), &id);
        QVERIFY(score);
        QCOMPARE(score->earned, 5.5);
        QCOMPARE(score->possible, 7.0);
        QCOMPARE(*score->percent, 78.6);
        QVERIFY(score->passed);
        Error error;
        const auto view = EvaluationService(*qm).get(id, &error);
        QVERIFY2(view, qPrintable(error.message));
        QVERIFY(view->record.submitted);
        QCOMPARE(*view->record.score, 78.6);
        QCOMPARE(view->record.agent, QStringLiteral("Aino"));
        QCOMPARE(view->record.queue, QStringLiteral("Laskutus"));
        QCOMPARE(view->answers.value(QStringLiteral("purpose")).pinMs, std::optional<qint64>(1200));
        QVERIFY(!view->editable);
        QVERIFY(view->revisable);
        QVERIFY(count(*qm, QStringLiteral("evaluation.submit")) >= 1);
        QVERIFY(count(*qm, QStringLiteral("evaluation.read")) >= 1);
    }

    void incompleteAndReadOnlyAreRefused()
    {
        auto qm = loginAs(QStringLiteral("laura"));
        QVERIFY(qm);
        EvaluationService evaluations(*qm);
        Error error;
        const auto id = evaluations.start(Interaction::call(m_calls.at(1)), m_card, &error);
        QVERIFY2(id, qPrintable(error.message));
        // Starting again gives the same draft, not a second one; nor does another scorecard:
        // one draft per reviewer and call.
        QCOMPARE(evaluations.start(Interaction::call(m_calls.at(1)), m_card, &error), id);
        ScorecardDefinition otherCard = serviceCard();
        otherCard.name = QStringLiteral("Another card");
        const auto otherId = ScorecardService(*qm).create(otherCard, &error);
        QVERIFY2(otherId, qPrintable(error.message));
        QVERIFY(!evaluations.start(Interaction::call(m_calls.at(1)), *otherId, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QVERIFY2(error.message.contains(QStringLiteral("submit or discard it")),
                 qPrintable(error.message));
        QVERIFY(ScorecardService(*qm).setRetired(*otherId, true, &error));
        // The scorecard offered for the next call is the one last used on a call; none yet
        // for chats; a trainer is not offered one.
        QCOMPARE(evaluations.suggestedScorecard(Interaction::Kind::Call, &error),
                 std::optional<qint64>(m_card));
        QCOMPARE(evaluations.suggestedScorecard(Interaction::Kind::Chat, &error),
                 std::optional<qint64>(0));
        auto trainer = loginAs(QStringLiteral("teemu"));
        QVERIFY(trainer);
        QVERIFY(!EvaluationService(*trainer).suggestedScorecard(Interaction::Kind::Call, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        AnswerMap answers = goodAnswers();
        answers[QStringLiteral("purpose")].comment.clear();
        answers.remove(QStringLiteral("tone"));
        const auto draft = evaluations.save(*id, answers, &error);
        QVERIFY2(draft, qPrintable(error.message));
        QVERIFY(!draft->complete());
        QVERIFY(!evaluations.submit(*id, answers, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.contains(QStringLiteral("Criterion tone")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("Criterion purpose")),
                 qPrintable(error.message));
        // A pin outside the 3-second recording is refused.
        AnswerMap pinned = goodAnswers();
        pinned[QStringLiteral("purpose")].pinMs = 5000;
        QVERIFY(!evaluations.save(*id, pinned, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(evaluations.submit(*id, goodAnswers(), &error));
        QVERIFY(!evaluations.save(*id, goodAnswers(), &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        // Another quality manager cannot answer laura's draft.
        const auto other = evaluations.start(Interaction::call(m_calls.at(2)), m_card, &error);
        QVERIFY(other);
        auto olli = loginAs(QStringLiteral("olli"));
        QVERIFY(!EvaluationService(*olli).save(*other, goodAnswers(), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!EvaluationService(*olli).get(*other, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(evaluations.discard(*other, &error));
    }

    void restrictedAndUnrecordedCallsAreOutOfReach()
    {
        auto qm = loginAs(QStringLiteral("laura"));
        QVERIFY(qm);
        Error error;
        QVERIFY(!EvaluationService(*qm).start(Interaction::call(m_restrictedCall), m_card, &error));
        QCOMPARE(error.message, QStringLiteral("There is no call %1.").arg(m_restrictedCall));
        QVERIFY(!EvaluationService(*qm).start(Interaction::call(m_silentCall), m_card, &error));
        QVERIFY(error.message.contains(QStringLiteral("no recording")));
        QVERIFY(!EvaluationService(*qm).start(Interaction::call(999999), m_card, &error));
    }

    void trainerReadsButNeverWrites()
    {
        auto trainer = loginAs(QStringLiteral("teemu"));
        QVERIFY(trainer);
        const qsizetype denied = count(*trainer, QStringLiteral("permission.denied"));
        Error error;
        EvaluationService evaluations(*trainer);
        QVERIFY(!evaluations.start(Interaction::call(m_calls.at(3)), m_card, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        const auto list = evaluations.list({}, &error);
        QVERIFY2(list, qPrintable(error.message));
        QVERIFY(!list->isEmpty());
        const qint64 submitted = list->first().id;
        QVERIFY(!evaluations.submit(submitted, goodAnswers(), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!evaluations.revise(submitted, goodAnswers(), QStringLiteral("x"), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!ScorecardService(*trainer).create(serviceCard(), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!SamplingService(*trainer).draw(SampleSpec(), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(
            !CalibrationService(*trainer).create(Interaction::call(m_calls.at(3)), m_card, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        const auto view = evaluations.get(submitted, &error);
        QVERIFY2(view, qPrintable(error.message));
        QVERIFY(!view->editable);
        QVERIFY(!view->revisable);
        QCOMPARE(count(*trainer, QStringLiteral("permission.denied")), denied + 6);

        // The privacy officer and the administrator have no quality role at all.
        for (const QString& name : {QStringLiteral("pirjo"), QStringLiteral("admin")}) {
            auto other = loginAs(name);
            QVERIFY(other);
            QVERIFY(!EvaluationService(*other).list({}, &error));
            QCOMPARE(error.kind, ErrorKind::PermissionDenied);
            QVERIFY(!ScorecardService(*other).list(&error));
            QCOMPARE(error.kind, ErrorKind::PermissionDenied);
            QVERIFY(!QualityReportService(*other).build(
                range(QDate(2026, 1, 1), QDate(2026, 1, 31)), &error));
            QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        }
    }

    void aVersionChangeKeepsEarlierScores()
    {
        auto qm = loginAs(QStringLiteral("laura"));
        QVERIFY(qm);
        Error error;
        ScorecardService scorecards(*qm);
        const auto before = scorecards.get(m_card, &error);
        QVERIFY2(before, qPrintable(error.message));
        const int oldVersion = before->version.version;
        QVERIFY(before->version.evaluationCount > 0);
        // Greeting now weighs 6: the same answers would give 9.5 of 11 = 86.4 %.
        ScorecardDefinition changed = before->definition;
        changed.sections[0].criteria[0].weight = 6;
        const auto saved = scorecards.save(m_card, changed, &error);
        QVERIFY2(saved, qPrintable(error.message));
        QVERIFY(saved->newVersion);
        QCOMPARE(saved->version, oldVersion + 1);
        const auto evaluations = EvaluationService(*qm).list({}, &error);
        QVERIFY(evaluations);
        for (const EvaluationRecord& e : *evaluations) {
            QCOMPARE(e.scorecardVersion, oldVersion);
            QCOMPARE(*e.score, 78.6);
            const auto view = EvaluationService(*qm).get(e.id, &error);
            QVERIFY(view);
            QCOMPARE(view->card.sections[0].criteria[0].weight, 2.0);
            QCOMPARE(*view->score.percent, 78.6);
        }
        // A new evaluation is made on the new version and scored by its weights.
        qint64 id = 0;
        const auto score = evaluate(*qm, m_calls.at(3), goodAnswers(), &id);
        QVERIFY(score);
        QCOMPARE(*score->percent, 86.4);
        const auto view = EvaluationService(*qm).get(id, &error);
        QCOMPARE(view->record.scorecardVersion, oldVersion + 1);
        // Saving the new, unused version again changes it in place.
        changed.description = QStringLiteral("Weights agreed in January.");
        const auto again = scorecards.save(m_card, changed, &error);
        QVERIFY(again);
        QVERIFY(again->newVersion); // version 2 is in use now: version 3
        QCOMPARE(again->version, oldVersion + 2);
        const auto third = scorecards.save(m_card, changed, &error);
        QVERIFY(third);
        QVERIFY(!third->newVersion);
        QCOMPARE(third->version, oldVersion + 2);
    }

    void revisionsKeepTheEarlierAnswers()
    {
        auto qm = loginAs(QStringLiteral("olli"));
        QVERIFY(qm);
        Error error;
        EvaluationService evaluations(*qm);
        EvaluationFilter filter;
        filter.target = Interaction::call(m_calls.at(0));
        const auto list = evaluations.list(filter, &error);
        QVERIFY(list && list->size() == 1);
        const qint64 id = list->first().id;
        AnswerMap answers = goodAnswers();
        answers[QStringLiteral("identity")] = CriterionAnswer::no();
        QVERIFY(!evaluations.revise(id, answers, QStringLiteral("  "), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        const auto score = evaluations.revise(
            id, answers, QStringLiteral("The identity check was skipped (heard at 1:40)."), &error);
        QVERIFY2(score, qPrintable(error.message));
        QVERIFY(score->criticalFailed);
        QCOMPARE(*score->percent, 0.0);
        const auto view = evaluations.get(id, &error);
        QVERIFY(view);
        QCOMPARE(view->record.revision, 2);
        QCOMPARE(view->revisions.size(), 1);
        QCOMPARE(*view->revisions.first().score, 78.6);
        QCOMPARE(view->revisions.first().replacedBy, QStringLiteral("olli"));
        QCOMPARE(view->revisions.first().answers.value(QStringLiteral("identity")),
                 CriterionAnswer::yes());
        QVERIFY(view->record.criticalFailed);
    }

    void calibrationShowsTheSpreadOnceClosed()
    {
        auto laura = loginAs(QStringLiteral("laura"));
        auto olli = loginAs(QStringLiteral("olli"));
        QVERIFY(laura && olli);
        Error error;
        const auto calibration =
            CalibrationService(*laura).create(Interaction::call(m_calls.at(2)), m_card, &error);
        QVERIFY2(calibration, qPrintable(error.message));
        const auto mine = CalibrationService(*laura).join(*calibration, &error);
        const auto theirs = CalibrationService(*olli).join(*calibration, &error);
        QVERIFY(mine && theirs && *mine != *theirs);
        // laura: greeting yes, name yes, purpose yes, tone 5, identity yes → 100 %.
        AnswerMap a;
        a.insert(QStringLiteral("greeting"), CriterionAnswer::yes());
        a.insert(QStringLiteral("name"), CriterionAnswer::yes());
        a.insert(QStringLiteral("purpose"), CriterionAnswer::yes());
        a.insert(QStringLiteral("tone"), CriterionAnswer::rated(5));
        a.insert(QStringLiteral("identity"), CriterionAnswer::yes());
        // olli: greeting no, name N/A, purpose yes, tone 3, identity yes.
        AnswerMap b = a;
        b[QStringLiteral("greeting")] = CriterionAnswer::no();
        b[QStringLiteral("name")] = CriterionAnswer::notApplicable();
        b[QStringLiteral("tone")] = CriterionAnswer::rated(3);
        QVERIFY2(EvaluationService(*laura).submit(*mine, a, &error), qPrintable(error.message));
        // Before closing, olli does not see laura's answers, and the result hides them.
        QVERIFY(!EvaluationService(*olli).get(*mine, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!CalibrationService(*laura).close(*calibration, &error)); // one submitted
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QVERIFY2(EvaluationService(*olli).submit(*theirs, b, &error), qPrintable(error.message));
        auto open = CalibrationService(*olli).result(*calibration, &error);
        QVERIFY(open);
        QVERIFY(!open->answersVisible);
        QVERIFY(open->criteria.isEmpty());
        QVERIFY(CalibrationService(*olli).close(*calibration, &error));
        const auto result = CalibrationService(*laura).result(*calibration, &error);
        QVERIFY2(result, qPrintable(error.message));
        QVERIFY(result->answersVisible);
        QCOMPARE(result->reviewers.size(), 2);
        QCOMPARE(result->reviewers.at(0).evaluator, QStringLiteral("laura"));
        QHash<QString, CriterionSpread> byId;
        for (const CriterionSpread& s : result->criteria)
            byId.insert(s.criterionId, s);
        QCOMPARE(*byId.value(QStringLiteral("greeting")).spread, 100.0);
        QCOMPARE(*byId.value(QStringLiteral("tone")).spread, 50.0); // 100 vs 50 points
        QVERIFY(byId.value(QStringLiteral("name")).mixedApplicability);
        QVERIFY(byId.value(QStringLiteral("purpose")).agreed());
        QVERIFY(!byId.value(QStringLiteral("greeting")).agreed());
        // laura 100 %; olli: 0 + 1 + 2×0.5 + 1 = 3 of weights 2+1+2+1 = 6 → 50 % (greeting
        // weighs 6 on this version: 0 + 1 + 1 + 1 = 3 of 10 = 30 %).
        QCOMPARE(*result->reviewers.at(0).score, 100.0);
        QCOMPARE(*result->reviewers.at(1).score, 30.0);
        QCOMPARE(*result->scoreSpread, 70.0);
        // Now anyone who reads quality sees both, and nobody answers any more.
        QVERIFY(EvaluationService(*olli).get(*mine, &error));
        QVERIFY(!EvaluationService(*olli).save(*theirs, b, &error));
        // Calibrations are not agents' scores: the list and reports leave them out.
        const auto list = EvaluationService(*laura).list({}, &error);
        for (const EvaluationRecord& e : *list)
            QVERIFY(!e.calibrationId);
    }

    void samplingIsSeededAndEven()
    {
        auto po = loginAs(QStringLiteral("pirjo"));
        QVERIFY(po);
        // Three agents over two weeks (from Monday 2 Feb 2026): Bea 5 and 4 calls, Cai 1 and 3,
        // Dan 2 and 0; one of Bea's is restricted.
        struct Plan
        {
            QString agent;
            int week1;
            int week2;
        };
        int n = 0;
        for (const Plan& p : {Plan{QStringLiteral("Bea"), 5, 4}, Plan{QStringLiteral("Cai"), 1, 3},
                              Plan{QStringLiteral("Dan"), 2, 0}}) {
            for (int w = 0; w < 2; ++w) {
                for (int i = 0; i < (w == 0 ? p.week1 : p.week2); ++i)
                    QVERIFY(call(*po, QStringLiteral("s-%1").arg(++n), p.agent,
                                 QStringLiteral("Myynti"),
                                 helsinkiTime(2026, 2, 2 + 7 * w + i, 9 + i, 0)));
            }
        }
        const auto restricted =
            call(*po, QStringLiteral("s-r"), QStringLiteral("Bea"), QStringLiteral("Myynti"),
                 helsinkiTime(2026, 2, 3, 15, 0), true);
        QVERIFY(restricted);
        auto qm = loginAs(QStringLiteral("laura"));
        QVERIFY(qm);
        SamplingService sampling(*qm);
        SampleSpec spec;
        spec.from = QDate(2026, 2, 2);
        spec.to = QDate(2026, 2, 15);
        spec.perAgentPerWeek = 2;
        spec.seed = 20260202;
        spec.queue = QStringLiteral("Myynti");
        Error error;
        const auto first = sampling.draw(spec, &error);
        QVERIFY2(first, qPrintable(error.message));
        const auto second = sampling.draw(spec, &error);
        QVERIFY(second && *second != *first);
        const auto a = sampling.run(*first, &error);
        const auto b = sampling.run(*second, &error);
        QVERIFY(a && b);
        QCOMPARE(a->run.seed, spec.seed);
        QList<QString> aItems;
        QList<QString> bItems;
        for (const SampleItemRecord& i : a->items)
            aItems << i.agent + i.weekStart.toString(Qt::ISODate) + i.target.object();
        for (const SampleItemRecord& i : b->items)
            bItems << i.agent + i.weekStart.toString(Qt::ISODate) + i.target.object();
        QCOMPARE(aItems, bItems);
        // min(2, available) per agent and week: Bea 2+2, Cai 1+2, Dan 2+0.
        QHash<QString, int> perGroup;
        for (const SampleItemRecord& i : a->items) {
            ++perGroup[i.agent + i.weekStart.toString(Qt::ISODate)];
            QVERIFY(i.target.id != *restricted);
        }
        QCOMPARE(perGroup.value(QStringLiteral("Bea2026-02-02")), 2);
        QCOMPARE(perGroup.value(QStringLiteral("Bea2026-02-09")), 2);
        QCOMPARE(perGroup.value(QStringLiteral("Cai2026-02-02")), 1);
        QCOMPARE(perGroup.value(QStringLiteral("Cai2026-02-09")), 2);
        QCOMPARE(perGroup.value(QStringLiteral("Dan2026-02-02")), 2);
        QCOMPARE(a->items.size(), 9);
        // Another seed draws another sample from Bea's five (10 possible pairs).
        QSet<QString> draws;
        for (quint64 seed = 1; seed <= 8; ++seed) {
            spec.seed = seed;
            const auto id = sampling.draw(spec, &error);
            QVERIFY(id);
            QStringList bea;
            const auto drawn = sampling.run(*id, &error);
            QVERIFY(drawn);
            for (const SampleItemRecord& i : drawn->items) {
                if (i.agent == QLatin1String("Bea") && i.weekStart == QDate(2026, 2, 2))
                    bea << i.target.object();
            }
            bea.sort();
            draws << bea.join(QLatin1Char(','));
        }
        QVERIFY2(draws.size() >= 3, qPrintable(QString::number(draws.size())));
        QVERIFY(count(*qm, QStringLiteral("sample.draw")) >= 10);
    }

    void reportShowsScoresFailuresAndMissedCriteria()
    {
        auto qm = loginAs(QStringLiteral("laura"));
        QVERIFY(qm);
        Error error;
        ReportSpec spec = range(QDate(2026, 1, 1), QDate(2026, 1, 31));
        const auto report = QualityReportService(*qm).build(spec, &error);
        QVERIFY2(report, qPrintable(error.message));
        // Three submitted (78.6 revised to 0 with a critical failure, 78.6, 86.4); the
        // calibration's two are left out.
        QCOMPARE(report->total.evaluations, 3);
        QCOMPARE(report->total.criticalFailures, 1);
        QCOMPARE(*report->total.average, (0.0 + 78.6 + 86.4) / 3);
        QCOMPARE(report->byAgent.size(), 1);
        QCOMPARE(report->byAgent.first().name, QStringLiteral("Aino"));
        QCOMPARE(report->byQueue.first().name, QStringLiteral("Laskutus"));
        QCOMPARE(report->total.passed, 2);
        // Weeks from Monday 29 Dec 2025 to the week of 26 Jan: 5 periods, all there.
        QCOMPARE(report->trend.size(), 5);
        QCOMPARE(report->trend.at(1).start, QDate(2026, 1, 5));
        QCOMPARE(report->trend.at(1).scores.evaluations, 3);
        QCOMPARE(report->trend.at(0).scores.evaluations, 0);
        // "purpose" was "no" on every one: missed 3 of 3, first.
        QVERIFY(!report->mostMissed.isEmpty());
        QCOMPARE(report->mostMissed.first().criterionId, QStringLiteral("purpose"));
        QCOMPARE(report->mostMissed.first().missed, 3);
        QCOMPARE(report->mostMissed.first().answered, 3);
        const QString csv = QString::fromUtf8(QualityReportService::toCsv(*report));
        QVERIFY(csv.startsWith(QStringLiteral("section,name,period_start,evaluations")));
        QVERIFY2(csv.contains(QStringLiteral("agent,Aino,,3,55.0,1,33.3,66.7,,")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("period,Week 2/2026,2026-01-05,3,")));
        QVERIFY(csv.contains(QStringLiteral("missed_criterion,Service call: Criterion purpose")));
        // One agent only; a filter with no match gives an empty report, not an error.
        spec.agent = QStringLiteral("Nobody");
        const auto none = QualityReportService(*qm).build(spec, &error);
        QVERIFY(none);
        QCOMPARE(none->total.evaluations, 0);
        QVERIFY(!none->total.average);
        QVERIFY(count(*qm, QStringLiteral("quality.report")) >= 2);
        // Nonsense ranges are refused.
        QVERIFY(
            !QualityReportService(*qm).build(range(QDate(2026, 2, 1), QDate(2026, 1, 1)), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
    }

    void csvCellsNeverRunAsFormulas()
    {
        QualityReport report;
        report.spec = range(QDate(2026, 1, 1), QDate(2026, 1, 7));
        ScoreGroup g;
        g.name = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
        g.evaluations = 1;
        g.average = 50;
        report.byAgent << g;
        const QString csv = QString::fromUtf8(QualityReportService::toCsv(report));
        QVERIFY2(csv.contains(QStringLiteral("agent,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")),
                 qPrintable(csv));
    }

    void scorecardsTravelAsJson()
    {
        auto qm = loginAs(QStringLiteral("laura"));
        QVERIFY(qm);
        Error error;
        ScorecardService scorecards(*qm);
        const auto json = scorecards.exportJson(m_card, 1, &error);
        QVERIFY2(json, qPrintable(error.message));
        const auto original = ScorecardDefinition::fromJson(*json, &error);
        QVERIFY(original);
        QCOMPARE(original->sections[0].criteria[0].weight, 2.0); // version 1 as it was
        const auto copy = scorecards.importJson(*json, &error);
        QVERIFY2(copy, qPrintable(error.message));
        const auto imported = scorecards.get(*copy, &error);
        QVERIFY(imported);
        QCOMPARE(imported->card.name, QStringLiteral("Service call (2)"));
        QCOMPARE(imported->definition.sections, original->sections);
        QVERIFY(!scorecards.importJson(QByteArrayLiteral("{\"format\": \"x\"}"), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(scorecards.setRetired(*copy, true, &error));
        QVERIFY(!EvaluationService(*qm).start(Interaction::call(m_calls.at(1)), *copy, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QVERIFY(count(*qm, QStringLiteral("scorecard.import")) == 1);
        QVERIFY(count(*qm, QStringLiteral("scorecard.export")) == 1);
    }

    void erasingTheCallErasesItsEvaluations()
    {
        auto po = loginAs(QStringLiteral("pirjo"));
        QVERIFY(po);
        QSqlQuery q(po->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE call_id = %1")
                           .arg(m_calls.at(0))));
        QVERIFY(q.next() && q.value(0).toInt() > 0);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM calls WHERE id = %1").arg(m_calls.at(0))));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE call_id = %1")
                           .arg(m_calls.at(0))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM evaluation_answers WHERE "
                                      "evaluation_id NOT IN (SELECT id FROM evaluations)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQuality)
#include "tst_quality.moc"
