#pragma once

#include "core/AsteriskCdr.h"
#include "core/Error.h"
#include "core/RecordingState.h"
#include "storage/RecordingStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace tallenne {

/// One file of a recordings folder that names a uniqueid.
struct RecordingFile
{
    QString path;
    QString name;
    QString uniqueId;            ///< as the name gives it (with a systemname prefix if any)
    std::optional<QDateTime> at; ///< UTC, from `YYYYMMDD-HHMMSS` in the name (FreePBX)
};

/// What to do with a call's recording (RecordingMatcher::decide()).
struct RecordingDecision
{
    RecordingState state = RecordingState::None;
    RecordingIssue issue = RecordingIssue::None;
    QByteArray audio; ///< the bytes to store (repaired when the header was), when Attached
    AudioInfo info;
    qint64 foundMs = -1;   ///< the audio found, when known
    bool repaired = false; ///< the header's sizes were rewritten
    QString file;          ///< the file's name, for the report
    QString message;       ///< translated, for the report (names the file); empty when Attached
                           ///< without anything to say
};

/// Finds the recordings of Asterisk call legs in a folder (FreePBX's MixMonitor tree, or any
/// folder of files whose names end with the uniqueid) and decides whether a file can be
/// taken. Reads files; writes nothing.
///
/// A file belongs to a leg when its name (without the extension) is the leg's uniqueid or
/// ends with `-` and the uniqueid, a systemname prefix included (`…-pbx1-1714975200.7.wav`).
/// Rows without a uniqueid (newcdrcolumns without loguniqueid) use their linkedid. When
/// several files name the same uniqueid (a transferred call: one file per leg), the time in
/// the name decides: the file that started within the leg, closest to its start. A file
/// whose time lies outside the leg is another leg's, whole hours apart forgiven (file names
/// in local time beside a CDR in UTC).
class RecordingMatcher
{
    Q_DECLARE_TR_FUNCTIONS(RecordingMatcher)

public:
    /// Indexes the folder and its subfolders. `pattern`: empty, or a regular expression with
    /// a named group (?<uniqueid>…) matched against each file name. Usage or InputRejected
    /// errors for a bad pattern or a folder that is not one.
    [[nodiscard]] static std::optional<RecordingMatcher>
    scan(const QString& folder, const QString& pattern, const CdrTimeOptions& time, Error* error);

    struct Match
    {
        std::optional<RecordingFile> file;
        QList<RecordingFile> ambiguous; ///< several fit and nothing told them apart
        QList<RecordingFile> outOfTime; ///< name the uniqueid but started outside the leg
    };
    /// The leg's file, leaving out files already taken by other legs of this run.
    [[nodiscard]] Match find(const CdrRecord& leg, const QSet<QString>& taken) const;

    /// Reads and inspects the file: Attached (with the bytes to store), Pending (the header
    /// has no sizes and the file is still growing, or holds far less audio than the leg was
    /// long), or Unusable (with the reason). `takeIncomplete` takes a short file whose header
    /// has no sizes as what is left of a crashed writer (not one that is still growing).
    [[nodiscard]] static RecordingDecision decide(const RecordingFile& file, const CdrRecord& leg,
                                                  bool takeIncomplete = false);

    [[nodiscard]] int fileCount() const { return m_files; }

    /// The largest recording file read (bigger ones are Unusable: memory stays bounded).
    static constexpr qint64 MaxFileBytes = qint64(1) << 30;

private:
    QHash<QString, QList<RecordingFile>> m_byCore; ///< uniqueid without systemname → files
    int m_files = 0;
    bool m_customPattern = false;
};

} // namespace tallenne
