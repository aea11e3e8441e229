#include "gui/MainWindow.h"

#include "core/Translations.h"
#include "core/Version.h"
#include "gui/AdminPanel.h"
#include "gui/AuditTrailPanel.h"
#include "gui/CallsPanel.h"
#include "gui/ChatsPanel.h"
#include "gui/DialogFocus.h"
#include "gui/ElidedTextTips.h"
#include "gui/IdleWatcher.h"
#include "gui/ImportDialog.h"
#include "gui/LockGate.h"
#include "gui/LoginDialog.h"
#include "gui/NoticeViewer.h"
#include "gui/PlayerPanel.h"
#include "gui/PlaylistPanel.h"
#include "gui/PurgePanel.h"
#include "gui/RetentionPanel.h"
#include "gui/SplitterLayout.h"
#include "gui/SubjectFinderPanel.h"
#include "gui/TagListPanel.h"
#include "gui/Translations.h"
#include "gui/quality/QualityPage.h"
#include "gui/quality/ScorecardPanel.h"
#include "gui/requests/RequestDeskPanel.h"
#include "services/RegisterEvents.h"
#include "services/RegisterOpenCheck.h"
#include "services/UserPreferences.h"

#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace tallenne {

MainWindow::MainWindow(std::unique_ptr<Session> session, const Clock& clock, VaultOptions options,
                       QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(std::move(session)),
      m_clock(clock), m_options(options)
{
    m_ui->setupUi(this);
    DialogFocus::install(qApp);
    ElidedTextTips::install(qApp);
    setWindowIcon(QIcon(QStringLiteral(":/icons/tallenne.svg")));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->logOutAction, &QAction::triggered, this, &MainWindow::logOut);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refreshAll);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->noticeAction, &QAction::triggered, this, &MainWindow::showPrivacyNotice);
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::findInSection);
    m_ui->registerWarningLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                                        Qt::LinksAccessibleByKeyboard);
    connect(m_ui->registerWarningLabel, &QLabel::linkActivated, this, [this] {
        if (!m_session)
            return;
        const QString findings = m_ui->registerWarningLabel->toolTip();
        ScopedDialog<QMessageBox> box(QMessageBox::Warning, tr("What is wrong with the register"),
                                      tr("Tell an administrator what is listed here: they check "
                                         "the register with 'tallenne-admin verify'."),
                                      QMessageBox::Close, this);
        box->setInformativeText(findings);
        box->setTextFormat(Qt::PlainText);
        box.exec();
    });
    connect(m_ui->goToCallAction, &QAction::triggered, this, [this] {
        if (auto* calls = qobject_cast<CallsPanel*>(sectionPage(Section::Calls))) {
            showSection(Section::Calls);
            calls->goToCall();
        }
    });
    connect(m_ui->importCdrAction, &QAction::triggered, this,
            [this] { runImport(ImportDialog::Kind::Asterisk); });
    connect(m_ui->importChatsAction, &QAction::triggered, this,
            [this] { runImport(ImportDialog::Kind::Chats); });
    auto* languages = new QActionGroup(this);
    languages->addAction(m_ui->finnishAction);
    languages->addAction(m_ui->englishAction);
    connect(m_ui->finnishAction, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("fi")); });
    connect(m_ui->englishAction, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });
    connect(m_ui->sectionStackedWidget, &QStackedWidget::currentChanged, this, [this](int index) {
        SplitterLayout::markShown(m_ui->sectionStackedWidget->widget(index));
    });
    connect(m_ui->sectionListWidget, &QListWidget::currentRowChanged, m_ui->sectionStackedWidget,
            &QStackedWidget::setCurrentIndex);
    // Ctrl+1 … Ctrl+8 jump to the sections in the order shown.
    for (int i = 0; i < 8; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (i < m_ui->sectionListWidget->count())
                m_ui->sectionListWidget->setCurrentRow(i);
        });
    }

    m_idleWatcher = new IdleWatcher(this);
    connect(m_idleWatcher, &IdleWatcher::idle, this, &MainWindow::lock);
    // Queued: the last nested loop ends in a destructor inside the frame that opened it.
    connect(&LockGate::instance(), &LockGate::loopsClosed, this, &MainWindow::finishLock,
            Qt::QueuedConnection);

    if (m_session) {
        m_paths = m_session->paths();
        m_userName = m_session->userName();
        const QString language = UserPreferences(*m_session).language();
        if (!language.isEmpty() && language != Translations::current())
            Translations::apply(language);
    }
    m_ui->finnishAction->setChecked(Translations::current() == QLatin1String("fi"));
    m_ui->englishAction->setChecked(Translations::current() != QLatin1String("fi"));
    buildSections();
    showSession();
    startSession();
}

MainWindow::~MainWindow()
{
    if (m_locking)
        LockGate::instance().lockFinished();
    clearSections(); // the panels hold the session: they go first
}

void MainWindow::setIdleLockInterval(int milliseconds)
{
    m_idleWatcher->setInterval(milliseconds);
}

void MainWindow::follow(QWidget* page, Changes kinds, std::function<void()> refresh)
{
    // The page is the context: the connection goes with it when the lock clears the pages.
    connect(&m_session->events(), &RegisterEvents::changed, page,
            [kinds, refresh = std::move(refresh)](Changes what) {
                if (what & kinds)
                    refresh();
            });
}

void MainWindow::startSession()
{
    if (!m_session)
        return;
    // Changes made by tallenne-admin (or another console) while this one is open.
    m_session->events().watchFile(m_paths.database(), m_session->db());
    // Queued: the lock ends the session whose RegisterEvents is still on the stack.
    connect(
        &m_session->events(), &RegisterEvents::keyChanged, this,
        [this] {
            m_afterUnlock = tr("The register's key was changed by an administrator (a user was "
                               "removed or keys were rotated), so the console was locked. Your "
                               "password opens it with the new key.");
            statusBar()->showMessage(m_afterUnlock);
            lock();
        },
        Qt::QueuedConnection);
    // At every login of those who answer for retention (administrators, privacy officers),
    // what is past its period goes: in the background, a batch per turn of the event loop, with
    // its progress in the status bar and on the Purge tab.
    auto* retention = qobject_cast<RetentionPanel*>(sectionPage(Section::RetentionAndHolds));
    if (PurgePanel* purge = retention ? retention->purgePanel() : nullptr) {
        connect(purge, &PurgePanel::progress, this, [this](qint64 done, qint64 total) {
            if (total > 0)
                statusBar()->showMessage(
                    tr("Purging data past its retention period: %1 of %2").arg(done).arg(total));
        });
        // The end always replaces the progress, and goes away by itself: a purge that deleted
        // nothing says so briefly.
        connect(purge, &PurgePanel::purgeFinished, this,
                [this](const QString& message, bool noteworthy) {
                    statusBar()->showMessage(message, noteworthy ? 15000 : 5000);
                });
    }
    // The recordings' files (a stat each) are checked off the login path: the register's rows
    // read here, the files in a worker; then the banner, and the purge at login, which must
    // not delete on a register whose files are not as their rows say.
    const quint64 serial = ++m_sessionSerial;
    m_orphanFiles = false;
    m_missingFiles = false;
    QString error;
    auto snapshot = RegisterOpenCheck::snapshotRecordingFiles(*m_session, &error);
    const QPointer<RetentionPanel> retentionPanel = retention;
    const auto filesChecked =
        [this, serial, retentionPanel](const RegisterOpenCheck::RecordingFileFindings& found) {
            if (serial != m_sessionSerial || !m_session)
                return;
            m_checkingFiles = false;
            m_orphanFiles = found.orphans;
            m_missingFiles = found.missing;
            m_session->noteRecordingFileCheck(found.sentences);
            showOpenWarnings();
            if (PurgePanel* purge = retentionPanel ? retentionPanel->purgePanel() : nullptr)
                purge->startPurge();
        };
    if (!snapshot) {
        filesChecked({{tr("The recordings cannot be listed: %1").arg(error)}});
        return;
    }
    m_checkingFiles = true;
    auto* watcher = new QFutureWatcher<RegisterOpenCheck::RecordingFileFindings>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, filesChecked] {
        watcher->deleteLater();
        filesChecked(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([snapshot = std::move(*snapshot)] {
        return RegisterOpenCheck::checkRecordingFiles(snapshot);
    }));
}

QWidget* MainWindow::createPage(Section section)
{
    QWidget* stack = m_ui->sectionStackedWidget;
    switch (section) {
    case Section::Calls: {
        auto* panel = new CallsPanel(*m_session, stack);
        connect(panel, &CallsPanel::errorOccurred, this, &MainWindow::showError);
        connect(panel, &CallsPanel::evaluateRequested, this, &MainWindow::evaluate);
        follow(panel, Change::Calls | Change::Subjects | Change::Tags,
               [panel] { panel->refresh(); });
        return panel;
    }
    case Section::Chats: {
        auto* panel = new ChatsPanel(*m_session, stack);
        connect(panel, &ChatsPanel::errorOccurred, this, &MainWindow::showError);
        connect(panel, &ChatsPanel::evaluateRequested, this, &MainWindow::evaluate);
        follow(panel, Change::Chats | Change::Subjects, [panel] { panel->refresh(); });
        return panel;
    }
    case Section::Administration: {
        // It follows the register's changes itself (users, and the profile it edits).
        return new AdminPanel(*m_session, stack);
    }
    case Section::Coaching: {
        // The playlists and the tag list above, their own player below: clips play one after
        // another.
        auto* page = new QSplitter(Qt::Vertical, stack);
        auto* lists = new QSplitter(Qt::Horizontal, page);
        auto* player = new PlayerPanel(*m_session, page);
        auto* playlists = new PlaylistPanel(*m_session, player, lists);
        auto* tags = new TagListPanel(*m_session, player, lists);
        lists->addWidget(playlists);
        lists->addWidget(tags);
        page->addWidget(lists);
        page->addWidget(player);
        connect(player, &PlayerPanel::errorOccurred, this, &MainWindow::showError);
        connect(playlists, &PlaylistPanel::errorOccurred, this, &MainWindow::showError);
        connect(tags, &TagListPanel::errorOccurred, this, &MainWindow::showError);
        return page;
    }
    case Section::Quality: {
        auto* page = new QualityPage(*m_session, stack);
        connect(page, &QualityPage::errorOccurred, this, &MainWindow::showError);
        return page;
    }
    case Section::AccessRequests: {
        // The desk first (the person at the counter), the free search beside it.
        auto* tabs = new QTabWidget(stack);
        tabs->setObjectName(QStringLiteral("accessRequestsTabs"));
        auto* desk = new RequestDeskPanel(*m_session, tabs);
        desk->setObjectName(QStringLiteral("requestDeskPanel"));
        connect(desk, &RequestDeskPanel::errorOccurred, this, &MainWindow::showError);
        follow(desk,
               Change::Requests | Change::Subjects | Change::Calls | Change::Chats |
                   Change::Profile,
               [desk] { desk->refresh(); });
        auto* panel = new SubjectFinderPanel(*m_session, tabs);
        connect(panel, &SubjectFinderPanel::errorOccurred, this, &MainWindow::showError);
        follow(panel, Change::Subjects | Change::Calls | Change::Chats,
               [panel] { panel->refresh(); });
        tabs->addTab(desk, tr("Requests"));
        tabs->addTab(panel, tr("Find a person"));
        return tabs;
    }
    case Section::RetentionAndHolds: {
        auto* panel = new RetentionPanel(*m_session, stack);
        follow(panel, Change::Profile, [panel] { panel->refresh(); });
        return panel;
    }
    case Section::AuditTrail: {
        auto* panel = new AuditTrailPanel(*m_session, stack);
        connect(panel, &AuditTrailPanel::errorOccurred, this, &MainWindow::showError);
        return panel;
    }
    case Section::PrivacyNotice: {
        auto* viewer = new NoticeViewer(m_paths.folder, stack);
        viewer->setEmbedded(); // a page of the window, not a dialog of its own
        follow(viewer, Change::Profile, [viewer] { viewer->reload(); });
        return viewer;
    }
    }
    return nullptr;
}

void MainWindow::buildSections()
{
    clearSections();
    fitSectionList();
    // Importing is for those who decide what the register holds; the service checks it too.
    const bool mayImport =
        m_session && Permissions::allows(m_session->roles(), Permission::ManageRetentionAndProfile);
    m_ui->importCdrAction->setVisible(mayImport);
    m_ui->importChatsAction->setVisible(mayImport);
    m_ui->goToCallAction->setVisible(false);
    if (!m_session)
        return;
    m_sections = Sections::visibleFor(m_session->roles());
    m_ui->goToCallAction->setVisible(m_sections.contains(Section::Calls));
    for (Section s : m_sections) {
        auto* item = new QListWidgetItem(Sections::title(s), m_ui->sectionListWidget);
        item->setData(Qt::UserRole, Sections::id(s));
        QWidget* page = createPage(s);
        page->setObjectName(Sections::id(s) + QStringLiteral("Page"));
        page->setAccessibleName(Sections::title(s));
        m_ui->sectionStackedWidget->addWidget(page);
        m_pages << page;
    }
    if (!m_sections.isEmpty())
        m_ui->sectionListWidget->setCurrentRow(0);
}

void MainWindow::takeKeyboard()
{
    activateWindow();
    // Where no window manager runs (a bare X server), the X server ignores the first request:
    // it carries the time of the key that closed the login dialog, older than the focus change
    // the dialog's closing made. A moment later Qt knows a newer time, and the request holds.
    QTimer::singleShot(250, this, [this] {
        if (!isActiveWindow() && isVisible())
            activateWindow();
    });
}

void MainWindow::fitSectionList()
{
    // As wide as the longest title of any section in the current language, whoever is logged
    // in: the list neither squeezes its titles nor changes width between users or languages.
    QListWidget* list = m_ui->sectionListWidget;
    int widest = 0;
    for (Section s : Sections::all())
        widest = std::max(widest, list->fontMetrics().horizontalAdvance(Sections::title(s)));
    const int chrome = 2 * list->frameWidth() + 2 * list->spacing() +
                       list->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 16;
    list->setMaximumWidth(QWIDGETSIZE_MAX);
    list->setFixedWidth(widest + chrome);
}

void MainWindow::clearSections()
{
    m_ui->sectionListWidget->clear();
    for (QWidget* page : std::as_const(m_pages)) {
        m_ui->sectionStackedWidget->removeWidget(page);
        delete page;
    }
    m_pages.clear();
    m_sections.clear();
}

void MainWindow::showSection(Section section)
{
    const int index = int(m_sections.indexOf(section));
    if (index >= 0)
        m_ui->sectionListWidget->setCurrentRow(index);
}

QWidget* MainWindow::sectionPage(Section section) const
{
    const int index = int(m_sections.indexOf(section));
    return index >= 0 ? m_pages.at(index) : nullptr;
}

void MainWindow::evaluate(const Interaction& target)
{
    auto* quality = qobject_cast<QualityPage*>(sectionPage(Section::Quality));
    if (!quality)
        return;
    showSection(Section::Quality);
    quality->evaluate(target);
}

void MainWindow::findInSection()
{
    QWidget* page = m_ui->sectionStackedWidget->currentWidget();
    if (auto* calls = qobject_cast<CallsPanel*>(page))
        calls->focusSearch();
    else if (auto* chats = qobject_cast<ChatsPanel*>(page))
        chats->focusSearch();
    else if (auto* finder = qobject_cast<SubjectFinderPanel*>(page))
        finder->focusSearch();
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::showSession()
{
    m_ui->versionLabel->setText(tr("Version %1").arg(applicationVersion()));
    if (!m_session) {
        m_ui->userLabel->clear();
        // No one's name on a locked or logged-out console.
        statusBar()->showMessage(m_loggingOut ? tr("Logged out") : tr("Locked"));
        setWindowTitle(m_loggingOut ? tr("Tallenne — logged out") : tr("Tallenne — locked"));
        // What the last login found is that user's to read, not the next one's at the dialog.
        showOpenWarnings();
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
    showOpenWarnings();
    m_idleWatcher->start();
}

void MainWindow::showOpenWarnings()
{
    // What the login found wrong with the register (RegisterOpenCheck) stays in view above the
    // sections until the next login finds nothing: the console works, but not on the register
    // as it was left.
    const QStringList warnings = m_session ? m_session->openWarnings() : QStringList();
    m_ui->registerWarningLabel->setVisible(!warnings.isEmpty());
    if (warnings.isEmpty()) {
        m_ui->registerWarningLabel->clear();
        m_ui->registerWarningLabel->setToolTip(QString());
        return;
    }
    // Worded for who reads it: an administrator is the one who runs verify, and is told what
    // to run; everyone else whom to ask.
    QString advice;
    if (m_session->roles().testFlag(Role::Administrator)) {
        advice = tr("This register is not as it was left. Run 'tallenne-admin verify' on this "
                    "workstation to see everything that is wrong.");
        if (m_orphanFiles)
            advice += QLatin1Char(' ') + tr("'tallenne-admin verify --repair' moves the files "
                                            "without a row to quarantine/ (nothing is deleted).");
        if (m_missingFiles)
            advice += QLatin1Char(' ') +
                      tr("A recording whose file is lost for good is settled with "
                         "'tallenne-admin verify --repair --record-lost' (restore it from a "
                         "backup first if one has it).");
    } else {
        advice = tr("This register is not as it was left. Tell an administrator: they check it "
                    "with 'tallenne-admin verify'.");
    }
    QString details;
    for (const QString& warning : warnings)
        details += QStringLiteral("<li>%1</li>").arg(warning.toHtmlEscaped());
    details = QStringLiteral("<ul>%1</ul>").arg(details);
    if (m_session->roles().testFlag(Role::Administrator)) {
        m_ui->registerWarningLabel->setText(
            QStringLiteral("<b>%1</b>%2").arg(advice.toHtmlEscaped(), details));
        m_ui->registerWarningLabel->setToolTip(QString());
        return;
    }
    // Everyone else: what to do and whether they can go on, in two lines that leave the
    // player in view; the findings, which are the administrator's to read, in the tooltip
    // (before, a trainer read about key slots, audit entries and register.db-wal).
    // The findings are a link too, reached with Tab: a tooltip alone needs a mouse.
    m_ui->registerWarningLabel->setText(
        QStringLiteral("<b>%1</b> %2 <a href=\"findings\">%3</a>")
            .arg(advice.toHtmlEscaped(),
                 tr("You can go on working with what the register holds now.").toHtmlEscaped(),
                 tr("What is wrong?").toHtmlEscaped()));
    m_ui->registerWarningLabel->setToolTip(details);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (int i = 0; i < m_sections.size(); ++i)
            m_ui->sectionListWidget->item(i)->setText(Sections::title(m_sections.at(i)));
        fitSectionList();
        if (auto* tabs = findChild<QTabWidget*>(QStringLiteral("accessRequestsTabs"))) {
            tabs->setTabText(0, tr("Requests"));
            tabs->setTabText(1, tr("Find a person"));
        }
        showSession();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString& language)
{
    Translations::apply(language);
    m_ui->finnishAction->setChecked(language == QLatin1String("fi"));
    m_ui->englishAction->setChecked(language != QLatin1String("fi"));
    if (m_session) {
        Error error;
        if (!UserPreferences(*m_session).setLanguage(language, &error))
            showError(error.message);
    }
}

void MainWindow::runImport(ImportDialog::Kind kind)
{
    if (!m_session || m_locking)
        return;
    ScopedDialog<ImportDialog> dialog(*m_session, kind, this);
    // What was imported shows in the lists at once.
    connect(dialog.get(), &ImportDialog::imported, this, [this] {
        if (auto* calls = qobject_cast<CallsPanel*>(sectionPage(Section::Calls)))
            calls->refresh();
    });
    dialog.exec();
    // An import the lock stopped is said again after the unlock: the dialog is gone by then.
    if (dialog && dialog->stoppedByLock() && dialog->report())
        m_importStoppedByLock =
            tr("The import was stopped by the lock after %1 rows; those rows are in the "
               "register. Import the same file again to continue: the rows already there are "
               "skipped.")
                .arg(QLocale().toString(dialog->report()->rowsRead));
}

void MainWindow::lock()
{
    if (!m_session || m_locking)
        return;
    m_locking = true;
    m_idleWatcher->stop();
    // Kept in memory only, and given back to the same user after the unlock.
    m_lockedState = m_loggingOut ? QVariantMap() : viewState();
    // Nothing more reaches the panels while the dialogs, menus and an import end.
    centralWidget()->setEnabled(false);
    LockGate::instance().requestLock();
    if (LockGate::instance().openScopes() == 0)
        finishLock();
}

void MainWindow::finishLock()
{
    // Only from the event loop with no nested loop left: no frame still uses a panel.
    if (!m_locking || !m_session || LockGate::instance().openScopes() > 0)
        return;
    clearSections();
    m_session->lock();
    m_session.reset();
    ++m_sessionSerial; // a worker still checking files reports to no one
    m_checkingFiles = false;
    m_locking = false;
    LockGate::instance().lockFinished();
    centralWidget()->setEnabled(true);
    showSession();
    emit locked();
    // Ask once the event that triggered the lock has been handled.
    QTimer::singleShot(0, this, &MainWindow::askToUnlock);
}

void MainWindow::logOut()
{
    if (!m_session || m_locking)
        return;
    m_loggingOut = true;
    lock();
}

void MainWindow::refreshAll()
{
    if (!m_session || m_locking)
        return;
    m_session->events().checkForeignChange();
    if (!m_session || m_locking)
        return;
    m_session->events().notify(Change::Everything);
    statusBar()->showMessage(tr("Refreshed"), 3000);
}

QVariantMap MainWindow::viewState() const
{
    QVariantMap state;
    const int row = m_ui->sectionListWidget->currentRow();
    if (row >= 0 && row < m_sections.size())
        state.insert(QStringLiteral("section"), Sections::id(m_sections.at(row)));
    if (auto* calls = qobject_cast<CallsPanel*>(sectionPage(Section::Calls)))
        state.insert(QStringLiteral("calls"), calls->sessionState());
    if (auto* chats = qobject_cast<ChatsPanel*>(sectionPage(Section::Chats)))
        state.insert(QStringLiteral("chats"), chats->sessionState());
    if (QWidget* coaching = sectionPage(Section::Coaching)) {
        if (auto* playlists = coaching->findChild<PlaylistPanel*>())
            state.insert(QStringLiteral("playlist"), playlists->currentPlaylist());
        if (auto* player = coaching->findChild<PlayerPanel*>())
            state.insert(QStringLiteral("coachingPlayer"), player->sessionState());
    }
    if (auto* quality = qobject_cast<QualityPage*>(sectionPage(Section::Quality)))
        state.insert(QStringLiteral("quality"), quality->sessionState());
    // Every splitter of every page, as it was.
    QVariantMap splitters;
    for (int i = 0; i < m_sections.size() && i < m_pages.size(); ++i)
        splitters.insert(Sections::id(m_sections.at(i)), SplitterLayout::save(m_pages.at(i)));
    state.insert(QStringLiteral("splitters"), splitters);
    // Where the keyboard was: the widget that had the focus, by its name.
    if (const QWidget* focused = focusWidget(); focused && !focused->objectName().isEmpty())
        state.insert(QStringLiteral("focus"), focused->objectName());
    return state;
}

void MainWindow::restoreViewState(const QVariantMap& state)
{
    if (auto* calls = qobject_cast<CallsPanel*>(sectionPage(Section::Calls)))
        calls->restoreSessionState(state.value(QStringLiteral("calls")).toMap());
    if (auto* chats = qobject_cast<ChatsPanel*>(sectionPage(Section::Chats)))
        chats->restoreSessionState(state.value(QStringLiteral("chats")).toMap());
    if (QWidget* coaching = sectionPage(Section::Coaching)) {
        if (auto* playlists = coaching->findChild<PlaylistPanel*>();
            playlists && state.contains(QStringLiteral("playlist")))
            playlists->selectPlaylist(state.value(QStringLiteral("playlist")).toLongLong());
        if (auto* player = coaching->findChild<PlayerPanel*>())
            player->restoreSessionState(state.value(QStringLiteral("coachingPlayer")).toMap());
    }
    if (auto* quality = qobject_cast<QualityPage*>(sectionPage(Section::Quality)))
        quality->restoreSessionState(state.value(QStringLiteral("quality")).toMap());
    const QVariantMap splitters = state.value(QStringLiteral("splitters")).toMap();
    for (int i = 0; i < m_sections.size() && i < m_pages.size(); ++i)
        SplitterLayout::restore(m_pages.at(i),
                                splitters.value(Sections::id(m_sections.at(i))).toList());
    const QString section = state.value(QStringLiteral("section")).toString();
    for (int i = 0; i < m_sections.size(); ++i) {
        if (Sections::id(m_sections.at(i)) == section)
            m_ui->sectionListWidget->setCurrentRow(i);
    }
    const QString focus = state.value(QStringLiteral("focus")).toString();
    if (QWidget* w = focus.isEmpty() ? nullptr : findChild<QWidget*>(focus); w && w->isVisible())
        w->setFocus(Qt::OtherFocusReason);
}

void MainWindow::askToUnlock()
{
    // A window-modal dialog with open(), not exec(): no nested event loop, so timers,
    // tests and the rest of the application keep running while it waits.
    auto* dialog = new LoginDialog(m_clock, m_options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRegisterFolder(m_paths.folder);
    if (m_loggingOut) {
        // Someone else may log in: the same register, an empty user name.
        dialog->setUnlockMode(false);
        dialog->setRegisterReadOnly(true);
    } else {
        dialog->setUserName(m_userName);
        dialog->setUnlockMode(true);
    }
    m_loggingOut = false;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session = dialog->takeSession();
        const bool sameUser = m_session->userName() == m_userName;
        m_userName = m_session->userName();
        if (!sameUser) {
            // The next person's own language, or the system's when they never chose one
            // (not the language the previous person left behind).
            QString language = UserPreferences(*m_session).language();
            if (language.isEmpty())
                language = Translations::systemDefault();
            if (language != Translations::current())
                Translations::apply(language);
            m_ui->finnishAction->setChecked(Translations::current() == QLatin1String("fi"));
            m_ui->englishAction->setChecked(Translations::current() != QLatin1String("fi"));
        }
        buildSections();
        showSession();
        startSession();
        if (sameUser)
            restoreViewState(m_lockedState);
        m_lockedState.clear();
        if (!m_importStoppedByLock.isEmpty())
            statusBar()->showMessage(std::exchange(m_importStoppedByLock, QString()));
        else if (!m_afterUnlock.isEmpty())
            statusBar()->showMessage(std::exchange(m_afterUnlock, QString()), 15000);
        if (!isAncestorOf(focusWidget()))
            m_ui->sectionListWidget->setFocus(Qt::OtherFocusReason);
        takeKeyboard();
        emit unlocked();
    });
    connect(dialog, &QDialog::rejected, this, &QWidget::close);
    dialog->open();
}

void MainWindow::showPrivacyNotice()
{
    showSection(Section::PrivacyNotice);
}

void MainWindow::showAbout()
{
    LockGate::run([this] {
        QMessageBox::about(
            this, tr("About Tallenne"),
            tr("<h3>Tallenne %1</h3>"
               "<p>The register of recorded calls and chat transcripts: browse, listen, review "
               "and answer people's requests about their data.</p>"
               "<p>The register is encrypted with SQLCipher; each user's key slot is protected "
               "with Argon2id and XChaCha20-Poly1305 (libsodium).</p>"
               "<p>Built with Qt %2.</p>")
                .arg(applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

} // namespace tallenne
