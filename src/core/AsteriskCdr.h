#pragma once

#include "core/CsvReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace tallenne {

/// How the times of a Master.csv are read. Asterisk writes local time unless
/// `usegmtime=yes` in cdr_csv.conf.
struct CdrTimeOptions
{
    bool utc = false;                             ///< the times are UTC (`--utc`)
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< otherwise this zone (`--timezone`)
};

/// The columns a `cdr_csv` row has. Asterisk's cdr_csv.c writes 16 base columns (accountcode
/// … amaflags), then `uniqueid` when `loguniqueid=yes`, `userfield` when `loguserfield=yes`,
/// and `peeraccount`, `linkedid`, `sequence` when `newcdrcolumns=yes`: eight layouts of 16 to
/// 21 columns (`usegmtime` and `accountlogs` change no column). 17 and 20 columns each fit two
/// layouts; the content of column 17 tells them apart (see detect()).
struct CdrLayout
{
    bool uniqueId = false;   ///< loguniqueid=yes
    bool userField = false;  ///< loguserfield=yes
    bool newColumns = false; ///< newcdrcolumns=yes

    [[nodiscard]] int columns() const
    {
        return 16 + int(uniqueId) + int(userField) + 3 * int(newColumns);
    }
    /// The options that are on, as `--layout` takes them: `loguniqueid,loguserfield,newcdrcolumns`;
    /// `base` when none is.
    [[nodiscard]] QString name() const;
    /// Parses name(); also accepts the short words `uniqueid`, `userfield`, `newcolumns`, in
    /// any order, separated by commas or `+`.
    [[nodiscard]] static std::optional<CdrLayout> fromName(const QString& name, QString* reason);
    /// All eight layouts, by column count.
    [[nodiscard]] static QList<CdrLayout> all();
    bool operator==(const CdrLayout&) const = default;
};

/// Something odd but real about a row: it is imported, and the report says what was odd.
struct CdrWarning
{
    enum class Kind
    {
        UnknownDisposition, ///< kept as written
        BillsecOverDuration,
        AnsweredWithZeroDuration,
        AmbiguousLocalTime, ///< the autumn hour that repeats: read from the durations
        TimesDisagree,      ///< end − start is not the duration; the times are kept
        EndBeforeStart,     ///< the end was taken as start + duration
        ControlCharacters,  ///< in the caller's name; replaced (TextSanitizer)
    };
    Kind kind;
    QString message; ///< translated; no personal data
};

/// One row of Asterisk's cdr_csv (Master.csv), checked. Times are UTC.
struct CdrRecord
{
    QString accountCode, src, dst, dcontext, clid, channel, dstChannel, lastApp, lastData;
    QDateTime start, answer, end; ///< `answer` is invalid for an unanswered call
    qint64 duration = 0, billsec = 0;
    QString disposition, amaFlags;
    QString uniqueId, userField, peerAccount, linkedId; ///< empty when the layout lacks them
    std::optional<qint64> sequence;                     ///< newcdrcolumns only
    CdrLayout layout;
    bool layoutFromContent = false; ///< 17 or 20 columns, told apart by their content
    int columns = 0;
    qint64 line = 0;
    /// What identifies the row: a digest of all its field values (`cdr:` + 22 characters).
    /// Two rows differ in it unless every field is the same, so the legs of a transferred
    /// call (same uniqueid, other channel, times, sequence) are never taken for one another,
    /// and importing a file again finds every row it already imported.
    QString rowKey;
    /// The key the importer of Tallenne 0.1 gave the row (its uniqueid, or `sha256:` and the
    /// digest of its bytes), to recognise rows imported before row keys.
    QString legacyKey;
    QList<CdrWarning> warnings;

    /// The caller's name from `"Name" <number>` in clid, cleaned (TextSanitizer); empty when
    /// there is none or it only repeats the number.
    [[nodiscard]] QString callerName() const;
    /// The conversation the row is a leg of: linkedid, else uniqueid, else the row key.
    [[nodiscard]] QString conversation() const;
};

/// Where a call came from and what it is, as the register stores it.
struct MappedCall
{
    QString direction; ///< inbound, outbound, internal
    QString caller;    ///< the outside party as written (the importer normalises it)
    QString serviceNumber, queue, agent; ///< empty when unknown
};

/// Which dialplan contexts say where a call came from (docs/import-formats.md).
struct CdrMappingOptions
{
    QStringList inboundContexts = {QStringLiteral("from-trunk"), QStringLiteral("from-pstn"),
                                   QStringLiteral("from-did-direct"), QStringLiteral("ext-queues"),
                                   QStringLiteral("from-external")};
    QStringList outboundContexts = {QStringLiteral("from-internal"),
                                    QStringLiteral("outbound-allroutes")};
};

/// The pure part of the Asterisk import: parses rows and maps them to calls. No I/O besides
/// the CsvReader it is handed.
class AsteriskCdr
{
    Q_DECLARE_TR_FUNCTIONS(AsteriskCdr)

public:
    /// Checks one CSV record and converts its times to UTC. The layout is `layout` when
    /// given (a row of another column count is refused), otherwise detect()'s. On failure
    /// returns nullopt with a reason (no personal data in it).
    [[nodiscard]] static std::optional<CdrRecord>
    parse(const CsvRecord& record, const CdrTimeOptions& time, QString* reason,
          const std::optional<CdrLayout>& layout = std::nullopt);

    /// The layout of a row of `columns` fields. 17 columns: `loguniqueid` when column 17 looks
    /// like a uniqueid (looksLikeUniqueId()), else `loguserfield`. 20 columns: the same
    /// test, or column 17 equal to the linkedid (column 19), means `loguniqueid` with
    /// `newcdrcolumns`; else `loguserfield` with `newcdrcolumns`. nullopt outside 16–21.
    [[nodiscard]] static std::optional<CdrLayout> detect(const QStringList& fields);

    /// An Asterisk uniqueid: the epoch seconds of the channel's creation and a counter,
    /// `1714640400.51`, optionally after a `systemname-` prefix (asterisk.conf).
    [[nodiscard]] static bool looksLikeUniqueId(const QString& text);
    /// The uniqueid without its systemname prefix: `pbx1-1714975200.7` → `1714975200.7`.
    [[nodiscard]] static QString uniqueIdCore(const QString& uniqueId);

    /// A local wall-clock time in `zone` as UTC, deterministically: in the autumn overlap the
    /// earlier instant (the first pass, summer time); in the spring gap the offset in force
    /// before the gap (03:30 on a Helsinki spring-forward day is 01:30 UTC).
    [[nodiscard]] static QDateTime localToUtc(const QDateTime& wallClock, const QTimeZone& zone);
    /// Both readings of a local wall-clock time: equal except in the autumn overlap, where
    /// the first is the earlier instant (summer time) and the second the later.
    [[nodiscard]] static std::pair<QDateTime, QDateTime> localReadings(const QDateTime& wallClock,
                                                                       const QTimeZone& zone);

    [[nodiscard]] static MappedCall map(const CdrRecord& record, const CdrMappingOptions& options);

    /// The agent in a channel name: `SIP/anna-0000001a` → `anna`, `PJSIP/201-00000012` →
    /// `201`, `Local/anna@from-queue-00000003;1` → `anna`. Empty when there is none.
    [[nodiscard]] static QString agentFromChannel(const QString& channel);
    /// True for a short dialplan extension such as `201` (2 to 6 digits, no leading 0).
    [[nodiscard]] static bool isExtension(const QString& number);

    /// Every disposition an Asterisk release writes: ANSWERED, NO ANSWER, BUSY, FAILED,
    /// CONGESTION (all releases), CANCEL (20.16, 21.11, 22.6 and later with
    /// `canceldispositionenabled`), and UNKNOWN (ast_cdr_disp2str for a value it lacks).
    [[nodiscard]] static QStringList dispositions();
    /// True for the dispositions of a call nobody answered (NO ANSWER, BUSY, FAILED,
    /// CONGESTION, CANCEL).
    [[nodiscard]] static bool isUnanswered(const QString& disposition);
    /// The disposition in words for people (translated), e.g. "NO ANSWER" → "No answer"; a
    /// value Asterisk does not write is shown as it is.
    [[nodiscard]] static QString dispositionName(const QString& disposition);
};

} // namespace tallenne
