#pragma once

#include "core/Error.h"
#include "core/Permissions.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tallenne {

struct UserRecord
{
    qint64 id = 0;
    QString name;
    Roles roles;
    QDateTime created;
    QString language; ///< "fi", "en" or empty for the system default
};

/// The users table. Key slots live in keyslots.json; roles live here, inside the
/// encrypted database, so they cannot be edited without the key.
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db);

    static QStringList schemaStatements();

    [[nodiscard]] std::optional<UserRecord> find(const QString& name, Error* error) const;
    [[nodiscard]] QList<UserRecord> list(Error* error) const;
    [[nodiscard]] bool insert(const UserRecord& user, Error* error);
    [[nodiscard]] bool remove(const QString& name, Error* error);
    [[nodiscard]] bool setRoles(const QString& name, Roles roles, Error* error);
    [[nodiscard]] bool setLanguage(const QString& name, const QString& language, Error* error);
    [[nodiscard]] int countWithRole(Role role, Error* error) const;
    /// The user's own interface settings (a JSON object as text): columns, sort, …
    [[nodiscard]] std::optional<QByteArray> settings(const QString& name, Error* error) const;
    [[nodiscard]] bool setSettings(const QString& name, const QByteArray& json, Error* error);

private:
    QSqlDatabase m_db;
};

} // namespace tallenne
