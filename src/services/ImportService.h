#pragma once

#include "core/AsteriskCdr.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
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

/// What an import did.
struct ImportReport
{
    qint64 imported = 0;
    qint64 skipped = 0; ///< already in the register (same uniqueid / row digest / chat id)
    qint64 recordings = 0;
    qint64 subjectsCreated = 0;
    QList<ImportRejection> rejections;
    qint64 elapsedMs = 0;
    bool strictAborted = false; ///< --strict met a bad row: nothing was written

    [[nodiscard]] double rowsPerSecond() const
    {
        return elapsedMs > 0 ? double(imported + skipped) * 1000.0 / double(elapsedMs) : 0.0;
    }
};

struct AsteriskImportOptions
{
    QString cdrPath;
    QString recordingsDir;    ///< empty: no recordings
    QString recordingPattern; ///< empty: ImportService::defaultRecordingPattern()
    CdrTimeOptions time;
    CdrMappingOptions mapping;
    bool strict = false; ///< the first bad row rejects the whole file
    int batchSize = 500; ///< rows per transaction
};

struct ChatImportOptions
{
    QString path;
    bool strict = false;
    int batchSize = 500;
};

/// Imports real exports into the register: Asterisk's Master.csv with its recordings, and
/// chats as JSON Lines (docs/import-formats.md). Administrators only
/// (Permission::ManageRetentionAndProfile: importing decides what the register holds).
///
/// Idempotent: a row whose source id is already present is skipped. Rows are committed in
/// batches; each recording file is written, fsynced and renamed before the transaction that
/// holds its row commits, so a crash at any moment leaves committed batches only, and at
/// worst files without a row, which `verify` removes. Every batch's transaction carries its
/// audit entry (counts only).
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

    /// FreePBX's MixMonitor names, `{in|out}-{dst}-{src}-{YYYYMMDD}-{HHMMSS}-{uniqueid}.wav`:
    /// the uniqueid is the text between the last '-' and the extension.
    [[nodiscard]] static QString defaultRecordingPattern();

private:
    Session& m_session;
};

} // namespace tallenne
