#pragma once

#include "core/Error.h"
#include "storage/quality/EvaluationRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>

#include <optional>

namespace tallenne {

class Session;

/// The periods a report's trend is drawn in.
enum class ReportPeriod
{
    Week,  ///< Monday to Sunday, local time
    Month, ///< calendar month, local time
};

/// What a report covers: submitted evaluations of calls and chats that took place from `from`
/// to `to` (local days, inclusive), optionally of one agent or queue.
struct ReportSpec
{
    QDate from;
    QDate to;
    ReportPeriod period = ReportPeriod::Week;
    QString agent; ///< empty: every agent
    QString queue; ///< empty: every queue
};

/// Scores of one agent, queue or period.
struct ScoreGroup
{
    QString name;
    int evaluations = 0;
    std::optional<double> average; ///< mean score, per cent
    int criticalFailures = 0;
    int passed = 0;
    /// Per cent of the evaluations; none for a group without evaluations (not 0 %).
    [[nodiscard]] std::optional<double> criticalFailureRate() const
    {
        return evaluations ? std::optional(100.0 * criticalFailures / evaluations) : std::nullopt;
    }
    /// Per cent of the evaluations; none for a group without evaluations (not 0 %).
    [[nodiscard]] std::optional<double> passRate() const
    {
        return evaluations ? std::optional(100.0 * passed / evaluations) : std::nullopt;
    }
};

/// One period of a trend: its first day and its scores (name is the period's label).
struct TrendPoint
{
    QDate start;
    ScoreGroup scores;
};

/// A criterion and how often it was missed (answered with its lowest answer).
struct MissedCriterion
{
    QString scorecard;
    QString criterionId;
    QString title;
    int missed = 0;
    int answered = 0;
    [[nodiscard]] double rate() const { return answered ? 100.0 * missed / answered : 0.0; }
};

/// Scores per agent, queue and period, the critical-failure rate and the criteria most often
/// missed. Calibration evaluations and drafts are left out.
struct QualityReport
{
    ReportSpec spec;
    ScoreGroup total;
    QList<ScoreGroup> byAgent; ///< by name
    QList<ScoreGroup> byQueue; ///< by name
    QList<TrendPoint> trend;   ///< every period of the range, empty ones too
    /// Per agent, the same periods as `trend`.
    QList<std::pair<QString, QList<TrendPoint>>> agentTrends;
    QList<MissedCriterion> mostMissed;   ///< most often missed first, at most 10
    QList<EvaluationRecord> evaluations; ///< newest first
};

/// Quality reports for quality managers and trainers (ReadQuality), as the console's charts, a
/// CSV for spreadsheets and a printable PDF. Restricted calls and chats count in no report
/// (GDPR art. 18: stored, not processed). Each report made is audited.
class QualityReportService
{
    Q_DECLARE_TR_FUNCTIONS(QualityReportService)

public:
    static constexpr int MaxDays = 3 * 366;

    explicit QualityReportService(Session& session);

    [[nodiscard]] std::optional<QualityReport> build(const ReportSpec& spec, Error* error);

    /// The report as CSV (RFC 4180, UTF-8, comma-separated, header row): one row per total,
    /// agent, queue, period and missed criterion, with the columns `section, name, period_start,
    /// evaluations, average_score, critical_failures, critical_failure_rate, pass_rate, missed,
    /// answered`. A cell that a spreadsheet would run as a formula (=, +, -, @) is quoted with a
    /// leading apostrophe.
    [[nodiscard]] static QByteArray toCsv(const QualityReport& report);
    /// The report as HTML for print and PDF; `chartNames` are images the caller adds as
    /// resources (NoticeRenderer::writePdf), shown after the summary.
    [[nodiscard]] static QString toHtml(const QualityReport& report,
                                        const QStringList& chartNames = {});
    /// An A4 PDF; needs a QGuiApplication (fonts).
    [[nodiscard]] static bool writePdf(const QualityReport& report, const QString& path,
                                       const QList<std::pair<QString, QImage>>& charts,
                                       Error* error);
    /// The period's label: "Week 49/2026" or "12/2026" (translated).
    [[nodiscard]] static QString periodLabel(ReportPeriod period, const QDate& start);

private:
    Session& m_session;
};

} // namespace tallenne
