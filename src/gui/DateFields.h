#pragma once

#include <QDate>
#include <QObject>

class QDateEdit;

namespace tallenne {

/// Date fields that take a date typed as people type it. QDateEdit edits one part (day,
/// month, year) at a time; with the whole text selected (Ctrl+A, a double click, a drag), the
/// first digits typed were refused and the day was lost ("25/11/2026" gave 15/11/2026). Here
/// typing over a selection of more than one part starts at the first part, and a separator
/// typed after a part its digits completed (Qt has moved on already) is not taken as a
/// second move, so "25.11.2026", "5.9.2026" and "05.09.2026" all mean what they say.
class DateFields : public QObject
{
    Q_OBJECT
public:
    /// Sets the display format and installs the typing rules on `edit`.
    static void setUp(QDateEdit* edit, const QString& displayFormat);
    /// The short date format of the current locale, with a four-digit year.
    [[nodiscard]] static QString localeFormat();
    /// `date` as the date fields show it: the locale's short format with a four-digit year
    /// (Finnish 23.1.2027).
    [[nodiscard]] static QString text(QDate date);
    /// Lets the calendar pop-up of `edit` (set up with setUp()) offer only the days from
    /// `first` to `last` (an invalid bound: none), while the field itself takes any date typed.
    /// QDateEdit's own range would silently change a typed date to the nearest bound, so the
    /// caller checks the range and says what is wrong.
    static void setCalendarRange(QDateEdit* edit, QDate first, QDate last);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
    int m_sectionBefore = -1;  ///< the part the last digit was typed into
    bool m_afterDigit = false; ///< the last key typed was a digit
    QDate m_calendarFirst;     ///< the first day the calendar pop-up offers (invalid: any)
    QDate m_calendarLast;      ///< the last day the calendar pop-up offers (invalid: any)
};

} // namespace tallenne
