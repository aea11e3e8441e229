#pragma once

#include "core/Error.h"
#include "core/Permissions.h"
#include "crypto/KeySlot.h"
#include "crypto/SigningKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tallenne {

class Session;

/// Who signs the audit trail and how their keys enter it (DESIGN.md, "Audit trail").
///
/// An author is a user ("user:NAME") or a slot without a user ("slot:recovery",
/// "slot:unattended", whose entries have the user "-" and the slot's kind as roles). Their
/// signing public keys reach the trail only through entries:
///
///   user.add     user:NAME   roles=R sign_key=HEX   signed by an administrator; the very
///                                                    first entry of a register is the first
///                                                    administrator's own (self-signed root)
///   user.roles   user:NAME   roles=R                 signed by an administrator
///   user.passwd  user:NAME   sign_key=HEX            the user themself or an administrator
///                                                    (a new password is a new identity)
///   user.remove  user:NAME                           signed by an administrator
///   key.add      slot:KIND   sign_key=HEX            signed by an administrator
///   key.introduce user:NAME | slot:KIND  sign_key=HEX  self-signed, once, only by someone
///                                                    listed in schema step 6's own entry
///
/// The database keeps a copy of each key (key_identities.sign_key) only to know whether an
/// introduction is still due; verification never reads it.
class AuditAuthors
{
    Q_DECLARE_TR_FUNCTIONS(AuditAuthors)

public:
    /// "roles=a,b sign_key=HEX"
    [[nodiscard]] static QString userDetails(Roles roles, const QByteArray& signingKey);
    /// "sign_key=HEX"
    [[nodiscard]] static QString keyDetails(const QByteArray& signingKey);
    /// The `key=value` pairs of an entry's details (values without spaces).
    [[nodiscard]] static QHash<QString, QString> parseDetails(const QString& details);

    /// The author name of an entry written by a slot (`slot:recovery`) or a user (`user:NAME`).
    [[nodiscard]] static QString authorOf(KeySlot::Kind kind, const QString& id);

    /// Stores the identity's signing public key beside its X25519 key, in the caller's
    /// transaction.
    [[nodiscard]] static bool recordKey(QSqlDatabase db, KeySlot::Kind kind, const QString& id,
                                        const QByteArray& signingKey, Error* error);
    /// The recorded signing key; an empty array when none is recorded yet.
    [[nodiscard]] static std::optional<QByteArray> recordedKey(QSqlDatabase db, KeySlot::Kind kind,
                                                               const QString& id, Error* error);

    /// For an identity of a register from before signed entries: when no signing key is
    /// recorded for it yet, appends its self-signed `key.introduce` entry and records the key.
    /// Nothing when one is recorded. `user` and `roles` are the entry's author fields.
    [[nodiscard]] static bool introduceIfNew(QSqlDatabase db, KeySlot::Kind kind, const QString& id,
                                             const SigningKey& key, const QDateTime& at,
                                             const QString& user, const QString& roles,
                                             Error* error);
    /// The same for a session's user, at login.
    [[nodiscard]] static bool introduceIfNew(Session& session, Error* error);
};

} // namespace tallenne
