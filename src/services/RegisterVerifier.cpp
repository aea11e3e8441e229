#include "services/RegisterVerifier.h"

#include "core/Capability.h"
#include "crypto/KeySlotFile.h"
#include "services/AuditService.h"
#include "services/keys/FieldCrypto.h"
#include "storage/AuditLog.h"
#include "storage/CipherPageCheck.h"
#include "storage/Database.h"
#include "storage/RecordingStore.h"
#include "storage/SqlCipherDriver.h"
#include "storage/UserRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <climits>

namespace tallenne {

namespace {

void addProblem(RegisterCheck& check, const QString& object, const QString& message,
                const char* code = nullptr)
{
    ++check.problemCount;
    if (check.problems.size() < RegisterCheck::MaxProblems)
        check.problems.append(
            {object, message,
             code ? QString::fromLatin1(code)
                  : QString(check.name).replace(QLatin1Char(' '), QLatin1Char('-'))});
}

int clampToInt(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

QString quoted(const QString& identifier)
{
    QString out = identifier;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// Reads every row and every value of a statement (values bring their overflow pages in).
// The error text when it cannot be read to its end; none when it cannot even be prepared (an
// index SQLite will not scan that way is not damage).
std::optional<QString> readToEnd(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::nullopt;
    if (!q.exec())
        return q.lastError().text().trimmed();
    const int columns = q.record().count();
    while (q.next()) {
        for (int i = 0; i < columns; ++i)
            (void)q.value(i);
    }
    if (q.lastError().isValid())
        return q.lastError().text().trimmed();
    return std::nullopt;
}

QString slotObject(const KeySlot& slot)
{
    return slot.kind() == KeySlot::Kind::User
               ? QStringLiteral("slot user:%1").arg(slot.id())
               : QStringLiteral("slot %1").arg(KeySlot::kindName(slot.kind()));
}

} // namespace

bool VerifyReport::ok() const
{
    return std::all_of(checks.begin(), checks.end(), [](const RegisterCheck& c) { return c.ok; });
}

RegisterVerifier::RegisterVerifier(Session& session, const VerifyOptions& options)
    : m_session(session), m_options(options)
{}

void RegisterVerifier::progress(const QString& step, qint64 done, qint64 total) const
{
    if (m_options.progress)
        m_options.progress(step, done, total);
}

RegisterCheck RegisterVerifier::rollback()
{
    RegisterCheck check{QStringLiteral("rollback"), true, {}, {}, 0};
    Error error;
    const auto file = KeySlotFile::load(m_session.paths().keySlots(), &error);
    if (!file)
        return check; // the key slots check says why
    const AuditAnchor anchor = file->auditAnchor();
    AuditLog log(m_session.db());
    const auto head = log.head(&error);
    if (!head || anchor.sequence <= 0 ||
        log.contains(AuditHead{anchor.sequence, anchor.sha256.toHex(), {}}))
        return check;
    m_rolledBack = true;
    check.ok = false;
    check.detail =
        head->sequence < anchor.sequence
            ? tr("register.db is older than keyslots.json and recordings/: keyslots.json names "
                 "audit entry %1, the register's trail ends at entry %2. The database was put "
                 "back to an older copy, or its write-ahead log was lost; the problems below "
                 "marked \"after the rollback\" follow from it.")
                  .arg(anchor.sequence)
                  .arg(head->sequence)
            : tr("register.db is not the one keyslots.json was last written with: keyslots.json "
                 "names audit entry %1 as it was written, and the register holds another entry "
                 "there. The database was put back to an older copy (and used since), or its "
                 "write-ahead log was lost; the problems below marked \"after the rollback\" "
                 "follow from it.")
                  .arg(anchor.sequence);
    addProblem(check, QStringLiteral("register.db"),
               tr("Restore the latest backup of the whole register folder if one is newer. "
                  "verify --repair moves the newer files without a row to quarantine/ "
                  "(evidence: nothing is deleted); the lost entries stay reported, as the audit "
                  "trail's witnesses remember them."),
               "rollback");
    return check;
}

RegisterCheck RegisterVerifier::cipher()
{
    RegisterCheck check{QStringLiteral("cipher"), false, {}, {}, 0};
    QSqlDatabase db = m_session.db();
    QSqlQuery q(db);
    const QString version = q.exec(QStringLiteral("PRAGMA cipher_version")) && q.next()
                                ? q.value(0).toString()
                                : QString();
    q.finish();
    QSqlQuery marker(db);
    marker.prepare(QStringLiteral("SELECT value FROM tallenne_meta WHERE name = ?"));
    marker.addBindValue(Database::cipherProfileKey());
    const bool read = marker.exec() && marker.next();
    const QString profile = read ? marker.value(0).toString() : QString();
    check.ok = !version.isEmpty() && profile == QLatin1String(kCipherProfile);
    check.detail = tr("SQLCipher %1, profile %2").arg(version, profile);
    if (!read)
        addProblem(check, QStringLiteral("tallenne_meta"),
                   tr("The cipher profile marker cannot be read: %1")
                       .arg(marker.lastError().text().trimmed()));
    else if (!check.ok)
        addProblem(check, QStringLiteral("tallenne_meta"),
                   tr("The profile is \"%1\", not the pinned \"%2\".")
                       .arg(profile, QString::fromLatin1(kCipherProfile)));
    return check;
}

RegisterCheck RegisterVerifier::pages()
{
    RegisterCheck check{QStringLiteral("pages"), false, {}, {}, 0};
    Error error;
    const auto report = CipherPageCheck::run(
        m_session.paths().database(), m_session.dataKey(),
        [this](qint64 done, qint64 total) {
            progress(tr("Checking the database pages"), done, total);
        },
        &error);
    if (!report) {
        check.detail = error.message;
        addProblem(check, QStringLiteral("register.db"), error.message);
        return check;
    }
    for (const qint64 page : report->failedPages)
        addProblem(check, QStringLiteral("page %1").arg(page),
                   tr("Its HMAC does not verify: the page was damaged or altered."), "page-hmac");
    // Counted beyond those listed.
    check.problemCount += report->failedCount - report->failedPages.size();
    if (report->trailingBytes > 0)
        addProblem(check, QStringLiteral("register.db"),
                   tr("The file ends %n byte(s) into a page: it was cut short or extended.",
                      nullptr, clampToInt(report->trailingBytes)),
                   "database-size");
    check.ok = check.problemCount == 0;
    check.detail =
        check.ok
            ? tr("%n page(s), each with a verified HMAC", nullptr, clampToInt(report->pages))
            : tr("%1 of %n page(s) failed their HMAC check", nullptr, clampToInt(report->pages))
                  .arg(report->failedCount);
    return check;
}

RegisterCheck RegisterVerifier::integrity(bool pagesFailed)
{
    RegisterCheck check{QStringLiteral("integrity"), false, {}, {}, 0};
    QSqlDatabase db = m_session.db();
    const QString pragma =
        m_options.quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check");
    // SQLite's check cannot get past a page that fails its HMAC: SQLCipher puts the
    // connection in an error state, and every later page then reads as "unable to get the
    // page". With damaged pages the tables and indexes are read one by one instead.
    bool stopped = false;
    if (!pagesFailed) {
        progress(tr("Checking the database's structure"), 0, 1);
        QStringList messages;
        QString failure;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(
                    QStringLiteral("PRAGMA %1(%2)").arg(pragma).arg(RegisterCheck::MaxProblems))) {
                failure = q.lastError().text().trimmed();
            } else {
                while (q.next()) {
                    for (const QString& line :
                         q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                        if (!line.startsWith(QLatin1String("*** in database")))
                            messages << line.trimmed();
                    }
                }
                if (q.lastError().isValid())
                    failure = q.lastError().text().trimmed();
            }
        }
        progress(tr("Checking the database's structure"), 1, 1);
        if (failure.isEmpty() && messages == QStringList{QStringLiteral("ok")}) {
            check.ok = true;
            check.detail = tr("%1: ok").arg(pragma);
            return check;
        }
        static const QRegularExpression indexName(QStringLiteral("index (\\S+)"));
        static const QRegularExpression pageNumber(QStringLiteral("[Pp]age (\\d+)"));
        for (const QString& message : std::as_const(messages)) {
            const auto index = indexName.match(message);
            const auto page = pageNumber.match(message);
            addProblem(check,
                       index.hasMatch()  ? QStringLiteral("index %1").arg(index.captured(1))
                       : page.hasMatch() ? QStringLiteral("page %1").arg(page.captured(1))
                                         : QStringLiteral("register.db"),
                       message);
        }
        stopped = !failure.isEmpty();
        if (stopped)
            addProblem(check, QStringLiteral("register.db"),
                       tr("PRAGMA %1 stopped: %2").arg(pragma, failure));
    }

    // Which tables and indexes cannot be read in full: the objects the damage is in.
    QList<std::pair<QString, QString>> objects; // (object, SQL that reads it all)
    {
        QSqlQuery list(db);
        list.setForwardOnly(true);
        if (!list.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"
                                      " WHERE type IN ('table', 'index') AND rootpage > 0"
                                      " ORDER BY type DESC, name")))
            addProblem(
                check, QStringLiteral("sqlite_master"),
                tr("The list of tables cannot be read: %1").arg(list.lastError().text().trimmed()));
        QList<std::tuple<QString, QString, QString, QString>> rows;
        while (list.next())
            rows.append({list.value(0).toString(), list.value(1).toString(),
                         list.value(2).toString(), list.value(3).toString()});
        list.finish();
        for (const auto& [type, name, table, sql] : std::as_const(rows)) {
            if (type == QLatin1String("table")) {
                objects.append({QStringLiteral("table %1").arg(name),
                                QStringLiteral("SELECT * FROM %1").arg(quoted(name))});
                continue;
            }
            // An index is read whole through a query it covers, in its own order; partial
            // and expression indexes cannot be forced that way.
            if (sql.contains(QLatin1String(" WHERE "), Qt::CaseInsensitive))
                continue;
            QSqlQuery info(db);
            QStringList columns;
            QStringList order;
            bool plain = info.exec(QStringLiteral("PRAGMA index_xinfo(%1)").arg(quoted(name)));
            while (plain && info.next()) {
                if (info.value(5).toInt() == 0)
                    continue; // the rowid at the end of each entry
                const QString column = info.value(2).toString();
                plain = !column.isEmpty();
                columns << quoted(column);
                order << QStringLiteral("%1 COLLATE %2%3")
                             .arg(quoted(column), quoted(info.value(4).toString()),
                                  info.value(3).toInt() != 0 ? QStringLiteral(" DESC") : QString());
            }
            if (plain && !columns.isEmpty())
                objects.append({QStringLiteral("index %1").arg(name),
                                QStringLiteral("SELECT %1 FROM %2 INDEXED BY %3 ORDER BY %4")
                                    .arg(columns.join(QStringLiteral(", ")), quoted(table),
                                         quoted(name), order.join(QStringLiteral(", ")))});
        }
    }
    qint64 done = 0;
    int unreadable = 0;
    for (const auto& [object, sql] : std::as_const(objects)) {
        progress(tr("Reading every table and index"), done++, objects.size());
        if (const auto failed = readToEnd(db, sql)) {
            ++unreadable;
            addProblem(check, object, tr("It cannot be read in full: %1").arg(*failed),
                       "table-unreadable");
        }
    }
    progress(tr("Reading every table and index"), done, objects.size());
    check.ok = check.problemCount == 0;
    if (pagesFailed)
        check.detail = tr("%1 not run past the damaged pages; %n table(s) or index(es) cannot "
                          "be read in full",
                          nullptr, unreadable)
                           .arg(pragma);
    else if (check.ok)
        check.detail = tr("%1: ok").arg(pragma);
    else
        check.detail = tr("%1 found problems; %n table(s) or index(es) cannot be read in full",
                          nullptr, unreadable)
                           .arg(pragma);
    if (pagesFailed && unreadable == 0) {
        // Damaged pages that no table or index reaches (free pages): the pages line names them.
        check.ok = true;
        check.detail = tr("%1 not run past the damaged pages; every table and index reads in "
                          "full (the damage is in pages no table uses)")
                           .arg(pragma);
    }
    return check;
}

RegisterCheck RegisterVerifier::keySlots()
{
    RegisterCheck check{QStringLiteral("key slots"), false, {}, {}, 0};
    progress(tr("Checking the key slots"), 0, 0);
    Error fileError;
    const auto file = KeySlotFile::load(m_session.paths().keySlots(), &fileError);
    if (!file) {
        check.detail = fileError.message;
        addProblem(check, QStringLiteral("keyslots.json"), fileError.message);
        return check;
    }
    QSqlDatabase db = m_session.db();

    // What the database lists: every slot's identity (kind, id, version, public key). It keeps
    // nothing of a slot's sealed key or wrapped identity: the seal tag covers those.
    struct Listed
    {
        int version = 0;
        QByteArray publicKey;
        bool seen = false;
    };
    QHash<QString, Listed> listed; // "kind\nid"
    const auto keyOf = [](const QString& kind, const QString& id) {
        return kind + QLatin1Char('\n') + id;
    };
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT kind, slot_id, version, public_key FROM key_identities"))) {
            addProblem(check, QStringLiteral("key_identities"),
                       tr("The register's list of key slots cannot be read: %1")
                           .arg(q.lastError().text().trimmed()));
        }
        while (q.next())
            listed.insert(keyOf(q.value(0).toString(), q.value(1).toString()),
                          {q.value(2).toInt(), q.value(3).toByteArray(), false});
    }
    Error usersError;
    const QList<UserRecord> users = UserRepository(db).list(&usersError);
    if (usersError)
        addProblem(check, QStringLiteral("users"),
                   tr("The users cannot be read: %1").arg(usersError.message));

    int userSlots = 0;
    int untagged = 0;
    bool recovery = false;
    bool unattended = false;
    for (const KeySlot& slot : file->keySlots()) {
        const QString object = slotObject(slot);
        if (slot.kind() == KeySlot::Kind::User)
            ++userSlots;
        recovery = recovery || slot.kind() == KeySlot::Kind::Recovery;
        unattended = unattended || slot.kind() == KeySlot::Kind::Unattended;
        const auto it = listed.find(keyOf(KeySlot::kindName(slot.kind()), slot.id()));
        if (it == listed.end()) {
            addProblem(check, object,
                       m_rolledBack
                           ? tr("After the rollback: the older register.db does not list this "
                                "slot, which was added after that copy was made.")
                           : tr("The register does not list this slot: it was added to "
                                "keyslots.json from elsewhere."),
                       "slot-not-listed");
        } else {
            it->seen = true;
            if (it->version != slot.version())
                addProblem(check, object,
                           (m_rolledBack ? tr("After the rollback: its version is %1 in "
                                              "keyslots.json and %2 in the older register.db.")
                                         : tr("Its version is %1 in keyslots.json and %2 in the "
                                              "register."))
                               .arg(slot.version())
                               .arg(it->version),
                           "slot-version");
            if (it->publicKey != slot.publicKey())
                addProblem(check, object,
                           tr("Its public key is not the one the register records: the slot was "
                              "altered or replaced."),
                           "slot-public-key");
        }
        if (slot.kdf() && !slot.kdf()->isWritten())
            addProblem(check, object,
                       tr("Its key derivation parameters (%1 passes, %2 KiB) are not ones this "
                          "program writes: the slot was altered or damaged, and it no longer "
                          "opens with its holder's password.")
                           .arg(slot.kdf()->opsLimit)
                           .arg(slot.kdf()->memLimitBytes / 1024),
                       "slot-kdf");
        if (slot.sealTag().isEmpty())
            ++untagged;
        else if (slot.sealTag() != slot.computeSealTag(m_session.dataKey()))
            addProblem(check, object,
                       tr("Its seal tag does not verify under the register key: its sealed key, "
                          "public key or wrapped identity was altered."),
                       "slot-seal-tag");
        if (slot.kind() == KeySlot::Kind::User &&
            std::none_of(users.begin(), users.end(),
                         [&](const UserRecord& u) { return u.name == slot.id(); }))
            addProblem(check, object, tr("A slot without a user."), "slot-without-user");
    }
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (it->seen)
            continue;
        const QString kind = it.key().section(QLatin1Char('\n'), 0, 0);
        const QString id = it.key().section(QLatin1Char('\n'), 1);
        addProblem(check,
                   kind == QLatin1String("user") ? QStringLiteral("slot user:%1").arg(id)
                                                 : QStringLiteral("slot %1").arg(kind),
                   m_rolledBack
                       ? tr("After the rollback: the older register.db lists this slot, which "
                            "was removed since.")
                       : tr("The register lists this slot but keyslots.json has none: it was "
                            "removed from the file, and its holder cannot log in."),
                   "slot-missing");
    }
    for (const UserRecord& u : users) {
        if (!file->findSlot(KeySlot::Kind::User, u.name) &&
            !listed.contains(keyOf(QStringLiteral("user"), u.name)))
            addProblem(check, QStringLiteral("user:%1").arg(u.name), tr("A user without a slot."),
                       "user-without-slot");
    }
    if (!recovery)
        addProblem(check, QStringLiteral("slot recovery"), tr("There is no recovery slot."),
                   "no-recovery-slot");
    check.ok = check.problemCount == 0;
    QString detail =
        unattended ? tr("%n user slot(s), the recovery and the unattended slot", nullptr, userSlots)
                   : tr("%n user slot(s) and the recovery slot", nullptr, userSlots);
    if (check.ok) {
        detail += tr("; each listed in the register with its public key");
        const int tagged = int(file->keySlots().size()) - untagged;
        if (tagged > 0)
            detail += tr(", %n with a verified seal tag", nullptr, tagged);
        if (untagged > 0)
            detail += tr("; %n slot(s) written before seal tags: each is checked in full when "
                         "its holder logs in, and the next rekey tags it",
                         nullptr, untagged);
    }
    check.detail =
        check.ok ? detail
                 : tr("%n problem(s) with the key slots", nullptr, clampToInt(check.problemCount));
    return check;
}

RegisterCheck RegisterVerifier::recordings()
{
    RegisterCheck check{QStringLiteral("recordings"), false, {}, {}, 0};
    const RecordingStore store(m_session.paths().recordings(), m_session.db(), m_session.clock());
    FieldCrypto crypto(m_session);
    RecordingStore::KeyOpener opener;
    const bool holdsKey = crypto.holds(Capability::Recordings);
    if (!m_options.quick && holdsKey)
        opener = crypto.recordingKeyOpener();
    Error error;
    const auto report = store.checkFiles(
        m_options.quick ? RecordingCheckDepth::Presence : RecordingCheckDepth::Contents, opener,
        [this](qint64 filesDone, qint64 filesTotal, qint64, qint64) {
            progress(tr("Checking the recordings"), filesDone, filesTotal);
        },
        &error);
    if (!report) {
        check.detail = error.message;
        addProblem(check, QStringLiteral("recordings"), error.message);
        return check;
    }
    const bool folderMissing = report->folderMissing && report->rows > 0;
    if (folderMissing)
        check.problems.append(
            {QStringLiteral("recordings/"),
             tr("The folder recordings/ is missing: none of the %n recording(s) has its file.",
                nullptr, clampToInt(report->rows)),
             QStringLiteral("recordings-folder-missing")});
    // Without the folder every row's file is missing: the one line above says it, not a line
    // per recording.
    for (const RecordingProblem& p : folderMissing ? QList<RecordingProblem>() : report->problems) {
        const QString object =
            p.recordingId > 0
                ? QStringLiteral("recording:%1 (recordings/%2)").arg(p.recordingId).arg(p.fileName)
                : QStringLiteral("recordings/%1").arg(p.fileName);
        ++check.problemCount;
        if (check.problems.size() < RegisterCheck::MaxProblems)
            check.problems.append({object, p.message, p.code});
    }
    check.problemCount = report->problemCount + (folderMissing ? 1 : 0);
    check.ok = check.problemCount == 0;
    const int rows = clampToInt(report->rows);
    if (report->rows == 0) {
        check.detail = tr("no recordings");
        return check;
    }
    if (m_options.quick) {
        check.detail = tr("%n recording(s) checked for presence and size (--quick: their "
                          "contents were not read)",
                          nullptr, rows);
    } else {
        QStringList parts;
        if (report->authenticated > 0)
            parts << tr("%n authenticated with their own key (every chunk and the audio's "
                        "SHA-256; the file's digest where the row keeps one)",
                        nullptr, clampToInt(report->authenticated));
        if (report->digestOnly > 0)
            parts << tr("%n compared with the digest their row keeps (your login holds no "
                        "recordings key)",
                        nullptr, clampToInt(report->digestOnly));
        if (report->notDigested > 0)
            parts << tr("%n checked for presence and size only: written before file digests "
                        "were kept, and your login holds no recordings key",
                        nullptr, clampToInt(report->notDigested));
        check.detail =
            tr("%n recording(s)", nullptr, rows) +
            (parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral("; ")));
    }
    if (!check.ok)
        check.detail = tr("%1 of %n recording(s) failed their check", nullptr, rows)
                           .arg(report->problemCount) +
                       QStringLiteral("; ") + check.detail;
    return check;
}

RegisterCheck RegisterVerifier::orphans()
{
    RegisterCheck check{QStringLiteral("orphans"), false, {}, {}, 0};
    progress(tr("Looking for files without a row in recordings/"), 0, 0);
    const RecordingStore store(m_session.paths().recordings(), m_session.db(), m_session.clock());
    Error error;
    const auto report = store.findOrphans(&error);
    if (!report) {
        check.detail = error.message;
        addProblem(check, QStringLiteral("recordings"), error.message);
        return check;
    }
    for (const QString& name : report->files)
        addProblem(check, QStringLiteral("recordings/%1").arg(name),
                   m_rolledBack
                       ? tr("After the rollback: a recording written after the older "
                            "register.db's copy, which has no row for it. It is evidence: verify "
                            "--repair moves it to quarantine/, nothing deletes it.")
                       : tr("No recording's row names this file: an import cut short left it, "
                            "or the database is older than the recordings folder (rolled back). "
                            "It is evidence: verify --repair moves it to quarantine/, nothing "
                            "deletes it."),
                   "recording-without-row");
    check.problemCount = report->count;
    check.ok = report->count == 0;
    check.detail = check.ok ? tr("none")
                            : tr("%n file(s) in recordings/ without a row", nullptr,
                                 clampToInt(report->count));
    if (report->awaitingRemoval > 0)
        check.detail += tr("; %n file(s) of purged recordings wait for the next purge to remove "
                           "them (their keys are gone)",
                           nullptr, clampToInt(report->awaitingRemoval));
    return check;
}

RegisterCheck RegisterVerifier::auditChain()
{
    RegisterCheck check{QStringLiteral("audit chain"), false, {}, {}, 0};
    progress(tr("Checking the audit trail"), 0, 1);
    Error error;
    const auto audit = AuditService::check(m_session, std::nullopt, &error);
    progress(tr("Checking the audit trail"), 1, 1);
    if (!audit) {
        check.detail = error.message;
        addProblem(check, QStringLiteral("audit_log"), error.message);
        return check;
    }
    QStringList witnesses;
    for (const WitnessCheck& w : audit->witnesses) {
        if (w.state != WitnessCheck::State::Unavailable)
            witnesses << AuditService::witnessName(w);
    }
    for (const AuditProblem& p : audit->problems)
        addProblem(check,
                   p.sequence > 0         ? QStringLiteral("entry %1").arg(p.sequence)
                   : !p.witness.isEmpty() ? p.witness
                                          : QStringLiteral("audit trail"),
                   p.message);
    check.problemCount += audit->moreProblems;
    check.ok = audit->intact;
    check.detail = audit->intact ? tr("%1; checked against: %2")
                                       .arg(AuditService::summary(*audit),
                                            witnesses.join(QStringLiteral(", ")))
                                 : audit->problem;
    return check;
}

} // namespace tallenne
