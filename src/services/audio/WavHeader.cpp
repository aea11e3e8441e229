#include "services/audio/WavHeader.h"

#include <QtEndian>

#include <algorithm>

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

void putLe32(QByteArray& b, qsizetype at, quint32 value)
{
    qToLittleEndian(value, b.data() + at);
}

} // namespace

bool WavHeader::looksLikeWav(const QByteArray& bytes)
{
    return bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WAVE";
}

std::optional<WavHeader> WavHeader::parse(const QByteArray& bytes, QString* problem)
{
    const auto broken = [problem](const QString& text) -> std::optional<WavHeader> {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    if (problem)
        problem->clear();
    if (!looksLikeWav(bytes))
        return std::nullopt;
    WavHeader h;
    h.fileSize = bytes.size();
    h.riffSize = le32(bytes, 4);
    bool haveFormat = false;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = le32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (id == "data") {
            if (!haveFormat)
                return broken(tr("the WAV data chunk comes before its format"));
            h.dataSize = size;
            h.dataSizeAt = at + 4;
            h.dataAt = body;
            // Nothing after the data chunk matters, and with its size unset there is no
            // telling where it ends: the audio runs to the end of the file.
            break;
        }
        if (id == "fmt ") {
            if (size < 16 || body + 16 > bytes.size())
                return broken(tr("the WAV format chunk is cut short"));
            h.formatTag = le16(bytes, body);
            h.channels = le16(bytes, body + 2);
            h.sampleRate = int(std::min<quint32>(le32(bytes, body + 4), 0x7FFFFFFF));
            h.byteRate = le32(bytes, body + 8);
            h.blockAlign = le16(bytes, body + 12);
            h.bitsPerSample = le16(bytes, body + 14);
            if (h.formatTag == FormatExtensible) {
                // WAVE_FORMAT_EXTENSIBLE: the real tag opens the sub-format GUID.
                if (size < 40 || body + 26 > bytes.size())
                    return broken(tr("the WAV format chunk is cut short"));
                h.extensible = true;
                h.formatTag = le16(bytes, body + 24);
            }
            // Compressed formats give their frames per block in the extension (WAV49: 320).
            const bool blockCodec = h.formatTag == FormatGsm610 || h.formatTag == FormatImaAdpcm ||
                                    h.formatTag == FormatMsAdpcm;
            if (blockCodec && size >= 20 && body + 20 <= bytes.size())
                h.samplesPerBlock = std::max<int>(1, le16(bytes, body + 18));
            else if (h.formatTag == FormatGsm610)
                h.samplesPerBlock = 320;
            haveFormat = true;
        } else if (id == "fact" && size >= 4 && body + 4 <= bytes.size()) {
            h.factSamplesAt = body;
        }
        if (size == 0xFFFFFFFFu)
            return broken(tr("a WAV chunk before the audio has no size"));
        at = body + qsizetype(size) + (size & 1); // chunks are padded to an even length
    }
    if (h.dataAt < 0)
        return broken(haveFormat ? tr("the WAV file has no data chunk")
                                 : tr("the WAV file has no format chunk"));
    if (h.channels >= 1 && h.blockAlign <= 0 && h.bitsPerSample > 0)
        h.blockAlign = h.channels * ((h.bitsPerSample + 7) / 8);
    return h;
}

bool WavHeader::sizesUnset() const
{
    return riffSizeUnset() || dataSizeUnset();
}

qint64 WavHeader::usableDataBytes() const
{
    if (dataSizeUnset())
        return presentDataBytes();
    return qint64(dataSize);
}

bool WavHeader::isCutShort() const
{
    return !dataSizeUnset() && qint64(dataSize) > presentDataBytes();
}

int WavHeader::sampleFrameBytes() const
{
    switch (formatTag) {
    case FormatPcm:
    case FormatFloat:
    case FormatAlaw:
    case FormatMulaw:
        return channels * ((bitsPerSample + 7) / 8);
    default:
        return 0;
    }
}

QString WavHeader::codecName() const
{
    switch (formatTag) {
    case FormatPcm:
        switch (bitsPerSample) {
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
    case FormatFloat:
        return bitsPerSample == 32
                   ? QStringLiteral("pcm_f32le")
                   : (bitsPerSample == 64 ? QStringLiteral("pcm_f64le") : QString());
    case FormatAlaw:
        return bitsPerSample == 8 ? QStringLiteral("pcm_alaw") : QString();
    case FormatMulaw:
        return bitsPerSample == 8 ? QStringLiteral("pcm_mulaw") : QString();
    case FormatGsm610:
        return QStringLiteral("gsm_ms");
    case FormatImaAdpcm:
        return QStringLiteral("adpcm_ima_wav");
    case FormatMsAdpcm:
        return QStringLiteral("adpcm_ms");
    default:
        return {};
    }
}

QByteArray WavHeader::repaired(const QByteArray& bytes) const
{
    const qint64 block = std::max(1, blockAlign);
    const qint64 blocks = std::max<qint64>(0, presentDataBytes()) / block;
    // A RIFF size is 32 bits: a longer stream keeps what fits.
    const qint64 maxData = (qint64(0xFFFFFFFFu) - 8 - qint64(dataAt)) / block * block;
    const qint64 data = std::min(blocks * block, maxData);
    QByteArray out = bytes.left(dataAt + qsizetype(data));
    out.detach();
    if (data & 1)
        out.append('\0');
    putLe32(out, dataSizeAt, quint32(data));
    putLe32(out, 4, quint32(out.size() - 8));
    if (factSamplesAt >= 0 && factSamplesAt + 4 <= dataAt)
        putLe32(out, factSamplesAt,
                quint32(std::min<qint64>(data / block * samplesPerBlock, 0xFFFFFFFFu)));
    return out;
}

} // namespace tallenne
