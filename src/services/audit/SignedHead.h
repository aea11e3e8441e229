#pragma once

#include "core/Error.h"
#include "crypto/SigningKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tallenne {

/// A head of the chain signed by the administrator who asked for it (`tallenne-admin audit
/// head`), to keep away from the register or send to the data protection officer:
///
///   {"format": "tallenne.audit-head/1", "register": "<id>", "sequence": 1234,
///    "hash": "<hex>", "signer": "anna", "signer_key": "<hex>",
///    "time": "2026-12-01T09:00:00Z", "signature": "<hex>"}
///
/// The signature is Ed25519 by the signer's audit key over the length-prefixed format,
/// register, sequence, hash, signer, signer_key and time.
struct SignedHead
{
    static constexpr char Format[] = "tallenne.audit-head/1";

    QString registerId;
    qint64 sequence = 0;
    QByteArray hash;      ///< hex
    QString signer;       ///< user name
    QByteArray signerKey; ///< raw Ed25519 public key
    QDateTime time;       ///< UTC, whole seconds
    QByteArray signature; ///< raw

    [[nodiscard]] static SignedHead make(const QString& registerId, qint64 sequence,
                                         const QByteArray& hash, const QString& signer,
                                         const SigningKey& key, const QDateTime& time);
    [[nodiscard]] QByteArray message() const;
    [[nodiscard]] bool signatureValid() const;
    [[nodiscard]] QByteArray toJson() const;
    /// Strict: every field present, nothing else; ErrorKind::InputRejected otherwise.
    [[nodiscard]] static std::optional<SignedHead> fromJson(const QByteArray& json, Error* error);
};

} // namespace tallenne
