#include "storage/Schema.h"

#include "storage/AuditLog.h"
#include "storage/UserRepository.h"

namespace tallenne {

QList<Migration> Schema::migrations()
{
    QStringList v1;
    v1 << QStringLiteral(
        "CREATE TABLE IF NOT EXISTS tallenne_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    v1 << UserRepository::schemaStatements();
    v1 << AuditLog::schemaStatements();
    return {Migration::fromSql(1, QStringLiteral("users and the audit trail"), v1)};
}

} // namespace tallenne
