#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "crypto/KeySlot.h"
#include "crypto/KeySlotFileLock.h"
#include "crypto/LockoutTable.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace tallenne {

/// The head of the audit chain, kept outside the database so that truncating the chain is
/// noticed. Written by the audit code; stored here only.
struct AuditAnchor
{
    qint64 sequence = 0;
    QByteArray sha256 = QByteArray(32, '\0'); ///< raw 32 bytes; hex on disk

    friend bool operator==(const AuditAnchor&, const AuditAnchor&) = default;
};

/// `keyslots.json` in the register folder: key slots, login lockout records, the audit chain
/// anchor and the workstation binding flag. Holds no secret in clear, and no user name typed
/// at a login (LockoutTable).
class KeySlotFile
{
public:
    /// Format 2 keys the lockout records by a salted hash of the name. Format 1 (names in
    /// clear) is still read, and converted by the next write.
    static constexpr char FormatName[] = "tallenne.keyslots/2";
    static constexpr char PreviousFormatName[] = "tallenne.keyslots/1";
    static constexpr char DefaultFileName[] = "keyslots.json";
    static constexpr int MaxFailedTimes = LockoutTable::MaxFailedTimes;

    explicit KeySlotFile(const QString& registerId);

    /// Reads and strictly validates the file; ErrorKind::Damaged with the JSON path on any
    /// problem, Environment when it cannot be read. Needs no lock: writes replace the file
    /// atomically.
    static std::optional<KeySlotFile> load(const QString& path, Error* error);
    static std::optional<KeySlotFile> fromJson(const QByteArray& json, Error* error);
    [[nodiscard]] QByteArray toJson() const;
    /// Atomic replace (QSaveFile, fsynced), mode 0600, then the folder is fsynced. `held` is
    /// the lock of the register's keyslots.json, proof that no other writer is at work;
    /// `path` is that file or a side file next to it (the rekey's pending file).
    [[nodiscard]] bool save(const KeySlotFileLock& held, const QString& path, Error* error) const;

    /// A change to the file as it is on disk at the time of the change.
    using Change = std::function<bool(KeySlotFile&, Error*)>;
    /// The read-modify-write every writer of keyslots.json uses: takes the lock, reads the
    /// file anew, applies `change` and, when it returns true, writes the result atomically
    /// before the lock is released. A false `change` writes nothing and its error is passed
    /// on. `change` must not write the file itself (that would wait for its own lock).
    [[nodiscard]] static bool
    update(const QString& path, const Change& change, Error* error,
           std::chrono::milliseconds lockTimeout = KeySlotFileLock::DefaultTimeout);

    [[nodiscard]] QString registerId() const { return m_registerId; }

    // Slots are keyed by kind and id.
    [[nodiscard]] const QList<KeySlot>& keySlots() const { return m_slots; }
    [[nodiscard]] const KeySlot* findSlot(KeySlot::Kind kind, const QString& id) const;
    /// Fails (Usage) when a slot of that kind and id exists.
    [[nodiscard]] bool addSlot(const KeySlot& slot, Error* error);
    /// Replaces the slot of the same kind and id; fails (Usage) when there is none.
    [[nodiscard]] bool replaceSlot(const KeySlot& slot, Error* error);
    /// False when there was no such slot.
    bool removeSlot(KeySlot::Kind kind, const QString& id);
    /// Replaces every slot (an interrupted rekey finished from its pending file).
    void setKeySlots(const QList<KeySlot>& replacement) { m_slots = replacement; }

    // Lockout bookkeeping per user name as typed at login, stored under a salted hash of the
    // name (LockoutTable). The policy lives in LoginThrottle.
    /// Counts a failure; keeps the newest MaxFailedTimes attempt times for the name of a user
    /// slot (for the audit trail) and only the last one for any other name.
    void recordFailure(const QString& user, const QDateTime& nowUtc);
    void setLockedUntil(const QString& user, const std::optional<QDateTime>& untilUtc);
    /// Resets the failure count and the lock; the failed attempt times stay until
    /// takeFailedAttempts() hands them to the audit trail.
    void clearFailures(const QString& user);
    [[nodiscard]] int failures(const QString& user) const;
    [[nodiscard]] std::optional<QDateTime> lockedUntil(const QString& user) const;
    [[nodiscard]] QList<QDateTime> failedAttempts(const QString& user) const;
    /// Returns the failed attempt times and forgets them.
    QList<QDateTime> takeFailedAttempts(const QString& user);
    /// Forgets these attempt times (once each; written to the audit trail) and keeps the
    /// ones counted since.
    void forgetFailedAttempts(const QString& user, const QList<QDateTime>& times);
    /// Failed attempts under names no user has (LockoutTable::otherAttempts), oldest first;
    /// the login writes those newer than the trail's last such entry.
    [[nodiscard]] QList<QDateTime> unknownNameAttempts() const;
    [[nodiscard]] LockoutState lockout(const QString& user) const { return m_lockout.state(user); }
    /// Applies the lockout records' bounds (LockoutTable::prune); `user`'s record is kept.
    void pruneLockout(const QDateTime& nowUtc, const QString& user);
    /// Lockout records counting failures or holding a lock.
    [[nodiscard]] int lockoutRecords() const { return m_lockout.activeRecords(); }

    [[nodiscard]] AuditAnchor auditAnchor() const { return m_anchor; }
    void setAuditAnchor(const AuditAnchor& anchor) { m_anchor = anchor; }

    [[nodiscard]] bool bindingEnabled() const { return m_bindingEnabled; }
    void setBindingEnabled(bool enabled) { m_bindingEnabled = enabled; }
    /// The workstation secret sealed to the recovery slot's identity, so the recovery code
    /// can bind the register to a new workstation (empty when not bound).
    [[nodiscard]] QByteArray workstationEscrow() const { return m_workstationEscrow; }
    void setWorkstationEscrow(const QByteArray& sealed) { m_workstationEscrow = sealed; }

private:
    [[nodiscard]] QSet<QByteArray> userTags() const;

    QString m_registerId;
    QList<KeySlot> m_slots;
    LockoutTable m_lockout;
    AuditAnchor m_anchor;
    bool m_bindingEnabled = false;
    QByteArray m_workstationEscrow;
};

/// Login throttling per user name. The first FreeFailures failures cost nothing; from the
/// FreeFailures-th failure on, each failure locks the name for
///   min(FirstDelaySeconds × 2^(failures − FreeFailures), MaxDelaySeconds)
/// i.e. 30 s, 1 min, 2 min, 4 min, 8 min, then 15 min per attempt. With Argon2id in front,
/// that caps online guessing at about 100 attempts a day per name while a person who
/// mistyped a few times waits at most half a minute. A name unused for a day starts afresh
/// (LockoutTable). Works on an in-memory KeySlotFile; the caller saves it, inside
/// KeySlotFile::update() so that parallel attempts all count. Time comes from a Clock so tests
/// move it instead of sleeping.
class LoginThrottle
{
public:
    static constexpr int FreeFailures = 5;
    static constexpr qint64 FirstDelaySeconds = 30;
    static constexpr qint64 MaxDelaySeconds = 15 * 60;

    LoginThrottle(KeySlotFile& file, const Clock& clock);

    /// When the name may try again, or nullopt when it may try now. Never later than
    /// MaxDelaySeconds from now: a lock further away (a clock that went back, an edited
    /// file) is not one this policy set.
    [[nodiscard]] std::optional<QDateTime> blockedUntil(const QString& user) const;
    /// Brings a lock further away than MaxDelaySeconds back to MaxDelaySeconds from now, so
    /// that it ends (blockedUntil() alone would move its end along with the clock). True when
    /// it changed the file.
    bool capLock(const QString& user);
    void recordFailure(const QString& user);
    /// Clears the count and the lock (the failed attempt times stay for the audit trail).
    void recordSuccess(const QString& user);

    /// The lock after the given number of consecutive failures; 0 below FreeFailures.
    [[nodiscard]] static qint64 delaySeconds(int failures);

private:
    KeySlotFile& m_file;
    const Clock& m_clock;
};

} // namespace tallenne
