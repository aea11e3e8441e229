#pragma once

#include "services/requests/AccessRequestService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tallenne {

/// A new data subject's request at the desk: what the person asks for (the right), how it
/// came in, when it was received (now for the person at the counter; earlier for a letter),
/// and what they are found by (a phone number, an e-mail address, a name, a personal identity
/// code or a business ID, written as people write them). The service checks everything again.
class NewRequestDialog : public QDialog
{
    Q_OBJECT
public:
    NewRequestDialog(const QDateTime& now, QWidget* parent = nullptr);
    ~NewRequestDialog() override;

    [[nodiscard]] NewAccessRequest request() const;
    /// A problem to show in the dialog (the service's refusal), keeping what was typed.
    void showProblem(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updatePlaceholder();
    void updateOk();

    QComboBox* m_kind = nullptr;
    QComboBox* m_channel = nullptr;
    QDateTimeEdit* m_received = nullptr;
    QComboBox* m_identifierKind = nullptr;
    QLineEdit* m_identifier = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tallenne
