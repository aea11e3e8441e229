#pragma once

#include "core/Error.h"
#include "crypto/SecretBytes.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace tallenne {

/// An open, encrypted register database: one Qt Sql connection over QSQLCIPHER.
class Database
{
public:
    enum class Mode
    {
        OpenExisting,
        CreateNew
    };

    /// Opens the encrypted file at `path` with the 32-byte raw key under a unique Qt Sql
    /// connection name; returns nullptr with ErrorKind::Damaged (wrong key / not a register /
    /// tampered / marker mismatch) or ErrorKind::Environment (cannot read/write the file) and
    /// a message a person can act on. CreateNew refuses an existing file (ErrorKind::Usage)
    /// and writes the cipher profile marker; OpenExisting checks it.
    [[nodiscard]] static std::unique_ptr<Database> open(const QString& path, const SecretBytes& key,
                                                        Mode mode, Error* error);
    /// As open(), with a busy timeout other than the driver's 5000 ms.
    [[nodiscard]] static std::unique_ptr<Database> open(const QString& path, const SecretBytes& key,
                                                        Mode mode, int busyTimeoutMs, Error* error);
    ~Database(); ///< closes and removes the Qt Sql connection

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase db() const; ///< the connection (same thread only)
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }

    /// Re-encrypts the whole file under `newKey` (32 bytes).
    [[nodiscard]] bool rekey(const SecretBytes& newKey, Error* error);

    /// Prepares `sql`, binds `values` in order (to '?' or to ':name' placeholders in order of
    /// appearance), runs it and maps a failure to an Error. The finished query goes to `out`.
    [[nodiscard]] bool exec(const QString& sql, const QVariantList& values, Error* error,
                            QSqlQuery* out = nullptr);

    /// The stored cipher profile marker's key in tallenne_meta.
    static QString cipherProfileKey() { return QStringLiteral("cipher_profile"); }

    /// Maps a QSqlError from this driver to an Error: NOTADB/CORRUPT → Damaged, constraint
    /// violations → InputRejected, everything else (I/O, busy, full disk, …) → Environment.
    static Error errorFromSql(const QSqlError& sqlError, const QString& context);
    /// Runs a prepared query; on failure sets *error (when given) to errorFromSql(…, context)
    /// and returns false. How the repositories run their statements.
    [[nodiscard]] static bool execPrepared(QSqlQuery& query, const QString& context, Error* error);

private:
    Database(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
};

} // namespace tallenne
