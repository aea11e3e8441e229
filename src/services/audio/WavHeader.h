#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tallenne {

/// The chunks of a RIFF/WAVE file that matter for probing and for repairing its header, read
/// from memory without decoding anything. Decoding is libsndfile's (AudioDecoder); this only
/// answers what libsndfile does not tell: whether the writer left the sizes unset, whether the
/// data chunk is cut short, and where the size fields are, so they can be rewritten.
struct WavHeader
{
    Q_DECLARE_TR_FUNCTIONS(WavHeader)

public:
    static constexpr quint16 FormatPcm = 0x0001;
    static constexpr quint16 FormatMsAdpcm = 0x0002;
    static constexpr quint16 FormatFloat = 0x0003;
    static constexpr quint16 FormatAlaw = 0x0006;
    static constexpr quint16 FormatMulaw = 0x0007;
    static constexpr quint16 FormatImaAdpcm = 0x0011;
    static constexpr quint16 FormatGsm610 = 0x0031; ///< Microsoft GSM 6.10, Asterisk's WAV49
    static constexpr quint16 FormatExtensible = 0xFFFE;

    quint16 formatTag = 0; ///< the real format: for WAVE_FORMAT_EXTENSIBLE, its sub-format's
    bool extensible = false;
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    quint32 byteRate = 0;    ///< as declared; nothing is computed from it
    int blockAlign = 0;      ///< bytes per block: a sample frame, or one compressed block
    int samplesPerBlock = 1; ///< frames per block (320 for WAV49 GSM, more for ADPCM)

    quint32 riffSize = 0;
    quint32 dataSize = 0;         ///< as declared
    qsizetype dataSizeAt = -1;    ///< offset of the data chunk's size field
    qsizetype dataAt = -1;        ///< offset of the first byte of audio
    qsizetype factSamplesAt = -1; ///< offset of the fact chunk's sample count, or -1
    qsizetype fileSize = 0;

    /// What a RIFF/WAVE file is, or nullopt when the bytes do not start as one (`problem`
    /// stays empty) or when its header is broken (`problem` says how, translated).
    [[nodiscard]] static std::optional<WavHeader> parse(const QByteArray& bytes, QString* problem);
    [[nodiscard]] static bool looksLikeWav(const QByteArray& bytes);

    /// The RIFF or the data chunk size is 0 or 0xFFFFFFFF: the writer never finalised the
    /// file, or it streamed and could not know the length.
    [[nodiscard]] bool sizesUnset() const;
    [[nodiscard]] bool riffSizeUnset() const { return riffSize == 0 || riffSize == 0xFFFFFFFFu; }
    [[nodiscard]] bool dataSizeUnset() const { return dataSize == 0 || dataSize == 0xFFFFFFFFu; }
    /// Bytes of audio after the data chunk's header in the file.
    [[nodiscard]] qint64 presentDataBytes() const { return qint64(fileSize) - qint64(dataAt); }
    /// The audio bytes that count: what is present when the sizes are unset, else the declared
    /// size (which may be larger than what is present: see isCutShort()).
    [[nodiscard]] qint64 usableDataBytes() const;
    [[nodiscard]] bool isCutShort() const;
    /// The bytes of one sample frame of linear PCM, float, A-law or µ-law (channels × whole
    /// bytes per sample); 0 for the block codecs (GSM, ADPCM), whose block size is their own.
    [[nodiscard]] int sampleFrameBytes() const;
    /// The FFmpeg name of the codec ("pcm_s16le", "gsm_ms", …), empty when not supported.
    [[nodiscard]] QString codecName() const;

    /// A copy of `bytes` whose RIFF size, data size and fact sample count describe the audio
    /// present, cut to whole blocks (sample frames, or 65-byte GSM blocks), with the pad byte
    /// RIFF wants after an odd-sized chunk. `bytes` must be what parse() read.
    [[nodiscard]] QByteArray repaired(const QByteArray& bytes) const;
};

} // namespace tallenne
