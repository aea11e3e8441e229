#pragma once

#include "core/Permissions.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace tallenne {

/// The details of an `audit.checkpoint` entry (issue [10], docs/security.md "Audit
/// checkpoints"): what verification knew at the last entry a purge of the trail removed, so
/// that it can start after it. Ids, keys, counts and times only, never personal data:
///
///   cut=SEQ cut_hash=HEX removed=N from=TIME to=TIME register=ID
///   authors=AUTHOR/KEY/ROLES;… pending=AUTHOR,…
///
/// `cut` and `cut_hash`: the last removed entry and its hash (the next entry's prev_hash).
/// `authors`: every author the removed entries introduced and not removed, each with their
/// signing public key (hex, "-" for one listed at the migration to signatures that has not
/// introduced it yet) and their roles (ids, "-" for none or a slot). `pending`: those who may
/// still introduce their own key (AuditAuthors). `register`: the id the removed
/// `register.init` entry named.
struct AuditCheckpoint
{
    struct Author
    {
        QByteArray key; ///< raw Ed25519 public key; empty while not introduced
        Roles roles;
        friend bool operator==(const Author&, const Author&) = default;
    };

    qint64 cut = 0;
    QByteArray cutHash; ///< hex
    qint64 removed = 0;
    QDateTime firstAt; ///< UTC: the earliest and latest time of the removed entries
    QDateTime lastAt;
    QString registerId;
    QMap<QString, Author> authors; ///< by author ("user:anna", "slot:recovery")
    QStringList pending;           ///< sorted

    /// The entry's action.
    [[nodiscard]] static QString action() { return QStringLiteral("audit.checkpoint"); }
    /// The entry's details (the format above; the authors in order).
    [[nodiscard]] QString details() const;
    /// Parses details() back; nullopt when malformed.
    [[nodiscard]] static std::optional<AuditCheckpoint> parse(const QString& details);
    /// The state part only (register, authors, pending), to compare two checkpoints' view of
    /// the same cut.
    [[nodiscard]] QString state() const;
};

} // namespace tallenne
