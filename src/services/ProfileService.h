#pragma once

#include "core/Error.h"
#include "core/RegisterProfile.h"
#include "core/RetentionPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tallenne {

class Session;

/// One stored version of the register profile.
struct ProfileVersion
{
    qint64 id = 0;
    QDateTime setAt; ///< UTC
    QString setBy;   ///< login name of the administrator
    QByteArray json; ///< exactly as given to set()
    QString sha256;  ///< hex SHA-256 of json
};

/// The register profile: set by administrators, read by everyone logged in. Every version
/// is kept (register_profiles); the newest is in force. After a successful set() the public
/// notice files are rewritten (PublicNotice).
class ProfileService
{
    Q_DECLARE_TR_FUNCTIONS(ProfileService)

public:
    explicit ProfileService(Session& session);

    /// Validates and stores a new version (Permission::ManageRetentionAndProfile), with the
    /// audit entry "profile.set" in the same transaction, then publishes the notice files.
    /// An invalid profile fails with ErrorKind::InputRejected naming the JSON path, and
    /// nothing changes. *warnings gets the texts missing in one language.
    [[nodiscard]] bool set(const QByteArray& json, QStringList* warnings, Error* error);

    /// The profile in force; nullopt with no error when none has been set yet.
    [[nodiscard]] std::optional<RegisterProfile> current(Error* error);
    /// The stored version in force (for `profile show --json`); nullopt as for current().
    [[nodiscard]] std::optional<ProfileVersion> currentVersion(Error* error);
    /// Every version, oldest first (administrators).
    [[nodiscard]] std::optional<QList<ProfileVersion>> history(Error* error);
    /// The retention the purge enforces; nullopt with no error when no profile is set.
    [[nodiscard]] std::optional<RetentionPolicy> retentionPolicy(Error* error);
    /// The same without a permission check, for the purge of an unattended session (which holds
    /// no role): the periods are a setting, not personal data, like phoneRegion().
    [[nodiscard]] std::optional<RetentionPolicy> retentionInForce(Error* error);
    /// The region in which phone numbers without a country code are read (PhoneNumber::read):
    /// the profile's "phone_region", or PhoneNumber::defaultRegion() while no profile is set.
    /// A setting, not personal data: no permission is needed and nothing is audited. Fails
    /// (ErrorKind::Damaged) only when the stored profile no longer parses.
    [[nodiscard]] std::optional<QString> phoneRegion(Error* error);

    /// Rewrites the public notice files from the profile in force (or the "no profile yet"
    /// notice), e.g. after they were removed.
    [[nodiscard]] bool publishNotices(Error* error);

private:
    std::optional<ProfileVersion> newest(Error* error);
    static std::optional<RegisterProfile> parseStored(const ProfileVersion& version, Error* error);

    Session& m_session;
};

} // namespace tallenne
