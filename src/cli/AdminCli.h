#pragma once

#include "cli/Console.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "services/Session.h"
#include <QCoreApplication>

#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <memory>

namespace tallenne::cli {

/// `tallenne-admin`: the command-line contract of DESIGN.md. Thin: every command calls a
/// service, so the command line proves what the GUI does. Returns the documented exit code.
class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    explicit AdminCli(const Clock& clock = SystemClock::instance());
    int run(const QStringList& arguments);

private:
    struct Command
    {
        QStringList words; ///< e.g. {"user", "add"}
        QString synopsis;
        QList<QCommandLineOption> options;
        std::function<int()> run;
    };

    void registerCommands();
    const Command* findCommand(const QStringList& positional, int* used) const;
    int usage(const QString& message);
    int failWith(const Error& error);
    RegisterPaths registerPaths() const;
    /// Logs in as --user with the password from stdin or the terminal.
    std::unique_ptr<Session> login(Error* error);
    SecretBytes readPassword(const QString& prompt);
    /// The positional arguments after the command words.
    QStringList arguments() const { return m_parser.positionalArguments().mid(m_commandWords); }

    int cmdInit();
    int cmdDemo();
    int cmdUserAdd();
    int cmdUserRemove();
    int cmdUserPasswd();
    int cmdUserList();
    int cmdVerify();
    int cmdRekey();
    int cmdRebind();
    int cmdAuditVerify();
    int cmdAuditList();

    const Clock& m_clock;
    Console m_console;
    QCommandLineParser m_parser;
    QList<Command> m_commands;
    int m_commandWords = 0;
    VaultOptions m_options;
    bool m_json = false;
};

} // namespace tallenne::cli
