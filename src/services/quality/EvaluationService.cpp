#include "services/quality/EvaluationService.h"

#include "core/Logging.h"
#include "services/PlaybackService.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "storage/TransactionGuard.h"
#include "storage/quality/ScorecardRepository.h"

#include <QSqlQuery>

namespace tallenne {

namespace {
QString evaluationObject(qint64 id)
{
    return QStringLiteral("evaluation:%1").arg(id);
}

QString scoreText(const ScoreBreakdown& score)
{
    return score.percent ? QString::number(*score.percent, 'f', 1) : QStringLiteral("none");
}

QString noInteraction(const Interaction& target)
{
    return target.isCall() ? EvaluationService::tr("There is no call %1.").arg(target.id)
                           : EvaluationService::tr("There is no chat %1.").arg(target.id);
}
} // namespace

EvaluationService::EvaluationService(Session& session)
    : m_session(session), m_evaluations(session.db())
{}

ScoreBreakdown EvaluationService::preview(const ScorecardDefinition& card, const AnswerMap& answers)
{
    return computeScore(card, answers);
}

void EvaluationService::refuse(const QString& action, const QString& object, const QString& reason)
{
    m_session.auditRefusal(action, object, QStringLiteral("reason=%1").arg(reason));
}

std::optional<EvaluationService::Loaded>
EvaluationService::load(qint64 evaluationId, const QString& action, Error* error)
{
    Error readError;
    const auto record = m_evaluations.find(evaluationId, &readError);
    const QString missing = tr("There is no evaluation %1.").arg(evaluationId);
    if (!record) {
        fail(error, readError ? readError.kind : ErrorKind::InputRejected,
             readError ? readError.message : missing);
        return std::nullopt;
    }
    const QString object = evaluationObject(evaluationId);
    if (record->restricted && !PlaybackService::seesRestricted(m_session.roles())) {
        // Answered like a missing one: a restriction is not revealed.
        refuse(action, object, QStringLiteral("restricted"));
        fail(error, ErrorKind::InputRejected, missing);
        return std::nullopt;
    }
    const bool own = record->evaluator == m_session.userName();
    if (!own && !record->submitted) {
        refuse(action, object, QStringLiteral("draft-of-another"));
        fail(error, ErrorKind::PermissionDenied,
             tr("Evaluation %1 is a draft of %2: it can be read once submitted.")
                 .arg(evaluationId)
                 .arg(record->evaluator));
        return std::nullopt;
    }
    if (!own && record->calibrationId) {
        const auto calibration = m_evaluations.findCalibration(*record->calibrationId, &readError);
        if (!calibration || !calibration->closedAt) {
            refuse(action, object, QStringLiteral("calibration-open"));
            fail(error, ErrorKind::PermissionDenied,
                 tr("Evaluation %1 belongs to calibration %2, which is still open: reviewers "
                    "see each other's answers once it is closed.")
                     .arg(evaluationId)
                     .arg(*record->calibrationId));
            return std::nullopt;
        }
    }
    ScorecardRepository scorecards(m_session.db());
    const auto version = scorecards.version(record->scorecardVersionId, &readError);
    auto card =
        version ? ScorecardDefinition::fromJson(version->definition, &readError) : std::nullopt;
    if (!card) {
        fail(error, ErrorKind::Damaged,
             tr("The scorecard of evaluation %1 cannot be read: %2")
                 .arg(evaluationId)
                 .arg(readError.message));
        return std::nullopt;
    }
    return Loaded{*record, std::move(*card)};
}

std::optional<EvaluationService::Loaded>
EvaluationService::ownDraft(qint64 evaluationId, const QString& action, Error* error)
{
    auto loaded = load(evaluationId, action, error);
    if (!loaded)
        return std::nullopt;
    if (loaded->record.evaluator != m_session.userName()) {
        refuse(action, evaluationObject(evaluationId), QStringLiteral("not-own-evaluation"));
        fail(error, ErrorKind::PermissionDenied,
             tr("Evaluation %1 is %2's: only its evaluator answers it.")
                 .arg(evaluationId)
                 .arg(loaded->record.evaluator));
        return std::nullopt;
    }
    if (loaded->record.submitted) {
        fail(error, ErrorKind::RefusedByRule,
             tr("Evaluation %1 was submitted and is read-only. Change it with a reason "
                "(a new revision).")
                 .arg(evaluationId));
        return std::nullopt;
    }
    if (loaded->record.calibrationId) {
        Error readError;
        const auto calibration =
            m_evaluations.findCalibration(*loaded->record.calibrationId, &readError);
        if (calibration && calibration->closedAt) {
            fail(error, ErrorKind::RefusedByRule,
                 tr("Calibration %1 is closed: its evaluations are no longer answered.")
                     .arg(*loaded->record.calibrationId));
            return std::nullopt;
        }
    }
    return loaded;
}

bool EvaluationService::checkAnswers(const EvaluationRecord& evaluation,
                                     const ScorecardDefinition& card, const AnswerMap& answers,
                                     Error* error)
{
    std::optional<qint64> durationMs;
    if (evaluation.target.isCall()) {
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("SELECT duration_ms FROM recordings WHERE call_id = ?"));
        q.addBindValue(evaluation.target.id);
        if (q.exec() && q.next())
            durationMs = q.value(0).toLongLong();
    }
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const ScorecardCriterion* criterion = card.criterion(it.key());
        if (!criterion)
            return fail(error, ErrorKind::InputRejected,
                        tr("The scorecard has no criterion \"%1\".").arg(it.key()));
        const CriterionAnswer& a = it.value();
        if (a.comment.size() > 2000)
            return fail(
                error, ErrorKind::InputRejected,
                tr("The comment on \"%1\" is longer than 2,000 characters.").arg(criterion->title));
        if (a.pinMs) {
            if (!evaluation.target.isCall())
                return fail(error, ErrorKind::InputRejected,
                            tr("A chat's comment is pinned to a message, not to a moment."));
            if (*a.pinMs < 0 || (durationMs && *a.pinMs > *durationMs))
                return fail(error, ErrorKind::InputRejected,
                            tr("The comment on \"%1\" is pinned outside the recording.")
                                .arg(criterion->title));
        }
        if (a.pinMessageId) {
            if (evaluation.target.isCall())
                return fail(error, ErrorKind::InputRejected,
                            tr("A call's comment is pinned to a moment, not to a message."));
            QSqlQuery q(m_session.db());
            q.prepare(QStringLiteral("SELECT 1 FROM chat_messages WHERE id = ? AND chat_id = ?"));
            q.addBindValue(*a.pinMessageId);
            q.addBindValue(evaluation.target.id);
            if (!q.exec() || !q.next())
                return fail(error, ErrorKind::InputRejected,
                            tr("The comment on \"%1\" is pinned to a message of another chat.")
                                .arg(criterion->title));
        }
    }
    return true;
}

std::optional<qint64> EvaluationService::start(const Interaction& target, qint64 scorecardId,
                                               Error* error)
{
    const QString action = QStringLiteral("evaluation.start");
    if (!m_session.require(Permission::Evaluate, action, target.object(), error))
        return std::nullopt;
    Error readError;
    const auto facts = m_evaluations.facts(target, &readError);
    if (!facts || (facts->restricted && !PlaybackService::seesRestricted(m_session.roles()))) {
        if (facts)
            refuse(action, target.object(), QStringLiteral("restricted"));
        fail(error, readError ? readError.kind : ErrorKind::InputRejected,
             readError ? readError.message : noInteraction(target));
        return std::nullopt;
    }
    if (target.isCall() && !facts->hasRecording) {
        fail(error, ErrorKind::InputRejected,
             tr("Call %1 has no recording: there is nothing to evaluate.").arg(target.id));
        return std::nullopt;
    }
    ScorecardRepository scorecards(m_session.db());
    const auto card = scorecards.find(scorecardId, &readError);
    if (!card) {
        fail(error, readError ? readError.kind : ErrorKind::InputRejected,
             readError ? readError.message : tr("There is no scorecard %1.").arg(scorecardId));
        return std::nullopt;
    }
    if (card->retired) {
        fail(error, ErrorKind::RefusedByRule,
             tr("Scorecard \"%1\" is retired: choose another one.").arg(card->name));
        return std::nullopt;
    }
    EvaluationQuery mine;
    mine.target = target;
    mine.draftsOf = m_session.userName();
    for (const EvaluationRecord& e : m_evaluations.list(mine, &readError)) {
        if (e.submitted || e.evaluator != m_session.userName())
            continue;
        if (e.scorecardId == card->id)
            return e.id;
        // One draft per reviewer and call or chat: a second one on another scorecard would
        // stay behind, unseen, when the first is submitted.
        fail(error, ErrorKind::RefusedByRule,
             (target.isCall() ? tr("You have a draft of call %1 on scorecard \"%2\": submit or "
                                   "discard it before starting another.")
                              : tr("You have a draft of chat %1 on scorecard \"%2\": submit or "
                                   "discard it before starting another."))
                 .arg(target.id)
                 .arg(e.scorecardName));
        return std::nullopt;
    }
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    TransactionGuard transaction(m_session.db());
    const auto id = m_evaluations.create(*facts, card->latestVersionId, m_session.userName(),
                                         std::nullopt, m_session.clock().nowUtc(), error);
    if (!id ||
        !m_session.audit(action, evaluationObject(*id),
                         QStringLiteral("%1 scorecard=%2 scorecard_version=%3")
                             .arg(target.detail())
                             .arg(scorecardId)
                             .arg(card->latestVersion),
                         error) ||
        !m_session.commit(transaction, error, Change::Quality))
        return std::nullopt;
    return id;
}

std::optional<ScoreBreakdown> EvaluationService::save(qint64 evaluationId, const AnswerMap& answers,
                                                      Error* error)
{
    const QString action = QStringLiteral("evaluation.save");
    if (!m_session.require(Permission::Evaluate, action, evaluationObject(evaluationId), error))
        return std::nullopt;
    const auto loaded = ownDraft(evaluationId, action, error);
    if (!loaded || !checkAnswers(loaded->record, loaded->card, answers, error))
        return std::nullopt;
    const ScoreBreakdown score = computeScore(loaded->card, answers);
    TransactionGuard transaction(m_session.db());
    if (!m_evaluations.saveAnswers(evaluationId, answers, score.percent, score.criticalFailed,
                                   m_session.clock().nowUtc(), error) ||
        !m_session.audit(
            action, evaluationObject(evaluationId),
            QStringLiteral("%1 score=%2").arg(loaded->record.target.detail(), scoreText(score)),
            error) ||
        !m_session.commit(transaction, error, Change::Quality))
        return std::nullopt;
    return score;
}

namespace {
QString incompleteMessage(const ScorecardDefinition& card, const ScoreBreakdown& score)
{
    QStringList parts;
    auto titles = [&card](const QStringList& ids) {
        QStringList out;
        for (const QString& id : ids) {
            const ScorecardCriterion* c = card.criterion(id);
            out << (c ? c->title : id);
        }
        return out.join(QStringLiteral(", "));
    };
    if (!score.unanswered.isEmpty())
        parts << EvaluationService::tr("not answered: %1").arg(titles(score.unanswered));
    if (!score.missingComments.isEmpty())
        parts
            << EvaluationService::tr("a comment is needed: %1").arg(titles(score.missingComments));
    if (!score.invalidAnswers.isEmpty())
        parts << EvaluationService::tr("not a valid answer: %1").arg(titles(score.invalidAnswers));
    return EvaluationService::tr("The evaluation is not complete (%1).")
        .arg(parts.join(QStringLiteral("; ")));
}
} // namespace

std::optional<ScoreBreakdown> EvaluationService::submit(qint64 evaluationId,
                                                        const AnswerMap& answers, Error* error)
{
    const QString action = QStringLiteral("evaluation.submit");
    if (!m_session.require(Permission::Evaluate, action, evaluationObject(evaluationId), error))
        return std::nullopt;
    const auto loaded = ownDraft(evaluationId, action, error);
    if (!loaded || !checkAnswers(loaded->record, loaded->card, answers, error))
        return std::nullopt;
    const ScoreBreakdown score = computeScore(loaded->card, answers);
    if (!score.complete()) {
        fail(error, ErrorKind::InputRejected, incompleteMessage(loaded->card, score));
        return std::nullopt;
    }
    const QDateTime now = m_session.clock().nowUtc();
    TransactionGuard transaction(m_session.db());
    if (!m_evaluations.saveAnswers(evaluationId, answers, score.percent, score.criticalFailed, now,
                                   error) ||
        !m_evaluations.markSubmitted(evaluationId, now, error) ||
        !m_session.audit(
            action, evaluationObject(evaluationId),
            QStringLiteral("%1 score=%2 critical_failed=%3")
                .arg(loaded->record.target.detail(), scoreText(score),
                     score.criticalFailed ? QStringLiteral("yes") : QStringLiteral("no")),
            error) ||
        !m_session.commit(transaction, error, Change::Quality | Change::Calls))
        return std::nullopt;
    return score;
}

std::optional<ScoreBreakdown> EvaluationService::revise(qint64 evaluationId,
                                                        const AnswerMap& answers,
                                                        const QString& reason, Error* error)
{
    const QString action = QStringLiteral("evaluation.revise");
    if (!m_session.require(Permission::Evaluate, action, evaluationObject(evaluationId), error))
        return std::nullopt;
    const QString why = reason.trimmed();
    if (why.isEmpty() || why.size() > MaxReasonLength) {
        fail(error, ErrorKind::InputRejected,
             tr("Say why the submitted evaluation changes (1 to %1 characters).")
                 .arg(MaxReasonLength));
        return std::nullopt;
    }
    const auto loaded = load(evaluationId, action, error);
    if (!loaded)
        return std::nullopt;
    if (!loaded->record.submitted) {
        fail(error, ErrorKind::InputRejected,
             tr("Evaluation %1 is a draft: change it and submit it.").arg(evaluationId));
        return std::nullopt;
    }
    if (!checkAnswers(loaded->record, loaded->card, answers, error))
        return std::nullopt;
    const ScoreBreakdown score = computeScore(loaded->card, answers);
    if (!score.complete()) {
        fail(error, ErrorKind::InputRejected, incompleteMessage(loaded->card, score));
        return std::nullopt;
    }
    Error readError;
    const auto previous = m_evaluations.answers(evaluationId, &readError);
    if (!previous) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    const QDateTime now = m_session.clock().nowUtc();
    TransactionGuard transaction(m_session.db());
    if (!m_evaluations.keepRevision(loaded->record, *previous, m_session.userName(), now, why,
                                    error) ||
        !m_evaluations.saveAnswers(evaluationId, answers, score.percent, score.criticalFailed, now,
                                   error) ||
        !m_session.audit(
            action, evaluationObject(evaluationId),
            QStringLiteral("%1 revision=%2 score=%3 earlier_score=%4")
                .arg(loaded->record.target.detail())
                .arg(loaded->record.revision + 1)
                .arg(scoreText(score), loaded->record.score
                                           ? QString::number(*loaded->record.score, 'f', 1)
                                           : QStringLiteral("none")),
            error) ||
        !m_session.commit(transaction, error, Change::Quality))
        return std::nullopt;
    return score;
}

std::optional<qint64> EvaluationService::suggestedScorecard(Interaction::Kind kind, Error* error)
{
    if (!m_session.require(Permission::Evaluate, QStringLiteral("evaluation.start"),
                           QStringLiteral("scorecards"), error))
        return std::nullopt;
    Error readError;
    const auto id = m_evaluations.lastScorecard(kind, m_session.userName(), &readError);
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    return id.value_or(0);
}

bool EvaluationService::discard(qint64 evaluationId, Error* error)
{
    const QString action = QStringLiteral("evaluation.discard");
    if (!m_session.require(Permission::Evaluate, action, evaluationObject(evaluationId), error))
        return false;
    const auto loaded = ownDraft(evaluationId, action, error);
    if (!loaded)
        return false;
    TransactionGuard transaction(m_session.db());
    return m_evaluations.remove(evaluationId, error) &&
           m_session.audit(action, evaluationObject(evaluationId), loaded->record.target.detail(),
                           error) &&
           m_session.commit(transaction, error, Change::Quality | Change::Calls);
}

std::optional<EvaluationView> EvaluationService::get(qint64 evaluationId, Error* error)
{
    const QString action = QStringLiteral("evaluation.read");
    if (!m_session.require(Permission::ReadQuality, action, evaluationObject(evaluationId), error))
        return std::nullopt;
    auto loaded = load(evaluationId, action, error);
    if (!loaded)
        return std::nullopt;
    Error readError;
    auto answers = m_evaluations.answers(evaluationId, &readError);
    if (!answers) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    EvaluationView view;
    view.record = loaded->record;
    view.card = std::move(loaded->card);
    view.answers = std::move(*answers);
    view.score = computeScore(view.card, view.answers);
    view.revisions = m_evaluations.revisions(evaluationId, &readError);
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    const bool mayEvaluate = Permissions::allows(m_session.roles(), Permission::Evaluate);
    view.editable =
        mayEvaluate && !view.record.submitted && view.record.evaluator == m_session.userName();
    view.revisable = mayEvaluate && view.record.submitted && !view.record.calibrationId;
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(action, evaluationObject(evaluationId), view.record.target.detail(),
                         error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return view;
}

std::optional<QList<EvaluationRecord>> EvaluationService::list(const EvaluationFilter& filter,
                                                               Error* error)
{
    const QString action = QStringLiteral("evaluation.list");
    if (!m_session.require(Permission::ReadQuality, action,
                           filter.target ? filter.target->object() : QString(), error))
        return std::nullopt;
    EvaluationQuery query;
    query.from = filter.from;
    query.to = filter.to;
    query.target = filter.target;
    query.onlySubmitted = filter.onlySubmitted;
    query.draftsOf = m_session.userName();
    query.includeRestricted = PlaybackService::seesRestricted(m_session.roles());
    query.limit = filter.limit;
    Error readError;
    QList<EvaluationRecord> out = m_evaluations.list(query, &readError);
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(action, filter.target ? filter.target->object() : QString(),
                         QStringLiteral("evaluations=%1").arg(out.size()), error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return out;
}

} // namespace tallenne
