#pragma once

#include <QIODevice>
#include <QList>

#include <functional>
#include <memory>
#include <vector>

namespace soundtouch {
class SoundTouch;
}

namespace tallenne {

struct DecodedAudio;

/// Serves stretches of a decoded recording as 16-bit PCM to an AudioSink that pulls from it,
/// at the speed asked (SoundTouch keeps the pitch when it is not 1×): the segments of one
/// pass in order, then, when a loop is asked, the loop's segments again and again. So a skip
/// (a silence left out) or a loop's wrap is seamless: the device never stops for it.
///
/// Counts what it handed out and which source frames each handed frame came from, so the
/// engine knows exactly which source frames reached the device. Applies a gain per channel
/// (the lanes' volumes) to what it hands out. Reads the engine's samples in place: it must
/// not outlive them.
class PcmSource : public QIODevice
{
    Q_OBJECT

public:
    /// Told every block handed to the device: the source frame it starts at (at 1×; at other
    /// speeds the frame the stretched block came from) and the samples as handed.
    using Tap = std::function<void(qint64 sourceFrame, const qint16* samples, qint64 frames)>;

    /// Source frames [start, end).
    struct Segment
    {
        qint64 start = 0;
        qint64 end = 0;
        bool operator==(const Segment&) const = default;
    };

    /// One pass over [startFrame, endFrame).
    PcmSource(const DecodedAudio& audio, qint64 startFrame, qint64 endFrame, double rate,
              QObject* parent = nullptr);
    /// The segments of `pass`, then those of `loop` over and over (none: the end).
    PcmSource(const DecodedAudio& audio, QList<Segment> pass, QList<Segment> loop, double rate,
              QObject* parent = nullptr);
    ~PcmSource() override;

    void setTap(Tap tap) { m_tap = std::move(tap); }
    /// The gain of each channel, 0…1 (missing channels: 1); applied to the next block.
    void setGains(const QList<double>& gains) { m_gains = gains; }

    [[nodiscard]] qint64 startFrame() const { return m_start; }
    /// Frames handed to the device since the start (stretched frames when not at 1×).
    [[nodiscard]] qint64 framesHanded() const { return m_handed; }
    /// True when everything to be played has been handed to the device.
    [[nodiscard]] bool exhausted() const;
    /// The source frame heard up to once the device has played `playedFrames` of what it got.
    [[nodiscard]] qint64 sourceFrameAt(qint64 playedFrames) const;
    /// The source frames heard while the device played from `fromPlayed` to `toPlayed` of
    /// what it got, in the order heard (a skip or a loop's wrap starts a new segment).
    [[nodiscard]] QList<Segment> heardBetween(qint64 fromPlayed, qint64 toPlayed) const;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    /// Where the source continues, stepping to the next segment when one is done; false at
    /// the end of everything.
    bool advance();
    /// Copies up to `frames` source frames in order (across segments); returns how many.
    qint64 take(qint16* out, qint64 frames);
    qint64 readStretched(qint16* out, qint64 frames);
    void applyGains(qint16* out, qint64 frames) const;
    /// The frames fed from the source (in the order fed) once `played` were played.
    [[nodiscard]] qint64 fedAt(qint64 played) const;
    [[nodiscard]] qint64 framesLeft() const;

    // A stretch of fed frames: fed frames [fedStart, fedStart + frames) are source frames
    // [sourceStart, sourceStart + frames).
    struct Piece
    {
        qint64 fedStart = 0;
        qint64 sourceStart = 0;
        qint64 frames = 0;
    };

    const DecodedAudio& m_audio;
    const int m_channels;
    const double m_rate;
    QList<Segment> m_pass;
    QList<Segment> m_loop;
    qint64 m_start = 0;
    bool m_inLoop = false;
    qsizetype m_segment = -1; // index in the pass (or the loop) being read
    qint64 m_next = 0;        // the next source frame of that segment
    qint64 m_segmentEnd = 0;
    qint64 m_fed = 0;
    QList<Piece> m_pieces;
    qint64 m_handed = 0;
    QList<double> m_gains;
    Tap m_tap;
    std::unique_ptr<soundtouch::SoundTouch> m_stretch;
    std::vector<float> m_scratch;
    bool m_flushed = false;
};

} // namespace tallenne
