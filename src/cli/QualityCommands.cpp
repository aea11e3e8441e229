#include "cli/AdminCli.h"
#include "cli/CommandSupport.h"

#include "core/LocalCalendar.h"
#include "services/quality/CalibrationService.h"
#include "services/quality/EvaluationService.h"
#include "services/quality/QualityReportService.h"
#include "services/quality/SamplingService.h"
#include "services/quality/ScorecardService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

// The quality commands of tallenne-admin: scorecard list|import|export, evaluation list|show,
// report, sample draw|show, calibration list|show.

namespace tallenne::cli {

namespace {
// Option names shared with other commands (--from, --to, --out, --format) are registered once;
// their descriptions there name every command that takes them.
const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("D"));
const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("D"));
const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
const QCommandLineOption formatOption(QStringLiteral("format"), QString(),
                                      QStringLiteral("FORMAT"));
const QCommandLineOption
    versionOption(QStringLiteral("scorecard-version"),
                  QStringLiteral("scorecard export: this version instead of the latest."),
                  QStringLiteral("N"));
const QCommandLineOption agentOption(QStringLiteral("agent"),
                                     QStringLiteral("report: only this agent's scores."),
                                     QStringLiteral("A"));
const QCommandLineOption queueOption(QStringLiteral("queue"),
                                     QStringLiteral("report, sample draw: only this queue."),
                                     QStringLiteral("Q"));
const QCommandLineOption periodOption(QStringLiteral("period"),
                                      QStringLiteral("report: the trend by week (default) or "
                                                     "month."),
                                      QStringLiteral("week|month"));
const QCommandLineOption perAgentOption(QStringLiteral("per-agent"),
                                        QStringLiteral("sample draw: how many per agent per week "
                                                       "(default 2)."),
                                        QStringLiteral("N"));
const QCommandLineOption seedOption(QStringLiteral("seed"),
                                    QStringLiteral("sample draw: the seed (the same seed draws "
                                                   "the same sample); random when not given."),
                                    QStringLiteral("S"));
const QCommandLineOption chatsOption(QStringLiteral("include-chats"),
                                     QStringLiteral("sample draw: draw chats as well as calls."));
const QCommandLineOption targetOption(QStringLiteral("of"),
                                      QStringLiteral("evaluation list: only the evaluations of "
                                                     "call:ID or chat:ID."),
                                      QStringLiteral("call:ID|chat:ID"));

std::optional<QDate> parseDay(const QString& text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10)
        return std::nullopt;
    return day;
}

QJsonValue score(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject toJson(const EvaluationRecord& e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("of"), e.target.object()},
        {QStringLiteral("scorecard"), e.scorecardId},
        {QStringLiteral("scorecard_name"), e.scorecardName},
        {QStringLiteral("scorecard_version"), e.scorecardVersion},
        {QStringLiteral("agent"), e.agent},
        {QStringLiteral("queue"), e.queue},
        {QStringLiteral("interaction_at"), utc(e.interactionAt)},
        {QStringLiteral("evaluator"), e.evaluator},
        {QStringLiteral("status"),
         e.submitted ? QStringLiteral("submitted") : QStringLiteral("draft")},
        {QStringLiteral("revision"), e.revision},
        {QStringLiteral("score"), score(e.score)},
        {QStringLiteral("critical_failed"), e.criticalFailed},
        {QStringLiteral("submitted_at"),
         e.submittedAt ? QJsonValue(utc(*e.submittedAt)) : QJsonValue()},
    };
}

QString scoreText(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 1) : QStringLiteral("-");
}

int cmdScorecardList(AdminCli& cli)
{
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("scorecard list takes no arguments"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto cards = ScorecardService(*session).list(&error);
    if (!cards)
        return cli.failWith(error);
    if (cli.json()) {
        QJsonArray array;
        for (const ScorecardRecord& c : *cards)
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("version"), c.latestVersion},
                                     {QStringLiteral("retired"), c.retired},
                                     {QStringLiteral("evaluations"), c.evaluationCount},
                                     {QStringLiteral("created_by"), c.createdBy},
                                     {QStringLiteral("created_at"), utc(c.createdAt)}});
        cli.console().json(array);
        return 0;
    }
    for (const ScorecardRecord& c : *cards)
        cli.console().out(QStringLiteral("%1\t%2\tversion %3\t%4 evaluations%5")
                              .arg(c.id)
                              .arg(c.name)
                              .arg(c.latestVersion)
                              .arg(c.evaluationCount)
                              .arg(c.retired ? QStringLiteral("\tretired") : QString()));
    return 0;
}

int cmdScorecardImport(AdminCli& cli)
{
    if (cli.arguments().size() != 1)
        return cli.usage(AdminCli::tr("scorecard import takes one FILE"));
    const QString path = cli.arguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.failWith({ErrorKind::InputRejected,
                             AdminCli::tr("Cannot read %1: %2").arg(path, file.errorString())});
    // One byte over the limit is enough to refuse: nothing larger is read into memory.
    const QByteArray json = file.read(ScorecardDefinition::MaxFileBytes + 1);
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto id = ScorecardService(*session).importJson(json, &error);
    if (!id) {
        error.message = AdminCli::tr("%1: %2").arg(path, error.message);
        return cli.failWith(error);
    }
    if (cli.json())
        cli.console().json(QJsonObject{{QStringLiteral("id"), *id}});
    else
        cli.console().out(AdminCli::tr("Imported as scorecard %1").arg(*id));
    return 0;
}

int cmdScorecardExport(AdminCli& cli)
{
    if (cli.arguments().size() != 1)
        return cli.usage(AdminCli::tr("scorecard export takes one scorecard ID"));
    const auto id = parseId(cli.arguments().first());
    if (!id)
        return cli.usage(AdminCli::tr("scorecard export takes a scorecard's number"));
    int version = 0;
    if (cli.parser().isSet(versionOption)) {
        const auto v = parseId(cli.parser().value(versionOption));
        if (!v)
            return cli.usage(AdminCli::tr("--scorecard-version takes a version number"));
        version = int(*v);
    }
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto json = ScorecardService(*session).exportJson(*id, version, &error);
    if (!json)
        return cli.failWith(error);
    if (cli.parser().isSet(outOption)) {
        const QString path = cli.parser().value(outOption);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit())
            return cli.failWith(
                {ErrorKind::Environment,
                 AdminCli::tr("Cannot write %1: %2").arg(path, file.errorString())});
        return 0;
    }
    cli.console().out(QString::fromUtf8(*json).trimmed());
    return 0;
}

int cmdEvaluationList(AdminCli& cli)
{
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("evaluation list takes no arguments"));
    EvaluationFilter filter;
    const QTimeZone zone = LocalCalendar::defaultZone();
    if (cli.parser().isSet(fromOption)) {
        const auto day = parseDay(cli.parser().value(fromOption));
        if (!day)
            return cli.usage(AdminCli::tr("--from takes a date, YYYY-MM-DD"));
        filter.from = LocalCalendar::startOfDay(*day, zone);
    }
    if (cli.parser().isSet(toOption)) {
        const auto day = parseDay(cli.parser().value(toOption));
        if (!day)
            return cli.usage(AdminCli::tr("--to takes a date, YYYY-MM-DD"));
        filter.to = LocalCalendar::startOfDay(day->addDays(1), zone);
    }
    if (cli.parser().isSet(targetOption)) {
        filter.target = Interaction::fromObject(cli.parser().value(targetOption));
        if (!filter.target)
            return cli.usage(AdminCli::tr("--of takes call:ID or chat:ID"));
    }
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto list = EvaluationService(*session).list(filter, &error);
    if (!list)
        return cli.failWith(error);
    if (cli.json()) {
        QJsonArray array;
        for (const EvaluationRecord& e : *list)
            array.append(toJson(e));
        cli.console().json(array);
        return 0;
    }
    for (const EvaluationRecord& e : *list)
        cli.console().out(
            QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                .arg(e.id)
                .arg(e.target.object(), e.agent, e.scorecardName, e.evaluator,
                     e.submitted ? QStringLiteral("submitted") : QStringLiteral("draft"),
                     scoreText(e.score)));
    return 0;
}

int cmdEvaluationShow(AdminCli& cli)
{
    if (cli.arguments().size() != 1)
        return cli.usage(AdminCli::tr("evaluation show takes one evaluation ID"));
    const auto id = parseId(cli.arguments().first());
    if (!id)
        return cli.usage(AdminCli::tr("evaluation show takes an evaluation's number"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto view = EvaluationService(*session).get(*id, &error);
    if (!view)
        return cli.failWith(error);
    if (cli.json()) {
        QJsonObject o = toJson(view->record);
        o.insert(QStringLiteral("answers"),
                 QJsonDocument::fromJson(answersToJson(view->answers)).object());
        o.insert(QStringLiteral("rule"),
                 QJsonArray::fromStringList(view->score.explanation(view->card)));
        QJsonArray revisions;
        for (const EvaluationRevisionRecord& r : view->revisions)
            revisions.append(QJsonObject{{QStringLiteral("revision"), r.revision},
                                         {QStringLiteral("score"), score(r.score)},
                                         {QStringLiteral("replaced_by"), r.replacedBy},
                                         {QStringLiteral("replaced_at"), utc(r.replacedAt)},
                                         {QStringLiteral("reason"), r.reason}});
        o.insert(QStringLiteral("earlier_revisions"), revisions);
        cli.console().json(o);
        return 0;
    }
    const EvaluationRecord& e = view->record;
    cli.console().out(
        AdminCli::tr("Evaluation %1 of %2 (agent %3) on \"%4\" version %5 by %6: %7")
            .arg(e.id)
            .arg(e.target.object(), e.agent, e.scorecardName)
            .arg(e.scorecardVersion)
            .arg(e.evaluator, e.submitted ? AdminCli::tr("submitted") : AdminCli::tr("draft")));
    for (const ScorecardSection& section : view->card.sections) {
        cli.console().out(section.title);
        for (const ScorecardCriterion& c : section.criteria) {
            const CriterionAnswer a = view->answers.value(c.id);
            QString answer = AdminCli::tr("not answered");
            if (a.state == CriterionAnswer::State::NotApplicable)
                answer = AdminCli::tr("not applicable");
            else if (a.state == CriterionAnswer::State::Answered)
                answer = c.scale == AnswerScale::YesNo
                             ? (a.value ? AdminCli::tr("yes") : AdminCli::tr("no"))
                             : QString::number(a.value);
            cli.console().out(
                QStringLiteral("  %1: %2%3")
                    .arg(c.title, answer,
                         a.comment.isEmpty() ? QString() : QStringLiteral(" — ") + a.comment));
        }
    }
    for (const QString& line : view->score.explanation(view->card))
        cli.console().out(line);
    for (const EvaluationRevisionRecord& r : view->revisions)
        cli.console().out(AdminCli::tr("Revision %1 (score %2) replaced by %3 at %4: %5")
                              .arg(r.revision)
                              .arg(scoreText(r.score), r.replacedBy, utc(r.replacedAt), r.reason));
    return 0;
}

int cmdReport(AdminCli& cli)
{
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("report takes no arguments"));
    if (!cli.parser().isSet(fromOption) || !cli.parser().isSet(toOption))
        return cli.usage(AdminCli::tr("report needs --from D and --to D"));
    const auto from = parseDay(cli.parser().value(fromOption));
    const auto to = parseDay(cli.parser().value(toOption));
    if (!from || !to)
        return cli.usage(AdminCli::tr("--from and --to take dates, YYYY-MM-DD"));
    const QString format = cli.parser().isSet(formatOption) ? cli.parser().value(formatOption)
                                                            : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("csv") &&
        format != QLatin1String("pdf"))
        return cli.usage(AdminCli::tr("report --format is text, csv or pdf"));
    if (format == QLatin1String("pdf") && !cli.parser().isSet(outOption))
        return cli.usage(AdminCli::tr("report --format pdf needs --out FILE"));
    ReportSpec spec;
    spec.from = *from;
    spec.to = *to;
    spec.agent = cli.parser().value(agentOption);
    spec.queue = cli.parser().value(queueOption);
    if (cli.parser().isSet(periodOption)) {
        const QString period = cli.parser().value(periodOption);
        if (period == QLatin1String("month"))
            spec.period = ReportPeriod::Month;
        else if (period != QLatin1String("week"))
            return cli.usage(AdminCli::tr("--period is week or month"));
    }
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto report = QualityReportService(*session).build(spec, &error);
    if (!report)
        return cli.failWith(error);
    const QString out = cli.parser().value(outOption);
    if (format == QLatin1String("pdf")) {
        if (!QualityReportService::writePdf(*report, out, {}, &error))
            return cli.failWith(error);
        return 0;
    }
    if (format == QLatin1String("csv")) {
        const QByteArray csv = QualityReportService::toCsv(*report);
        if (out.isEmpty()) {
            cli.console().out(QString::fromUtf8(csv).trimmed());
            return 0;
        }
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            return cli.failWith({ErrorKind::Environment,
                                 AdminCli::tr("Cannot write %1: %2").arg(out, file.errorString())});
        return 0;
    }
    auto line = [&cli](const ScoreGroup& g) {
        cli.console().out(AdminCli::tr("%1\t%2 evaluations\taverage %3\tcritical failures %4\t"
                                       "passed %5")
                              .arg(g.name)
                              .arg(g.evaluations)
                              .arg(scoreText(g.average))
                              .arg(g.criticalFailures)
                              .arg(g.passRate() ? scoreText(g.passRate()) + QStringLiteral(" %")
                                                : QStringLiteral("-")));
    };
    line(report->total);
    cli.console().out(AdminCli::tr("By agent"));
    for (const ScoreGroup& g : report->byAgent)
        line(g);
    cli.console().out(AdminCli::tr("By queue"));
    for (const ScoreGroup& g : report->byQueue)
        line(g);
    cli.console().out(AdminCli::tr("By period"));
    for (const TrendPoint& p : report->trend)
        line(p.scores);
    cli.console().out(AdminCli::tr("Criteria most often missed"));
    for (const MissedCriterion& m : report->mostMissed)
        cli.console().out(QStringLiteral("%1: %2\t%3 / %4")
                              .arg(m.scorecard, m.title)
                              .arg(m.missed)
                              .arg(m.answered));
    return 0;
}

void printSample(AdminCli& cli, const SampleRun& run)
{
    if (cli.json()) {
        QJsonArray items;
        for (const SampleItemRecord& i : run.items)
            items.append(
                QJsonObject{{QStringLiteral("position"), i.position},
                            {QStringLiteral("week"), i.weekStart.toString(Qt::ISODate)},
                            {QStringLiteral("agent"), i.agent},
                            {QStringLiteral("of"), i.target.object()},
                            {QStringLiteral("started_at"), utc(i.startedAt)},
                            {QStringLiteral("evaluated"), i.evaluated},
                            {QStringLiteral("evaluation"),
                             i.evaluationId ? QJsonValue(*i.evaluationId) : QJsonValue()}});
        cli.console().json(QJsonObject{
            {QStringLiteral("id"), run.run.id},
            {QStringLiteral("seed"), QString::number(run.run.seed)},
            {QStringLiteral("spec"), QJsonDocument::fromJson(run.spec.toJson()).object()},
            {QStringLiteral("items"), items}});
        return;
    }
    cli.console().out(AdminCli::tr("Sample %1, seed %2: %3 items, %4 evaluated")
                          .arg(run.run.id)
                          .arg(run.run.seed)
                          .arg(run.items.size())
                          .arg(run.run.evaluated));
    for (const SampleItemRecord& i : run.items)
        cli.console().out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                              .arg(i.weekStart.toString(Qt::ISODate), i.agent, i.target.object(),
                                   utc(i.startedAt),
                                   i.evaluated ? AdminCli::tr("evaluated") : QString()));
}

int cmdSampleDraw(AdminCli& cli)
{
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("sample draw takes no arguments"));
    if (!cli.parser().isSet(fromOption) || !cli.parser().isSet(toOption))
        return cli.usage(AdminCli::tr("sample draw needs --from D and --to D"));
    SampleSpec spec;
    const auto from = parseDay(cli.parser().value(fromOption));
    const auto to = parseDay(cli.parser().value(toOption));
    if (!from || !to)
        return cli.usage(AdminCli::tr("--from and --to take dates, YYYY-MM-DD"));
    spec.from = *from;
    spec.to = *to;
    if (cli.parser().isSet(perAgentOption)) {
        const auto n = parseId(cli.parser().value(perAgentOption));
        if (!n || *n > SampleSpec::MaxPerAgentPerWeek)
            return cli.usage(
                AdminCli::tr("--per-agent takes 1 to %1").arg(SampleSpec::MaxPerAgentPerWeek));
        spec.perAgentPerWeek = int(*n);
    }
    if (cli.parser().isSet(seedOption)) {
        bool ok = false;
        spec.seed = cli.parser().value(seedOption).toULongLong(&ok);
        if (!ok || spec.seed == 0)
            return cli.usage(AdminCli::tr("--seed takes a whole number above 0"));
    }
    spec.queue = cli.parser().value(queueOption);
    spec.chats = cli.parser().isSet(chatsOption);
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    SamplingService sampling(*session);
    const auto runId = sampling.draw(spec, &error);
    if (!runId)
        return cli.failWith(error);
    const auto run = sampling.run(*runId, &error);
    if (!run)
        return cli.failWith(error);
    printSample(cli, *run);
    return 0;
}

int cmdSampleShow(AdminCli& cli)
{
    if (cli.arguments().size() != 1)
        return cli.usage(AdminCli::tr("sample show takes one sample ID"));
    const auto id = parseId(cli.arguments().first());
    if (!id)
        return cli.usage(AdminCli::tr("sample show takes a sample's number"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto run = SamplingService(*session).run(*id, &error);
    if (!run)
        return cli.failWith(error);
    printSample(cli, *run);
    return 0;
}

int cmdCalibrationShow(AdminCli& cli)
{
    if (cli.arguments().size() != 1)
        return cli.usage(AdminCli::tr("calibration show takes one calibration ID"));
    const auto id = parseId(cli.arguments().first());
    if (!id)
        return cli.usage(AdminCli::tr("calibration show takes a calibration's number"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto result = CalibrationService(*session).result(*id, &error);
    if (!result)
        return cli.failWith(error);
    if (cli.json()) {
        QJsonArray reviewers;
        for (const CalibrationReviewer& r : result->reviewers)
            reviewers.append(QJsonObject{{QStringLiteral("evaluator"), r.evaluator},
                                         {QStringLiteral("submitted"), r.submitted},
                                         {QStringLiteral("score"), score(r.score)}});
        QJsonArray criteria;
        for (const CriterionSpread& c : result->criteria) {
            QJsonArray points;
            for (const auto& p : c.points)
                points.append(score(p));
            criteria.append(
                QJsonObject{{QStringLiteral("id"), c.criterionId},
                            {QStringLiteral("title"), c.title},
                            {QStringLiteral("points"), points},
                            {QStringLiteral("spread"), score(c.spread)},
                            {QStringLiteral("mixed_applicability"), c.mixedApplicability}});
        }
        cli.console().json(
            QJsonObject{{QStringLiteral("id"), result->calibration.id},
                        {QStringLiteral("of"), result->calibration.target.object()},
                        {QStringLiteral("closed"), result->answersVisible},
                        {QStringLiteral("reviewers"), reviewers},
                        {QStringLiteral("criteria"), criteria},
                        {QStringLiteral("score_spread"), score(result->scoreSpread)}});
        return 0;
    }
    cli.console().out(
        AdminCli::tr("Calibration %1 of %2: %3 reviewers, %4")
            .arg(result->calibration.id)
            .arg(result->calibration.target.object())
            .arg(result->reviewers.size())
            .arg(result->answersVisible ? AdminCli::tr("closed") : AdminCli::tr("open")));
    for (const CriterionSpread& c : result->criteria)
        cli.console().out(QStringLiteral("%1\t%2").arg(c.title, scoreText(c.spread)));
    return 0;
}
} // namespace

QList<CliCommand> qualityCommands()
{
    return {
        {{QStringLiteral("scorecard"), QStringLiteral("list")},
         QStringLiteral("scorecard list [--json]"),
         {},
         cmdScorecardList},
        {{QStringLiteral("scorecard"), QStringLiteral("import")},
         QStringLiteral("scorecard import FILE"),
         {},
         cmdScorecardImport},
        {{QStringLiteral("scorecard"), QStringLiteral("export")},
         QStringLiteral("scorecard export ID [--scorecard-version N] [--out FILE]"),
         {versionOption, outOption},
         cmdScorecardExport},
        {{QStringLiteral("evaluation"), QStringLiteral("list")},
         QStringLiteral("evaluation list [--from D] [--to D] [--of call:ID|chat:ID] [--json]"),
         {fromOption, toOption, targetOption},
         cmdEvaluationList},
        {{QStringLiteral("evaluation"), QStringLiteral("show")},
         QStringLiteral("evaluation show ID [--json]"),
         {},
         cmdEvaluationShow},
        {{QStringLiteral("report")},
         QStringLiteral("report --from D --to D [--format text|csv|pdf] [--out FILE] "
                        "[--agent A] [--queue Q] [--period week|month]"),
         {fromOption, toOption, formatOption, outOption, agentOption, queueOption, periodOption},
         cmdReport},
        {{QStringLiteral("sample"), QStringLiteral("draw")},
         QStringLiteral("sample draw --from D --to D [--per-agent N] [--seed S] [--queue Q] "
                        "[--include-chats]"),
         {fromOption, toOption, perAgentOption, seedOption, queueOption, chatsOption},
         cmdSampleDraw},
        {{QStringLiteral("sample"), QStringLiteral("show")},
         QStringLiteral("sample show ID [--json]"),
         {},
         cmdSampleShow},
        {{QStringLiteral("calibration"), QStringLiteral("show")},
         QStringLiteral("calibration show ID [--json]"),
         {},
         cmdCalibrationShow},
    };
}

} // namespace tallenne::cli
