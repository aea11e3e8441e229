#pragma once

#include "core/Error.h"

#include <QCoreApplication>

#include <optional>

namespace tallenne {

class Session;

/// Whether the unattended purge can run on this machine.
struct UnattendedStatus
{
    bool enabled = false;             ///< the register has an unattended key slot
    bool secretOnThisMachine = false; ///< this machine's OS keychain holds its secret
};

/// The unattended key slot (DESIGN.md "The register on disk", issue [10]): the register key
/// sealed under a random 32-byte secret that lives only in the OS keychain of the machine that
/// runs the scheduled purge (`tallenne-admin purge --unattended`, packaging/tallenne-purge.*).
/// It holds the register key only (per [8]): the purge deletes rows and key rows and needs no
/// plaintext; and its session may purge and nothing else (Session::openUnattended()).
/// Administrators only (Permission::ManageUsers: a slot opens the register), audited
/// (`unattended.enable`, `unattended.disable`, with the slot's signing key as `key.add`).
class UnattendedService
{
    Q_DECLARE_TR_FUNCTIONS(UnattendedService)

public:
    explicit UnattendedService(Session& session);

    /// Creates the slot and stores its secret in this machine's keychain; enabling again
    /// replaces both (the old secret opens nothing).
    [[nodiscard]] bool enable(Error* error);
    /// Removes the slot and the keychain entry.
    [[nodiscard]] bool disable(Error* error);
    [[nodiscard]] std::optional<UnattendedStatus> status(Error* error);

private:
    Session& m_session;
};

} // namespace tallenne
