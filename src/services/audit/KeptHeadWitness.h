#pragma once

#include "core/Error.h"
#include "crypto/SigningKey.h"
#include "services/audit/AuditWitness.h"

#include <QCoreApplication>
#include <QDateTime>

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

/// A kept signed head as a witness: the chain must still hold the entry it names, and its
/// signer's key must be one the chain introduced for them.
class KeptHeadWitness : public AuditWitness
{
    Q_DECLARE_TR_FUNCTIONS(KeptHeadWitness)

public:
    explicit KeptHeadWitness(SignedHead head) : m_head(std::move(head)) {}
    /// Reads and checks a head file: InputRejected when it is not a head or its signature does
    /// not verify (it was altered).
    [[nodiscard]] static std::optional<SignedHead> load(const QString& path, Error* error);

    [[nodiscard]] QString name() const override { return QStringLiteral("kept head"); }
    /// Kept heads are made by a person with `audit head`, not at each commit.
    void record(const WitnessHead&) override {}
    [[nodiscard]] WitnessCheck check(const AuditChainFacts& chain) const override;

private:
    SignedHead m_head;
};

} // namespace tallenne
