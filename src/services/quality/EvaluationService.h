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

/// An evaluation as its reader sees it: the scorecard version it was made on, its answers,
/// the score with the rule that produced it, and its earlier revisions.
struct EvaluationView
{
    EvaluationRecord record;
    ScorecardDefinition card;
    AnswerMap answers;
    ScoreBreakdown score;
    QList<EvaluationRevisionRecord> revisions;
    bool editable = false;  ///< the reader's own draft
    bool revisable = false; ///< submitted, and the reader may evaluate: a change needs a reason
};

/// Which evaluations to list (EvaluationService::list).
struct EvaluationFilter
{
    std::optional<QDateTime> from; ///< interaction at or after (UTC)
    std::optional<QDateTime> to;   ///< interaction before (UTC)
    std::optional<Interaction> target;
    bool onlySubmitted = false; ///< else also the reader's own drafts
    int limit = 10000;
};

/// Evaluations of calls and chats on scorecards. Quality managers (Evaluate) start, answer,
/// submit and revise them; quality managers and trainers (ReadQuality) read the submitted ones.
/// A draft is its evaluator's own until submitted; a submitted evaluation is read-only, and a
/// change to it keeps the earlier revision with the reason given. Calls and chats under a
/// restriction of processing (GDPR art. 18) are out of reach, as in browsing. Every read and
/// change is audited.
class EvaluationService
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationService)

public:
    static constexpr int MaxReasonLength = 500;

    explicit EvaluationService(Session& session);

    /// A draft on the latest version of the scorecard; the reader's own draft of the same call
    /// or chat on that scorecard is returned instead of a second one. Refused for a retired
    /// scorecard, a call or chat that does not exist or is restricted, a call without a
    /// recording, and (RefusedByRule) while the reader has a draft of it on another scorecard:
    /// one draft per reviewer and call or chat.
    [[nodiscard]] std::optional<qint64> start(const Interaction& target, qint64 scorecardId,
                                              Error* error);
    /// Saves the answers of one's own draft; returns the score so far.
    [[nodiscard]] std::optional<ScoreBreakdown> save(qint64 evaluationId, const AnswerMap& answers,
                                                     Error* error);
    /// Saves and submits one's own draft. ErrorKind::InputRejected, naming what is missing,
    /// when the answers are not complete (ScoreBreakdown::complete).
    [[nodiscard]] std::optional<ScoreBreakdown> submit(qint64 evaluationId,
                                                       const AnswerMap& answers, Error* error);
    /// Changes a submitted evaluation: the current answers and score are kept as a revision
    /// with the reason (1-500 characters), and the new answers must be complete.
    [[nodiscard]] std::optional<ScoreBreakdown>
    revise(qint64 evaluationId, const AnswerMap& answers, const QString& reason, Error* error);
    /// Deletes one's own draft.
    /// The scorecard to offer for a call or a chat: the one the reader last evaluated that kind
    /// of interaction on, else the one anyone last did (calibrations left out); 0 when none
    /// was. Needs Evaluate.
    [[nodiscard]] std::optional<qint64> suggestedScorecard(Interaction::Kind kind, Error* error);
    [[nodiscard]] bool discard(qint64 evaluationId, Error* error);

    [[nodiscard]] std::optional<EvaluationView> get(qint64 evaluationId, Error* error);
    /// Submitted evaluations (calibrations left out) and the reader's own drafts, newest
    /// interaction first.
    [[nodiscard]] std::optional<QList<EvaluationRecord>> list(const EvaluationFilter& filter,
                                                              Error* error);

    /// The score of answers on a version, for a form that shows it as the reviewer answers
    /// (no database access, nothing audited).
    [[nodiscard]] static ScoreBreakdown preview(const ScorecardDefinition& card,
                                                const AnswerMap& answers);

    /// Checks pins and comment lengths against the interaction (a moment within the
    /// recording, a message of the chat); used by the calibration too.
    [[nodiscard]] bool checkAnswers(const EvaluationRecord& evaluation,
                                    const ScorecardDefinition& card, const AnswerMap& answers,
                                    Error* error);

private:
    struct Loaded
    {
        EvaluationRecord record;
        ScorecardDefinition card;
    };
    /// The evaluation, refused (as missing) when restricted for the reader, or a draft or an
    /// open calibration's evaluation of someone else.
    [[nodiscard]] std::optional<Loaded> load(qint64 evaluationId, const QString& action,
                                             Error* error);
    [[nodiscard]] std::optional<Loaded> ownDraft(qint64 evaluationId, const QString& action,
                                                 Error* error);
    void refuse(const QString& action, const QString& object, const QString& reason);

    Session& m_session;
    EvaluationRepository m_evaluations;
};

} // namespace tallenne
