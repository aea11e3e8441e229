#include "storage/Schema.h"

namespace tallenne {

// Version 15: the number of calls, and of those not restricted, kept by triggers, so the
// unfiltered call list knows its length without counting a million index entries (BrowseService
// ::countCalls). One row; every insert, delete and change of `restricted` moves it in the same
// statement's transaction, so it is never out of step with the table.
Migration Schema::callCounts()
{
    return Migration::fromSql(
        15, QStringLiteral("call counts kept by triggers"),
        {QStringLiteral("CREATE TABLE call_counts (id INTEGER PRIMARY KEY CHECK (id = 1),"
                        " total INTEGER NOT NULL, unrestricted INTEGER NOT NULL)"),
         QStringLiteral("INSERT INTO call_counts (id, total, unrestricted)"
                        " SELECT 1, count(*), coalesce(sum(restricted = 0), 0) FROM calls"),
         QStringLiteral("CREATE TRIGGER call_counts_insert AFTER INSERT ON calls BEGIN"
                        " UPDATE call_counts SET total = total + 1,"
                        " unrestricted = unrestricted + (NEW.restricted = 0) WHERE id = 1; END"),
         QStringLiteral("CREATE TRIGGER call_counts_delete AFTER DELETE ON calls BEGIN"
                        " UPDATE call_counts SET total = total - 1,"
                        " unrestricted = unrestricted - (OLD.restricted = 0) WHERE id = 1; END"),
         QStringLiteral("CREATE TRIGGER call_counts_restrict AFTER UPDATE OF restricted ON calls"
                        " WHEN (OLD.restricted = 0) IS NOT (NEW.restricted = 0) BEGIN"
                        " UPDATE call_counts SET unrestricted = unrestricted"
                        " + (NEW.restricted = 0) - (OLD.restricted = 0) WHERE id = 1; END")});
}

} // namespace tallenne
