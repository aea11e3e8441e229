#include "gui/HoldDialog.h"

#include "core/RetentionPolicy.h"
#include "gui/DateFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tallenne {

HoldDialog::HoldDialog(const QStringList& reasons, QDate today, QDate latest, QWidget* parent)
    : QDialog(parent), m_today(today), m_latest(latest)
{
    setObjectName(QStringLiteral("holdDialog"));
    setWindowTitle(tr("New legal hold"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_scope->addItem(tr("A call"), int(HoldRecord::Scope::Call));
    m_scope->addItem(tr("A chat"), int(HoldRecord::Scope::Chat));
    m_scope->addItem(tr("A data subject"), int(HoldRecord::Scope::Subject));
    m_scope->addItem(tr("A phone number"), int(HoldRecord::Scope::Phone));
    auto* scopeLabel = new QLabel(tr("Co&vers:"), this);
    scopeLabel->setBuddy(m_scope);
    form->addRow(scopeLabel, m_scope);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("targetLineEdit"));
    m_targetLabel = new QLabel(this);
    m_targetLabel->setBuddy(m_target);
    form->addRow(m_targetLabel, m_target);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonComboBox"));
    for (const QString& id : reasons)
        m_reason->addItem(RetentionPolicy::holdReasonName(id), id);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    m_until = new QDateEdit(this);
    m_until->setObjectName(QStringLiteral("untilDateEdit"));
    // No range on the field itself: QDateEdit would turn 31.12.2027 into the maximum without a
    // word. The calendar offers only the days allowed; a typed day outside them is named below.
    DateFields::setUp(m_until, DateFields::localeFormat());
    DateFields::setCalendarRange(m_until, today, latest);
    m_until->setDate(latest.isValid() ? std::min(latest, today.addMonths(1)) : today.addMonths(1));
    auto* untilLabel = new QLabel(tr("&Last day:"), this);
    untilLabel->setBuddy(m_until);
    form->addRow(untilLabel, m_until);
    m_dateProblem = new QLabel(this);
    m_dateProblem->setObjectName(QStringLiteral("untilProblemLabel"));
    m_dateProblem->setWordWrap(true);
    m_dateProblem->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_dateProblem->hide();
    form->addRow(QString(), m_dateProblem);
    m_case = new QLineEdit(this);
    m_case->setObjectName(QStringLiteral("caseLineEdit"));
    m_case->setMaxLength(200);
    auto* caseLabel = new QLabel(tr("Ca&se reference:"), this);
    caseLabel->setBuddy(m_case);
    form->addRow(caseLabel, m_case);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Place hold"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("placeHoldButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &HoldDialog::updateTargetLabel);
    connect(m_until, &QDateEdit::dateChanged, this, &HoldDialog::checkDate);
    updateTargetLabel();
    checkDate();
    if (latest.isValid()) {
        const QString limit =
            tr("At most %1 under the register profile.").arg(DateFields::text(latest));
        untilLabel->setToolTip(limit);
        m_until->setToolTip(limit);
    }
}

HoldDialog::~HoldDialog() = default;

void HoldDialog::updateTargetLabel()
{
    const auto scope = HoldRecord::Scope(m_scope->currentData().toInt());
    m_targetLabel->setText(scope == HoldRecord::Scope::Phone ? tr("&Number:")
                                                             : tr("&Number (id):"));
    m_target->setPlaceholderText(scope == HoldRecord::Scope::Phone ? tr("+358 40 123 4567")
                                                                   : QString());
}

QString HoldDialog::dateProblem() const
{
    const QDate until = m_until->date();
    if (m_latest.isValid() && until > m_latest)
        return tr("The longest hold this register allows ends on %1. Choose that day or an "
                  "earlier one.")
            .arg(DateFields::text(m_latest));
    if (until < m_today)
        return tr("The last day cannot be in the past: choose %1 or a later day.")
            .arg(DateFields::text(m_today));
    return {};
}

void HoldDialog::checkDate()
{
    const QString problem = dateProblem();
    m_dateProblem->setText(problem);
    m_dateProblem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    growToFit();
}

void HoldDialog::growToFit()
{
    // A message shown after the dialog opened wraps to more lines than it had room for: the
    // dialog grows to show it whole (it never shrinks under the user's hand).
    layout()->activate();
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (height > this->height())
        resize(width(), height);
}

HoldRequest HoldDialog::request() const
{
    HoldRequest r;
    r.scope = HoldRecord::Scope(m_scope->currentData().toInt());
    if (r.scope == HoldRecord::Scope::Phone)
        r.phone = m_target->text().trimmed();
    else
        r.targetId = m_target->text().trimmed().toLongLong();
    r.reason = m_reason->currentData().toString();
    r.until = m_until->date();
    r.caseRef = m_case->text().trimmed();
    return r;
}

void HoldDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
    growToFit();
}

} // namespace tallenne
