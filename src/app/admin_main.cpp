#include "cli/AdminCli.h"
#include "core/ProcessHardening.h"
#include "core/Translations.h"
#include "core/Version.h"

#include <QGuiApplication>

namespace {

QtMessageHandler qtHandler = nullptr;

// Without XDG_RUNTIME_DIR (cron, root over SSH) Qt remarks that it uses a runtime folder of its
// own under the temporary folder: it creates that folder with mode 0700 and uses it only when
// this user owns it and no one else may enter it. The remark means nothing to the person running
// a command and is the one message kept off standard error. Qt's warnings that the folder is
// unsafe (another owner, other permissions: it is then not used) and every other message still
// reach it.
bool isRuntimeFolderRemark(QtMsgType type, const QString& text)
{
    return type == QtWarningMsg && text.startsWith(QLatin1String(
                                       "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to "));
}

void commandLineMessages(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (isRuntimeFolderRemark(type, text))
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
