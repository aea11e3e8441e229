#pragma once

#include "core/Error.h"
#include <QCoreApplication>

#include "crypto/SigningKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace tallenne {

/// One entry of the audit trail. `details` holds no personal data in clear where avoidable:
/// objects are named by id ("call:42"), never by phone number or name.
struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime at;    ///< UTC
    QString user;    ///< login name, or "-" for none
    QString roles;   ///< the acting roles, comma-separated ids
    QString action;  ///< e.g. "login", "user.add", "permission.denied"
    QString object;  ///< e.g. "user:anna", "call:42"
    QString purpose; ///< the declared purpose, when one applies
    QString details;
    QByteArray previousHash; ///< hex SHA-256 of the previous entry ("" for the first)
    QByteArray hash;         ///< hex SHA-256 of this entry
    /// hex Ed25519 signature of the raw hash by the author's signing key; empty for the
    /// entries written before schema step 6 and for that step's own entry.
    QByteArray signature;
};

/// The head of the chain: the last entry's sequence number and hash (and its signature).
/// Mirrored in keyslots.json and given to the witnesses, so that a removed tail is noticed.
struct AuditHead
{
    qint64 sequence = 0;
    QByteArray hash;      ///< hex
    QByteArray signature; ///< hex; empty for an unsigned entry
};

/// The oldest entries a purge of the trail may remove (AuditLog::purgeRange()).
struct AuditPurgeRange
{
    qint64 first = 0;  ///< the trail's first entry now (0: the trail is empty)
    qint64 cut = 0;    ///< the last entry to remove; below `first` when none may go
    QDateTime firstAt; ///< the earliest and the latest time among the entries to remove (UTC)
    QDateTime lastAt;
    /// Entries before the cut's end are unsigned (written before schema step 6) and the cut
    /// stops short of the migration's own entry: nothing may go yet (see purgeRange()).
    bool waitsForSignatures = false;
    [[nodiscard]] qint64 count() const { return cut >= first && first > 0 ? cut - first + 1 : 0; }
};

/// Which entries to read. Empty fields do not filter. `action` matches every action that
/// holds it, case aside ("purge" matches "retention.purge" and "retention.purge.batch"; '%'
/// and '_' are no wildcards); `object` matches the object or, without a colon, every object
/// of that kind ("call" matches "call:42").
struct AuditFilter
{
    QString user;
    QString action; ///< matches any action whose code contains it (case aside) …
    /// … or any of these codes: those whose name in the user's language contains the text
    /// typed (AuditActions::codesNamed), so "poisto" finds retention.purge.
    QStringList actionCodes;
    QString object;
    QDateTime from;         ///< UTC, inclusive; invalid for no lower bound
    QDateTime to;           ///< UTC, exclusive; invalid for no upper bound
    qint64 minSequence = 0; ///< only entries from this sequence number on; 0: no bound
    qint64 maxSequence = 0; ///< only entries up to this sequence number; 0: no bound
    qint64 offset = 0;      ///< skip this many of the newest (paging)
    int limit = 1000;       ///< at most this many, newest first; 0 or less: no limit
};

/// The append-only, hash-chained audit trail in the register database. Appends run inside
/// the caller's transaction, so an entry commits or rolls back with the change it records.
///
/// The one exception to append-only is the retention purge of the trail itself (issue [10],
/// docs/security.md "Audit checkpoints"): in one transaction PurgeService appends a signed
/// `audit.checkpoint` entry that records the hash of the last entry it removes and what
/// verification learned from the removed entries, then removeThrough() records the cut in
/// `audit_checkpoints` and deletes the entries up to it. The delete trigger lets go only of
/// entries at or below a recorded cut, so the trail is still a chain from the cut on, and
/// AuditVerifier starts from the checkpoint. The trail then starts after sequence 1.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QSqlDatabase db);

    /// The SQL of the audit table and its append-only triggers (for the schema migration).
    static QStringList schemaStatements();
    /// The SQL of schema step 11: the `audit_checkpoints` table and the delete trigger that
    /// lets go only of entries a recorded checkpoint cut off.
    static QStringList checkpointSchemaStatements();

    /// Appends one entry signed by its author (sequence, previous hash, hash and signature
    /// are filled in). Fails when the key is null: every entry since schema step 6 is signed.
    [[nodiscard]] std::optional<AuditHead> append(AuditEntry entry, const SigningKey& author,
                                                  Error* error);
    /// Appends an entry without a signature. Only schema step 6 does this, for its own entry
    /// (the last one written before signatures): no identity's key is at hand there.
    [[nodiscard]] std::optional<AuditHead> appendUnsigned(AuditEntry entry, Error* error);
    [[nodiscard]] std::optional<AuditHead> head(Error* error) const;
    /// True when the chain holds an entry with this sequence number and hash, or held it until
    /// a checkpoint removed it: the checkpoint's own cut is compared with its recorded hash,
    /// an entry before it cannot be compared and counts as held (the checkpoint vouches for it).
    [[nodiscard]] bool contains(const AuditHead& entry) const;
    /// The sequence number of the first entry there is (1 unless a purge removed entries;
    /// 0 when the trail is empty).
    [[nodiscard]] qint64 firstSequence(Error* error) const;
    /// The entries a purge may remove: the run of oldest entries written before `before`, no
    /// further than `upTo` (the head when the purge began, so a run never cuts into its own
    /// entries) and never into an unsigned part of the chain (a checkpoint carries signed
    /// state only, so the cut waits until the migration's entry itself is due).
    [[nodiscard]] std::optional<AuditPurgeRange> purgeRange(const QDateTime& before, qint64 upTo,
                                                            Error* error) const;
    /// In the caller's transaction, after the checkpoint entry `checkpointSequence` (the head)
    /// was appended: records the cut and deletes every entry up to `cut`, whose hash must be
    /// `cutHash`. Returns the number deleted.
    [[nodiscard]] std::optional<qint64> removeThrough(qint64 checkpointSequence, qint64 cut,
                                                      const QByteArray& cutHash, Error* error);
    /// The entries `filter` selects, newest first (at most filter.limit).
    [[nodiscard]] QList<AuditEntry> list(const AuditFilter& filter, Error* error) const;
    /// How many entries `filter` selects, ignoring its offset and limit; -1 on error.
    [[nodiscard]] qint64 count(const AuditFilter& filter, Error* error) const;
    /// Hands every entry to `visit` in sequence order, streaming (for verification); stops
    /// early when `visit` returns false.
    [[nodiscard]] bool scan(const std::function<bool(const AuditEntry&)>& visit,
                            Error* error) const;

    /// The entry's hash over its fields and the previous hash (length-prefixed, so no two
    /// different entries serialise alike).
    [[nodiscard]] static QByteArray computeHash(const AuditEntry& entry);
    /// What the author signs: the 32 raw bytes of the hash (hex in `hash`). The hash already
    /// begins with its own domain string, so no other signed message can be mistaken for it.
    [[nodiscard]] static QByteArray signedMessage(const QByteArray& hexHash);

private:
    std::optional<AuditHead> insert(AuditEntry entry, const SigningKey* author, Error* error);

    QSqlDatabase m_db;
};

} // namespace tallenne
