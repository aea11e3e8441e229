#pragma once

#include "core/Error.h"
#include "core/RetentionPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tallenne {

class Session;

/// One retention category in a purge or its preview. Counts are of rows: calls, recordings,
/// chats, tags, evaluations; never their contents. EvaluationsAndTags is reported as two
/// categories of that kind, with the same period and cutoff: its tags (PurgeReport::category()
/// finds this one), then its quality evaluations (`evaluations` set; PurgeReport::evaluations()).
struct PurgeCategory
{
    RetentionPolicy::Kind kind = RetentionPolicy::Kind::CallMetadata;
    bool evaluations = false; ///< the quality evaluations of EvaluationsAndTags
    int months = 0;           ///< the period in force; 0: no fixed period, nothing is due
    QDateTime cutoff;      ///< UTC: what was created before it is past its period (invalid: none)
    qint64 due = 0;        ///< past the period
    qint64 held = 0;       ///< of those, kept by a legal hold in force
    qint64 restricted = 0; ///< of those not held, kept under restriction of processing (art. 18)
    qint64 purged = 0;  ///< deleted (a run), or that would be (a preview: due - held - restricted)
    qint64 firstId = 0; ///< the id range of what was (or would be) deleted; 0 when none
    qint64 lastId = 0;
    bool applicable = true; ///< false when the register has no such data yet
    QString note;           ///< why the category is not purged, for people (translated), or empty
    /// Evaluations: calibrations left without an evaluation, deleted in the same run (or that
    /// would be). Not in `purged`, nor its ids.
    qint64 calibrations = 0;

    /// The id of what the category counts, for audit entries and the command line's JSON:
    /// RetentionPolicy::kindId(), except "tags" and "evaluations" for EvaluationsAndTags.
    [[nodiscard]] QString itemsId() const;
};

/// What a purge did, or what it would do (a preview).
struct PurgeReport
{
    QDateTime at; ///< UTC, the clock's now
    bool dryRun = false;
    bool noProfile = false; ///< no register profile set: no periods, nothing purged
    QList<PurgeCategory> categories;
    int holdsLifted = 0;     ///< expired holds released by the purge (a preview: that would be)
    qint64 filesRemoved = 0; ///< recording files removed after their key rows were deleted
    /// Data subjects left with no call and no chat, recorded before both periods began (see
    /// PurgeService): their identifiers go with them. Kept ones (a hold, a restriction) are
    /// counted in subjectsKept; the ids are the subjects' own.
    qint64 subjectsPurged = 0;
    qint64 subjectsKept = 0;
    qint64 subjectsFirstId = 0;
    qint64 subjectsLastId = 0;
    /// A preview's: why a purge now would be refused (the register failed its checks at
    /// open), for people; empty when it would run.
    QString refusal;
    /// The (first) category of the kind: for EvaluationsAndTags, its tags.
    [[nodiscard]] const PurgeCategory* category(RetentionPolicy::Kind kind) const;
    /// The quality evaluations of EvaluationsAndTags; null when the register has none.
    [[nodiscard]] const PurgeCategory* evaluations() const;
    /// Rows of every category, calibrations included; data subjects not.
    [[nodiscard]] qint64 totalPurged() const;
};

/// The retention purge (issue [10]): deletes what is past its period in each category of the
/// register profile's RetentionPolicy (counted on the local calendar: RetentionPolicy::expiry()),
/// except what a legal hold in force covers (HoldRepository::heldCallSql()) and records under
/// restriction of processing (GDPR art. 18(1): while restricted, data may only be stored; the
/// privacy officer lifts the restriction first).
///
/// - Recordings are crypto-shredded: their rows (holding each file's key) are deleted with
///   secure_delete on, the file names journalled in `purge_shredded` in the same transaction,
///   and the files removed after the commit. A run killed anywhere leaves a consistent register;
///   the next run removes the journalled files first and finishes the rest (resumable).
/// - Calls go with their recordings, tags, evaluations and waveforms; chats with their messages
///   (and their full-text index), evaluations and identifiers. Tags and quality evaluations
///   (EvaluationsAndTags) go on their own period, counted from their creation, before the calls
///   and chats they belong to (so what the preview counts for them is what a run deletes);
///   an evaluation goes with its answers and revisions. A calibration left without evaluations
///   and created before the cutoff goes after them (it names a call or chat).
/// - Data subjects that no call or chat refers to any more, recorded before the cutoffs of both
///   call details and chat transcripts (so a person is never kept longer than what brought them
///   in, and never dropped while a record of theirs may still arrive under the longer period),
///   are deleted with their identifiers at the end of a run, in one transaction, audited
///   (`retention.purge.subjects`: count and id range); a subject under a hold in force (by the
///   subject or by one of their phone numbers) or under restriction stays. Neither period
///   fixed: no subject is purged.
/// - Expired holds are released first, by "-", each audited (`hold.expire`).
/// - Each batch is one transaction with its audit entry (`retention.purge.batch`: category,
///   count, id range); the run ends with `retention.purge` (counts per category, id ranges,
///   held and restricted counts). Never contents.
/// - The audit trail last, in one transaction: the oldest run of entries written before its
///   cutoff (never past the head the run began with, so never the run's own entries, and
///   never into the unsigned entries of a register from before signatures) is replaced by a
///   signed `audit.checkpoint` entry (AuditCheckpoint: the last removed entry's sequence
///   number and hash, the count and time range, and the authors' keys and roles the removed
///   entries gave; no personal data). AuditVerifier::checkpointAt() first checks the trail up
///   to the cut: a purge signs only what verifies, and otherwise keeps the trail whole and
///   says why in the note. The entries are then deleted (AuditLog::removeThrough(): the
///   delete trigger lets go of nothing past the recorded cut), and `audit verify` starts from
///   the checkpoint. The category's ids are the entries' sequence numbers. See
///   docs/security.md, "Audit checkpoints".
/// - Not purged, with the reason in PurgeCategory::note: access requests (no such records in
///   the register yet).
///
/// Permission::ManageLegalHolds (privacy officers and administrators, the roles that run it at
/// login): the purge releases expired holds, and it is theirs to answer for.
class PurgeService
{
    Q_DECLARE_TR_FUNCTIONS(PurgeService)

public:
    static constexpr int DefaultBatchSize = 500;

    /// `batchSize` rows per transaction (tests use small ones to cut runs into many batches).
    explicit PurgeService(Session& session, int batchSize = DefaultBatchSize);
    ~PurgeService();
    PurgeService(const PurgeService&) = delete;
    PurgeService& operator=(const PurgeService&) = delete;

    /// What a purge now would delete per category, and what it would keep and why. Changes
    /// nothing (one `retention.preview` audit entry, counts only).
    [[nodiscard]] std::optional<PurgeReport> preview(Error* error);

    /// Progress of a run: rows done and rows due in all (an estimate made at the start).
    using Progress = std::function<void(qint64 done, qint64 total)>;
    /// The whole purge, batch after batch.
    [[nodiscard]] std::optional<PurgeReport> run(const Progress& progress, Error* error);

    // The same in steps, for a caller that keeps an event loop running between batches
    // (the console's purge at login): begin(), then step() until it returns true, then
    // finish().
    [[nodiscard]] bool begin(Error* error);
    /// Why a purge would be refused now (the register failed its checks at open, the
    /// recordings' files checked first when the session has not yet); empty when it would run.
    [[nodiscard]] QString refusal(bool preview = false);
    /// One batch; true when nothing is left, nullopt on failure.
    [[nodiscard]] std::optional<bool> step(Error* error);
    [[nodiscard]] std::optional<PurgeReport> finish(Error* error);
    [[nodiscard]] qint64 done() const;
    [[nodiscard]] qint64 total() const;

    /// The instant before which data of `kind` created is past its period at `now`: the start of
    /// the local day after the last day whose data has expired (RetentionPolicy::expiry()).
    /// Invalid when the kind has no fixed period.
    [[nodiscard]] static QDateTime cutoff(const RetentionPolicy& policy, RetentionPolicy::Kind kind,
                                          const QDateTime& now);

private:
    struct Run;
    std::optional<PurgeReport> plan(bool forRun, Error* error);
    /// Counts (and with `remove`, deletes) the subjects left without calls or chats.
    bool purgeSubjects(PurgeReport& report, bool remove, Error* error);
    bool removeShreddedFiles(Error* error);
    bool purgeAuditTrail(Error* error);

    Session& m_session;
    int m_batchSize;
    qint64 m_auditLimit = 0; ///< the audit head plan() saw
    std::unique_ptr<Run> m_run;
};

} // namespace tallenne
