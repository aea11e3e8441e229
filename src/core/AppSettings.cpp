#include "core/AppSettings.h"

#include <QDir>
#include <QSettings>

namespace tallenne {

namespace {
QSettings settings()
{
    return QSettings(QStringLiteral("Tallenne"), QStringLiteral("tallenne"));
}
} // namespace

QString AppSettings::lastRegister()
{
    return settings().value(QStringLiteral("register/last")).toString();
}

void AppSettings::setLastRegister(const QString& folder)
{
    settings().setValue(QStringLiteral("register/last"), QDir(folder).absolutePath());
}

QString AppSettings::lastUser()
{
    return settings().value(QStringLiteral("register/lastUser")).toString();
}

void AppSettings::setLastUser(const QString& name)
{
    settings().setValue(QStringLiteral("register/lastUser"), name);
}

} // namespace tallenne
