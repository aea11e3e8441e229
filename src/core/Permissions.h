#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tallenne {

/// The roles of DESIGN.md. A user may hold several.
enum class Role : unsigned
{
    QualityManager = 0x1,
    Trainer = 0x2,
    PrivacyOfficer = 0x4,
    Administrator = 0x8,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

/// Every permission of the table in DESIGN.md ("Roles and permissions").
enum class Permission
{
    BrowseRecords,           ///< browse calls and chats
    SeeUnmaskedIdentifiers,  ///< phone numbers, names, identity codes in clear
    PlayRecordings,          ///< play for quality review or training
    PlayRecordingsInRequest, ///< play only inside an open access request
    ReadTags,                ///< see tags and coaching playlists
    ManageTags,              ///< tag moments, manage coaching playlists
    ReadQuality,             ///< see evaluations and quality reports
    Evaluate,                ///< evaluate on scorecards
    ManageScorecards,
    HandleRequests,     ///< search by data subject, handle access requests
    ExportRectifyErase, ///< export a subject's data, rectify, restrict, erase
    ManageLegalHolds,
    ManageRetentionAndProfile, ///< retention policy, register profile, notice texts
    ManageUsers,               ///< users and roles
    ReadAuditOwnRequests,      ///< the audit trail of one's own requests
    ReadAuditTrail,            ///< the whole audit trail
    ReadPrivacyNotice,
};

/// The one place that answers "may these roles do this?". Services call it; the GUI
/// only uses it to decide what to show.
class Permissions
{
public:
    [[nodiscard]] static bool allows(Roles roles, Permission permission);
    [[nodiscard]] static QList<Permission> all();
    /// A stable identifier for the audit trail and logs, e.g. "manage-users".
    [[nodiscard]] static QString id(Permission permission);
    /// The permission's name for people (translated).
    [[nodiscard]] static QString displayName(Permission permission);
};

/// Role names of the command line: quality-manager, trainer, privacy-officer, administrator.
class RoleNames
{
public:
    [[nodiscard]] static QString id(Role role);
    [[nodiscard]] static std::optional<Role> fromId(const QString& id);
    [[nodiscard]] static QList<Role> all();
    [[nodiscard]] static QStringList ids(Roles roles);
    /// Parses a list of ids; returns nullopt and names the bad one in *bad.
    [[nodiscard]] static std::optional<Roles> fromIds(const QStringList& ids,
                                                      QString* bad = nullptr);
    /// The role's name for people (translated).
    [[nodiscard]] static QString displayName(Role role);
    [[nodiscard]] static unsigned toBits(Roles roles) { return roles.toInt(); }
};

} // namespace tallenne
