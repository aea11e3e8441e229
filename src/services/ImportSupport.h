#pragma once

// Internals shared by the Asterisk and the chat importers (not a public header).

#include "core/Error.h"
#include "services/ImportService.h"
#include "storage/BatchForeignKeys.h"
#include "storage/RecordingStore.h"
#include "storage/TransactionGuard.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

#include <memory>
#include <vector>

namespace tallenne {

class Session;

/// Rows by name in agents, queues or service_numbers: INSERT OR IGNORE, then the id, cached.
class NameTable
{
public:
    NameTable(QSqlDatabase db, const QString& table, const QString& column);
    /// The id of `name` (created when new); 0 for an empty name (NULL in the row).
    [[nodiscard]] std::optional<qint64> idOf(const QString& name, Error* error);
    /// Forgets the cache (after a rollback the ids of rolled-back rows are gone).
    void clear() { m_cache.clear(); }

private:
    QSqlQuery m_insert;
    QSqlQuery m_select;
    QHash<QString, qint64> m_cache;
};

/// The transactions of one import: a batch commits every `batchSize` rows with its audit
/// entry; files written for the open batch are settled before it commits (RecordingStore::
/// settle) and discarded when it rolls back. Foreign keys are checked per batch
/// (BatchForeignKeys), so that an INSERT that cannot abort halfway needs no statement journal.
class ImportBatches
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    ImportBatches(Session& session, QString action, int batchSize, RecordingStore* store);
    ~ImportBatches();

    [[nodiscard]] bool begin(Error* error);
    /// Counts a finished row and commits the batch when it is full.
    [[nodiscard]] bool rowDone(const ImportReport& report, Error* error);
    /// Commits the last batch with the final audit entry.
    [[nodiscard]] bool finish(const ImportReport& report, Error* error);
    /// Rolls the open batch back and removes its files.
    void abort();
    void addFile(StoredRecording stored) { m_files.push_back(std::move(stored)); }

private:
    [[nodiscard]] bool commit(const ImportReport& report, bool last, Error* error);

    Session& m_session;
    QString m_action;
    QString m_runId;
    int m_batchSize;
    RecordingStore* m_store;
    BatchForeignKeys m_foreignKeys;
    std::unique_ptr<TransactionGuard> m_transaction;
    std::vector<StoredRecording> m_files; // StoredRecording is move-only
    int m_rowsInBatch = 0;
    int m_batchNumber = 0;
    ImportReport m_committed; ///< totals at the last commit, for the batch's own counts
};

/// Progress reports, at most every 100 ms.
class ProgressTicker
{
public:
    ProgressTicker(const ImportProgressCallback& callback, qint64 bytesTotal);
    void update(qint64 rows, qint64 bytes, bool force = false);
    [[nodiscard]] qint64 elapsedMs() const { return m_timer.elapsed(); }

private:
    const ImportProgressCallback& m_callback;
    qint64 m_bytesTotal;
    QElapsedTimer m_timer;
    qint64 m_last = -1;
};

/// A text column's value that is never NULL (the columns are NOT NULL DEFAULT '').
[[nodiscard]] inline QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

/// How a phone number of an Asterisk row is stored, and what the report says of it.
struct StoredNumber
{
    QString value;   ///< E.164 when it reads as a number, otherwise as written
    QString group;   ///< translated, no personal data; empty when there is nothing to say
    QString message; ///< translated, how it was read (PhoneNumber::describe) or why not
};

/// Reads a number of an Asterisk row with PhoneNumber::read in `region`. An extension,
/// `anonymous`, `s` and other words stay as written without a note; digits that are no valid
/// number stay as written with one. Numbers written in full (`+…`, `00…`, or nationally)
/// need no note; the other forms and ambiguous readings get one.
[[nodiscard]] StoredNumber storedNumber(const QString& raw, const QString& region);

/// storedNumber() with a memory of the numbers already read in this import: the service
/// number repeats on every row, callers often (libphonenumber's parse is the costly part).
class NumberReader
{
public:
    explicit NumberReader(QString region) : m_region(std::move(region)) {}
    [[nodiscard]] const StoredNumber& read(const QString& raw);

private:
    static constexpr int maxCached = 20000;
    QString m_region;
    QHash<QString, StoredNumber> m_cache;
};

/// Sets *error from the query's failure.
void setSqlError(const QSqlQuery& query, const QString& context, Error* error);

} // namespace tallenne
