#include "services/audit/AnchorWitness.h"

namespace tallenne {

WitnessCheck AnchorWitness::check(const AuditChainFacts& chain) const
{
    WitnessCheck result{name(), WitnessCheck::State::Contradicts, {}, {}};
    if (m_anchor.sequence <= 0) {
        result.state = WitnessCheck::State::Unavailable;
        result.detail = tr("keyslots.json holds no anchor");
        return result;
    }
    if (chain.beforeCheckpoint(m_anchor.sequence)) {
        result.state = WitnessCheck::State::Unavailable;
        result.detail = tr("keyslots.json anchors entry %1, before the audit checkpoint at entry "
                           "%2: purged on the trail's retention period, it cannot be compared")
                            .arg(m_anchor.sequence)
                            .arg(chain.checkpointCut);
        return result;
    }
    const auto hash = chain.hashAt(m_anchor.sequence);
    if (m_anchor.sequence > chain.length) {
        result.detail = tr("the audit trail ends at entry %1, but keyslots.json anchors entry %2: "
                           "the tail of the trail was removed")
                            .arg(chain.length)
                            .arg(m_anchor.sequence);
    } else if (!hash || *hash != m_anchor.sha256.toHex()) {
        // The anchor may lag the chain by the entries of a crash between commit and save,
        // but the entry it names must be the one in the chain.
        result.detail = tr("entry %1 is not the entry keyslots.json anchors: the trail was "
                           "rewritten")
                            .arg(m_anchor.sequence);
    } else {
        result.state = WitnessCheck::State::Consistent;
        result.detail = tr("keyslots.json anchors entry %1 (inside the register folder: it "
                           "cannot prove anything alone)")
                            .arg(m_anchor.sequence);
    }
    return result;
}

} // namespace tallenne
