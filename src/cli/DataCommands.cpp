#include "cli/AdminCli.h"
#include "cli/RowStream.h"

#include "core/AsteriskCdr.h"
#include "core/RecordingState.h"

#include "services/BrowseService.h"
#include "services/SubjectService.h"

#include <QJsonArray>
#include <QJsonObject>

// The data commands of tallenne-admin: calls list, chats search, subject find.

namespace tallenne::cli {

namespace {
const QCommandLineOption fromOption(QStringLiteral("from"),
                                    QStringLiteral("calls list: from this date (YYYY-MM-DD, local) "
                                                   "or ISO date-time; evaluation list, report, "
                                                   "sample draw: from this date."),
                                    QStringLiteral("D"));
const QCommandLineOption toOption(QStringLiteral("to"),
                                  QStringLiteral("calls list: to the end of this date "
                                                 "(YYYY-MM-DD, local) or ISO date-time; "
                                                 "evaluation list, report, sample draw: to "
                                                 "the end of this date."),
                                  QStringLiteral("D"));
const QCommandLineOption phoneOption(QStringLiteral("phone"),
                                     QStringLiteral("calls list, subject find: a phone number."),
                                     QStringLiteral("P"));
const QCommandLineOption limitOption(QStringLiteral("limit"),
                                     QStringLiteral("list commands: at most N rows (calls list, "
                                                    "chats search, audit list: any number; 0 "
                                                    "for every row)."),
                                     QStringLiteral("N"));
const QCommandLineOption emailOption(QStringLiteral("email"),
                                     QStringLiteral("subject find: an e-mail address."),
                                     QStringLiteral("E"));
const QCommandLineOption
    identityCodeOption(QStringLiteral("identity-code"),
                       QStringLiteral("subject find: a Finnish personal identity code."),
                       QStringLiteral("C"));
const QCommandLineOption nameOption(QStringLiteral("name"),
                                    QStringLiteral("subject find: a name (any case)."),
                                    QStringLiteral("N"));
const QCommandLineOption businessIdOption(QStringLiteral("business-id"),
                                          QStringLiteral("subject find: a business ID."),
                                          QStringLiteral("ID"));

// A date is a whole local day: --from takes its start, --to its end.
std::optional<QDateTime> parseWhen(const QString& text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return endOfDay ? QDateTime(date, QTime(23, 59, 59)).toUTC()
                        : QDateTime(date, QTime(0, 0)).toUTC();
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (at.isValid())
        return at.toUTC();
    return std::nullopt;
}

// Rows are read and written a page at a time: memory stays the same for any number of them.
constexpr int pageRows = 500;

QJsonObject callJson(const CallRow& r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("started_at"), r.startedAt.toString(Qt::ISODate)},
        {QStringLiteral("duration_s"), r.durationS},
        {QStringLiteral("direction"), r.direction},
        {QStringLiteral("caller"), r.caller},
        {QStringLiteral("service_number"), r.serviceNumber},
        {QStringLiteral("queue"), r.queue},
        {QStringLiteral("agent"), r.agent},
        {QStringLiteral("disposition"), r.disposition},
        {QStringLiteral("has_recording"), r.hasRecording},
        {QStringLiteral("recording"), RecordingStates::issueId(r.recordingIssue).isEmpty()
                                          ? QString::number(int(r.recordingState))
                                          : RecordingStates::issueId(r.recordingIssue)},
        {QStringLiteral("conversation_leg"), r.leg},
        {QStringLiteral("conversation_legs"), r.legs},
        {QStringLiteral("restricted"), r.restricted},
        {QStringLiteral("tags"), r.tagCount},
        {QStringLiteral("evaluations"), r.evaluationCount}};
}

QString callLine(const CallRow& r)
{
    // Local time with its offset, so the line says which time it is.
    const QDateTime local = r.startedAt.toLocalTime();
    const QString direction = r.direction == QLatin1String("inbound")    ? AdminCli::tr("inbound")
                              : r.direction == QLatin1String("outbound") ? AdminCli::tr("outbound")
                                                                         : AdminCli::tr("internal");
    return QStringList{
        QString::number(r.id),
        local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate),
        QString::number(r.durationS),
        direction,
        r.caller,
        r.serviceNumber,
        r.queue,
        r.agent,
        AsteriskCdr::dispositionName(r.disposition),
        RecordingStates::shortText(r.hasRecording ? RecordingState::Attached : r.recordingState,
                                   r.recordingIssue)
            .toLower(),
        r.legs > 1 ? AdminCli::tr("leg %1/%2").arg(r.leg).arg(r.legs) : QString()}
        .join(QLatin1Char('\t'));
}

int cmdCallsList(AdminCli& cli)
{
    CallFilter filter;
    for (const auto& [option, end] : {std::pair{&fromOption, false}, std::pair{&toOption, true}}) {
        if (!cli.parser().isSet(*option))
            continue;
        const auto when = parseWhen(cli.parser().value(*option), end);
        if (!when)
            return cli.usage(AdminCli::tr("--%1 takes a date YYYY-MM-DD or an ISO date-time")
                                 .arg(option->names().first()));
        (end ? filter.to : filter.from) = when;
    }
    filter.phone = cli.parser().value(phoneOption);
    QString problem;
    const auto request = readListRequest(cli, 100, &problem);
    if (!request)
        return cli.usage(problem);
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("calls list takes no arguments"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    BrowseService browse(*session);
    if (request->after) {
        const auto cursor = browse.callCursor(*request->after, &error);
        if (!cursor)
            return cli.failWith(error);
        filter.after = cursor;
    }
    // The count is the reading's audit entry (the filter and how many calls match); the pages
    // are then read newest first, each after the last row of the one before.
    const auto count = browse.countCalls(filter, &error);
    if (!count)
        return cli.failWith(error);
    const qint64 wanted = request->limit > 0 ? std::min(request->limit, *count) : *count;
    RowStream out(cli.console(), request->format);
    while (out.rows() < wanted) {
        const auto rows =
            browse.calls(filter, CallColumn::StartedAt, Qt::DescendingOrder, 0,
                         int(std::min<qint64>(pageRows, wanted - out.rows())), &error);
        if (!rows)
            return cli.failWith(error);
        for (const CallRow& r : *rows) {
            if (out.isJson())
                out.row(callJson(r));
            else
                out.line(callLine(r));
        }
        if (rows->isEmpty())
            break; // fewer than counted: removed meanwhile
        filter.after = CallCursor{rows->constLast().startedAt, rows->constLast().id};
    }
    out.finish();
    if (out.isJson())
        return 0;
    if (out.rows() == 0)
        cli.console().err(AdminCli::tr("No calls match."));
    if (*count > out.rows())
        cli.console().err(
            AdminCli::tr("%1 of %2 matching calls shown (--limit).").arg(out.rows()).arg(*count));
    return 0;
}

int cmdChatsSearch(AdminCli& cli)
{
    const QString text = cli.arguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return cli.usage(AdminCli::tr("chats search needs TEXT"));
    QString problem;
    const auto request = readListRequest(cli, 100, &problem);
    if (!request)
        return cli.usage(problem);
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    BrowseService browse(*session);
    std::optional<ChatCursor> after;
    if (request->after) {
        after = browse.messageCursor(*request->after, &error);
        if (!after)
            return cli.failWith(error);
    }
    // Newest first, a page at a time, each after the last hit of the one before; every page
    // is audited by the service (a page reads message text).
    RowStream out(cli.console(), request->format);
    while (request->limit == 0 || out.rows() < request->limit) {
        const int page =
            int(request->limit == 0 ? pageRows
                                    : std::min<qint64>(pageRows, request->limit - out.rows()));
        const auto hits = browse.searchChats(text, {}, after, page, nullptr, &error);
        if (!hits)
            return cli.failWith(error);
        for (const ChatHit& h : *hits) {
            if (out.isJson())
                out.row(QJsonObject{{QStringLiteral("chat_id"), h.chatId},
                                    {QStringLiteral("message_id"), h.messageId},
                                    {QStringLiteral("sent_at"), h.sentAt.toString(Qt::ISODate)},
                                    {QStringLiteral("snippet"), h.snippet}});
            else
                out.line(QStringLiteral("%1\t%2\t%3\t%4")
                             .arg(h.chatId)
                             .arg(h.messageId)
                             .arg(h.sentAt.toLocalTime().toString(Qt::ISODate), h.snippet));
        }
        if (hits->size() < page)
            break;
        after = ChatCursor{hits->constLast().sentAt, hits->constLast().messageId};
    }
    out.finish();
    return 0;
}

// "12 15 19": ids for a line of text.
QString idList(const QList<qint64>& ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(' '));
}

int cmdSubjectFind(AdminCli& cli)
{
    const QList<std::pair<const QCommandLineOption*, IdentifierKind>> kinds = {
        {&phoneOption, IdentifierKind::Phone},
        {&emailOption, IdentifierKind::Email},
        {&identityCodeOption, IdentifierKind::IdentityCode},
        {&nameOption, IdentifierKind::Name},
        {&businessIdOption, IdentifierKind::BusinessId}};
    std::optional<std::pair<IdentifierKind, QString>> query;
    for (const auto& [option, kind] : kinds) {
        if (!cli.parser().isSet(*option))
            continue;
        if (query)
            return cli.usage(AdminCli::tr("subject find takes one of --phone, --email, "
                                          "--identity-code, --name, --business-id"));
        query = std::pair{kind, cli.parser().value(*option)};
    }
    if (!query)
        return cli.usage(AdminCli::tr("subject find needs --phone, --email, --identity-code, "
                                      "--name or --business-id"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto matches = SubjectService(*session).find(query->first, query->second, &error);
    if (!matches)
        return cli.failWith(error);
    const auto ids = [](const QList<qint64>& list) {
        QJsonArray a;
        for (qint64 id : list)
            a.append(id);
        return a;
    };
    if (cli.json()) {
        QJsonArray array;
        for (const SubjectMatch& m : *matches) {
            QJsonArray identifiers;
            for (const SubjectIdentifier& i : m.identifiers)
                identifiers.append(
                    QJsonObject{{QStringLiteral("kind"), SubjectRepository::kindId(i.kind)},
                                {QStringLiteral("value"), i.value}});
            array.append(QJsonObject{{QStringLiteral("subject_id"), m.subjectId},
                                     {QStringLiteral("restricted"), m.restricted},
                                     {QStringLiteral("identifiers"), identifiers},
                                     {QStringLiteral("calls"), ids(m.callIds)},
                                     {QStringLiteral("chats"), ids(m.chatIds)}});
        }
        cli.console().json(array);
        return 0;
    }
    for (const SubjectMatch& m : *matches) {
        if (m.subjectId == 0) {
            cli.console().out(AdminCli::tr("calls from this number linked to no data subject "
                                           "found: %n call(s)",
                                           nullptr, int(m.callIds.size())));
            cli.console().out(AdminCli::tr("  calls\t%1").arg(idList(m.callIds)));
            continue;
        }
        cli.console().out(AdminCli::tr("subject %1%2: %n call(s), ", nullptr, int(m.callIds.size()))
                              .arg(m.subjectId)
                              .arg(m.restricted ? AdminCli::tr(" (restricted)") : QString()) +
                          AdminCli::tr("%n chat(s)", nullptr, int(m.chatIds.size())));
        for (const SubjectIdentifier& i : m.identifiers)
            cli.console().out(
                QStringLiteral("  %1\t%2").arg(SubjectService::kindName(i.kind), i.value));
        if (!m.callIds.isEmpty())
            cli.console().out(AdminCli::tr("  calls\t%1").arg(idList(m.callIds)));
        if (!m.chatIds.isEmpty())
            cli.console().out(AdminCli::tr("  chats\t%1").arg(idList(m.chatIds)));
    }
    if (matches->isEmpty())
        cli.console().out(AdminCli::tr("No data subject has this identifier."));
    return 0;
}
} // namespace

QList<CliCommand> dataCommands()
{
    return {
        {{QStringLiteral("calls"), QStringLiteral("list")},
         QStringLiteral("calls list [--from D] [--to D] [--phone P] [--limit N] [--after ID] "
                        "[--json-lines]"),
         {fromOption, toOption, phoneOption, limitOption, afterOption(), jsonLinesOption()},
         cmdCallsList},
        {{QStringLiteral("chats"), QStringLiteral("search")},
         QStringLiteral("chats search TEXT [--limit N] [--after ID] [--json-lines]"),
         {limitOption, afterOption(), jsonLinesOption()},
         cmdChatsSearch},
        {{QStringLiteral("subject"), QStringLiteral("find")},
         QStringLiteral("subject find (--phone P | --email E | --identity-code C | --name N | "
                        "--business-id ID)"),
         {phoneOption, emailOption, identityCodeOption, nameOption, businessIdOption},
         cmdSubjectFind},
    };
}

} // namespace tallenne::cli
