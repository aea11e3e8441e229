#include "crypto/KeySlotFileLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace tallenne {

namespace {

// The locks this thread holds, by path: a second acquire in the same thread could only wait
// for itself.
thread_local QSet<QString> heldByThisThread;

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace

QString KeySlotFileLock::lockFilePath(const QString& keySlotPath)
{
    return keySlotPath + QStringLiteral(".lock");
}

std::optional<KeySlotFileLock> KeySlotFileLock::acquire(const QString& keySlotPath, Error* error,
                                                        std::chrono::milliseconds timeout)
{
    const QString path = QFileInfo(keySlotPath).absoluteFilePath();
    if (heldByThisThread.contains(path)) {
        fail(error, ErrorKind::Usage,
             QCoreApplication::translate("KeySlotFileLock",
                                         "%1 is already locked by this thread; a write of the key "
                                         "slot file was nested in another.")
                 .arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    const QString lockPath = lockFilePath(path);
    const QByteArray encoded = QFile::encodeName(lockPath);
    int fd = -1;
    do {
        // O_NOFOLLOW: a symbolic link planted under the lock file's name is not followed.
        fd = ::open(encoded.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
                    S_IRUSR | S_IWUSR);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("KeySlotFileLock", "%1 cannot be created: %2")
                 .arg(QDir::toNativeSeparators(lockPath), systemError(errno)));
        return std::nullopt;
    }

    // flock has no timeout of its own: try, and wait a little longer each time (1 ms up to
    // 50 ms), so short holds are met quickly and long ones cost little CPU.
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::chrono::milliseconds pause{1};
    for (;;) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            break;
        const int code = errno;
        if (code == EINTR)
            continue;
        if (code != EWOULDBLOCK) {
            ::close(fd);
            fail(error, ErrorKind::Environment,
                 QCoreApplication::translate("KeySlotFileLock", "%1 cannot be locked: %2")
                     .arg(QDir::toNativeSeparators(lockPath), systemError(code)));
            return std::nullopt;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            ::close(fd);
            // Computed outside translate(): lupdate 6.4 never ends on "int(a / b)" in its call.
            const int seconds = int(std::max<qint64>(1, timeout.count() / 1000));
            fail(error, ErrorKind::Environment,
                 QCoreApplication::translate(
                     "KeySlotFileLock",
                     "Another Tallenne process is changing %1 and has held its lock for more "
                     "than %n second(s). Wait for it to finish and try again.",
                     nullptr, seconds)
                     .arg(QDir::toNativeSeparators(path)));
            return std::nullopt;
        }
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(50));
    }
    heldByThisThread.insert(path);
    return KeySlotFileLock(path, fd);
}

KeySlotFileLock::~KeySlotFileLock()
{
    release();
}

KeySlotFileLock::KeySlotFileLock(KeySlotFileLock&& other) noexcept
    : m_path(std::move(other.m_path)), m_fd(std::exchange(other.m_fd, -1))
{}

KeySlotFileLock& KeySlotFileLock::operator=(KeySlotFileLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_path = std::move(other.m_path);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

void KeySlotFileLock::release()
{
    if (m_fd < 0)
        return;
    heldByThisThread.remove(m_path);
    // Closing the only descriptor of the open file releases the flock.
    ::close(m_fd);
    m_fd = -1;
}

} // namespace tallenne
