#pragma once

#include "core/AsteriskCdr.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace tallenne {

class Session;

/// A row the importer refused, and why. `reason` holds no personal data of the row itself,
/// except recording file names, which the reader of the report already has.
struct ImportRejection
{
    QString file;
    qint64 line = 0;
    QString reason;
};

/// How far an import has come, for the CLI's status line and the GUI's progress dialog.
struct ImportProgress
{
    qint64 rowsDone = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    double rowsPerSecond = 0;
};
using ImportProgressCallback = std::function<void(const ImportProgress&)>;

/// Something the importer says about a row that it imported, skipped or imported without
/// its recording. Messages hold no personal data beyond the file names the reader has.
struct ImportNote
{
    enum class Kind
    {
        Skipped,   ///< already in the register
        Warning,   ///< an odd but real value (AsteriskCdr's warnings)
        Recording, ///< a recording attached late, repaired, missing, pending or unusable
        Number,    ///< how a phone number was read, when it was not written in full
        Text,      ///< control characters or invalid UTF-8 replaced
        Subject,   ///< not linked to a data subject, and why
    };
    QString file;
    qint64 line = 0;
    Kind kind = Kind::Warning;
    QString group;          ///< translated summary the report counts by ("numbers read as …")
    QString message;        ///< translated, the row's own detail
    bool attention = false; ///< someone should act on it (shown even in a short report)
};

/// The fate of the recordings of an Asterisk import, by kind.
struct RecordingCounts
{
    qint64 attached = 0;      ///< to calls imported by this run
    qint64 attachedLater = 0; ///< to calls imported before, whose recording arrived since
    qint64 repaired = 0;      ///< of those attached, with their header repaired
    qint64 missing = 0;       ///< answered calls with no file, when a folder was given
    qint64 pending = 0;       ///< files still being written: not taken; import again later
    qint64 unusable = 0;      ///< files that could not be used (the call is imported)
};

/// What an import did. Every row read is imported, skipped (already present) or rejected:
/// rowsRead == imported + skipped + rejected, and each skip and rejection is in the report.
struct ImportReport
{
    /// At most this many notes and rejections are kept with their text; the counts stay
    /// exact beyond it (memory stays bounded on a file of any size).
    static constexpr int MaxDetails = 10000;

    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 skipped = 0; ///< already in the register (same row key / chat id)
    qint64 rejected = 0;
    qint64 recordings = 0; ///< recordings attached in all (recordingCounts.attached + …Later)
    RecordingCounts recordingCounts;
    qint64 subjectsCreated = 0;
    qint64 subjectsLinked = 0;         ///< rows linked to a data subject (created or existing)
    QList<ImportRejection> rejections; ///< the first MaxDetails
    QList<ImportNote> notes;           ///< the first MaxDetails
    QMap<QString, qint64> noteGroups;  ///< ImportNote::group → count, exact
    QMap<QString, qint64> layouts;     ///< Asterisk: CdrLayout::name() → rows of that layout
    qint64 elapsedMs = 0;
    bool strictAborted = false; ///< --strict met a bad row: nothing was written
    bool stopped = false;       ///< the user stopped it: the rows read so far are in

    void reject(const QString& file, qint64 line, const QString& reason)
    {
        ++rejected;
        if (rejections.size() < MaxDetails)
            rejections.append({file, line, reason});
    }
    void note(const QString& file, qint64 line, ImportNote::Kind kind, const QString& group,
              const QString& message, bool attention = false)
    {
        ++noteGroups[group];
        if (notes.size() < MaxDetails)
            notes.append({file, line, kind, group, message, attention});
    }
    [[nodiscard]] double rowsPerSecond() const
    {
        return elapsedMs > 0 ? double(imported + skipped) * 1000.0 / double(elapsedMs) : 0.0;
    }
};

struct AsteriskImportOptions
{
    QString cdrPath;
    QString recordingsDir;           ///< empty: no recordings
    QString recordingPattern;        ///< empty: match the uniqueid at the end of the file name
    std::optional<CdrLayout> layout; ///< nullopt: told by the column count and content
    QString phoneRegion;             ///< empty: the register profile's (default FI)
    CdrTimeOptions time;
    CdrMappingOptions mapping;
    bool strict = false; ///< the first bad row rejects the whole file
    int batchSize = 500; ///< rows per transaction
    /// Take recordings whose header has no sizes even when they hold far less audio than
    /// the call lasted (a writer that crashed and will never finish): what is there is kept,
    /// repaired, and the report says so. Off by default: such a file is usually still being
    /// written.
    bool takeIncomplete = false;
    /// Asked before each row; true ends the import there (what was read is committed).
    std::function<bool()> stopRequested;
};

struct ChatImportOptions
{
    QString path;
    bool strict = false;
    int batchSize = 500;
    std::function<bool()> stopRequested; ///< as AsteriskImportOptions::stopRequested
};

/// Imports real exports into the register: Asterisk's Master.csv with its recordings, and
/// chats as JSON Lines (docs/import-formats.md). Administrators only
/// (Permission::ManageRetentionAndProfile: importing decides what the register holds).
///
/// Idempotent: a row whose key is already present is skipped (and counted). Rows are
/// committed in batches; each recording file is written, fsynced and renamed before the
/// transaction that holds its row commits, so a crash at any moment leaves committed batches
/// only, and at worst files without a row, which `verify` reports. Every batch's transaction
/// carries its audit entry (counts only).
///
/// A recording that cannot be used never costs its call the row: the call is imported with
/// a recording state (RecordingState) and the report names the file and the reason. A later
/// import attaches recordings that have appeared or been finished since.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    explicit ImportService(Session& session);

    /// Returns the report (with the rejected rows) or nullopt when the import could not run
    /// or stopped on a storage failure (batches committed before stay).
    [[nodiscard]] std::optional<ImportReport> importAsterisk(const AsteriskImportOptions& options,
                                                             const ImportProgressCallback& progress,
                                                             Error* error);
    [[nodiscard]] std::optional<ImportReport> importChats(const ChatImportOptions& options,
                                                          const ImportProgressCallback& progress,
                                                          Error* error);

private:
    /// The region national phone numbers are read in: `chosen`, else the register profile's.
    [[nodiscard]] std::optional<QString> phoneRegion(const QString& chosen, Error* error) const;

    Session& m_session;
};

} // namespace tallenne
