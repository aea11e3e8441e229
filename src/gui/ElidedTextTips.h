#pragma once

#include <QObject>

class QAbstractItemView;
class QApplication;
class QPoint;

namespace tallenne {

/// Shows the whole text of a list, tree or table item that is cut short ("Laskutuksen
/// palautt…") as its tooltip, in every item view of the console: hovering an elided playlist,
/// tag, chat or call cell reads it in full. An item with a tooltip of its own keeps it; an item
/// that fits shows none.
class ElidedTextTips : public QObject
{
    Q_OBJECT
public:
    /// Installs one watcher on the application (again: nothing more happens).
    static void install(QApplication* app);

    /// The text to show for the item at `position` (the view's viewport coordinates), or empty
    /// when it fits or has a tooltip of its own.
    [[nodiscard]] static QString tipAt(const QAbstractItemView* view, const QPoint& position);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace tallenne
