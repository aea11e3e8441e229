#include "cli/AdminCli.h"
#include "cli/CommandSupport.h"

#include "core/LocalCalendar.h"
#include "services/ProfileService.h"
#include "services/retention/CompactionService.h"
#include "services/retention/HoldService.h"
#include "services/retention/PurgeService.h"
#include "services/retention/UnattendedService.h"

#include <QJsonArray>
#include <QJsonObject>

// The retention commands of tallenne-admin: hold add|list|release, purge [--dry-run].

namespace tallenne::cli {

namespace {
const QCommandLineOption phoneOption(QStringLiteral("phone"),
                                     QStringLiteral("hold add: hold every call from this number."),
                                     QStringLiteral("P"));
const QCommandLineOption callOption(QStringLiteral("call"),
                                    QStringLiteral("hold add: hold this call."),
                                    QStringLiteral("ID"));
const QCommandLineOption chatOption(QStringLiteral("chat"),
                                    QStringLiteral("hold add: hold this chat."),
                                    QStringLiteral("ID"));
const QCommandLineOption subjectOption(QStringLiteral("subject"),
                                       QStringLiteral("hold add: hold a data subject's data."),
                                       QStringLiteral("ID"));
const QCommandLineOption
    reasonOption(QStringLiteral("reason"),
                 QStringLiteral("hold add: one of the profile's hold_reasons."),
                 QStringLiteral("R"));
const QCommandLineOption untilOption(QStringLiteral("until"),
                                     QStringLiteral("hold add: the last day, YYYY-MM-DD."),
                                     QStringLiteral("DATE"));
const QCommandLineOption caseOption(QStringLiteral("case"),
                                    QStringLiteral("hold add: the case reference."),
                                    QStringLiteral("REF"));
const QCommandLineOption noteOption(QStringLiteral("note"),
                                    QStringLiteral("hold release: why it is released."),
                                    QStringLiteral("T"));
const QCommandLineOption allOption(QStringLiteral("all"),
                                   QStringLiteral("hold list: released holds too."));
const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                      QStringLiteral("purge: only say what would be deleted."));
const QCommandLineOption
    unattendedOption(QStringLiteral("unattended"),
                     QStringLiteral("purge: open the register with the unattended "
                                    "slot (its secret in this machine's keychain)."));
const QCommandLineOption compactOption(QStringLiteral("compact"),
                                       QStringLiteral("purge: compact the register file now, "
                                                      "whatever the schedule."));

int cmdHoldAdd(AdminCli& cli)
{
    const QCommandLineParser& p = cli.parser();
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("hold add takes no arguments"));
    HoldRequest request;
    int scopes = 0;
    QString bad;
    const auto target = [&](const QCommandLineOption& option, HoldRecord::Scope scope) {
        if (!p.isSet(option))
            return;
        ++scopes;
        request.scope = scope;
        const auto id = parseId(p.value(option));
        if (!id)
            bad = option.names().first();
        else
            request.targetId = *id;
    };
    target(callOption, HoldRecord::Scope::Call);
    target(chatOption, HoldRecord::Scope::Chat);
    target(subjectOption, HoldRecord::Scope::Subject);
    if (p.isSet(phoneOption)) {
        ++scopes;
        request.scope = HoldRecord::Scope::Phone;
        request.phone = p.value(phoneOption);
    }
    if (scopes != 1)
        return cli.usage(
            AdminCli::tr("hold add needs exactly one of --phone, --call, --chat or --subject"));
    if (!bad.isEmpty())
        return cli.usage(AdminCli::tr("--%1 takes a number").arg(bad));
    if (!p.isSet(reasonOption) || !p.isSet(untilOption) || !p.isSet(caseOption))
        return cli.usage(AdminCli::tr("hold add needs --reason, --until and --case"));
    request.reason = p.value(reasonOption);
    request.caseRef = p.value(caseOption);
    request.until = QDate::fromString(p.value(untilOption), Qt::ISODate);
    if (!request.until.isValid())
        return cli.usage(AdminCli::tr("--until takes a date as YYYY-MM-DD"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto id = HoldService(*session).add(request, &error);
    if (!id)
        return cli.failWith(error);
    cli.console().out(QString::number(*id));
    return 0;
}

int cmdHoldList(AdminCli& cli)
{
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("hold list takes no arguments"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto holds = HoldService(*session).list(cli.parser().isSet(allOption), &error);
    if (!holds)
        return cli.failWith(error);
    const auto policy = ProfileService(*session).retentionPolicy(&error);
    const QTimeZone zone = policy ? policy->timeZone() : LocalCalendar::defaultZone();
    if (cli.json()) {
        QJsonArray array;
        for (const HoldRecord& h : *holds) {
            QJsonObject o{{QStringLiteral("id"), h.id},
                          {QStringLiteral("case"), h.caseRef},
                          {QStringLiteral("reason"), h.reason},
                          {QStringLiteral("scope"), HoldRecord::scopeId(h.scope)},
                          {QStringLiteral("until"),
                           HoldService::lastDay(h.until, zone).toString(Qt::ISODate)},
                          {QStringLiteral("until_at"), utc(h.until)},
                          {QStringLiteral("placed_by"), h.placedBy},
                          {QStringLiteral("placed_at"), utc(h.placedAt)},
                          {QStringLiteral("in_force"), h.inForce(session->clock().nowUtc())}};
            if (h.scope == HoldRecord::Scope::Phone)
                o.insert(QStringLiteral("phone"), h.phoneMasked);
            else
                o.insert(QStringLiteral("target"), h.targetId);
            if (h.isReleased()) {
                o.insert(QStringLiteral("released_by"), h.releasedBy);
                o.insert(QStringLiteral("released_at"), utc(h.releasedAt));
                o.insert(QStringLiteral("release_note"), h.releaseNote);
            }
            array.append(o);
        }
        cli.console().json(array);
        return 0;
    }
    if (holds->isEmpty()) {
        cli.console().out(AdminCli::tr("No legal holds."));
        return 0;
    }
    for (const HoldRecord& h : *holds) {
        QString line =
            QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                .arg(h.id)
                .arg(HoldService::describeScope(h), h.reason, h.caseRef,
                     HoldService::lastDay(h.until, zone).toString(Qt::ISODate), h.placedBy);
        if (h.isReleased())
            line += QLatin1Char('\t') +
                    AdminCli::tr("released by %1 at %2")
                        .arg(h.releasedBy, h.releasedAt.toLocalTime().toString(Qt::ISODate));
        cli.console().out(line);
    }
    return 0;
}

int cmdHoldRelease(AdminCli& cli)
{
    const QStringList args = cli.arguments();
    const auto id = args.size() == 1 ? parseId(args.first()) : std::nullopt;
    if (!id)
        return cli.usage(AdminCli::tr("hold release takes one hold id"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    if (!HoldService(*session).release(*id, cli.parser().value(noteOption), &error))
        return cli.failWith(error);
    cli.console().out(AdminCli::tr("Legal hold %1 released.").arg(*id));
    return 0;
}

QString categoryName(const PurgeCategory& category)
{
    switch (category.kind) {
    case RetentionPolicy::Kind::Recordings:
        return AdminCli::tr("recordings");
    case RetentionPolicy::Kind::CallMetadata:
        return AdminCli::tr("call details");
    case RetentionPolicy::Kind::ChatTranscripts:
        return AdminCli::tr("chat transcripts");
    case RetentionPolicy::Kind::EvaluationsAndTags:
        // One period, two lines, named as the notice names the category.
        return category.evaluations ? AdminCli::tr("quality evaluations")
                                    : AdminCli::tr("tags on recordings");
    case RetentionPolicy::Kind::AccessRequests:
        return AdminCli::tr("access-request records");
    case RetentionPolicy::Kind::AuditTrail:
        return AdminCli::tr("audit trail");
    }
    return {};
}

int cmdPurge(AdminCli& cli)
{
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("purge takes no arguments"));
    const bool dryRun = cli.parser().isSet(dryRunOption);
    Error error;
    std::unique_ptr<Session> session;
    if (cli.parser().isSet(unattendedOption)) {
        // The scheduled purge: the unattended slot's secret from this machine's keychain, no
        // password, no user.
        const RegisterPaths paths = cli.registerPaths();
        if (paths.folder.isEmpty())
            return cli.usage(AdminCli::tr("no register: give --register DIR"));
        if (!paths.looksLikeRegister())
            return cli.failWith(
                Error::make(ErrorKind::Damaged,
                            AdminCli::tr("%1 is not a Tallenne register").arg(paths.folder)));
        session = Session::openUnattended(paths, cli.clock(), cli.vaultOptions(), &error);
    } else {
        session = cli.login(&error);
    }
    if (!session)
        return cli.failWith(error);
    PurgeService service(*session);
    const auto report =
        dryRun
            ? service.preview(&error)
            : service.run(
                  [&cli](qint64 done, qint64 total) {
                      if (!cli.json() && total > 0)
                          cli.console().err(AdminCli::tr("purged %1 of %2").arg(done).arg(total));
                  },
                  &error);
    if (!report)
        return cli.failWith(error);
    // After the purge, the file is compacted when its schedule says so (CompactionService).
    CompactionService compaction(*session);
    std::optional<CompactionStatus> compactionStatus;
    std::optional<CompactionReport> compacted;
    if (dryRun) {
        compactionStatus = compaction.status(&error);
        if (!compactionStatus)
            return cli.failWith(error);
    } else if (!report->noProfile) {
        if (!cli.json())
            cli.console().err(AdminCli::tr("compacting the register file…"));
        compacted = compaction.compactIfDue(cli.parser().isSet(compactOption), &error);
        if (!compacted)
            return cli.failWith(error);
    }
    if (cli.json()) {
        QJsonObject compactionJson;
        if (compactionStatus)
            compactionJson =
                QJsonObject{{QStringLiteral("due"), compactionStatus->due},
                            {QStringLiteral("pages"), compactionStatus->pages},
                            {QStringLiteral("free_pages"), compactionStatus->freePages},
                            {QStringLiteral("compacted_at"), utc(compactionStatus->compactedAt)}};
        if (compacted)
            compactionJson =
                QJsonObject{{QStringLiteral("ran"), compacted->ran},
                            {QStringLiteral("pages_before"), compacted->pagesBefore},
                            {QStringLiteral("free_pages_before"), compacted->freePagesBefore},
                            {QStringLiteral("pages_after"), compacted->pagesAfter}};
        QJsonArray categories;
        for (const PurgeCategory& c : report->categories) {
            // "category" is the retention category (both rows of evaluations and tags say
            // "evaluations"); "items" tells them apart.
            QJsonObject o{{QStringLiteral("category"), RetentionPolicy::kindId(c.kind)},
                          {QStringLiteral("items"), c.itemsId()},
                          {QStringLiteral("months"), c.months},
                          {QStringLiteral("cutoff"), utc(c.cutoff)},
                          {QStringLiteral("due"), c.due},
                          {QStringLiteral("held"), c.held},
                          {QStringLiteral("restricted"), c.restricted},
                          {QStringLiteral("purged"), c.purged},
                          {QStringLiteral("first_id"), c.firstId},
                          {QStringLiteral("last_id"), c.lastId},
                          {QStringLiteral("note"), c.note}};
            if (c.evaluations)
                o.insert(QStringLiteral("calibrations"), c.calibrations);
            categories.append(o);
        }
        cli.console().json(
            QJsonObject{{QStringLiteral("dry_run"), report->dryRun},
                        {QStringLiteral("no_profile"), report->noProfile},
                        {QStringLiteral("holds_lifted"), report->holdsLifted},
                        {QStringLiteral("files_removed"), report->filesRemoved},
                        {QStringLiteral("subjects"),
                         QJsonObject{{QStringLiteral("purged"), report->subjectsPurged},
                                     {QStringLiteral("kept"), report->subjectsKept},
                                     {QStringLiteral("first_id"), report->subjectsFirstId},
                                     {QStringLiteral("last_id"), report->subjectsLastId}}},
                        {QStringLiteral("categories"), categories},
                        {QStringLiteral("refused"), report->refusal},
                        {QStringLiteral("compaction"), compactionJson}});
        return 0;
    }
    // A dry run on a register that failed its checks at open: the real purge would not run.
    if (!report->refusal.isEmpty())
        cli.console().out(report->refusal);
    if (report->noProfile) {
        cli.console().out(AdminCli::tr("No register profile is set: no retention periods, "
                                       "nothing purged."));
        return 0;
    }
    for (const PurgeCategory& c : report->categories) {
        QString line = categoryName(c) + QStringLiteral(": ");
        if (!c.note.isEmpty() && !c.applicable) {
            line += c.note;
        } else if (!c.cutoff.isValid() && c.purged == 0) {
            line += AdminCli::tr("no fixed period; nothing is due");
        } else {
            line += (dryRun ? AdminCli::tr("%1 would be purged") : AdminCli::tr("%1 purged"))
                        .arg(c.purged);
            if (c.firstId > 0)
                line += AdminCli::tr(" (ids %1–%2)").arg(c.firstId).arg(c.lastId);
            if (c.held > 0)
                line += AdminCli::tr("; %1 kept under a legal hold").arg(c.held);
            if (c.restricted > 0)
                line += AdminCli::tr("; %1 kept under restriction of processing").arg(c.restricted);
            if (c.calibrations > 0)
                line += (dryRun ? AdminCli::tr("; %1 calibration(s) left without evaluations "
                                               "would be purged")
                                : AdminCli::tr("; %1 calibration(s) left without evaluations "
                                               "purged"))
                            .arg(c.calibrations);
            if (!c.note.isEmpty())
                line += QStringLiteral("; ") + c.note;
        }
        cli.console().out(line);
    }
    if (report->subjectsPurged > 0 || report->subjectsKept > 0) {
        QString line = AdminCli::tr("data subjects without calls or chats: ") +
                       (dryRun ? AdminCli::tr("%1 would be purged") : AdminCli::tr("%1 purged"))
                           .arg(report->subjectsPurged);
        if (report->subjectsFirstId > 0)
            line += AdminCli::tr(" (ids %1–%2)")
                        .arg(report->subjectsFirstId)
                        .arg(report->subjectsLastId);
        if (report->subjectsKept > 0)
            line += AdminCli::tr("; %1 kept under a legal hold or restriction")
                        .arg(report->subjectsKept);
        cli.console().out(line);
    }
    if (report->holdsLifted > 0)
        cli.console().out((dryRun ? AdminCli::tr("%1 expired legal hold(s) would be lifted.")
                                  : AdminCli::tr("%1 expired legal hold(s) lifted."))
                              .arg(report->holdsLifted));
    const auto mib = [](qint64 pages, int pageSize) {
        return QString::number(double(pages) * pageSize / (1024.0 * 1024.0), 'f', 1);
    };
    if (compactionStatus && compactionStatus->due)
        cli.console().out(AdminCli::tr("The register file would be compacted (%1 MiB free).")
                              .arg(mib(compactionStatus->freePages, compactionStatus->pageSize)));
    if (compacted && !compacted->ran && cli.parser().isSet(compactOption))
        cli.console().out(AdminCli::tr("The register file has no free space to give back: "
                                       "nothing to compact."));
    if (compacted && compacted->ran)
        cli.console().out(
            AdminCli::tr("The register file was compacted: %1 MiB freed.")
                .arg(mib(compacted->pagesBefore - compacted->pagesAfter, compacted->pageSize)));
    return 0;
}
int cmdUnattended(AdminCli& cli)
{
    const QStringList args = cli.arguments();
    const QString what = args.size() == 1 ? args.first() : QString();
    if (what != QLatin1String("enable") && what != QLatin1String("disable") &&
        what != QLatin1String("status"))
        return cli.usage(AdminCli::tr("unattended takes one of enable, disable, status"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    UnattendedService service(*session);
    if (what == QLatin1String("enable")) {
        if (!service.enable(&error))
            return cli.failWith(error);
        cli.console().out(AdminCli::tr("The unattended purge is enabled on this machine: its "
                                       "secret is in this machine's keychain only."));
        return 0;
    }
    if (what == QLatin1String("disable")) {
        if (!service.disable(&error))
            return cli.failWith(error);
        cli.console().out(AdminCli::tr("The unattended purge is disabled."));
        return 0;
    }
    const auto status = service.status(&error);
    if (!status)
        return cli.failWith(error);
    if (cli.json()) {
        cli.console().json(
            QJsonObject{{QStringLiteral("enabled"), status->enabled},
                        {QStringLiteral("secret_on_this_machine"), status->secretOnThisMachine}});
        return 0;
    }
    cli.console().out(!status->enabled ? AdminCli::tr("disabled")
                      : status->secretOnThisMachine
                          ? AdminCli::tr("enabled; this machine can run it")
                          : AdminCli::tr("enabled on another machine; this machine's keychain "
                                         "does not hold its secret"));
    return 0;
}
} // namespace

QList<CliCommand> retentionCommands()
{
    return {
        {{QStringLiteral("hold"), QStringLiteral("add")},
         QStringLiteral("hold add (--phone P | --call ID | --chat ID | --subject ID) --reason R "
                        "--until DATE --case REF"),
         {phoneOption, callOption, chatOption, subjectOption, reasonOption, untilOption,
          caseOption},
         cmdHoldAdd},
        {{QStringLiteral("hold"), QStringLiteral("list")},
         QStringLiteral("hold list [--all] [--json]"),
         {allOption},
         cmdHoldList},
        {{QStringLiteral("hold"), QStringLiteral("release")},
         QStringLiteral("hold release ID [--note T]"),
         {noteOption},
         cmdHoldRelease},
        {{QStringLiteral("purge")},
         QStringLiteral("purge [--dry-run] [--compact] [--unattended] [--json]"),
         {dryRunOption, compactOption, unattendedOption},
         cmdPurge},
        {{QStringLiteral("unattended")},
         QStringLiteral("unattended enable|disable|status"),
         {},
         cmdUnattended},
    };
}

} // namespace tallenne::cli
