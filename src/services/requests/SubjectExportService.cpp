#include "services/requests/SubjectExportService.h"

#include "core/Logging.h"
#include "services/NoticeRenderer.h"
#include "services/ProfileService.h"
#include "services/Session.h"
#include "services/audio/AudioDecoder.h"
#include "services/keys/FieldCrypto.h"
#include "services/requests/AccessRequestService.h"
#include "services/requests/ExportZip.h"
#include "services/requests/SubjectExportContent.h"
#include "storage/RecordingStore.h"
#include "storage/RequestRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/TagRepository.h"
#include "storage/TransactionGuard.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

namespace {
const QString action = QStringLiteral("subject.export");

QString requestObject(qint64 id)
{
    return QStringLiteral("request:%1").arg(id);
}

QDateTime fromSecs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

bool sqlFailed(const QSqlQuery& q, Error* error)
{
    return fail(
        error, ErrorKind::Damaged,
        SubjectExportService::tr("Unable to read the register: %1").arg(q.lastError().text()));
}

/// A sealed identifier field in clear; the plain column when the row was never sealed.
std::optional<QString> opened(FieldCrypto& crypto, const QByteArray& sealed, const QString& plain,
                              const QByteArray& place, Error* error)
{
    if (sealed.isEmpty())
        return plain;
    return crypto.openText(Capability::Identifiers, sealed, place, error);
}

// Everything included, identifiers opened with the identifier key. Each query is read to its
// end before a sealed value is opened (opening runs statements of its own).
bool collect(Session& session, const SubjectExportPlan& plan, QList<ExportedSubject>& subjects,
             QList<ExportedCall>& calls, QList<ExportedChat>& chats, Error* error)
{
    FieldCrypto crypto(session);
    SubjectRepository subjectRepository(session.db());
    for (qint64 id : plan.subjectIds) {
        const auto restricted = subjectRepository.isRestricted(id, error);
        const auto stored = restricted ? subjectRepository.identifiers(id, error) : std::nullopt;
        if (!stored)
            return false;
        ExportedSubject s;
        s.id = id;
        s.restricted = *restricted;
        for (const StoredIdentifier& i : *stored) {
            const QString kind = SubjectRepository::kindId(i.kind);
            const auto value =
                opened(crypto, i.sealed, i.shown,
                       QStringLiteral("subject_identifiers/value/%1/%2").arg(id).arg(kind).toUtf8(),
                       error);
            if (!value)
                return false;
            s.identifiers.append({kind, *value});
        }
        subjects.append(s);
    }

    TagRepository tags(session.db());
    for (qint64 id : plan.callIds) {
        QSqlQuery q(session.db());
        q.prepare(QStringLiteral(
            "SELECT c.id, c.started_at, c.answered_at, c.ended_at, c.duration_s, c.billsec,"
            " c.direction, c.caller, c.caller_sealed, sn.number, qu.name, c.disposition,"
            " c.restricted, r.id, r.codec, r.channels, r.sample_rate, r.duration_ms FROM calls c"
            " LEFT JOIN service_numbers sn ON sn.id = c.service_number_id"
            " LEFT JOIN queues qu ON qu.id = c.queue_id"
            " LEFT JOIN recordings r ON r.call_id = c.id WHERE c.id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlFailed(q, error);
        if (!q.next())
            continue; // purged since it was found
        ExportedCall c;
        c.id = id;
        c.started = fromSecs(q.value(1));
        c.answered = fromSecs(q.value(2));
        c.ended = fromSecs(q.value(3));
        c.durationS = q.value(4).toInt();
        c.billsec = q.value(5).toInt();
        c.direction = q.value(6).toString();
        const QString shown = q.value(7).toString();
        const QByteArray sealed = q.value(8).toByteArray();
        c.serviceNumber = q.value(9).toString();
        c.queue = q.value(10).toString();
        c.disposition = q.value(11).toString();
        c.restricted = q.value(12).toInt() != 0;
        c.recordingId = q.value(13).isNull() ? 0 : q.value(13).toLongLong();
        c.audio = AudioInfo{q.value(14).toString(), q.value(15).toInt(), q.value(16).toInt(),
                            q.value(17).toInt()};
        q.finish();
        const auto caller = opened(crypto, sealed, shown,
                                   QByteArray("calls/caller/") + QByteArray::number(id), error);
        if (!caller)
            return false;
        c.caller = *caller;
        Error tagError;
        c.tags = tags.list(id, true, &tagError);
        if (tagError.isError()) {
            if (error)
                *error = tagError;
            return false;
        }
        calls.append(c);
    }

    for (qint64 id : plan.chatIds) {
        QSqlQuery q(session.db());
        q.prepare(QStringLiteral("SELECT started_at, ended_at, nickname, nickname_sealed, channel,"
                                 " restricted FROM chats WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlFailed(q, error);
        if (!q.next())
            continue;
        ExportedChat c;
        c.id = id;
        c.started = fromSecs(q.value(0));
        c.ended = fromSecs(q.value(1));
        const QString shownName = q.value(2).toString();
        const QByteArray sealedName = q.value(3).toByteArray();
        c.channel = q.value(4).toString();
        c.restricted = q.value(5).toInt() != 0;
        q.finish();
        QSqlQuery m(session.db());
        m.prepare(QStringLiteral("SELECT seq, sent_at, sender, text, text_sealed FROM"
                                 " chat_messages WHERE chat_id = ? ORDER BY seq"));
        m.addBindValue(id);
        if (!m.exec())
            return sqlFailed(m, error);
        QList<QPair<ExportedMessage, QByteArray>> read;
        while (m.next())
            read.append({ExportedMessage{m.value(0).toInt(), fromSecs(m.value(1)),
                                         m.value(2).toString(), m.value(3).toString()},
                         m.value(4).toByteArray()});
        m.finish();
        const auto name = opened(crypto, sealedName, shownName,
                                 QByteArray("chats/nickname/") + QByteArray::number(id), error);
        if (!name)
            return false;
        c.nickname = *name;
        for (auto& [message, sealed] : read) {
            const auto text =
                opened(crypto, sealed, message.text,
                       QStringLiteral("chat_messages/text/%1/%2").arg(id).arg(message.seq).toUtf8(),
                       error);
            if (!text)
                return false;
            message.text = *text;
            c.messages.append(message);
        }
        chats.append(c);
    }
    return true;
}

} // namespace

SubjectExportService::SubjectExportService(Session& session) : m_session(session) {}

QString SubjectExportService::deliveryId(const QString& name)
{
    QString id = name.trimmed().toLower();
    id.replace(QLatin1Char('-'), QLatin1Char('_'));
    return RegisterProfile::deliveryIds().contains(id) ? id : QString();
}

std::optional<RegisterProfile> SubjectExportService::profile(Error* error)
{
    Error profileError;
    auto profile = ProfileService(m_session).current(&profileError);
    if (!profile) {
        if (profileError.isError() && profileError.kind != ErrorKind::InputRejected) {
            if (error)
                *error = profileError;
        } else {
            fail(error, ErrorKind::RefusedByRule,
                 tr("The register has no profile: the copy's report and its ways of delivery "
                    "come from it. Set one with 'profile set'."));
        }
    }
    return profile;
}

std::optional<SubjectExportPlan> SubjectExportService::planFor(qint64 requestId,
                                                               const SubjectExportOptions& options,
                                                               const RegisterProfile& profile,
                                                               Error* error)
{
    SubjectExportPlan plan;
    plan.requestId = requestId;
    plan.allowedDelivery = profile.rights().delivery;
    plan.delivery =
        options.delivery.isEmpty() ? plan.allowedDelivery.value(0) : deliveryId(options.delivery);
    if (!options.delivery.isEmpty() && plan.delivery.isEmpty())
        plan.delivery = options.delivery; // unknown: refused below with the ways allowed
    const auto items = RequestRepository(m_session.db()).items(requestId, error);
    if (!items)
        return std::nullopt;
    for (const RequestItem& item : *items) {
        if (!item.included) {
            ++plan.excluded;
            continue;
        }
        switch (item.kind) {
        case RequestItem::Kind::Subject:
            plan.subjectIds.append(item.objectId);
            break;
        case RequestItem::Kind::Call:
            plan.callIds.append(item.objectId);
            break;
        case RequestItem::Kind::Chat:
            plan.chatIds.append(item.objectId);
            break;
        }
    }
    std::sort(plan.subjectIds.begin(), plan.subjectIds.end());
    std::sort(plan.callIds.begin(), plan.callIds.end());
    std::sort(plan.chatIds.begin(), plan.chatIds.end());
    plan.files << QStringLiteral("data.json") << QStringLiteral("report.pdf");
    for (qint64 id : plan.callIds) {
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM recordings WHERE call_id = ?),"
                                 " (SELECT count(*) FROM tags WHERE call_id = ?)"));
        q.addBindValue(id);
        q.addBindValue(id);
        if (!q.exec() || !q.next()) {
            sqlFailed(q, error);
            return std::nullopt;
        }
        if (q.value(0).toInt() > 0) {
            ++plan.recordings;
            plan.files << SubjectExportContent::recordingFile(id);
        }
        plan.tags += q.value(1).toInt();
    }
    for (qint64 id : plan.chatIds) {
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("SELECT count(*) FROM chat_messages WHERE chat_id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next()) {
            sqlFailed(q, error);
            return std::nullopt;
        }
        plan.messages += q.value(0).toInt();
        plan.files << SubjectExportContent::transcriptFile(id);
    }
    return plan;
}

std::optional<SubjectExportPlan>
SubjectExportService::plan(qint64 requestId, const SubjectExportOptions& options, Error* error)
{
    if (!m_session.require(Permission::ExportRectifyErase, action, requestObject(requestId), error))
        return std::nullopt;
    const auto view = AccessRequestService(m_session).get(requestId, error);
    if (!view)
        return std::nullopt;
    const auto profile = this->profile(error);
    if (!profile)
        return std::nullopt;
    auto plan = planFor(requestId, options, *profile, error);
    if (plan) {
        plan->verified = view->record.isVerified();
        plan->closed = view->record.isClosed();
    }
    return plan;
}

std::optional<SubjectExportResult>
SubjectExportService::exportPackage(qint64 requestId, const SubjectExportOptions& options,
                                    const Progress& progress, Error* error)
{
    const auto request = AccessRequestService(m_session).requireVerified(requestId, action, error);
    if (!request)
        return std::nullopt;
    // The copy answers the right of access (art. 15) and portability (art. 20); an erasure or
    // a restriction is not a request for one.
    if (request->kind != RequestKind::Access && request->kind != RequestKind::Portability) {
        fail(error, ErrorKind::RefusedByRule,
             tr("Request %1 is for %2, not for a copy: open an access or portability request "
                "for the copy.")
                 .arg(requestId)
                 .arg(AccessRequestTerms::kindName(request->kind)));
        return std::nullopt;
    }
    const auto profile = this->profile(error);
    if (!profile)
        return std::nullopt;
    auto plan = planFor(requestId, options, *profile, error);
    if (!plan)
        return std::nullopt;
    plan->verified = true;
    if (!plan->allowedDelivery.contains(plan->delivery)) {
        Error auditError;
        TransactionGuard transaction(m_session.db());
        if (!m_session.audit(QStringLiteral("request.refused"), requestObject(requestId),
                             QStringLiteral("action=%1 rule=delivery_not_allowed").arg(action),
                             &auditError) ||
            !m_session.commit(transaction, &auditError))
            qCWarning(lcServices) << "a refusal could not be audited:" << auditError.message;
        fail(error, ErrorKind::RefusedByRule,
             tr("The register profile does not allow handing a copy over this way (%1); it "
                "allows: %2.")
                 .arg(options.delivery.isEmpty() ? tr("none given") : options.delivery,
                      plan->allowedDelivery.isEmpty()
                          ? tr("no way at all")
                          : plan->allowedDelivery.join(QStringLiteral(", "))));
        return std::nullopt;
    }

    QList<ExportedSubject> subjects;
    QList<ExportedCall> calls;
    QList<ExportedChat> chats;
    if (!collect(m_session, *plan, subjects, calls, chats, error))
        return std::nullopt;
    int messages = 0;
    int tags = 0;
    for (const ExportedChat& c : chats)
        messages += int(c.messages.size());
    for (const ExportedCall& c : calls)
        tags += int(c.tags.size());

    const QDateTime now = m_session.clock().nowUtc();
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    if (!NoticeRenderer::writePdf(SubjectExportContent::reportHtml(*plan, *request, *profile,
                                                                   options.language, now, messages,
                                                                   tags),
                                  &pdf, error))
        return std::nullopt;

    ExportZip zip;
    const bool encrypted = options.passphrase && !options.passphrase->isEmpty();
    if (!zip.create(options.outPath, options.passphrase, error) ||
        !zip.addBytes(QStringLiteral("data.json"),
                      SubjectExportContent::dataJson(*plan, *request, *profile, options.language,
                                                     now, subjects, calls, chats),
                      error) ||
        !zip.addBytes(QStringLiteral("report.pdf"), pdf.data(), error))
        return std::nullopt;
    for (const ExportedCall& c : calls) {
        if (c.recordingId == 0)
            continue;
        const qint64 recordingId = c.recordingId;
        const AudioInfo info = c.audio;
        // Decrypted and decoded only when libzip reads this entry; wiped when it is done.
        auto produce = [this, recordingId, info](Error* e) -> std::optional<QByteArray> {
            FieldCrypto crypto(m_session);
            RecordingStore store(m_session.paths().recordings(), m_session.db(), m_session.clock());
            auto audio = store.read(recordingId, crypto.recordingKeyOpener(), e);
            if (!audio)
                return std::nullopt;
            auto wav = AudioDecoder::toPlayableWav(*audio, info, e);
            AudioDecoder::wipe(*audio);
            return wav;
        };
        if (!zip.addLazy(SubjectExportContent::recordingFile(c.id), produce, error))
            return std::nullopt;
    }
    for (const ExportedChat& c : chats) {
        if (!zip.addBytes(
                SubjectExportContent::transcriptFile(c.id),
                SubjectExportContent::transcript(c, options.language, profile->timeZone()), error))
            return std::nullopt;
    }
    if (!zip.close(progress, error))
        return std::nullopt;

    SubjectExportResult result;
    result.plan = *plan;
    result.path = options.outPath;
    result.encrypted = encrypted;
    QFile file(options.outPath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        fail(error, ErrorKind::Environment,
             tr("Cannot read back %1: %2").arg(options.outPath, file.errorString()));
        file.close();
        QFile::remove(options.outPath);
        return std::nullopt;
    }
    result.bytes = file.size();
    file.close();
    result.sha256 = hash.result();

    const QString details =
        QStringLiteral("subjects=%1 calls=%2 recordings=%3 chats=%4 messages=%5 tags=%6 "
                       "excluded=%7 language=%8 encrypted=%9 delivery=%10 sha256=%11")
            .arg(subjects.size())
            .arg(calls.size())
            .arg(plan->recordings)
            .arg(chats.size())
            .arg(messages)
            .arg(tags)
            .arg(plan->excluded)
            .arg(noticeLanguageCode(options.language))
            .arg(encrypted ? 1 : 0)
            .arg(plan->delivery, QString::fromLatin1(result.sha256.toHex()));
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(action, requestObject(requestId), details, error) ||
        !m_session.commit(transaction, error, Change::Requests)) {
        // A copy the audit trail does not know of must not leave the register.
        QFile::remove(options.outPath);
        return std::nullopt;
    }
    return result;
}

} // namespace tallenne
