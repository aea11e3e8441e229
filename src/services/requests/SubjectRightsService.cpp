#include "services/requests/SubjectRightsService.h"

#include "core/LocalCalendar.h"
#include "core/Logging.h"
#include "core/RetentionPolicy.h"
#include "services/ProfileService.h"
#include "services/Session.h"
#include "services/SubjectLinker.h"
#include "services/SubjectService.h"
#include "services/keys/FieldCrypto.h"
#include "services/requests/AccessRequestService.h"
#include "storage/Database.h"
#include "storage/HoldRepository.h"
#include "storage/PlaylistRepository.h"
#include "storage/TransactionGuard.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

namespace {
QString requestObject(qint64 id)
{
    return QStringLiteral("request:%1").arg(id);
}

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1Char(','));
}

// "?, ?, ?" for an IN list of n values (n > 0).
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVariantList variants(const QList<qint64>& ids)
{
    QVariantList out;
    for (qint64 id : ids)
        out << id;
    return out;
}

QString oneLine(const QString& text)
{
    QString s = text.trimmed();
    s.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

QString sealedText(const QByteArray& sealed)
{
    return QString::fromLatin1(
        sealed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

/// What a request covers: its included data subjects, and the calls and chats it included or
/// that belong to those subjects, less those the officer excluded as false matches.
struct SubjectRightsService::Scope
{
    QList<qint64> subjects;
    QList<qint64> calls;
    QList<qint64> chats;
};

SubjectRightsService::SubjectRightsService(Session& session) : m_session(session) {}

QByteArray SubjectRightsService::rectificationPlace(qint64 requestId, qint64 subjectId,
                                                    IdentifierKind kind, bool after)
{
    return QStringLiteral("audit/subject.rectify/%1/%2/%3/%4")
        .arg(requestId)
        .arg(subjectId)
        .arg(SubjectRepository::kindId(kind),
             after ? QStringLiteral("after") : QStringLiteral("before"))
        .toUtf8();
}

std::optional<AccessRequestRecord>
SubjectRightsService::verified(qint64 requestId, const QString& action, Error* error)
{
    return AccessRequestService(m_session).requireVerified(requestId, action, error);
}

bool SubjectRightsService::requireKind(const AccessRequestRecord& record,
                                       const QList<RequestKind>& kinds, Error* error) const
{
    if (kinds.contains(record.kind))
        return true;
    QStringList names;
    for (RequestKind k : kinds)
        names << AccessRequestTerms::kindName(k);
    return fail(
        error, ErrorKind::RefusedByRule,
        tr("Request %1 is a request of kind \"%2\"; this needs a request of kind: %3.")
            .arg(record.id)
            .arg(AccessRequestTerms::kindName(record.kind), names.join(QStringLiteral(", "))));
}

std::optional<SubjectRightsService::Scope> SubjectRightsService::scopeOf(qint64 requestId,
                                                                         Error* error)
{
    const auto items = RequestRepository(m_session.db()).items(requestId, error);
    if (!items)
        return std::nullopt;
    Scope scope;
    QSet<qint64> excludedCalls, excludedChats;
    for (const RequestItem& i : *items) {
        QList<qint64>* list = i.kind == RequestItem::Kind::Subject ? &scope.subjects
                              : i.kind == RequestItem::Kind::Call  ? &scope.calls
                                                                   : &scope.chats;
        if (i.included) {
            if (!list->contains(i.objectId))
                list->append(i.objectId);
        } else if (i.kind == RequestItem::Kind::Call) {
            excludedCalls.insert(i.objectId);
        } else if (i.kind == RequestItem::Kind::Chat) {
            excludedChats.insert(i.objectId);
        }
    }
    // What was linked to the subjects since the request was opened belongs to them too.
    SubjectRepository subjects(m_session.db());
    for (qint64 subject : std::as_const(scope.subjects)) {
        const auto calls = subjects.callIds(subject, error);
        const auto chats = calls ? subjects.chatIds(subject, error) : std::nullopt;
        if (!chats)
            return std::nullopt;
        for (qint64 call : *calls)
            if (!excludedCalls.contains(call) && !scope.calls.contains(call))
                scope.calls.append(call);
        for (qint64 chat : *chats)
            if (!excludedChats.contains(chat) && !scope.chats.contains(chat))
                scope.chats.append(chat);
    }
    std::sort(scope.subjects.begin(), scope.subjects.end());
    std::sort(scope.calls.begin(), scope.calls.end());
    std::sort(scope.chats.begin(), scope.chats.end());
    return scope;
}

// ---------------------------------------------------------------------------------------------
// Rectification (art. 16)

bool SubjectRightsService::rectify(qint64 requestId, qint64 subjectId, IdentifierKind kind,
                                   const QString& from, const QString& to, Error* error)
{
    const QString action = QStringLiteral("subject.rectify");
    const auto record = verified(requestId, action, error);
    if (!record || !requireKind(*record, {RequestKind::Rectification}, error))
        return false;
    const auto scope = scopeOf(requestId, error);
    if (!scope)
        return false;
    if (!scope->subjects.contains(subjectId))
        return fail(
            error, ErrorKind::InputRejected,
            tr("Data subject %1 is not included in request %2.").arg(subjectId).arg(requestId));
    if (to.size() > 500 || to.contains(QLatin1Char('\n')))
        return fail(error, ErrorKind::InputRejected,
                    tr("The new value must be one line of at most 500 characters."));
    const auto region = ProfileService(m_session).phoneRegion(error);
    if (!region)
        return false;
    const auto before = SubjectService::normalise(kind, from, error, *region);
    const auto after = before ? SubjectService::normalise(kind, to, error, *region) : std::nullopt;
    if (!after)
        return false;
    const QString kindId = SubjectRepository::kindId(kind);
    if (FieldCrypto::normalised(kindId, *before) == FieldCrypto::normalised(kindId, *after))
        return fail(
            error, ErrorKind::InputRejected,
            tr("The new %1 is the same as the old one.").arg(SubjectService::kindName(kind)));

    FieldCrypto crypto(m_session);
    if (!crypto.holds(Capability::Lookup) || !crypto.holds(Capability::Identifiers))
        return fail(error, ErrorKind::PermissionDenied,
                    tr("Rectifying needs the identifier and lookup keys, which have not reached "
                       "you yet."));
    const QList<QByteArray> oldLookups =
        crypto.indexes(kindId, FieldCrypto::normalised(kindId, *before));
    const auto replacement = SubjectLinker::stored(crypto, subjectId, kind, *after, error);
    if (!replacement)
        return false;
    const auto sealedBefore =
        crypto.seal(Capability::Identifiers, before->toUtf8(),
                    rectificationPlace(requestId, subjectId, kind, false), error);
    const auto sealedAfter =
        sealedBefore ? crypto.seal(Capability::Identifiers, after->toUtf8(),
                                   rectificationPlace(requestId, subjectId, kind, true), error)
                     : std::nullopt;
    if (!sealedAfter)
        return false;

    TransactionGuard transaction(m_session.db());
    Database& db = m_session.database();
    QSqlQuery q;
    QVariantList values{subjectId, kindId};
    for (const QByteArray& lookup : oldLookups)
        values << lookup;
    if (!db.exec(QStringLiteral("SELECT id FROM subject_identifiers WHERE subject_id = ? AND"
                                " kind = ? AND lookup IN (%1) ORDER BY id")
                     .arg(placeholders(oldLookups.size())),
                 values, error, &q))
        return false;
    QList<qint64> rows;
    while (q.next())
        rows << q.value(0).toLongLong();
    q.finish();
    if (rows.isEmpty())
        return fail(error, ErrorKind::InputRejected,
                    tr("Data subject %1 has no such %2: nothing was changed.")
                        .arg(subjectId)
                        .arg(SubjectService::kindName(kind)));
    // One row takes the new value; a duplicate (the subject already has the new value, or
    // the old one under several key versions) goes.
    QSqlQuery existing;
    if (!db.exec(QStringLiteral("SELECT id FROM subject_identifiers WHERE subject_id = ? AND"
                                " kind = ? AND lookup = ?"),
                 {subjectId, kindId, replacement->lookup}, error, &existing))
        return false;
    const bool hasNew = existing.next();
    existing.finish();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool keep = i == 0 && !hasNew;
        if (keep ? !db.exec(QStringLiteral("UPDATE subject_identifiers SET shown = ?,"
                                           " value_sealed = ?, lookup = ? WHERE id = ?"),
                            {replacement->shown, replacement->sealed, replacement->lookup, rows[i]},
                            error)
                 : !db.exec(QStringLiteral("DELETE FROM subject_identifiers WHERE id = ?"),
                            {rows[i]}, error))
            return false;
    }
    return m_session.audit(action, requestObject(requestId),
                           QStringLiteral("subject=%1 kind=%2 before=%3 after=%4")
                               .arg(subjectId)
                               .arg(kindId, sealedText(*sealedBefore), sealedText(*sealedAfter)),
                           error) &&
           m_session.commit(transaction, error, Change::Subjects);
}

// ---------------------------------------------------------------------------------------------
// Restriction (art. 18) and objection (art. 21)

std::optional<RestrictionResult>
SubjectRightsService::applyRestriction(const Scope& scope, bool restricted, Error* error)
{
    RestrictionResult result;
    SubjectRepository subjects(m_session.db());
    for (qint64 subject : scope.subjects) {
        if (!subjects.setRestricted(subject, restricted, error))
            return std::nullopt;
        ++result.subjects;
    }
    // The request's calls and chats linked to no subject of it (found by the number alone) are
    // set directly. Lifting leaves alone what another restricted subject holds.
    Database& db = m_session.database();
    const QString guard = restricted
                              ? QString()
                              : QStringLiteral(" AND (subject_id IS NULL OR subject_id NOT IN"
                                               " (SELECT id FROM subjects WHERE restricted <> 0))");
    for (const auto& [table, ids, count] :
         {std::tuple{QStringLiteral("calls"), &scope.calls, &result.calls},
          std::tuple{QStringLiteral("chats"), &scope.chats, &result.chats}}) {
        for (qint64 id : *ids) {
            QSqlQuery q;
            if (!db.exec(
                    QStringLiteral("UPDATE %1 SET restricted = ? WHERE id = ?%2").arg(table, guard),
                    {restricted ? 1 : 0, id}, error, &q))
                return std::nullopt;
            ++*count;
        }
    }
    return result;
}

std::optional<RestrictionResult> SubjectRightsService::setRestricted(qint64 requestId,
                                                                     bool restricted, Error* error)
{
    const QString action =
        restricted ? QStringLiteral("subject.restrict") : QStringLiteral("subject.restrict.lift");
    const auto record = verified(requestId, action, error);
    if (!record ||
        !requireKind(*record,
                     {RequestKind::Restriction, RequestKind::Objection, RequestKind::Rectification},
                     error))
        return std::nullopt;
    const auto scope = scopeOf(requestId, error);
    if (!scope)
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    const auto result = applyRestriction(*scope, restricted, error);
    if (!result ||
        !m_session.audit(action, requestObject(requestId),
                         QStringLiteral("subjects=%1 calls=%2 chats=%3 subject_ids=%4")
                             .arg(result->subjects)
                             .arg(result->calls)
                             .arg(result->chats)
                             .arg(idList(scope->subjects)),
                         error) ||
        !m_session.commit(transaction, error, Change::Subjects | Change::Calls | Change::Chats))
        return std::nullopt;
    return result;
}

bool SubjectRightsService::recordObjection(qint64 requestId, const ObjectionDecision& decision,
                                           Error* error)
{
    const QString action = QStringLiteral("subject.object");
    const auto record = verified(requestId, action, error);
    if (!record || !requireKind(*record, {RequestKind::Objection}, error))
        return false;
    const QString grounds = oneLine(decision.grounds);
    if (!decision.upheld && grounds.isEmpty())
        return fail(error, ErrorKind::InputRejected,
                    tr("Overriding an objection needs the compelling legitimate grounds that "
                       "override the person's interests, rights and freedoms (GDPR art. 21(1))."));
    if (grounds.size() > maxTextLength)
        return fail(error, ErrorKind::InputRejected,
                    tr("The grounds have at most %1 characters.").arg(maxTextLength));
    const auto scope = scopeOf(requestId, error);
    if (!scope)
        return false;
    TransactionGuard transaction(m_session.db());
    QString details;
    if (decision.upheld) {
        // Processing stops: the records are restricted now; erasure, if the person wants it,
        // is a request of its own.
        const auto result = applyRestriction(*scope, true, error);
        if (!result)
            return false;
        details = QStringLiteral("decision=upheld restricted_subjects=%1 calls=%2 chats=%3")
                      .arg(result->subjects)
                      .arg(result->calls)
                      .arg(result->chats);
    } else {
        details = QStringLiteral("decision=overridden grounds=%1").arg(grounds);
    }
    return m_session.audit(action, requestObject(requestId), details, error) &&
           m_session.commit(transaction, error,
                            decision.upheld ? Changes(Change::Subjects | Change::Calls |
                                                      Change::Chats | Change::Requests)
                                            : Changes(Change::Requests));
}

// ---------------------------------------------------------------------------------------------
// Erasure (art. 17)

std::optional<ErasurePlan> SubjectRightsService::plan(qint64 requestId, Error* error)
{
    const auto scope = scopeOf(requestId, error);
    if (!scope)
        return std::nullopt;
    Error profileError;
    const auto profile = ProfileService(m_session).current(&profileError);
    if (profileError.isError()) {
        if (error)
            *error = profileError;
        return std::nullopt;
    }
    const QTimeZone zone = profile ? profile->timeZone() : LocalCalendar::defaultZone();
    ErasurePlan plan;
    plan.requestId = requestId;
    // A legal duty to keep the records (GDPR art. 17(3)(b)): the profile names one by a
    // `legal_obligation` basis. The profile contract has no finer field yet, so the duty keeps
    // every call and chat it could apply to.
    if (profile) {
        for (const LegalBasisEntry& b : profile->legalBases()) {
            if (b.basis == LegalBasis::LegalObligation) {
                const QString text =
                    QLocale().language() == QLocale::Finnish ? b.explanation.fi : b.explanation.en;
                plan.retentionDuty = text.isEmpty() ? b.explanation.fi + b.explanation.en : text;
            }
        }
    }
    const QDateTime now = m_session.clock().nowUtc();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    Database& db = m_session.database();
    HoldRepository holds(m_session.db());
    auto holdReason = [&](qint64 holdId) {
        Error ignored;
        const auto h = holds.find(holdId, &ignored);
        if (!h)
            return tr("legal hold %1").arg(holdId);
        return tr("legal hold %1 (%2, case %3) until %4")
            .arg(holdId)
            .arg(RetentionPolicy::holdReasonName(h->reason), h->caseRef,
                 QLocale().toString(h->until.toTimeZone(zone).addSecs(-1).date(),
                                    QLocale::ShortFormat));
    };

    // The hold that keeps each call or chat, if any: the same conditions as the purge's.
    const QString callHold = QStringLiteral(
        "SELECT h.id FROM legal_holds h WHERE h.released_at IS NULL AND h.until_at > ?"
        " AND (h.call_id = c.id OR (h.subject_id IS NOT NULL AND h.subject_id = c.subject_id)"
        " OR (h.phone_index IS NOT NULL AND h.phone_index = c.caller_index))"
        " ORDER BY h.id LIMIT 1");
    const QString chatHold = QStringLiteral(
        "SELECT h.id FROM legal_holds h WHERE h.released_at IS NULL AND h.until_at > ?"
        " AND (h.chat_id = c.id OR (h.subject_id IS NOT NULL AND h.subject_id = c.subject_id))"
        " ORDER BY h.id LIMIT 1");
    for (const auto& [kind, ids, out, table, heldSql, holdSql] :
         {std::tuple{RequestItem::Kind::Call, &scope->calls, &plan.calls, QStringLiteral("calls"),
                     HoldRepository::heldCallSql(QStringLiteral("c")), callHold},
          std::tuple{RequestItem::Kind::Chat, &scope->chats, &plan.chats, QStringLiteral("chats"),
                     HoldRepository::heldChatSql(QStringLiteral("c")), chatHold}}) {
        for (qint64 id : *ids) {
            QSqlQuery q;
            if (!db.exec(QStringLiteral("SELECT c.id, %1, (%2) FROM %3 c WHERE c.id = ?")
                             .arg(heldSql, holdSql, table),
                         {nowSecs, nowSecs, id}, error, &q))
                return std::nullopt;
            if (!q.next())
                continue; // gone since it was found (purged): nothing to erase
            if (q.value(1).toBool()) {
                const qint64 holdId = q.value(2).toLongLong();
                plan.kept.append({kind, id, holdId, holdReason(holdId)});
            } else if (!plan.retentionDuty.isEmpty()) {
                plan.kept.append(
                    {kind, id, 0, tr("a legal duty to keep it: %1").arg(plan.retentionDuty)});
            } else {
                out->append(id);
            }
        }
    }
    // A subject stays while a hold on them or on one of their phone numbers is in force (as
    // the purge keeps them); the records the hold covers stay with them (above).
    for (qint64 subject : scope->subjects) {
        QSqlQuery q;
        if (!db.exec(QStringLiteral(
                         "SELECT s.id, (SELECT h.id FROM legal_holds h WHERE h.released_at IS NULL"
                         " AND h.until_at > ? AND (h.subject_id = s.id OR (h.phone_index IS NOT"
                         " NULL AND h.phone_index IN (SELECT i.lookup FROM subject_identifiers i"
                         " WHERE i.subject_id = s.id AND i.kind = 'phone'))) ORDER BY h.id"
                         " LIMIT 1) FROM subjects s WHERE s.id = ?"),
                     {nowSecs, subject}, error, &q))
            return std::nullopt;
        if (!q.next())
            continue;
        if (!q.value(1).isNull()) {
            const qint64 holdId = q.value(1).toLongLong();
            plan.kept.append({RequestItem::Kind::Subject, subject, holdId, holdReason(holdId)});
        } else {
            plan.subjects.append(subject);
        }
    }

    auto countOf = [&](const QString& sql, const QList<qint64>& ids, qint64* out) {
        *out = 0;
        if (ids.isEmpty())
            return true;
        QSqlQuery q;
        if (!db.exec(sql.arg(placeholders(ids.size())), variants(ids), error, &q) || !q.next())
            return false;
        *out = q.value(0).toLongLong();
        return true;
    };
    if (!countOf(QStringLiteral("SELECT count(*) FROM subject_identifiers WHERE subject_id IN"
                                " (%1)"),
                 plan.subjects, &plan.identifiers) ||
        !countOf(QStringLiteral("SELECT count(*) FROM recordings WHERE call_id IN (%1)"),
                 plan.calls, &plan.recordings) ||
        !countOf(QStringLiteral("SELECT count(*) FROM chat_messages WHERE chat_id IN (%1)"),
                 plan.chats, &plan.messages) ||
        !countOf(QStringLiteral("SELECT count(*) FROM tags WHERE call_id IN (%1)"), plan.calls,
                 &plan.tags) ||
        !countOf(QStringLiteral("SELECT count(*) FROM playlist_items WHERE tag_id IN"
                                " (SELECT id FROM tags WHERE call_id IN (%1))"),
                 plan.calls, &plan.clips))
        return std::nullopt;
    return plan;
}

std::optional<ErasurePlan> SubjectRightsService::planErasure(qint64 requestId, Error* error)
{
    const QString action = QStringLiteral("subject.erase.plan");
    const auto record = verified(requestId, action, error);
    if (!record || !requireKind(*record, {RequestKind::Erasure}, error))
        return std::nullopt;
    const auto planned = plan(requestId, error);
    if (!planned)
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(action, requestObject(requestId),
                         QStringLiteral("subjects=%1 calls=%2 chats=%3 kept=%4")
                             .arg(planned->subjects.size())
                             .arg(planned->calls.size())
                             .arg(planned->chats.size())
                             .arg(planned->kept.size()),
                         error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return planned;
}

std::optional<ErasurePlan> SubjectRightsService::erase(qint64 requestId, Error* error)
{
    const QString action = QStringLiteral("subject.erase");
    const auto record = verified(requestId, action, error);
    if (!record || !requireKind(*record, {RequestKind::Erasure}, error))
        return std::nullopt;
    // What a run killed after an earlier commit left: files of deleted key rows.
    qint64 leftOver = 0;
    if (!removeShreddedFiles(&leftOver, error))
        return std::nullopt;

    TransactionGuard transaction(m_session.db());
    auto done = plan(requestId, error);
    if (!done)
        return std::nullopt;
    ErasurePlan& p = *done;
    Database& db = m_session.database();
    auto each = [&](const QString& sql, const QList<qint64>& ids) {
        return ids.isEmpty() || db.exec(sql.arg(placeholders(ids.size())), variants(ids), error);
    };
    // Crypto-shredding as the purge does: the file names journalled with the deletion of the
    // rows that hold their keys; the files go after the commit. The clips of the calls' tags
    // leave their playlists first (the playlist would otherwise keep an empty item).
    if (!each(QStringLiteral("INSERT OR IGNORE INTO purge_shredded (file_name)"
                             " SELECT file_name FROM recordings WHERE call_id IN (%1)"),
              p.calls))
        return std::nullopt;
    const auto clips = PlaylistRepository(m_session.db()).removeClipsOfCalls(p.calls, error);
    if (!clips)
        return std::nullopt;
    p.clips = *clips;
    // Calls take their recordings (the file keys), waveforms and tags with them; chats their
    // messages, search index and identifiers; subjects their identifiers. Kept calls and chats
    // of an erased subject lose the link (ON DELETE SET NULL).
    // Evaluations do not exist yet (issue [12]): when they do, an erased call's evaluations
    // keep their scores with the call's link replaced by a tombstone.
    if (!each(QStringLiteral("DELETE FROM calls WHERE id IN (%1)"), p.calls) ||
        !each(QStringLiteral("DELETE FROM chats WHERE id IN (%1)"), p.chats) ||
        !each(QStringLiteral("DELETE FROM subjects WHERE id IN (%1)"), p.subjects))
        return std::nullopt;
    // The request's items keep the erased ids: tombstones that say what the request covered.
    QStringList keptIds;
    for (const ErasureKept& k : std::as_const(p.kept))
        keptIds << QStringLiteral("%1:%2:%3")
                       .arg(RequestItem::kindId(k.kind))
                       .arg(k.id)
                       .arg(k.holdId > 0 ? QStringLiteral("hold%1").arg(k.holdId)
                                         : QStringLiteral("duty"));
    if (!m_session.audit(
            action, requestObject(requestId),
            QStringLiteral("subjects=%1 identifiers=%2 calls=%3 recordings=%4 tags=%5 clips=%6 "
                           "chats=%7 messages=%8 subject_ids=%9 call_ids=%10 chat_ids=%11 "
                           "kept=%12")
                .arg(p.subjects.size())
                .arg(p.identifiers)
                .arg(p.calls.size())
                .arg(p.recordings)
                .arg(p.tags)
                .arg(p.clips)
                .arg(p.chats.size())
                .arg(p.messages)
                .arg(idList(p.subjects), idList(p.calls), idList(p.chats),
                     keptIds.isEmpty() ? QStringLiteral("-") : keptIds.join(QLatin1Char(','))),
            error) ||
        !m_session.commit(transaction, error,
                          Change::Subjects | Change::Calls | Change::Chats | Change::Tags |
                              Change::Playlists | Change::Requests))
        return std::nullopt;
    p.erased = true;
    // The keys are gone with the commit; a file that cannot be removed now stays journalled
    // and goes with the next erasure or purge (it can no longer be read).
    Error fileError;
    if (!removeShreddedFiles(&p.filesRemoved, &fileError))
        qCWarning(lcServices) << "erased recordings' files not yet removed:" << fileError.message;
    p.filesRemoved += leftOver;
    return done;
}

bool SubjectRightsService::removeShreddedFiles(qint64* removed, Error* error)
{
    // As PurgeService does: files whose key rows are gone (committed) cannot be read by anyone;
    // removing them loses nothing, and their names leave the journal.
    QSqlQuery q;
    if (!m_session.database().exec(QStringLiteral("SELECT file_name FROM purge_shredded"), {},
                                   error, &q))
        return false;
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    q.finish();
    if (names.isEmpty())
        return true;
    const QDir dir(m_session.paths().recordings());
    for (const QString& name : std::as_const(names)) {
        if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
            name.startsWith(QLatin1Char('.')))
            continue;
        const QString path = dir.filePath(name);
        if (QFile::exists(path)) {
            if (!QFile::remove(path))
                return fail(error, ErrorKind::Environment,
                            tr("An erased recording's file could not be removed: %1")
                                .arg(QDir::toNativeSeparators(path)));
            ++*removed;
        }
    }
    TransactionGuard transaction(m_session.db());
    for (const QString& name : std::as_const(names)) {
        if (!m_session.database().exec(
                QStringLiteral("DELETE FROM purge_shredded WHERE file_name = ?"), {name}, error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace tallenne
