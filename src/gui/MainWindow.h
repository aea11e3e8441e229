#pragma once

#include "core/Clock.h"
#include "services/Session.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace tallenne {

class IdleWatcher;

/// The console's main window: sections by role, who is logged in, lock and auto-lock.
/// It delegates to panels; panels delegate to services.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Session> session, const Clock& clock, VaultOptions options,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Session* session() const { return m_session.get(); }
    [[nodiscard]] bool isLocked() const { return !m_session; }
    /// The idle interval before the automatic lock (default 10 minutes).
    void setIdleLockInterval(int milliseconds);

public slots:
    /// Wipes the key, closes the register and asks for the password again.
    void lock();
    void showAbout();

signals:
    void locked();
    void unlocked();

private:
    void showSession();
    void askToUnlock();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Session> m_session;
    const Clock& m_clock;
    VaultOptions m_options;
    RegisterPaths m_paths;
    QString m_userName;
    IdleWatcher* m_idleWatcher = nullptr;
};

} // namespace tallenne
