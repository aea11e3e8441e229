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
/// `usegmtime=yes` in cdr.conf.
struct CdrTimeOptions
{
    bool utc = false;                             ///< the times are UTC (`--utc`)
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< otherwise this zone (`--timezone`)
};

/// One row of Asterisk's cdr_csv (Master.csv), checked. Times are UTC.
struct CdrRecord
{
    QString accountCode, src, dst, dcontext, clid, channel, dstChannel, lastApp, lastData;
    QDateTime start, answer, end; ///< `answer` is invalid for an unanswered call
    qint64 duration = 0, billsec = 0;
    QString disposition, amaFlags;
    QString uniqueId, userField, peerAccount, linkedId; ///< empty when the layout lacks them
    int columns = 0;
    qint64 line = 0;
    QByteArray rowSha256; ///< raw SHA-256 of the row's bytes (a source id without uniqueid)
};

/// Where a call came from and what it is, as the register stores it.
struct MappedCall
{
    QString sourceId;
    QString direction; ///< inbound, outbound, internal
    QString caller;    ///< the outside party: E.164 when it normalises, else as written
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
    /// Checks one CSV record (16, 17, 18 or 21 columns) and converts its times to UTC.
    /// On failure returns nullopt with a reason (no personal data in it).
    [[nodiscard]] static std::optional<CdrRecord>
    parse(const CsvRecord& record, const CdrTimeOptions& time, QString* reason);

    /// A local wall-clock time in `zone` as UTC, deterministically: in the autumn overlap the
    /// earlier instant (the first pass, summer time); in the spring gap the offset in force
    /// before the gap (03:30 on a Helsinki spring-forward day is 01:30 UTC).
    [[nodiscard]] static QDateTime localToUtc(const QDateTime& wallClock, const QTimeZone& zone);

    [[nodiscard]] static MappedCall map(const CdrRecord& record, const CdrMappingOptions& options);

    /// The agent in a channel name: `SIP/anna-0000001a` → `anna`, `PJSIP/201-00000012` →
    /// `201`, `Local/anna@from-queue-00000003;1` → `anna`. Empty when there is none.
    [[nodiscard]] static QString agentFromChannel(const QString& channel);
    /// True for a short dialplan extension such as `201` (2 to 6 digits, no leading 0).
    [[nodiscard]] static bool isExtension(const QString& number);
    /// A number in E.164 when it normalises, otherwise as written (an extension, `s`, …).
    [[nodiscard]] static QString normaliseNumber(const QString& number);

    static QStringList dispositions();
};

} // namespace tallenne
