#include "storage/DirectoryRepository.h"

#include "storage/Database.h"

namespace tallenne {

DirectoryRepository::DirectoryRepository(QSqlDatabase db) : m_db(std::move(db))
{
    m_agents.table = QStringLiteral("agents");
    m_agents.column = QStringLiteral("name");
    m_queues.table = QStringLiteral("queues");
    m_queues.column = QStringLiteral("name");
    m_serviceNumbers.table = QStringLiteral("service_numbers");
    m_serviceNumbers.column = QStringLiteral("number");
}

DirectoryRepository::~DirectoryRepository() = default;

qint64 DirectoryRepository::insertedId(const QSqlQuery& q)
{
    return q.lastInsertId().toLongLong();
}

void DirectoryRepository::clearCache()
{
    m_agents.cache.clear();
    m_queues.cache.clear();
    m_serviceNumbers.cache.clear();
}

std::optional<qint64> DirectoryRepository::agentId(const QString& name, Error* error)
{
    return idIn(m_agents, name.trimmed(), {}, error);
}

std::optional<qint64> DirectoryRepository::queueId(const QString& name, Error* error)
{
    return idIn(m_queues, name.trimmed(), {}, error);
}

std::optional<qint64> DirectoryRepository::serviceNumberId(const QString& number,
                                                           const QString& label, Error* error)
{
    return idIn(m_serviceNumbers, number.trimmed(), label, error);
}

std::optional<qint64> DirectoryRepository::idIn(Table& t, const QString& key, const QString& label,
                                                Error* error)
{
    if (key.isEmpty())
        return 0;
    if (const auto it = t.cache.constFind(key); it != t.cache.constEnd())
        return *it;
    if (!t.find) {
        // Table and column names are our own constants, never input.
        t.find = std::make_unique<QSqlQuery>(m_db);
        t.insert = std::make_unique<QSqlQuery>(m_db);
        const bool prepared =
            t.find->prepare(
                QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(t.table, t.column)) &&
            t.insert->prepare(
                t.table == QLatin1String("service_numbers")
                    ? QStringLiteral("INSERT INTO service_numbers (number, name)"
                                     " VALUES (?, ?)")
                    : QStringLiteral("INSERT INTO %1 (name) VALUES (?)").arg(t.table));
        if (!prepared) {
            if (error)
                *error = Database::errorFromSql(t.find->lastError(), tr("Preparing a lookup"));
            t.find.reset();
            return std::nullopt;
        }
    }
    t.find->bindValue(0, key);
    if (!t.find->exec()) {
        if (error)
            *error = Database::errorFromSql(t.find->lastError(), tr("Looking up %1").arg(t.table));
        return std::nullopt;
    }
    qint64 id = 0;
    if (t.find->next())
        id = t.find->value(0).toLongLong();
    t.find->finish();
    if (id == 0) {
        t.insert->bindValue(0, key);
        if (t.table == QLatin1String("service_numbers"))
            t.insert->bindValue(1, notNull(label));
        if (!t.insert->exec()) {
            if (error)
                *error =
                    Database::errorFromSql(t.insert->lastError(), tr("Adding to %1").arg(t.table));
            return std::nullopt;
        }
        id = insertedId(*t.insert);
    }
    t.cache.insert(key, id);
    return id;
}

std::optional<QStringList> DirectoryRepository::agentNames(Error* error) const
{
    return names(QStringLiteral("agents"), error);
}

std::optional<QStringList> DirectoryRepository::queueNames(Error* error) const
{
    return names(QStringLiteral("queues"), error);
}

std::optional<QStringList> DirectoryRepository::names(const QString& table, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM %1 ORDER BY name").arg(table))) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Listing %1").arg(table));
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace tallenne
