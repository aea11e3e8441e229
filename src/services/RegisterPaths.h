#pragma once

#include <QDir>
#include <QString>

namespace tallenne {

/// The files of a register folder (DESIGN.md, "The register on disk").
struct RegisterPaths
{
    QString folder;

    [[nodiscard]] QString database() const
    {
        return QDir(folder).filePath(QStringLiteral("register.db"));
    }
    [[nodiscard]] QString keySlots() const
    {
        return QDir(folder).filePath(QStringLiteral("keyslots.json"));
    }
    [[nodiscard]] QString recordings() const
    {
        return QDir(folder).filePath(QStringLiteral("recordings"));
    }
    [[nodiscard]] bool looksLikeRegister() const
    {
        return QFile::exists(keySlots()) && QFile::exists(database());
    }
};

} // namespace tallenne
