#pragma once

#include "core/Error.h"
#include "crypto/SecretBytes.h"

#include <QString>

#include <chrono>

namespace tallenne {

/// The per-register secrets kept in the OS keychain (Secret Service on Linux) through
/// QtKeychain: service "Tallenne", entries "register-<id>/workstation" and
/// "register-<id>/unattended". Never falls back to a plain file.
///
/// Each call runs the QtKeychain job in a local event loop, so it needs a QCoreApplication
/// and must be called from its thread. A job that does not finish within the timeout is
/// abandoned (it deletes itself whenever it finishes) and reported as an Environment error.
/// QtKeychain runs jobs one after another, so after a timeout later calls may time out too.
class WorkstationKeychain
{
public:
    static constexpr char ServiceName[] = "Tallenne";
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    explicit WorkstationKeychain(std::chrono::milliseconds timeout = DefaultTimeout);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    [[nodiscard]] static QString workstationEntry(const QString& registerId);
    [[nodiscard]] static QString unattendedEntry(const QString& registerId);

    /// The secret stored under `entry`. When there is none: null SecretBytes, *notFound set to
    /// true and an Environment error that says so. When the keychain cannot be reached or
    /// times out: null SecretBytes, *notFound false, an Environment error saying how to fix it.
    [[nodiscard]] SecretBytes read(const QString& entry, Error* error,
                                   bool* notFound = nullptr) const;
    /// Stores (or overwrites) `secret` under `entry`.
    [[nodiscard]] bool write(const QString& entry, const SecretBytes& secret, Error* error) const;
    /// Removes `entry`; removing an entry that does not exist succeeds.
    [[nodiscard]] bool remove(const QString& entry, Error* error) const;

    /// The register's 32-byte workstation secret, created and stored when missing.
    [[nodiscard]] SecretBytes ensureWorkstationSecret(const QString& registerId,
                                                      Error* error) const;

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace tallenne
