#pragma once

#include "core/Error.h"
#include "services/RegisterPaths.h"
#include "services/audit/AuditTrailView.h"
#include "services/audit/AuditVerifier.h"
#include "services/audit/KeptHeadWitness.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>

#include <functional>

#include <optional>

namespace tallenne {

class Session;

/// What a verification needs besides a database connection, so that it can run on a thread of
/// its own (AuditVerifyTask) with a connection of its own.
struct AuditCheckInput
{
    RegisterPaths paths;
    QString userName;
    QByteArray publicKey; ///< the verifying user's own signing key (raw)
    std::optional<SignedHead> keptHead;
};

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
    /// Hands the entries `filter` selects (its offset and limit aside) that came before the
    /// entry `beforeSequence` (0: from the newest), newest first, to `visit` as they are read,
    /// a page at a time: the list is never held whole (`tallenne-admin audit list`), and at most
    /// `limit` of them (0: all). For administrators. The entries are those there were when the
    /// listing began, so pages do not shift while others write; its `audit.list` entry, with the
    /// filter and the number that matched, is written before any is read. `visit` returns false
    /// to stop. Returns the number of entries handed over.
    [[nodiscard]] std::optional<qint64> list(const AuditFilter& filter, qint64 beforeSequence,
                                             qint64 limit,
                                             const std::function<bool(const AuditEntry&)>& visit,
                                             Error* error);

    /// Opens the entries `filter` selects for the viewer (DESIGN.md, "Roles and permissions":
    /// the audit trail for administrators, a privacy officer's own): refuses other roles with
    /// ErrorKind::PermissionDenied; narrows a privacy officer's filter to the entries they
    /// wrote themselves (requests do not exist yet); fixes the view to the entries there are
    /// now; and writes one `audit.read` entry with the filter's summary (summary()). Its pages
    /// are then read without further entries.
    [[nodiscard]] std::optional<AuditTrailView> view(const AuditFilter& filter, Error* error);
    /// Writes every entry `filter` selects (narrowed as view() does), newest first, to `path`
    /// as CSV (RFC 4180: UTF-8, CRLF, quoted where needed; local times in ISO 8601 with the
    /// offset), replacing the file only when all of it is written. Audited as `audit.export`
    /// with the filter's summary and the count. Returns the number of entries written.
    [[nodiscard]] std::optional<qint64> exportCsv(const AuditFilter& filter, const QString& path,
                                                  Error* error);
    /// The permission check of a verification and what it needs to run elsewhere.
    [[nodiscard]] std::optional<AuditCheckInput>
    prepareCheck(const std::optional<SignedHead>& keptHead, Error* error);
    /// Writes the `audit.verify` entry of a verification that ran (after it ran, so that it
    /// does not verify its own entry).
    [[nodiscard]] bool recordVerification(const AuditVerification& result, Error* error);
    /// Writes an `audit.head` entry and returns the head it makes, signed by this session's
    /// user, for `tallenne-admin audit head`.
    [[nodiscard]] std::optional<SignedHead> head(Error* error);

    /// verify() without the permission check and the audit entry (RegisterService::verify).
    [[nodiscard]] static std::optional<AuditVerification>
    check(Session& session, const std::optional<SignedHead>& keptHead, Error* error);
    /// The same on any connection to the register (any thread); `progress` as in
    /// AuditVerifier::run.
    [[nodiscard]] static std::optional<AuditVerification>
    check(QSqlDatabase db, const AuditCheckInput& input, Error* error,
          const AuditVerifier::Progress& progress = {});
    /// One line for people: entries, unsigned entries, pending introductions.
    [[nodiscard]] static QString summary(const AuditVerification& result);
    /// The witness's name for people.
    [[nodiscard]] static QString witnessName(const WitnessCheck& check);

private:
    /// The filter as this session may use it: a privacy officer's narrowed to their own
    /// entries; nullopt (refused and audited) for roles that may not read the trail.
    [[nodiscard]] std::optional<AuditFilter> allowed(AuditFilter filter, const QString& action,
                                                     Error* error);

    Session& m_session;
};

} // namespace tallenne
