#include "services/PlaybackService.h"

#include "storage/RequestRepository.h"

#include "core/Logging.h"
#include "core/RecordingState.h"
#include "services/Session.h"
#include "services/audio/AudioDecoder.h"
#include "services/audio/PlaybackFill.h"
#include "services/keys/FieldCrypto.h"
#include "storage/RequestRepository.h"
#include "storage/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

namespace {
QString recordingObject(qint64 recordingId)
{
    return QStringLiteral("recording:%1").arg(recordingId);
}
QString callObject(qint64 callId)
{
    return QStringLiteral("call:%1").arg(callId);
}
QString rateText(double rate)
{
    return QString::number(rate, 'g', 3) + QLatin1Char('x');
}
} // namespace

QString PlaybackPurposes::id(PlaybackPurpose purpose)
{
    switch (purpose) {
    case PlaybackPurpose::QualityReview:
        return QStringLiteral("quality_review");
    case PlaybackPurpose::Training:
        return QStringLiteral("training");
    case PlaybackPurpose::AccessRequest:
        return QStringLiteral("access_request");
    case PlaybackPurpose::Complaint:
        return QStringLiteral("complaint");
    }
    return {};
}

std::optional<PlaybackPurpose> PlaybackPurposes::fromId(const QString& id)
{
    for (PlaybackPurpose p : all()) {
        if (PlaybackPurposes::id(p) == id)
            return p;
    }
    return std::nullopt;
}

QString PlaybackPurposes::displayName(PlaybackPurpose purpose)
{
    switch (purpose) {
    case PlaybackPurpose::QualityReview:
        return tr("Quality review");
    case PlaybackPurpose::Training:
        return tr("Training");
    case PlaybackPurpose::AccessRequest:
        return tr("Data subject's access request");
    case PlaybackPurpose::Complaint:
        return tr("Handling a complaint");
    }
    return {};
}

QList<PlaybackPurpose> PlaybackPurposes::all()
{
    return {PlaybackPurpose::QualityReview, PlaybackPurpose::Training,
            PlaybackPurpose::AccessRequest, PlaybackPurpose::Complaint};
}

QList<PlaybackPurpose> PlaybackPurposes::allowedFor(Roles roles)
{
    QList<PlaybackPurpose> out;
    if (roles.testFlag(Role::QualityManager))
        out << PlaybackPurpose::QualityReview;
    if (roles.testFlag(Role::Trainer))
        out << PlaybackPurpose::Training;
    if (roles.testFlag(Role::PrivacyOfficer))
        out << PlaybackPurpose::AccessRequest;
    if (roles.testFlag(Role::QualityManager))
        out << PlaybackPurpose::Complaint;
    return out;
}

PlaybackService::PlaybackService(Session& session) : m_session(session) {}

bool PlaybackService::seesRestricted(Roles roles)
{
    // Restricted records are hidden from quality managers and trainers; a user with any other
    // role (the privacy officer handles the restriction) still sees them.
    const Roles hiddenFrom = Roles(Role::QualityManager) | Role::Trainer;
    return (roles & ~hiddenFrom) != Roles{};
}

bool PlaybackService::refuse(const QString& action, const QString& object, const QString& reason,
                             ErrorKind kind, const QString& message, Error* error)
{
    m_session.auditRefusal(action, object, QStringLiteral("reason=%1").arg(reason));
    return fail(error, kind, message);
}

bool PlaybackService::checkPurpose(qint64 callId, PlaybackPurpose purpose, const QString& action,
                                   const QString& accessRequestId, Error* error)
{
    const Permission permission = purpose == PlaybackPurpose::AccessRequest
                                      ? Permission::PlayRecordingsInRequest
                                      : Permission::PlayRecordings;
    if (!m_session.require(permission, action, callObject(callId), error))
        return false;
    if (!PlaybackPurposes::allowedFor(m_session.roles()).contains(purpose))
        return refuse(
            action, callObject(callId),
            QStringLiteral("purpose-not-allowed purpose=%1").arg(PlaybackPurposes::id(purpose)),
            ErrorKind::PermissionDenied,
            tr("Permission denied: your roles do not allow playing a recording for "
               "this purpose (%1).")
                .arg(PlaybackPurposes::displayName(purpose)),
            error);
    if (purpose == PlaybackPurpose::AccessRequest)
        return checkRequest(callId, action, accessRequestId, error);
    return true;
}

bool PlaybackService::checkRequest(qint64 callId, const QString& action,
                                   const QString& accessRequestId, Error* error)
{
    // Only inside an open request that covers this call (DESIGN.md: a privacy officer plays
    // recordings only inside an open request).
    QString number = accessRequestId.trimmed();
    if (number.startsWith(QLatin1Char('#')))
        number.remove(0, 1);
    if (number.isEmpty())
        return refuse(action, callObject(callId), QStringLiteral("no-access-request"),
                      ErrorKind::RefusedByRule,
                      tr("Playing a recording for an access request needs the request's number."),
                      error);
    bool ok = false;
    const qint64 id = number.toLongLong(&ok);
    Error readError;
    const auto request =
        ok && id > 0 ? RequestRepository(m_session.db()).find(id, &readError) : std::nullopt;
    if (readError.isError()) {
        if (error)
            *error = readError;
        return false;
    }
    if (!request)
        return refuse(action, callObject(callId), QStringLiteral("no-such-request"),
                      ErrorKind::RefusedByRule,
                      tr("There is no request %1: give the number of an open request.")
                          .arg(accessRequestId.trimmed()),
                      error);
    if (request->isClosed())
        return refuse(action, callObject(callId),
                      QStringLiteral("request-closed request=%1").arg(id), ErrorKind::RefusedByRule,
                      tr("Request %1 is closed: recordings are played only inside an open "
                         "request.")
                          .arg(id),
                      error);
    const auto items = RequestRepository(m_session.db()).items(id, &readError);
    if (!items) {
        if (error)
            *error = readError;
        return false;
    }
    const bool covered = std::any_of(items->begin(), items->end(), [callId](const RequestItem& i) {
        return i.kind == RequestItem::Kind::Call && i.objectId == callId && i.included;
    });
    if (!covered)
        return refuse(action, callObject(callId),
                      QStringLiteral("not-in-request request=%1").arg(id), ErrorKind::RefusedByRule,
                      tr("Call %1 is not among what request %2 covers: add the person's other "
                         "identifiers to the request, or include the call, first.")
                          .arg(callId)
                          .arg(id),
                      error);
    return true;
}

QString PlaybackService::whyNoRecording(qint64 callId)
{
    // Why not: never imported with one, missing, still being written, unusable.
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT recording_status, recording_issue,"
                             " recording_found_ms, billsec FROM calls WHERE id = ?"));
    q.addBindValue(callId);
    const bool known = q.exec() && q.next();
    return tr("Call %1 has no recording.").arg(callId) + QLatin1Char(' ') +
           (known ? RecordingStates::describe(RecordingState(q.value(0).toInt()),
                                              RecordingStates::issueFromId(q.value(1).toString()),
                                              q.value(2).isNull() ? -1 : q.value(2).toLongLong(),
                                              q.value(3).toLongLong())
                  : QString());
}

bool PlaybackService::knownUnplayable(qint64 callId, Error* error)
{
    const Roles roles = m_session.roles();
    if (!Permissions::allows(roles, Permission::PlayRecordings) &&
        !Permissions::allows(roles, Permission::PlayRecordingsInRequest))
        return false;
    QSqlQuery call(m_session.db());
    call.setForwardOnly(true);
    call.prepare(QStringLiteral("SELECT restricted FROM calls WHERE id = ?"));
    call.addBindValue(callId);
    if (!call.exec() || !call.next() || (call.value(0).toInt() != 0 && !seesRestricted(roles)))
        return false;
    call.finish();
    RecordingStore store(m_session.paths().recordings(), m_session.db(), m_session.clock());
    Error found;
    const auto recordingId = store.recordingIdForCall(callId, &found);
    if (found.isError())
        return false;
    if (!recordingId) {
        fail(error, ErrorKind::InputRejected, whyNoRecording(callId));
        return true;
    }
    return store.fileMissing(*recordingId, error);
}

std::optional<std::pair<qint64, AudioInfo>> PlaybackService::locate(qint64 callId,
                                                                    PlaybackPurpose purpose,
                                                                    const QString& accessRequestId,
                                                                    Error* error)
{
    const QString action = QStringLiteral("recording.play");
    if (!checkPurpose(callId, purpose, action, accessRequestId, error))
        return std::nullopt;

    QSqlQuery call(m_session.db());
    call.prepare(QStringLiteral("SELECT restricted FROM calls WHERE id = ?"));
    call.addBindValue(callId);
    if (!call.exec()) {
        fail(error, ErrorKind::Damaged,
             tr("Unable to read the call: %1").arg(call.lastError().text()));
        return std::nullopt;
    }
    const bool found = call.next();
    if (!found || (call.value(0).toInt() != 0 && !seesRestricted(m_session.roles()))) {
        // A restricted call is answered like a missing one: its existence is not revealed.
        if (found)
            refuse(action, callObject(callId), QStringLiteral("restricted"),
                   ErrorKind::InputRejected, {}, nullptr);
        fail(error, ErrorKind::InputRejected, tr("There is no call %1.").arg(callId));
        return std::nullopt;
    }

    RecordingStore store(m_session.paths().recordings(), m_session.db(), m_session.clock());
    Error lookupError;
    const auto recordingId = store.recordingIdForCall(callId, &lookupError);
    if (!recordingId) {
        if (lookupError) {
            *error = lookupError;
        } else {
            fail(error, ErrorKind::InputRejected, whyNoRecording(callId));
        }
        return std::nullopt;
    }
    const auto info = store.info(*recordingId, error);
    if (!info)
        return std::nullopt;
    return std::make_pair(*recordingId, *info);
}

bool PlaybackService::auditOpening(qint64 callId, qint64 recordingId, PlaybackPurpose purpose,
                                   const QString& accessRequestId, Error* error)
{
    QString details = QStringLiteral("call=%1").arg(callId);
    if (purpose == PlaybackPurpose::AccessRequest)
        details += QStringLiteral(" access_request=%1").arg(accessRequestId.trimmed());
    TransactionGuard transaction(m_session.db());
    return m_session.audit(QStringLiteral("recording.play"), recordingObject(recordingId), details,
                           error, PlaybackPurposes::id(purpose)) &&
           m_session.commitReading(transaction, error);
}

std::optional<OpenedRecording>
PlaybackService::finishOpening(QByteArray audio, qint64 callId, qint64 recordingId,
                               const AudioInfo& info, PlaybackPurpose purpose,
                               const QString& accessRequestId, Error* error)
{
    // What the player gets is a plain 16-bit PCM WAV: anything else (GSM, µ-law, 24-bit,
    // raw formats, a header never finalised …) is decoded here, in memory, with libsndfile,
    // so playback does not depend on which decoders the media backend happens to have.
    QByteArray playable;
    if (AudioDecoder::isPlayableAsIs(audio, info)) {
        playable = std::move(audio);
    } else {
        auto wav = AudioDecoder::toPlayableWav(audio, info, error);
        AudioDecoder::wipe(audio);
        if (!wav)
            return std::nullopt;
        playable = std::move(*wav);
    }

    OpenedRecording opened;
    opened.callId = callId;
    opened.recordingId = recordingId;
    opened.audio = std::move(playable);
    opened.info = info;
    opened.purpose = purpose;
    opened.accessRequestId = accessRequestId.trimmed();
    return opened;
}

std::optional<OpenedRecording> PlaybackService::open(qint64 callId, PlaybackPurpose purpose,
                                                     Error* error, const QString& accessRequestId)
{
    const auto located = locate(callId, purpose, accessRequestId, error);
    if (!located)
        return std::nullopt;
    const auto& [recordingId, info] = *located;
    // The file's key opens with the recordings key only: a role without it cannot play, not
    // even with its own code (docs/security.md).
    RecordingStore store(m_session.paths().recordings(), m_session.db(), m_session.clock());
    FieldCrypto crypto(m_session);
    auto audio = store.read(recordingId, crypto.recordingKeyOpener(), error);
    if (!audio)
        return std::nullopt;
    if (!auditOpening(callId, recordingId, purpose, accessRequestId, error)) {
        AudioDecoder::wipe(*audio);
        return std::nullopt;
    }
    return finishOpening(std::move(*audio), callId, recordingId, info, purpose, accessRequestId,
                         error);
}

std::optional<PlayerRecording> PlaybackService::openForPlayer(qint64 callId,
                                                              PlaybackPurpose purpose, Error* error,
                                                              const QString& accessRequestId)
{
    const auto located = locate(callId, purpose, accessRequestId, error);
    if (!located)
        return std::nullopt;
    const auto& [recordingId, info] = *located;
    PlayerRecording out;
    out.opened.callId = callId;
    out.opened.recordingId = recordingId;
    out.opened.info = info;
    out.opened.purpose = purpose;
    out.opened.accessRequestId = accessRequestId.trimmed();

    RecordingStore store(m_session.paths().recordings(), m_session.db(), m_session.clock());
    FieldCrypto crypto(m_session);
    const auto openKey = crypto.recordingKeyOpener();
    if (info.codec == QLatin1String("pcm_s16le")) {
        // The header, the key check and the first chunk now; the rest in the background.
        auto stream = store.openStream(recordingId, openKey, error);
        if (!stream)
            return std::nullopt;
        bool unsupported = false;
        auto samples = PlaybackFill::begin(std::move(stream), error, &unsupported);
        if (samples) {
            if (!auditOpening(callId, recordingId, purpose, accessRequestId, error))
                return std::nullopt; // ~DecodedAudio wipes what was decrypted
            if (auto* fill = dynamic_cast<PlaybackFill*>(samples->fill.get()))
                fill->start();
            out.samples = std::move(*samples);
            return out;
        }
        if (!unsupported)
            return std::nullopt;
    }

    // Any other recording: decrypted and checked whole, then decoded, as open() does.
    auto audio = store.read(recordingId, openKey, error);
    if (!audio)
        return std::nullopt;
    if (!auditOpening(callId, recordingId, purpose, accessRequestId, error)) {
        AudioDecoder::wipe(*audio);
        return std::nullopt;
    }
    auto opened = finishOpening(std::move(*audio), callId, recordingId, info, purpose,
                                accessRequestId, error);
    if (!opened)
        return std::nullopt;
    auto decoded = AudioDecoder::decode(opened->audio, AudioInfo{}, error);
    AudioDecoder::wipe(opened->audio);
    if (!decoded)
        return std::nullopt;
    out.samples = std::move(*decoded);
    return out;
}

QString PlaybackService::formatRanges(const QList<HeardRange>& ranges)
{
    QStringList parts;
    for (const HeardRange& r : ranges)
        parts << QStringLiteral("%1-%2@%3").arg(r.startMs).arg(r.endMs).arg(rateText(r.rate));
    return parts.join(QLatin1Char(','));
}

bool PlaybackService::recordHeard(qint64 callId, const QList<HeardRange>& ranges,
                                  PlaybackPurpose purpose, Error* error,
                                  const QString& accessRequestId)
{
    const QString action = QStringLiteral("recording.heard");
    if (!checkPurpose(callId, purpose, action, accessRequestId, error))
        return false;
    RecordingStore store(m_session.paths().recordings(), m_session.db(), m_session.clock());
    Error lookupError;
    const auto recordingId = store.recordingIdForCall(callId, &lookupError);
    if (!recordingId)
        return lookupError ? fail(error, lookupError.kind, lookupError.message)
                           : fail(error, ErrorKind::InputRejected,
                                  tr("Call %1 has no recording.").arg(callId));
    QStringList speeds;
    qint64 heardMs = 0;
    for (const HeardRange& r : ranges) {
        if (r.endMs < r.startMs || r.startMs < 0 || r.rate <= 0)
            return fail(error, ErrorKind::InputRejected, tr("A heard range is not valid."));
        heardMs += r.endMs - r.startMs;
        if (!speeds.contains(rateText(r.rate)))
            speeds << rateText(r.rate);
    }
    QString details = QStringLiteral("call=%1 ranges_ms=%2 speeds=%3 heard_ms=%4")
                          .arg(callId)
                          .arg(formatRanges(ranges), speeds.join(QLatin1Char(',')))
                          .arg(heardMs);
    if (purpose == PlaybackPurpose::AccessRequest)
        details += QStringLiteral(" access_request=%1").arg(accessRequestId.trimmed());
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(action, recordingObject(*recordingId), details, error,
                         PlaybackPurposes::id(purpose)))
        return false;
    return m_session.commitReading(transaction, error);
}

std::optional<WaveformPeaks>
PlaybackService::cachedOr(qint64 recordingId,
                          const std::function<std::optional<WaveformPeaks>()>& analyze,
                          bool* fromCache)
{
    if (fromCache)
        *fromCache = false;
    WaveformPeakCache cache(m_session.db());
    Error cacheError;
    if (auto cached = cache.find(recordingId, &cacheError)) {
        if (fromCache)
            *fromCache = true;
        return cached;
    }
    auto peaks = analyze();
    if (!peaks)
        return std::nullopt;
    // Caching is a convenience: a failure to store costs the next opening a decode, no more.
    TransactionGuard transaction(m_session.db());
    Error storeError;
    if (!cache.store(recordingId, *peaks, &storeError) || !transaction.commit(&storeError))
        qCWarning(lcServices) << "waveform peaks not cached:" << storeError.message;
    return peaks;
}

std::optional<WaveformPeaks> PlaybackService::waveform(const OpenedRecording& recording,
                                                       Error* error, bool* fromCache)
{
    return cachedOr(
        recording.recordingId,
        [&] {
            return WaveformAnalyzer::analyze(recording.audio, WaveformAnalyzer::DefaultBuckets,
                                             error, recording.info);
        },
        fromCache);
}

std::optional<WaveformPeaks> PlaybackService::waveform(const OpenedRecording& recording,
                                                       const DecodedAudio& samples, Error* error,
                                                       bool* fromCache)
{
    return cachedOr(
        recording.recordingId,
        [&]() -> std::optional<WaveformPeaks> {
            if (!samples.isComplete()) {
                fail(error, ErrorKind::Usage, tr("The recording is not decrypted yet."));
                return std::nullopt;
            }
            return WaveformAnalyzer::analyze(samples, WaveformAnalyzer::DefaultBuckets, error);
        },
        fromCache);
}

} // namespace tallenne
