#pragma once

#include "core/Error.h"
#include "storage/AuditLog.h"

namespace tallenne {

class Session;

/// Reading and verifying the audit trail (administrators).
class AuditService
{
public:
    explicit AuditService(Session& session);

    [[nodiscard]] std::optional<AuditVerification> verify(Error* error);
    [[nodiscard]] std::optional<QList<AuditEntry>> list(const AuditFilter& filter, Error* error);

private:
    Session& m_session;
};

} // namespace tallenne
