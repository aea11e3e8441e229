#pragma once

#include "services/requests/AccessRequestService.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tallenne {

class RequestActionsPanel;
class Session;

/// One request at the desk, in the order the work is done with the person at the counter:
/// 1. who was found and why (each item can be excluded as a false match; find more by another
///    identifier), 2. identity (verified only by the profile's methods; a photo ID's kind and
///    last four characters, never a copy), 3. what is done (the copy and the changes, offered
///    once identity is verified), 4. the deadline (extension with a reason within the first
///    month) and closing with the outcome. Earlier requests of the same person and a possibly
///    repetitive request stand out. Everything goes through AccessRequestService.
class RequestDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestDetailPanel(Session& session, QWidget* parent = nullptr);
    ~RequestDetailPanel() override;

    /// Shows request `id` (0: none), read again from the register.
    void showRequest(qint64 id);
    [[nodiscard]] qint64 requestId() const { return m_id; }
    [[nodiscard]] RequestActionsPanel* actions() const { return m_actions; }
    /// Reads the shown request again (the register changed).
    void refresh();
    [[nodiscard]] QString statusText() const;

    // The steps as the buttons run them (tests call them too).
    bool verifyIdentity();
    bool extend(int months, const QString& reason);
    bool closeRequest();
    bool findMore();

signals:
    void errorOccurred(const QString& message);
    /// The request changed (the list shows its new state).
    void requestChanged(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void fillFacts();
    void fillItems();
    void fillIdentity();
    void fillMethods();
    void updateVerifyInputs();
    void setStatus(const QString& text, bool problem = false);
    bool askExtension();
    [[nodiscard]] QString describeItem(RequestItem::Kind kind, qint64 objectId) const;
    [[nodiscard]] QString whyItem(const RequestItem& item) const;

    Session& m_session;
    qint64 m_id = 0;
    std::optional<AccessRequestView> m_view;
    bool m_filling = false;

    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_warnings = nullptr;
    QGroupBox* m_foundBox = nullptr;
    QTableWidget* m_items = nullptr;
    QComboBox* m_findKind = nullptr;
    QLineEdit* m_findValue = nullptr;
    QPushButton* m_findButton = nullptr;
    QGroupBox* m_identityBox = nullptr;
    QLabel* m_identityState = nullptr;
    QWidget* m_verifyInputs = nullptr;
    QComboBox* m_method = nullptr;
    QLabel* m_documentLabel = nullptr;
    QComboBox* m_document = nullptr;
    QLabel* m_detailLabel = nullptr;
    QLineEdit* m_detail = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QGroupBox* m_actBox = nullptr;
    QLabel* m_actHint = nullptr;
    RequestActionsPanel* m_actions = nullptr;
    QGroupBox* m_closeBox = nullptr;
    QLabel* m_deadline = nullptr;
    QPushButton* m_extendButton = nullptr;
    QComboBox* m_closeStatus = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QPushButton* m_closeButton = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tallenne
