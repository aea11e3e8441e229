#pragma once

#include "crypto/KeySlotFile.h"
#include "services/audit/AuditWitness.h"

#include <QCoreApplication>

namespace tallenne {

/// The anchor in keyslots.json as a witness: the head as of the last commit on this folder.
/// It lives beside the database, so whoever can rewrite the database can rewrite it too; it
/// catches accidents and careless tampering, and verification never rests on it alone.
/// Session::advanceAnchor moves it when keyslots.json is saved, so record() does nothing.
class AnchorWitness : public AuditWitness
{
    Q_DECLARE_TR_FUNCTIONS(AnchorWitness)

public:
    explicit AnchorWitness(const AuditAnchor& anchor) : m_anchor(anchor) {}

    [[nodiscard]] QString name() const override { return QStringLiteral("anchor"); }
    void record(const WitnessHead&) override {}
    [[nodiscard]] WitnessCheck check(const AuditChainFacts& chain) const override;

private:
    AuditAnchor m_anchor;
};

} // namespace tallenne
