#include "storage/Schema.h"

namespace tallenne {

// Version 8: the chat search finds the forms of a word. Beside each message's words the
// full-text index keeps their stems (tallenne_stems(), which SqlCipherDriver registers on
// every connection: Snowball's Finnish stemmer, core/WordStems), so "päätös" finds
// "päätöksen" and "päätöstä". FTS4 has no stemming tokenizer for Finnish, and an external
// content table can only index columns its content table has: the index becomes an
// ordinary FTS4 table holding the (redacted) text and its stems, inside the encrypted file
// like the rest. Its triggers follow the messages as before; every message is indexed anew.
QList<Migration> Schema::chatStems()
{
    return {Migration::fromSql(
        8, QStringLiteral("word stems in the chat search"),
        {
            QStringLiteral("DROP TRIGGER chat_messages_fts_insert"),
            QStringLiteral("DROP TRIGGER chat_messages_fts_delete"),
            QStringLiteral("DROP TRIGGER chat_messages_fts_update_before"),
            QStringLiteral("DROP TRIGGER chat_messages_fts_update_after"),
            QStringLiteral("DROP TABLE chat_messages_fts"),
            QStringLiteral("CREATE VIRTUAL TABLE chat_messages_fts USING fts4(text, stems,"
                           " tokenize=unicode61 \"remove_diacritics=1\")"),
            QStringLiteral("INSERT INTO chat_messages_fts (docid, text, stems)"
                           " SELECT id, text, tallenne_stems(text) FROM chat_messages"),
            QStringLiteral("CREATE TRIGGER chat_messages_fts_insert AFTER INSERT ON chat_messages"
                           " BEGIN INSERT INTO chat_messages_fts (docid, text, stems)"
                           " VALUES (new.id, new.text, tallenne_stems(new.text)); END"),
            QStringLiteral("CREATE TRIGGER chat_messages_fts_delete AFTER DELETE ON chat_messages"
                           " BEGIN DELETE FROM chat_messages_fts WHERE docid = old.id; END"),
            // Only a change of the text (redaction) changes the index; sealing does not.
            QStringLiteral("CREATE TRIGGER chat_messages_fts_update AFTER UPDATE OF id, text ON"
                           " chat_messages BEGIN DELETE FROM chat_messages_fts WHERE docid ="
                           " old.id; INSERT INTO chat_messages_fts (docid, text, stems)"
                           " VALUES (new.id, new.text, tallenne_stems(new.text)); END"),
        })};
}

} // namespace tallenne
