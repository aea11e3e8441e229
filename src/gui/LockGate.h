#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace tallenne {

/// Where the lock meets the console's nested event loops.
///
/// A modal dialog's exec(), a static QMessageBox/QFileDialog/QInputDialog call, a QMenu's
/// exec() and an import that lets the window repaint between rows all run an event loop
/// inside a stack frame of a panel that holds the Session. The idle lock's timer fires inside
/// such a loop. Deleting the panels and the session there would pull them out from under that
/// frame (a stack dialog freed by its deleted parent, a statement finalised under a running
/// import), so the lock goes in two steps:
///
/// 1. requestLock(): every open Scope is asked to end (its cancel function: an import stops
///    at its next row boundary), every modal widget is rejected or closed and every popup
///    closed. A Scope opened while the lock is pending is cancelled at once (run() does not
///    even show its dialog).
/// 2. The window tears the session down only when openScopes() is 0, from the event loop
///    (loopsClosed() is emitted when the last scope ends and must be connected queued), so
///    every frame that used a panel has returned by then.
///
/// Code after a guarded call checks lockPending() (and a QPointer to itself) before it goes
/// on: a dialog the lock closed was not the user's answer.
class LockGate : public QObject
{
    Q_OBJECT

public:
    /// Marks one nested event loop for as long as it runs (RAII).
    class Scope
    {
    public:
        /// `cancel` is called when the lock is requested while the scope is open (or at once,
        /// when the lock is already pending).
        explicit Scope(std::function<void()> cancel = {});
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

        /// True when the lock was requested while the scope was open or before it opened.
        [[nodiscard]] bool cancelled() const { return m_cancelled; }

    private:
        friend class LockGate;
        void cancel();

        std::function<void()> m_cancel;
        bool m_cancelled = false;
    };

    static LockGate& instance();

    /// How many scopes are open (nested loops still on the stack).
    [[nodiscard]] int openScopes() const { return int(m_scopes.size()); }
    [[nodiscard]] bool lockPending() const { return m_lockPending; }

    /// Step 1 of the lock: cancels the open scopes and closes modal widgets and popups.
    void requestLock();
    /// The lock has torn the session down (or was abandoned): new scopes run again.
    void lockFinished();

    /// Runs `call` (a dialog's exec(), a static dialog function, a menu's exec()) inside a
    /// Scope. When the lock is already pending it is not called and a value-initialised
    /// result is returned (Rejected, an empty path, no action).
    template <typename F> static std::invoke_result_t<F> run(F&& call)
    {
        const Scope scope;
        if (scope.cancelled())
            return std::invoke_result_t<F>();
        return std::forward<F>(call)();
    }

    /// dialog->exec() inside a Scope; Rejected when the lock is pending or the dialog was
    /// deleted while it ran.
    static int exec(const QPointer<QDialog>& dialog);

    /// Rejects (QDialog) or closes every modal widget and closes every popup. Returns how
    /// many it closed.
    static int closeModalWidgets();

signals:
    /// The last open scope ended. Connect queued: it is emitted from the scope's destructor,
    /// still inside the frame that opened it.
    void loopsClosed();

private:
    LockGate() = default;

    QList<Scope*> m_scopes;
    bool m_lockPending = false;
};

/// A dialog on the heap, owned by the enclosing scope and by its Qt parent, whichever ends
/// first: deleting the parent under a running exec() leaves a null pointer here, never a
/// double free of a stack object.
template <typename T> class ScopedDialog
{
public:
    template <typename... Args>
    explicit ScopedDialog(Args&&... args) : m_dialog(new T(std::forward<Args>(args)...))
    {}
    ~ScopedDialog() { delete m_dialog.data(); }
    ScopedDialog(const ScopedDialog&) = delete;
    ScopedDialog& operator=(const ScopedDialog&) = delete;

    [[nodiscard]] T* get() const { return m_dialog.data(); }
    T* operator->() const { return m_dialog.data(); }
    [[nodiscard]] explicit operator bool() const { return !m_dialog.isNull(); }
    /// LockGate::exec() of the dialog.
    int exec() { return LockGate::exec(QPointer<QDialog>(m_dialog.data())); }

private:
    QPointer<T> m_dialog;
};

} // namespace tallenne
