#pragma once

// Small, known register contents for GUI and model tests, written straight into the v2
// tables (the importers and repositories are tested on their own).

#include "services/Session.h"
#include "services/SubjectLinker.h"
#include "services/keys/FieldCrypto.h"
#include "storage/KeyStore.h"
#include "storage/Schema.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tallenne::test {

inline bool execSql(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

/// Seals what rows written in plaintext (straight by SQL or through the repositories) hold as
/// the importers store it: callers, nicknames and what customers typed of themselves under the
/// identifiers key, their blind index under the lookup key of the session (which must hold it).
inline bool sealPlainRows(Session& session)
{
    QSqlDatabase db = session.db();
    Error error;
    KeyStore store(db);
    auto writer = store.newWriter(Capability::Identifiers, &error);
    const CapabilityKey* lookup = session.keys().current(Capability::Lookup);
    if (writer && lookup && Schema::sealPlainCallsAndChats(db, *writer, lookup->secret, &error))
        return true;
    qWarning("sealPlainRows: %s",
             qPrintable(lookup ? error.message : QStringLiteral("the session has no lookup key")));
    return false;
}

/// Adds an identifier to a subject as the importers do: masked, sealed, indexed.
inline bool addIdentifier(Session& session, qint64 subjectId, IdentifierKind kind,
                          const QString& value, Error* error)
{
    FieldCrypto crypto(session);
    const auto identifier = SubjectLinker::stored(crypto, subjectId, kind, value, error);
    return identifier &&
           SubjectRepository(session.db()).addIdentifier(subjectId, *identifier, error);
}

/// A sealed column opened with the session's identifiers key; the error's message when it
/// does not open (so a comparison shows why).
inline QString openedField(Session& session, const QString& select, qint64 id,
                           const QByteArray& place)
{
    QSqlQuery q(session.db());
    q.prepare(select);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return QStringLiteral("(no row %1)").arg(id);
    if (q.value(0).isNull())
        return QStringLiteral("(not sealed)");
    Error error;
    const auto text = FieldCrypto(session).openText(Capability::Identifiers,
                                                    q.value(0).toByteArray(), place, &error);
    return text ? *text : error.message;
}

/// A call's caller in full (calls.caller holds the masked form only).
inline QString openedCaller(Session& session, qint64 callId)
{
    return openedField(session, QStringLiteral("SELECT caller_sealed FROM calls WHERE id = ?"),
                       callId, "calls/caller/" + QByteArray::number(callId));
}

/// A chat's nickname in full (chats.nickname holds the masked form only).
inline QString openedNickname(Session& session, qint64 chatId)
{
    return openedField(session, QStringLiteral("SELECT nickname_sealed FROM chats WHERE id = ?"),
                       chatId, "chats/nickname/" + QByteArray::number(chatId));
}

/// How many subject identifiers of a kind have this value (found by the blind index, as the
/// services find them); -1 when the query fails.
inline int identifierCount(Session& session, IdentifierKind kind, const QString& value)
{
    const QString name = SubjectRepository::kindId(kind);
    const auto ids =
        SubjectRepository(session.db())
            .find(kind, FieldCrypto(session).indexes(name, FieldCrypto::normalised(name, value)),
                  nullptr);
    return ids ? int(ids->size()) : -1;
}

/// `calls` calls, one every 10 minutes back from 2026-01-15 09:00 UTC: agents anna/ben/cecilia
/// in turn, queues Laskutus (even) / Tekninen tuki (odd), durations 30 + i seconds, inbound
/// except every 5th outbound, caller +35840000NNNN (no recordings).
/// Chat 1 (Finnish) mentions "päätös"; chat 2 (English) does not. Call 2 is restricted.
inline bool fillRegister(Session& session, int calls)
{
    QSqlDatabase db = session.db();
    if (!db.transaction())
        return false;
    bool ok =
        execSql(
            db,
            QStringLiteral(
                "INSERT INTO agents (id, name) VALUES (1, 'anna'), (2, 'ben'), (3, 'cecilia')")) &&
        execSql(
            db,
            QStringLiteral(
                "INSERT INTO queues (id, name) VALUES (1, 'Laskutus'), (2, 'Tekninen tuki')")) &&
        execSql(db, QStringLiteral(
                        "INSERT INTO service_numbers (id, number) VALUES (1, '+358203123456')"));
    const qint64 base = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO calls (id, source_id, started_at, answered_at, ended_at, duration_s,"
        " billsec, direction, caller, service_number_id, queue_id, agent_id,"
        " disposition, restricted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'ANSWERED', ?)"));
    for (int i = 1; ok && i <= calls; ++i) {
        const qint64 start = base - qint64(i) * 600;
        q.addBindValue(i);
        q.addBindValue(QStringLiteral("test-%1").arg(i));
        q.addBindValue(start);
        q.addBindValue(start + 5);
        q.addBindValue(start + 35 + i);
        q.addBindValue(30 + i);
        q.addBindValue(30 + i);
        q.addBindValue(i % 5 == 0 ? QStringLiteral("outbound") : QStringLiteral("inbound"));
        q.addBindValue(QStringLiteral("+35840000%1").arg(i, 4, 10, QLatin1Char('0')));
        q.addBindValue(i % 2 == 0 ? 1 : 2);
        q.addBindValue((i - 1) % 3 + 1);
        q.addBindValue(i == 2 ? 1 : 0);
        ok = q.exec();
        if (!ok)
            qWarning() << q.lastError().text();
    }
    ok = ok &&
         execSql(db,
                 QStringLiteral("INSERT INTO chats (id, source_id, started_at, ended_at, nickname, "
                                "agent_id, channel)"
                                " VALUES (1, 'chat-1', ?, ?, 'Maija', 1, 'web'), (2, 'chat-2', ?, "
                                "?, 'John', 2, 'web')"),
                 {base - 3600, base - 3000, base - 7200, base - 7000}) &&
         execSql(
             db,
             QStringLiteral("INSERT INTO chat_messages (chat_id, seq, sent_at, sender, text) VALUES"
                            " (1, 1, ?, 'customer', 'Hei, sain laskun ja haluan tietää miksi.'),"
                            " (1, 2, ?, 'agent', 'Tarkistan asian, hetkinen.'),"
                            " (1, 3, ?, 'agent', 'Päätös on tehty: hyvitämme laskun kokonaan.'),"
                            " (1, 4, ?, 'customer', 'Kiitos paljon!'),"
                            " (2, 1, ?, 'customer', 'Hello, my order has not arrived.'),"
                            " (2, 2, ?, 'agent', 'I am sorry to hear that, let me check.')"),
             {base - 3600, base - 3550, base - 3500, base - 3450, base - 7200, base - 7150});
    ok = ok && sealPlainRows(session);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

/// `count` chats with ids from `firstId`, one every 10 minutes back from `newest` (UTC), all
/// by agent id `agentId` on `channel`, each with one customer message: "Tilaus N on
/// matkalla." except every 100th (N = 100, 200, …), which waits for a decision ("päätöksen")
/// and names a terminus ("päätepysäkki"), a word that only begins the same.
inline bool addChats(QSqlDatabase db, int count, qint64 firstId, const QDateTime& newest,
                     int agentId, const QString& channel)
{
    if (!db.transaction())
        return false;
    QSqlQuery chat(db);
    chat.prepare(QStringLiteral("INSERT INTO chats (id, source_id, started_at, ended_at, nickname,"
                                " agent_id, channel) VALUES (?, ?, ?, ?, 'Asiakas', ?, ?)"));
    QSqlQuery message(db);
    message.prepare(QStringLiteral("INSERT INTO chat_messages (chat_id, seq, sent_at, sender, text)"
                                   " VALUES (?, 1, ?, 'customer', ?)"));
    bool ok = true;
    for (int n = 1; ok && n <= count; ++n) {
        const qint64 id = firstId + n - 1;
        const qint64 start = newest.toSecsSinceEpoch() - qint64(n - 1) * 600;
        chat.addBindValue(id);
        chat.addBindValue(QStringLiteral("many-%1").arg(n));
        chat.addBindValue(start);
        chat.addBindValue(start + 300);
        chat.addBindValue(agentId);
        chat.addBindValue(channel);
        message.addBindValue(id);
        message.addBindValue(start + 10);
        message.addBindValue(n % 100 == 0
                                 ? QString::fromUtf8("Odotan päätöksen tietoa, en päätepysäkkiä.")
                                 : QStringLiteral("Tilaus %1 on matkalla.").arg(n));
        ok = chat.exec() && message.exec();
        if (!ok)
            qWarning() << chat.lastError().text() << message.lastError().text();
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace tallenne::test
