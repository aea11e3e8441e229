#include "cli/AdminCli.h"

#include "services/requests/SubjectExportService.h"

#include <QJsonObject>

// The data subject commands of tallenne-admin that act on a request: subject export (issue
// [11]). `subject find` lives with the other look-ups in DataCommands.cpp.

namespace tallenne::cli {

namespace {
const QCommandLineOption requestOption(QStringLiteral("request"),
                                       QStringLiteral("subject export: the access request."),
                                       QStringLiteral("ID"));
const QCommandLineOption outOption(QStringLiteral("out"),
                                   QStringLiteral("subject export: the ZIP file to write (new)."),
                                   QStringLiteral("FILE"));
const QCommandLineOption langOption(QStringLiteral("lang"),
                                    QStringLiteral("subject export: the report's language, fi or "
                                                   "en."),
                                    QStringLiteral("LANG"));
const QCommandLineOption deliveryOption(QStringLiteral("delivery"),
                                        QStringLiteral("subject export: in-person, postal-address "
                                                       "or electronic (one the register profile "
                                                       "allows; the first it lists when left "
                                                       "out)."),
                                        QStringLiteral("WAY"));
const QCommandLineOption passphraseStdinOption(
    QStringLiteral("passphrase-stdin"),
    QStringLiteral("subject export: encrypt the ZIP (AES-256) with the passphrase on the next "
                   "line of standard input, after the password."));

int cmdSubjectExport(AdminCli& cli)
{
    const QCommandLineParser& p = cli.parser();
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("subject export takes no arguments, only options"));
    if (!p.isSet(requestOption) || !p.isSet(outOption) || !p.isSet(langOption))
        return cli.usage(
            AdminCli::tr("subject export needs --request ID, --out FILE.zip and --lang fi|en"));
    bool ok = false;
    const qint64 id = p.value(requestOption).toLongLong(&ok);
    if (!ok || id <= 0)
        return cli.usage(AdminCli::tr("--request takes a request id"));
    const auto language = noticeLanguageFromCode(p.value(langOption));
    if (!language)
        return cli.usage(AdminCli::tr("--lang is fi or en"));
    SubjectExportOptions options;
    options.outPath = p.value(outOption);
    options.language = *language;
    if (p.isSet(deliveryOption)) {
        options.delivery = SubjectExportService::deliveryId(p.value(deliveryOption));
        if (options.delivery.isEmpty())
            return cli.usage(
                AdminCli::tr("--delivery is one of in-person, postal-address, electronic"));
    }

    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    SecretBytes passphrase;
    if (p.isSet(passphraseStdinOption)) {
        Console::SecretLine status = Console::SecretLine::End;
        passphrase = cli.console().readSecretLine(&status);
        if (status == Console::SecretLine::TooLong)
            return cli.usage(AdminCli::tr("the passphrase line is longer than %1 bytes")
                                 .arg(Console::maxSecretLineBytes));
        if (passphrase.isNull() || passphrase.isEmpty())
            return cli.usage(
                AdminCli::tr("--passphrase-stdin: no passphrase on the line after the password"));
        options.passphrase = &passphrase;
    }

    const auto result = SubjectExportService(*session).exportPackage(id, options, {}, &error);
    if (!result)
        return cli.failWith(error);
    const QString sha = QString::fromLatin1(result->sha256.toHex());
    if (cli.json()) {
        cli.console().json(QJsonObject{
            {QStringLiteral("request"), id},
            {QStringLiteral("path"), result->path},
            {QStringLiteral("bytes"), result->bytes},
            {QStringLiteral("sha256"), sha},
            {QStringLiteral("encrypted"), result->encrypted},
            {QStringLiteral("delivery"), result->plan.delivery},
            {QStringLiteral("subjects"), int(result->plan.subjectIds.size())},
            {QStringLiteral("calls"), int(result->plan.callIds.size())},
            {QStringLiteral("recordings"), result->plan.recordings},
            {QStringLiteral("chats"), int(result->plan.chatIds.size())},
            {QStringLiteral("excluded"), result->plan.excluded},
        });
        return 0;
    }
    cli.console().out((result->encrypted ? AdminCli::tr("Wrote %1 (%2 bytes, encrypted).")
                                         : AdminCli::tr("Wrote %1 (%2 bytes)."))
                          .arg(result->path)
                          .arg(result->bytes));
    cli.console().out(AdminCli::tr("Data subjects %1, calls %2, recordings %3, chats %4; %5 "
                                   "excluded.")
                          .arg(result->plan.subjectIds.size())
                          .arg(result->plan.callIds.size())
                          .arg(result->plan.recordings)
                          .arg(result->plan.chatIds.size())
                          .arg(result->plan.excluded));
    cli.console().out(AdminCli::tr("SHA-256: %1").arg(sha));
    return 0;
}
} // namespace

QList<CliCommand> subjectCommands()
{
    return {
        {{QStringLiteral("subject"), QStringLiteral("export")},
         QStringLiteral("subject export --request ID --out FILE.zip --lang fi|en [--delivery "
                        "in-person|postal-address|electronic] [--passphrase-stdin]"),
         {requestOption, outOption, langOption, deliveryOption, passphraseStdinOption},
         cmdSubjectExport},
    };
}

} // namespace tallenne::cli
