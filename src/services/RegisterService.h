#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "crypto/SecretBytes.h"
#include "services/RegisterPaths.h"
#include "services/Session.h"
#include <QCoreApplication>

#include <QList>
#include <QString>

namespace tallenne {

/// One line of `verify`.
struct RegisterCheck
{
    QString name; ///< e.g. "cipher", "integrity", "key slots", "orphans", "audit chain"
    bool ok = false;
    QString detail; ///< what was found, for people
};

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

    /// Integrity, cipher, key slots, orphaned recordings, audit chain. Administrators.
    [[nodiscard]] static std::optional<QList<RegisterCheck>> verify(Session& session, Error* error);

    /// A new data key: SQLCipher rekey, every slot re-sealed, the old key wiped.
    /// Administrators. Old copies of keyslots.json no longer open the database.
    [[nodiscard]] static bool rekey(Session& session, Error* error);
    /// rekey() for a caller that has checked its own permission: a user rotating the keys of
    /// their own password change (`user passwd --rotate`), which needs no ManageUsers.
    [[nodiscard]] static bool rekeyChecked(Session& session, Error* error);
};

} // namespace tallenne
