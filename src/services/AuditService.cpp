#include "services/AuditService.h"

#include "crypto/KeySlotFile.h"
#include "services/Session.h"
#include "storage/TransactionGuard.h"

namespace tallenne {

AuditService::AuditService(Session& session) : m_session(session) {}

std::optional<AuditVerification> AuditService::verify(Error* error)
{
    if (!m_session.require(Permission::ReadAuditTrail, QStringLiteral("audit.verify"), {}, error))
        return std::nullopt;
    const auto file = KeySlotFile::load(m_session.paths().keySlots(), error);
    if (!file)
        return std::nullopt;
    const AuditAnchor anchor = file->auditAnchor();
    AuditVerification result =
        AuditLog(m_session.db()).verify(AuditHead{anchor.sequence, anchor.sha256.toHex()});
    // The check itself is recorded after it ran, so it does not verify its own entry.
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(QStringLiteral("audit.verify"), {},
                         result.intact ? QStringLiteral("intact") : QStringLiteral("broken"),
                         error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return result;
}

std::optional<QList<AuditEntry>> AuditService::list(const AuditFilter& filter, Error* error)
{
    if (!m_session.require(Permission::ReadAuditTrail, QStringLiteral("audit.list"), {}, error))
        return std::nullopt;
    QList<AuditEntry> entries = AuditLog(m_session.db()).list(filter, error);
    if (error && error->isError())
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(QStringLiteral("audit.list"), {},
                         QStringLiteral("user=%1 action=%2").arg(filter.user, filter.action),
                         error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return entries;
}

} // namespace tallenne
