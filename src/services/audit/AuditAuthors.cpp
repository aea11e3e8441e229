#include "services/audit/AuditAuthors.h"

#include "core/Logging.h"
#include "services/Session.h"
#include "storage/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tallenne {

QString AuditAuthors::userDetails(Roles roles, const QByteArray& signingKey)
{
    return QStringLiteral("roles=%1 sign_key=%2")
        .arg(RoleNames::ids(roles).join(QLatin1Char(',')), QString::fromLatin1(signingKey.toHex()));
}

QString AuditAuthors::keyDetails(const QByteArray& signingKey)
{
    return QStringLiteral("sign_key=%1").arg(QString::fromLatin1(signingKey.toHex()));
}

QHash<QString, QString> AuditAuthors::parseDetails(const QString& details)
{
    QHash<QString, QString> out;
    for (const QString& pair : details.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return out;
}

QString AuditAuthors::authorOf(KeySlot::Kind kind, const QString& id)
{
    return kind == KeySlot::Kind::User ? QStringLiteral("user:%1").arg(id)
                                       : QStringLiteral("slot:%1").arg(KeySlot::kindName(kind));
}

bool AuditAuthors::recordKey(QSqlDatabase db, KeySlot::Kind kind, const QString& id,
                             const QByteArray& signingKey, Error* error)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE key_identities SET sign_key = ? WHERE kind = ? AND slot_id = ?"));
    q.addBindValue(signingKey);
    q.addBindValue(KeySlot::kindName(kind));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail(error, ErrorKind::Damaged,
                    tr("The signing key of %1 could not be recorded: %2")
                        .arg(authorOf(kind, id), q.lastError().text()));
    return true;
}

std::optional<QByteArray> AuditAuthors::recordedKey(QSqlDatabase db, KeySlot::Kind kind,
                                                    const QString& id, Error* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT sign_key FROM key_identities WHERE kind = ? AND slot_id = ?"));
    q.addBindValue(KeySlot::kindName(kind));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(error, ErrorKind::Damaged,
             tr("The key identities cannot be read: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, ErrorKind::Damaged,
             tr("The register does not know the identity of %1.").arg(authorOf(kind, id)));
        return std::nullopt;
    }
    return q.value(0).isNull() ? QByteArray() : q.value(0).toByteArray();
}

bool AuditAuthors::introduceIfNew(QSqlDatabase db, KeySlot::Kind kind, const QString& id,
                                  const SigningKey& key, const QDateTime& at, const QString& user,
                                  const QString& roles, Error* error)
{
    const auto recorded = recordedKey(db, kind, id, error);
    if (!recorded)
        return false;
    if (!recorded->isEmpty()) {
        // A different key recorded here means the database was edited; the entries this
        // identity signs will not verify against it, and `audit verify` says so.
        if (*recorded != key.publicKey())
            qCWarning(lcServices) << "the recorded signing key of an identity is not its own";
        return true;
    }
    AuditEntry entry;
    entry.at = at;
    entry.user = user;
    entry.roles = roles;
    entry.action = QStringLiteral("key.introduce");
    entry.object = authorOf(kind, id);
    entry.details = keyDetails(key.publicKey());
    return AuditLog(db).append(entry, key, error) &&
           recordKey(db, kind, id, key.publicKey(), error);
}

bool AuditAuthors::introduceIfNew(Session& session, Error* error)
{
    return introduceIfNew(session.db(), KeySlot::Kind::User, session.userName(),
                          session.signingKey(), session.clock().nowUtc(), session.userName(),
                          RoleNames::ids(session.roles()).join(QLatin1Char(',')), error);
}

} // namespace tallenne
