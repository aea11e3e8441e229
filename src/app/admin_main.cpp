#include "cli/AdminCli.h"
#include "core/ProcessHardening.h"
#include "core/Translations.h"
#include "core/Version.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    const bool hardened = tallenne::disableCoreDumps();
    // A QGuiApplication for the fonts of `notice --format pdf`; offscreen, so the command
    // line needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tallenne-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tallenne"));
    QCoreApplication::setApplicationVersion(tallenne::applicationVersion());
    // Messages in the user's language (LC_ALL, LC_MESSAGES, LANG); dates and numbers as the
    // system locale has them.
    tallenne::Translations::install(tallenne::Translations::systemDefault());
    if (!hardened)
        qWarning("Core dumps could not be disabled; a crash could leave personal data on disk.");
    return tallenne::cli::AdminCli().run(QCoreApplication::arguments());
}
