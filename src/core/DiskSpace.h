#pragma once

#include <QCoreApplication>
#include <QString>

namespace tallenne {

/// Says a full disk as such: which disk (the folder and where it is mounted), how much is free,
/// and that what was written is whole. Tallenne writes every file to a temporary name and
/// renames it, and every database change in a transaction, so a full disk stops a command with
/// nothing half-written; the message lets the person free space and run it again.
class DiskSpace
{
    Q_DECLARE_TR_FUNCTIONS(DiskSpace)

public:
    /// Below this many free bytes a failed write is taken for a full disk.
    static constexpr qint64 NearlyFullBytes = 256 * 1024;

    /// True when the file system holding `path` (or its nearest existing parent) has less than
    /// NearlyFullBytes free for this user.
    [[nodiscard]] static bool isFull(const QString& path);
    /// "The disk holding FOLDER (mounted at ROOT) is full: N kB free. …"
    [[nodiscard]] static QString fullMessage(const QString& path);
    /// fullMessage(path) when the disk is full, otherwise `otherwise`.
    [[nodiscard]] static QString explainWriteFailure(const QString& path, const QString& otherwise);
};

} // namespace tallenne
