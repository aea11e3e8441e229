#pragma once

#include "services/BrowseService.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace tallenne {

/// The call list: a table model that fetches rows lazily in pages, so a register of a
/// million calls opens, scrolls, sorts and jumps to the end without loading everything.
///
/// Rows near the end are fetched with the sort order reversed and a small offset, which
/// SQLite answers from the index as fast as the first page. A few pages are cached.
class CallListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StartedAt,
        Duration,
        Direction,
        Caller,
        ServiceNumber,
        Queue,
        Agent,
        Disposition,
        Recording,
        Tags,
        Evaluation,
        Leg, ///< "2/3" for the second of three legs of a transferred call
        ColumnCount
    };
    /// A page is about a screenful: a jump anywhere reads the rows in view (one or two pages),
    /// not 200 rows of which the view shows 40 (issue [13]: a jump under 16 ms).
    static constexpr int PageSize = 50;
    static constexpr int CachedPages = 96;
    /// Pages this near either end are fetched with LIMIT from the index; any other page by
    /// the ids of the whole list, read once per filter and order (BrowseService::callIds).
    static constexpr int EdgePages = 4;
    /// setFilter() counts this many matches at most; a filter that matches more shows these
    /// rows at once and the rest when the exact count arrives from a worker (isCounting()).
    static constexpr int CountedAtOnce = 1000;
    enum Roles
    {
        CallIdRole = Qt::UserRole + 1
    };

    explicit CallListModel(Session& session, QObject* parent = nullptr);
    ~CallListModel() override;

    /// A call's length as the list shows it: m:ss, or h:mm:ss from an hour on.
    [[nodiscard]] static QString formatDuration(int seconds);

    /// Applies a filter: counts the matches up to CountedAtOnce (audited once) and starts
    /// from the top. When there are more, the list shows that many rows while a worker counts
    /// them all (isCounting()); the rest are inserted when the count arrives (countChanged()).
    /// A filter that fails leaves the list empty (false, with the reason in `error`).
    [[nodiscard]] bool setFilter(const CallFilter& filter, Error* error);
    [[nodiscard]] const CallFilter& filter() const { return m_filter; }
    /// The matches: exact unless isCounting(), when it is the rows known so far.
    [[nodiscard]] qint64 matchCount() const { return m_count; }
    /// True while the exact count of a broad filter is still on its way.
    [[nodiscard]] bool isCounting() const { return m_countPending; }
    [[nodiscard]] qint64 callId(int row) const;
    /// The row of a call among the pages already fetched, or -1 (it fetches nothing).
    [[nodiscard]] int loadedRowOf(qint64 callId) const;
    /// The row of a call anywhere in the list as filtered and sorted now, or -1 when the
    /// filter leaves it out: a loaded page's, else by the ids of the whole list (prepareJumps(),
    /// a scan of at most 8 MB for a million calls).
    [[nodiscard]] int rowOf(qint64 callId);
    /// How many pages were fetched from the database so far (for tests and the bench).
    [[nodiscard]] int pagesFetched() const { return m_pagesFetched; }
    /// True once the ids of the whole list are in memory. They are read on a worker thread
    /// after each filter and sort (BrowseService::callIdsInBackground), so the first page
    /// never waits for them; a jump away from both ends before they arrive waits for them.
    [[nodiscard]] bool hasIds() const { return m_ids != nullptr; }
    /// Waits for the ids of the whole list (reading them here if no worker does).
    bool prepareJumps();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void errorOccurred(const QString& message);
    /// The ids of the whole list have arrived: any row is one page of lookups away.
    void jumpsReady();
    /// matchCount() or isCounting() changed (a new filter, or the exact count arrived).
    void countChanged();

private:
    /// Starts reading the ids of the list as filtered and sorted now, dropping any read
    /// still running for an earlier filter or order.
    void startIds();
    void launchIds();
    void cancelIds();
    /// Counts the filter's matches on a worker; the rows beyond CountedAtOnce follow.
    void startCount();
    void cancelCount();
    /// The exact count is known: the rows after those shown so far are inserted.
    void countArrived(qint64 count);

    [[nodiscard]] const CallRow* row(int row) const;
    [[nodiscard]] static std::optional<CallColumn> sortColumn(int column);

    BrowseService m_service;
    CallFilter m_filter;
    qint64 m_count = 0;
    CallColumn m_sortBy = CallColumn::StartedAt;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    mutable QHash<qint64, QList<CallRow>> m_pages; ///< page number → rows
    mutable QList<qint64> m_recent;                ///< least recently used first
    mutable int m_pagesFetched = 0;
    /// The ids of the whole list in its order, or nullptr until needed (8 MB a million).
    mutable std::shared_ptr<const std::vector<qint64>> m_ids;
    QFutureWatcher<std::shared_ptr<const std::vector<qint64>>> m_idsWatcher;
    std::shared_ptr<std::atomic<bool>> m_idsCancelled;
    bool m_idsWanted = false; ///< to be read once the first page is in
    bool m_countPending = false;
    QFutureWatcher<qint64> m_countWatcher;
    std::shared_ptr<std::atomic<bool>> m_countCancelled;
};

} // namespace tallenne
