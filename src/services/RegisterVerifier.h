#pragma once

#include "core/Error.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tallenne {

/// One thing a check of `verify` found wrong, and what it concerns.
struct RegisterProblem
{
    QString object;  ///< e.g. "page 37", "recording:12", "slot recovery", "entry 40"
    QString message; ///< for people
    /// Stable, for machines (verify --json, docs/design.md): "page-hmac", "slot-seal-tag",
    /// "recording-missing", …; the check's own name (spaces as '-') when none is more precise.
    QString code;
};

/// One line of `verify`.
struct RegisterCheck
{
    /// How many problems a check keeps to list; all are counted in problemCount.
    static constexpr int MaxProblems = 1000;

    QString name; ///< "cipher", "pages", "integrity", "key slots", "recordings", "orphans",
                  ///< "audit chain"; "login" and "audit entry" only when they failed
    bool ok = false;
    QString detail;                  ///< what was found, for people
    QList<RegisterProblem> problems; ///< each with its object, the first MaxProblems
    qint64 problemCount = 0;
};

/// How `verify` runs (RegisterService::verify).
struct VerifyOptions
{
    /// Recordings checked for presence and size only (no file is read); the database by
    /// PRAGMA quick_check instead of integrity_check. The pages are still all checked.
    bool quick = false;
    /// Then move every file of recordings/ that no row names into
    /// quarantine/<time>/recordings/ of the register (never deleting one), audited as
    /// `register.repair`. Nothing else is changed.
    bool repair = false;
    /// With repair: every recording whose file is missing from recordings/ (the folder itself
    /// present) is recorded as lost: its row and file key are removed, its call keeps every
    /// detail and is marked "recording lost" (RecordingIssue::Lost), audited as
    /// `recording.lost` per call. After that the open check and the purge no longer see it.
    bool recordLost = false;
    /// The long steps' progress: the step (for people), done and total.
    std::function<void(const QString& step, qint64 done, qint64 total)> progress;
};

/// What `verify` found and, with --repair, did.
struct VerifyReport
{
    QList<RegisterCheck> checks;
    QString quarantine; ///< relative to the register: where --repair moved files; empty if none
    qint64 moved = 0;   ///< files moved there
    qint64 lost = 0;    ///< recordings recorded as lost (--record-lost)

    [[nodiscard]] bool ok() const;
};

/// The checks of `verify`, read-only, on an open session (RegisterService::verify holds the
/// permission check and the audit entries). Each check reports what is wrong with its
/// object and goes on; a damaged database fails the checks that need what is damaged, not
/// the whole run.
class RegisterVerifier
{
    Q_DECLARE_TR_FUNCTIONS(RegisterVerifier)

public:
    RegisterVerifier(Session& session, const VerifyOptions& options);

    /// Whether register.db is older than keyslots.json (the anchor names an entry the trail no
    /// longer holds: a rollback, or the write-ahead log lost). ok when not; otherwise the
    /// "rollback" check, named first, and the later checks word what follows from it as its
    /// consequences (slots the older copy does not list, files without a row).
    [[nodiscard]] RegisterCheck rollback();
    [[nodiscard]] RegisterCheck cipher();
    /// Every page's HMAC, read from the file (CipherPageCheck).
    [[nodiscard]] RegisterCheck pages();
    /// PRAGMA integrity_check (quick_check with --quick); when it fails or pages did, each
    /// table and index is read to name the ones that cannot be.
    [[nodiscard]] RegisterCheck integrity(bool pagesFailed);
    /// keyslots.json against the database: every slot listed there with its version and
    /// public key, every listed identity with a slot, every user with a slot, and each
    /// slot's seal tag under the data key.
    [[nodiscard]] RegisterCheck keySlots();
    /// Every recording's file (RecordingStore::checkFiles).
    [[nodiscard]] RegisterCheck recordings();
    /// Files of recordings/ without a row (RecordingStore::findOrphans).
    [[nodiscard]] RegisterCheck orphans();
    [[nodiscard]] RegisterCheck auditChain();

private:
    void progress(const QString& step, qint64 done, qint64 total) const;

    Session& m_session;
    const VerifyOptions& m_options;
    bool m_rolledBack = false;
};

} // namespace tallenne
