#include "storage/Schema.h"

#include "core/CallerNumber.h"
#include "core/Capability.h"
#include "core/Masking.h"
#include "core/Redactor.h"
#include "crypto/SealedField.h"
#include "storage/KeyStore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

// Version 7: a key per capability (DESIGN.md, "Keys per capability"; docs/security.md).
//
// The register key opens the database for every user; what a role may not see is sealed
// under keys only that role holds:
//  - identifiers (a key pair): callers' numbers in full, chat nicknames, data subjects'
//    identifiers, the full text of chat messages. Each sealed value's associated data is its
//    place: `calls/caller/<call id>`, `chats/nickname/<chat id>`,
//    `chat_messages/text/<chat id>/<seq>`, `subject_identifiers/value/<subject id>/<kind>`,
//    `recordings/file_key/<file name>`. Everyone sees the masked form (`caller`,
//    `nickname`, `shown`) and the redacted text (`text`, which FTS4 indexes);
//  - lookup (a secret): the blind index of identifiers (`caller_index`, `lookup`), so calls,
//    chats and subjects are found by an identifier without it being stored in clear;
//  - recordings (a key pair): every recording's own file key (`file_key_sealed`).
// Values are sealed to the key pair's public half (SealedFieldWriter), so an administrator
// importing calls writes them without being able to read them back. Writers without the
// lookup key leave `caller_pending`/`identifiers_pending` set; a holder indexes them later.
//
// The step converts a register of version 6: it makes version 1 of each key, seals each to
// the key slots whose users' roles carry it (the first administrators carry all of them
// while no privacy officer exists; the recovery slot, the controller's break-glass, holds all),
// seals and masks every identifier, redacts the transcripts, indexes what it sealed, and seals
// the recordings' file keys. The plaintext is overwritten in place (secure_delete is on) and
// the full-text index rebuilt from the redacted text.

namespace tallenne {

namespace {

bool exec(QSqlDatabase& db, const QString& sql, Error* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    return fail(error, ErrorKind::Environment, q.lastError().text());
}

bool run(QSqlQuery& q, Error* error)
{
    if (q.exec())
        return true;
    return fail(error, ErrorKind::Environment, q.lastError().text());
}

// The normalised form the lookup index takes for an identifier kind.
QString normalisedFor(const QString& kind, const QString& value)
{
    if (kind == QLatin1String("name") || kind == QLatin1String("address"))
        return value.simplified().toCaseFolded();
    if (kind == QLatin1String("email"))
        return value.trimmed().toLower();
    return value.trimmed();
}

QString shownFor(const QString& kind, const QString& value)
{
    if (kind == QLatin1String("phone"))
        return Masking::maskPhone(value);
    if (kind == QLatin1String("email"))
        return Masking::maskEmail(value);
    if (kind == QLatin1String("identity_code"))
        return Masking::maskIdentityCode(value);
    if (kind == QLatin1String("name"))
        return Masking::maskName(value);
    return Masking::unrecognised();
}

} // namespace

// Version 1 of each key, sealed to the slots whose users carry it.
std::optional<Schema::CapabilityKeys> Schema::createCapabilityKeys(QSqlDatabase& db, Error* error)
{
    using Keys = Schema::CapabilityKeys;
    auto identifiers = CapabilityKeyPair::generate(error);
    auto recordings = identifiers ? CapabilityKeyPair::generate(error) : std::nullopt;
    if (!recordings)
        return std::nullopt;
    Keys keys{std::move(*identifiers), std::move(*recordings), SecretBytes::random(32)};
    KeyStore store(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString by = QStringLiteral("schema step 7");
    if (!store.addKey({Capability::Identifiers, 1, keys.identifiers.publicKey}, by, now, error) ||
        !store.addKey({Capability::Lookup, 1, {}}, by, now, error) ||
        !store.addKey({Capability::Recordings, 1, keys.recordings.publicKey}, by, now, error))
        return std::nullopt;

    QHash<QString, Roles> roles;
    bool havePrivacyOfficer = false;
    QSqlQuery users(db);
    if (!users.exec(QStringLiteral("SELECT name, roles FROM users"))) {
        fail(error, ErrorKind::Environment, users.lastError().text());
        return std::nullopt;
    }
    while (users.next()) {
        const Roles r = Roles::fromInt(int(users.value(1).toUInt()));
        roles.insert(users.value(0).toString(), r);
        havePrivacyOfficer = havePrivacyOfficer || r.testFlag(Role::PrivacyOfficer);
    }
    QSqlQuery identities(db);
    if (!identities.exec(QStringLiteral("SELECT kind, slot_id, public_key FROM key_identities"))) {
        fail(error, ErrorKind::Environment, identities.lastError().text());
        return std::nullopt;
    }
    const auto secretOf = [&keys](Capability c) -> const SecretBytes& {
        return c == Capability::Identifiers  ? keys.identifiers.secretKey
               : c == Capability::Recordings ? keys.recordings.secretKey
                                             : keys.lookup;
    };
    while (identities.next()) {
        const QString kind = identities.value(0).toString();
        const QString slot = identities.value(1).toString();
        const QByteArray publicKey = identities.value(2).toByteArray();
        for (Capability c : Capabilities::sealedInRegister()) {
            const Roles r = roles.value(slot);
            const bool carries = kind == QLatin1String("recovery") ||
                                 (kind == QLatin1String("user") &&
                                  (Capabilities::carries(r, c) ||
                                   (r.testFlag(Role::Administrator) && !havePrivacyOfficer)));
            if (!carries)
                continue;
            const QByteArray sealed = IdentitySeal::seal(publicKey, secretOf(c));
            if (sealed.isEmpty()) {
                fail(error, ErrorKind::Damaged,
                     QStringLiteral("The identity of key slot %1 is not a valid key.").arg(slot));
                return std::nullopt;
            }
            if (!store.addSeal({c, 1, kind, slot, sealed}, by, now, error))
                return std::nullopt;
        }
    }
    return keys;
}

namespace {

bool sealCalls(QSqlDatabase& db, const SealedFieldWriter& identifiers, const SecretBytes& lookup,
               Error* error)
{
    QSqlQuery select(db), update(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, source_id, caller FROM calls WHERE caller <> '' AND"
                                    " caller_sealed IS NULL")))
        return fail(error, ErrorKind::Environment, select.lastError().text());
    QList<std::tuple<qint64, QString, QString>> rows;
    while (select.next())
        rows.append(
            {select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString()});
    select.finish();
    update.prepare(QStringLiteral("UPDATE calls SET caller = ?, caller_sealed = ?, caller_index ="
                                  " ? WHERE id = ?"));
    for (const auto& [id, source, caller] : std::as_const(rows)) {
        const CallerForm form = CallerForm::of(caller);
        if (!form.sealed)
            continue;
        update.bindValue(0, form.shown);
        update.bindValue(1, identifiers.seal(caller.toUtf8(),
                                             QByteArray("calls/caller/") + QByteArray::number(id)));
        update.bindValue(2, form.indexed ? QVariant(BlindIndex::of(lookup, u"phone", caller))
                                         : QVariant(QMetaType(QMetaType::QByteArray)));
        update.bindValue(3, id);
        if (!run(update, error))
            return false;
    }
    return true;
}

bool sealChats(QSqlDatabase& db, const SealedFieldWriter& identifiers, const SecretBytes& lookup,
               const QString& region, Error* error)
{
    QSqlQuery select(db), update(db);
    select.setForwardOnly(true);
    if (!select.exec(
            QStringLiteral("SELECT id, source_id, nickname FROM chats WHERE nickname <> '' AND"
                           " nickname_sealed IS NULL")))
        return fail(error, ErrorKind::Environment, select.lastError().text());
    QList<std::tuple<qint64, QString, QString>> chats;
    while (select.next())
        chats.append(
            {select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString()});
    select.finish();
    update.prepare(
        QStringLiteral("UPDATE chats SET nickname = ?, nickname_sealed = ? WHERE id = ?"));
    for (const auto& [id, source, nickname] : std::as_const(chats)) {
        update.bindValue(0, Masking::maskName(nickname));
        update.bindValue(1, identifiers.seal(nickname.toUtf8(), QByteArray("chats/nickname/") +
                                                                    QByteArray::number(id)));
        update.bindValue(2, id);
        if (!run(update, error))
            return false;
    }

    // Messages: the redacted text for everyone, the full text sealed where they differ, and
    // what the customer typed of themselves in the chat's lookup index.
    if (!select.exec(QStringLiteral(
            "SELECT id, chat_id, seq, text FROM chat_messages WHERE text_sealed IS NULL")))
        return fail(error, ErrorKind::Environment, select.lastError().text());
    QList<std::tuple<qint64, qint64, qint64, QString>> messages;
    while (select.next())
        messages.append({select.value(0).toLongLong(), select.value(1).toLongLong(),
                         select.value(2).toLongLong(), select.value(3).toString()});
    select.finish();
    QSqlQuery index(db);
    update.prepare(
        QStringLiteral("UPDATE chat_messages SET text = ?, text_sealed = ? WHERE id = ?"));
    index.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO chat_identifiers (chat_id, kind, lookup) VALUES (?, ?, ?)"));
    for (const auto& [id, chat, seq, text] : std::as_const(messages)) {
        const Redaction r = Redactor::redact(text, region);
        if (r.spans.isEmpty())
            continue;
        update.bindValue(0, r.text);
        update.bindValue(
            1, identifiers.seal(
                   text.toUtf8(),
                   QStringLiteral("chat_messages/text/%1/%2").arg(chat).arg(seq).toUtf8()));
        update.bindValue(2, id);
        if (!run(update, error))
            return false;
        for (const RedactedSpan& span : r.spans) {
            if (span.normalised.isEmpty())
                continue;
            const QString kind = Redactor::kindId(span.kind);
            index.bindValue(0, chat);
            index.bindValue(1, kind);
            index.bindValue(2, BlindIndex::of(lookup, kind, span.normalised));
            if (!run(index, error))
                return false;
        }
    }
    // The full-text index is rebuilt from the redacted text: no plaintext token stays in it.
    return exec(
        db, QStringLiteral("INSERT INTO chat_messages_fts(chat_messages_fts) VALUES ('rebuild')"),
        error);
}

// subject_identifiers: rebuilt with the value sealed, a masked form and the blind index in
// place of the plaintext value and its case-folded match key.
bool sealSubjectIdentifiers(QSqlDatabase& db, const SealedFieldWriter* identifiers,
                            const SecretBytes* lookup, Error* error)
{
    if (!exec(
            db,
            QStringLiteral("CREATE TABLE subject_identifiers_sealed (id INTEGER PRIMARY KEY,"
                           " subject_id INTEGER NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'name',"
                           " 'identity_code', 'business_id', 'address')),"
                           " shown TEXT NOT NULL DEFAULT '',"
                           " value_sealed BLOB NOT NULL,"
                           " lookup BLOB," // NULL until someone with the lookup key indexes it
                           " UNIQUE (subject_id, kind, lookup))"),
            error))
        return false;
    QSqlQuery select(db), insert(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, subject_id, kind, value FROM subject_identifiers")))
        return fail(error, ErrorKind::Environment, select.lastError().text());
    QList<std::tuple<qint64, qint64, QString, QString>> rows;
    while (select.next())
        rows.append({select.value(0).toLongLong(), select.value(1).toLongLong(),
                     select.value(2).toString(), select.value(3).toString()});
    select.finish();
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO subject_identifiers_sealed (id,"
                                  " subject_id, kind, shown, value_sealed, lookup)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    if (!rows.isEmpty() && (!identifiers || !lookup))
        return fail(error, ErrorKind::Damaged,
                    QStringLiteral("Identifiers without key slots to seal them to."));
    for (const auto& [id, subject, kind, value] : std::as_const(rows)) {
        insert.bindValue(0, id);
        insert.bindValue(1, subject);
        insert.bindValue(2, kind);
        insert.bindValue(3, shownFor(kind, value));
        insert.bindValue(
            4,
            identifiers->seal(
                value.toUtf8(),
                QStringLiteral("subject_identifiers/value/%1/%2").arg(subject).arg(kind).toUtf8()));
        insert.bindValue(5, BlindIndex::of(*lookup, kind, normalisedFor(kind, value)));
        if (!run(insert, error))
            return false;
    }
    return exec(db, QStringLiteral("DROP TABLE subject_identifiers"), error) &&
           exec(db,
                QStringLiteral(
                    "ALTER TABLE subject_identifiers_sealed RENAME TO subject_identifiers"),
                error) &&
           exec(db,
                QStringLiteral("CREATE INDEX subject_identifiers_lookup ON "
                               "subject_identifiers(kind, lookup)"),
                error) &&
           exec(db,
                QStringLiteral("CREATE INDEX subject_identifiers_subject ON "
                               "subject_identifiers(subject_id)"),
                error) &&
           exec(db,
                QStringLiteral("CREATE INDEX subject_identifiers_unindexed ON "
                               "subject_identifiers(id) WHERE lookup IS NULL"),
                error);
}

bool sealRecordingKeys(QSqlDatabase& db, const SealedFieldWriter& recordings, Error* error)
{
    QSqlQuery select(db), update(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, file_name, file_key FROM recordings")))
        return fail(error, ErrorKind::Environment, select.lastError().text());
    QList<std::tuple<qint64, QString, QByteArray>> rows;
    while (select.next())
        rows.append({select.value(0).toLongLong(), select.value(1).toString(),
                     select.value(2).toByteArray()});
    select.finish();
    update.prepare(
        QStringLiteral("UPDATE recordings SET file_key = X'', file_key_sealed = ? WHERE id = ?"));
    for (auto& [id, name, key] : rows) {
        update.bindValue(0,
                         recordings.seal(key, QByteArray("recordings/file_key/") + name.toUtf8()));
        update.bindValue(1, id);
        sodium_memzero(key.data(), std::size_t(key.size()));
        if (!run(update, error))
            return false;
    }
    return true;
}

} // namespace

QList<Migration> Schema::capabilityKeys()
{
    const Migration tables = Migration::fromSql(
        7, {},
        {
            QStringLiteral("CREATE TABLE capability_keys (capability TEXT NOT NULL,"
                           " version INTEGER NOT NULL, public_key BLOB,"
                           " created_by TEXT NOT NULL, created_at INTEGER NOT NULL,"
                           " PRIMARY KEY (capability, version))"),
            QStringLiteral("CREATE TABLE capability_seals (capability TEXT NOT NULL,"
                           " version INTEGER NOT NULL, slot_kind TEXT NOT NULL,"
                           " slot_id TEXT NOT NULL, sealed BLOB NOT NULL,"
                           " sealed_by TEXT NOT NULL, sealed_at INTEGER NOT NULL,"
                           " PRIMARY KEY (capability, version, slot_kind, slot_id))"),
            QStringLiteral("CREATE TABLE capability_grants (user TEXT NOT NULL,"
                           " capability TEXT NOT NULL, requested_by TEXT NOT NULL,"
                           " requested_at INTEGER NOT NULL, PRIMARY KEY (user, capability))"),
            QStringLiteral("CREATE TABLE sealed_batches (id INTEGER PRIMARY KEY,"
                           " capability TEXT NOT NULL, version INTEGER NOT NULL,"
                           " ephemeral_public BLOB NOT NULL)"),
            // Step 2's update and delete triggers used FTS5's 'delete' command, which FTS4
            // does not know: every update or delete of a message failed. FTS4 external
            // content removes a row's tokens by docid, reading the old text before the change.
            QStringLiteral("DROP TRIGGER chat_messages_fts_delete"),
            QStringLiteral("DROP TRIGGER chat_messages_fts_update_before"),
            QStringLiteral("CREATE TRIGGER chat_messages_fts_delete BEFORE DELETE ON chat_messages"
                           " BEGIN DELETE FROM chat_messages_fts WHERE docid = old.id; END"),
            QStringLiteral("CREATE TRIGGER chat_messages_fts_update_before BEFORE UPDATE ON"
                           " chat_messages BEGIN DELETE FROM chat_messages_fts WHERE docid ="
                           " old.id; END"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN caller_sealed BLOB"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN caller_index BLOB"),
            // 1: the caller waits for a holder of the lookup key to index it and link its
            // data subject.
            QStringLiteral(
                "ALTER TABLE calls ADD COLUMN caller_pending INTEGER NOT NULL DEFAULT 0"),
            // A call imported without the lookup key: its subject's keys (the caller's name),
            // sealed, until a holder links it (JSON of SubjectKeys).
            QStringLiteral("ALTER TABLE calls ADD COLUMN subject_pending BLOB"),
            QStringLiteral("DROP INDEX calls_caller"),
            QStringLiteral("CREATE INDEX calls_caller_index ON calls(caller_index)"),
            QStringLiteral("CREATE INDEX calls_caller_pending ON calls(id) WHERE caller_pending"),
            QStringLiteral("ALTER TABLE chats ADD COLUMN nickname_sealed BLOB"),
            QStringLiteral(
                "ALTER TABLE chats ADD COLUMN identifiers_pending INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX chats_identifiers_pending ON chats(id) WHERE"
                           " identifiers_pending"),
            QStringLiteral("ALTER TABLE chat_messages ADD COLUMN text_sealed BLOB"),
            // A chat imported without the lookup key: its subject's identifiers, sealed, until a
            // holder links it (JSON of SubjectKeys).
            QStringLiteral("ALTER TABLE chats ADD COLUMN subject_pending BLOB"),
            QStringLiteral(
                "CREATE TABLE chat_identifiers (chat_id INTEGER NOT NULL REFERENCES chats(id)"
                " ON DELETE CASCADE, kind TEXT NOT NULL, lookup BLOB NOT NULL,"
                " PRIMARY KEY (chat_id, kind, lookup))"),
            QStringLiteral("CREATE INDEX chat_identifiers_lookup ON chat_identifiers(lookup)"),
            QStringLiteral("ALTER TABLE recordings ADD COLUMN file_key_sealed BLOB"),
        });
    return {Migration{
        7, QStringLiteral("a key per capability: identifiers, lookup, recordings"),
        [tables](QSqlDatabase& db, Error* error) {
            if (!tables.apply(db, error))
                return false;
            // A new register has nobody to seal the keys to yet: init makes them for its
            // first administrator (RegisterService::init).
            bool haveSlots = false;
            {
                QSqlQuery anyone(db); // finished before the tables below change
                haveSlots = anyone.exec(QStringLiteral("SELECT 1 FROM key_identities LIMIT 1")) &&
                            anyone.next();
            }
            if (!haveSlots)
                return sealSubjectIdentifiers(db, nullptr, nullptr, error);
            auto keys = createCapabilityKeys(db, error);
            if (!keys)
                return false;
            KeyStore store(db);
            auto identifiers = store.newWriter(Capability::Identifiers, error);
            auto recordings =
                identifiers ? store.newWriter(Capability::Recordings, error) : std::nullopt;
            if (!recordings)
                return false;
            return sealPlainCallsAndChats(db, *identifiers, keys->lookup, error) &&
                   sealSubjectIdentifiers(db, &*identifiers, &keys->lookup, error) &&
                   sealRecordingKeys(db, *recordings, error);
        }}};
}

bool Schema::sealPlainCallsAndChats(QSqlDatabase& db, const SealedFieldWriter& identifiers,
                                    const SecretBytes& lookup, Error* error)
{
    return sealCalls(db, identifiers, lookup, error) &&
           sealChats(db, identifiers, lookup, profilePhoneRegion(db), error);
}

} // namespace tallenne
