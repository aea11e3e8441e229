#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tallenne {

/// A managed label for tags ("greeting", "de-escalation", …).
struct TagLabel
{
    qint64 id = 0;
    QString name;
};

/// A tagged moment of a call's recording.
struct TagRecord
{
    qint64 id = 0;
    qint64 callId = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 labelId = 0; ///< 0 when the tag has no label
    QString label;      ///< the label's name (read only)
    QString note;
    QString createdBy;
    QDateTime createdAt; ///< UTC
};

/// The tags and tag_labels tables (schema v4). Storage only: TagService checks and audits.
class TagRepository
{
    Q_DECLARE_TR_FUNCTIONS(TagRepository)

public:
    explicit TagRepository(QSqlDatabase db);

    [[nodiscard]] std::optional<qint64> insert(const TagRecord& tag, Error* error);
    /// Changes range, label and note.
    [[nodiscard]] bool update(const TagRecord& tag, Error* error);
    /// Deletes the tag and the playlist items that play it.
    [[nodiscard]] bool remove(qint64 tagId, Error* error);
    /// nullopt with the error untouched when there is no such tag.
    [[nodiscard]] std::optional<TagRecord> find(qint64 tagId, Error* error) const;
    /// Tags of one call (callId > 0) or of all calls, in call and time order. Tags of
    /// restricted calls only when `includeRestricted`.
    [[nodiscard]] QList<TagRecord> list(qint64 callId, bool includeRestricted, Error* error) const;

    /// nullopt with the error untouched when the call does not exist; else its restricted flag.
    [[nodiscard]] std::optional<bool> callRestricted(qint64 callId, Error* error) const;
    /// The call's length in ms: its recording's, else the call record's; 0 when unknown.
    /// `*recorded` says whether the call has a recording at all.
    [[nodiscard]] qint64 callDurationMs(qint64 callId, Error* error,
                                        bool* recorded = nullptr) const;

    [[nodiscard]] std::optional<qint64> addLabel(const QString& name, const QString& createdBy,
                                                 const QDateTime& at, Error* error);
    [[nodiscard]] bool renameLabel(qint64 labelId, const QString& name, Error* error);
    [[nodiscard]] bool removeLabel(qint64 labelId, Error* error);
    [[nodiscard]] QList<TagLabel> labels(Error* error) const;
    [[nodiscard]] std::optional<TagLabel> findLabel(qint64 labelId, Error* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace tallenne
