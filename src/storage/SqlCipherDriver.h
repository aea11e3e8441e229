#pragma once

#include "crypto/SecretBytes.h"

#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace tallenne {

class SqlCipherResult;

/// Registers the in-process Qt Sql driver "QSQLCIPHER" (idempotent). No plugin is involved,
/// so the process never loads Qt's QSQLITE or a plain libsqlite3. Once called, the driver is
/// registered again with every later QCoreApplication of the process (Qt forgets registered
/// drivers when an application object ends).
void registerSqlCipherDriver();

/// The cipher settings pinned by SqlCipherDriver::open(); stored as a marker by Database.
inline constexpr char kCipherProfile[] =
    "sqlcipher3:raw-key:aes-256-cbc:hmac-sha1:page-1024:kdf-64000";
/// The page size of that profile (PRAGMA cipher_page_size), for CipherPageCheck.
inline constexpr int kCipherPageSize = 1024;

/// A Qt Sql driver over libsqlcipher (SQLCipher 3.4.1), written on the public QSqlDriver API.
///
/// The key never goes through QSqlDatabase::setPassword(): call setRawKey() on the driver
/// (qobject_cast<SqlCipherDriver*>(db.driver())) before QSqlDatabase::open(). open() keys the
/// connection with the raw-key form x'…' (no PBKDF2), wipes its copy of the key, pins the
/// cipher settings and proves the key by reading sqlite_master; anything unexpected fails
/// closed.
///
/// Connect options (QSqlDatabase::setConnectOptions, separated by ';'):
///   QSQLCIPHER_CREATE             create the file if it does not exist
///   QSQLCIPHER_BUSY_TIMEOUT=ms    how long to wait for another connection's lock (5000)
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    /// The 32-byte data key for the next open(); copied into the driver's own locked memory
    /// and wiped as soon as open() has handed it to SQLCipher. Any other size makes open() fail.
    void setRawKey(const SecretBytes& key);
    /// Re-encrypts the open database under `newKey` (32 bytes).
    [[nodiscard]] bool rekey(const SecretBytes& newKey, QString* error);
    /// For tallenne-bench only: connections opened from now on in this process are not
    /// encrypted (SQLCipher keyed with an empty key, the page size pinned as the cipher's), so
    /// the same code can be measured with and without encryption. Nothing else calls it; a
    /// register made this way holds its data in clear and is for measuring only.
    static void setUnencryptedForBenchmarks(bool unencrypted);
    /// True while an explicit transaction is open on this connection (for nested guards).
    [[nodiscard]] bool isInTransaction() const;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& connOpts) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;
    /// Notifications as QSQLITE gives them: the name is a table; every row this connection
    /// inserts, updates or deletes in it (not in a WITHOUT ROWID table) is signalled later,
    /// from the event loop, as notification(table, UnknownSource, rowid). close() ends them.
    bool subscribeToNotification(const QString& name) override;
    bool unsubscribeFromNotification(const QString& name) override;
    QStringList subscribedToNotifications() const override;

    /// The connection handle for SqlCipherResult; nullptr when closed.
    [[nodiscard]] sqlite3* connection() const { return m_db; }

    /// A QSqlError from the connection's last error: the native code is the extended SQLite
    /// result code, databaseText is sqlite3_errmsg, driverText is `description`.
    [[nodiscard]] QSqlError makeError(const QString& description, QSqlError::ErrorType type,
                                      int forcedCode = 0) const;

private:
    friend class SqlCipherResult;
    void attach(SqlCipherResult* result) const;
    void detach(SqlCipherResult* result) const;
    bool failOpen(const QString& description, int forcedCode = 0);
    bool execInternal(const char* sql, const QString& description);
    bool queryInternal(const char* sql, QByteArray* firstValue, const QString& description);
    bool simpleExec(const char* sql, const QString& description);
    // The connection's one authorizer, installed by open() before any statement exists: while
    // SqlCipherResult::prepare() points m_insertNote at its note, it records the table the
    // statement itself (not a trigger) inserts into. Installed once, because
    // sqlite3_set_authorizer() expires every statement of the connection, and an expired
    // statement that is being read stops (SQLITE_ABORT_ROLLBACK) when it next opens a table.
    static void noteChange(void* driver, int operation, const char* database, const char* table,
                           qint64 rowid);
    static int noteInserts(void* driver, int action, const char* table, const char*,
                           const char* database, const char* trigger);

    /// What noteInserts() saw while a statement was prepared.
    struct InsertNote
    {
        QByteArray database;
        QByteArray table;
    };

    sqlite3* m_db = nullptr;
    mutable InsertNote* m_insertNote = nullptr; ///< set only around SqlCipherResult::prepare()
    SecretBytes m_key;
    mutable QList<SqlCipherResult*> m_results;
    QStringList m_subscriptions; ///< tables whose changes are signalled (the update hook)
};

} // namespace tallenne
