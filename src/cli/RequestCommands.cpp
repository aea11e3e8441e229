#include "cli/AdminCli.h"
#include "cli/CommandSupport.h"

#include "services/SubjectService.h"
#include "services/requests/AccessRequestService.h"

#include <QJsonArray>
#include <QJsonObject>

// The request commands of tallenne-admin (DESIGN.md): request open|verify|extend|list|show|
// find|include|exclude|fee|close.

namespace tallenne::cli {

namespace {
const QCommandLineOption kindOption(QStringLiteral("kind"),
                                    QStringLiteral("request open: access, portability, "
                                                   "rectification, erasure, restriction or "
                                                   "objection."),
                                    QStringLiteral("KIND"));
const QCommandLineOption channelOption(QStringLiteral("channel"),
                                       QStringLiteral("request open: in-person, letter, email or "
                                                      "phone."),
                                       QStringLiteral("CHANNEL"));
const QCommandLineOption receivedOption(QStringLiteral("received"),
                                        QStringLiteral("request open: when it was received, "
                                                       "YYYY-MM-DD or YYYY-MM-DDTHH:MM (local "
                                                       "time); now when left out."),
                                        QStringLiteral("WHEN"));
const QCommandLineOption phoneOption(QStringLiteral("phone"),
                                     QStringLiteral("the person's phone number."),
                                     QStringLiteral("P"));
const QCommandLineOption emailOption(QStringLiteral("email"),
                                     QStringLiteral("the person's e-mail address."),
                                     QStringLiteral("E"));
const QCommandLineOption identityCodeOption(QStringLiteral("identity-code"),
                                            QStringLiteral("the person's identity code."),
                                            QStringLiteral("C"));
const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("the person's name."),
                                    QStringLiteral("N"));
const QCommandLineOption businessIdOption(QStringLiteral("business-id"),
                                          QStringLiteral("the business ID."), QStringLiteral("ID"));
const QCommandLineOption documentOption(QStringLiteral("document"),
                                        QStringLiteral("request verify: the photo ID shown: "
                                                       "passport, id-card, driving-licence or "
                                                       "residence-permit."),
                                        QStringLiteral("KIND"));
const QCommandLineOption last4Option(QStringLiteral("last4"),
                                     QStringLiteral("request verify: the document number's last "
                                                    "four characters."),
                                     QStringLiteral("XXXX"));
const QCommandLineOption eidOption(QStringLiteral("eid"),
                                   QStringLiteral("request verify: strong electronic "
                                                  "identification, its method and reference."),
                                   QStringLiteral("REF"));
const QCommandLineOption signedOption(QStringLiteral("signed"),
                                      QStringLiteral("request verify: a signed request, its "
                                                     "reference."),
                                      QStringLiteral("REF"));
const QCommandLineOption monthsOption(QStringLiteral("months"),
                                      QStringLiteral("request extend: months to add."),
                                      QStringLiteral("N"));
const QCommandLineOption reasonOption(QStringLiteral("reason"),
                                      QStringLiteral("request extend, request fee: the reason."),
                                      QStringLiteral("TEXT"));
const QCommandLineOption outcomeOption(QStringLiteral("outcome"),
                                       QStringLiteral("request close: the outcome and reasons."),
                                       QStringLiteral("TEXT"));
const QCommandLineOption statusOption(QStringLiteral("status"),
                                      QStringLiteral("request close: completed (default), "
                                                     "refused or withdrawn."),
                                      QStringLiteral("S"));
const QCommandLineOption openOption(QStringLiteral("open"),
                                    QStringLiteral("request list: only open requests."));
const QCommandLineOption callOption(QStringLiteral("call"),
                                    QStringLiteral("request include/exclude: a call."),
                                    QStringLiteral("ID"));
const QCommandLineOption chatOption(QStringLiteral("chat"),
                                    QStringLiteral("request include/exclude: a chat."),
                                    QStringLiteral("ID"));
const QCommandLineOption subjectOption(QStringLiteral("subject"),
                                       QStringLiteral("request include/exclude: a data subject."),
                                       QStringLiteral("ID"));

const QList<QCommandLineOption> identifierOptions = {phoneOption, emailOption, identityCodeOption,
                                                     nameOption, businessIdOption};

// The one identifier option given; nullopt (and *usage set) when none or several.
std::optional<std::pair<IdentifierKind, QString>> identifierFrom(AdminCli& cli, QString* usage)
{
    const QList<std::pair<const QCommandLineOption*, IdentifierKind>> kinds = {
        {&phoneOption, IdentifierKind::Phone},
        {&emailOption, IdentifierKind::Email},
        {&identityCodeOption, IdentifierKind::IdentityCode},
        {&nameOption, IdentifierKind::Name},
        {&businessIdOption, IdentifierKind::BusinessId}};
    std::optional<std::pair<IdentifierKind, QString>> found;
    for (const auto& [option, kind] : kinds) {
        if (!cli.parser().isSet(*option))
            continue;
        if (found) {
            *usage = AdminCli::tr("give one of --phone, --email, --identity-code, --name, "
                                  "--business-id");
            return std::nullopt;
        }
        found = std::pair{kind, cli.parser().value(*option)};
    }
    if (!found)
        *usage = AdminCli::tr("the person is found by --phone, --email, --identity-code, --name "
                              "or --business-id");
    return found;
}

// The one request id argument; nullopt after printing usage.
std::optional<qint64> requestId(AdminCli& cli, const QString& command, int* rc)
{
    const QStringList args = cli.arguments();
    const auto id = args.size() == 1 ? parseId(args.first()) : std::nullopt;
    if (!id)
        *rc = cli.usage(AdminCli::tr("%1 takes one request id").arg(command));
    return id;
}

QJsonObject requestJson(const AccessRequestView& v)
{
    const AccessRequestRecord& r = v.record;
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("kind"), AccessRequestTerms::kindId(r.kind)},
                  {QStringLiteral("channel"), AccessRequestTerms::channelId(r.channel)},
                  {QStringLiteral("received_at"), utc(r.receivedAt)},
                  {QStringLiteral("status"), AccessRequestTerms::statusId(r.status)},
                  {QStringLiteral("due"), v.due.toString(Qt::ISODate)},
                  {QStringLiteral("overdue"), v.overdue},
                  {QStringLiteral("due_soon"), v.dueSoon},
                  {QStringLiteral("identifier_kind"), r.identifierKind},
                  {QStringLiteral("identifier"), v.identifier},
                  {QStringLiteral("possibly_repetitive"), r.possiblyRepetitive},
                  {QStringLiteral("opened_by"), r.openedBy},
                  {QStringLiteral("extension_months"), r.extensionMonths},
                  {QStringLiteral("identity_verified"), r.isVerified()}};
    if (r.extensionMonths > 0)
        o.insert(QStringLiteral("extension_reason"), r.extensionReason);
    if (r.isVerified()) {
        o.insert(QStringLiteral("verify_method"),
                 AccessRequestTerms::methodId(
                     r.verifyMethod.value_or(VerificationMethod::PhotoIdInPerson)));
        if (!r.verifyDocument.isEmpty())
            o.insert(QStringLiteral("verify_document"), r.verifyDocument);
        o.insert(QStringLiteral("verified_by"), r.verifiedBy);
        o.insert(QStringLiteral("verified_at"), utc(r.verifiedAt));
    }
    if (!r.feeReason.isEmpty())
        o.insert(QStringLiteral("fee_reason"), r.feeReason);
    if (r.isClosed()) {
        o.insert(QStringLiteral("outcome"), r.outcome);
        o.insert(QStringLiteral("closed_by"), r.closedBy);
        o.insert(QStringLiteral("closed_at"), utc(r.closedAt));
    }
    return o;
}

int cmdRequestOpen(AdminCli& cli)
{
    const QCommandLineParser& p = cli.parser();
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("request open takes no arguments"));
    if (!p.isSet(kindOption) || !p.isSet(channelOption))
        return cli.usage(AdminCli::tr("request open needs --kind and --channel"));
    NewAccessRequest request;
    const auto kind = AccessRequestTerms::kindFromId(p.value(kindOption));
    if (!kind)
        return cli.usage(AdminCli::tr("--kind is one of access, portability, rectification, "
                                      "erasure, restriction, objection"));
    const auto channel = AccessRequestTerms::channelFromId(p.value(channelOption));
    if (!channel)
        return cli.usage(AdminCli::tr("--channel is one of in-person, letter, email, phone"));
    request.kind = *kind;
    request.channel = *channel;
    if (p.isSet(receivedOption)) {
        const QString when = p.value(receivedOption);
        QDateTime at = QDateTime::fromString(when, Qt::ISODate);
        if (!at.isValid()) {
            const QDate day = QDate::fromString(when, Qt::ISODate);
            if (day.isValid())
                at = day.startOfDay();
        }
        if (!at.isValid())
            return cli.usage(AdminCli::tr("--received takes YYYY-MM-DD or YYYY-MM-DDTHH:MM"));
        request.receivedAt = at;
    }
    QString usage;
    const auto identifier = identifierFrom(cli, &usage);
    if (!identifier)
        return cli.usage(usage);
    request.identifierKind = identifier->first;
    request.identifier = identifier->second;
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    AccessRequestService service(*session);
    const auto id = service.open(request, &error);
    if (!id)
        return cli.failWith(error);
    Error ignored;
    if (const auto view = service.get(*id, &ignored)) {
        int subjects = 0, calls = 0, chats = 0;
        for (const RequestItem& i : view->items)
            (i.kind == RequestItem::Kind::Subject ? subjects
             : i.kind == RequestItem::Kind::Call  ? calls
                                                  : chats)++;
        cli.console().out(AdminCli::tr("Found %1 data subject(s), %2 call(s), %3 chat(s); due %4.")
                              .arg(subjects)
                              .arg(calls)
                              .arg(chats)
                              .arg(view->due.toString(Qt::ISODate)));
        if (view->record.possiblyRepetitive)
            cli.console().out(AdminCli::tr("Possibly repetitive: %n earlier request(s) in the "
                                           "last 12 months.",
                                           nullptr, int(view->earlier.size())));
    }
    cli.console().out(QString::number(*id));
    return 0;
}

int cmdRequestVerify(AdminCli& cli)
{
    int rc = 0;
    const auto id = requestId(cli, QStringLiteral("request verify"), &rc);
    if (!id)
        return rc;
    const QCommandLineParser& p = cli.parser();
    IdentityCheck check;
    const int ways = int(p.isSet(documentOption) || p.isSet(last4Option)) +
                     int(p.isSet(eidOption)) + int(p.isSet(signedOption));
    if (ways != 1)
        return cli.usage(AdminCli::tr("request verify needs --document KIND --last4 XXXX, or "
                                      "--eid REF, or --signed REF"));
    if (p.isSet(documentOption) || p.isSet(last4Option)) {
        const auto document = AccessRequestTerms::documentFromId(p.value(documentOption));
        if (!document)
            return cli.usage(AdminCli::tr("--document is one of passport, id-card, "
                                          "driving-licence, residence-permit"));
        if (!p.isSet(last4Option))
            return cli.usage(AdminCli::tr("--document needs --last4"));
        check.method = VerificationMethod::PhotoIdInPerson;
        check.document = document;
        check.detail = p.value(last4Option);
    } else if (p.isSet(eidOption)) {
        check.method = VerificationMethod::StrongElectronicIdentification;
        check.detail = p.value(eidOption);
    } else {
        check.method = VerificationMethod::SignedRequest;
        check.detail = p.value(signedOption);
    }
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    if (!AccessRequestService(*session).verifyIdentity(*id, check, &error))
        return cli.failWith(error);
    cli.console().out(AdminCli::tr("Identity verified for request %1.").arg(*id));
    return 0;
}

int cmdRequestExtend(AdminCli& cli)
{
    int rc = 0;
    const auto id = requestId(cli, QStringLiteral("request extend"), &rc);
    if (!id)
        return rc;
    const QCommandLineParser& p = cli.parser();
    bool ok = false;
    const int months = p.value(monthsOption).toInt(&ok);
    if (!p.isSet(monthsOption) || !ok || !p.isSet(reasonOption))
        return cli.usage(AdminCli::tr("request extend needs --months N and --reason TEXT"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    AccessRequestService service(*session);
    if (!service.extend(*id, months, p.value(reasonOption), &error))
        return cli.failWith(error);
    Error ignored;
    const auto view = service.get(*id, &ignored);
    cli.console().out(AdminCli::tr("Request %1 extended; now due %2.")
                          .arg(*id)
                          .arg(view ? view->due.toString(Qt::ISODate) : QString()));
    return 0;
}

int cmdRequestList(AdminCli& cli)
{
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("request list takes no arguments"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto requests =
        AccessRequestService(*session).list(cli.parser().isSet(openOption), &error);
    if (!requests)
        return cli.failWith(error);
    if (cli.json()) {
        QJsonArray array;
        for (const AccessRequestView& v : *requests)
            array.append(requestJson(v));
        cli.console().json(array);
        return 0;
    }
    if (requests->isEmpty()) {
        cli.console().out(AdminCli::tr("No requests."));
        return 0;
    }
    for (const AccessRequestView& v : *requests) {
        QString flags;
        if (v.overdue)
            flags = AdminCli::tr("OVERDUE");
        else if (v.dueSoon)
            flags = AdminCli::tr("due this week");
        if (v.record.possiblyRepetitive)
            flags += (flags.isEmpty() ? QString() : QStringLiteral(", ")) +
                     AdminCli::tr("possibly repetitive");
        cli.console().out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                              .arg(v.record.id)
                              .arg(AccessRequestTerms::kindId(v.record.kind),
                                   AccessRequestTerms::statusId(v.record.status),
                                   v.record.receivedAt.toLocalTime().toString(Qt::ISODate),
                                   v.due.toString(Qt::ISODate), v.identifier, flags)
                              .trimmed());
    }
    return 0;
}

int cmdRequestShow(AdminCli& cli)
{
    int rc = 0;
    const auto id = requestId(cli, QStringLiteral("request show"), &rc);
    if (!id)
        return rc;
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto view = AccessRequestService(*session).get(*id, &error);
    if (!view)
        return cli.failWith(error);
    if (cli.json()) {
        QJsonObject o = requestJson(*view);
        QJsonArray items;
        for (const RequestItem& i : view->items) {
            QJsonObject item{{QStringLiteral("kind"), RequestItem::kindId(i.kind)},
                             {QStringLiteral("id"), i.objectId},
                             {QStringLiteral("matched_by"), i.matchedBy},
                             {QStringLiteral("included"), i.included}};
            if (i.viaSubject > 0)
                item.insert(QStringLiteral("via_subject"), i.viaSubject);
            items.append(item);
        }
        o.insert(QStringLiteral("items"), items);
        QJsonArray earlier;
        for (const AccessRequestRecord& e : view->earlier)
            earlier.append(
                QJsonObject{{QStringLiteral("id"), e.id},
                            {QStringLiteral("kind"), AccessRequestTerms::kindId(e.kind)},
                            {QStringLiteral("received_at"), utc(e.receivedAt)},
                            {QStringLiteral("status"), AccessRequestTerms::statusId(e.status)}});
        o.insert(QStringLiteral("earlier"), earlier);
        cli.console().json(o);
        return 0;
    }
    const AccessRequestRecord& r = view->record;
    cli.console().out(
        AdminCli::tr("Request %1: %2, %3")
            .arg(r.id)
            .arg(AccessRequestTerms::kindName(r.kind), AccessRequestTerms::statusName(r.status)));
    cli.console().out(AdminCli::tr("  received\t%1 (%2)")
                          .arg(r.receivedAt.toLocalTime().toString(Qt::ISODate),
                               AccessRequestTerms::channelName(r.channel)));
    cli.console().out(AdminCli::tr("  due\t%1%2")
                          .arg(view->due.toString(Qt::ISODate),
                               view->overdue ? AdminCli::tr(" (overdue)") : QString()));
    cli.console().out(AdminCli::tr("  person\t%1 %2").arg(r.identifierKind, view->identifier));
    if (r.isVerified())
        cli.console().out(AdminCli::tr("  identity\t%1 by %2 at %3")
                              .arg(AccessRequestTerms::methodName(r.verifyMethod.value_or(
                                       VerificationMethod::PhotoIdInPerson)),
                                   r.verifiedBy, r.verifiedAt.toLocalTime().toString(Qt::ISODate)));
    else
        cli.console().out(AdminCli::tr("  identity\tnot verified"));
    for (const RequestItem& i : view->items)
        cli.console().out(
            QStringLiteral("  %1 %2\t%3%4")
                .arg(RequestItem::kindId(i.kind))
                .arg(i.objectId)
                .arg(i.viaSubject > 0
                         ? AdminCli::tr("via subject %1 (%2)").arg(i.viaSubject).arg(i.matchedBy)
                         : AdminCli::tr("matched by %1").arg(i.matchedBy),
                     i.included ? QString() : AdminCli::tr(" — excluded")));
    if (!view->earlier.isEmpty())
        cli.console().out(
            AdminCli::tr("  earlier requests in 12 months: %1").arg(view->earlier.size()));
    return 0;
}

int cmdRequestFind(AdminCli& cli)
{
    int rc = 0;
    const auto id = requestId(cli, QStringLiteral("request find"), &rc);
    if (!id)
        return rc;
    QString usage;
    const auto identifier = identifierFrom(cli, &usage);
    if (!identifier)
        return cli.usage(usage);
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto added =
        AccessRequestService(*session).findMore(*id, identifier->first, identifier->second, &error);
    if (!added)
        return cli.failWith(error);
    cli.console().out(AdminCli::tr("%1 new item(s) added to request %2.").arg(*added).arg(*id));
    return 0;
}

int includeOrExclude(AdminCli& cli, bool include)
{
    int rc = 0;
    const auto id = requestId(
        cli, include ? QStringLiteral("request include") : QStringLiteral("request exclude"), &rc);
    if (!id)
        return rc;
    const QCommandLineParser& p = cli.parser();
    std::optional<std::pair<RequestItem::Kind, QString>> target;
    int given = 0;
    for (const auto& [option, kind] : {std::pair{&callOption, RequestItem::Kind::Call},
                                       std::pair{&chatOption, RequestItem::Kind::Chat},
                                       std::pair{&subjectOption, RequestItem::Kind::Subject}}) {
        if (p.isSet(*option)) {
            ++given;
            target = std::pair{kind, p.value(*option)};
        }
    }
    const auto objectId = target ? parseId(target->second) : std::nullopt;
    if (given != 1 || !objectId)
        return cli.usage(AdminCli::tr("give one of --call ID, --chat ID, --subject ID"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    if (!AccessRequestService(*session).setIncluded(*id, target->first, *objectId, include, &error))
        return cli.failWith(error);
    return 0;
}

int cmdRequestFee(AdminCli& cli)
{
    int rc = 0;
    const auto id = requestId(cli, QStringLiteral("request fee"), &rc);
    if (!id)
        return rc;
    if (!cli.parser().isSet(reasonOption))
        return cli.usage(AdminCli::tr("request fee needs --reason TEXT"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    if (!AccessRequestService(*session).chargeFee(*id, cli.parser().value(reasonOption), &error))
        return cli.failWith(error);
    return 0;
}

int cmdRequestClose(AdminCli& cli)
{
    int rc = 0;
    const auto id = requestId(cli, QStringLiteral("request close"), &rc);
    if (!id)
        return rc;
    const QCommandLineParser& p = cli.parser();
    if (!p.isSet(outcomeOption))
        return cli.usage(AdminCli::tr("request close needs --outcome TEXT"));
    RequestStatus status = RequestStatus::Completed;
    if (p.isSet(statusOption)) {
        const auto s = AccessRequestTerms::statusFromId(p.value(statusOption));
        if (!s || !AccessRequestTerms::isClosed(*s))
            return cli.usage(AdminCli::tr("--status is one of completed, refused, withdrawn"));
        status = *s;
    }
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    if (!AccessRequestService(*session).close(*id, status, p.value(outcomeOption), &error))
        return cli.failWith(error);
    cli.console().out(AdminCli::tr("Request %1 closed: %2.")
                          .arg(*id)
                          .arg(AccessRequestTerms::statusName(status)));
    return 0;
}
} // namespace

QList<CliCommand> requestCommands()
{
    const QString word = QStringLiteral("request");
    return {
        {{word, QStringLiteral("open")},
         QStringLiteral("request open --kind KIND --channel CHANNEL [--received WHEN] (--phone P "
                        "| --email E | --identity-code C | --name N | --business-id ID)"),
         QList<QCommandLineOption>{kindOption, channelOption, receivedOption} + identifierOptions,
         cmdRequestOpen},
        {{word, QStringLiteral("verify")},
         QStringLiteral("request verify ID (--document KIND --last4 XXXX | --eid REF | --signed "
                        "REF)"),
         {documentOption, last4Option, eidOption, signedOption},
         cmdRequestVerify},
        {{word, QStringLiteral("extend")},
         QStringLiteral("request extend ID --months N --reason TEXT"),
         {monthsOption, reasonOption},
         cmdRequestExtend},
        {{word, QStringLiteral("list")},
         QStringLiteral("request list [--open]"),
         {openOption},
         cmdRequestList},
        {{word, QStringLiteral("show")}, QStringLiteral("request show ID"), {}, cmdRequestShow},
        {{word, QStringLiteral("find")},
         QStringLiteral("request find ID (--phone P | --email E | --identity-code C | --name N | "
                        "--business-id ID)"),
         identifierOptions,
         cmdRequestFind},
        {{word, QStringLiteral("include")},
         QStringLiteral("request include ID (--call ID | --chat ID | --subject ID)"),
         {callOption, chatOption, subjectOption},
         [](AdminCli& cli) {
             return includeOrExclude(cli, true);
         }},
        {{word, QStringLiteral("exclude")},
         QStringLiteral("request exclude ID (--call ID | --chat ID | --subject ID)"),
         {callOption, chatOption, subjectOption},
         [](AdminCli& cli) {
             return includeOrExclude(cli, false);
         }},
        {{word, QStringLiteral("fee")},
         QStringLiteral("request fee ID --reason TEXT"),
         {reasonOption},
         cmdRequestFee},
        {{word, QStringLiteral("close")},
         QStringLiteral("request close ID --outcome TEXT [--status completed|refused|withdrawn]"),
         {outcomeOption, statusOption},
         cmdRequestClose},
    };
}

} // namespace tallenne::cli
