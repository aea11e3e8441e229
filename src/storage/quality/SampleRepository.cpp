#include "storage/quality/SampleRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

namespace {
const QString submittedEvaluation =
    QStringLiteral("SELECT 1 FROM evaluations e WHERE e.%1 = %2.id AND e.status = 'submitted'"
                   " AND e.calibration_id IS NULL");

const QString runColumns = QStringLiteral(
    "r.id, r.created_by, r.created_at, r.seed, r.spec,"
    " (SELECT COUNT(*) FROM sample_items i WHERE i.run_id = r.id),"
    " (SELECT COUNT(*) FROM sample_items i WHERE i.run_id = r.id AND EXISTS ("
    "  SELECT 1 FROM evaluations e WHERE e.status = 'submitted' AND e.calibration_id IS NULL"
    "  AND (e.call_id = i.call_id OR e.chat_id = i.chat_id)))"
    " FROM sample_runs r");

SampleRunRecord runFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toString(),
            QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
            quint64(q.value(3).toLongLong()),
            q.value(4).toString().toUtf8(),
            q.value(5).toInt(),
            q.value(6).toInt()};
}
} // namespace

SampleRepository::SampleRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<QList<SampleCandidate>> SampleRepository::candidates(const SampleFilter& filter,
                                                                   Error* error) const
{
    QList<SampleCandidate> out;
    const QString context = tr("Finding calls and chats to sample");
    if (filter.calls) {
        QString sql = QStringLiteral("SELECT c.id, c.agent_id, c.started_at FROM calls c"
                                     " WHERE c.started_at >= ? AND c.started_at < ?"
                                     " AND c.restricted = 0 AND c.agent_id IS NOT NULL");
        QVariantList values{filter.from.toSecsSinceEpoch(), filter.to.toSecsSinceEpoch()};
        if (!filter.queue.isEmpty()) {
            sql += QStringLiteral(" AND c.queue_id = (SELECT id FROM queues WHERE name = ?)");
            values << filter.queue;
        }
        if (!filter.direction.isEmpty()) {
            sql += QStringLiteral(" AND c.direction = ?");
            values << filter.direction;
        }
        if (filter.minDurationS > 0) {
            sql += QStringLiteral(" AND c.duration_s >= ?");
            values << filter.minDurationS;
        }
        if (filter.onlyRecorded)
            sql +=
                QStringLiteral(" AND EXISTS (SELECT 1 FROM recordings r WHERE r.call_id = c.id)");
        if (filter.skipEvaluated)
            sql += QStringLiteral(" AND NOT EXISTS (") +
                   submittedEvaluation.arg(QStringLiteral("call_id"), QStringLiteral("c")) +
                   QStringLiteral(")");
        sql += QStringLiteral(" ORDER BY c.agent_id, c.started_at, c.id");
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant& v : std::as_const(values))
            q.addBindValue(v);
        if (!Database::execPrepared(q, context, error))
            return std::nullopt;
        while (q.next())
            out.append({Interaction::call(q.value(0).toLongLong()), q.value(1).toLongLong(),
                        q.value(2).toLongLong()});
    }
    if (filter.chats) {
        QString sql = QStringLiteral("SELECT h.id, h.agent_id, h.started_at FROM chats h"
                                     " WHERE h.started_at >= ? AND h.started_at < ?"
                                     " AND h.restricted = 0 AND h.agent_id IS NOT NULL");
        QVariantList values{filter.from.toSecsSinceEpoch(), filter.to.toSecsSinceEpoch()};
        if (!filter.channel.isEmpty()) {
            sql += QStringLiteral(" AND h.channel = ?");
            values << filter.channel;
        }
        if (filter.skipEvaluated)
            sql += QStringLiteral(" AND NOT EXISTS (") +
                   submittedEvaluation.arg(QStringLiteral("chat_id"), QStringLiteral("h")) +
                   QStringLiteral(")");
        sql += QStringLiteral(" ORDER BY h.agent_id, h.started_at, h.id");
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant& v : std::as_const(values))
            q.addBindValue(v);
        if (!Database::execPrepared(q, context, error))
            return std::nullopt;
        while (q.next())
            out.append({Interaction::chat(q.value(0).toLongLong()), q.value(1).toLongLong(),
                        q.value(2).toLongLong()});
    }
    return out;
}

std::optional<qint64> SampleRepository::createRun(const QString& by, const QDateTime& at,
                                                  quint64 seed, const QByteArray& spec,
                                                  Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO sample_runs (created_by, created_at, seed, spec) VALUES (?, ?, ?, ?)"));
    q.addBindValue(by);
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(qint64(seed));
    q.addBindValue(QString::fromUtf8(spec));
    if (!Database::execPrepared(q, tr("Saving a sample"), error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

bool SampleRepository::addItem(qint64 runId, int position, const QDate& weekStart, qint64 agentId,
                               const Interaction& target, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sample_items (run_id, position, week_start, agent_id,"
                             " call_id, chat_id) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(runId);
    q.addBindValue(position);
    q.addBindValue(weekStart.startOfDay(Qt::UTC).toSecsSinceEpoch());
    q.addBindValue(agentId);
    q.addBindValue(target.isCall() ? QVariant(target.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(target.isCall() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(target.id));
    return Database::execPrepared(q, tr("Saving a sample"), error);
}

QList<SampleRunRecord> SampleRepository::runs(Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + runColumns + QStringLiteral(" ORDER BY r.id DESC"));
    QList<SampleRunRecord> out;
    if (!Database::execPrepared(q, tr("Reading samples"), error))
        return out;
    while (q.next())
        out.append(runFrom(q));
    return out;
}

std::optional<SampleRunRecord> SampleRepository::findRun(qint64 runId, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + runColumns + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(runId);
    if (!Database::execPrepared(q, tr("Reading samples"), error) || !q.next())
        return std::nullopt;
    return runFrom(q);
}

QList<SampleItemRecord> SampleRepository::items(qint64 runId, bool includeRestricted,
                                                const QString& viewer, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral(
            "SELECT i.id, i.position, i.week_start, COALESCE(a.name, ''), i.call_id, i.chat_id,"
            " COALESCE(c.started_at, h.started_at),"
            " (SELECT e.id FROM evaluations e WHERE e.calibration_id IS NULL"
            "  AND (e.call_id = i.call_id OR e.chat_id = i.chat_id)"
            "  AND (e.status = 'submitted' OR e.evaluator = ?) ORDER BY e.id DESC LIMIT 1),"
            " EXISTS (SELECT 1 FROM evaluations e WHERE e.calibration_id IS NULL"
            "  AND e.status = 'submitted' AND (e.call_id = i.call_id OR e.chat_id = i.chat_id)),"
            " COALESCE(c.restricted, h.restricted, 0)"
            " FROM sample_items i LEFT JOIN agents a ON a.id = i.agent_id"
            " LEFT JOIN calls c ON c.id = i.call_id LEFT JOIN chats h ON h.id = i.chat_id"
            " WHERE i.run_id = ?") +
        (includeRestricted ? QString()
                           : QStringLiteral(" AND COALESCE(c.restricted, h.restricted, 0) = 0")) +
        QStringLiteral(" ORDER BY i.position"));
    q.addBindValue(viewer);
    q.addBindValue(runId);
    QList<SampleItemRecord> out;
    if (!Database::execPrepared(q, tr("Reading a sample"), error))
        return out;
    while (q.next()) {
        SampleItemRecord r;
        r.id = q.value(0).toLongLong();
        r.position = q.value(1).toInt();
        r.weekStart = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC).date();
        r.agent = q.value(3).toString();
        r.target = q.value(4).isNull() ? Interaction::chat(q.value(5).toLongLong())
                                       : Interaction::call(q.value(4).toLongLong());
        r.startedAt = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        if (!q.value(7).isNull())
            r.evaluationId = q.value(7).toLongLong();
        r.evaluated = q.value(8).toBool();
        r.restricted = q.value(9).toBool();
        out.append(r);
    }
    return out;
}

} // namespace tallenne
