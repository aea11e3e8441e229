#include "storage/RecordingStore.h"

#include "core/Logging.h"
#include "crypto/RecordingCipher.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>

#include <memory>

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

namespace tallenne {

namespace {
const QString tmpSuffix = QStringLiteral(".tmp");
const QString recSuffix = QStringLiteral(".rec");

// A name that says nothing about the call: 128 random bits in hex.
QString randomFileName()
{
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(
               QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex()) +
           recSuffix;
}

// The rename is durable only once the folder's entry is on disk too.
bool syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString recordingObject(qint64 id)
{
    return QStringLiteral("recording:%1").arg(id);
}
} // namespace

RecordingStore::RecordingStore(QString recordingsDir, QSqlDatabase db, const Clock& clock)
    : m_folder(std::move(recordingsDir)), m_db(std::move(db)), m_clock(clock)
{}

RecordingStore::~RecordingStore() = default;

QString RecordingStore::pathOf(const QString& fileName) const
{
    return QDir(m_folder).filePath(fileName);
}

std::optional<StoredRecording> RecordingStore::write(const QByteArray& audio, Error* error)
{
    if (!initialiseSodium()) {
        fail(error, ErrorKind::Environment, tr("libsodium cannot start."));
        return std::nullopt;
    }
    if (!QDir().mkpath(m_folder)) {
        fail(error, ErrorKind::Environment,
             tr("Cannot create the recordings folder %1.").arg(QDir::toNativeSeparators(m_folder)));
        return std::nullopt;
    }
    StoredRecording stored;
    stored.fileName = randomFileName();
    stored.key = RecordingCipher::newKey();
    stored.sizeBytes = audio.size();
    const QString finalPath = pathOf(stored.fileName);
    const QString tmpPath = finalPath + tmpSuffix;

    QFile out(tmpPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        fail(error, ErrorKind::Environment,
             tr("Cannot write a recording file in %1: %2")
                 .arg(QDir::toNativeSeparators(m_folder), out.errorString()));
        return std::nullopt;
    }
    // QBuffer over the caller's bytes: the plaintext goes from memory to the cipher only.
    QByteArray view = QByteArray::fromRawData(audio.constData(), audio.size());
    QBuffer plain(&view);
    plain.open(QIODevice::ReadOnly);
    if (!RecordingCipher::encrypt(plain, out, stored.key, &stored.sha256, error)) {
        out.remove();
        return std::nullopt;
    }
    const bool flushed = out.flush() && ::fsync(out.handle()) == 0;
    out.close();
    if (!flushed || out.error() != QFileDevice::NoError) {
        QFile::remove(tmpPath);
        fail(error, ErrorKind::Environment,
             tr("Cannot write a recording file in %1 (disk full?).")
                 .arg(QDir::toNativeSeparators(m_folder)));
        return std::nullopt;
    }
    if (::rename(QFile::encodeName(tmpPath).constData(),
                 QFile::encodeName(finalPath).constData()) != 0) {
        QFile::remove(tmpPath);
        fail(error, ErrorKind::Environment,
             tr("Cannot rename a recording file in %1.").arg(QDir::toNativeSeparators(m_folder)));
        return std::nullopt;
    }
    if (!syncFolder(m_folder)) {
        QFile::remove(finalPath);
        fail(error, ErrorKind::Environment,
             tr("Cannot sync the recordings folder %1.").arg(QDir::toNativeSeparators(m_folder)));
        return std::nullopt;
    }
    return stored;
}

QByteArray RecordingStore::keyPlace(const QString& fileName)
{
    return QByteArray("recordings/file_key/") + fileName.toUtf8();
}

bool RecordingStore::insertRow(qint64 callId, const StoredRecording& stored, const AudioInfo& info,
                               const QByteArray& sealedKey, Error* error)
{
    // Prepared once per store: an import inserts thousands of rows through one store.
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        if (!m_insert->prepare(QStringLiteral(
                "INSERT INTO recordings (call_id, file_name, codec, channels, sample_rate,"
                " duration_ms, size_bytes, sha256, file_key, file_key_sealed, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, X'', ?, ?)"))) {
            if (error)
                *error = Database::errorFromSql(m_insert->lastError(), tr("Storing a recording"));
            m_insert.reset();
            return false;
        }
    }
    QSqlQuery& q = *m_insert;
    q.bindValue(0, callId);
    q.bindValue(1, stored.fileName);
    q.bindValue(2, info.codec);
    q.bindValue(3, info.channels);
    q.bindValue(4, info.sampleRate);
    q.bindValue(5, info.durationMs);
    q.bindValue(6, stored.sizeBytes);
    q.bindValue(7, stored.sha256);
    q.bindValue(8, sealedKey);
    q.bindValue(9, m_clock.nowUtc().toSecsSinceEpoch());
    const bool ok = q.exec();
    q.finish();
    if (!ok) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Storing a recording"));
        return false;
    }
    return true;
}

std::optional<QByteArray> RecordingStore::read(qint64 recordingId, const KeyOpener& openKey,
                                               Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT file_name, file_key_sealed, sha256 FROM recordings WHERE id = ?"));
    q.addBindValue(recordingId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Reading a recording"));
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, ErrorKind::InputRejected, tr("There is no recording %1.").arg(recordingId));
        return std::nullopt;
    }
    const QString fileName = q.value(0).toString();
    const QByteArray sealedKey = q.value(1).toByteArray();
    const QByteArray expected = q.value(2).toByteArray();
    q.finish();
    auto keyBytes = openKey(sealedKey, keyPlace(fileName), error);
    if (!keyBytes)
        return std::nullopt;
    const SecretBytes key = SecretBytes::fromBytes(*keyBytes);

    QFile in(pathOf(fileName));
    if (!in.exists()) {
        fail(error, ErrorKind::Damaged,
             tr("The file of %1 is missing from recordings/.").arg(recordingObject(recordingId)));
        return std::nullopt;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        fail(error, ErrorKind::Environment,
             tr("Cannot read the file of %1: %2")
                 .arg(recordingObject(recordingId), in.errorString()));
        return std::nullopt;
    }
    QByteArray sha;
    Error cipherError;
    auto audio = RecordingCipher::decrypt(in, key, &sha, &cipherError);
    if (!audio) {
        fail(error, ErrorKind::Damaged,
             tr("The file of %1 is damaged: %2")
                 .arg(recordingObject(recordingId), cipherError.message));
        return std::nullopt;
    }
    if (sha != expected) {
        fail(error, ErrorKind::Damaged,
             tr("The file of %1 does not match its checksum.").arg(recordingObject(recordingId)));
        return std::nullopt;
    }
    return audio;
}

std::optional<qint64> RecordingStore::recordingIdForCall(qint64 callId, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM recordings WHERE call_id = ?"));
    q.addBindValue(callId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Finding a recording"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<AudioInfo> RecordingStore::info(qint64 recordingId, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT codec, channels, sample_rate, duration_ms FROM recordings WHERE id = ?"));
    q.addBindValue(recordingId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Reading a recording"));
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, ErrorKind::InputRejected, tr("There is no recording %1.").arg(recordingId));
        return std::nullopt;
    }
    return AudioInfo{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(),
                     q.value(3).toLongLong()};
}

bool RecordingStore::remove(qint64 recordingId, Error* error)
{
    QString fileName;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT file_name FROM recordings WHERE id = ?"));
        q.addBindValue(recordingId);
        if (!q.exec()) {
            if (error)
                *error = Database::errorFromSql(q.lastError(), tr("Removing a recording"));
            return false;
        }
        if (!q.next())
            return fail(error, ErrorKind::InputRejected,
                        tr("There is no recording %1.").arg(recordingId));
        fileName = q.value(0).toString();
    }
    // The key row goes first: once it is gone the file is noise, whatever happens next.
    TransactionGuard transaction(m_db);
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM recordings WHERE id = ?"));
    del.addBindValue(recordingId);
    if (!del.exec()) {
        if (error)
            *error = Database::errorFromSql(del.lastError(), tr("Removing a recording"));
        return false;
    }
    if (!transaction.commit(error))
        return false;
    QFile file(pathOf(fileName));
    if (file.exists() && !file.remove()) {
        qCWarning(lcStorage) << "a shredded recording's file could not be deleted; verify will";
        return true;
    }
    syncFolder(m_folder);
    return true;
}

std::optional<int> RecordingStore::sweepOrphans(bool removeThem, Error* error)
{
    QSet<QString> known;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT file_name FROM recordings"))) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Checking recordings"));
        return std::nullopt;
    }
    while (q.next())
        known.insert(q.value(0).toString());
    const QDir folder(m_folder);
    if (!folder.exists())
        return 0;
    int orphans = 0;
    const QStringList files = folder.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : files) {
        if (!name.endsWith(tmpSuffix) && known.contains(name))
            continue;
        ++orphans;
        if (removeThem && !QFile::remove(folder.filePath(name))) {
            fail(error, ErrorKind::Environment,
                 tr("Cannot remove an orphaned file in %1.")
                     .arg(QDir::toNativeSeparators(m_folder)));
            return std::nullopt;
        }
    }
    if (removeThem && orphans > 0)
        syncFolder(m_folder);
    return orphans;
}

void RecordingStore::discard(const QString& fileName)
{
    if (!fileName.isEmpty() && !fileName.contains(QLatin1Char('/')))
        QFile::remove(pathOf(fileName));
}

} // namespace tallenne
