#include "storage/Schema.h"

#include <algorithm>

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

namespace {
constexpr qint64 idBits = 30;
constexpr qint64 minTime = -(qint64(1) << 32);
constexpr qint64 maxTime = (qint64(1) << 33) - 1;
} // namespace

qint64 Schema::chatSearchKey(qint64 sentAt, qint64 messageId)
{
    return std::clamp(sentAt, minTime, maxTime) * (qint64(1) << idBits) + messageId;
}

QString Schema::chatSearchKeySql(const QString& sentAt, const QString& id)
{
    return QStringLiteral("(max(%1, min(%2, %3)) * %4 + %5)")
        .arg(minTime)
        .arg(maxTime)
        .arg(sentAt)
        .arg(qint64(1) << idBits)
        .arg(id);
}

QString Schema::chatSearchIdSql(const QString& docid)
{
    return QStringLiteral("(%1 & %2)").arg(docid).arg((qint64(1) << idBits) - 1);
}

// Version 16: the chat search's newest hits first without reading every hit. The search lists
// hits newest first (sent_at, then id, both descending); with the message id as docid, FTS4
// had to hand over every hit of a word and SQLite sort them by time (seconds for a word in
// one message in seven). Now each message's docid is its time and id in one number
// (chatSearchKey), so "ORDER BY docid DESC" is that order, and `order=DESC` keeps the doclists
// newest first, which FTS4 reads incrementally: a page of a common word reads that page's
// hits, and the next page begins at the cursor's docid. The index is built anew in time
// order; its triggers compute the key, and a change of a message's time moves its entry.
Migration Schema::chatSearchOrder()
{
    const QString newKey =
        chatSearchKeySql(QStringLiteral("new.sent_at"), QStringLiteral("new.id"));
    const QString oldKey =
        chatSearchKeySql(QStringLiteral("old.sent_at"), QStringLiteral("old.id"));
    // A billion messages would need wider keys: refused rather than misplaced.
    const QString idInRange =
        QStringLiteral("SELECT RAISE(ABORT, 'chat message id too large for the search index')"
                       " WHERE new.id NOT BETWEEN 0 AND %1;")
            .arg((qint64(1) << idBits) - 1);
    return Migration::fromSql(
        16, QStringLiteral("the chat search index in time order"),
        {
            QStringLiteral("DROP TRIGGER chat_messages_fts_insert"),
            QStringLiteral("DROP TRIGGER chat_messages_fts_delete"),
            QStringLiteral("DROP TRIGGER chat_messages_fts_update"),
            QStringLiteral("DROP TABLE chat_messages_fts"),
            QStringLiteral("CREATE VIRTUAL TABLE chat_messages_fts USING fts4(text, stems,"
                           " order=DESC, tokenize=unicode61 \"remove_diacritics=1\")"),
            // In key order, so FTS4 writes few segments.
            QStringLiteral("INSERT INTO chat_messages_fts (docid, text, stems) SELECT %1, text,"
                           " tallenne_stems(text) FROM chat_messages ORDER BY sent_at, id")
                .arg(chatSearchKeySql(QStringLiteral("sent_at"), QStringLiteral("id"))),
            QStringLiteral("CREATE TRIGGER chat_messages_fts_insert AFTER INSERT ON chat_messages"
                           " BEGIN %1 INSERT INTO chat_messages_fts (docid, text, stems)"
                           " VALUES (%2, new.text, tallenne_stems(new.text)); END")
                .arg(idInRange, newKey),
            QStringLiteral("CREATE TRIGGER chat_messages_fts_delete AFTER DELETE ON chat_messages"
                           " BEGIN DELETE FROM chat_messages_fts WHERE docid = %1; END")
                .arg(oldKey),
            // Only a change of the text (redaction) or of the time changes the index; sealing
            // does not.
            QStringLiteral("CREATE TRIGGER chat_messages_fts_update AFTER UPDATE OF id, sent_at,"
                           " text ON chat_messages BEGIN %1 DELETE FROM chat_messages_fts WHERE"
                           " docid = %2; INSERT INTO chat_messages_fts (docid, text, stems)"
                           " VALUES (%3, new.text, tallenne_stems(new.text)); END")
                .arg(idInRange, oldKey, newKey),
        });
}

} // namespace tallenne
