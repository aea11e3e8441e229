#pragma once

#include <QIODevice>

#include <functional>
#include <memory>
#include <vector>

namespace soundtouch {
class SoundTouch;
}

namespace tallenne {

struct DecodedAudio;

/// Serves a stretch [startFrame, endFrame) of a decoded recording as 16-bit PCM to an
/// AudioSink that pulls from it, at the speed asked (SoundTouch keeps the pitch when it is not
/// 1×). Counts what it handed out, so the engine knows exactly which source frames reached
/// the device. Reads the engine's samples in place: it must not outlive them.
class PcmSource : public QIODevice
{
    Q_OBJECT

public:
    /// Told every block handed to the device: the source frame it starts at (at 1×; at other
    /// speeds the frame the stretched block came from) and the samples as handed.
    using Tap = std::function<void(qint64 sourceFrame, const qint16* samples, qint64 frames)>;

    PcmSource(const DecodedAudio& audio, qint64 startFrame, qint64 endFrame, double rate,
              QObject* parent = nullptr);
    ~PcmSource() override;

    void setTap(Tap tap) { m_tap = std::move(tap); }

    [[nodiscard]] qint64 startFrame() const { return m_start; }
    [[nodiscard]] qint64 endFrame() const { return m_end; }
    /// The next source frame to be handed out (== endFrame() when all was).
    [[nodiscard]] qint64 nextFrame() const { return m_next; }
    /// Frames handed to the device since the start (stretched frames when not at 1×).
    [[nodiscard]] qint64 framesHanded() const { return m_handed; }
    /// True when everything up to endFrame() has been handed to the device.
    [[nodiscard]] bool exhausted() const;
    /// The source frame heard once the device has played `playedFrames` of what it got.
    [[nodiscard]] qint64 sourceFrameAt(qint64 playedFrames) const;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 readStretched(qint16* out, qint64 frames);

    const DecodedAudio& m_audio;
    const int m_channels;
    const qint64 m_start;
    const qint64 m_end;
    const double m_rate;
    qint64 m_next;
    qint64 m_handed = 0;
    Tap m_tap;
    std::unique_ptr<soundtouch::SoundTouch> m_stretch;
    std::vector<float> m_scratch;
    bool m_flushed = false;
};

} // namespace tallenne
