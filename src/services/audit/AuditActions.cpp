#include "services/audit/AuditActions.h"

#include "core/AccessRequest.h"
#include "core/Capability.h"
#include "core/Permissions.h"
#include "core/RetentionPolicy.h"
#include "services/PlaybackService.h"
#include "services/SubjectService.h"
#include "storage/SubjectRepository.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace tallenne {

namespace {

struct Named
{
    const char* code;
    const char* name;
};

// Every action the services write (grep audit( and require( in src/services).
constexpr Named actionNames[] = {
    {"agents.list", QT_TRANSLATE_NOOP("AuditActions", "Agents listed")},
    {"audit.checkpoint", QT_TRANSLATE_NOOP("AuditActions", "Audit trail purged to a checkpoint")},
    {"audit.export", QT_TRANSLATE_NOOP("AuditActions", "Audit trail exported")},
    {"audit.head", QT_TRANSLATE_NOOP("AuditActions", "Audit trail head signed")},
    {"audit.list", QT_TRANSLATE_NOOP("AuditActions", "Audit trail listed")},
    {"audit.read", QT_TRANSLATE_NOOP("AuditActions", "Audit trail read")},
    {"audit.signatures", QT_TRANSLATE_NOOP("AuditActions", "Audit signatures begun")},
    {"audit.verify", QT_TRANSLATE_NOOP("AuditActions", "Audit trail verified")},
    {"calibration.close", QT_TRANSLATE_NOOP("AuditActions", "Calibration closed")},
    {"calibration.create", QT_TRANSLATE_NOOP("AuditActions", "Calibration started")},
    {"calibration.join", QT_TRANSLATE_NOOP("AuditActions", "Calibration joined")},
    {"calibration.list", QT_TRANSLATE_NOOP("AuditActions", "Calibrations listed")},
    {"calibration.read", QT_TRANSLATE_NOOP("AuditActions", "Calibration read")},
    {"call.open", QT_TRANSLATE_NOOP("AuditActions", "Call opened")},
    {"calls.page", QT_TRANSLATE_NOOP("AuditActions", "Calls listed")},
    {"calls.rows", QT_TRANSLATE_NOOP("AuditActions", "Call rows read")},
    {"calls.search", QT_TRANSLATE_NOOP("AuditActions", "Calls searched")},
    {"channels.list", QT_TRANSLATE_NOOP("AuditActions", "Channels listed")},
    {"chat.open", QT_TRANSLATE_NOOP("AuditActions", "Chat opened")},
    {"chats.fulltext", QT_TRANSLATE_NOOP("AuditActions", "Chats searched by their text")},
    {"chats.page", QT_TRANSLATE_NOOP("AuditActions", "Chats listed")},
    {"chats.rows", QT_TRANSLATE_NOOP("AuditActions", "Chat rows read")},
    {"chats.search", QT_TRANSLATE_NOOP("AuditActions", "Chats searched")},
    {"demo.fill", QT_TRANSLATE_NOOP("AuditActions", "Demo data filled in")},
    {"evaluation.discard", QT_TRANSLATE_NOOP("AuditActions", "Evaluation draft discarded")},
    {"evaluation.list", QT_TRANSLATE_NOOP("AuditActions", "Evaluations listed")},
    {"evaluation.read", QT_TRANSLATE_NOOP("AuditActions", "Evaluation read")},
    {"evaluation.revise", QT_TRANSLATE_NOOP("AuditActions", "Submitted evaluation changed")},
    {"evaluation.save", QT_TRANSLATE_NOOP("AuditActions", "Evaluation draft saved")},
    {"evaluation.start", QT_TRANSLATE_NOOP("AuditActions", "Evaluation started")},
    {"evaluation.submit", QT_TRANSLATE_NOOP("AuditActions", "Evaluation submitted")},
    {"hold.add", QT_TRANSLATE_NOOP("AuditActions", "Legal hold placed")},
    {"hold.expire", QT_TRANSLATE_NOOP("AuditActions", "Ended legal hold lifted")},
    {"hold.list", QT_TRANSLATE_NOOP("AuditActions", "Legal holds listed")},
    {"hold.release", QT_TRANSLATE_NOOP("AuditActions", "Legal hold released")},
    {"import.asterisk", QT_TRANSLATE_NOOP("AuditActions", "Calls imported")},
    {"import.chats", QT_TRANSLATE_NOOP("AuditActions", "Chats imported")},
    {"index.catch_up", QT_TRANSLATE_NOOP("AuditActions", "Search index brought up to date")},
    {"key.add", QT_TRANSLATE_NOOP("AuditActions", "Key added")},
    {"key.grant", QT_TRANSLATE_NOOP("AuditActions", "Key granted")},
    {"key.grant.pending", QT_TRANSLATE_NOOP("AuditActions", "Key grant waiting for a holder")},
    {"key.introduce", QT_TRANSLATE_NOOP("AuditActions", "Signing key introduced")},
    {"key.rotate", QT_TRANSLATE_NOOP("AuditActions", "Key rotated")},
    {"key.rotation.complete", QT_TRANSLATE_NOOP("AuditActions", "Key rotation completed")},
    {"keys.holdings", QT_TRANSLATE_NOOP("AuditActions", "Key holdings listed")},
    {"login", QT_TRANSLATE_NOOP("AuditActions", "Logged in")},
    {"login.failed", QT_TRANSLATE_NOOP("AuditActions", "Failed login")},
    {"permission.denied", QT_TRANSLATE_NOOP("AuditActions", "Permission denied")},
    {"playlist.add", QT_TRANSLATE_NOOP("AuditActions", "Added to a playlist")},
    {"playlist.create", QT_TRANSLATE_NOOP("AuditActions", "Playlist created")},
    {"playlist.delete", QT_TRANSLATE_NOOP("AuditActions", "Playlist deleted")},
    {"playlist.list", QT_TRANSLATE_NOOP("AuditActions", "Playlists listed")},
    {"playlist.move", QT_TRANSLATE_NOOP("AuditActions", "Playlist reordered")},
    {"playlist.remove", QT_TRANSLATE_NOOP("AuditActions", "Removed from a playlist")},
    {"playlist.rename", QT_TRANSLATE_NOOP("AuditActions", "Playlist renamed")},
    {"playlist.show", QT_TRANSLATE_NOOP("AuditActions", "Playlist opened")},
    {"profile.history", QT_TRANSLATE_NOOP("AuditActions", "Profile history read")},
    {"profile.read", QT_TRANSLATE_NOOP("AuditActions", "Register profile read")},
    {"profile.set", QT_TRANSLATE_NOOP("AuditActions", "Register profile set")},
    {"quality.report", QT_TRANSLATE_NOOP("AuditActions", "Quality report made")},
    {"queues.list", QT_TRANSLATE_NOOP("AuditActions", "Queues listed")},
    {"recording.heard", QT_TRANSLATE_NOOP("AuditActions", "Recording heard")},
    {"recording.lost", QT_TRANSLATE_NOOP("AuditActions", "Missing recording recorded as lost")},
    {"recording.play", QT_TRANSLATE_NOOP("AuditActions", "Recording played")},
    {"register.init", QT_TRANSLATE_NOOP("AuditActions", "Register created")},
    {"register.rekey", QT_TRANSLATE_NOOP("AuditActions", "Register key changed")},
    {"register.repair",
     QT_TRANSLATE_NOOP("AuditActions", "Files without a recording moved to quarantine")},
    {"register.verify", QT_TRANSLATE_NOOP("AuditActions", "Register verified")},
    {"request.close", QT_TRANSLATE_NOOP("AuditActions", "Request closed")},
    {"request.exclude", QT_TRANSLATE_NOOP("AuditActions", "Excluded from a request")},
    {"request.extend", QT_TRANSLATE_NOOP("AuditActions", "Request's deadline extended")},
    {"request.fee", QT_TRANSLATE_NOOP("AuditActions", "Fee decided for a request")},
    {"request.find", QT_TRANSLATE_NOOP("AuditActions", "More found for a request")},
    {"request.include", QT_TRANSLATE_NOOP("AuditActions", "Included in a request")},
    {"request.list", QT_TRANSLATE_NOOP("AuditActions", "Requests listed")},
    {"request.open", QT_TRANSLATE_NOOP("AuditActions", "Request opened")},
    {"request.read", QT_TRANSLATE_NOOP("AuditActions", "Request read")},
    {"request.refused", QT_TRANSLATE_NOOP("AuditActions", "Refused by a request's rule")},
    {"request.verify", QT_TRANSLATE_NOOP("AuditActions", "Requester's identity verified")},
    {"retention.compact", QT_TRANSLATE_NOOP("AuditActions", "Register file compacted")},
    {"retention.preview", QT_TRANSLATE_NOOP("AuditActions", "Purge previewed")},
    {"retention.purge", QT_TRANSLATE_NOOP("AuditActions", "Retention purge")},
    {"retention.purge.batch", QT_TRANSLATE_NOOP("AuditActions", "Retention purge: one batch")},
    {"retention.purge.subjects",
     QT_TRANSLATE_NOOP("AuditActions", "Retention purge: data subjects without data")},
    {"sample.draw", QT_TRANSLATE_NOOP("AuditActions", "Sample drawn")},
    {"sample.list", QT_TRANSLATE_NOOP("AuditActions", "Samples listed")},
    {"sample.read", QT_TRANSLATE_NOOP("AuditActions", "Sample read")},
    {"scorecard.change", QT_TRANSLATE_NOOP("AuditActions", "Scorecard changed")},
    {"scorecard.create", QT_TRANSLATE_NOOP("AuditActions", "Scorecard created")},
    {"scorecard.export", QT_TRANSLATE_NOOP("AuditActions", "Scorecard exported")},
    {"scorecard.import", QT_TRANSLATE_NOOP("AuditActions", "Scorecard imported")},
    {"scorecard.list", QT_TRANSLATE_NOOP("AuditActions", "Scorecards listed")},
    {"scorecard.read", QT_TRANSLATE_NOOP("AuditActions", "Scorecard read")},
    {"scorecard.reinstate", QT_TRANSLATE_NOOP("AuditActions", "Scorecard reinstated")},
    {"scorecard.retire", QT_TRANSLATE_NOOP("AuditActions", "Scorecard retired")},
    {"subject.erase", QT_TRANSLATE_NOOP("AuditActions", "Data subject's records erased")},
    {"subject.erase.plan", QT_TRANSLATE_NOOP("AuditActions", "Erasure planned")},
    {"subject.export",
     QT_TRANSLATE_NOOP("AuditActions", "Copy of a data subject's data handed over")},
    {"subject.find", QT_TRANSLATE_NOOP("AuditActions", "Data subject looked up")},
    {"subject.object", QT_TRANSLATE_NOOP("AuditActions", "Objection decided")},
    {"subject.rectify", QT_TRANSLATE_NOOP("AuditActions", "Data subject's identifier rectified")},
    {"subject.restrict", QT_TRANSLATE_NOOP("AuditActions", "Processing restricted")},
    {"subject.restrict.lift",
     QT_TRANSLATE_NOOP("AuditActions", "Restriction of processing lifted")},
    {"tag.add", QT_TRANSLATE_NOOP("AuditActions", "Tag added")},
    {"tag.delete", QT_TRANSLATE_NOOP("AuditActions", "Tag deleted")},
    {"tag.edit", QT_TRANSLATE_NOOP("AuditActions", "Tag edited")},
    {"tag.label.add", QT_TRANSLATE_NOOP("AuditActions", "Tag label added")},
    {"tag.label.delete", QT_TRANSLATE_NOOP("AuditActions", "Tag label deleted")},
    {"tag.label.rename", QT_TRANSLATE_NOOP("AuditActions", "Tag label renamed")},
    {"tag.labels", QT_TRANSLATE_NOOP("AuditActions", "Tag labels listed")},
    {"tag.list", QT_TRANSLATE_NOOP("AuditActions", "Tags listed")},
    {"tag.read", QT_TRANSLATE_NOOP("AuditActions", "Tag read")},
    {"unattended.disable", QT_TRANSLATE_NOOP("AuditActions", "Unattended purge disabled")},
    {"unattended.enable", QT_TRANSLATE_NOOP("AuditActions", "Unattended purge enabled")},
    {"unattended.open", QT_TRANSLATE_NOOP("AuditActions", "Opened for the unattended purge")},
    {"unattended.status", QT_TRANSLATE_NOOP("AuditActions", "Unattended purge checked")},
    {"user.add", QT_TRANSLATE_NOOP("AuditActions", "User added")},
    {"user.handover", QT_TRANSLATE_NOOP("AuditActions", "Keys handed over")},
    {"user.list", QT_TRANSLATE_NOOP("AuditActions", "Users listed")},
    {"user.passwd", QT_TRANSLATE_NOOP("AuditActions", "Password changed")},
    {"user.remove", QT_TRANSLATE_NOOP("AuditActions", "User removed")},
    {"user.roles", QT_TRANSLATE_NOOP("AuditActions", "Roles changed")},
};

QString categoryName(const QString& id)
{
    if (id == QLatin1String("recordings"))
        return AuditActions::tr("Recordings");
    if (id == QLatin1String("call_metadata"))
        return AuditActions::tr("Call details");
    if (id == QLatin1String("chat_transcripts"))
        return AuditActions::tr("Chat transcripts");
    // The retention category's name: a batch of it was of tags until they were purged
    // apart ("tags"); now it is of quality evaluations.
    if (id == QLatin1String("evaluations"))
        return AuditActions::tr("Evaluations and tags");
    if (id == QLatin1String("tags"))
        return AuditActions::tr("Tags on recordings");
    if (id == QLatin1String("calibrations"))
        return AuditActions::tr("Calibrations left without evaluations");
    if (id == QLatin1String("access_requests"))
        return AuditActions::tr("Access-request records");
    if (id == QLatin1String("audit_trail"))
        return AuditActions::tr("Audit trail");
    if (id == QLatin1String("subjects"))
        return AuditActions::tr("Data subjects without calls or chats");
    return id;
}

QString yesNo(bool yes)
{
    return yes ? AuditActions::tr("yes") : AuditActions::tr("no");
}

// A list of ids ("quality-manager,trainer"), each in words by `name` (empty: not known).
QString listIn(const QString& v, const std::function<QString(const QString&)>& name)
{
    QStringList out;
    for (const QString& id : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString words = name(id);
        out << (words.isEmpty() ? id : words);
    }
    return out.join(QStringLiteral(", "));
}

QString roleWords(const QString& id)
{
    const auto role = RoleNames::fromId(id);
    return role ? RoleNames::displayName(*role) : QString();
}

QString capabilityWords(const QString& id)
{
    const auto capability = Capabilities::fromId(id);
    return capability ? Capabilities::displayName(*capability) : QString();
}

// "kind" is an identifier's kind (subject.find, subject.rectify) or a request's kind.
QString kindWords(const QString& id)
{
    if (const auto kind = SubjectRepository::kindFromId(id))
        return SubjectService::kindName(*kind);
    if (const auto kind = AccessRequestTerms::kindFromId(id))
        return AccessRequestTerms::kindName(*kind);
    return {};
}

QString permissionWords(const QString& id)
{
    for (const Permission p : Permissions::all()) {
        if (Permissions::id(p) == id)
            return Permissions::displayName(p);
    }
    return {};
}

// Why something was refused or kept (permission.denied, hold.*).
QString reasonWords(const QString& v)
{
    if (v == QLatin1String("not-own-tag"))
        return AuditActions::tr("not their own tag");
    if (v == QLatin1String("not-own-playlist"))
        return AuditActions::tr("not their own playlist");
    if (v == QLatin1String("restricted"))
        return AuditActions::tr("processing restricted");
    if (v == QLatin1String("purpose-not-allowed"))
        return AuditActions::tr("purpose not allowed for the role");
    if (v == QLatin1String("request-closed"))
        return AuditActions::tr("the request is closed");
    if (v == QLatin1String("not-in-request"))
        return AuditActions::tr("not part of the request");
    return RetentionPolicy::holdReasonName(v);
}

// A value in words: dates in the locale's format, ids of known kinds by name.
QString value(const QString& key, const QString& v)
{
    if (key == QLatin1String("until")) {
        const QDate date = QDate::fromString(v, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : v;
    }
    if (key == QLatin1String("reason"))
        return reasonWords(v);
    if (key == QLatin1String("category"))
        return categoryName(v);
    if (key == QLatin1String("roles"))
        return listIn(v, roleWords);
    if (key == QLatin1String("key") || key == QLatin1String("dropped"))
        return listIn(v, capabilityWords);
    if (key == QLatin1String("kind") || key == QLatin1String("identifier"))
        return listIn(v, kindWords);
    if (key == QLatin1String("permission")) {
        const QString words = permissionWords(v);
        return words.isEmpty() ? v : words;
    }
    if (key == QLatin1String("action")) {
        const QString words = AuditActions::name(v);
        return words.isEmpty() ? v : words;
    }
    if (key == QLatin1String("purpose")) {
        const auto purpose = PlaybackPurposes::fromId(v);
        return purpose ? PlaybackPurposes::displayName(*purpose) : v;
    }
    if (key == QLatin1String("channel")) {
        const auto channel = AccessRequestTerms::channelFromId(v);
        return channel ? AccessRequestTerms::channelName(*channel) : v;
    }
    if (key == QLatin1String("status")) {
        const auto status = AccessRequestTerms::statusFromId(v);
        return status ? AccessRequestTerms::statusName(*status) : v;
    }
    if (key == QLatin1String("method")) {
        const auto method = AccessRequestTerms::methodFromId(v);
        return method ? AccessRequestTerms::methodName(*method) : v;
    }
    if (key == QLatin1String("decision")) {
        if (v == QLatin1String("upheld"))
            return AuditActions::tr("objection upheld");
        if (v == QLatin1String("overridden"))
            return AuditActions::tr("overridden on compelling grounds");
    }
    if (key == QLatin1String("scope")) {
        if (v == QLatin1String("call"))
            return AuditActions::tr("a call");
        if (v == QLatin1String("chat"))
            return AuditActions::tr("a chat");
        if (v == QLatin1String("subject"))
            return AuditActions::tr("a data subject");
        if (v == QLatin1String("phone"))
            return AuditActions::tr("a phone number");
    }
    if (key == QLatin1String("result")) {
        if (v == QLatin1String("intact"))
            return AuditActions::tr("intact");
        if (v == QLatin1String("broken"))
            return AuditActions::tr("broken");
        if (v == QLatin1String("ok"))
            return AuditActions::tr("no problems");
        if (v == QLatin1String("problems"))
            return AuditActions::tr("problems found");
    }
    if (key == QLatin1String("mode")) {
        if (v == QLatin1String("full"))
            return AuditActions::tr("full");
        if (v == QLatin1String("quick"))
            return AuditActions::tr("quick (recordings' contents not read)");
    }
    if (key == QLatin1String("witnesses")) {
        QStringList names;
        for (const QString& w : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (w == QLatin1String("journal"))
                names << AuditActions::tr("system journal");
            else if (w == QLatin1String("anchor"))
                names << AuditActions::tr("keyslots.json anchor");
            else if (w == QLatin1String("kept-head"))
                names << AuditActions::tr("kept head");
            else
                names << w;
        }
        return names.isEmpty() ? AuditActions::tr("none") : names.join(QStringLiteral(", "));
    }
    if ((key == QLatin1String("ids") || key.endsWith(QLatin1String("_ids"))) &&
        (v == QLatin1String("-") || v.isEmpty()))
        return AuditActions::tr("none");
    // Flags written as 1/0, yes/no or true/false.
    static const QStringList flags = {QStringLiteral("own"),
                                      QStringLiteral("released"),
                                      QStringLiteral("open_only"),
                                      QStringLiteral("agent"),
                                      QStringLiteral("phone"),
                                      QStringLiteral("queue"),
                                      QStringLiteral("possibly_repetitive"),
                                      QStringLiteral("encrypted")};
    if (flags.contains(key)) {
        if (v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("true"))
            return yesNo(true);
        if (v == QLatin1String("0") || v == QLatin1String("no") || v == QLatin1String("false"))
            return yesNo(false);
    }
    return v;
}

// The key in words; empty for a key this version does not know.
QString label(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("scope"), QT_TRANSLATE_NOOP("AuditActions", "covers")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("AuditActions", "id")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("AuditActions", "reason")},
        {QStringLiteral("until"), QT_TRANSLATE_NOOP("AuditActions", "last day")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("AuditActions", "note")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("AuditActions", "count")},
        {QStringLiteral("released"), QT_TRANSLATE_NOOP("AuditActions", "released ones too")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("AuditActions", "user")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("AuditActions", "action")},
        {QStringLiteral("object"), QT_TRANSLATE_NOOP("AuditActions", "object")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("AuditActions", "from")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("AuditActions", "to")},
        {QStringLiteral("up-to"), QT_TRANSLATE_NOOP("AuditActions", "up to entry")},
        {QStringLiteral("own"), QT_TRANSLATE_NOOP("AuditActions", "own entries only")},
        {QStringLiteral("matched"), QT_TRANSLATE_NOOP("AuditActions", "matched")},
        {QStringLiteral("matches"), QT_TRANSLATE_NOOP("AuditActions", "matches")},
        {QStringLiteral("limit"), QT_TRANSLATE_NOOP("AuditActions", "at most")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("AuditActions", "result")},
        {QStringLiteral("witnesses"), QT_TRANSLATE_NOOP("AuditActions", "witnesses checked")},
        // register.verify and register.repair.
        {QStringLiteral("mode"), QT_TRANSLATE_NOOP("AuditActions", "check")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("AuditActions", "failed checks")},
        {QStringLiteral("moved"), QT_TRANSLATE_NOOP("AuditActions", "files moved")},
        {QStringLiteral("folder"), QT_TRANSLATE_NOOP("AuditActions", "to folder")},
        {QStringLiteral("lost"), QT_TRANSLATE_NOOP("AuditActions", "recordings recorded as lost")},
        // register.repair.record-lost: one entry per recording settled as lost.
        {QStringLiteral("recording"), QT_TRANSLATE_NOOP("AuditActions", "recording")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("AuditActions", "file")},
        // Failed logins under names no user has (the name itself is never written).
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("AuditActions", "user name")},
        {QStringLiteral("names"), QT_TRANSLATE_NOOP("AuditActions", "different names")},
        {QStringLiteral("first"), QT_TRANSLATE_NOOP("AuditActions", "first attempt")},
        {QStringLiteral("last"), QT_TRANSLATE_NOOP("AuditActions", "last attempt")},
        {QStringLiteral("entries"), QT_TRANSLATE_NOOP("AuditActions", "entries")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("AuditActions", "category")},
        {QStringLiteral("ids"), QT_TRANSLATE_NOOP("AuditActions", "ids")},
        {QStringLiteral("recordings"), QT_TRANSLATE_NOOP("AuditActions", "recordings")},
        {QStringLiteral("recording_ids"), QT_TRANSLATE_NOOP("AuditActions", "recording ids")},
        {QStringLiteral("calls"), QT_TRANSLATE_NOOP("AuditActions", "calls")},
        {QStringLiteral("chats"), QT_TRANSLATE_NOOP("AuditActions", "chats")},
        {QStringLiteral("subjects"), QT_TRANSLATE_NOOP("AuditActions", "data subjects")},
        {QStringLiteral("by"), QT_TRANSLATE_NOOP("AuditActions", "found by")},
        {QStringLiteral("purged"), QT_TRANSLATE_NOOP("AuditActions", "deleted")},
        {QStringLiteral("held"), QT_TRANSLATE_NOOP("AuditActions", "kept by legal holds")},
        {QStringLiteral("restricted"), QT_TRANSLATE_NOOP("AuditActions", "kept under restriction")},
        {QStringLiteral("calibrations"),
         QT_TRANSLATE_NOOP("AuditActions", "calibrations left without evaluations deleted")},
        {QStringLiteral("holds_lifted"), QT_TRANSLATE_NOOP("AuditActions", "legal holds lifted")},
        {QStringLiteral("files_removed"), QT_TRANSLATE_NOOP("AuditActions", "files removed")},
        {QStringLiteral("kept"), QT_TRANSLATE_NOOP("AuditActions", "kept")},
        {QStringLiteral("pages_before"), QT_TRANSLATE_NOOP("AuditActions", "pages before")},
        {QStringLiteral("free_before"), QT_TRANSLATE_NOOP("AuditActions", "free pages before")},
        {QStringLiteral("pages_after"), QT_TRANSLATE_NOOP("AuditActions", "pages after")},
        {QStringLiteral("page_size"), QT_TRANSLATE_NOOP("AuditActions", "page size (bytes)")},
        // Users, keys and the register.
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("AuditActions", "roles")},
        {QStringLiteral("sign_key"), QT_TRANSLATE_NOOP("AuditActions", "signing key")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("AuditActions", "key")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("AuditActions", "key version")},
        {QStringLiteral("holders"), QT_TRANSLATE_NOOP("AuditActions", "holders")},
        {QStringLiteral("revoked"), QT_TRANSLATE_NOOP("AuditActions", "taken from")},
        {QStringLiteral("resealed"), QT_TRANSLATE_NOOP("AuditActions", "sealed again")},
        {QStringLiteral("dropped"), QT_TRANSLATE_NOOP("AuditActions", "keys given up")},
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("AuditActions", "waiting")},
        {QStringLiteral("slots"), QT_TRANSLATE_NOOP("AuditActions", "key slots")},
        {QStringLiteral("permission"), QT_TRANSLATE_NOOP("AuditActions", "permission")},
        {QStringLiteral("register"), QT_TRANSLATE_NOOP("AuditActions", "register")},
        {QStringLiteral("authors"), QT_TRANSLATE_NOOP("AuditActions", "authors")},
        {QStringLiteral("cut"), QT_TRANSLATE_NOOP("AuditActions", "cut after entry")},
        {QStringLiteral("cut_hash"), QT_TRANSLATE_NOOP("AuditActions", "hash at the cut")},
        {QStringLiteral("removed"), QT_TRANSLATE_NOOP("AuditActions", "removed")},
        {QStringLiteral("sha256"), QT_TRANSLATE_NOOP("AuditActions", "SHA-256")},
        {QStringLiteral("warnings"), QT_TRANSLATE_NOOP("AuditActions", "warnings")},
        // Browsing and searching.
        {QStringLiteral("agent"), QT_TRANSLATE_NOOP("AuditActions", "by agent")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("AuditActions", "by phone number")},
        {QStringLiteral("queue"), QT_TRANSLATE_NOOP("AuditActions", "by queue")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("AuditActions", "direction")},
        {QStringLiteral("min_s"), QT_TRANSLATE_NOOP("AuditActions", "shortest (s)")},
        {QStringLiteral("max_s"), QT_TRANSLATE_NOOP("AuditActions", "longest (s)")},
        {QStringLiteral("terms"), QT_TRANSLATE_NOOP("AuditActions", "search words")},
        {QStringLiteral("hits"), QT_TRANSLATE_NOOP("AuditActions", "hits")},
        {QStringLiteral("total"), QT_TRANSLATE_NOOP("AuditActions", "in all")},
        {QStringLiteral("page"), QT_TRANSLATE_NOOP("AuditActions", "page")},
        {QStringLiteral("rows"), QT_TRANSLATE_NOOP("AuditActions", "rows")},
        // Playback, tags and playlists.
        {QStringLiteral("call"), QT_TRANSLATE_NOOP("AuditActions", "call")},
        {QStringLiteral("chat"), QT_TRANSLATE_NOOP("AuditActions", "chat")},
        {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("AuditActions", "purpose")},
        {QStringLiteral("access_request"), QT_TRANSLATE_NOOP("AuditActions", "access request")},
        {QStringLiteral("range_ms"), QT_TRANSLATE_NOOP("AuditActions", "range (ms)")},
        {QStringLiteral("ranges_ms"), QT_TRANSLATE_NOOP("AuditActions", "ranges heard (ms)")},
        {QStringLiteral("speeds"), QT_TRANSLATE_NOOP("AuditActions", "speeds")},
        {QStringLiteral("heard_ms"), QT_TRANSLATE_NOOP("AuditActions", "heard (ms)")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("AuditActions", "label")},
        {QStringLiteral("tag"), QT_TRANSLATE_NOOP("AuditActions", "tag")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("AuditActions", "tags")},
        {QStringLiteral("item"), QT_TRANSLATE_NOOP("AuditActions", "clip")},
        {QStringLiteral("index"), QT_TRANSLATE_NOOP("AuditActions", "position")},
        {QStringLiteral("playlists"), QT_TRANSLATE_NOOP("AuditActions", "playlists")},
        {QStringLiteral("clips"), QT_TRANSLATE_NOOP("AuditActions", "clips")},
        {QStringLiteral("unavailable"), QT_TRANSLATE_NOOP("AuditActions", "unavailable")},
        // Imports.
        {QStringLiteral("batch"), QT_TRANSLATE_NOOP("AuditActions", "import")},
        {QStringLiteral("imported"), QT_TRANSLATE_NOOP("AuditActions", "imported")},
        {QStringLiteral("skipped"), QT_TRANSLATE_NOOP("AuditActions", "skipped")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("AuditActions", "rejected")},
        {QStringLiteral("total_imported"), QT_TRANSLATE_NOOP("AuditActions", "imported in all")},
        {QStringLiteral("total_skipped"), QT_TRANSLATE_NOOP("AuditActions", "skipped in all")},
        {QStringLiteral("total_rejected"), QT_TRANSLATE_NOOP("AuditActions", "rejected in all")},
        {QStringLiteral("messages"), QT_TRANSLATE_NOOP("AuditActions", "messages")},
        // Data subjects and their requests.
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("AuditActions", "kind")},
        {QStringLiteral("identifier"), QT_TRANSLATE_NOOP("AuditActions", "identifier")},
        {QStringLiteral("identifiers"), QT_TRANSLATE_NOOP("AuditActions", "identifiers")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("AuditActions", "data subject")},
        {QStringLiteral("subject_ids"), QT_TRANSLATE_NOOP("AuditActions", "data subject ids")},
        {QStringLiteral("call_ids"), QT_TRANSLATE_NOOP("AuditActions", "call ids")},
        {QStringLiteral("chat_ids"), QT_TRANSLATE_NOOP("AuditActions", "chat ids")},
        {QStringLiteral("restricted_subjects"),
         QT_TRANSLATE_NOOP("AuditActions", "data subjects under restriction")},
        {QStringLiteral("before"), QT_TRANSLATE_NOOP("AuditActions", "before")},
        {QStringLiteral("after"), QT_TRANSLATE_NOOP("AuditActions", "after")},
        {QStringLiteral("request"), QT_TRANSLATE_NOOP("AuditActions", "request")},
        {QStringLiteral("requests"), QT_TRANSLATE_NOOP("AuditActions", "requests")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("AuditActions", "channel")},
        {QStringLiteral("received"), QT_TRANSLATE_NOOP("AuditActions", "received")},
        {QStringLiteral("due"), QT_TRANSLATE_NOOP("AuditActions", "due")},
        {QStringLiteral("months"), QT_TRANSLATE_NOOP("AuditActions", "months")},
        {QStringLiteral("earlier"), QT_TRANSLATE_NOOP("AuditActions", "earlier requests")},
        {QStringLiteral("possibly_repetitive"),
         QT_TRANSLATE_NOOP("AuditActions", "possibly repetitive")},
        {QStringLiteral("found"), QT_TRANSLATE_NOOP("AuditActions", "found")},
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("AuditActions", "new")},
        {QStringLiteral("excluded"), QT_TRANSLATE_NOOP("AuditActions", "excluded")},
        {QStringLiteral("method"), QT_TRANSLATE_NOOP("AuditActions", "verified by")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("AuditActions", "document")},
        {QStringLiteral("rule"), QT_TRANSLATE_NOOP("AuditActions", "rule")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("AuditActions", "status")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("AuditActions", "outcome")},
        {QStringLiteral("open_only"), QT_TRANSLATE_NOOP("AuditActions", "open ones only")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("AuditActions", "decision")},
        {QStringLiteral("grounds"), QT_TRANSLATE_NOOP("AuditActions", "grounds")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("AuditActions", "language")},
        {QStringLiteral("encrypted"), QT_TRANSLATE_NOOP("AuditActions", "encrypted")},
        {QStringLiteral("delivery"), QT_TRANSLATE_NOOP("AuditActions", "delivery")},
        // Quality review.
        {QStringLiteral("criteria"), QT_TRANSLATE_NOOP("AuditActions", "criteria")},
        {QStringLiteral("critical_failed"),
         QT_TRANSLATE_NOOP("AuditActions", "critical criterion failed")},
        {QStringLiteral("earlier_score"), QT_TRANSLATE_NOOP("AuditActions", "earlier score")},
        {QStringLiteral("evaluation"), QT_TRANSLATE_NOOP("AuditActions", "evaluation")},
        {QStringLiteral("evaluations"), QT_TRANSLATE_NOOP("AuditActions", "evaluations")},
        {QStringLiteral("items"), QT_TRANSLATE_NOOP("AuditActions", "items")},
        {QStringLiteral("new_version"), QT_TRANSLATE_NOOP("AuditActions", "new version")},
        {QStringLiteral("reviewers"), QT_TRANSLATE_NOOP("AuditActions", "reviewers")},
        {QStringLiteral("revision"), QT_TRANSLATE_NOOP("AuditActions", "revision")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("AuditActions", "score")},
        {QStringLiteral("scorecard"), QT_TRANSLATE_NOOP("AuditActions", "scorecard")},
        {QStringLiteral("scorecard_version"),
         QT_TRANSLATE_NOOP("AuditActions", "scorecard version")},
        {QStringLiteral("seed"), QT_TRANSLATE_NOOP("AuditActions", "seed")},
        {QStringLiteral("candidates"), QT_TRANSLATE_NOOP("AuditActions", "candidates")},
        {QStringLiteral("weeks"), QT_TRANSLATE_NOOP("AuditActions", "weeks")},
        // The categories of the purge's details.
        {QStringLiteral("call_metadata"), QT_TRANSLATE_NOOP("AuditActions", "call details")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? QString() : AuditActions::tr(*it);
}

// "a=1 b=two words c=3" as "label: value, …"; empty when the text is not of that form.
QString readPairs(const QString& text)
{
    static const QRegularExpression keyAt(QStringLiteral("(?:^|\\s)([a-z][a-z0-9_-]*)="));
    QList<QRegularExpressionMatch> keys;
    for (auto it = keyAt.globalMatch(text); it.hasNext();)
        keys << it.next();
    if (keys.isEmpty() || keys.first().capturedStart() != 0)
        return {};
    QStringList parts;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        // A key this version does not know: the details stay as written.
        if (label(keys[i].captured(1)).isEmpty())
            return {};
        const qsizetype from = keys[i].capturedEnd();
        const qsizetype to = i + 1 < keys.size() ? keys[i + 1].capturedStart() : text.size();
        const QString key = keys[i].captured(1);
        parts << AuditActions::tr("%1: %2").arg(label(key),
                                                value(key, text.mid(from, to - from).trimmed()));
    }
    return parts.join(QStringLiteral(", "));
}

// retention.preview: "due(go/held/restricted): call_metadata=1/1/0 recordings=2/0/0" or "none".
QString readPreview(const QString& details)
{
    const QString prefix = QStringLiteral("due(go/held/restricted): ");
    if (!details.startsWith(prefix))
        return {};
    const QString rest = details.mid(prefix.size()).trimmed();
    if (rest == QLatin1String("none"))
        return AuditActions::tr("Nothing was due.");
    static const QRegularExpression item(QStringLiteral("^([a-z_]+)=(\\d+)/(\\d+)/(\\d+)$"));
    QStringList parts;
    for (const QString& token : rest.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto m = item.match(token);
        if (!m.hasMatch())
            return {};
        parts << AuditActions::tr("%1: %2 to delete, %3 kept by legal holds, %4 kept under "
                                  "restriction")
                     .arg(categoryName(m.captured(1)), m.captured(2), m.captured(3), m.captured(4));
    }
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

// retention.purge: "call_metadata: purged=1 ids=4-4 held=0 restricted=0; …; holds_lifted=0
// files_removed=1".
QString readPurge(const QString& details)
{
    QStringList parts;
    for (const QString& part : details.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QStringLiteral(": "));
        const QString pairs = readPairs(colon > 0 ? part.mid(colon + 2) : part);
        if (pairs.isEmpty())
            return {};
        parts << (colon > 0 ? AuditActions::tr("%1: %2").arg(categoryName(part.left(colon)), pairs)
                            : pairs);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString AuditActions::name(const QString& action)
{
    for (const Named& n : actionNames) {
        if (action == QLatin1String(n.code))
            return tr(n.name);
    }
    return {};
}

QStringList AuditActions::codesNamed(const QString& text)
{
    QStringList codes;
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return codes;
    for (const Named& n : actionNames) {
        if (tr(n.name).contains(wanted, Qt::CaseInsensitive) ||
            QString::fromLatin1(n.name).contains(wanted, Qt::CaseInsensitive))
            codes << QString::fromLatin1(n.code);
    }
    return codes;
}

QString AuditActions::detailKeyName(const QString& key)
{
    return label(key);
}

QString AuditActions::displayName(const QString& action)
{
    const QString known = name(action);
    return known.isEmpty() ? action : known;
}

QString AuditActions::displayDetails(const QString& action, const QString& details)
{
    if (details.isEmpty())
        return details;
    QString readable;
    if (action == QLatin1String("retention.preview"))
        readable = readPreview(details);
    else if (action == QLatin1String("retention.purge"))
        readable = readPurge(details);
    else
        readable = readPairs(details);
    return readable.isEmpty() ? details : readable;
}

} // namespace tallenne
