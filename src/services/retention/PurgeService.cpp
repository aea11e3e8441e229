#include "services/retention/PurgeService.h"

#include "core/LocalCalendar.h"
#include "core/Logging.h"
#include "services/ProfileService.h"
#include "services/RegisterOpenCheck.h"
#include "services/Session.h"
#include "services/audit/AuditVerifier.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/HoldRepository.h"
#include "storage/TransactionGuard.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

namespace {
using Kind = RetentionPolicy::Kind;

// What a phase of the purge deletes.
enum class Rows
{
    Recordings,
    Tags,
    Evaluations,
    Calibrations,
    Calls,
    Chats,
};

// The phases, in the order the purge runs them: recordings first (a call kept longer than its
// recording loses the recording only); tags and evaluations before the calls and chats they
// belong to (a run deletes and counts each itself, as its preview did, rather than losing it
// uncounted with its call), calibrations once their evaluations are gone; then calls and chats.
const QList<Rows> phases = {Rows::Recordings,   Rows::Tags,  Rows::Evaluations,
                            Rows::Calibrations, Rows::Calls, Rows::Chats};
// The audit trail goes last, after the batches' own entries, in one transaction of its own.
const int auditPhase = int(phases.size());
const int donePhase = auditPhase + 1;

// Where the rows of a phase come from. `x` is the phase's own table; `c` the call (and `t` the
// chat) that decides a hold and a restriction.
struct Source
{
    QString from;       ///< FROM … (with joins)
    QString created;    ///< when the row's data was created (UTC seconds)
    QString held;       ///< the HoldRepository condition (`holdValues` '?': now)
    QString restricted; ///< the art. 18 flag
    QString extra;      ///< extra columns of a batch's select
    QString table;      ///< the table rows are deleted from
    QString id;         ///< the rows' id in audit entries
    int holdValues = 1;
};

// An evaluation or a calibration belongs to a call or to a chat: held or restricted as that
// one is (the other join finds nothing: no hold matches it).
const QString interactionFrom = QStringLiteral(
    " x LEFT JOIN calls c ON c.id = x.call_id LEFT JOIN chats t ON t.id = x.chat_id");

Source interactionSource(const QString& table)
{
    return {table + interactionFrom,
            QStringLiteral("x.created_at"),
            QStringLiteral("(%1 OR %2)")
                .arg(HoldRepository::heldCallSql(QStringLiteral("c")),
                     HoldRepository::heldChatSql(QStringLiteral("t"))),
            QStringLiteral("coalesce(c.restricted, t.restricted, 0)"),
            QString(),
            table,
            table,
            2};
}

Source sourceOf(Rows rows)
{
    switch (rows) {
    case Rows::Recordings:
        return {QStringLiteral("recordings x JOIN calls c ON c.id = x.call_id"),
                QStringLiteral("c.started_at"),
                HoldRepository::heldCallSql(QStringLiteral("c")),
                QStringLiteral("c.restricted"),
                QStringLiteral(", x.file_name, x.id"),
                QStringLiteral("recordings"),
                RetentionPolicy::kindId(Kind::Recordings)};
    case Rows::Calls:
        return {QStringLiteral("calls x LEFT JOIN recordings r ON r.call_id = x.id"),
                QStringLiteral("x.started_at"),
                HoldRepository::heldCallSql(QStringLiteral("x")),
                QStringLiteral("x.restricted"),
                QStringLiteral(", r.file_name, r.id"),
                QStringLiteral("calls"),
                RetentionPolicy::kindId(Kind::CallMetadata)};
    case Rows::Chats:
        return {QStringLiteral("chats x"),
                QStringLiteral("x.started_at"),
                HoldRepository::heldChatSql(QStringLiteral("x")),
                QStringLiteral("x.restricted"),
                QString(),
                QStringLiteral("chats"),
                RetentionPolicy::kindId(Kind::ChatTranscripts)};
    case Rows::Tags:
        return {QStringLiteral("tags x JOIN calls c ON c.id = x.call_id"),
                QStringLiteral("x.created_at"),
                HoldRepository::heldCallSql(QStringLiteral("c")),
                QStringLiteral("c.restricted"),
                QString(),
                QStringLiteral("tags"),
                QStringLiteral("tags")};
    case Rows::Evaluations:
        // The period counts from when the evaluation was made (`created_at`): that is when the
        // personal data about the agent's performance came to be, whatever the interaction's
        // own time or a later submission or revision.
        return interactionSource(QStringLiteral("evaluations"));
    case Rows::Calibrations:
        return interactionSource(QStringLiteral("calibrations"));
    }
    return {};
}

Rows rowsOf(Kind kind)
{
    switch (kind) {
    case Kind::Recordings:
        return Rows::Recordings;
    case Kind::CallMetadata:
        return Rows::Calls;
    case Kind::ChatTranscripts:
        return Rows::Chats;
    case Kind::EvaluationsAndTags:
    case Kind::AccessRequests:
    case Kind::AuditTrail:
        break;
    }
    return Rows::Tags;
}

Kind kindOf(Rows rows)
{
    switch (rows) {
    case Rows::Recordings:
        return Kind::Recordings;
    case Rows::Calls:
        return Kind::CallMetadata;
    case Rows::Chats:
        return Kind::ChatTranscripts;
    case Rows::Tags:
    case Rows::Evaluations:
    case Rows::Calibrations:
        break;
    }
    return Kind::EvaluationsAndTags;
}

// A calibration goes once no evaluation of it is left (deleting one with evaluations would
// take them along: ON DELETE CASCADE). In a preview, before the evaluations are deleted: none
// is left that stays, i.e. made on or after the cutoff (its evaluations share its call or chat,
// so a hold or a restriction keeps the calibration itself). One '?' in the preview: the cutoff.
const QString calibrationEmpty =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.calibration_id = x.id)");
const QString calibrationEmptyAfterPurge =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.calibration_id = x.id"
                   " AND e.created_at >= ?)");

QString idRange(qint64 first, qint64 last)
{
    return first > 0 ? QStringLiteral("%1-%2").arg(first).arg(last) : QStringLiteral("-");
}

void widen(PurgeCategory& c, qint64 id)
{
    c.firstId = c.firstId == 0 ? id : std::min(c.firstId, id);
    c.lastId = std::max(c.lastId, id);
}
} // namespace

QString PurgeCategory::itemsId() const
{
    if (kind == Kind::EvaluationsAndTags)
        return evaluations ? QStringLiteral("evaluations") : QStringLiteral("tags");
    return RetentionPolicy::kindId(kind);
}

const PurgeCategory* PurgeReport::category(RetentionPolicy::Kind kind) const
{
    for (const PurgeCategory& c : categories) {
        if (c.kind == kind && !c.evaluations)
            return &c;
    }
    return nullptr;
}

const PurgeCategory* PurgeReport::evaluations() const
{
    for (const PurgeCategory& c : categories) {
        if (c.evaluations)
            return &c;
    }
    return nullptr;
}

qint64 PurgeReport::totalPurged() const
{
    qint64 n = 0;
    for (const PurgeCategory& c : categories)
        n += c.purged + c.calibrations;
    return n;
}

struct PurgeService::Run
{
    PurgeReport report;
    int phase = 0; ///< index into phases, then auditPhase, then donePhase
    qint64 done = 0;
    qint64 total = 0;
    qint64 auditLimit = 0; ///< the audit head when the run was planned: the trail's cut stays below
};

PurgeService::PurgeService(Session& session, int batchSize)
    : m_session(session), m_batchSize(std::max(1, batchSize))
{}

PurgeService::~PurgeService() = default;

qint64 PurgeService::done() const
{
    return m_run ? m_run->done : 0;
}

qint64 PurgeService::total() const
{
    return m_run ? m_run->total : 0;
}

QDateTime PurgeService::cutoff(const RetentionPolicy& policy, RetentionPolicy::Kind kind,
                               const QDateTime& now)
{
    if (!policy.hasFixedPeriod(kind))
        return {};
    const QTimeZone& zone = policy.timeZone();
    const QDate today = now.toTimeZone(zone).date();
    // The last local day whose data has expired: found with expiry() itself, so the purge and
    // the notice count periods the same way (a month from 31 January ends with February).
    QDate day = today.addMonths(-policy.months(kind)).addDays(4);
    for (int i = 0; i < 64; ++i, day = day.addDays(-1)) {
        const auto end = policy.expiry(kind, LocalCalendar::startOfDay(day, zone));
        if (end && *end <= now)
            return LocalCalendar::startOfDay(day.addDays(1), zone);
    }
    return {};
}

std::optional<PurgeReport> PurgeService::plan(bool forRun, Error* error)
{
    const QString action =
        forRun ? QStringLiteral("retention.purge") : QStringLiteral("retention.preview");
    // The unattended session holds no role: the purge is the one thing it may do.
    if (!m_session.isUnattended() && !m_session.require(Permission::ManageLegalHolds, action,
                                                        QStringLiteral("retention"), error))
        return std::nullopt;
    PurgeReport report;
    report.at = m_session.clock().nowUtc();
    report.dryRun = !forRun;
    Error profileError;
    const auto policy = ProfileService(m_session).retentionInForce(&profileError);
    if (profileError) {
        fail(error, profileError.kind, profileError.message);
        return std::nullopt;
    }
    if (!policy) {
        report.noProfile = true;
        return report;
    }
    const qint64 now = report.at.toSecsSinceEpoch();
    // The trail is cut no later than the head there is now, before the run's own entries.
    AuditLog auditLog(m_session.db());
    const auto auditHead = auditLog.head(error);
    if (!auditHead)
        return std::nullopt;
    m_auditLimit = auditHead->sequence;
    Error holdError;
    report.holdsLifted = int(HoldRepository(m_session.db()).expired(report.at, &holdError).size());
    if (holdError) {
        fail(error, holdError.kind, holdError.message);
        return std::nullopt;
    }

    QSqlQuery tables;
    if (!m_session.database().exec(
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
            {QStringLiteral("evaluations")}, error, &tables))
        return std::nullopt;
    const bool hasEvaluations = tables.next();

    // What is past the cutoff, held, restricted, and the range of what would go.
    const auto count = [this, now](PurgeCategory& c, Rows rows, Error* countError) {
        const Source s = sourceOf(rows);
        // For calls, the join with recordings could repeat nothing (one recording per call)
        // but is left out of the counts all the same.
        const QString from = rows == Rows::Calls ? QStringLiteral("calls x") : s.from;
        QVariantList values;
        for (int i = 0; i < s.holdValues; ++i)
            values << now;
        values << c.cutoff.toSecsSinceEpoch();
        QSqlQuery q;
        if (!m_session.database().exec(
                QStringLiteral("SELECT count(*), coalesce(sum(h), 0),"
                               " coalesce(sum(CASE WHEN h = 0 AND r <> 0 THEN 1 ELSE 0 END), 0),"
                               " min(CASE WHEN h = 0 AND r = 0 THEN i END),"
                               " max(CASE WHEN h = 0 AND r = 0 THEN i END)"
                               " FROM (SELECT x.id AS i, %1 AS h, %2 AS r FROM %3 WHERE %4 < ?)")
                    .arg(s.held, s.restricted, from, s.created),
                values, countError, &q))
            return false;
        if (q.next()) {
            c.due = q.value(0).toLongLong();
            c.held = q.value(1).toLongLong();
            c.restricted = q.value(2).toLongLong();
            c.purged = c.due - c.held - c.restricted;
            c.firstId = q.value(3).toLongLong();
            c.lastId = q.value(4).toLongLong();
        }
        return true;
    };
    for (Kind kind : RetentionPolicy::kinds()) {
        PurgeCategory c;
        c.kind = kind;
        c.months = policy->months(kind);
        c.cutoff = cutoff(*policy, kind, report.at);
        if (kind == Kind::AccessRequests) {
            c.applicable = false;
            c.note = tr("The register keeps no records of data subjects' requests yet.");
        } else if (kind == Kind::AuditTrail) {
            // The oldest entries before the cutoff, replaced by a signed checkpoint (ids are
            // the entries' sequence numbers).
            if (c.cutoff.isValid()) {
                const auto range = auditLog.purgeRange(c.cutoff, m_auditLimit, error);
                if (!range)
                    return std::nullopt;
                c.due = range->count();
                c.purged = c.due;
                c.firstId = c.due > 0 ? range->first : 0;
                c.lastId = c.due > 0 ? range->cut : 0;
                if (range->waitsForSignatures)
                    c.note = tr("Kept until the entry of the migration to signed entries is past "
                                "its period: the unsigned entries before it cannot be replaced "
                                "by a signed checkpoint.");
            }
            report.categories << c;
            continue;
        }
        if (kind != Kind::EvaluationsAndTags) {
            if (c.applicable && c.cutoff.isValid() && !count(c, rowsOf(kind), error))
                return std::nullopt;
            report.categories << c;
            continue;
        }
        // Tags, then quality evaluations with the calibrations they leave empty.
        if (c.cutoff.isValid() && !count(c, Rows::Tags, error))
            return std::nullopt;
        report.categories << c;
        if (!hasEvaluations)
            continue;
        PurgeCategory e;
        e.kind = kind;
        e.evaluations = true;
        e.months = c.months;
        e.cutoff = c.cutoff;
        if (e.cutoff.isValid()) {
            if (!count(e, Rows::Evaluations, error))
                return std::nullopt;
            const Source k = sourceOf(Rows::Calibrations);
            QSqlQuery q;
            if (!m_session.database().exec(
                    QStringLiteral("SELECT count(*) FROM %1 WHERE %2 < ? AND %3 = 0 AND NOT %4"
                                   " AND %5")
                        .arg(k.from, k.created, k.restricted, k.held, calibrationEmptyAfterPurge),
                    {e.cutoff.toSecsSinceEpoch(), now, now, e.cutoff.toSecsSinceEpoch()}, error,
                    &q))
                return std::nullopt;
            if (q.next())
                e.calibrations = q.value(0).toLongLong();
        }
        report.categories << e;
    }
    if (!purgeSubjects(report, false, error))
        return std::nullopt;
    return report;
}

bool PurgeService::purgeSubjects(PurgeReport& report, bool remove, Error* error)
{
    const PurgeCategory* calls = report.category(Kind::CallMetadata);
    const PurgeCategory* chats = report.category(Kind::ChatTranscripts);
    if (!calls || !chats || !calls->cutoff.isValid() || !chats->cutoff.isValid())
        return true;
    const qint64 before = std::min(calls->cutoff, chats->cutoff).toSecsSinceEpoch();
    const qint64 now = report.at.toSecsSinceEpoch();
    // Subjects past both periods with no call or chat that stays: none at all, or only ones
    // this purge deletes (so the preview counts what the run will take). Kept: held by the
    // subject or by a phone number of theirs (the hold's index and the identifier's lookup are
    // the same keyed hash), or restricted. Placeholders in order: before; the calls' cutoff
    // and now; the chats' cutoff and now; then now for `kept`.
    const QString orphans =
        QStringLiteral("FROM subjects s WHERE s.created_at < ?"
                       " AND NOT EXISTS (SELECT 1 FROM calls x WHERE x.subject_id = s.id"
                       " AND NOT (x.started_at < ? AND x.restricted = 0 AND NOT %1))"
                       " AND NOT EXISTS (SELECT 1 FROM chats x WHERE x.subject_id = s.id"
                       " AND NOT (x.started_at < ? AND x.restricted = 0 AND NOT %2))")
            .arg(HoldRepository::heldCallSql(QStringLiteral("x")),
                 HoldRepository::heldChatSql(QStringLiteral("x")));
    const QVariantList orphanValues{before, calls->cutoff.toSecsSinceEpoch(), now,
                                    chats->cutoff.toSecsSinceEpoch(), now};
    const QString kept = QStringLiteral(
        "(s.restricted <> 0 OR EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL"
        " AND h.until_at > ? AND (h.subject_id = s.id OR (h.phone_index IS NOT NULL AND"
        " h.phone_index IN (SELECT i.lookup FROM subject_identifiers i"
        " WHERE i.subject_id = s.id AND i.kind = 'phone')))))");
    QSqlQuery q;
    if (!m_session.database().exec(
            QStringLiteral("SELECT coalesce(sum(k), 0), coalesce(sum(1 - k), 0),"
                           " min(CASE WHEN k = 0 THEN i END), max(CASE WHEN k = 0 THEN i END)"
                           " FROM (SELECT s.id AS i, %1 AS k %2)")
                .arg(kept, orphans),
            QVariantList{now} + orphanValues, error, &q) ||
        !q.next())
        return false;
    report.subjectsKept = q.value(0).toLongLong();
    report.subjectsPurged = q.value(1).toLongLong();
    report.subjectsFirstId = q.value(2).toLongLong();
    report.subjectsLastId = q.value(3).toLongLong();
    q.finish();
    if (!remove || report.subjectsPurged == 0)
        return true;
    // One statement in one transaction: a run killed here leaves every subject or none.
    TransactionGuard transaction(m_session.db());
    QSqlQuery del(m_session.db());
    del.prepare(QStringLiteral("DELETE FROM subjects WHERE id IN (SELECT s.id %1 AND NOT %2)")
                    .arg(orphans, kept));
    for (const QVariant& value : orphanValues)
        del.addBindValue(value);
    del.addBindValue(now);
    if (!del.exec())
        return fail(error, ErrorKind::Environment,
                    tr("The purge could not delete data subjects: %1").arg(del.lastError().text()));
    report.subjectsPurged = del.numRowsAffected();
    return m_session.audit(QStringLiteral("retention.purge.subjects"),
                           QStringLiteral("retention:subjects"),
                           QStringLiteral("count=%1 ids=%2 kept=%3")
                               .arg(report.subjectsPurged)
                               .arg(idRange(report.subjectsFirstId, report.subjectsLastId))
                               .arg(report.subjectsKept),
                           error) &&
           m_session.commit(transaction, error);
}

std::optional<PurgeReport> PurgeService::preview(Error* error)
{
    auto report = plan(false, error);
    if (!report)
        return std::nullopt;
    report->refusal = refusal(true);
    QStringList counts;
    for (const PurgeCategory& c : std::as_const(report->categories)) {
        if (c.due > 0)
            counts << QStringLiteral("%1=%2/%3/%4")
                          .arg(c.itemsId())
                          .arg(c.purged)
                          .arg(c.held)
                          .arg(c.restricted);
        if (c.calibrations > 0)
            counts << QStringLiteral("calibrations=%1/0/0").arg(c.calibrations);
    }
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(
            QStringLiteral("retention.preview"), QStringLiteral("retention"),
            QStringLiteral("due(go/held/restricted): %1")
                .arg(counts.isEmpty() ? QStringLiteral("none") : counts.join(QLatin1Char(' '))),
            error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return report;
}

bool PurgeService::removeShreddedFiles(Error* error)
{
    // Files whose key rows are gone (committed): removing them cannot lose anything readable.
    QSqlQuery q;
    if (!m_session.database().exec(QStringLiteral("SELECT file_name FROM purge_shredded"), {},
                                   error, &q))
        return false;
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    if (names.isEmpty())
        return true;
    const QDir dir(m_session.paths().recordings());
    for (const QString& name : std::as_const(names)) {
        // A name is "<hex>.rec"; anything else in the journal is not ours to remove.
        if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
            name.startsWith(QLatin1Char('.')))
            continue;
        const QString path = dir.filePath(name);
        if (QFile::exists(path) && !QFile::remove(path))
            return fail(error, ErrorKind::Environment,
                        tr("A purged recording's file could not be removed: %1")
                            .arg(QDir::toNativeSeparators(path)));
        if (m_run)
            ++m_run->report.filesRemoved;
    }
    TransactionGuard transaction(m_session.db());
    QSqlQuery del(m_session.db());
    del.prepare(QStringLiteral("DELETE FROM purge_shredded WHERE file_name = ?"));
    for (const QString& name : std::as_const(names)) {
        del.addBindValue(name);
        if (!del.exec())
            return fail(error, ErrorKind::Environment, tr("The purge journal cannot be updated."));
    }
    return transaction.commit(error);
}

QString PurgeService::refusal(bool preview)
{
    // The recordings' files are not checked at login: unless the console's worker did, here.
    if (!m_session.recordingFilesChecked())
        m_session.noteRecordingFileCheck(RegisterOpenCheck::recordingFiles(m_session));
    if (m_session.openWarnings().isEmpty())
        return {};
    if (preview)
        return tr("A real purge would be refused now, because the register failed its checks "
                  "when it was opened and deleting could destroy evidence. First problem: %1 An "
                  "administrator settles what 'tallenne-admin verify' finds; the purge runs "
                  "again at the first login after that.")
            .arg(m_session.openWarnings().first());
    return tr("The purge did not run, because the register failed its checks when it "
              "was opened and deleting now could destroy evidence. First problem: %1 "
              "An administrator settles what 'tallenne-admin verify' finds; the purge "
              "runs again at the first login after that.")
        .arg(m_session.openWarnings().first());
}

bool PurgeService::begin(Error* error)
{
    m_run.reset();
    // A register that failed its checks at open (lost changes, a gap in the audit trail,
    // altered key slots, missing recordings or files without a row) may be a rolled-back or
    // damaged copy: what a purge would delete could be the evidence. It waits for verify.
    if (const QString refused = refusal(); !refused.isEmpty())
        return fail(error, ErrorKind::RefusedByRule, refused);
    auto report = plan(true, error);
    if (!report)
        return false;
    m_run = std::make_unique<Run>(Run{*report, 0, 0, 0, m_auditLimit});
    if (report->noProfile) {
        m_run->phase = donePhase;
        return true;
    }
    for (PurgeCategory& c : m_run->report.categories) {
        m_run->total += std::max<qint64>(0, c.purged) + c.calibrations;
        // A run counts what it deletes, not what the plan expected.
        c.purged = 0;
        c.calibrations = 0;
        c.firstId = 0;
        c.lastId = 0;
    }
    m_run->report.holdsLifted = 0;
    // What a run killed after a commit left: files of deleted key rows.
    if (!removeShreddedFiles(error))
        return false;
    // Holds whose time ran out are lifted first, each audited.
    HoldRepository holds(m_session.db());
    const QDateTime now = m_run->report.at;
    Error holdError;
    const QList<HoldRecord> expired = holds.expired(now, &holdError);
    if (holdError)
        return fail(error, holdError.kind, holdError.message);
    if (!expired.isEmpty()) {
        TransactionGuard transaction(m_session.db());
        for (const HoldRecord& h : expired) {
            if (!holds.release(h.id, QStringLiteral("-"), now, QStringLiteral("expired"), error) ||
                !m_session.audit(
                    QStringLiteral("hold.expire"), QStringLiteral("hold:%1").arg(h.id),
                    QStringLiteral("scope=%1 reason=%2 until=%3")
                        .arg(HoldRecord::scopeId(h.scope), h.reason, h.until.toString(Qt::ISODate)),
                    error))
                return false;
        }
        if (!m_session.commit(transaction, error))
            return false;
        m_run->report.holdsLifted = int(expired.size());
    }
    return true;
}

std::optional<bool> PurgeService::step(Error* error)
{
    if (!m_run) {
        fail(error, ErrorKind::Usage, tr("The purge has not begun."));
        return std::nullopt;
    }
    Run& run = *m_run;
    while (run.phase < donePhase) {
        if (run.phase == auditPhase) {
            if (!purgeAuditTrail(error))
                return std::nullopt;
            ++run.phase;
            continue;
        }
        const Rows rows = phases[run.phase];
        const Kind kind = kindOf(rows);
        // Calibrations are counted with the evaluations that left them empty.
        const bool evaluations = rows == Rows::Evaluations || rows == Rows::Calibrations;
        PurgeCategory* category = nullptr;
        PurgeCategory* recordings = nullptr;
        for (PurgeCategory& c : run.report.categories) {
            if (c.kind == kind && c.evaluations == evaluations)
                category = &c;
            if (c.kind == Kind::Recordings)
                recordings = &c;
        }
        if (!category || !category->cutoff.isValid()) {
            ++run.phase;
            continue;
        }
        const Source s = sourceOf(rows);
        QSqlQuery select(m_session.db());
        select.setForwardOnly(true);
        select.prepare(QStringLiteral("SELECT x.id%1 FROM %2 WHERE %3 < ? AND %4 = 0 AND NOT %5%6"
                                      " LIMIT ?")
                           .arg(s.extra, s.from, s.created, s.restricted, s.held,
                                rows == Rows::Calibrations
                                    ? QStringLiteral(" AND ") + calibrationEmpty
                                    : QString()));
        select.addBindValue(category->cutoff.toSecsSinceEpoch());
        for (int i = 0; i < s.holdValues; ++i)
            select.addBindValue(run.report.at.toSecsSinceEpoch());
        select.addBindValue(m_batchSize);
        if (!select.exec()) {
            fail(error, ErrorKind::Damaged, tr("The purge cannot read the register."));
            return std::nullopt;
        }
        QList<qint64> ids;
        QStringList files;
        QList<qint64> recordingIds;
        while (select.next()) {
            ids << select.value(0).toLongLong();
            if (!s.extra.isEmpty() && !select.value(1).isNull()) {
                files << select.value(1).toString();
                recordingIds << select.value(2).toLongLong();
            }
        }
        select.finish();
        if (ids.isEmpty()) {
            ++run.phase;
            continue;
        }

        TransactionGuard transaction(m_session.db());
        QSqlQuery journal(m_session.db());
        journal.prepare(QStringLiteral("INSERT OR IGNORE INTO purge_shredded (file_name)"
                                       " VALUES (?)"));
        for (const QString& name : std::as_const(files)) {
            journal.addBindValue(name);
            if (!journal.exec()) {
                fail(error, ErrorKind::Environment, tr("The purge journal cannot be written."));
                return std::nullopt;
            }
        }
        QSqlQuery del(m_session.db());
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(s.table));
        qint64 first = 0;
        qint64 last = 0;
        for (qint64 id : std::as_const(ids)) {
            del.addBindValue(id);
            if (!del.exec()) {
                fail(error, ErrorKind::Environment,
                     tr("The purge could not delete from %1.").arg(s.table));
                return std::nullopt;
            }
            first = first == 0 ? id : std::min(first, id);
            last = std::max(last, id);
        }
        QString details = QStringLiteral("category=%1 count=%2 ids=%3")
                              .arg(s.id)
                              .arg(ids.size())
                              .arg(idRange(first, last));
        if (rows == Rows::Calls && !recordingIds.isEmpty()) {
            const auto [lo, hi] = std::minmax_element(recordingIds.begin(), recordingIds.end());
            details += QStringLiteral(" recordings=%1 recording_ids=%2")
                           .arg(recordingIds.size())
                           .arg(idRange(*lo, *hi));
        }
        if (!m_session.audit(QStringLiteral("retention.purge.batch"),
                             QStringLiteral("retention:%1").arg(s.id), details, error) ||
            !m_session.commit(transaction, error))
            return std::nullopt;
        if (rows == Rows::Calibrations) {
            category->calibrations += ids.size();
        } else {
            category->purged += ids.size();
            widen(*category, first);
            widen(*category, last);
        }
        if (rows == Rows::Calls && recordings) {
            recordings->purged += recordingIds.size();
            for (qint64 id : std::as_const(recordingIds))
                widen(*recordings, id);
        }
        run.done += ids.size();
        if (!removeShreddedFiles(error))
            return std::nullopt;
        return false;
    }
    return true;
}

bool PurgeService::purgeAuditTrail(Error* error)
{
    Run& run = *m_run;
    PurgeCategory* category = nullptr;
    for (PurgeCategory& c : run.report.categories) {
        if (c.kind == Kind::AuditTrail)
            category = &c;
    }
    if (!category || !category->cutoff.isValid())
        return true;
    // One transaction: the checkpoint, its record and the deletion commit together or not at
    // all, so a run killed anywhere leaves a trail that verifies, cut or whole.
    TransactionGuard transaction(m_session.db());
    AuditLog log(m_session.db());
    const auto range = log.purgeRange(category->cutoff, run.auditLimit, error);
    if (!range)
        return false;
    if (range->count() == 0)
        return true;
    // The checkpoint vouches only for what verifies up to the cut: a trail tampered with
    // before it is kept whole for `audit verify` to show, and the other categories go on.
    Error checkError;
    auto checkpoint = AuditVerifier().checkpointAt(m_session.db(), range->cut, &checkError);
    if (!checkpoint) {
        qCWarning(lcServices) << "the audit trail was not purged:" << checkError.message;
        category->note = tr("Not purged: %1").arg(checkError.message);
        return true;
    }
    checkpoint->removed = range->count();
    checkpoint->firstAt = range->firstAt;
    checkpoint->lastAt = range->lastAt;
    if (!m_session.audit(AuditCheckpoint::action(), QStringLiteral("audit:%1").arg(range->cut),
                         checkpoint->details(), error))
        return false;
    const auto head = log.head(error);
    if (!head)
        return false;
    const auto removed = log.removeThrough(head->sequence, range->cut, checkpoint->cutHash, error);
    if (!removed || !m_session.commit(transaction, error))
        return false;
    category->purged = *removed;
    category->firstId = range->first;
    category->lastId = range->cut;
    run.done += *removed;
    return true;
}

std::optional<PurgeReport> PurgeService::finish(Error* error)
{
    if (!m_run) {
        fail(error, ErrorKind::Usage, tr("The purge has not begun."));
        return std::nullopt;
    }
    if (!m_run->report.noProfile && !purgeSubjects(m_run->report, true, error))
        return std::nullopt;
    PurgeReport report = m_run->report;
    if (report.noProfile) {
        m_run.reset();
        return report;
    }
    QStringList parts;
    for (const PurgeCategory& c : std::as_const(report.categories)) {
        if (!c.applicable || !c.cutoff.isValid())
            continue;
        parts << QStringLiteral("%1: purged=%2 ids=%3 held=%4 restricted=%5")
                     .arg(c.itemsId())
                     .arg(c.purged)
                     .arg(idRange(c.firstId, c.lastId))
                     .arg(c.held)
                     .arg(c.restricted);
        if (c.evaluations)
            parts.last() += QStringLiteral(" calibrations=%1").arg(c.calibrations);
    }
    parts << QStringLiteral("subjects: purged=%1 ids=%2 kept=%3")
                 .arg(report.subjectsPurged)
                 .arg(idRange(report.subjectsFirstId, report.subjectsLastId))
                 .arg(report.subjectsKept);
    parts << QStringLiteral("holds_lifted=%1 files_removed=%2")
                 .arg(report.holdsLifted)
                 .arg(report.filesRemoved);
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(QStringLiteral("retention.purge"), QStringLiteral("retention"),
                         parts.join(QStringLiteral("; ")), error) ||
        !m_session.commit(transaction, error,
                          Change::Calls | Change::Chats | Change::Tags | Change::Quality))
        return std::nullopt;
    m_run.reset();
    return report;
}

std::optional<PurgeReport> PurgeService::run(const Progress& progress, Error* error)
{
    if (!begin(error))
        return std::nullopt;
    for (;;) {
        const auto finished = step(error);
        if (!finished)
            return std::nullopt;
        if (progress)
            progress(done(), total());
        if (*finished)
            break;
    }
    return finish(error);
}

} // namespace tallenne
