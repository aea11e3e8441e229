#include "crypto/KeyRing.h"

#include <algorithm>

namespace tallenne {

void KeyRing::add(CapabilityKey key)
{
    if (version(key.capability, key.version))
        return; // one copy of each version
    m_keys.push_back(std::make_unique<CapabilityKey>(std::move(key)));
}

bool KeyRing::holds(Capability capability) const
{
    return current(capability) != nullptr;
}

const CapabilityKey* KeyRing::current(Capability capability) const
{
    const CapabilityKey* best = nullptr;
    for (const auto& k : m_keys) {
        if (k->capability == capability && (!best || k->version > best->version))
            best = k.get();
    }
    return best;
}

const CapabilityKey* KeyRing::version(Capability capability, int v) const
{
    for (const auto& k : m_keys) {
        if (k->capability == capability && k->version == v)
            return k.get();
    }
    return nullptr;
}

std::vector<const CapabilityKey*> KeyRing::all(Capability capability) const
{
    std::vector<const CapabilityKey*> out;
    for (const auto& k : m_keys) {
        if (k->capability == capability)
            out.push_back(k.get());
    }
    std::sort(out.begin(), out.end(), [](const CapabilityKey* a, const CapabilityKey* b) {
        return a->version > b->version;
    });
    return out;
}

void KeyRing::drop(Capability capability)
{
    m_keys.erase(std::remove_if(m_keys.begin(), m_keys.end(),
                                [capability](const std::unique_ptr<CapabilityKey>& k) {
                                    return k->capability == capability;
                                }),
                 m_keys.end());
}

} // namespace tallenne
