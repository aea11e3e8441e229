#include "storage/Schema.h"

namespace tallenne {

// Version 15: the number of calls, and of those not restricted, kept by triggers, so the
// unfiltered call list knows its length without counting a million index entries (BrowseService
// ::countCalls). One row; every insert, delete and change of `restricted` moves it in the same
// statement's transaction, so it is never out of step with the table.
//
// And the indexes the list's other sort orders walk: (column, id, restricted) is the order
// "ORDER BY column, id" itself, with the restriction a quality manager's list leaves out
// read from the index, so neither the first page nor the list's ids sort a million rows.
Migration Schema::callCounts()
{
    return Migration::fromSql(
        15, QStringLiteral("call counts kept by triggers, indexes of the sort orders"),
        {QStringLiteral("CREATE INDEX calls_by_direction ON calls(direction, id, restricted)"),
         // Service numbers are walked in rank order as agents and queues are (calls_agent).
         QStringLiteral("CREATE INDEX calls_service_number"
                        " ON calls(service_number_id, started_at, restricted)"),
         QStringLiteral("CREATE INDEX calls_by_caller ON calls(caller, id, restricted)"),
         QStringLiteral("CREATE INDEX calls_by_disposition ON calls(disposition, id, restricted)"),
         QStringLiteral(
             "CREATE INDEX calls_by_recording ON calls(recording_status, id, restricted)"),
         QStringLiteral("CREATE TABLE call_counts (id INTEGER PRIMARY KEY CHECK (id = 1),"
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

// Version 16: the number of audit entries, kept by triggers, so that the check at every login
// (RegisterOpenCheck: the trail's numbering without a gap) compares it with the first and last
// sequence numbers (both from the primary key) instead of counting the whole trail. Someone who
// drops the trail's triggers to delete an entry drops these too: the check then finds them
// missing and counts the trail itself.
Migration Schema::auditCount()
{
    return Migration::fromSql(
        17, QStringLiteral("audit entries counted by triggers"),
        {QStringLiteral("CREATE TABLE audit_count (id INTEGER PRIMARY KEY CHECK (id = 1),"
                        " entries INTEGER NOT NULL)"),
         QStringLiteral("INSERT INTO audit_count (id, entries) SELECT 1, count(*) FROM audit_log"),
         QStringLiteral("CREATE TRIGGER audit_count_insert AFTER INSERT ON audit_log BEGIN"
                        " UPDATE audit_count SET entries = entries + 1 WHERE id = 1; END"),
         QStringLiteral("CREATE TRIGGER audit_count_delete AFTER DELETE ON audit_log BEGIN"
                        " UPDATE audit_count SET entries = entries - 1 WHERE id = 1; END")});
}

} // namespace tallenne
