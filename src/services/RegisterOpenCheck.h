#pragma once

#include "services/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace tallenne {

/// What every ordinary login checks of the register it opens, cheaply (no file is read in
/// full, no page of the database beyond what the queries need), and says for people. The
/// full checks stay with `tallenne-admin verify` (RegisterVerifier); what this finds is a
/// reason to run it.
///
/// Checked at open:
/// - the audit trail's anchor in keyslots.json against the trail: a deleted or damaged
///   write-ahead log (register.db-wal), a rolled-back copy of register.db or a cut tail leaves
///   the trail without the entry the anchor names;
/// - the trail's entries numbered without a gap (an entry removed in the middle);
/// - the key slots against the register (RegisterVerifier::keySlots: listed, version, public
///   key, seal tag under the register key);
/// - every recording's file present with its row's size, and no file without a row: one
///   directory listing and a stat per file, up to MaxRecordingsChecked recordings. Not at
///   login (run() leaves it out): the console runs it after its window shows, in a worker
///   (snapshotRecordingFiles() on the session's thread, checkRecordingFiles() in the worker),
///   `verify` checks every file in full, and the purge runs it before it deletes anything
///   (PurgeService::begin). Other commands do the cheap checks only.
///
/// Left to verify: every page's HMAC and the integrity check of register.db (a flipped byte in
/// a page the login does not read), each recording's contents and digest (two recordings of
/// equal size swapped, a flipped byte inside one: playback refuses such a file too), and the
/// hashes and signatures of every audit entry.
class RegisterOpenCheck
{
    Q_DECLARE_TR_FUNCTIONS(RegisterOpenCheck)

public:
    /// Above this many recordings their files are left to verify (a stat per file at every
    /// login would no longer be cheap).
    static constexpr qint64 MaxRecordingsChecked = 50000;

    /// The cheap checks' problems (the audit trail and the key slots), one sentence each for
    /// people; empty when none. `walWasPresent`: whether register.db-wal existed before the
    /// login opened the database.
    [[nodiscard]] static QStringList run(Session& session, bool walWasPresent);

    /// What the recordings' files are checked against, read on the session's thread.
    struct RecordingFileSnapshot
    {
        struct Row
        {
            qint64 id = 0;
            QString fileName;
            qint64 encryptedSize = 0;
            qint64 callId = 0; ///< the call it is the recording of, as people find it
        };
        QString folder;       ///< recordings/
        QList<Row> rows;      ///< every recording's row
        QSet<QString> known;  ///< every name a row or the purge's journal gives
        bool skipped = false; ///< above MaxRecordingsChecked: left to verify
    };
    /// The rows and names to check the files against; nullopt with the error when the
    /// register cannot be read.
    [[nodiscard]] static std::optional<RecordingFileSnapshot>
    snapshotRecordingFiles(Session& session, QString* error);
    /// What checkRecordingFiles() found, by what `verify --repair` can settle.
    struct RecordingFileFindings
    {
        QStringList sentences;
        bool missing = false; ///< recordings whose file is missing (--repair --record-lost)
        bool orphans = false; ///< files without a row (--repair moves them to quarantine/)
    };
    /// The files against a snapshot: one directory listing and a stat per file, no database.
    /// Safe on any thread.
    [[nodiscard]] static RecordingFileFindings
    checkRecordingFiles(const RecordingFileSnapshot& snapshot);
    /// Both, on the session's thread: what the purge runs when the console's worker has not
    /// told the session yet (Session::recordingFilesChecked()).
    [[nodiscard]] static QStringList recordingFiles(Session& session);
    /// The audit anchor and the numbering alone (part of run()).
    [[nodiscard]] static QStringList auditTrail(Session& session, bool walWasPresent);
};

} // namespace tallenne
