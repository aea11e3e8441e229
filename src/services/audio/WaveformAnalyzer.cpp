#include "services/audio/WaveformAnalyzer.h"

#include "services/audio/AudioDecoder.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tallenne {

float WaveformPeaks::maxPeak(int channel, qint64 fromMs, qint64 toMs) const
{
    if (channel < 0 || channel >= channels || buckets == 0 || durationMs <= 0)
        return 0;
    if (toMs < 0)
        toMs = durationMs;
    const int first = int(std::clamp<qint64>(fromMs * buckets / durationMs, 0, buckets - 1));
    const int last =
        int(std::clamp<qint64>((toMs * buckets + durationMs - 1) / durationMs, first + 1, buckets));
    float best = 0;
    for (int b = first; b < last; ++b)
        best = std::max(best, peaks[channel][b]);
    return best;
}

QByteArray WaveformPeaks::toBlob() const
{
    QByteArray blob;
    blob.reserve(qsizetype(channels) * buckets);
    for (const QList<float>& lane : peaks) {
        for (float p : lane)
            blob.append(char(quint8(std::lround(std::clamp(p, 0.0f, 1.0f) * 255.0f))));
    }
    return blob;
}

std::optional<WaveformPeaks> WaveformPeaks::fromBlob(int channels, int buckets, qint64 durationMs,
                                                     const QByteArray& blob)
{
    if (channels <= 0 || buckets <= 0 || blob.size() != qsizetype(channels) * buckets)
        return std::nullopt;
    WaveformPeaks out;
    out.channels = channels;
    out.buckets = buckets;
    out.durationMs = durationMs;
    for (int c = 0; c < channels; ++c) {
        QList<float> lane(buckets);
        for (int b = 0; b < buckets; ++b)
            lane[b] = float(quint8(blob.at(qsizetype(c) * buckets + b))) / 255.0f;
        out.peaks.append(lane);
    }
    return out;
}

namespace {

// Only peaks are kept. The header's frame count may be wrong (a damaged or streamed file), so
// peaks are first gathered in fine 10 ms slices and folded into the buckets at the end.
class PeakGatherer
{
public:
    PeakGatherer(int channels, int stride, int sampleRate, qint64 announcedSlices)
        : m_channels(channels), m_stride(stride), m_sampleRate(sampleRate),
          m_sliceFrames(std::max(1, sampleRate / 100)), m_fine(channels)
    {
        for (auto& lane : m_fine)
            lane.reserve(qsizetype(announcedSlices));
    }

    [[nodiscard]] qint64 sliceFrames() const { return m_sliceFrames; }
    [[nodiscard]] qint64 frames() const { return m_frames; }

    /// `got` interleaved frames of `stride` values each.
    void add(const float* block, qint64 got)
    {
        const qsizetype slices = qsizetype((m_frames + got + m_sliceFrames - 1) / m_sliceFrames);
        for (auto& lane : m_fine) {
            if (lane.size() < slices)
                lane.resize(slices, 0.0f);
        }
        for (int c = 0; c < m_channels; ++c) {
            float* lane = m_fine[c].data();
            const float* in = block + c;
            for (qint64 f = 0; f < got; ++f) {
                const float v = std::min(1.0f, std::abs(in[f * m_stride]));
                float& peak = lane[(m_frames + f) / m_sliceFrames];
                if (v > peak)
                    peak = v;
            }
        }
        m_frames += got;
    }

    /// The peaks of whole 10 ms slices, [channel][slice], found elsewhere (from 16-bit PCM).
    void setSlices(QList<QList<float>> fine, qint64 frames)
    {
        m_fine = std::move(fine);
        m_frames = frames;
    }

    [[nodiscard]] WaveformPeaks result(int buckets) const
    {
        WaveformPeaks out;
        out.channels = m_channels;
        out.buckets = buckets;
        out.durationMs = m_frames * 1000 / m_sampleRate;
        const qsizetype slices = m_fine.first().size();
        for (int c = 0; c < m_channels; ++c) {
            QList<float> lane(buckets, 0.0f);
            for (qsizetype s = 0; s < slices; ++s) {
                const int b = int(
                    std::min<qint64>(buckets - 1, s * buckets / std::max<qsizetype>(1, slices)));
                lane[b] = std::max(lane[b], m_fine[c][s]);
            }
            // With fewer slices than buckets, hold each slice over the buckets it covers.
            if (slices > 0 && slices < buckets) {
                for (int b = 0; b < buckets; ++b)
                    lane[b] =
                        m_fine[c][std::min<qsizetype>(slices - 1, qint64(b) * slices / buckets)];
            }
            out.peaks.append(lane);
        }
        return out;
    }

private:
    int m_channels;
    int m_stride;
    int m_sampleRate;
    qint64 m_sliceFrames;
    QList<QList<float>> m_fine; // [channel][10 ms slice]
    qint64 m_frames = 0;
};

constexpr qint64 BlockFrames = 8192;

} // namespace

std::optional<WaveformPeaks> WaveformAnalyzer::analyze(const QByteArray& audio, int buckets,
                                                       Error* error, const AudioInfo& format)
{
    if (audio.isEmpty() || buckets <= 0) {
        fail(error, ErrorKind::InputRejected, tr("The recording is empty."));
        return std::nullopt;
    }
    AudioDecoder decoder;
    if (!decoder.open(audio, format, error)) {
        AudioDecoder::cannotDecode(error);
        return std::nullopt;
    }
    const int channels = std::clamp(decoder.channels(), 1, 2);
    const int stride = decoder.channels();
    const int sampleRate = decoder.sampleRate();
    const qint64 sliceFrames = std::max(1, sampleRate / 100);
    const qint64 announcedSlices = std::clamp<qint64>(
        std::min(decoder.announcedFrames(), decoder.inputBytes() * 8) / sliceFrames + 1, 1,
        AudioDecoder::MaxSeconds * 100 + 1);
    PeakGatherer gatherer(channels, stride, sampleRate, announcedSlices);
    std::vector<float> block(size_t(BlockFrames * stride));
    for (;;) {
        const qint64 got = decoder.readFloat(block.data(), BlockFrames, error);
        if (got < 0) {
            sodium_memzero(block.data(), block.size() * sizeof(float));
            AudioDecoder::cannotDecode(error);
            return std::nullopt;
        }
        if (got == 0)
            break;
        gatherer.add(block.data(), got);
    }
    sodium_memzero(block.data(), block.size() * sizeof(float));
    if (gatherer.frames() == 0) {
        fail(error, ErrorKind::InputRejected, tr("no audio found"));
        AudioDecoder::cannotDecode(error);
        return std::nullopt;
    }
    return gatherer.result(buckets);
}

std::optional<WaveformPeaks> WaveformAnalyzer::analyze(const DecodedAudio& audio, int buckets,
                                                       Error* error)
{
    if (audio.frames <= 0 || audio.channels <= 0 || audio.sampleRate <= 0 || buckets <= 0 ||
        audio.pcm16.size() < audio.frames * audio.channels * qint64(sizeof(qint16))) {
        fail(error, ErrorKind::InputRejected, tr("The recording is empty."));
        return std::nullopt;
    }
    const int stride = audio.channels;
    const int channels = std::clamp(stride, 1, 2);
    PeakGatherer gatherer(channels, stride, audio.sampleRate, 1);
    // As libsndfile reads 16-bit PCM as float (the sample over 32768), but on the integers:
    // the largest magnitude of each slice, divided once.
    const auto* samples = reinterpret_cast<const qint16*>(audio.pcm16.constData());
    const qint64 sliceFrames = gatherer.sliceFrames();
    const qsizetype slices = qsizetype((audio.frames + sliceFrames - 1) / sliceFrames);
    QList<QList<float>> fine(channels, QList<float>(slices, 0.0f));
    for (qsizetype slice = 0; slice < slices; ++slice) {
        const qint64 from = qint64(slice) * sliceFrames;
        const qint64 to = std::min(audio.frames, from + sliceFrames);
        for (int c = 0; c < channels; ++c) {
            int peak = 0;
            for (qint64 f = from; f < to; ++f)
                peak = std::max(peak, std::abs(int(samples[f * stride + c])));
            fine[c][slice] = std::min(1.0f, float(peak) / 32768.0f);
        }
    }
    gatherer.setSlices(std::move(fine), audio.frames);
    return gatherer.result(buckets);
}

std::optional<WaveformPeaks> WaveformPeakCache::find(qint64 recordingId, Error* error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT buckets, channels, duration_ms, data FROM waveform_peaks"
                                 " WHERE recording_id = ?"));
    query.addBindValue(recordingId);
    if (!query.exec()) {
        fail(error, ErrorKind::Damaged,
             tr("Unable to read cached waveform peaks: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    // A cache row that does not parse is ignored (and replaced on the next analysis).
    return WaveformPeaks::fromBlob(query.value(1).toInt(), query.value(0).toInt(),
                                   query.value(2).toLongLong(), query.value(3).toByteArray());
}

bool WaveformPeakCache::store(qint64 recordingId, const WaveformPeaks& peaks, Error* error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO waveform_peaks"
                                 " (recording_id, buckets, channels, duration_ms, data)"
                                 " VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(recordingId);
    query.addBindValue(peaks.buckets);
    query.addBindValue(peaks.channels);
    query.addBindValue(peaks.durationMs);
    query.addBindValue(peaks.toBlob());
    if (!query.exec())
        return fail(error, ErrorKind::Damaged,
                    tr("Unable to cache the waveform peaks: %1").arg(query.lastError().text()));
    return true;
}

} // namespace tallenne
