#pragma once

#include "core/Error.h"

#include <QString>

#include <chrono>
#include <optional>

namespace tallenne {

/// The exclusive lock of a register's keyslots.json, held while the object lives. Every write
/// of the file happens under it (KeySlotFile::save() takes one as proof), so the
/// read-modify-write cycles of parallel logins, password changes and audited actions in
/// different processes cannot overwrite each other's changes. Reading needs no lock: the file
/// is replaced atomically.
///
/// flock(2) on `keyslots.json.lock`, not QLockFile: the kernel drops the lock when its holder
/// ends in any way (crash, SIGKILL, power cut), so there is never a stale lock to judge by
/// process id, host name or age; QLockFile's age rule would also take the lock from a live
/// holder that a loaded disk stalls for longer than the stale time. The lock file is empty,
/// mode 0600, and never removed (a removed lock file lets two processes lock two different
/// files). Not keyslots.json itself: QSaveFile replaces that by a rename, and a lock on the
/// replaced file would protect nothing. flock conflicts between two descriptors of one process
/// too, so threads are serialised as well; taking the lock again in the thread that holds it
/// fails at once instead of waiting for itself.
class KeySlotFileLock
{
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    /// Waits up to `timeout` for the lock of `keySlotPath` (the keyslots.json path).
    /// ErrorKind::Environment when another process holds it that long or the lock file cannot
    /// be created; ErrorKind::Usage when this thread holds it already.
    [[nodiscard]] static std::optional<KeySlotFileLock>
    acquire(const QString& keySlotPath, Error* error,
            std::chrono::milliseconds timeout = DefaultTimeout);

    /// `keyslots.json.lock` next to the file.
    [[nodiscard]] static QString lockFilePath(const QString& keySlotPath);

    ~KeySlotFileLock();
    KeySlotFileLock(KeySlotFileLock&& other) noexcept;
    KeySlotFileLock& operator=(KeySlotFileLock&& other) noexcept;
    KeySlotFileLock(const KeySlotFileLock&) = delete;
    KeySlotFileLock& operator=(const KeySlotFileLock&) = delete;

    /// The keyslots.json this lock protects (absolute).
    [[nodiscard]] const QString& path() const { return m_path; }

private:
    KeySlotFileLock(QString path, int fd) : m_path(std::move(path)), m_fd(fd) {}
    void release();

    QString m_path;
    int m_fd = -1;
};

} // namespace tallenne
