#include "gui/requests/NewRequestDialog.h"

#include "gui/DateFields.h"
#include "services/SubjectService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tallenne {

NewRequestDialog::NewRequestDialog(const QDateTime& now, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newRequestDialog"));
    setWindowTitle(tr("New request"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Open a request for the person at the counter or for a request that came in. The "
           "person is looked up at once; you see what was found, and why, before anything is "
           "handed over."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("requestKindCombo"));
    for (RequestKind k : AccessRequestTerms::kinds())
        m_kind->addItem(AccessRequestTerms::kindName(k), int(k));
    form->addRow(tr("The person &asks for:"), m_kind);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("requestChannelCombo"));
    for (RequestChannel c : AccessRequestTerms::channels())
        m_channel->addItem(AccessRequestTerms::channelName(c), int(c));
    form->addRow(tr("&Came in:"), m_channel);
    m_received = new QDateTimeEdit(now.toLocalTime(), this);
    m_received->setObjectName(QStringLiteral("requestReceivedEdit"));
    m_received->setDisplayFormat(DateFields::localeFormat() + QStringLiteral(" HH:mm"));
    m_received->setCalendarPopup(true);
    m_received->setMaximumDateTime(now.toLocalTime().addSecs(60));
    form->addRow(tr("&Received:"), m_received);
    m_identifierKind = new QComboBox(this);
    m_identifierKind->setObjectName(QStringLiteral("requestIdentifierKindCombo"));
    for (IdentifierKind k : {IdentifierKind::Phone, IdentifierKind::Email, IdentifierKind::Name,
                             IdentifierKind::IdentityCode, IdentifierKind::BusinessId})
        m_identifierKind->addItem(SubjectService::kindName(k), int(k));
    form->addRow(tr("&Find the person by:"), m_identifierKind);
    m_identifier = new QLineEdit(this);
    m_identifier->setObjectName(QStringLiteral("requestIdentifierEdit"));
    form->addRow(tr("&Value:"), m_identifier);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("newRequestProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open request"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_identifierKind, &QComboBox::currentIndexChanged, this,
            &NewRequestDialog::updatePlaceholder);
    connect(m_identifier, &QLineEdit::textChanged, this, &NewRequestDialog::updateOk);
    updatePlaceholder();
    updateOk();
    setMinimumWidth(460);
}

NewRequestDialog::~NewRequestDialog() = default;

void NewRequestDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The officer types what the person says first; the right and the channel have defaults.
    m_identifier->setFocus();
}

void NewRequestDialog::updatePlaceholder()
{
    switch (IdentifierKind(m_identifierKind->currentData().toInt())) {
    case IdentifierKind::Phone:
        m_identifier->setPlaceholderText(tr("e.g. 040 123 4567 or +358 40 123 4567"));
        break;
    case IdentifierKind::Email:
        m_identifier->setPlaceholderText(tr("e.g. maija.virtanen@example.com"));
        break;
    case IdentifierKind::Name:
        m_identifier->setPlaceholderText(tr("first and last name"));
        break;
    case IdentifierKind::IdentityCode:
        m_identifier->setPlaceholderText(tr("e.g. 131052-308T"));
        break;
    case IdentifierKind::BusinessId:
        m_identifier->setPlaceholderText(tr("e.g. 1761337-2"));
        break;
    case IdentifierKind::Address:
        m_identifier->setPlaceholderText(QString());
        break;
    }
}

void NewRequestDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_identifier->text().trimmed().isEmpty());
}

NewAccessRequest NewRequestDialog::request() const
{
    NewAccessRequest r;
    r.kind = RequestKind(m_kind->currentData().toInt());
    r.channel = RequestChannel(m_channel->currentData().toInt());
    r.receivedAt = m_received->dateTime().toUTC();
    r.identifierKind = IdentifierKind(m_identifierKind->currentData().toInt());
    r.identifier = m_identifier->text();
    return r;
}

void NewRequestDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    adjustSize();
}

} // namespace tallenne
