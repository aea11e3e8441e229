#include "services/TagService.h"

#include "core/Logging.h"
#include "core/Redactor.h"
#include "services/PlaybackService.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "storage/TransactionGuard.h"

namespace tallenne {

namespace {
QString tagObject(qint64 id)
{
    return QStringLiteral("tag:%1").arg(id);
}
QString labelObject(qint64 id)
{
    return QStringLiteral("tag-label:%1").arg(id);
}
// The audit names ranges and labels, never the note: a note may describe the caller.
QString tagDetails(qint64 callId, qint64 startMs, qint64 endMs, qint64 labelId)
{
    return QStringLiteral("call=%1 range_ms=%2-%3 label=%4")
        .arg(callId)
        .arg(startMs)
        .arg(endMs)
        .arg(labelId);
}
} // namespace

TagService::TagService(Session& session) : m_session(session), m_tags(session.db()) {}

bool TagService::checkTag(qint64 callId, qint64 startMs, qint64 endMs, qint64 labelId,
                          const QString& note, Error* error)
{
    Error lookupError;
    const auto restricted = m_tags.callRestricted(callId, &lookupError);
    if (lookupError)
        return fail(error, lookupError.kind, lookupError.message);
    if (!restricted || (*restricted && !PlaybackService::seesRestricted(m_session.roles())))
        return fail(error, ErrorKind::InputRejected, tr("There is no call %1.").arg(callId));
    if (startMs < 0 || endMs <= startMs)
        return fail(
            error, ErrorKind::InputRejected,
            tr("A tag needs a start before its end (%1 ms – %2 ms).").arg(startMs).arg(endMs));
    bool recorded = false;
    const qint64 durationMs = m_tags.callDurationMs(callId, &lookupError, &recorded);
    if (lookupError)
        return fail(error, lookupError.kind, lookupError.message);
    // A tag marks a range of a recording: it is played, put in playlists, heard in coaching.
    if (!recorded)
        return fail(
            error, ErrorKind::InputRejected,
            tr("Call %1 has no recording: a tag marks a range of a recording.").arg(callId));
    if (durationMs > 0 && endMs > durationMs)
        return fail(error, ErrorKind::InputRejected,
                    tr("The recording of call %1 lasts %2 ms; a tag cannot end after it (%3 ms).")
                        .arg(callId)
                        .arg(durationMs)
                        .arg(endMs));
    if (note.size() > MaxNoteLength)
        return fail(error, ErrorKind::InputRejected,
                    tr("A note has at most %1 characters.").arg(MaxNoteLength));
    if (labelId > 0 && !m_tags.findLabel(labelId, &lookupError))
        return fail(error, ErrorKind::InputRejected, tr("There is no tag label %1.").arg(labelId));
    return true;
}

std::optional<TagRecord> TagService::ownTag(qint64 tagId, const QString& action, Error* error)
{
    Error lookupError;
    const auto tag = m_tags.find(tagId, &lookupError);
    const auto restricted = tag ? m_tags.callRestricted(tag->callId, &lookupError) : std::nullopt;
    if (!tag || !restricted ||
        (*restricted && !PlaybackService::seesRestricted(m_session.roles()))) {
        fail(error, lookupError ? lookupError.kind : ErrorKind::InputRejected,
             lookupError ? lookupError.message : tr("There is no tag %1.").arg(tagId));
        return std::nullopt;
    }
    if (tag->createdBy != m_session.userName()) {
        m_session.auditRefusal(action, tagObject(tagId), QStringLiteral("reason=not-own-tag"));
        fail(error, ErrorKind::PermissionDenied, tr("You can change only your own tags."));
        return std::nullopt;
    }
    return tag;
}

std::optional<qint64> TagService::add(qint64 callId, qint64 startMs, qint64 endMs, qint64 labelId,
                                      const QString& note, Error* error)
{
    const QString action = QStringLiteral("tag.add");
    if (!m_session.require(Permission::ManageTags, action, QStringLiteral("call:%1").arg(callId),
                           error) ||
        !checkTag(callId, startMs, endMs, labelId, note, error))
        return std::nullopt;
    TagRecord tag;
    tag.callId = callId;
    tag.startMs = startMs;
    tag.endMs = endMs;
    tag.labelId = labelId;
    tag.note = note;
    tag.createdBy = m_session.userName();
    tag.createdAt = m_session.clock().nowUtc();
    TransactionGuard transaction(m_session.db());
    const auto id = m_tags.insert(tag, error);
    if (!id ||
        !m_session.audit(action, tagObject(*id), tagDetails(callId, startMs, endMs, labelId),
                         error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    m_session.events().notifyTags(callId);
    return id;
}

bool TagService::edit(qint64 tagId, qint64 startMs, qint64 endMs, qint64 labelId,
                      const QString& note, Error* error)
{
    const QString action = QStringLiteral("tag.edit");
    if (!m_session.require(Permission::ManageTags, action, tagObject(tagId), error))
        return false;
    auto tag = ownTag(tagId, action, error);
    if (!tag || !checkTag(tag->callId, startMs, endMs, labelId, note, error))
        return false;
    tag->startMs = startMs;
    tag->endMs = endMs;
    tag->labelId = labelId;
    tag->note = note;
    TransactionGuard transaction(m_session.db());
    if (!m_tags.update(*tag, error) ||
        !m_session.audit(action, tagObject(tagId), tagDetails(tag->callId, startMs, endMs, labelId),
                         error) ||
        !m_session.commit(transaction, error))
        return false;
    // Playlists show the tag's range and label.
    m_session.events().notifyTags(tag->callId);
    m_session.events().notifyPlaylists(0);
    return true;
}

bool TagService::remove(qint64 tagId, Error* error)
{
    const QString action = QStringLiteral("tag.delete");
    if (!m_session.require(Permission::ManageTags, action, tagObject(tagId), error))
        return false;
    const auto tag = ownTag(tagId, action, error);
    if (!tag)
        return false;
    TransactionGuard transaction(m_session.db());
    if (!m_tags.remove(tagId, error) ||
        !m_session.audit(action, tagObject(tagId),
                         tagDetails(tag->callId, tag->startMs, tag->endMs, tag->labelId), error) ||
        !m_session.commit(transaction, error))
        return false;
    // A playlist's clip of this tag is no longer available.
    m_session.events().notifyTags(tag->callId);
    m_session.events().notifyPlaylists(0);
    return true;
}

std::optional<TagRecord> TagService::find(qint64 tagId, Error* error)
{
    const QString action = QStringLiteral("tag.read");
    if (!m_session.require(Permission::ReadTags, action, tagObject(tagId), error))
        return std::nullopt;
    Error lookupError;
    const auto tag = m_tags.find(tagId, &lookupError);
    const auto restricted = tag ? m_tags.callRestricted(tag->callId, &lookupError) : std::nullopt;
    if (!tag || !restricted ||
        (*restricted && !PlaybackService::seesRestricted(m_session.roles()))) {
        fail(error, lookupError ? lookupError.kind : ErrorKind::InputRejected,
             lookupError ? lookupError.message : tr("There is no tag %1.").arg(tagId));
        return std::nullopt;
    }
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(action, tagObject(tagId),
                         tagDetails(tag->callId, tag->startMs, tag->endMs, tag->labelId), error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return tag;
}

QStringList TagService::personalDataIn(const QString& note)
{
    QStringList kinds;
    for (const RedactedSpan& span : Redactor::redact(note, QStringLiteral("FI")).spans) {
        QString kind;
        switch (span.kind) {
        case RedactedSpan::Kind::IdentityCode:
            kind = tr("a personal identity code");
            break;
        case RedactedSpan::Kind::Phone:
            kind = tr("a phone number");
            break;
        case RedactedSpan::Kind::Email:
            kind = tr("an e-mail address");
            break;
        case RedactedSpan::Kind::Iban:
            kind = tr("a bank account number");
            break;
        case RedactedSpan::Kind::CardNumber:
            kind = tr("a payment card number");
            break;
        case RedactedSpan::Kind::BusinessId:
            kind = tr("a business ID");
            break;
        }
        if (!kinds.contains(kind))
            kinds.append(kind);
    }
    return kinds;
}

QString TagService::personalDataWarning(const QString& note)
{
    const QStringList kinds = personalDataIn(note);
    if (kinds.isEmpty())
        return {};
    return tr("The note seems to hold %1. Trainees and quality managers read notes: write what "
              "to notice in the call, not who called.")
        .arg(kinds.join(tr(", ")));
}

std::optional<QList<TagRecord>> TagService::list(qint64 callId, Error* error)
{
    const QString action = QStringLiteral("tag.list");
    const QString object = callId > 0 ? QStringLiteral("call:%1").arg(callId) : QString();
    if (!m_session.require(Permission::ReadTags, action, object, error))
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    Error listError;
    QList<TagRecord> tags =
        m_tags.list(callId, PlaybackService::seesRestricted(m_session.roles()), &listError);
    if (listError) {
        fail(error, listError.kind, listError.message);
        return std::nullopt;
    }
    if (!m_session.audit(action, object, QStringLiteral("tags=%1").arg(tags.size()), error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return tags;
}

std::optional<QList<TagLabel>> TagService::labels(Error* error)
{
    // Labels are the trainers' vocabulary, not personal data: read without an audit entry.
    if (!m_session.require(Permission::ReadTags, QStringLiteral("tag.labels"), {}, error))
        return std::nullopt;
    Error listError;
    QList<TagLabel> out = m_tags.labels(&listError);
    if (listError) {
        fail(error, listError.kind, listError.message);
        return std::nullopt;
    }
    return out;
}

bool TagService::validLabelName(const QString& name, Error* error)
{
    if (name.trimmed().isEmpty() || name.size() > 80)
        return fail(error, ErrorKind::InputRejected, tr("A label has 1 to 80 characters."));
    Error listError;
    for (const TagLabel& l : m_tags.labels(&listError)) {
        if (l.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return fail(error, ErrorKind::InputRejected,
                        tr("There is already a label called %1.").arg(l.name));
    }
    return true;
}

std::optional<qint64> TagService::addLabel(const QString& name, Error* error)
{
    const QString action = QStringLiteral("tag.label.add");
    if (!m_session.require(Permission::ManageTags, action, {}, error) ||
        !validLabelName(name, error))
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    const auto id =
        m_tags.addLabel(name.trimmed(), m_session.userName(), m_session.clock().nowUtc(), error);
    if (!id || !m_session.audit(action, labelObject(*id), {}, error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    m_session.events().notifyTags(0);
    return id;
}

std::optional<qint64> TagService::labelForTagging(const QString& name, Error* error)
{
    // Asked by someone about to tag: refused, if at all, for tagging, not for reading.
    if (!m_session.require(Permission::ManageTags, QStringLiteral("tag.add"), {}, error))
        return std::nullopt;
    Error listError;
    for (const TagLabel& l : m_tags.labels(&listError)) {
        if (l.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return l.id;
    }
    if (listError) {
        fail(error, listError.kind, listError.message);
        return std::nullopt;
    }
    return addLabel(name, error);
}

bool TagService::renameLabel(qint64 labelId, const QString& name, Error* error)
{
    const QString action = QStringLiteral("tag.label.rename");
    if (!m_session.require(Permission::ManageTags, action, labelObject(labelId), error) ||
        !validLabelName(name, error))
        return false;
    Error lookupError;
    if (!m_tags.findLabel(labelId, &lookupError))
        return fail(error, ErrorKind::InputRejected, tr("There is no tag label %1.").arg(labelId));
    TransactionGuard transaction(m_session.db());
    if (!m_tags.renameLabel(labelId, name.trimmed(), error) ||
        !m_session.audit(action, labelObject(labelId), {}, error) ||
        !m_session.commit(transaction, error))
        return false;
    m_session.events().notifyTags(0);
    m_session.events().notifyPlaylists(0);
    return true;
}

bool TagService::removeLabel(qint64 labelId, Error* error)
{
    const QString action = QStringLiteral("tag.label.delete");
    if (!m_session.require(Permission::ManageTags, action, labelObject(labelId), error))
        return false;
    Error lookupError;
    if (!m_tags.findLabel(labelId, &lookupError))
        return fail(error, ErrorKind::InputRejected, tr("There is no tag label %1.").arg(labelId));
    // Tags keep their range and note; their label becomes none (ON DELETE SET NULL).
    TransactionGuard transaction(m_session.db());
    if (!m_tags.removeLabel(labelId, error) ||
        !m_session.audit(action, labelObject(labelId), {}, error) ||
        !m_session.commit(transaction, error))
        return false;
    m_session.events().notifyTags(0);
    m_session.events().notifyPlaylists(0);
    return true;
}

} // namespace tallenne
