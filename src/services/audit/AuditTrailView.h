#pragma once

#include "core/Error.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tallenne {

/// The entries of the audit trail one reading may see (AuditService::view()): its filter,
/// already narrowed to the reader's permission and fixed to the entries there were when it was
/// opened, so pages do not shift while new entries are written. Reading pages writes no
/// further audit entries: the opening was recorded.
class AuditTrailView
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrailView)

public:
    /// The filter in force (maxSequence set; offset and limit unused).
    [[nodiscard]] const AuditFilter& filter() const { return m_filter; }
    /// True when the reader sees only the entries they wrote (a privacy officer).
    [[nodiscard]] bool ownEntriesOnly() const { return m_ownEntriesOnly; }
    /// How many entries the view holds.
    [[nodiscard]] qint64 count() const { return m_count; }

    /// `limit` entries from row `offset` on, newest first (row 0 is the newest).
    [[nodiscard]] std::optional<QList<AuditEntry>> page(qint64 offset, int limit,
                                                        Error* error) const;
    /// The first entry of the whole trail: 1, or later once a purge replaced the oldest
    /// entries with a checkpoint (PurgeService); 0 when it cannot be read.
    [[nodiscard]] qint64 trailStart(Error* error) const;
    /// The row of the entry with this sequence number, or -1 when the view does not hold it.
    [[nodiscard]] qint64 rowOf(qint64 sequence, Error* error) const;
    /// Writes every entry of the view, newest first, as CSV (RFC 4180) to `device`: a header
    /// row, then seq, time (local, ISO 8601 with the offset), user, roles, action, object,
    /// purpose, details; UTF-8, CRLF line ends, fields quoted when they hold a comma, a quote,
    /// a line break or spaces at either end, and never altered otherwise (it is evidence).
    [[nodiscard]] bool writeCsv(QIODevice& device, Error* error) const;

    /// The filter for the trail itself, with no personal data: which fields filter and by
    /// what (user names, action and object ids, dates), e.g.
    /// "user=anna action=audit object=call:42 from=2026-12-01T00:00:00Z up-to=420 own=0". A
    /// value that is
    /// not an id (free text typed into a field) is recorded as "(text)".
    [[nodiscard]] static QString summary(const AuditFilter& filter, bool ownEntriesOnly);
    /// One CSV field, quoted where needed (see writeCsv()).
    [[nodiscard]] static QString csvField(const QString& value);

private:
    friend class AuditService;
    AuditTrailView(QSqlDatabase db, AuditFilter filter, bool ownEntriesOnly, qint64 count);

    QSqlDatabase m_db;
    AuditFilter m_filter;
    bool m_ownEntriesOnly = false;
    qint64 m_count = 0;
};

} // namespace tallenne
