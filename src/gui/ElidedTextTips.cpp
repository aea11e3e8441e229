#include "gui/ElidedTextTips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QStyleOptionViewItem>
#include <QToolTip>

namespace tallenne {

void ElidedTextTips::install(QApplication* app)
{
    if (app->findChild<ElidedTextTips*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new ElidedTextTips(app));
}

QString ElidedTextTips::tipAt(const QAbstractItemView* view, const QPoint& position)
{
    const QModelIndex index = view->indexAt(position);
    if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty())
        return {};
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return {};
    // A list lays an item out at its full width and the viewport cuts it: what shows is the
    // part inside the viewport.
    const QRect cell = view->visualRect(index).intersected(view->viewport()->rect());
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.font = view->font();
    option.rect = cell;
    // The width the item asks for, its icon and margins included, against the width it has.
    const QSize wanted = view->itemDelegateForIndex(index)->sizeHint(option, index);
    return wanted.width() > cell.width() ? text : QString();
}

bool ElidedTextTips::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    auto* viewport = qobject_cast<QWidget*>(watched);
    auto* view = viewport ? qobject_cast<QAbstractItemView*>(viewport->parentWidget()) : nullptr;
    if (!view || view->viewport() != viewport)
        return false;
    const auto* help = static_cast<QHelpEvent*>(event);
    const QString tip = tipAt(view, help->pos());
    if (tip.isEmpty())
        return false; // the view's own tooltip, if any
    QToolTip::showText(help->globalPos(), tip, viewport,
                       view->visualRect(view->indexAt(help->pos())));
    return true;
}

} // namespace tallenne
