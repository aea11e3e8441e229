#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace tallenne {

/// Periods in calendar months counted on the register's local calendar, as Finnish law counts
/// a time limit (Laki säädettyjen määräaikain laskemisesta 150/1930, 3 §; GDPR art. 12(3) and
/// retention periods alike): the period runs out on the day of the later month with the same
/// number as the day it began, or on that month's last day when it has none, and lasts to the
/// end of that day in the register's time zone. So an event at 00:30 on 31 January (Helsinki)
/// with one month runs to the end of 29 February in a leap year (28 February otherwise), and
/// one at 00:30 on 1 March to the end of 1 April, although both are the evening before in UTC.
class LocalCalendar
{
public:
    /// The register's zone when the profile names none.
    [[nodiscard]] static QTimeZone defaultZone();

    /// The last local day of a period of `months` that began at `start` (any time spec).
    [[nodiscard]] static QDate lastDay(const QDateTime& start, int months, const QTimeZone& zone);
    /// The instant (UTC) at which that period has run out: the local midnight that ends its
    /// last day. Past it, data kept for the period is due for deletion.
    [[nodiscard]] static QDateTime periodEnd(const QDateTime& start, int months,
                                             const QTimeZone& zone);
    /// The instant (UTC) at which the local day `day` begins in `zone` (the first valid moment
    /// of the day, should a daylight-saving change skip its midnight).
    [[nodiscard]] static QDateTime startOfDay(QDate day, const QTimeZone& zone);
};

} // namespace tallenne
