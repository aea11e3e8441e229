#include "core/LocalCalendar.h"

namespace tallenne {

QTimeZone LocalCalendar::defaultZone()
{
    return QTimeZone(QByteArrayLiteral("Europe/Helsinki"));
}

QDate LocalCalendar::lastDay(const QDateTime& start, int months, const QTimeZone& zone)
{
    // QDate::addMonths() keeps the day of the month, or takes the month's last day when it
    // has fewer days: the rule of the law.
    return start.toTimeZone(zone).date().addMonths(months);
}

QDateTime LocalCalendar::startOfDay(QDate day, const QTimeZone& zone)
{
    return day.startOfDay(zone).toUTC();
}

QDateTime LocalCalendar::periodEnd(const QDateTime& start, int months, const QTimeZone& zone)
{
    return startOfDay(lastDay(start, months, zone).addDays(1), zone);
}

} // namespace tallenne
