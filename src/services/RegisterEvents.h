#pragma once

#include <QFlags>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace tallenne {

/// What a change touched. Views listen for the kinds they show.
enum class Change : unsigned
{
    Calls = 0x1,    ///< calls, legs, recordings (imports, demo data)
    Chats = 0x2,    ///< chats and their messages
    Subjects = 0x4, ///< data subjects and their identifiers, restrictions
    Tags = 0x8,     ///< tags and labels
    Playlists = 0x10,
    Users = 0x20,    ///< users, their roles and the keys they hold
    Profile = 0x40,  ///< the register profile and the notice rendered from it
    Requests = 0x80, ///< data subjects' requests and what was found for them
    Quality = 0x100, ///< scorecards, evaluations, samples and calibrations
    Everything = 0xffff,
};
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

/// The register's change notification: every service announces what it changed once its
/// transaction has committed (notify()), and the views that show it read it again. Changes
/// written by another process (tallenne-admin beside the open console) are noticed too:
/// watchFile() follows the register's folder through the OS's file notifications (inotify,
/// not polling) and asks SQLite whether another connection committed (`PRAGMA data_version`, which
/// stays the same for this connection's own commits); such a change is announced as
/// Change::Everything, since another process does not say what it changed.
class RegisterEvents : public QObject
{
    Q_OBJECT
public:
    explicit RegisterEvents(QObject* parent = nullptr);
    ~RegisterEvents() override;

    /// Announces a committed change (emits changed(); a change that includes tags or
    /// playlists also emits tagsChanged(0) / playlistsChanged(0)).
    void notify(Changes what);
    /// A tag of `callId` was added, changed or deleted (0: several calls, or a label).
    void notifyTags(qint64 callId);
    /// A playlist was created, renamed or deleted, or its clips changed (0: several).
    void notifyPlaylists(qint64 playlistId);

    /// Starts following the register file (through its folder) for changes by other processes. `db`
    /// is the session's connection; it must stay open while watched (stopWatching() before
    /// closing).
    void watchFile(const QString& path, QSqlDatabase db);
    void stopWatching();
    /// Checks now whether another process committed, as the file watcher does (tests, F5).
    void checkForeignChange();

signals:
    void changed(tallenne::Changes what);
    /// The fine-grained forms, for views that show one call's tags or one playlist.
    void tagsChanged(qint64 callId);
    void playlistsChanged(qint64 playlistId);
    /// Another process changed the register's key (a user removed, a password reset with
    /// --rotate): this session's key no longer opens it, and the user must log in again.
    void keyChanged();

private:
    /// `PRAGMA data_version`, or nullopt when it cannot be read; `keyLost` (when given) says
    /// whether that is because the file no longer opens under this session's key.
    [[nodiscard]] std::optional<qint64> dataVersion(bool* keyLost) const;

    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_settle = nullptr;
    QSqlDatabase m_db;
    qint64 m_lastVersion = -1;
};

} // namespace tallenne

Q_DECLARE_METATYPE(tallenne::Changes)
