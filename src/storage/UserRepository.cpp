#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tallenne {

namespace {
bool failed(const QSqlQuery& q, Error* error)
{
    return fail(error, ErrorKind::Damaged,
                QCoreApplication::translate("UserRepository", "The users table cannot be used: %1")
                    .arg(q.lastError().text()));
}

UserRecord recordFrom(const QSqlQuery& q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.roles = Roles::fromInt(q.value(2).toUInt());
    u.created = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    u.language = q.value(4).toString();
    return u;
}
} // namespace

UserRepository::UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QStringList UserRepository::schemaStatements()
{
    return {QStringLiteral("CREATE TABLE users ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " roles INTEGER NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " language TEXT NOT NULL DEFAULT '',"
                           " settings TEXT NOT NULL DEFAULT '{}')")};
}

std::optional<UserRecord> UserRepository::find(const QString& name, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, name, roles, created_at, language FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return recordFrom(q);
}

QList<UserRecord> UserRepository::list(Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<UserRecord> out;
    if (!q.exec(QStringLiteral(
            "SELECT id, name, roles, created_at, language FROM users ORDER BY name"))) {
        failed(q, error);
        return out;
    }
    while (q.next())
        out.append(recordFrom(q));
    return out;
}

bool UserRepository::insert(const UserRecord& user, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO users (name, roles, created_at, language) VALUES (?, ?, ?, ?)"));
    q.addBindValue(user.name);
    q.addBindValue(user.roles.toInt());
    q.addBindValue(user.created.toUTC().toString(Qt::ISODate));
    q.addBindValue(user.language.isNull() ? QStringLiteral("") : user.language);
    return q.exec() || failed(q, error);
}

bool UserRepository::remove(const QString& name, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM users WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() || failed(q, error);
}

bool UserRepository::setRoles(const QString& name, Roles roles, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET roles = ? WHERE name = ?"));
    q.addBindValue(roles.toInt());
    q.addBindValue(name);
    return q.exec() || failed(q, error);
}

bool UserRepository::setLanguage(const QString& name, const QString& language, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET language = ? WHERE name = ?"));
    q.addBindValue(language.isNull() ? QStringLiteral("") : language);
    q.addBindValue(name);
    return q.exec() || failed(q, error);
}

std::optional<QByteArray> UserRepository::settings(const QString& name, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT settings FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        failed(q, error);
        return std::nullopt;
    }
    return q.value(0).toString().toUtf8();
}

bool UserRepository::setSettings(const QString& name, const QByteArray& json, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET settings = ? WHERE name = ?"));
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(name);
    return q.exec() || failed(q, error);
}

int UserRepository::countWithRole(Role role, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE (roles & ?) != 0"));
    q.addBindValue(static_cast<uint>(role));
    if (!q.exec() || !q.next()) {
        failed(q, error);
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace tallenne
