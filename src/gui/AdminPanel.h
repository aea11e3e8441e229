#pragma once

#include <QWidget>

class QTableWidget;
class QLabel;
class QPushButton;

namespace tallenne {

class Session;

/// Administration: the users of the register, their roles and the keys each holds (or waits
/// for), and the first administrator's handover of the keys their roles do not carry
/// (DESIGN.md, "Keys per capability").
class AdminPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AdminPanel(Session& session, QWidget* parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void handOver();

    Session& m_session;
    QLabel* m_heading = nullptr;
    QTableWidget* m_users = nullptr;
    QLabel* m_handoverNote = nullptr;
    QPushButton* m_handover = nullptr;
};

} // namespace tallenne
