#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace tallenne {

class Session;

/// The register file's free space and when it was last compacted.
struct CompactionStatus
{
    qint64 pages = 0;      ///< pages in the database file
    qint64 freePages = 0;  ///< of those, free (deleted rows' pages, wiped by secure_delete)
    int pageSize = 0;      ///< bytes
    QDateTime compactedAt; ///< UTC; invalid when never compacted
    bool due = false;      ///< the schedule says compact now (CompactionService::isDue)
};

/// What a compaction did.
struct CompactionReport
{
    bool ran = false; ///< false: nothing was due (or nothing to free)
    qint64 pagesBefore = 0;
    qint64 pagesAfter = 0;
    qint64 freePagesBefore = 0;
    int pageSize = 0;
};

/// Compacts the register file on a schedule (issue [10]): deleting rows frees pages inside the
/// file; secure_delete has already overwritten them (SqlCipherDriver), and VACUUM gives them
/// back, so the file stops growing and no old page, even a wiped one, stays in it.
///
/// The schedule: due when the file has free pages and it was never compacted or last compacted
/// IntervalDays or more ago, or at once when a quarter or more of the file is free. It runs after
/// the purge from the command line and the unattended timer (`tallenne-admin purge`,
/// `--compact` forces it), never in the console's background purge at login: VACUUM rewrites the
/// whole file in one step and would stall the window.
///
/// VACUUM builds the new copy in memory (temp_store = MEMORY, so no unencrypted temporary file),
/// writes it through the encrypted WAL, and a checkpoint then truncates the file and the log.
/// The run is recorded in the register (`compacted_at` in tallenne_meta) and audited
/// (`retention.compact`: pages before and after, never contents).
///
/// The same permission as the purge: Permission::ManageLegalHolds, or the unattended session.
class CompactionService
{
    Q_DECLARE_TR_FUNCTIONS(CompactionService)

public:
    static constexpr int IntervalDays = 7;

    explicit CompactionService(Session& session);

    [[nodiscard]] std::optional<CompactionStatus> status(Error* error);
    /// Compacts when the schedule says so (or `force` and there are free pages).
    [[nodiscard]] std::optional<CompactionReport> compactIfDue(bool force, Error* error);

    /// The schedule, apart from the register: `free` of `pages` free, last compacted at `last`
    /// (invalid: never), at `now`.
    [[nodiscard]] static bool isDue(qint64 pages, qint64 freePages, const QDateTime& last,
                                    const QDateTime& now);

private:
    bool allowed(Error* error);

    Session& m_session;
};

} // namespace tallenne
