#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tallenne {

/// How a criterion is answered.
enum class AnswerScale
{
    YesNo,     ///< yes = full points, no = none
    OneToFive, ///< 1 = none … 5 = full points, in equal steps of a quarter
};

/// When an answer needs a comment before the evaluation can be submitted.
enum class CommentRule
{
    Optional,
    OnFail, ///< on "no", or on 1 or 2 of five
    Always,
};

/// One question of a scorecard.
struct ScorecardCriterion
{
    QString id;          ///< stable within the scorecard: [a-z0-9_-], 1-64 characters
    QString title;       ///< 1-300 characters
    QString guidance;    ///< what the reviewer looks for; at most 2,000 characters
    double weight = 1.0; ///< more than 0, at most 100
    AnswerScale scale = AnswerScale::YesNo;
    bool allowNotApplicable = false;
    /// A critical criterion answered with its lowest answer ("no", or 1) fails the whole
    /// evaluation: its score is 0 whatever the other answers.
    bool critical = false;
    CommentRule comment = CommentRule::Optional;

    friend bool operator==(const ScorecardCriterion&, const ScorecardCriterion&) = default;
};

struct ScorecardSection
{
    QString title; ///< 1-300 characters
    QList<ScorecardCriterion> criteria;

    friend bool operator==(const ScorecardSection&, const ScorecardSection&) = default;
};

/// A scorecard's content: what one version of it asks. The register keeps every version
/// (ScorecardService); an evaluation names the version it was made on.
///
/// The exchange format (docs/scorecard.md, docs/scorecard.schema.json) is a JSON object:
/// `{"format": "tallenne-scorecard", "format_version": 1, "name", "description", "pass_mark",
/// "sections": [{"title", "criteria": [{"id", "title", "guidance", "weight", "scale":
/// "yes_no"|"one_to_five", "not_applicable", "critical", "comment":
/// "optional"|"on_fail"|"always"}]}]}`.
struct ScorecardDefinition
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardDefinition)

public:
    static constexpr qsizetype MaxFileBytes = 1024 * 1024;
    static constexpr int MaxSections = 50;
    static constexpr int MaxCriteria = 200;

    QString name;           ///< 1-200 characters
    QString description;    ///< at most 2,000 characters
    double passMark = 80.0; ///< per cent, 0-100: a score at or above it passes
    QList<ScorecardSection> sections;

    friend bool operator==(const ScorecardDefinition&, const ScorecardDefinition&) = default;

    /// Reads the exchange format. Refuses (ErrorKind::InputRejected, the message naming the
    /// place, e.g. "sections[1].criteria[0].weight: …") input over MaxFileBytes, JSON that does
    /// not parse, a wrong format or version, unknown fields, and anything validate() refuses.
    [[nodiscard]] static std::optional<ScorecardDefinition> fromJson(const QByteArray& json,
                                                                     Error* error);
    /// The exchange format, indented; fromJson(toJson()) gives the same definition.
    [[nodiscard]] QByteArray toJson() const;
    /// Checks the limits above, at least one criterion, and unique criterion ids.
    [[nodiscard]] bool validate(Error* error) const;

    /// The criterion with the id, or nullptr.
    [[nodiscard]] const ScorecardCriterion* criterion(const QString& id) const;
    [[nodiscard]] int criterionCount() const;

    [[nodiscard]] static QString scaleId(AnswerScale scale);        ///< "yes_no", "one_to_five"
    [[nodiscard]] static QString commentRuleId(CommentRule rule);   ///< "optional", …
    [[nodiscard]] static QString scaleName(AnswerScale scale);      ///< for people, translated
    [[nodiscard]] static QString commentRuleName(CommentRule rule); ///< for people, translated
};

/// A reviewer's answer to one criterion.
struct CriterionAnswer
{
    enum class State
    {
        Unanswered,
        NotApplicable,
        Answered,
    };
    State state = State::Unanswered;
    int value = 0;   ///< YesNo: 1 yes, 0 no; OneToFive: 1-5
    QString comment; ///< at most 2,000 characters
    /// The comment pinned to a moment of the recording (ms from its start) …
    std::optional<qint64> pinMs;
    /// … or to a message of the chat (chat_messages.id).
    std::optional<qint64> pinMessageId;

    friend bool operator==(const CriterionAnswer&, const CriterionAnswer&) = default;

    [[nodiscard]] static CriterionAnswer yes() { return {State::Answered, 1, {}, {}, {}}; }
    [[nodiscard]] static CriterionAnswer no() { return {State::Answered, 0, {}, {}, {}}; }
    [[nodiscard]] static CriterionAnswer rated(int v) { return {State::Answered, v, {}, {}, {}}; }
    [[nodiscard]] static CriterionAnswer notApplicable()
    {
        return {State::NotApplicable, 0, {}, {}, {}};
    }
};

/// Answers by criterion id.
using AnswerMap = QHash<QString, CriterionAnswer>;

/// A section's part of the score.
struct SectionScore
{
    QString title;
    double earned = 0;   ///< weighted points
    double possible = 0; ///< weights of the criteria answered (N/A removed)
};

/// The score of a set of answers and the rule that produced it.
///
/// Rule: a criterion answered earns its weight × its fraction (yes 1, no 0; on the five-point
/// scale (value − 1) / 4); "not applicable" removes its weight from the possible points;
/// unanswered criteria count nowhere until answered. The score is 100 × earned / possible,
/// rounded to one decimal. A critical criterion answered with its lowest answer makes the
/// score 0 (rawPercent keeps what it would have been).
struct ScoreBreakdown
{
    Q_DECLARE_TR_FUNCTIONS(ScoreBreakdown)

public:
    double earned = 0;
    double possible = 0;
    std::optional<double> rawPercent; ///< before a critical failure; none when possible is 0
    std::optional<double> percent;    ///< the score; 0 on a critical failure
    bool criticalFailed = false;
    bool passed = false;         ///< percent ≥ the pass mark and no critical failure
    QStringList failedCritical;  ///< criterion ids, in scorecard order
    QStringList notApplicable;   ///< criterion ids whose weight was removed
    QStringList unanswered;      ///< criterion ids
    QStringList missingComments; ///< ids whose CommentRule needs a comment that is empty
    QStringList invalidAnswers;  ///< ids answered with a value outside the scale, or N/A
                                 ///< where not allowed (never counted)
    QList<SectionScore> sections;

    /// Complete: every criterion answered (or N/A), every needed comment given, no invalid
    /// answer. Only a complete evaluation can be submitted.
    [[nodiscard]] bool complete() const
    {
        return unanswered.isEmpty() && missingComments.isEmpty() && invalidAnswers.isEmpty();
    }
    /// The rule as it applied, for people (translated), one line each, e.g.
    /// "7.5 of 10 weighted points = 75.0 %", "Not applicable, weight removed: Hold etiquette (2)",
    /// "Critical criterion failed: Identity checked — the score is 0 (would be 75.0 %)".
    [[nodiscard]] QStringList explanation(const ScorecardDefinition& card) const;
};

/// Computes the score of `answers` on `card` by the rule of ScoreBreakdown. Answers to ids the
/// card does not have are ignored.
[[nodiscard]] ScoreBreakdown computeScore(const ScorecardDefinition& card,
                                          const AnswerMap& answers);

/// The fraction of full points an answer earns (0-1), or nullopt when it earns nothing
/// countable (unanswered, N/A, or a value outside the scale).
[[nodiscard]] std::optional<double> answerFraction(const ScorecardCriterion& criterion,
                                                   const CriterionAnswer& answer);

/// True when the answer is the criterion's lowest ("no", or 1): what fails a critical
/// criterion, and what reports count as "missed".
[[nodiscard]] bool answerIsLowest(const ScorecardCriterion& criterion,
                                  const CriterionAnswer& answer);

/// True when the answer fails the criterion for CommentRule::OnFail ("no", or 1-2).
[[nodiscard]] bool answerIsFail(const ScorecardCriterion& criterion, const CriterionAnswer& answer);

/// Answers as JSON (`{"id": {"state": "answered"|"na"|"unanswered", "value", "comment",
/// "pin_ms", "pin_message_id"}}`; "value" only with "answered", empty comments and absent pins
/// left out; "unanswered" keeps a draft's comment or pin) for storage of earlier revisions, and
/// back. fromJson skips nothing silently: a malformed document gives nullopt.
[[nodiscard]] QByteArray answersToJson(const AnswerMap& answers);
[[nodiscard]] std::optional<AnswerMap> answersFromJson(const QByteArray& json);

/// A reproducible random sequence (SplitMix64): the same seed gives the same numbers on every
/// machine and compiler, which std::shuffle with std::uniform_int_distribution does not promise.
/// Sampling uses it so that a recorded seed redraws the same queue.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}
    [[nodiscard]] quint64 next();
    /// Uniform in [0, bound), without modulo bias; bound > 0.
    [[nodiscard]] quint64 below(quint64 bound);
    /// The first `count` elements of `items` become a uniform random choice (partial
    /// Fisher-Yates), in the order drawn.
    template <typename T> void choose(QList<T>& items, qsizetype count)
    {
        const qsizetype n = items.size();
        for (qsizetype i = 0; i < count && i < n - 1; ++i) {
            const auto j = i + qsizetype(below(quint64(n - i)));
            items.swapItemsAt(i, j);
        }
    }

private:
    quint64 m_state;
};

} // namespace tallenne
