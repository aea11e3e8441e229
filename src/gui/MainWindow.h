#pragma once

#include "core/Clock.h"
#include "gui/ImportDialog.h"
#include "gui/Sections.h"
#include "services/Session.h"

#include <QMainWindow>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace tallenne {

class IdleWatcher;
struct Interaction;

/// The console's main window: sections by role, who is logged in, language, lock and
/// auto-lock. It delegates to panels; panels delegate to services. Every panel holds the
/// session, so locking deletes them and unlocking builds them again.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Session> session, const Clock& clock, VaultOptions options,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Makes this the active window, so that the keyboard and its shortcuts work at once
    /// after a login or an unlock, without a click.
    void takeKeyboard();

    [[nodiscard]] Session* session() const { return m_session.get(); }
    [[nodiscard]] bool isLocked() const { return !m_session; }
    /// True while the check of the recordings' files runs in its worker (after the window
    /// shows; the banner is updated when it ends).
    [[nodiscard]] bool isCheckingRecordingFiles() const { return m_checkingFiles; }
    /// The idle interval before the automatic lock (default 10 minutes).
    void setIdleLockInterval(int milliseconds);
    /// The sections shown (in order) for the logged-in user's roles.
    [[nodiscard]] QList<Section> visibleSections() const { return m_sections; }
    void showSection(Section section);
    /// The page of a section, or nullptr when it is not shown.
    [[nodiscard]] QWidget* sectionPage(Section section) const;

    /// True from the moment the lock is requested until the session is gone.
    [[nodiscard]] bool isLocking() const { return m_locking; }

public slots:
    /// Wipes the key, closes the register and asks for the password again. Modal dialogs,
    /// menus and a running import end first (LockGate): an import stops at its next row
    /// boundary with the rows read committed. When nothing is open the lock is done on
    /// return; otherwise it completes from the event loop once the last of them has returned.
    void lock();
    /// Ends this user's session (as the lock does) and asks who logs in next: at a shared
    /// desk the next person sees nothing of what the last one had open.
    void logOut();
    /// Reads every page again (F5), including changes made by another process.
    void refreshAll();
    void showAbout();
    void showPrivacyNotice();
    void setLanguage(const QString& language);

signals:
    void locked();
    void unlocked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showOpenWarnings();
    void buildSections();
    void clearSections();
    void fitSectionList();
    void showSession();
    void finishLock();
    void askToUnlock();
    void findInSection();
    /// Evaluate in Calls or Chats: the Quality section's Evaluate tab with the call or chat.
    void evaluate(const tallenne::Interaction& target);
    void showError(const QString& message);
    void runImport(ImportDialog::Kind kind);
    QWidget* createPage(Section section);
    /// Refreshes `page` by `refresh` whenever a change of the given kinds is announced.
    void follow(QWidget* page, Changes kinds, std::function<void()> refresh);
    void startSession();
    /// What the user had in front of them (section, filters, selections, player, layout).
    [[nodiscard]] QVariantMap viewState() const;
    void restoreViewState(const QVariantMap& state);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Session> m_session;
    const Clock& m_clock;
    VaultOptions m_options;
    RegisterPaths m_paths;
    QString m_userName;
    IdleWatcher* m_idleWatcher = nullptr;
    QList<Section> m_sections;
    QList<QWidget*> m_pages;
    bool m_locking = false;
    bool m_loggingOut = false;
    QVariantMap m_lockedState;     ///< kept in memory across a lock, for the same user only
    QString m_importStoppedByLock; ///< said again after the unlock
    QString m_afterUnlock;         ///< why the console locked itself, said after the unlock
    bool m_checkingFiles = false;
    quint64 m_sessionSerial = 0; ///< a new one per session: a late worker's result is dropped
    /// What the worker's check of the recordings' files found for the banner's advice: files
    /// without a row (verify --repair) and recordings whose file is missing (--record-lost).
    bool m_orphanFiles = false;
    bool m_missingFiles = false;
};

} // namespace tallenne
