#pragma once

#include "core/Capability.h"
#include "core/Error.h"
#include "crypto/KeyRing.h"
#include "crypto/SealedField.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tallenne {

/// A capability key's version as the register lists it (public half only).
struct CapabilityKeyRow
{
    Capability capability = Capability::Identifiers;
    int version = 0;
    QByteArray publicKey; ///< empty for the lookup key
};

/// A capability key sealed to one key slot's identity (crypto_box_seal).
struct CapabilitySealRow
{
    Capability capability = Capability::Identifiers;
    int version = 0;
    QString slotKind; ///< KeySlot::kindName: user, recovery
    QString slotId;
    QByteArray sealed;
};

/// A grant that waits for someone who holds the key to seal it to its user.
struct PendingGrant
{
    QString user;
    Capability capability = Capability::Identifiers;
    QString requestedBy;
    QDateTime requestedAt;
};

/// The capability keys in the register (schema step 7): their public halves and versions,
/// their secret halves sealed to each holder's key slot identity, the pending grants, and the
/// ephemeral keys of sealed-value batches (SealedFieldWriter). Storage only: KeyService
/// decides who gets what and audits it.
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)

public:
    explicit KeyStore(QSqlDatabase db);

    [[nodiscard]] std::optional<CapabilityKeyRow> current(Capability capability,
                                                          Error* error) const;
    [[nodiscard]] std::optional<QList<CapabilityKeyRow>> versions(Capability capability,
                                                                  Error* error) const;
    [[nodiscard]] bool addKey(const CapabilityKeyRow& key, const QString& createdBy,
                              const QDateTime& at, Error* error);

    /// Every seal for one slot (every capability and version).
    [[nodiscard]] std::optional<QList<CapabilitySealRow>>
    sealsFor(const QString& slotKind, const QString& slotId, Error* error) const;
    /// The user slots holding a capability's version.
    [[nodiscard]] std::optional<QStringList> holders(Capability capability, int version,
                                                     Error* error) const;
    [[nodiscard]] bool addSeal(const CapabilitySealRow& seal, const QString& sealedBy,
                               const QDateTime& at, Error* error);
    /// Removes a slot's seals of every version of the capability (or of all capabilities
    /// when `capability` is nullopt).
    [[nodiscard]] bool removeSeals(const QString& slotKind, const QString& slotId,
                                   std::optional<Capability> capability, Error* error);

    [[nodiscard]] bool addGrant(const PendingGrant& grant, Error* error);
    [[nodiscard]] bool removeGrant(const QString& user, Capability capability, Error* error);
    [[nodiscard]] bool removeGrants(const QString& user, Error* error);
    [[nodiscard]] std::optional<QList<PendingGrant>> pendingGrants(Error* error) const;

    /// A new batch of sealed values: stores e.public, returns its id.
    [[nodiscard]] std::optional<qint64> addBatch(Capability capability, int version,
                                                 const QByteArray& ephemeralPublicKey,
                                                 Error* error);
    /// A writer sealing to the capability's current public key, its batch stored (in the
    /// caller's transaction).
    [[nodiscard]] std::optional<SealedFieldWriter> newWriter(Capability capability, Error* error);
    /// A reader of values sealed to `key` (any of its batches).
    [[nodiscard]] SealedFieldReader reader(const CapabilityKey& key) const;

    /// e.public of a batch, empty when unknown.
    [[nodiscard]] QByteArray batchPublicKey(qint64 batchId) const;
    /// The capability version a batch was sealed to (0 when unknown).
    [[nodiscard]] int batchVersion(qint64 batchId) const;

private:
    QSqlDatabase m_db;
    mutable QHash<qint64, std::pair<QByteArray, int>> m_batches; ///< cache: batches never change
};

} // namespace tallenne
