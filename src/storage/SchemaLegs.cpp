#include "storage/Schema.h"

#include "core/AsteriskCdr.h"
#include "core/PhoneNumber.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

// Version 5: call legs, recording states, and calls linked to their data subjects.
//
// A row of Asterisk's cdr_csv is one leg of a conversation: a transferred call writes one row
// per leg with the same uniqueid or linkedid. Each leg is a call of its own (with its own
// agent and recording); `conversation` groups them (linkedid, else uniqueid, else the row
// key). `source_id` becomes the row key of AsteriskCdr (a digest of the whole row): the
// uniqueid it used to be is not unique per row. Calls imported before keep their old
// source_id until a later import of the same row replaces it (ImportService).
//
// `recording_status` is RecordingState; `recording_issue` a RecordingIssue id; and
// `recording_found_ms` the audio found in a file that was not taken.

namespace tallenne {

namespace {

bool run(QSqlQuery& q, Error* error)
{
    if (q.exec())
        return true;
    return fail(error, ErrorKind::Environment, q.lastError().text());
}

// Callers that the importer of 0.1 could not read (`358401112241` from a trunk, among
// others) are read again with libphonenumber, so that searches and subjects find them.
bool normaliseCallers(QSqlDatabase& db, Error* error)
{
    const QString region = Schema::profilePhoneRegion(db);
    QSqlQuery callers(db), update(db);
    callers.setForwardOnly(true);
    if (!callers.exec(QStringLiteral("SELECT DISTINCT caller FROM calls WHERE caller <> ''"
                                     " AND caller NOT GLOB '+[1-9]*'")))
        return fail(error, ErrorKind::Environment, callers.lastError().text());
    QList<std::pair<QString, QString>> changes;
    while (callers.next()) {
        const QString written = callers.value(0).toString();
        if (AsteriskCdr::isExtension(written))
            continue;
        if (const auto reading = PhoneNumber::read(written, region))
            changes.append({written, reading->e164});
    }
    callers.finish();
    update.prepare(QStringLiteral("UPDATE calls SET caller = ? WHERE caller = ?"));
    for (const auto& [written, e164] : std::as_const(changes)) {
        update.bindValue(0, e164);
        update.bindValue(1, written);
        if (!run(update, error))
            return false;
    }
    return true;
}

// Links the calls already in the register to the data subject of their caller number, as
// the importer now does for every new call: the one subject holding the number, else a new
// one. A number several subjects share links nothing (the number stays in the call row).
bool linkCallsToSubjects(QSqlDatabase& db, Error* error)
{
    QSqlQuery callers(db), find(db), create(db), identify(db), link(db), rowId(db);
    callers.setForwardOnly(true);
    if (!callers.exec(QStringLiteral("SELECT DISTINCT caller FROM calls WHERE subject_id IS NULL"
                                     " AND caller GLOB '+[1-9]*'")))
        return fail(error, ErrorKind::Environment, callers.lastError().text());
    QStringList numbers;
    while (callers.next())
        numbers << callers.value(0).toString();
    callers.finish();
    // match_key is the value itself for an E.164 number; (kind, match_key) is indexed.
    find.prepare(QStringLiteral("SELECT DISTINCT subject_id FROM subject_identifiers"
                                " WHERE kind = 'phone' AND match_key = ?"));
    create.prepare(QStringLiteral("INSERT INTO subjects (created_at) VALUES (?)"));
    identify.prepare(QStringLiteral("INSERT INTO subject_identifiers (subject_id, kind, value,"
                                    " match_key) VALUES (?, 'phone', ?, ?)"));
    link.prepare(QStringLiteral("UPDATE calls SET subject_id = ?, restricted = max(restricted,"
                                " (SELECT restricted FROM subjects WHERE id = ?)) WHERE caller = ? "
                                "AND subject_id IS NULL"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QString& number : std::as_const(numbers)) {
        find.bindValue(0, number);
        if (!run(find, error))
            return false;
        QList<qint64> ids;
        while (find.next())
            ids << find.value(0).toLongLong();
        find.finish();
        if (ids.size() > 1)
            continue;
        qint64 subject = ids.isEmpty() ? 0 : ids.first();
        if (!subject) {
            create.bindValue(0, now);
            if (!run(create, error) || !rowId.exec(QStringLiteral("SELECT last_insert_rowid()")) ||
                !rowId.next())
                return fail(error, ErrorKind::Environment, rowId.lastError().text());
            subject = rowId.value(0).toLongLong();
            rowId.finish();
            identify.bindValue(0, subject);
            identify.bindValue(1, number);
            identify.bindValue(2, number);
            if (!run(identify, error))
                return false;
        }
        link.bindValue(0, subject);
        link.bindValue(1, subject);
        link.bindValue(2, number);
        if (!run(link, error))
            return false;
    }
    return true;
}

} // namespace

QString Schema::profilePhoneRegion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT json FROM register_profiles ORDER BY id DESC LIMIT 1")) &&
        q.next()) {
        const QString region = QJsonDocument::fromJson(q.value(0).toByteArray())
                                   .object()
                                   .value(QStringLiteral("phone_region"))
                                   .toString();
        if (PhoneNumber::isKnownRegion(region))
            return region;
    }
    return PhoneNumber::defaultRegion();
}

QList<Migration> Schema::callLegs()
{
    const Migration columns = Migration::fromSql(
        5, {},
        {
            QStringLiteral("ALTER TABLE calls ADD COLUMN unique_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN linked_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN sequence INTEGER"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN conversation TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE calls ADD COLUMN recording_status INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN recording_issue TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN recording_found_ms INTEGER"),
            // Calls from before row keys: the importer then also looks rows up by the old key.
            QStringLiteral("INSERT OR REPLACE INTO tallenne_meta (name, value) SELECT"
                           " 'legacy_call_keys', '1' WHERE EXISTS (SELECT 1 FROM calls)"),
            // The source id of a call imported before was its uniqueid (or a row digest).
            QStringLiteral("UPDATE calls SET conversation = source_id, unique_id = CASE WHEN"
                           " source_id GLOB '*[0-9].[0-9]*' AND source_id NOT LIKE 'sha256:%'"
                           " THEN source_id ELSE '' END"),
            QStringLiteral("UPDATE calls SET recording_status = 1 WHERE id IN"
                           " (SELECT call_id FROM recordings)"),
            QStringLiteral("CREATE INDEX calls_conversation ON calls(conversation, started_at)"),
            // The state follows the recordings table whatever writes it (importer, demo, purge).
            QStringLiteral("CREATE TRIGGER recordings_attached AFTER INSERT ON recordings BEGIN"
                           " UPDATE calls SET recording_status = 1, recording_issue = '',"
                           " recording_found_ms = NULL WHERE id = new.call_id; END"),
            QStringLiteral("CREATE TRIGGER recordings_removed AFTER DELETE ON recordings BEGIN"
                           " UPDATE calls SET recording_status = 0 WHERE id = old.call_id; END"),
        });
    return {Migration{5, QStringLiteral("call legs, recording states, calls linked to subjects"),
                      [columns](QSqlDatabase& db, Error* error) {
                          return columns.apply(db, error) && normaliseCallers(db, error) &&
                                 linkCallsToSubjects(db, error);
                      }}};
}

} // namespace tallenne
