#pragma once

#include "gui/player/AudioSink.h"
#include "gui/player/PcmSource.h"
#include "services/PlaybackService.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

namespace tallenne {

struct DecodedAudio;

/// Plays a recording decoded into memory through an AudioSink, sample-exact. What it reports
/// is what the device took and played, not a clock: the position is the source frame the
/// device has played out, and the ranges heard (for the audit) are the frames handed to and
/// played by the device.
///
/// Every play, seek and speed change starts the device afresh on a PcmSource at the exact
/// frame, so nothing queued for an earlier position is heard after it; a pause stops the
/// device and keeps the position played. A watchdog restarts a device that stops taking
/// data while some remains (a stall), from the frame last played.
///
/// A loop plays a range again and again, and skipping silence leaves out the stretches where
/// every lane is quiet for longer than MinSilenceMs: both are segments of one PcmSource, so a
/// wrap or a skip is seamless, and the ranges heard are exactly the segments played. Each
/// lane (channel) has its own volume, applied to the samples before the device.
///
/// Only one engine sounds in the process: play() pauses every other engine.
class AudioEngine : public QObject
{
    Q_OBJECT

public:
    /// The watchdog's patience: a device that takes nothing for this long is restarted. Longer
    /// than the longest latency an idle PulseAudio output may have (2 s): a slow start is not
    /// a stall.
    static constexpr int StallMs = 2500;
    static constexpr int TickMs = 20;
    /// Silence: every lane below this share of full scale (−40 dBFS) ...
    static constexpr double SilenceThreshold = 0.01;
    /// ... for longer than this is skipped when skipping silence, ...
    static constexpr int MinSilenceMs = 700;
    /// ... all but this much at each of its ends (a pause still sounds like one).
    static constexpr int SilencePadMs = 100;

    explicit AudioEngine(QObject* parent = nullptr);
    ~AudioEngine() override;

    /// Where the engines of this process send their samples: by default a QtAudioSink. A test
    /// seam: the factory is used by every engine created afterwards (an empty one restores
    /// the default).
    static void setDefaultSinkFactory(AudioSinkFactory factory);
    void setSinkFactory(AudioSinkFactory factory);

    /// Takes the samples; the previous recording is stopped and wiped. Position 0. Samples
    /// still being decrypted (a DecodedAudio with a fill) play as far as they are there: a start
    /// or a seek beyond them waits until they are, and the end of the fill is told by
    /// samplesComplete() or samplesFailed().
    void load(DecodedAudio audio);
    /// True while the samples are still being decrypted.
    [[nodiscard]] bool isFilling() const;
    /// Stops and wipes the samples.
    void unload();
    [[nodiscard]] bool isLoaded() const;
    /// The samples loaded, or null.
    [[nodiscard]] const DecodedAudio* audio() const { return m_audio.get(); }
    [[nodiscard]] int sampleRate() const;
    [[nodiscard]] int channels() const;
    [[nodiscard]] qint64 frames() const;
    [[nodiscard]] qint64 durationMs() const;

    /// Plays from the position to the end (or to the range's end after playRange()). False
    /// with errorOccurred() when the device cannot be opened.
    bool play();
    void pause();
    /// Plays exactly [startMs, endMs) and emits rangeFinished() at its end.
    bool playRange(qint64 startMs, qint64 endMs);
    /// Moves to the frame of `ms` at once (playing or not); ends any range.
    void seek(qint64 ms);
    void setRate(double rate);
    void setVolume(double volume);
    /// The volume of one lane (channel), 0…1, applied to the samples before the device.
    void setLaneVolume(int lane, double volume);
    [[nodiscard]] double laneVolume(int lane) const;

    /// Loops [startMs, endMs): playback stays inside it, from the position when it is inside,
    /// else from its start. False (and no loop) for an empty range or no recording. A seek
    /// outside the loop, playRange() and unload() end it.
    bool setLoop(qint64 startMs, qint64 endMs);
    void clearLoop();
    [[nodiscard]] bool isLooping() const { return m_loopEndFrame >= 0; }
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> loopRange() const;

    /// Leaves out the silent stretches (see MinSilenceMs) from now on.
    void setSkipSilence(bool skip);
    [[nodiscard]] bool skipsSilence() const { return m_skipSilence; }
    /// The stretches left out when skipping silence, in ms.
    [[nodiscard]] QList<std::pair<qint64, qint64>> silentStretches();

    [[nodiscard]] bool isPlaying() const { return m_source != nullptr; }
    [[nodiscard]] double rate() const { return m_rate; }
    /// The source frame the device has played out up to.
    [[nodiscard]] qint64 positionFrame() const;
    [[nodiscard]] qint64 positionMs() const;
    /// The ranges heard since load() or the last takeHeard(), the current one included.
    [[nodiscard]] QList<HeardRange> heard() const;
    [[nodiscard]] QList<HeardRange> takeHeard();

    /// Told every block handed to the device (tests and the bench).
    void setTap(PcmSource::Tap tap);
    /// How many times the watchdog restarted a stalled device.
    [[nodiscard]] int recoveries() const { return m_recoveries; }

    [[nodiscard]] qint64 msToFrame(qint64 ms) const;
    [[nodiscard]] qint64 frameToMs(qint64 frame) const;

signals:
    void playingChanged(bool playing);
    void positionChanged(qint64 ms);
    /// The range of playRange() has been played to its end.
    void rangeFinished();
    /// A loop was set or ended.
    void loopChanged(bool looping);
    /// The recording has been played to its end.
    void finished();
    void errorOccurred(const QString& message);
    /// The samples that were still being decrypted are all there now (DecodedAudio::fill).
    void samplesComplete();
    /// Damage was found in the part of the recording still being decrypted: the engine has
    /// stopped (what was played was authenticated); the samples stay until unload().
    void samplesFailed(const QString& message);

private:
    void ensureSink();
    bool startDevice(qint64 fromFrame);
    /// Stops the device; the position becomes what it had played (with `playedOut`, all it
    /// was handed: the run's end).
    void stopDevice(bool playedOut = false);
    /// Appends the source segments heard to `ranges`, at the current speed.
    void addHeard(QList<HeardRange>& ranges, const QList<PcmSource::Segment>& segments) const;
    /// Restarts a playing device at the position (after the loop or the skips changed).
    void restartHere();
    void endLoop();
    [[nodiscard]] QList<double> laneGains() const;
    const QList<PcmSource::Segment>& gaps();
    [[nodiscard]] QList<PcmSource::Segment> withoutGaps(const QList<PcmSource::Segment>& in);
    void tick();
    /// Watches a fill: its end (samplesComplete()) or its failure (stop, samplesFailed()).
    void checkFill();
    /// All of the run was played: stop, and say whether a range or the recording ended.
    void finishRun();

    AudioSinkFactory m_factory;
    std::unique_ptr<DecodedAudio> m_audio;
    std::unique_ptr<AudioSink> m_sink;
    std::unique_ptr<PcmSource> m_source;
    PcmSource::Tap m_tap;
    QTimer m_ticker;
    QTimer m_fillWatch;

    qint64 m_positionFrame = 0;
    qint64 m_rangeEndFrame = -1; // playRange()'s end, or -1
    qint64 m_loopStartFrame = -1;
    qint64 m_loopEndFrame = -1;   // the loop's end, or -1
    qint64 m_runEnd = 0;          // where the device's run ends when played out
    qint64 m_heardFromPlayed = 0; // the device's frames played when the heard were last taken
    bool m_skipSilence = false;
    std::optional<QList<PcmSource::Segment>> m_gaps; // skipped when skipping silence
    QList<double> m_laneGains;
    double m_rate = 1.0;
    double m_volume = 1.0;

    // Stall and drain detection.
    qint64 m_lastPlayed = -1;
    QElapsedTimer m_sinceProgress;
    QElapsedTimer m_sinceExhausted;
    int m_recoveries = 0;

    QList<HeardRange> m_heard;
};

} // namespace tallenne
