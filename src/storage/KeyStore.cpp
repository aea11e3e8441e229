#include "storage/KeyStore.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

KeyStore::KeyStore(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<QList<CapabilityKeyRow>> KeyStore::versions(Capability capability, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT version, public_key FROM capability_keys WHERE capability ="
                             " ? ORDER BY version DESC"));
    q.addBindValue(Capabilities::id(capability));
    if (!Database::execPrepared(q, tr("Reading the register's keys"), error))
        return std::nullopt;
    QList<CapabilityKeyRow> out;
    while (q.next())
        out.append({capability, q.value(0).toInt(), q.value(1).toByteArray()});
    return out;
}

std::optional<CapabilityKeyRow> KeyStore::current(Capability capability, Error* error) const
{
    const auto all = versions(capability, error);
    if (!all)
        return std::nullopt;
    if (all->isEmpty()) {
        fail(error, ErrorKind::Damaged,
             tr("The register has no %1.").arg(Capabilities::displayName(capability)));
        return std::nullopt;
    }
    return all->first();
}

bool KeyStore::addKey(const CapabilityKeyRow& key, const QString& createdBy, const QDateTime& at,
                      Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO capability_keys (capability, version, public_key,"
                             " created_by, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(Capabilities::id(key.capability));
    q.addBindValue(key.version);
    q.addBindValue(key.publicKey.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                           : QVariant(key.publicKey));
    q.addBindValue(createdBy);
    q.addBindValue(at.toSecsSinceEpoch());
    return Database::execPrepared(q, tr("Storing a key"), error);
}

std::optional<QList<CapabilitySealRow>>
KeyStore::sealsFor(const QString& slotKind, const QString& slotId, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT capability, version, sealed FROM capability_seals"
                             " WHERE slot_kind = ? AND slot_id = ? ORDER BY capability, version"));
    q.addBindValue(slotKind);
    q.addBindValue(slotId);
    if (!Database::execPrepared(q, tr("Reading the register's keys"), error))
        return std::nullopt;
    QList<CapabilitySealRow> out;
    while (q.next()) {
        const auto capability = Capabilities::fromId(q.value(0).toString());
        if (!capability)
            continue; // a capability of a newer Tallenne: not for this version
        out.append({*capability, q.value(1).toInt(), slotKind, slotId, q.value(2).toByteArray()});
    }
    return out;
}

std::optional<QStringList> KeyStore::holders(Capability capability, int version, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT slot_id FROM capability_seals WHERE capability = ? AND"
                             " version = ? AND slot_kind = 'user' ORDER BY slot_id"));
    q.addBindValue(Capabilities::id(capability));
    q.addBindValue(version);
    if (!Database::execPrepared(q, tr("Reading the register's keys"), error))
        return std::nullopt;
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool KeyStore::addSeal(const CapabilitySealRow& seal, const QString& sealedBy, const QDateTime& at,
                       Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO capability_seals (capability, version,"
                             " slot_kind, slot_id, sealed, sealed_by, sealed_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Capabilities::id(seal.capability));
    q.addBindValue(seal.version);
    q.addBindValue(seal.slotKind);
    q.addBindValue(seal.slotId);
    q.addBindValue(seal.sealed);
    q.addBindValue(sealedBy);
    q.addBindValue(at.toSecsSinceEpoch());
    return Database::execPrepared(q, tr("Storing a key"), error);
}

bool KeyStore::removeSeals(const QString& slotKind, const QString& slotId,
                           std::optional<Capability> capability, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM capability_seals WHERE slot_kind = ? AND slot_id = ?") +
              (capability ? QStringLiteral(" AND capability = ?") : QString()));
    q.addBindValue(slotKind);
    q.addBindValue(slotId);
    if (capability)
        q.addBindValue(Capabilities::id(*capability));
    return Database::execPrepared(q, tr("Removing a key"), error);
}

bool KeyStore::addGrant(const PendingGrant& grant, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO capability_grants (user, capability,"
                             " requested_by, requested_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(grant.user);
    q.addBindValue(Capabilities::id(grant.capability));
    q.addBindValue(grant.requestedBy);
    q.addBindValue(grant.requestedAt.toSecsSinceEpoch());
    return Database::execPrepared(q, tr("Storing a grant"), error);
}

bool KeyStore::removeGrant(const QString& user, Capability capability, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM capability_grants WHERE user = ? AND capability = ?"));
    q.addBindValue(user);
    q.addBindValue(Capabilities::id(capability));
    return Database::execPrepared(q, tr("Removing a grant"), error);
}

bool KeyStore::removeGrants(const QString& user, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM capability_grants WHERE user = ?"));
    q.addBindValue(user);
    return Database::execPrepared(q, tr("Removing a grant"), error);
}

std::optional<QList<PendingGrant>> KeyStore::pendingGrants(Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT user, capability, requested_by, requested_at FROM"
                             " capability_grants ORDER BY requested_at, user"));
    if (!Database::execPrepared(q, tr("Reading the pending grants"), error))
        return std::nullopt;
    QList<PendingGrant> out;
    while (q.next()) {
        const auto capability = Capabilities::fromId(q.value(1).toString());
        if (!capability)
            continue;
        out.append({q.value(0).toString(), *capability, q.value(2).toString(),
                    QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)});
    }
    return out;
}

std::optional<qint64> KeyStore::addBatch(Capability capability, int version,
                                         const QByteArray& ephemeralPublicKey, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sealed_batches (capability, version, ephemeral_public)"
                             " VALUES (?, ?, ?)"));
    q.addBindValue(Capabilities::id(capability));
    q.addBindValue(version);
    q.addBindValue(ephemeralPublicKey);
    if (!Database::execPrepared(q, tr("Sealing values"), error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

std::optional<SealedFieldWriter> KeyStore::newWriter(Capability capability, Error* error)
{
    const auto key = current(capability, error);
    if (!key)
        return std::nullopt;
    auto writer = SealedFieldWriter::start(key->publicKey, error);
    if (!writer)
        return std::nullopt;
    const auto id = addBatch(capability, key->version, writer->ephemeralPublicKey(), error);
    if (!id)
        return std::nullopt;
    writer->setBatchId(*id);
    return writer;
}

SealedFieldReader KeyStore::reader(const CapabilityKey& key) const
{
    return SealedFieldReader(key.secret, key.publicKey,
                             [this](qint64 batch) { return batchPublicKey(batch); });
}

QByteArray KeyStore::batchPublicKey(qint64 batchId) const
{
    if (const auto it = m_batches.constFind(batchId); it != m_batches.constEnd())
        return it->first;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ephemeral_public, version FROM sealed_batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return {};
    m_batches.insert(batchId, {q.value(0).toByteArray(), q.value(1).toInt()});
    return q.value(0).toByteArray();
}

int KeyStore::batchVersion(qint64 batchId) const
{
    (void)batchPublicKey(batchId);
    return m_batches.value(batchId).second;
}

} // namespace tallenne
