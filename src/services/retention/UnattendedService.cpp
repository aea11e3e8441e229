#include "services/retention/UnattendedService.h"

#include "crypto/KeySlotFile.h"
#include "crypto/WorkstationKeychain.h"
#include "services/Session.h"
#include "services/Vault.h"
#include "services/audit/AuditAuthors.h"
#include "storage/TransactionGuard.h"

namespace tallenne {

namespace {
const KeySlot::Kind unattended = KeySlot::Kind::Unattended;
}

UnattendedService::UnattendedService(Session& session) : m_session(session) {}

bool UnattendedService::enable(Error* error)
{
    const QString slotId = KeySlot::fixedId(unattended);
    const QString object = AuditAuthors::authorOf(unattended, slotId);
    if (!m_session.require(Permission::ManageUsers, QStringLiteral("unattended.enable"), object,
                           error))
        return false;
    auto file = KeySlotFile::load(m_session.paths().keySlots(), error);
    if (!file)
        return false;
    const SecretBytes secret = SecretBytes::random(KeySlot::UnattendedSecretBytes);
    SigningKey signer;
    // Unbound: the secret already lives only in this machine's keychain.
    const auto slot =
        Vault::createSlot(unattended, slotId, 1, file->registerId(), m_session.dataKey(), secret,
                          nullptr, Vault::kdfFor(m_session.options()), error, &signer);
    if (!slot)
        return false;
    const WorkstationKeychain keychain{
        std::chrono::milliseconds(m_session.options().keychainTimeoutMs)};
    if (!keychain.write(WorkstationKeychain::unattendedEntry(file->registerId()), secret, error))
        return false;
    TransactionGuard transaction(m_session.db());
    if (!Vault::recordIdentity(m_session.db(), *slot, error) ||
        !AuditAuthors::recordKey(m_session.db(), unattended, slotId, signer.publicKey(), error) ||
        !m_session.audit(QStringLiteral("key.add"), object,
                         AuditAuthors::keyDetails(signer.publicKey()), error) ||
        !m_session.audit(QStringLiteral("unattended.enable"), object, {}, error))
        return false;
    if (!KeySlotFile::update(
            m_session.paths().keySlots(),
            [&slot, &slotId](KeySlotFile& current, Error* e) {
                current.removeSlot(unattended, slotId);
                return current.addSlot(*slot, e);
            },
            error))
        return false;
    return m_session.commit(transaction, error);
}

bool UnattendedService::disable(Error* error)
{
    const QString slotId = KeySlot::fixedId(unattended);
    const QString object = AuditAuthors::authorOf(unattended, slotId);
    if (!m_session.require(Permission::ManageUsers, QStringLiteral("unattended.disable"), object,
                           error))
        return false;
    auto file = KeySlotFile::load(m_session.paths().keySlots(), error);
    if (!file)
        return false;
    const WorkstationKeychain keychain{
        std::chrono::milliseconds(m_session.options().keychainTimeoutMs)};
    TransactionGuard transaction(m_session.db());
    if (!Vault::forgetIdentity(m_session.db(), unattended, slotId, error) ||
        !m_session.audit(QStringLiteral("unattended.disable"), object, {}, error) ||
        !KeySlotFile::update(
            m_session.paths().keySlots(),
            [&slotId](KeySlotFile& current, Error*) {
                current.removeSlot(unattended, slotId);
                return true;
            },
            error) ||
        !m_session.commit(transaction, error))
        return false;
    return keychain.remove(WorkstationKeychain::unattendedEntry(file->registerId()), error);
}

std::optional<UnattendedStatus> UnattendedService::status(Error* error)
{
    if (!m_session.require(Permission::ManageUsers, QStringLiteral("unattended.status"),
                           AuditAuthors::authorOf(unattended, KeySlot::fixedId(unattended)), error))
        return std::nullopt;
    auto file = KeySlotFile::load(m_session.paths().keySlots(), error);
    if (!file)
        return std::nullopt;
    UnattendedStatus s;
    s.enabled = file->findSlot(unattended, KeySlot::fixedId(unattended)) != nullptr;
    const WorkstationKeychain keychain{
        std::chrono::milliseconds(m_session.options().keychainTimeoutMs)};
    Error readError;
    bool notFound = false;
    s.secretOnThisMachine =
        !keychain
             .read(WorkstationKeychain::unattendedEntry(file->registerId()), &readError, &notFound)
             .isNull();
    if (!s.secretOnThisMachine && !notFound) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    return s;
}

} // namespace tallenne
