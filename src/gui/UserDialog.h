#pragma once

#include "core/Permissions.h"
#include "crypto/SecretBytes.h"

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tallenne {

/// The Administration page's dialog for one user: a new user (name, roles, initial password),
/// a user's roles, or a new password for a user. It only collects the input; the panel hands
/// it to UserService when the user presses OK (submitted()) and either closes the dialog or
/// shows the service's error in it (showError()), so nothing typed is lost on a refusal.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Add,
        ChangeRoles,
        Password,
    };

    /// `registerFolder` gives the personal words PasswordPolicy looks for in the password.
    UserDialog(Mode mode, const QString& userName, Roles roles, const QString& registerFolder,
               QWidget* parent = nullptr);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] QString userName() const;
    [[nodiscard]] Roles roles() const;
    /// The password typed (Add, Password); the line edits are cleared when it is taken.
    [[nodiscard]] SecretBytes takePassword();
    /// Password: also rotate the keys the user holds and the register key.
    [[nodiscard]] bool rotate() const;
    /// Shows a refusal (the service's message) in the dialog.
    void showError(const QString& message);

signals:
    /// OK was pressed and the input is complete (the passwords match).
    void submitted();

private:
    [[nodiscard]] static QString mismatchMessage();
    void growToFit();
    void updateFeedback();
    void submit();

    Mode m_mode;
    QString m_registerFolder;
    QLineEdit* m_name = nullptr;
    QList<QCheckBox*> m_roles;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_strength = nullptr;
    QCheckBox* m_rotate = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tallenne
