#include "gui/LoginDialog.h"

#include "gui/NoticeViewer.h"

#include "ui_LoginDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QKeyEvent>
#include <QPushButton>

namespace tallenne {

LoginDialog::LoginDialog(const Clock& clock, VaultOptions options, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_clock(clock), m_options(options)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Log in with your Tallenne user name and password. The register "
                                 "stays encrypted until you do."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    m_ui->busyProgressBar->setVisible(false);
    m_ui->errorLabel->setVisible(false);
    m_ui->errorLabel->setAccessibleName(tr("Error message"));
    m_switchUser = m_ui->buttonBox->addButton(tr("&Switch user"), QDialogButtonBox::ActionRole);
    m_switchUser->setObjectName(QStringLiteral("switchUserButton"));
    m_switchUser->setVisible(false);
    connect(m_switchUser, &QPushButton::clicked, this, [this] {
        setUnlockMode(false);
        m_ui->registerLineEdit->setReadOnly(true); // the same register, another person
        m_ui->browseButton->setEnabled(false);
        m_ui->userLineEdit->clear();
        m_ui->passwordLineEdit->clear();
        m_ui->userLineEdit->setFocus();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &LoginDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    // The notice is public: it opens before anyone logs in.
    connect(m_ui->noticeButton, &QPushButton::clicked, this, [this] {
        auto* viewer = new NoticeViewer(m_ui->registerLineEdit->text().trimmed(), this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->open();
    });
}

LoginDialog::~LoginDialog()
{
    // The password field is cleared so its text does not outlive the dialog in memory.
    m_ui->passwordLineEdit->clear();
}

void LoginDialog::setRegisterFolder(const QString& folder)
{
    m_ui->registerLineEdit->setText(folder);
    if (!folder.isEmpty())
        m_ui->userLineEdit->setFocus();
}

void LoginDialog::setUserName(const QString& name)
{
    m_ui->userLineEdit->setText(name);
    if (!name.isEmpty())
        m_ui->passwordLineEdit->setFocus();
}

void LoginDialog::setUnlockMode(bool unlock)
{
    m_unlock = unlock;
    m_switchUser->setVisible(unlock);
    if (QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel))
        cancel->setText(unlock ? tr("&Quit Tallenne") : tr("Cancel"));
    m_ui->registerLineEdit->setReadOnly(unlock);
    m_ui->browseButton->setEnabled(!unlock);
    m_ui->userLineEdit->setReadOnly(unlock);
    setWindowTitle(unlock ? tr("Tallenne is locked") : tr("Log in to Tallenne"));
    m_ui->introLabel->setText(
        unlock ? tr("The register was locked. Enter your password to continue.")
               : tr("Log in with your Tallenne user name and password. The register stays "
                    "encrypted until you do."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(unlock ? tr("Un&lock") : tr("&Log in"));
    if (unlock)
        m_ui->passwordLineEdit->setFocus();
}

void LoginDialog::setRegisterReadOnly(bool readOnly)
{
    m_ui->registerLineEdit->setReadOnly(readOnly);
    m_ui->browseButton->setEnabled(!readOnly);
    if (readOnly)
        m_ui->userLineEdit->setFocus();
}

void LoginDialog::keyPressEvent(QKeyEvent* event)
{
    // Locked, Esc is not "quit": only the Quit button ends the console.
    if (m_unlock && event->matches(QKeySequence::Cancel)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

std::unique_ptr<Session> LoginDialog::takeSession()
{
    return std::move(m_session);
}

void LoginDialog::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the register folder"),
                                                             m_ui->registerLineEdit->text());
    if (!folder.isEmpty())
        m_ui->registerLineEdit->setText(folder);
}

void LoginDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
}

void LoginDialog::accept()
{
    const RegisterPaths paths{m_ui->registerLineEdit->text().trimmed()};
    const QString user = m_ui->userLineEdit->text().trimmed();
    if (paths.folder.isEmpty() || !paths.looksLikeRegister()) {
        showError(tr("Choose a register folder: it holds register.db and keyslots.json."));
        m_ui->registerLineEdit->setFocus();
        return;
    }
    if (user.isEmpty()) {
        showError(tr("Enter your user name."));
        m_ui->userLineEdit->setFocus();
        return;
    }
    QByteArray utf8 = m_ui->passwordLineEdit->text().toUtf8();
    m_ui->passwordLineEdit->clear();
    const SecretBytes password = SecretBytes::fromBytes(utf8);

    m_ui->busyProgressBar->setVisible(true);
    m_ui->errorLabel->setVisible(false);
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QCoreApplication::processEvents(); // let the busy indicator paint before the key derivation
    Error error;
    m_session = Session::login(paths, user, password, m_clock, m_options, &error);
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    m_ui->busyProgressBar->setVisible(false);
    if (!m_session) {
        showError(error.message);
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace tallenne
