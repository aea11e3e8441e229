#include "storage/RequestRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

namespace {
const char* const selectRequests =
    "SELECT id, kind, channel, received_at, status, identifier_kind, identifier_shown,"
    " identifier_sealed, opened_by, opened_at, possibly_repetitive, extension_months,"
    " extension_reason, extended_by, extended_at, verify_method, verify_document,"
    " verify_detail_sealed, verified_by, verified_at, fee_reason, outcome, closed_by, closed_at"
    " FROM access_requests r";

QDateTime utc(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant secs(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant nullableBlob(const QByteArray& b)
{
    return b.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(b);
}

QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

AccessRequestRecord requestFrom(const QSqlQuery& q)
{
    AccessRequestRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = AccessRequestTerms::kindFromId(q.value(1).toString()).value_or(RequestKind::Access);
    r.channel =
        AccessRequestTerms::channelFromId(q.value(2).toString()).value_or(RequestChannel::InPerson);
    r.receivedAt = utc(q.value(3));
    r.status =
        AccessRequestTerms::statusFromId(q.value(4).toString()).value_or(RequestStatus::Received);
    r.identifierKind = q.value(5).toString();
    r.identifierShown = q.value(6).toString();
    r.identifierSealed = q.value(7).toByteArray();
    r.openedBy = q.value(8).toString();
    r.openedAt = utc(q.value(9));
    r.possiblyRepetitive = q.value(10).toInt() != 0;
    r.extensionMonths = q.value(11).toInt();
    r.extensionReason = q.value(12).toString();
    r.extendedBy = q.value(13).toString();
    r.extendedAt = utc(q.value(14));
    if (!q.value(15).isNull())
        r.verifyMethod = AccessRequestTerms::methodFromId(q.value(15).toString());
    r.verifyDocument = q.value(16).toString();
    r.verifyDetailSealed = q.value(17).toByteArray();
    r.verifiedBy = q.value(18).toString();
    r.verifiedAt = utc(q.value(19));
    r.feeReason = q.value(20).toString();
    r.outcome = q.value(21).toString();
    r.closedBy = q.value(22).toString();
    r.closedAt = utc(q.value(23));
    return r;
}

QString closedStatuses()
{
    return QStringLiteral("('completed', 'refused', 'withdrawn')");
}
} // namespace

QString RequestItem::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Subject:
        return QStringLiteral("subject");
    case Kind::Call:
        return QStringLiteral("call");
    case Kind::Chat:
        return QStringLiteral("chat");
    }
    return {};
}

std::optional<RequestItem::Kind> RequestItem::kindFromId(const QString& id)
{
    for (Kind k : {Kind::Subject, Kind::Call, Kind::Chat})
        if (kindId(k) == id)
            return k;
    return std::nullopt;
}

RequestRepository::RequestRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<qint64> RequestRepository::insert(const AccessRequestRecord& r, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO access_requests (kind, channel, received_at, status, identifier_kind,"
        " identifier_shown, identifier_sealed, opened_by, opened_at, possibly_repetitive)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(AccessRequestTerms::kindId(r.kind));
    q.addBindValue(AccessRequestTerms::channelId(r.channel));
    q.addBindValue(r.receivedAt.toSecsSinceEpoch());
    q.addBindValue(AccessRequestTerms::statusId(r.status));
    q.addBindValue(text(r.identifierKind));
    q.addBindValue(text(r.identifierShown));
    q.addBindValue(nullableBlob(r.identifierSealed));
    q.addBindValue(text(r.openedBy));
    q.addBindValue(r.openedAt.toSecsSinceEpoch());
    q.addBindValue(r.possiblyRepetitive ? 1 : 0);
    if (!Database::execPrepared(q, tr("Storing a request"), error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

std::optional<AccessRequestRecord> RequestRepository::find(qint64 id, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(selectRequests) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!Database::execPrepared(q, tr("Reading a request"), error) || !q.next())
        return std::nullopt;
    return requestFrom(q);
}

std::optional<QList<AccessRequestRecord>> RequestRepository::list(bool openOnly, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(selectRequests) +
              (openOnly ? QStringLiteral(" WHERE status NOT IN ") + closedStatuses() : QString()) +
              QStringLiteral(" ORDER BY received_at DESC, id DESC"));
    if (!Database::execPrepared(q, tr("Reading requests"), error))
        return std::nullopt;
    QList<AccessRequestRecord> out;
    while (q.next())
        out.append(requestFrom(q));
    return out;
}

bool RequestRepository::update(const AccessRequestRecord& r, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE access_requests SET status = ?, possibly_repetitive = ?, extension_months = ?,"
        " extension_reason = ?, extended_by = ?, extended_at = ?, verify_method = ?,"
        " verify_document = ?, verify_detail_sealed = ?, verified_by = ?, verified_at = ?,"
        " fee_reason = ?, outcome = ?, closed_by = ?, closed_at = ?, identifier_sealed = ?"
        " WHERE id = ?"));
    q.addBindValue(AccessRequestTerms::statusId(r.status));
    q.addBindValue(r.possiblyRepetitive ? 1 : 0);
    q.addBindValue(r.extensionMonths);
    q.addBindValue(text(r.extensionReason));
    q.addBindValue(nullableText(r.extendedBy));
    q.addBindValue(secs(r.extendedAt));
    q.addBindValue(r.verifyMethod ? QVariant(AccessRequestTerms::methodId(*r.verifyMethod))
                                  : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(nullableText(r.verifyDocument));
    q.addBindValue(nullableBlob(r.verifyDetailSealed));
    q.addBindValue(nullableText(r.verifiedBy));
    q.addBindValue(secs(r.verifiedAt));
    q.addBindValue(text(r.feeReason));
    q.addBindValue(text(r.outcome));
    q.addBindValue(nullableText(r.closedBy));
    q.addBindValue(secs(r.closedAt));
    q.addBindValue(nullableBlob(r.identifierSealed));
    q.addBindValue(r.id);
    return Database::execPrepared(q, tr("Updating a request"), error);
}

std::optional<QList<RequestItem>> RequestRepository::items(qint64 requestId, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.kind, i.object_id, i.matched_by, i.via_subject,"
                             " i.included, COALESCE(c.started_at, h.started_at)"
                             " FROM access_request_items i"
                             " LEFT JOIN calls c ON i.kind = 'call' AND c.id = i.object_id"
                             " LEFT JOIN chats h ON i.kind = 'chat' AND h.id = i.object_id"
                             " WHERE i.request_id = ?"
                             " ORDER BY CASE i.kind WHEN 'subject' THEN 0 WHEN 'call' THEN 1"
                             " ELSE 2 END, i.object_id"));
    q.addBindValue(requestId);
    if (!Database::execPrepared(q, tr("Reading what was found for a request"), error))
        return std::nullopt;
    QList<RequestItem> out;
    while (q.next()) {
        RequestItem item;
        item.kind =
            RequestItem::kindFromId(q.value(0).toString()).value_or(RequestItem::Kind::Call);
        item.objectId = q.value(1).toLongLong();
        item.matchedBy = q.value(2).toString();
        item.viaSubject = q.value(3).toLongLong();
        item.included = q.value(4).toInt() != 0;
        item.startedAt = utc(q.value(5));
        out.append(item);
    }
    return out;
}

std::optional<int> RequestRepository::addItems(qint64 requestId, const QList<RequestItem>& items,
                                               Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO access_request_items (request_id, kind,"
                             " object_id, matched_by, via_subject, included)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    int added = 0;
    for (const RequestItem& item : items) {
        q.bindValue(0, requestId);
        q.bindValue(1, RequestItem::kindId(item.kind));
        q.bindValue(2, item.objectId);
        q.bindValue(3, text(item.matchedBy));
        q.bindValue(4, item.viaSubject > 0 ? QVariant(item.viaSubject)
                                           : QVariant(QMetaType::fromType<qint64>()));
        q.bindValue(5, item.included ? 1 : 0);
        if (!Database::execPrepared(q, tr("Storing what was found for a request"), error))
            return std::nullopt;
        added += q.numRowsAffected() > 0 ? 1 : 0;
    }
    return added;
}

bool RequestRepository::setIncluded(qint64 requestId, RequestItem::Kind kind, qint64 objectId,
                                    bool included, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE access_request_items SET included = ?"
                             " WHERE request_id = ? AND kind = ? AND object_id = ?"));
    q.addBindValue(included ? 1 : 0);
    q.addBindValue(requestId);
    q.addBindValue(RequestItem::kindId(kind));
    q.addBindValue(objectId);
    if (!Database::execPrepared(q, tr("Changing what a request covers"), error))
        return false;
    if (q.numRowsAffected() == 0)
        return fail(error, ErrorKind::InputRejected,
                    tr("Request %1 has no %2 %3 among what was found for it.")
                        .arg(requestId)
                        .arg(RequestItem::kindId(kind))
                        .arg(objectId));
    return true;
}

std::optional<QList<AccessRequestRecord>>
RequestRepository::bySubjects(const QList<qint64>& subjectIds, const QDateTime& from,
                              const QDateTime& to, qint64 exceptId, Error* error) const
{
    QList<AccessRequestRecord> out;
    if (subjectIds.isEmpty())
        return out;
    QStringList marks;
    for (qsizetype i = 0; i < subjectIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(selectRequests) +
              QStringLiteral(" WHERE r.id <> ? AND r.received_at >= ? AND r.received_at < ?"
                             " AND EXISTS (SELECT 1 FROM access_request_items i"
                             " WHERE i.request_id = r.id AND i.kind = 'subject' AND i.included"
                             " AND i.object_id IN (%1))"
                             " ORDER BY r.received_at DESC, r.id DESC")
                  .arg(marks.join(QStringLiteral(", "))));
    q.addBindValue(exceptId);
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    for (qint64 id : subjectIds)
        q.addBindValue(id);
    if (!Database::execPrepared(q, tr("Reading earlier requests"), error))
        return std::nullopt;
    while (q.next())
        out.append(requestFrom(q));
    return out;
}

} // namespace tallenne
