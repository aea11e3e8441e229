#include "cli/AdminCli.h"
#include "cli/ProgressLine.h"
#include "cli/RowStream.h"

#include "core/AppSettings.h"
#include "services/AuditService.h"
#include "services/DemoData.h"
#include "services/DemoService.h"
#include "services/RegisterService.h"
#include "services/UserService.h"
#include "services/keys/KeyService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <climits>
#include <cstdio>

#include <unistd.h>

// The vault's commands: init, demo, users, verify, rekey, rebind, audit.

namespace tallenne::cli {

namespace {
const QCommandLineOption noBindOption(
    QStringLiteral("no-bind"),
    QStringLiteral("init, demo: do not bind the key slots to this workstation's keychain."));
const QCommandLineOption adminOption(QStringLiteral("admin"),
                                     QStringLiteral("init: the administrator's user name."),
                                     QStringLiteral("NAME"));
const QCommandLineOption roleOption(QStringLiteral("role"),
                                    QStringLiteral("user add: a role (quality-manager, trainer, "
                                                   "privacy-officer, administrator); repeatable."),
                                    QStringLiteral("ROLE"));
const QCommandLineOption rotateOption(
    QStringLiteral("rotate"),
    QStringLiteral("user passwd: also rotate the keys the user holds and the register key."));
const QCommandLineOption actionOption(QStringLiteral("action"),
                                      QStringLiteral("audit list: actions holding this text."),
                                      QStringLiteral("ACTION"));
const QCommandLineOption limitOption(QStringLiteral("limit"),
                                     QStringLiteral("list commands: at most N rows (calls list, "
                                                    "chats search, audit list: any number; 0 "
                                                    "for every row)."),
                                     QStringLiteral("N"));
const QCommandLineOption callsOption(QStringLiteral("calls"),
                                     QStringLiteral("demo: number of calls (450)."),
                                     QStringLiteral("N"));
const QCommandLineOption chatsOption(QStringLiteral("chats"),
                                     QStringLiteral("demo: number of chats (120)."),
                                     QStringLiteral("M"));
// `audit list --user U`: a --user after the command words filters; the one before them
// is the acting user. run() renames the later one to this option before parsing.
const QCommandLineOption
    auditUserOption(QStringLiteral("audit-user"),
                    QStringLiteral("audit list: filter by user (also --user after the command)."),
                    QStringLiteral("NAME"));

const QCommandLineOption
    quickOption(QStringLiteral("quick"),
                QStringLiteral("verify: recordings for presence and size only (no file is read), "
                               "the database by quick_check."));
const QCommandLineOption
    repairOption(QStringLiteral("repair"),
                 QStringLiteral("verify: then move files of recordings/ that no row names into "
                                "quarantine/ of the register (audited; nothing is deleted)."));

const QCommandLineOption recordLostOption(
    QStringLiteral("record-lost"),
    QStringLiteral("verify --repair: also record each recording whose file is missing from "
                   "recordings/ as lost (its call keeps its details; audited). Restore the file "
                   "from a backup first if one has it: the file's key goes with the row."));

const QCommandLineOption headOption(QStringLiteral("head"),
                                    QStringLiteral("audit verify: a head kept with `audit head` "
                                                   "that the trail must still hold."),
                                    QStringLiteral("FILE"));
const QCommandLineOption headOutOption(QStringLiteral("out"),
                                       QStringLiteral("audit head: write the signed head here; "
                                                      "notice, report, scorecard export, subject "
                                                      "export: write to FILE."),
                                       QStringLiteral("FILE"));

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
                       {QStringLiteral("hash"), QString::fromLatin1(e.hash)},
                       {QStringLiteral("signature"), QString::fromLatin1(e.signature)}};
}

/// The roles in words for people (translated), e.g. "Quality manager, Trainer".
QString roleNames(Roles roles)
{
    QStringList names;
    for (Role r : RoleNames::all()) {
        if (roles.testFlag(r))
            names << RoleNames::displayName(r);
    }
    return names.join(QStringLiteral(", "));
}

QString witnessState(WitnessCheck::State state)
{
    switch (state) {
    case WitnessCheck::State::Consistent:
        return QStringLiteral("consistent");
    case WitnessCheck::State::Contradicts:
        return QStringLiteral("contradicts");
    case WitnessCheck::State::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}
int cmdInit(AdminCli& cli)
{
    const RegisterPaths paths = cli.registerPaths();
    if (paths.folder.isEmpty())
        return cli.usage(AdminCli::tr("init needs --register DIR"));
    if (!cli.parser().isSet(adminOption))
        return cli.usage(AdminCli::tr("init needs --admin NAME"));
    cli.vaultOptions().bindToWorkstation = !cli.parser().isSet(noBindOption);
    Error error;
    const SecretBytes password =
        cli.readPassword(AdminCli::tr("New administrator's password: "), &error);
    if (password.isNull())
        return error ? cli.failWith(error)
                     : cli.usage(AdminCli::tr("no password: give it on the first line of "
                                              "standard input with --password-stdin, or run in "
                                              "a terminal"));
    SecretBytes recovery;
    if (!RegisterService::init(paths, cli.parser().value(adminOption), password, cli.clock(),
                               cli.vaultOptions(), &recovery, &error))
        return cli.failWith(error);
    AppSettings::setLastRegister(paths.folder);
    cli.console().out(
        AdminCli::tr("Created the register in %1.").arg(QDir::toNativeSeparators(paths.folder)));
    cli.console().out(
        AdminCli::tr("Write down the recovery code and keep it somewhere safe. It is shown only "
                     "once; it opens the register if every password is lost and binds it to a "
                     "new workstation."));
    cli.console().out(QStringLiteral("Recovery code: ") +
                      QString::fromLatin1(recovery.constChars(), qsizetype(recovery.size())));
    return 0;
}

int cmdDemo(AdminCli& cli)
{
    const RegisterPaths paths = cli.registerPaths();
    if (paths.folder.isEmpty())
        return cli.usage(AdminCli::tr("demo needs --register DIR"));
    cli.vaultOptions().bindToWorkstation = !cli.parser().isSet(noBindOption);
    DemoOptions demo;
    if (cli.parser().isSet(callsOption))
        demo.calls = cli.parser().value(callsOption).toInt();
    if (cli.parser().isSet(chatsOption))
        demo.chats = cli.parser().value(chatsOption).toInt();
    if (demo.calls < 0 || demo.chats < 0)
        return cli.usage(AdminCli::tr("--calls and --chats take a whole number"));
    // Progress and notices go to stderr: scripts parse the `user …` lines of stdout.
    demo.progress = [&cli](const QString& line) {
        cli.console().err(line);
    };
    DemoFillResult filled;
    demo.result = &filled;
    Error error;
    const auto users = DemoService::create(paths, demo, cli.clock(), cli.vaultOptions(), &error);
    if (!users)
        return cli.failWith(error);
    cli.console().err(AdminCli::tr("%1 (%2) at %3 calls/s, %4 at %5 chats/s")
                          .arg(AdminCli::tr("%n call(s)", nullptr, int(filled.calls)),
                               AdminCli::tr("%n recording(s)", nullptr, int(filled.recordings)))
                          .arg(filled.callsPerSecond, 0, 'f', 0)
                          .arg(AdminCli::tr("%n chat(s)", nullptr, int(filled.chats)))
                          .arg(filled.chatsPerSecond, 0, 'f', 0));
    AppSettings::setLastRegister(paths.folder);
    for (const DemoUser& u : *users)
        cli.console().out(
            QStringLiteral("user %1 role %2 password %3").arg(u.name, u.role, u.password));
    return 0;
}

int cmdUserAdd(AdminCli& cli)
{
    QStringList roleIds = cli.parser().values(roleOption);
    const QStringList rest = cli.arguments();
    if (rest.isEmpty())
        return cli.usage(AdminCli::tr("user add needs a NAME"));
    roleIds << rest.mid(1); // `--role a b` puts b among the positional arguments
    QStringList split;
    for (const QString& r : roleIds)
        split << r.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (split.isEmpty())
        return cli.usage(AdminCli::tr("user add needs at least one --role"));
    QString bad;
    const auto roles = RoleNames::fromIds(split, &bad);
    if (!roles)
        return cli.usage(
            AdminCli::tr(
                "unknown role '%1' (quality-manager, trainer, privacy-officer, administrator)")
                .arg(bad));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const SecretBytes password =
        cli.readPassword(AdminCli::tr("Password for the new user %1: ").arg(rest.first()), &error);
    if (password.isNull())
        return error ? cli.failWith(error)
                     : cli.usage(AdminCli::tr("the new user's password is missing: give it on "
                                              "the next line of standard input"));
    if (!UserService(*session).add(rest.first(), *roles, password, &error))
        return cli.failWith(error);
    cli.console().out(AdminCli::tr("Added %1 (%2).").arg(rest.first(), roleNames(*roles)));
    // The first administrator holds every key until a privacy officer does (DESIGN.md, "Keys
    // per capability"): say when it is time to give them up.
    if (roles->testFlag(Role::PrivacyOfficer) &&
        !Capabilities::carries(session->roles(), Capability::Identifiers) &&
        session->keys().holds(Capability::Identifiers))
        cli.console().err(
            AdminCli::tr(
                "%1 now holds the identifier, lookup and recordings keys. Your roles do not carry "
                "them: run `tallenne-admin user handover` to give up your copies.")
                .arg(rest.first()));
    return 0;
}

int cmdUserRemove(AdminCli& cli)
{
    if (cli.arguments().size() != 1)
        return cli.usage(AdminCli::tr("user remove takes one NAME"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    if (!UserService(*session).remove(cli.arguments().first(), &error))
        return cli.failWith(error);
    cli.console().out(
        AdminCli::tr("Removed %1 and deleted their key slot.").arg(cli.arguments().first()));
    return 0;
}

int cmdUserPasswd(AdminCli& cli)
{
    if (cli.arguments().size() != 1)
        return cli.usage(AdminCli::tr("user passwd takes one NAME"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const SecretBytes password = cli.readPassword(
        AdminCli::tr("New password for %1: ").arg(cli.arguments().first()), &error);
    if (password.isNull())
        return error ? cli.failWith(error)
                     : cli.usage(AdminCli::tr(
                           "the new password is missing: give it on the next line of standard "
                           "input"));
    const bool rotate = cli.parser().isSet(rotateOption);
    if (!UserService(*session).changePassword(cli.arguments().first(), password, &error, rotate))
        return cli.failWith(error);
    // Someone else's new slot: say which keys wait for a holder's next login.
    if (cli.arguments().first() != session->userName()) {
        QStringList waiting;
        const auto holdings = KeyService(*session).holdings(cli.arguments().first(), &error);
        for (const auto& [capability, holding] :
             holdings.value_or(QList<std::pair<Capability, KeyService::Holding>>{})) {
            if (holding == KeyService::Holding::Pending)
                waiting << Capabilities::displayName(capability);
        }
        if (!waiting.isEmpty())
            cli.console().err(
                AdminCli::tr("%1's new slot waits for %2: it is sealed to them at the next login "
                             "of a user who holds it.")
                    .arg(cli.arguments().first(), waiting.join(QStringLiteral(", "))));
    }
    cli.console().out(
        rotate ? AdminCli::tr("Changed the password of %1 and rotated the keys they hold and the "
                              "register key.")
                     .arg(cli.arguments().first())
               : AdminCli::tr("Changed the password of %1.").arg(cli.arguments().first()));
    return 0;
}

// "held", "pending" or "no" for each capability key beside the register key.
QString holdingId(KeyService::Holding h)
{
    switch (h) {
    case KeyService::Holding::Held:
        return QStringLiteral("held");
    case KeyService::Holding::Pending:
        return QStringLiteral("pending");
    case KeyService::Holding::NotCarried:
        break;
    }
    return QStringLiteral("no");
}

int cmdUserList(AdminCli& cli)
{
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const QList<UserRecord> users = UserService(*session).list(&error);
    if (error)
        return cli.failWith(error);
    KeyService keyService(*session);
    QJsonArray array;
    for (const UserRecord& u : users) {
        const auto holdings = keyService.holdings(u.name, &error);
        if (!holdings)
            return cli.failWith(error);
        QJsonObject keys;
        QStringList text;
        for (const auto& [capability, holding] : *holdings) {
            keys.insert(Capabilities::id(capability), holdingId(holding));
            text << Capabilities::id(capability) + QLatin1Char('=') + holdingId(holding);
        }
        if (cli.json()) {
            array.append(QJsonObject{
                {QStringLiteral("name"), u.name},
                {QStringLiteral("roles"), QJsonArray::fromStringList(RoleNames::ids(u.roles))},
                {QStringLiteral("created"), u.created.toString(Qt::ISODate)},
                {QStringLiteral("keys"), keys}});
        } else {
            cli.console().out(QStringLiteral("%1\t%2\t%3")
                                  .arg(u.name, roleNames(u.roles), text.join(QLatin1Char(','))));
        }
    }
    if (cli.json())
        cli.console().json(array);
    return 0;
}

int cmdUserHandover(AdminCli& cli)
{
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("user handover takes no arguments"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    if (!KeyService(*session).handover(&error))
        return cli.failWith(error);
    cli.console().out(AdminCli::tr("Handed over: you no longer hold the identifier, lookup and "
                                   "recordings keys your roles do not carry; each was rotated."));
    return 0;
}

/// verify's status line (ProgressLine, as the importer's): the step and how far it is.
class VerifyProgress
{
public:
    void operator()(const QString& step, qint64 done, qint64 total)
    {
        // Each step's start is shown at once (before, nothing appeared until the recordings
        // on a terminal's interval, or 5 s into a log); within a step, at the line's interval.
        // A step's end is shown too: one of a single part stayed at "0 of 1 (0%)" on a
        // terminal until the next step.
        const bool newStep = step != m_step;
        const bool finished = total > 1 && done >= total; // one part: its name was shown
        m_step = step;
        if (!m_line.due() && !newStep && !finished)
            return;
        // A step of one part has no count worth showing.
        const QString text = total > 1 ? AdminCli::tr("%1: %2 of %3 (%4%)")
                                             .arg(step)
                                             .arg(done)
                                             .arg(total)
                                             .arg(done * 100 / total)
                                       : step;
        m_line.show(text);
    }

    void done() { m_line.done(); }

private:
    ProgressLine m_line;
    QString m_step;
};

int cmdVerify(AdminCli& cli)
{
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("verify takes no arguments"));
    if (cli.parser().isSet(recordLostOption) && !cli.parser().isSet(repairOption))
        return cli.usage(AdminCli::tr("--record-lost goes with --repair"));
    Error error;
    // An inspecting login: on a damaged register what fails after the password is checked
    // becomes part of the report instead of ending the command.
    auto session = cli.login(&error, LoginPurpose::Inspect);
    if (!session)
        return cli.failWith(error);
    VerifyProgress printer;
    VerifyOptions options;
    options.quick = cli.parser().isSet(quickOption);
    options.repair = cli.parser().isSet(repairOption);
    options.recordLost = cli.parser().isSet(recordLostOption);
    options.progress = [&printer](const QString& step, qint64 done, qint64 total) {
        printer(step, done, total);
    };
    const auto report = RegisterService::verify(*session, options, &error);
    printer.done();
    if (!report)
        return cli.failWith(error);
    QJsonArray array;
    for (const RegisterCheck& c : report->checks) {
        if (cli.json()) {
            QJsonArray problems;
            for (const RegisterProblem& p : c.problems)
                problems.append(QJsonObject{
                    {QStringLiteral("object"), p.object},
                    {QStringLiteral("problem"), p.message},
                    {QStringLiteral("code"),
                     p.code.isEmpty() ? QString(c.name).replace(QLatin1Char(' '), QLatin1Char('-'))
                                      : p.code}});
            QJsonObject o{{QStringLiteral("check"), c.name},
                          {QStringLiteral("ok"), c.ok},
                          {QStringLiteral("detail"), c.detail},
                          {QStringLiteral("problems"), problems},
                          {QStringLiteral("problem_count"), c.problemCount}};
            if (c.name == QLatin1String("orphans") && !report->quarantine.isEmpty()) {
                o.insert(QStringLiteral("quarantine"), report->quarantine);
                o.insert(QStringLiteral("moved"), report->moved);
            }
            if (c.name == QLatin1String("recordings") && report->lost > 0)
                o.insert(QStringLiteral("recorded_lost"), report->lost);
            array.append(o);
            continue;
        }
        cli.console().out(
            QStringLiteral("%1 %2: %3")
                .arg(c.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), c.name, c.detail));
        // Each problem with its object, under its check.
        for (const RegisterProblem& p : c.problems)
            cli.console().out(QStringLiteral("     %1: %2").arg(p.object, p.message));
        if (c.problemCount > c.problems.size())
            cli.console().out(
                QStringLiteral("     ") +
                AdminCli::tr("… and %n more", nullptr,
                             int(std::min<qint64>(c.problemCount - c.problems.size(), INT_MAX))));
    }
    if (cli.json())
        cli.console().json(array);
    if (!options.recordLost) {
        // What settles a missing file, where verify found one (before, only the console's
        // banner said it).
        const bool missing =
            std::any_of(report->checks.cbegin(), report->checks.cend(), [](const RegisterCheck& c) {
                return std::any_of(c.problems.cbegin(), c.problems.cend(),
                                   [](const RegisterProblem& p) {
                                       return p.code == QLatin1String("recording-missing");
                                   });
            });
        if (missing)
            cli.console().err(AdminCli::tr(
                "A recording whose file is missing and that no backup holds is settled with "
                "'tallenne-admin verify --repair --record-lost': its call keeps its details, "
                "marked \"recording lost\"."));
    }
    return report->ok() ? 0 : exitCodeFor(ErrorKind::Damaged);
}

int cmdRekey(AdminCli& cli)
{
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    if (!RegisterService::rekey(*session, &error))
        return cli.failWith(error);
    cli.console().out(
        AdminCli::tr("The register has a new data key; every key slot was re-sealed."));
    return 0;
}

int cmdRebind(AdminCli& cli)
{
    const RegisterPaths paths = cli.registerPaths();
    if (!paths.looksLikeRegister())
        return cli.failWith(Error{ErrorKind::Damaged,
                                  AdminCli::tr("%1 is not a Tallenne register").arg(paths.folder)});
    Error error;
    const SecretBytes code = cli.readPassword(AdminCli::tr("Recovery code: "), &error);
    if (code.isNull())
        return error ? cli.failWith(error)
                     : cli.usage(AdminCli::tr("the recovery code is missing: give it on "
                                              "standard input with --password-stdin"));
    if (!RegisterService::rebind(paths, code, cli.clock(), cli.vaultOptions(), &error))
        return cli.failWith(error);
    AppSettings::setLastRegister(paths.folder);
    cli.console().out(
        AdminCli::tr("The register is now bound to this workstation; users log in with their "
                     "own passwords again."));
    return 0;
}

int cmdAuditVerify(AdminCli& cli)
{
    std::optional<SignedHead> kept;
    Error error;
    if (cli.parser().isSet(headOption)) {
        kept = KeptHeadWitness::load(cli.parser().value(headOption), &error);
        if (!kept)
            return cli.failWith(error);
    }
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto result = AuditService(*session).verify(&error, kept);
    if (!result)
        return cli.failWith(error);
    if (cli.json()) {
        QJsonArray problems, witnesses;
        for (const AuditProblem& p : result->problems)
            problems.append(QJsonObject{{QStringLiteral("sequence"), p.sequence},
                                        {QStringLiteral("problem"), p.message}});
        for (const WitnessCheck& w : result->witnesses)
            witnesses.append(QJsonObject{{QStringLiteral("witness"), w.name},
                                         {QStringLiteral("state"), witnessState(w.state)},
                                         {QStringLiteral("detail"), w.detail}});
        cli.console().json(
            QJsonObject{{QStringLiteral("intact"), result->intact},
                        {QStringLiteral("entries"), result->entries},
                        {QStringLiteral("unsigned_entries"), result->unsignedEntries},
                        {QStringLiteral("pending_introductions"),
                         QJsonArray::fromStringList(result->pendingIntroductions)},
                        {QStringLiteral("first_bad_sequence"), result->firstBadSequence},
                        {QStringLiteral("problem"), result->problem},
                        {QStringLiteral("problems"), problems},
                        {QStringLiteral("more_problems"), result->moreProblems},
                        {QStringLiteral("witnesses"), witnesses}});
        return result->intact ? 0 : exitCodeFor(ErrorKind::Damaged);
    }
    cli.console().out(AdminCli::tr("Audit trail: %1.").arg(AuditService::summary(*result)));
    cli.console().out(AdminCli::tr("Witnesses:"));
    int checked = 0;
    for (const WitnessCheck& w : result->witnesses) {
        QString state;
        switch (w.state) {
        case WitnessCheck::State::Consistent:
            state = AdminCli::tr("consistent");
            ++checked;
            break;
        case WitnessCheck::State::Contradicts:
            state = AdminCli::tr("CONTRADICTS THE TRAIL");
            ++checked;
            break;
        case WitnessCheck::State::Unavailable:
            state = AdminCli::tr("not checked");
            break;
        }
        cli.console().out(
            QStringLiteral("  %1: %2: %3").arg(AuditService::witnessName(w), state, w.detail));
    }
    const bool anchorOnly =
        checked == 1 && result->witnesses.last().state != WitnessCheck::State::Unavailable;
    if (anchorOnly)
        cli.console().out(AdminCli::tr(
            "Only the anchor in keyslots.json could be checked, and whoever can rewrite the "
            "register can rewrite it: a cut tail or a rolled-back register would not show. "
            "Keep a signed head (audit head) and check against it with --head."));
    if (result->intact) {
        cli.console().out(
            AdminCli::tr("The audit trail is intact: %n entries.", nullptr, int(result->entries)));
    } else {
        cli.console().out(AdminCli::tr("The audit trail is broken: %1").arg(result->problem));
        for (const AuditProblem& p : result->problems.mid(1))
            cli.console().out(QStringLiteral("  ") + p.message);
        if (result->moreProblems > 0)
            cli.console().out(QStringLiteral("  ") + AdminCli::tr("… and %n more problem(s).",
                                                                  nullptr,
                                                                  int(result->moreProblems)));
    }
    return result->intact ? 0 : exitCodeFor(ErrorKind::Damaged);
}

int cmdAuditHead(AdminCli& cli)
{
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto head = AuditService(*session).head(&error);
    if (!head)
        return cli.failWith(error);
    const QByteArray json = head->toJson();
    if (!cli.parser().isSet(headOutOption)) {
        cli.console().out(QString::fromUtf8(json).trimmed());
        return 0;
    }
    const QString path = cli.parser().value(headOutOption);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return cli.failWith(Error{ErrorKind::Environment,
                                  AdminCli::tr("%1 cannot be written: %2")
                                      .arg(QDir::toNativeSeparators(path), file.errorString())});
    cli.console().out(AdminCli::tr("Wrote the signed head of the audit trail (entry %1) to %2. "
                                   "Keep it away from the register, or send it to the data "
                                   "protection officer; `audit verify --head %2` checks that "
                                   "the trail still holds it.")
                          .arg(head->sequence)
                          .arg(QDir::toNativeSeparators(path)));
    return 0;
}

int cmdAuditList(AdminCli& cli)
{
    AuditFilter filter;
    filter.action = cli.parser().value(actionOption);
    filter.user = cli.parser().value(auditUserOption);
    QString problem;
    const auto request = readListRequest(cli, 1000, &problem);
    if (!request)
        return cli.usage(problem);
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    // Newest first, written as read (the service reads a page at a time).
    RowStream out(cli.console(), request->format);
    const auto listed = AuditService(*session).list(
        filter, request->after.value_or(0), request->limit,
        [&out](const AuditEntry& e) {
            if (out.isJson())
                out.row(toJson(e));
            else
                out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                             .arg(e.sequence)
                             .arg(e.at.toLocalTime().toString(Qt::ISODate), e.user, e.action,
                                  e.object, e.details));
            return true;
        },
        &error);
    if (!listed)
        return cli.failWith(error);
    out.finish();
    return 0;
}

} // namespace

QList<CliCommand> vaultCommands()
{
    return {
        {{QStringLiteral("init")},
         QStringLiteral("init --admin NAME [--no-bind]"),
         {adminOption, noBindOption},
         cmdInit},
        {{QStringLiteral("demo")},
         QStringLiteral("demo [--calls N] [--chats M] [--no-bind]"),
         {callsOption, chatsOption, noBindOption},
         cmdDemo},
        {{QStringLiteral("user"), QStringLiteral("add")},
         QStringLiteral("user add NAME --role ROLE…"),
         {roleOption},
         cmdUserAdd},
        {{QStringLiteral("user"), QStringLiteral("remove")},
         QStringLiteral("user remove NAME"),
         {},
         cmdUserRemove},
        {{QStringLiteral("user"), QStringLiteral("passwd")},
         QStringLiteral("user passwd NAME [--rotate]"),
         {rotateOption},
         cmdUserPasswd},
        {{QStringLiteral("user"), QStringLiteral("list")},
         QStringLiteral("user list"),
         {},
         cmdUserList},
        {{QStringLiteral("user"), QStringLiteral("handover")},
         QStringLiteral("user handover"),
         {},
         cmdUserHandover},
        {{QStringLiteral("verify")},
         QStringLiteral("verify [--quick] [--repair [--record-lost]]"),
         {quickOption, repairOption, recordLostOption},
         cmdVerify},
        {{QStringLiteral("rekey")}, QStringLiteral("rekey"), {}, cmdRekey},
        {{QStringLiteral("rebind")},
         QStringLiteral("rebind (recovery code on stdin or the terminal)"),
         {},
         cmdRebind},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QStringLiteral("audit verify [--head FILE]"),
         {headOption},
         cmdAuditVerify},
        {{QStringLiteral("audit"), QStringLiteral("head")},
         QStringLiteral("audit head [--out FILE]"),
         {headOutOption},
         cmdAuditHead},
        {{QStringLiteral("audit"), QStringLiteral("list")},
         QStringLiteral("audit list [--user U] [--action A] [--limit N] [--after SEQ] "
                        "[--json-lines]"),
         {actionOption, limitOption, auditUserOption, afterOption(), jsonLinesOption()},
         cmdAuditList},
    };
}

} // namespace tallenne::cli
