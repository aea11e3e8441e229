#pragma once

#include "core/Error.h"
#include "services/audit/AuditVerifier.h"
#include "services/audit/KeptHeadWitness.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>

#include <optional>

namespace tallenne {

class Session;

/// Reading and verifying the audit trail, and signed heads to keep outside the register
/// (administrators).
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(Session& session);

    /// The chain (AuditVerifier) and every witness: the system journal, the kept head when one
    /// is given, and the keyslots.json anchor. Audited.
    [[nodiscard]] std::optional<AuditVerification>
    verify(Error* error, const std::optional<SignedHead>& keptHead = std::nullopt);
    [[nodiscard]] std::optional<QList<AuditEntry>> list(const AuditFilter& filter, Error* error);
    /// Writes an `audit.head` entry and returns the head it makes, signed by this session's
    /// user, for `tallenne-admin audit head`.
    [[nodiscard]] std::optional<SignedHead> head(Error* error);

    /// verify() without the permission check and the audit entry (RegisterService::verify).
    [[nodiscard]] static std::optional<AuditVerification>
    check(Session& session, const std::optional<SignedHead>& keptHead, Error* error);
    /// One line for people: entries, unsigned entries, pending introductions.
    [[nodiscard]] static QString summary(const AuditVerification& result);
    /// The witness's name for people.
    [[nodiscard]] static QString witnessName(const WitnessCheck& check);

private:
    Session& m_session;
};

} // namespace tallenne
