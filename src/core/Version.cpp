#include "core/Version.h"

namespace tallenne {

QString applicationVersion()
{
    return QStringLiteral(TALLENNE_VERSION);
}

QString applicationName()
{
    return QStringLiteral("Tallenne");
}

} // namespace tallenne
