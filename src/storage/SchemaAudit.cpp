#include "storage/Schema.h"

#include "core/Permissions.h"
#include "storage/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

// Version 6: a signed audit trail (DESIGN.md, "Audit trail").
//
// Every entry from now on carries its author's Ed25519 signature of its hash, and every key
// identity its signing public key. Signing keys derive from the identities' secret keys, which
// only their slots' passwords open, so the step cannot fill them in: each identity that exists
// now introduces its key with a self-signed `key.introduce` entry when it is next opened. The
// step's own entry (`audit.signatures`, the last unsigned one) lists who may do that, with the
// roles each user has now; a later signed entry pins it and everything before it.

namespace tallenne {

namespace {

bool exec(QSqlQuery& q, const QString& sql, Error* error)
{
    if (q.exec(sql))
        return true;
    return fail(error, ErrorKind::Environment, q.lastError().text());
}

bool addSignatures(QSqlDatabase& db, Error* error)
{
    QSqlQuery q(db);
    if (!exec(q,
              QStringLiteral("ALTER TABLE audit_log ADD COLUMN signature TEXT NOT NULL DEFAULT ''"),
              error) ||
        !exec(q, QStringLiteral("ALTER TABLE key_identities ADD COLUMN sign_key BLOB"), error))
        return false;

    if (!exec(q, QStringLiteral("SELECT count(*) FROM audit_log"), error) || !q.next())
        return fail(error, ErrorKind::Environment, q.lastError().text());
    if (q.value(0).toLongLong() == 0)
        return true; // a new register: its first entry is the first administrator's, signed

    QStringList users;
    if (!exec(q, QStringLiteral("SELECT name, roles FROM users ORDER BY name"), error))
        return false;
    while (q.next()) {
        const Roles roles = Roles::fromInt(q.value(1).toUInt());
        users << q.value(0).toString() + QLatin1Char(':') +
                     RoleNames::ids(roles).join(QLatin1Char(','));
    }
    QStringList slotIds;
    if (!exec(q,
              QStringLiteral("SELECT slot_id FROM key_identities WHERE kind <> 'user' ORDER BY "
                             "slot_id"),
              error))
        return false;
    while (q.next())
        slotIds << q.value(0).toString();
    q.finish();

    AuditEntry entry;
    entry.user = QStringLiteral("-");
    entry.roles = QStringLiteral("migration");
    entry.action = QStringLiteral("audit.signatures");
    entry.object = QStringLiteral("schema:6");
    entry.details = QStringLiteral("users=%1 slots=%2")
                        .arg(users.join(QLatin1Char(';')), slotIds.join(QLatin1Char(',')));
    return AuditLog(db).appendUnsigned(entry, error).has_value();
}

} // namespace

Migration Schema::auditSignatures()
{
    return {6, QStringLiteral("a signed audit trail"), addSignatures};
}

// Version 11: audit checkpoints (issue [10]). The purge removes the audit entries past the
// trail's retention period after appending a signed `audit.checkpoint` entry that carries what
// verification needs to start after them (AuditCheckpoint). The delete trigger then lets go
// of exactly the entries at or below a recorded cut, and of nothing else; the checkpoints are
// recorded in the purge's own transaction, only for a checkpoint entry at the head, and never
// change. Whoever holds the register key can still drop the triggers: the chain, the
// checkpoint's signature and the witnesses catch that, as before.
Migration Schema::auditCheckpoints()
{
    return Migration::fromSql(11, QStringLiteral("audit checkpoints"),
                              AuditLog::checkpointSchemaStatements());
}

} // namespace tallenne
