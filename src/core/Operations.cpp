#include "core/Operations.h"

#include <iterator>

namespace tallenne {

namespace {
// Grouped by permission, in the order of the table in DESIGN.md. SeeUnmaskedIdentifiers
// guards no operation of its own: it decides what a read shows (BrowseService masks).
constexpr Operation operations[] = {
    {"agents.list", Permission::BrowseRecords},
    {"call.open", Permission::BrowseRecords},
    {"calls.page", Permission::BrowseRecords},
    {"calls.rows", Permission::BrowseRecords},
    {"calls.search", Permission::BrowseRecords},
    {"channels.list", Permission::BrowseRecords},
    {"chat.open", Permission::BrowseRecords},
    {"chats.fulltext", Permission::BrowseRecords},
    {"chats.page", Permission::BrowseRecords},
    {"chats.rows", Permission::BrowseRecords},
    {"chats.search", Permission::BrowseRecords},
    {"queues.list", Permission::BrowseRecords},
    {"recording.play", Permission::PlayRecordings},
    {"recording.heard", Permission::PlayRecordings},
    {"recording.play", Permission::PlayRecordingsInRequest},
    {"recording.heard", Permission::PlayRecordingsInRequest},
    {"playlist.list", Permission::ReadTags},
    {"playlist.show", Permission::ReadTags},
    {"tag.labels", Permission::ReadTags},
    {"tag.list", Permission::ReadTags},
    {"tag.read", Permission::ReadTags},
    {"playlist.add", Permission::ManageTags},
    {"playlist.create", Permission::ManageTags},
    {"playlist.delete", Permission::ManageTags},
    {"playlist.move", Permission::ManageTags},
    {"playlist.remove", Permission::ManageTags},
    {"playlist.rename", Permission::ManageTags},
    {"tag.add", Permission::ManageTags},
    {"tag.delete", Permission::ManageTags},
    {"tag.edit", Permission::ManageTags},
    {"tag.label.add", Permission::ManageTags},
    {"tag.label.delete", Permission::ManageTags},
    {"tag.label.rename", Permission::ManageTags},
    {"calibration.list", Permission::ReadQuality},
    {"calibration.read", Permission::ReadQuality},
    {"evaluation.list", Permission::ReadQuality},
    {"evaluation.read", Permission::ReadQuality},
    {"quality.report", Permission::ReadQuality},
    {"sample.list", Permission::ReadQuality},
    {"sample.read", Permission::ReadQuality},
    {"scorecard.export", Permission::ReadQuality},
    {"scorecard.list", Permission::ReadQuality},
    {"scorecard.read", Permission::ReadQuality},
    {"calibration.close", Permission::Evaluate},
    {"calibration.create", Permission::Evaluate},
    {"calibration.join", Permission::Evaluate},
    {"evaluation.discard", Permission::Evaluate},
    {"evaluation.revise", Permission::Evaluate},
    {"evaluation.save", Permission::Evaluate},
    {"evaluation.start", Permission::Evaluate},
    {"evaluation.submit", Permission::Evaluate},
    {"sample.draw", Permission::Evaluate},
    {"scorecard.change", Permission::ManageScorecards},
    {"scorecard.create", Permission::ManageScorecards},
    {"scorecard.import", Permission::ManageScorecards},
    {"scorecard.reinstate", Permission::ManageScorecards},
    {"scorecard.retire", Permission::ManageScorecards},
    {"request.close", Permission::HandleRequests},
    {"request.exclude", Permission::HandleRequests},
    {"request.extend", Permission::HandleRequests},
    {"request.fee", Permission::HandleRequests},
    {"request.find", Permission::HandleRequests},
    {"request.include", Permission::HandleRequests},
    {"request.list", Permission::HandleRequests},
    {"request.open", Permission::HandleRequests},
    {"request.read", Permission::HandleRequests},
    {"request.verify", Permission::HandleRequests},
    {"subject.find", Permission::HandleRequests},
    {"subject.erase", Permission::ExportRectifyErase},
    {"subject.erase.plan", Permission::ExportRectifyErase},
    {"subject.export", Permission::ExportRectifyErase},
    {"subject.object", Permission::ExportRectifyErase},
    {"subject.rectify", Permission::ExportRectifyErase},
    {"subject.restrict", Permission::ExportRectifyErase},
    {"subject.restrict.lift", Permission::ExportRectifyErase},
    {"hold.add", Permission::ManageLegalHolds},
    {"hold.list", Permission::ManageLegalHolds},
    {"hold.release", Permission::ManageLegalHolds},
    {"retention.compact", Permission::ManageLegalHolds},
    {"retention.preview", Permission::ManageLegalHolds},
    {"retention.purge", Permission::ManageLegalHolds},
    {"import.asterisk", Permission::ManageRetentionAndProfile},
    {"import.chats", Permission::ManageRetentionAndProfile},
    {"profile.history", Permission::ManageRetentionAndProfile},
    {"profile.set", Permission::ManageRetentionAndProfile},
    {"keys.holdings", Permission::ManageUsers},
    {"register.rekey", Permission::ManageUsers},
    {"unattended.disable", Permission::ManageUsers},
    {"unattended.enable", Permission::ManageUsers},
    {"unattended.status", Permission::ManageUsers},
    {"user.add", Permission::ManageUsers},
    {"user.handover", Permission::ManageUsers},
    {"user.list", Permission::ManageUsers},
    {"user.passwd", Permission::ManageUsers},
    {"user.remove", Permission::ManageUsers},
    {"user.roles", Permission::ManageUsers},
    {"audit.export", Permission::ReadAuditOwnRequests},
    {"audit.read", Permission::ReadAuditOwnRequests},
    {"audit.export", Permission::ReadAuditTrail},
    {"audit.head", Permission::ReadAuditTrail},
    {"audit.list", Permission::ReadAuditTrail},
    {"audit.read", Permission::ReadAuditTrail},
    {"audit.verify", Permission::ReadAuditTrail},
    {"register.verify", Permission::ReadAuditTrail},
    {"profile.read", Permission::ReadPrivacyNotice},
};
} // namespace

QList<Operation> Operations::all()
{
    return QList<Operation>(std::begin(operations), std::end(operations));
}

bool Operations::declares(const QString& action, Permission permission)
{
    for (const Operation& op : operations) {
        if (op.permission == permission && action == QLatin1String(op.action))
            return true;
    }
    return false;
}

} // namespace tallenne
