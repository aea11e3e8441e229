#pragma once

// Damage done from outside, as the tamper tests do it to a register's files.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace tallenne::test {

/// Flips one bit (0x10) of the byte at `offset` of the file at `path`, in place. False when the
/// file cannot be opened or is shorter.
inline bool flipByte(const QString& path, qint64 offset)
{
    QFile f(path);
    char c = 0;
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset) || !f.getChar(&c) || !f.seek(offset))
        return false;
    return f.putChar(char(c ^ 0x10));
}

/// 120,000 bytes of recording `i` (distinct for each i, a RIFF tag first): stored as given,
/// never played.
inline QByteArray tamperAudio(int i)
{
    QByteArray bytes(120000, char('a' + i));
    bytes.replace(0, 4, "RIFF");
    return bytes;
}

} // namespace tallenne::test
