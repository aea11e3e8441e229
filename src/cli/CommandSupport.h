#pragma once

// Small readers and writers the command files share (tallenne-admin's arguments and output).

#include <QDateTime>
#include <QString>

#include <optional>

namespace tallenne::cli {

/// A record's number as typed on the command line: a whole number above 0, or nullopt.
[[nodiscard]] inline std::optional<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

/// A time as the JSON and text output give it: ISO 8601 in UTC; empty for none.
[[nodiscard]] inline QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace tallenne::cli
