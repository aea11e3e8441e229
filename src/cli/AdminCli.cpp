#include "cli/AdminCli.h"

#include "core/AppSettings.h"
#include "core/Version.h"
#include "services/PasswordPolicy.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace tallenne::cli {

namespace {
const QCommandLineOption
    registerOption(QStringLiteral("register"),
                   QStringLiteral("The register folder (default: the last used)."),
                   QStringLiteral("DIR"));
const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("The acting user."),
                                    QStringLiteral("NAME"));
const QCommandLineOption passwordStdinOption(
    QStringLiteral("password-stdin"),
    QStringLiteral("Read the acting user's password from the first line of standard input."));
const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
const QCommandLineOption keychainTimeoutOption(QStringLiteral("keychain-timeout"),
                                               QStringLiteral("Keychain timeout in milliseconds."),
                                               QStringLiteral("MS"));

// The index of the first command word in `args` (args[0] is the program), or -1.
int commandStart(const QStringList& args)
{
    const QStringList valueOptions = {QStringLiteral("--register"), QStringLiteral("--user"),
                                      QStringLiteral("--keychain-timeout")};
    for (int i = 1; i < args.size(); ++i) {
        if (valueOptions.contains(args[i])) {
            ++i;
            continue;
        }
        if (!args[i].startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

} // namespace

AdminCli::AdminCli(const Clock& clock) : m_clock(clock)
{
    registerCommands();
}

void AdminCli::registerCommands()
{
    m_commands = vaultCommands() + dataCommands() + importCommands() + noticeCommands() +
                 coachingCommands() + retentionCommands() + requestCommands() + subjectCommands() +
                 subjectRightsCommands() + qualityCommands();
}

const CliCommand* AdminCli::findCommand(const QStringList& positional, int* used) const
{
    const CliCommand* best = nullptr;
    for (const CliCommand& c : m_commands) {
        if (positional.size() >= c.words.size() && positional.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    *used = best ? int(best->words.size()) : 0;
    return best;
}

int AdminCli::usage(const QString& message)
{
    m_console.err(tr("tallenne-admin: %1").arg(message));
    m_console.err(tr("Try 'tallenne-admin --help'."));
    return exitCodeFor(ErrorKind::Usage);
}

int AdminCli::failWith(const Error& error)
{
    m_console.err(tr("tallenne-admin: %1").arg(error.message));
    return exitCodeFor(error.kind == ErrorKind::None ? ErrorKind::Damaged : error.kind);
}

RegisterPaths AdminCli::registerPaths() const
{
    const QString folder = m_parser.isSet(registerOption) ? m_parser.value(registerOption)
                                                          : AppSettings::lastRegister();
    return RegisterPaths{folder.isEmpty() ? QString() : QDir(folder).absolutePath()};
}

SecretBytes AdminCli::readPassword(const QString& prompt, Error* error)
{
    static_assert(Console::maxSecretLineBytes == PasswordPolicy::maximumBytes,
                  "a password line may be as long as a password");
    Console::SecretLine status = Console::SecretLine::End;
    SecretBytes secret = m_parser.isSet(passwordStdinOption)
                             ? m_console.readSecretLine(&status)
                             : m_console.promptSecret(prompt, &status);
    if (status == Console::SecretLine::TooLong)
        fail(error, ErrorKind::Usage,
             tr("the password line is longer than %1 bytes; nothing was read from it")
                 .arg(Console::maxSecretLineBytes));
    return secret;
}

std::unique_ptr<Session> AdminCli::login(Error* error, LoginPurpose purpose)
{
    const RegisterPaths paths = registerPaths();
    if (paths.folder.isEmpty()) {
        fail(error, ErrorKind::Usage, tr("no register: give --register DIR"));
        return nullptr;
    }
    if (!paths.looksLikeRegister()) {
        fail(error, ErrorKind::Damaged,
             tr("%1 is not a Tallenne register (register.db and keyslots.json are missing)")
                 .arg(QDir::toNativeSeparators(paths.folder)));
        return nullptr;
    }
    if (!m_parser.isSet(userOption)) {
        fail(error, ErrorKind::Usage, tr("this command needs --user NAME"));
        return nullptr;
    }
    const SecretBytes password =
        readPassword(tr("Password for %1: ").arg(m_parser.value(userOption)), error);
    if (password.isNull()) {
        if (error && error->isError())
            return nullptr;
        fail(error, ErrorKind::Usage,
             tr("no password: give it on the first line of standard input with --password-stdin, "
                "or run in a terminal"));
        return nullptr;
    }
    auto session = Session::login(paths, m_parser.value(userOption), password, m_clock, m_options,
                                  error, purpose);
    if (session) {
        AppSettings::setLastRegister(paths.folder);
        // Said on every command, before its own output: the register works, but it is not as
        // it was left (RegisterOpenCheck).
        for (const QString& warning : session->openWarnings())
            m_console.err(tr("Warning: %1").arg(warning));
    }
    return session;
}

int AdminCli::run(const QStringList& args)
{
    m_parser.setApplicationDescription(tr("Tallenne register administration.\n\nCommands:\n") +
                                       [this] {
                                           QStringList lines;
                                           for (const CliCommand& c : m_commands)
                                               lines << QStringLiteral("  ") + c.synopsis;
                                           return lines.join(QLatin1Char('\n'));
                                       }());
    m_parser.addOptions(
        {registerOption, userOption, passwordStdinOption, jsonOption, keychainTimeoutOption});
    QStringList added;
    for (const CliCommand& c : m_commands) {
        for (const QCommandLineOption& o : c.options) {
            if (!added.contains(o.names().first()) && m_parser.addOption(o))
                added << o.names().first();
        }
    }
    const QCommandLineOption helpOption = m_parser.addHelpOption();
    const QCommandLineOption versionOption = m_parser.addVersionOption();
    QStringList effective = args;
    const int start = commandStart(args);
    if (start > 0 && start + 1 < args.size() && args[start] == QLatin1String("audit") &&
        args[start + 1] == QLatin1String("list")) {
        for (int i = start + 2; i < effective.size(); ++i) {
            if (effective[i] == QLatin1String("--user"))
                effective[i] = QStringLiteral("--audit-user");
        }
    }
    if (!m_parser.parse(effective))
        return usage(m_parser.errorText());
    if (m_parser.isSet(versionOption)) {
        m_console.out(QStringLiteral("tallenne-admin %1").arg(applicationVersion()));
        return 0;
    }
    if (m_parser.isSet(helpOption)) {
        m_console.out(m_parser.helpText());
        return 0;
    }
    m_json = m_parser.isSet(jsonOption);
    if (m_parser.isSet(keychainTimeoutOption))
        m_options.keychainTimeoutMs = m_parser.value(keychainTimeoutOption).toInt();

    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("no command given"));
    const CliCommand* command = findCommand(positional, &m_commandWords);
    if (!command)
        return usage(tr("unknown command '%1'").arg(positional.mid(0, 2).join(QLatin1Char(' '))));

    // The unattended slot opens the register for the purge and nothing else: asking it for
    // another command is refused as any operation its holder may not do (exit 3, permission
    // denied, as the service refuses it), not taken for a typing slip.
    if (m_parser.optionNames().contains(QStringLiteral("unattended")) &&
        command->words != QStringList{QStringLiteral("purge")}) {
        m_console.err(tr("tallenne-admin: --unattended opens the register with the unattended "
                         "slot, which can only purge: '%1' is refused. Use it as "
                         "'tallenne-admin purge --unattended'.")
                          .arg(command->words.join(QLatin1Char(' '))));
        return exitCodeFor(ErrorKind::PermissionDenied);
    }
    // An option of another command is a mistake worth saying.
    const QStringList global = {registerOption.names().first(), userOption.names().first(),
                                passwordStdinOption.names().first(), jsonOption.names().first(),
                                keychainTimeoutOption.names().first()};
    for (const QString& name : m_parser.optionNames()) {
        bool allowed = global.contains(name);
        for (const QCommandLineOption& o : command->options)
            allowed = allowed || o.names().contains(name);
        if (!allowed)
            return usage(
                tr("--%1 does not go with '%2'").arg(name, command->words.join(QLatin1Char(' '))));
    }
    registerSqlCipherDriver();
    return command->run(*this);
}

} // namespace tallenne::cli
