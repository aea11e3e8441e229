#pragma once

#include "core/Permissions.h"

#include <QList>
#include <QString>

namespace tallenne {

/// One operation a service guards with Session::require(): its audit action and the permission
/// it is checked against.
struct Operation
{
    const char* action; ///< the audit action, e.g. "user.add"
    Permission permission;
};

/// The registry of guarded operations: every (action, permission) pair a service passes to
/// Session::require() is declared here, next to the permissions. Session::require() refuses
/// (and audits) a pair that is not, so an operation added without its row fails at its first
/// call, and the permission matrix test (tests/services/tst_permissionmatrix) holds this list
/// to the roles table of DESIGN.md. An action checked under either of two permissions (playback
/// by purpose, the audit trail whole or of one's own requests) has a row for each.
class Operations
{
public:
    [[nodiscard]] static QList<Operation> all();
    /// True when `action` is declared with `permission`.
    [[nodiscard]] static bool declares(const QString& action, Permission permission);
};

} // namespace tallenne
