#include "storage/SqlCipherDriver.h"

#include "core/DiskSpace.h"

#include "core/Logging.h"
#include "core/WordStems.h"
#include "storage/SqlCipherResult.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriverCreator>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <sodium.h>
#include <sqlite3.h>
#include <type_traits>

namespace tallenne {

namespace {

constexpr std::size_t kKeySize = 32;
constexpr int kDefaultBusyTimeoutMs = 5000;
std::atomic<bool> unencryptedForBenchmarks{false};

const QString kNotARegister = QStringLiteral(
    "The key does not open this register, or the file is not a Tallenne register or is "
    "damaged.");

// The raw-key form x'<64 hex digits>' (67 characters) in locked memory: SQLCipher then uses
// the bytes as the key itself. Passing the 32 bytes directly would make them a passphrase
// and run PBKDF2 over them.
SecretBytes rawKeyLiteral(const SecretBytes& key)
{
    SecretBytes literal(2 + kKeySize * 2 + 2); // x ' hex… ' NUL
    if (literal.isNull())
        return literal;
    char* out = reinterpret_cast<char*>(literal.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, kKeySize * 2 + 1, key.data(), kKeySize);
    out[2 + kKeySize * 2] = '\'';
    out[2 + kKeySize * 2 + 1] = '\0';
    return literal;
}

constexpr int kRawKeyLiteralLength = 2 + static_cast<int>(kKeySize) * 2 + 1;

// tallenne_stems(text): the stems of the text's words (WordStems::indexText), which the
// chat search index keeps beside the words (migration 8's triggers call it on every message
// written). Deterministic: the same text always gives the same stems.
void stemsFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray stems =
        WordStems::indexText(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, stems.constData(), int(stems.size()), SQLITE_TRANSIENT);
}

QMutex registrationMutex;
// Whether Qt's table of drivers holds QSQLCIPHER; guarded by registrationMutex.
// (QSqlDatabase::drivers() would tell too, but it scans the plugin folders, and this process
// keeps away from Qt's SQLite plugins.)
bool registered = false;

// Qt empties its table of registered drivers when a QCoreApplication ends (a post routine);
// this one, added with each registration, runs then too and says so.
void forgetRegistration()
{
    const QMutexLocker lock(&registrationMutex);
    registered = false;
}

// Also a pre routine: Qt calls it from the constructor of every later QCoreApplication, so a
// process that makes another application object (a test harness, a tool that restarts its
// application) finds the driver without registering it again.
void registerNow()
{
    const QMutexLocker lock(&registrationMutex);
    if (registered)
        return;
    QSqlDatabase::registerSqlDriver(QStringLiteral("QSQLCIPHER"),
                                    new QSqlDriverCreator<SqlCipherDriver>);
    registered = true;
    qAddPostRoutine(forgetRegistration);
}

} // namespace

void registerSqlCipherDriver()
{
    static std::once_flag preRoutine;
    std::call_once(preRoutine, [] { qAddPreRoutine(registerNow); });
    registerNow();
}

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    for (SqlCipherResult* result : std::as_const(m_results))
        result->m_driver = nullptr;
}

void SqlCipherDriver::attach(SqlCipherResult* result) const
{
    m_results.append(result);
}

void SqlCipherDriver::detach(SqlCipherResult* result) const
{
    m_results.removeAll(result);
}

void SqlCipherDriver::setUnencryptedForBenchmarks(bool unencrypted)
{
    unencryptedForBenchmarks = unencrypted;
}

void SqlCipherDriver::setRawKey(const SecretBytes& key)
{
    m_key = key.clone();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
    case LowPrecisionNumbers:
    case EventNotifications:
        return true;
    case QuerySize:
    case MultipleResultSets:
    case BatchOperations:
    case SimpleLocking:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::subscribeToNotification(const QString& name)
{
    if (!m_db || !isOpen()) {
        qCWarning(lcStorage) << "Notifications need an open register";
        return false;
    }
    if (name.isEmpty() || m_subscriptions.contains(name))
        return false;
    m_subscriptions.append(name);
    if (m_subscriptions.size() == 1)
        sqlite3_update_hook(m_db, &SqlCipherDriver::noteChange, this);
    return true;
}

bool SqlCipherDriver::unsubscribeFromNotification(const QString& name)
{
    if (!m_subscriptions.removeOne(name))
        return false;
    if (m_subscriptions.isEmpty() && m_db)
        sqlite3_update_hook(m_db, nullptr, nullptr);
    return true;
}

QStringList SqlCipherDriver::subscribedToNotifications() const
{
    return m_subscriptions;
}

static_assert(std::is_same_v<qint64, sqlite3_int64>, "the update hook's rowid is a qint64");

void SqlCipherDriver::noteChange(void* driver, int /*operation*/, const char* /*database*/,
                                 const char* table, qint64 rowid)
{
    // Called inside sqlite3_step, on the connection's thread: only a subscribed table's change
    // is queued, and it is signalled once the statement is done, from the event loop (it is
    // dropped if the driver is gone by then).
    auto* self = static_cast<SqlCipherDriver*>(driver);
    const QString name = QString::fromUtf8(table);
    if (!self->m_subscriptions.contains(name))
        return;
    QMetaObject::invokeMethod(
        self,
        [self, name, rowid] {
            if (self->m_subscriptions.contains(name))
                emit self->notification(name, UnknownSource, QVariant(rowid));
        },
        Qt::QueuedConnection);
}

QSqlError SqlCipherDriver::makeError(const QString& description, QSqlError::ErrorType type,
                                     int forcedCode) const
{
    if (forcedCode < 0)
        return QSqlError(description, QString(), type);
    if (forcedCode > 0)
        return QSqlError(description, QString::fromUtf8(sqlite3_errstr(forcedCode)), type,
                         QString::number(forcedCode));
    if (!m_db)
        return QSqlError(description, QString(), type);
    const int code = sqlite3_extended_errcode(m_db);
    QString text = QString::fromUtf8(sqlite3_errmsg(m_db));
    if ((code & 0xff) == SQLITE_FULL) {
        // Which disk, and that the transaction left nothing half-written (DiskSpace).
        const char* file = sqlite3_db_filename(m_db, "main");
        if (file && *file)
            text = DiskSpace::fullMessage(QString::fromUtf8(file));
    }
    return QSqlError(description, text, type, QString::number(code));
}

bool SqlCipherDriver::failOpen(const QString& description, int forcedCode)
{
    setLastError(makeError(description, QSqlError::ConnectionError, forcedCode));
    m_key.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    setOpen(false);
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::execInternal(const char* sql, const QString& description)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    return failOpen(description);
}

// Runs a one-statement query and returns the first column of its first row (empty if none).
bool SqlCipherDriver::queryInternal(const char* sql, QByteArray* firstValue,
                                    const QString& description)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return failOpen(description);
    firstValue->clear();
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        *firstValue = QByteArray(text ? text : "");
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return failOpen(description);
    return true;
}

bool SqlCipherDriver::open(const QString& db, const QString& /*user*/, const QString& password,
                           const QString& /*host*/, int /*port*/, const QString& connOpts)
{
    if (isOpen()) {
        SecretBytes key = std::move(m_key); // close() wipes the key; this one is for us
        close();
        m_key = std::move(key);
    }
    setOpenError(false);

    if (!password.isEmpty())
        return failOpen(QStringLiteral("QSQLCIPHER takes no password: give the raw key with "
                                       "SqlCipherDriver::setRawKey()"),
                        -1);
    if (m_key.size() != kKeySize)
        return failOpen(QStringLiteral("The register key must be exactly 32 bytes"), -1);
    if (db.isEmpty())
        return failOpen(QStringLiteral("No register file name was given"), -1);

    bool create = false;
    int busyTimeoutMs = kDefaultBusyTimeoutMs;
    const QStringList options = connOpts.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& rawOption : options) {
        const QString option = rawOption.trimmed();
        if (option == QLatin1String("QSQLCIPHER_CREATE")) {
            create = true;
        } else if (option.startsWith(QLatin1String("QSQLCIPHER_BUSY_TIMEOUT="))) {
            bool ok = false;
            busyTimeoutMs = option.section(QLatin1Char('='), 1).toInt(&ok);
            if (!ok || busyTimeoutMs < 0)
                return failOpen(QStringLiteral("Invalid connect option %1").arg(option), -1);
        } else if (!option.isEmpty()) {
            return failOpen(QStringLiteral("Unknown connect option %1").arg(option), -1);
        }
    }

    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(db.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK)
        return failOpen(QStringLiteral("Unable to open the register file"));
    sqlite3_extended_result_codes(m_db, 1);
    if (sqlite3_busy_timeout(m_db, busyTimeoutMs) != SQLITE_OK)
        return failOpen(QStringLiteral("Unable to set the busy timeout"));

    const bool unencrypted = unencryptedForBenchmarks.load();
    if (unencrypted) {
        m_key.clear();
    } else {
        const SecretBytes literal = rawKeyLiteral(m_key);
        m_key.clear(); // the key must not linger in the driver once SQLCipher has it
        if (literal.isNull())
            return failOpen(QStringLiteral("Unable to allocate locked memory for the key"), -1);
        if (sqlite3_key(m_db, literal.data(), kRawKeyLiteralLength) != SQLITE_OK)
            return failOpen(QStringLiteral("Unable to set the register key"));
    }

    QByteArray value;
    if (!queryInternal("PRAGMA cipher_version;", &value,
                       QStringLiteral("Unable to query the cipher version")))
        return false;
    if (value.isEmpty())
        return failOpen(QStringLiteral("This SQLite library has no encryption (SQLCipher) "
                                       "support"),
                        -1);

    // Pinned rather than left to the library's defaults, so a later SQLCipher (4.x, other
    // defaults) opens the file only when told to be compatible. Read back: SQLite ignores
    // PRAGMAs it does not know, so a zero return code alone proves nothing.
    struct Setting
    {
        const char* set;
        const char* get;
        const char* expected;
    };
    static const Setting settings[] = {
        // kCipherPageSize (CipherPageCheck reads the file page by page).
        {"PRAGMA cipher_page_size = 1024;", "PRAGMA cipher_page_size;", "1024"},
        {"PRAGMA kdf_iter = 64000;", "PRAGMA kdf_iter;", "64000"},
        {"PRAGMA cipher_use_hmac = ON;", "PRAGMA cipher_use_hmac;", "1"},
    };
    if (unencrypted &&
        !execInternal("PRAGMA page_size = 1024;", QStringLiteral("Unable to set the page size")))
        return false;
    for (const Setting& setting : settings) {
        if (unencrypted)
            break; // no cipher: only its page size, set above
        const QString description = QStringLiteral("Unable to pin the cipher settings");
        if (!execInternal(setting.set, description) ||
            !queryInternal(setting.get, &value, description))
            return false;
        if (value != setting.expected)
            return failOpen(description, -1);
    }

    // The first read decrypts page 1: this is where a wrong key or a foreign file shows.
    if (sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return failOpen(kNotARegister, SQLITE_NOTADB);

    // temp_store = MEMORY: sorts and temporary tables never reach an unencrypted temp file.
    // secure_delete: deleted rows (e.g. recording keys) are overwritten, not left in free pages.
    // WAL: SQLCipher 3.4.1 encrypts WAL frames with the same page codec (the test checks the
    // -wal file holds no plaintext); readers then do not block the single writer. The -shm
    // index holds only page numbers and frame checksums.
    const Setting session[] = {
        {"PRAGMA foreign_keys = ON;", "PRAGMA foreign_keys;", "1"},
        {"PRAGMA secure_delete = ON;", "PRAGMA secure_delete;", "1"},
        {"PRAGMA temp_store = MEMORY;", "PRAGMA temp_store;", "2"},
        // 64 MiB of decrypted pages (the default is 2,000 pages of 1 KiB): every page read
        // again costs an AES decryption and an HMAC, which dominated bulk work on a large
        // register (bench/keys.sh). The pages stay in this process's memory only.
        {"PRAGMA cache_size = -65536;", "PRAGMA cache_size;", "-65536"},
    };
    for (const Setting& setting : session) {
        const QString description = QStringLiteral("Unable to configure the connection");
        if (!execInternal(setting.set, description) ||
            !queryInternal(setting.get, &value, description))
            return false;
        if (value != setting.expected)
            return failOpen(description, -1);
    }
    if (!queryInternal("PRAGMA journal_mode = WAL;", &value,
                       QStringLiteral("Unable to switch the journal to WAL")))
        return false;
    if (value != "wal")
        return failOpen(QStringLiteral("Unable to switch the journal to WAL"), -1);
    if (sqlite3_create_function_v2(m_db, "tallenne_stems", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, stemsFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
        return failOpen(QStringLiteral("Unable to register the word stems function"));
    if (sqlite3_set_authorizer(m_db, &SqlCipherDriver::noteInserts, this) != SQLITE_OK)
        return failOpen(QStringLiteral("Unable to install the statement authorizer"));

    setOpen(true);
    setOpenError(false);
    return true;
}

int SqlCipherDriver::noteInserts(void* driver, int action, const char* table, const char*,
                                 const char* database, const char* trigger)
{
    // Outside SqlCipherResult::prepare() (SQLite re-preparing an expired statement, the
    // driver's own statements) there is nothing to note. CREATE TABLE, VIEW, INDEX and
    // TRIGGER insert into sqlite_master; that is no row of the caller's.
    InsertNote* note = static_cast<SqlCipherDriver*>(driver)->m_insertNote;
    if (note && action == SQLITE_INSERT && !trigger && table &&
        sqlite3_strnicmp(table, "sqlite_", 7) != 0) {
        note->database = database ? QByteArray(database) : QByteArray("main");
        note->table = table;
    }
    return SQLITE_OK;
}

void SqlCipherDriver::close()
{
    m_key.clear();
    m_subscriptions.clear();
    for (SqlCipherResult* result : std::as_const(m_results))
        result->finalize();
    if (m_db) {
        // All statements are finalized above, so this closes now rather than later.
        if (sqlite3_close_v2(m_db) != SQLITE_OK)
            qCWarning(lcStorage) << "Closing the register did not succeed";
        m_db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

bool SqlCipherDriver::rekey(const SecretBytes& newKey, QString* error)
{
    auto failed = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_db || !isOpen())
        return failed(QStringLiteral("The register is not open"));
    if (newKey.size() != kKeySize)
        return failed(QStringLiteral("The register key must be exactly 32 bytes"));
    const SecretBytes literal = rawKeyLiteral(newKey);
    if (literal.isNull())
        return failed(QStringLiteral("Unable to allocate locked memory for the key"));
    if (sqlite3_rekey(m_db, literal.data(), kRawKeyLiteralLength) != SQLITE_OK) {
        const QSqlError sqlError = makeError(QStringLiteral("Unable to re-encrypt the register"),
                                             QSqlError::TransactionError);
        setLastError(sqlError);
        return failed(sqlError.text());
    }
    return true;
}

bool SqlCipherDriver::isInTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::simpleExec(const char* sql, const QString& description)
{
    if (!m_db || !isOpen()) {
        setLastError(QSqlError(QStringLiteral("The register is not open"), QString(),
                               QSqlError::ConnectionError));
        return false;
    }
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    setLastError(makeError(description, QSqlError::TransactionError));
    return false;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock at once, so a conflict shows (after the busy timeout)
    // at BEGIN rather than half-way through the work.
    return simpleExec("BEGIN IMMEDIATE;", QStringLiteral("Unable to begin a transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return simpleExec("COMMIT;", QStringLiteral("Unable to commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return simpleExec("ROLLBACK;", QStringLiteral("Unable to roll back the transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!m_db || !isOpen())
        return result;
    QStringList conditions;
    if (type & QSql::Tables)
        conditions << QStringLiteral("(type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE "
                                     "'\\')");
    if (type & QSql::Views)
        conditions << QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables)
        conditions << QStringLiteral("(type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (type & QSql::SystemTables)
        result << QStringLiteral("sqlite_master");
    if (conditions.isEmpty())
        return result;
    const QByteArray sql = QStringLiteral("SELECT name FROM sqlite_master WHERE %1 ORDER BY name")
                               .arg(conditions.join(QLatin1String(" OR ")))
                               .toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return result;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        result << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return result;
}

namespace {

struct ColumnInfo
{
    QSqlField field;
    int primaryKeyPosition = 0; // 0: not part of the primary key
};

QList<ColumnInfo> tableInfo(sqlite3* db, const QString& escapedTable, const QString& table)
{
    QList<ColumnInfo> columns;
    const QByteArray sql = QStringLiteral("PRAGMA table_info(%1)").arg(escapedTable).toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return columns;
    // Columns: cid, name, type, notnull, dflt_value, pk
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const QString name =
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
        const QString declared =
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 2)));
        ColumnInfo info;
        info.field = QSqlField(name, metaTypeForDeclaredType(declared), table);
        info.field.setRequiredStatus(sqlite3_column_int(stmt, 3) != 0 ? QSqlField::Required
                                                                      : QSqlField::Optional);
        // The default as written in CREATE TABLE; a quoted string literal without its quotes.
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL) {
            QString defaultValue =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 4)));
            if (defaultValue.startsWith(QLatin1Char('\''))) {
                const qsizetype end = defaultValue.lastIndexOf(QLatin1Char('\''));
                if (end > 0)
                    defaultValue = defaultValue.mid(1, end - 1)
                                       .replace(QLatin1String("''"), QLatin1String("'"));
            }
            info.field.setDefaultValue(defaultValue);
        }
        info.primaryKeyPosition = sqlite3_column_int(stmt, 5);
        // An INTEGER PRIMARY KEY is the rowid: SQLite fills it in.
        if (info.primaryKeyPosition == 1 &&
            declared.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            info.field.setAutoValue(true);
        columns.append(info);
    }
    sqlite3_finalize(stmt);
    return columns;
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord result;
    if (!m_db || !isOpen())
        return result;
    const QString table = isIdentifierEscaped(tableName, TableName)
                              ? stripDelimiters(tableName, TableName)
                              : tableName;
    for (const ColumnInfo& column : tableInfo(m_db, escapeIdentifier(table, TableName), table))
        result.append(column.field);
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    const QString table = isIdentifierEscaped(tableName, TableName)
                              ? stripDelimiters(tableName, TableName)
                              : tableName;
    QSqlIndex index(table);
    if (!m_db || !isOpen())
        return index;
    QList<ColumnInfo> columns = tableInfo(m_db, escapeIdentifier(table, TableName), table);
    columns.removeIf([](const ColumnInfo& c) { return c.primaryKeyPosition == 0; });
    std::sort(columns.begin(), columns.end(), [](const ColumnInfo& a, const ColumnInfo& b) {
        return a.primaryKeyPosition < b.primaryKeyPosition;
    });
    for (const ColumnInfo& column : std::as_const(columns))
        index.append(column.field);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

} // namespace tallenne
