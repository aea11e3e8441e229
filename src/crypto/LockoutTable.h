#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <cstddef>
#include <optional>

namespace tallenne {

/// Failed logins of one user name.
struct LockoutState
{
    int failures = 0;                     ///< consecutive failures since the last success
    std::optional<QDateTime> lockedUntil; ///< UTC
    /// UTC times of failed attempts not yet written to the audit trail (the newest are kept:
    /// LockoutTable::MaxFailedTimes for the name of a user, the last one for any other name).
    QList<QDateTime> failedAt;

    friend bool operator==(const LockoutState&, const LockoutState&) = default;
};

/// The login throttle's records in keyslots.json ("lockout"), one per user name as typed.
///
/// Anonymous: a record is found by tag = BLAKE2b-128(key = a random 32-byte salt of the
/// register, "tallenne-lockout-v1" ‖ 0 ‖ name), so the same name finds the same record but
/// no name, nor a password typed into the name field, is written. The salt sits in the same
/// file: whoever can read the file can test guesses of a typed name at hash speed, which is
/// why the file is the owner's alone.
///
/// Bounded: at most MaxRecords records count failures. A record is reset when it has seen no
/// failure (and holds no lock) for RecordLifetimeSeconds, and when a new name needs room the
/// record with the oldest failure or lock is reset first (never the one just counted), so one
/// name's record can only be pushed out by MaxRecords failures of other names after its own
/// last one, each paying a full Argon2id derivation. None of this depends on whether a name
/// exists, so the throttle tells nobody which names do. Only the failed attempt times of
/// existing users (the tags of `userTags`) outlive a reset, until their next successful
/// login writes them to the audit trail; those are at most MaxFailedTimes per user.
class LockoutTable
{
public:
    static constexpr int MaxRecords = 1000;
    static constexpr int MaxFailedTimes = 100;
    static constexpr qint64 RecordLifetimeSeconds = 24 * 60 * 60;
    static constexpr std::size_t SaltBytes = 32;
    static constexpr std::size_t TagBytes = 16;

    /// An empty table with a fresh random salt.
    LockoutTable();

    /// The record key of a user name (raw TagBytes).
    [[nodiscard]] QByteArray tag(const QString& name) const;

    [[nodiscard]] LockoutState state(const QString& name) const;
    /// Counts a failure at `nowUtc`, keeping the newest `keepTimes` attempt times. A record
    /// that outlived RecordLifetimeSeconds starts again from zero.
    void recordFailure(const QString& name, const QDateTime& nowUtc, int keepTimes);
    void setLockedUntil(const QString& name, const std::optional<QDateTime>& untilUtc);
    /// Resets the count and the lock; the attempt times stay.
    void clearFailures(const QString& name);
    QList<QDateTime> takeFailedAttempts(const QString& name);
    /// Forgets these attempt times (each once) and keeps any other.
    void forgetFailedAttempts(const QString& name, const QList<QDateTime>& times);
    /// The attempt times kept for names that are not users' (tags not in `userTags`), oldest
    /// first: failed logins under an unknown name, for the audit trail (the last attempt of
    /// each such name is kept, for a day). Which name was typed is not known (only its tag),
    /// and that is right: the name field may hold a password.
    [[nodiscard]] QList<QDateTime> otherAttempts(const QSet<QByteArray>& userTags) const;

    /// Applies the bounds: resets records older than RecordLifetimeSeconds (when `nowUtc` is
    /// given) and the oldest beyond MaxRecords except `keep`'s, trims the times of tags not in
    /// `userTags` to the last one, and drops records left with nothing to say.
    void prune(const std::optional<QDateTime>& nowUtc, const QSet<QByteArray>& userTags,
               const QByteArray& keep = {});

    /// Records that count failures or hold a lock.
    [[nodiscard]] int activeRecords() const;
    [[nodiscard]] int size() const { return int(m_records.size()); }

    /// {"salt": base64, "records": {hex tag: {failures, locked_until, failed_at}}}
    [[nodiscard]] QJsonObject toJson() const;
    static std::optional<LockoutTable> fromJson(const QJsonValue& value, const QString& path,
                                                Error* error);
    /// The "lockout" object of format 1, keyed by names in clear: converted to tags under a
    /// new salt (and bounded), so the next write stores no name.
    static std::optional<LockoutTable> fromNamedJson(const QJsonValue& value, const QString& path,
                                                     Error* error);

private:
    void dropIfEmpty(const QByteArray& tag);

    QByteArray m_salt;
    QMap<QByteArray, LockoutState> m_records;
};

} // namespace tallenne
