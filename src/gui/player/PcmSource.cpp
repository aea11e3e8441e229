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

// The segments inside the recording, empty ones left out.
QList<PcmSource::Segment> clamped(const QList<PcmSource::Segment>& segments, qint64 frames)
{
    QList<PcmSource::Segment> out;
    for (const PcmSource::Segment& s : segments) {
        const qint64 start = std::clamp<qint64>(s.start, 0, frames);
        const qint64 end = std::clamp<qint64>(s.end, start, frames);
        if (end > start)
            out.append({start, end});
    }
    return out;
}
} // namespace

PcmSource::PcmSource(const DecodedAudio& audio, qint64 startFrame, qint64 endFrame, double rate,
                     QObject* parent)
    : PcmSource(audio, QList<Segment>{{startFrame, endFrame}}, {}, rate, parent)
{
    m_start = std::clamp<qint64>(startFrame, 0, audio.frames);
}

PcmSource::PcmSource(const DecodedAudio& audio, QList<Segment> pass, QList<Segment> loop,
                     double rate, QObject* parent)
    : QIODevice(parent), m_audio(audio), m_channels(std::max(1, audio.channels)), m_rate(rate),
      m_pass(clamped(pass, audio.frames)), m_loop(clamped(loop, audio.frames))
{
    if (!m_pass.isEmpty())
        m_start = m_pass.first().start;
    else if (!m_loop.isEmpty())
        m_start = m_loop.first().start;
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

bool PcmSource::advance()
{
    while (m_next >= m_segmentEnd) {
        const QList<Segment>& list = m_inLoop ? m_loop : m_pass;
        if (m_segment + 1 < list.size()) {
            ++m_segment;
        } else if (!m_loop.isEmpty()) {
            m_inLoop = true;
            m_segment = 0;
        } else {
            return false;
        }
        const Segment& s = (m_inLoop ? m_loop : m_pass).at(m_segment);
        m_next = s.start;
        m_segmentEnd = s.end;
        m_pieces.append({m_fed, s.start, 0});
    }
    return true;
}

bool PcmSource::exhausted() const
{
    if (m_next < m_segmentEnd || !m_loop.isEmpty())
        return false;
    if (!m_inLoop && m_segment + 1 < m_pass.size())
        return false;
    return !m_stretch || (m_flushed && m_stretch->numSamples() == 0);
}

qint64 PcmSource::framesLeft() const
{
    // What can be read now: a segment runs no further than the samples already there.
    const qint64 ready = m_audio.readyFrames();
    if (ready < m_audio.frames)
        return std::max<qint64>(0, std::min(m_segmentEnd, ready) - m_next);
    qint64 left = m_segmentEnd - m_next;
    const QList<Segment>& list = m_inLoop ? m_loop : m_pass;
    for (qsizetype i = m_segment + 1; i < list.size(); ++i)
        left += list.at(i).end - list.at(i).start;
    for (const Segment& s : m_loop)
        left += s.end - s.start; // one more round of the loop at least
    return left;
}

qint64 PcmSource::bytesAvailable() const
{
    const qint64 frames = m_stretch ? qint64(std::ceil(double(framesLeft()) / m_rate)) +
                                          qint64(m_stretch->numSamples())
                                    : framesLeft();
    return frames * m_channels * qint64(sizeof(qint16)) + QIODevice::bytesAvailable();
}

qint64 PcmSource::fedAt(qint64 played) const
{
    played = std::clamp<qint64>(played, 0, m_handed);
    if (!m_stretch)
        return played;
    // Stretched: the output is the source at `rate`, minus what SoundTouch still holds.
    if (played == m_handed && exhausted())
        return m_fed;
    return std::min(m_fed, qint64(std::llround(double(played) * m_rate)));
}

qint64 PcmSource::sourceFrameAt(qint64 playedFrames) const
{
    const qint64 fed = fedAt(playedFrames);
    if (fed <= 0)
        return m_start;
    for (auto it = m_pieces.crbegin(); it != m_pieces.crend(); ++it) {
        if (it->fedStart < fed && fed <= it->fedStart + it->frames)
            return it->sourceStart + (fed - it->fedStart);
    }
    return m_start;
}

QList<PcmSource::Segment> PcmSource::heardBetween(qint64 fromPlayed, qint64 toPlayed) const
{
    const qint64 from = fedAt(fromPlayed);
    const qint64 to = fedAt(toPlayed);
    QList<Segment> out;
    for (const Piece& piece : m_pieces) {
        const qint64 a = std::max(from, piece.fedStart);
        const qint64 b = std::min(to, piece.fedStart + piece.frames);
        if (b > a)
            out.append({piece.sourceStart + (a - piece.fedStart),
                        piece.sourceStart + (b - piece.fedStart)});
    }
    return out;
}

qint64 PcmSource::take(qint16* out, qint64 frames)
{
    const auto* samples = reinterpret_cast<const qint16*>(m_audio.pcm16.constData());
    // Samples still being decrypted: only those already there (the device waits for the rest).
    const qint64 ready = m_audio.readyFrames();
    qint64 got = 0;
    while (got < frames && advance()) {
        const qint64 n = std::min({frames - got, m_segmentEnd - m_next, ready - m_next});
        if (n <= 0)
            break;
        std::memcpy(out + got * m_channels, samples + m_next * m_channels,
                    size_t(n * m_channels) * sizeof(qint16));
        m_next += n;
        m_fed += n;
        m_pieces.last().frames += n;
        got += n;
    }
    return got;
}

void PcmSource::applyGains(qint16* out, qint64 frames) const
{
    for (int c = 0; c < m_channels && c < m_gains.size(); ++c) {
        const double gain = std::clamp(m_gains.at(c), 0.0, 1.0);
        if (gain >= 1.0)
            continue;
        for (qint64 i = 0; i < frames; ++i) {
            qint16& s = out[i * m_channels + c];
            s = qint16(std::lround(double(s) * gain));
        }
    }
}

qint64 PcmSource::readData(char* data, qint64 maxSize)
{
    const qint64 frameBytes = m_channels * qint64(sizeof(qint16));
    const qint64 want = maxSize / frameBytes;
    if (want <= 0)
        return 0;
    auto* out = reinterpret_cast<qint16*>(data);
    // The frame the block starts at: after a skip or a wrap, the next segment's first.
    const qint64 first = advance() ? m_next : sourceFrameAt(m_handed);
    const qint64 got = m_stretch ? readStretched(out, want) : take(out, want);
    if (got <= 0)
        return 0;
    applyGains(out, got);
    m_handed += got;
    if (m_tap)
        m_tap(first, out, got);
    return got * frameBytes;
}

qint64 PcmSource::readStretched(qint16* out, qint64 frames)
{
    qint64 got = 0;
    std::vector<qint16> chunk;
    while (got < frames) {
        if (m_stretch->numSamples() == 0) {
            if (m_flushed)
                break;
            chunk.resize(size_t(StretchChunk * m_channels));
            const qint64 n = take(chunk.data(), StretchChunk);
            if (n == 0 && advance())
                break; // not decrypted yet: no flush, the rest comes
            if (n == 0) {
                m_stretch->flush();
                m_flushed = true;
                continue;
            }
            m_scratch.resize(size_t(n * m_channels));
            for (qint64 i = 0; i < n * m_channels; ++i)
                m_scratch[size_t(i)] = float(chunk[size_t(i)]) / 32768.0f;
            m_stretch->putSamples(m_scratch.data(), uint(n));
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
    // The chunk held the recording's audio in clear.
    std::fill(chunk.begin(), chunk.end(), qint16(0));
    return got;
}

} // namespace tallenne
