#include "cli/AdminCli.h"
#include "cli/CommandSupport.h"

#include "services/PlaylistService.h"
#include "services/TagService.h"

#include <QJsonArray>
#include <QJsonObject>

// The coaching commands of tallenne-admin: tags list|add|remove, playlist
// list|show|create|add|remove.

namespace tallenne::cli {

namespace {
const QCommandLineOption callOption(QStringLiteral("call"),
                                    QStringLiteral("tags list: only the tags of this call."),
                                    QStringLiteral("ID"));

const QCommandLineOption
    fromOption(QStringLiteral("from"),
               QStringLiteral("tags add: the start in ms from the call's start."),
               QStringLiteral("MS"));
const QCommandLineOption toOption(QStringLiteral("to"),
                                  QStringLiteral("tags add: the end in ms from the call's start."),
                                  QStringLiteral("MS"));
const QCommandLineOption labelOption(QStringLiteral("label"),
                                     QStringLiteral("tags add: the tag's label (made if new)."),
                                     QStringLiteral("L"));
const QCommandLineOption noteOption(QStringLiteral("note"),
                                    QStringLiteral("tags add, playlist add: a note."),
                                    QStringLiteral("T"));
const QCommandLineOption tagOption(QStringLiteral("tag"),
                                   QStringLiteral("playlist add: the tag to add as a clip."),
                                   QStringLiteral("TAG"));
const QCommandLineOption clipOption(QStringLiteral("clip"),
                                    QStringLiteral("playlist remove: the clip to remove (its id, "
                                                   "as playlist show and add print it)."),
                                    QStringLiteral("CLIP"));

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
    // In playing order; "clip N" is what `playlist remove ID --clip N` takes (the position
    // is not: it changes as clips are moved and removed).
    int n = 0;
    for (const PlaylistItemRecord& item : view->clips)
        cli.console().out(QStringLiteral("%1.\tclip %2\tcall %3\t%4–%5 ms\t%6\t%7")
                              .arg(++n)
                              .arg(item.id)
                              .arg(item.tag.callId)
                              .arg(item.tag.startMs)
                              .arg(item.tag.endMs)
                              .arg(item.tag.label, item.note));
    if (view->unavailable > 0)
        cli.console().out(view->unavailableNote());
    return 0;
}

std::optional<qint64> parseMs(const QString& text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (!ok || ms < 0)
        return std::nullopt;
    return ms;
}

// A note is kept as given, but a note that looks like it holds personal data is pointed out.
void warnAboutNote(AdminCli& cli, const QString& note)
{
    const QString warning = TagService::personalDataWarning(note);
    if (!warning.isEmpty())
        cli.console().err(AdminCli::tr("tallenne-admin: warning: %1").arg(warning));
}

int cmdTagsAdd(AdminCli& cli)
{
    const QCommandLineParser& p = cli.parser();
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("tags add takes no arguments besides its options"));
    if (!p.isSet(callOption) || !p.isSet(fromOption) || !p.isSet(toOption) || !p.isSet(labelOption))
        return cli.usage(AdminCli::tr("tags add needs --call ID --from MS --to MS --label L"));
    const auto callId = parseId(p.value(callOption));
    if (!callId)
        return cli.usage(AdminCli::tr("--call takes a call's number"));
    const auto from = parseMs(p.value(fromOption));
    const auto to = parseMs(p.value(toOption));
    if (!from || !to)
        return cli.usage(AdminCli::tr("--from and --to take milliseconds (0 or more)"));
    const QString labelName = p.value(labelOption).trimmed();
    const QString note = p.value(noteOption);
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    TagService tags(*session);
    const auto labelId = tags.labelForTagging(labelName, &error);
    if (!labelId)
        return cli.failWith(error);
    warnAboutNote(cli, note);
    const auto id = tags.add(*callId, *from, *to, *labelId, note, &error);
    if (!id)
        return cli.failWith(error);
    cli.console().out(QString::number(*id));
    return 0;
}

int cmdTagsRemove(AdminCli& cli)
{
    if (cli.arguments().size() != 1)
        return cli.usage(AdminCli::tr("tags remove takes one tag ID"));
    const auto id = parseId(cli.arguments().first());
    if (!id)
        return cli.usage(AdminCli::tr("tags remove takes a tag's number"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    if (!TagService(*session).remove(*id, &error))
        return cli.failWith(error);
    return 0;
}

int cmdPlaylistCreate(AdminCli& cli)
{
    if (cli.arguments().size() != 1)
        return cli.usage(AdminCli::tr("playlist create takes one NAME (quote a name with spaces)"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto id = PlaylistService(*session).create(cli.arguments().first(), &error);
    if (!id)
        return cli.failWith(error);
    cli.console().out(QString::number(*id));
    return 0;
}

int cmdPlaylistAdd(AdminCli& cli)
{
    if (cli.arguments().size() != 1 || !cli.parser().isSet(tagOption))
        return cli.usage(AdminCli::tr("playlist add takes one playlist ID and --tag TAG"));
    const auto id = parseId(cli.arguments().first());
    const auto tagId = parseId(cli.parser().value(tagOption));
    if (!id || !tagId)
        return cli.usage(AdminCli::tr("playlist add takes a playlist's and a tag's number"));
    const QString note = cli.parser().value(noteOption);
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    warnAboutNote(cli, note);
    const auto clip = PlaylistService(*session).addClip(*id, *tagId, note, &error);
    if (!clip)
        return cli.failWith(error);
    cli.console().out(QString::number(*clip));
    return 0;
}

int cmdPlaylistRemove(AdminCli& cli)
{
    if (cli.arguments().size() != 1 || !cli.parser().isSet(clipOption))
        return cli.usage(AdminCli::tr("playlist remove takes one playlist ID and --clip CLIP"));
    const auto id = parseId(cli.arguments().first());
    const auto clip = parseId(cli.parser().value(clipOption));
    if (!id || !clip)
        return cli.usage(AdminCli::tr("playlist remove takes a playlist's and a clip's number"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    if (!PlaylistService(*session).removeClip(*id, *clip, &error))
        return cli.failWith(error);
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
        {{QStringLiteral("tags"), QStringLiteral("add")},
         QStringLiteral("tags add --call ID --from MS --to MS --label L [--note T]"),
         {callOption, fromOption, toOption, labelOption, noteOption},
         cmdTagsAdd},
        {{QStringLiteral("tags"), QStringLiteral("remove")},
         QStringLiteral("tags remove ID"),
         {},
         cmdTagsRemove},
        {{QStringLiteral("playlist"), QStringLiteral("create")},
         QStringLiteral("playlist create NAME"),
         {},
         cmdPlaylistCreate},
        {{QStringLiteral("playlist"), QStringLiteral("add")},
         QStringLiteral("playlist add ID --tag TAG [--note T]"),
         {tagOption, noteOption},
         cmdPlaylistAdd},
        {{QStringLiteral("playlist"), QStringLiteral("remove")},
         QStringLiteral("playlist remove ID --clip CLIP"),
         {clipOption},
         cmdPlaylistRemove},
    };
}

} // namespace tallenne::cli
