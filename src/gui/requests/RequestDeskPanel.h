#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace tallenne {

class RequestDetailPanel;
class Session;

/// Access requests → Requests: the privacy officer's desk. The list of requests (open ones,
/// or all) with their kind, the person (masked), received, due and state, overdue ones in red
/// and those due within a week marked; New request (Ctrl+N) opens one for the person at the
/// counter and shows it; choosing one shows it step by step (RequestDetailPanel).
class RequestDeskPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestDeskPanel(Session& session, QWidget* parent = nullptr);

    void refresh();
    /// Opens the New request dialog; the new request's id, or 0 when none was opened.
    qint64 newRequest();
    /// Selects request `id` in the list (and shows it); false when it is not listed.
    bool selectRequest(qint64 id);
    [[nodiscard]] RequestDetailPanel* detail() const { return m_detail; }

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showSelected();

    Session& m_session;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_showClosed = nullptr;
    QPushButton* m_newButton = nullptr;
    QLabel* m_summary = nullptr;
    QSplitter* m_splitter = nullptr;
    RequestDetailPanel* m_detail = nullptr;
};

} // namespace tallenne
