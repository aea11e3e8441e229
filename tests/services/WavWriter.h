#pragma once

// WAV files made in memory for the import and audio probe tests.

#include <QByteArray>
#include <QtEndian>

namespace tallenne::test {

/// A RIFF/WAVE file: `formatTag` 1 PCM, 6 A-law, 7 µ-law; `seconds` of a simple ramp.
/// `cutTo` > 0 truncates the file to that many bytes (the header still claims the full size).
inline QByteArray makeWav(int formatTag, int channels, int sampleRate, int bits, double seconds,
                          qsizetype cutTo = 0)
{
    const int blockAlign = channels * bits / 8;
    const quint32 dataSize = quint32(double(sampleRate) * seconds) * quint32(blockAlign);
    QByteArray out;
    const auto u16 = [&out](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    };
    const auto u32 = [&out](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    out.append("RIFF");
    u32(36 + dataSize);
    out.append("WAVEfmt ");
    u32(16);
    u16(quint16(formatTag));
    u16(quint16(channels));
    u32(quint32(sampleRate));
    u32(quint32(sampleRate * blockAlign));
    u16(quint16(blockAlign));
    u16(quint16(bits));
    out.append("data");
    u32(dataSize);
    QByteArray data(qsizetype(dataSize), '\0');
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char(i * 7 % 251);
    out.append(data);
    if (cutTo > 0)
        out.truncate(cutTo);
    return out;
}

} // namespace tallenne::test
