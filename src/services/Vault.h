#pragma once

#include "core/Error.h"
#include "crypto/KeySlot.h"
#include "crypto/KeySlotFile.h"
#include "crypto/SecretBytes.h"
#include "crypto/SigningKey.h"
#include "services/Session.h"

#include <QSqlDatabase>

#include <optional>

namespace tallenne {

/// The key design of DESIGN.md on top of KeySlot: every slot holds an X25519 identity whose
/// secret half is wrapped under the slot key (password + Argon2id [+ workstation secret]),
/// and the data key is sealed to the identity's public half (crypto_box_seal).
///
/// Sealing needs only public keys, so a rekey re-seals the new data key for every slot
/// without anyone's password, and a removed user's old slot opens nothing after a rekey.
/// The workstation secret is escrowed to the recovery identity, so the recovery code can
/// bind a copied register to a new workstation.
class Vault
{
public:
    [[nodiscard]] static KdfParams kdfFor(const VaultOptions& options);

    /// A new slot with a fresh identity, the data key sealed to it. `signingKey`, when given,
    /// receives the identity's audit signing key (SigningKey::fromIdentity), so the caller can
    /// introduce it in the audit trail and sign with it.
    [[nodiscard]] static std::optional<KeySlot>
    createSlot(KeySlot::Kind kind, const QString& id, int version, const QString& registerId,
               const SecretBytes& dataKey, const SecretBytes& secret,
               const SecretBytes* workstationSecret, const KdfParams& kdf, Error* error,
               SigningKey* signingKey = nullptr);
    /// The identity's secret key (wrong secret → Authentication).
    [[nodiscard]] static SecretBytes openIdentity(const KeySlot& slot, const QString& registerId,
                                                  const SecretBytes& secret,
                                                  const SecretBytes* workstationSecret,
                                                  Error* error);
    /// The data key sealed in the slot, given the identity's secret key.
    [[nodiscard]] static SecretBytes openSealed(const KeySlot& slot, const QByteArray& sealed,
                                                const SecretBytes& identity, Error* error);
    /// Seals any 32-byte secret to a slot's identity.
    [[nodiscard]] static QByteArray seal(const KeySlot& slot, const SecretBytes& secret);
    /// Re-seals a new data key into the slot, and tags the slot under it (KeySlot::sealTag).
    static void reseal(KeySlot& slot, const SecretBytes& dataKey);

    /// Records (or replaces) the slot's public key in the database, in the caller's transaction.
    [[nodiscard]] static bool recordIdentity(QSqlDatabase db, const KeySlot& slot, Error* error);
    [[nodiscard]] static bool forgetIdentity(QSqlDatabase db, KeySlot::Kind kind, const QString& id,
                                             Error* error);
    /// Damaged unless every slot's public key is the one recorded in the database: a slot
    /// whose key was swapped in keyslots.json must not receive the data key.
    [[nodiscard]] static bool checkIdentities(QSqlDatabase db, const KeySlotFile& file,
                                              Error* error);

    /// The workstation secret from the keychain when the register is bound, else null
    /// without error. Environment error when the keychain cannot give it.
    [[nodiscard]] static SecretBytes workstationSecret(const KeySlotFile& file,
                                                       const VaultOptions& options, Error* error,
                                                       bool* required = nullptr);
    /// The workstation secret a slot needs to open: null without error when the slot is not
    /// bound; ErrorKind::Damaged, naming the slot, when it is bound but keyslots.json says the
    /// register is not (binding.enabled altered); else workstationSecret().
    [[nodiscard]] static SecretBytes slotWorkstationSecret(const KeySlotFile& file,
                                                           const KeySlot& slot,
                                                           const VaultOptions& options,
                                                           Error* error);
};

} // namespace tallenne
