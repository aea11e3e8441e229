#pragma once

#include "core/Interaction.h"
#include "storage/quality/ScorecardRepository.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tallenne {

/// Asks for what a new calibration is about: a call or a chat by its number, and the
/// scorecard (of those not retired) the reviewers score it on.
class NewCalibrationDialog : public QDialog
{
    Q_OBJECT

public:
    NewCalibrationDialog(const QList<ScorecardRecord>& scorecards, const Interaction& preset,
                         QWidget* parent = nullptr);
    ~NewCalibrationDialog() override;

    [[nodiscard]] Interaction target() const;
    [[nodiscard]] qint64 scorecardId() const;
    /// Shows why the last try was refused (empty: hides it).
    void showProblem(const QString& message);

private:
    void updateOk();

    QComboBox* m_kind = nullptr;
    QLineEdit* m_number = nullptr;
    QComboBox* m_scorecard = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tallenne
