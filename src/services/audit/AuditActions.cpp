#include "services/audit/AuditActions.h"

#include "core/RetentionPolicy.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

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
    {"queues.list", QT_TRANSLATE_NOOP("AuditActions", "Queues listed")},
    {"recording.heard", QT_TRANSLATE_NOOP("AuditActions", "Recording heard")},
    {"recording.play", QT_TRANSLATE_NOOP("AuditActions", "Recording played")},
    {"register.init", QT_TRANSLATE_NOOP("AuditActions", "Register created")},
    {"register.rekey", QT_TRANSLATE_NOOP("AuditActions", "Register key changed")},
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
    if (id == QLatin1String("evaluations"))
        return AuditActions::tr("Evaluations and tags");
    if (id == QLatin1String("access_requests"))
        return AuditActions::tr("Access-request records");
    if (id == QLatin1String("audit_trail"))
        return AuditActions::tr("Audit trail");
    if (id == QLatin1String("subjects"))
        return AuditActions::tr("Data subjects without calls or chats");
    return id;
}

// A value in words: dates in the locale's format, ids of known kinds by name.
QString value(const QString& key, const QString& v)
{
    if (key == QLatin1String("until")) {
        const QDate date = QDate::fromString(v, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : v;
    }
    if (key == QLatin1String("reason"))
        return RetentionPolicy::holdReasonName(v);
    if (key == QLatin1String("category"))
        return categoryName(v);
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
    if (key == QLatin1String("ids") && v == QLatin1String("-"))
        return AuditActions::tr("none");
    if (key == QLatin1String("own") || key == QLatin1String("released"))
        return v == QLatin1String("1") ? AuditActions::tr("yes") : AuditActions::tr("no");
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
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("AuditActions", "result")},
        {QStringLiteral("witnesses"), QT_TRANSLATE_NOOP("AuditActions", "witnesses checked")},
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
        {QStringLiteral("holds_lifted"), QT_TRANSLATE_NOOP("AuditActions", "legal holds lifted")},
        {QStringLiteral("files_removed"), QT_TRANSLATE_NOOP("AuditActions", "files removed")},
        {QStringLiteral("kept"), QT_TRANSLATE_NOOP("AuditActions", "kept")},
        {QStringLiteral("pages_before"), QT_TRANSLATE_NOOP("AuditActions", "pages before")},
        {QStringLiteral("free_before"), QT_TRANSLATE_NOOP("AuditActions", "free pages before")},
        {QStringLiteral("pages_after"), QT_TRANSLATE_NOOP("AuditActions", "pages after")},
        {QStringLiteral("page_size"), QT_TRANSLATE_NOOP("AuditActions", "page size (bytes)")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? QString() : AuditActions::tr(*it);
}

// "a=1 b=two words c=3" as "label: value, …"; empty when the text is not of that form.
QString readPairs(const QString& text)
{
    static const QRegularExpression keyAt(QStringLiteral("(?:^|\\s)([a-z][a-z_-]*)="));
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
