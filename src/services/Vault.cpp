#include "services/Vault.h"

#include "crypto/WorkstationKeychain.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace tallenne {

KdfParams Vault::kdfFor(const VaultOptions& options)
{
    return options.fastKdfForTests ? KdfParams::forTests() : KdfParams::standard();
}

std::optional<KeySlot> Vault::createSlot(KeySlot::Kind kind, const QString& id, int version,
                                         const QString& registerId, const SecretBytes& dataKey,
                                         const SecretBytes& secret,
                                         const SecretBytes* workstationSecret, const KdfParams& kdf,
                                         Error* error, SigningKey* signingKey)
{
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, '\0');
    SecretBytes identity(crypto_box_SECRETKEYBYTES);
    if (identity.isNull() || !initialiseSodium()) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("Vault", "Locked memory for a key could not be had."));
        return std::nullopt;
    }
    crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), identity.data());
    auto slot = KeySlot::create(kind, id, version, registerId, identity, secret, workstationSecret,
                                kdf, error);
    if (!slot)
        return std::nullopt;
    slot->setIdentity(publicKey, QByteArray());
    reseal(*slot, dataKey);
    if (signingKey)
        *signingKey = SigningKey::fromIdentity(identity);
    return slot;
}

SecretBytes Vault::openIdentity(const KeySlot& slot, const QString& registerId,
                                const SecretBytes& secret, const SecretBytes* workstationSecret,
                                Error* error)
{
    SecretBytes identity = slot.unwrap(registerId, secret, workstationSecret, error);
    if (identity.isNull())
        return {};
    // The public key in the file must belong to the wrapped secret key; otherwise the
    // file was edited to seal someone else's key.
    QByteArray derived(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(derived.data()), identity.data());
    if (derived != slot.publicKey()) {
        fail(error, ErrorKind::Damaged,
             QCoreApplication::translate("Vault", "The key slot of %1 was altered: its public key "
                                                  "does not match its secret key.")
                 .arg(slot.id()));
        return {};
    }
    return identity;
}

SecretBytes Vault::openSealed(const KeySlot& slot, const QByteArray& sealed,
                              const SecretBytes& identity, Error* error)
{
    if (sealed.size() != crypto_box_SEALBYTES + 32) {
        fail(error, ErrorKind::Damaged,
             QCoreApplication::translate("Vault", "The sealed key of slot %1 has the wrong size.")
                 .arg(slot.id()));
        return {};
    }
    SecretBytes key(32);
    if (crypto_box_seal_open(key.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char*>(slot.publicKey().constData()),
                             identity.data()) != 0) {
        fail(error, ErrorKind::Damaged,
             QCoreApplication::translate("Vault", "The sealed key of slot %1 does not open: "
                                                  "keyslots.json was altered.")
                 .arg(slot.id()));
        return {};
    }
    return key;
}

QByteArray Vault::seal(const KeySlot& slot, const SecretBytes& secret)
{
    QByteArray sealed(qsizetype(crypto_box_SEALBYTES + secret.size()), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), secret.data(), secret.size(),
                    reinterpret_cast<const unsigned char*>(slot.publicKey().constData()));
    return sealed;
}

void Vault::reseal(KeySlot& slot, const SecretBytes& dataKey)
{
    slot.setIdentity(slot.publicKey(), seal(slot, dataKey));
    slot.setSealTag(slot.computeSealTag(dataKey));
}

bool Vault::recordIdentity(QSqlDatabase db, const KeySlot& slot, Error* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO key_identities (kind, slot_id, version, "
                             "public_key) VALUES (?, ?, ?, ?)"));
    q.addBindValue(KeySlot::kindName(slot.kind()));
    q.addBindValue(slot.id());
    q.addBindValue(slot.version());
    q.addBindValue(slot.publicKey());
    if (!q.exec())
        return fail(
            error, ErrorKind::Damaged,
            QCoreApplication::translate("Vault", "The key identity could not be recorded: %1")
                .arg(q.lastError().text()));
    return true;
}

bool Vault::forgetIdentity(QSqlDatabase db, KeySlot::Kind kind, const QString& id, Error* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM key_identities WHERE kind = ? AND slot_id = ?"));
    q.addBindValue(KeySlot::kindName(kind));
    q.addBindValue(id);
    if (!q.exec())
        return fail(
            error, ErrorKind::Damaged,
            QCoreApplication::translate("Vault", "The key identity could not be removed: %1")
                .arg(q.lastError().text()));
    return true;
}

bool Vault::checkIdentities(QSqlDatabase db, const KeySlotFile& file, Error* error)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT public_key FROM key_identities WHERE kind = ? AND slot_id = ?"));
    int position = 0;
    for (const KeySlot& slot : file.keySlots()) {
        ++position;
        q.addBindValue(KeySlot::kindName(slot.kind()));
        q.addBindValue(slot.id());
        if (!q.exec() || !q.next() || q.value(0).toByteArray() != slot.publicKey()) {
            return fail(error, ErrorKind::Damaged,
                        QCoreApplication::translate(
                            "Vault", "keyslots.json was altered: key slot %1 holds an identity "
                                     "this register does not know. Nothing was changed.")
                            .arg(position));
        }
        q.finish();
    }
    return true;
}

SecretBytes Vault::workstationSecret(const KeySlotFile& file, const VaultOptions& options,
                                     Error* error, bool* required)
{
    if (required)
        *required = file.bindingEnabled();
    if (!file.bindingEnabled())
        return {};
    const WorkstationKeychain keychain{std::chrono::milliseconds(options.keychainTimeoutMs)};
    bool notFound = false;
    SecretBytes secret =
        keychain.read(WorkstationKeychain::workstationEntry(file.registerId()), error, &notFound);
    if (secret.isNull() && notFound) {
        fail(error, ErrorKind::Authentication,
             QCoreApplication::translate(
                 "Vault", "This register is bound to another workstation: this machine's keychain "
                          "does not hold its secret. An administrator can bind it here with "
                          "'tallenne-admin rebind' and the recovery code."));
    }
    return secret;
}

SecretBytes Vault::slotWorkstationSecret(const KeySlotFile& file, const KeySlot& slot,
                                         const VaultOptions& options, Error* error)
{
    if (!slot.isBound())
        return {};
    if (!file.bindingEnabled()) {
        const QString holder =
            slot.kind() == KeySlot::Kind::User ? slot.id() : KeySlot::kindName(slot.kind());
        fail(error, ErrorKind::Damaged,
             QCoreApplication::translate(
                 "Vault", "keyslots.json was altered: it says the register is not bound to a "
                          "workstation (binding.enabled is false), but the key slot of %1 is "
                          "bound. Restore keyslots.json from a backup; 'tallenne-admin verify' "
                          "lists what else differs.")
                 .arg(holder));
        return {};
    }
    return workstationSecret(file, options, error);
}

} // namespace tallenne
