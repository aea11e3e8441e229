#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstddef>
#include <initializer_list>
#include <optional>

// Strict readers for the JSON files of src/crypto: every failure is ErrorKind::Damaged with the
// JSON path of the offending value ("slots[2].nonce: …"), so a damaged file can be repaired
// by hand and a tampered one is named precisely. Internal to src/crypto.
namespace tallenne::strictjson {

[[nodiscard]] QString child(const QString& path, const QString& key);
[[nodiscard]] QString element(const QString& path, qsizetype index);

/// Sets a Damaged error "<path>: <reason>" and returns false.
bool failAt(Error* error, const QString& path, const QString& reason);

[[nodiscard]] std::optional<QJsonObject> object(const QJsonValue& value, const QString& path,
                                                Error* error);
/// Fails on the first key not in `allowed` ("<path>.<key>: unknown field").
[[nodiscard]] bool onlyKeys(const QJsonObject& object, std::initializer_list<const char*> allowed,
                            const QString& path, Error* error);
/// The value of `key`, failing with "missing" when absent.
[[nodiscard]] std::optional<QJsonValue> required(const QJsonObject& object, const char* key,
                                                 const QString& path, Error* error);

[[nodiscard]] std::optional<QString> string(const QJsonValue& value, const QString& path,
                                            Error* error);
[[nodiscard]] std::optional<qint64> integer(const QJsonValue& value, qint64 min, qint64 max,
                                            const QString& path, Error* error);
[[nodiscard]] std::optional<bool> boolean(const QJsonValue& value, const QString& path,
                                          Error* error);
/// Standard base64 that decodes to exactly `size` bytes.
[[nodiscard]] std::optional<QByteArray> base64(const QJsonValue& value, std::size_t size,
                                               const QString& path, Error* error);
/// Lower- or upper-case hex that decodes to exactly `size` bytes.
[[nodiscard]] std::optional<QByteArray> hex(const QJsonValue& value, std::size_t size,
                                            const QString& path, Error* error);
/// An ISO 8601 UTC time ending in "Z".
[[nodiscard]] std::optional<QDateTime> utcTime(const QJsonValue& value, const QString& path,
                                               Error* error);
/// The form utcTime() reads: "2026-01-15T09:00:00Z".
[[nodiscard]] QString formatUtc(const QDateTime& time);
/// The same with milliseconds ("2026-01-15T09:00:00.123Z"); utcTime() reads both.
[[nodiscard]] QString formatUtcMs(const QDateTime& time);

} // namespace tallenne::strictjson
