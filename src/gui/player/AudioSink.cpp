#include "gui/player/AudioSink.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QCoreApplication>
#include <QMediaDevices>
#include <QPointer>
#include <QTimer>

#include <cstring>

namespace tallenne {

namespace {

// Endless silence for the stream that keeps the output running.
class Silence : public QIODevice
{
public:
    Silence() { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return 1 << 20; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        std::memset(data, 0, size_t(maxSize));
        return maxSize;
    }
    qint64 writeData(const char*, qint64) override { return -1; }
};

// One silent stream for the process while any QtAudioSink is prepared. Owned by the
// application object, so it goes before the audio backend does.
class OutputWarmer : public QObject
{
public:
    using QObject::QObject;
    static OutputWarmer& instance()
    {
        static QPointer<OutputWarmer> warmer;
        if (!warmer) {
            warmer = new OutputWarmer(QCoreApplication::instance());
            // The running stream is stopped first thing when the application ends, while the
            // audio backend is whole: a stream still running as the application object's
            // children go took the process down at exit now and then.
            qAddPostRoutine([] {
                if (warmer)
                    warmer->shutDown();
            });
        }
        return *warmer;
    }
    void shutDown()
    {
        m_linger.reset();
        if (m_sink) {
            m_sink->stop();
            m_sink.reset();
        }
        m_users = 0;
    }
    void acquire()
    {
        ++m_users;
        if (m_sink)
            return;
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        if (device.isNull())
            return;
        QAudioFormat format;
        format.setSampleRate(8000);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
        m_sink = std::make_unique<QAudioSink>(device, format);
        m_sink->setBufferSize(format.bytesForDuration(qint64(QtAudioSink::BufferMs) * 1000));
        m_sink->start(&m_silence);
    }
    void release()
    {
        if (m_users <= 0 || --m_users > 0)
            return;
        // Lingers: a player closed and another opened soon after finds the output ready.
        if (!m_linger) {
            m_linger = std::make_unique<QTimer>();
            m_linger->setSingleShot(true);
            m_linger->setInterval(LingerMs);
            QObject::connect(m_linger.get(), &QTimer::timeout, m_linger.get(), [this] {
                if (m_users == 0 && m_sink) {
                    m_sink->stop();
                    m_sink.reset();
                }
            });
        }
        m_linger->start();
    }

private:
    static constexpr int LingerMs = 60000;
    int m_users = 0;
    std::unique_ptr<QTimer> m_linger;
    Silence m_silence;
    std::unique_ptr<QAudioSink> m_sink;
};

} // namespace

QtAudioSink::QtAudioSink(QObject* parent) : AudioSink(parent) {}

QtAudioSink::~QtAudioSink()
{
    stop();
    release();
}

void QtAudioSink::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;
    OutputWarmer::instance().acquire();
}

void QtAudioSink::release()
{
    if (!m_prepared)
        return;
    m_prepared = false;
    OutputWarmer::instance().release();
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
