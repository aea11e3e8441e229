#include "crypto/SealedField.h"

#include <QtEndian>

#include <sodium.h>

namespace tallenne {

namespace {

constexpr char fieldContext[] = "tallenne-field-v1";
constexpr std::uint8_t formatVersion = 1;
constexpr std::size_t nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

// k = BLAKE2b-256(key = shared, context || e.public || capability public)
SecretBytes batchKey(const SecretBytes& shared, const QByteArray& ephemeral,
                     const QByteArray& capability)
{
    SecretBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_generichash_state state;
    crypto_generichash_init(&state, shared.data(), shared.size(), key.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(fieldContext),
                              sizeof fieldContext - 1);
    crypto_generichash_update(&state, bytes(ephemeral), std::size_t(ephemeral.size()));
    crypto_generichash_update(&state, bytes(capability), std::size_t(capability.size()));
    crypto_generichash_final(&state, key.data(), key.size());
    sodium_memzero(&state, sizeof state);
    return key;
}

} // namespace

std::optional<CapabilityKeyPair> CapabilityKeyPair::generate(Error* error)
{
    CapabilityKeyPair pair;
    pair.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    pair.secretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
    if (pair.secretKey.isNull() || !initialiseSodium()) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("SealedFieldWriter",
                                         "Locked memory for a key could not be had."));
        return std::nullopt;
    }
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                       pair.secretKey.data());
    return pair;
}

QByteArray CapabilityKeyPair::publicKeyOf(const SecretBytes& secretKey)
{
    QByteArray out(crypto_scalarmult_BYTES, '\0');
    if (secretKey.size() != crypto_scalarmult_SCALARBYTES ||
        crypto_scalarmult_base(reinterpret_cast<unsigned char*>(out.data()), secretKey.data()) != 0)
        return {};
    return out;
}

std::optional<SealedFieldWriter> SealedFieldWriter::start(const QByteArray& capabilityPublicKey,
                                                          Error* error)
{
    if (capabilityPublicKey.size() != crypto_box_PUBLICKEYBYTES) {
        fail(error, ErrorKind::Damaged,
             tr("The register's public key of a capability is not valid."));
        return std::nullopt;
    }
    auto ephemeral = CapabilityKeyPair::generate(error);
    if (!ephemeral)
        return std::nullopt;
    SecretBytes shared(crypto_scalarmult_BYTES);
    if (crypto_scalarmult(shared.data(), ephemeral->secretKey.data(), bytes(capabilityPublicKey)) !=
        0) {
        fail(error, ErrorKind::Damaged,
             tr("The register's public key of a capability is not valid."));
        return std::nullopt;
    }
    SealedFieldWriter writer;
    writer.m_ephemeral = ephemeral->publicKey;
    writer.m_key = batchKey(shared, ephemeral->publicKey, capabilityPublicKey);
    return writer; // e.secret is wiped with `ephemeral`: nobody can derive k again but holders
}

QByteArray SealedFieldWriter::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    Q_ASSERT(m_batchId > 0);
    QByteArray out(qsizetype(1 + 8 + nonceBytes + std::size_t(plaintext.size()) + tagBytes),
                   Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    p[0] = formatVersion;
    qToLittleEndian<qint64>(m_batchId, p + 1);
    unsigned char* nonce = p + 9;
    randombytes_buf(nonce, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + nonceBytes, &written, reinterpret_cast<const unsigned char*>(plaintext.data()),
        std::size_t(plaintext.size()),
        reinterpret_cast<const unsigned char*>(associatedData.data()),
        std::size_t(associatedData.size()), nullptr, nonce, m_key.data());
    return out;
}

SealedFieldReader::SealedFieldReader(const SecretBytes& capabilitySecretKey,
                                     QByteArray capabilityPublicKey, BatchLookup batchPublicKey)
    : m_secret(capabilitySecretKey), m_public(std::move(capabilityPublicKey)),
      m_lookup(std::move(batchPublicKey))
{}

qint64 SealedFieldReader::batchOf(const QByteArray& sealed)
{
    if (std::size_t(sealed.size()) < SealedFieldWriter::Overhead ||
        quint8(sealed.at(0)) != formatVersion)
        return 0;
    return qFromLittleEndian<qint64>(sealed.constData() + 1);
}

std::optional<QByteArray> SealedFieldReader::open(const QByteArray& sealed,
                                                  QByteArrayView associatedData, Error* error)
{
    const auto damaged = [error] {
        fail(error, ErrorKind::Damaged,
             tr("A sealed value of the register does not open: it was altered, moved, or sealed "
                "to another key."));
        return std::nullopt;
    };
    const qint64 batch = batchOf(sealed);
    if (batch <= 0 || m_secret.isNull())
        return damaged();
    auto it = m_keys.find(batch);
    if (it == m_keys.end()) {
        const QByteArray ephemeral = m_lookup ? m_lookup(batch) : QByteArray();
        SecretBytes shared(crypto_scalarmult_BYTES);
        if (ephemeral.size() != crypto_box_PUBLICKEYBYTES ||
            crypto_scalarmult(shared.data(), m_secret.data(), bytes(ephemeral)) != 0)
            return damaged();
        it = m_keys.emplace(batch, batchKey(shared, ephemeral, m_public)).first;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(sealed.constData());
    const std::size_t cipherBytes = std::size_t(sealed.size()) - 1 - 8 - nonceBytes;
    QByteArray plain(qsizetype(cipherBytes - tagBytes), Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr, p + 9 + nonceBytes,
            cipherBytes, reinterpret_cast<const unsigned char*>(associatedData.data()),
            std::size_t(associatedData.size()), p + 9, it->second.data()) != 0)
        return damaged();
    return plain;
}

QByteArray IdentitySeal::seal(const QByteArray& identityPublicKey, const SecretBytes& secret)
{
    if (identityPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray sealed(qsizetype(crypto_box_SEALBYTES + secret.size()), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), secret.data(), secret.size(),
                    bytes(identityPublicKey));
    return sealed;
}

SecretBytes IdentitySeal::open(const QByteArray& identityPublicKey,
                               const SecretBytes& identitySecretKey, const QByteArray& sealed,
                               Error* error)
{
    if (identityPublicKey.size() != crypto_box_PUBLICKEYBYTES ||
        sealed.size() <= qsizetype(crypto_box_SEALBYTES)) {
        fail(error, ErrorKind::Damaged,
             QCoreApplication::translate("SealedFieldReader", "A sealed key has the wrong size."));
        return {};
    }
    SecretBytes secret(std::size_t(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(secret.data(), bytes(sealed), std::size_t(sealed.size()),
                             bytes(identityPublicKey), identitySecretKey.data()) != 0) {
        fail(error, ErrorKind::Damaged,
             QCoreApplication::translate("SealedFieldReader",
                                         "A key sealed to you does not open: it was altered or "
                                         "sealed to someone else."));
        return {};
    }
    return secret;
}

QByteArray BlindIndex::of(const SecretBytes& lookupKey, QStringView kind,
                          QStringView normalisedValue)
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, lookupKey.data(), lookupKey.size());
    const QByteArray k = kind.toUtf8();
    const QByteArray v = normalisedValue.toUtf8();
    const unsigned char separator = 0;
    crypto_auth_hmacsha256_update(&state, bytes(k), std::size_t(k.size()));
    crypto_auth_hmacsha256_update(&state, &separator, 1);
    crypto_auth_hmacsha256_update(&state, bytes(v), std::size_t(v.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    sodium_memzero(&state, sizeof state);
    return QByteArray(reinterpret_cast<const char*>(mac), BlindIndex::Bytes);
}

} // namespace tallenne
