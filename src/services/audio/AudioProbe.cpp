#include "services/audio/AudioProbe.h"

#include "services/audio/AudioDecoder.h"
#include "services/audio/WavHeader.h"

#include <QFileInfo>
#include <QLocale>

#include <sodium.h>

#include <vector>

namespace tallenne {

namespace {

std::nullopt_t rejectRecording(Error* error, const QString& name, const QString& reason)
{
    fail(error, ErrorKind::InputRejected, AudioProbe::tr("recording %1: %2").arg(name, reason));
    return std::nullopt;
}

QString channelsReason(int channels)
{
    return AudioProbe::tr("%1 channels; a recording is mono, or stereo with the agent and the "
                          "customer apart")
        .arg(channels);
}

// Asterisk's headerless formats that libsndfile has no decoder for.
QString unsupportedRawFormat(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const QStringList known = {
        QStringLiteral("g729"),  QStringLiteral("g723"),   QStringLiteral("g722"),
        QStringLiteral("g726"),  QStringLiteral("g719"),   QStringLiteral("ilbc"),
        QStringLiteral("speex"), QStringLiteral("siren7"), QStringLiteral("siren14"),
        QStringLiteral("h263"),  QStringLiteral("h264")};
    return known.contains(suffix) ? suffix : QString();
}

} // namespace

std::optional<AudioInspection> AudioProbe::inspect(const QByteArray& bytes, const QString& fileName,
                                                   Error* error)
{
    if (error)
        *error = Error::none();
    if (bytes.isEmpty())
        return rejectRecording(error, fileName, tr("the file is empty"));

    AudioInspection out;
    AudioInfo rawFormat;
    QString wavCodec;
    if (WavHeader::looksLikeWav(bytes)) {
        // libsndfile reads past what a WAV header gets wrong (a data size larger than the
        // file, sizes never written); the header walk finds those first, to say so.
        QString problem;
        const auto header = WavHeader::parse(bytes, &problem);
        if (!header)
            return rejectRecording(error, fileName, problem);
        if (header->channels < 1 || header->channels > 2)
            return rejectRecording(error, fileName, channelsReason(header->channels));
        wavCodec = header->codecName();
        if (wavCodec.isEmpty()) {
            const bool pcm = header->formatTag == WavHeader::FormatPcm ||
                             header->formatTag == WavHeader::FormatFloat;
            return rejectRecording(error, fileName,
                                   pcm ? tr("WAV format %1 with %2-bit samples is not supported")
                                             .arg(header->formatTag)
                                             .arg(header->bitsPerSample)
                                       : tr("the WAV codec 0x%1 is not supported")
                                             .arg(header->formatTag, 4, 16, QLatin1Char('0')));
        }
        if (header->sampleRate <= 0)
            return rejectRecording(error, fileName, tr("the WAV header gives no sample rate"));
        if (const QString rule =
                AudioDecoder::playableProblem(header->channels, header->sampleRate, 0);
            !rule.isEmpty())
            return rejectRecording(error, fileName, rule);
        // A sample frame of linear PCM or G.711 is its channels' samples, nothing else: a
        // header whose block size says otherwise would make the duration up.
        if (const int frameBytes = header->sampleFrameBytes();
            frameBytes > 0 && header->blockAlign != frameBytes)
            return rejectRecording(error, fileName,
                                   tr("the WAV header's block size (%1 bytes) does not fit %n "
                                      "channel(s) of %2-bit samples (%3 bytes)",
                                      nullptr, header->channels)
                                       .arg(header->blockAlign)
                                       .arg(header->bitsPerSample)
                                       .arg(frameBytes));
        if (header->presentDataBytes() < std::max(1, header->blockAlign))
            return rejectRecording(error, fileName, tr("the file has a header but no audio"));
        if (header->isCutShort())
            return rejectRecording(error, fileName,
                                   tr("the data chunk is cut short (expected %1 bytes, found %2)")
                                       .arg(header->dataSize)
                                       .arg(header->presentDataBytes()));
        if (header->sizesUnset()) {
            out.headerSizesUnset = true;
            out.repaired = header->repaired(bytes);
        }
    } else if (!AudioDecoder::hasKnownHeader(bytes)) {
        if (const auto raw = AudioDecoder::rawFormatForFileName(fileName))
            rawFormat = *raw;
        else if (const QString suffix = unsupportedRawFormat(fileName); !suffix.isEmpty())
            return rejectRecording(
                error, fileName,
                tr("the codec of Asterisk's .%1 files is not supported").arg(suffix));
    }

    // Linear PCM and G.711 in a WAV have nothing to damage halfway: every byte is a sample,
    // so the whole frames present are the duration (decoding each would cost milliseconds a
    // file at import). Everything else is decoded whole, below.
    static const QStringList byteSamples = {
        QStringLiteral("pcm_u8"),    QStringLiteral("pcm_s16le"), QStringLiteral("pcm_s24le"),
        QStringLiteral("pcm_s32le"), QStringLiteral("pcm_f32le"), QStringLiteral("pcm_f64le"),
        QStringLiteral("pcm_alaw"),  QStringLiteral("pcm_mulaw")};
    if (WavHeader::looksLikeWav(bytes) && byteSamples.contains(wavCodec)) {
        QString problem;
        const auto header =
            WavHeader::parse(out.repaired.isEmpty() ? bytes : out.repaired, &problem);
        if (header && header->blockAlign > 0 && header->sampleRate > 0 && !header->sizesUnset() &&
            !header->isCutShort()) {
            const qint64 frames =
                std::min<qint64>(header->dataSize, header->presentDataBytes()) / header->blockAlign;
            if (const QString rule =
                    AudioDecoder::playableProblem(header->channels, header->sampleRate, frames);
                !rule.isEmpty())
                return rejectRecording(error, fileName, rule);
            // The player reads with libsndfile: it must read the same audio from these bytes
            // (channels, rate, frames) and its first block, or the file is not taken.
            AudioDecoder decoder;
            Error decodeError;
            if (!decoder.open(out.repaired.isEmpty() ? bytes : out.repaired, {}, &decodeError))
                return rejectRecording(error, fileName, decodeError.message);
            if (decoder.channels() != header->channels ||
                decoder.sampleRate() != header->sampleRate || decoder.announcedFrames() != frames)
                return rejectRecording(
                    error, fileName,
                    tr("the WAV header and the audio disagree (%1 frames at %2 Hz in the header, "
                       "%3 at %4 Hz read)")
                        .arg(frames)
                        .arg(header->sampleRate)
                        .arg(decoder.announcedFrames())
                        .arg(decoder.sampleRate()));
            std::vector<float> first(size_t(4096) * size_t(decoder.channels()));
            const qint64 got = decoder.readFloat(first.data(), 4096, &decodeError);
            sodium_memzero(first.data(), first.size() * sizeof(float));
            if (got <= 0)
                return rejectRecording(error, fileName,
                                       got < 0 ? decodeError.message
                                               : tr("the file has a header but no audio"));
            out.info.codec = wavCodec;
            out.info.channels = header->channels;
            out.info.sampleRate = header->sampleRate;
            out.info.durationMs = frames * 1000 / header->sampleRate;
            if (out.headerSizesUnset)
                out.note =
                    tr("the header gave no sizes; repaired: %1 s of audio")
                        .arg(QLocale().toString(double(out.info.durationMs) / 1000.0, 'f', 1));
            return out;
        }
    }

    // Decoded whole, block by block: the duration is that of the frames present, and a file
    // damaged halfway is refused now rather than at its first playback.
    AudioDecoder decoder;
    Error decodeError;
    if (!decoder.open(out.repaired.isEmpty() ? bytes : out.repaired, rawFormat, &decodeError))
        return rejectRecording(error, fileName, decodeError.message);
    const QString codec = wavCodec.isEmpty() ? decoder.codecName() : wavCodec;
    if (codec.isEmpty())
        return rejectRecording(
            error, fileName,
            tr("the audio format (%1) is not supported").arg(decoder.formatDescription()));
    if (decoder.channels() > 2)
        return rejectRecording(error, fileName, channelsReason(decoder.channels()));
    std::vector<float> block(size_t(4096) * size_t(decoder.channels()));
    qint64 got = 0;
    while ((got = decoder.readFloat(block.data(), 4096, &decodeError)) > 0) {
    }
    sodium_memzero(block.data(), block.size() * sizeof(float));
    if (got < 0)
        return rejectRecording(error, fileName, decodeError.message);
    if (decoder.framesRead() == 0)
        return rejectRecording(error, fileName,
                               rawFormat.codec.isEmpty()
                                   ? tr("the file has a header but no audio")
                                   : tr("the file is shorter than one frame of its codec"));

    if (const QString problem = AudioDecoder::playableProblem(
            decoder.channels(), decoder.sampleRate(), decoder.framesRead());
        !problem.isEmpty())
        return rejectRecording(error, fileName, problem);
    out.info.codec = codec;
    out.info.channels = decoder.channels();
    out.info.sampleRate = decoder.sampleRate();
    out.info.durationMs = decoder.framesRead() * 1000 / decoder.sampleRate();
    if (out.headerSizesUnset)
        out.note = tr("the header gave no sizes; repaired: %1 s of audio")
                       .arg(QLocale().toString(double(out.info.durationMs) / 1000.0, 'f', 1));
    return out;
}

std::optional<AudioInfo> AudioProbe::probe(const QByteArray& audio, const QString& name,
                                           Error* error)
{
    auto inspection = inspect(audio, name, error);
    if (!inspection)
        return std::nullopt;
    if (inspection->headerSizesUnset)
        return rejectRecording(
            error, name,
            tr("the WAV header's sizes were never written (%1 s of audio "
               "follow; the recording may still have been in progress)")
                .arg(QLocale().toString(double(inspection->info.durationMs) / 1000.0, 'f', 1)));
    return inspection->info;
}

} // namespace tallenne
