#include "services/AudioProbe.h"

#include <QAudioDecoder>
#include <QBuffer>
#include <QEventLoop>
#include <QTimer>
#include <QtEndian>

namespace tallenne {

namespace {

quint16 le16(const QByteArray& b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 le32(const QByteArray& b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

std::nullopt_t rejectRecording(Error* error, const QString& name, const QString& reason)
{
    fail(error, ErrorKind::InputRejected, AudioProbe::tr("recording %1: %2").arg(name, reason));
    return std::nullopt;
}

// The codec name of a WAVE format tag, in FFmpeg's words; empty for one not read here.
QString codecOf(quint16 tag, int bits)
{
    switch (tag) {
    case 1:
        switch (bits) {
        case 8:
            return QStringLiteral("pcm_u8");
        case 16:
            return QStringLiteral("pcm_s16le");
        case 24:
            return QStringLiteral("pcm_s24le");
        case 32:
            return QStringLiteral("pcm_s32le");
        default:
            return {};
        }
    case 3:
        return bits == 32 ? QStringLiteral("pcm_f32le")
                          : (bits == 64 ? QStringLiteral("pcm_f64le") : QString());
    case 6:
        return QStringLiteral("pcm_alaw");
    case 7:
        return QStringLiteral("pcm_mulaw");
    case 0x31:
        return QStringLiteral("gsm_ms");
    default:
        return {};
    }
}

} // namespace

std::optional<AudioInfo> AudioProbe::probeWav(const QByteArray& audio, const QString& name,
                                              Error* error)
{
    if (error)
        *error = Error::none();
    if (audio.size() < 12 || !audio.startsWith("RIFF") || audio.mid(8, 4) != "WAVE")
        return std::nullopt;
    qsizetype at = 12;
    bool haveFormat = false;
    quint16 tag = 0;
    int channels = 0, bits = 0;
    quint32 rate = 0, byteRate = 0;
    while (at + 8 <= audio.size()) {
        const QByteArray id = audio.mid(at, 4);
        const quint32 size = le32(audio, at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt ") {
            if (size < 16 || body + 16 > audio.size())
                return rejectRecording(error, name, tr("the WAV format chunk is cut short"));
            tag = le16(audio, body);
            channels = le16(audio, body + 2);
            rate = le32(audio, body + 4);
            byteRate = le32(audio, body + 8);
            bits = le16(audio, body + 14);
            if (tag == 0xFFFE) { // WAVE_FORMAT_EXTENSIBLE: the real tag opens the sub-format
                if (size < 40 || body + 26 > audio.size())
                    return rejectRecording(error, name, tr("the WAV format chunk is cut short"));
                tag = le16(audio, body + 24);
            }
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return rejectRecording(error, name,
                                       tr("the WAV data chunk comes before its format"));
            const qint64 found = audio.size() - body;
            if (qint64(size) > found)
                return rejectRecording(
                    error, name,
                    tr("the data chunk is cut short (expected %1 bytes, found %2)")
                        .arg(size)
                        .arg(found));
            const QString codec = codecOf(tag, bits);
            if (codec.isEmpty())
                return rejectRecording(
                    error, name,
                    tr("WAV format %1 with %2-bit samples is not supported").arg(tag).arg(bits));
            if (channels < 1 || channels > 2)
                return rejectRecording(error, name,
                                       tr("%1 channels; a recording is mono, or stereo with the "
                                          "agent and the customer apart")
                                           .arg(channels));
            if (rate == 0 || byteRate == 0)
                return rejectRecording(error, name, tr("the WAV header gives no sample rate"));
            AudioInfo info;
            info.codec = codec;
            info.channels = channels;
            info.sampleRate = int(rate);
            info.durationMs = qint64(size) * 1000 / byteRate;
            return info;
        }
        at = body + qsizetype(size) + (size & 1); // chunks are padded to an even length
    }
    return rejectRecording(error, name,
                           haveFormat ? tr("the WAV file has no data chunk")
                                      : tr("the WAV file has no format chunk"));
}

std::optional<AudioInfo> AudioProbe::probeWithDecoder(const QByteArray& audio, const QString& name,
                                                      int timeoutMs, Error* error)
{
    if (!QCoreApplication::instance())
        return rejectRecording(error, name, tr("decoding needs a running application"));
    QByteArray copy = audio; // QBuffer wants a mutable array; implicit sharing keeps it cheap
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QAudioDecoder decoder;
    decoder.setSourceDevice(&buffer);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    qint64 decodedUs = 0;
    int channels = 0, rate = 0;
    QString failure;
    bool timedOut = false;
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        const QAudioBuffer b = decoder.read();
        if (!b.isValid())
            return;
        decodedUs += b.duration();
        channels = b.format().channelCount();
        rate = b.format().sampleRate();
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, &QEventLoop::quit);
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop,
                     [&](QAudioDecoder::Error) {
                         failure = decoder.errorString();
                         loop.quit();
                     });
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    timer.start(timeoutMs);
    decoder.start();
    if (decoder.error() != QAudioDecoder::NoError)
        failure = decoder.errorString();
    else
        loop.exec();
    decoder.stop();
    if (timedOut)
        return rejectRecording(error, name,
                               tr("decoding took longer than %1 s").arg(timeoutMs / 1000));
    if (!failure.isEmpty() || channels == 0 || decodedUs == 0)
        return rejectRecording(
            error, name,
            tr("not audio that can be decoded%1")
                .arg(failure.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(failure)));
    if (channels > 2)
        return rejectRecording(error, name,
                               tr("%1 channels; a recording is mono, or stereo with the agent "
                                  "and the customer apart")
                                   .arg(channels));
    AudioInfo info;
    // The container as the first bytes tell it; the decoder does not name the codec.
    if (audio.startsWith("OggS"))
        info.codec = QStringLiteral("ogg");
    else if (audio.startsWith("fLaC"))
        info.codec = QStringLiteral("flac");
    else if (audio.startsWith("ID3") || (audio.size() > 1 && quint8(audio.at(0)) == 0xFF &&
                                         (quint8(audio.at(1)) & 0xE0) == 0xE0))
        info.codec = QStringLiteral("mp3");
    else
        info.codec = QStringLiteral("decoded");
    info.channels = channels;
    info.sampleRate = rate;
    info.durationMs = decodedUs / 1000;
    return info;
}

std::optional<AudioInspection> AudioProbe::inspect(const QByteArray& bytes, const QString& fileName,
                                                   Error* error)
{
    AudioInspection out;
    QByteArray audio = bytes;
    if (audio.size() >= 44 && audio.startsWith("RIFF") && audio.mid(8, 4) == "WAVE") {
        const quint32 riff = le32(audio, 4);
        qsizetype at = 12;
        while (at + 8 <= audio.size()) {
            const QByteArray id = audio.mid(at, 4);
            const quint32 size = le32(audio, at + 4);
            if (id == "data") {
                if (size == 0 || size == 0xFFFFFFFFu || riff == 0 || riff == 0xFFFFFFFFu) {
                    out.headerSizesUnset = true;
                    const quint32 present = quint32(audio.size() - at - 8);
                    qToLittleEndian<quint32>(present, audio.data() + at + 4);
                    qToLittleEndian<quint32>(quint32(audio.size() - 8), audio.data() + 4);
                    out.repaired = audio;
                }
                break;
            }
            at += 8 + qsizetype(size) + (size & 1);
        }
    }
    const auto info = probe(audio, fileName, error);
    if (!info)
        return std::nullopt;
    if (info->durationMs <= 0) {
        fail(error, ErrorKind::InputRejected,
             tr("recording %1: %2").arg(fileName, tr("the file has a header but no audio")));
        return std::nullopt;
    }
    out.info = *info;
    if (out.headerSizesUnset)
        out.note = tr("the header gave no sizes; repaired: %1 s of audio")
                       .arg(double(info->durationMs) / 1000.0, 0, 'f', 1);
    return out;
}

std::optional<AudioInfo> AudioProbe::probe(const QByteArray& audio, const QString& name,
                                           Error* error, int decoderTimeoutMs)
{
    if (audio.isEmpty())
        return rejectRecording(error, name, tr("the file is empty"));
    Error wavError;
    if (auto info = probeWav(audio, name, &wavError))
        return info;
    if (wavError.isError()) {
        if (error)
            *error = wavError;
        return std::nullopt;
    }
    return probeWithDecoder(audio, name, decoderTimeoutMs, error);
}

} // namespace tallenne
