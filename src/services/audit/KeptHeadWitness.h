#pragma once

#include "core/Error.h"
#include "crypto/SigningKey.h"
#include "services/audit/AuditWitness.h"
#include "services/audit/SignedHead.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace tallenne {

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
