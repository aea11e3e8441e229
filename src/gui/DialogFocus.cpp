#include "gui/DialogFocus.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QPointer>
#include <QTimer>

namespace tallenne {

void DialogFocus::install(QApplication* app)
{
    if (!app || app->findChild<DialogFocus*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new DialogFocus(app));
}

bool DialogFocus::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Hide || !watched->isWidgetType())
        return false;
    auto* dialog = qobject_cast<QDialog*>(watched);
    if (!dialog || !dialog->isWindow() || !dialog->parentWidget())
        return false;
    QWidget* window = dialog->parentWidget()->window();
    const QPointer<QWidget> owner = window;
    const auto reclaim = [owner] {
        // Only when nothing else should have the keyboard: not past a dialog opened since.
        const QWidget* modal = QApplication::activeModalWidget();
        if (owner && owner->isVisible() && !owner->isActiveWindow() && (!modal || modal == owner) &&
            !QApplication::activePopupWidget())
            owner->activateWindow();
    };
    QTimer::singleShot(0, window, reclaim);
    QTimer::singleShot(250, window, reclaim);
    return false;
}

} // namespace tallenne
