#pragma once

#include "core/Error.h"
#include "storage/DirectoryRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <functional>

#include <memory>
#include <optional>
#include <vector>

namespace tallenne {

/// One call as an importer or the demo hands it over. Names of agents, queues and service
/// numbers are resolved through DirectoryRepository.
struct CallInsert
{
    QString sourceId; ///< Asterisk uniqueid or a digest of the row: the idempotency key
    QDateTime startedAt;
    std::optional<QDateTime> answeredAt;
    std::optional<QDateTime> endedAt;
    int durationS = 0;
    int billsec = 0;
    QString direction = QStringLiteral("inbound"); ///< inbound, outbound, internal
    QString caller;             ///< the masked form everyone sees (CallerForm::shown)
    QByteArray callerSealed;    ///< the caller in full, sealed at `calls/caller/<id>` (see id)
    QByteArray callerIndex;     ///< its blind index, when the writer holds the lookup key
    bool callerPending = false; ///< indexed and linked later by a holder of the lookup key
    qint64 id = 0;              ///< the row's id when the writer chose it (sealed values name it)
    QString serviceNumber;      ///< the number called (inbound) or used (outbound)
    QString serviceNumberLabel;
    QString queue;
    QString agent;
    QString disposition = QStringLiteral("ANSWERED");
    std::optional<qint64> subjectId;
    bool restricted = false;
};

/// The calls table. Storage only: no permission checks; services audit.
class CallRepository
{
    Q_DECLARE_TR_FUNCTIONS(CallRepository)

public:
    explicit CallRepository(QSqlDatabase db);
    ~CallRepository();
    CallRepository(const CallRepository&) = delete;
    CallRepository& operator=(const CallRepository&) = delete;

    /// Inserts the call unless one with the same source id exists (imports are idempotent).
    /// Returns the new id, or 0 when the call was already there. The statement is prepared
    /// once and reused, so call it in a loop inside one transaction.
    [[nodiscard]] std::optional<qint64> insertOrIgnore(const CallInsert& call, Error* error);
    /// The id of the call with this source id, or 0.
    [[nodiscard]] std::optional<qint64> idForSource(const QString& sourceId, Error* error) const;
    /// Links the call to a data subject and copies the subject's restriction onto it.
    [[nodiscard]] bool linkSubject(qint64 callId, qint64 subjectId, Error* error);
    [[nodiscard]] std::optional<qint64> count(Error* error) const;
    /// The first column of every row of `sql` (a SELECT of call ids), in the order given:
    /// stepped on the connection directly, a million ids in one walk of an index. `values`
    /// bind to its `?` in order (integers, text, blobs).
    [[nodiscard]] std::optional<std::vector<qint64>>
    ids(const QString& sql, const QVariantList& values, Error* error,
        const std::atomic<bool>* cancelled = nullptr) const;
    /// Fills the connection's TEMP table `temp.<table>_rank (rank INTEGER PRIMARY KEY, ref_id
    /// INTEGER UNIQUE)` with the ids of `agents`, `queues` or `service_numbers` in the order
    /// `less` gives their names (numbers), and a last row with ref_id NULL for calls without one.
    /// Computed once per connection and again only when names were added or the order (`orderKey`,
    /// e.g. the locale) changed, so sorting a million calls by name walks the name's index in rank
    /// order instead of sorting every row by text.
    [[nodiscard]] bool
    ensureNameRanks(const QString& table, const QString& orderKey,
                    const std::function<bool(const QString&, const QString&)>& less, Error* error);
    /// Moves the rank of calls without a name to the end of `order` (after Z in A→Z and after A
    /// in Z→A, as a blank sorts in a spreadsheet): rank 0 for a descending walk, one past the
    /// last name for an ascending one. One row of the connection's TEMP table.
    [[nodiscard]] bool placeUnnamedLast(const QString& table, Qt::SortOrder order, Error* error);

    [[nodiscard]] DirectoryRepository& directory() { return m_directory; }

private:
    QSqlDatabase m_db;
    DirectoryRepository m_directory;
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace tallenne
