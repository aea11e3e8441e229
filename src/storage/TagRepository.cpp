#include "storage/TagRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

namespace {
const char* const selectTags =
    "SELECT t.id, t.call_id, t.start_ms, t.end_ms, COALESCE(t.label_id, 0),"
    " COALESCE(l.name, ''), t.note, t.created_by, t.created_at"
    " FROM tags t JOIN calls c ON c.id = t.call_id"
    " LEFT JOIN tag_labels l ON l.id = t.label_id";

TagRecord tagFrom(const QSqlQuery& q)
{
    TagRecord t;
    t.id = q.value(0).toLongLong();
    t.callId = q.value(1).toLongLong();
    t.startMs = q.value(2).toLongLong();
    t.endMs = q.value(3).toLongLong();
    t.labelId = q.value(4).toLongLong();
    t.label = q.value(5).toString();
    t.note = q.value(6).toString();
    t.createdBy = q.value(7).toString();
    t.createdAt = QDateTime::fromSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    return t;
}

QVariant labelValue(qint64 labelId)
{
    return labelId > 0 ? QVariant(labelId) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL; the note columns are NOT NULL with '' for none.
QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}
} // namespace

TagRepository::TagRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<qint64> TagRepository::insert(const TagRecord& tag, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO tags (call_id, start_ms, end_ms, label_id, note,"
                             " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(tag.callId);
    q.addBindValue(tag.startMs);
    q.addBindValue(tag.endMs);
    q.addBindValue(labelValue(tag.labelId));
    q.addBindValue(text(tag.note));
    q.addBindValue(tag.createdBy);
    q.addBindValue(tag.createdAt.toSecsSinceEpoch());
    if (!Database::execPrepared(q, tr("Storing a tag"), error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

bool TagRepository::update(const TagRecord& tag, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE tags SET start_ms = ?, end_ms = ?, label_id = ?, note = ? WHERE id = ?"));
    q.addBindValue(tag.startMs);
    q.addBindValue(tag.endMs);
    q.addBindValue(labelValue(tag.labelId));
    q.addBindValue(text(tag.note));
    q.addBindValue(tag.id);
    return Database::execPrepared(q, tr("Changing a tag"), error);
}

bool TagRepository::remove(qint64 tagId, Error* error)
{
    // Its clips go with it: a deleted tag cannot come back, unlike a restricted call's, which
    // the playlists keep (shown as unavailable) until the restriction is lifted.
    QSqlQuery clips(m_db);
    clips.prepare(QStringLiteral("DELETE FROM playlist_items WHERE tag_id = ?"));
    clips.addBindValue(tagId);
    if (!Database::execPrepared(clips, tr("Deleting a tag"), error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
    q.addBindValue(tagId);
    return Database::execPrepared(q, tr("Deleting a tag"), error);
}

std::optional<TagRecord> TagRepository::find(qint64 tagId, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(selectTags) + QStringLiteral(" WHERE t.id = ?"));
    q.addBindValue(tagId);
    if (!Database::execPrepared(q, tr("Reading a tag"), error) || !q.next())
        return std::nullopt;
    return tagFrom(q);
}

QList<TagRecord> TagRepository::list(qint64 callId, bool includeRestricted, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(selectTags) +
              QStringLiteral(" WHERE (? = 0 OR t.call_id = ?) AND (? = 1 OR c.restricted = 0)"
                             " ORDER BY t.call_id, t.start_ms, t.id"));
    q.addBindValue(callId);
    q.addBindValue(callId);
    q.addBindValue(includeRestricted ? 1 : 0);
    QList<TagRecord> out;
    if (!Database::execPrepared(q, tr("Reading tags"), error))
        return out;
    while (q.next())
        out.append(tagFrom(q));
    return out;
}

std::optional<bool> TagRepository::callRestricted(qint64 callId, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT restricted FROM calls WHERE id = ?"));
    q.addBindValue(callId);
    if (!Database::execPrepared(q, tr("Reading a call"), error) || !q.next())
        return std::nullopt;
    return q.value(0).toInt() != 0;
}

qint64 TagRepository::callDurationMs(qint64 callId, Error* error, bool* recorded) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT COALESCE((SELECT MAX(duration_ms) FROM recordings WHERE call_id = c.id), 0),"
        " c.duration_s, EXISTS (SELECT 1 FROM recordings WHERE call_id = c.id)"
        " FROM calls c WHERE c.id = ?"));
    q.addBindValue(callId);
    if (!Database::execPrepared(q, tr("Reading a call"), error) || !q.next())
        return 0;
    const qint64 recordingMs = q.value(0).toLongLong();
    if (recorded)
        *recorded = q.value(2).toBool();
    return recordingMs > 0 ? recordingMs : q.value(1).toLongLong() * 1000;
}

std::optional<qint64> TagRepository::addLabel(const QString& name, const QString& createdBy,
                                              const QDateTime& at, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO tag_labels (name, created_by, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(createdBy);
    q.addBindValue(at.toSecsSinceEpoch());
    if (!Database::execPrepared(q, tr("Storing a tag label"), error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

bool TagRepository::renameLabel(qint64 labelId, const QString& name, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tag_labels SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(labelId);
    return Database::execPrepared(q, tr("Renaming a tag label"), error);
}

bool TagRepository::removeLabel(qint64 labelId, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM tag_labels WHERE id = ?"));
    q.addBindValue(labelId);
    return Database::execPrepared(q, tr("Deleting a tag label"), error);
}

QList<TagLabel> TagRepository::labels(Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name FROM tag_labels ORDER BY name"));
    QList<TagLabel> out;
    if (!Database::execPrepared(q, tr("Reading tag labels"), error))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

std::optional<TagLabel> TagRepository::findLabel(qint64 labelId, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name FROM tag_labels WHERE id = ?"));
    q.addBindValue(labelId);
    if (!Database::execPrepared(q, tr("Reading a tag label"), error) || !q.next())
        return std::nullopt;
    return TagLabel{q.value(0).toLongLong(), q.value(1).toString()};
}

} // namespace tallenne
