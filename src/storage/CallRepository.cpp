#include "storage/CallRepository.h"

#include "storage/Database.h"

namespace tallenne {

namespace {
QVariant secsOrNull(const std::optional<QDateTime>& t)
{
    return t && t->isValid() ? QVariant(t->toSecsSinceEpoch())
                             : QVariant(QMetaType(QMetaType::LongLong));
}
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

CallRepository::CallRepository(QSqlDatabase db) : m_db(db), m_directory(db) {}

CallRepository::~CallRepository() = default;

std::optional<qint64> CallRepository::insertOrIgnore(const CallInsert& call, Error* error)
{
    if (call.sourceId.isEmpty() || !call.startedAt.isValid()) {
        fail(error, ErrorKind::InputRejected, tr("A call needs a source id and a start time."));
        return std::nullopt;
    }
    const auto agent = m_directory.agentId(call.agent, error);
    const auto queue = agent ? m_directory.queueId(call.queue, error) : std::nullopt;
    const auto number =
        queue ? m_directory.serviceNumberId(call.serviceNumber, call.serviceNumberLabel, error)
              : std::nullopt;
    if (!number)
        return std::nullopt;
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        if (!m_insert->prepare(QStringLiteral(
                // Not INSERT OR IGNORE: that would also swallow CHECK violations silently.
                "INSERT INTO calls (id, source_id, started_at, answered_at, ended_at,"
                " duration_s, billsec, direction, caller, service_number_id, queue_id, agent_id,"
                " disposition, subject_id, restricted, conversation, caller_sealed,"
                " caller_index, caller_pending)"
                " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                " WHERE NOT EXISTS (SELECT 1 FROM calls WHERE source_id = ?)"))) {
            if (error)
                *error = Database::errorFromSql(m_insert->lastError(), tr("Storing a call"));
            m_insert.reset();
            return std::nullopt;
        }
    }
    QSqlQuery& q = *m_insert;
    const auto blob = [](const QByteArray& b) {
        return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b);
    };
    const QVariantList values = {
        call.id > 0 ? QVariant(call.id) : QVariant(QMetaType(QMetaType::LongLong)),
        call.sourceId,
        call.startedAt.toSecsSinceEpoch(),
        secsOrNull(call.answeredAt),
        secsOrNull(call.endedAt),
        call.durationS,
        call.billsec,
        DirectoryRepository::notNull(call.direction),
        DirectoryRepository::notNull(call.caller),
        idOrNull(*number),
        idOrNull(*queue),
        idOrNull(*agent),
        DirectoryRepository::notNull(call.disposition),
        idOrNull(call.subjectId.value_or(0)),
        call.restricted ? 1 : 0,
        call.sourceId, // a call of its own
        blob(call.callerSealed),
        blob(call.callerIndex),
        call.callerPending ? 1 : 0,
        call.sourceId,
    };
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Storing a call"));
        return std::nullopt;
    }
    if (q.numRowsAffected() == 0)
        return 0;
    return DirectoryRepository::insertedId(q);
}

std::optional<qint64> CallRepository::idForSource(const QString& sourceId, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM calls WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Finding a call"));
        return std::nullopt;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool CallRepository::linkSubject(qint64 callId, qint64 subjectId, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE calls SET subject_id = ?,"
        " restricted = (SELECT restricted FROM subjects WHERE id = ?) WHERE id = ?"));
    q.addBindValue(subjectId);
    q.addBindValue(subjectId);
    q.addBindValue(callId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Linking a call"));
        return false;
    }
    if (q.numRowsAffected() != 1)
        return fail(error, ErrorKind::InputRejected, tr("There is no call %1.").arg(callId));
    return true;
}

std::optional<qint64> CallRepository::count(Error* error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM calls")) || !q.next()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Counting calls"));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

} // namespace tallenne
