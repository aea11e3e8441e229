#include "core/Permissions.h"

#include <QCoreApplication>

namespace tallenne {

namespace {
constexpr Roles QM = Role::QualityManager;
constexpr Roles TR = Role::Trainer;
constexpr Roles PO = Role::PrivacyOfficer;
constexpr Roles AD = Role::Administrator;

Roles rolesWith(Permission p)
{
    switch (p) {
    case Permission::BrowseRecords:
        return QM | TR | PO;
    case Permission::SeeUnmaskedIdentifiers:
        return PO;
    case Permission::PlayRecordings:
        return QM | TR;
    case Permission::PlayRecordingsInRequest:
        return PO;
    case Permission::ReadTags:
        return QM | TR;
    case Permission::ManageTags:
        return TR;
    case Permission::ReadQuality:
        return QM | TR;
    case Permission::Evaluate:
        return QM;
    case Permission::ManageScorecards:
        return QM;
    case Permission::HandleRequests:
        return PO;
    case Permission::ExportRectifyErase:
        return PO;
    case Permission::ManageLegalHolds:
        return PO | AD;
    case Permission::ManageRetentionAndProfile:
        return AD;
    case Permission::ManageUsers:
        return AD;
    case Permission::ReadAuditOwnRequests:
        return PO | AD;
    case Permission::ReadAuditTrail:
        return AD;
    case Permission::ReadPrivacyNotice:
        return QM | TR | PO | AD;
    }
    return {};
}
} // namespace

bool Permissions::allows(Roles roles, Permission permission)
{
    return (roles & rolesWith(permission)) != Roles{};
}

QList<Permission> Permissions::all()
{
    QList<Permission> list;
    for (int p = int(Permission::BrowseRecords); p <= int(Permission::ReadPrivacyNotice); ++p)
        list.append(Permission(p));
    return list;
}

QString Permissions::id(Permission permission)
{
    switch (permission) {
    case Permission::BrowseRecords:
        return QStringLiteral("browse-records");
    case Permission::SeeUnmaskedIdentifiers:
        return QStringLiteral("see-unmasked-identifiers");
    case Permission::PlayRecordings:
        return QStringLiteral("play-recordings");
    case Permission::PlayRecordingsInRequest:
        return QStringLiteral("play-recordings-in-request");
    case Permission::ReadTags:
        return QStringLiteral("read-tags");
    case Permission::ManageTags:
        return QStringLiteral("manage-tags");
    case Permission::ReadQuality:
        return QStringLiteral("read-quality");
    case Permission::Evaluate:
        return QStringLiteral("evaluate");
    case Permission::ManageScorecards:
        return QStringLiteral("manage-scorecards");
    case Permission::HandleRequests:
        return QStringLiteral("handle-requests");
    case Permission::ExportRectifyErase:
        return QStringLiteral("export-rectify-erase");
    case Permission::ManageLegalHolds:
        return QStringLiteral("manage-legal-holds");
    case Permission::ManageRetentionAndProfile:
        return QStringLiteral("manage-retention-and-profile");
    case Permission::ManageUsers:
        return QStringLiteral("manage-users");
    case Permission::ReadAuditOwnRequests:
        return QStringLiteral("read-audit-own-requests");
    case Permission::ReadAuditTrail:
        return QStringLiteral("read-audit-trail");
    case Permission::ReadPrivacyNotice:
        return QStringLiteral("read-privacy-notice");
    }
    return {};
}

QString Permissions::displayName(Permission permission)
{
    switch (permission) {
    case Permission::BrowseRecords:
        return QCoreApplication::translate("Permissions", "Browse calls and chats");
    case Permission::SeeUnmaskedIdentifiers:
        return QCoreApplication::translate("Permissions",
                                           "See phone numbers, names and identity codes");
    case Permission::PlayRecordings:
        return QCoreApplication::translate("Permissions", "Play recordings");
    case Permission::PlayRecordingsInRequest:
        return QCoreApplication::translate("Permissions",
                                           "Play recordings within an access request");
    case Permission::ReadTags:
        return QCoreApplication::translate("Permissions", "See tags and coaching playlists");
    case Permission::ManageTags:
        return QCoreApplication::translate("Permissions",
                                           "Tag moments and manage coaching playlists");
    case Permission::ReadQuality:
        return QCoreApplication::translate("Permissions", "See evaluations and quality reports");
    case Permission::Evaluate:
        return QCoreApplication::translate("Permissions", "Evaluate on scorecards");
    case Permission::ManageScorecards:
        return QCoreApplication::translate("Permissions", "Manage scorecards");
    case Permission::HandleRequests:
        return QCoreApplication::translate("Permissions",
                                           "Search by data subject and handle requests");
    case Permission::ExportRectifyErase:
        return QCoreApplication::translate("Permissions",
                                           "Export, rectify, restrict and erase a person's data");
    case Permission::ManageLegalHolds:
        return QCoreApplication::translate("Permissions", "Manage legal holds");
    case Permission::ManageRetentionAndProfile:
        return QCoreApplication::translate("Permissions",
                                           "Manage retention, the register profile and the notice");
    case Permission::ManageUsers:
        return QCoreApplication::translate("Permissions", "Manage users and roles");
    case Permission::ReadAuditOwnRequests:
        return QCoreApplication::translate("Permissions", "Read the audit trail of own requests");
    case Permission::ReadAuditTrail:
        return QCoreApplication::translate("Permissions", "Read the audit trail");
    case Permission::ReadPrivacyNotice:
        return QCoreApplication::translate("Permissions", "Read the privacy notice");
    }
    return {};
}

QString RoleNames::id(Role role)
{
    switch (role) {
    case Role::QualityManager:
        return QStringLiteral("quality-manager");
    case Role::Trainer:
        return QStringLiteral("trainer");
    case Role::PrivacyOfficer:
        return QStringLiteral("privacy-officer");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

QList<Role> RoleNames::all()
{
    return {Role::QualityManager, Role::Trainer, Role::PrivacyOfficer, Role::Administrator};
}

std::optional<Role> RoleNames::fromId(const QString& id)
{
    for (Role r : all()) {
        if (RoleNames::id(r) == id)
            return r;
    }
    return std::nullopt;
}

QStringList RoleNames::ids(Roles roles)
{
    QStringList out;
    for (Role r : all()) {
        if (roles.testFlag(r))
            out << id(r);
    }
    return out;
}

std::optional<Roles> RoleNames::fromIds(const QStringList& ids, QString* bad)
{
    Roles roles;
    for (const QString& s : ids) {
        const auto r = fromId(s.trimmed());
        if (!r) {
            if (bad)
                *bad = s;
            return std::nullopt;
        }
        roles |= *r;
    }
    return roles;
}

QString RoleNames::displayName(Role role)
{
    switch (role) {
    case Role::QualityManager:
        return QCoreApplication::translate("Roles", "Quality manager");
    case Role::Trainer:
        return QCoreApplication::translate("Roles", "Trainer");
    case Role::PrivacyOfficer:
        return QCoreApplication::translate("Roles", "Privacy officer");
    case Role::Administrator:
        return QCoreApplication::translate("Roles", "Administrator");
    }
    return {};
}

} // namespace tallenne
