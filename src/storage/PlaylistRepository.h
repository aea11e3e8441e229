#pragma once

#include "core/Error.h"
#include "storage/TagRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tallenne {

struct PlaylistRecord
{
    qint64 id = 0;
    QString name;
    QString createdBy;
    QDateTime createdAt; ///< UTC
    int itemCount = 0;
};

/// One clip of a playlist: a tag (its call and range) with the trainer's note.
struct PlaylistItemRecord
{
    qint64 id = 0;
    qint64 playlistId = 0;
    int position = 0;
    QString note;
    /// False when the tag is gone, the call's recording was erased, or the call is restricted
    /// and the reader may not see it; `tag` is then empty.
    bool available = false;
    TagRecord tag;
};

/// The playlists and playlist_items tables (schema v4). Storage only: PlaylistService checks
/// and audits. Positions are 0, 1, 2, … within a playlist and renumbered on every move.
class PlaylistRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlaylistRepository)

public:
    explicit PlaylistRepository(QSqlDatabase db);

    [[nodiscard]] std::optional<qint64> create(const QString& name, const QString& createdBy,
                                               const QDateTime& at, Error* error);
    [[nodiscard]] bool rename(qint64 playlistId, const QString& name, Error* error);
    [[nodiscard]] bool remove(qint64 playlistId, Error* error);
    /// nullopt with the error untouched when there is no such playlist.
    [[nodiscard]] std::optional<PlaylistRecord> find(qint64 playlistId, Error* error) const;
    [[nodiscard]] QList<PlaylistRecord> list(Error* error) const;

    /// Appends a clip at the end; returns the item's id.
    [[nodiscard]] std::optional<qint64> addItem(qint64 playlistId, qint64 tagId,
                                                const QString& note, Error* error);
    [[nodiscard]] bool removeItem(qint64 playlistId, qint64 itemId, Error* error);
    /// Moves an item to `newIndex` (clamped) and renumbers the others.
    [[nodiscard]] bool moveItem(qint64 playlistId, qint64 itemId, int newIndex, Error* error);
    /// Removes every clip of a tag on one of these calls from its playlist (erasure: the
    /// person's moments leave coaching) and renumbers those playlists; returns how many.
    [[nodiscard]] std::optional<qint64> removeClipsOfCalls(const QList<qint64>& callIds,
                                                           Error* error);
    /// The items in order, each marked available or not.
    [[nodiscard]] QList<PlaylistItemRecord> items(qint64 playlistId, bool includeRestricted,
                                                  Error* error) const;

private:
    [[nodiscard]] std::optional<QList<qint64>> itemOrder(qint64 playlistId, Error* error) const;
    [[nodiscard]] bool renumber(const QList<qint64>& order, Error* error);

    QSqlDatabase m_db;
};

} // namespace tallenne
