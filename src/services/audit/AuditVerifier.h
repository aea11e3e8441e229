#pragma once

#include "core/Error.h"
#include "services/audit/AuditCheckpoint.h"
#include "services/audit/AuditWitness.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace tallenne {

/// One thing verification found wrong; `sequence` is 0 when it concerns no single entry.
struct AuditProblem
{
    qint64 sequence = 0;
    QString message;
    QString witness; ///< the witness that contradicts the chain; empty for the chain's own
};

/// What `audit verify` found.
struct AuditVerification
{
    bool intact = false;
    qint64 entries = 0;
    /// Entries written before schema step 6: hash-chained, not signed.
    qint64 unsignedEntries = 0;
    /// Identities listed by schema step 6 that have not introduced their key yet.
    QStringList pendingIntroductions;
    qint64 firstBadSequence = 0; ///< 0 when intact, or when the first problem is no entry's
    QString problem;             ///< the first problem, for people
    QList<AuditProblem> problems;
    qint64 moreProblems = 0; ///< problems found beyond those listed
    QList<WitnessCheck> witnesses;
    /// The trail starts after a purge: the last entry it removed (the checkpoint's cut) and
    /// the `audit.checkpoint` entry verification started from; 0 when it starts at entry 1.
    qint64 checkpointCut = 0;
    qint64 checkpointEntry = 0;
};

/// Replays the audit trail (DESIGN.md, "Audit trail"; AuditAuthors lists the entries that
/// introduce keys and roles). For every entry: the sequence, the link to the previous entry,
/// the hash, and the author's signature with the key the trail itself introduced for them;
/// additions, role changes and removals of users must be signed by someone who was an
/// administrator at that point, and an author must not act with roles the trail did not give.
/// At the end the roles per user are compared with the users table. Entries from before
/// schema step 6 are checked as a hash chain only and counted.
///
/// A trail whose oldest entries were purged (issue [10]) starts after the latest
/// `audit.checkpoint` whose cut is the entry before its first one: the first remaining entry
/// must follow the recorded hash, and the recorded authors seed the replay. The checkpoint
/// entry itself is then checked like any entry when the replay reaches it (its signature with
/// its author's key as known at its position, by someone who may purge), and every checkpoint
/// whose cut the replay went through must record exactly the state the replay had there. A
/// gap before the first entry that no checkpoint explains is reported as missing entries.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    static constexpr int MaxListedProblems = 50;

    /// Called after every few hundred entries with the number read so far; returning false
    /// stops the run (it then fails with ErrorKind::Usage, "cancelled").
    using Progress = std::function<bool(qint64 entriesRead)>;

    /// Reads the chain from `db` and checks it against `users` (the users table). The
    /// witnesses are not consulted here: facts() is what they compare against.
    [[nodiscard]] AuditVerification run(QSqlDatabase db, const QList<UserRecord>& users,
                                        Error* error, const Progress& progress = {});
    [[nodiscard]] const AuditChainFacts& facts() const { return m_facts; }

    /// What a checkpoint cutting the trail after entry `cut` records: replays the trail from
    /// its start (or its latest checkpoint) to `cut` and fails (ErrorKind::Damaged) when any of
    /// it does not verify, or when `cut` lies in the unsigned part of an old chain. A purge
    /// signs only what it has checked, so it never vouches for tampered entries it removes.
    [[nodiscard]] std::optional<AuditCheckpoint> checkpointAt(QSqlDatabase db, qint64 cut,
                                                              Error* error);

private:
    AuditChainFacts m_facts;
};

} // namespace tallenne
