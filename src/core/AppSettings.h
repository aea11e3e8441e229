#pragma once

#include <QString>

namespace tallenne {

/// The few settings kept outside the register, per OS user (QSettings, "Tallenne").
/// Nothing personal and nothing secret goes here: a folder path and UI choices only.
class AppSettings
{
public:
    [[nodiscard]] static QString lastRegister();
    static void setLastRegister(const QString& folder);
    [[nodiscard]] static QString lastUser();
    static void setLastUser(const QString& name);
};

} // namespace tallenne
