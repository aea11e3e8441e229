#include "services/RegisterOpenCheck.h"

#include "core/Logging.h"
#include "crypto/KeySlotFile.h"
#include "services/RegisterVerifier.h"
#include "storage/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <climits>

namespace tallenne {

namespace {
// A failed check of RegisterVerifier in one sentence: its detail and its first problem.
QString sentence(const RegisterCheck& check)
{
    QString text = check.detail;
    if (!check.problems.isEmpty()) {
        const RegisterProblem& first = check.problems.first();
        text += QStringLiteral(" (%1: %2)").arg(first.object, first.message);
    }
    return text;
}
} // namespace

QStringList RegisterOpenCheck::auditTrail(Session& session, bool walWasPresent)
{
    QStringList found;
    Error error;
    const auto file = KeySlotFile::load(session.paths().keySlots(), &error);
    if (!file)
        return {error.message};
    const AuditAnchor anchor = file->auditAnchor();
    AuditLog log(session.db());
    const auto head = log.head(&error);
    if (!head)
        return {error.message};
    if (anchor.sequence > 0 &&
        !log.contains(AuditHead{anchor.sequence, anchor.sha256.toHex(), {}})) {
        const QString where =
            head->sequence < anchor.sequence
                ? tr("the register's audit trail ends at entry %1").arg(head->sequence)
                : tr("the register's entry %1 is another one").arg(anchor.sequence);
        found << (walWasPresent
                      ? tr("The register has lost changes it had: keyslots.json names audit "
                           "entry %1 as the last one written, but %2. The write-ahead log "
                           "(register.db-wal) is damaged, or an older copy of register.db was "
                           "put in place. What was written since may be missing; ask an "
                           "administrator to run 'tallenne-admin verify' and restore the "
                           "latest backup.")
                            .arg(anchor.sequence)
                            .arg(where)
                      : tr("The register has lost changes it had: keyslots.json names audit "
                           "entry %1 as the last one written, but %2. The write-ahead log "
                           "(register.db-wal) was deleted or lost, or an older copy of "
                           "register.db was put in place. What was written since is missing; "
                           "ask an administrator to run 'tallenne-admin verify' and restore the "
                           "latest backup.")
                            .arg(anchor.sequence)
                            .arg(where));
    }
    QSqlQuery q(session.db());
    if (q.exec(QStringLiteral("SELECT count(*), coalesce(min(seq), 0), coalesce(max(seq), 0) "
                              "FROM audit_log")) &&
        q.next()) {
        const qint64 count = q.value(0).toLongLong();
        const qint64 first = q.value(1).toLongLong();
        const qint64 last = q.value(2).toLongLong();
        if (count > 0 && last - first + 1 != count)
            found << tr("The audit trail has gaps: its entries %1 to %2 should be %3, but %n "
                        "are there. Entries were removed; ask an administrator to run "
                        "'tallenne-admin verify'.",
                        nullptr, int(std::min<qint64>(count, INT_MAX)))
                         .arg(first)
                         .arg(last)
                         .arg(last - first + 1);
    } else {
        found << tr("The audit trail cannot be read: %1").arg(q.lastError().text().trimmed());
    }
    return found;
}

QStringList RegisterOpenCheck::run(Session& session, bool walWasPresent)
{
    QStringList found = auditTrail(session, walWasPresent);
    VerifyOptions options;
    options.quick = true;
    RegisterVerifier verifier(session, options);
    const RegisterCheck keySlots = verifier.keySlots();
    if (!keySlots.ok)
        found << sentence(keySlots);
    // One stat per recording: cheap for a desk's register, not for a very large one, whose
    // files are left to verify.
    QSqlQuery count(session.db());
    if (!count.exec(QStringLiteral("SELECT count(*) FROM recordings")) || !count.next() ||
        count.value(0).toLongLong() > MaxRecordingsChecked)
        return found;
    count.finish();
    const RegisterCheck recordings = verifier.recordings();
    if (!recordings.ok)
        found << sentence(recordings);
    const RegisterCheck orphans = verifier.orphans();
    if (!orphans.ok)
        found << tr("%1 in recordings/: an import was cut short, or register.db is older than "
                    "the recordings. 'tallenne-admin verify --repair' moves them to quarantine/.")
                     .arg(orphans.detail);
    for (const QString& problem : found)
        qCInfo(lcServices) << "at open:" << problem; // people get it from the caller
    return found;
}

} // namespace tallenne
