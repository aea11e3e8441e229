#include "crypto/StrictJson.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace tallenne::strictjson {

QString child(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString& path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

bool failAt(Error* error, const QString& path, const QString& reason)
{
    return fail(error, ErrorKind::Damaged, QStringLiteral("%1: %2").arg(path, reason));
}

std::optional<QJsonObject> object(const QJsonValue& value, const QString& path, Error* error)
{
    if (!value.isObject()) {
        failAt(error, path, QCoreApplication::translate("KeySlotFile", "not an object"));
        return std::nullopt;
    }
    return value.toObject();
}

bool onlyKeys(const QJsonObject& object, std::initializer_list<const char*> allowed,
              const QString& path, Error* error)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool known = false;
        for (const char* key : allowed)
            known = known || it.key() == QLatin1String(key);
        if (!known)
            return failAt(error, child(path, it.key()),
                          QCoreApplication::translate("KeySlotFile", "unknown field"));
    }
    return true;
}

std::optional<QJsonValue> required(const QJsonObject& object, const char* key, const QString& path,
                                   Error* error)
{
    const auto it = object.constFind(QLatin1String(key));
    if (it == object.constEnd()) {
        failAt(error, child(path, QLatin1String(key)),
               QCoreApplication::translate("KeySlotFile", "missing"));
        return std::nullopt;
    }
    return it.value();
}

std::optional<QString> string(const QJsonValue& value, const QString& path, Error* error)
{
    if (!value.isString()) {
        failAt(error, path, QCoreApplication::translate("KeySlotFile", "not a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> integer(const QJsonValue& value, qint64 min, qint64 max, const QString& path,
                              Error* error)
{
    // JSON numbers arrive as doubles; only whole numbers inside the range are accepted.
    const double d = value.toDouble();
    if (!value.isDouble() || std::trunc(d) != d) {
        failAt(error, path, QCoreApplication::translate("KeySlotFile", "not a whole number"));
        return std::nullopt;
    }
    if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
        failAt(error, path,
               QCoreApplication::translate("KeySlotFile", "%1 is outside %2–%3")
                   .arg(d, 0, 'f', 0)
                   .arg(min)
                   .arg(max));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

std::optional<bool> boolean(const QJsonValue& value, const QString& path, Error* error)
{
    if (!value.isBool()) {
        failAt(error, path, QCoreApplication::translate("KeySlotFile", "not true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QByteArray> base64(const QJsonValue& value, std::size_t size, const QString& path,
                                 Error* error)
{
    const QString text = value.toString();
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // Re-encoding catches non-canonical forms (stray padding bits), so one value has one text.
    if (!value.isString() || !decoded || static_cast<std::size_t>(decoded.decoded.size()) != size ||
        QString::fromLatin1(decoded.decoded.toBase64()) != text) {
        failAt(
            error, path,
            QCoreApplication::translate("KeySlotFile", "not valid base64 of %1 bytes").arg(size));
        return std::nullopt;
    }
    return decoded.decoded;
}

std::optional<QByteArray> hex(const QJsonValue& value, std::size_t size, const QString& path,
                              Error* error)
{
    static const QRegularExpression hexDigits(QStringLiteral("^[0-9a-fA-F]*$"));
    const QString text = value.toString();
    if (!value.isString() || static_cast<std::size_t>(text.size()) != size * 2 ||
        !hexDigits.match(text).hasMatch()) {
        failAt(error, path,
               QCoreApplication::translate("KeySlotFile", "not %1 bytes of hexadecimal").arg(size));
        return std::nullopt;
    }
    return QByteArray::fromHex(text.toLatin1());
}

std::optional<QDateTime> utcTime(const QJsonValue& value, const QString& path, Error* error)
{
    const QString text = value.toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isString() || !text.endsWith(QLatin1Char('Z')) || !time.isValid()) {
        failAt(error, path,
               QCoreApplication::translate("KeySlotFile",
                                           "not a UTC time such as 2026-01-15T09:00:00Z"));
        return std::nullopt;
    }
    return time.toUTC();
}

QString formatUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString formatUtcMs(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace tallenne::strictjson
