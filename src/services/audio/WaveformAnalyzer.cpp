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

    // Only peaks are kept. The header's frame count may be wrong (a damaged or streamed
    // file), so peaks are first gathered in fine 10 ms slices and folded into `buckets` at
    // the end.
    const qint64 sliceFrames = std::max(1, sampleRate / 100);
    QList<QList<float>> fine(channels); // [channel][10 ms slice]
    const qint64 announcedSlices = std::clamp<qint64>(
        std::min(decoder.announcedFrames(), decoder.inputBytes() * 8) / sliceFrames + 1, 1,
        AudioDecoder::MaxSeconds * 100 + 1);
    for (auto& lane : fine)
        lane.reserve(qsizetype(announcedSlices));
    constexpr qint64 BlockFrames = 8192;
    std::vector<float> block(size_t(BlockFrames * stride));
    qint64 frames = 0;
    for (;;) {
        const qint64 got = decoder.readFloat(block.data(), BlockFrames, error);
        if (got < 0) {
            sodium_memzero(block.data(), block.size() * sizeof(float));
            AudioDecoder::cannotDecode(error);
            return std::nullopt;
        }
        if (got == 0)
            break;
        const qsizetype slices = qsizetype((frames + got + sliceFrames - 1) / sliceFrames);
        for (auto& lane : fine) {
            if (lane.size() < slices)
                lane.resize(slices, 0.0f);
        }
        for (int c = 0; c < channels; ++c) {
            float* lane = fine[c].data();
            const float* in = block.data() + c;
            for (qint64 f = 0; f < got; ++f) {
                const float v = std::min(1.0f, std::abs(in[f * stride]));
                float& peak = lane[(frames + f) / sliceFrames];
                if (v > peak)
                    peak = v;
            }
        }
        frames += got;
    }
    sodium_memzero(block.data(), block.size() * sizeof(float));
    if (frames == 0) {
        fail(error, ErrorKind::InputRejected, tr("no audio found"));
        AudioDecoder::cannotDecode(error);
        return std::nullopt;
    }

    WaveformPeaks out;
    out.channels = channels;
    out.buckets = buckets;
    out.durationMs = frames * 1000 / sampleRate;
    const qsizetype slices = fine.first().size();
    for (int c = 0; c < channels; ++c) {
        QList<float> lane(buckets, 0.0f);
        for (qsizetype s = 0; s < slices; ++s) {
            const int b =
                int(std::min<qint64>(buckets - 1, s * buckets / std::max<qsizetype>(1, slices)));
            lane[b] = std::max(lane[b], fine[c][s]);
        }
        // With fewer slices than buckets, hold each slice over the buckets it covers.
        if (slices > 0 && slices < buckets) {
            for (int b = 0; b < buckets; ++b)
                lane[b] = fine[c][std::min<qsizetype>(slices - 1, qint64(b) * slices / buckets)];
        }
        out.peaks.append(lane);
    }
    return out;
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
