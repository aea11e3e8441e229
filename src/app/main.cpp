#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/ProcessHardening.h"
#include "core/Translations.h"
#include "core/Version.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "storage/SqlCipherDriver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QScreen>

using namespace tallenne;

int main(int argc, char* argv[])
{
    const bool hardened = disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tallenne"));
    QApplication::setOrganizationName(QStringLiteral("Tallenne"));
    QApplication::setApplicationVersion(applicationVersion());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tallenne.svg")));
    if (!hardened)
        qWarning("Core dumps could not be disabled; a crash could leave personal data on disk.");

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tallenne console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption registerOption(QStringLiteral("register"),
                                            QStringLiteral("The register folder to open."),
                                            QStringLiteral("DIR"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("User name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: fi or en."),
                                        QStringLiteral("LANG"));
    parser.addOptions({registerOption, userOption, langOption});
    parser.process(app);

    Translations::apply(parser.isSet(langOption) ? parser.value(langOption)
                                                 : Translations::systemDefault());
    registerSqlCipherDriver();

    const SystemClock clock;
    const VaultOptions options;
    LoginDialog login(clock, options);
    login.setRegisterFolder(parser.isSet(registerOption) ? parser.value(registerOption)
                                                         : AppSettings::lastRegister());
    login.setUserName(parser.isSet(userOption) ? parser.value(userOption)
                                               : AppSettings::lastUser());
    if (login.exec() != QDialog::Accepted)
        return 0;
    std::unique_ptr<Session> session = login.takeSession();
    AppSettings::setLastRegister(session->paths().folder);
    AppSettings::setLastUser(session->userName());

    MainWindow window(std::move(session), clock, options);
    // Never larger than the screen: a small one scrolls the page instead.
    if (const QScreen* screen = window.screen())
        window.resize(window.size().boundedTo(screen->availableGeometry().size()));
    window.show();
    window.takeKeyboard();
    return QApplication::exec();
}
