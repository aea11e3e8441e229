#include "cli/AdminCli.h"

#include "services/ImportService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

// The import commands of tallenne-admin: import asterisk, import chats.

namespace tallenne::cli {

namespace {
const QCommandLineOption cdrOption(QStringLiteral("cdr"),
                                   QStringLiteral("import asterisk: the Master.csv of cdr_csv."),
                                   QStringLiteral("FILE"));
const QCommandLineOption recordingsOption(
    QStringLiteral("recordings"),
    QStringLiteral("import asterisk: the folder of recordings (searched with subfolders)."),
    QStringLiteral("DIR"));
const QCommandLineOption utcOption(QStringLiteral("utc"),
                                   QStringLiteral("import asterisk: the times are UTC "
                                                  "(usegmtime=yes)."));
const QCommandLineOption timezoneOption(
    QStringLiteral("timezone"),
    QStringLiteral("import asterisk: the time zone of the times (default: this computer's)."),
    QStringLiteral("TZ"));
const QCommandLineOption patternOption(
    QStringLiteral("recording-pattern"),
    QStringLiteral("import asterisk: a regular expression with a group (?<uniqueid>…) matched "
                   "against recording file names."),
    QStringLiteral("RE"));
const QCommandLineOption inboundContextOption(
    QStringLiteral("inbound-context"),
    QStringLiteral("import asterisk: a dialplan context of inbound calls (repeatable; added to "
                   "from-trunk, from-pstn, from-did-direct, ext-queues, from-external)."),
    QStringLiteral("CTX"));
const QCommandLineOption outboundContextOption(
    QStringLiteral("outbound-context"),
    QStringLiteral("import asterisk: a dialplan context of outbound calls (repeatable; added to "
                   "from-internal, outbound-allroutes)."),
    QStringLiteral("CTX"));
const QCommandLineOption strictOption(
    QStringLiteral("strict"),
    QStringLiteral("import: reject the whole file at the first bad row (nothing is written)."));

/// The status line on stderr: on a terminal one line rewritten at most 5 times a second;
/// otherwise a plain line every 5 seconds.
class ProgressPrinter
{
public:
    ProgressPrinter() : m_terminal(isatty(STDERR_FILENO) == 1) { m_timer.start(); }
    ~ProgressPrinter() { done(); }

    void operator()(const ImportProgress& p)
    {
        const qint64 now = m_timer.elapsed();
        if (now - m_last < (m_terminal ? 200 : 5000))
            return;
        m_last = now;
        const QString percent = p.bytesTotal > 0
                                    ? QStringLiteral(" (%1%)").arg(p.bytesDone * 100 / p.bytesTotal)
                                    : QString();
        const QString text = AdminCli::tr("%1 rows%2, %3 rows/s")
                                 .arg(p.rowsDone)
                                 .arg(percent)
                                 .arg(qRound64(p.rowsPerSecond));
        const QByteArray bytes =
            (m_terminal ? QStringLiteral("\r\033[K") + text : text + QLatin1Char('\n'))
                .toLocal8Bit();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
        m_shown = true;
    }

    void done()
    {
        if (m_terminal && m_shown) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
        }
        m_shown = false;
    }

private:
    bool m_terminal;
    bool m_shown = false;
    QElapsedTimer m_timer;
    qint64 m_last = 0;
};

int finish(AdminCli& cli, const ImportReport& report, bool calls)
{
    for (const ImportRejection& r : report.rejections)
        cli.console().err(QStringLiteral("%1:%2: %3").arg(r.file).arg(r.line).arg(r.reason));
    if (cli.json()) {
        QJsonArray rejected;
        for (const ImportRejection& r : report.rejections)
            rejected.append(QJsonObject{{QStringLiteral("file"), r.file},
                                        {QStringLiteral("line"), r.line},
                                        {QStringLiteral("reason"), r.reason}});
        cli.console().json(
            QJsonObject{{QStringLiteral("imported"), report.imported},
                        {QStringLiteral("skipped"), report.skipped},
                        {QStringLiteral("rejected"), qint64(report.rejections.size())},
                        {QStringLiteral("recordings"), report.recordings},
                        {QStringLiteral("subjects_created"), report.subjectsCreated},
                        {QStringLiteral("strict_aborted"), report.strictAborted},
                        {QStringLiteral("elapsed_ms"), report.elapsedMs},
                        {QStringLiteral("rows_per_second"), report.rowsPerSecond()},
                        {QStringLiteral("rejections"), rejected}});
    } else if (report.strictAborted) {
        cli.console().out(AdminCli::tr("Nothing imported: --strict and a row was rejected."));
    } else if (calls) {
        cli.console().out(AdminCli::tr("Imported %1 calls, skipped %2 already present, rejected "
                                       "%3, recordings attached %4 (%5 rows/s).")
                              .arg(report.imported)
                              .arg(report.skipped)
                              .arg(report.rejections.size())
                              .arg(report.recordings)
                              .arg(qRound64(report.rowsPerSecond())));
    } else {
        cli.console().out(AdminCli::tr("Imported %1 chats, skipped %2 already present, rejected "
                                       "%3, new data subjects %4 (%5 rows/s).")
                              .arg(report.imported)
                              .arg(report.skipped)
                              .arg(report.rejections.size())
                              .arg(report.subjectsCreated)
                              .arg(qRound64(report.rowsPerSecond())));
    }
    return report.rejections.isEmpty() ? 0 : exitCodeFor(ErrorKind::InputRejected);
}

int cmdImportAsterisk(AdminCli& cli)
{
    const QCommandLineParser& p = cli.parser();
    if (!p.isSet(cdrOption))
        return cli.usage(AdminCli::tr("import asterisk needs --cdr Master.csv"));
    AsteriskImportOptions options;
    options.cdrPath = p.value(cdrOption);
    options.recordingsDir = p.value(recordingsOption);
    options.recordingPattern = p.value(patternOption);
    options.strict = p.isSet(strictOption);
    options.time.utc = p.isSet(utcOption);
    if (p.isSet(timezoneOption)) {
        if (options.time.utc)
            return cli.usage(AdminCli::tr("--utc and --timezone exclude each other"));
        options.time.zone = QTimeZone(p.value(timezoneOption).toUtf8());
        if (!options.time.zone.isValid())
            return cli.usage(AdminCli::tr("unknown time zone '%1' (e.g. Europe/Helsinki)")
                                 .arg(p.value(timezoneOption)));
    }
    options.mapping.inboundContexts << p.values(inboundContextOption);
    options.mapping.outboundContexts << p.values(outboundContextOption);
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    ProgressPrinter printer;
    const auto report = ImportService(*session).importAsterisk(
        options, [&printer](const ImportProgress& progress) { printer(progress); }, &error);
    printer.done();
    if (!report)
        return cli.failWith(error);
    return finish(cli, *report, true);
}

int cmdImportChats(AdminCli& cli)
{
    const QStringList rest = cli.arguments();
    if (rest.size() != 1)
        return cli.usage(AdminCli::tr("import chats needs one FILE.jsonl"));
    ChatImportOptions options;
    options.path = rest.first();
    options.strict = cli.parser().isSet(strictOption);
    Error error;
    auto session = cli.login(&error);
    if (!session)
        return cli.failWith(error);
    ProgressPrinter printer;
    const auto report = ImportService(*session).importChats(
        options, [&printer](const ImportProgress& progress) { printer(progress); }, &error);
    printer.done();
    if (!report)
        return cli.failWith(error);
    return finish(cli, *report, false);
}

} // namespace

QList<CliCommand> importCommands()
{
    return {
        {{QStringLiteral("import"), QStringLiteral("asterisk")},
         QStringLiteral("import asterisk --cdr Master.csv [--recordings DIR] [--utc | --timezone "
                        "TZ] [--recording-pattern RE] [--strict]"),
         {cdrOption, recordingsOption, utcOption, timezoneOption, patternOption,
          inboundContextOption, outboundContextOption, strictOption},
         cmdImportAsterisk},
        {{QStringLiteral("import"), QStringLiteral("chats")},
         QStringLiteral("import chats FILE.jsonl [--strict]"),
         {strictOption},
         cmdImportChats},
    };
}

} // namespace tallenne::cli
