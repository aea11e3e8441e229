#include "services/audio/AudioDecoder.h"

#include "services/audio/SndfileMemory.h"
#include "services/audio/WavHeader.h"

#include <QFileInfo>
#include <QtEndian>

#include <sndfile.h>
#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace tallenne {

namespace {

constexpr qint64 BlockFrames = 4096;

struct RawFormat
{
    const char* extension;
    const char* codec;
    int sampleRate;
};

// Asterisk's headerless formats (format_gsm, format_pcm, format_sln).
constexpr RawFormat RawFormats[] = {
    {"gsm", "gsm", 8000},
    {"ulaw", "pcm_mulaw_raw", 8000},
    {"ul", "pcm_mulaw_raw", 8000},
    {"mu", "pcm_mulaw_raw", 8000},
    {"ulw", "pcm_mulaw_raw", 8000},
    {"pcm", "pcm_mulaw_raw", 8000},
    {"alaw", "pcm_alaw_raw", 8000},
    {"al", "pcm_alaw_raw", 8000},
    {"alw", "pcm_alaw_raw", 8000},
    {"vox", "adpcm_vox_raw", 8000},
    {"sln", "pcm_s16le_raw", 8000},
    {"raw", "pcm_s16le_raw", 8000},
    {"sln12", "pcm_s16le_raw", 12000},
    {"sln16", "pcm_s16le_raw", 16000},
    {"sln24", "pcm_s16le_raw", 24000},
    {"sln32", "pcm_s16le_raw", 32000},
    {"sln44", "pcm_s16le_raw", 44100},
    {"sln48", "pcm_s16le_raw", 48000},
    {"sln96", "pcm_s16le_raw", 96000},
    {"sln192", "pcm_s16le_raw", 192000},
};

int rawSndfileFormat(const QString& codec)
{
    if (codec == QLatin1String("gsm"))
        return SF_FORMAT_RAW | SF_FORMAT_GSM610;
    if (codec == QLatin1String("pcm_mulaw_raw"))
        return SF_FORMAT_RAW | SF_FORMAT_ULAW;
    if (codec == QLatin1String("pcm_alaw_raw"))
        return SF_FORMAT_RAW | SF_FORMAT_ALAW;
    if (codec == QLatin1String("adpcm_vox_raw"))
        return SF_FORMAT_RAW | SF_FORMAT_VOX_ADPCM;
    if (codec == QLatin1String("pcm_s16le_raw"))
        return SF_FORMAT_RAW | SF_FORMAT_PCM_16 | SF_ENDIAN_LITTLE;
    return 0;
}

// Appends to a buffer whose earlier copies are wiped when it grows: decoded audio is a
// recording in clear, and a reallocation must not leave it behind in freed memory.
void appendWiping(QByteArray& buffer, const char* data, qsizetype size)
{
    if (buffer.size() + size > buffer.capacity()) {
        QByteArray bigger;
        bigger.reserve(std::max(buffer.capacity() * 2, buffer.size() + size));
        bigger.append(buffer);
        AudioDecoder::wipe(buffer);
        buffer = std::move(bigger);
    }
    buffer.append(data, size);
}

QByteArray pcm16WavHeader(int channels, int sampleRate, quint32 dataBytes)
{
    QByteArray h(44, '\0');
    char* p = h.data();
    std::memcpy(p, "RIFF", 4);
    qToLittleEndian<quint32>(36 + dataBytes, p + 4);
    std::memcpy(p + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, p + 16);
    qToLittleEndian<quint16>(1, p + 20);
    qToLittleEndian<quint16>(quint16(channels), p + 22);
    qToLittleEndian<quint32>(quint32(sampleRate), p + 24);
    qToLittleEndian<quint32>(quint32(sampleRate * channels * 2), p + 28);
    qToLittleEndian<quint16>(quint16(channels * 2), p + 32);
    qToLittleEndian<quint16>(16, p + 34);
    std::memcpy(p + 36, "data", 4);
    qToLittleEndian<quint32>(dataBytes, p + 40);
    return h;
}

} // namespace

struct AudioDecoder::Source
{
    QByteArray bytes; // shared with the caller, or the repaired copy (ours: wiped)
    bool ownCopy = false;
    SndfileMemory memory;
    SF_INFO info{};
    SNDFILE* file = nullptr;
    bool raw = false;
    QString rawCodec;
    std::vector<float> floats; // readPcm16()'s block

    ~Source()
    {
        if (file)
            sf_close(file);
        if (!floats.empty())
            sodium_memzero(floats.data(), floats.size() * sizeof(float));
        if (ownCopy)
            wipe(bytes);
    }
};

DecodedAudio& DecodedAudio::operator=(DecodedAudio&& other) noexcept
{
    if (this == &other)
        return *this;
    fill.reset();
    AudioDecoder::wipe(pcm16);
    channels = other.channels;
    sampleRate = other.sampleRate;
    frames = other.frames;
    pcm16 = std::move(other.pcm16);
    fill = std::move(other.fill);
    return *this;
}

DecodedAudio::~DecodedAudio()
{
    fill.reset(); // its writer stops before the samples are wiped
    AudioDecoder::wipe(pcm16);
}

qint16 DecodedAudio::sample(qint64 frame, int channel) const
{
    if (frame < 0 || frame >= frames || channel < 0 || channel >= channels)
        return 0;
    const qsizetype at = qsizetype((frame * channels + channel) * 2);
    return qFromLittleEndian<qint16>(pcm16.constData() + at);
}

float DecodedAudio::peak(int channel) const
{
    int best = 0;
    for (qint64 f = 0; f < frames; ++f)
        best = std::max(best, std::abs(int(sample(f, channel))));
    return float(best) / 32768.0f;
}

AudioDecoder::AudioDecoder() = default;

AudioDecoder::~AudioDecoder() = default;

void AudioDecoder::close()
{
    m_source.reset();
    m_framesRead = 0;
}

bool AudioDecoder::open(const QByteArray& bytes, const AudioInfo& format, Error* error)
{
    close();
    if (bytes.isEmpty())
        return fail(error, ErrorKind::InputRejected, tr("the file is empty"));
    auto source = std::make_unique<Source>();
    source->bytes = bytes;
    if (isRawCodec(format.codec) && !hasKnownHeader(bytes)) {
        source->raw = true;
        source->rawCodec = format.codec;
        source->info.format = rawSndfileFormat(format.codec);
        source->info.channels = 1;
        source->info.samplerate = format.sampleRate > 0 ? format.sampleRate : 8000;
        if (const QString problem = playableProblem(1, source->info.samplerate, 0);
            !problem.isEmpty())
            return fail(error, ErrorKind::InputRejected, problem);
    } else if (WavHeader::looksLikeWav(bytes)) {
        // A writer that never set the sizes: libsndfile would read no audio at all (size 0),
        // so read a copy whose header says what is there.
        QString problem;
        const auto header = WavHeader::parse(bytes, &problem);
        if (header && header->sizesUnset() && header->blockAlign > 0) {
            source->bytes = header->repaired(bytes);
            source->ownCopy = true;
        }
    }
    source->memory = SndfileMemory(source->bytes.constData(), source->bytes.size());
    // Raw GSM is read in whole 33-byte frames: libsndfile would decode a partial last frame
    // as if zeros followed, which is noise, not the end of the call.
    if (source->raw && format.codec == QLatin1String("gsm"))
        source->memory.truncate(source->memory.size() - source->memory.size() % 33);
    source->file = sf_open_virtual(SndfileMemory::io(), SFM_READ, &source->info, &source->memory);
    if (!source->file)
        return fail(error, ErrorKind::InputRejected,
                    tr("not audio in a format that can be read (%1)")
                        .arg(QString::fromUtf8(sf_strerror(nullptr)).trimmed()));
    if (source->info.channels < 1 || source->info.samplerate < 1)
        return fail(error, ErrorKind::InputRejected,
                    tr("%1 channels at %2 Hz is not audio")
                        .arg(source->info.channels)
                        .arg(source->info.samplerate));
    // Channels and rate only: the frames the header announces are not trusted (the reads
    // count the frames actually there).
    if (const QString problem = playableProblem(source->info.channels, source->info.samplerate, 0);
        !problem.isEmpty())
        return fail(error, ErrorKind::InputRejected, problem);
    m_source = std::move(source);
    return true;
}

int AudioDecoder::channels() const
{
    return m_source ? m_source->info.channels : 0;
}

int AudioDecoder::sampleRate() const
{
    return m_source ? m_source->info.samplerate : 0;
}

int AudioDecoder::sndfileFormat() const
{
    return m_source ? m_source->info.format : 0;
}

qint64 AudioDecoder::announcedFrames() const
{
    return m_source ? qint64(m_source->info.frames) : 0;
}

qint64 AudioDecoder::inputBytes() const
{
    return m_source ? qint64(m_source->memory.size()) : 0;
}

QString AudioDecoder::codecName() const
{
    if (!m_source)
        return {};
    if (m_source->raw)
        return m_source->rawCodec;
    const int format = m_source->info.format;
    const int container = format & SF_FORMAT_TYPEMASK;
    const int subtype = format & SF_FORMAT_SUBMASK;
    switch (container) {
    case SF_FORMAT_WAV:
    case SF_FORMAT_WAVEX:
    case SF_FORMAT_RF64:
    case SF_FORMAT_W64:
        switch (subtype) {
        case SF_FORMAT_PCM_U8:
            return QStringLiteral("pcm_u8");
        case SF_FORMAT_PCM_16:
            return QStringLiteral("pcm_s16le");
        case SF_FORMAT_PCM_24:
            return QStringLiteral("pcm_s24le");
        case SF_FORMAT_PCM_32:
            return QStringLiteral("pcm_s32le");
        case SF_FORMAT_FLOAT:
            return QStringLiteral("pcm_f32le");
        case SF_FORMAT_DOUBLE:
            return QStringLiteral("pcm_f64le");
        case SF_FORMAT_ALAW:
            return QStringLiteral("pcm_alaw");
        case SF_FORMAT_ULAW:
            return QStringLiteral("pcm_mulaw");
        case SF_FORMAT_GSM610:
            return QStringLiteral("gsm_ms");
        case SF_FORMAT_IMA_ADPCM:
            return QStringLiteral("adpcm_ima_wav");
        case SF_FORMAT_MS_ADPCM:
            return QStringLiteral("adpcm_ms");
        default:
            return {};
        }
    case SF_FORMAT_AIFF:
    case SF_FORMAT_AU:
        switch (subtype) {
        case SF_FORMAT_PCM_S8:
            return QStringLiteral("pcm_s8");
        case SF_FORMAT_PCM_16:
            return QStringLiteral("pcm_s16be");
        case SF_FORMAT_PCM_24:
            return QStringLiteral("pcm_s24be");
        case SF_FORMAT_PCM_32:
            return QStringLiteral("pcm_s32be");
        case SF_FORMAT_FLOAT:
            return QStringLiteral("pcm_f32be");
        case SF_FORMAT_ALAW:
            return QStringLiteral("pcm_alaw");
        case SF_FORMAT_ULAW:
            return QStringLiteral("pcm_mulaw");
        default:
            return {};
        }
    case SF_FORMAT_FLAC:
        return QStringLiteral("flac");
    case SF_FORMAT_OGG:
        if (subtype == SF_FORMAT_VORBIS)
            return QStringLiteral("vorbis");
        if (subtype == SF_FORMAT_OPUS)
            return QStringLiteral("opus");
        return {};
    case SF_FORMAT_MPEG:
        switch (subtype) {
        case SF_FORMAT_MPEG_LAYER_I:
            return QStringLiteral("mp1");
        case SF_FORMAT_MPEG_LAYER_II:
            return QStringLiteral("mp2");
        case SF_FORMAT_MPEG_LAYER_III:
            return QStringLiteral("mp3");
        default:
            return {};
        }
    default:
        return {};
    }
}

QString AudioDecoder::formatDescription() const
{
    if (!m_source)
        return {};
    const auto describe = [](int command, int format) {
        SF_FORMAT_INFO info{};
        info.format = format;
        if (sf_command(nullptr, command, &info, sizeof(info)) != 0 || !info.name)
            return QStringLiteral("0x%1").arg(format, 0, 16);
        return QString::fromUtf8(info.name);
    };
    const int format = m_source->info.format;
    return QStringLiteral("%1, %2").arg(describe(SFC_GET_FORMAT_INFO, format & SF_FORMAT_TYPEMASK),
                                        describe(SFC_GET_FORMAT_INFO, format & SF_FORMAT_SUBMASK));
}

qint64 AudioDecoder::checkRead(qint64 got, qint64 asked, Error* error)
{
    if (got < 0 || (got < asked && sf_error(m_source->file) != SF_ERR_NO_ERROR)) {
        fail(error, ErrorKind::InputRejected,
             tr("the audio is damaged after %1 s (%2)")
                 .arg(m_framesRead / std::max(1, sampleRate()))
                 .arg(QString::fromUtf8(sf_strerror(m_source->file)).trimmed()));
        return -1;
    }
    m_framesRead += got;
    if (m_framesRead > MaxSeconds * sampleRate()) {
        fail(error, ErrorKind::InputRejected,
             tr("the recording is longer than %n hours", nullptr, int(MaxSeconds / 3600)));
        return -1;
    }
    return got;
}

qint64 AudioDecoder::readFloat(float* out, qint64 frames, Error* error)
{
    if (!m_source) {
        fail(error, ErrorKind::Usage, tr("No recording is open."));
        return -1;
    }
    return checkRead(qint64(sf_readf_float(m_source->file, out, sf_count_t(frames))), frames,
                     error);
}

qint64 AudioDecoder::readPcm16(qint16* out, qint64 frames, Error* error)
{
    // Through float, whatever the source: libsndfile's own float-to-short conversion rounds a
    // float file's ±1.0 to ±1. 16-bit and 8-bit sources come back exactly.
    if (m_source && qint64(m_source->floats.size()) < frames * channels())
        m_source->floats.resize(size_t(frames * channels()));
    const qint64 got = readFloat(m_source ? m_source->floats.data() : nullptr, frames, error);
    for (qint64 i = 0; i < got * channels(); ++i) {
        const float v = std::clamp(m_source->floats[size_t(i)] * 32768.0f, -32768.0f, 32767.0f);
        out[i] = qint16(std::lrintf(v));
    }
    return got;
}

namespace {

// Decodes everything after `headerBytes` zero bytes into one buffer of little-endian samples.
std::optional<QByteArray> decodeToBuffer(AudioDecoder& decoder, qsizetype headerBytes, Error* error)
{
    const int channels = decoder.channels();
    const qint64 frameBytes = qint64(channels) * 2;
    const qint64 maxFrames = std::min(AudioDecoder::MaxSeconds * decoder.sampleRate(),
                                      AudioDecoder::MaxPlayableBytes / frameBytes);
    // The header's count is usually exact; reserving it avoids copies of the audio. A hostile
    // header may announce far more than its bytes can hold: no codec read here gives more
    // than 8 frames a byte, except silence in FLAC or Vorbis, which then grows as it decodes.
    const qint64 expected = std::clamp<qint64>(
        std::min(decoder.announcedFrames(), decoder.inputBytes() * 8), 0, maxFrames);
    QByteArray out;
    out.reserve(qsizetype(headerBytes + expected * frameBytes));
    out.resize(headerBytes, '\0');
    std::vector<qint16> block(size_t(BlockFrames * channels));
    std::optional<QByteArray> result;
    for (;;) {
        const qint64 got = decoder.readPcm16(block.data(), BlockFrames, error);
        if (got < 0)
            break;
        if (got == 0) {
            result = std::move(out);
            break;
        }
        if (decoder.framesRead() > maxFrames) {
            fail(error, ErrorKind::InputRejected,
                 AudioDecoder::tr("decoded, the recording would take more than %1 MB")
                     .arg(AudioDecoder::MaxPlayableBytes / (1024 * 1024)));
            break;
        }
        if constexpr (Q_BYTE_ORDER != Q_LITTLE_ENDIAN) {
            for (qint64 i = 0; i < got * channels; ++i)
                block[size_t(i)] = qToLittleEndian(block[size_t(i)]);
        }
        appendWiping(out, reinterpret_cast<const char*>(block.data()), qsizetype(got * frameBytes));
    }
    sodium_memzero(block.data(), block.size() * sizeof(qint16));
    if (!result)
        AudioDecoder::wipe(out);
    return result;
}

} // namespace

QString AudioDecoder::playableProblem(int channels, int sampleRate, qint64 frames)
{
    if (channels < 1 || channels > 2)
        return tr("%1 channels; a recording is mono, or stereo with the agent and the customer "
                  "apart")
            .arg(channels);
    if (sampleRate < MinSampleRate || sampleRate > MaxSampleRate)
        return tr("a sample rate of %1 Hz; a recording has %2 to %3 Hz")
            .arg(sampleRate)
            .arg(MinSampleRate)
            .arg(MaxSampleRate);
    if (frames > MaxSeconds * sampleRate)
        return tr("the recording is longer than %n hours", nullptr, int(MaxSeconds / 3600));
    if (frames > MaxPlayableBytes / (qint64(channels) * 2))
        return tr("decoded, the recording would take more than %1 MB")
            .arg(MaxPlayableBytes / (1024 * 1024));
    return {};
}

void AudioDecoder::wipe(QByteArray& audio)
{
    if (!audio.isEmpty() && audio.isDetached())
        sodium_memzero(audio.data(), size_t(audio.size()));
    audio.clear();
}

bool AudioDecoder::cannotDecode(Error* error)
{
    if (error && error->isError())
        error->message = tr("The recording cannot be decoded: %1.").arg(error->message);
    return false;
}

std::optional<DecodedAudio> AudioDecoder::decode(const QByteArray& bytes, const AudioInfo& format,
                                                 Error* error)
{
    // A plain, complete 16-bit PCM WAV (what PlaybackService::open hands the player) holds the
    // samples already as the player takes them: copied as they are, without a pass through
    // libsndfile (a third of the time to first sound of a ten-minute recording).
    if (format.codec.isEmpty() || format.codec == QLatin1String("pcm_s16le")) {
        const auto header = WavHeader::parse(bytes, nullptr);
        if (header && !header->extensible && header->formatTag == WavHeader::FormatPcm &&
            header->bitsPerSample == 16 && (header->channels == 1 || header->channels == 2) &&
            header->blockAlign == header->channels * 2 && !header->sizesUnset() &&
            !header->isCutShort() && header->dataSize > 0) {
            const qint64 frames = qint64(header->dataSize) / header->blockAlign;
            // The same rule as every other path (rate, channels, length, size).
            if (playableProblem(header->channels, header->sampleRate, frames).isEmpty()) {
                DecodedAudio out;
                out.channels = header->channels;
                out.sampleRate = header->sampleRate;
                out.frames = frames;
                out.pcm16 = QByteArray(bytes.constData() + header->dataAt,
                                       qsizetype(frames * header->blockAlign));
                return out;
            }
        }
    }
    AudioDecoder decoder;
    std::optional<QByteArray> pcm;
    if (!decoder.open(bytes, format, error) || !(pcm = decodeToBuffer(decoder, 0, error))) {
        cannotDecode(error);
        return std::nullopt;
    }
    DecodedAudio out;
    out.channels = decoder.channels();
    out.sampleRate = decoder.sampleRate();
    out.frames = decoder.framesRead();
    out.pcm16 = std::move(*pcm);
    return out;
}

std::optional<QByteArray> AudioDecoder::toPlayableWav(const QByteArray& bytes,
                                                      const AudioInfo& format, Error* error)
{
    AudioDecoder decoder;
    std::optional<QByteArray> wav;
    if (!decoder.open(bytes, format, error) || !(wav = decodeToBuffer(decoder, 44, error))) {
        cannotDecode(error);
        return std::nullopt;
    }
    if (decoder.framesRead() == 0) {
        wipe(*wav);
        fail(error, ErrorKind::InputRejected,
             tr("The recording cannot be decoded: it holds no audio."));
        return std::nullopt;
    }
    const QByteArray header =
        pcm16WavHeader(decoder.channels(), decoder.sampleRate(), quint32(wav->size() - 44));
    std::memcpy(wav->data(), header.constData(), 44);
    return wav;
}

bool AudioDecoder::isPlayableAsIs(const QByteArray& bytes, const AudioInfo& format)
{
    if (format.codec != QLatin1String("pcm_s16le"))
        return false;
    const auto header = WavHeader::parse(bytes, nullptr);
    return header && !header->extensible && header->formatTag == WavHeader::FormatPcm &&
           header->bitsPerSample == 16 && (header->channels == 1 || header->channels == 2) &&
           header->blockAlign == header->channels * 2 && header->sampleRate > 0 &&
           header->byteRate == quint32(header->sampleRate) * quint32(header->blockAlign) &&
           !header->sizesUnset() && !header->isCutShort() && header->dataSize > 0;
}

std::optional<AudioInfo> AudioDecoder::rawFormatForFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const RawFormat& f : RawFormats) {
        if (suffix == QLatin1String(f.extension))
            return AudioInfo{QString::fromLatin1(f.codec), 1, f.sampleRate, 0};
    }
    return std::nullopt;
}

bool AudioDecoder::isRawCodec(const QString& codec)
{
    return rawSndfileFormat(codec) != 0;
}

bool AudioDecoder::hasKnownHeader(const QByteArray& bytes)
{
    // Magic numbers only: a bare MPEG frame sync (0xFFE…) is no proof, raw µ-law silence is
    // 0xFF bytes.
    for (const char* magic : {"RIFF", "RIFX", "RF64", "FORM", ".snd", "fLaC", "OggS", "ID3"}) {
        if (bytes.startsWith(magic))
            return true;
    }
    return false;
}

} // namespace tallenne
