#include "storage/BatchForeignKeys.h"

#include "storage/Database.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace tallenne {

namespace {

// Names come from sqlite_master (the schema), never from input; quoted all the same.
QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

bool sqlFailed(const QSqlQuery& q, Error* error)
{
    if (error)
        *error = Database::errorFromSql(q.lastError(), BatchForeignKeys::tr("Checking references"));
    return false;
}

} // namespace

BatchForeignKeys::BatchForeignKeys(QSqlDatabase db) : m_db(std::move(db)) {}

BatchForeignKeys::~BatchForeignKeys()
{
    resume();
}

bool BatchForeignKeys::loadChildren(Error* error)
{
    if (m_loaded)
        return true;
    QSqlQuery tables(m_db);
    if (!tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                                    " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")))
        return sqlFailed(tables, error);
    std::vector<std::pair<QString, QString>> all;
    while (tables.next())
        all.emplace_back(tables.value(0).toString(), tables.value(1).toString());
    for (const auto& [table, sql] : all) {
        QSqlQuery keys(m_db);
        if (!keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table))))
            return sqlFailed(keys, error);
        // id → (parent, [(from, to)])
        QMap<int, std::pair<QString, QList<std::pair<QString, QString>>>> byKey;
        while (keys.next()) {
            auto& key = byKey[keys.value(0).toInt()];
            key.first = keys.value(2).toString();
            key.second.append({keys.value(3).toString(), keys.value(4).toString()});
        }
        if (byKey.isEmpty())
            continue;
        Child child;
        child.table = table;
        child.hasRowid = !sql.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive);
        QStringList missing;
        for (const auto& [parent, columns] : std::as_const(byKey)) {
            // A key naming no parent columns refers to the parent's primary key.
            QStringList parentColumns;
            for (const auto& column : columns)
                parentColumns << column.second;
            if (parentColumns.contains(QString())) {
                QSqlQuery info(m_db);
                if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(parent))))
                    return sqlFailed(info, error);
                QMap<int, QString> primary;
                while (info.next()) {
                    if (info.value(5).toInt() > 0)
                        primary.insert(info.value(5).toInt(), info.value(1).toString());
                }
                parentColumns = primary.isEmpty() ? QStringList{QStringLiteral("rowid")}
                                                  : QStringList(primary.values());
            }
            QStringList present, equal;
            for (qsizetype i = 0; i < columns.size() && i < parentColumns.size(); ++i) {
                present << QStringLiteral("c.%1 IS NOT NULL").arg(quoted(columns.at(i).first));
                equal << QStringLiteral("p.%1 = c.%2")
                             .arg(parentColumns.at(i) == QLatin1String("rowid")
                                      ? QStringLiteral("rowid")
                                      : quoted(parentColumns.at(i)),
                                  quoted(columns.at(i).first));
            }
            missing << QStringLiteral("(%1 AND NOT EXISTS (SELECT 1 FROM %2 p WHERE %3))")
                           .arg(present.join(QLatin1String(" AND ")), quoted(parent),
                                equal.join(QLatin1String(" AND ")));
        }
        child.violation = QStringLiteral("SELECT 1 FROM %1 c WHERE c.rowid > ? AND (%2) LIMIT 1")
                              .arg(quoted(table), missing.join(QLatin1String(" OR ")));
        m_children.push_back(std::move(child));
    }
    m_loaded = true;
    return true;
}

bool BatchForeignKeys::suspend(Error* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return sqlFailed(q, error);
    QSqlQuery state(m_db);
    if (!state.exec(QStringLiteral("PRAGMA foreign_keys")) || !state.next())
        return sqlFailed(state, error);
    // Inside an outer transaction the pragma changes nothing: the keys stay on and checked.
    m_suspended = state.value(0).toInt() == 0;
    return true;
}

bool BatchForeignKeys::mark(Error* error)
{
    if (!m_suspended)
        return true;
    if (!loadChildren(error))
        return false;
    for (Child& child : m_children) {
        if (!child.hasRowid)
            continue;
        QSqlQuery q(m_db);
        if (!q.exec(
                QStringLiteral("SELECT ifnull(max(rowid), 0) FROM %1").arg(quoted(child.table))) ||
            !q.next())
            return sqlFailed(q, error);
        child.mark = q.value(0).toLongLong();
    }
    return true;
}

bool BatchForeignKeys::check(Error* error)
{
    if (!m_suspended)
        return true;
    for (const Child& child : m_children) {
        QSqlQuery q(m_db);
        bool violated = false;
        if (child.hasRowid) {
            if (!q.prepare(child.violation))
                return sqlFailed(q, error);
            q.addBindValue(child.mark);
            if (!q.exec())
                return sqlFailed(q, error);
            violated = q.next();
        } else {
            // No rowid to find the new rows by: the whole table (none is large).
            if (!q.exec(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(quoted(child.table))))
                return sqlFailed(q, error);
            violated = q.next();
        }
        if (violated)
            return fail(error, ErrorKind::Damaged,
                        tr("A row written to %1 refers to a row that does not exist (FOREIGN KEY "
                           "constraint failed); nothing of this batch was written.")
                            .arg(child.table));
    }
    return true;
}

void BatchForeignKeys::resume()
{
    if (!m_suspended)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_suspended = false;
}

} // namespace tallenne
