#include "services/RegisterService.h"

#include "core/Permissions.h"
#include "core/RecordingState.h"
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

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
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
    const auto report = verify(session, VerifyOptions{}, error);
    return report ? std::optional(report->checks) : std::nullopt;
}

std::optional<VerifyReport> RegisterService::verify(Session& session, const VerifyOptions& options,
                                                    Error* error)
{
    if (!session.require(Permission::ReadAuditTrail, QStringLiteral("register.verify"), {},
                         error)) {
        // What the user tried and who may: not the permission's name ("Read the audit trail").
        if (error && error->kind == ErrorKind::PermissionDenied) {
            QStringList yours;
            for (const Role role : RoleNames::all()) {
                if (session.roles().testFlag(role))
                    yours << RoleNames::displayName(role);
            }
            error->message = tr("Only administrators may verify the register ('tallenne-admin "
                                "verify'); your roles (%1) do not allow it. Ask an administrator "
                                "to run it.")
                                 .arg(yours.join(QStringLiteral(", ")));
        }
        return std::nullopt;
    }
    VerifyReport report;
    RegisterVerifier verifier(session, options);
    // A rollback first: what follows from it is worded as its consequences, not as unrelated
    // problems (slots "added from elsewhere").
    if (RegisterCheck rolledBack = verifier.rollback(); !rolledBack.ok)
        report.checks.append(rolledBack);
    report.checks.append(verifier.cipher());
    report.checks.append(verifier.pages());
    report.checks.append(verifier.integrity(!report.checks.last().ok));
    report.checks.append(verifier.keySlots());
    report.checks.append(verifier.recordings());
    report.checks.append(verifier.orphans());
    report.checks.append(verifier.auditChain());
    if (!session.openProblems().isEmpty()) {
        RegisterCheck login{QStringLiteral("login"), false, {}, {}, 0};
        for (const QString& problem : session.openProblems()) {
            ++login.problemCount;
            login.problems.append({QStringLiteral("user:%1").arg(session.userName()), problem,
                                   QStringLiteral("login")});
        }
        login.detail = session.openProblems().first();
        report.checks.append(login);
    }
    if (options.repair)
        repairOrphans(session, &report);
    if (options.repair && options.recordLost)
        recordLost(session, &report);

    // The verification itself goes to the trail, whatever it found. On a register too damaged
    // to take the entry, the report still comes back, with the failure as one more check.
    QStringList failed;
    for (const RegisterCheck& c : std::as_const(report.checks)) {
        if (!c.ok)
            failed << QString(c.name).replace(QLatin1Char(' '), QLatin1Char('-'));
    }
    QString details = QStringLiteral("result=%1 mode=%2")
                          .arg(failed.isEmpty() ? QStringLiteral("ok") : QStringLiteral("problems"),
                               options.quick ? QStringLiteral("quick") : QStringLiteral("full"));
    if (!failed.isEmpty())
        details += QStringLiteral(" failed=") + failed.join(QLatin1Char(','));
    if (report.moved > 0)
        details += QStringLiteral(" moved=%1").arg(report.moved);
    if (report.lost > 0)
        details += QStringLiteral(" lost=%1").arg(report.lost);
    Error auditError;
    const bool audited = [&] {
        TransactionGuard transaction(session.db());
        return session.audit(QStringLiteral("register.verify"), {}, details, &auditError) &&
               session.commit(transaction, &auditError);
    }();
    if (!audited) {
        RegisterCheck entry{QStringLiteral("audit entry"), false, auditError.message, {}, 1};
        entry.problems.append(
            {QStringLiteral("audit_log"), auditError.message, QStringLiteral("audit-entry")});
        report.checks.append(entry);
    }
    return report;
}

void RegisterService::repairOrphans(Session& session, VerifyReport* report)
{
    auto orphans =
        std::find_if(report->checks.begin(), report->checks.end(),
                     [](const RegisterCheck& c) { return c.name == QLatin1String("orphans"); });
    if (orphans == report->checks.end() || orphans->ok)
        return;
    // quarantine/<UTC time>/recordings/: one folder per repair, never reused.
    const QString stamp = session.clock().nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString relative = QStringLiteral("quarantine/%1/recordings").arg(stamp);
    const QDir folder(session.paths().folder);
    const auto failRepair = [&](const QString& message) {
        orphans->detail += QStringLiteral("; ") + tr("not repaired: %1").arg(message);
    };
    Error error;
    if (folder.exists(QStringLiteral("quarantine/%1").arg(stamp)))
        return failRepair(tr("quarantine/%1 exists already; try again in a second").arg(stamp));
    if (!makePrivateFolder(folder.filePath(QStringLiteral("quarantine")), &error) ||
        !makePrivateFolder(folder.filePath(QStringLiteral("quarantine/") + stamp), &error))
        return failRepair(error.message);
    const QString target = folder.filePath(relative);
    const RecordingStore store(session.paths().recordings(), session.db(), session.clock());
    // The write transaction first: recording files are written inside their writer's
    // transaction (RecordingStore::write), so while this one is open every file without a row
    // is an orphan, not a row about to be committed.
    TransactionGuard transaction(session.db());
    if (!transaction.ok())
        return failRepair(transaction.error().message);
    QStringList moved;
    const bool allMoved = store.quarantineOrphans(target, &moved, &error);
    if (moved.isEmpty()) {
        QDir(folder.filePath(QStringLiteral("quarantine/") + stamp)).removeRecursively();
        return failRepair(allMoved ? tr("the files were gone") : error.message);
    }
    Error auditError;
    if (!session.audit(QStringLiteral("register.repair"), QStringLiteral("register"),
                       QStringLiteral("moved=%1 folder=%2").arg(moved.size()).arg(relative),
                       &auditError) ||
        !session.commit(transaction, &auditError)) {
        // Not audited, so not done: the files go back where they were.
        store.restoreFromQuarantine(target, moved);
        QDir().rmdir(folder.filePath(QStringLiteral("quarantine/") + stamp));
        return failRepair(auditError.message);
    }
    report->quarantine = relative;
    report->moved = moved.size();
    const QSet<QString> movedNames(moved.cbegin(), moved.cend());
    for (RegisterProblem& p : orphans->problems) {
        if (movedNames.contains(p.object.section(QLatin1Char('/'), 1)))
            p.message = tr("Moved to %1/.").arg(relative);
    }
    orphans->ok = allMoved;
    orphans->detail = tr("%n file(s) without a row moved to %1/ (nothing was deleted)", nullptr,
                         int(moved.size()))
                          .arg(relative);
    if (!allMoved)
        failRepair(error.message);
}

void RegisterService::recordLost(Session& session, VerifyReport* report)
{
    auto recordings =
        std::find_if(report->checks.begin(), report->checks.end(),
                     [](const RegisterCheck& c) { return c.name == QLatin1String("recordings"); });
    if (recordings == report->checks.end() || recordings->ok)
        return;
    const auto failRepair = [&](const QString& message) {
        recordings->detail += QStringLiteral("; ") + tr("not recorded as lost: %1").arg(message);
    };
    const RecordingStore store(session.paths().recordings(), session.db(), session.clock());
    // A folder gone as a whole is more likely a disk not mounted than every file lost.
    if (!QDir(store.folder()).exists())
        return failRepair(tr("the folder recordings/ itself is missing; put it back (is its disk "
                             "mounted?) and run verify again"));
    QSqlDatabase db = session.db();
    TransactionGuard transaction(db);
    if (!transaction.ok())
        return failRepair(transaction.error().message);
    // Under the write transaction: which files are missing now, read again, not as the check
    // saw them (a file put back meanwhile stays attached).
    struct Lost
    {
        qint64 recordingId;
        qint64 callId;
        QString fileName;
    };
    QList<Lost> lost;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, call_id, file_name FROM recordings")))
            return failRepair(q.lastError().text().trimmed());
        while (q.next()) {
            const QString name = q.value(2).toString();
            if (RecordingStore::isPlainFileName(name) &&
                !QFileInfo::exists(QDir(store.folder()).filePath(name)))
                lost.append({q.value(0).toLongLong(), q.value(1).toLongLong(), name});
        }
    }
    if (lost.isEmpty())
        return;
    QSqlQuery remove(db);
    QSqlQuery mark(db);
    if (!remove.prepare(QStringLiteral("DELETE FROM recordings WHERE id = ?")) ||
        !mark.prepare(QStringLiteral("UPDATE calls SET recording_status = ?, recording_issue = ?,"
                                     " recording_found_ms = NULL WHERE id = ?")))
        return failRepair(remove.lastError().text().trimmed() + mark.lastError().text().trimmed());
    Error error;
    for (const Lost& l : std::as_const(lost)) {
        remove.bindValue(0, l.recordingId);
        mark.bindValue(0, int(RecordingState::Missing));
        mark.bindValue(1, RecordingStates::issueId(RecordingIssue::Lost));
        mark.bindValue(2, l.callId);
        if (!remove.exec())
            return failRepair(remove.lastError().text().trimmed());
        if (!mark.exec())
            return failRepair(mark.lastError().text().trimmed());
        if (!session.audit(
                QStringLiteral("recording.lost"), QStringLiteral("call:%1").arg(l.callId),
                QStringLiteral("recording=%1 file=%2").arg(l.recordingId).arg(l.fileName), &error))
            return failRepair(error.message);
    }
    if (!session.commit(transaction, &error))
        return failRepair(error.message);
    report->lost = lost.size();
    QSet<qint64> ids;
    for (const Lost& l : std::as_const(lost))
        ids.insert(l.recordingId);
    for (RegisterProblem& p : recordings->problems) {
        const qint64 id =
            p.object.section(QLatin1Char(':'), 1).section(QLatin1Char(' '), 0, 0).toLongLong();
        if (p.object.startsWith(QLatin1String("recording:")) && ids.contains(id))
            p.message = tr("Recorded as lost: the call keeps its details, marked \"recording "
                           "lost\".");
    }
    recordings->problemCount -= lost.size();
    recordings->ok = recordings->problemCount <= 0;
    recordings->problemCount = std::max<qint64>(recordings->problemCount, 0);
    recordings->detail =
        tr("%n recording(s) whose file was missing recorded as lost (their "
           "calls keep their details)",
           nullptr, int(lost.size())) +
        (recordings->ok ? QString()
                        : QStringLiteral("; ") +
                              tr("%n other problem(s)", nullptr, int(recordings->problemCount)));
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
