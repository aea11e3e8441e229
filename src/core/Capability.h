#pragma once

#include "core/Permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tallenne {

/// The keys of DESIGN.md, "Keys per capability". What a role may not see is out of reach of
/// the keys its users hold, not only hidden by the code.
enum class Capability
{
    Register,    ///< the SQLCipher key: every user
    Identifiers, ///< numbers, names, e-mails, identity codes, full transcripts: privacy officers
    Lookup,      ///< the blind index of identifiers: privacy officers, quality managers
    Recordings,  ///< every recording's file key: quality managers, trainers, privacy officers
};

class Capabilities
{
    Q_DECLARE_TR_FUNCTIONS(Capabilities)

public:
    /// "register", "identifiers", "lookup", "recordings": the names in the register.
    [[nodiscard]] static QString id(Capability capability);
    [[nodiscard]] static std::optional<Capability> fromId(const QString& id);
    [[nodiscard]] static QList<Capability> all();
    /// The capabilities besides the register key, which are held per role.
    [[nodiscard]] static QList<Capability> sealedInRegister();
    /// What these roles carry (the table in DESIGN.md): the register key always; identifiers
    /// for privacy officers; the lookup key for privacy officers and quality managers (their
    /// complaint look-ups; an accepted risk, docs/security.md); recordings for quality
    /// managers, trainers and privacy officers. Administrators carry the register key only.
    [[nodiscard]] static bool carries(Roles roles, Capability capability);
    /// Whether the key is a key pair (values are sealed to its public half) or one secret.
    [[nodiscard]] static bool isKeyPair(Capability capability);
    /// The capability's name for people (translated).
    [[nodiscard]] static QString displayName(Capability capability);
};

} // namespace tallenne
