#include "storage/Database.h"

#include "core/Logging.h"
#include "storage/SqlCipherDriver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sqlite3.h>

namespace tallenne {

namespace {

const QString kNotARegister = QStringLiteral(
    "The key does not open this register, or the file is not a Tallenne register or is "
    "damaged.");

void removeConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    } // the last handle must be gone before removeDatabase()
    QSqlDatabase::removeDatabase(name);
}

void removeFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

bool Database::execPrepared(QSqlQuery& query, const QString& context, Error* error)
{
    if (query.exec())
        return true;
    if (error)
        *error = errorFromSql(query.lastError(), context);
    return false;
}

Error Database::errorFromSql(const QSqlError& sqlError, const QString& context)
{
    bool ok = false;
    const int code = sqlError.nativeErrorCode().toInt(&ok);
    const int primary = ok ? (code & 0xff) : -1;
    const QString detail = sqlError.text().trimmed();
    const QString message = detail.isEmpty() ? context : context + QStringLiteral(": ") + detail;
    switch (primary) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Error::make(ErrorKind::Damaged, kNotARegister + QLatin1Char(' ') + message);
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        return Error::make(ErrorKind::InputRejected, message);
    default:
        return Error::make(ErrorKind::Environment, message);
    }
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{}

Database::~Database()
{
    removeConnection(m_connectionName);
}

QSqlDatabase Database::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Database> Database::open(const QString& path, const SecretBytes& key, Mode mode,
                                         Error* error)
{
    return open(path, key, mode, -1, error);
}

std::unique_ptr<Database> Database::open(const QString& path, const SecretBytes& key, Mode mode,
                                         int busyTimeoutMs, Error* error)
{
    registerSqlCipherDriver();
    if (key.size() != 32) {
        fail(error, ErrorKind::Usage, QStringLiteral("The register key must be 32 bytes"));
        return nullptr;
    }
    const QFileInfo info(path);
    if (mode == Mode::CreateNew && info.exists()) {
        fail(error, ErrorKind::Usage,
             QStringLiteral("%1 already exists; a new register needs a new file")
                 .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    if (mode == Mode::OpenExisting && !info.isFile()) {
        fail(error, ErrorKind::Environment,
             QStringLiteral("There is no register file at %1").arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }

    const QString name =
        QStringLiteral("tallenne-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), name);
        auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
        if (!driver) {
            fail(error, ErrorKind::Environment,
                 QStringLiteral("The QSQLCIPHER database driver is not available"));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return nullptr;
        }
        QStringList options;
        if (mode == Mode::CreateNew)
            options << QStringLiteral("QSQLCIPHER_CREATE");
        if (busyTimeoutMs >= 0)
            options << QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        db.setDatabaseName(path);
        driver->setRawKey(key);
        const bool opened = db.open();
        created = mode == Mode::CreateNew && QFileInfo::exists(path);
        if (!opened) {
            const QSqlError sqlError = db.lastError();
            const bool notARegister = sqlError.nativeErrorCode() == QString::number(SQLITE_NOTADB);
            if (notARegister)
                fail(error, ErrorKind::Damaged, kNotARegister);
            else
                fail(error, ErrorKind::Environment,
                     QStringLiteral("Unable to open the register %1: %2")
                         .arg(QDir::toNativeSeparators(path), sqlError.text().trimmed()));
        }
        db = QSqlDatabase();
        if (!opened) {
            removeConnection(name);
            if (created)
                removeFiles(path);
            return nullptr;
        }
    }

    std::unique_ptr<Database> database(new Database(name, path));
    const QString profile = QString::fromLatin1(kCipherProfile);
    if (mode == Mode::CreateNew) {
        Error stepError;
        if (!database->exec(QStringLiteral("CREATE TABLE tallenne_meta (name TEXT PRIMARY KEY, "
                                           "value TEXT NOT NULL)"),
                            {}, &stepError) ||
            !database->exec(QStringLiteral("INSERT INTO tallenne_meta (name, value) VALUES (?, ?)"),
                            {cipherProfileKey(), profile}, &stepError)) {
            database.reset();
            removeFiles(path);
            fail(error, stepError.kind, stepError.message);
            return nullptr;
        }
        return database;
    }

    QSqlQuery query;
    Error readError;
    if (!database->exec(QStringLiteral("SELECT value FROM tallenne_meta WHERE name = ?"),
                        {cipherProfileKey()}, &readError, &query) ||
        !query.next()) {
        fail(error, ErrorKind::Damaged,
             QStringLiteral("%1 is encrypted but is not a Tallenne register (it has no cipher "
                            "profile marker).")
                 .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    const QString stored = query.value(0).toString();
    query = QSqlQuery();
    if (stored != profile) {
        fail(error, ErrorKind::Damaged,
             QStringLiteral("The register uses the cipher profile \"%1\", but this Tallenne "
                            "expects \"%2\"; it was made by another build or has been altered.")
                 .arg(stored, profile));
        return nullptr;
    }
    return database;
}

bool Database::rekey(const SecretBytes& newKey, Error* error)
{
    QSqlDatabase connection = db();
    auto* driver = qobject_cast<SqlCipherDriver*>(connection.driver());
    if (!driver)
        return fail(error, ErrorKind::Environment, QStringLiteral("The register is not open"));
    QString message;
    if (!driver->rekey(newKey, &message))
        return fail(error, ErrorKind::Environment,
                    QStringLiteral("Unable to change the register key: %1").arg(message));
    return true;
}

bool Database::exec(const QString& sql, const QVariantList& values, Error* error, QSqlQuery* out)
{
    QSqlQuery query(db());
    if (!query.prepare(sql)) {
        if (error)
            *error = errorFromSql(query.lastError(), QStringLiteral("Unable to prepare a query"));
        return false;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = errorFromSql(query.lastError(), QStringLiteral("Unable to run a query"));
        return false;
    }
    if (out)
        *out = std::move(query);
    return true;
}

} // namespace tallenne
