#pragma once

#include "core/RegisterProfile.h"
#include "services/requests/SubjectExportService.h"
#include "storage/RecordingStore.h"
#include "storage/RequestRepository.h"
#include "storage/TagRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

namespace tallenne {

/// What SubjectExportService collected for one request, identifiers already in clear.
struct ExportedSubject
{
    qint64 id = 0;
    bool restricted = false;
    QList<QPair<QString, QString>> identifiers; ///< kind id, value in clear
};

struct ExportedCall
{
    qint64 id = 0;
    QDateTime started, answered, ended;
    int durationS = 0;
    int billsec = 0;
    QString direction, caller, serviceNumber, queue, disposition;
    bool restricted = false;
    qint64 recordingId = 0;
    AudioInfo audio;
    QList<TagRecord> tags;
};

struct ExportedMessage
{
    int seq = 0;
    QDateTime sentAt;
    QString sender, text;
};

struct ExportedChat
{
    qint64 id = 0;
    QDateTime started, ended;
    QString nickname, channel;
    bool restricted = false;
    QList<ExportedMessage> messages;
};

/// The files of a data subject's copy (docs/subject-export.md), made from what was collected:
/// pure functions, no register access.
class SubjectExportContent
{
public:
    [[nodiscard]] static QString recordingFile(qint64 callId);
    [[nodiscard]] static QString transcriptFile(qint64 chatId);
    /// data.json (schema "tallenne.subject-export/1", docs/subject-export.schema.json).
    [[nodiscard]] static QByteArray
    dataJson(const SubjectExportPlan& plan, const AccessRequestRecord& request,
             const RegisterProfile& profile, NoticeLanguage language, const QDateTime& now,
             const QList<ExportedSubject>& subjects, const QList<ExportedCall>& calls,
             const QList<ExportedChat>& chats);
    /// transcripts/chat-<id>.txt: one line per message, times on the register's calendar.
    [[nodiscard]] static QByteArray transcript(const ExportedChat& chat, NoticeLanguage language,
                                               const QTimeZone& zone);
    /// report.pdf's HTML: a cover letter, what is held with counts, and the notice's sections
    /// from the profile, in the requester's language.
    [[nodiscard]] static QString reportHtml(const SubjectExportPlan& plan,
                                            const AccessRequestRecord& request,
                                            const RegisterProfile& profile, NoticeLanguage language,
                                            const QDateTime& now, int messages, int tags);
};

} // namespace tallenne
