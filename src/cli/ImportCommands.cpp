#include "cli/AdminCli.h"
#include "cli/ProgressLine.h"

#include "services/ImportService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <climits>
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
const QCommandLineOption layoutOption(
    QStringLiteral("layout"),
    QStringLiteral("import asterisk: the cdr_csv.conf options that were on, e.g. "
                   "loguniqueid,loguserfield,newcdrcolumns, or base (default: told by each "
                   "row's column count and content)."),
    QStringLiteral("L"));
const QCommandLineOption regionOption(
    QStringLiteral("phone-region"),
    QStringLiteral("import: the region national phone numbers are read in, e.g. FI (default: "
                   "the register profile's)."),
    QStringLiteral("CC"));
const QCommandLineOption verboseOption(
    QStringLiteral("verbose"),
    QStringLiteral("import: list every note (skipped rows, warnings, recordings, numbers) with "
                   "its line, not only their counts."));
const QCommandLineOption takeIncompleteOption(
    QStringLiteral("take-incomplete"),
    QStringLiteral("import asterisk: keep what is there of a recording whose writer crashed "
                   "(header without sizes, far shorter than the call) instead of waiting for it "
                   "to be finished."));
const QCommandLineOption strictOption(
    QStringLiteral("strict"),
    QStringLiteral("import: reject the whole file at the first bad row (nothing is written)."));

/// The import's status line (ProgressLine): rows, share of the file and rate.
class ProgressPrinter
{
public:
    void operator()(const ImportProgress& p)
    {
        if (!m_line.due())
            return;
        const QString percent = p.bytesTotal > 0
                                    ? QStringLiteral(" (%1%)").arg(p.bytesDone * 100 / p.bytesTotal)
                                    : QString();
        const QString text = AdminCli::tr("%n row(s)%1, %2 rows/s", nullptr,
                                          int(std::min<qint64>(p.rowsDone, INT_MAX)))
                                 .arg(percent)
                                 .arg(qRound64(p.rowsPerSecond));
        m_line.show(text);
    }

    void done() { m_line.done(); }

private:
    ProgressLine m_line;
};

QString noteKind(ImportNote::Kind kind)
{
    switch (kind) {
    case ImportNote::Kind::Skipped:
        return QStringLiteral("skipped");
    case ImportNote::Kind::Warning:
        return QStringLiteral("warning");
    case ImportNote::Kind::Recording:
        return QStringLiteral("recording");
    case ImportNote::Kind::Number:
        return QStringLiteral("number");
    case ImportNote::Kind::Text:
        return QStringLiteral("text");
    case ImportNote::Kind::Subject:
        return QStringLiteral("subject");
    }
    return {};
}

int finish(AdminCli& cli, const ImportReport& report, bool calls, bool verbose)
{
    for (const ImportRejection& r : report.rejections)
        cli.console().err(QStringLiteral("%1:%2: %3").arg(r.file).arg(r.line).arg(r.reason));
    if (report.rejected > report.rejections.size())
        cli.console().err(AdminCli::tr("… and %1 more rejected rows")
                              .arg(report.rejected - report.rejections.size()));
    qint64 listed = 0;
    for (const ImportNote& n : report.notes) {
        if (!verbose && !n.attention)
            continue;
        ++listed;
        cli.console().err(QStringLiteral("%1:%2: %3: %4")
                              .arg(n.file)
                              .arg(n.line)
                              .arg(noteKind(n.kind), n.message));
    }
    qint64 notes = 0;
    for (qint64 count : report.noteGroups)
        notes += count;
    if (verbose && notes > listed)
        cli.console().err(AdminCli::tr("… and %1 more notes").arg(notes - listed));
    const RecordingCounts& rc = report.recordingCounts;
    if (cli.json()) {
        QJsonArray rejected, noteArray;
        for (const ImportRejection& r : report.rejections)
            rejected.append(QJsonObject{{QStringLiteral("file"), r.file},
                                        {QStringLiteral("line"), r.line},
                                        {QStringLiteral("reason"), r.reason}});
        for (const ImportNote& n : report.notes)
            noteArray.append(QJsonObject{{QStringLiteral("file"), n.file},
                                         {QStringLiteral("line"), n.line},
                                         {QStringLiteral("kind"), noteKind(n.kind)},
                                         {QStringLiteral("group"), n.group},
                                         {QStringLiteral("message"), n.message}});
        QJsonObject groups, layouts;
        for (auto it = report.noteGroups.cbegin(); it != report.noteGroups.cend(); ++it)
            groups.insert(it.key(), it.value());
        for (auto it = report.layouts.cbegin(); it != report.layouts.cend(); ++it)
            layouts.insert(it.key(), it.value());
        cli.console().json(
            QJsonObject{{QStringLiteral("rows_read"), report.rowsRead},
                        {QStringLiteral("imported"), report.imported},
                        {QStringLiteral("skipped"), report.skipped},
                        {QStringLiteral("rejected"), report.rejected},
                        {QStringLiteral("recordings"), report.recordings},
                        {QStringLiteral("recordings_attached"), rc.attached},
                        {QStringLiteral("recordings_attached_later"), rc.attachedLater},
                        {QStringLiteral("recordings_repaired"), rc.repaired},
                        {QStringLiteral("recordings_missing"), rc.missing},
                        {QStringLiteral("recordings_pending"), rc.pending},
                        {QStringLiteral("recordings_unusable"), rc.unusable},
                        {QStringLiteral("subjects_created"), report.subjectsCreated},
                        {QStringLiteral("subjects_linked"), report.subjectsLinked},
                        {QStringLiteral("layouts"), layouts},
                        {QStringLiteral("note_groups"), groups},
                        {QStringLiteral("strict_aborted"), report.strictAborted},
                        {QStringLiteral("elapsed_ms"), report.elapsedMs},
                        {QStringLiteral("rows_per_second"), report.rowsPerSecond()},
                        {QStringLiteral("rejections"), rejected},
                        {QStringLiteral("notes"), noteArray}});
    } else if (report.strictAborted) {
        cli.console().out(AdminCli::tr("Nothing imported: --strict and a row was rejected."));
    } else {
        cli.console().out(
            (calls ? AdminCli::tr("Rows read: %1. Calls imported: %2. Already present: %3. "
                                  "Rejected: %4. (%5 rows/s)")
                   : AdminCli::tr("Rows read: %1. Chats imported: %2. Already present: %3. "
                                  "Rejected: %4. (%5 rows/s)"))
                .arg(report.rowsRead)
                .arg(report.imported)
                .arg(report.skipped)
                .arg(report.rejected)
                .arg(qRound64(report.rowsPerSecond())));
        if (calls && !report.layouts.isEmpty()) {
            QStringList parts;
            for (auto it = report.layouts.cbegin(); it != report.layouts.cend(); ++it) {
                const auto layout = CdrLayout::fromName(it.key(), nullptr);
                parts << AdminCli::tr("%1 columns (%2): %n row(s)", nullptr,
                                      int(std::min<qint64>(it.value(), INT_MAX)))
                             .arg(layout ? layout->columns() : 0)
                             .arg(it.key());
            }
            cli.console().out(AdminCli::tr("Layouts: %1.").arg(parts.join(QStringLiteral("; "))));
        }
        if (calls && (report.recordings + rc.missing + rc.pending + rc.unusable) > 0)
            cli.console().out(
                AdminCli::tr("Recordings: attached %1 (repaired %2); attached to calls "
                             "imported before %3; still being written %4 (not "
                             "taken; import again later); answered calls without "
                             "a file %5; unusable %6.")
                    .arg(rc.attached)
                    .arg(rc.repaired)
                    .arg(rc.attachedLater)
                    .arg(rc.pending)
                    .arg(rc.missing)
                    .arg(rc.unusable));
        cli.console().out(AdminCli::tr("Data subjects: rows linked %1, new %2.")
                              .arg(report.subjectsLinked)
                              .arg(report.subjectsCreated));
        for (auto it = report.noteGroups.cbegin(); it != report.noteGroups.cend(); ++it)
            cli.console().out(AdminCli::tr("  %1: %2").arg(it.key()).arg(it.value()));
        if (!verbose && notes > listed)
            cli.console().out(AdminCli::tr("Use --verbose to list each note with its line."));
    }
    const bool unusable = rc.unusable > 0;
    return report.rejected == 0 && !unusable ? 0 : exitCodeFor(ErrorKind::InputRejected);
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
    if (p.isSet(layoutOption)) {
        QString why;
        options.layout = CdrLayout::fromName(p.value(layoutOption), &why);
        if (!options.layout)
            return cli.usage(why);
    }
    options.phoneRegion = p.value(regionOption);
    options.takeIncomplete = p.isSet(takeIncompleteOption);
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
    return finish(cli, *report, true, p.isSet(verboseOption));
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
    return finish(cli, *report, false, cli.parser().isSet(verboseOption));
}

} // namespace

QList<CliCommand> importCommands()
{
    return {
        {{QStringLiteral("import"), QStringLiteral("asterisk")},
         QStringLiteral(
             "import asterisk --cdr Master.csv [--recordings DIR] [--layout L] [--utc | "
             "--timezone TZ] [--phone-region CC] [--recording-pattern RE] [--take-incomplete] "
             "[--strict] [--verbose]"),
         {cdrOption, recordingsOption, layoutOption, utcOption, timezoneOption, regionOption,
          patternOption, inboundContextOption, outboundContextOption, takeIncompleteOption,
          strictOption, verboseOption},
         cmdImportAsterisk},
        {{QStringLiteral("import"), QStringLiteral("chats")},
         QStringLiteral("import chats FILE.jsonl [--strict] [--verbose]"),
         {strictOption, verboseOption},
         cmdImportChats},
    };
}

} // namespace tallenne::cli
