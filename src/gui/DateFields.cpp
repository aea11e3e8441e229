#include "gui/DateFields.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>

namespace tallenne {

void DateFields::setUp(QDateEdit* edit, const QString& displayFormat)
{
    edit->setDisplayFormat(displayFormat);
    if (!edit->findChild<DateFields*>(QString(), Qt::FindDirectChildrenOnly))
        edit->installEventFilter(new DateFields(edit));
}

QString DateFields::localeFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString DateFields::text(QDate date)
{
    return QLocale().toString(date, localeFormat());
}

void DateFields::setCalendarRange(QDateEdit* edit, QDate first, QDate last)
{
    auto* fields = edit->findChild<DateFields*>(QString(), Qt::FindDirectChildrenOnly);
    if (!fields)
        edit->installEventFilter(fields = new DateFields(edit));
    fields->m_calendarFirst = first;
    fields->m_calendarLast = last;
    edit->setCalendarPopup(true);
    // The date edit gives the pop-up its own (open) range each time it opens it; the pop-up's
    // calendar narrows it as it is shown.
    if (QCalendarWidget* calendar = edit->calendarWidget()) {
        calendar->removeEventFilter(fields);
        calendar->installEventFilter(fields);
    }
}

bool DateFields::eventFilter(QObject* watched, QEvent* event)
{
    if (auto* calendar = qobject_cast<QCalendarWidget*>(watched)) {
        if (event->type() == QEvent::Show) {
            // Quietly: narrowing moves the calendar's selection inside the range, and its
            // signal would set the field to that day, the silent change this is here to avoid.
            const QSignalBlocker quiet(calendar);
            if (m_calendarFirst.isValid())
                calendar->setMinimumDate(m_calendarFirst);
            if (m_calendarLast.isValid())
                calendar->setMaximumDate(m_calendarLast);
        }
        return false;
    }
    auto* edit = qobject_cast<QDateEdit*>(watched);
    if (!edit || event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const QString text = key->text();
    if (text.isEmpty() || !text.at(0).isPrint() ||
        (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)))
        return false;
    const QLineEdit* line = edit->findChild<QLineEdit*>();
    if (!line)
        return false;
    if (text.at(0).isDigit()) {
        // More than one part selected: typing begins a whole date, at its first part.
        const QString selected = line->selectedText();
        if (!selected.isEmpty() && selected != edit->sectionText(edit->currentSection()))
            edit->setSelectedSection(edit->sectionAt(0));
        m_sectionBefore = edit->currentSectionIndex();
        m_afterDigit = true;
        return false;
    }
    // A separator right after a digit that completed its part belongs to that part: Qt has
    // moved to the next part already, and would otherwise skip that one too.
    const bool completed = m_afterDigit && edit->currentSectionIndex() != m_sectionBefore;
    m_afterDigit = false;
    return completed;
}

} // namespace tallenne
