#include "cli/AdminCli.h"

#include "services/NoticeRenderer.h"
#include "services/ProfileService.h"
#include "services/PublicNotice.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

// The notice commands of tallenne-admin: profile set/show/history, notice.

namespace tallenne::cli {

namespace {
const QCommandLineOption langOption(QStringLiteral("lang"),
                                    QStringLiteral("notice: the language, fi or en."),
                                    QStringLiteral("fi|en"));
const QCommandLineOption formatOption(QStringLiteral("format"),
                                      QStringLiteral("notice: html (default), text or pdf; "
                                                     "report: text (default), csv or pdf."),
                                      QStringLiteral("html|text|pdf"));
const QCommandLineOption outOption(QStringLiteral("out"),
                                   QStringLiteral("notice: write to FILE instead of stdout."),
                                   QStringLiteral("FILE"));

int cmdProfileSet(AdminCli& cli)
{
    const QStringList rest = cli.arguments();
    if (rest.size() != 1)
        return cli.usage(AdminCli::tr("profile set needs one FILE"));
    QFile file(rest.first());
    if (!file.open(QIODevice::ReadOnly))
        return cli.failWith(Error::make(
            ErrorKind::InputRejected,
            AdminCli::tr("%1: cannot read the file (%2)").arg(rest.first(), file.errorString())));
    // One byte over the limit is enough for parse() to refuse: nothing larger is read (the
    // size of a pipe or a growing file says nothing).
    const QByteArray json = file.read(RegisterProfile::MaxFileBytes + 1);
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    QStringList warnings;
    if (!ProfileService(*session).set(json, &warnings, &error)) {
        if (error.kind == ErrorKind::InputRejected)
            error.message = QStringLiteral("%1: %2").arg(rest.first(), error.message);
        return cli.failWith(error);
    }
    for (const QString& w : warnings)
        cli.console().out(AdminCli::tr("warning: %1").arg(w));
    cli.console().out(
        AdminCli::tr("The register profile is set; the privacy notice in %1 is "
                     "updated.")
            .arg(QDir::toNativeSeparators(PublicNotice::folder(session->paths().folder))));
    return 0;
}

QJsonObject versionJson(const ProfileVersion& v)
{
    return QJsonObject{{QStringLiteral("id"), v.id},
                       {QStringLiteral("set_at"), v.setAt.toString(Qt::ISODate)},
                       {QStringLiteral("set_by"), v.setBy},
                       {QStringLiteral("sha256"), v.sha256}};
}

int cmdProfileShow(AdminCli& cli)
{
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("profile show takes no arguments"));
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    ProfileService service(*session);
    const auto version = service.currentVersion(&error);
    if (!version) {
        if (error.isError())
            return cli.failWith(error);
        if (cli.json())
            cli.console().out(QStringLiteral("null"));
        else
            cli.console().out(AdminCli::tr("No register profile has been set yet "
                                           "(tallenne-admin profile set FILE)."));
        return 0;
    }
    if (cli.json()) {
        // The stored JSON exactly as it was set.
        cli.console().out(QString::fromUtf8(version->json).trimmed());
        return 0;
    }
    QStringList warnings;
    // The version in force as stored: a rule added since it was set only warns.
    const auto profile =
        RegisterProfile::parse(version->json, &warnings, &error, RegisterProfile::Rules::AsStored);
    if (!profile)
        return cli.failWith(error);
    const auto policy = RetentionPolicy::fromProfile(*profile);
    const auto months = [](int n) {
        if (n == 0)
            return AdminCli::tr("no fixed period");
        return AdminCli::tr("%n month(s)", nullptr, n);
    };
    Console& out = cli.console();
    out.out(AdminCli::tr("Version %1, set %2 by %3")
                .arg(version->id)
                .arg(version->setAt.toLocalTime().toString(Qt::ISODate), version->setBy));
    out.out(AdminCli::tr("SHA-256: %1").arg(version->sha256));
    out.out(AdminCli::tr("Register: %1")
                .arg(profile->registerName().fi.isEmpty() ? profile->registerName().en
                                                          : profile->registerName().fi));
    out.out(AdminCli::tr("Controller: %1 (%2)")
                .arg(profile->controller().name, profile->controller().businessId));
    out.out(AdminCli::tr("Recordings kept: %1")
                .arg(months(policy.months(RetentionPolicy::Kind::Recordings))));
    out.out(AdminCli::tr("Call details kept: %1")
                .arg(months(policy.months(RetentionPolicy::Kind::CallMetadata))));
    out.out(AdminCli::tr("Chat transcripts kept: %1")
                .arg(months(policy.months(RetentionPolicy::Kind::ChatTranscripts))));
    out.out(AdminCli::tr("Evaluations and tags kept: %1")
                .arg(months(policy.months(RetentionPolicy::Kind::EvaluationsAndTags))));
    out.out(AdminCli::tr("Request records kept: %1")
                .arg(months(policy.months(RetentionPolicy::Kind::AccessRequests))));
    out.out(AdminCli::tr("Audit trail kept: %1")
                .arg(months(policy.months(RetentionPolicy::Kind::AuditTrail))));
    out.out(AdminCli::tr("Time zone: %1").arg(QString::fromUtf8(policy.timeZone().id())));
    out.out(policy.allowsHolds()
                ? AdminCli::tr("Legal holds: %1, at most %2")
                      .arg(policy.holdReasonNames(), months(policy.holdMaxMonths()))
                : AdminCli::tr("Legal holds: none"));
    if (profile->dpo())
        out.out(AdminCli::tr("Data protection officer: %1 <%2>")
                    .arg(profile->dpo()->name, profile->dpo()->email));
    out.out(AdminCli::tr("Updated: %1").arg(profile->updated().toString(Qt::ISODate)));
    for (const QString& w : warnings)
        out.out(AdminCli::tr("warning: %1").arg(w));
    return 0;
}

int cmdProfileHistory(AdminCli& cli)
{
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    const auto history = ProfileService(*session).history(&error);
    if (!history)
        return cli.failWith(error);
    if (cli.json()) {
        QJsonArray array;
        for (const ProfileVersion& v : *history)
            array.append(versionJson(v));
        cli.console().json(array);
        return 0;
    }
    for (const ProfileVersion& v : *history)
        cli.console().out(
            QStringLiteral("%1  %2  %3  %4")
                .arg(v.id)
                .arg(v.setAt.toLocalTime().toString(Qt::ISODate), v.setBy, v.sha256.left(16)));
    return 0;
}

int cmdNotice(AdminCli& cli)
{
    if (!cli.arguments().isEmpty())
        return cli.usage(AdminCli::tr("notice takes no arguments"));
    const auto language = noticeLanguageFromCode(cli.parser().value(langOption));
    if (!language)
        return cli.usage(AdminCli::tr("notice needs --lang fi or --lang en"));
    const QString format = cli.parser().isSet(formatOption) ? cli.parser().value(formatOption)
                                                            : QStringLiteral("html");
    if (format != QLatin1String("html") && format != QLatin1String("text") &&
        format != QLatin1String("pdf"))
        return cli.usage(AdminCli::tr("--format is html, text or pdf"));
    const QString out = cli.parser().value(outOption);
    if (format == QLatin1String("pdf") && out.isEmpty())
        return cli.usage(AdminCli::tr("--format pdf needs --out FILE"));
    const RegisterPaths paths = cli.registerPaths();
    if (paths.folder.isEmpty())
        return cli.usage(AdminCli::tr("no register: give --register DIR"));
    if (!paths.looksLikeRegister())
        return cli.failWith(
            Error::make(ErrorKind::Damaged, AdminCli::tr("%1 is not a Tallenne register")
                                                .arg(QDir::toNativeSeparators(paths.folder))));

    // The notice is public: without --user it comes from the published files, no password
    // needed. With --user it is rendered from the profile in force in the database.
    const bool asText = format == QLatin1String("text");
    Error error;
    std::optional<QString> content;
    if (cli.parser().isSet(QStringLiteral("user"))) {
        auto session = cli.login(&error);
        if (!session)
            return cli.failWith(error);
        const auto profile = ProfileService(*session).current(&error);
        if (error.isError())
            return cli.failWith(error);
        const RegisterProfile* p = profile ? &*profile : nullptr;
        content = asText ? NoticeRenderer::text(p, *language) : NoticeRenderer::html(p, *language);
    } else {
        content = PublicNotice::read(
            paths.folder, *language,
            asText ? PublicNotice::Format::Text : PublicNotice::Format::Html, &error);
        if (!content)
            return cli.failWith(error);
    }
    if (format == QLatin1String("pdf")) {
        if (!NoticeRenderer::writePdf(*content, out, &error))
            return cli.failWith(error);
        return 0;
    }
    if (out.isEmpty()) {
        cli.console().out(content->chopped(content->endsWith(QLatin1Char('\n')) ? 1 : 0));
        return 0;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(content->toUtf8()) < 0 || !file.commit())
        return cli.failWith(
            Error::make(ErrorKind::Environment,
                        AdminCli::tr("Cannot write %1: %2").arg(out, file.errorString())));
    return 0;
}

} // namespace

QList<CliCommand> noticeCommands()
{
    return {
        {{QStringLiteral("profile"), QStringLiteral("set")},
         QStringLiteral("profile set FILE"),
         {},
         cmdProfileSet},
        {{QStringLiteral("profile"), QStringLiteral("show")},
         QStringLiteral("profile show [--json]"),
         {},
         cmdProfileShow},
        {{QStringLiteral("profile"), QStringLiteral("history")},
         QStringLiteral("profile history [--json]"),
         {},
         cmdProfileHistory},
        {{QStringLiteral("notice")},
         QStringLiteral("notice --lang fi|en [--format html|text|pdf] [--out FILE]"),
         {langOption, formatOption, outOption},
         cmdNotice},
    };
}

} // namespace tallenne::cli
