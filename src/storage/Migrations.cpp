#include "storage/Migrations.h"

#include "core/Logging.h"
#include "storage/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

Migration Migration::fromSql(int version, const QString& description, const QStringList& statements)
{
    return {version, description, [statements](QSqlDatabase& db, Error* error) {
                for (const QString& sql : statements) {
                    QSqlQuery query(db);
                    if (!query.exec(sql))
                        return fail(error, ErrorKind::Environment, query.lastError().text());
                }
                return true;
            }};
}

int Migrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Migrations::apply(QSqlDatabase& db, const QList<Migration>& steps, Error* error)
{
    int previous = 0;
    for (const Migration& step : steps) {
        if (step.version <= previous || !step.apply)
            return fail(error, ErrorKind::Usage,
                        QStringLiteral("Schema steps must have ascending versions above 0 "
                                       "and a body (step %1)")
                            .arg(step.version));
        previous = step.version;
    }

    const int current = currentVersion(db);
    if (current < 0)
        return fail(error, ErrorKind::Damaged,
                    QStringLiteral("Unable to read the register's schema version: %1")
                        .arg(db.lastError().text()));
    const int known = steps.isEmpty() ? 0 : steps.last().version;
    if (current > known)
        return fail(error, ErrorKind::Environment,
                    QStringLiteral("This register was made by a newer Tallenne (schema "
                                   "version %1; this version knows up to %2). Update Tallenne "
                                   "to open it.")
                        .arg(current)
                        .arg(known));

    for (const Migration& step : steps) {
        if (step.version <= current)
            continue;
        TransactionGuard guard(db);
        if (!guard.ok())
            return fail(error, guard.error().kind, guard.error().message);
        Error stepError;
        if (!step.apply(db, &stepError)) {
            return fail(error, stepError.isError() ? stepError.kind : ErrorKind::Environment,
                        QStringLiteral("Schema step %1 (%2) failed: %3")
                            .arg(step.version)
                            .arg(step.description, stepError.message));
        }
        // PRAGMA takes no bound values; the number is ours, not input.
        QSqlQuery setVersion(db);
        if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return fail(error, ErrorKind::Environment,
                        QStringLiteral("Unable to record schema version %1: %2")
                            .arg(step.version)
                            .arg(setVersion.lastError().text()));
        if (!guard.commit(error))
            return false;
        qCInfo(lcStorage) << "Applied schema step" << step.version << step.description;
    }
    return true;
}

} // namespace tallenne
