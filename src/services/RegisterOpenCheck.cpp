#include "services/RegisterOpenCheck.h"

#include "core/Logging.h"
#include "crypto/KeySlotFile.h"
#include "services/RegisterVerifier.h"
#include "storage/AuditLog.h"

#include "crypto/RecordingCipher.h"
#include "storage/RecordingStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <climits>

namespace tallenne {

namespace {
// A failed check of RegisterVerifier in one sentence: its detail and its first problem.
QString sentence(const RegisterCheck& check)
{
    // For the console's banner as much as the command line: no nested parentheses, no option
    // names, the first problem as a sentence of its own.
    QString text = check.detail + QLatin1Char('.');
    if (!check.problems.isEmpty()) {
        const RegisterProblem& first = check.problems.first();
        text += QLatin1Char(' ') +
                RegisterOpenCheck::tr("The first, %1: %2")
                    .arg(QString(first.object).replace(QLatin1Char(':'), QLatin1Char(' ')),
                         first.message);
    }
    return text;
}
} // namespace

QStringList RegisterOpenCheck::auditTrail(Session& session, bool walWasPresent)
{
    QStringList found;
    Error error;
    const auto file = KeySlotFile::load(session.paths().keySlots(), &error);
    if (!file)
        return {error.message};
    const AuditAnchor anchor = file->auditAnchor();
    AuditLog log(session.db());
    const auto head = log.head(&error);
    if (!head)
        return {error.message};
    if (anchor.sequence > 0 &&
        !log.contains(AuditHead{anchor.sequence, anchor.sha256.toHex(), {}})) {
        // What the first login that met it found is what every later one says: each login
        // writes its own entry, so the trail's end moves (and may pass the anchored number),
        // and SQLite creates a new write-ahead log, which the next login would find present.
        const QString anchorKey = QStringLiteral("%1:%2")
                                      .arg(anchor.sequence)
                                      .arg(QString::fromLatin1(anchor.sha256.toHex()));
        qint64 endedAt = head->sequence;
        bool walPresent = walWasPresent;
        QSqlQuery meta(session.db());
        meta.prepare(QStringLiteral("SELECT value FROM tallenne_meta WHERE name = ?"));
        meta.addBindValue(QStringLiteral("open_check_lost_changes"));
        const QStringList first = meta.exec() && meta.next()
                                      ? meta.value(0).toString().split(QLatin1Char(' '))
                                      : QStringList();
        meta.finish();
        if (first.size() == 3 && first[0] == anchorKey) {
            endedAt = first[1].toLongLong();
            walPresent = first[2] == QLatin1String("wal-present");
        } else {
            QSqlQuery note(session.db());
            note.prepare(
                QStringLiteral("INSERT OR REPLACE INTO tallenne_meta (name, value) VALUES (?, ?)"));
            note.addBindValue(QStringLiteral("open_check_lost_changes"));
            note.addBindValue(QStringLiteral("%1 %2 %3")
                                  .arg(anchorKey, QString::number(endedAt),
                                       walWasPresent ? QStringLiteral("wal-present")
                                                     : QStringLiteral("wal-missing")));
            if (!note.exec())
                qCWarning(lcServices)
                    << "the first diagnosis at open could not be kept:" << note.lastError().text();
        }
        const QString where =
            endedAt < anchor.sequence
                ? tr("the register's audit trail ended at entry %1 when this was first found")
                      .arg(endedAt)
                : tr("the register's entry %1 is another one").arg(anchor.sequence);
        found << (walPresent
                      ? tr("The register has lost changes it had: keyslots.json names audit "
                           "entry %1 as the last one written, but %2. The write-ahead log "
                           "(register.db-wal) beside it does not hold those changes: it is an "
                           "older log or another copy's, or an older copy of register.db was put "
                           "in place. What was written since may be missing; the latest backup "
                           "may have it.")
                            .arg(anchor.sequence)
                            .arg(where)
                      : tr("The register has lost changes it had: keyslots.json names audit "
                           "entry %1 as the last one written, but %2. The write-ahead log "
                           "(register.db-wal) was missing when the register was opened: it was "
                           "deleted or not copied with register.db, or an older copy of "
                           "register.db was put in place. What was written since is missing; the "
                           "latest backup may have it.")
                            .arg(anchor.sequence)
                            .arg(where));
    }
    // The count kept by triggers (schema step 16) and the first and last numbers from the
    // primary key: no walk over the trail at each login. Without both triggers (dropped, as
    // someone deleting an entry must drop the trail's guard) the trail is counted.
    QSqlQuery guards(session.db());
    const bool counted =
        guards.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                   "name IN ('audit_count_insert', 'audit_count_delete')")) &&
        guards.next() && guards.value(0).toInt() == 2;
    guards.finish();
    QSqlQuery q(session.db());
    if (q.exec(counted ? QStringLiteral("SELECT (SELECT entries FROM audit_count WHERE id = 1),"
                                        " coalesce((SELECT min(seq) FROM audit_log), 0),"
                                        " coalesce((SELECT max(seq) FROM audit_log), 0)")
                       : QStringLiteral("SELECT count(*), coalesce(min(seq), 0), "
                                        "coalesce(max(seq), 0) FROM audit_log")) &&
        q.next()) {
        const qint64 count = q.value(0).toLongLong();
        const qint64 first = q.value(1).toLongLong();
        const qint64 last = q.value(2).toLongLong();
        if (count > 0 && last - first + 1 != count)
            found << tr("The audit trail has gaps: its entries %1 to %2 should be %3, but %n "
                        "are there. Entries were removed.",
                        nullptr, int(std::min<qint64>(count, INT_MAX)))
                         .arg(first)
                         .arg(last)
                         .arg(last - first + 1);
    } else {
        found << tr("The audit trail cannot be read: %1").arg(q.lastError().text().trimmed());
    }
    return found;
}

QStringList RegisterOpenCheck::run(Session& session, bool walWasPresent)
{
    QStringList found = auditTrail(session, walWasPresent);
    VerifyOptions options;
    options.quick = true;
    RegisterVerifier verifier(session, options);
    // After a rollback the slots' differences are worded as its consequences.
    (void)verifier.rollback();
    const RegisterCheck keySlots = verifier.keySlots();
    if (!keySlots.ok)
        found << sentence(keySlots);
    for (const QString& problem : found)
        qCInfo(lcServices) << "at open:" << problem; // people get it from the caller
    return found;
}

std::optional<RegisterOpenCheck::RecordingFileSnapshot>
RegisterOpenCheck::snapshotRecordingFiles(Session& session, QString* error)
{
    RecordingFileSnapshot snapshot;
    snapshot.folder = session.paths().recordings();
    QSqlQuery q(session.db());
    q.setForwardOnly(true);
    // A stat per recording: cheap for a desk's register, not for a very large one, whose
    // files are left to verify.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM recordings")) || !q.next()) {
        *error = q.lastError().text().trimmed();
        return std::nullopt;
    }
    if (q.value(0).toLongLong() > MaxRecordingsChecked) {
        snapshot.skipped = true;
        return snapshot;
    }
    q.finish();
    if (!q.exec(QStringLiteral(
            "SELECT id, file_name, size_bytes, call_id FROM recordings ORDER BY id"))) {
        *error = q.lastError().text().trimmed();
        return std::nullopt;
    }
    while (q.next()) {
        const QString name = q.value(1).toString();
        snapshot.rows.append({q.value(0).toLongLong(), name,
                              RecordingCipher::encryptedSize(q.value(2).toLongLong()),
                              q.value(3).toLongLong()});
        snapshot.known.insert(name);
    }
    q.finish();
    if (!q.exec(QStringLiteral("SELECT file_name FROM purge_shredded"))) {
        *error = q.lastError().text().trimmed();
        return std::nullopt;
    }
    while (q.next())
        snapshot.known.insert(q.value(0).toString());
    return snapshot;
}

RegisterOpenCheck::RecordingFileFindings
RegisterOpenCheck::checkRecordingFiles(const RecordingFileSnapshot& snapshot)
{
    RecordingFileFindings findings;
    QStringList& found = findings.sentences;
    if (snapshot.skipped)
        return findings;
    const QDir folder(snapshot.folder);
    if (!folder.exists()) {
        if (!snapshot.rows.isEmpty())
            found << tr("The folder recordings/ is missing: none of the %n recording(s) has its "
                        "file.",
                        nullptr, int(std::min<qsizetype>(snapshot.rows.size(), INT_MAX)));
        return findings;
    }
    qint64 failed = 0;
    RecordingFileSnapshot::Row firstRow;
    QString firstProblem;
    for (const RecordingFileSnapshot::Row& row : snapshot.rows) {
        const QFileInfo info(folder.filePath(row.fileName));
        QString problem;
        if (!RecordingStore::isPlainFileName(row.fileName))
            problem = tr("its row names no file of recordings/: the row was altered");
        else if (!info.exists())
            problem = tr("the file is missing from recordings/");
        else if (!info.isFile() || info.size() != row.encryptedSize)
            problem = tr("the file is %1 bytes where its row gives %2")
                          .arg(info.size())
                          .arg(row.encryptedSize);
        if (problem.isEmpty())
            continue;
        findings.missing = findings.missing || !info.exists();
        if (++failed == 1) {
            firstRow = row;
            firstProblem = problem;
        }
    }
    // Named by its call as well, which is what people find in the list.
    if (failed == 1)
        found << tr("The recording of call %1 (recording %2, file recordings/%3): %4.")
                     .arg(firstRow.callId)
                     .arg(firstRow.id)
                     .arg(firstRow.fileName, firstProblem);
    else if (failed > 1)
        found << tr("%Ln recording(s) have a missing or damaged file.", nullptr,
                    int(std::min<qint64>(failed, INT_MAX))) +
                     QLatin1Char(' ') +
                     tr("The first is the recording of call %1 (recording %2, file "
                        "recordings/%3): %4.")
                         .arg(firstRow.callId)
                         .arg(firstRow.id)
                         .arg(firstRow.fileName, firstProblem);
    qint64 orphans = 0;
    QDirIterator it(snapshot.folder, QDir::Files | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        if (!snapshot.known.contains(QFileInfo(it.next()).fileName()))
            ++orphans;
    }
    findings.orphans = orphans > 0;
    if (orphans > 0)
        found << tr("%n file(s) in recordings/ without a row: an import was cut short, or "
                    "register.db is older than the recordings.",
                    nullptr, int(std::min<qint64>(orphans, INT_MAX)));
    return findings;
}

QStringList RegisterOpenCheck::recordingFiles(Session& session)
{
    QString error;
    const auto snapshot = snapshotRecordingFiles(session, &error);
    if (!snapshot)
        return {tr("The recordings cannot be listed: %1").arg(error)};
    const QStringList found = checkRecordingFiles(*snapshot).sentences;
    for (const QString& problem : found)
        qCInfo(lcServices) << "recording files:" << problem;
    return found;
}

} // namespace tallenne
