#include "storage/Schema.h"

namespace tallenne {

// Version 9: legal holds (poistoestot). A hold keeps what its scope covers past its retention
// period, until `until_at` or until someone releases it; the purge and the erasure skip what is
// held and say why. The scope is one call, one chat, one data subject (their calls and chats),
// or one phone number: its blind index under the lookup key (calls.caller_index), never the
// number, with the masked form for people. Released holds stay, with who released them.
QList<Migration> Schema::retention()
{
    return {
        Migration::fromSql(
            9, QStringLiteral("legal holds"),
            {
                QStringLiteral(
                    "CREATE TABLE legal_holds (id INTEGER PRIMARY KEY,"
                    " case_ref TEXT NOT NULL,"
                    " reason TEXT NOT NULL,"
                    " scope TEXT NOT NULL CHECK (scope IN ('call', 'chat', 'subject', 'phone')),"
                    " call_id INTEGER,"
                    " chat_id INTEGER,"
                    " subject_id INTEGER,"
                    " phone_index BLOB,"
                    " phone_masked TEXT NOT NULL DEFAULT '',"
                    " until_at INTEGER NOT NULL,"
                    " placed_by TEXT NOT NULL,"
                    " placed_at INTEGER NOT NULL,"
                    " released_by TEXT,"
                    " released_at INTEGER,"
                    " release_note TEXT NOT NULL DEFAULT '',"
                    " CHECK ((scope = 'call') = (call_id IS NOT NULL)),"
                    " CHECK ((scope = 'chat') = (chat_id IS NOT NULL)),"
                    " CHECK ((scope = 'subject') = (subject_id IS NOT NULL)),"
                    " CHECK ((scope = 'phone') = (phone_index IS NOT NULL)))"),
                QStringLiteral("CREATE INDEX legal_holds_call ON legal_holds(call_id)"
                               " WHERE released_at IS NULL"),
                QStringLiteral("CREATE INDEX legal_holds_chat ON legal_holds(chat_id)"
                               " WHERE released_at IS NULL"),
                QStringLiteral("CREATE INDEX legal_holds_subject ON legal_holds(subject_id)"
                               " WHERE released_at IS NULL"),
                QStringLiteral("CREATE INDEX legal_holds_phone ON legal_holds(phone_index)"
                               " WHERE released_at IS NULL"),
            }),
        // Version 10: the purge's shredding journal. A purge deletes recordings rows (their
        // file keys: the crypto-shred) and names their files here in the same transaction;
        // the files are removed after the commit and their names then dropped. A purge
        // killed in between leaves the names, and the next run removes those files first.
        Migration::fromSql(10, QStringLiteral("purge shredding journal"),
                           {QStringLiteral("CREATE TABLE purge_shredded ("
                                           " file_name TEXT PRIMARY KEY) WITHOUT ROWID")})};
}

} // namespace tallenne
