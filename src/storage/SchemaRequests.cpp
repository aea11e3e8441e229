#include "storage/Schema.h"

namespace tallenne {

// Version 12: data subjects' requests (GDPR art. 15-21). The workflow fields are under the
// register key like the rest of the file; what identifies the person (the identifier the
// request was opened with, the last characters of the ID shown, an e-identification
// reference) is sealed under the identifier key, with a masked form for lists. The items are
// what the officer found for the request and why (`matched_by`: the identifier kind;
// `via_subject`: the data subject a call or chat was found through, NULL for a call found by
// its caller number alone), each included in the copy or excluded as a false match.
Migration Schema::accessRequests()
{
    return Migration::fromSql(
        12, QStringLiteral("data subjects' requests"),
        {
            QStringLiteral(
                "CREATE TABLE access_requests (id INTEGER PRIMARY KEY,"
                " kind TEXT NOT NULL CHECK (kind IN ('access', 'portability', 'rectification',"
                "  'erasure', 'restriction', 'objection')),"
                " channel TEXT NOT NULL CHECK (channel IN ('in_person', 'letter', 'email',"
                "  'phone')),"
                " received_at INTEGER NOT NULL,"
                " status TEXT NOT NULL CHECK (status IN ('received', 'identity_verified',"
                "  'in_progress', 'extended', 'completed', 'refused', 'withdrawn')),"
                " identifier_kind TEXT NOT NULL,"
                " identifier_shown TEXT NOT NULL DEFAULT '',"
                " identifier_sealed BLOB,"
                " opened_by TEXT NOT NULL,"
                " opened_at INTEGER NOT NULL,"
                " possibly_repetitive INTEGER NOT NULL DEFAULT 0,"
                " extension_months INTEGER NOT NULL DEFAULT 0,"
                " extension_reason TEXT NOT NULL DEFAULT '',"
                " extended_by TEXT,"
                " extended_at INTEGER,"
                " verify_method TEXT,"
                " verify_document TEXT,"
                " verify_detail_sealed BLOB,"
                " verified_by TEXT,"
                " verified_at INTEGER,"
                " fee_reason TEXT NOT NULL DEFAULT '',"
                " outcome TEXT NOT NULL DEFAULT '',"
                " closed_by TEXT,"
                " closed_at INTEGER)"),
            QStringLiteral("CREATE INDEX access_requests_received"
                           " ON access_requests(received_at)"),
            QStringLiteral("CREATE TABLE access_request_items (request_id INTEGER NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('subject', 'call', 'chat')),"
                           " object_id INTEGER NOT NULL,"
                           " matched_by TEXT NOT NULL,"
                           " via_subject INTEGER,"
                           " included INTEGER NOT NULL DEFAULT 1,"
                           " PRIMARY KEY (request_id, kind, object_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX access_request_items_object"
                           " ON access_request_items(kind, object_id)"),
        });
}

} // namespace tallenne
