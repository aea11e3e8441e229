#pragma once

#include <QAudioFormat>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QAudioSink;
class QIODevice;

namespace tallenne {

/// Where the player's PCM goes: a device that pulls from a QIODevice. The seam between the
/// AudioEngine and the sound card, so tests can capture the exact samples a device is given
/// (tests/support/CaptureSink.h) and the engine can be proven without a clock.
class AudioSink : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Starts pulling PCM of `format` from `source` (pull mode). False with a reason when the
    /// device cannot be opened.
    [[nodiscard]] virtual bool start(QIODevice* source, const QAudioFormat& format,
                                     QString* error) = 0;
    /// Stops at once and drops whatever the device still holds.
    virtual void stop() = 0;
    /// The frames the device has played out since start() (never more than it pulled).
    [[nodiscard]] virtual qint64 playedFrames() const = 0;
    /// True when the device ran out of data (it asked for more and got none).
    [[nodiscard]] virtual bool isIdle() const = 0;
    /// How long the device may hold data before it is heard (its buffer), in ms.
    [[nodiscard]] virtual int bufferMs() const = 0;
    virtual void setVolume(double volume) = 0;
    /// A player that may play here exists: get the output ready so that Play sounds at once.
    /// release() when it goes.
    virtual void prepare() {}
    virtual void release() {}
};

using AudioSinkFactory = std::function<std::unique_ptr<AudioSink>()>;

/// The real device: Qt Multimedia's QAudioSink on the default output, a new one per start()
/// (the format may change from one recording to the next), with a short buffer so a pause or
/// a seek is heard at once and the position is close to what was actually played.
///
/// While any player exists (and a minute after the last one), one silent stream per process
/// keeps the output running (prepare()/release()). An output with no stream falls back to its
/// longest latency (two seconds on PulseAudio's null sink) and takes that long to read the first
/// stream that comes: the 1.5 s wait before the first sound, and the frozen clock, of the
/// QMediaPlayer days.
class QtAudioSink : public AudioSink
{
    Q_OBJECT

public:
    static constexpr int BufferMs = 100;

    explicit QtAudioSink(QObject* parent = nullptr);
    ~QtAudioSink() override;

    [[nodiscard]] bool start(QIODevice* source, const QAudioFormat& format,
                             QString* error) override;
    void stop() override;
    [[nodiscard]] qint64 playedFrames() const override;
    [[nodiscard]] bool isIdle() const override;
    [[nodiscard]] int bufferMs() const override { return BufferMs; }
    void setVolume(double volume) override;
    void prepare() override;
    void release() override;

private:
    std::unique_ptr<QAudioSink> m_sink;
    bool m_prepared = false;
    QAudioFormat m_format;
    double m_volume = 1.0;
};

} // namespace tallenne
