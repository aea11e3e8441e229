#pragma once

#include "core/Error.h"
#include "storage/PlaylistRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tallenne {

class Session;

/// A playlist as its reader may see it: the clips still available, and how many are not.
struct PlaylistView
{
    PlaylistRecord playlist;
    QList<PlaylistItemRecord> clips; ///< available clips only, in order
    int unavailable = 0;

    /// "1 clip is no longer available: …", or empty when every clip is there.
    [[nodiscard]] QString unavailableNote() const;
};

/// Coaching playlists: tagged clips with a trainer's note, in an order. Trainers
/// (ManageTags) create and change their own playlists; quality managers and trainers
/// (ReadTags) read them. A clip whose recording was erased or whose call is restricted
/// drops out of the playlist and the playlist says so.
class PlaylistService
{
    Q_DECLARE_TR_FUNCTIONS(PlaylistService)

public:
    explicit PlaylistService(Session& session);

    [[nodiscard]] std::optional<qint64> create(const QString& name, Error* error);
    [[nodiscard]] bool rename(qint64 playlistId, const QString& name, Error* error);
    [[nodiscard]] bool remove(qint64 playlistId, Error* error);
    /// Appends the tag's clip; returns the item's id.
    [[nodiscard]] std::optional<qint64> addClip(qint64 playlistId, qint64 tagId,
                                                const QString& note, Error* error);
    [[nodiscard]] bool removeClip(qint64 playlistId, qint64 itemId, Error* error);
    /// Moves a clip to `newIndex` among all the playlist's items.
    [[nodiscard]] bool moveClip(qint64 playlistId, qint64 itemId, int newIndex, Error* error);

    [[nodiscard]] std::optional<QList<PlaylistRecord>> list(Error* error);
    [[nodiscard]] std::optional<PlaylistView> show(qint64 playlistId, Error* error);

private:
    /// False with ErrorKind::InputRejected when another playlist (not `exceptId`) has the
    /// name, compared case-insensitively: two lists of one name cannot be told apart.
    [[nodiscard]] bool nameIsFree(const QString& name, qint64 exceptId, Error* error);
    std::optional<PlaylistRecord> ownPlaylist(qint64 playlistId, const QString& action,
                                              Error* error);
    bool validName(const QString& name, Error* error);

    Session& m_session;
    PlaylistRepository m_playlists;
};

} // namespace tallenne
