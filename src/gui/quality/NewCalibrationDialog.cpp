#include "gui/quality/NewCalibrationDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tallenne {

NewCalibrationDialog::NewCalibrationDialog(const QList<ScorecardRecord>& scorecards,
                                           const Interaction& preset, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newCalibrationDialog"));
    setWindowTitle(tr("New calibration"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Reviewers score the same call or chat on the same scorecard "
                                "without seeing each other's answers. When it is closed, the "
                                "console shows where they differ."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("calibrationKindComboBox"));
    m_kind->addItem(tr("Call"), int(Interaction::Kind::Call));
    m_kind->addItem(tr("Chat"), int(Interaction::Kind::Chat));
    form->addRow(tr("&Kind:"), m_kind);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("calibrationNumberLineEdit"));
    m_number->setValidator(new QIntValidator(1, 2147483647, m_number));
    m_number->setPlaceholderText(tr("as in \"Call 123\" in its details"));
    form->addRow(tr("&Number:"), m_number);
    m_scorecard = new QComboBox(this);
    m_scorecard->setObjectName(QStringLiteral("calibrationScorecardComboBox"));
    for (const ScorecardRecord& card : scorecards) {
        if (!card.retired)
            m_scorecard->addItem(card.name, card.id);
    }
    form->addRow(tr("S&corecard:"), m_scorecard);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("newCalibrationProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start calibration"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_number, &QLineEdit::textChanged, this, &NewCalibrationDialog::updateOk);
    if (preset.isValid()) {
        m_kind->setCurrentIndex(preset.isCall() ? 0 : 1);
        m_number->setText(QString::number(preset.id));
    }
    if (m_scorecard->count() == 0)
        showProblem(tr("There is no scorecard to calibrate on: make one on the Scorecards "
                       "tab first."));
    updateOk();
    setMinimumWidth(420);
    // The keyboard starts where the dialog needs an answer.
    if (preset.isValid())
        m_scorecard->setFocus();
    else
        m_number->setFocus();
}

NewCalibrationDialog::~NewCalibrationDialog() = default;

Interaction NewCalibrationDialog::target() const
{
    const qint64 id = m_number->text().toLongLong();
    return Interaction::Kind(m_kind->currentData().toInt()) == Interaction::Kind::Call
               ? Interaction::call(id)
               : Interaction::chat(id);
}

qint64 NewCalibrationDialog::scorecardId() const
{
    return m_scorecard->currentData().toLongLong();
}

void NewCalibrationDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    adjustSize();
}

void NewCalibrationDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_number->text().toLongLong() > 0 && m_scorecard->count() > 0);
}

} // namespace tallenne
