#include "gui/player/AudioEngine.h"

#include "services/audio/AudioDecoder.h"

#include <QAudioFormat>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPlayer, "tallenne.player")

namespace tallenne {

namespace {

AudioSinkFactory& defaultFactory()
{
    static AudioSinkFactory factory;
    return factory;
}

// The engines of this process, so that only one sounds at a time (GUI thread only).
QList<AudioEngine*>& engines()
{
    static QList<AudioEngine*> all;
    return all;
}

} // namespace

AudioEngine::AudioEngine(QObject* parent) : QObject(parent), m_factory(defaultFactory())
{
    engines().append(this);
    m_ticker.setInterval(TickMs);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &AudioEngine::tick);
    m_fillWatch.setInterval(TickMs);
    connect(&m_fillWatch, &QTimer::timeout, this, &AudioEngine::checkFill);
    ensureSink();
    m_sink->prepare();
}

AudioEngine::~AudioEngine()
{
    engines().removeAll(this);
    stopDevice();
    if (m_sink)
        m_sink->release();
    m_sink.reset();
}

void AudioEngine::setDefaultSinkFactory(AudioSinkFactory factory)
{
    defaultFactory() = std::move(factory);
}

void AudioEngine::setSinkFactory(AudioSinkFactory factory)
{
    stopDevice();
    m_sink.reset();
    m_factory = std::move(factory);
    ensureSink();
    m_sink->prepare();
}

void AudioEngine::load(DecodedAudio audio)
{
    unload();
    m_audio = std::make_unique<DecodedAudio>(std::move(audio));
    m_heard.clear();
    if (m_audio->fill && m_audio->fill->state() == AudioFill::State::Complete)
        m_audio->fill.reset(); // done already: nothing to wait for or to tell
    if (m_audio->fill)
        m_fillWatch.start();
}

bool AudioEngine::isFilling() const
{
    return m_audio && m_audio->fill && m_audio->fill->state() == AudioFill::State::Filling;
}

void AudioEngine::checkFill()
{
    if (!m_audio || !m_audio->fill) {
        m_fillWatch.stop();
        return;
    }
    switch (m_audio->fill->state()) {
    case AudioFill::State::Filling:
        return;
    case AudioFill::State::Complete:
        m_fillWatch.stop();
        m_gaps.reset(); // the silences are found over all of it now
        if (m_skipSilence)
            restartHere(); // and skipped from here on
        emit samplesComplete();
        return;
    case AudioFill::State::Failed: {
        m_fillWatch.stop();
        const bool wasPlaying = isPlaying();
        stopDevice();
        if (wasPlaying)
            emit playingChanged(false);
        emit samplesFailed(m_audio->fill->failure().message);
        return;
    }
    }
}

void AudioEngine::unload()
{
    const bool wasPlaying = isPlaying();
    stopDevice();
    m_fillWatch.stop();
    m_audio.reset(); // ~DecodedAudio stops its fill and wipes the samples
    m_positionFrame = 0;
    m_rangeEndFrame = -1;
    m_gaps.reset();
    if (wasPlaying)
        emit playingChanged(false);
    endLoop();
}

bool AudioEngine::isLoaded() const
{
    return m_audio != nullptr;
}

int AudioEngine::sampleRate() const
{
    return m_audio ? m_audio->sampleRate : 0;
}

int AudioEngine::channels() const
{
    return m_audio ? m_audio->channels : 0;
}

qint64 AudioEngine::frames() const
{
    return m_audio ? m_audio->frames : 0;
}

qint64 AudioEngine::durationMs() const
{
    return frameToMs(frames());
}

qint64 AudioEngine::msToFrame(qint64 ms) const
{
    return m_audio ? std::clamp<qint64>(ms * m_audio->sampleRate / 1000, 0, m_audio->frames) : 0;
}

qint64 AudioEngine::frameToMs(qint64 frame) const
{
    return m_audio && m_audio->sampleRate > 0 ? frame * 1000 / m_audio->sampleRate : 0;
}

bool AudioEngine::play()
{
    if (!m_audio)
        return false;
    if (isPlaying())
        return true;
    if (m_rangeEndFrame >= 0 && m_positionFrame >= m_rangeEndFrame)
        m_rangeEndFrame = -1;
    if (!isLooping() && m_rangeEndFrame < 0 && m_positionFrame >= m_audio->frames)
        m_positionFrame = 0; // Play at the end plays again from the start
    if (!startDevice(m_positionFrame))
        return false;
    emit playingChanged(true);
    return true;
}

void AudioEngine::pause()
{
    if (!isPlaying())
        return;
    stopDevice();
    emit playingChanged(false);
    emit positionChanged(positionMs());
}

bool AudioEngine::playRange(qint64 startMs, qint64 endMs)
{
    if (!m_audio)
        return false;
    const bool wasPlaying = isPlaying();
    stopDevice();
    endLoop();
    const qint64 start = msToFrame(startMs);
    m_rangeEndFrame = std::max(start, msToFrame(endMs));
    m_positionFrame = start;
    if (!startDevice(start)) {
        m_rangeEndFrame = -1;
        if (wasPlaying)
            emit playingChanged(false);
        return false;
    }
    if (!wasPlaying)
        emit playingChanged(true);
    emit positionChanged(positionMs());
    return true;
}

void AudioEngine::seek(qint64 ms)
{
    if (!m_audio)
        return;
    const qint64 frame = msToFrame(ms);
    // A seek inside the range keeps its end; one outside it leaves the range.
    if (m_rangeEndFrame >= 0 && frame >= m_rangeEndFrame)
        m_rangeEndFrame = -1;
    const bool playing = isPlaying();
    if (playing)
        stopDevice();
    // So does a loop.
    if (isLooping() && (frame < m_loopStartFrame || frame >= m_loopEndFrame))
        endLoop();
    if (playing) {
        m_positionFrame = frame;
        if (!startDevice(frame))
            emit playingChanged(false);
    } else {
        m_positionFrame = frame;
    }
    emit positionChanged(positionMs());
}

void AudioEngine::setRate(double rate)
{
    if (rate <= 0 || rate == m_rate)
        return;
    if (!isPlaying()) {
        m_rate = rate;
        return;
    }
    stopDevice();
    m_rate = rate;
    if (!startDevice(m_positionFrame))
        emit playingChanged(false);
}

void AudioEngine::setVolume(double volume)
{
    m_volume = volume;
    if (m_sink)
        m_sink->setVolume(volume);
}

void AudioEngine::setLaneVolume(int lane, double volume)
{
    if (lane < 0)
        return;
    while (m_laneGains.size() <= lane)
        m_laneGains.append(1.0);
    m_laneGains[lane] = std::clamp(volume, 0.0, 1.0);
    if (m_source)
        m_source->setGains(laneGains());
}

QList<double> AudioEngine::laneGains() const
{
    // A mono recording is one mix of both: no lane of it can be set apart.
    return m_audio && m_audio->channels == 2 ? m_laneGains : QList<double>{};
}

double AudioEngine::laneVolume(int lane) const
{
    return m_laneGains.value(lane, 1.0);
}

bool AudioEngine::setLoop(qint64 startMs, qint64 endMs)
{
    if (!m_audio)
        return false;
    const qint64 start = msToFrame(std::min(startMs, endMs));
    const qint64 end = msToFrame(std::max(startMs, endMs));
    if (end <= start)
        return false;
    const bool playing = isPlaying();
    stopDevice();
    const bool was = isLooping();
    m_loopStartFrame = start;
    m_loopEndFrame = end;
    m_rangeEndFrame = -1;
    if (m_positionFrame < start || m_positionFrame >= end)
        m_positionFrame = start;
    if (playing && !startDevice(m_positionFrame))
        emit playingChanged(false);
    if (!was)
        emit loopChanged(true);
    emit positionChanged(positionMs());
    return true;
}

void AudioEngine::clearLoop()
{
    if (!isLooping())
        return;
    const bool playing = isPlaying();
    stopDevice();
    m_loopStartFrame = m_loopEndFrame = -1;
    if (playing && !startDevice(m_positionFrame))
        emit playingChanged(false);
    emit loopChanged(false);
}

void AudioEngine::endLoop()
{
    if (!isLooping())
        return;
    m_loopStartFrame = m_loopEndFrame = -1;
    emit loopChanged(false);
}

std::optional<std::pair<qint64, qint64>> AudioEngine::loopRange() const
{
    if (!isLooping())
        return std::nullopt;
    return std::make_pair(frameToMs(m_loopStartFrame), frameToMs(m_loopEndFrame));
}

void AudioEngine::setSkipSilence(bool skip)
{
    if (skip == m_skipSilence)
        return;
    m_skipSilence = skip;
    restartHere();
}

void AudioEngine::restartHere()
{
    if (!isPlaying())
        return;
    stopDevice();
    if (!startDevice(m_positionFrame))
        emit playingChanged(false);
}

QList<std::pair<qint64, qint64>> AudioEngine::silentStretches()
{
    QList<std::pair<qint64, qint64>> out;
    for (const PcmSource::Segment& g : gaps())
        out.append({frameToMs(g.start), frameToMs(g.end)});
    return out;
}

const QList<PcmSource::Segment>& AudioEngine::gaps()
{
    if (m_gaps)
        return *m_gaps;
    // Silences are found once every sample is there (checkFill() forgets none found before).
    static const QList<PcmSource::Segment> none;
    if (m_audio && !m_audio->isComplete())
        return none;
    m_gaps.emplace();
    if (!m_audio || m_audio->sampleRate <= 0)
        return *m_gaps;
    // Windows of 10 ms: a window is silent when every sample of every lane is below the
    // threshold; a run of silent windows longer than MinSilenceMs is a gap.
    const int channels = std::max(1, m_audio->channels);
    const qint64 window = std::max(1, m_audio->sampleRate / 100);
    const auto limit = qint16(SilenceThreshold * 32768.0);
    const auto* samples = reinterpret_cast<const qint16*>(m_audio->pcm16.constData());
    const qint64 minFrames = qint64(MinSilenceMs) * m_audio->sampleRate / 1000;
    const qint64 pad = qint64(SilencePadMs) * m_audio->sampleRate / 1000;
    qint64 runStart = -1;
    const auto closeRun = [&](qint64 end) {
        if (runStart >= 0 && end - runStart > minFrames && end - pad > runStart + pad)
            m_gaps->append({runStart + pad, end - pad});
        runStart = -1;
    };
    for (qint64 w = 0; w < m_audio->frames; w += window) {
        const qint64 end = std::min(m_audio->frames, w + window);
        bool silent = true;
        for (qint64 i = w * channels; i < end * channels && silent; ++i)
            silent = std::abs(int(samples[i])) < limit;
        if (silent && runStart < 0)
            runStart = w;
        else if (!silent)
            closeRun(w);
    }
    closeRun(m_audio->frames);
    return *m_gaps;
}

QList<PcmSource::Segment> AudioEngine::withoutGaps(const QList<PcmSource::Segment>& in)
{
    QList<PcmSource::Segment> out;
    for (PcmSource::Segment s : in) {
        for (const PcmSource::Segment& g : gaps()) {
            if (g.end <= s.start || g.start >= s.end)
                continue;
            if (g.start > s.start)
                out.append({s.start, g.start});
            s.start = std::min(s.end, g.end);
        }
        if (s.end > s.start)
            out.append(s);
    }
    return out;
}

void AudioEngine::setTap(PcmSource::Tap tap)
{
    m_tap = std::move(tap);
    if (m_source)
        m_source->setTap(m_tap);
}

qint64 AudioEngine::positionFrame() const
{
    if (m_source && m_sink)
        return m_source->sourceFrameAt(m_sink->playedFrames());
    return m_positionFrame;
}

qint64 AudioEngine::positionMs() const
{
    return frameToMs(positionFrame());
}

QList<HeardRange> AudioEngine::heard() const
{
    QList<HeardRange> out = m_heard;
    if (m_source)
        addHeard(out, m_source->heardBetween(m_heardFromPlayed, m_sink->playedFrames()));
    return out;
}

void AudioEngine::addHeard(QList<HeardRange>& ranges,
                           const QList<PcmSource::Segment>& segments) const
{
    for (const PcmSource::Segment& s : segments) {
        const qint64 start = frameToMs(s.start);
        const qint64 end = frameToMs(s.end);
        if (end <= start)
            continue;
        // Listening on at one speed is one range, across pauses and device restarts; a skip
        // or a loop's wrap starts another.
        if (!ranges.isEmpty() && ranges.last().rate == m_rate && ranges.last().endMs == start)
            ranges.last().endMs = end;
        else
            ranges.append({start, end, m_rate});
    }
}

QList<HeardRange> AudioEngine::takeHeard()
{
    QList<HeardRange> out = heard();
    m_heard.clear();
    if (m_source)
        m_heardFromPlayed = m_sink->playedFrames(); // the device goes on: what it plays next is new
    return out;
}

void AudioEngine::ensureSink()
{
    if (m_sink)
        return;
    m_sink = m_factory ? m_factory() : std::make_unique<QtAudioSink>();
    m_sink->setVolume(m_volume);
}

bool AudioEngine::startDevice(qint64 fromFrame)
{
    if (!m_audio)
        return false;
    for (AudioEngine* other : engines())
        if (other != this)
            other->pause();
    if (isFilling()) {
        // Samples still being decrypted: what plays first must be there (a seek ahead of the
        // decryption waits for it), half a second of it, so the device does not run dry.
        const qint64 lead = std::max(1, m_audio->sampleRate / 2);
        m_audio->fill->waitFor(std::min(m_audio->frames, fromFrame + lead));
        if (m_audio->fill->state() == AudioFill::State::Failed &&
            m_audio->fill->framesReady() <= fromFrame) {
            m_positionFrame = fromFrame;
            checkFill();
            return false;
        }
    }
    QList<PcmSource::Segment> pass;
    QList<PcmSource::Segment> loop;
    if (isLooping()) {
        if (fromFrame < m_loopStartFrame || fromFrame > m_loopEndFrame)
            fromFrame = m_loopStartFrame;
        pass = {{fromFrame, m_loopEndFrame}};
        loop = {{m_loopStartFrame, m_loopEndFrame}};
        m_runEnd = m_loopEndFrame;
    } else {
        m_runEnd = m_rangeEndFrame >= 0 ? m_rangeEndFrame : m_audio->frames;
        pass = {{fromFrame, m_runEnd}};
    }
    if (m_skipSilence) {
        pass = withoutGaps(pass);
        loop = withoutGaps(loop);
    }
    m_source = std::make_unique<PcmSource>(*m_audio, pass, loop, m_rate);
    m_source->setTap(m_tap);
    m_source->setGains(laneGains());
    ensureSink();
    QAudioFormat format;
    format.setSampleRate(m_audio->sampleRate);
    format.setChannelCount(m_audio->channels);
    format.setSampleFormat(QAudioFormat::Int16);
    QString why;
    if (!m_sink->start(m_source.get(), format, &why)) {
        m_source.reset();
        m_positionFrame = fromFrame;
        emit errorOccurred(tr("The recording cannot be played: %1.").arg(why));
        return false;
    }
    m_heardFromPlayed = 0;
    m_lastPlayed = -1;
    m_sinceProgress.start();
    m_sinceExhausted.invalidate();
    m_ticker.start();
    return true;
}

void AudioEngine::stopDevice(bool playedOut)
{
    m_ticker.stop();
    if (!m_source)
        return;
    const qint64 played = playedOut ? m_source->framesHanded() : m_sink->playedFrames();
    const qint64 at = playedOut ? m_runEnd : m_source->sourceFrameAt(played);
    m_sink->stop();
    addHeard(m_heard, m_source->heardBetween(m_heardFromPlayed, played));
    m_source.reset();
    m_positionFrame = at;
}

void AudioEngine::tick()
{
    if (!m_source)
        return;
    const qint64 played = m_sink->playedFrames();
    if (m_source->exhausted()) {
        if (!m_sinceExhausted.isValid())
            m_sinceExhausted.start();
        // All was handed: the end is reached once the device has played it out (or, should
        // its clock lag, once it has been idle for longer than its buffer).
        const qint64 waited = m_sinceExhausted.elapsed();
        const int buffer = m_sink->bufferMs();
        if (played >= m_source->framesHanded() || (m_sink->isIdle() && waited > buffer + 100) ||
            waited > 3 * buffer + 500)
            finishRun();
        else
            emit positionChanged(positionMs());
        return;
    }
    if (m_sink->isIdle()) {
        // The device ran dry while data remains (an underrun): Qt's pull mode waits for
        // readyRead() before it reads again.
        emit m_source->readyRead();
    }
    if (played != m_lastPlayed) {
        m_lastPlayed = played;
        m_sinceProgress.restart();
    } else if (m_sinceProgress.elapsed() > StallMs) {
        // A stall: data remains but the device took none. Start it again where it was.
        ++m_recoveries;
        qCWarning(lcPlayer) << "the audio output stalled; restarting it";
        stopDevice();
        if (!startDevice(m_positionFrame)) {
            emit playingChanged(false);
            return;
        }
    }
    emit positionChanged(positionMs());
}

void AudioEngine::finishRun()
{
    const bool range = m_rangeEndFrame >= 0;
    stopDevice(true);
    m_rangeEndFrame = -1;
    emit positionChanged(positionMs());
    emit playingChanged(false);
    if (range)
        emit rangeFinished();
    else
        emit finished();
}

} // namespace tallenne
