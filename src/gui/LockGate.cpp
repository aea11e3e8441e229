#include "gui/LockGate.h"

#include <QApplication>
#include <QWidget>

namespace tallenne {

LockGate::Scope::Scope(std::function<void()> cancel) : m_cancel(std::move(cancel))
{
    LockGate& gate = instance();
    gate.m_scopes.append(this);
    if (gate.m_lockPending)
        this->cancel();
}

LockGate::Scope::~Scope()
{
    LockGate& gate = instance();
    gate.m_scopes.removeOne(this);
    if (gate.m_scopes.isEmpty())
        emit gate.loopsClosed();
}

void LockGate::Scope::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_cancel)
        m_cancel();
}

LockGate& LockGate::instance()
{
    static LockGate gate;
    return gate;
}

void LockGate::requestLock()
{
    m_lockPending = true;
    // A copy: a cancel function may end a scope of its own.
    const QList<Scope*> open = m_scopes;
    for (Scope* scope : open) {
        if (m_scopes.contains(scope))
            scope->cancel();
    }
    closeModalWidgets();
}

void LockGate::lockFinished()
{
    m_lockPending = false;
}

int LockGate::exec(const QPointer<QDialog>& dialog)
{
    static_assert(QDialog::Rejected == 0, "run() returns 0 when the lock is pending");
    return run([&dialog] {
        if (!dialog)
            return int(QDialog::Rejected);
        const int result = dialog->exec();
        return dialog ? result : int(QDialog::Rejected);
    });
}

int LockGate::closeModalWidgets()
{
    int closed = 0;
    // Popups first (menus, combo box lists), then modal widgets from the top of the stack
    // down. Each closed widget leaves its stack at once (hide); one that refuses ends the loop.
    while (QWidget* popup = QApplication::activePopupWidget()) {
        popup->close();
        if (QApplication::activePopupWidget() == popup)
            break;
        ++closed;
    }
    while (QWidget* modal = QApplication::activeModalWidget()) {
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
        if (QApplication::activeModalWidget() == modal) {
            modal->hide();
            if (QApplication::activeModalWidget() == modal)
                break;
        }
        ++closed;
    }
    return closed;
}

} // namespace tallenne
