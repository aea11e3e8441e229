#include "services/quality/QualityReportService.h"

#include "core/LocalCalendar.h"
#include "core/Scorecard.h"
#include "services/NoticeRenderer.h"
#include "services/PlaybackService.h"
#include "services/Session.h"
#include "storage/TransactionGuard.h"
#include "storage/quality/ScorecardRepository.h"

#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <limits>
#include <map>

namespace tallenne {

namespace {
QDate periodStart(ReportPeriod period, const QDate& day)
{
    return period == ReportPeriod::Week ? day.addDays(1 - day.dayOfWeek())
                                        : QDate(day.year(), day.month(), 1);
}

QDate nextPeriod(ReportPeriod period, const QDate& start)
{
    return period == ReportPeriod::Week ? start.addDays(7) : start.addMonths(1);
}

// Running sums of a group, turned into a ScoreGroup at the end.
struct Sums
{
    int evaluations = 0;
    double scoreSum = 0;
    int scored = 0;
    int critical = 0;
    int passed = 0;

    void add(const EvaluationRecord& e, bool pass)
    {
        ++evaluations;
        if (e.score) {
            scoreSum += *e.score;
            ++scored;
        }
        if (e.criticalFailed)
            ++critical;
        if (pass)
            ++passed;
    }
    [[nodiscard]] ScoreGroup group(const QString& name) const
    {
        ScoreGroup g;
        g.name = name;
        g.evaluations = evaluations;
        if (scored > 0)
            g.average = scoreSum / scored;
        g.criticalFailures = critical;
        g.passed = passed;
        return g;
    }
};

QString csvCell(const QString& value)
{
    QString v = value;
    // A cell a spreadsheet would evaluate as a formula is made plain text (OWASP CSV injection).
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
        v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
            QLatin1Char('"');
    return v;
}

QString number(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 1) : QString();
}

QString html(const QString& s)
{
    return s.toHtmlEscaped();
}
} // namespace

QualityReportService::QualityReportService(Session& session) : m_session(session) {}

QString QualityReportService::periodLabel(ReportPeriod period, const QDate& start)
{
    if (period == ReportPeriod::Week) {
        int year = 0;
        const int week = start.weekNumber(&year);
        return tr("Week %1/%2").arg(week).arg(year);
    }
    return tr("%1/%2").arg(start.month()).arg(start.year());
}

std::optional<QualityReport> QualityReportService::build(const ReportSpec& spec, Error* error)
{
    const QString action = QStringLiteral("quality.report");
    if (!m_session.require(Permission::ReadQuality, action, {}, error))
        return std::nullopt;
    if (!spec.from.isValid() || !spec.to.isValid() || spec.to < spec.from) {
        fail(error, ErrorKind::InputRejected,
             tr("Choose the report's first and last day, the last not before the first."));
        return std::nullopt;
    }
    if (spec.from.daysTo(spec.to) >= MaxDays) {
        fail(error, ErrorKind::InputRejected, tr("A report covers at most %1 days.").arg(MaxDays));
        return std::nullopt;
    }
    const QTimeZone zone = LocalCalendar::defaultZone();
    EvaluationRepository evaluations(m_session.db());
    EvaluationQuery query;
    query.from = LocalCalendar::startOfDay(spec.from, zone);
    query.to = LocalCalendar::startOfDay(spec.to.addDays(1), zone);
    query.onlySubmitted = true;
    query.includeRestricted = false;
    query.limit = std::numeric_limits<int>::max();
    Error readError;
    QList<EvaluationRecord> rows = evaluations.list(query, &readError);
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    rows.removeIf([&spec](const EvaluationRecord& e) {
        return (!spec.agent.isEmpty() && e.agent != spec.agent) ||
               (!spec.queue.isEmpty() && e.queue != spec.queue);
    });

    // The scorecard versions the evaluations were made on: pass marks and criterion titles.
    ScorecardRepository scorecards(m_session.db());
    QHash<qint64, ScorecardDefinition> cards;
    auto card = [&](qint64 versionId) -> const ScorecardDefinition* {
        if (!cards.contains(versionId)) {
            const auto version = scorecards.version(versionId, nullptr);
            const auto definition =
                version ? ScorecardDefinition::fromJson(version->definition, nullptr)
                        : std::nullopt;
            if (!definition)
                return nullptr;
            cards.insert(versionId, *definition);
        }
        return &cards[versionId];
    };

    QualityReport report;
    report.spec = spec;
    Sums total;
    std::map<QString, Sums> agents;
    std::map<QString, Sums> queues;
    std::map<QDate, Sums> periods;
    std::map<QString, std::map<QDate, Sums>> agentPeriods;
    const QString noQueue = tr("(no queue)");
    const QString chats = tr("Chats");
    for (const EvaluationRecord& e : std::as_const(rows)) {
        const ScorecardDefinition* definition = card(e.scorecardVersionId);
        const bool pass =
            e.score && !e.criticalFailed && definition && *e.score >= definition->passMark;
        const QDate day = e.interactionAt.toTimeZone(zone).date();
        const QDate start = periodStart(spec.period, day);
        const QString queue = !e.queue.isEmpty() ? e.queue : e.target.isCall() ? noQueue : chats;
        total.add(e, pass);
        agents[e.agent].add(e, pass);
        queues[queue].add(e, pass);
        periods[start].add(e, pass);
        agentPeriods[e.agent][start].add(e, pass);
    }
    report.total = total.group(tr("All"));
    for (const auto& [name, sums] : agents)
        report.byAgent << sums.group(name);
    for (const auto& [name, sums] : queues)
        report.byQueue << sums.group(name);
    for (QDate start = periodStart(spec.period, spec.from); start <= spec.to;
         start = nextPeriod(spec.period, start)) {
        const auto it = periods.find(start);
        report.trend << TrendPoint{
            start,
            (it != periods.end() ? it->second : Sums()).group(periodLabel(spec.period, start))};
    }
    for (const auto& [agent, byPeriod] : agentPeriods) {
        QList<TrendPoint> points;
        for (const TrendPoint& p : std::as_const(report.trend)) {
            const auto it = byPeriod.find(p.start);
            points << TrendPoint{p.start,
                                 (it != byPeriod.end() ? it->second : Sums()).group(p.scores.name)};
        }
        report.agentTrends.append({agent, points});
    }

    // The criteria most often missed: answered with their lowest answer. Counted over every
    // evaluation in the range (the agent and queue filters apply to the scores above).
    const auto counts = evaluations.answerCounts(*query.from, *query.to, false, &readError);
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    std::map<std::pair<QString, QString>, MissedCriterion> missed;
    if (spec.agent.isEmpty() && spec.queue.isEmpty()) {
        for (const AnswerCount& c : counts) {
            const ScorecardDefinition* definition = card(c.scorecardVersionId);
            const ScorecardCriterion* criterion =
                definition ? definition->criterion(c.criterionId) : nullptr;
            if (!criterion || c.notApplicable)
                continue;
            CriterionAnswer answer = CriterionAnswer::rated(c.value);
            MissedCriterion& m = missed[{definition->name, c.criterionId}];
            m.scorecard = definition->name;
            m.criterionId = c.criterionId;
            m.title = criterion->title;
            m.answered += c.count;
            if (answerIsLowest(*criterion, answer))
                m.missed += c.count;
        }
    } else {
        // With a filter, the answers of the evaluations shown.
        for (const EvaluationRecord& e : std::as_const(rows)) {
            const ScorecardDefinition* definition = card(e.scorecardVersionId);
            const auto answers = definition ? evaluations.answers(e.id, nullptr) : std::nullopt;
            if (!answers)
                continue;
            for (auto it = answers->cbegin(); it != answers->cend(); ++it) {
                const ScorecardCriterion* criterion = definition->criterion(it.key());
                if (!criterion || it.value().state != CriterionAnswer::State::Answered)
                    continue;
                MissedCriterion& m = missed[{definition->name, it.key()}];
                m.scorecard = definition->name;
                m.criterionId = it.key();
                m.title = criterion->title;
                ++m.answered;
                if (answerIsLowest(*criterion, it.value()))
                    ++m.missed;
            }
        }
    }
    for (const auto& [key, m] : missed) {
        if (m.missed > 0)
            report.mostMissed << m;
    }
    std::stable_sort(report.mostMissed.begin(), report.mostMissed.end(),
                     [](const MissedCriterion& a, const MissedCriterion& b) {
                         return a.rate() != b.rate() ? a.rate() > b.rate() : a.missed > b.missed;
                     });
    if (report.mostMissed.size() > 10)
        report.mostMissed.resize(10);
    report.evaluations = std::move(rows);

    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(
            action, {},
            QStringLiteral("from=%1 to=%2 evaluations=%3%4%5")
                .arg(spec.from.toString(Qt::ISODate), spec.to.toString(Qt::ISODate))
                .arg(report.total.evaluations)
                .arg(spec.agent.isEmpty() ? QString() : QStringLiteral(" agent=") + spec.agent,
                     spec.queue.isEmpty() ? QString() : QStringLiteral(" queue=") + spec.queue),
            error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return report;
}

QByteArray QualityReportService::toCsv(const QualityReport& report)
{
    QStringList lines;
    lines << QStringLiteral("section,name,period_start,evaluations,average_score,"
                            "critical_failures,critical_failure_rate,pass_rate,missed,answered");
    auto row = [&lines](const QString& section, const ScoreGroup& g, const QDate& start) {
        lines << QStringList{section,
                             csvCell(g.name),
                             start.isValid() ? start.toString(Qt::ISODate) : QString(),
                             QString::number(g.evaluations),
                             number(g.average),
                             QString::number(g.criticalFailures),
                             number(g.criticalFailureRate()),
                             number(g.passRate()),
                             QString(),
                             QString()}
                     .join(QLatin1Char(','));
    };
    row(QStringLiteral("total"), report.total, {});
    for (const ScoreGroup& g : report.byAgent)
        row(QStringLiteral("agent"), g, {});
    for (const ScoreGroup& g : report.byQueue)
        row(QStringLiteral("queue"), g, {});
    for (const TrendPoint& p : report.trend)
        row(QStringLiteral("period"), p.scores, p.start);
    for (const auto& [agent, points] : report.agentTrends) {
        for (const TrendPoint& p : points) {
            ScoreGroup g = p.scores;
            g.name = agent;
            if (g.evaluations > 0)
                row(QStringLiteral("agent_period"), g, p.start);
        }
    }
    for (const MissedCriterion& m : report.mostMissed)
        lines << QStringList{QStringLiteral("missed_criterion"),
                             csvCell(m.scorecard + QStringLiteral(": ") + m.title),
                             QString(),
                             QString(),
                             QString(),
                             QString(),
                             QString(),
                             QString(),
                             QString::number(m.missed),
                             QString::number(m.answered)}
                     .join(QLatin1Char(','));
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QString QualityReportService::toHtml(const QualityReport& report, const QStringList& chartNames)
{
    const QLocale locale;
    auto pct = [&locale](std::optional<double> v) {
        return v ? locale.toString(*v, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
    };
    QString out;
    out += QStringLiteral("<html><head><title>%1</title></head><body>")
               .arg(html(tr("Quality report")));
    out += QStringLiteral("<h1>%1</h1>").arg(html(tr("Quality report")));
    QString scope = tr("Interactions from %1 to %2")
                        .arg(locale.toString(report.spec.from, QLocale::ShortFormat),
                             locale.toString(report.spec.to, QLocale::ShortFormat));
    if (!report.spec.agent.isEmpty())
        scope += QStringLiteral(" · ") + tr("Agent: %1").arg(report.spec.agent);
    if (!report.spec.queue.isEmpty())
        scope += QStringLiteral(" · ") + tr("Queue: %1").arg(report.spec.queue);
    out += QStringLiteral("<p>%1</p>").arg(html(scope));
    out += QStringLiteral("<p>%1</p>")
               .arg(html(tr("%1 evaluations, average score %2, critical failures %3 (%4), "
                            "passed %5")
                             .arg(report.total.evaluations)
                             .arg(pct(report.total.average))
                             .arg(report.total.criticalFailures)
                             .arg(pct(report.total.criticalFailureRate()),
                                  pct(report.total.passRate()))));
    for (const QString& name : chartNames)
        out += QStringLiteral("<p><img src=\"%1\" width=\"640\"></p>").arg(html(name));
    auto table = [&](const QString& title, const QString& first, const QList<ScoreGroup>& groups) {
        out +=
            QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"4\"><tr><th>%2</th><th>%3</th><th>%4</th>"
                           "<th>%5</th><th>%6</th></tr>")
                .arg(html(title), html(first), html(tr("Evaluations")), html(tr("Average score")),
                     html(tr("Critical failures")), html(tr("Passed")));
        for (const ScoreGroup& g : groups)
            out += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td "
                                  "align=\"right\">%3</td><td align=\"right\">%4</td><td "
                                  "align=\"right\">%5</td></tr>")
                       .arg(html(g.name))
                       .arg(g.evaluations)
                       .arg(pct(g.average))
                       .arg(g.criticalFailures)
                       .arg(pct(g.passRate()));
        out += QStringLiteral("</table>");
    };
    table(tr("By agent"), tr("Agent"), report.byAgent);
    table(tr("By queue"), tr("Queue"), report.byQueue);
    QList<ScoreGroup> periods;
    for (const TrendPoint& p : report.trend)
        periods << p.scores;
    table(tr("By period"), tr("Period"), periods);
    out += QStringLiteral("<h2>%1</h2>").arg(html(tr("Criteria most often missed")));
    if (report.mostMissed.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(html(tr("No criterion was missed.")));
    } else {
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
                              "<th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                   .arg(html(tr("Scorecard")), html(tr("Criterion")), html(tr("Missed")),
                        html(tr("Share missed")));
        for (const MissedCriterion& m : report.mostMissed)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3 / %4</td>"
                                  "<td align=\"right\">%5</td></tr>")
                       .arg(html(m.scorecard), html(m.title))
                       .arg(m.missed)
                       .arg(m.answered)
                       .arg(pct(m.rate()));
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("</body></html>");
    return out;
}

bool QualityReportService::writePdf(const QualityReport& report, const QString& path,
                                    const QList<std::pair<QString, QImage>>& charts, Error* error)
{
    QStringList names;
    for (const auto& chart : charts)
        names << chart.first;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, ErrorKind::Environment,
                    tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (!NoticeRenderer::writePdf(toHtml(report, names), &file, error, charts))
        return false;
    if (!file.commit())
        return fail(error, ErrorKind::Environment,
                    tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace tallenne
