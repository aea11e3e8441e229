#include "storage/HoldRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

namespace {
const char* const selectHolds =
    "SELECT id, case_ref, reason, scope, call_id, chat_id, subject_id, phone_index,"
    " phone_masked, until_at, placed_by, placed_at, released_by, released_at, release_note"
    " FROM legal_holds";

QDateTime utc(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

HoldRecord holdFrom(const QSqlQuery& q)
{
    HoldRecord h;
    h.id = q.value(0).toLongLong();
    h.caseRef = q.value(1).toString();
    h.reason = q.value(2).toString();
    h.scope = HoldRecord::scopeFromId(q.value(3).toString()).value_or(HoldRecord::Scope::Call);
    switch (h.scope) {
    case HoldRecord::Scope::Call:
        h.targetId = q.value(4).toLongLong();
        break;
    case HoldRecord::Scope::Chat:
        h.targetId = q.value(5).toLongLong();
        break;
    case HoldRecord::Scope::Subject:
        h.targetId = q.value(6).toLongLong();
        break;
    case HoldRecord::Scope::Phone:
        h.phoneIndex = q.value(7).toByteArray();
        break;
    }
    h.phoneMasked = q.value(8).toString();
    h.until = utc(q.value(9));
    h.placedBy = q.value(10).toString();
    h.placedAt = utc(q.value(11));
    h.releasedBy = q.value(12).toString();
    h.releasedAt = utc(q.value(13));
    h.releaseNote = q.value(14).toString();
    return h;
}

QVariant nullable(bool present, const QVariant& value)
{
    return present ? value : QVariant(value.metaType());
}

QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}
} // namespace

QString HoldRecord::scopeId(Scope scope)
{
    switch (scope) {
    case Scope::Call:
        return QStringLiteral("call");
    case Scope::Chat:
        return QStringLiteral("chat");
    case Scope::Subject:
        return QStringLiteral("subject");
    case Scope::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

std::optional<HoldRecord::Scope> HoldRecord::scopeFromId(const QString& id)
{
    for (Scope s : {Scope::Call, Scope::Chat, Scope::Subject, Scope::Phone}) {
        if (scopeId(s) == id)
            return s;
    }
    return std::nullopt;
}

HoldRepository::HoldRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<qint64> HoldRepository::insert(const HoldRecord& hold, Error* error)
{
    using Scope = HoldRecord::Scope;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO legal_holds (case_ref, reason, scope, call_id, chat_id, subject_id,"
        " phone_index, phone_masked, until_at, placed_by, placed_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(hold.caseRef));
    q.addBindValue(text(hold.reason));
    q.addBindValue(HoldRecord::scopeId(hold.scope));
    q.addBindValue(nullable(hold.scope == Scope::Call, hold.targetId));
    q.addBindValue(nullable(hold.scope == Scope::Chat, hold.targetId));
    q.addBindValue(nullable(hold.scope == Scope::Subject, hold.targetId));
    q.addBindValue(nullable(hold.scope == Scope::Phone, hold.phoneIndex));
    q.addBindValue(text(hold.phoneMasked));
    q.addBindValue(hold.until.toSecsSinceEpoch());
    q.addBindValue(text(hold.placedBy));
    q.addBindValue(hold.placedAt.toSecsSinceEpoch());
    if (!Database::execPrepared(q, tr("Storing a legal hold"), error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

QList<HoldRecord> HoldRepository::list(bool includeReleased, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(selectHolds) +
              (includeReleased ? QString() : QStringLiteral(" WHERE released_at IS NULL")) +
              QStringLiteral(" ORDER BY placed_at DESC, id DESC"));
    QList<HoldRecord> out;
    if (!Database::execPrepared(q, tr("Reading legal holds"), error))
        return out;
    while (q.next())
        out.append(holdFrom(q));
    return out;
}

std::optional<HoldRecord> HoldRepository::find(qint64 id, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(selectHolds) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!Database::execPrepared(q, tr("Reading a legal hold"), error) || !q.next())
        return std::nullopt;
    return holdFrom(q);
}

bool HoldRepository::release(qint64 id, const QString& by, const QDateTime& at, const QString& note,
                             Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE legal_holds SET released_by = ?, released_at = ?,"
                             " release_note = ? WHERE id = ? AND released_at IS NULL"));
    q.addBindValue(text(by));
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(text(note));
    q.addBindValue(id);
    return Database::execPrepared(q, tr("Releasing a legal hold"), error);
}

QList<HoldRecord> HoldRepository::expired(const QDateTime& now, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(selectHolds) +
              QStringLiteral(" WHERE released_at IS NULL AND until_at <= ? ORDER BY id"));
    q.addBindValue(now.toSecsSinceEpoch());
    QList<HoldRecord> out;
    if (!Database::execPrepared(q, tr("Reading legal holds"), error))
        return out;
    while (q.next())
        out.append(holdFrom(q));
    return out;
}

QString HoldRepository::heldCallSql(const QString& call)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL"
                          " AND h.until_at > ? AND (h.call_id = %1.id"
                          " OR (h.subject_id IS NOT NULL AND h.subject_id = %1.subject_id)"
                          " OR (h.phone_index IS NOT NULL AND h.phone_index = %1.caller_index)))")
        .arg(call);
}

QString HoldRepository::heldChatSql(const QString& chat)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL"
                          " AND h.until_at > ? AND (h.chat_id = %1.id"
                          " OR (h.subject_id IS NOT NULL AND h.subject_id = %1.subject_id)))")
        .arg(chat);
}

} // namespace tallenne
