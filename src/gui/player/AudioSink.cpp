#include "gui/player/AudioSink.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>

namespace tallenne {

QtAudioSink::QtAudioSink(QObject* parent) : AudioSink(parent) {}

QtAudioSink::~QtAudioSink()
{
    stop();
}

bool QtAudioSink::start(QIODevice* source, const QAudioFormat& format, QString* error)
{
    stop();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        if (error)
            *error = tr("no audio output device");
        return false;
    }
    m_format = format;
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setBufferSize(format.bytesForDuration(qint64(BufferMs) * 1000));
    m_sink->setVolume(float(m_volume));
    m_sink->start(source);
    if (m_sink->error() != QAudio::NoError || m_sink->state() == QAudio::StoppedState) {
        if (error)
            *error = tr("the audio output cannot be opened");
        m_sink.reset();
        return false;
    }
    return true;
}

void QtAudioSink::stop()
{
    if (!m_sink)
        return;
    m_sink->stop();
    m_sink.reset();
}

qint64 QtAudioSink::playedFrames() const
{
    if (!m_sink)
        return 0;
    return m_format.framesForDuration(m_sink->processedUSecs());
}

bool QtAudioSink::isIdle() const
{
    return m_sink && m_sink->state() == QAudio::IdleState;
}

void QtAudioSink::setVolume(double volume)
{
    m_volume = volume;
    if (m_sink)
        m_sink->setVolume(float(volume));
}

} // namespace tallenne
