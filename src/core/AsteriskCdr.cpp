#include "core/AsteriskCdr.h"

#include "core/TextSanitizer.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace tallenne {

namespace {

// cdr_csv's column names, in the order of the widest layout, for the messages.
enum Column
{
    AccountCode,
    Src,
    Dst,
    DContext,
    Clid,
    Channel,
    DstChannel,
    LastApp,
    LastData,
    Start,
    Answer,
    End,
    Duration,
    Billsec,
    Disposition,
    AmaFlags,
    UniqueId,
    UserField,
    PeerAccount,
    LinkedId,
    Sequence,
};
const char* const columnNames[] = {
    "accountcode", "src",      "dst",      "dcontext",  "clid",        "channel",  "dstchannel",
    "lastapp",     "lastdata", "start",    "answer",    "end",         "duration", "billsec",
    "disposition", "amaflags", "uniqueid", "userfield", "peeraccount", "linkedid", "sequence"};

std::optional<qint64> wholeNumber(const QString& value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

// Where each column of the widest layout sits in a row of `layout`, or -1.
int indexOf(const CdrLayout& layout, Column column)
{
    if (column < UniqueId)
        return column;
    int at = 16;
    if (column == UniqueId)
        return layout.uniqueId ? at : -1;
    at += int(layout.uniqueId);
    if (column == UserField)
        return layout.userField ? at : -1;
    at += int(layout.userField);
    if (!layout.newColumns)
        return -1;
    return at + (column - PeerAccount);
}

// A local time interval: both readings of each end (they differ only in the autumn hour
// that repeats).
struct Readings
{
    QDateTime first, second;
    [[nodiscard]] bool ambiguous() const { return first != second; }
};

} // namespace

QString CdrLayout::name() const
{
    QStringList on;
    if (uniqueId)
        on << QStringLiteral("loguniqueid");
    if (userField)
        on << QStringLiteral("loguserfield");
    if (newColumns)
        on << QStringLiteral("newcdrcolumns");
    return on.isEmpty() ? QStringLiteral("base") : on.join(QLatin1Char(','));
}

std::optional<CdrLayout> CdrLayout::fromName(const QString& name, QString* reason)
{
    CdrLayout layout;
    const QString text = name.trimmed().toLower();
    if (text == QLatin1String("base") || text == QLatin1String("16"))
        return layout;
    static const QRegularExpression separators(QStringLiteral("[,+\\s]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (word == QLatin1String("loguniqueid") || word == QLatin1String("uniqueid"))
            layout.uniqueId = true;
        else if (word == QLatin1String("loguserfield") || word == QLatin1String("userfield"))
            layout.userField = true;
        else if (word == QLatin1String("newcdrcolumns") || word == QLatin1String("newcolumns"))
            layout.newColumns = true;
        else {
            if (reason)
                *reason = AsteriskCdr::tr("unknown layout option '%1' (expected base, or "
                                          "loguniqueid, loguserfield and newcdrcolumns joined "
                                          "by commas)")
                              .arg(word.left(40));
            return std::nullopt;
        }
    }
    if (words.isEmpty()) {
        if (reason)
            *reason = AsteriskCdr::tr("the layout is empty");
        return std::nullopt;
    }
    return layout;
}

QList<CdrLayout> CdrLayout::all()
{
    QList<CdrLayout> out;
    for (bool newColumns : {false, true}) {
        for (int extra = 0; extra < 4; ++extra)
            out << CdrLayout{extra == 1 || extra == 3, extra >= 2, newColumns};
    }
    std::stable_sort(out.begin(), out.end(), [](const CdrLayout& a, const CdrLayout& b) {
        return a.columns() < b.columns();
    });
    return out;
}

QString CdrRecord::callerName() const
{
    // clid is `"Name" <number>`, `Name <number>`, `<number>` or a bare name or number.
    QString name = clid;
    const qsizetype open = name.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && name.endsWith(QLatin1Char('>')))
        name.truncate(open);
    name = name.trimmed();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2);
    name = TextSanitizer::clean(name, TextSanitizer::Lines::One);
    // A "name" that is only the number again, or a word Asterisk puts in for no name.
    static const QRegularExpression digitsOnly(QStringLiteral("^[+0-9 ()./-]*$"));
    if (digitsOnly.match(name).hasMatch() ||
        name.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("anonymous"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("restricted"), Qt::CaseInsensitive) == 0)
        return {};
    return name;
}

QString CdrRecord::conversation() const
{
    if (!linkedId.isEmpty())
        return linkedId;
    if (!uniqueId.isEmpty())
        return uniqueId;
    return rowKey;
}

QStringList AsteriskCdr::dispositions()
{
    return {QStringLiteral("ANSWERED"), QStringLiteral("NO ANSWER"),  QStringLiteral("BUSY"),
            QStringLiteral("FAILED"),   QStringLiteral("CONGESTION"), QStringLiteral("CANCEL"),
            QStringLiteral("UNKNOWN")};
}

bool AsteriskCdr::isUnanswered(const QString& disposition)
{
    static const QStringList unanswered = {QStringLiteral("NO ANSWER"), QStringLiteral("BUSY"),
                                           QStringLiteral("FAILED"), QStringLiteral("CONGESTION"),
                                           QStringLiteral("CANCEL")};
    return unanswered.contains(disposition);
}

QString AsteriskCdr::dispositionName(const QString& disposition)
{
    if (disposition == QLatin1String("ANSWERED"))
        return tr("Answered");
    if (disposition == QLatin1String("NO ANSWER"))
        return tr("No answer");
    if (disposition == QLatin1String("BUSY"))
        return tr("Busy");
    if (disposition == QLatin1String("FAILED"))
        return tr("Failed");
    if (disposition == QLatin1String("CONGESTION"))
        return tr("Congestion");
    if (disposition == QLatin1String("CANCEL"))
        return tr("Cancelled");
    if (disposition == QLatin1String("UNKNOWN"))
        return tr("Unknown");
    return disposition;
}

namespace {
bool allDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

bool AsteriskCdr::looksLikeUniqueId(const QString& text)
{
    // [systemname-]SSSSSSSSSS.N: 9 to 11 digits of epoch seconds, a dot, a counter. Checked
    // by hand: this runs for every row of a file.
    const QStringView core = QStringView(text).mid(text.lastIndexOf(QLatin1Char('-')) + 1);
    const qsizetype dot = core.indexOf(QLatin1Char('.'));
    if (dot < 9 || dot > 11 || !allDigits(core.first(dot)) || !allDigits(core.sliced(dot + 1)))
        return false;
    const QStringView prefix = QStringView(text).first(text.size() - core.size());
    return std::none_of(prefix.cbegin(), prefix.cend(), [](QChar c) { return c.isSpace(); });
}

QString AsteriskCdr::uniqueIdCore(const QString& uniqueId)
{
    const qsizetype dash = uniqueId.lastIndexOf(QLatin1Char('-'));
    return dash < 0 ? uniqueId : uniqueId.mid(dash + 1);
}

std::optional<CdrLayout> AsteriskCdr::detect(const QStringList& fields)
{
    const auto n = fields.size();
    const auto field = [&](int i) {
        return fields.at(i).trimmed();
    };
    switch (n) {
    case 16:
        return CdrLayout{};
    case 17:
        return looksLikeUniqueId(field(16)) ? CdrLayout{true, false, false}
                                            : CdrLayout{false, true, false};
    case 18:
        return CdrLayout{true, true, false};
    case 19:
        return CdrLayout{false, false, true};
    case 20:
        return looksLikeUniqueId(field(16)) || (!field(16).isEmpty() && field(16) == field(18))
                   ? CdrLayout{true, false, true}
                   : CdrLayout{false, true, true};
    case 21:
        return CdrLayout{true, true, true};
    default:
        return std::nullopt;
    }
}

std::pair<QDateTime, QDateTime> AsteriskCdr::localReadings(const QDateTime& wallClock,
                                                           const QTimeZone& zone)
{
    // Read the wall clock as if it were UTC, then try the offsets in force a day before and a
    // day after: a candidate is right when the zone has that offset at that instant. Qt's own
    // resolution of gaps and overlaps changed between versions, so it is done here.
    const QDateTime naive(wallClock.date(), wallClock.time(), Qt::UTC);
    const qint64 s = naive.toSecsSinceEpoch();
    const int before = zone.offsetFromUtc(naive.addSecs(-86400));
    const int after = zone.offsetFromUtc(naive.addSecs(86400));
    std::optional<qint64> earliest, latest;
    for (int offset : {before, after}) {
        const qint64 candidate = s - offset;
        if (zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(candidate, Qt::UTC)) != offset)
            continue;
        if (!earliest || candidate < *earliest)
            earliest = candidate;
        if (!latest || candidate > *latest)
            latest = candidate;
    }
    if (!earliest) // in a gap: as if the clock had not yet moved forward
        earliest = latest = s - before;
    return {QDateTime::fromSecsSinceEpoch(*earliest, Qt::UTC),
            QDateTime::fromSecsSinceEpoch(*latest, Qt::UTC)};
}

QDateTime AsteriskCdr::localToUtc(const QDateTime& wallClock, const QTimeZone& zone)
{
    return localReadings(wallClock, zone).first;
}

std::optional<CdrRecord> AsteriskCdr::parse(const CsvRecord& record, const CdrTimeOptions& time,
                                            QString* reason, const std::optional<CdrLayout>& layout)
{
    QStringList fields;
    fields.reserve(record.fields.size());
    for (const CsvField& f : record.fields)
        fields << QString::fromUtf8(f.value);
    const int n = int(fields.size());
    CdrRecord r;
    if (layout) {
        if (n != layout->columns()) {
            *reason = tr("expected %1 columns (layout %2), found %3")
                          .arg(layout->columns())
                          .arg(layout->name())
                          .arg(n);
            return std::nullopt;
        }
        r.layout = *layout;
    } else if (const auto detected = detect(fields)) {
        r.layout = *detected;
        r.layoutFromContent = n == 17 || n == 20;
    } else {
        *reason = tr("expected 16 to 21 columns, found %1").arg(n);
        return std::nullopt;
    }
    const auto text = [&](Column column) {
        const int at = indexOf(r.layout, column);
        return at >= 0 ? fields.at(at) : QString();
    };
    r.columns = n;
    r.line = record.line;
    r.accountCode = text(AccountCode);
    r.src = text(Src).trimmed();
    r.dst = text(Dst).trimmed();
    r.dcontext = text(DContext).trimmed();
    r.clid = text(Clid);
    r.channel = text(Channel).trimmed();
    r.dstChannel = text(DstChannel).trimmed();
    r.lastApp = text(LastApp).trimmed();
    r.lastData = text(LastData);
    r.disposition = text(Disposition).trimmed();
    r.amaFlags = text(AmaFlags).trimmed();
    r.uniqueId = text(UniqueId).trimmed();
    r.userField = text(UserField);
    r.peerAccount = text(PeerAccount);
    r.linkedId = text(LinkedId).trimmed();

    // The times as written, each with both readings of the local wall clock.
    const auto readTime = [&](Column column, bool required, std::optional<Readings>* out) {
        const QString value = text(column).trimmed();
        if (value.isEmpty()) {
            if (required)
                *reason = tr("the %1 time is empty").arg(QLatin1String(columnNames[column]));
            return !required;
        }
        // Date and time apart: a local time in a DST gap is no valid local QDateTime. Read
        // by hand (QDate::fromString with a format is slow, and this runs three times a row).
        const auto number = [&value](qsizetype at, qsizetype length) {
            int result = 0;
            for (qsizetype i = at; i < at + length; ++i) {
                const QChar c = value.at(i);
                if (c < u'0' || c > u'9')
                    return -1;
                result = result * 10 + (c.unicode() - u'0');
            }
            return result;
        };
        const bool shaped = value.size() == 19 && value.at(4) == u'-' && value.at(7) == u'-' &&
                            value.at(10) == u' ' && value.at(13) == u':' && value.at(16) == u':';
        const QDate date = shaped ? QDate(number(0, 4), number(5, 2), number(8, 2)) : QDate();
        const QTime clock = shaped ? QTime(number(11, 2), number(14, 2), number(17, 2)) : QTime();
        if (!shaped || !date.isValid() || !clock.isValid()) {
            *reason = tr("the %1 time '%2' is not a date and time of the form "
                         "YYYY-MM-DD HH:MM:SS")
                          .arg(QLatin1String(columnNames[column]), value.left(40));
            return false;
        }
        const QDateTime wall(date, clock, Qt::UTC);
        if (time.utc) {
            *out = Readings{wall, wall};
        } else {
            const auto [first, second] = localReadings(wall, time.zone);
            *out = Readings{first, second};
        }
        return true;
    };
    std::optional<Readings> start, answer, end;
    if (!readTime(Start, true, &start) || !readTime(Answer, false, &answer) ||
        !readTime(End, true, &end))
        return std::nullopt;

    for (Column column : {Duration, Billsec}) {
        const QString value = text(column);
        const auto number = wholeNumber(value);
        if (!number) {
            *reason = tr("%1 '%2' is not a whole number")
                          .arg(QLatin1String(columnNames[column]), value.left(20));
            return std::nullopt;
        }
        if (*number < 0) {
            *reason = column == Duration ? tr("negative duration (%1)").arg(*number)
                                         : tr("negative billsec (%1)").arg(*number);
            return std::nullopt;
        }
        (column == Duration ? r.duration : r.billsec) = *number;
    }
    if (r.layout.newColumns) {
        const QString value = text(Sequence);
        const auto number = wholeNumber(value);
        if (!number || *number < 0) {
            *reason = tr("sequence '%1' is not a whole number").arg(value.left(20));
            return std::nullopt;
        }
        r.sequence = *number;
    }

    const auto warn = [&](CdrWarning::Kind kind, const QString& message) {
        r.warnings.append({kind, message});
    };
    if (r.disposition.isEmpty()) {
        *reason = tr("the disposition is empty");
        return std::nullopt;
    }
    if (!dispositions().contains(r.disposition))
        warn(CdrWarning::Kind::UnknownDisposition,
             tr("unknown disposition '%1', kept as written").arg(r.disposition.left(20)));
    if (r.billsec > r.duration)
        warn(CdrWarning::Kind::BillsecOverDuration,
             tr("billsec (%1) is longer than duration (%2)").arg(r.billsec).arg(r.duration));
    if (r.duration == 0 && r.disposition == QLatin1String("ANSWERED"))
        warn(CdrWarning::Kind::AnsweredWithZeroDuration, tr("answered, with a duration of 0"));

    // Start and end: of the readings, the pair whose difference is the duration (Asterisk
    // computes duration as end − start). Only the autumn hour that repeats has two readings;
    // there the durations decide.
    constexpr qint64 slack = 2; // Asterisk rounds each of the three numbers on its own
    const auto fits = [&](const QDateTime& a, const QDateTime& b, qint64 seconds) {
        return std::abs(a.secsTo(b) - seconds) <= slack;
    };
    const QList<std::pair<QDateTime, QDateTime>> pairs = {{start->first, end->first},
                                                          {start->first, end->second},
                                                          {start->second, end->second},
                                                          {start->second, end->first}};
    std::optional<std::pair<QDateTime, QDateTime>> chosen;
    for (const auto& pair : pairs) {
        if (fits(pair.first, pair.second, r.duration)) {
            chosen = pair;
            break;
        }
    }
    const bool ambiguous =
        start->ambiguous() || end->ambiguous() || (answer && answer->ambiguous());
    if (chosen) {
        r.start = chosen->first;
        r.end = chosen->second;
    } else {
        r.start = start->first;
        r.end = end->second;
        if (r.end < r.start) {
            r.end = r.start.addSecs(r.duration);
            warn(CdrWarning::Kind::EndBeforeStart,
                 tr("the end time is before the start time; the end was taken as start + "
                    "duration"));
        } else {
            warn(CdrWarning::Kind::TimesDisagree,
                 tr("end − start is %1 s but the duration says %2 s; the times are kept")
                     .arg(r.start.secsTo(r.end))
                     .arg(r.duration));
        }
    }
    if (answer) {
        // The reading that leaves billsec until the end, else the one inside the call.
        r.answer = fits(answer->first, r.end, r.billsec)    ? answer->first
                   : fits(answer->second, r.end, r.billsec) ? answer->second
                   : answer->first >= r.start               ? answer->first
                                                            : answer->second;
    }
    if (ambiguous && chosen)
        warn(CdrWarning::Kind::AmbiguousLocalTime,
             tr("the times fall in the hour that repeats when summer time ends; they were read "
                "from the durations"));
    else if (ambiguous)
        warn(CdrWarning::Kind::AmbiguousLocalTime,
             tr("the times fall in the hour that repeats when summer time ends; the earlier "
                "reading was taken"));

    int replaced = 0;
    (void)TextSanitizer::clean(r.clid, TextSanitizer::Lines::One, &replaced);
    if (replaced > 0)
        warn(CdrWarning::Kind::ControlCharacters,
             tr("%n control character(s) in the caller's name were replaced", nullptr, replaced));

    // The row's identity: every field value, each length-prefixed (so no two different rows
    // share the bytes that are hashed), SHA-256, the first 128 bits in base64url.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const CsvField& f : record.fields) {
        const quint32 size = quint32(f.value.size());
        const char prefix[4] = {char(size >> 24), char(size >> 16), char(size >> 8), char(size)};
        hash.addData(QByteArrayView(prefix, 4));
        hash.addData(f.value);
    }
    r.rowKey = QStringLiteral("cdr:") +
               QString::fromLatin1(hash.result().left(16).toBase64(QByteArray::Base64UrlEncoding |
                                                                   QByteArray::OmitTrailingEquals));
    // Tallenne 0.1 took column 17 for the uniqueid whatever the layout, and the digest of the
    // row's bytes without one.
    const QString oldUniqueId = n >= 17 ? fields.at(16).trimmed() : QString();
    r.legacyKey =
        !oldUniqueId.isEmpty()
            ? oldUniqueId
            : QStringLiteral("sha256:") +
                  QString::fromLatin1(
                      QCryptographicHash::hash(record.raw, QCryptographicHash::Sha256).toHex());
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
    return number.size() >= 2 && number.size() <= 6 && number.at(0) != u'0' && allDigits(number);
}

MappedCall AsteriskCdr::map(const CdrRecord& r, const CdrMappingOptions& options)
{
    MappedCall call;
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
    call.caller = outbound ? r.dst : r.src;
    if (call.direction == QLatin1String("inbound") && !r.dst.isEmpty() && !isExtension(r.dst) &&
        r.dst != QLatin1String("s"))
        call.serviceNumber = r.dst;
    if (r.lastApp.compare(QLatin1String("Queue"), Qt::CaseInsensitive) == 0) {
        // The first argument: up to a comma (or the old `|` separator).
        qsizetype end = r.lastData.size();
        for (QChar separator : {QLatin1Char(','), QLatin1Char('|')}) {
            const qsizetype at = r.lastData.indexOf(separator);
            if (at >= 0 && at < end)
                end = at;
        }
        call.queue = r.lastData.left(end).trimmed();
    } else if (r.dcontext == QLatin1String("ext-queues"))
        call.queue = r.dst;
    call.agent = agentFromChannel(outbound ? r.channel : r.dstChannel);
    return call;
}

} // namespace tallenne
