#pragma once

#include "core/Capability.h"
#include "core/Error.h"
#include "crypto/KeyRing.h"
#include "crypto/KeySlot.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tallenne {

class Session;

/// Who holds which capability key, and how keys reach people (DESIGN.md, "Keys per
/// capability"; docs/security.md):
///  - **Granting needs a holder.** A key reaches a user only when someone who holds it seals
///    it to the user's identity: at once when the granting administrator holds it, else at
///    the next login of any holder (the grant waits in the register and the console says so).
///    Nobody can give anyone — themselves included — a key they do not hold.
///  - **Revocation rotates.** Removing a user (or a role) makes a new version of every key
///    they held, sealed to the remaining holders; values are sealed again to the new version
///    by the next holder's session (completeRotations()).
///  - **Handover.** The first administrator holds every key until a privacy officer exists;
///    `user handover` then drops the administrator's copies.
/// Each change is audited in the caller's transaction.
class KeyService
{
    Q_DECLARE_TR_FUNCTIONS(KeyService)

public:
    explicit KeyService(Session& session);

    /// The capability keys sealed to this slot, checked against the register's public halves.
    [[nodiscard]] static bool openRing(QSqlDatabase db, const KeySlot& slot,
                                       const SecretBytes& identity, KeyRing* ring, Error* error);

    enum class Holding
    {
        Held,       ///< sealed to the user's identity
        Pending,    ///< carried by the user's roles, waiting for a holder to seal it
        NotCarried, ///< the user's roles do not carry it
    };
    /// Per capability besides the register key. Needs ManageUsers, or is one's own.
    [[nodiscard]] std::optional<QList<std::pair<Capability, Holding>>> holdings(const QString& user,
                                                                                Error* error);

    /// For a new user or new roles (in the caller's transaction): seals at once what the
    /// roles carry and this session holds; the rest waits as pending grants. `userPublicKey`
    /// is the identity the user's key slot wraps.
    [[nodiscard]] bool grant(const QString& user, Roles roles, const QByteArray& userPublicKey,
                             Error* error);
    /// Seals what this session holds to every user whose grant waits for it (their roles
    /// still carry it and their identity is the register's). Audited "key.grant" each.
    /// Returns how many were sealed.
    [[nodiscard]] std::optional<int> fulfilPending(Error* error);
    /// Drops the user's seals and grants of these capabilities (all when empty) and rotates
    /// each they held: a new version, sealed to the remaining holders and the recovery slot.
    /// In the caller's transaction. Audited "key.rotate".
    [[nodiscard]] bool revoke(const QString& user, QList<Capability> capabilities, Error* error);
    /// Refuses (RefusedByRule, saying which key and what to do) when `user` is the only user
    /// who holds one of `capabilities`: removing them, resetting their password or dropping
    /// the role would leave that key to nobody, and nothing sealed under it could be opened
    /// again. A reset of one's own password keeps the keys and is not refused.
    [[nodiscard]] bool refuseLosingLastHolder(const QString& user,
                                              const QList<Capability>& capabilities,
                                              Error* error) const;
    /// A new version of each capability key, sealed to everyone who holds the current one and
    /// to the recovery slot (`user passwd --rotate`). In the caller's transaction. Audited
    /// "key.rotate".
    [[nodiscard]] bool rotate(const QList<Capability>& capabilities, Error* error);
    /// `user handover`: an administrator without the roles that carry them drops their copies
    /// of the identifier, lookup and recordings keys, once another user holds each, and each
    /// is rotated (revoke()). RefusedByRule when nobody else holds one yet, or when there is
    /// nothing to hand over. Needs ManageUsers. Audited "user.handover".
    [[nodiscard]] bool handover(Error* error);
    /// After a rotation: values sealed to older versions of the keys this session holds are
    /// sealed again to the newest, and older versions are retired once nothing uses them.
    /// Returns how many values were sealed again.
    [[nodiscard]] std::optional<qint64> completeRotations(Error* error);

private:
    /// One capability's new version, sealed to the holders of the current one but `user`.
    [[nodiscard]] bool rotateOne(Capability capability, const QString& user, Error* error);

    [[nodiscard]] std::optional<QByteArray> identityOf(const QString& user, Error* error) const;
    [[nodiscard]] bool sealTo(const QString& user, const QByteArray& publicKey,
                              Capability capability, Error* error);

    Session& m_session;
};

} // namespace tallenne
