#pragma once

#include "core/Error.h"
#include "core/Interaction.h"
#include "core/Scorecard.h"
#include "storage/quality/EvaluationRepository.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace tallenne {

class Session;

/// One reviewer of a calibration.
struct CalibrationReviewer
{
    QString evaluator;
    qint64 evaluationId = 0;
    bool submitted = false;
    std::optional<double> score; ///< shown once the calibration is closed
    AnswerMap answers;           ///< empty until the calibration is closed
};

/// How far the reviewers' answers to one criterion lie apart.
struct CriterionSpread
{
    QString criterionId;
    QString section;
    QString title;
    /// Per reviewer (in CalibrationResult::reviewers' order): the share of the criterion's
    /// points the answer earns, 0-100; none for N/A or unanswered.
    QList<std::optional<double>> points;
    std::optional<double> spread;    ///< largest minus smallest of `points`, in percentage points
    bool mixedApplicability = false; ///< some said N/A and some answered
    /// Agreement: everyone gave the same answer (spread 0 and no N/A mixed in).
    [[nodiscard]] bool agreed() const { return spread && *spread == 0 && !mixedApplicability; }
};

/// A calibration and, once it is closed, where its reviewers differ.
struct CalibrationResult
{
    CalibrationRecord calibration;
    ScorecardDefinition card;
    QList<CalibrationReviewer> reviewers; ///< submitted first, by name
    bool answersVisible = false;          ///< closed: the answers and the spread are shown
    QList<CriterionSpread> criteria;      ///< in scorecard order, widest spread first is the
                                          ///< caller's choice
    std::optional<double> scoreSpread;    ///< largest minus smallest total score
    std::optional<double> meanScore;
};

/// Calibration sessions: quality managers (Evaluate) score the same call or chat on the same
/// scorecard version without seeing each other's answers; when it is closed, everyone with
/// ReadQuality sees, per criterion, where they differ and by how much. Calibration evaluations
/// are not agents' scores: reports leave them out.
class CalibrationService
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationService)

public:
    explicit CalibrationService(Session& session);

    [[nodiscard]] std::optional<qint64> create(const Interaction& target, qint64 scorecardId,
                                               Error* error);
    /// The reader's own evaluation in the calibration (a draft started on first use).
    [[nodiscard]] std::optional<qint64> join(qint64 calibrationId, Error* error);
    /// Closes it: no more answers, and the answers become visible. Needs two submitted
    /// evaluations.
    [[nodiscard]] bool close(qint64 calibrationId, Error* error);
    [[nodiscard]] std::optional<QList<CalibrationRecord>> list(Error* error);
    [[nodiscard]] std::optional<CalibrationResult> result(qint64 calibrationId, Error* error);

    /// The spread of answers on a card (pure; the rule of CriterionSpread).
    [[nodiscard]] static QList<CriterionSpread> spreads(const ScorecardDefinition& card,
                                                        const QList<AnswerMap>& reviewers);

private:
    [[nodiscard]] std::optional<CalibrationRecord> find(qint64 calibrationId, const QString& action,
                                                        Error* error);

    Session& m_session;
    EvaluationRepository m_evaluations;
};

} // namespace tallenne
