#pragma once

#include "core/Error.h"
#include "core/Interaction.h"
#include "core/Scorecard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tallenne {

/// What an evaluation copies from its call or chat.
struct InteractionFacts
{
    Interaction target;
    std::optional<qint64> agentId;
    QString agent;
    std::optional<qint64> queueId;
    QString queue;       ///< calls only
    QDateTime startedAt; ///< UTC
    bool restricted = false;
    bool hasRecording = false; ///< calls only
};

struct EvaluationRecord
{
    qint64 id = 0;
    Interaction target;
    qint64 scorecardId = 0;
    qint64 scorecardVersionId = 0;
    QString scorecardName;
    int scorecardVersion = 0;
    QString agent;
    QString queue;
    QDateTime interactionAt; ///< UTC, the call's or chat's start
    QString evaluator;
    bool submitted = false;
    int revision = 1;
    std::optional<double> score;
    bool criticalFailed = false;
    std::optional<qint64> calibrationId;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> submittedAt;
    bool restricted = false;
};

/// An earlier revision of a submitted evaluation, kept when it was changed.
struct EvaluationRevisionRecord
{
    int revision = 0;
    AnswerMap answers;
    std::optional<double> score;
    bool criticalFailed = false;
    std::optional<QDateTime> submittedAt;
    QString replacedBy;
    QDateTime replacedAt;
    QString reason;
};

/// Which evaluations to list.
struct EvaluationQuery
{
    std::optional<QDateTime> from;     ///< interaction at or after (UTC)
    std::optional<QDateTime> to;       ///< interaction before (UTC)
    std::optional<Interaction> target; ///< one call or chat
    std::optional<qint64> calibrationId;
    bool includeCalibrations = false; ///< calibration evaluations are not agents' scores
    bool onlySubmitted = false;
    QString draftsOf; ///< drafts only of this evaluator (others' drafts are theirs)
    bool includeRestricted = false;
    int limit = 10000;
};

/// A calibration: one interaction scored by several reviewers on one scorecard version.
struct CalibrationRecord
{
    qint64 id = 0;
    Interaction target;
    qint64 scorecardVersionId = 0;
    QString scorecardName;
    int scorecardVersion = 0;
    QString createdBy;
    QDateTime createdAt;
    std::optional<QDateTime> closedAt;
    QString closedBy;
    int reviewers = 0; ///< evaluations started
    int submitted = 0;
    bool restricted = false;
};

/// One (scorecard version, criterion, answer) and how often it was given, for reports.
struct AnswerCount
{
    qint64 scorecardVersionId = 0;
    QString criterionId;
    bool notApplicable = false;
    int value = 0;
    int count = 0;
};

/// The evaluations, evaluation_answers, evaluation_revisions and calibrations tables
/// (schema v13). Storage only: EvaluationService and CalibrationService check and audit.
class EvaluationRepository
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationRepository)

public:
    explicit EvaluationRepository(QSqlDatabase db);

    /// nullopt with the error untouched when there is no such call or chat.
    [[nodiscard]] std::optional<InteractionFacts> facts(const Interaction& target,
                                                        Error* error) const;

    [[nodiscard]] std::optional<qint64> create(const InteractionFacts& facts,
                                               qint64 scorecardVersionId, const QString& evaluator,
                                               std::optional<qint64> calibrationId,
                                               const QDateTime& at, Error* error);
    [[nodiscard]] std::optional<EvaluationRecord> find(qint64 evaluationId, Error* error) const;
    [[nodiscard]] std::optional<AnswerMap> answers(qint64 evaluationId, Error* error) const;
    /// Replaces every answer and the score columns.
    [[nodiscard]] bool saveAnswers(qint64 evaluationId, const AnswerMap& answers,
                                   std::optional<double> score, bool criticalFailed,
                                   const QDateTime& at, Error* error);
    [[nodiscard]] bool markSubmitted(qint64 evaluationId, const QDateTime& at, Error* error);
    /// Keeps the current revision in evaluation_revisions and raises the revision number.
    [[nodiscard]] bool keepRevision(const EvaluationRecord& current, const AnswerMap& answers,
                                    const QString& by, const QDateTime& at, const QString& reason,
                                    Error* error);
    [[nodiscard]] QList<EvaluationRevisionRecord> revisions(qint64 evaluationId,
                                                            Error* error) const;
    [[nodiscard]] bool remove(qint64 evaluationId, Error* error);

    [[nodiscard]] QList<EvaluationRecord> list(const EvaluationQuery& query, Error* error) const;
    /// The scorecard (scorecards.id) of the latest evaluation of a call (or a chat) by the
    /// evaluator, else by anyone; calibrations left out. nullopt when there is none.
    [[nodiscard]] std::optional<qint64> lastScorecard(Interaction::Kind kind,
                                                      const QString& evaluator, Error* error) const;

    [[nodiscard]] std::optional<qint64> createCalibration(const Interaction& target,
                                                          qint64 scorecardVersionId,
                                                          const QString& by, const QDateTime& at,
                                                          Error* error);
    [[nodiscard]] bool closeCalibration(qint64 calibrationId, const QString& by,
                                        const QDateTime& at, Error* error);
    [[nodiscard]] std::optional<CalibrationRecord> findCalibration(qint64 calibrationId,
                                                                   Error* error) const;
    [[nodiscard]] QList<CalibrationRecord> calibrations(bool includeRestricted, Error* error) const;

    /// How often each answer was given on submitted evaluations of interactions in
    /// [from, to) (calibrations left out).
    [[nodiscard]] QList<AnswerCount> answerCounts(const QDateTime& from, const QDateTime& to,
                                                  bool includeRestricted, Error* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace tallenne
