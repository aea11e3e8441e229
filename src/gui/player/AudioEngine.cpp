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
}

void AudioEngine::unload()
{
    const bool wasPlaying = isPlaying();
    stopDevice();
    m_audio.reset(); // ~DecodedAudio wipes the samples
    m_positionFrame = 0;
    m_rangeEndFrame = -1;
    if (wasPlaying)
        emit playingChanged(false);
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
    if (m_rangeEndFrame < 0 && m_positionFrame >= m_audio->frames)
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
    if (isPlaying()) {
        stopDevice();
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
    const qint64 at = positionFrame();
    stopDevice(at);
    m_rate = rate;
    if (!startDevice(at))
        emit playingChanged(false);
}

void AudioEngine::setVolume(double volume)
{
    m_volume = volume;
    if (m_sink)
        m_sink->setVolume(volume);
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
    if (m_source) {
        const qint64 start = frameToMs(m_heardFromFrame);
        const qint64 end = positionMs();
        if (end > start) {
            if (!out.isEmpty() && out.last().rate == m_rate && out.last().endMs == start)
                out.last().endMs = end;
            else
                out.append({start, end, m_rate});
        }
    }
    return out;
}

QList<HeardRange> AudioEngine::takeHeard()
{
    QList<HeardRange> out = heard();
    m_heard.clear();
    if (m_source)
        m_heardFromFrame = positionFrame(); // the device goes on: what it plays next is new
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
    const qint64 end = m_rangeEndFrame >= 0 ? m_rangeEndFrame : m_audio->frames;
    m_source = std::make_unique<PcmSource>(*m_audio, fromFrame, end, m_rate);
    m_source->setTap(m_tap);
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
    m_heardFromFrame = fromFrame;
    m_lastPlayed = -1;
    m_sinceProgress.start();
    m_sinceExhausted.invalidate();
    m_ticker.start();
    return true;
}

void AudioEngine::stopDevice(std::optional<qint64> atFrame)
{
    m_ticker.stop();
    if (!m_source)
        return;
    const qint64 at = atFrame.value_or(positionFrame());
    m_sink->stop();
    closeRange(at);
    m_source.reset();
    m_positionFrame = at;
}

void AudioEngine::closeRange(qint64 endFrame)
{
    const qint64 start = frameToMs(m_heardFromFrame);
    const qint64 end = frameToMs(endFrame);
    if (end <= start)
        return;
    // Listening on at one speed is one range, across pauses and device restarts.
    if (!m_heard.isEmpty() && m_heard.last().rate == m_rate && m_heard.last().endMs == start)
        m_heard.last().endMs = end;
    else
        m_heard.append({start, end, m_rate});
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
        const qint64 at = positionFrame();
        stopDevice(at);
        if (!startDevice(at)) {
            emit playingChanged(false);
            return;
        }
    }
    emit positionChanged(positionMs());
}

void AudioEngine::finishRun()
{
    const bool range = m_rangeEndFrame >= 0;
    stopDevice(m_source->endFrame());
    m_rangeEndFrame = -1;
    emit positionChanged(positionMs());
    emit playingChanged(false);
    if (range)
        emit rangeFinished();
    else
        emit finished();
}

} // namespace tallenne
