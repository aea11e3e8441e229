#pragma once

#include "core/Error.h"
#include "core/Permissions.h"
#include "crypto/SecretBytes.h"
#include "storage/UserRepository.h"
#include <QCoreApplication>

#include <QList>
#include <QString>

namespace tallenne {

class Session;

/// Users and roles: each user has a key slot in keyslots.json and a row in the database.
/// Adding, removing and changing roles need ManageUsers; changing one's own password
/// needs only the session.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(Session& session);

    [[nodiscard]] bool add(const QString& name, Roles roles, const SecretBytes& password,
                           Error* error);
    [[nodiscard]] bool remove(const QString& name, Error* error);
    /// A new slot (new identity, next version) under the new password; the keys the user's
    /// roles carry are sealed to it again. With `rotate`, each of those keys and the register
    /// key are rotated too, so whatever was taken under the old password opens nothing new.
    [[nodiscard]] bool changePassword(const QString& name, const SecretBytes& newPassword,
                                      Error* error, bool rotate = false);
    [[nodiscard]] bool setRoles(const QString& name, Roles roles, Error* error);
    [[nodiscard]] QList<UserRecord> list(Error* error);

    /// User names: 1–64 characters of letters, digits, '.', '_' and '-'.
    [[nodiscard]] static bool validName(const QString& name, Error* error);

private:
    /// What PasswordPolicy treats as guessable for `name`'s password: the name, the register
    /// folder's name and the register's names in the profile.
    [[nodiscard]] QStringList personalWords(const QString& name);

    Session& m_session;
};

} // namespace tallenne
