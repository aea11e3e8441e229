#pragma once

#include "core/Error.h"
#include "services/audio/AudioDecoder.h"
#include "storage/RecordingStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tallenne {

/// The peaks of a recording for drawing: per channel, the largest absolute sample (0…1) in
/// each of `buckets` equal slices of time. Stereo recordings are agent (left, channel 0) and
/// customer (right, channel 1).
struct WaveformPeaks
{
    int channels = 0;
    int buckets = 0;
    qint64 durationMs = 0;
    QList<QList<float>> peaks; ///< [channel][bucket]

    [[nodiscard]] bool isEmpty() const { return channels == 0 || buckets == 0; }
    /// The largest peak of a channel between two times (for tests and level meters).
    [[nodiscard]] float maxPeak(int channel, qint64 fromMs = 0, qint64 toMs = -1) const;
    /// Compact form for the cache: one byte per bucket and channel (0…255), channel-major.
    [[nodiscard]] QByteArray toBlob() const;
    [[nodiscard]] static std::optional<WaveformPeaks>
    fromBlob(int channels, int buckets, qint64 durationMs, const QByteArray& blob);
};

/// Reduces a recording held in memory to peaks, streaming it through libsndfile
/// (AudioDecoder) in blocks: no full decode is kept, nothing is written anywhere, and there
/// is no event loop, so it may run on a worker thread.
class WaveformAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(WaveformAnalyzer)

public:
    static constexpr int DefaultBuckets = 2000;

    /// `format` is the recording's stored AudioInfo, needed only for raw (headerless) audio.
    /// ErrorKind::InputRejected with "The recording cannot be decoded: …" when it cannot be
    /// decoded (or is longer than AudioDecoder::MaxSeconds).
    [[nodiscard]] static std::optional<WaveformPeaks>
    analyze(const QByteArray& audio, int buckets, Error* error, const AudioInfo& format = {});
    /// The same peaks from samples already decoded (all of them: DecodedAudio::isComplete()).
    [[nodiscard]] static std::optional<WaveformPeaks> analyze(const DecodedAudio& audio,
                                                              int buckets, Error* error);
};

/// Cached peaks in the register (table waveform_peaks, inside the encrypted database), so a
/// recording opened a second time draws at once. Storage only: PlaybackService decides who
/// may see them.
class WaveformPeakCache
{
    Q_DECLARE_TR_FUNCTIONS(WaveformPeakCache)

public:
    explicit WaveformPeakCache(QSqlDatabase db) : m_db(std::move(db)) {}

    /// nullopt with the error untouched when nothing is cached.
    [[nodiscard]] std::optional<WaveformPeaks> find(qint64 recordingId, Error* error) const;
    [[nodiscard]] bool store(qint64 recordingId, const WaveformPeaks& peaks, Error* error);

private:
    QSqlDatabase m_db;
};

} // namespace tallenne
