#include "cli/AdminCli.h"
#include "core/ProcessHardening.h"
#include "core/Translations.h"
#include "core/Version.h"

#include <QGuiApplication>

namespace {

QtMessageHandler qtHandler = nullptr;

// What Qt says about the environment (no runtime folder without XDG_RUNTIME_DIR under cron
// or root over SSH, no display) means nothing to the person running a command: only the
// program's own messages, and Qt's errors, reach standard error.
void commandLineMessages(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    const bool qtRemark = (context.category && qstrncmp(context.category, "qt.", 3) == 0) ||
                          text.startsWith(QLatin1String("QStandardPaths: "));
    if (qtRemark && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    qtHandler(type, context, text);
}

} // namespace

int main(int argc, char* argv[])
{
    const bool hardened = tallenne::disableCoreDumps();
    qtHandler = qInstallMessageHandler(commandLineMessages);
    // A QGuiApplication for the fonts of `notice --format pdf`, always offscreen: a command
    // line tool never needs a display, whatever QT_QPA_PLATFORM the desktop session set
    // (xcb or wayland over SSH or from a timer would abort).
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
