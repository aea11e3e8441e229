#pragma once

#include "core/Clock.h"
#include "services/Session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace tallenne {

/// Asks for the register, the user name and the password, and opens a Session.
/// In unlock mode (after Ctrl+L or the idle lock) the register and user are fixed.
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

    /// The session opened by a successful login (taken once).
    [[nodiscard]] std::unique_ptr<Session> takeSession();

public slots:
    void accept() override;

private:
    void browse();
    void showError(const QString& message);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    const Clock& m_clock;
    VaultOptions m_options;
    std::unique_ptr<Session> m_session;
};

} // namespace tallenne
