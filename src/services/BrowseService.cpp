#include "services/BrowseService.h"

#include "core/PhoneNumber.h"
#include "core/WordStems.h"
#include "services/ProfileService.h"
#include "services/Session.h"
#include "services/keys/FieldCrypto.h"
#include "services/keys/IndexService.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/DirectoryRepository.h"
#include "storage/Schema.h"
#include "storage/TransactionGuard.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <QtConcurrent>

namespace tallenne {

namespace {
QString callObject(qint64 id)
{
    return QStringLiteral("call:%1").arg(id);
}
QString chatObject(qint64 id)
{
    return QStringLiteral("chat:%1").arg(id);
}
QDateTime fromSecs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
QString summaryTime(const std::optional<QDateTime>& t)
{
    return t ? t->toUTC().toString(Qt::ISODate) : QString();
}

// Every row of a result, read to its end before any of them is looked at. Opening a sealed
// value may read its key with a statement of its own, and preparing one on the connection
// while a result is still being stepped ended that result early (the privacy officer's list
// showed one chat): so no sealed value is opened while a result is open.
QList<QSqlRecord> readAll(QSqlQuery& q)
{
    QList<QSqlRecord> records;
    while (q.next())
        records.append(q.record());
    q.finish();
    return records;
}

// The columns of a CallRow, in the order callRowFrom() reads them. The legs of a
// conversation are counted from the calls_conversation index.
const QString callColumns = QStringLiteral(
    "c.id, c.started_at, c.duration_s, c.direction, c.caller, sn.number, q.name, a.name,"
    " c.disposition, EXISTS (SELECT 1 FROM recordings r WHERE r.call_id = c.id), c.restricted,"
    " c.recording_status, c.recording_issue, c.recording_found_ms, c.billsec,"
    " (SELECT count(*) FROM calls x WHERE x.conversation = c.conversation),"
    " (SELECT count(*) FROM calls x WHERE x.conversation = c.conversation AND"
    " (x.started_at < c.started_at OR (x.started_at = c.started_at AND x.id <= c.id))),"
    " c.caller_sealed");
constexpr int callColumnCount = 18;
const QString lookupJoins = QStringLiteral(
    " LEFT JOIN service_numbers sn ON sn.id = c.service_number_id"
    " LEFT JOIN queues q ON q.id = c.queue_id LEFT JOIN agents a ON a.id = c.agent_id");
const QString callJoins = QStringLiteral(" FROM calls c") + lookupJoins;
const QString chatColumns =
    QStringLiteral("c.id, c.started_at, c.ended_at, c.nickname, a.name, c.channel,"
                   " (SELECT count(*) FROM chat_messages m WHERE m.chat_id = c.id), c.restricted,"
                   " c.nickname_sealed FROM chats c LEFT JOIN agents a ON a.id = c.agent_id");
constexpr int maxPage = 10000;

/// How names of agents and queues sort: as the user's language does, case aside, "Queue 2"
/// before "Queue 10".
QCollator nameCollator()
{
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

/// Names as the call list sorts them (BrowseService::calls), for the filter's choices.
QStringList sortedNames(QStringList names)
{
    const QCollator collator = nameCollator();
    std::stable_sort(names.begin(), names.end(), [&collator](const QString& a, const QString& b) {
        return collator.compare(a, b) < 0;
    });
    return names;
}
constexpr int maxSearchTerms = 16;
// "?, ?, ?" for a list of bound ids (SQLite takes up to 999 variables in one statement).
constexpr int idsPerStatement = 500;
QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}
} // namespace

BrowseService::BrowseService(Session& session)
    : m_session(session), m_crypto(std::make_unique<FieldCrypto>(session))
{
    // Tags arrive with the coaching schema and evaluations with the quality one; until a
    // register has them, their counts are 0.
    m_hasTags = hasTable(QStringLiteral("tags"), QStringLiteral("call_id"));
    m_hasEvaluations = hasTable(QStringLiteral("evaluations"), QStringLiteral("call_id"));
    m_hasCallCounts = hasTable(QStringLiteral("call_counts"), QStringLiteral("unrestricted"));
}

BrowseService::~BrowseService() = default;

bool BrowseService::hasTable(const QString& table, const QString& column) const
{
    QSqlQuery q(m_session.db());
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (q.next()) {
        if (q.value(1).toString() == column)
            return true;
    }
    return false;
}

bool BrowseService::hidesRestricted() const
{
    // Restricted records are for those who handle the subject's requests.
    return !Permissions::allows(m_session.roles(), Permission::HandleRequests);
}

std::optional<QString> BrowseService::revealed(const QByteArray& sealed, QByteArrayView place) const
{
    // In clear only for roles that may see identifiers and whose keys open them; a value
    // that does not open is shown masked (verify reports damage).
    if (sealed.isEmpty() || !seesUnmasked() || !m_crypto->holds(Capability::Identifiers))
        return std::nullopt;
    Error ignored;
    return m_crypto->openText(Capability::Identifiers, sealed, place, &ignored);
}

bool BrowseService::seesUnmasked() const
{
    return Permissions::allows(m_session.roles(), Permission::SeeUnmaskedIdentifiers);
}

QSqlQuery* BrowseService::statement(const QString& sql, const QVariantList& values, Error* error)
{
    // The list model asks for page after page with the same filter: one prepared statement
    // per distinct SQL text.
    std::shared_ptr<QSqlQuery>& q = m_statements[sql];
    if (!q) {
        q = std::make_shared<QSqlQuery>(m_session.db());
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            if (error)
                *error = Database::errorFromSql(q->lastError(), tr("Preparing a search"));
            m_statements.remove(sql);
            return nullptr;
        }
    }
    q->finish();
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        if (error)
            *error = Database::errorFromSql(q->lastError(), tr("Searching"));
        return nullptr;
    }
    return q.get();
}

void BrowseService::addCommonTerms(const std::optional<QDateTime>& from,
                                   const std::optional<QDateTime>& to, const QString& agent,
                                   QStringList& parts, Where& w) const
{
    // Unary + keeps SQLite from choosing an index for this rarely selective term over the
    // indexes of the real filters and of the sort order.
    if (hidesRestricted())
        parts << QStringLiteral("+c.restricted = 0");
    if (from) {
        parts << QStringLiteral("c.started_at >= ?");
        w.values << from->toSecsSinceEpoch();
    }
    if (to) {
        parts << QStringLiteral("c.started_at <= ?");
        w.values << to->toSecsSinceEpoch();
    }
    if (!agent.isEmpty()) {
        parts << QStringLiteral("c.agent_id = (SELECT id FROM agents WHERE name = ?)");
        w.values << agent;
    }
}

std::optional<BrowseService::Where> BrowseService::callWhere(const CallFilter& f, Error* error,
                                                             bool ordered) const
{
    QStringList parts;
    Where w;
    addCommonTerms(f.from, f.to, f.agent, parts, w);
    if (!f.queue.isEmpty()) {
        parts << QStringLiteral("c.queue_id = (SELECT id FROM queues WHERE name = ?)");
        w.values << f.queue;
    }
    if (!f.direction.isEmpty()) {
        // A direction matches a third of the calls or more: a page in another column's order
        // walks that order's index and skips the rest (a few rows a match), where the
        // direction's index would hand over every match to be sorted (377 ms at 100,000
        // calls for the first page). Unary + keeps SQLite off it in such a list.
        parts << (ordered ? QStringLiteral("+c.direction = ?") : QStringLiteral("c.direction = ?"));
        w.values << f.direction;
    }
    if (f.minDurationS) {
        parts << QStringLiteral("c.duration_s >= ?");
        w.values << *f.minDurationS;
    }
    if (f.maxDurationS) {
        parts << QStringLiteral("c.duration_s <= ?");
        w.values << *f.maxDurationS;
    }
    if (!f.phone.trimmed().isEmpty()) {
        // Read in the register's region; an ambiguous input finds the calls of both readings,
        // as a search must not miss what it was meant to find.
        const auto region = ProfileService(m_session).phoneRegion(error);
        if (!region)
            return std::nullopt;
        QString reason;
        const auto reading = PhoneNumber::read(f.phone, *region, &reason);
        if (!reading) {
            fail(error, ErrorKind::InputRejected,
                 tr("The phone number cannot be searched: %1").arg(reason));
            return std::nullopt;
        }
        // Found by the blind index (the lookup key), under every version held; what waits to
        // be indexed is indexed first by those who can.
        if (!IndexService(m_session).catchUp(0, {}, error))
            return std::nullopt;
        QList<QByteArray> lookups = m_crypto->indexes(u"phone", reading->e164);
        if (reading->ambiguous)
            lookups += m_crypto->indexes(u"phone", reading->alternative);
        if (lookups.isEmpty()) {
            // Refused like a permission: audited, with the key that is missing.
            m_session.auditRefusal(QStringLiteral("calls.find_by_phone"), QStringLiteral("calls"),
                                   QStringLiteral("key=lookup"));
            fail(error, ErrorKind::PermissionDenied,
                 tr("Finding calls by a full number needs the lookup key, which you do not "
                    "hold."));
            return std::nullopt;
        }
        QStringList marks(lookups.size(), QStringLiteral("?"));
        parts << QStringLiteral("c.caller_index IN (") + marks.join(QStringLiteral(", ")) +
                     QLatin1Char(')');
        for (const QByteArray& lookup : std::as_const(lookups))
            w.values << lookup;
    }
    const auto exists = [&parts](const std::optional<bool>& wanted, bool tableExists,
                                 const QString& subquery) {
        if (!wanted)
            return;
        if (!tableExists) {
            if (*wanted)
                parts << QStringLiteral("0");
            return;
        }
        parts << (*wanted ? QString() : QStringLiteral("NOT ")) + QStringLiteral("EXISTS (") +
                     subquery + QLatin1Char(')');
    };
    if (f.after) {
        // The first term bounds the walk down the calls_started index; the second drops the
        // cursor's own second up to and including the cursor.
        parts << QStringLiteral("c.started_at <= ? AND (c.started_at < ? OR c.id < ?)");
        const qint64 at = f.after->startedAt.toSecsSinceEpoch();
        w.values << at << at << f.after->id;
    }
    exists(f.hasRecording, true,
           QStringLiteral("SELECT 1 FROM recordings r WHERE r.call_id = c.id"));
    // Tagged and evaluated calls are few (a reviewer's work): those are found from the tags
    // and evaluations, not by asking each of a million calls (a count of a few tagged calls
    // walked every call). Their absence stays a question per call: nearly all match.
    const auto among = [&parts, &exists](const std::optional<bool>& wanted, bool tableExists,
                                         const QString& ids, const QString& subquery) {
        if (wanted && *wanted && tableExists)
            parts << QStringLiteral("c.id IN (") + ids + QLatin1Char(')');
        else
            exists(wanted, tableExists, subquery);
    };
    among(f.tagged, m_hasTags, QStringLiteral("SELECT call_id FROM tags"),
          QStringLiteral("SELECT 1 FROM tags t WHERE t.call_id = c.id"));
    among(f.evaluated, m_hasEvaluations,
          QStringLiteral("SELECT call_id FROM evaluations WHERE status = 'submitted'"
                         " AND calibration_id IS NULL"),
          QStringLiteral("SELECT 1 FROM evaluations e WHERE e.call_id = c.id"
                         " AND e.status = 'submitted' AND e.calibration_id IS NULL"));
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

std::optional<qint64> BrowseService::countCalls(const CallFilter& filter, Error* error)
{
    return countCallsAudited(filter, std::nullopt, nullptr, error);
}

std::optional<qint64> BrowseService::countCallsUpTo(const CallFilter& filter, qint64 atMost,
                                                    bool* more, Error* error)
{
    return countCallsAudited(filter, std::max<qint64>(1, atMost), more, error);
}

std::optional<qint64> BrowseService::countCallsAudited(const CallFilter& filter,
                                                       std::optional<qint64> atMost, bool* more,
                                                       Error* error)
{
    if (more)
        *more = false;
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("calls.search"), {}, error))
        return std::nullopt;
    const auto where = callWhere(filter, error);
    if (!where)
        return std::nullopt;
    // Says which filters were used, never their personal values.
    QStringList summary;
    if (filter.from)
        summary << QStringLiteral("from=") + summaryTime(filter.from);
    if (filter.to)
        summary << QStringLiteral("to=") + summaryTime(filter.to);
    if (!filter.agent.isEmpty())
        summary << QStringLiteral("agent=yes");
    if (!filter.queue.isEmpty())
        summary << QStringLiteral("queue=yes");
    if (!filter.direction.isEmpty())
        summary << QStringLiteral("direction=") + filter.direction;
    if (filter.minDurationS)
        summary << QStringLiteral("min_s=%1").arg(*filter.minDurationS);
    if (filter.maxDurationS)
        summary << QStringLiteral("max_s=%1").arg(*filter.maxDurationS);
    if (!filter.phone.isEmpty())
        summary << QStringLiteral("phone=yes");
    const auto flag = [&summary](const char* name, const std::optional<bool>& v) {
        if (v)
            summary << QString::fromLatin1(name) +
                           (*v ? QStringLiteral("=yes") : QStringLiteral("=no"));
    };
    flag("recording", filter.hasRecording);
    flag("tagged", filter.tagged);
    flag("evaluated", filter.evaluated);
    if (filter.after)
        summary << QStringLiteral("after=") + callObject(filter.after->id);

    TransactionGuard transaction(m_session.db());
    // Without a filter the count is the one the triggers keep (schema 15): no index is read.
    const bool unfiltered =
        where->values.isEmpty() &&
        (where->sql.isEmpty() || where->sql == QLatin1String(" WHERE +c.restricted = 0")) &&
        m_hasCallCounts;
    QSqlQuery* q =
        unfiltered
            ? statement(hidesRestricted() ? QStringLiteral("SELECT unrestricted FROM call_counts")
                                          : QStringLiteral("SELECT total FROM call_counts"),
                        {}, error)
        : atMost
            // The first `atMost` matches only: a broad filter's count would walk every one.
            ? statement(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM calls c") + where->sql +
                            QStringLiteral(" LIMIT ?)"),
                        where->values + QVariantList{*atMost}, error)
            : statement(QStringLiteral("SELECT count(*) FROM calls c") + where->sql, where->values,
                        error);
    if (!q || !q->next())
        return std::nullopt;
    const qint64 count = q->value(0).toLongLong();
    q->finish();
    const bool maybeMore = !unfiltered && atMost && count >= *atMost;
    if (more)
        *more = maybeMore;
    summary << QStringLiteral("matches=%1").arg(count) +
                   (maybeMore ? QStringLiteral("+") : QString());
    if (!m_session.audit(QStringLiteral("calls.search"), {}, summary.join(QLatin1Char(' ')),
                         error) ||
        !m_session.commitReading(transaction, error))
        return std::nullopt;
    return count;
}

std::optional<BrowseService::CallOrder>
BrowseService::callOrder(const CallFilter& filter, CallColumn sortBy, Qt::SortOrder order,
                         std::optional<Qt::SortOrder> shownOrder, Error* error)
{
    auto where = callWhere(filter, error, sortBy != CallColumn::Direction);
    if (!where)
        return std::nullopt;
    QString column;
    switch (sortBy) {
    case CallColumn::StartedAt:
        column = QStringLiteral("c.started_at");
        break;
    case CallColumn::Duration:
        column = QStringLiteral("c.duration_s");
        break;
    case CallColumn::Direction:
        column = QStringLiteral("c.direction");
        break;
    case CallColumn::Caller:
        column = QStringLiteral("c.caller");
        break;
    case CallColumn::ServiceNumber:
        column = QStringLiteral("sn.number");
        break;
    case CallColumn::Queue:
        column = QStringLiteral("q.name");
        break;
    case CallColumn::Agent:
        column = QStringLiteral("a.name");
        break;
    case CallColumn::Disposition:
        column = QStringLiteral("c.disposition");
        break;
    case CallColumn::Recording:
        column = QStringLiteral("c.recording_status");
        break;
    }
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString tags =
        m_hasTags ? QStringLiteral("(SELECT count(*) FROM tags t WHERE t.call_id = c.id)")
                  : QStringLiteral("0");
    const QString evaluations =
        m_hasEvaluations
            ? QStringLiteral("(SELECT count(*) FROM evaluations e WHERE e.call_id = c.id"
                             " AND e.status = 'submitted' AND e.calibration_id IS NULL)")
            : QStringLiteral("0");
    // The page's ids first, from the index where the order allows it: SQLite computes every
    // skipped row of an OFFSET in full, so the joins and counts wait for the kept ones.
    CallOrder plan;
    // Service numbers rank as names do (schema 15 indexes them the same way).
    const bool sortsByName = sortBy == CallColumn::Queue || sortBy == CallColumn::Agent ||
                             sortBy == CallColumn::ServiceNumber;
    QString orderBy = QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", c.id") + dir;
    QString from = QStringLiteral("SELECT c.id FROM calls c");
    QString rankJoin;
    if (sortsByName) {
        // Names in the language's order (case aside, Finnish ä and ö after z), then by time.
        // The ranks are computed once per session; the outer loop walks them and the inner
        // one the calls_agent / calls_queue index (name id, started_at, restricted), so the
        // order needs no sort of the matches, however many.
        const QString table = sortBy == CallColumn::Agent   ? QStringLiteral("agents")
                              : sortBy == CallColumn::Queue ? QStringLiteral("queues")
                                                            : QStringLiteral("service_numbers");
        const QString ref = sortBy == CallColumn::Agent   ? QStringLiteral("c.agent_id")
                            : sortBy == CallColumn::Queue ? QStringLiteral("c.queue_id")
                                                          : QStringLiteral("c.service_number_id");
        const QCollator collator = nameCollator();
        if (!CallRepository(m_session.db())
                 .ensureNameRanks(
                     table, QLocale().name(),
                     [&collator](const QString& a, const QString& b) {
                         return collator.compare(a, b) < 0;
                     },
                     error) ||
            !CallRepository(m_session.db())
                 .placeUnnamedLast(table, shownOrder.value_or(order), error))
            return std::nullopt;
        plan.rankTable = table;
        plan.unnamedLast = shownOrder.value_or(order);
        const QString ranks = QStringLiteral("temp.%1_rank").arg(table.chopped(1));
        from = QStringLiteral("SELECT c.id FROM ") + ranks +
               QStringLiteral(" r CROSS JOIN calls c ON ") + ref + QStringLiteral(" IS r.ref_id");
        rankJoin = QStringLiteral(" JOIN ") + ranks + QStringLiteral(" r ON ") + ref +
                   QStringLiteral(" IS r.ref_id");
        orderBy = QStringLiteral(" ORDER BY r.rank") + dir + QStringLiteral(", c.started_at") +
                  dir + QStringLiteral(", c.restricted") + dir + QStringLiteral(", c.id") + dir;
    }
    plan.ids = from + where->sql + orderBy;
    plan.columns = QStringLiteral("SELECT ") + callColumns + QStringLiteral(", ") + tags +
                   QStringLiteral(", ") + evaluations;
    plan.rankJoin = rankJoin;
    plan.orderBy = orderBy;
    plan.values = where->values;
    return plan;
}

std::optional<QList<CallRow>> BrowseService::calls(const CallFilter& filter, CallColumn sortBy,
                                                   Qt::SortOrder order, qint64 offset, int limit,
                                                   Error* error,
                                                   std::optional<Qt::SortOrder> shownOrder)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("calls.page"), {}, error))
        return std::nullopt;
    auto plan = callOrder(filter, sortBy, order, shownOrder, error);
    if (!plan)
        return std::nullopt;
    const QString page = plan->ids + QStringLiteral(" LIMIT ? OFFSET ?");
    // CROSS JOIN keeps the page's ids the outer loop: with an index that gives the order
    // itself (schema 15), SQLite would otherwise walk that index over every call and probe
    // the page for each (600 ms at a million calls instead of 2).
    const QString sql = plan->columns + QStringLiteral(" FROM (") + page +
                        QStringLiteral(") p CROSS JOIN calls c ON c.id = p.id") + lookupJoins +
                        plan->rankJoin + plan->orderBy;
    plan->values << qBound(0, limit, maxPage) << qMax<qint64>(0, offset);
    QSqlQuery* q = statement(sql, plan->values, error);
    if (!q)
        return std::nullopt;
    QList<CallRow> rows;
    for (const QSqlRecord& record : readAll(*q)) {
        CallRow r = callRowFrom(record);
        r.tagCount = record.value(callColumnCount).toInt();
        r.evaluationCount = record.value(callColumnCount + 1).toInt();
        rows.append(r);
    }
    return rows;
}

std::optional<std::vector<qint64>> BrowseService::callIds(const CallFilter& filter,
                                                          CallColumn sortBy, Qt::SortOrder order,
                                                          Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("calls.page"), {}, error))
        return std::nullopt;
    const auto plan = callOrder(filter, sortBy, order, std::nullopt, error);
    if (!plan)
        return std::nullopt;
    // Ids only, stepped without Qt's per-row values: a million in one walk of the index.
    return CallRepository(m_session.db()).ids(plan->ids, plan->values, error);
}

std::optional<BrowseService::CallIdsJob>
BrowseService::callIdsInBackground(const CallFilter& filter, CallColumn sortBy, Qt::SortOrder order,
                                   Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("calls.page"), {}, error))
        return std::nullopt;
    auto plan = callOrder(filter, sortBy, order, std::nullopt, error);
    if (!plan)
        return std::nullopt;
    CallIdsJob job;
    job.cancelled = std::make_shared<std::atomic<bool>>(false);
    // The worker's own copy of the key and its own connection: the session's stay on its
    // thread. Name ranks live in a connection's TEMP tables, so the worker makes its own.
    auto key = std::make_shared<SecretBytes>(m_session.dataKey().clone());
    job.future = QtConcurrent::run(
        [path = m_session.paths().database(), key, plan = *plan, locale = QLocale(),
         cancelled = job.cancelled]() -> std::shared_ptr<const std::vector<qint64>> {
            Error workerError;
            auto database = Database::open(path, *key, Database::Mode::OpenExisting, &workerError);
            key->clear();
            if (!database || cancelled->load())
                return nullptr;
            // One walk of one index: the 64 MiB page cache of a working connection would only
            // add to the process's memory.
            QSqlQuery(database->db()).exec(QStringLiteral("PRAGMA cache_size = -4096"));
            CallRepository calls(database->db());
            if (!plan.rankTable.isEmpty()) {
                QCollator collator{locale};
                collator.setCaseSensitivity(Qt::CaseInsensitive);
                collator.setNumericMode(true);
                if (!calls.ensureNameRanks(
                        plan.rankTable, locale.name(),
                        [&collator](const QString& a, const QString& b) {
                            return collator.compare(a, b) < 0;
                        },
                        &workerError) ||
                    !calls.placeUnnamedLast(plan.rankTable, plan.unnamedLast, &workerError))
                    return nullptr;
            }
            auto ids = calls.ids(plan.ids, plan.values, &workerError, cancelled.get());
            if (!ids)
                return nullptr;
            return std::make_shared<const std::vector<qint64>>(std::move(*ids));
        });
    return job;
}

std::optional<BrowseService::CountJob>
BrowseService::countCallsInBackground(const CallFilter& filter, Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("calls.page"), {}, error))
        return std::nullopt;
    const auto where = callWhere(filter, error);
    if (!where)
        return std::nullopt;
    return countInBackground(QStringLiteral("SELECT count(*) FROM calls c") + where->sql,
                             where->values);
}

BrowseService::CountJob BrowseService::countInBackground(const QString& sql,
                                                         const QVariantList& values)
{
    CountJob job;
    job.cancelled = std::make_shared<std::atomic<bool>>(false);
    // As callIdsInBackground(): the worker's own key copy and connection.
    auto key = std::make_shared<SecretBytes>(m_session.dataKey().clone());
    job.future = QtConcurrent::run([path = m_session.paths().database(), key, sql, values,
                                    cancelled = job.cancelled]() -> qint64 {
        Error workerError;
        auto database = Database::open(path, *key, Database::Mode::OpenExisting, &workerError);
        key->clear();
        if (!database || cancelled->load())
            return -1;
        QSqlQuery(database->db()).exec(QStringLiteral("PRAGMA cache_size = -4096"));
        const auto counted =
            CallRepository(database->db()).ids(sql, values, &workerError, cancelled.get());
        return counted && counted->size() == 1 ? counted->front() : -1;
    });
    return job;
}

std::optional<QList<CallRow>> BrowseService::callsById(std::span<const qint64> ids, Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("calls.page"), {}, error))
        return std::nullopt;
    const QString tags =
        m_hasTags ? QStringLiteral("(SELECT count(*) FROM tags t WHERE t.call_id = c.id)")
                  : QStringLiteral("0");
    const QString evaluations =
        m_hasEvaluations
            ? QStringLiteral("(SELECT count(*) FROM evaluations e WHERE e.call_id = c.id"
                             " AND e.status = 'submitted' AND e.calibration_id IS NULL)")
            : QStringLiteral("0");
    QHash<qint64, CallRow> found;
    found.reserve(qsizetype(ids.size()));
    for (std::size_t at = 0; at < ids.size(); at += idsPerStatement) {
        const auto part = ids.subspan(at, std::min<std::size_t>(idsPerStatement, ids.size() - at));
        QVariantList values;
        values.reserve(qsizetype(part.size()));
        for (qint64 id : part)
            values << id;
        // One statement per page size, prepared once: each row one lookup by its id.
        QSqlQuery* q = statement(
            QStringLiteral("SELECT ") + callColumns + QStringLiteral(", ") + tags +
                QStringLiteral(", ") + evaluations + callJoins +
                QStringLiteral(" WHERE c.id IN (") + placeholders(qsizetype(part.size())) +
                QLatin1Char(')') +
                (hidesRestricted() ? QStringLiteral(" AND +c.restricted = 0") : QString()),
            values, error);
        if (!q)
            return std::nullopt;
        for (const QSqlRecord& record : readAll(*q)) {
            CallRow r = callRowFrom(record);
            r.tagCount = record.value(callColumnCount).toInt();
            r.evaluationCount = record.value(callColumnCount + 1).toInt();
            found.insert(r.id, r);
        }
    }
    QList<CallRow> rows;
    rows.reserve(qsizetype(ids.size()));
    for (qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.cend())
            rows.append(*it);
    }
    return rows;
}

CallRow BrowseService::callRowFrom(const QSqlRecord& q) const
{
    CallRow r;
    r.id = q.value(0).toLongLong();
    r.startedAt = fromSecs(q.value(1));
    r.durationS = q.value(2).toInt();
    r.direction = q.value(3).toString();
    r.caller = q.value(4).toString(); // the masked form
    r.caller =
        revealed(q.value(17).toByteArray(), QByteArray("calls/caller/") + QByteArray::number(r.id))
            .value_or(r.caller);
    r.serviceNumber = q.value(5).toString();
    r.queue = q.value(6).toString();
    r.agent = q.value(7).toString();
    r.disposition = q.value(8).toString();
    r.hasRecording = q.value(9).toBool();
    r.restricted = q.value(10).toBool();
    r.recordingState = RecordingState(q.value(11).toInt());
    r.recordingIssue = RecordingStates::issueFromId(q.value(12).toString());
    r.recordingFoundMs = q.value(13).isNull() ? -1 : q.value(13).toLongLong();
    r.billsec = q.value(14).toInt();
    r.legs = std::max(1, q.value(15).toInt());
    r.leg = std::max(1, q.value(16).toInt());
    return r;
}

void BrowseService::refuseRestricted(const QString& action, const QString& object, Error* error)
{
    TransactionGuard transaction(m_session.db());
    Error auditError;
    if (!m_session.audit(QStringLiteral("permission.denied"), object,
                         QStringLiteral("action=%1 reason=restricted").arg(action), &auditError) ||
        !m_session.commit(transaction, &auditError)) {
        if (error)
            *error = auditError;
        return;
    }
    fail(error, ErrorKind::PermissionDenied,
         tr("This record is under restriction of processing and hidden from your roles."));
}

std::optional<CallCursor> BrowseService::callCursor(qint64 callId, Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("calls.page"), {}, error))
        return std::nullopt;
    QSqlQuery* q =
        statement(QStringLiteral("SELECT c.started_at FROM calls c WHERE c.id = ?") +
                      (hidesRestricted() ? QStringLiteral(" AND c.restricted = 0") : QString()),
                  {callId}, error);
    if (!q)
        return std::nullopt;
    if (!q->next()) {
        q->finish();
        fail(error, ErrorKind::InputRejected, tr("There is no call %1.").arg(callId));
        return std::nullopt;
    }
    const CallCursor cursor{fromSecs(q->value(0)), callId};
    q->finish();
    return cursor;
}

std::optional<CallDetail> BrowseService::openCall(qint64 callId, Error* error)
{
    const QString object = callObject(callId);
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("call.open"), object, error))
        return std::nullopt;
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + callColumns +
              QStringLiteral(", c.answered_at, c.ended_at, c.subject_id, c.conversation") +
              callJoins + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(callId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Opening a call"));
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, ErrorKind::InputRejected, tr("There is no call %1.").arg(callId));
        return std::nullopt;
    }
    // The row is read before its caller is opened (which may read a key with a statement
    // of its own).
    const QSqlRecord record = q.record();
    q.finish();
    CallDetail d;
    d.call = callRowFrom(record);
    const CallRow& r = d.call;
    d.answeredAt = fromSecs(record.value(callColumnCount));
    d.endedAt = fromSecs(record.value(callColumnCount + 1));
    d.billsec = r.billsec;
    const QVariant subject = record.value(callColumnCount + 2);
    const QString conversation = record.value(callColumnCount + 3).toString();
    q.finish();
    if (r.restricted && hidesRestricted()) {
        refuseRestricted(QStringLiteral("call.open"), object, error);
        return std::nullopt;
    }

    TransactionGuard transaction(m_session.db());
    QSqlQuery rec(m_session.db());
    rec.setForwardOnly(true);
    rec.prepare(QStringLiteral("SELECT id, codec, channels, sample_rate, duration_ms, size_bytes"
                               " FROM recordings WHERE call_id = ?"));
    rec.addBindValue(callId);
    if (!rec.exec()) {
        if (error)
            *error = Database::errorFromSql(rec.lastError(), tr("Opening a call"));
        return std::nullopt;
    }
    if (rec.next()) {
        d.recordingId = rec.value(0).toLongLong();
        d.audio = AudioInfo{rec.value(1).toString(), rec.value(2).toInt(), rec.value(3).toInt(),
                            rec.value(4).toLongLong()};
        d.recordingBytes = rec.value(5).toLongLong();
    }
    if (r.legs > 1) {
        // The other legs of the conversation the user may see, in the order they began.
        QSqlQuery legs(m_session.db());
        legs.setForwardOnly(true);
        legs.prepare(QStringLiteral("SELECT ") + callColumns + callJoins +
                     QStringLiteral(" WHERE c.conversation = ?") +
                     (hidesRestricted() ? QStringLiteral(" AND c.restricted = 0") : QString()) +
                     QStringLiteral(" ORDER BY c.started_at, c.id"));
        legs.addBindValue(conversation);
        if (!legs.exec()) {
            if (error)
                *error = Database::errorFromSql(legs.lastError(), tr("Opening a call"));
            return std::nullopt;
        }
        for (const QSqlRecord& leg : readAll(legs))
            d.legs.append(callRowFrom(leg));
    }
    if (Permissions::allows(m_session.roles(), Permission::HandleRequests) && !subject.isNull()) {
        d.subjectId = subject.toLongLong();
        QSqlQuery chats(m_session.db());
        chats.setForwardOnly(true);
        chats.prepare(QStringLiteral("SELECT ") + chatColumns +
                      QStringLiteral(" WHERE c.subject_id = ? ORDER BY c.started_at, c.id"));
        chats.addBindValue(*d.subjectId);
        if (!chats.exec()) {
            if (error)
                *error = Database::errorFromSql(chats.lastError(), tr("Opening a call"));
            return std::nullopt;
        }
        d.linkedChats = readChatRows(chats);
    }
    if (!m_session.audit(QStringLiteral("call.open"), object, {}, error) ||
        !m_session.commitReading(transaction, error))
        return std::nullopt;
    return d;
}

std::optional<QList<CallRow>> BrowseService::callRows(const QList<qint64>& ids, Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("calls.rows"), {}, error))
        return std::nullopt;
    QList<CallRow> rows;
    for (qsizetype at = 0; at < ids.size(); at += idsPerStatement) {
        const QList<qint64> part = ids.mid(at, idsPerStatement);
        QSqlQuery q(m_session.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + callColumns + callJoins +
                  QStringLiteral(" WHERE c.id IN (") + placeholders(part.size()) +
                  QLatin1Char(')') +
                  (hidesRestricted() ? QStringLiteral(" AND c.restricted = 0") : QString()));
        for (qint64 id : part)
            q.addBindValue(id);
        if (!q.exec()) {
            if (error)
                *error = Database::errorFromSql(q.lastError(), tr("Listing calls"));
            return std::nullopt;
        }
        for (const QSqlRecord& row : readAll(q))
            rows.append(callRowFrom(row));
    }
    std::sort(rows.begin(), rows.end(), [](const CallRow& a, const CallRow& b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
    });
    return rows;
}

std::optional<QList<ChatRow>> BrowseService::chatRows(const QList<qint64>& ids, Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("chats.rows"), {}, error))
        return std::nullopt;
    QList<ChatRow> rows;
    for (qsizetype at = 0; at < ids.size(); at += idsPerStatement) {
        const QList<qint64> part = ids.mid(at, idsPerStatement);
        QSqlQuery q(m_session.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + chatColumns + QStringLiteral(" WHERE c.id IN (") +
                  placeholders(part.size()) + QLatin1Char(')') +
                  (hidesRestricted() ? QStringLiteral(" AND c.restricted = 0") : QString()));
        for (qint64 id : part)
            q.addBindValue(id);
        if (!q.exec()) {
            if (error)
                *error = Database::errorFromSql(q.lastError(), tr("Listing chats"));
            return std::nullopt;
        }
        rows.append(readChatRows(q));
    }
    std::sort(rows.begin(), rows.end(), [](const ChatRow& a, const ChatRow& b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
    });
    return rows;
}

QStringList BrowseService::agents(Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("agents.list"), {}, error))
        return {};
    return sortedNames(
        DirectoryRepository(m_session.db()).agentNames(error).value_or(QStringList()));
}

QStringList BrowseService::queues(Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("queues.list"), {}, error))
        return {};
    return sortedNames(
        DirectoryRepository(m_session.db()).queueNames(error).value_or(QStringList()));
}

QStringList BrowseService::chatChannels(Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("channels.list"), {}, error))
        return {};
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT channel FROM chats ORDER BY channel"))) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Listing chat channels"));
        return {};
    }
    QStringList channels;
    while (q.next())
        channels << q.value(0).toString();
    return channels;
}

ChatRow BrowseService::chatRowFrom(const QSqlRecord& q) const
{
    ChatRow r;
    r.id = q.value(0).toLongLong();
    r.startedAt = fromSecs(q.value(1));
    r.endedAt = fromSecs(q.value(2));
    r.nickname = q.value(3).toString(); // the masked form
    r.nickname =
        revealed(q.value(8).toByteArray(), QByteArray("chats/nickname/") + QByteArray::number(r.id))
            .value_or(r.nickname);
    r.agent = q.value(4).toString();
    r.channel = q.value(5).toString();
    r.messageCount = q.value(6).toInt();
    r.restricted = q.value(7).toBool();
    return r;
}

QList<ChatRow> BrowseService::readChatRows(QSqlQuery& q) const
{
    // Every row is read before a name is opened: opening one may look its key up with another
    // statement, and preparing that one ended the list being read after its first row (the
    // privacy officer saw one chat).
    QList<ChatRow> rows;
    for (const QSqlRecord& record : readAll(q))
        rows.append(chatRowFrom(record));
    return rows;
}

void BrowseService::addChatTerms(const ChatFilter& f, QStringList& parts, Where& w) const
{
    addCommonTerms(f.from, f.to, f.agent, parts, w);
    if (!f.channel.isEmpty()) {
        parts << QStringLiteral("c.channel = ?");
        w.values << f.channel;
    }
}

BrowseService::Where BrowseService::chatWhere(const ChatFilter& f) const
{
    QStringList parts;
    Where w;
    addChatTerms(f, parts, w);
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

namespace {
// What an audit entry says of a chat filter: no names, no words.
QStringList chatFilterSummary(const BrowseService::ChatFilter& filter)
{
    QStringList summary;
    if (filter.from)
        summary << QStringLiteral("from=") + summaryTime(filter.from);
    if (filter.to)
        summary << QStringLiteral("to=") + summaryTime(filter.to);
    if (!filter.agent.isEmpty())
        summary << QStringLiteral("agent=yes");
    if (!filter.channel.isEmpty())
        summary << QStringLiteral("channel=") + filter.channel;
    return summary;
}

// Rows after the cursor in a newest-first order of (time, id).
QString afterCursor(const QString& time, const QString& id)
{
    return QStringLiteral("(%1 < ? OR (%1 = ? AND %2 < ?))").arg(time, id);
}
} // namespace

std::optional<qint64> BrowseService::countChats(const ChatFilter& filter, Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("chats.search"), {}, error))
        return std::nullopt;
    const Where where = chatWhere(filter);
    TransactionGuard transaction(m_session.db());
    QSqlQuery* q =
        statement(QStringLiteral("SELECT count(*) FROM chats c") + where.sql, where.values, error);
    if (!q || !q->next())
        return std::nullopt;
    const qint64 count = q->value(0).toLongLong();
    q->finish();
    QStringList summary = chatFilterSummary(filter);
    summary << QStringLiteral("matches=%1").arg(count);
    if (!m_session.audit(QStringLiteral("chats.search"), {}, summary.join(QLatin1Char(' ')),
                         error) ||
        !m_session.commitReading(transaction, error))
        return std::nullopt;
    return count;
}

std::optional<QList<ChatRow>> BrowseService::chats(const ChatFilter& filter, Qt::SortOrder order,
                                                   qint64 offset, int limit, Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("chats.page"), {}, error))
        return std::nullopt;
    Where where = chatWhere(filter);
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    where.values << qBound(0, limit, maxPage) << qMax<qint64>(0, offset);
    QSqlQuery* q =
        statement(QStringLiteral("SELECT ") + chatColumns + where.sql +
                      QStringLiteral(" ORDER BY c.started_at") + dir + QStringLiteral(", c.id") +
                      dir + QStringLiteral(" LIMIT ? OFFSET ?"),
                  where.values, error);
    if (!q)
        return std::nullopt;
    return readChatRows(*q);
}

std::optional<QList<ChatRow>> BrowseService::latestChats(const ChatFilter& filter,
                                                         const std::optional<ChatCursor>& after,
                                                         int limit, Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("chats.page"), {}, error))
        return std::nullopt;
    QStringList parts;
    Where where;
    addChatTerms(filter, parts, where);
    if (after) {
        parts << afterCursor(QStringLiteral("c.started_at"), QStringLiteral("c.id"));
        const qint64 at = after->at.toSecsSinceEpoch();
        where.values << at << at << after->id;
    }
    where.values << qBound(0, limit, maxPage);
    QSqlQuery* q = statement(
        QStringLiteral("SELECT ") + chatColumns +
            (parts.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY c.started_at DESC, c.id DESC LIMIT ?"),
        where.values, error);
    if (!q)
        return std::nullopt;
    return readChatRows(*q);
}

std::optional<ChatTranscript> BrowseService::openChat(qint64 chatId, Error* error)
{
    const QString object = chatObject(chatId);
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("chat.open"), object, error))
        return std::nullopt;
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + chatColumns + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(chatId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Opening a chat"));
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, ErrorKind::InputRejected, tr("There is no chat %1.").arg(chatId));
        return std::nullopt;
    }
    const QSqlRecord record = q.record();
    q.finish();
    ChatTranscript t;
    t.chat = chatRowFrom(record);
    if (t.chat.restricted && hidesRestricted()) {
        refuseRestricted(QStringLiteral("chat.open"), object, error);
        return std::nullopt;
    }
    TransactionGuard transaction(m_session.db());
    QSqlQuery m(m_session.db());
    m.setForwardOnly(true);
    m.prepare(QStringLiteral("SELECT id, seq, sent_at, sender, text, text_sealed FROM"
                             " chat_messages WHERE chat_id = ? ORDER BY seq"));
    m.addBindValue(chatId);
    if (!m.exec()) {
        if (error)
            *error = Database::errorFromSql(m.lastError(), tr("Opening a chat"));
        return std::nullopt;
    }
    // The redacted text for everyone; the full text for those who hold the identifier key.
    for (const QSqlRecord& message : readAll(m)) {
        const int seq = message.value(1).toInt();
        const QString text =
            revealed(message.value(5).toByteArray(),
                     QStringLiteral("chat_messages/text/%1/%2").arg(chatId).arg(seq).toUtf8())
                .value_or(message.value(4).toString());
        t.messages.append({message.value(0).toLongLong(), seq, fromSecs(message.value(2)),
                           message.value(3).toString(), text});
    }
    if (!m_session.audit(QStringLiteral("chat.open"), object, {}, error) ||
        !m_session.commitReading(transaction, error))
        return std::nullopt;
    return t;
}

std::optional<ChatCursor> BrowseService::messageCursor(qint64 messageId, Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("chats.fulltext"), {}, error))
        return std::nullopt;
    QSqlQuery* q = statement(
        QStringLiteral("SELECT m.sent_at FROM chat_messages m JOIN chats c ON c.id = m.chat_id"
                       " WHERE m.id = ?") +
            (hidesRestricted() ? QStringLiteral(" AND c.restricted = 0") : QString()),
        {messageId}, error);
    if (!q)
        return std::nullopt;
    if (!q->next()) {
        q->finish();
        fail(error, ErrorKind::InputRejected, tr("There is no chat message %1.").arg(messageId));
        return std::nullopt;
    }
    const ChatCursor cursor{fromSecs(q->value(0)), messageId};
    q->finish();
    return cursor;
}

QString BrowseService::ftsQuery(const QString& text, int* terms)
{
    // Only letters and digits survive, each word becomes a quoted term: the user's text can
    // never be read as FTS operators, parentheses or column filters.
    // Not quoted: FTS4's standard syntax reads no column filter before a quoted phrase. A
    // lower-case word of letters and digits is an ordinary term. OR binds tighter than the
    // implicit AND between the words: every word must match, as written or by its stem.
    QStringList words;
    for (const QString& w : WordStems::words(text))
        words << w.toLower();
    words.removeDuplicates();
    if (words.size() > maxSearchTerms)
        words = words.mid(0, maxSearchTerms);
    if (terms)
        *terms = int(words.size());
    QStringList parts;
    for (const QString& w : words) {
        const QString stem = WordStems::stem(w);
        parts << QStringLiteral("stems:%1 OR text:%2").arg(stem.isEmpty() ? w : stem, w);
    }
    return parts.join(QLatin1Char(' '));
}

std::optional<QList<ChatHit>> BrowseService::searchChats(const QString& text, int limit,
                                                         Error* error)
{
    return searchChats(text, {}, std::nullopt, limit, nullptr, error);
}

std::optional<BrowseService::Where> BrowseService::chatSearchFrom(const QString& text,
                                                                  const ChatFilter& filter,
                                                                  int* terms, Error* error) const
{
    // Say so when the text is written in FTS query syntax, rather than search for something
    // other than what was meant: only words are searched (all of them).
    static const QRegularExpression syntax(
        QStringLiteral("[\"()*:^]|(^|\\s)(AND|OR|NOT|NEAR)(\\s|$)"));
    if (syntax.match(text).hasMatch()) {
        fail(error, ErrorKind::InputRejected,
             tr("Search for words only: quotes, parentheses, * and the operators AND, OR, NOT "
                "and NEAR are not supported. Every word you type must occur."));
        return std::nullopt;
    }
    const QString match = ftsQuery(text, terms);
    if (match.isEmpty()) {
        fail(error, ErrorKind::InputRejected,
             tr("Type at least one word to search for (letters or digits)."));
        return std::nullopt;
    }
    QStringList parts{QStringLiteral("chat_messages_fts MATCH ?")};
    Where where;
    where.values << match;
    addChatTerms(filter, parts, where);
    // The index's docid is the message's time and id in one number (schema 16): its order is
    // the newest-first order, and FTS4 hands the hits over in it, a page's worth at a time.
    // CROSS JOIN keeps the index the outer loop, so the order is never sorted.
    where.sql = QStringLiteral(" FROM chat_messages_fts CROSS JOIN chat_messages m ON m.id = ") +
                Schema::chatSearchIdSql(QStringLiteral("chat_messages_fts.docid")) +
                QStringLiteral(" CROSS JOIN chats c ON c.id = m.chat_id WHERE ") +
                parts.join(QStringLiteral(" AND "));
    return where;
}

std::optional<BrowseService::CountJob>
BrowseService::countChatHitsInBackground(const QString& text, const ChatFilter& filter,
                                         Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("chats.fulltext"), {}, error))
        return std::nullopt;
    const auto where = chatSearchFrom(text, filter, nullptr, error);
    if (!where)
        return std::nullopt;
    return countInBackground(QStringLiteral("SELECT count(*)") + where->sql, where->values);
}

std::optional<QList<ChatHit>> BrowseService::searchChats(const QString& text,
                                                         const ChatFilter& filter,
                                                         const std::optional<ChatCursor>& after,
                                                         int limit, qint64* total, Error* error)
{
    if (!m_session.require(Permission::BrowseRecords, QStringLiteral("chats.fulltext"), {}, error))
        return std::nullopt;
    int terms = 0;
    const auto where = chatSearchFrom(text, filter, &terms, error);
    if (!where)
        return std::nullopt;
    const QString& from = where->sql;
    TransactionGuard transaction(m_session.db());
    const auto refuse = [&](const Error& searchError) {
        fail(error, ErrorKind::InputRejected,
             tr("The search text could not be used: %1").arg(searchError.message));
    };
    Error searchError;
    std::optional<qint64> count;
    if (!after && total) {
        // Only when asked for: it reads every hit, where the page reads the page's.
        QSqlQuery* c =
            statement(QStringLiteral("SELECT count(*)") + from, where->values, &searchError);
        if (!c || !c->next()) {
            refuse(searchError);
            return std::nullopt;
        }
        count = c->value(0).toLongLong();
        c->finish();
    }
    QVariantList values = where->values;
    QString page = from;
    if (after) {
        // The cursor's docid bounds the walk of the index: a far page costs what the first does.
        page += QStringLiteral(" AND chat_messages_fts.docid < ?");
        values << Schema::chatSearchKey(after->at.toSecsSinceEpoch(), after->id);
    }
    values << qBound(1, limit, maxPage);
    // The snippet is of the text as written: the stems column is for matching only.
    QSqlQuery* q =
        statement(QStringLiteral("SELECT m.id, m.chat_id, m.sent_at,"
                                 " snippet(chat_messages_fts, '[', ']', '…', 0, 12)") +
                      page + QStringLiteral(" ORDER BY chat_messages_fts.docid DESC LIMIT ?"),
                  values, &searchError);
    if (!q) {
        refuse(searchError);
        return std::nullopt;
    }
    QList<ChatHit> hits;
    while (q->next())
        hits.append({q->value(1).toLongLong(), q->value(0).toLongLong(), fromSecs(q->value(2)),
                     q->value(3).toString()});
    q->finish();
    QStringList summary = chatFilterSummary(filter);
    summary << QStringLiteral("terms=%1 hits=%2").arg(terms).arg(hits.size());
    if (count)
        summary << QStringLiteral("total=%1").arg(*count);
    else if (after)
        summary << QStringLiteral("page=next");
    if (!m_session.audit(QStringLiteral("chats.fulltext"), {}, summary.join(QLatin1Char(' ')),
                         error) ||
        !m_session.commitReading(transaction, error))
        return std::nullopt;
    if (total && count)
        *total = *count;
    return hits;
}

} // namespace tallenne
