#include "gui/PurposeDialog.h"

#include "ui_PurposeDialog.h"

#include <QPushButton>

namespace tallenne {

PurposeDialog::PurposeDialog(Roles roles, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PurposeDialog>())
{
    m_ui->setupUi(this);
    for (PlaybackPurpose p : PlaybackPurposes::allowedFor(roles))
        m_ui->purposeComboBox->addItem(PlaybackPurposes::displayName(p), int(p));
    connect(m_ui->purposeComboBox, &QComboBox::currentIndexChanged, this,
            &PurposeDialog::updateRequestField);
    connect(m_ui->requestLineEdit, &QLineEdit::textChanged, this,
            &PurposeDialog::updateRequestField);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PurposeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PurposeDialog::reject);
    updateRequestField();
}

PurposeDialog::~PurposeDialog() = default;

std::optional<PlaybackPurpose> PurposeDialog::purpose() const
{
    if (m_ui->purposeComboBox->currentIndex() < 0)
        return std::nullopt;
    return PlaybackPurpose(m_ui->purposeComboBox->currentData().toInt());
}

QString PurposeDialog::accessRequestId() const
{
    return purpose() == PlaybackPurpose::AccessRequest ? m_ui->requestLineEdit->text().trimmed()
                                                       : QString();
}

void PurposeDialog::updateRequestField()
{
    const bool request = purpose() == PlaybackPurpose::AccessRequest;
    m_ui->requestLabel->setVisible(request);
    m_ui->requestLineEdit->setVisible(request);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(purpose().has_value() &&
                     (!request || !m_ui->requestLineEdit->text().trimmed().isEmpty()));
}

void PurposeDialog::accept()
{
    if (purpose())
        QDialog::accept();
}

} // namespace tallenne
