#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace tallenne {

/// Asks why a submitted evaluation is changed (1–500 characters): the reason is kept with the
/// earlier revision (EvaluationService::revise).
class ReviseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviseDialog(QWidget* parent = nullptr);
    ~ReviseDialog() override;

    [[nodiscard]] QString reason() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void update();

    QLabel* m_label = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_count = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tallenne
