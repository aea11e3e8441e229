#include "gui/MainWindow.h"

#include "core/Version.h"
#include "gui/IdleWatcher.h"
#include "gui/LoginDialog.h"

#include "ui_MainWindow.h"

#include <QMessageBox>
#include <QTimer>

namespace tallenne {

MainWindow::MainWindow(std::unique_ptr<Session> session, const Clock& clock, VaultOptions options,
                       QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(std::move(session)),
      m_clock(clock), m_options(options)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/tallenne.svg")));
    m_ui->lockAction->setStatusTip(tr("Lock the register: the key is wiped from memory until "
                                      "you enter your password again"));
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->versionLabel->setText(tr("Version %1").arg(applicationVersion()));

    m_idleWatcher = new IdleWatcher(this);
    connect(m_idleWatcher, &IdleWatcher::idle, this, &MainWindow::lock);

    if (m_session) {
        m_paths = m_session->paths();
        m_userName = m_session->userName();
    }
    showSession();
}

MainWindow::~MainWindow() = default;

void MainWindow::setIdleLockInterval(int milliseconds)
{
    m_idleWatcher->setInterval(milliseconds);
}

void MainWindow::showSession()
{
    if (!m_session) {
        m_ui->userLabel->clear();
        statusBar()->showMessage(tr("Locked"));
        return;
    }
    QStringList roleNames;
    for (Role r : RoleNames::all()) {
        if (m_session->roles().testFlag(r))
            roleNames << RoleNames::displayName(r);
    }
    const QString who =
        tr("Logged in as %1 (%2)").arg(m_session->userName(), roleNames.join(QStringLiteral(", ")));
    m_ui->userLabel->setText(who);
    statusBar()->showMessage(who);
    setWindowTitle(tr("Tallenne — %1").arg(m_session->userName()));
    m_idleWatcher->start();
}

void MainWindow::lock()
{
    if (!m_session)
        return;
    m_idleWatcher->stop();
    m_session->lock();
    m_session.reset();
    m_ui->centralWidget->setEnabled(false);
    showSession();
    emit locked();
    // Ask once the event that triggered the lock has been handled.
    QTimer::singleShot(0, this, &MainWindow::askToUnlock);
}

void MainWindow::askToUnlock()
{
    // A window-modal dialog with open(), not exec(): no nested event loop, so timers,
    // tests and the rest of the application keep running while it waits.
    auto* dialog = new LoginDialog(m_clock, m_options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRegisterFolder(m_paths.folder);
    dialog->setUserName(m_userName);
    dialog->setUnlockMode(true);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session = dialog->takeSession();
        m_ui->centralWidget->setEnabled(true);
        showSession();
        emit unlocked();
    });
    connect(dialog, &QDialog::rejected, this, &QWidget::close);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Tallenne"),
        tr("<h3>Tallenne %1</h3>"
           "<p>The register of recorded calls and chat transcripts: browse, listen, review "
           "and answer people's requests about their data.</p>"
           "<p>The register is encrypted with SQLCipher; each user's key slot is protected "
           "with Argon2id and XChaCha20-Poly1305 (libsodium).</p>"
           "<p>Built with Qt %2.</p>")
            .arg(applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace tallenne
