#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace tallenne {

class ProfileEditor;
class Session;
class StatusLabel;
class UserDialog;

/// Administration: the users of the register, their roles and the keys each holds (or waits
/// for), added, removed, given other roles and new passwords through UserService (as
/// `tallenne-admin user …` does); the first administrator's handover of the keys their roles
/// do not carry (DESIGN.md, "Keys per capability"); and the register profile (ProfileEditor).
/// The user list is read again after every change, and whenever the register says its users
/// changed (RegisterEvents, also for changes by tallenne-admin).
class AdminPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AdminPanel(Session& session, QWidget* parent = nullptr);
    void refresh();
    /// The name of the user selected in the table (empty when none).
    [[nodiscard]] QString selectedUser() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] ProfileEditor* profileEditor() const { return m_profile; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void handOver();
    void addUser();
    void changeRoles();
    void resetPassword();
    void removeUser();
    void submit(UserDialog* dialog);
    /// Shows an action's message; `text` makes it, again after a switch of language.
    void showStatus(std::function<QString()> text, bool isError = false);
    void updateButtons();

    Session& m_session;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_usersPage = nullptr;
    QLabel* m_heading = nullptr;
    QTableWidget* m_users = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_roles = nullptr;
    QPushButton* m_password = nullptr;
    QPushButton* m_remove = nullptr;
    StatusLabel* m_status = nullptr;
    QLabel* m_handoverNote = nullptr;
    QPushButton* m_handover = nullptr;
    ProfileEditor* m_profile = nullptr;
    /// Set by refresh(): whether an action's own change notification already refreshed.
    bool m_refreshed = false;
};

} // namespace tallenne
