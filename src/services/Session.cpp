#include "services/Session.h"

#include "core/Logging.h"
#include "core/Operations.h"
#include "crypto/KeySlotFile.h"
#include "crypto/PasswordKdf.h"
#include "crypto/WorkstationKeychain.h"
#include "services/RegisterOpenCheck.h"
#include "services/Vault.h"
#include "services/audit/AuditAuthors.h"
#include "services/audit/JournalWitness.h"
#include "services/keys/IndexService.h"
#include "services/keys/KeyService.h"
#include "storage/CipherPageCheck.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Schema.h"
#include "storage/SqlCipherDriver.h"
#include "storage/TransactionGuard.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace tallenne {

namespace {
// Why register.db did not open under the key its slot gave (issue [15], item 13). The slot's
// AEAD authenticated that key, so it is the key keyslots.json was last written with: a file of
// the wrong size, or one whose first page fails its HMAC while later pages verify, is damage
// of register.db; every page failing means the file and keyslots.json do not belong together.
Error diagnoseUnopened(const RegisterPaths& paths, const SecretBytes& key, const Error& openError)
{
    const QString path = paths.database();
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return Error::make(ErrorKind::Damaged,
                           Session::tr("register.db is missing or empty: restore it from the "
                                       "latest backup."));
    if (info.size() % kCipherPageSize != 0)
        return Error::make(
            ErrorKind::Damaged,
            Session::tr("register.db is damaged: its size (%1 bytes) is not a whole number of "
                        "%2-byte pages, so it was cut short or extended. Your password opened "
                        "your key slot, so the key is right. Restore register.db from the latest "
                        "backup; 'tallenne-admin verify' cannot log in to it.")
                .arg(info.size())
                .arg(kCipherPageSize));
    // Reading every page costs a pass over the file: only for a file that did not open.
    Error checkError;
    const auto report = CipherPageCheck::run(path, key, {}, &checkError);
    if (!report || report->pages == 0)
        return openError;
    if (report->failedCount == report->pages)
        return Error::make(
            ErrorKind::Damaged,
            Session::tr("register.db does not open with the key keyslots.json gives, and none "
                        "of its %1 pages verifies under it: register.db and keyslots.json do not "
                        "belong together (one of them was put back from another time or another "
                        "register). Restore both from the same backup.")
                .arg(report->pages));
    if (report->failedPages.contains(1))
        return Error::make(
            ErrorKind::Damaged,
            Session::tr("register.db is damaged: its first page (the database header) fails "
                        "its check under the register key, while %1 of its %2 pages verify, so "
                        "the key is right and the file is not. Restore register.db from the "
                        "latest backup.")
                .arg(report->pages - report->failedCount)
                .arg(report->pages));
    return openError;
}

QString wrongCredentials()
{
    return Session::tr("Wrong user name or password.");
}

// Where a rekey that was interrupted left the slots sealed with the new key.
QString pendingSlotsPath(const RegisterPaths& paths)
{
    return paths.keySlots() + QStringLiteral(".rekey");
}

// What opening a user's slot costs, for a name that has none: the keychain when the register is
// bound, and one Argon2id derivation with the parameters of a user slot, so that the time of the
// answer does not tell which names exist. False (with the keychain's error) where a known name
// would fail the same way.
bool spendLikeAnUnlock(const KeySlotFile& file, const SecretBytes& password,
                       const VaultOptions& options, Error* error)
{
    if (file.bindingEnabled() && Vault::workstationSecret(file, options, error).isNull())
        return false;
    KdfParams params = KdfParams::standard();
    for (const KeySlot& slot : file.keySlots()) {
        if (slot.kind() == KeySlot::Kind::User && slot.kdf()) {
            params = *slot.kdf();
            break;
        }
    }
    Error ignored;
    const SecretBytes wasted = PasswordKdf::derive(password, PasswordKdf::newSalt(), params,
                                                   KeySlot::DataKeyBytes, &ignored);
    return true;
}
// A rekey cut off before the database took the new key leaves its pending slots behind,
// sealed to a key nothing uses. The database still opens with the current key, so they are
// removed; under the lock, which a running rekey holds to its end, and only after the
// database was read again with this session's key (no rekey came in between).
void removeStalePendingSlots(Session& session)
{
    Error error;
    const auto lock = KeySlotFileLock::acquire(session.paths().keySlots(), &error);
    if (!lock)
        return;
    QSqlQuery q(session.db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return;
    q.finish();
    if (QFile::remove(pendingSlotsPath(session.paths())))
        qCInfo(lcServices) << "removed the pending slots of a rekey that never reached the "
                              "database";
}

// The failed attempts of `user` that the trail does not hold yet, compared by time to the
// millisecond (keyslots.json and the trail both keep milliseconds): two failures of one name
// within the same millisecond, cut off by a kill between the commit and keyslots.json, would
// be written once.
QList<QDateTime> notYetWritten(QSqlDatabase db, const QString& user,
                               const QList<QDateTime>& attempts)
{
    if (attempts.isEmpty())
        return attempts;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT at FROM audit_log WHERE action = 'login.failed' AND "
                             "object = ? AND at >= ?"));
    q.addBindValue(QStringLiteral("user:%1").arg(user));
    q.addBindValue(
        std::min_element(attempts.begin(), attempts.end())->toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return attempts;
    QStringList written;
    while (q.next())
        written << q.value(0).toString();
    QList<QDateTime> left;
    for (const QDateTime& at : attempts) {
        if (!written.removeOne(at.toUTC().toString(Qt::ISODateWithMs)))
            left << at;
    }
    return left;
}

QString unknownUserObject()
{
    return QStringLiteral("user:?");
}

// The failed attempts under names no user has that the trail does not hold yet: those after
// the `last=` of the newest such entry. keyslots.json keeps each name's last attempt for a day
// (its record counts the name's failures that long), so the times stay there and the trail
// remembers how far it has written them.
QList<QDateTime> newUnknownNameAttempts(QSqlDatabase db, const KeySlotFile& file)
{
    QList<QDateTime> attempts = file.unknownNameAttempts();
    if (attempts.isEmpty())
        return attempts;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT details FROM audit_log WHERE action = 'login.failed' AND "
                             "object = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(unknownUserObject());
    if (q.exec() && q.next()) {
        static const QRegularExpression last(QStringLiteral("\\blast=(\\S+)"));
        const auto match = last.match(q.value(0).toString());
        const QDateTime written = match.hasMatch()
                                      ? QDateTime::fromString(match.captured(1), Qt::ISODateWithMs)
                                      : QDateTime();
        if (written.isValid())
            attempts.removeIf([&written](const QDateTime& at) { return at <= written; });
    }
    return attempts;
}
} // namespace

Session::Session(RegisterPaths paths, const Clock& clock, VaultOptions options)
    : m_paths(std::move(paths)), m_clock(clock), m_options(options),
      m_events(std::make_unique<RegisterEvents>())
{}

Session::~Session()
{
    lock();
}

std::unique_ptr<Session> Session::login(const RegisterPaths& paths, const QString& userName,
                                        const SecretBytes& password, const Clock& clock,
                                        const VaultOptions& options, Error* error,
                                        LoginPurpose purpose)
{
    const bool inspecting = purpose == LoginPurpose::Inspect;
    auto file = KeySlotFile::load(paths.keySlots(), error);
    if (!file)
        return nullptr;
    LoginThrottle throttle(*file, clock);
    // How long a blocked user name waits (at least a second), and until when in local time.
    const auto waitFor = [&](const QDateTime& until) {
        return std::pair{int(std::max<qint64>(1, clock.nowUtc().secsTo(until))),
                         QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)};
    };
    if (auto until = throttle.blockedUntil(userName)) {
        if (file->lockedUntil(userName) != until) {
            // A lock further away than the policy sets (a clock that went back, an edited
            // file) is brought back within it on disk too, so that it ends.
            Error capError;
            if (!KeySlotFile::update(
                    paths.keySlots(),
                    [&](KeySlotFile& current, Error*) {
                        return LoginThrottle(current, clock).capLock(userName);
                    },
                    &capError) &&
                capError)
                qCWarning(lcServices) << "could not shorten a lock:" << capError.message;
        }
        const auto [seconds, at] = waitFor(*until);
        fail(error, ErrorKind::Authentication,
             tr("Too many failed attempts for this user name. Try again in %n second(s), at %1.",
                nullptr, seconds)
                 .arg(at));
        return nullptr;
    }

    // The failure is counted under the file's lock, in the file as it is then: the copy read
    // above may miss failures that parallel attempts counted meanwhile.
    const auto refuse = [&](const QString& message) -> std::unique_ptr<Session> {
        Error saveError;
        std::optional<QDateTime> blocked;
        const bool counted = KeySlotFile::update(
            paths.keySlots(),
            [&](KeySlotFile& current, Error*) {
                LoginThrottle counter(current, clock);
                counter.recordFailure(userName);
                blocked = counter.blockedUntil(userName);
                return true;
            },
            &saveError);
        if (!counted)
            qCWarning(lcServices) << "could not record a failed login:" << saveError.message;
        if (counted && blocked) {
            // The failure that starts a wait says so, not only the next attempt.
            const auto [seconds, at] = waitFor(*blocked);
            fail(error, ErrorKind::Authentication,
                 message + QLatin1Char(' ') +
                     tr("That was too many failed attempts for this user name: the next try is "
                        "possible in %n second(s), at %1.",
                        nullptr, seconds)
                         .arg(at));
            return nullptr;
        }
        fail(error, ErrorKind::Authentication, message);
        return nullptr;
    };

    const KeySlot* slot = file->findSlot(KeySlot::Kind::User, userName);
    if (!slot) {
        if (!spendLikeAnUnlock(*file, password, options, error))
            return nullptr;
        return refuse(wrongCredentials());
    }
    SecretBytes workstation;
    if (slot->isBound()) {
        workstation = Vault::slotWorkstationSecret(*file, *slot, options, error);
        if (workstation.isNull())
            return nullptr; // a missing keychain is not the user's failed attempt
    }
    Error slotError;
    const SecretBytes identity = Vault::openIdentity(
        *slot, file->registerId(), password, slot->isBound() ? &workstation : nullptr, &slotError);
    if (identity.isNull()) {
        if (slotError.kind == ErrorKind::Authentication)
            return refuse(wrongCredentials());
        fail(error, slotError.kind, slotError.message);
        return nullptr;
    }

    std::unique_ptr<Session> session(new Session(paths, clock, options));
    session->m_signingKey = SigningKey::fromIdentity(identity);
    session->m_dataKey = Vault::openSealed(*slot, slot->sealedKey(), identity, error);
    if (session->m_dataKey.isNull())
        return nullptr;
    // Whether the write-ahead log is there before SQLite opens (and may replay) it: only to
    // word what RegisterOpenCheck finds.
    const bool walWasPresent = QFile::exists(paths.database() + QStringLiteral("-wal"));
    Error openError;
    session->m_database = Database::open(paths.database(), session->m_dataKey,
                                         Database::Mode::OpenExisting, &openError);
    if (!session->m_database && QFile::exists(pendingSlotsPath(paths))) {
        // A rekey was cut off after the database took the new key but before the new slots
        // replaced the old ones: the pending file holds them. All under the lock, so that no
        // other process changes the slots meanwhile or has its own pending file removed.
        const auto lock = KeySlotFileLock::acquire(paths.keySlots(), error);
        if (!lock)
            return nullptr;
        auto pending = KeySlotFile::load(pendingSlotsPath(paths), error);
        const KeySlot* next = pending ? pending->findSlot(KeySlot::Kind::User, userName) : nullptr;
        if (next) {
            SecretBytes key = Vault::openSealed(*next, next->sealedKey(), identity, error);
            if (!key.isNull()) {
                session->m_database =
                    Database::open(paths.database(), key, Database::Mode::OpenExisting, &openError);
                if (session->m_database) {
                    session->m_dataKey = std::move(key);
                    auto current = KeySlotFile::load(paths.keySlots(), error);
                    if (!current)
                        return nullptr;
                    current->setKeySlots(pending->keySlots());
                    if (!current->save(*lock, paths.keySlots(), error))
                        return nullptr;
                    QFile::remove(pendingSlotsPath(paths));
                }
            }
        }
    }
    if (!session->m_database) {
        if (error)
            *error = openError.kind == ErrorKind::Damaged
                         ? diagnoseUnopened(paths, session->m_dataKey, openError)
                         : openError;
        return nullptr;
    }
    QSqlDatabase db = session->m_database->db();
    // SQLCipher reads the first page at the first statement: a damaged one shows here.
    if (Error migrationError; !Migrations::apply(db, Schema::migrations(), &migrationError)) {
        if (error)
            *error = migrationError.kind == ErrorKind::Damaged
                         ? diagnoseUnopened(paths, session->m_dataKey, migrationError)
                         : migrationError;
        return nullptr;
    }
    const auto user = UserRepository(db).find(userName, error);
    if (!user) {
        if (error && !error->isError())
            fail(error, ErrorKind::Damaged,
                 tr("%1 has a key slot but no user record: keyslots.json and the register do "
                    "not belong together.")
                     .arg(userName));
        return nullptr;
    }
    session->m_userName = user->name;
    session->m_roles = user->roles;
    const KeySlot* opened = file->findSlot(KeySlot::Kind::User, userName);
    if (!opened)
        return nullptr;
    {
        Error ringError;
        if (!KeyService::openRing(db, *opened, identity, &session->m_keys, &ringError)) {
            if (!inspecting) {
                if (error)
                    *error = ringError;
                return nullptr;
            }
            session->m_openProblems
                << tr("Your capability keys could not be opened: %1").arg(ringError.message);
        }
    }

    // The login and the failed attempts since the last one go to the audit trail together,
    // with the attempts under names no user has: those by time only, the name withheld (it
    // may be a password typed into the wrong field).
    const QList<QDateTime> failedAttempts = file->failedAttempts(userName);
    // A login killed after its commit but before keyslots.json forgot them left attempts the
    // trail already holds: those are forgotten below but not written twice.
    const QList<QDateTime> unwrittenAttempts = notYetWritten(db, userName, failedAttempts);
    const QList<QDateTime> unknownAttempts = newUnknownNameAttempts(db, *file);
    const auto auditLogin = [&](Error* auditError) {
        TransactionGuard transaction(db);
        // A user of a register from before signed entries introduces their key first.
        if (!AuditAuthors::introduceIfNew(*session, auditError))
            return false;
        for (const QDateTime& at : unwrittenAttempts) {
            AuditEntry entry;
            entry.at = at;
            entry.user = userName;
            entry.action = QStringLiteral("login.failed");
            entry.object = QStringLiteral("user:%1").arg(userName);
            if (!AuditLog(db).append(entry, session->m_signingKey, auditError))
                return false;
        }
        if (!unknownAttempts.isEmpty()) {
            // One entry for them all (a flood of names stays one entry): how many names, the
            // first and the last attempt. The names are not known here, only their salted tags,
            // and they are not wanted: one may be a password.
            AuditEntry entry;
            entry.at = unknownAttempts.last();
            entry.user = userName; // who wrote it down (and signs it)
            entry.action = QStringLiteral("login.failed");
            entry.object = unknownUserObject();
            entry.details = QStringLiteral("name=unknown names=%1 first=%2 last=%3")
                                .arg(unknownAttempts.size())
                                .arg(unknownAttempts.first().toUTC().toString(Qt::ISODateWithMs),
                                     unknownAttempts.last().toUTC().toString(Qt::ISODateWithMs));
            if (!AuditLog(db).append(entry, session->m_signingKey, auditError))
                return false;
        }
        return session->audit(QStringLiteral("login"), QStringLiteral("user:%1").arg(userName), {},
                              auditError) &&
               transaction.commit(auditError);
    };
    Error auditError;
    if (!auditLogin(&auditError)) {
        if (!inspecting) {
            if (error)
                *error = auditError;
            return nullptr;
        }
        // Not written: the failed attempts stay in keyslots.json for the next login, and the
        // anchor stays where it is.
        session->m_openProblems
            << tr("The login could not be written to the audit trail: %1").arg(auditError.message);
        return session;
    }
    // Then, under the lock, exactly those attempts are forgotten (failures counted since stay
    // for the next login), the count and the lock are cleared and the anchor moves on.
    const bool saved = KeySlotFile::update(
        paths.keySlots(),
        [&](KeySlotFile& current, Error* updateError) {
            current.forgetFailedAttempts(userName, failedAttempts);
            LoginThrottle(current, clock).recordSuccess(userName);
            return advanceAnchor(db, current, updateError);
        },
        error);
    if (!saved)
        return nullptr;
    if (inspecting)
        return session;
    if (QFile::exists(pendingSlotsPath(paths)))
        removeStalePendingSlots(*session);
    session->m_openWarnings = RegisterOpenCheck::run(*session, walWasPresent);
    // Keys granted to others that this user holds reach them now (granting needs a holder).
    Error grantError;
    if (!KeyService(*session).fulfilPending(&grantError))
        qCWarning(lcServices) << "pending key grants could not be sealed:" << grantError.message;
    // A holder finishes what others could not: values sealed again after a rotation, and a
    // little of what waits to be indexed (the rest before a search that needs it).
    if (!KeyService(*session).completeRotations(&grantError))
        qCWarning(lcServices) << "a key rotation could not be completed:" << grantError.message;
    if (!IndexService(*session).catchUp(2000, {}, &grantError))
        qCWarning(lcServices) << "imported identifiers could not be indexed:" << grantError.message;
    return session;
}

std::unique_ptr<Session> Session::openUnattended(const RegisterPaths& paths, const Clock& clock,
                                                 const VaultOptions& options, Error* error)
{
    auto file = KeySlotFile::load(paths.keySlots(), error);
    if (!file)
        return nullptr;
    const QString slotId = KeySlot::fixedId(KeySlot::Kind::Unattended);
    const KeySlot* slot = file->findSlot(KeySlot::Kind::Unattended, slotId);
    if (!slot) {
        fail(error, ErrorKind::RefusedByRule,
             tr("The unattended purge is not enabled for this register; an administrator "
                "enables it with 'tallenne-admin unattended enable'."));
        return nullptr;
    }
    const WorkstationKeychain keychain{std::chrono::milliseconds(options.keychainTimeoutMs)};
    const SecretBytes secret =
        keychain.read(WorkstationKeychain::unattendedEntry(file->registerId()), error);
    if (secret.isNull())
        return nullptr;
    SecretBytes workstation;
    if (slot->isBound()) {
        workstation = Vault::slotWorkstationSecret(*file, *slot, options, error);
        if (workstation.isNull())
            return nullptr;
    }
    const SecretBytes identity = Vault::openIdentity(
        *slot, file->registerId(), secret, slot->isBound() ? &workstation : nullptr, error);
    if (identity.isNull())
        return nullptr;
    const bool walWasPresent = QFile::exists(paths.database() + QStringLiteral("-wal"));
    std::unique_ptr<Session> session(new Session(paths, clock, options));
    session->m_unattended = true;
    session->m_userName = QStringLiteral("-");
    session->m_signingKey = SigningKey::fromIdentity(identity);
    session->m_dataKey = Vault::openSealed(*slot, slot->sealedKey(), identity, error);
    if (session->m_dataKey.isNull())
        return nullptr;
    session->m_database =
        Database::open(paths.database(), session->m_dataKey, Database::Mode::OpenExisting, error);
    if (!session->m_database)
        return nullptr;
    QSqlDatabase db = session->m_database->db();
    if (!Migrations::apply(db, Schema::migrations(), error))
        return nullptr;
    TransactionGuard transaction(db);
    if (!session->audit(QStringLiteral("unattended.open"),
                        AuditAuthors::authorOf(KeySlot::Kind::Unattended, slotId), {}, error) ||
        !session->commit(transaction, error))
        return nullptr;
    // The scheduled purge deletes: it must see a damaged or rolled-back register too.
    session->m_openWarnings = RegisterOpenCheck::run(*session, walWasPresent);
    return session;
}

bool Session::isOpen() const
{
    return m_database != nullptr;
}

QSqlDatabase Session::db() const
{
    return m_database ? m_database->db() : QSqlDatabase();
}

Database& Session::database()
{
    return *m_database;
}

bool Session::require(Permission permission, const QString& action, const QString& object,
                      Error* error)
{
    if (!isOpen())
        return fail(error, ErrorKind::Authentication, tr("The register is locked."));
    if (!Operations::declares(action, permission)) {
        // Fails closed: an operation is declared with its permission in core/Operations.cpp
        // (the permission matrix test holds that list to DESIGN.md's roles table).
        qCCritical(lcServices) << "an operation not declared in the registry was refused:" << action
                               << Permissions::id(permission);
        auditRefusal(action, object,
                     QStringLiteral("reason=undeclared-operation permission=%1")
                         .arg(Permissions::id(permission)));
        return fail(error, ErrorKind::PermissionDenied,
                    tr("Refused: the operation %1 is not declared with the permission it is "
                       "checked against. This is a defect of Tallenne; nothing was done.")
                        .arg(action));
    }
    if (Permissions::allows(m_roles, permission))
        return true;
    auditRefusal(action, object, QStringLiteral("permission=%1").arg(Permissions::id(permission)));
    return fail(error, ErrorKind::PermissionDenied,
                tr("Permission denied: your roles do not allow this (%1).")
                    .arg(Permissions::displayName(permission)));
}

void Session::auditRefusal(const QString& action, const QString& object, const QString& why)
{
    Error auditError;
    TransactionGuard transaction(db());
    const bool audited = audit(QStringLiteral("permission.denied"), object,
                               QStringLiteral("action=%1 %2").arg(action, why), &auditError) &&
                         commit(transaction, &auditError);
    if (!audited)
        qCWarning(lcServices) << "a refusal could not be audited:" << auditError.message;
}

bool Session::audit(const QString& action, const QString& object, const QString& details,
                    Error* error, const QString& purpose)
{
    if (!isOpen())
        return fail(error, ErrorKind::Authentication, tr("The register is locked."));
    AuditEntry entry;
    entry.at = m_clock.nowUtc();
    entry.user = m_userName;
    entry.roles = m_unattended ? KeySlot::kindName(KeySlot::Kind::Unattended)
                               : RoleNames::ids(m_roles).join(QLatin1Char(','));
    entry.action = action;
    entry.object = object;
    entry.purpose = purpose;
    entry.details = details;
    const auto head = AuditLog(db()).append(entry, m_signingKey, error);
    if (!head)
        return false;
    m_lastAppended = head;
    return true;
}

bool Session::advanceAnchor(QSqlDatabase db, KeySlotFile& file, Error* error,
                            const std::optional<AuditHead>& written)
{
    // Inside an outer transaction the head is not committed yet and may still roll back: the
    // outer commit moves the anchor.
    const auto* driver = qobject_cast<const SqlCipherDriver*>(db.driver());
    if (driver && driver->isInTransaction())
        return true;
    // Every committed head also goes to the system journal, a witness outside the register.
    JournalWitness().recordHeadOf(db, file.registerId());
    const AuditAnchor anchor = file.auditAnchor();
    AuditLog log(db);
    if (anchor.sequence > 0 &&
        !log.contains(AuditHead{anchor.sequence, anchor.sha256.toHex(), {}})) {
        // Said once to people at login (RegisterOpenCheck), not at every commit.
        qCInfo(lcServices) << "the audit chain no longer holds its anchor; it is kept for verify";
        return true;
    }
    if (written && written->sequence > anchor.sequence && !log.contains(*written)) {
        // An entry this process committed is gone or altered: the anchor names it, so verify
        // reports a trail that ends before it or an entry that is not the one written.
        qCWarning(lcServices) << "the audit chain no longer holds an entry this session wrote;"
                                 " the anchor names it for verify";
        file.setAuditAnchor(AuditAnchor{written->sequence, QByteArray::fromHex(written->hash)});
        return true;
    }
    const auto head = log.head(error);
    if (!head)
        return false;
    file.setAuditAnchor(AuditAnchor{head->sequence, QByteArray::fromHex(head->hash)});
    return true;
}

bool Session::syncAuditAnchor(Error* error)
{
    // The head is read under the lock too: a head read before it could be older than the
    // anchor another process wrote meanwhile, and the anchor would move backwards.
    const std::optional<AuditHead> written = m_lastCommitted;
    const bool moved = KeySlotFile::update(
        m_paths.keySlots(),
        [this, &written](KeySlotFile& file, Error* updateError) {
            return advanceAnchor(db(), file, updateError, written);
        },
        error);
    const auto* driver = qobject_cast<const SqlCipherDriver*>(db().driver());
    if (moved && !(driver && driver->isInTransaction())) {
        m_lastCommitted.reset();
        m_unanchored = 0;
    }
    return moved;
}

bool Session::commit(TransactionGuard& transaction, Error* error)
{
    return transaction.commit(error) && syncAuditAnchor(error);
}

bool Session::commitReading(TransactionGuard& transaction, Error* error)
{
    const std::optional<AuditHead> appended = std::exchange(m_lastAppended, std::nullopt);
    if (!transaction.commit(error))
        return false;
    const auto* driver = qobject_cast<const SqlCipherDriver*>(db().driver());
    if (driver && driver->isInTransaction())
        return true; // an outer transaction commits, and moves the anchor then
    if (!appended)
        return syncAuditAnchor(error);
    m_lastCommitted = appended;
    // The session's clock, not the system's: a test's manual clock decides when a batch is old.
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    if (m_unanchored++ == 0)
        m_unanchoredSinceMs = now;
    if (m_unanchored >= AnchorBatchEntries || now - m_unanchoredSinceMs >= AnchorBatchMs)
        return syncAuditAnchor(error);
    if (!m_flushScheduled && QCoreApplication::instance()) {
        // With an event loop, the batch is closed AnchorBatchMs after its first entry even
        // when nothing else is done meanwhile.
        m_flushScheduled = true;
        QTimer::singleShot(AnchorBatchMs, m_events.get(), [this] {
            m_flushScheduled = false;
            Error flushError;
            if (!flushAuditAnchor(&flushError))
                qCWarning(lcServices)
                    << "the audit anchor could not be moved:" << flushError.message;
        });
    }
    return true;
}

bool Session::flushAuditAnchor(Error* error)
{
    if (m_unanchored == 0 || !isOpen())
        return true;
    return syncAuditAnchor(error);
}

bool Session::commit(TransactionGuard& transaction, Error* error, Changes changed)
{
    if (!transaction.commit(error))
        return false;
    // Committed: the views read it again even if the anchor's mirror fails below.
    m_events->notify(changed);
    return syncAuditAnchor(error);
}

void Session::lock()
{
    Error flushError;
    if (!flushAuditAnchor(&flushError))
        qCWarning(lcServices) << "the audit anchor could not be moved at lock:"
                              << flushError.message;
    m_unanchored = 0;
    m_lastCommitted.reset();
    m_events->stopWatching();
    m_database.reset();
    m_dataKey.clear();
    m_keys.clear();
    m_signingKey.clear();
}

} // namespace tallenne
