#pragma once

#include <QWidget>

class QTableWidget;
class QLabel;

namespace tallenne {

class Session;

/// Administration: the users of the register and their roles.
class AdminPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AdminPanel(Session& session, QWidget* parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    Session& m_session;
    QLabel* m_heading = nullptr;
    QTableWidget* m_users = nullptr;
};

} // namespace tallenne
