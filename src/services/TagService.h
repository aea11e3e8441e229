#pragma once

#include "core/Error.h"
#include "storage/TagRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tallenne {

class Session;

/// Tags on moments of recordings and their managed labels. Trainers (ManageTags) add, change
/// and delete their own tags and manage the labels; quality managers and trainers (ReadTags)
/// read them. Tags of restricted calls are invisible to roles that may not see those calls.
/// Every change is announced on Session::events() after it committed.
class TagService
{
    Q_DECLARE_TR_FUNCTIONS(TagService)

public:
    static constexpr int MaxNoteLength = 2000;

    explicit TagService(Session& session);

    /// `labelId` 0 for none. Returns the new tag's id. A call without a recording is refused
    /// (InputRejected): a tag marks a range of a recording.
    [[nodiscard]] std::optional<qint64> add(qint64 callId, qint64 startMs, qint64 endMs,
                                            qint64 labelId, const QString& note, Error* error);
    /// Changes range, label and note of one of the user's own tags.
    [[nodiscard]] bool edit(qint64 tagId, qint64 startMs, qint64 endMs, qint64 labelId,
                            const QString& note, Error* error);
    /// Deletes one of the user's own tags and its clips in every playlist.
    [[nodiscard]] bool remove(qint64 tagId, Error* error);
    /// One tag in full (its note included); audited as a read.
    [[nodiscard]] std::optional<TagRecord> find(qint64 tagId, Error* error);
    /// The tags of one call (callId > 0) or of every call the user may see.
    [[nodiscard]] std::optional<QList<TagRecord>> list(qint64 callId, Error* error);

    [[nodiscard]] std::optional<QList<TagLabel>> labels(Error* error);
    [[nodiscard]] std::optional<qint64> addLabel(const QString& name, Error* error);
    /// The label called `name` (case-insensitively), created when there is none yet: what a
    /// script names with `tags add --label`. Needs ManageTags (a refusal names it).
    [[nodiscard]] std::optional<qint64> labelForTagging(const QString& name, Error* error);
    [[nodiscard]] bool renameLabel(qint64 labelId, const QString& name, Error* error);
    [[nodiscard]] bool removeLabel(qint64 labelId, Error* error);

    /// What in a note looks like personal data ("a phone number", "an e-mail address", …), each
    /// kind once, found by the Redactor (identity codes, phone numbers, e-mail addresses, IBANs,
    /// card numbers, business IDs). Empty when nothing was found.
    [[nodiscard]] static QStringList personalDataIn(const QString& note);
    /// A warning to show before a note with personal data is saved, or empty.
    [[nodiscard]] static QString personalDataWarning(const QString& note);

private:
    bool checkTag(qint64 callId, qint64 startMs, qint64 endMs, qint64 labelId, const QString& note,
                  Error* error);
    std::optional<TagRecord> ownTag(qint64 tagId, const QString& action, Error* error);
    bool validLabelName(const QString& name, Error* error);

    Session& m_session;
    TagRepository m_tags;
};

} // namespace tallenne
