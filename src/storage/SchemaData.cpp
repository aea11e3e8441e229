#include "storage/Schema.h"

// Version 2: the register's data (calls, recordings, chats, data subjects). Times are
// INTEGER seconds since the epoch, UTC: compact, and fast to sort and range over at a
// million rows. Phone numbers are E.164 where they could be normalised. `restricted` is
// the art. 18 restriction of processing, copied from the subject onto their calls and chats
// so that browsing filters it without a join.

namespace tallenne {

Migration Schema::registerData()
{
    return Migration::fromSql(
        2, QStringLiteral("calls, recordings, chats, data subjects"),
        {
            QStringLiteral(
                "CREATE TABLE agents (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral(
                "CREATE TABLE queues (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE service_numbers (id INTEGER PRIMARY KEY,"
                           " number TEXT NOT NULL UNIQUE, name TEXT NOT NULL DEFAULT '')"),

            QStringLiteral("CREATE TABLE subjects (id INTEGER PRIMARY KEY,"
                           " created_at INTEGER NOT NULL,"
                           " restricted INTEGER NOT NULL DEFAULT 0)"),
            // kind: phone (E.164), email (lower case), name, identity_code (normalised),
            // business_id, address
            QStringLiteral("CREATE TABLE subject_identifiers (id INTEGER PRIMARY KEY,"
                           " subject_id INTEGER NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'name',"
                           " 'identity_code', 'business_id', 'address')),"
                           " value TEXT NOT NULL,"
                           // What lookups compare: the value, case-folded for names and
                           // addresses (SubjectRepository::matchKey); the trigger below fills
                           // it for rows inserted without one.
                           " match_key TEXT NOT NULL DEFAULT '',"
                           " UNIQUE (subject_id, kind, value))"),
            QStringLiteral("CREATE INDEX subject_identifiers_lookup ON "
                           "subject_identifiers(kind, match_key)"),
            QStringLiteral("CREATE TRIGGER subject_identifiers_match_key AFTER INSERT ON "
                           "subject_identifiers WHEN new.match_key = '' BEGIN"
                           " UPDATE subject_identifiers SET match_key = lower(new.value)"
                           " WHERE id = new.id; END"),

            QStringLiteral(
                "CREATE TABLE calls (id INTEGER PRIMARY KEY,"
                " source_id TEXT NOT NULL UNIQUE," // Asterisk uniqueid, or a row digest
                " started_at INTEGER NOT NULL,"
                " answered_at INTEGER,"
                " ended_at INTEGER,"
                " duration_s INTEGER NOT NULL DEFAULT 0,"
                " billsec INTEGER NOT NULL DEFAULT 0,"
                " direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound', 'internal')),"
                " caller TEXT NOT NULL DEFAULT '',"
                " service_number_id INTEGER REFERENCES service_numbers(id),"
                " queue_id INTEGER REFERENCES queues(id),"
                " agent_id INTEGER REFERENCES agents(id),"
                " disposition TEXT NOT NULL,"
                " subject_id INTEGER REFERENCES subjects(id) ON DELETE SET NULL,"
                " restricted INTEGER NOT NULL DEFAULT 0)"),
            // `restricted` rides at the end of the browsing indexes: counting what a quality
            // manager may see then reads only the index, never the rows (rowid = id is
            // implicit in every index).
            QStringLiteral("CREATE INDEX calls_started ON calls(started_at, restricted)"),
            QStringLiteral("CREATE INDEX calls_agent ON calls(agent_id, started_at, restricted)"),
            QStringLiteral("CREATE INDEX calls_queue ON calls(queue_id, started_at, restricted)"),
            QStringLiteral("CREATE INDEX calls_caller ON calls(caller)"),
            // Browsing sorts by duration: pages in index order at a million calls.
            QStringLiteral("CREATE INDEX calls_duration ON calls(duration_s, restricted)"),
            QStringLiteral("CREATE INDEX calls_subject ON calls(subject_id)"),

            // One encrypted file per recording in recordings/; its key lives here only, so
            // deleting the row crypto-shreds the file (secure_delete is on).
            QStringLiteral(
                "CREATE TABLE recordings (id INTEGER PRIMARY KEY,"
                " call_id INTEGER NOT NULL UNIQUE REFERENCES calls(id) ON DELETE CASCADE,"
                " file_name TEXT NOT NULL UNIQUE,"
                " codec TEXT NOT NULL,"
                " channels INTEGER NOT NULL,"
                " sample_rate INTEGER NOT NULL,"
                " duration_ms INTEGER NOT NULL,"
                " size_bytes INTEGER NOT NULL,"
                " sha256 BLOB NOT NULL,"
                " file_key BLOB NOT NULL,"
                " created_at INTEGER NOT NULL)"),

            QStringLiteral("CREATE TABLE chats (id INTEGER PRIMARY KEY,"
                           " source_id TEXT NOT NULL UNIQUE,"
                           " started_at INTEGER NOT NULL,"
                           " ended_at INTEGER,"
                           " nickname TEXT NOT NULL DEFAULT '',"
                           " agent_id INTEGER REFERENCES agents(id),"
                           " channel TEXT NOT NULL DEFAULT '',"
                           " subject_id INTEGER REFERENCES subjects(id) ON DELETE SET NULL,"
                           " restricted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX chats_started ON chats(started_at, id)"),
            QStringLiteral("CREATE INDEX chats_subject ON chats(subject_id)"),
            QStringLiteral(
                "CREATE TABLE chat_messages (id INTEGER PRIMARY KEY,"
                " chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,"
                " seq INTEGER NOT NULL,"
                " sent_at INTEGER NOT NULL,"
                " sender TEXT NOT NULL CHECK (sender IN ('customer', 'agent', 'bot', 'system')),"
                " text TEXT NOT NULL,"
                " UNIQUE (chat_id, seq))"),
            // Full-text index over message text; docid = chat_messages.id. unicode61 with
            // remove_diacritics finds "päätös" for "paatos" and the other way round.
            QStringLiteral(
                "CREATE VIRTUAL TABLE chat_messages_fts USING fts4(content=\"chat_messages\","
                " text, tokenize=unicode61 \"remove_diacritics=1\")"),
            QStringLiteral(
                "CREATE TRIGGER chat_messages_fts_insert AFTER INSERT ON chat_messages BEGIN"
                " INSERT INTO chat_messages_fts(docid, text) VALUES (new.id, new.text); END"),
            QStringLiteral(
                "CREATE TRIGGER chat_messages_fts_delete BEFORE DELETE ON chat_messages BEGIN"
                " INSERT INTO chat_messages_fts(chat_messages_fts, docid, text)"
                " VALUES ('delete', old.id, old.text); END"),
            QStringLiteral("CREATE TRIGGER chat_messages_fts_update_before BEFORE UPDATE ON "
                           "chat_messages BEGIN"
                           " INSERT INTO chat_messages_fts(chat_messages_fts, docid, text)"
                           " VALUES ('delete', old.id, old.text); END"),
            QStringLiteral(
                "CREATE TRIGGER chat_messages_fts_update_after AFTER UPDATE ON chat_messages BEGIN"
                " INSERT INTO chat_messages_fts(docid, text) VALUES (new.id, new.text); END"),
        });
}

} // namespace tallenne
