#include "services/ProfileService.h"

#include "core/PhoneNumber.h"
#include "services/PublicNotice.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace tallenne {

namespace {
const QString readAction = QStringLiteral("profile.read");

ProfileVersion versionFrom(const QSqlQuery& q)
{
    return ProfileVersion{q.value(0).toLongLong(),
                          QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                          q.value(2).toString(), q.value(3).toByteArray(), q.value(4).toString()};
}
} // namespace

ProfileService::ProfileService(Session& session) : m_session(session) {}

bool ProfileService::set(const QByteArray& json, QStringList* warnings, Error* error)
{
    if (!m_session.require(Permission::ManageRetentionAndProfile, QStringLiteral("profile.set"),
                           QStringLiteral("profile"), error))
        return false;
    QStringList found;
    const auto profile = RegisterProfile::parse(json, &found, error);
    if (!profile)
        return false;
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());

    TransactionGuard transaction(m_session.db());
    if (!transaction.ok())
        return fail(error, transaction.error().kind, transaction.error().message);
    QSqlQuery insert;
    if (!m_session.database().exec(
            QStringLiteral("INSERT INTO register_profiles (set_at, set_by, json, sha256)"
                           " VALUES (?, ?, ?, ?)"),
            {m_session.clock().nowUtc().toSecsSinceEpoch(), m_session.userName(), json, sha256},
            error, &insert))
        return false;
    const qint64 id = insert.lastInsertId().toLongLong();
    if (!m_session.audit(QStringLiteral("profile.set"), QStringLiteral("profile:%1").arg(id),
                         QStringLiteral("sha256=%1 warnings=%2").arg(sha256).arg(found.size()),
                         error) ||
        !m_session.commit(transaction, error))
        return false;
    if (warnings)
        *warnings = found;
    // The profile is in force from here on; a failure to write the public copy is reported
    // (the administrator can run `profile set` again) but does not undo it. The views hear of
    // it once the public copy they show is written.
    const bool published = PublicNotice::publish(m_session.paths().folder, &*profile, error);
    m_session.events().notify(Change::Profile);
    return published;
}

std::optional<ProfileVersion> ProfileService::newest(Error* error)
{
    QSqlQuery q;
    if (!m_session.database().exec(
            QStringLiteral("SELECT id, set_at, set_by, json, sha256 FROM register_profiles"
                           " ORDER BY id DESC LIMIT 1"),
            {}, error, &q))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    return versionFrom(q);
}

std::optional<ProfileVersion> ProfileService::currentVersion(Error* error)
{
    if (!m_session.require(Permission::ReadPrivacyNotice, readAction, QStringLiteral("profile"),
                           error))
        return std::nullopt;
    return newest(error);
}

std::optional<RegisterProfile> ProfileService::parseStored(const ProfileVersion& version,
                                                           Error* error)
{
    // Stored profiles were valid when set; one that no longer parses was altered.
    Error parseError;
    auto profile = RegisterProfile::parse(version.json, nullptr, &parseError,
                                          RegisterProfile::Rules::AsStored);
    if (!profile)
        fail(error, ErrorKind::Damaged,
             tr("The stored register profile %1 is not valid: %2")
                 .arg(version.id)
                 .arg(parseError.message));
    return profile;
}

std::optional<RegisterProfile> ProfileService::current(Error* error)
{
    const auto version = currentVersion(error);
    if (!version)
        return std::nullopt;
    return parseStored(*version, error);
}

std::optional<QList<ProfileVersion>> ProfileService::history(Error* error)
{
    if (!m_session.require(Permission::ManageRetentionAndProfile, QStringLiteral("profile.history"),
                           QStringLiteral("profile"), error))
        return std::nullopt;
    QSqlQuery q;
    if (!m_session.database().exec(
            QStringLiteral("SELECT id, set_at, set_by, json, sha256 FROM register_profiles"
                           " ORDER BY id"),
            {}, error, &q))
        return std::nullopt;
    QList<ProfileVersion> out;
    while (q.next())
        out << versionFrom(q);
    return out;
}

std::optional<RetentionPolicy> ProfileService::retentionPolicy(Error* error)
{
    const auto profile = current(error);
    if (!profile)
        return std::nullopt;
    return RetentionPolicy::fromProfile(*profile);
}

std::optional<RetentionPolicy> ProfileService::retentionInForce(Error* error)
{
    const auto version = newest(error);
    if (!version)
        return std::nullopt;
    const auto profile = parseStored(*version, error);
    if (!profile)
        return std::nullopt;
    return RetentionPolicy::fromProfile(*profile);
}

std::optional<QString> ProfileService::phoneRegion(Error* error)
{
    Error readError;
    const auto version = newest(&readError);
    if (readError.isError()) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    if (!version)
        return PhoneNumber::defaultRegion();
    const auto profile = parseStored(*version, error);
    if (!profile)
        return std::nullopt;
    return profile->phoneRegion();
}

bool ProfileService::publishNotices(Error* error)
{
    Error readError;
    const auto profile = current(&readError);
    if (readError.isError())
        return fail(error, readError.kind, readError.message);
    return PublicNotice::publish(m_session.paths().folder, profile ? &*profile : nullptr, error);
}

} // namespace tallenne
