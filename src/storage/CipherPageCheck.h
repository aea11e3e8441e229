#pragma once

#include "core/Error.h"
#include "crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tallenne {

/// What CipherPageCheck::run() found.
struct PageCheckReport
{
    static constexpr int MaxPages = 1000; ///< kept in `failedPages`; all are counted

    qint64 pages = 0;          ///< pages in the file
    qint64 failedCount = 0;    ///< pages whose HMAC does not verify
    QList<qint64> failedPages; ///< their numbers (1-based, as SQLite counts), the first MaxPages
    qint64 trailingBytes = 0;  ///< bytes after the last whole page (a cut or extended file)
};

/// SQLCipher 3.4.1 has no `PRAGMA cipher_integrity_check` (it came with 4.0), and SQLite's
/// integrity_check reads only the pages its b-trees reach, stopping at the first page whose
/// HMAC fails. This does what cipher_integrity_check does: every page of register.db is read
/// from the file and its HMAC verified on its own, one page in memory at a time, so a damaged
/// or altered page is named by its number wherever it lies (free pages too).
///
/// The page format of the pinned profile (SqlCipherDriver, kCipherProfile): each page of
/// kCipherPageSize bytes ends with a reserve of 48 bytes: a 16-byte IV, the 20-byte
/// HMAC-SHA1 over the encrypted page and the IV followed by the page number (4 bytes, little
/// endian), and 12 bytes of padding the HMAC does not cover. Page 1 starts with the 16-byte
/// file salt, outside the HMAC. The HMAC key is PBKDF2-HMAC-SHA1(data key, salt XOR 0x3a,
/// 2 iterations, 32 bytes), as SQLCipher 3 derives it for a raw key.
///
/// Only the database file is read: pages still in the -wal file are covered by SQLite's
/// frame checksums and reach the file at the next checkpoint.
class CipherPageCheck
{
    Q_DECLARE_TR_FUNCTIONS(CipherPageCheck)

public:
    using Progress = std::function<void(qint64 pagesDone, qint64 pagesTotal)>;

    /// Checks every page of the database at `path` under the 32-byte data `key`. Error
    /// (Environment) only when the file cannot be read; damage is in the report.
    [[nodiscard]] static std::optional<PageCheckReport>
    run(const QString& path, const SecretBytes& key, const Progress& progress, Error* error);
};

} // namespace tallenne
