#pragma once

#include "services/retention/HoldService.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tallenne {

/// A new legal hold: what it covers (a call, a chat, a data subject or a phone number), the
/// reason (the profile's hold_reasons, in words), the last day and the case reference. The
/// last day is the date typed, as typed: one past the profile's maximum (or before today) is
/// not changed but named as the problem, and Place hold waits until it is fixed. The service
/// checks everything again.
class HoldDialog : public QDialog
{
    Q_OBJECT
public:
    /// `reasons`: the profile's reason ids; `latest`: the last day the profile allows (invalid:
    /// no maximum).
    HoldDialog(const QStringList& reasons, QDate today, QDate latest, QWidget* parent = nullptr);
    ~HoldDialog() override;

    [[nodiscard]] HoldRequest request() const;
    /// A problem to show in the dialog (the service's refusal), keeping what was typed.
    void showProblem(const QString& message);
    /// What is wrong with the last day, or empty.
    [[nodiscard]] QString dateProblem() const;

private:
    void growToFit();
    void updateTargetLabel();
    void checkDate();

    QComboBox* m_scope = nullptr;
    QLabel* m_targetLabel = nullptr;
    QLineEdit* m_target = nullptr;
    QComboBox* m_reason = nullptr;
    QDateEdit* m_until = nullptr;
    QLineEdit* m_case = nullptr;
    QLabel* m_dateProblem = nullptr;
    QLabel* m_problem = nullptr;
    QDate m_today;
    QDate m_latest;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tallenne
