#include "gui/CallListModel.h"

#include "core/AsteriskCdr.h"
#include "core/PhoneNumber.h"

#include <QLocale>

#include <algorithm>
#include <span>

namespace tallenne {

QString CallListModel::formatDuration(int seconds)
{
    const int s = std::max(0, seconds);
    const QLatin1Char zero('0');
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, zero);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, zero)
        .arg(s % 60, 2, 10, zero);
}

CallListModel::CallListModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_service(session)
{
    connect(&m_idsWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_ids || m_idsWatcher.isCanceled())
            return;
        m_ids = m_idsWatcher.result();
        if (!m_ids)
            return;
        // The ids are the whole list: its length, if the count has not come yet.
        if (m_countPending)
            countArrived(qint64(m_ids->size()));
        emit jumpsReady();
    });
    connect(&m_countWatcher, &QFutureWatcherBase::finished, this, [this] {
        // A count of an earlier filter may finish after the next one started: only the
        // current count's result is taken.
        if (!m_countPending || !m_countCancelled || m_countWatcher.isCanceled() ||
            !m_countWatcher.isFinished())
            return;
        const qint64 count = m_countWatcher.result();
        if (count >= 0)
            countArrived(count);
        // Otherwise the ids, read for the jumps, give the count when they come.
    });
}

CallListModel::~CallListModel()
{
    cancelCount();
    m_countWatcher.disconnect(this);
    m_countWatcher.waitForFinished(); // told to stop: it does at its next progress check
    cancelIds();
}

void CallListModel::cancelCount()
{
    if (m_countCancelled) {
        // As with the ids: the running count stops, and its result is never used.
        m_countCancelled->store(true);
        m_countCancelled.reset();
    }
}

void CallListModel::startCount()
{
    Error error;
    auto job = m_service.countCallsInBackground(m_filter, &error);
    if (!job)
        return; // the ids, read for the jumps, give the count instead
    m_countCancelled = job->cancelled;
    m_countWatcher.setFuture(job->future);
}

void CallListModel::countArrived(qint64 count)
{
    if (!m_countPending)
        return;
    m_countPending = false;
    cancelCount(); // when the ids came first, the count still running is not needed
    // The rows counted at once are the first of the list; the rest follow them. (Fewer only if
    // calls were purged in between: the surplus rows go.)
    if (count > m_count) {
        beginInsertRows({}, int(m_count), int(std::min<qint64>(count, INT_MAX) - 1));
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, int(count), int(m_count - 1));
        m_count = count;
        m_pages.clear();
        m_recent.clear();
        endRemoveRows();
    }
    emit countChanged();
}

void CallListModel::cancelIds()
{
    if (m_idsCancelled)
        m_idsCancelled->store(true);
    m_idsWatcher.disconnect(this);
    m_idsWatcher.waitForFinished();
    m_idsCancelled.reset();
}

void CallListModel::startIds()
{
    if (m_idsCancelled) {
        // The earlier read is told to stop; its result, if any, is never used.
        m_idsCancelled->store(true);
        m_idsCancelled.reset();
    }
    m_ids.reset();
    // Every page near an end comes from the index; otherwise the read starts once the first
    // page has been fetched, so it never competes with it.
    m_idsWanted = m_countPending || m_count > qint64(2 * EdgePages) * PageSize;
}

void CallListModel::launchIds()
{
    m_idsWanted = false;
    Error error;
    auto job = m_service.callIdsInBackground(m_filter, m_sortBy, m_order, &error);
    if (!job)
        return; // the jumps read them when needed, and report the error then
    m_idsCancelled = job->cancelled;
    m_idsWatcher.setFuture(job->future);
}

bool CallListModel::setFilter(const CallFilter& filter, Error* error)
{
    // A broad filter's full count walks every match (seconds at a million calls): the first
    // CountedAtOnce are counted here and the rest on a worker, so the first page never
    // waits for them.
    bool more = false;
    const auto count = m_service.countCallsUpTo(filter, CountedAtOnce, &more, error);
    cancelCount();
    beginResetModel();
    m_filter = filter;
    // A filter that failed (refused, or not understood) shows no calls: never the rows of
    // the one before under a filter they do not match.
    m_count = count.value_or(0);
    m_countPending = count && more;
    m_pages.clear();
    m_recent.clear();
    endResetModel();
    if (m_countPending)
        startCount();
    startIds();
    emit countChanged();
    return count.has_value();
}

qint64 CallListModel::callId(int row) const
{
    const CallRow* r = this->row(row);
    return r ? r->id : 0;
}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    // A view shows at most INT_MAX rows; a register never comes near.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CallRow* CallListModel::row(int rowNumber) const
{
    if (rowNumber < 0 || rowNumber >= m_count)
        return nullptr;
    const qint64 page = rowNumber / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const qint64 first = page * PageSize;
        const int limit = int(std::min<qint64>(PageSize, m_count - first));
        Error error;
        std::optional<QList<CallRow>> rows;
        // While the count is on its way the end is unknown: the rows known so far are the
        // first CountedAtOnce, read from the top.
        const bool nearEdge = page < EdgePages ||
                              (!m_countPending && m_count - first <= qint64(EdgePages) * PageSize);
        if (!nearEdge &&
            (m_ids || (!m_countPending && const_cast<CallListModel*>(this)->prepareJumps()))) {
            // Anywhere else: the page's ids from the list's ids, each row one lookup.
            const auto ids = std::span<const qint64>(*m_ids);
            const auto from = std::min<std::size_t>(std::size_t(first), ids.size());
            const auto count = std::min<std::size_t>(std::size_t(limit), ids.size() - from);
            rows =
                const_cast<BrowseService&>(m_service).callsById(ids.subspan(from, count), &error);
        } else if (!m_countPending && first > m_count / 2) {
            // Near the end: ask in the reversed order from the end, then turn the page round.
            const Qt::SortOrder reversed =
                m_order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            rows = const_cast<BrowseService&>(m_service).calls(
                m_filter, m_sortBy, reversed, m_count - first - limit, limit, &error, m_order);
            if (rows)
                std::reverse(rows->begin(), rows->end());
        } else {
            rows = const_cast<BrowseService&>(m_service).calls(m_filter, m_sortBy, m_order, first,
                                                               limit, &error);
        }
        if (!rows) {
            emit const_cast<CallListModel*>(this)->errorOccurred(error.message);
            return nullptr;
        }
        ++m_pagesFetched;
        if (m_idsWanted)
            const_cast<CallListModel*>(this)->launchIds();
        m_pages.insert(page, *rows);
        m_recent.append(page);
        if (m_recent.size() > CachedPages)
            m_pages.remove(m_recent.takeFirst());
        // Found again: a removal from a QHash may move its other entries (Qt 6 open
        // addressing), and an iterator from before the removal may point at another page.
        it = m_pages.find(page);
    } else {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const qsizetype offset = rowNumber - page * PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

bool CallListModel::prepareJumps()
{
    if (m_ids)
        return true;
    if (m_idsWanted)
        launchIds();
    if (m_idsCancelled) {
        m_idsWatcher.waitForFinished();
        m_ids = m_idsWatcher.result();
        if (m_ids) {
            if (m_countPending)
                countArrived(qint64(m_ids->size()));
            return true;
        }
    }
    Error error;
    auto ids = m_service.callIds(m_filter, m_sortBy, m_order, &error);
    if (!ids) {
        emit errorOccurred(error.message);
        return false;
    }
    m_ids = std::make_shared<const std::vector<qint64>>(std::move(*ids));
    if (m_countPending)
        countArrived(qint64(m_ids->size()));
    return true;
}

int CallListModel::loadedRowOf(qint64 callId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).id == callId)
                return int(it.key() * PageSize + i);
        }
    }
    return -1;
}

int CallListModel::rowOf(qint64 callId)
{
    if (const int loaded = loadedRowOf(callId); loaded >= 0)
        return loaded;
    if (!prepareJumps() || !m_ids)
        return -1;
    const auto found = std::find(m_ids->cbegin(), m_ids->cend(), callId);
    if (found == m_ids->cend())
        return -1;
    const qint64 row = qint64(found - m_ids->cbegin());
    return row < rowCount() ? int(row) : -1;
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const CallRow* r = row(index.row());
    if (!r)
        return {};
    if (role == CallIdRole)
        return r->id;
    if (role == Qt::TextAlignmentRole) {
        return index.column() == Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && r->restricted)
        return tr("Processing of this record is restricted (GDPR art. 18).");
    if (role == Qt::ToolTipRole && index.column() == Recording)
        return RecordingStates::describe(r->recordingState, r->recordingIssue, r->recordingFoundMs,
                                         r->billsec);
    if (role == Qt::ToolTipRole && index.column() == Leg && r->legs > 1)
        return tr("Leg %1 of %2 of a call that was transferred or forwarded")
            .arg(r->leg)
            .arg(r->legs);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case StartedAt:
        return locale.toString(r->startedAt.toLocalTime(), QLocale::ShortFormat);
    case Duration:
        return formatDuration(r->durationS);
    case Direction:
        return r->direction == QLatin1String("inbound")    ? tr("Inbound")
               : r->direction == QLatin1String("outbound") ? tr("Outbound")
                                                           : tr("Internal");
    case Caller:
        return PhoneNumber::formatForDisplay(r->caller); // masked forms stay as they are
    case ServiceNumber:
        return r->serviceNumber;
    case Queue:
        return r->queue;
    case Agent:
        return r->agent;
    case Disposition:
        return AsteriskCdr::dispositionName(r->disposition);
    case Recording:
        return RecordingStates::shortText(
            r->hasRecording ? RecordingState::Attached : r->recordingState, r->recordingIssue);
    case Tags:
        return r->tagCount > 0 ? locale.toString(r->tagCount) : QString();
    case Evaluation:
        return r->evaluationCount > 0 ? locale.toString(r->evaluationCount) : QString();
    case Leg:
        return r->legs > 1 ? QStringLiteral("%1/%2").arg(r->leg).arg(r->legs) : QString();
    default:
        return {};
    }
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == Duration)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedAt:
        return tr("Time");
    case Duration:
        return tr("Duration");
    case Direction:
        return tr("Direction");
    case Caller:
        return tr("Caller");
    case ServiceNumber:
        return tr("Service number");
    case Queue:
        return tr("Queue");
    case Agent:
        return tr("Agent");
    case Disposition:
        return tr("Disposition");
    case Recording:
        return tr("Recording");
    case Tags:
        return tr("Tags");
    case Evaluation:
        return tr("Evaluation");
    case Leg:
        return tr("Leg");
    default:
        return {};
    }
}

std::optional<CallColumn> CallListModel::sortColumn(int column)
{
    switch (column) {
    case StartedAt:
        return CallColumn::StartedAt;
    case Duration:
        return CallColumn::Duration;
    case Direction:
        return CallColumn::Direction;
    case Caller:
        return CallColumn::Caller;
    case ServiceNumber:
        return CallColumn::ServiceNumber;
    case Queue:
        return CallColumn::Queue;
    case Agent:
        return CallColumn::Agent;
    case Disposition:
        return CallColumn::Disposition;
    case Recording:
        return CallColumn::Recording;
    default:
        return std::nullopt; // tags and evaluations are not sortable
    }
}

void CallListModel::sort(int column, Qt::SortOrder order)
{
    const auto by = sortColumn(column);
    if (!by || (*by == m_sortBy && order == m_order))
        return;
    beginResetModel();
    m_sortBy = *by;
    m_order = order;
    m_pages.clear();
    m_recent.clear();
    endResetModel();
    startIds();
}

} // namespace tallenne
