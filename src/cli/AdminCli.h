#pragma once

#include <QCoreApplication>

#include "cli/Console.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "services/Session.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <memory>

namespace tallenne::cli {

class AdminCli;

/// One command of `tallenne-admin`: its words ("user", "add"), a synopsis for --help, its
/// own options, and what it runs. Each area of the register keeps its commands in a file
/// of its own (VaultCommands.cpp, DataCommands.cpp, ImportCommands.cpp, NoticeCommands.cpp,
/// CoachingCommands.cpp, RetentionCommands.cpp, RequestCommands.cpp, SubjectCommands.cpp,
/// QualityCommands.cpp).
struct CliCommand
{
    QStringList words;
    QString synopsis;
    QList<QCommandLineOption> options;
    std::function<int(AdminCli&)> run;
};

QList<CliCommand> vaultCommands();
QList<CliCommand> dataCommands();
QList<CliCommand> importCommands();
QList<CliCommand> noticeCommands();
QList<CliCommand> coachingCommands();
QList<CliCommand> retentionCommands();
QList<CliCommand> requestCommands();
QList<CliCommand> subjectCommands();
QList<CliCommand> subjectRightsCommands();
QList<CliCommand> qualityCommands();

/// `tallenne-admin`: the command-line contract of DESIGN.md. Thin: every command calls a
/// service, so the command line proves what the GUI does. Returns the documented exit code.
class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    explicit AdminCli(const Clock& clock = SystemClock::instance());
    int run(const QStringList& arguments);

    // What commands use.
    [[nodiscard]] Console& console() { return m_console; }
    [[nodiscard]] const QCommandLineParser& parser() const { return m_parser; }
    /// The positional arguments after the command words.
    [[nodiscard]] QStringList arguments() const
    {
        return m_parser.positionalArguments().mid(m_commandWords);
    }
    [[nodiscard]] bool json() const { return m_json; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] VaultOptions& vaultOptions() { return m_options; }
    [[nodiscard]] RegisterPaths registerPaths() const;
    /// Logs in as --user with the password from stdin or the terminal.
    [[nodiscard]] std::unique_ptr<Session> login(Error* error,
                                                 LoginPurpose purpose = LoginPurpose::Work);
    /// The next secret line of stdin (--password-stdin) or a prompt on the terminal. Null at
    /// the end of input (*error untouched), or when the line is longer than
    /// PasswordPolicy::maximumBytes (*error: ErrorKind::Usage, exit 1; never cut silently).
    [[nodiscard]] SecretBytes readPassword(const QString& prompt, Error* error);
    /// Prints a usage error and returns 1.
    int usage(const QString& message);
    /// Prints the error and returns its exit code.
    int failWith(const Error& error);

private:
    void registerCommands();
    const CliCommand* findCommand(const QStringList& positional, int* used) const;

    const Clock& m_clock;
    Console m_console;
    QCommandLineParser m_parser;
    QList<CliCommand> m_commands;
    int m_commandWords = 0;
    VaultOptions m_options;
    bool m_json = false;
};

} // namespace tallenne::cli
