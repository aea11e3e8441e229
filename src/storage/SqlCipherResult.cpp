#include "storage/SqlCipherResult.h"

#include "storage/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QTime>
#include <QUuid>

#include <cstring>
#include <limits>
#include <sqlite3.h>
#include <vector>

namespace tallenne {

namespace {

// Qt's own notion of a SQL NULL, as its drivers read it: a null variant, a null string or
// byte array inside one, an invalid date-time or time, a null date or UUID.
bool isNullValue(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QUuid:
        return value.toUuid().isNull();
    default:
        return false;
    }
}

// Whether `table` of `database` has a rowid (not a view, not WITHOUT ROWID). SQLite knows the
// names rowid, oid and _rowid_ in a table that has one, as the rowid or as a column of that
// name; a table without one knows at most those of its columns, never all three but in jest.
bool hasRowid(sqlite3* db, const QByteArray& database, const QByteArray& table)
{
    for (const char* alias : {"rowid", "oid", "_rowid_"}) {
        if (sqlite3_table_column_metadata(db, database.constData(), table.constData(), alias,
                                          nullptr, nullptr, nullptr, nullptr, nullptr) != SQLITE_OK)
            return false;
    }
    return true;
}

// sqlite3_prepare_v2 stops after the first statement and would silently ignore whatever
// follows, so only blanks and comments may follow; anything else, even an empty statement
// (";"), is refused, as QSQLITE refuses it. A comment left open runs to the end, as in SQLite.
bool onlyCommentsLeft(const char* tail)
{
    const char* p = tail;
    while (p && *p) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f') {
            ++p;
        } else if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                ++p;
        } else if (p[0] == '/' && p[1] == '*') {
            const char* end = std::strstr(p + 2, "*/");
            if (!end)
                return true;
            p = end + 2;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

QMetaType metaTypeForDeclaredType(const QString& declaredType)
{
    // As Qt's QSQLITE names them, so that code written for it reads the same record().
    const QString type = declaredType.trimmed().toLower();
    if (type.isEmpty())
        return QMetaType();
    if (type == QLatin1String("integer") || type == QLatin1String("int"))
        return QMetaType::fromType<int>();
    if (type == QLatin1String("double") || type == QLatin1String("float") ||
        type == QLatin1String("real") || type.startsWith(QLatin1String("numeric")))
        return QMetaType::fromType<double>();
    if (type == QLatin1String("blob"))
        return QMetaType::fromType<QByteArray>();
    if (type == QLatin1String("boolean") || type == QLatin1String("bool"))
        return QMetaType::fromType<bool>();
    return QMetaType::fromType<QString>(); // TEXT, and DECIMAL, JSON, DATETIME, …
}

QMetaType metaTypeForStorageClass(int storageClass)
{
    switch (storageClass) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<int>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_TEXT:
        return QMetaType::fromType<QString>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType();
    }
}

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver), m_driver(driver)
{
    if (m_driver)
        m_driver->attach(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
    if (m_driver)
        m_driver->detach(this);
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_boundBuffers.clear();
    m_record.clear();
    m_stepRow = -1;
    m_done = false;
    m_rowCount = -1;
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

void SqlCipherResult::setError(const QString& description, QSqlError::ErrorType type)
{
    if (m_driver)
        setLastError(m_driver->makeError(description, type));
    else
        setLastError(QSqlError(description, QString(), type));
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    sqlite3* db = m_driver ? m_driver->connection() : nullptr;
    if (!db) {
        setLastError(QSqlError(QStringLiteral("The database is not open"), QString(),
                               QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    // The driver's authorizer notes the table the statement itself inserts into, whatever its
    // text starts with (a comment, WITH, REPLACE); a trigger's inserts are not its own.
    SqlCipherDriver::InsertNote note;
    m_driver->m_insertNote = &note;
    const int rc =
        sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size() + 1), &m_stmt, &tail);
    m_driver->m_insertNote = nullptr;
    m_insertsRowid =
        rc == SQLITE_OK && !note.table.isEmpty() && hasRowid(db, note.database, note.table);
    if (rc != SQLITE_OK) {
        setError(QStringLiteral("Unable to prepare the statement"), QSqlError::StatementError);
        finalize();
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("The statement is empty"), QString(),
                               QSqlError::StatementError));
        return false;
    }
    if (!onlyCommentsLeft(tail)) {
        finalize();
        setLastError(QSqlError(QStringLiteral("Only one statement can be run at a time"), QString(),
                               QSqlError::StatementError));
        return false;
    }
    buildRecord();
    return true;
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

void SqlCipherResult::buildRecord()
{
    m_record.clear();
    const int columns = sqlite3_column_count(m_stmt);
    for (int i = 0; i < columns; ++i) {
        const char* table = sqlite3_column_table_name(m_stmt, i);
        QSqlField field(
            QString::fromUtf8(sqlite3_column_name(m_stmt, i)),
            metaTypeForDeclaredType(QString::fromUtf8(sqlite3_column_decltype(m_stmt, i))),
            table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("No statement is prepared"), QString(),
                               QSqlError::StatementError));
        return false;
    }
    // A previous run may still hold a row (and the read lock that goes with it).
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_boundBuffers.clear();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_stepRow = -1;
    m_done = false;
    m_rowCount = -1;
    m_rowsAffected = -1;
    m_insertedRowId.reset();

    if (!bindValues())
        return false;

    sqlite3* db = sqlite3_db_handle(m_stmt);
    const unsigned totalChangesBefore = static_cast<unsigned>(sqlite3_total_changes(db));
    // The first step runs the statement: a write is done here, a query yields its first row.
    if (step(QStringLiteral("Unable to execute the statement")) == Step::Failed)
        return false;

    setSelect(sqlite3_column_count(m_stmt) > 0);
    if (!isSelect()) {
        // What the statement did decides. sqlite3_changes() is only set by INSERT, UPDATE and
        // DELETE: after CREATE, ALTER or a PRAGMA it still holds the previous statement's
        // count, but the connection's total then has not moved.
        const unsigned changed =
            static_cast<unsigned>(sqlite3_total_changes(db)) - totalChangesBefore;
        m_rowsAffected = changed > 0 ? sqlite3_changes(db) : 0;
        // An INSERT into a table with a rowid (seen at prepare) that changed a row inserted
        // it. Comparing rowids before and after would miss an insert that got the same rowid
        // as the previous one elsewhere.
        if (m_rowsAffected > 0 && m_insertsRowid)
            m_insertedRowId = sqlite3_last_insert_rowid(db);
    } else if (!m_done) {
        // Columns without a declared type (expressions) take the type of the first row.
        for (int i = 0; i < m_record.count(); ++i) {
            QSqlField field = m_record.field(i);
            if (!field.metaType().isValid()) {
                field.setMetaType(metaTypeForStorageClass(sqlite3_column_type(m_stmt, i)));
                m_record.replace(i, field);
            }
        }
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::bindValues()
{
    const QVariantList& values = boundValues();
    const int parameterCount = sqlite3_bind_parameter_count(m_stmt);
    std::vector<bool> bound(static_cast<std::size_t>(parameterCount) + 1, false);

    for (int i = 0; i < values.size(); ++i) {
        // Qt rewrites '?' to generated names when NamedPlaceholders is on, and keeps ':name';
        // either way boundValueName() is the name sqlite3 knows the parameter by.
        const QByteArray name = boundValueName(i).toUtf8();
        const int index = sqlite3_bind_parameter_index(m_stmt, name.constData());
        if (index <= 0) {
            setLastError(QSqlError(QStringLiteral("More values are bound than the statement "
                                                  "has placeholders (%1)")
                                       .arg(parameterCount),
                                   QString(), QSqlError::StatementError));
            return false;
        }
        const QVariant& value = values.at(i);
        int rc = SQLITE_OK;
        if (isNullValue(value)) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
            case QMetaType::Long:
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
                break;
            case QMetaType::ULong:
            case QMetaType::ULongLong: {
                const quint64 unsignedValue = value.toULongLong();
                if (unsignedValue > quint64(std::numeric_limits<qint64>::max())) {
                    setLastError(QSqlError(QStringLiteral("An unsigned value does not fit in "
                                                          "a 64-bit signed integer"),
                                           QString(), QSqlError::StatementError));
                    return false;
                }
                rc = sqlite3_bind_int64(m_stmt, index, static_cast<qint64>(unsignedValue));
                break;
            }
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                // Kept alive in m_boundBuffers while the statement may re-run (rewind), so
                // sqlite3 need not copy it.
                m_boundBuffers.append(value.toByteArray());
                const QByteArray& blob = m_boundBuffers.last();
                rc = sqlite3_bind_blob64(m_stmt, index, blob.constData(),
                                         static_cast<sqlite3_uint64>(blob.size()), SQLITE_STATIC);
                break;
            }
            default: {
                QString text;
                if (value.typeId() == QMetaType::QDateTime)
                    text = value.toDateTime().toString(Qt::ISODateWithMs);
                else if (value.typeId() == QMetaType::QTime)
                    text = value.toTime().toString(Qt::ISODateWithMs);
                else if (value.typeId() == QMetaType::QDate)
                    text = value.toDate().toString(Qt::ISODate);
                else if (value.canConvert<QString>())
                    text = value.toString();
                else {
                    setLastError(QSqlError(QStringLiteral("Cannot bind a value of type %1")
                                               .arg(QString::fromLatin1(value.typeName())),
                                           QString(), QSqlError::StatementError));
                    return false;
                }
                m_boundBuffers.append(text.toUtf8());
                const QByteArray& utf8 = m_boundBuffers.last();
                rc = sqlite3_bind_text64(m_stmt, index, utf8.constData(),
                                         static_cast<sqlite3_uint64>(utf8.size()), SQLITE_STATIC,
                                         SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setError(QStringLiteral("Unable to bind a value"), QSqlError::StatementError);
            return false;
        }
        bound[static_cast<std::size_t>(index)] = true;
    }
    for (int i = 1; i <= parameterCount; ++i) {
        if (!bound[static_cast<std::size_t>(i)]) {
            setLastError(QSqlError(QStringLiteral("Parameter count mismatch: placeholder %1 "
                                                  "has no value")
                                       .arg(i),
                                   QString(), QSqlError::StatementError));
            return false;
        }
    }
    return true;
}

SqlCipherResult::Step SqlCipherResult::step(const QString& failure)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        ++m_stepRow;
        return Step::Row;
    }
    m_done = true; // stepping again would silently restart the statement
    if (rc == SQLITE_DONE) {
        m_rowCount = m_stepRow + 1;
        // Releases the read lock now rather than when the query object goes away.
        sqlite3_reset(m_stmt);
        return Step::Done;
    }
    setError(failure, QSqlError::StatementError);
    sqlite3_reset(m_stmt);
    return Step::Failed;
}

bool SqlCipherResult::rewind()
{
    sqlite3_reset(m_stmt); // keeps the bindings: the same query runs again
    m_stepRow = -1;
    m_done = false;
    return true;
}

bool SqlCipherResult::seek(int row, bool mayRewind)
{
    if (!m_stmt || !isActive() || !isSelect() || row < 0)
        return false;
    if (!m_done && row == m_stepRow) {
        setAt(row);
        return true;
    }
    if (m_done && m_rowCount >= 0 && row >= m_rowCount)
        return false;
    if (m_done || row < m_stepRow) {
        if (!mayRewind)
            return false;
        rewind();
    }
    while (m_stepRow < row) {
        if (step(QStringLiteral("Unable to fetch a row")) != Step::Row)
            return false;
    }
    setAt(row);
    return true;
}

bool SqlCipherResult::fetch(int row)
{
    return seek(row, !isForwardOnly());
}

bool SqlCipherResult::fetchNext()
{
    if (at() == QSql::AfterLastRow)
        return false;
    return seek(at() + 1, false);
}

bool SqlCipherResult::fetchPrevious()
{
    return fetch(at() - 1);
}

bool SqlCipherResult::fetchFirst()
{
    return seek(0, !isForwardOnly() || at() == QSql::BeforeFirstRow);
}

bool SqlCipherResult::fetchLast()
{
    if (!m_stmt || !isActive() || !isSelect())
        return false;
    if (m_rowCount < 0) {
        // Count the rows by stepping to the end, then come back to the last one.
        if (m_done)
            rewind();
        Step s = Step::Row;
        while (s == Step::Row)
            s = step(QStringLiteral("Unable to fetch a row"));
        if (s == Step::Failed)
            return false;
    }
    if (m_rowCount <= 0)
        return false;
    // Even a forward-only query may come back here: the rows are re-read, never copied.
    return seek(m_rowCount - 1, true);
}

QVariant SqlCipherResult::data(int field)
{
    if (!m_stmt || m_done || at() != m_stepRow || field < 0 || field >= m_record.count())
        return {};
    switch (sqlite3_column_type(m_stmt, field)) {
    case SQLITE_NULL:
        // As QSQLITE: a null string, which reads as "" and as no number (toInt(&ok): false).
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_INTEGER:
        // The stored integer as it is, whatever the declared type (a BOOL column's 2 stays 2)
        // and whatever the precision policy (which, as in QSQLITE, is for REAL values).
        return QVariant(static_cast<qint64>(sqlite3_column_int64(m_stmt, field)));
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(m_stmt, field);
        // Narrowed by the policy only where the value fits: out of range stays a double.
        const auto fits = [value](double low, double high) {
            return value >= low && value < high;
        };
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            if (fits(-2147483648.0, 2147483648.0))
                return QVariant(static_cast<int>(value));
            return QVariant(value);
        case QSql::LowPrecisionInt64:
            if (fits(-9223372036854775808.0, 9223372036854775808.0))
                return QVariant(static_cast<qint64>(value));
            return QVariant(value);
        default:
            return QVariant(value);
        }
    }
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, field));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, field)));
    }
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(m_stmt, field));
        const int size = sqlite3_column_bytes(m_stmt, field);
        // A zero-length blob comes back as a null pointer; keep it an empty, non-null array.
        return QVariant(blob ? QByteArray(blob, size) : QByteArray(""));
    }
    default:
        return {};
    }
}

bool SqlCipherResult::isNull(int field)
{
    if (!m_stmt || m_done || at() != m_stepRow || field < 0 || field >= m_record.count())
        return true;
    return sqlite3_column_type(m_stmt, field) == SQLITE_NULL;
}

int SqlCipherResult::size()
{
    return -1; // SQLite cannot tell without stepping through every row
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    if (!isActive() || !isSelect())
        return {};
    return m_record;
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (!isActive() || !m_insertedRowId)
        return {};
    return QVariant(static_cast<qint64>(*m_insertedRowId));
}

void SqlCipherResult::detachFromResultSet()
{
    // QSqlQuery::finish(): release the statement's locks but keep it prepared.
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_stepRow = -1;
    m_done = true;
    m_rowCount = -1;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

} // namespace tallenne
