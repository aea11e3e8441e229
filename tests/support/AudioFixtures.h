#pragma once

// The audio fixtures of tests/data/audio/ (see its README for how each was made).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace tallenne::test {

inline QString audioFixturePath(const QString& name)
{
    return QStringLiteral(TALLENNE_TEST_DATA "/audio/") + name;
}

/// The bytes of a fixture; a missing fixture stops the test (it is part of the source tree).
inline QByteArray audioFixture(const QString& name)
{
    QFile file(audioFixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing audio fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace tallenne::test
