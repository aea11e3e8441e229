#include "gui/Sections.h"

#include <QCoreApplication>

namespace tallenne {

QList<Section> Sections::all()
{
    return {Section::Calls,          Section::Chats,          Section::Coaching,
            Section::Quality,        Section::AccessRequests, Section::RetentionAndHolds,
            Section::Administration, Section::AuditTrail,     Section::PrivacyNotice};
}

QList<Section> Sections::visibleFor(Roles roles)
{
    QList<Section> out;
    for (Section s : all()) {
        bool visible = false;
        switch (s) {
        case Section::Calls:
        case Section::Chats:
            visible = Permissions::allows(roles, Permission::BrowseRecords);
            break;
        case Section::Coaching:
            visible = Permissions::allows(roles, Permission::ReadTags);
            break;
        case Section::Quality:
            visible = Permissions::allows(roles, Permission::ReadQuality);
            break;
        case Section::AccessRequests:
            visible = Permissions::allows(roles, Permission::HandleRequests);
            break;
        case Section::RetentionAndHolds:
            visible = Permissions::allows(roles, Permission::ManageLegalHolds) ||
                      Permissions::allows(roles, Permission::ManageRetentionAndProfile);
            break;
        case Section::Administration:
            visible = Permissions::allows(roles, Permission::ManageUsers);
            break;
        case Section::AuditTrail:
            visible = Permissions::allows(roles, Permission::ReadAuditTrail) ||
                      Permissions::allows(roles, Permission::ReadAuditOwnRequests);
            break;
        case Section::PrivacyNotice:
            visible = Permissions::allows(roles, Permission::ReadPrivacyNotice);
            break;
        }
        if (visible)
            out << s;
    }
    return out;
}

QString Sections::title(Section section)
{
    switch (section) {
    case Section::Calls:
        return QCoreApplication::translate("Sections", "Calls");
    case Section::Chats:
        return QCoreApplication::translate("Sections", "Chats");
    case Section::Coaching:
        return QCoreApplication::translate("Sections", "Coaching");
    case Section::Quality:
        return QCoreApplication::translate("Sections", "Quality");
    case Section::AccessRequests:
        return QCoreApplication::translate("Sections", "Access requests");
    case Section::RetentionAndHolds:
        return QCoreApplication::translate("Sections", "Retention and holds");
    case Section::Administration:
        return QCoreApplication::translate("Sections", "Administration");
    case Section::AuditTrail:
        return QCoreApplication::translate("Sections", "Audit trail");
    case Section::PrivacyNotice:
        return QCoreApplication::translate("Sections", "Privacy notice");
    }
    return {};
}

QString Sections::id(Section section)
{
    static const char* const ids[] = {"calls",          "chats",           "coaching",
                                      "quality",        "access-requests", "retention",
                                      "administration", "audit-trail",     "notice"};
    return QString::fromLatin1(ids[int(section)]);
}

} // namespace tallenne
