#include "core/Capability.h"

namespace tallenne {

QString Capabilities::id(Capability capability)
{
    switch (capability) {
    case Capability::Register:
        return QStringLiteral("register");
    case Capability::Identifiers:
        return QStringLiteral("identifiers");
    case Capability::Lookup:
        return QStringLiteral("lookup");
    case Capability::Recordings:
        return QStringLiteral("recordings");
    }
    return {};
}

std::optional<Capability> Capabilities::fromId(const QString& id)
{
    for (Capability c : all()) {
        if (Capabilities::id(c) == id)
            return c;
    }
    return std::nullopt;
}

QList<Capability> Capabilities::all()
{
    return {Capability::Register, Capability::Identifiers, Capability::Lookup,
            Capability::Recordings};
}

QList<Capability> Capabilities::sealedInRegister()
{
    return {Capability::Identifiers, Capability::Lookup, Capability::Recordings};
}

bool Capabilities::carries(Roles roles, Capability capability)
{
    switch (capability) {
    case Capability::Register:
        return roles != Roles();
    case Capability::Identifiers:
        return roles.testFlag(Role::PrivacyOfficer);
    case Capability::Lookup:
        return roles.testFlag(Role::PrivacyOfficer) || roles.testFlag(Role::QualityManager);
    case Capability::Recordings:
        return roles.testFlag(Role::QualityManager) || roles.testFlag(Role::Trainer) ||
               roles.testFlag(Role::PrivacyOfficer);
    }
    return false;
}

bool Capabilities::isKeyPair(Capability capability)
{
    return capability == Capability::Identifiers || capability == Capability::Recordings;
}

QString Capabilities::displayName(Capability capability)
{
    switch (capability) {
    case Capability::Register:
        return tr("the register key");
    case Capability::Identifiers:
        return tr("the identifier key");
    case Capability::Lookup:
        return tr("the lookup key");
    case Capability::Recordings:
        return tr("the recordings key");
    }
    return {};
}

} // namespace tallenne
