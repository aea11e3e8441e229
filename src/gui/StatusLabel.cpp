#include "gui/StatusLabel.h"

#include <QEvent>

namespace tallenne {

StatusLabel::StatusLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void StatusLabel::say(std::function<QString()> text, bool isError)
{
    m_text = std::move(text);
    m_isError = isError;
    setText(m_text ? m_text() : QString());
    setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
}

void StatusLabel::sayAsIs(const QString& text, bool isError)
{
    say([text] { return text; }, isError);
}

void StatusLabel::forget()
{
    say({});
}

void StatusLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_text)
        setText(m_text());
    QLabel::changeEvent(event);
}

} // namespace tallenne
