#include "gui/player/PcmSource.h"

#include "services/audio/AudioDecoder.h"

#include <soundtouch/SoundTouch.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tallenne {

namespace {
// Source frames fed to SoundTouch at a time.
constexpr qint64 StretchChunk = 512;
} // namespace

PcmSource::PcmSource(const DecodedAudio& audio, qint64 startFrame, qint64 endFrame, double rate,
                     QObject* parent)
    : QIODevice(parent), m_audio(audio), m_channels(std::max(1, audio.channels)),
      m_start(std::clamp<qint64>(startFrame, 0, audio.frames)),
      m_end(std::clamp<qint64>(endFrame, m_start, audio.frames)), m_rate(rate), m_next(m_start)
{
    if (std::abs(rate - 1.0) > 1e-6) {
        m_stretch = std::make_unique<soundtouch::SoundTouch>();
        m_stretch->setSampleRate(uint(audio.sampleRate));
        m_stretch->setChannels(uint(m_channels));
        m_stretch->setTempo(rate);
    }
    // Unbuffered: every byte counted as handed is a byte the device took, not one QIODevice
    // keeps in a buffer of its own.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

PcmSource::~PcmSource()
{
    // The stretcher's buffers held the recording's audio in clear.
    if (m_stretch)
        m_stretch->clear();
    std::fill(m_scratch.begin(), m_scratch.end(), 0.0f);
}

bool PcmSource::exhausted() const
{
    if (m_next < m_end)
        return false;
    return !m_stretch || (m_flushed && m_stretch->numSamples() == 0);
}

qint64 PcmSource::bytesAvailable() const
{
    const qint64 frames = m_stretch ? qint64(std::ceil(double(m_end - m_next) / m_rate)) +
                                          qint64(m_stretch->numSamples())
                                    : m_end - m_next;
    return frames * m_channels * qint64(sizeof(qint16)) + QIODevice::bytesAvailable();
}

qint64 PcmSource::sourceFrameAt(qint64 playedFrames) const
{
    playedFrames = std::clamp<qint64>(playedFrames, 0, m_handed);
    if (!m_stretch)
        return m_start + playedFrames;
    // Stretched: the output is the source at `rate`, minus what SoundTouch still holds.
    return std::min(m_next, m_start + qint64(std::llround(double(playedFrames) * m_rate)));
}

qint64 PcmSource::readData(char* data, qint64 maxSize)
{
    const qint64 frameBytes = m_channels * qint64(sizeof(qint16));
    const qint64 want = maxSize / frameBytes;
    if (want <= 0)
        return 0;
    auto* out = reinterpret_cast<qint16*>(data);
    const qint64 first = m_next;
    qint64 got = 0;
    if (m_stretch) {
        got = readStretched(out, want);
    } else {
        got = std::min(want, m_end - m_next);
        if (got > 0) {
            std::memcpy(out, m_audio.pcm16.constData() + m_next * frameBytes,
                        size_t(got * frameBytes));
            m_next += got;
        }
    }
    if (got <= 0)
        return 0;
    m_handed += got;
    if (m_tap)
        m_tap(first, out, got);
    return got * frameBytes;
}

qint64 PcmSource::readStretched(qint16* out, qint64 frames)
{
    const auto* samples = reinterpret_cast<const qint16*>(m_audio.pcm16.constData());
    qint64 got = 0;
    while (got < frames) {
        if (m_stretch->numSamples() == 0) {
            if (m_next >= m_end) {
                if (m_flushed)
                    break;
                m_stretch->flush();
                m_flushed = true;
                continue;
            }
            const qint64 n = std::min(StretchChunk, m_end - m_next);
            m_scratch.resize(size_t(n * m_channels));
            for (qint64 i = 0; i < n * m_channels; ++i)
                m_scratch[size_t(i)] = float(samples[m_next * m_channels + i]) / 32768.0f;
            m_stretch->putSamples(m_scratch.data(), uint(n));
            m_next += n;
            continue;
        }
        const qint64 n = std::min<qint64>(frames - got, m_stretch->numSamples());
        m_scratch.resize(size_t(n * m_channels));
        const qint64 received = m_stretch->receiveSamples(m_scratch.data(), uint(n));
        for (qint64 i = 0; i < received * m_channels; ++i) {
            const float v = std::clamp(m_scratch[size_t(i)] * 32768.0f, -32768.0f, 32767.0f);
            out[got * m_channels + i] = qint16(std::lround(v));
        }
        got += received;
        if (received == 0)
            break;
    }
    return got;
}

} // namespace tallenne
