#pragma once

#include "core/Error.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

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
};

/// The head of the chain: the last entry's sequence number and hash. Mirrored in
/// keyslots.json so that a removed tail is noticed.
struct AuditHead
{
    qint64 sequence = 0;
    QByteArray hash;
    bool operator==(const AuditHead&) const = default;
};

struct AuditFilter
{
    QString user;
    QString action;
    int limit = 1000;
};

/// What `audit verify` found.
struct AuditVerification
{
    bool intact = false;
    qint64 entries = 0;
    qint64 firstBadSequence = 0; ///< 0 when intact
    QString problem;             ///< what is wrong, for people
};

/// The append-only, hash-chained audit trail in the register database. Appends run inside
/// the caller's transaction, so an entry commits or rolls back with the change it records.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QSqlDatabase db);

    /// The SQL of the audit table and its append-only triggers (for the schema migration).
    static QStringList schemaStatements();

    /// Appends one entry (sequence, previous hash and hash are filled in).
    [[nodiscard]] std::optional<AuditHead> append(AuditEntry entry, Error* error);
    [[nodiscard]] std::optional<AuditHead> head(Error* error) const;
    /// True when the chain holds an entry with this sequence number and hash.
    [[nodiscard]] bool contains(const AuditHead& entry) const;
    [[nodiscard]] QList<AuditEntry> list(const AuditFilter& filter, Error* error) const;
    /// Recomputes the whole chain and compares its head with the anchor (when given).
    [[nodiscard]] AuditVerification verify(const std::optional<AuditHead>& anchor) const;

    /// The entry's hash over its fields and the previous hash (length-prefixed, so no two
    /// different entries serialise alike).
    [[nodiscard]] static QByteArray computeHash(const AuditEntry& entry);

private:
    QSqlDatabase m_db;
};

} // namespace tallenne
