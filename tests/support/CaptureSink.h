#pragma once

// A stand-in for the sound card (AudioSink): it keeps every sample the engine hands it, so
// tests assert on exactly what would have been heard. It pulls on its own (a timer, like a
// device) or only when the test calls pull(); it can be told to stall.

#include "gui/player/AudioSink.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QTimer>
#include <QVector>

#include <memory>

namespace tallenne::test {

/// What every CaptureSink made by one factory received, in order.
struct CaptureLog
{
    QVector<qint16> samples; ///< interleaved, as handed to the device
    int channels = 0;
    int starts = 0;
    int stops = 0;
    /// The next started run takes one block and then nothing more (a stalled device).
    bool stallNextRun = false;

    [[nodiscard]] qint64 frames() const { return channels ? samples.size() / channels : 0; }
    /// The frame index a frameIndexWav() sample encodes (channel 0 low 15 bits, 1 the rest).
    [[nodiscard]] qint64 indexAt(qint64 frame) const
    {
        return (qint64(quint16(samples.at(frame * 2 + 1))) << 15) |
               qint64(quint16(samples.at(frame * 2)));
    }
    void clear() { samples.clear(); }
};

class CaptureSink : public AudioSink
{
public:
    /// `framesPerTick` > 0: pulls that many frames every `tickMs` on its own; 0: only pull().
    CaptureSink(std::shared_ptr<CaptureLog> log, qint64 framesPerTick, int tickMs = 10)
        : m_log(std::move(log)), m_framesPerTick(framesPerTick)
    {
        m_timer.setInterval(tickMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (!m_stalled)
                pull(m_framesPerTick);
        });
    }

    bool start(QIODevice* source, const QAudioFormat& format, QString*) override
    {
        m_source = source;
        // Like Qt's pull mode: a device that ran dry reads again on readyRead().
        QObject::connect(source, &QIODevice::readyRead, &m_timer, [this] {
            if (m_underrun) {
                m_underrun = false;
                m_stalled = false;
                m_idle = false;
            }
        });
        m_frameBytes = format.bytesPerFrame();
        m_log->channels = format.channelCount();
        ++m_log->starts;
        m_played = 0;
        m_idle = false;
        m_stalled = false;
        if (m_log->stallNextRun) {
            m_log->stallNextRun = false;
            pull(m_framesPerTick > 0 ? m_framesPerTick : 160);
            m_stalled = true;
        }
        if (m_framesPerTick > 0)
            m_timer.start();
        return true;
    }
    void stop() override
    {
        if (m_source)
            ++m_log->stops;
        m_timer.stop();
        m_source = nullptr;
    }
    qint64 playedFrames() const override { return m_played; }
    bool isIdle() const override { return m_idle; }
    int bufferMs() const override { return 0; }
    void setVolume(double) override {}

    /// Takes up to `frames` from the engine as a device would; returns the frames taken.
    qint64 pull(qint64 frames)
    {
        if (!m_source || m_frameBytes <= 0)
            return 0;
        QByteArray block(qsizetype(frames * m_frameBytes), '\0');
        const qint64 got = m_source->read(block.data(), block.size());
        const qint64 gotFrames = std::max<qint64>(0, got) / m_frameBytes;
        const auto* s = reinterpret_cast<const qint16*>(block.constData());
        for (qint64 i = 0; i < gotFrames * m_log->channels; ++i)
            m_log->samples.append(s[i]);
        m_played += gotFrames;
        m_idle = gotFrames == 0;
        return gotFrames;
    }
    [[nodiscard]] bool running() const { return m_source != nullptr; }
    /// The device runs dry (an underrun while data remains): idle, it takes nothing until
    /// the source says readyRead().
    void underrun()
    {
        m_underrun = true;
        m_stalled = true;
        m_idle = true;
    }

private:
    std::shared_ptr<CaptureLog> m_log;
    qint64 m_framesPerTick;
    QTimer m_timer;
    QIODevice* m_source = nullptr;
    int m_frameBytes = 0;
    qint64 m_played = 0;
    bool m_idle = false;
    bool m_stalled = false;
    bool m_underrun = false;
};

/// A stereo 16-bit 8 kHz WAV whose samples encode their own frame index (channel 0 the low 15
/// bits, channel 1 the rest): what a device got says exactly which frames it got. Between
/// `silentFromMs` and `silentToMs` (when given) both lanes are silent: every sample 0.
inline QByteArray frameIndexWav(int milliseconds, int sampleRate = 8000, int silentFromMs = -1,
                                int silentToMs = -1)
{
    const qint64 silentFrom = qint64(silentFromMs) * sampleRate / 1000;
    const qint64 silentTo = qint64(silentToMs) * sampleRate / 1000;
    const qint64 frames = qint64(milliseconds) * sampleRate / 1000;
    QByteArray wav;
    QDataStream out(&wav, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + frames * 4);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(2) << quint32(sampleRate) << quint32(sampleRate * 4)
        << quint16(4) << quint16(16);
    out.writeRawData("data", 4);
    out << quint32(frames * 4);
    for (qint64 i = 0; i < frames; ++i) {
        if (i >= silentFrom && i < silentTo)
            out << qint16(0) << qint16(0);
        else
            out << qint16(i & 0x7fff) << qint16(i >> 15);
    }
    return wav;
}

} // namespace tallenne::test
