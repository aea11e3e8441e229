#pragma once

#include <QMenu>

namespace tallenne {

/// A menu of check boxes that stays open while they are ticked (by click, Space or Enter), so
/// several columns can be chosen in one go; Esc or a click outside closes it.
class StayOpenMenu : public QMenu
{
    Q_OBJECT
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// Toggles a checkable, enabled action in place; false for any other action.
    static bool toggleInPlace(QAction* action);
};

} // namespace tallenne
