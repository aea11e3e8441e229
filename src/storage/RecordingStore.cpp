#include "storage/RecordingStore.h"

#include "core/DiskSpace.h"

#include "core/Logging.h"
#include "crypto/RecordingCipher.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <climits>
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

// Whose a file of recordings/ is: a row's, the purge journal's (its row was purged, the next
// purge removes it) or no one's. One look-up per file, each prepared once (file_name is unique,
// so indexed): no set of every name in memory.
class FileOwners
{
public:
    enum class Owner
    {
        Row,
        PurgeJournal,
        Nobody,
    };

    explicit FileOwners(const QSqlDatabase& db) : m_rows(db), m_journal(db)
    {
        m_rows.setForwardOnly(true);
        m_journal.setForwardOnly(true);
        m_prepared =
            m_rows.prepare(QStringLiteral("SELECT 1 FROM recordings WHERE file_name = ?")) &&
            m_journal.prepare(QStringLiteral("SELECT 1 FROM purge_shredded WHERE file_name = ?"));
    }

    std::optional<Owner> of(const QString& fileName, Error* error)
    {
        // A *.tmp is a write cut short: its row can never have committed (write() renames
        // before the row goes in).
        if (fileName.endsWith(tmpSuffix))
            return Owner::Nobody;
        const auto found = [&](QSqlQuery& q) -> std::optional<bool> {
            q.bindValue(0, fileName);
            if (!m_prepared || !q.exec()) {
                if (error)
                    *error = Database::errorFromSql(q.lastError(),
                                                    RecordingStore::tr("Checking recordings"));
                return std::nullopt;
            }
            const bool there = q.next();
            q.finish();
            return there;
        };
        const auto row = found(m_rows);
        if (!row)
            return std::nullopt;
        if (*row)
            return Owner::Row;
        const auto journal = found(m_journal);
        if (!journal)
            return std::nullopt;
        return *journal ? Owner::PurgeJournal : Owner::Nobody;
    }

private:
    QSqlQuery m_rows;
    QSqlQuery m_journal;
    bool m_prepared = false;
};
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
    auto stored = writePending(audio, error);
    if (!stored)
        return std::nullopt;
    const std::vector<const StoredRecording*> one = {&*stored};
    if (!settle(one, error)) {
        discard(*stored);
        return std::nullopt;
    }
    return stored;
}

std::optional<StoredRecording> RecordingStore::writePending(const QByteArray& audio, Error* error)
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
    const QString tmpPath = pathOf(stored.fileName) + tmpSuffix;

    QFile out(tmpPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        fail(error, ErrorKind::Environment,
             DiskSpace::explainWriteFailure(
                 m_folder, tr("Cannot write a recording file in %1: %2")
                               .arg(QDir::toNativeSeparators(m_folder), out.errorString())));
        return std::nullopt;
    }
    // QBuffer over the caller's bytes: the plaintext goes from memory to the cipher only.
    QByteArray view = QByteArray::fromRawData(audio.constData(), audio.size());
    QBuffer plain(&view);
    plain.open(QIODevice::ReadOnly);
    if (!RecordingCipher::encrypt(plain, out, stored.key, &stored.sha256, error,
                                  &stored.fileDigest)) {
        out.remove();
        if (DiskSpace::isFull(m_folder))
            fail(error, ErrorKind::Environment, DiskSpace::fullMessage(m_folder));
        return std::nullopt;
    }
    const bool flushed = out.flush();
#ifdef Q_OS_LINUX
    // The disk starts on the file now, while the next one is encrypted; settle()'s fsync then
    // mostly finds it written (an import's CPU and its disk work overlap instead of taking
    // turns). Only a hint: settle() decides.
    if (flushed)
        ::sync_file_range(out.handle(), 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
    out.close();
    if (!flushed || out.error() != QFileDevice::NoError) {
        QFile::remove(tmpPath);
        fail(error, ErrorKind::Environment,
             DiskSpace::explainWriteFailure(m_folder,
                                            tr("Cannot write a recording file in %1 (disk full?).")
                                                .arg(QDir::toNativeSeparators(m_folder))));
        return std::nullopt;
    }
    return stored;
}

bool RecordingStore::settle(const std::vector<const StoredRecording*>& files, Error* error)
{
    if (files.empty())
        return true;
    const auto writeFailed = [&] {
        return fail(error, ErrorKind::Environment,
                    DiskSpace::explainWriteFailure(
                        m_folder, tr("Cannot write a recording file in %1 (disk full?).")
                                      .arg(QDir::toNativeSeparators(m_folder))));
    };
    // Every file's bytes on disk under its temporary name, then renamed: a final name never
    // names a file whose contents could still be lost.
    for (const StoredRecording* stored : files) {
        const QByteArray tmpPath = QFile::encodeName(pathOf(stored->fileName) + tmpSuffix);
        const int fd = ::open(tmpPath.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return writeFailed();
        const bool synced = ::fsync(fd) == 0;
        ::close(fd);
        if (!synced)
            return writeFailed();
        if (::rename(tmpPath.constData(),
                     QFile::encodeName(pathOf(stored->fileName)).constData()) != 0)
            return fail(error, ErrorKind::Environment,
                        tr("Cannot rename a recording file in %1.")
                            .arg(QDir::toNativeSeparators(m_folder)));
    }
    // The renames are durable only once the folder's entries are on disk too: one fsync of
    // the folder for all of them.
    if (!syncFolder(m_folder))
        return fail(
            error, ErrorKind::Environment,
            tr("Cannot sync the recordings folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    return true;
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
                " duration_ms, size_bytes, sha256, file_key, file_key_sealed, created_at,"
                " file_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, X'', ?, ?, ?)"))) {
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
    q.bindValue(10, stored.fileDigest.isEmpty() ? QVariant() : QVariant(stored.fileDigest));
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
             tr("The file of recording %1 is missing from recordings/.").arg(recordingId));
        return std::nullopt;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        fail(error, ErrorKind::Environment,
             tr("Cannot read the file of recording %1: %2")
                 .arg(QString::number(recordingId), in.errorString()));
        return std::nullopt;
    }
    QByteArray sha;
    Error cipherError;
    auto audio = RecordingCipher::decrypt(in, key, &sha, &cipherError);
    if (!audio) {
        fail(error, ErrorKind::Damaged,
             tr("The file of recording %1 is damaged: %2")
                 .arg(QString::number(recordingId), cipherError.message));
        return std::nullopt;
    }
    if (sha != expected) {
        sodium_memzero(audio->data(), std::size_t(audio->size()));
        fail(error, ErrorKind::Damaged,
             tr("The file of recording %1 does not match its checksum.").arg(recordingId));
        return std::nullopt;
    }
    return audio;
}

RecordingStream::RecordingStream(qint64 recordingId, const QString& path, SecretBytes key,
                                 QByteArray expectedSha256, qint64 plaintextBytes)
    : m_recordingId(recordingId), m_file(path), m_key(std::move(key)),
      m_expected(std::move(expectedSha256)), m_plaintextBytes(plaintextBytes),
      m_reader(m_file, m_key)
{}

bool RecordingStream::start(Error* error)
{
    if (!m_file.exists())
        return fail(error, ErrorKind::Damaged,
                    RecordingStore::tr("The file of recording %1 is missing from recordings/.")
                        .arg(m_recordingId));
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(error, ErrorKind::Environment,
                    RecordingStore::tr("Cannot read the file of recording %1: %2")
                        .arg(QString::number(m_recordingId), m_file.errorString()));
    Error cipherError;
    if (!m_reader.start(&cipherError))
        return fail(error, ErrorKind::Damaged,
                    RecordingStore::tr("The file of recording %1 is damaged: %2")
                        .arg(QString::number(m_recordingId), cipherError.message));
    return true;
}

bool RecordingStream::next(QByteArray& plain, Error* error)
{
    Error cipherError;
    if (!m_reader.next(plain, &cipherError))
        return fail(error, ErrorKind::Damaged,
                    RecordingStore::tr("The file of recording %1 is damaged: %2")
                        .arg(QString::number(m_recordingId), cipherError.message));
    if (!m_reader.atEnd())
        return true;
    if (m_reader.plaintextSha256() != m_expected) {
        sodium_memzero(plain.data(), std::size_t(plain.size()));
        plain.resize(0);
        return fail(error, ErrorKind::Damaged,
                    RecordingStore::tr("The file of recording %1 does not match its checksum.")
                        .arg(m_recordingId));
    }
    m_done = true;
    return true;
}

std::unique_ptr<RecordingStream>
RecordingStore::openStream(qint64 recordingId, const KeyOpener& openKey, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT file_name, file_key_sealed, sha256, size_bytes FROM recordings WHERE id = ?"));
    q.addBindValue(recordingId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Reading a recording"));
        return nullptr;
    }
    if (!q.next()) {
        fail(error, ErrorKind::InputRejected, tr("There is no recording %1.").arg(recordingId));
        return nullptr;
    }
    const QString fileName = q.value(0).toString();
    const QByteArray sealedKey = q.value(1).toByteArray();
    const QByteArray expected = q.value(2).toByteArray();
    const qint64 size = q.value(3).toLongLong();
    q.finish();
    auto keyBytes = openKey(sealedKey, keyPlace(fileName), error);
    if (!keyBytes)
        return nullptr;
    SecretBytes key = SecretBytes::fromBytes(*keyBytes);
    sodium_memzero(keyBytes->data(), std::size_t(keyBytes->size()));
    auto stream = std::make_unique<RecordingStream>(recordingId, pathOf(fileName), std::move(key),
                                                    expected, size);
    if (!stream->start(error))
        return nullptr;
    return stream;
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

bool RecordingStore::fileMissing(qint64 recordingId, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT file_name FROM recordings WHERE id = ?"));
    q.addBindValue(recordingId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Reading a recording"));
        return false;
    }
    if (!q.next() || QFileInfo::exists(pathOf(q.value(0).toString())))
        return false;
    fail(error, ErrorKind::Damaged,
         tr("The file of recording %1 is missing from recordings/.").arg(recordingId));
    return true;
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
        qCWarning(lcStorage) << "a shredded recording's file could not be deleted; verify "
                                "reports it";
        return true;
    }
    syncFolder(m_folder);
    return true;
}

bool RecordingStore::isPlainFileName(const QString& fileName)
{
    return !fileName.isEmpty() && fileName != QLatin1String(".") &&
           fileName != QLatin1String("..") && !fileName.contains(QLatin1Char('/')) &&
           !fileName.contains(QLatin1Char('\\')) && !fileName.contains(QChar(0));
}

std::optional<RecordingFilesReport> RecordingStore::checkFiles(RecordingCheckDepth depth,
                                                               const KeyOpener& openKey,
                                                               const CheckProgress& progress,
                                                               Error* error) const
{
    RecordingFilesReport report;
    const auto problem = [&report](const QString& code, qint64 id, const QString& name,
                                   const QString& message) {
        ++report.problemCount;
        if (report.problems.size() < RecordingFilesReport::MaxProblems)
            report.problems.append({id, name, message, code});
    };
    const auto sqlFailed = [error](const QSqlQuery& q) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Checking recordings"));
        return std::nullopt;
    };

    qint64 filesTotal = 0;
    qint64 bytesTotal = 0;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT count(*), total(size_bytes) FROM recordings")) ||
            !q.next())
            return sqlFailed(q);
        filesTotal = q.value(0).toLongLong();
        bytesTotal = qint64(q.value(1).toDouble());
    }
    report.folderMissing = !QDir(m_folder).exists();

    // A page of rows at a time, by id: memory stays bounded and no read transaction stays
    // open while the files are read.
    QSqlQuery page(m_db);
    page.setForwardOnly(true);
    if (!page.prepare(
            QStringLiteral("SELECT id, file_name, size_bytes, file_digest, sha256, file_key_sealed"
                           " FROM recordings WHERE id > ? ORDER BY id LIMIT 256")))
        return sqlFailed(page);
    qint64 after = 0;
    qint64 bytesDone = 0;
    if (progress)
        progress(0, filesTotal, 0, bytesTotal);
    for (;;) {
        struct Row
        {
            qint64 id;
            QString fileName;
            qint64 size;
            QByteArray digest;
            QByteArray sha256;
            QByteArray sealedKey;
        };
        QList<Row> rows;
        page.bindValue(0, after);
        if (!page.exec())
            return sqlFailed(page);
        while (page.next())
            rows.append({page.value(0).toLongLong(), page.value(1).toString(),
                         page.value(2).toLongLong(), page.value(3).toByteArray(),
                         page.value(4).toByteArray(), page.value(5).toByteArray()});
        page.finish();
        if (rows.isEmpty())
            break;
        after = rows.last().id;
        for (const Row& row : rows) {
            ++report.rows;
            bytesDone += row.size;
            const auto done = qScopeGuard([&] {
                if (progress)
                    progress(report.rows, std::max(filesTotal, report.rows), bytesDone,
                             std::max(bytesTotal, bytesDone));
            });
            if (!isPlainFileName(row.fileName)) {
                problem(QStringLiteral("recording-row-altered"), row.id, row.fileName,
                        tr("Its row names no file of recordings/ (\"%1\"): the row was altered.")
                            .arg(row.fileName));
                continue;
            }
            const QString path = pathOf(row.fileName);
            const QFileInfo info(path);
            if (!info.exists()) {
                problem(QStringLiteral("recording-missing"), row.id, row.fileName,
                        tr("The file is missing from recordings/."));
                continue;
            }
            const qint64 expected = RecordingCipher::encryptedSize(row.size);
            if (!info.isFile() || info.size() != expected) {
                problem(QStringLiteral("recording-size"), row.id, row.fileName,
                        tr("The file is %1 bytes where its row gives %2: it was cut short, "
                           "extended or replaced.")
                            .arg(info.size())
                            .arg(expected));
                continue;
            }
            if (depth == RecordingCheckDepth::Presence) {
                ++report.presenceOnly;
                continue;
            }

            // The file key, when the caller holds the recordings key: then every chunk is
            // authenticated. A key that does not open in its row's place is damage; a key
            // the session does not hold leaves the digest.
            std::optional<QByteArray> keyBytes;
            if (openKey) {
                Error keyError;
                keyBytes = openKey(row.sealedKey, keyPlace(row.fileName), &keyError);
                if (!keyBytes && keyError.kind != ErrorKind::PermissionDenied) {
                    problem(QStringLiteral("recording-key"), row.id, row.fileName,
                            tr("Its sealed file key does not open: %1").arg(keyError.message));
                    continue;
                }
            }
            if (!keyBytes && row.digest.isEmpty()) {
                ++report.presenceOnly;
                ++report.notDigested;
                continue;
            }
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly)) {
                problem(QStringLiteral("recording-unreadable"), row.id, row.fileName,
                        tr("The file cannot be read: %1").arg(in.errorString()));
                continue;
            }
            QByteArray digest;
            if (keyBytes) {
                const SecretBytes key = SecretBytes::fromBytes(*keyBytes);
                sodium_memzero(keyBytes->data(), std::size_t(keyBytes->size()));
                QByteArray sha;
                Error cipherError;
                if (!RecordingCipher::authenticate(in, key, &sha, &digest, &cipherError)) {
                    problem(QStringLiteral("recording-chunks"), row.id, row.fileName,
                            cipherError.message);
                    continue;
                }
                if (sha != row.sha256) {
                    problem(QStringLiteral("recording-checksum"), row.id, row.fileName,
                            tr("The audio does not match the checksum its row keeps."));
                    continue;
                }
                ++report.authenticated;
            } else {
                const auto read = RecordingCipher::fileDigest(in);
                if (!read) {
                    problem(QStringLiteral("recording-unreadable"), row.id, row.fileName,
                            tr("The file cannot be read: %1").arg(in.errorString()));
                    continue;
                }
                digest = *read;
                ++report.digestOnly;
            }
            if (!row.digest.isEmpty() && digest != row.digest) {
                if (keyBytes)
                    --report.authenticated;
                else
                    --report.digestOnly;
                problem(QStringLiteral("recording-digest"), row.id, row.fileName,
                        tr("The file is not the one stored for this recording: it was altered, "
                           "damaged or swapped with another recording's file."));
            }
        }
    }
    return report;
}

std::optional<OrphanReport> RecordingStore::findOrphans(Error* error) const
{
    OrphanReport report;
    if (!QDir(m_folder).exists())
        return report;
    FileOwners owners(m_db);
    QDirIterator it(m_folder, QDir::Files | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).fileName();
        const auto owner = owners.of(name, error);
        if (!owner)
            return std::nullopt;
        if (*owner == FileOwners::Owner::PurgeJournal) {
            ++report.awaitingRemoval;
        } else if (*owner == FileOwners::Owner::Nobody) {
            ++report.count;
            if (report.files.size() < RecordingFilesReport::MaxProblems)
                report.files.append(name);
        }
    }
    return report;
}

bool RecordingStore::quarantineOrphans(const QString& quarantine, QStringList* moved,
                                       Error* error) const
{
    moved->clear();
    if (!QDir(m_folder).exists())
        return true;
    // The names first, then the moves: the folder is not changed while it is being read.
    QStringList orphans;
    FileOwners owners(m_db);
    QDirIterator it(m_folder, QDir::Files | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).fileName();
        const auto owner = owners.of(name, error);
        if (!owner)
            return false;
        if (*owner == FileOwners::Owner::Nobody)
            orphans.append(name);
    }
    if (orphans.isEmpty())
        return true;
    if (!QDir().mkpath(quarantine) ||
        !QFile::setPermissions(quarantine, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return fail(error, ErrorKind::Environment,
                    tr("The quarantine folder %1 cannot be created.")
                        .arg(QDir::toNativeSeparators(quarantine)));
    bool ok = true;
    for (const QString& name : std::as_const(orphans)) {
        const QString target = QDir(quarantine).filePath(name);
        // rename(2) within the register's file system: the file itself is never copied or
        // rewritten, and an existing name is never replaced.
        if (QFile::exists(target) || ::rename(QFile::encodeName(pathOf(name)).constData(),
                                              QFile::encodeName(target).constData()) != 0) {
            ok = fail(error, ErrorKind::Environment,
                      tr("%1 could not be moved into %2.")
                          .arg(name, QDir::toNativeSeparators(quarantine)));
            break;
        }
        moved->append(name);
    }
    syncFolder(quarantine);
    syncFolder(m_folder);
    return ok;
}

void RecordingStore::restoreFromQuarantine(const QString& quarantine,
                                           const QStringList& names) const
{
    for (const QString& name : names) {
        const QString back = pathOf(name);
        if (!QFile::exists(back))
            ::rename(QFile::encodeName(QDir(quarantine).filePath(name)).constData(),
                     QFile::encodeName(back).constData());
    }
    syncFolder(m_folder);
    QDir().rmdir(quarantine);
}

void RecordingStore::discard(const QString& fileName)
{
    if (!fileName.isEmpty() && !fileName.contains(QLatin1Char('/'))) {
        // Under its final name once settled, under the temporary one before.
        QFile::remove(pathOf(fileName));
        QFile::remove(pathOf(fileName) + tmpSuffix);
    }
}

} // namespace tallenne
