#include "storage/PlaylistRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tallenne {

namespace {
// A null QString binds as SQL NULL; the note columns are NOT NULL with '' for none.
QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}
} // namespace

PlaylistRepository::PlaylistRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<qint64> PlaylistRepository::create(const QString& name, const QString& createdBy,
                                                 const QDateTime& at, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO playlists (name, created_by, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(createdBy);
    q.addBindValue(at.toSecsSinceEpoch());
    if (!Database::execPrepared(q, tr("Creating a playlist"), error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

bool PlaylistRepository::rename(qint64 playlistId, const QString& name, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE playlists SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(playlistId);
    return Database::execPrepared(q, tr("Renaming a playlist"), error);
}

bool PlaylistRepository::remove(qint64 playlistId, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM playlists WHERE id = ?"));
    q.addBindValue(playlistId);
    return Database::execPrepared(q, tr("Deleting a playlist"), error);
}

std::optional<PlaylistRecord> PlaylistRepository::find(qint64 playlistId, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT p.id, p.name, p.created_by, p.created_at,"
                             " (SELECT COUNT(*) FROM playlist_items i WHERE i.playlist_id = p.id)"
                             " FROM playlists p WHERE p.id = ?"));
    q.addBindValue(playlistId);
    if (!Database::execPrepared(q, tr("Reading a playlist"), error) || !q.next())
        return std::nullopt;
    return PlaylistRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC),
                          q.value(4).toInt()};
}

QList<PlaylistRecord> PlaylistRepository::list(Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT p.id, p.name, p.created_by, p.created_at,"
                             " (SELECT COUNT(*) FROM playlist_items i WHERE i.playlist_id = p.id)"
                             " FROM playlists p ORDER BY p.name, p.id"));
    QList<PlaylistRecord> out;
    if (!Database::execPrepared(q, tr("Reading playlists"), error))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC),
                    q.value(4).toInt()});
    return out;
}

std::optional<qint64> PlaylistRepository::addItem(qint64 playlistId, qint64 tagId,
                                                  const QString& note, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO playlist_items (playlist_id, position, tag_id, note) VALUES (?,"
        " (SELECT COALESCE(MAX(position) + 1, 0) FROM playlist_items WHERE playlist_id = ?),"
        " ?, ?)"));
    q.addBindValue(playlistId);
    q.addBindValue(playlistId);
    q.addBindValue(tagId);
    q.addBindValue(text(note));
    if (!Database::execPrepared(q, tr("Adding a clip to a playlist"), error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

std::optional<QList<qint64>> PlaylistRepository::itemOrder(qint64 playlistId, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id FROM playlist_items WHERE playlist_id = ? ORDER BY position, id"));
    q.addBindValue(playlistId);
    if (!Database::execPrepared(q, tr("Reading a playlist"), error))
        return std::nullopt;
    QList<qint64> order;
    while (q.next())
        order.append(q.value(0).toLongLong());
    return order;
}

bool PlaylistRepository::renumber(const QList<qint64>& order, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE playlist_items SET position = ? WHERE id = ?"));
    for (int i = 0; i < order.size(); ++i) {
        q.bindValue(0, i);
        q.bindValue(1, order.at(i));
        if (!Database::execPrepared(q, tr("Reordering a playlist"), error))
            return false;
    }
    return true;
}

bool PlaylistRepository::removeItem(qint64 playlistId, qint64 itemId, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM playlist_items WHERE id = ? AND playlist_id = ?"));
    q.addBindValue(itemId);
    q.addBindValue(playlistId);
    if (!Database::execPrepared(q, tr("Removing a clip from a playlist"), error))
        return false;
    if (q.numRowsAffected() == 0)
        return fail(error, ErrorKind::InputRejected,
                    tr("Clip %1 is not in playlist %2.").arg(itemId).arg(playlistId));
    const auto order = itemOrder(playlistId, error);
    return order && renumber(*order, error);
}

std::optional<qint64> PlaylistRepository::removeClipsOfCalls(const QList<qint64>& callIds,
                                                             Error* error)
{
    qint64 removed = 0;
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT p.id, p.playlist_id FROM playlist_items p"
                                " JOIN tags t ON t.id = p.tag_id WHERE t.call_id = ?"));
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM playlist_items WHERE id = ?"));
    QList<qint64> playlists;
    for (qint64 call : callIds) {
        find.bindValue(0, call);
        if (!Database::execPrepared(find, tr("Removing a clip from a playlist"), error))
            return std::nullopt;
        QList<qint64> items;
        while (find.next()) {
            items << find.value(0).toLongLong();
            if (!playlists.contains(find.value(1).toLongLong()))
                playlists << find.value(1).toLongLong();
        }
        find.finish();
        for (qint64 item : std::as_const(items)) {
            del.bindValue(0, item);
            if (!Database::execPrepared(del, tr("Removing a clip from a playlist"), error))
                return std::nullopt;
            ++removed;
        }
    }
    for (qint64 playlist : std::as_const(playlists)) {
        const auto order = itemOrder(playlist, error);
        if (!order || !renumber(*order, error))
            return std::nullopt;
    }
    return removed;
}

bool PlaylistRepository::moveItem(qint64 playlistId, qint64 itemId, int newIndex, Error* error)
{
    auto order = itemOrder(playlistId, error);
    if (!order)
        return false;
    const qsizetype from = order->indexOf(itemId);
    if (from < 0)
        return fail(error, ErrorKind::InputRejected,
                    tr("Clip %1 is not in playlist %2.").arg(itemId).arg(playlistId));
    order->move(from, std::clamp<qsizetype>(newIndex, 0, order->size() - 1));
    return renumber(*order, error);
}

QList<PlaylistItemRecord> PlaylistRepository::items(qint64 playlistId, bool includeRestricted,
                                                    Error* error) const
{
    // The LEFT JOINs keep items whose tag or recording is gone, so they can be counted.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.position, i.note, t.id, t.call_id, t.start_ms, t.end_ms,"
        " COALESCE(t.label_id, 0), COALESCE(l.name, ''), t.note, t.created_by, t.created_at,"
        " c.restricted, r.id"
        " FROM playlist_items i"
        " LEFT JOIN tags t ON t.id = i.tag_id"
        " LEFT JOIN tag_labels l ON l.id = t.label_id"
        " LEFT JOIN calls c ON c.id = t.call_id"
        " LEFT JOIN recordings r ON r.call_id = t.call_id"
        " WHERE i.playlist_id = ? ORDER BY i.position, i.id"));
    q.addBindValue(playlistId);
    QList<PlaylistItemRecord> out;
    if (!Database::execPrepared(q, tr("Reading a playlist"), error))
        return out;
    while (q.next()) {
        PlaylistItemRecord item;
        item.id = q.value(0).toLongLong();
        item.playlistId = playlistId;
        item.position = q.value(1).toInt();
        item.note = q.value(2).toString();
        const bool hasTag = !q.value(3).isNull();
        const bool hasRecording = !q.value(13).isNull();
        const bool visible = includeRestricted || q.value(12).toInt() == 0;
        item.available = hasTag && hasRecording && visible;
        if (item.available) {
            item.tag.id = q.value(3).toLongLong();
            item.tag.callId = q.value(4).toLongLong();
            item.tag.startMs = q.value(5).toLongLong();
            item.tag.endMs = q.value(6).toLongLong();
            item.tag.labelId = q.value(7).toLongLong();
            item.tag.label = q.value(8).toString();
            item.tag.note = q.value(9).toString();
            item.tag.createdBy = q.value(10).toString();
            item.tag.createdAt = QDateTime::fromSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
        }
        out.append(item);
    }
    return out;
}

} // namespace tallenne
