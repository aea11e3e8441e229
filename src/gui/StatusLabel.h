#pragma once

#include <QLabel>
#include <QString>

#include <functional>

namespace tallenne {

/// A page's status line ("Removed maija and deleted their key slot."): it keeps how its message
/// is made, not only the words, and makes it again when the language is switched, so the line
/// never stays in the language it was written in. A message from a service (already in words)
/// is kept as it is.
class StatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit StatusLabel(QWidget* parent = nullptr);

    /// Shows the message `text` makes (called again on a language switch); red when isError.
    void say(std::function<QString()> text, bool isError = false);
    /// Shows a text that is not made again (e.g. a service's message).
    void sayAsIs(const QString& text, bool isError = false);
    /// Empties the line.
    void forget();
    /// Whether the line shows an error now.
    [[nodiscard]] bool showsError() const { return m_isError && !text().isEmpty(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    std::function<QString()> m_text;
    bool m_isError = false;
};

} // namespace tallenne
