#include "crypto/SigningKey.h"

#include <sodium.h>

namespace tallenne {

namespace {
constexpr char SignDomain[] = "tallenne-sign-v1";

static_assert(SigningKey::PublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(SigningKey::SignatureBytes == crypto_sign_BYTES);
static_assert(crypto_sign_SEEDBYTES == crypto_generichash_BYTES);
} // namespace

SigningKey SigningKey::fromIdentity(const SecretBytes& identitySecret)
{
    SigningKey key;
    if (identitySecret.isNull() || identitySecret.size() != crypto_box_SECRETKEYBYTES ||
        !initialiseSodium())
        return key;
    SecretBytes seed(crypto_sign_SEEDBYTES);
    SecretBytes secret(crypto_sign_SECRETKEYBYTES);
    if (seed.isNull() || secret.isNull())
        return key;
    if (crypto_generichash(
            seed.data(), seed.size(), reinterpret_cast<const unsigned char*>(SignDomain),
            sizeof SignDomain - 1, identitySecret.data(), identitySecret.size()) != 0)
        return key;
    QByteArray publicKey(qsizetype(crypto_sign_PUBLICKEYBYTES), '\0');
    if (crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secret.data(),
                                 seed.data()) != 0)
        return key;
    key.m_secret = std::move(secret);
    key.m_public = publicKey;
    return key;
}

QByteArray SigningKey::sign(QByteArrayView message) const
{
    if (isNull())
        return {};
    QByteArray signature(qsizetype(crypto_sign_BYTES), '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.data()),
                         static_cast<unsigned long long>(message.size()), m_secret.data());
    return signature;
}

bool SigningKey::verify(const QByteArray& publicKey, QByteArrayView message,
                        const QByteArray& signature)
{
    if (publicKey.size() != qsizetype(crypto_sign_PUBLICKEYBYTES) ||
        signature.size() != qsizetype(crypto_sign_BYTES) || !initialiseSodium())
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.data()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

void SigningKey::clear()
{
    m_secret.clear();
    m_public.clear();
}

} // namespace tallenne
