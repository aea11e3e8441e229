#include "cli/AdminCli.h"
#include "core/ProcessHardening.h"
#include "core/Version.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    const bool hardened = tallenne::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tallenne-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tallenne"));
    QCoreApplication::setApplicationVersion(tallenne::applicationVersion());
    if (!hardened)
        qWarning("Core dumps could not be disabled; a crash could leave personal data on disk.");
    return tallenne::cli::AdminCli().run(QCoreApplication::arguments());
}
