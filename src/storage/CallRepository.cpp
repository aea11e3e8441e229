#include "storage/CallRepository.h"

#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"

#include <QScopeGuard>

#include <sqlite3.h>

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

std::optional<std::vector<qint64>> CallRepository::ids(const QString& sql,
                                                       const QVariantList& values, Error* error,
                                                       const std::atomic<bool>* cancelled) const
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(m_db.driver());
    sqlite3* connection = driver ? driver->connection() : nullptr;
    if (!connection) {
        fail(error, ErrorKind::Environment, tr("The register is not open."));
        return std::nullopt;
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    const auto failed = [&](const char* what) {
        fail(error, ErrorKind::Environment,
             tr("Listing calls failed (%1): %2")
                 .arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(connection))));
        sqlite3_finalize(statement);
        return std::nullopt;
    };
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr) !=
        SQLITE_OK)
        return failed("prepare");
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(statement, i + 1, v.toLongLong());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = v.toByteArray();
            rc = sqlite3_bind_blob(statement, i + 1, bytes.constData(), int(bytes.size()),
                                   SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()),
                                   SQLITE_TRANSIENT);
            break;
        }
        }
        if (rc != SQLITE_OK)
            return failed("bind");
    }
    std::vector<qint64> result;
    int rc = SQLITE_ROW;
    // A single long step (a count of half a million matches) stops too when told to.
    if (cancelled) {
        sqlite3_progress_handler(
            connection, 100000,
            [](void* flag) { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic<bool>*>(cancelled));
    }
    const auto progressOff = qScopeGuard([&] {
        if (cancelled)
            sqlite3_progress_handler(connection, 0, nullptr, nullptr);
    });
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        result.push_back(sqlite3_column_int64(statement, 0));
        if (cancelled && result.size() % 65536 == 0 && cancelled->load()) {
            sqlite3_finalize(statement);
            fail(error, ErrorKind::Environment, tr("Listing calls was cancelled."));
            return std::nullopt;
        }
    }
    if (rc != SQLITE_DONE)
        return failed("step");
    sqlite3_finalize(statement);
    result.shrink_to_fit();
    return result;
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

bool CallRepository::ensureNameRanks(
    const QString& table, const QString& orderKey,
    const std::function<bool(const QString&, const QString&)>& less, Error* error)
{
    if (table != QLatin1String("agents") && table != QLatin1String("queues") &&
        table != QLatin1String("service_numbers")) {
        fail(error, ErrorKind::InputRejected, tr("Calls cannot be sorted by %1.").arg(table));
        return false;
    }
    const QString ranks = QStringLiteral("temp.%1_rank").arg(table.chopped(1));
    QSqlQuery q(m_db);
    const auto failedAt = [error](const QSqlQuery& query) {
        if (error)
            *error = Database::errorFromSql(query.lastError(), tr("Ordering names"));
        return false;
    };
    const auto failed = [&q, &failedAt] {
        return failedAt(q);
    };
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS temp.name_rank_state"
                               " (name TEXT PRIMARY KEY, signature TEXT NOT NULL)")) ||
        !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1"
                               " (rank INTEGER PRIMARY KEY, ref_id INTEGER UNIQUE)")
                    .arg(ranks)) ||
        !q.exec(QStringLiteral("SELECT count(*), max(id) FROM %1").arg(table)) || !q.next())
        return failed();
    // Names are only ever added (the directory keeps them for the calls that name them).
    const QString signature = QStringLiteral("%1/%2/%3")
                                  .arg(q.value(0).toLongLong())
                                  .arg(q.value(1).toLongLong())
                                  .arg(orderKey);
    q.finish();
    q.prepare(QStringLiteral("SELECT signature FROM temp.name_rank_state WHERE name = ?"));
    q.addBindValue(table);
    if (!q.exec())
        return failed();
    if (q.next() && q.value(0).toString() == signature)
        return true;
    q.finish();
    const QString column = table == QLatin1String("service_numbers") ? QStringLiteral("number")
                                                                     : QStringLiteral("name");
    if (!q.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(column, table)))
        return failed();
    QList<std::pair<qint64, QString>> names;
    while (q.next())
        names.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    std::stable_sort(names.begin(), names.end(), [&less](const auto& a, const auto& b) {
        return less(a.second, b.second) || (!less(b.second, a.second) && a.second < b.second);
    });
    // A TEMP table is the connection's own: no other reader sees a half-filled one, and the
    // register's transaction is not involved.
    if (!q.exec(QStringLiteral("DELETE FROM %1").arg(ranks)))
        return failed();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO %1 (rank, ref_id) VALUES (?, ?)").arg(ranks));
    qint64 rank = 0;
    for (const auto& name : std::as_const(names)) {
        insert.bindValue(0, ++rank);
        insert.bindValue(1, name.first);
        if (!insert.exec())
            return failedAt(insert);
    }
    insert.bindValue(0, ++rank);
    insert.bindValue(1, QVariant(QMetaType(QMetaType::LongLong)));
    if (!insert.exec())
        return failedAt(insert);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO temp.name_rank_state (name, signature)"
                             " VALUES (?, ?)"));
    q.addBindValue(table);
    q.addBindValue(signature);
    return q.exec() || failed();
}

bool CallRepository::placeUnnamedLast(const QString& table, Qt::SortOrder order, Error* error)
{
    const QString ranks = QStringLiteral("temp.%1_rank").arg(table.chopped(1));
    QSqlQuery q(m_db);
    const QString rank = order == Qt::AscendingOrder
                             ? QStringLiteral("(SELECT coalesce(max(rank), 0) + 1 FROM %1"
                                              " WHERE ref_id IS NOT NULL)")
                                   .arg(ranks)
                             : QStringLiteral("0");
    if (q.exec(QStringLiteral("UPDATE %1 SET rank = %2 WHERE ref_id IS NULL").arg(ranks, rank)))
        return true;
    return fail(error, ErrorKind::Damaged,
                QStringLiteral("The order of %1 could not be prepared: %2")
                    .arg(table, q.lastError().text()));
}

} // namespace tallenne
