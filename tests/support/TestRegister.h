#pragma once

// Helpers shared by the service, CLI and GUI tests: a fresh register in a temporary folder.

#include "services/RegisterService.h"
#include "services/Session.h"
#include "storage/SqlCipherDriver.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

namespace tallenne::test {

inline SecretBytes secret(const char* text)
{
    QByteArray bytes(text);
    return SecretBytes::fromBytes(bytes);
}

inline VaultOptions fastOptions(bool bind = false)
{
    VaultOptions o;
    o.fastKdfForTests = true;
    o.bindToWorkstation = bind;
    o.keychainTimeoutMs = 5000;
    return o;
}

inline constexpr char adminPassword[] = "correct horse battery";

/// Creates a register under `dir` with the administrator "admin"; returns the recovery code.
inline QByteArray makeRegister(const RegisterPaths& paths, const Clock& clock,
                               const VaultOptions& options, Error* error)
{
    registerSqlCipherDriver();
    SecretBytes code;
    if (!RegisterService::init(paths, QStringLiteral("admin"), secret(adminPassword), clock,
                               options, &code, error))
        return {};
    return QByteArray(code.constChars(), qsizetype(code.size()));
}

/// A new register in `dir`/register (its paths in `paths`), and the administrator logged in to
/// it; null with `error` set when either fails.
inline std::unique_ptr<Session>
newRegisterAsAdmin(const QTemporaryDir& dir, const Clock& clock, RegisterPaths* paths, Error* error,
                   const QString& folder = QStringLiteral("register"))
{
    *paths = RegisterPaths{dir.filePath(folder)};
    if (!dir.isValid() || makeRegister(*paths, clock, fastOptions(), error).isEmpty())
        return nullptr;
    return Session::login(*paths, QStringLiteral("admin"), secret(adminPassword), clock,
                          fastOptions(), error);
}

/// True when `needle` occurs in any file below `folder` (like `grep -ra`).
inline bool anyFileContains(const QString& folder, const QByteArray& needle,
                            QString* where = nullptr)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
            if (where)
                *where = f.fileName();
            return true;
        }
    }
    return false;
}

} // namespace tallenne::test
