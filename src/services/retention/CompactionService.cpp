#include "services/retention/CompactionService.h"

#include "services/Session.h"
#include "storage/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tallenne {

namespace {
const QString compactedAtKey = QStringLiteral("compacted_at");
const QString action = QStringLiteral("retention.compact");

std::optional<qint64> pragma(QSqlDatabase db, const QString& name, Error* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next()) {
        fail(error, ErrorKind::Damaged,
             CompactionService::tr("The register's %1 cannot be read: %2")
                 .arg(name, q.lastError().text()));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}
} // namespace

CompactionService::CompactionService(Session& session) : m_session(session) {}

bool CompactionService::isDue(qint64 pages, qint64 freePages, const QDateTime& last,
                              const QDateTime& now)
{
    if (freePages <= 0 || pages <= 0)
        return false;
    if (freePages * 4 >= pages)
        return true;
    return !last.isValid() || last.daysTo(now) >= IntervalDays;
}

bool CompactionService::allowed(Error* error)
{
    return m_session.isUnattended() || m_session.require(Permission::ManageLegalHolds, action,
                                                         QStringLiteral("retention"), error);
}

std::optional<CompactionStatus> CompactionService::status(Error* error)
{
    if (!allowed(error))
        return std::nullopt;
    const QSqlDatabase db = m_session.db();
    CompactionStatus s;
    const auto pages = pragma(db, QStringLiteral("page_count"), error);
    const auto freePages =
        pages ? pragma(db, QStringLiteral("freelist_count"), error) : std::nullopt;
    const auto pageSize = freePages ? pragma(db, QStringLiteral("page_size"), error) : std::nullopt;
    if (!pageSize)
        return std::nullopt;
    s.pages = *pages;
    s.freePages = *freePages;
    s.pageSize = int(*pageSize);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM tallenne_meta WHERE name = ?"));
    q.addBindValue(compactedAtKey);
    if (!q.exec()) {
        fail(error, ErrorKind::Damaged, q.lastError().text());
        return std::nullopt;
    }
    if (q.next())
        s.compactedAt = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    s.due = isDue(s.pages, s.freePages, s.compactedAt, m_session.clock().nowUtc());
    return s;
}

std::optional<CompactionReport> CompactionService::compactIfDue(bool force, Error* error)
{
    const auto before = status(error);
    if (!before)
        return std::nullopt;
    CompactionReport report;
    report.pagesBefore = before->pages;
    report.pagesAfter = before->pages;
    report.freePagesBefore = before->freePages;
    report.pageSize = before->pageSize;
    if (!before->due && !(force && before->freePages > 0))
        return report;

    const QSqlDatabase db = m_session.db();
    QSqlQuery q(db);
    // VACUUM cannot run inside a transaction; it takes the write lock for its whole run.
    if (!q.exec(QStringLiteral("VACUUM"))) {
        fail(error, ErrorKind::Environment,
             tr("The register could not be compacted: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    // The new pages sit in the log until a checkpoint writes them back and the file shrinks.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        fail(error, ErrorKind::Environment,
             tr("The compacted register could not be written back: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    q.finish();
    const auto pages = pragma(db, QStringLiteral("page_count"), error);
    if (!pages)
        return std::nullopt;
    report.ran = true;
    report.pagesAfter = *pages;

    TransactionGuard transaction(db);
    QSqlQuery stamp(db);
    stamp.prepare(
        QStringLiteral("INSERT OR REPLACE INTO tallenne_meta (name, value) VALUES (?, ?)"));
    stamp.addBindValue(compactedAtKey);
    stamp.addBindValue(QString::number(m_session.clock().nowUtc().toSecsSinceEpoch()));
    if (!stamp.exec()) {
        fail(error, ErrorKind::Damaged, stamp.lastError().text());
        return std::nullopt;
    }
    if (!m_session.audit(action, QStringLiteral("retention"),
                         QStringLiteral("pages_before=%1 free_before=%2 pages_after=%3 "
                                        "page_size=%4")
                             .arg(report.pagesBefore)
                             .arg(report.freePagesBefore)
                             .arg(report.pagesAfter)
                             .arg(report.pageSize),
                         error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return report;
}

} // namespace tallenne
