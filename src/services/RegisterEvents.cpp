#include "services/RegisterEvents.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace tallenne {

namespace {
// A writer touches the file several times per transaction: one check once it has settled.
constexpr int SettleMs = 150;
} // namespace

RegisterEvents::RegisterEvents(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<Changes>();
}

RegisterEvents::~RegisterEvents() = default;

void RegisterEvents::notify(Changes what)
{
    if (!what)
        return;
    emit changed(what);
    if (what & Change::Tags)
        emit tagsChanged(0);
    if (what & Change::Playlists)
        emit playlistsChanged(0);
}

void RegisterEvents::notifyTags(qint64 callId)
{
    emit changed(Change::Tags);
    emit tagsChanged(callId);
}

void RegisterEvents::notifyPlaylists(qint64 playlistId)
{
    emit changed(Change::Playlists);
    emit playlistsChanged(playlistId);
}

void RegisterEvents::watchFile(const QString& path, QSqlDatabase db)
{
    stopWatching();
    m_db = db;
    m_lastVersion = dataVersion(nullptr).value_or(-1);
    m_watcher = new QFileSystemWatcher(this);
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, &RegisterEvents::checkForeignChange);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle->start(); });
    // The folder, not the file: a writer's rollback journal appears beside the file and goes
    // at each commit, which the folder's watch reports however the file itself is written
    // (a watch on the file alone saw no commit of another connection).
    m_watcher->addPath(QFileInfo(path).absolutePath());
}

void RegisterEvents::stopWatching()
{
    delete m_watcher;
    m_watcher = nullptr;
    delete m_settle;
    m_settle = nullptr;
    m_db = QSqlDatabase();
    m_lastVersion = -1;
}

void RegisterEvents::checkForeignChange()
{
    bool keyLost = false;
    const auto version = dataVersion(&keyLost);
    if (!version) {
        if (keyLost)
            emit keyChanged();
        return;
    }
    if (*version == m_lastVersion)
        return;
    m_lastVersion = *version;
    notify(Change::Everything);
}

std::optional<qint64> RegisterEvents::dataVersion(bool* keyLost) const
{
    if (!m_db.isValid() || !m_db.isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        // SQLITE_NOTADB: the file is now encrypted under a key this session does not hold.
        if (keyLost)
            *keyLost = query.lastError().nativeErrorCode() == QLatin1String("26");
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

} // namespace tallenne
