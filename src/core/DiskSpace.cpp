#include "core/DiskSpace.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace tallenne {

namespace {
// The folder itself when it exists, else its nearest existing parent (a file not yet made).
QString existingFolder(const QString& path)
{
    QFileInfo info(path);
    QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    return folder;
}
} // namespace

bool DiskSpace::isFull(const QString& path)
{
    const QStorageInfo storage(existingFolder(path));
    return storage.isValid() && storage.isReady() && storage.bytesAvailable() < NearlyFullBytes;
}

QString DiskSpace::fullMessage(const QString& path)
{
    const QString folder = existingFolder(path);
    const QStorageInfo storage(folder);
    const QString free = QLocale().formattedDataSize(std::max<qint64>(0, storage.bytesAvailable()));
    return tr("The disk holding %1 (mounted at %2) is full: %3 free. Nothing was left "
              "half-written; free some space there and run it again.")
        .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(storage.rootPath()), free);
}

QString DiskSpace::explainWriteFailure(const QString& path, const QString& otherwise)
{
    return isFull(path) ? fullMessage(path) : otherwise;
}

} // namespace tallenne
