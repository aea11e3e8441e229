#include "cli/AdminCli.h"

#include "services/PlaylistService.h"
#include "services/TagService.h"

#include <QJsonArray>
#include <QJsonObject>

// The coaching commands of tallenne-admin: tags list, playlist list, playlist show.

namespace tallenne::cli {

namespace {
const QCommandLineOption callOption(QStringLiteral("call"),
                                    QStringLiteral("tags list: only the tags of this call."),
                                    QStringLiteral("ID"));

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject toJson(const TagRecord& t)
{
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("call"), t.callId},
                       {QStringLiteral("start_ms"), t.startMs},
                       {QStringLiteral("end_ms"), t.endMs},
                       {QStringLiteral("label"), t.label},
                       {QStringLiteral("note"), t.note},
                       {QStringLiteral("created_by"), t.createdBy},
                       {QStringLiteral("created_at"), utc(t.createdAt)}};
}

std::optional<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

int cmdTagsList(AdminCli& cli)
{
    qint64 callId = 0;
    if (cli.parser().isSet(callOption)) {
        const auto id = parseId(cli.parser().value(callOption));
        if (!id)
            return cli.usage(AdminCli::tr("--call takes a call's number"));
        callId = *id;
    }
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("tags list takes no arguments"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto tags = TagService(*session).list(callId, &error);
    if (!tags)
        return cli.failWith(error);
    if (cli.json()) {
        QJsonArray array;
        for (const TagRecord& t : *tags)
            array.append(toJson(t));
        cli.console().json(array);
        return 0;
    }
    for (const TagRecord& t : *tags)
        cli.console().out(QStringLiteral("%1\tcall %2\t%3–%4 ms\t%5\t%6\t%7")
                              .arg(t.id)
                              .arg(t.callId)
                              .arg(t.startMs)
                              .arg(t.endMs)
                              .arg(t.label, t.createdBy, t.note));
    return 0;
}

int cmdPlaylistList(AdminCli& cli)
{
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("playlist list takes no arguments"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto lists = PlaylistService(*session).list(&error);
    if (!lists)
        return cli.failWith(error);
    if (cli.json()) {
        QJsonArray array;
        for (const PlaylistRecord& p : *lists)
            array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                     {QStringLiteral("name"), p.name},
                                     {QStringLiteral("items"), p.itemCount},
                                     {QStringLiteral("created_by"), p.createdBy},
                                     {QStringLiteral("created_at"), utc(p.createdAt)}});
        cli.console().json(array);
        return 0;
    }
    for (const PlaylistRecord& p : *lists)
        cli.console().out(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(p.id)
                              .arg(p.name)
                              .arg(p.itemCount)
                              .arg(p.createdBy));
    return 0;
}

int cmdPlaylistShow(AdminCli& cli)
{
    if (cli.arguments().size() != 1)
        return cli.usage(AdminCli::tr("playlist show takes one playlist ID"));
    const auto id = parseId(cli.arguments().first());
    if (!id)
        return cli.usage(AdminCli::tr("playlist show takes a playlist's number"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto view = PlaylistService(*session).show(*id, &error);
    if (!view)
        return cli.failWith(error);
    if (cli.json()) {
        QJsonArray clips;
        for (const PlaylistItemRecord& item : view->clips) {
            QJsonObject clip = toJson(item.tag);
            clip.insert(QStringLiteral("item"), item.id);
            clip.insert(QStringLiteral("tag"), item.tag.id);
            clip.remove(QStringLiteral("id"));
            clip.insert(QStringLiteral("position"), item.position);
            clip.insert(QStringLiteral("clip_note"), item.note);
            clips.append(clip);
        }
        cli.console().json(QJsonObject{{QStringLiteral("id"), view->playlist.id},
                                       {QStringLiteral("name"), view->playlist.name},
                                       {QStringLiteral("created_by"), view->playlist.createdBy},
                                       {QStringLiteral("clips"), clips},
                                       {QStringLiteral("unavailable"), view->unavailable},
                                       {QStringLiteral("note"), view->unavailableNote()}});
        return 0;
    }
    cli.console().out(QStringLiteral("%1\t%2").arg(view->playlist.id).arg(view->playlist.name));
    int n = 0;
    for (const PlaylistItemRecord& item : view->clips)
        cli.console().out(QStringLiteral("%1.\tcall %2\t%3–%4 ms\t%5\t%6")
                              .arg(++n)
                              .arg(item.tag.callId)
                              .arg(item.tag.startMs)
                              .arg(item.tag.endMs)
                              .arg(item.tag.label, item.note));
    if (view->unavailable > 0)
        cli.console().out(view->unavailableNote());
    return 0;
}
} // namespace

QList<CliCommand> coachingCommands()
{
    return {
        {{QStringLiteral("tags"), QStringLiteral("list")},
         QStringLiteral("tags list [--call ID]"),
         {callOption},
         cmdTagsList},
        {{QStringLiteral("playlist"), QStringLiteral("list")},
         QStringLiteral("playlist list"),
         {},
         cmdPlaylistList},
        {{QStringLiteral("playlist"), QStringLiteral("show")},
         QStringLiteral("playlist show ID"),
         {},
         cmdPlaylistShow},
    };
}

} // namespace tallenne::cli
