#pragma once

#include <QLabel>
#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemView;

namespace tallenne {

/// What an empty list says instead of a blank area: a centred, word-wrapped note over the
/// view's viewport while its model has no rows ("No calls yet. Import …", "No calls match
/// the filter …"), hidden as soon as a row appears. The text is asked for each time it is
/// shown, so it follows the language and the state of the filter.
///
/// Install once the view has its model; it follows that model's row signals and the view's
/// resizes. Owned by the view.
class EmptyState : public QObject
{
    Q_OBJECT
public:
    using TextFunction = std::function<QString()>;

    /// The note of `view`, named "<view's object name>EmptyLabel" for tests and screen
    /// readers.
    static EmptyState* install(QAbstractItemView* view, TextFunction text);

    /// Shows or hides the note and refreshes its text (after a filter or language change).
    void update();
    [[nodiscard]] QLabel* label() const { return m_label.data(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    EmptyState(QAbstractItemView* view, TextFunction text);

    /// The view while it is whole; null once its destruction has begun (its QWidget base
    /// still sends events to the viewport and the model may still signal).
    [[nodiscard]] QAbstractItemView* view() const;

    QPointer<QWidget> m_view; // a QWidget pointer: no downcast of a half-destroyed view
    QPointer<QLabel> m_label; // in the viewport: gone before the view while it is destroyed
    TextFunction m_text;
};

} // namespace tallenne
