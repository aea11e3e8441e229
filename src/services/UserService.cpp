#include "services/UserService.h"

#include "core/Capability.h"
#include "crypto/KeySlotFile.h"
#include "services/PasswordPolicy.h"
#include "services/ProfileService.h"
#include "services/RegisterService.h"
#include "services/Session.h"
#include "services/Vault.h"
#include "services/audit/AuditAuthors.h"
#include "services/keys/KeyService.h"
#include "storage/KeyStore.h"
#include "storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tallenne {

namespace {
QString userObject(const QString& name)
{
    return QStringLiteral("user:%1").arg(name);
}
} // namespace

UserService::UserService(Session& session) : m_session(session) {}

bool UserService::validName(const QString& name, Error* error)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}._-]{1,64}$"));
    if (!pattern.match(name).hasMatch())
        return fail(error, ErrorKind::InputRejected,
                    tr("A user name has 1 to 64 letters, digits, dots, underscores or hyphens."));
    return true;
}

QStringList UserService::personalWords(const QString& name)
{
    QStringList registerNames;
    Error ignored; // no profile yet, or none readable: the names are then not known
    if (const auto profile = ProfileService(m_session).current(&ignored))
        registerNames << profile->registerName().fi << profile->registerName().en;
    return PasswordPolicy::personalWords(name, m_session.paths().folder, registerNames);
}

bool UserService::add(const QString& name, Roles roles, const SecretBytes& password, Error* error)
{
    if (!m_session.require(Permission::ManageUsers, QStringLiteral("user.add"), userObject(name),
                           error))
        return false;
    if (!validName(name, error) || !PasswordPolicy::check(password, personalWords(name), error))
        return false;
    if (roles == Roles{})
        return fail(error, ErrorKind::InputRejected, tr("A user needs at least one role."));
    auto file = KeySlotFile::load(m_session.paths().keySlots(), error);
    if (!file)
        return false;
    UserRepository users(m_session.db());
    Error lookupError;
    if (users.find(name, &lookupError) || file->findSlot(KeySlot::Kind::User, name))
        return fail(error, ErrorKind::InputRejected,
                    tr("There is already a user called %1.").arg(name));

    SecretBytes workstation = Vault::workstationSecret(*file, m_session.options(), error);
    if (file->bindingEnabled() && workstation.isNull())
        return false;
    SigningKey signer;
    auto slot =
        Vault::createSlot(KeySlot::Kind::User, name, 1, file->registerId(), m_session.dataKey(),
                          password, file->bindingEnabled() ? &workstation : nullptr,
                          Vault::kdfFor(m_session.options()), error, &signer);
    if (!slot)
        return false;

    TransactionGuard transaction(m_session.db());
    UserRecord record;
    record.name = name;
    record.roles = roles;
    record.created = m_session.clock().nowUtc();
    // The administrator's signed entry is where the new user's signing key enters the trail.
    if (!users.insert(record, error) || !Vault::recordIdentity(m_session.db(), *slot, error) ||
        !AuditAuthors::recordKey(m_session.db(), KeySlot::Kind::User, name, signer.publicKey(),
                                 error) ||
        !m_session.audit(QStringLiteral("user.add"), userObject(name),
                         AuditAuthors::userDetails(roles, signer.publicKey()), error) ||
        // The keys the roles carry: sealed now by this administrator where they hold them,
        // else at the next login of someone who does.
        !KeyService(m_session).grant(name, roles, slot->publicKey(), error))
        return false;
    // The slot is saved before the row commits: a crash in between leaves a slot that opens
    // no user record (verify reports it), never a user who cannot have a slot. It is added to
    // the file as it is under the lock, where a parallel add of the same name is refused.
    if (!KeySlotFile::update(
            m_session.paths().keySlots(),
            [&slot](KeySlotFile& current, Error* e) { return current.addSlot(*slot, e); }, error))
        return false;
    return m_session.commit(transaction, error, Change::Users);
}

bool UserService::remove(const QString& name, Error* error)
{
    if (!m_session.require(Permission::ManageUsers, QStringLiteral("user.remove"), userObject(name),
                           error))
        return false;
    if (name == m_session.userName())
        return fail(error, ErrorKind::RefusedByRule, tr("You cannot remove yourself."));
    UserRepository users(m_session.db());
    const auto record = users.find(name, error);
    if (!record)
        return (error && error->isError()) ||
               fail(error, ErrorKind::InputRejected, tr("There is no user called %1.").arg(name));
    if (record->roles.testFlag(Role::Administrator) &&
        users.countWithRole(Role::Administrator, error) <= 1)
        return fail(error, ErrorKind::RefusedByRule,
                    tr("The last administrator cannot be removed."));
    if (!KeyService(m_session).refuseLosingLastHolder(name, Capabilities::sealedInRegister(),
                                                      error))
        return false;
    TransactionGuard transaction(m_session.db());
    // Every key the user held is rotated: a new version sealed to the remaining holders.
    if (!KeyService(m_session).revoke(name, {}, error) || !users.remove(name, error) ||
        !Vault::forgetIdentity(m_session.db(), KeySlot::Kind::User, name, error) ||
        !m_session.audit(QStringLiteral("user.remove"), userObject(name), {}, error))
        return false;
    const bool removed = KeySlotFile::update(
        m_session.paths().keySlots(),
        [&name](KeySlotFile& current, Error*) {
            current.removeSlot(KeySlot::Kind::User, name);
            return true;
        },
        error);
    if (!removed || !m_session.commit(transaction, error, Change::Users))
        return false;
    // And the register key: an old keyslots.json and the old password open nothing current.
    return RegisterService::rekey(m_session, error);
}

bool UserService::changePassword(const QString& name, const SecretBytes& newPassword, Error* error,
                                 bool rotate)
{
    if (name != m_session.userName() &&
        !m_session.require(Permission::ManageUsers, QStringLiteral("user.passwd"), userObject(name),
                           error))
        return false;
    if (!PasswordPolicy::check(newPassword, personalWords(name), error))
        return false;
    auto file = KeySlotFile::load(m_session.paths().keySlots(), error);
    if (!file)
        return false;
    const KeySlot* old = file->findSlot(KeySlot::Kind::User, name);
    if (!old)
        return fail(error, ErrorKind::InputRejected, tr("There is no user called %1.").arg(name));
    SecretBytes workstation = Vault::workstationSecret(*file, m_session.options(), error);
    if (file->bindingEnabled() && workstation.isNull())
        return false;
    // A new identity and a new version: the old slot (and any copy of it) is useless. The new
    // identity signs with a new key, which the entry (signed with the old key, or by an
    // administrator) introduces.
    SigningKey signer;
    auto slot = Vault::createSlot(KeySlot::Kind::User, name, old->version() + 1, file->registerId(),
                                  m_session.dataKey(), newPassword,
                                  file->bindingEnabled() ? &workstation : nullptr,
                                  Vault::kdfFor(m_session.options()), error, &signer);
    if (!slot)
        return false;
    // The new identity gets the keys again: at once where this session holds them (always
    // for one's own password), else when a holder logs in.
    const auto record = UserRepository(m_session.db()).find(name, error);
    if (!record)
        return false;
    // The new slot replaces the one it was made from, and only that one: a change another
    // session made meanwhile is never reverted.
    const int oldVersion = old->version();
    const auto replaceOld = [&](KeySlotFile& current, Error* e) {
        const KeySlot* now = current.findSlot(KeySlot::Kind::User, name);
        if (!now || now->version() != oldVersion)
            return fail(e, ErrorKind::RefusedByRule,
                        tr("The key slot of %1 was changed by another session meanwhile; the "
                           "password was not changed. Try again.")
                            .arg(name));
        return current.replaceSlot(*slot, e);
    };
    QList<Capability> carried, unheld;
    for (Capability c : Capabilities::sealedInRegister()) {
        if (Capabilities::carries(record->roles, c)) {
            carried << c;
            if (!m_session.keys().holds(c))
                unheld << c;
        }
    }
    // Someone else's new slot gets the keys this session holds at once; the others wait for
    // a holder, and the user must not be the only one.
    if (name != m_session.userName() &&
        !KeyService(m_session).refuseLosingLastHolder(name, unheld, error))
        return false;
    TransactionGuard transaction(m_session.db());
    if (!Vault::recordIdentity(m_session.db(), *slot, error) ||
        !AuditAuthors::recordKey(m_session.db(), KeySlot::Kind::User, name, signer.publicKey(),
                                 error) ||
        !KeyStore(m_session.db()).removeSeals(QStringLiteral("user"), name, std::nullopt, error) ||
        !KeyService(m_session).grant(name, record->roles, slot->publicKey(), error) ||
        (rotate && !KeyService(m_session).rotate(carried, error)) ||
        !m_session.audit(QStringLiteral("user.passwd"), userObject(name),
                         AuditAuthors::keyDetails(signer.publicKey()), error) ||
        !KeySlotFile::update(m_session.paths().keySlots(), replaceOld, error))
        return false;
    if (!transaction.commit(error))
        return false;
    if (name == m_session.userName())
        m_session.replaceSigningKey(std::move(signer));
    if (!m_session.syncAuditAnchor(error))
        return false;
    // The permission was checked above (one's own password, or ManageUsers).
    return !rotate || RegisterService::rekeyChecked(m_session, error);
}

bool UserService::setRoles(const QString& name, Roles roles, Error* error)
{
    if (!m_session.require(Permission::ManageUsers, QStringLiteral("user.roles"), userObject(name),
                           error))
        return false;
    if (roles == Roles{})
        return fail(error, ErrorKind::InputRejected, tr("A user needs at least one role."));
    UserRepository users(m_session.db());
    const auto record = users.find(name, error);
    if (!record)
        return (error && error->isError()) ||
               fail(error, ErrorKind::InputRejected, tr("There is no user called %1.").arg(name));
    if (record->roles.testFlag(Role::Administrator) && !roles.testFlag(Role::Administrator) &&
        users.countWithRole(Role::Administrator, error) <= 1)
        return fail(error, ErrorKind::RefusedByRule,
                    tr("The last administrator must stay an administrator."));
    // Keys follow the roles: new ones granted, dropped ones rotated away from the user.
    QList<Capability> dropped;
    for (Capability c : Capabilities::sealedInRegister()) {
        if (Capabilities::carries(record->roles, c) && !Capabilities::carries(roles, c))
            dropped << c;
    }
    if (!KeyService(m_session).refuseLosingLastHolder(name, dropped, error))
        return false;
    QSqlQuery identity(m_session.db());
    identity.prepare(QStringLiteral(
        "SELECT public_key FROM key_identities WHERE kind = 'user' AND slot_id = ?"));
    identity.addBindValue(name);
    if (!identity.exec() || !identity.next())
        return fail(error, ErrorKind::Damaged,
                    tr("The register does not know the key slot identity of %1.").arg(name));
    const QByteArray publicKey = identity.value(0).toByteArray();
    identity.finish();
    TransactionGuard transaction(m_session.db());
    KeyService keys(m_session);
    if (!users.setRoles(name, roles, error) ||
        !m_session.audit(
            QStringLiteral("user.roles"), userObject(name),
            QStringLiteral("roles=%1").arg(RoleNames::ids(roles).join(QLatin1Char(','))), error) ||
        (!dropped.isEmpty() && !keys.revoke(name, dropped, error)) ||
        !keys.grant(name, roles, publicKey, error))
        return false;
    return m_session.commit(transaction, error, Change::Users);
}

QList<UserRecord> UserService::list(Error* error)
{
    if (!m_session.require(Permission::ManageUsers, QStringLiteral("user.list"), {}, error))
        return {};
    TransactionGuard transaction(m_session.db());
    QList<UserRecord> users = UserRepository(m_session.db()).list(error);
    if (!m_session.audit(QStringLiteral("user.list"), {}, {}, error) ||
        !m_session.commit(transaction, error))
        return {};
    return users;
}

} // namespace tallenne
