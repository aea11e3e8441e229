#include "gui/quality/ReviseDialog.h"

#include "services/quality/EvaluationService.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tallenne {

ReviseDialog::ReviseDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reviseDialog"));
    auto* layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    layout->addWidget(m_label);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setTabChangesFocus(true);
    m_label->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("reasonCountLabel"));
    layout->addWidget(m_count);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changeButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReviseDialog::update);
    retranslate();
    update();
    resize(460, 260);
}

ReviseDialog::~ReviseDialog() = default;

QString ReviseDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReviseDialog::update()
{
    const qsizetype length = reason().size();
    const bool ok = length >= 1 && length <= EvaluationService::MaxReasonLength;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_count->setText(tr("%1 of %2 characters").arg(length).arg(EvaluationService::MaxReasonLength));
    m_count->setStyleSheet(length > EvaluationService::MaxReasonLength
                               ? QStringLiteral("color: #c62828;")
                               : QString());
}

void ReviseDialog::retranslate()
{
    setWindowTitle(tr("Change a submitted evaluation"));
    m_label->setText(tr("&Why is the evaluation changed? The reason is kept with the earlier "
                        "revision."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    update();
}

void ReviseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace tallenne
