#pragma once

#include "core/Error.h"
#include "core/Permissions.h"
#include "services/audio/AudioDecoder.h"
#include "services/audio/WaveformAnalyzer.h"
#include "storage/RecordingStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace tallenne {

class Session;

/// Why a recording is played (DESIGN.md: "Every playback declares a purpose").
enum class PlaybackPurpose
{
    QualityReview,
    Training,
    AccessRequest,
    Complaint,
};

class PlaybackPurposes
{
    Q_DECLARE_TR_FUNCTIONS(PlaybackPurposes)

public:
    /// The stable id of the audit trail: quality_review, training, access_request, complaint.
    [[nodiscard]] static QString id(PlaybackPurpose purpose);
    [[nodiscard]] static std::optional<PlaybackPurpose> fromId(const QString& id);
    [[nodiscard]] static QString displayName(PlaybackPurpose purpose);
    [[nodiscard]] static QList<PlaybackPurpose> all();
    /// The purposes these roles may declare: quality manager → quality review and complaint;
    /// trainer → training; privacy officer → access request; administrator → none.
    [[nodiscard]] static QList<PlaybackPurpose> allowedFor(Roles roles);
};

/// A stretch of the recording that was actually heard, and at which speed.
struct HeardRange
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    double rate = 1.0;
    bool operator==(const HeardRange&) const = default;
};

/// A decrypted recording, in memory only, ready for a QBuffer: `audio` is a 16-bit PCM WAV
/// that any QMediaPlayer backend plays (decoded by open() when stored otherwise); `info` is
/// what was stored (its codec the stored one).
struct OpenedRecording
{
    qint64 callId = 0;
    qint64 recordingId = 0;
    QByteArray audio;
    AudioInfo info;
    PlaybackPurpose purpose = PlaybackPurpose::QualityReview;
    QString accessRequestId;
};

/// A recording opened for the player (PlaybackService::openForPlayer()): `opened` without its
/// audio, and the samples to play, still being decrypted in the background while
/// `samples.fill` is set.
struct PlayerRecording
{
    OpenedRecording opened;
    DecodedAudio samples;
};

/// Opening recordings for playback: the permission and the purpose check, decryption into
/// memory, the audit of the opening ("recording.play") and of what was heard
/// ("recording.heard"), and the waveform peaks (cached in the encrypted register).
class PlaybackService
{
    Q_DECLARE_TR_FUNCTIONS(PlaybackService)

public:
    explicit PlaybackService(Session& session);

    /// Decrypts the call's recording into memory and, unless it already is a plain 16-bit PCM
    /// WAV, decodes it there into one (AudioDecoder). The purpose must be one the user's roles
    /// allow; an access request purpose needs the request's id, which is recorded. Refusals
    /// are audited; so is the opening, even when the audio then cannot be decoded
    /// (ErrorKind::InputRejected, "The recording cannot be decoded: …").
    [[nodiscard]] std::optional<OpenedRecording>
    open(qint64 callId, PlaybackPurpose purpose, Error* error, const QString& accessRequestId = {});
    /// As open(), for the player: the checks, the refusals and the audit entry are the same,
    /// and so are the messages for a file that is missing, foreign, swapped or damaged, but a
    /// plain 16-bit PCM WAV is not decrypted whole first. Its first chunk is decrypted and
    /// authenticated here and the rest on a worker thread into the samples
    /// (PlaybackFill), so playback starts at once; damage found later makes the fill fail
    /// with the message open() would have given. Other recordings are decrypted and decoded
    /// whole, as open() does.
    [[nodiscard]] std::optional<PlayerRecording> openForPlayer(qint64 callId,
                                                               PlaybackPurpose purpose,
                                                               Error* error,
                                                               const QString& accessRequestId = {});
    /// Before a purpose is asked: true when the call's recording can already be told unplayable,
    /// with error set to the message open() would give (no recording, ErrorKind::InputRejected;
    /// its file missing, ErrorKind::Damaged). False, and error untouched, whenever open() has
    /// to decide: roles that may not play, a call they do not see, a file that is there. Reads
    /// the call's recording row and stats its file; no audit entry (nothing personal is read:
    /// the call list shows the same state).
    [[nodiscard]] bool knownUnplayable(qint64 callId, Error* error);
    /// Writes "recording.heard" with the ranges heard and their speeds.
    [[nodiscard]] bool recordHeard(qint64 callId, const QList<HeardRange>& ranges,
                                   PlaybackPurpose purpose, Error* error,
                                   const QString& accessRequestId = {});
    /// The opened recording's peaks: from the cache, or decoded now and cached.
    [[nodiscard]] std::optional<WaveformPeaks> waveform(const OpenedRecording& recording,
                                                        Error* error, bool* fromCache = nullptr);

    /// The same from the player's samples, which must all be there (DecodedAudio::isComplete()).
    [[nodiscard]] std::optional<WaveformPeaks> waveform(const OpenedRecording& recording,
                                                        const DecodedAudio& samples, Error* error,
                                                        bool* fromCache = nullptr);

    /// "0-5000@1x,12000-15000@1.5x": the text of the audit details.
    [[nodiscard]] static QString formatRanges(const QList<HeardRange>& ranges);
    /// True when these roles see records under restriction of processing.
    [[nodiscard]] static bool seesRestricted(Roles roles);

private:
    bool checkPurpose(qint64 callId, PlaybackPurpose purpose, const QString& action,
                      const QString& accessRequestId, Error* error);
    /// An access request's playback: the request exists, is open and includes the call.
    bool checkRequest(qint64 callId, const QString& action, const QString& accessRequestId,
                      Error* error);
    /// "Call N has no recording." and why (RecordingStates::describe()).
    [[nodiscard]] QString whyNoRecording(qint64 callId);
    /// The checks of open() and the call's recording: its id and stored facts.
    std::optional<std::pair<qint64, AudioInfo>>
    locate(qint64 callId, PlaybackPurpose purpose, const QString& accessRequestId, Error* error);
    /// The audit entry of an opening ("recording.play"), committed.
    bool auditOpening(qint64 callId, qint64 recordingId, PlaybackPurpose purpose,
                      const QString& accessRequestId, Error* error);
    /// The decrypted file made a playable WAV, and the rest of an OpenedRecording.
    std::optional<OpenedRecording> finishOpening(QByteArray audio, qint64 callId,
                                                 qint64 recordingId, const AudioInfo& info,
                                                 PlaybackPurpose purpose,
                                                 const QString& accessRequestId, Error* error);
    std::optional<WaveformPeaks>
    cachedOr(qint64 recordingId, const std::function<std::optional<WaveformPeaks>()>& analyze,
             bool* fromCache);
    bool refuse(const QString& action, const QString& object, const QString& reason, ErrorKind kind,
                const QString& message, Error* error);

    Session& m_session;
};

} // namespace tallenne
