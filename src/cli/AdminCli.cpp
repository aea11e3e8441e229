#include "cli/AdminCli.h"

#include "core/AppSettings.h"
#include "core/Version.h"
#include "services/AuditService.h"
#include "services/DemoService.h"
#include "services/RegisterService.h"
#include "services/UserService.h"
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
const QCommandLineOption noBindOption(
    QStringLiteral("no-bind"),
    QStringLiteral("init, demo: do not bind the key slots to this workstation's keychain."));
const QCommandLineOption keychainTimeoutOption(QStringLiteral("keychain-timeout"),
                                               QStringLiteral("Keychain timeout in milliseconds."),
                                               QStringLiteral("MS"));
const QCommandLineOption adminOption(QStringLiteral("admin"),
                                     QStringLiteral("init: the administrator's user name."),
                                     QStringLiteral("NAME"));
const QCommandLineOption roleOption(QStringLiteral("role"),
                                    QStringLiteral("user add: a role (quality-manager, trainer, "
                                                   "privacy-officer, administrator); repeatable."),
                                    QStringLiteral("ROLE"));
const QCommandLineOption actionOption(QStringLiteral("action"),
                                      QStringLiteral("audit list: filter by action."),
                                      QStringLiteral("ACTION"));
const QCommandLineOption limitOption(QStringLiteral("limit"),
                                     QStringLiteral("list commands: at most N rows."),
                                     QStringLiteral("N"));
const QCommandLineOption callsOption(QStringLiteral("calls"),
                                     QStringLiteral("demo: number of calls."), QStringLiteral("N"));
const QCommandLineOption chatsOption(QStringLiteral("chats"),
                                     QStringLiteral("demo: number of chats."), QStringLiteral("M"));
// `audit list --user U`: a --user after the command words filters; the one before them
// is the acting user. run() renames the later one to this option before parsing.
const QCommandLineOption
    auditUserOption(QStringLiteral("audit-user"),
                    QStringLiteral("audit list: filter by user (also --user after the command)."),
                    QStringLiteral("NAME"));

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

QJsonObject toJson(const AuditEntry& e)
{
    return QJsonObject{{QStringLiteral("sequence"), e.sequence},
                       {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user"), e.user},
                       {QStringLiteral("roles"), e.roles},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("object"), e.object},
                       {QStringLiteral("purpose"), e.purpose},
                       {QStringLiteral("details"), e.details},
                       {QStringLiteral("hash"), QString::fromLatin1(e.hash)}};
}
} // namespace

AdminCli::AdminCli(const Clock& clock) : m_clock(clock)
{
    registerCommands();
}

void AdminCli::registerCommands()
{
    m_commands = {
        {{QStringLiteral("init")},
         QStringLiteral("init --admin NAME [--no-bind]"),
         {adminOption, noBindOption},
         [this] {
             return cmdInit();
         }},
        {{QStringLiteral("demo")},
         QStringLiteral("demo [--calls N] [--chats M] [--no-bind]"),
         {callsOption, chatsOption, noBindOption},
         [this] {
             return cmdDemo();
         }},
        {{QStringLiteral("user"), QStringLiteral("add")},
         QStringLiteral("user add NAME --role ROLE…"),
         {roleOption},
         [this] {
             return cmdUserAdd();
         }},
        {{QStringLiteral("user"), QStringLiteral("remove")},
         QStringLiteral("user remove NAME"),
         {},
         [this] {
             return cmdUserRemove();
         }},
        {{QStringLiteral("user"), QStringLiteral("passwd")},
         QStringLiteral("user passwd NAME"),
         {},
         [this] {
             return cmdUserPasswd();
         }},
        {{QStringLiteral("user"), QStringLiteral("list")},
         QStringLiteral("user list"),
         {},
         [this] {
             return cmdUserList();
         }},
        {{QStringLiteral("verify")},
         QStringLiteral("verify"),
         {},
         [this] {
             return cmdVerify();
         }},
        {{QStringLiteral("rekey")},
         QStringLiteral("rekey"),
         {},
         [this] {
             return cmdRekey();
         }},
        {{QStringLiteral("rebind")},
         QStringLiteral("rebind (recovery code on stdin or the terminal)"),
         {},
         [this] {
             return cmdRebind();
         }},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QStringLiteral("audit verify"),
         {},
         [this] {
             return cmdAuditVerify();
         }},
        {{QStringLiteral("audit"), QStringLiteral("list")},
         QStringLiteral("audit list [--user U] [--action A] [--limit N]"),
         {actionOption, limitOption, auditUserOption},
         [this] {
             return cmdAuditList();
         }},
    };
}

const AdminCli::Command* AdminCli::findCommand(const QStringList& positional, int* used) const
{
    const Command* best = nullptr;
    for (const Command& c : m_commands) {
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

SecretBytes AdminCli::readPassword(const QString& prompt)
{
    if (m_parser.isSet(passwordStdinOption))
        return m_console.readSecretLine();
    return m_console.promptSecret(prompt);
}

std::unique_ptr<Session> AdminCli::login(Error* error)
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
        readPassword(tr("Password for %1: ").arg(m_parser.value(userOption)));
    if (password.isNull()) {
        fail(error, ErrorKind::Usage,
             tr("no password: give it on the first line of standard input with --password-stdin, "
                "or run in a terminal"));
        return nullptr;
    }
    auto session =
        Session::login(paths, m_parser.value(userOption), password, m_clock, m_options, error);
    if (session)
        AppSettings::setLastRegister(paths.folder);
    return session;
}

int AdminCli::run(const QStringList& args)
{
    m_parser.setApplicationDescription(tr("Tallenne register administration.\n\nCommands:\n") +
                                       [this] {
                                           QStringList lines;
                                           for (const Command& c : m_commands)
                                               lines << QStringLiteral("  ") + c.synopsis;
                                           return lines.join(QLatin1Char('\n'));
                                       }());
    m_parser.addOptions(
        {registerOption, userOption, passwordStdinOption, jsonOption, keychainTimeoutOption});
    for (const Command& c : m_commands) {
        for (const QCommandLineOption& o : c.options) {
            if (!m_parser.optionNames().contains(o.names().first()))
                m_parser.addOption(o);
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
    const Command* command = findCommand(positional, &m_commandWords);
    if (!command)
        return usage(tr("unknown command '%1'").arg(positional.mid(0, 2).join(QLatin1Char(' '))));

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
    return command->run();
}

int AdminCli::cmdInit()
{
    const RegisterPaths paths = registerPaths();
    if (paths.folder.isEmpty())
        return usage(tr("init needs --register DIR"));
    if (!m_parser.isSet(adminOption))
        return usage(tr("init needs --admin NAME"));
    m_options.bindToWorkstation = !m_parser.isSet(noBindOption);
    const SecretBytes password = readPassword(tr("New administrator's password: "));
    if (password.isNull())
        return usage(tr("no password: give it on the first line of standard input with "
                        "--password-stdin, or run in a terminal"));
    SecretBytes recovery;
    Error error;
    if (!RegisterService::init(paths, m_parser.value(adminOption), password, m_clock, m_options,
                               &recovery, &error))
        return failWith(error);
    AppSettings::setLastRegister(paths.folder);
    m_console.out(tr("Created the register in %1.").arg(QDir::toNativeSeparators(paths.folder)));
    m_console.out(tr("Write down the recovery code and keep it somewhere safe. It is shown only "
                     "once; it opens the register if every password is lost and binds it to a "
                     "new workstation."));
    m_console.out(QStringLiteral("Recovery code: ") +
                  QString::fromLatin1(recovery.constChars(), qsizetype(recovery.size())));
    return 0;
}

int AdminCli::cmdDemo()
{
    const RegisterPaths paths = registerPaths();
    if (paths.folder.isEmpty())
        return usage(tr("demo needs --register DIR"));
    m_options.bindToWorkstation = !m_parser.isSet(noBindOption);
    DemoOptions demo;
    if (m_parser.isSet(callsOption))
        demo.calls = m_parser.value(callsOption).toInt();
    if (m_parser.isSet(chatsOption))
        demo.chats = m_parser.value(chatsOption).toInt();
    if (demo.calls < 0 || demo.chats < 0)
        return usage(tr("--calls and --chats take a whole number"));
    Error error;
    const auto users = DemoService::create(paths, demo, m_clock, m_options, &error);
    if (!users)
        return failWith(error);
    AppSettings::setLastRegister(paths.folder);
    for (const DemoUser& u : *users)
        m_console.out(
            QStringLiteral("user %1 role %2 password %3").arg(u.name, u.role, u.password));
    return 0;
}

int AdminCli::cmdUserAdd()
{
    QStringList roleIds = m_parser.values(roleOption);
    const QStringList rest = arguments();
    if (rest.isEmpty())
        return usage(tr("user add needs a NAME"));
    roleIds << rest.mid(1); // `--role a b` puts b among the positional arguments
    QStringList split;
    for (const QString& r : roleIds)
        split << r.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (split.isEmpty())
        return usage(tr("user add needs at least one --role"));
    QString bad;
    const auto roles = RoleNames::fromIds(split, &bad);
    if (!roles)
        return usage(
            tr("unknown role '%1' (quality-manager, trainer, privacy-officer, administrator)")
                .arg(bad));
    Error error;
    auto session = login(&error);
    if (!session)
        return failWith(error);
    const SecretBytes password =
        readPassword(tr("Password for the new user %1: ").arg(rest.first()));
    if (password.isNull())
        return usage(
            tr("the new user's password is missing: give it on the next line of standard input"));
    if (!UserService(*session).add(rest.first(), *roles, password, &error))
        return failWith(error);
    m_console.out(
        tr("Added %1 (%2).").arg(rest.first(), RoleNames::ids(*roles).join(QStringLiteral(", "))));
    return 0;
}

int AdminCli::cmdUserRemove()
{
    if (arguments().size() != 1)
        return usage(tr("user remove takes one NAME"));
    Error error;
    auto session = login(&error);
    if (!session)
        return failWith(error);
    if (!UserService(*session).remove(arguments().first(), &error))
        return failWith(error);
    m_console.out(tr("Removed %1 and deleted their key slot.").arg(arguments().first()));
    return 0;
}

int AdminCli::cmdUserPasswd()
{
    if (arguments().size() != 1)
        return usage(tr("user passwd takes one NAME"));
    Error error;
    auto session = login(&error);
    if (!session)
        return failWith(error);
    const SecretBytes password = readPassword(tr("New password for %1: ").arg(arguments().first()));
    if (password.isNull())
        return usage(tr("the new password is missing: give it on the next line of standard input"));
    if (!UserService(*session).changePassword(arguments().first(), password, &error))
        return failWith(error);
    m_console.out(tr("Changed the password of %1.").arg(arguments().first()));
    return 0;
}

int AdminCli::cmdUserList()
{
    Error error;
    auto session = login(&error);
    if (!session)
        return failWith(error);
    const QList<UserRecord> users = UserService(*session).list(&error);
    if (error)
        return failWith(error);
    if (m_json) {
        QJsonArray array;
        for (const UserRecord& u : users) {
            array.append(QJsonObject{
                {QStringLiteral("name"), u.name},
                {QStringLiteral("roles"), QJsonArray::fromStringList(RoleNames::ids(u.roles))},
                {QStringLiteral("created"), u.created.toString(Qt::ISODate)}});
        }
        m_console.json(array);
        return 0;
    }
    for (const UserRecord& u : users)
        m_console.out(
            QStringLiteral("%1\t%2").arg(u.name, RoleNames::ids(u.roles).join(QLatin1Char(','))));
    return 0;
}

int AdminCli::cmdVerify()
{
    Error error;
    auto session = login(&error);
    if (!session)
        return failWith(error);
    const auto checks = RegisterService::verify(*session, &error);
    if (!checks)
        return failWith(error);
    bool allOk = true;
    QJsonArray array;
    for (const RegisterCheck& c : *checks) {
        allOk = allOk && c.ok;
        if (m_json)
            array.append(QJsonObject{{QStringLiteral("check"), c.name},
                                     {QStringLiteral("ok"), c.ok},
                                     {QStringLiteral("detail"), c.detail}});
        else
            m_console.out(
                QStringLiteral("%1 %2: %3")
                    .arg(c.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), c.name, c.detail));
    }
    if (m_json)
        m_console.json(array);
    return allOk ? 0 : exitCodeFor(ErrorKind::Damaged);
}

int AdminCli::cmdRekey()
{
    Error error;
    auto session = login(&error);
    if (!session)
        return failWith(error);
    if (!RegisterService::rekey(*session, &error))
        return failWith(error);
    m_console.out(tr("The register has a new data key; every key slot was re-sealed."));
    return 0;
}

int AdminCli::cmdRebind()
{
    const RegisterPaths paths = registerPaths();
    if (!paths.looksLikeRegister())
        return failWith(
            Error{ErrorKind::Damaged, tr("%1 is not a Tallenne register").arg(paths.folder)});
    const SecretBytes code = readPassword(tr("Recovery code: "));
    if (code.isNull())
        return usage(
            tr("the recovery code is missing: give it on standard input with --password-stdin"));
    Error error;
    if (!RegisterService::rebind(paths, code, m_clock, m_options, &error))
        return failWith(error);
    AppSettings::setLastRegister(paths.folder);
    m_console.out(tr("The register is now bound to this workstation; users log in with their "
                     "own passwords again."));
    return 0;
}

int AdminCli::cmdAuditVerify()
{
    Error error;
    auto session = login(&error);
    if (!session)
        return failWith(error);
    const auto result = AuditService(*session).verify(&error);
    if (!result)
        return failWith(error);
    if (m_json) {
        m_console.json(QJsonObject{{QStringLiteral("intact"), result->intact},
                                   {QStringLiteral("entries"), result->entries},
                                   {QStringLiteral("first_bad_sequence"), result->firstBadSequence},
                                   {QStringLiteral("problem"), result->problem}});
    } else if (result->intact) {
        m_console.out(tr("The audit trail is intact: %n entries.", nullptr, int(result->entries)));
    } else {
        m_console.out(tr("The audit trail is broken: %1").arg(result->problem));
    }
    return result->intact ? 0 : exitCodeFor(ErrorKind::Damaged);
}

int AdminCli::cmdAuditList()
{
    AuditFilter filter;
    filter.action = m_parser.value(actionOption);
    if (m_parser.isSet(limitOption))
        filter.limit = m_parser.value(limitOption).toInt();
    filter.user = m_parser.value(auditUserOption);
    Error error;
    auto session = login(&error);
    if (!session)
        return failWith(error);
    const auto entries = AuditService(*session).list(filter, &error);
    if (!entries)
        return failWith(error);
    if (m_json) {
        QJsonArray array;
        for (const AuditEntry& e : *entries)
            array.append(toJson(e));
        m_console.json(array);
        return 0;
    }
    for (const AuditEntry& e : *entries) {
        m_console.out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                          .arg(e.sequence)
                          .arg(e.at.toLocalTime().toString(Qt::ISODate), e.user, e.action, e.object,
                               e.details));
    }
    return 0;
}

} // namespace tallenne::cli
