#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace tallenne {

/// An identity's Ed25519 key pair for signing the audit trail (DESIGN.md, "Audit trail").
///
/// It is derived from the X25519 secret key that the identity's key slot wraps:
///   seed = BLAKE2b-256(key = identity secret, "tallenne-sign-v1")
///   (public, secret) = crypto_sign_seed_keypair(seed)
/// so every slot, old ones included, has a signing key without a change of the slot format,
/// and whoever cannot open the slot cannot sign as its holder. Keyed BLAKE2b with a uniformly
/// random key is a PRF; the domain string keeps this key apart from every other use of the
/// identity secret. Movable, not copyable; the secret half lives in a SecretBytes.
class SigningKey
{
public:
    static constexpr std::size_t PublicKeyBytes = 32;
    static constexpr std::size_t SignatureBytes = 64;

    SigningKey() = default;
    /// Null (isNull()) when the identity secret has the wrong size or no locked memory is left.
    [[nodiscard]] static SigningKey fromIdentity(const SecretBytes& identitySecret);

    [[nodiscard]] bool isNull() const { return m_secret.isNull(); }
    /// The raw 32-byte public key.
    [[nodiscard]] const QByteArray& publicKey() const { return m_public; }
    /// The detached 64-byte signature of `message` (empty when the key is null).
    [[nodiscard]] QByteArray sign(QByteArrayView message) const;
    /// True when `signature` is a valid signature of `message` by `publicKey` (raw bytes).
    [[nodiscard]] static bool verify(const QByteArray& publicKey, QByteArrayView message,
                                     const QByteArray& signature);
    /// Wipes the secret half now.
    void clear();

private:
    SecretBytes m_secret; ///< crypto_sign_SECRETKEYBYTES (seed || public key)
    QByteArray m_public;
};

} // namespace tallenne
