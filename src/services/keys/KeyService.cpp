#include "services/keys/KeyService.h"

#include "crypto/SealedField.h"
#include "services/Session.h"
#include "services/keys/FieldCrypto.h"
#include "storage/KeyStore.h"
#include "storage/TransactionGuard.h"
#include "storage/UserRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace tallenne {

namespace {

const QString userKind = QStringLiteral("user");
const QString recoveryKind = QStringLiteral("recovery");

QString keyObject(Capability capability)
{
    return QStringLiteral("key:%1").arg(Capabilities::id(capability));
}

} // namespace

KeyService::KeyService(Session& session) : m_session(session) {}

bool KeyService::openRing(QSqlDatabase db, const KeySlot& slot, const SecretBytes& identity,
                          KeyRing* ring, Error* error)
{
    KeyStore store(db);
    const auto seals = store.sealsFor(KeySlot::kindName(slot.kind()), slot.id(), error);
    if (!seals)
        return false;
    for (const CapabilitySealRow& seal : *seals) {
        SecretBytes secret = IdentitySeal::open(slot.publicKey(), identity, seal.sealed, error);
        if (secret.isNull())
            return false;
        CapabilityKey key{seal.capability, seal.version, {}, std::move(secret)};
        if (Capabilities::isKeyPair(seal.capability)) {
            // The secret half must be the one whose public half writers seal to: a key
            // substituted in the register would otherwise collect what they write.
            const auto versions = store.versions(seal.capability, error);
            if (!versions)
                return false;
            for (const CapabilityKeyRow& row : *versions) {
                if (row.version == seal.version)
                    key.publicKey = row.publicKey;
            }
            if (key.publicKey.isEmpty() ||
                CapabilityKeyPair::publicKeyOf(key.secret) != key.publicKey)
                return fail(error, ErrorKind::Damaged,
                            tr("%1 (version %2) sealed to you does not match the register's: "
                               "the register was altered.")
                                .arg(Capabilities::displayName(seal.capability))
                                .arg(seal.version));
        }
        ring->add(std::move(key));
    }
    return true;
}

std::optional<QByteArray> KeyService::identityOf(const QString& user, Error* error) const
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral(
        "SELECT public_key FROM key_identities WHERE kind = 'user' AND slot_id = ?"));
    q.addBindValue(user);
    if (!q.exec() || !q.next()) {
        fail(error, ErrorKind::Damaged,
             tr("The register does not know the key slot identity of %1.").arg(user));
        return std::nullopt;
    }
    return q.value(0).toByteArray();
}

bool KeyService::sealTo(const QString& user, const QByteArray& publicKey, Capability capability,
                        Error* error)
{
    // Every version this session holds, not only the newest: until a rotation is complete
    // (and for the lookup key, until everything is indexed again) values and index entries
    // under the older versions are still in use, and a new holder must open and find them.
    const std::vector<const CapabilityKey*> keys = m_session.keys().all(capability);
    if (keys.empty())
        return fail(error, ErrorKind::PermissionDenied,
                    tr("You do not hold %1.").arg(Capabilities::displayName(capability)));
    KeyStore store(m_session.db());
    QStringList versions;
    for (const CapabilityKey* key : keys) {
        const QByteArray sealed = IdentitySeal::seal(publicKey, key->secret);
        if (sealed.isEmpty())
            return fail(error, ErrorKind::Damaged,
                        tr("The key slot identity of %1 is not a valid key.").arg(user));
        if (!store.addSeal({capability, key->version, userKind, user, sealed}, m_session.userName(),
                           m_session.clock().nowUtc(), error))
            return false;
        versions << QString::number(key->version);
    }
    return store.removeGrant(user, capability, error) &&
           m_session.audit(
               QStringLiteral("key.grant"), keyObject(capability),
               QStringLiteral("user=%1 version=%2").arg(user, versions.join(QLatin1Char(','))),
               error);
}

std::optional<QList<std::pair<Capability, KeyService::Holding>>>
KeyService::holdings(const QString& user, Error* error)
{
    if (user != m_session.userName() &&
        !m_session.require(Permission::ManageUsers, QStringLiteral("keys.holdings"),
                           QStringLiteral("user:%1").arg(user), error))
        return std::nullopt;
    const auto record = UserRepository(m_session.db()).find(user, error);
    if (!record) {
        if (error && !error->isError())
            fail(error, ErrorKind::InputRejected, tr("There is no user called %1.").arg(user));
        return std::nullopt;
    }
    KeyStore store(m_session.db());
    const auto seals = store.sealsFor(userKind, user, error);
    const auto grants = seals ? store.pendingGrants(error) : std::nullopt;
    if (!grants)
        return std::nullopt;
    QList<std::pair<Capability, Holding>> out;
    for (Capability c : Capabilities::sealedInRegister()) {
        Holding h = Holding::NotCarried;
        for (const CapabilitySealRow& s : *seals) {
            if (s.capability == c)
                h = Holding::Held;
        }
        if (h != Holding::Held) {
            for (const PendingGrant& g : *grants) {
                if (g.user == user && g.capability == c)
                    h = Holding::Pending;
            }
        }
        out.append({c, h});
    }
    return out;
}

bool KeyService::grant(const QString& user, Roles roles, const QByteArray& userPublicKey,
                       Error* error)
{
    KeyStore store(m_session.db());
    for (Capability c : Capabilities::sealedInRegister()) {
        if (!Capabilities::carries(roles, c))
            continue;
        if (m_session.keys().holds(c)) {
            if (!sealTo(user, userPublicKey, c, error))
                return false;
        } else if (!store.addGrant({user, c, m_session.userName(), m_session.clock().nowUtc()},
                                   error) ||
                   !m_session.audit(QStringLiteral("key.grant.pending"), keyObject(c),
                                    QStringLiteral("user=%1").arg(user), error)) {
            return false;
        }
    }
    return true;
}

std::optional<int> KeyService::fulfilPending(Error* error)
{
    KeyStore store(m_session.db());
    const auto grants = store.pendingGrants(error);
    if (!grants)
        return std::nullopt;
    int sealed = 0;
    UserRepository users(m_session.db());
    TransactionGuard transaction(m_session.db());
    for (const PendingGrant& g : *grants) {
        if (!m_session.keys().holds(g.capability))
            continue;
        Error lookupError;
        const auto record = users.find(g.user, &lookupError);
        // A grant outlived by a removal or a role change is dropped, not fulfilled.
        if (!record || !Capabilities::carries(record->roles, g.capability)) {
            if (!store.removeGrant(g.user, g.capability, error))
                return std::nullopt;
            continue;
        }
        const auto publicKey = identityOf(g.user, error);
        if (!publicKey || !sealTo(g.user, *publicKey, g.capability, error))
            return std::nullopt;
        ++sealed;
    }
    if (!m_session.commit(transaction, error, Change::Users))
        return std::nullopt;
    return sealed;
}

bool KeyService::revoke(const QString& user, QList<Capability> capabilities, Error* error)
{
    if (capabilities.isEmpty())
        capabilities = Capabilities::sealedInRegister();
    KeyStore store(m_session.db());
    const auto seals = store.sealsFor(userKind, user, error);
    if (!seals)
        return false;
    for (Capability c : capabilities) {
        bool held = false;
        for (const CapabilitySealRow& s : *seals)
            held = held || s.capability == c;
        if (!store.removeSeals(userKind, user, c, error) || !store.removeGrant(user, c, error))
            return false;
        if (held && !rotateOne(c, user, error))
            return false;
    }
    return true;
}

bool KeyService::refuseLosingLastHolder(const QString& user, const QList<Capability>& capabilities,
                                        Error* error) const
{
    KeyStore store(m_session.db());
    for (Capability c : capabilities) {
        const auto current = store.current(c, error);
        const auto holders = current ? store.holders(c, current->version, error) : std::nullopt;
        if (!holders)
            return false;
        if (holders->contains(user) && holders->size() == 1)
            return fail(error, ErrorKind::RefusedByRule,
                        tr("%1 is the only user who holds %2: without them nobody could open "
                           "what it protects again. Add another user whose role carries it, "
                           "let them log in once (the key is sealed to them then), and try "
                           "again.")
                            .arg(user, Capabilities::displayName(c)));
    }
    return true;
}

bool KeyService::rotate(const QList<Capability>& capabilities, Error* error)
{
    for (Capability c : capabilities) {
        if (!rotateOne(c, {}, error))
            return false;
    }
    return true;
}

bool KeyService::rotateOne(Capability c, const QString& user, Error* error)
{
    KeyStore store(m_session.db());
    // A new version for everyone who still holds the key, and for the recovery slot.
    const auto current = store.current(c, error);
    if (!current)
        return false;
    const auto holders = store.holders(c, current->version, error);
    if (!holders)
        return false;
    const int version = current->version + 1;
    CapabilityKey next{c, version, {}, {}};
    if (Capabilities::isKeyPair(c)) {
        auto pair = CapabilityKeyPair::generate(error);
        if (!pair)
            return false;
        next.publicKey = pair->publicKey;
        next.secret = std::move(pair->secretKey);
    } else {
        next.secret = SecretBytes::random(32);
    }
    if (!store.addKey({c, version, next.publicKey}, m_session.userName(),
                      m_session.clock().nowUtc(), error))
        return false;
    QStringList sealedTo;
    for (const QString& holder : *holders) {
        if (holder == user)
            continue;
        const auto publicKey = identityOf(holder, error);
        if (!publicKey)
            return false;
        if (!store.addSeal(
                {c, version, userKind, holder, IdentitySeal::seal(*publicKey, next.secret)},
                m_session.userName(), m_session.clock().nowUtc(), error))
            return false;
        sealedTo << holder;
    }
    QSqlQuery recovery(m_session.db());
    recovery.prepare(
        QStringLiteral("SELECT slot_id, public_key FROM key_identities WHERE kind = 'recovery'"));
    if (!recovery.exec())
        return fail(error, ErrorKind::Damaged, recovery.lastError().text());
    while (recovery.next()) {
        if (!store.addSeal({c, version, recoveryKind, recovery.value(0).toString(),
                            IdentitySeal::seal(recovery.value(1).toByteArray(), next.secret)},
                           m_session.userName(), m_session.clock().nowUtc(), error))
            return false;
    }
    // A new lookup key indexes nothing yet: every identifier waits to be indexed again.
    if (c == Capability::Lookup) {
        QSqlQuery pending(m_session.db());
        if (!pending.exec(QStringLiteral(
                "UPDATE calls SET caller_pending = 1 WHERE caller_index IS NOT NULL")) ||
            !pending.exec(QStringLiteral(
                "UPDATE subject_identifiers SET lookup = NULL WHERE lookup IS NOT NULL")) ||
            !pending.exec(QStringLiteral("UPDATE chats SET identifiers_pending = 1 WHERE id"
                                         " IN (SELECT chat_id FROM chat_identifiers)")))
            return fail(error, ErrorKind::Damaged, pending.lastError().text());
    }
    // The session keeps the new version only when it stays a holder (it then completes
    // the rotation itself); a user revoking their own never sees the new one.
    if (m_session.keys().holds(c) && m_session.userName() != user)
        m_session.keys().add(std::move(next));
    if (!m_session.audit(
            QStringLiteral("key.rotate"), keyObject(c),
            QStringLiteral("%1version=%2 holders=%3")
                .arg(user.isEmpty() ? QString() : QStringLiteral("revoked=%1 ").arg(user))
                .arg(version)
                .arg(sealedTo.size()),
            error))
        return false;
    return true;
}

std::optional<qint64> KeyService::completeRotations(Error* error)
{
    // Where each capability seals values: table, column, and how a row names its place.
    struct Column
    {
        Capability capability;
        QString select; ///< id-ish columns first, the sealed value last
        QString update;
        std::function<QByteArray(const QSqlQuery&)> place;
    };
    const QList<Column> columns = {
        {Capability::Identifiers,
         QStringLiteral("SELECT id, caller_sealed FROM calls WHERE caller_sealed IS NOT NULL"),
         QStringLiteral("UPDATE calls SET caller_sealed = ? WHERE id = ?"),
         [](const QSqlQuery& q) {
             return QByteArray("calls/caller/") + q.value(0).toByteArray();
         }},
        {Capability::Identifiers,
         QStringLiteral("SELECT id, subject_pending FROM calls WHERE subject_pending IS NOT NULL"),
         QStringLiteral("UPDATE calls SET subject_pending = ? WHERE id = ?"),
         [](const QSqlQuery& q) {
             return QByteArray("calls/subject/") + q.value(0).toByteArray();
         }},
        {Capability::Identifiers,
         QStringLiteral("SELECT id, nickname_sealed FROM chats WHERE nickname_sealed IS NOT NULL"),
         QStringLiteral("UPDATE chats SET nickname_sealed = ? WHERE id = ?"),
         [](const QSqlQuery& q) {
             return QByteArray("chats/nickname/") + q.value(0).toByteArray();
         }},
        {Capability::Identifiers,
         QStringLiteral("SELECT id, subject_pending FROM chats WHERE subject_pending IS NOT NULL"),
         QStringLiteral("UPDATE chats SET subject_pending = ? WHERE id = ?"),
         [](const QSqlQuery& q) {
             return QByteArray("chats/subject/") + q.value(0).toByteArray();
         }},
        {Capability::Identifiers,
         QStringLiteral("SELECT id, chat_id, seq, text_sealed FROM chat_messages WHERE"
                        " text_sealed IS NOT NULL"),
         QStringLiteral("UPDATE chat_messages SET text_sealed = ? WHERE id = ?"),
         [](const QSqlQuery& q) {
             return QByteArray("chat_messages/text/") + q.value(1).toByteArray() + '/' +
                    q.value(2).toByteArray();
         }},
        {Capability::Identifiers,
         QStringLiteral("SELECT id, subject_id, kind, value_sealed FROM subject_identifiers"),
         QStringLiteral("UPDATE subject_identifiers SET value_sealed = ? WHERE id = ?"),
         [](const QSqlQuery& q) {
             return QByteArray("subject_identifiers/value/") + q.value(1).toByteArray() + '/' +
                    q.value(2).toByteArray();
         }},
        {Capability::Recordings,
         QStringLiteral("SELECT id, file_name, file_key_sealed FROM recordings"),
         QStringLiteral("UPDATE recordings SET file_key_sealed = ? WHERE id = ?"),
         [](const QSqlQuery& q) {
             return QByteArray("recordings/file_key/") + q.value(1).toByteArray();
         }},
    };
    KeyStore store(m_session.db());
    FieldCrypto crypto(m_session);
    qint64 resealed = 0;
    TransactionGuard transaction(m_session.db());
    for (Capability c : {Capability::Identifiers, Capability::Recordings}) {
        const auto versions = store.versions(c, error);
        if (!versions)
            return std::nullopt;
        const CapabilityKey* current = m_session.keys().current(c);
        if (versions->size() < 2 || !current || current->version != versions->first().version)
            continue; // nothing rotated, or this session cannot finish it
        QSqlQuery older(m_session.db());
        older.prepare(QStringLiteral(
            "SELECT 1 FROM capability_seals WHERE capability = ? AND version < ? LIMIT 1"));
        older.addBindValue(Capabilities::id(c));
        older.addBindValue(current->version);
        if (!older.exec() || !older.next())
            continue; // finished before: the older versions are retired
        bool complete = true;
        for (const Column& column : columns) {
            if (column.capability != c)
                continue;
            QSqlQuery select(m_session.db()), update(m_session.db());
            select.setForwardOnly(true);
            if (!select.exec(column.select))
                return fail(error, ErrorKind::Damaged, select.lastError().text()), std::nullopt;
            QList<std::pair<qint64, QByteArray>> stale; // id → resealed value
            const int valueAt = select.record().count() - 1;
            while (select.next()) {
                const QByteArray sealed = select.value(valueAt).toByteArray();
                if (store.batchVersion(SealedFieldReader::batchOf(sealed)) >= current->version)
                    continue;
                const QByteArray place = column.place(select);
                Error openError;
                const auto plain = crypto.open(c, sealed, place, &openError);
                const auto again = plain ? crypto.seal(c, *plain, place, error) : std::nullopt;
                if (!again) {
                    complete = false; // an older version this session does not hold
                    continue;
                }
                stale.append({select.value(0).toLongLong(), *again});
            }
            update.prepare(column.update);
            for (const auto& [id, value] : std::as_const(stale)) {
                update.bindValue(0, value);
                update.bindValue(1, id);
                if (!update.exec())
                    return fail(error, ErrorKind::Damaged, update.lastError().text()), std::nullopt;
                ++resealed;
            }
        }
        // Older versions go once nothing is sealed to them.
        if (complete) {
            QSqlQuery retire(m_session.db());
            retire.prepare(QStringLiteral(
                "DELETE FROM capability_seals WHERE capability = ? AND version < ?"));
            retire.addBindValue(Capabilities::id(c));
            retire.addBindValue(current->version);
            if (!retire.exec())
                return fail(error, ErrorKind::Damaged, retire.lastError().text()), std::nullopt;
        }
    }
    // The lookup key's older versions go once every identifier is indexed anew.
    if (const CapabilityKey* lookup = m_session.keys().current(Capability::Lookup)) {
        QSqlQuery waiting(m_session.db());
        if (waiting.exec(QStringLiteral(
                "SELECT (SELECT count(*) FROM calls WHERE caller_pending) + (SELECT count(*) FROM"
                " chats WHERE identifiers_pending) + (SELECT count(*) FROM subject_identifiers"
                " WHERE lookup IS NULL)")) &&
            waiting.next() && waiting.value(0).toLongLong() == 0) {
            QSqlQuery retire(m_session.db());
            retire.prepare(QStringLiteral(
                "DELETE FROM capability_seals WHERE capability = 'lookup' AND version < ?"));
            retire.addBindValue(lookup->version);
            if (!retire.exec())
                return fail(error, ErrorKind::Damaged, retire.lastError().text()), std::nullopt;
        }
    }
    if (resealed > 0 && !m_session.audit(QStringLiteral("key.rotation.complete"), {},
                                         QStringLiteral("resealed=%1").arg(resealed), error))
        return std::nullopt;
    if (!m_session.commit(transaction, error, Change::Users))
        return std::nullopt;
    return resealed;
}

bool KeyService::handover(Error* error)
{
    if (!m_session.require(Permission::ManageUsers, QStringLiteral("user.handover"),
                           QStringLiteral("user:%1").arg(m_session.userName()), error))
        return false;
    KeyStore store(m_session.db());
    TransactionGuard transaction(m_session.db());
    QStringList dropped;
    QList<Capability> capabilities;
    for (Capability c : Capabilities::sealedInRegister()) {
        if (Capabilities::carries(m_session.roles(), c) || !m_session.keys().holds(c))
            continue;
        const auto current = store.current(c, error);
        const auto holders = current ? store.holders(c, current->version, error) : std::nullopt;
        if (!holders)
            return false;
        if (holders->size() - holders->count(m_session.userName()) < 1)
            return fail(error, ErrorKind::RefusedByRule,
                        tr("Nobody else holds %1 yet: add a user whose roles carry it, let them "
                           "log in once, and hand over then.")
                            .arg(Capabilities::displayName(c)));
        capabilities << c;
        dropped << Capabilities::id(c);
    }
    if (capabilities.isEmpty())
        return fail(error, ErrorKind::RefusedByRule,
                    tr("You hold no key that your roles do not carry: there is nothing to hand "
                       "over."));
    // Dropped and rotated: a copy kept from before opens nothing sealed after the handover,
    // and nothing at all once the holders' next login has sealed the old values again.
    if (!revoke(m_session.userName(), capabilities, error))
        return false;
    if (!m_session.audit(QStringLiteral("user.handover"),
                         QStringLiteral("user:%1").arg(m_session.userName()),
                         QStringLiteral("dropped=%1").arg(dropped.join(QLatin1Char(','))), error) ||
        !m_session.commit(transaction, error, Change::Users))
        return false;
    for (const QString& id : std::as_const(dropped))
        m_session.keys().drop(*Capabilities::fromId(id));
    return true;
}

} // namespace tallenne
