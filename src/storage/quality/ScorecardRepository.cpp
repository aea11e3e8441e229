#include "storage/quality/ScorecardRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

namespace {
const QString versionColumns =
    QStringLiteral("v.id, v.scorecard_id, v.version, v.definition, v.created_by, v.created_at,"
                   " (SELECT COUNT(*) FROM evaluations e WHERE e.scorecard_version_id = v.id) +"
                   " (SELECT COUNT(*) FROM calibrations k WHERE k.scorecard_version_id = v.id)");

ScorecardVersionRecord versionFrom(const QSqlQuery& q)
{
    return {
        q.value(0).toLongLong(), q.value(1).toLongLong(),
        q.value(2).toInt(),      q.value(3).toString().toUtf8(),
        q.value(4).toString(),   QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC),
        q.value(6).toInt()};
}

const QString scorecardColumns = QStringLiteral(
    "s.id, s.name, s.retired, s.created_by, s.created_at, v.id, v.version,"
    " (SELECT COUNT(*) FROM evaluations e JOIN scorecard_versions w"
    "  ON w.id = e.scorecard_version_id WHERE w.scorecard_id = s.id)"
    " FROM scorecards s JOIN scorecard_versions v ON v.scorecard_id = s.id"
    " AND v.version = (SELECT MAX(version) FROM scorecard_versions WHERE scorecard_id = s.id)");

ScorecardRecord scorecardFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toBool(),
            q.value(3).toString(),
            QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC),
            q.value(5).toLongLong(),
            q.value(6).toInt(),
            q.value(7).toInt()};
}
} // namespace

ScorecardRepository::ScorecardRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<qint64> ScorecardRepository::create(const QString& name, const QByteArray& definition,
                                                  const QString& by, const QDateTime& at,
                                                  Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO scorecards (name, created_by, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(by);
    q.addBindValue(at.toSecsSinceEpoch());
    if (!Database::execPrepared(q, tr("Creating a scorecard"), error))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!addVersion(id, name, definition, by, at, error))
        return std::nullopt;
    return id;
}

std::optional<qint64> ScorecardRepository::addVersion(qint64 scorecardId, const QString& name,
                                                      const QByteArray& definition,
                                                      const QString& by, const QDateTime& at,
                                                      Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO scorecard_versions (scorecard_id, version, definition, created_by,"
        " created_at) VALUES (?, (SELECT COALESCE(MAX(version), 0) + 1 FROM scorecard_versions"
        " WHERE scorecard_id = ?), ?, ?, ?)"));
    q.addBindValue(scorecardId);
    q.addBindValue(scorecardId);
    q.addBindValue(QString::fromUtf8(definition));
    q.addBindValue(by);
    q.addBindValue(at.toSecsSinceEpoch());
    if (!Database::execPrepared(q, tr("Saving a scorecard version"), error))
        return std::nullopt;
    const qint64 versionId = q.lastInsertId().toLongLong();
    QSqlQuery rename(m_db);
    rename.prepare(QStringLiteral("UPDATE scorecards SET name = ? WHERE id = ?"));
    rename.addBindValue(name);
    rename.addBindValue(scorecardId);
    if (!Database::execPrepared(rename, tr("Saving a scorecard version"), error))
        return std::nullopt;
    return versionId;
}

bool ScorecardRepository::replaceVersion(qint64 versionId, const QString& name,
                                         const QByteArray& definition, const QString& by,
                                         const QDateTime& at, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE scorecard_versions SET definition = ?, created_by = ?,"
                             " created_at = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(definition));
    q.addBindValue(by);
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(versionId);
    if (!Database::execPrepared(q, tr("Saving a scorecard version"), error))
        return false;
    QSqlQuery rename(m_db);
    rename.prepare(QStringLiteral("UPDATE scorecards SET name = ? WHERE id ="
                                  " (SELECT scorecard_id FROM scorecard_versions WHERE id = ?)"));
    rename.addBindValue(name);
    rename.addBindValue(versionId);
    return Database::execPrepared(rename, tr("Saving a scorecard version"), error);
}

bool ScorecardRepository::setRetired(qint64 scorecardId, bool retired, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE scorecards SET retired = ? WHERE id = ?"));
    q.addBindValue(retired ? 1 : 0);
    q.addBindValue(scorecardId);
    return Database::execPrepared(q, tr("Retiring a scorecard"), error);
}

QList<ScorecardRecord> ScorecardRepository::list(Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + scorecardColumns +
              QStringLiteral(" ORDER BY s.retired, s.name COLLATE NOCASE, s.id"));
    QList<ScorecardRecord> out;
    if (!Database::execPrepared(q, tr("Reading scorecards"), error))
        return out;
    while (q.next())
        out.append(scorecardFrom(q));
    return out;
}

std::optional<ScorecardRecord> ScorecardRepository::find(qint64 scorecardId, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + scorecardColumns + QStringLiteral(" WHERE s.id = ?"));
    q.addBindValue(scorecardId);
    if (!Database::execPrepared(q, tr("Reading a scorecard"), error) || !q.next())
        return std::nullopt;
    return scorecardFrom(q);
}

std::optional<ScorecardVersionRecord> ScorecardRepository::version(qint64 versionId,
                                                                   Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + versionColumns +
              QStringLiteral(" FROM scorecard_versions v WHERE v.id = ?"));
    q.addBindValue(versionId);
    if (!Database::execPrepared(q, tr("Reading a scorecard"), error) || !q.next())
        return std::nullopt;
    return versionFrom(q);
}

std::optional<ScorecardVersionRecord>
ScorecardRepository::versionNumber(qint64 scorecardId, int version, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + versionColumns +
              QStringLiteral(" FROM scorecard_versions v WHERE v.scorecard_id = ?"
                             " AND v.version = ?"));
    q.addBindValue(scorecardId);
    q.addBindValue(version);
    if (!Database::execPrepared(q, tr("Reading a scorecard"), error) || !q.next())
        return std::nullopt;
    return versionFrom(q);
}

QList<ScorecardVersionRecord> ScorecardRepository::versions(qint64 scorecardId, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + versionColumns +
              QStringLiteral(" FROM scorecard_versions v WHERE v.scorecard_id = ?"
                             " ORDER BY v.version"));
    q.addBindValue(scorecardId);
    QList<ScorecardVersionRecord> out;
    if (!Database::execPrepared(q, tr("Reading a scorecard"), error))
        return out;
    while (q.next())
        out.append(versionFrom(q));
    return out;
}

} // namespace tallenne
