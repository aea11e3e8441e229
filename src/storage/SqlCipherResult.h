#pragma once

#include <QList>
#include <QMetaType>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>

#include <optional>

struct sqlite3_stmt;

namespace tallenne {

class SqlCipherDriver;

/// The Qt type a record() field gets for a declared column type, as Qt's QSQLITE maps it
/// (case-insensitive): INTEGER/INT → int, DOUBLE/FLOAT/REAL/NUMERIC… → double, BLOB →
/// QByteArray, BOOLEAN/BOOL → bool, anything else (TEXT, DECIMAL, JSON, DATETIME) →
/// QString; an empty declaration gives an invalid QMetaType (decided by the stored value).
/// The values read are those of the storage class: an INTEGER reads as qlonglong.
QMetaType metaTypeForDeclaredType(const QString& declaredType);
/// The Qt type for a value's storage class (SQLITE_INTEGER, …).
QMetaType metaTypeForStorageClass(int storageClass);

/// One prepared sqlite3 statement behind a QSqlQuery.
///
/// Rows are never copied: fetchNext() is one sqlite3_step and data() reads the current row.
/// Moving backwards (seek to an earlier row, previous(), first(), last()) on a query that is
/// not forward-only re-runs the statement with sqlite3_reset and steps to the row again, so
/// it costs O(row index) and, if the data changed in between, shows the new data. That is the
/// price of not caching; QSqlQueryModel mostly moves forward, so it stays cheap there.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    /// Releases the statement; called by the driver when the connection closes.
    void finalize();

protected:
    bool prepare(const QString& query) override;
    bool exec() override;
    bool reset(const QString& query) override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchPrevious() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;
    QVariant handle() const override;

private:
    friend class SqlCipherDriver;
    enum class Step
    {
        Row,
        Done,
        Failed
    };
    Step step(const QString& failure);
    bool rewind();
    bool seek(int row, bool mayRewind);
    bool bindValues();
    void buildRecord();
    void setError(const QString& description, QSqlError::ErrorType type);

    const SqlCipherDriver* m_driver;
    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    int m_stepRow = -1;  ///< row the statement is positioned on, -1 before the first
    bool m_done = false; ///< the statement returned SQLITE_DONE; step() would restart it
    int m_rowCount = -1; ///< known once the statement ran to the end from the first row
    int m_rowsAffected = -1;
    std::optional<qint64> m_insertedRowId; ///< set when the last exec() inserted a row
    /// The prepared statement itself inserts into a table that has a rowid (the driver's
    /// authorizer saw it at prepare).
    bool m_insertsRowid = false;
    QList<QByteArray> m_boundBuffers; ///< text/blob values sqlite3 reads without copying
};

} // namespace tallenne
