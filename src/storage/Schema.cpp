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
    // The public half of every key slot's identity, inside the encrypted database, so that a
    // rekey seals the new data key only to identities the register itself knows.
    v1 << QStringLiteral("CREATE TABLE key_identities (kind TEXT NOT NULL, slot_id TEXT NOT NULL,"
                         " version INTEGER NOT NULL, public_key BLOB NOT NULL,"
                         " PRIMARY KEY (kind, slot_id))");
    return QList<Migration>{Migration::fromSql(1, QStringLiteral("users and the audit trail"), v1),
                            registerData()} +
           profile() + coaching() + callLegs() + QList<Migration>{auditSignatures()} +
           capabilityKeys() + chatStems() + retention() +
           QList<Migration>{auditCheckpoints(), accessRequests(),  quality(),   recordingDigests(),
                            callCounts(),       chatSearchOrder(), auditCount()};
}

} // namespace tallenne
