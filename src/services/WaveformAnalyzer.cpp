#include "services/WaveformAnalyzer.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QBuffer>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace tallenne {

namespace {

// Folds one decoded buffer into per-channel peaks of `sliceFrames` frames each, whatever
// sample format the backend hands out (scaled to -1…1 around `offset`).
template <typename Sample>
void accumulate(const QAudioBuffer& buffer, float scale, float offset, qint64 firstFrame,
                qint64 sliceFrames, QList<QList<float>>& lanes)
{
    const Sample* data = buffer.constData<Sample>();
    const int channels = buffer.format().channelCount();
    const qsizetype frames = buffer.frameCount();
    const int used = std::min<int>(channels, int(lanes.size()));
    for (qsizetype f = 0; f < frames; ++f) {
        const qsizetype slice = qsizetype((firstFrame + f) / sliceFrames);
        for (int c = 0; c < used; ++c) {
            const float v =
                std::min(1.0f, std::abs((float(data[f * channels + c]) - offset) * scale));
            float& peak = lanes[c][slice];
            if (v > peak)
                peak = v;
        }
    }
}

} // namespace

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
                                                       Error* error, int timeoutMs)
{
    if (audio.isEmpty() || buckets <= 0) {
        fail(error, ErrorKind::InputRejected, tr("The recording is empty."));
        return std::nullopt;
    }
    // A shallow copy: QBuffer reads the same bytes, nothing is copied or written anywhere.
    QByteArray bytes = audio;
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);

    // Decoded buffers are kept as peaks only. The total length is unknown until the end, so
    // peaks are first gathered in fine 10 ms slices and folded into `buckets` at the end.
    QAudioDecoder decoder;
    decoder.setSourceDevice(&device);
    QList<QList<float>> fine; // [channel][10 ms slice]
    int channels = 0;
    int sampleRate = 0;
    qint64 frames = 0;
    QString failure;
    bool finished = false;
    bool timedOut = false;

    QEventLoop loop;
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        const QAudioBuffer buffer = decoder.read();
        if (!buffer.isValid())
            return;
        const QAudioFormat format = buffer.format();
        if (channels == 0) {
            channels = std::clamp(format.channelCount(), 1, 2);
            sampleRate = format.sampleRate();
            fine.resize(channels);
        }
        const qint64 sliceFrames = std::max(1, sampleRate / 100);
        const qint64 endFrame = frames + buffer.frameCount();
        const qsizetype slices = qsizetype((endFrame + sliceFrames - 1) / sliceFrames);
        for (auto& lane : fine) {
            if (lane.size() < slices)
                lane.resize(slices, 0.0f);
        }
        switch (format.sampleFormat()) {
        case QAudioFormat::UInt8:
            accumulate<quint8>(buffer, 1.0f / 128.0f, 128.0f, frames, sliceFrames, fine);
            break;
        case QAudioFormat::Int16:
            accumulate<qint16>(buffer, 1.0f / 32768.0f, 0.0f, frames, sliceFrames, fine);
            break;
        case QAudioFormat::Int32:
            accumulate<qint32>(buffer, 1.0f / 2147483648.0f, 0.0f, frames, sliceFrames, fine);
            break;
        case QAudioFormat::Float:
            accumulate<float>(buffer, 1.0f, 0.0f, frames, sliceFrames, fine);
            break;
        default:
            failure = tr("The recording's sample format is not supported.");
            decoder.stop();
            loop.quit();
            break;
        }
        frames = endFrame;
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop,
                     [&](QAudioDecoder::Error) {
                         failure = decoder.errorString();
                         loop.quit();
                     });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    decoder.start();
    if (!finished && failure.isEmpty())
        loop.exec();
    decoder.stop();

    if (timedOut && !finished) {
        fail(error, ErrorKind::Environment,
             tr("Decoding the recording took longer than %1 s.").arg(timeoutMs / 1000));
        return std::nullopt;
    }
    if (!failure.isEmpty() || frames == 0 || sampleRate <= 0) {
        fail(error, ErrorKind::InputRejected,
             tr("The recording cannot be decoded: %1")
                 .arg(failure.isEmpty() ? tr("no audio found") : failure));
        return std::nullopt;
    }

    WaveformPeaks out;
    out.channels = channels;
    out.buckets = buckets;
    out.durationMs = frames * 1000 / sampleRate;
    const qsizetype slices = fine.isEmpty() ? 0 : fine.first().size();
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
