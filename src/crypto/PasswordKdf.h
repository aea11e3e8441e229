#pragma once

#include "core/Error.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>

namespace tallenne {

/// Argon2id cost parameters, stored with each key slot so a slot keeps opening after the
/// defaults change.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;
    int alg = 0; ///< a crypto_pwhash_ALG_* value; only Argon2id 1.3 is accepted

    // Bounds for parameters read from a file: wide enough for any machine we expect, narrow
    // enough that a tampered file cannot ask for a useless or machine-stalling derivation.
    static constexpr quint64 MinOps = 1;
    static constexpr quint64 MaxOps = 20;
    static constexpr quint64 MinMemBytes = 8 * 1024;
    static constexpr quint64 MaxMemBytes = 4ULL * 1024 * 1024 * 1024;

    /// The parameters new slots get: about 0.5 s per derivation on the reference machine.
    static KdfParams standard();
    /// The library minimum (1 pass, 8 KiB). For tests only: it protects nothing.
    static KdfParams forTests();
    /// True for the parameters this program writes into a slot (standard() and forTests()):
    /// any other value in a slot came from a damaged or altered keyslots.json, and a derivation
    /// with it would only read as a wrong password.
    [[nodiscard]] bool isWritten() const;

    /// The only accepted algorithm (crypto_pwhash_ALG_ARGON2ID13), for callers that do not
    /// include sodium.h.
    static int argon2id13();
    /// "argon2id13" for argon2id13(); empty for anything else. The name stored on disk.
    static QString algName(int alg);
    /// The inverse of algName(); -1 when unknown.
    static int algFromName(const QString& name);

    /// Rejects absurd values (ops outside 1–20, memory outside 8 KiB–4 GiB, unknown alg)
    /// with ErrorKind::Damaged, as they only come from a damaged or tampered file.
    [[nodiscard]] bool validate(Error* error) const;

    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

/// Derives keys from passwords with Argon2id (libsodium crypto_pwhash).
class PasswordKdf
{
public:
    static constexpr std::size_t SaltBytes = 16;
    static constexpr std::size_t MinOutBytes = 16;
    static constexpr std::size_t MaxOutBytes = 1024;

    /// `outLen` bytes derived from `password` and a 16-byte salt. On failure returns a null
    /// SecretBytes and sets `error`: Usage for bad arguments, Damaged for out-of-range
    /// parameters, Environment when the memory cannot be had.
    [[nodiscard]] static SecretBytes derive(const SecretBytes& password, const QByteArray& salt16,
                                            const KdfParams& params, std::size_t outLen,
                                            Error* error);

    /// A fresh random salt.
    [[nodiscard]] static QByteArray newSalt();
};

} // namespace tallenne
