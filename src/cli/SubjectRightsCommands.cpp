#include "cli/AdminCli.h"

#include "services/SubjectService.h"
#include "services/requests/SubjectRightsService.h"

#include <QJsonArray>
#include <QJsonObject>

// The commands of tallenne-admin that change a data subject's data for their request
// (DESIGN.md): subject erase|restrict|rectify|object.

namespace tallenne::cli {

namespace {
const QCommandLineOption requestOption(QStringLiteral("request"),
                                       QStringLiteral("subject erase, restrict, rectify, object, "
                                                      "export: the request's id."),
                                       QStringLiteral("ID"));
const QCommandLineOption confirmOption(QStringLiteral("confirm"),
                                       QStringLiteral("subject erase: erase (without it, only "
                                                      "the plan is shown)."));
const QCommandLineOption liftOption(QStringLiteral("lift"),
                                    QStringLiteral("subject restrict: lift the restriction."));
const QCommandLineOption subjectOption(QStringLiteral("subject"),
                                       QStringLiteral("subject rectify: the data subject's id."),
                                       QStringLiteral("ID"));
const QCommandLineOption kindOption(QStringLiteral("kind"),
                                    QStringLiteral("subject rectify: email, phone, name, "
                                                   "identity-code, business-id or address."),
                                    QStringLiteral("KIND"));
const QCommandLineOption fromOption(QStringLiteral("from"),
                                    QStringLiteral("subject rectify: the old value."),
                                    QStringLiteral("OLD"));
const QCommandLineOption toOption(QStringLiteral("to"),
                                  QStringLiteral("subject rectify: the new value."),
                                  QStringLiteral("NEW"));
const QCommandLineOption upheldOption(QStringLiteral("upheld"),
                                      QStringLiteral("subject object: the objection is upheld "
                                                     "(processing stops)."));
const QCommandLineOption overriddenOption(QStringLiteral("overridden"),
                                          QStringLiteral("subject object: overridden on "
                                                         "compelling legitimate grounds."));
const QCommandLineOption groundsOption(QStringLiteral("grounds"),
                                       QStringLiteral("subject object --overridden: the grounds."),
                                       QStringLiteral("TEXT"));

// --request ID; nullopt after printing usage.
std::optional<qint64> requestFrom(AdminCli& cli, const QString& command, int* rc)
{
    bool ok = false;
    const qint64 id = cli.parser().value(requestOption).toLongLong(&ok);
    if (!cli.arguments().isEmpty() || !cli.parser().isSet(requestOption) || !ok || id <= 0) {
        *rc = cli.usage(AdminCli::tr("%1 needs --request ID").arg(command));
        return std::nullopt;
    }
    return id;
}

std::optional<IdentifierKind> kindFrom(const QString& text)
{
    QString id = text;
    id.replace(QLatin1Char('-'), QLatin1Char('_'));
    return SubjectRepository::kindFromId(id);
}

QString kindWord(RequestItem::Kind kind)
{
    switch (kind) {
    case RequestItem::Kind::Subject:
        return AdminCli::tr("data subject");
    case RequestItem::Kind::Call:
        return AdminCli::tr("call");
    case RequestItem::Kind::Chat:
        return AdminCli::tr("chat");
    }
    return {};
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

void printPlan(AdminCli& cli, const ErasurePlan& p)
{
    if (cli.json()) {
        QJsonArray kept;
        for (const ErasureKept& k : p.kept)
            kept.append(QJsonObject{{QStringLiteral("kind"), RequestItem::kindId(k.kind)},
                                    {QStringLiteral("id"), k.id},
                                    {QStringLiteral("hold"), k.holdId},
                                    {QStringLiteral("reason"), k.reason}});
        cli.console().json(QJsonObject{{QStringLiteral("request"), p.requestId},
                                       {QStringLiteral("erased"), p.erased},
                                       {QStringLiteral("subjects"), idArray(p.subjects)},
                                       {QStringLiteral("calls"), idArray(p.calls)},
                                       {QStringLiteral("chats"), idArray(p.chats)},
                                       {QStringLiteral("identifiers"), p.identifiers},
                                       {QStringLiteral("recordings"), p.recordings},
                                       {QStringLiteral("messages"), p.messages},
                                       {QStringLiteral("tags"), p.tags},
                                       {QStringLiteral("playlist_clips"), p.clips},
                                       {QStringLiteral("files_removed"), p.filesRemoved},
                                       {QStringLiteral("retention_duty"), p.retentionDuty},
                                       {QStringLiteral("kept"), kept}});
        return;
    }
    Console& out = cli.console();
    out.out(p.erased ? AdminCli::tr("Erased for request %1:").arg(p.requestId)
                     : AdminCli::tr("Erasure plan for request %1 (nothing has been changed; "
                                    "erase with --confirm):")
                           .arg(p.requestId));
    out.out(AdminCli::tr("  data subjects: %1 (identifiers: %2)")
                .arg(p.subjects.size())
                .arg(p.identifiers));
    out.out(AdminCli::tr("  calls: %1 (recordings: %2, tags: %3, playlist clips: %4)")
                .arg(p.calls.size())
                .arg(p.recordings)
                .arg(p.tags)
                .arg(p.clips));
    out.out(AdminCli::tr("  chats: %1 (messages: %2)").arg(p.chats.size()).arg(p.messages));
    if (p.erased)
        out.out(AdminCli::tr("  recording files removed: %1").arg(p.filesRemoved));
    if (p.kept.isEmpty()) {
        out.out(AdminCli::tr("Kept: nothing."));
    } else {
        out.out(p.erased ? AdminCli::tr("Kept:") : AdminCli::tr("To be kept:"));
        for (const ErasureKept& k : p.kept)
            out.out(AdminCli::tr("  %1 %2: %3").arg(kindWord(k.kind)).arg(k.id).arg(k.reason));
    }
    out.out(p.retentionDuty.isEmpty()
                ? AdminCli::tr("Legal duty to keep records: none (the register profile names "
                               "none).")
                : AdminCli::tr("Legal duty to keep records: %1").arg(p.retentionDuty));
}

int cmdSubjectErase(AdminCli& cli)
{
    int rc = 0;
    const auto id = requestFrom(cli, QStringLiteral("subject erase"), &rc);
    if (!id)
        return rc;
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    SubjectRightsService service(*session);
    const auto result = cli.parser().isSet(confirmOption) ? service.erase(*id, &error)
                                                          : service.planErasure(*id, &error);
    if (!result)
        return cli.failWith(error);
    printPlan(cli, *result);
    return 0;
}

int cmdSubjectRestrict(AdminCli& cli)
{
    int rc = 0;
    const auto id = requestFrom(cli, QStringLiteral("subject restrict"), &rc);
    if (!id)
        return rc;
    const bool lift = cli.parser().isSet(liftOption);
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto result = SubjectRightsService(*session).setRestricted(*id, !lift, &error);
    if (!result)
        return cli.failWith(error);
    const QString counts =
        AdminCli::tr("%n data subject(s)", nullptr, result->subjects) + QStringLiteral(", ") +
        AdminCli::tr("%n call(s)", nullptr, result->calls) + QStringLiteral(", ") +
        AdminCli::tr("%n chat(s)", nullptr, result->chats);
    cli.console().out((lift ? AdminCli::tr("Restriction lifted for request %1: %2.")
                            : AdminCli::tr("Processing restricted for request %1: %2."))
                          .arg(*id)
                          .arg(counts));
    return 0;
}

int cmdSubjectRectify(AdminCli& cli)
{
    int rc = 0;
    const auto id = requestFrom(cli, QStringLiteral("subject rectify"), &rc);
    if (!id)
        return rc;
    const QCommandLineParser& p = cli.parser();
    bool ok = false;
    const qint64 subject = p.value(subjectOption).toLongLong(&ok);
    if (!p.isSet(subjectOption) || !ok || subject <= 0 || !p.isSet(kindOption) ||
        !p.isSet(fromOption) || !p.isSet(toOption))
        return cli.usage(AdminCli::tr("subject rectify needs --request ID --subject SID --kind "
                                      "KIND --from OLD --to NEW"));
    const auto kind = kindFrom(p.value(kindOption));
    if (!kind)
        return cli.usage(AdminCli::tr("--kind is one of email, phone, name, identity-code, "
                                      "business-id, address"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    if (!SubjectRightsService(*session).rectify(*id, subject, *kind, p.value(fromOption),
                                                p.value(toOption), &error))
        return cli.failWith(error);
    cli.console().out(AdminCli::tr("The %1 of data subject %2 rectified for request %3.")
                          .arg(SubjectService::kindName(*kind))
                          .arg(subject)
                          .arg(*id));
    return 0;
}

int cmdSubjectObject(AdminCli& cli)
{
    int rc = 0;
    const auto id = requestFrom(cli, QStringLiteral("subject object"), &rc);
    if (!id)
        return rc;
    const QCommandLineParser& p = cli.parser();
    if (p.isSet(upheldOption) == p.isSet(overriddenOption) ||
        (p.isSet(overriddenOption) && !p.isSet(groundsOption)) ||
        (p.isSet(upheldOption) && p.isSet(groundsOption)))
        return cli.usage(AdminCli::tr("subject object needs --request ID and either --upheld or "
                                      "--overridden --grounds TEXT"));
    ObjectionDecision decision;
    decision.upheld = p.isSet(upheldOption);
    decision.grounds = p.value(groundsOption);
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    if (!SubjectRightsService(*session).recordObjection(*id, decision, &error))
        return cli.failWith(error);
    cli.console().out(decision.upheld
                          ? AdminCli::tr("Objection upheld for request %1: processing of the "
                                         "person's records is restricted.")
                                .arg(*id)
                          : AdminCli::tr("Objection overridden for request %1; the grounds are "
                                         "recorded.")
                                .arg(*id));
    return 0;
}
} // namespace

QList<CliCommand> subjectRightsCommands()
{
    const QString word = QStringLiteral("subject");
    return {
        {{word, QStringLiteral("erase")},
         QStringLiteral("subject erase --request ID [--confirm]"),
         {requestOption, confirmOption},
         cmdSubjectErase},
        {{word, QStringLiteral("restrict")},
         QStringLiteral("subject restrict --request ID [--lift]"),
         {requestOption, liftOption},
         cmdSubjectRestrict},
        {{word, QStringLiteral("rectify")},
         QStringLiteral("subject rectify --request ID --subject SID --kind email|phone|name|"
                        "identity-code|business-id|address --from OLD --to NEW"),
         {requestOption, subjectOption, kindOption, fromOption, toOption},
         cmdSubjectRectify},
        {{word, QStringLiteral("object")},
         QStringLiteral("subject object --request ID (--upheld | --overridden --grounds TEXT)"),
         {requestOption, upheldOption, overriddenOption, groundsOption},
         cmdSubjectObject},
    };
}

} // namespace tallenne::cli
