#pragma once

#include "services/requests/AccessRequestService.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tallenne {

class Session;

/// Step 3 of a request at the desk: what the person asked for, done. The buttons follow the
/// request's kind: a copy (access, portability) through SubjectExportService, a restriction or
/// its lifting, a rectification, an objection's decision and an erasure (its plan first: what
/// goes, and what a legal hold or duty keeps, confirmed by the officer) through
/// SubjectRightsService. Every button waits for the identity to be verified; the services
/// refuse anyway.
class RequestActionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestActionsPanel(Session& session, QWidget* parent = nullptr);

    /// Shows the actions of this request (nullopt: none).
    void setRequest(const std::optional<AccessRequestView>& view);

    // What the buttons run (tests call them too); each asks in a dialog first.
    bool exportCopy();
    bool erase();
    bool restrict(bool restricted);
    bool rectify();
    bool decideObjection(bool upheld);

signals:
    void errorOccurred(const QString& message);
    /// Something was done: the request (and the register) changed.
    void done(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    Session& m_session;
    std::optional<AccessRequestView> m_view;
    QPushButton* m_export = nullptr;
    QPushButton* m_restrict = nullptr;
    QPushButton* m_lift = nullptr;
    QPushButton* m_rectify = nullptr;
    QPushButton* m_uphold = nullptr;
    QPushButton* m_override = nullptr;
    QPushButton* m_erase = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace tallenne
