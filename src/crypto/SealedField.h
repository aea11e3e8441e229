#pragma once

#include "core/Error.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>
#include <unordered_map>

namespace tallenne {

/// An X25519 key pair of a capability (DESIGN.md, "Keys per capability"): the public half is
/// in the register for every writer; the secret half is sealed to the holders only.
struct CapabilityKeyPair
{
    QByteArray publicKey;  ///< 32 bytes
    SecretBytes secretKey; ///< 32 bytes

    [[nodiscard]] static std::optional<CapabilityKeyPair> generate(Error* error);
    /// The public half of a secret key (to check that a sealed secret matches its public key).
    [[nodiscard]] static QByteArray publicKeyOf(const SecretBytes& secretKey);
};

/// Values sealed to a capability's public key, so that anyone who holds the register may
/// write them (an importer) and only the holders of the capability's secret key read them:
/// identifiers, full transcripts, recordings' file keys.
///
/// Written in batches (an import's transaction, a migration): a batch draws one ephemeral
/// X25519 key pair e and derives
///     k = BLAKE2b-256(key = X25519(e.secret, capability public), "tallenne-field-v1" ||
///                     e.public || capability public)
/// and each value is XChaCha20-Poly1305-IETF under k with a fresh random nonce:
///     sealed = 0x01 || batch id (8 bytes, little endian) || nonce (24) || ciphertext || tag (16)
/// The batch's e.public is stored once under its id (table sealed_batches, written by the
/// caller). One scalar multiplication per batch instead of one per value keeps an import of a
/// million calls fast. The associated data names the place of the value (table, column and
/// the row's own key), so a value copied to another row or column does not open.
class SealedFieldWriter
{
    Q_DECLARE_TR_FUNCTIONS(SealedFieldWriter)

public:
    static constexpr std::size_t Overhead = 1 + 8 + 24 + 16;

    /// A batch for `capabilityPublicKey`. The caller stores ephemeralPublicKey() and tells
    /// the id it got with setBatchId() before the first seal().
    [[nodiscard]] static std::optional<SealedFieldWriter>
    start(const QByteArray& capabilityPublicKey, Error* error);

    void setBatchId(qint64 id) { m_batchId = id; }
    [[nodiscard]] qint64 batchId() const { return m_batchId; }
    /// e.public, to store under batchId().
    [[nodiscard]] const QByteArray& ephemeralPublicKey() const { return m_ephemeral; }
    [[nodiscard]] QByteArray seal(QByteArrayView plaintext, QByteArrayView associatedData) const;

private:
    SealedFieldWriter() = default;

    qint64 m_batchId = 0;
    QByteArray m_ephemeral;
    SecretBytes m_key;
};

/// Opens sealed values with a capability's secret key; remembers each batch's derived key.
class SealedFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(SealedFieldReader)

public:
    /// `batchPublicKey` answers a batch id with its e.public (empty when unknown).
    using BatchLookup = std::function<QByteArray(qint64 batchId)>;

    SealedFieldReader(const SecretBytes& capabilitySecretKey, QByteArray capabilityPublicKey,
                      BatchLookup batchPublicKey);

    /// The plaintext, or nullopt with ErrorKind::Damaged when the value was altered, moved to
    /// another place (associated data), or sealed to another key.
    [[nodiscard]] std::optional<QByteArray> open(const QByteArray& sealed,
                                                 QByteArrayView associatedData, Error* error);
    /// The batch id a sealed value names (for rotation and checks); 0 when malformed.
    [[nodiscard]] static qint64 batchOf(const QByteArray& sealed);
    /// Forgets the derived keys (wiped).
    void clear() { m_keys.clear(); }

private:
    const SecretBytes& m_secret;
    QByteArray m_public;
    BatchLookup m_lookup;
    std::unordered_map<qint64, SecretBytes> m_keys;
};

/// A capability's secret sealed to one key slot's identity (crypto_box_seal to the identity's
/// X25519 public key): anyone may seal to an identity, only its owner opens.
class IdentitySeal
{
public:
    [[nodiscard]] static QByteArray seal(const QByteArray& identityPublicKey,
                                         const SecretBytes& secret);
    /// Null SecretBytes with ErrorKind::Damaged when it does not open.
    [[nodiscard]] static SecretBytes open(const QByteArray& identityPublicKey,
                                          const SecretBytes& identitySecretKey,
                                          const QByteArray& sealed, Error* error);
};

/// The keyed blind index of identifiers (DESIGN.md: the lookup key): HMAC-SHA-256 of the
/// identifier's kind and normalised value, the first 16 bytes. Equal identifiers give equal
/// index values under one key, so a call or subject is found without the value being stored
/// in clear; without the key the index says nothing (short values such as phone numbers
/// could be enumerated by whoever holds the key, which is why it is a capability of its own).
class BlindIndex
{
public:
    static constexpr std::size_t Bytes = 16;
    [[nodiscard]] static QByteArray of(const SecretBytes& lookupKey, QStringView kind,
                                       QStringView normalisedValue);
};

} // namespace tallenne
