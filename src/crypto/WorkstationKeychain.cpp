#include "crypto/WorkstationKeychain.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace tallenne {

namespace {

enum class Outcome
{
    Finished,
    TimedOut
};

/// Starts `job` and waits for it in a local event loop, at most `timeout`. A finished job is
/// left for the caller to read and delete. A job that times out is handed to itself:
/// autoDelete makes it delete itself whenever it finishes, and its connections to this
/// function's locals die with the local loop, so a late finish touches nothing of ours.
Outcome runJob(QKeychain::Job* job, std::chrono::milliseconds timeout)
{
    bool finished = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->start();
    timer.start(timeout);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        job->setAutoDelete(true);
        return Outcome::TimedOut;
    }
    return Outcome::Finished;
}

QString unreachableMessage(int code, const QString& detail)
{
    return QCoreApplication::translate(
               "WorkstationKeychain",
               "No OS keychain is reachable (QtKeychain error %1: %2). Tallenne keeps the "
               "workstation secret in the Secret Service (GNOME Keyring or KWallet) on the D-Bus "
               "session bus. Log in to a desktop session, or start one with dbus-run-session and "
               "unlock gnome-keyring-daemon, then try again.")
        .arg(code)
        .arg(detail);
}

bool failFor(const QKeychain::Job& job, Error* error)
{
    const int code = static_cast<int>(job.error());
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return fail(error, ErrorKind::Environment,
                    QCoreApplication::translate(
                        "WorkstationKeychain",
                        "The OS keychain refused access (QtKeychain error %1: %2). Unlock the "
                        "keyring (in GNOME Keyring or KWallet) and allow Tallenne to use it, "
                        "then try again.")
                        .arg(code)
                        .arg(job.errorString()));
    default:
        return fail(error, ErrorKind::Environment, unreachableMessage(code, job.errorString()));
    }
}

bool failTimeout(std::chrono::milliseconds timeout, Error* error)
{
    const auto seconds = static_cast<int>((timeout.count() + 999) / 1000);
    return fail(error, ErrorKind::Environment,
                QCoreApplication::translate(
                    "WorkstationKeychain",
                    "The OS keychain did not answer within %n second(s). Tallenne keeps the "
                    "workstation secret in the Secret Service (GNOME Keyring or KWallet) on the "
                    "D-Bus session bus. Check that the keyring daemon is running and unlocked "
                    "(an unlock prompt may be waiting on the desktop), then try again.",
                    nullptr, seconds));
}

bool checkThread(Error* error)
{
    const QCoreApplication* app = QCoreApplication::instance();
    if (!app || app->thread() != QThread::currentThread())
        return fail(error, ErrorKind::Usage,
                    QCoreApplication::translate("WorkstationKeychain",
                                                "The OS keychain can only be used from the "
                                                "application's main thread."));
    return true;
}

/// Zeroes the bytes of `bytes` where they are, even when the buffer is shared with the job
/// that produced it (a detaching wipe would only clear a fresh copy).
void wipeShared(const QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char*>(bytes.constData()),
                       static_cast<std::size_t>(bytes.size()));
}

} // namespace

WorkstationKeychain::WorkstationKeychain(std::chrono::milliseconds timeout) : m_timeout(timeout) {}

QString WorkstationKeychain::workstationEntry(const QString& registerId)
{
    return QStringLiteral("register-%1/workstation").arg(registerId);
}

QString WorkstationKeychain::unattendedEntry(const QString& registerId)
{
    return QStringLiteral("register-%1/unattended").arg(registerId);
}

SecretBytes WorkstationKeychain::read(const QString& entry, Error* error, bool* notFound) const
{
    if (notFound)
        *notFound = false;
    if (!checkThread(error))
        return {};
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(ServiceName));
    job->setKey(entry);
    if (runJob(job, m_timeout) == Outcome::TimedOut) {
        qCWarning(lcCrypto, "keychain read timed out");
        failTimeout(m_timeout, error);
        return {};
    }
    SecretBytes secret;
    if (job->error() == QKeychain::EntryNotFound) {
        if (notFound)
            *notFound = true;
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("WorkstationKeychain",
                                         "The OS keychain of this workstation holds no secret "
                                         "for this register (entry %1).")
                 .arg(entry));
    } else if (job->error() != QKeychain::NoError) {
        qCWarning(lcCrypto, "keychain read failed with QtKeychain error %d", int(job->error()));
        failFor(*job, error);
    } else {
        const QByteArray data = job->binaryData();
        secret = SecretBytes::fromBytes(reinterpret_cast<const std::uint8_t*>(data.constData()),
                                        static_cast<std::size_t>(data.size()));
        wipeShared(data);
        if (secret.isNull())
            fail(error, ErrorKind::Environment,
                 QCoreApplication::translate("WorkstationKeychain",
                                             "No locked memory is left for a key."));
    }
    delete job;
    return secret;
}

bool WorkstationKeychain::write(const QString& entry, const SecretBytes& secret, Error* error) const
{
    if (!checkThread(error))
        return false;
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(ServiceName));
    job->setKey(entry);
    const QByteArray payload(secret.constChars(), static_cast<qsizetype>(secret.size()));
    job->setBinaryData(payload);
    if (runJob(job, m_timeout) == Outcome::TimedOut) {
        // The job may still be writing from its copy, so it is not wiped here.
        qCWarning(lcCrypto, "keychain write timed out");
        return failTimeout(m_timeout, error);
    }
    wipeShared(payload);
    const bool ok = job->error() == QKeychain::NoError;
    if (!ok) {
        qCWarning(lcCrypto, "keychain write failed with QtKeychain error %d", int(job->error()));
        failFor(*job, error);
    }
    delete job;
    return ok;
}

bool WorkstationKeychain::remove(const QString& entry, Error* error) const
{
    if (!checkThread(error))
        return false;
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(ServiceName));
    job->setKey(entry);
    if (runJob(job, m_timeout) == Outcome::TimedOut) {
        qCWarning(lcCrypto, "keychain remove timed out");
        return failTimeout(m_timeout, error);
    }
    const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
    if (!ok) {
        qCWarning(lcCrypto, "keychain remove failed with QtKeychain error %d", int(job->error()));
        failFor(*job, error);
    }
    delete job;
    return ok;
}

SecretBytes WorkstationKeychain::ensureWorkstationSecret(const QString& registerId,
                                                         Error* error) const
{
    constexpr std::size_t SecretSize = 32;
    const QString entry = workstationEntry(registerId);
    bool notFound = false;
    Error readError;
    SecretBytes secret = read(entry, &readError, &notFound);
    if (!secret.isNull()) {
        if (secret.size() != SecretSize) {
            fail(error, ErrorKind::Damaged,
                 QCoreApplication::translate("WorkstationKeychain",
                                             "The workstation secret in the OS keychain (entry "
                                             "%1) is %2 bytes instead of %3; it was altered.")
                     .arg(entry)
                     .arg(secret.size())
                     .arg(SecretSize));
            return {};
        }
        return secret;
    }
    if (!notFound) {
        if (error)
            *error = readError;
        return {};
    }
    secret = SecretBytes::random(SecretSize);
    if (secret.isNull()) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("WorkstationKeychain",
                                         "No locked memory is left for a key."));
        return {};
    }
    if (!write(entry, secret, error))
        return {};
    return secret;
}

} // namespace tallenne
