#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "crypto/SecretBytes.h"
#include "services/RegisterPaths.h"
#include "services/RegisterVerifier.h"
#include "services/Session.h"
#include <QCoreApplication>

#include <QList>
#include <QString>

namespace tallenne {

/// Creating, re-binding, verifying and re-keying a register.
class RegisterService
{
    Q_DECLARE_TR_FUNCTIONS(RegisterService)

public:
    /// A new register in an empty or missing folder: data key, database, schema, the
    /// administrator's slot and a recovery slot. `recoveryCode` receives the code to print
    /// once. With binding on, the workstation secret is created in the OS keychain first.
    [[nodiscard]] static bool init(const RegisterPaths& paths, const QString& adminName,
                                   const SecretBytes& adminPassword, const Clock& clock,
                                   const VaultOptions& options, SecretBytes* recoveryCode,
                                   Error* error);

    /// Binds a copied register to this workstation: the recovery code opens the escrowed
    /// workstation secret, which is stored in this machine's keychain. Audited.
    [[nodiscard]] static bool rebind(const RegisterPaths& paths, const SecretBytes& recoveryCode,
                                     const Clock& clock, const VaultOptions& options, Error* error);

    /// `verify` (RegisterVerifier): cipher, every page's HMAC, integrity, key slots against the
    /// database, every recording's file, files without a row, the audit chain. Changes nothing
    /// but the audit trail (`register.verify`); with VerifyOptions::repair it also moves files
    /// without a row to quarantine/ (`register.repair`), never deleting one. Administrators
    /// (ReadAuditTrail). A damaged register is a report with failed checks, not an error; the
    /// session may come from an inspecting login (LoginPurpose::Inspect), whose problems are
    /// reported as the "login" check.
    [[nodiscard]] static std::optional<VerifyReport>
    verify(Session& session, const VerifyOptions& options, Error* error);
    /// verify() in full, without repair: its checks.
    [[nodiscard]] static std::optional<QList<RegisterCheck>> verify(Session& session, Error* error);

    /// A new data key: SQLCipher rekey, every slot re-sealed, the old key wiped.
    /// Administrators. Old copies of keyslots.json no longer open the database.
    [[nodiscard]] static bool rekey(Session& session, Error* error);
    /// rekey() for a caller that has checked its own permission: a user rotating the keys of
    /// their own password change (`user passwd --rotate`), which needs no ManageUsers.
    [[nodiscard]] static bool rekeyChecked(Session& session, Error* error);

private:
    /// verify --repair: the orphans found, moved to quarantine under the write transaction and
    /// audited; the "orphans" check says what was done.
    static void repairOrphans(Session& session, VerifyReport* report);
    /// verify --repair --record-lost: each recording whose file is missing, recorded as lost
    /// under the write transaction and audited; the "recordings" check says what was done.
    static void recordLost(Session& session, VerifyReport* report);
};

} // namespace tallenne
