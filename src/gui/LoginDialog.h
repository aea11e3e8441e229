#pragma once

#include "core/Clock.h"
#include "services/Session.h"

#include <QDialog>

#include <memory>

class QKeyEvent;
class QPushButton;

namespace Ui {
class LoginDialog;
}

namespace tallenne {

/// Asks for the register, the user name and the password, and opens a Session.
/// In unlock mode (after Ctrl+L or the idle lock) the register and user are fixed, Esc does
/// not close it (only "Quit" does: a stray key must not end the console), and "Switch user"
/// lets another person log in at a shared desk.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(const Clock& clock, VaultOptions options, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setRegisterFolder(const QString& folder);
    void setUserName(const QString& name);
    /// Fixes register and user: the dialog only asks for the password again.
    void setUnlockMode(bool unlock);
    [[nodiscard]] bool isUnlockMode() const { return m_unlock; }
    /// Keeps the register folder as set (logging out: the next user opens the same one).
    void setRegisterReadOnly(bool readOnly);

    /// The session opened by a successful login (taken once).
    [[nodiscard]] std::unique_ptr<Session> takeSession();

public slots:
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void browse();
    void showError(const QString& message);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    const Clock& m_clock;
    VaultOptions m_options;
    std::unique_ptr<Session> m_session;
    QPushButton* m_switchUser = nullptr;
    bool m_unlock = false;
};

} // namespace tallenne
