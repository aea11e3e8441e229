#include "services/quality/CalibrationService.h"

#include "services/PlaybackService.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "storage/TransactionGuard.h"
#include "storage/quality/ScorecardRepository.h"

#include <algorithm>

namespace tallenne {

namespace {
QString calibrationObject(qint64 id)
{
    return QStringLiteral("calibration:%1").arg(id);
}
} // namespace

CalibrationService::CalibrationService(Session& session)
    : m_session(session), m_evaluations(session.db())
{}

QList<CriterionSpread> CalibrationService::spreads(const ScorecardDefinition& card,
                                                   const QList<AnswerMap>& reviewers)
{
    QList<CriterionSpread> out;
    for (const ScorecardSection& section : card.sections) {
        for (const ScorecardCriterion& criterion : section.criteria) {
            CriterionSpread s;
            s.criterionId = criterion.id;
            s.section = section.title;
            s.title = criterion.title;
            bool anyNa = false;
            bool anyAnswered = false;
            std::optional<double> low;
            std::optional<double> high;
            for (const AnswerMap& answers : reviewers) {
                const CriterionAnswer answer = answers.value(criterion.id);
                const auto fraction = answerFraction(criterion, answer);
                anyNa = anyNa || answer.state == CriterionAnswer::State::NotApplicable;
                if (fraction) {
                    anyAnswered = true;
                    const double points = *fraction * 100.0;
                    s.points << points;
                    low = low ? std::min(*low, points) : points;
                    high = high ? std::max(*high, points) : points;
                } else {
                    s.points << std::nullopt;
                }
            }
            if (low && high)
                s.spread = *high - *low;
            s.mixedApplicability = anyNa && anyAnswered;
            out << s;
        }
    }
    return out;
}

std::optional<CalibrationRecord> CalibrationService::find(qint64 calibrationId,
                                                          const QString& action, Error* error)
{
    Error readError;
    const auto calibration = m_evaluations.findCalibration(calibrationId, &readError);
    if (!calibration ||
        (calibration->restricted && !PlaybackService::seesRestricted(m_session.roles()))) {
        if (calibration)
            m_session.auditRefusal(action, calibrationObject(calibrationId),
                                   QStringLiteral("reason=restricted"));
        fail(error, readError ? readError.kind : ErrorKind::InputRejected,
             readError ? readError.message : tr("There is no calibration %1.").arg(calibrationId));
        return std::nullopt;
    }
    return calibration;
}

std::optional<qint64> CalibrationService::create(const Interaction& target, qint64 scorecardId,
                                                 Error* error)
{
    const QString action = QStringLiteral("calibration.create");
    if (!m_session.require(Permission::Evaluate, action, target.object(), error))
        return std::nullopt;
    Error readError;
    const auto facts = m_evaluations.facts(target, &readError);
    if (!facts || (facts->restricted && !PlaybackService::seesRestricted(m_session.roles()))) {
        fail(error, readError ? readError.kind : ErrorKind::InputRejected,
             readError         ? readError.message
             : target.isCall() ? tr("There is no call %1.").arg(target.id)
                               : tr("There is no chat %1.").arg(target.id));
        return std::nullopt;
    }
    if (target.isCall() && !facts->hasRecording) {
        fail(error, ErrorKind::InputRejected,
             tr("Call %1 has no recording: there is nothing to calibrate on.").arg(target.id));
        return std::nullopt;
    }
    ScorecardRepository scorecards(m_session.db());
    const auto card = scorecards.find(scorecardId, &readError);
    if (!card || card->retired) {
        fail(error, readError ? readError.kind : ErrorKind::InputRejected,
             readError ? readError.message
             : card    ? tr("Scorecard \"%1\" is retired: choose another one.").arg(card->name)
                       : tr("There is no scorecard %1.").arg(scorecardId));
        return std::nullopt;
    }
    TransactionGuard transaction(m_session.db());
    const auto id = m_evaluations.createCalibration(
        target, card->latestVersionId, m_session.userName(), m_session.clock().nowUtc(), error);
    if (!id ||
        !m_session.audit(action, calibrationObject(*id),
                         QStringLiteral("%1 scorecard=%2 scorecard_version=%3")
                             .arg(target.detail())
                             .arg(scorecardId)
                             .arg(card->latestVersion),
                         error) ||
        !m_session.commit(transaction, error, Change::Quality))
        return std::nullopt;
    return id;
}

std::optional<qint64> CalibrationService::join(qint64 calibrationId, Error* error)
{
    const QString action = QStringLiteral("calibration.join");
    if (!m_session.require(Permission::Evaluate, action, calibrationObject(calibrationId), error))
        return std::nullopt;
    const auto calibration = find(calibrationId, action, error);
    if (!calibration)
        return std::nullopt;
    EvaluationQuery query;
    query.calibrationId = calibrationId;
    query.draftsOf = m_session.userName();
    query.includeRestricted = true;
    Error readError;
    for (const EvaluationRecord& e : m_evaluations.list(query, &readError)) {
        if (e.evaluator == m_session.userName())
            return e.id;
    }
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    if (calibration->closedAt) {
        fail(error, ErrorKind::RefusedByRule,
             tr("Calibration %1 is closed: no one joins it any more.").arg(calibrationId));
        return std::nullopt;
    }
    const auto facts = m_evaluations.facts(calibration->target, &readError);
    if (!facts) {
        fail(error, readError ? readError.kind : ErrorKind::InputRejected,
             readError ? readError.message : tr("There is no calibration %1.").arg(calibrationId));
        return std::nullopt;
    }
    TransactionGuard transaction(m_session.db());
    const auto id =
        m_evaluations.create(*facts, calibration->scorecardVersionId, m_session.userName(),
                             calibrationId, m_session.clock().nowUtc(), error);
    if (!id ||
        !m_session.audit(action, calibrationObject(calibrationId),
                         QStringLiteral("evaluation=%1").arg(*id), error) ||
        !m_session.commit(transaction, error, Change::Quality))
        return std::nullopt;
    return id;
}

bool CalibrationService::close(qint64 calibrationId, Error* error)
{
    const QString action = QStringLiteral("calibration.close");
    if (!m_session.require(Permission::Evaluate, action, calibrationObject(calibrationId), error))
        return false;
    const auto calibration = find(calibrationId, action, error);
    if (!calibration)
        return false;
    if (calibration->closedAt)
        return fail(error, ErrorKind::RefusedByRule,
                    tr("Calibration %1 is already closed.").arg(calibrationId));
    if (calibration->submitted < 2)
        return fail(error, ErrorKind::RefusedByRule,
                    tr("Calibration %1 needs at least two submitted evaluations before it is "
                       "closed (it has %2).")
                        .arg(calibrationId)
                        .arg(calibration->submitted));
    TransactionGuard transaction(m_session.db());
    return m_evaluations.closeCalibration(calibrationId, m_session.userName(),
                                          m_session.clock().nowUtc(), error) &&
           m_session.audit(action, calibrationObject(calibrationId),
                           QStringLiteral("reviewers=%1").arg(calibration->submitted), error) &&
           m_session.commit(transaction, error, Change::Quality);
}

std::optional<QList<CalibrationRecord>> CalibrationService::list(Error* error)
{
    if (!m_session.require(Permission::ReadQuality, QStringLiteral("calibration.list"), {}, error))
        return std::nullopt;
    Error readError;
    QList<CalibrationRecord> out =
        m_evaluations.calibrations(PlaybackService::seesRestricted(m_session.roles()), &readError);
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    return out;
}

std::optional<CalibrationResult> CalibrationService::result(qint64 calibrationId, Error* error)
{
    const QString action = QStringLiteral("calibration.read");
    if (!m_session.require(Permission::ReadQuality, action, calibrationObject(calibrationId),
                           error))
        return std::nullopt;
    const auto calibration = find(calibrationId, action, error);
    if (!calibration)
        return std::nullopt;
    Error readError;
    ScorecardRepository scorecards(m_session.db());
    const auto version = scorecards.version(calibration->scorecardVersionId, &readError);
    auto card =
        version ? ScorecardDefinition::fromJson(version->definition, &readError) : std::nullopt;
    if (!card) {
        fail(error, ErrorKind::Damaged,
             tr("The scorecard of calibration %1 cannot be read: %2")
                 .arg(calibrationId)
                 .arg(readError.message));
        return std::nullopt;
    }
    CalibrationResult result;
    result.calibration = *calibration;
    result.card = std::move(*card);
    result.answersVisible = calibration->closedAt.has_value();
    EvaluationQuery query;
    query.calibrationId = calibrationId;
    query.draftsOf = m_session.userName();
    query.includeRestricted = true;
    QList<EvaluationRecord> evaluations = m_evaluations.list(query, &readError);
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    std::sort(evaluations.begin(), evaluations.end(),
              [](const EvaluationRecord& a, const EvaluationRecord& b) {
                  return std::make_pair(!a.submitted, a.evaluator) <
                         std::make_pair(!b.submitted, b.evaluator);
              });
    QList<AnswerMap> submittedAnswers;
    QList<double> scores;
    for (const EvaluationRecord& e : std::as_const(evaluations)) {
        CalibrationReviewer reviewer;
        reviewer.evaluator = e.evaluator;
        reviewer.evaluationId = e.id;
        reviewer.submitted = e.submitted;
        if (result.answersVisible && e.submitted) {
            reviewer.score = e.score;
            reviewer.answers = m_evaluations.answers(e.id, &readError).value_or(AnswerMap());
            submittedAnswers << reviewer.answers;
            if (e.score)
                scores << *e.score;
        }
        result.reviewers << reviewer;
    }
    if (result.answersVisible) {
        result.criteria = spreads(result.card, submittedAnswers);
        if (!scores.isEmpty()) {
            const auto [low, high] = std::minmax_element(scores.cbegin(), scores.cend());
            result.scoreSpread = *high - *low;
            double sum = 0;
            for (double s : std::as_const(scores))
                sum += s;
            result.meanScore = sum / double(scores.size());
        }
    }
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(action, calibrationObject(calibrationId),
                         QStringLiteral("%1 reviewers=%2")
                             .arg(calibration->target.detail())
                             .arg(result.reviewers.size()),
                         error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return result;
}

} // namespace tallenne
