#pragma once

#include "core/Error.h"
#include "core/RegisterProfile.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tallenne {

class Session;

/// How the copy is made (SubjectExportService).
struct SubjectExportOptions
{
    QString outPath;                                   ///< the ZIP to write; must not exist yet
    NoticeLanguage language = NoticeLanguage::Finnish; ///< of report.pdf (the requester's)
    /// How it is handed over: one of the profile's rights.delivery ids (in_person,
    /// postal_address, electronic; the command line's in-person forms are accepted too).
    /// Empty: the first the profile lists.
    QString delivery;
    /// AES-256 for every file of the ZIP when set and not empty (not owned; must outlive the
    /// call).
    const SecretBytes* passphrase = nullptr;
};

/// What a copy holds (plan()) or held (exportPackage()).
struct SubjectExportPlan
{
    qint64 requestId = 0;
    QString delivery; ///< the profile's id that will be (was) used
    QStringList allowedDelivery;
    QList<qint64> subjectIds;
    QList<qint64> callIds;
    QList<qint64> chatIds;
    int recordings = 0; ///< calls with a recording: recordings/call-<id>.wav
    int messages = 0;
    int tags = 0;
    int excluded = 0;  ///< items the officer excluded (left out)
    QStringList files; ///< the ZIP's entries, in order
    bool verified = false;
    bool closed = false;
};

struct SubjectExportResult
{
    SubjectExportPlan plan;
    QString path;
    QByteArray sha256; ///< of the whole ZIP file, raw 32 bytes
    qint64 bytes = 0;
    bool encrypted = false;
};

/// The copy a data subject gets (GDPR art. 15(3), issue [11]): one ZIP with
/// - `data.json`: everything included in the request, machine-readable (schema
///   "tallenne.subject-export/1", docs/subject-export.schema.json, docs/subject-export.md):
///   the data subjects with their identifiers in clear, their calls (the caller in clear),
///   the calls' tags, their chats with the full transcripts;
/// - `report.pdf`: a cover letter in the requester's language, what is held with counts,
///   and the purposes, legal bases, retention periods, recipients and rights from the
///   register profile (the notice's own texts);
/// - `recordings/call-<id>.wav`: each recording as a standard 16-bit PCM WAV;
/// - `transcripts/chat-<id>.txt`: each chat as text.
///
/// Rules: privacy officers only (Permission::ExportRectifyErase, refusals audited), and only
/// once the requester's identity is verified (AccessRequestService::requireVerified():
/// ErrorKind::RefusedByRule, exit 6, audited `request.refused`). The delivery must be one the
/// profile's rights.delivery lists (RefusedByRule otherwise). Items the officer excluded are
/// left out.
///
/// Memory stays bounded: one recording at a time is decrypted and decoded, when libzip reads
/// it, and wiped when libzip is done with it; no plaintext reaches a temporary file. The
/// ZIP appears at its path only when complete (libzip writes a temporary file and renames
/// it); after any failure nothing is left. The export is audited `subject.export` on
/// `request:<id>` with the counts, the language, encrypted=1/0, the delivery and the
/// SHA-256 of the ZIP file; views are told Change::Requests.
class SubjectExportService
{
    Q_DECLARE_TR_FUNCTIONS(SubjectExportService)

public:
    /// Called while the ZIP is written with the fraction done (0…1); return false to cancel
    /// (ErrorKind::Usage "cancelled", nothing left behind).
    using Progress = std::function<bool(double fraction)>;

    explicit SubjectExportService(Session& session);

    /// What exportPackage() would put in the copy, without writing or changing anything (a
    /// request still unverified is reported as such, not refused). Needs the permission;
    /// audited as the request service reads a request (`request.read`).
    [[nodiscard]] std::optional<SubjectExportPlan>
    plan(qint64 requestId, const SubjectExportOptions& options, Error* error);
    /// Makes the copy. The request moves to in progress (it is not closed: the officer closes
    /// it once the copy has been handed over).
    [[nodiscard]] std::optional<SubjectExportResult>
    exportPackage(qint64 requestId, const SubjectExportOptions& options, const Progress& progress,
                  Error* error);

    /// The delivery id of the profile for a name as written on the command line
    /// ("in-person" → "in_person"); empty when unknown.
    [[nodiscard]] static QString deliveryId(const QString& name);

private:
    [[nodiscard]] std::optional<SubjectExportPlan> planFor(qint64 requestId,
                                                           const SubjectExportOptions& options,
                                                           const RegisterProfile& profile,
                                                           Error* error);
    [[nodiscard]] std::optional<RegisterProfile> profile(Error* error);

    Session& m_session;
};

} // namespace tallenne
