#pragma once

#include "services/Session.h"

#include <QCoreApplication>
#include <QStringList>

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
/// - every recording's file present with its row's size, and no file without a row
///   (RecordingStore::checkFiles at presence depth, findOrphans): one directory listing and a
///   stat per file, up to MaxRecordingsChecked recordings.
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

    /// The problems found, one sentence each for people; empty when none. `walWasPresent`:
    /// whether register.db-wal existed before the login opened the database.
    [[nodiscard]] static QStringList run(Session& session, bool walWasPresent);
    /// The audit anchor and the numbering alone (part of run()).
    [[nodiscard]] static QStringList auditTrail(Session& session, bool walWasPresent);
};

} // namespace tallenne
