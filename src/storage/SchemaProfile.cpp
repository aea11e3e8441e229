#include "storage/Schema.h"

namespace tallenne {

// Version 3: the register profile and its history (privacy notice, retention). Every version
// is kept, append-only like the audit trail: the row with the highest id is in force, and
// the history shows what the notice said and which retention was enforced at any time.
QList<Migration> Schema::profile()
{
    return {Migration::fromSql(
        3, QStringLiteral("register profiles"),
        {
            QStringLiteral("CREATE TABLE register_profiles (id INTEGER PRIMARY KEY,"
                           " set_at INTEGER NOT NULL,"
                           " set_by TEXT NOT NULL,"
                           " json BLOB NOT NULL,"
                           " sha256 TEXT NOT NULL)"),
            QStringLiteral("CREATE TRIGGER register_profiles_no_update BEFORE UPDATE ON"
                           " register_profiles BEGIN SELECT RAISE(ABORT, 'register profiles are"
                           " append-only'); END"),
            QStringLiteral("CREATE TRIGGER register_profiles_no_delete BEFORE DELETE ON"
                           " register_profiles BEGIN SELECT RAISE(ABORT, 'register profiles are"
                           " append-only'); END"),
        })};
}

} // namespace tallenne
