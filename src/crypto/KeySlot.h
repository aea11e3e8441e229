#pragma once

#include "core/Error.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <optional>

namespace tallenne {

/// One envelope of the register's data key (DESIGN.md, "The register on disk"): the 32-byte
/// data key sealed with XChaCha20-Poly1305 under a slot key derived from a secret.
///
/// Slot key:
///   base    = Argon2id(secret, salt, kdf)                        (User, Recovery)
///           = BLAKE2b-256(key = secret, "tallenne-unattended-v1" || salt)   (Unattended)
///   slotKey = BLAKE2b-256(key = base, "tallenne-slot-v1" || 0x00)                  unbound
///           = BLAKE2b-256(key = base, "tallenne-slot-v1" || 0x01 || workstation)   bound
/// Keyed BLAKE2b is a PRF, so with a uniformly random key it is a sound KDF (it is what
/// crypto_kdf uses). The unattended secret is 32 random bytes, so a slow hash would add no
/// strength. Associated data: kind "\0" id "\0" version "\0" registerId, so a slot copied to
/// another user, version or register fails to open.
class KeySlot
{
public:
    enum class Kind
    {
        User,
        Recovery,
        Unattended
    };

    static constexpr std::size_t DataKeyBytes = 32;
    static constexpr std::size_t WorkstationSecretBytes = 32;
    static constexpr std::size_t UnattendedSecretBytes = 32;
    static constexpr std::size_t SaltBytes = PasswordKdf::SaltBytes;
    static constexpr std::size_t NonceBytes = 24;
    static constexpr std::size_t CiphertextBytes = DataKeyBytes + 16;

    /// Seals `dataKey` in a new slot. `secret` is the password (User), the normalised recovery
    /// code (Recovery) or the 32-byte keychain secret (Unattended, `kdf` unused).
    /// `workstationSecret` binds the slot to this workstation; nullptr leaves it unbound.
    static std::optional<KeySlot> create(Kind kind, const QString& id, int version,
                                         const QString& registerId, const SecretBytes& dataKey,
                                         const SecretBytes& secret,
                                         const SecretBytes* workstationSecret, const KdfParams& kdf,
                                         Error* error);

    /// The data key, or a null SecretBytes with `error` set: Authentication when the secret or
    /// workstation is wrong or the slot's sealed parts were altered (one message for all
    /// three), Damaged (naming the slot) when its KDF parameters are not ones this program
    /// writes or its version was altered (the secret opens it under another version),
    /// Environment when the slot is bound and no workstation secret is given.
    [[nodiscard]] SecretBytes unwrap(const QString& registerId, const SecretBytes& secret,
                                     const SecretBytes* workstationSecret, Error* error) const;

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] bool isBound() const { return m_bound; }
    /// Unset for unattended slots, which use no password derivation.
    [[nodiscard]] std::optional<KdfParams> kdf() const { return m_kdf; }
    [[nodiscard]] QByteArray salt() const { return m_salt; }
    [[nodiscard]] QByteArray nonce() const { return m_nonce; }
    [[nodiscard]] QByteArray ciphertext() const { return m_ciphertext; }
    [[nodiscard]] QDateTime created() const { return m_created; }

    /// The slot's identity (see services/Vault): the X25519 public key whose secret half this
    /// slot wraps, and the data key sealed to it (crypto_box_seal). Sealing needs only the
    /// public key, so a rekey re-seals every slot without anyone's password.
    static constexpr std::size_t PublicKeyBytes = 32;
    static constexpr std::size_t SealedKeyBytes = 32 + 48;
    [[nodiscard]] QByteArray publicKey() const { return m_publicKey; }
    [[nodiscard]] QByteArray sealedKey() const { return m_sealedKey; }
    void setIdentity(const QByteArray& publicKey, const QByteArray& sealedKey)
    {
        m_publicKey = publicKey;
        m_sealedKey = sealedKey;
        m_sealTag.clear();
    }

    /// The slot's tag under the register's data key: keyed BLAKE2b-256 over every field of the
    /// slot (kind, id, version, binding, KDF, salt, nonce, ciphertext, creation time, public and
    /// sealed key). The database keeps each slot's public key but nothing of its sealed key or
    /// its wrapped identity, so this tag is what lets `verify` find a slot altered in
    /// keyslots.json whose owner is not the one logging in (the recovery slot above all).
    /// Whoever holds the data key can make one: it tells damage and outsiders' edits, not a
    /// register key holder's.
    static constexpr std::size_t SealTagBytes = 32;
    [[nodiscard]] QByteArray computeSealTag(const SecretBytes& dataKey) const;
    /// The tag written with the slot (empty for slots written before tags were kept).
    [[nodiscard]] QByteArray sealTag() const { return m_sealTag; }
    void setSealTag(const QByteArray& tag) { m_sealTag = tag; }

    /// "The key slot of user NAME", "The recovery key slot", …: the slot named for people.
    [[nodiscard]] QString describe() const;

    /// "user", "recovery", "unattended": the names on disk and in the associated data.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    /// The id a Recovery or Unattended slot must have; empty for User.
    static QString fixedId(Kind kind);

    [[nodiscard]] QJsonObject toJson() const;
    /// Strict parse; on failure sets ErrorKind::Damaged with `path` (e.g. "slots[2]") and the
    /// offending field in the message.
    static std::optional<KeySlot> fromJson(const QJsonValue& value, const QString& path,
                                           Error* error);

private:
    KeySlot() = default;
    [[nodiscard]] QByteArray associatedData(const QString& registerId) const;
    /// Another version under which `key` opens the slot, when one does (the version was
    /// altered in the file).
    [[nodiscard]] std::optional<int> versionThatOpens(const SecretBytes& key,
                                                      const QString& registerId) const;
    [[nodiscard]] SecretBytes slotKey(const SecretBytes& secret,
                                      const SecretBytes* workstationSecret, Error* error) const;

    Kind m_kind = Kind::User;
    QString m_id;
    int m_version = 1;
    bool m_bound = false;
    std::optional<KdfParams> m_kdf;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_ciphertext;
    QDateTime m_created;
    QByteArray m_publicKey;
    QByteArray m_sealedKey;
    QByteArray m_sealTag;
};

} // namespace tallenne
