#pragma once

#include "core/Capability.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace tallenne {

/// One version of a capability's key as a session holds it.
struct CapabilityKey
{
    Capability capability = Capability::Identifiers;
    int version = 0;
    QByteArray publicKey; ///< the key pair's public half; empty for the lookup key
    SecretBytes secret;   ///< the secret half, or the lookup key itself
};

/// The capability keys a session holds (in locked memory), by capability and version. Older
/// versions stay while values sealed under them wait to be sealed again after a rotation.
/// A key's address stays the same while it is in the ring (readers refer to its secret).
class KeyRing
{
public:
    void add(CapabilityKey key);
    [[nodiscard]] bool holds(Capability capability) const;
    /// The newest version held, or nullptr.
    [[nodiscard]] const CapabilityKey* current(Capability capability) const;
    [[nodiscard]] const CapabilityKey* version(Capability capability, int version) const;
    /// Every version held, newest first.
    [[nodiscard]] std::vector<const CapabilityKey*> all(Capability capability) const;
    /// Drops every version of the capability (handover) and wipes it.
    void drop(Capability capability);
    void clear() { m_keys.clear(); }

private:
    std::vector<std::unique_ptr<CapabilityKey>> m_keys;
};

} // namespace tallenne
