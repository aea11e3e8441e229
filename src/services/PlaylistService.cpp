#include "services/PlaylistService.h"

#include "core/Logging.h"
#include "services/PlaybackService.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "services/TagService.h"
#include "storage/TransactionGuard.h"

namespace tallenne {

namespace {
QString playlistObject(qint64 id)
{
    return QStringLiteral("playlist:%1").arg(id);
}
} // namespace

QString PlaylistView::unavailableNote() const
{
    if (unavailable <= 0)
        return {};
    if (unavailable == 1)
        return PlaylistService::tr(
            "1 clip is no longer available: the recording was erased or restricted");
    return PlaylistService::tr(
               "%1 clips are no longer available: the recordings were erased or restricted")
        .arg(unavailable);
}

PlaylistService::PlaylistService(Session& session) : m_session(session), m_playlists(session.db())
{}

bool PlaylistService::validName(const QString& name, Error* error)
{
    if (name.trimmed().isEmpty() || name.size() > 200)
        return fail(error, ErrorKind::InputRejected,
                    tr("A playlist's name has 1 to 200 characters."));
    return true;
}

bool PlaylistService::nameIsFree(const QString& name, qint64 exceptId, Error* error)
{
    Error listError;
    const QList<PlaylistRecord> all = m_playlists.list(&listError);
    if (listError)
        return fail(error, listError.kind, listError.message);
    for (const PlaylistRecord& p : all) {
        if (p.id != exceptId && p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return fail(
                error, ErrorKind::InputRejected,
                tr("There already is a playlist called \"%1\". Choose another name.").arg(p.name));
    }
    return true;
}

std::optional<PlaylistRecord> PlaylistService::ownPlaylist(qint64 playlistId, const QString& action,
                                                           Error* error)
{
    Error lookupError;
    const auto playlist = m_playlists.find(playlistId, &lookupError);
    if (!playlist) {
        fail(error, lookupError ? lookupError.kind : ErrorKind::InputRejected,
             lookupError ? lookupError.message : tr("There is no playlist %1.").arg(playlistId));
        return std::nullopt;
    }
    if (playlist->createdBy != m_session.userName()) {
        m_session.auditRefusal(action, playlistObject(playlistId),
                               QStringLiteral("reason=not-own-playlist"));
        fail(error, ErrorKind::PermissionDenied, tr("You can change only your own playlists."));
        return std::nullopt;
    }
    return playlist;
}

std::optional<qint64> PlaylistService::create(const QString& name, Error* error)
{
    const QString action = QStringLiteral("playlist.create");
    if (!m_session.require(Permission::ManageTags, action, {}, error) || !validName(name, error))
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    if (!nameIsFree(name, 0, error))
        return std::nullopt;
    const auto id =
        m_playlists.create(name.trimmed(), m_session.userName(), m_session.clock().nowUtc(), error);
    if (!id || !m_session.audit(action, playlistObject(*id), {}, error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    m_session.events().notifyPlaylists(*id);
    return id;
}

bool PlaylistService::rename(qint64 playlistId, const QString& name, Error* error)
{
    const QString action = QStringLiteral("playlist.rename");
    if (!m_session.require(Permission::ManageTags, action, playlistObject(playlistId), error) ||
        !validName(name, error) || !ownPlaylist(playlistId, action, error))
        return false;
    TransactionGuard transaction(m_session.db());
    if (!nameIsFree(name, playlistId, error))
        return false;
    if (!m_playlists.rename(playlistId, name.trimmed(), error) ||
        !m_session.audit(action, playlistObject(playlistId), {}, error) ||
        !m_session.commit(transaction, error))
        return false;
    m_session.events().notifyPlaylists(playlistId);
    return true;
}

bool PlaylistService::remove(qint64 playlistId, Error* error)
{
    const QString action = QStringLiteral("playlist.delete");
    if (!m_session.require(Permission::ManageTags, action, playlistObject(playlistId), error) ||
        !ownPlaylist(playlistId, action, error))
        return false;
    TransactionGuard transaction(m_session.db());
    if (!m_playlists.remove(playlistId, error) ||
        !m_session.audit(action, playlistObject(playlistId), {}, error) ||
        !m_session.commit(transaction, error))
        return false;
    m_session.events().notifyPlaylists(playlistId);
    return true;
}

std::optional<qint64> PlaylistService::addClip(qint64 playlistId, qint64 tagId, const QString& note,
                                               Error* error)
{
    const QString action = QStringLiteral("playlist.add");
    if (!m_session.require(Permission::ManageTags, action, playlistObject(playlistId), error) ||
        !ownPlaylist(playlistId, action, error))
        return std::nullopt;
    if (note.size() > TagService::MaxNoteLength) {
        fail(error, ErrorKind::InputRejected,
             tr("A note has at most %1 characters.").arg(TagService::MaxNoteLength));
        return std::nullopt;
    }
    TagRepository tags(m_session.db());
    Error lookupError;
    const auto tag = tags.find(tagId, &lookupError);
    const auto restricted = tag ? tags.callRestricted(tag->callId, &lookupError) : std::nullopt;
    if (!tag || !restricted ||
        (*restricted && !PlaybackService::seesRestricted(m_session.roles()))) {
        fail(error, ErrorKind::InputRejected, tr("There is no tag %1.").arg(tagId));
        return std::nullopt;
    }
    TransactionGuard transaction(m_session.db());
    const auto id = m_playlists.addItem(playlistId, tagId, note, error);
    if (!id ||
        !m_session.audit(
            action, playlistObject(playlistId),
            QStringLiteral("item=%1 tag=%2 call=%3").arg(*id).arg(tagId).arg(tag->callId), error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    m_session.events().notifyPlaylists(playlistId);
    return id;
}

bool PlaylistService::removeClip(qint64 playlistId, qint64 itemId, Error* error)
{
    const QString action = QStringLiteral("playlist.remove");
    if (!m_session.require(Permission::ManageTags, action, playlistObject(playlistId), error) ||
        !ownPlaylist(playlistId, action, error))
        return false;
    TransactionGuard transaction(m_session.db());
    if (!m_playlists.removeItem(playlistId, itemId, error) ||
        !m_session.audit(action, playlistObject(playlistId), QStringLiteral("item=%1").arg(itemId),
                         error) ||
        !m_session.commit(transaction, error))
        return false;
    m_session.events().notifyPlaylists(playlistId);
    return true;
}

bool PlaylistService::moveClip(qint64 playlistId, qint64 itemId, int newIndex, Error* error)
{
    const QString action = QStringLiteral("playlist.move");
    if (!m_session.require(Permission::ManageTags, action, playlistObject(playlistId), error) ||
        !ownPlaylist(playlistId, action, error))
        return false;
    TransactionGuard transaction(m_session.db());
    if (!m_playlists.moveItem(playlistId, itemId, newIndex, error) ||
        !m_session.audit(action, playlistObject(playlistId),
                         QStringLiteral("item=%1 index=%2").arg(itemId).arg(newIndex), error) ||
        !m_session.commit(transaction, error))
        return false;
    m_session.events().notifyPlaylists(playlistId);
    return true;
}

std::optional<QList<PlaylistRecord>> PlaylistService::list(Error* error)
{
    const QString action = QStringLiteral("playlist.list");
    if (!m_session.require(Permission::ReadTags, action, {}, error))
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    Error listError;
    QList<PlaylistRecord> out = m_playlists.list(&listError);
    if (listError) {
        fail(error, listError.kind, listError.message);
        return std::nullopt;
    }
    if (!m_session.audit(action, {}, QStringLiteral("playlists=%1").arg(out.size()), error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return out;
}

std::optional<PlaylistView> PlaylistService::show(qint64 playlistId, Error* error)
{
    const QString action = QStringLiteral("playlist.show");
    if (!m_session.require(Permission::ReadTags, action, playlistObject(playlistId), error))
        return std::nullopt;
    Error lookupError;
    const auto playlist = m_playlists.find(playlistId, &lookupError);
    if (!playlist) {
        fail(error, lookupError ? lookupError.kind : ErrorKind::InputRejected,
             lookupError ? lookupError.message : tr("There is no playlist %1.").arg(playlistId));
        return std::nullopt;
    }
    PlaylistView view;
    view.playlist = *playlist;
    const QList<PlaylistItemRecord> items = m_playlists.items(
        playlistId, PlaybackService::seesRestricted(m_session.roles()), &lookupError);
    if (lookupError) {
        fail(error, lookupError.kind, lookupError.message);
        return std::nullopt;
    }
    for (const PlaylistItemRecord& item : items) {
        if (item.available)
            view.clips.append(item);
        else
            ++view.unavailable;
    }
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(
            action, playlistObject(playlistId),
            QStringLiteral("clips=%1 unavailable=%2").arg(view.clips.size()).arg(view.unavailable),
            error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return view;
}

} // namespace tallenne
