#include "crypto/LockoutTable.h"

#include "crypto/SecretBytes.h"
#include "crypto/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <sodium.h>

#include <algorithm>
#include <limits>
#include <utility>

namespace tallenne {

namespace sj = strictjson;

namespace {

constexpr char TagContext[] = "tallenne-lockout-v1";
// Far beyond what the throttle lets anyone reach; keeps the count inside what the parser reads.
constexpr int MaxFailureCount = 1000000;

bool isActive(const LockoutState& state)
{
    return state.failures > 0 || state.lockedUntil.has_value();
}

/// The newest failure or the end of the lock, in ms since the epoch; the lowest value when
/// the record has neither.
qint64 lastActivityMs(const LockoutState& state)
{
    qint64 latest = std::numeric_limits<qint64>::min();
    for (const QDateTime& at : state.failedAt)
        latest = std::max(latest, at.toMSecsSinceEpoch());
    if (state.lockedUntil)
        latest = std::max(latest, state.lockedUntil->toMSecsSinceEpoch());
    return latest;
}

void resetCount(LockoutState& state)
{
    state.failures = 0;
    state.lockedUntil.reset();
}

void keepNewest(QList<QDateTime>& times, int keep)
{
    if (times.size() > keep)
        times.remove(0, times.size() - keep);
}

std::optional<LockoutState> stateFromJson(const QJsonValue& value, const QString& path,
                                          Error* error)
{
    const auto o = sj::object(value, path, error);
    if (!o || !sj::onlyKeys(*o, {"failures", "locked_until", "failed_at"}, path, error))
        return std::nullopt;
    LockoutState state;

    auto v = sj::required(*o, "failures", path, error);
    const auto failures =
        v ? sj::integer(*v, 0, 1000000000, sj::child(path, QStringLiteral("failures")), error)
          : std::nullopt;
    if (!failures)
        return std::nullopt;
    state.failures = static_cast<int>(std::min<qint64>(*failures, MaxFailureCount));

    v = sj::required(*o, "locked_until", path, error);
    if (!v)
        return std::nullopt;
    if (!v->isNull()) {
        const auto until = sj::utcTime(*v, sj::child(path, QStringLiteral("locked_until")), error);
        if (!until)
            return std::nullopt;
        state.lockedUntil = *until;
    }

    v = sj::required(*o, "failed_at", path, error);
    if (!v)
        return std::nullopt;
    const QString failedPath = sj::child(path, QStringLiteral("failed_at"));
    if (!v->isArray()) {
        sj::failAt(error, failedPath, QCoreApplication::translate("KeySlotFile", "not a list"));
        return std::nullopt;
    }
    const QJsonArray times = v->toArray();
    if (times.size() > LockoutTable::MaxFailedTimes) {
        sj::failAt(error, failedPath,
                   QCoreApplication::translate("KeySlotFile", "more than %1 entries")
                       .arg(LockoutTable::MaxFailedTimes));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < times.size(); ++i) {
        const auto time = sj::utcTime(times.at(i), sj::element(failedPath, i), error);
        if (!time)
            return std::nullopt;
        state.failedAt.append(*time);
    }
    return state;
}

QJsonObject stateToJson(const LockoutState& state)
{
    QJsonObject o;
    o.insert(QStringLiteral("failures"), state.failures);
    o.insert(QStringLiteral("locked_until"), state.lockedUntil
                                                 ? QJsonValue(sj::formatUtc(*state.lockedUntil))
                                                 : QJsonValue(QJsonValue::Null));
    QJsonArray times;
    // Milliseconds: the login that writes an attempt to the audit trail knows it there by its
    // time (a login cut off after its commit writes it only once).
    for (const QDateTime& t : state.failedAt)
        times.append(sj::formatUtcMs(t));
    o.insert(QStringLiteral("failed_at"), times);
    return o;
}

} // namespace

LockoutTable::LockoutTable() : m_salt(qsizetype(SaltBytes), '\0')
{
    if (!initialiseSodium())
        qFatal("libsodium could not start");
    randombytes_buf(m_salt.data(), SaltBytes);
}

QByteArray LockoutTable::tag(const QString& name) const
{
    QByteArray input(TagContext, sizeof(TagContext)); // with its terminating 0 as separator
    input += name.toUtf8();
    QByteArray out(qsizetype(TagBytes), '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), TagBytes,
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()),
                       reinterpret_cast<const unsigned char*>(m_salt.constData()), SaltBytes);
    return out;
}

LockoutState LockoutTable::state(const QString& name) const
{
    return m_records.value(tag(name));
}

void LockoutTable::recordFailure(const QString& name, const QDateTime& nowUtc, int keepTimes)
{
    LockoutState& state = m_records[tag(name)];
    const QDateTime now = nowUtc.toUTC();
    if (isActive(state) &&
        lastActivityMs(state) < now.toMSecsSinceEpoch() - RecordLifetimeSeconds * 1000)
        resetCount(state);
    state.failures = std::min(state.failures + 1, MaxFailureCount);
    state.failedAt.append(now);
    keepNewest(state.failedAt, std::clamp(keepTimes, 1, int(MaxFailedTimes)));
}

void LockoutTable::setLockedUntil(const QString& name, const std::optional<QDateTime>& untilUtc)
{
    const QByteArray t = tag(name);
    if (untilUtc) {
        m_records[t].lockedUntil = untilUtc->toUTC();
    } else if (m_records.contains(t)) {
        m_records[t].lockedUntil.reset();
        dropIfEmpty(t);
    }
}

void LockoutTable::clearFailures(const QString& name)
{
    const QByteArray t = tag(name);
    if (!m_records.contains(t))
        return;
    resetCount(m_records[t]);
    dropIfEmpty(t);
}

QList<QDateTime> LockoutTable::takeFailedAttempts(const QString& name)
{
    const QByteArray t = tag(name);
    if (!m_records.contains(t))
        return {};
    const QList<QDateTime> times = std::exchange(m_records[t].failedAt, {});
    dropIfEmpty(t);
    return times;
}

void LockoutTable::forgetFailedAttempts(const QString& name, const QList<QDateTime>& times)
{
    const QByteArray t = tag(name);
    if (!m_records.contains(t))
        return;
    QList<QDateTime>& kept = m_records[t].failedAt;
    for (const QDateTime& at : times)
        kept.removeOne(at);
    dropIfEmpty(t);
}

QList<QDateTime> LockoutTable::otherAttempts(const QSet<QByteArray>& userTags) const
{
    QList<QDateTime> times;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (!userTags.contains(it.key()))
            times += it->failedAt;
    }
    std::sort(times.begin(), times.end());
    return times;
}

void LockoutTable::prune(const std::optional<QDateTime>& nowUtc, const QSet<QByteArray>& userTags,
                         const QByteArray& keep)
{
    if (nowUtc) {
        const qint64 cutoff = nowUtc->toMSecsSinceEpoch() - RecordLifetimeSeconds * 1000;
        for (LockoutState& state : m_records) {
            if (isActive(state) && lastActivityMs(state) < cutoff)
                resetCount(state);
        }
    }
    int active = activeRecords();
    if (active > MaxRecords) {
        // Oldest first; equal times in tag order, so the choice does not depend on the name.
        QList<std::pair<qint64, QByteArray>> order;
        for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
            if (isActive(*it) && it.key() != keep)
                order.append({lastActivityMs(*it), it.key()});
        }
        std::sort(order.begin(), order.end());
        for (qsizetype i = 0; active > MaxRecords && i < order.size(); ++i, --active)
            resetCount(m_records[order.at(i).second]);
    }
    for (auto it = m_records.begin(); it != m_records.end();) {
        const bool user = userTags.contains(it.key());
        if (!user)
            keepNewest(it->failedAt, 1);
        if (!isActive(*it) && (!user || it->failedAt.isEmpty()))
            it = m_records.erase(it);
        else
            ++it;
    }
}

int LockoutTable::activeRecords() const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(), isActive));
}

QJsonObject LockoutTable::toJson() const
{
    QJsonObject records;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it)
        records.insert(QString::fromLatin1(it.key().toHex()), stateToJson(it.value()));
    QJsonObject o;
    o.insert(QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64()));
    o.insert(QStringLiteral("records"), records);
    return o;
}

std::optional<LockoutTable> LockoutTable::fromJson(const QJsonValue& value, const QString& path,
                                                   Error* error)
{
    const auto o = sj::object(value, path, error);
    if (!o)
        return std::nullopt;
    // Not onlyKeys(): an unknown key here may be a user name (format 1 records pasted into a
    // format 2 file), and a name stays out of messages.
    for (auto it = o->constBegin(); it != o->constEnd(); ++it) {
        if (it.key() != QLatin1String("salt") && it.key() != QLatin1String("records")) {
            sj::failAt(
                error, path,
                QCoreApplication::translate("KeySlotFile", "a field other than salt and records"));
            return std::nullopt;
        }
    }
    auto v = sj::required(*o, "salt", path, error);
    const auto salt = v ? sj::base64(*v, SaltBytes, sj::child(path, QStringLiteral("salt")), error)
                        : std::nullopt;
    if (!salt)
        return std::nullopt;
    LockoutTable table;
    table.m_salt = *salt;

    const QString recordsPath = sj::child(path, QStringLiteral("records"));
    v = sj::required(*o, "records", path, error);
    const auto records = v ? sj::object(*v, recordsPath, error) : std::nullopt;
    if (!records)
        return std::nullopt;
    // Entries are named by position, as a damaged key may be a name.
    int entry = 0;
    for (auto it = records->constBegin(); it != records->constEnd(); ++it) {
        const QString entryPath = QStringLiteral("%1 entry %2").arg(recordsPath).arg(++entry);
        const auto t = sj::hex(QJsonValue(it.key()), TagBytes, entryPath, error);
        if (!t)
            return std::nullopt;
        if (QString::fromLatin1(t->toHex()) != it.key()) {
            // One tag, one spelling: an upper-case twin would be a second record of one name.
            sj::failAt(error, entryPath,
                       QCoreApplication::translate("KeySlotFile", "not lower-case hexadecimal"));
            return std::nullopt;
        }
        const auto state = stateFromJson(it.value(), entryPath, error);
        if (!state)
            return std::nullopt;
        table.m_records.insert(*t, *state);
    }
    return table;
}

std::optional<LockoutTable> LockoutTable::fromNamedJson(const QJsonValue& value,
                                                        const QString& path, Error* error)
{
    const auto lockout = sj::object(value, path, error);
    if (!lockout)
        return std::nullopt;
    LockoutTable table;
    // Entries are named by position: a user name is personal data and stays out of messages.
    int entry = 0;
    for (auto it = lockout->constBegin(); it != lockout->constEnd(); ++it) {
        const QString entryPath = QStringLiteral("%1 entry %2").arg(path).arg(++entry);
        if (it.key().isEmpty()) {
            sj::failAt(error, entryPath,
                       QCoreApplication::translate("KeySlotFile", "empty user name"));
            return std::nullopt;
        }
        const auto state = stateFromJson(it.value(), entryPath, error);
        if (!state)
            return std::nullopt;
        table.m_records.insert(table.tag(it.key()), *state);
    }
    return table;
}

void LockoutTable::dropIfEmpty(const QByteArray& tag)
{
    const auto it = m_records.find(tag);
    if (it != m_records.end() && !isActive(*it) && it->failedAt.isEmpty())
        m_records.erase(it);
}

} // namespace tallenne
