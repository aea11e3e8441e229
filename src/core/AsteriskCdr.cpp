#include "core/AsteriskCdr.h"

#include "core/PhoneNumber.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace tallenne {

namespace {

// cdr_csv's column names, in order, for the messages.
const char* const columnNames[] = {
    "accountcode", "src",      "dst",      "dcontext",  "clid",        "channel",  "dstchannel",
    "lastapp",     "lastdata", "start",    "answer",    "end",         "duration", "billsec",
    "disposition", "amaflags", "uniqueid", "userfield", "peeraccount", "linkedid", "sequence"};

QString text(const CsvRecord& r, int column)
{
    return column < r.fields.size() ? QString::fromUtf8(r.fields.at(column).value) : QString();
}

std::optional<qint64> wholeNumber(const QString& value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

QStringList AsteriskCdr::dispositions()
{
    return {QStringLiteral("ANSWERED"), QStringLiteral("NO ANSWER"), QStringLiteral("BUSY"),
            QStringLiteral("FAILED"), QStringLiteral("CONGESTION")};
}

QDateTime AsteriskCdr::localToUtc(const QDateTime& wallClock, const QTimeZone& zone)
{
    // Read the wall clock as if it were UTC, then try the offsets in force a day before and a
    // day after: a candidate is right when the zone has that offset at that instant. Qt's own
    // resolution of gaps and overlaps changed between versions, so it is done here.
    const QDateTime naive(wallClock.date(), wallClock.time(), Qt::UTC);
    const qint64 s = naive.toSecsSinceEpoch();
    const int before = zone.offsetFromUtc(naive.addSecs(-86400));
    const int after = zone.offsetFromUtc(naive.addSecs(86400));
    std::optional<qint64> best;
    for (int offset : {before, after}) {
        const qint64 candidate = s - offset;
        if (zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(candidate, Qt::UTC)) == offset &&
            (!best || candidate < *best))
            best = candidate; // in an overlap both fit: the earlier instant wins
    }
    if (!best)
        best = s - before; // in a gap: as if the clock had not yet moved forward
    return QDateTime::fromSecsSinceEpoch(*best, Qt::UTC);
}

std::optional<CdrRecord> AsteriskCdr::parse(const CsvRecord& record, const CdrTimeOptions& time,
                                            QString* reason)
{
    const int n = int(record.fields.size());
    if (n != 16 && n != 17 && n != 18 && n != 21) {
        *reason = tr("expected 16, 17, 18 or 21 columns, found %1").arg(n);
        return std::nullopt;
    }
    CdrRecord r;
    r.columns = n;
    r.line = record.line;
    r.rowSha256 = QCryptographicHash::hash(record.raw, QCryptographicHash::Sha256);
    r.accountCode = text(record, 0);
    r.src = text(record, 1).trimmed();
    r.dst = text(record, 2).trimmed();
    r.dcontext = text(record, 3).trimmed();
    r.clid = text(record, 4);
    r.channel = text(record, 5).trimmed();
    r.dstChannel = text(record, 6).trimmed();
    r.lastApp = text(record, 7).trimmed();
    r.lastData = text(record, 8);

    const auto readTime = [&](int column, bool required, QDateTime* out) {
        const QString value = text(record, column).trimmed();
        if (value.isEmpty()) {
            if (required)
                *reason = tr("the %1 time is empty").arg(QLatin1String(columnNames[column]));
            return !required;
        }
        // Date and time apart: a local time in a DST gap is no valid local QDateTime.
        const QDate date = QDate::fromString(value.left(10), QStringLiteral("yyyy-MM-dd"));
        const QTime clock = QTime::fromString(value.mid(11), QStringLiteral("HH:mm:ss"));
        const QDateTime wall(date, clock, Qt::UTC);
        if (value.size() != 19 || value.at(10) != QLatin1Char(' ') || !date.isValid() ||
            !clock.isValid()) {
            *reason = tr("the %1 time '%2' is not a date and time of the form "
                         "YYYY-MM-DD HH:MM:SS")
                          .arg(QLatin1String(columnNames[column]), value.left(40));
            return false;
        }
        *out =
            time.utc ? QDateTime(wall.date(), wall.time(), Qt::UTC) : localToUtc(wall, time.zone);
        return true;
    };
    if (!readTime(9, true, &r.start) || !readTime(10, false, &r.answer) ||
        !readTime(11, true, &r.end))
        return std::nullopt;

    for (int column : {12, 13}) {
        const QString value = text(record, column);
        const auto number = wholeNumber(value);
        if (!number) {
            *reason = tr("%1 '%2' is not a whole number")
                          .arg(QLatin1String(columnNames[column]), value.left(20));
            return std::nullopt;
        }
        if (*number < 0) {
            *reason = column == 12 ? tr("negative duration (%1)").arg(*number)
                                   : tr("negative billsec (%1)").arg(*number);
            return std::nullopt;
        }
        (column == 12 ? r.duration : r.billsec) = *number;
    }
    if (r.billsec > r.duration) {
        *reason = tr("billsec (%1) is longer than duration (%2)").arg(r.billsec).arg(r.duration);
        return std::nullopt;
    }
    if (r.end < r.start) {
        *reason = tr("the end time is before the start time");
        return std::nullopt;
    }
    r.disposition = text(record, 14).trimmed();
    if (!dispositions().contains(r.disposition)) {
        *reason = tr("unknown disposition '%1' (expected ANSWERED, NO ANSWER, BUSY, FAILED or "
                     "CONGESTION)")
                      .arg(r.disposition.left(20));
        return std::nullopt;
    }
    r.amaFlags = text(record, 15).trimmed();
    if (n >= 17)
        r.uniqueId = text(record, 16).trimmed();
    if (n >= 18)
        r.userField = text(record, 17);
    if (n == 21) {
        r.peerAccount = text(record, 18);
        r.linkedId = text(record, 19).trimmed();
    }
    return r;
}

QString AsteriskCdr::agentFromChannel(const QString& channel)
{
    // TECH/resource-suffix, where the suffix is Asterisk's hex channel counter; Local
    // channels are Local/exten@context-suffix;n.
    const qsizetype slash = channel.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {};
    QString resource = channel.mid(slash + 1);
    const qsizetype at = resource.indexOf(QLatin1Char('@'));
    if (at >= 0)
        return resource.left(at);
    static const QRegularExpression suffix(QStringLiteral("-[0-9a-fA-F]+(;[0-9]+)?$"));
    resource.remove(suffix);
    return resource;
}

bool AsteriskCdr::isExtension(const QString& number)
{
    static const QRegularExpression extension(QStringLiteral("^[1-9][0-9]{1,5}$"));
    return extension.match(number).hasMatch();
}

QString AsteriskCdr::normaliseNumber(const QString& number)
{
    if (isExtension(number))
        return number;
    return PhoneNumber::toE164(number).value_or(number);
}

MappedCall AsteriskCdr::map(const CdrRecord& r, const CdrMappingOptions& options)
{
    MappedCall call;
    call.sourceId = !r.uniqueId.isEmpty()
                        ? r.uniqueId
                        : QStringLiteral("sha256:") + QString::fromLatin1(r.rowSha256.toHex());
    const auto inContexts = [&](const QStringList& list) {
        for (const QString& c : list) {
            if (r.dcontext == c || r.dcontext.startsWith(c + QLatin1Char('-')))
                return true;
        }
        return false;
    };
    const bool srcInternal = isExtension(r.src);
    const bool dstInternal = isExtension(r.dst);
    if (inContexts(options.inboundContexts))
        call.direction = QStringLiteral("inbound");
    else if (srcInternal && dstInternal)
        call.direction = QStringLiteral("internal");
    else if (inContexts(options.outboundContexts) || srcInternal)
        call.direction = QStringLiteral("outbound");
    else
        call.direction = QStringLiteral("inbound");

    const bool outbound = call.direction == QLatin1String("outbound");
    // The caller column holds the outside party, so that a data subject's outbound calls are
    // found by their number too.
    call.caller = normaliseNumber(outbound ? r.dst : r.src);
    if (call.direction == QLatin1String("inbound") && !r.dst.isEmpty() && !isExtension(r.dst) &&
        r.dst != QLatin1String("s"))
        call.serviceNumber = normaliseNumber(r.dst);
    if (r.lastApp.compare(QLatin1String("Queue"), Qt::CaseInsensitive) == 0)
        call.queue = r.lastData.section(QRegularExpression(QStringLiteral("[,|]")), 0, 0).trimmed();
    else if (r.dcontext == QLatin1String("ext-queues"))
        call.queue = r.dst;
    call.agent = agentFromChannel(outbound ? r.channel : r.dstChannel);
    return call;
}

} // namespace tallenne
