#pragma once

#include "core/Error.h"
#include "core/Permissions.h"
#include "services/audio/WaveformAnalyzer.h"
#include "storage/RecordingStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

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
    /// Writes "recording.heard" with the ranges heard and their speeds.
    [[nodiscard]] bool recordHeard(qint64 callId, const QList<HeardRange>& ranges,
                                   PlaybackPurpose purpose, Error* error,
                                   const QString& accessRequestId = {});
    /// The opened recording's peaks: from the cache, or decoded now and cached.
    [[nodiscard]] std::optional<WaveformPeaks> waveform(const OpenedRecording& recording,
                                                        Error* error, bool* fromCache = nullptr);

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
    bool refuse(const QString& action, const QString& object, const QString& reason, ErrorKind kind,
                const QString& message, Error* error);

    Session& m_session;
};

} // namespace tallenne
