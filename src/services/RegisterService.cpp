#include "services/RegisterService.h"

#include "crypto/KeySlotFile.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SigningKey.h"
#include "crypto/WorkstationKeychain.h"
#include "services/AuditService.h"
#include "services/PasswordPolicy.h"
#include "services/UserService.h"
#include "services/Vault.h"
#include "services/audit/AuditAuthors.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/RecordingStore.h"
#include "storage/Schema.h"
#include "storage/SqlCipherDriver.h"
#include "storage/TransactionGuard.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace tallenne {

namespace {
const QString recoveryId = KeySlot::fixedId(KeySlot::Kind::Recovery);

bool makePrivateFolder(const QString& path, Error* error)
{
    if (!QDir().mkpath(path) ||
        !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return fail(error, ErrorKind::Environment,
                    RegisterService::tr("The folder %1 cannot be created.").arg(path));
    return true;
}

// Appends one audit entry for a process that acts without a user session (init, rebind),
// signed by the identity that acts.
bool auditWithoutSession(QSqlDatabase db, const Clock& clock, const SigningKey& signer,
                         const QString& user, const QString& roles, const QString& action,
                         const QString& object, const QString& details, Error* error)
{
    AuditEntry entry;
    entry.at = clock.nowUtc();
    entry.user = user;
    entry.roles = roles;
    entry.action = action;
    entry.object = object;
    entry.details = details;
    return AuditLog(db).append(entry, signer, error).has_value();
}

} // namespace

bool RegisterService::init(const RegisterPaths& paths, const QString& adminName,
                           const SecretBytes& adminPassword, const Clock& clock,
                           const VaultOptions& options, SecretBytes* recoveryCode, Error* error)
{
    if (!UserService::validName(adminName, error) ||
        !PasswordPolicy::check(adminPassword,
                               PasswordPolicy::personalWords(adminName, paths.folder), error))
        return false;
    const QDir target(paths.folder);
    if (target.exists() && !target.isEmpty())
        return fail(error, ErrorKind::RefusedByRule,
                    tr("%1 is not empty; a new register needs an empty or new folder.")
                        .arg(QDir::toNativeSeparators(paths.folder)));

    // Everything is built in a sibling folder and renamed into place at the end, so a crash
    // never leaves a half-made register behind under the real name.
    const QFileInfo info(paths.folder);
    const RegisterPaths staging{info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                                QStringLiteral(".init-") +
                                QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)};
    if (!makePrivateFolder(staging.folder, error) ||
        !makePrivateFolder(staging.recordings(), error))
        return false;
    const auto cleanUp = [&] {
        QDir(staging.folder).removeRecursively();
    };

    const QString registerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const KdfParams kdf = Vault::kdfFor(options);
    SecretBytes workstation;
    if (options.bindToWorkstation) {
        WorkstationKeychain keychain{std::chrono::milliseconds(options.keychainTimeoutMs)};
        workstation = keychain.ensureWorkstationSecret(registerId, error);
        if (workstation.isNull()) {
            cleanUp();
            return false;
        }
    }
    const SecretBytes dataKey = SecretBytes::random(32);
    SecretBytes code = RecoveryCode::generate();
    Error ignored;
    const SecretBytes canonicalCode = RecoveryCode::normalise(code, &ignored);

    KeySlotFile file(registerId);
    file.setBindingEnabled(options.bindToWorkstation);
    SigningKey adminSigner, recoverySigner;
    auto adminSlot = Vault::createSlot(
        KeySlot::Kind::User, adminName, 1, registerId, dataKey, adminPassword,
        options.bindToWorkstation ? &workstation : nullptr, kdf, error, &adminSigner);
    auto recoverySlot =
        adminSlot ? Vault::createSlot(KeySlot::Kind::Recovery, recoveryId, 1, registerId, dataKey,
                                      canonicalCode, nullptr, kdf, error, &recoverySigner)
                  : std::nullopt;
    if (!recoverySlot || !file.addSlot(*adminSlot, error) || !file.addSlot(*recoverySlot, error)) {
        cleanUp();
        return false;
    }
    if (options.bindToWorkstation)
        file.setWorkstationEscrow(Vault::seal(*recoverySlot, workstation));

    bool created = false;
    {
        auto database =
            Database::open(staging.database(), dataKey, Database::Mode::CreateNew, error);
        QSqlDatabase db = database ? database->db() : QSqlDatabase();
        if (database && Migrations::apply(db, Schema::migrations(), error)) {
            TransactionGuard transaction(db);
            UserRecord admin;
            admin.name = adminName;
            admin.roles = Role::Administrator;
            admin.created = clock.nowUtc();
            const QString adminRoles = RoleNames::id(Role::Administrator);
            // The trail's root: the first administrator introduces their own signing key;
            // everyone else's reaches the trail in entries an administrator signs.
            created =
                UserRepository(db).insert(admin, error) &&
                Vault::recordIdentity(db, *adminSlot, error) &&
                Vault::recordIdentity(db, *recoverySlot, error) &&
                // The capability keys, sealed to the first administrator (who holds them all
                // until a privacy officer exists) and the recovery slot.
                Schema::createCapabilityKeys(db, error).has_value() &&
                AuditAuthors::recordKey(db, KeySlot::Kind::User, adminName, adminSigner.publicKey(),
                                        error) &&
                AuditAuthors::recordKey(db, KeySlot::Kind::Recovery, recoveryId,
                                        recoverySigner.publicKey(), error) &&
                auditWithoutSession(
                    db, clock, adminSigner, adminName, adminRoles, QStringLiteral("user.add"),
                    QStringLiteral("user:%1").arg(adminName),
                    AuditAuthors::userDetails(Role::Administrator, adminSigner.publicKey()),
                    error) &&
                auditWithoutSession(
                    db, clock, adminSigner, adminName, adminRoles, QStringLiteral("register.init"),
                    QStringLiteral("register:%1").arg(registerId),
                    options.bindToWorkstation ? QStringLiteral("bound") : QStringLiteral("unbound"),
                    error) &&
                auditWithoutSession(db, clock, adminSigner, adminName, adminRoles,
                                    QStringLiteral("key.add"),
                                    AuditAuthors::authorOf(KeySlot::Kind::Recovery, recoveryId),
                                    AuditAuthors::keyDetails(recoverySigner.publicKey()), error) &&
                transaction.commit(error) && Session::advanceAnchor(db, file, error);
        }
    } // the connection is closed here, before the folder is renamed
    QFile::setPermissions(staging.database(), QFile::ReadOwner | QFile::WriteOwner);
    if (!created) {
        cleanUp();
        return false;
    }
    // Nobody else sees the staging folder yet; the lock is taken all the same, as for every
    // write of the file (its lock file moves into place with the folder).
    const bool saved = [&] {
        const auto lock = KeySlotFileLock::acquire(staging.keySlots(), error);
        return lock && file.save(*lock, staging.keySlots(), error);
    }();
    if (!saved) {
        cleanUp();
        return false;
    }
    if (target.exists())
        QDir().rmdir(paths.folder); // empty, checked above
    if (!QDir().rename(staging.folder, paths.folder)) {
        cleanUp();
        return fail(error, ErrorKind::Environment,
                    tr("The register could not be moved into %1.").arg(paths.folder));
    }
    if (recoveryCode)
        *recoveryCode = std::move(code);
    return true;
}

bool RegisterService::rebind(const RegisterPaths& paths, const SecretBytes& typedCode,
                             const Clock& clock, const VaultOptions& options, Error* error)
{
    auto file = KeySlotFile::load(paths.keySlots(), error);
    if (!file)
        return false;
    const SecretBytes code = RecoveryCode::normalise(typedCode, error);
    if (code.isNull())
        return false;
    const KeySlot* slot = file->findSlot(KeySlot::Kind::Recovery, recoveryId);
    if (!slot)
        return fail(error, ErrorKind::Damaged, tr("The register has no recovery slot."));
    Error slotError;
    const SecretBytes identity =
        Vault::openIdentity(*slot, file->registerId(), code, nullptr, &slotError);
    if (identity.isNull())
        return fail(error, slotError.kind,
                    slotError.kind == ErrorKind::Authentication ? tr("Wrong recovery code.")
                                                                : slotError.message);
    const SecretBytes dataKey = Vault::openSealed(*slot, slot->sealedKey(), identity, error);
    if (dataKey.isNull())
        return false;
    if (file->bindingEnabled()) {
        const SecretBytes workstation =
            Vault::openSealed(*slot, file->workstationEscrow(), identity, error);
        if (workstation.isNull())
            return false;
        WorkstationKeychain keychain{std::chrono::milliseconds(options.keychainTimeoutMs)};
        if (!keychain.write(WorkstationKeychain::workstationEntry(file->registerId()), workstation,
                            error))
            return false;
    }
    auto database = Database::open(paths.database(), dataKey, Database::Mode::OpenExisting, error);
    if (!database)
        return false;
    QSqlDatabase db = database->db();
    if (!Migrations::apply(db, Schema::migrations(), error))
        return false;
    // The recovery identity signs what it does; on a register from before signatures it
    // introduces its key first.
    const SigningKey signer = SigningKey::fromIdentity(identity);
    const QString slotUser = QStringLiteral("-");
    const QString slotRoles = KeySlot::kindName(KeySlot::Kind::Recovery);
    TransactionGuard transaction(db);
    if (!AuditAuthors::introduceIfNew(db, KeySlot::Kind::Recovery, recoveryId, signer,
                                      clock.nowUtc(), slotUser, slotRoles, error) ||
        !auditWithoutSession(db, clock, signer, slotUser, slotRoles,
                             QStringLiteral("register.rebind"),
                             QStringLiteral("register:%1").arg(file->registerId()),
                             file->bindingEnabled() ? QStringLiteral("bound to this workstation")
                                                    : QStringLiteral("register is not bound"),
                             error) ||
        !transaction.commit(error))
        return false;
    return KeySlotFile::update(
        paths.keySlots(),
        [&db](KeySlotFile& current, Error* e) { return Session::advanceAnchor(db, current, e); },
        error);
}

std::optional<QList<RegisterCheck>> RegisterService::verify(Session& session, Error* error)
{
    if (!session.require(Permission::ReadAuditTrail, QStringLiteral("register.verify"), {}, error))
        return std::nullopt;
    QList<RegisterCheck> checks;
    QSqlDatabase db = session.db();

    QSqlQuery q(db);
    const QString cipher = q.exec(QStringLiteral("PRAGMA cipher_version")) && q.next()
                               ? q.value(0).toString()
                               : QString();
    QSqlQuery marker(db);
    marker.prepare(QStringLiteral("SELECT value FROM tallenne_meta WHERE name = ?"));
    marker.addBindValue(Database::cipherProfileKey());
    const QString profile = marker.exec() && marker.next() ? marker.value(0).toString() : QString();
    checks.append({QStringLiteral("cipher"),
                   !cipher.isEmpty() && profile == QLatin1String(kCipherProfile),
                   tr("SQLCipher %1, profile %2").arg(cipher, profile)});

    QSqlQuery integrity(db);
    const QString result =
        integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next()
            ? integrity.value(0).toString()
            : tr("cannot run");
    checks.append({QStringLiteral("integrity"), result == QLatin1String("ok"), result});

    Error fileError;
    const auto file = KeySlotFile::load(session.paths().keySlots(), &fileError);
    if (!file) {
        checks.append({QStringLiteral("key slots"), false, fileError.message});
    } else {
        const QList<UserRecord> users = UserRepository(db).list(&fileError);
        QStringList problems;
        int userSlots = 0;
        for (const KeySlot& slot : file->keySlots()) {
            if (slot.kind() != KeySlot::Kind::User)
                continue;
            ++userSlots;
            const bool known = std::any_of(users.begin(), users.end(), [&](const UserRecord& u) {
                return u.name == slot.id();
            });
            if (!known)
                problems << tr("slot without user: %1").arg(slot.id());
        }
        for (const UserRecord& u : users) {
            if (!file->findSlot(KeySlot::Kind::User, u.name))
                problems << tr("user without slot: %1").arg(u.name);
        }
        if (!file->findSlot(KeySlot::Kind::Recovery, recoveryId))
            problems << tr("no recovery slot");
        checks.append({QStringLiteral("key slots"), problems.isEmpty(),
                       problems.isEmpty()
                           ? tr("%n user slot(s) and the recovery slot", nullptr, userSlots)
                           : problems.join(QStringLiteral("; "))});
    }

    // A file without a key row (or a *.tmp left by a crash) is an orphan: verify removes it.
    Error sweepError;
    const auto orphans = RecordingStore(session.paths().recordings(), db, session.clock())
                             .sweepOrphans(true, &sweepError);
    checks.append({QStringLiteral("orphans"), orphans.has_value(),
                   orphans ? tr("%n orphaned file(s) removed from recordings/", nullptr, *orphans)
                           : sweepError.message});

    Error auditError;
    const auto audit = AuditService::check(session, std::nullopt, &auditError);
    QStringList witnesses;
    if (audit) {
        for (const WitnessCheck& w : audit->witnesses) {
            if (w.state != WitnessCheck::State::Unavailable)
                witnesses << AuditService::witnessName(w);
        }
    }
    checks.append({QStringLiteral("audit chain"), audit && audit->intact,
                   !audit          ? auditError.message
                   : audit->intact ? tr("%1; checked against: %2")
                                         .arg(AuditService::summary(*audit),
                                              witnesses.join(QStringLiteral(", ")))
                                   : audit->problem});

    TransactionGuard transaction(db);
    const bool allOk =
        std::all_of(checks.begin(), checks.end(), [](const RegisterCheck& c) { return c.ok; });
    if (!session.audit(QStringLiteral("register.verify"), {},
                       allOk ? QStringLiteral("ok") : QStringLiteral("problems"), error) ||
        !session.commit(transaction, error))
        return std::nullopt;
    return checks;
}

bool RegisterService::rekey(Session& session, Error* error)
{
    if (!session.require(Permission::ManageUsers, QStringLiteral("register.rekey"), {}, error))
        return false;
    return rekeyChecked(session, error);
}

bool RegisterService::rekeyChecked(Session& session, Error* error)
{
    // The lock is held to the end: no other process may change the slots between their
    // re-sealing and their replacement, and two rekeys cannot interleave (one would remove the
    // other's pending file). Nothing below may write the file through Session::commit().
    const auto lock = KeySlotFileLock::acquire(session.paths().keySlots(), error);
    if (!lock)
        return false;
    auto file = KeySlotFile::load(session.paths().keySlots(), error);
    if (!file)
        return false;
    if (!Vault::checkIdentities(session.db(), *file, error))
        return false;
    SecretBytes newKey = SecretBytes::random(32);
    // 1. The slots sealed with the new key go to a pending file first; 2. the database takes
    // the new key; 3. the pending file replaces keyslots.json. Login finishes step 3 if a
    // crash came between 2 and 3.
    KeySlotFile next = *file;
    for (const KeySlot& slot : file->keySlots()) {
        KeySlot resealed = slot;
        Vault::reseal(resealed, newKey);
        if (!next.replaceSlot(resealed, error))
            return false;
    }
    const QString pending = session.paths().keySlots() + QStringLiteral(".rekey");
    if (!next.save(*lock, pending, error))
        return false;
    if (!session.database().rekey(newKey, error)) {
        QFile::remove(pending);
        return false;
    }
    TransactionGuard transaction(session.db());
    if (!session.audit(QStringLiteral("register.rekey"), {},
                       QStringLiteral("slots=%1").arg(file->keySlots().size()), error) ||
        !transaction.commit(error) || !Session::advanceAnchor(session.db(), next, error) ||
        !next.save(*lock, session.paths().keySlots(), error))
        return false;
    QFile::remove(pending);
    session.replaceDataKey(std::move(newKey));
    return true;
}

} // namespace tallenne
