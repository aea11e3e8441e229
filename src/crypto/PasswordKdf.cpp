#include "crypto/PasswordKdf.h"

#include <QCoreApplication>

#include <sodium.h>

namespace tallenne {

KdfParams KdfParams::standard()
{
    // Measured on the reference machine (AMD EPYC, libsodium 1.0.18, best of 3):
    // 4 passes over 256 MiB take 0.54 s (3 passes: 0.43 s, 4 × 128 MiB: 0.23 s).
    // Memory is the cost that hurts GPU attackers most, so it is raised first.
    return {4, 256ULL * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13};
}

KdfParams KdfParams::forTests()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN,
            crypto_pwhash_ALG_ARGON2ID13};
}

bool KdfParams::isWritten() const
{
    return *this == standard() || *this == forTests();
}

int KdfParams::argon2id13()
{
    return crypto_pwhash_ALG_ARGON2ID13;
}

QString KdfParams::algName(int alg)
{
    return alg == crypto_pwhash_ALG_ARGON2ID13 ? QStringLiteral("argon2id13") : QString();
}

int KdfParams::algFromName(const QString& name)
{
    return name == QLatin1String("argon2id13") ? crypto_pwhash_ALG_ARGON2ID13 : -1;
}

bool KdfParams::validate(Error* error) const
{
    if (alg != crypto_pwhash_ALG_ARGON2ID13)
        return fail(error, ErrorKind::Damaged,
                    QCoreApplication::translate(
                        "PasswordKdf",
                        "unknown key derivation algorithm %1; only Argon2id 1.3 is supported")
                        .arg(alg));
    if (opsLimit < MinOps || opsLimit > MaxOps)
        return fail(
            error, ErrorKind::Damaged,
            QCoreApplication::translate("PasswordKdf", "Argon2id pass count %1 is outside %2–%3")
                .arg(opsLimit)
                .arg(MinOps)
                .arg(MaxOps));
    if (memLimitBytes < MinMemBytes || memLimitBytes > MaxMemBytes)
        return fail(error, ErrorKind::Damaged,
                    QCoreApplication::translate(
                        "PasswordKdf", "Argon2id memory %1 bytes is outside %2 bytes–%3 bytes")
                        .arg(memLimitBytes)
                        .arg(MinMemBytes)
                        .arg(MaxMemBytes));
    return true;
}

SecretBytes PasswordKdf::derive(const SecretBytes& password, const QByteArray& salt16,
                                const KdfParams& params, std::size_t outLen, Error* error)
{
    if (!initialiseSodium()) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("PasswordKdf",
                                         "The cryptography library could not start."));
        return {};
    }
    if (password.isNull()) {
        fail(error, ErrorKind::Usage,
             QCoreApplication::translate("PasswordKdf",
                                         "No password was given to the key derivation."));
        return {};
    }
    if (static_cast<std::size_t>(salt16.size()) != SaltBytes) {
        fail(error, ErrorKind::Usage,
             QCoreApplication::translate("PasswordKdf",
                                         "The key derivation salt must be %1 bytes, not %2.")
                 .arg(SaltBytes)
                 .arg(salt16.size()));
        return {};
    }
    if (outLen < MinOutBytes || outLen > MaxOutBytes) {
        fail(error, ErrorKind::Usage,
             QCoreApplication::translate("PasswordKdf",
                                         "The derived key length %1 is outside %2–%3 bytes.")
                 .arg(outLen)
                 .arg(MinOutBytes)
                 .arg(MaxOutBytes));
        return {};
    }
    if (!params.validate(error))
        return {};

    SecretBytes out(outLen);
    if (out.isNull()) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("PasswordKdf", "No locked memory is left for a key."));
        return {};
    }
    const int rc =
        crypto_pwhash(out.data(), outLen, password.constChars(), password.size(),
                      reinterpret_cast<const unsigned char*>(salt16.constData()), params.opsLimit,
                      static_cast<std::size_t>(params.memLimitBytes), params.alg);
    if (rc != 0) {
        // libsodium fails here only when the memory cannot be allocated.
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate(
                 "PasswordKdf",
                 "The password key derivation needs %1 MiB of memory, which the system refused.")
                 .arg(params.memLimitBytes / (1024 * 1024)));
        return {};
    }
    return out;
}

QByteArray PasswordKdf::newSalt()
{
    QByteArray salt(static_cast<qsizetype>(SaltBytes), '\0');
    if (initialiseSodium())
        randombytes_buf(salt.data(), SaltBytes);
    return salt;
}

} // namespace tallenne
