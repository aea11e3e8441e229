#include "gui/UserDialog.h"

#include "services/PasswordPolicy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tallenne {

namespace {
SecretBytes secretOf(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    return SecretBytes::fromBytes(utf8);
}
} // namespace

UserDialog::UserDialog(Mode mode, const QString& userName, Roles roles,
                       const QString& registerFolder, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_registerFolder(registerFolder)
{
    setObjectName(QStringLiteral("userDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(userName, this);
    m_name->setObjectName(QStringLiteral("userNameLineEdit"));
    m_name->setReadOnly(mode != Mode::Add);
    auto* nameLabel = new QLabel(tr("User &name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    if (mode == Mode::Add) {
        auto* nameHint = new QLabel(
            tr("1 to 64 letters, digits, dots, underscores or hyphens; it is typed at login."),
            this);
        nameHint->setWordWrap(true);
        form->addRow(QString(), nameHint);
    }

    if (mode != Mode::Password) {
        auto* box = new QGroupBox(tr("Roles"), this);
        auto* boxLayout = new QVBoxLayout(box);
        for (Role r : RoleNames::all()) {
            auto* check = new QCheckBox(RoleNames::displayName(r), box);
            check->setObjectName(RoleNames::id(r) + QStringLiteral("CheckBox"));
            check->setProperty("role", int(r));
            check->setChecked(roles.testFlag(r));
            boxLayout->addWidget(check);
            m_roles << check;
        }
        auto* rolesHint = new QLabel(
            tr("A role decides what the user may do and which keys they hold: a privacy officer "
               "holds the identifier, lookup and recordings keys."),
            box);
        rolesHint->setWordWrap(true);
        boxLayout->addWidget(rolesHint);
        layout->addWidget(box);
    }

    if (mode != Mode::ChangeRoles) {
        auto* passwordForm = new QFormLayout;
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordLineEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatLineEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        auto* passwordLabel =
            new QLabel(mode == Mode::Add ? tr("Initial &password:") : tr("New &password:"), this);
        passwordLabel->setBuddy(m_password);
        auto* repeatLabel = new QLabel(tr("R&epeat:"), this);
        repeatLabel->setBuddy(m_repeat);
        passwordForm->addRow(passwordLabel, m_password);
        passwordForm->addRow(repeatLabel, m_repeat);
        m_strength = new QLabel(this);
        m_strength->setObjectName(QStringLiteral("strengthLabel"));
        m_strength->setWordWrap(true);
        passwordForm->addRow(QString(), m_strength);
        layout->addLayout(passwordForm);
        connect(m_password, &QLineEdit::textChanged, this, &UserDialog::updateFeedback);
        connect(m_repeat, &QLineEdit::textChanged, this, &UserDialog::updateFeedback);
        connect(m_name, &QLineEdit::textChanged, this, &UserDialog::updateFeedback);
        if (mode == Mode::Password) {
            m_rotate = new QCheckBox(
                tr("Also &rotate the keys the user holds and the register key"), this);
            m_rotate->setObjectName(QStringLiteral("rotateCheckBox"));
            m_rotate->setToolTip(tr("Whatever was taken under the old password then opens "
                                    "nothing new. Everyone logged in must log in again."));
            layout->addWidget(m_rotate);
        }
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add a user"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add user"));
        break;
    case Mode::ChangeRoles:
        setWindowTitle(tr("Roles of %1").arg(userName));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change roles"));
        break;
    case Mode::Password:
        setWindowTitle(tr("New password for %1").arg(userName));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set password"));
        break;
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Wide enough for the hints to wrap into a few lines, never into a column of words.
    setMinimumWidth(std::max(minimumSizeHint().width(), fontMetrics().averageCharWidth() * 60));
    if (mode == Mode::Add)
        m_name->setFocus();
    else if (m_password)
        m_password->setFocus();
    else if (!m_roles.isEmpty())
        m_roles.first()->setFocus();
}

QString UserDialog::userName() const
{
    return m_name->text().trimmed();
}

Roles UserDialog::roles() const
{
    Roles out;
    for (const QCheckBox* check : m_roles) {
        if (check->isChecked())
            out |= Role(check->property("role").toInt());
    }
    return out;
}

SecretBytes UserDialog::takePassword()
{
    if (!m_password)
        return {};
    QString text = m_password->text();
    SecretBytes out = secretOf(text);
    SecretBytes::wipe(text);
    m_password->clear();
    m_repeat->clear();
    return out;
}

bool UserDialog::rotate() const
{
    return m_rotate && m_rotate->isChecked();
}

void UserDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    growToFit();
}

void UserDialog::growToFit()
{
    // A message that wraps onto more lines makes the dialog taller, never squeezes the rows
    // into each other (the fields would move under the pointer).
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void UserDialog::updateFeedback()
{
    if (!m_password)
        return;
    QString text = m_password->text();
    if (text.isEmpty()) {
        m_strength->clear();
        return;
    }
    // The same rule and words the service checks (without the register's names, which only
    // the service reads): the feedback says what a refusal would.
    Error error;
    const bool strong = PasswordPolicy::check(
        secretOf(text), PasswordPolicy::personalWords(userName(), m_registerFolder), &error);
    SecretBytes::wipe(text);
    m_strength->setText(strong ? tr("Strong enough.") : error.message);
    growToFit();
    // Said once, in the error line, as soon as the repeat differs (and gone when it matches).
    const QString differ = mismatchMessage();
    if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
        showError(differ);
    else if (m_error->text() == differ)
        showError({});
}

QString UserDialog::mismatchMessage()
{
    return tr("The two passwords differ: type the same password twice.");
}

void UserDialog::submit()
{
    if (m_mode != Mode::Password && roles() == Roles{}) {
        showError(tr("Choose at least one role."));
        return;
    }
    if (m_password && m_password->text() != m_repeat->text()) {
        showError(mismatchMessage());
        m_repeat->setFocus();
        return;
    }
    showError({});
    emit submitted();
}

} // namespace tallenne
