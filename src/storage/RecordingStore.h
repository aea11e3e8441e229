#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "crypto/RecordingCipher.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tallenne {

/// What the importer found out about a recording's audio (AudioProbe) and stores with it.
struct AudioInfo
{
    QString codec; ///< e.g. "pcm_s16le", "gsm", "mp3"
    int channels = 0;
    int sampleRate = 0;
    qint64 durationMs = 0;
};

/// An encrypted file written by RecordingStore::write(), waiting for its row.
struct StoredRecording
{
    QString fileName;      ///< the bare name inside recordings/, "<32 hex>.rec"
    SecretBytes key;       ///< the file's own key; it goes into the row only
    QByteArray sha256;     ///< SHA-256 of the plaintext, raw 32 bytes
    qint64 sizeBytes = 0;  ///< plaintext size
    QByteArray fileDigest; ///< BLAKE2b-256 of the encrypted file (RecordingCipher::fileDigest)
};

/// One thing wrong with a recording's file, or a file of recordings/ that is no recording's.
struct RecordingProblem
{
    qint64 recordingId = 0; ///< 0 for a file without a row, or for the folder itself
    QString fileName;       ///< inside recordings/; empty for the folder
    QString message;        ///< for people
    QString code;           ///< stable, for machines: "recording-missing", … (docs/design.md)
};

/// How far checkFiles() looks into each file.
enum class RecordingCheckDepth
{
    Presence, ///< the file is there with the size its row gives (no reading)
    Contents, ///< and its contents: the row's digest, and with the key every chunk
};

/// What RecordingStore::checkFiles() found.
struct RecordingFilesReport
{
    static constexpr int MaxProblems = 1000; ///< kept in `problems`; all are counted

    qint64 rows = 0;
    qint64 authenticated = 0;   ///< decrypted with their own key: every chunk, SHA-256, digest
    qint64 digestOnly = 0;      ///< their file's digest compared with the row's (no key held)
    qint64 presenceOnly = 0;    ///< present with the right size only
    qint64 notDigested = 0;     ///< of presenceOnly: rows written before digests were kept
    bool folderMissing = false; ///< recordings/ itself is gone (every row's file is missing)
    qint64 problemCount = 0;    ///< recordings whose file failed
    QList<RecordingProblem> problems;
};

/// Files in recordings/ that no row names (RecordingStore::findOrphans()).
struct OrphanReport
{
    qint64 count = 0;
    QStringList files;          ///< the first RecordingFilesReport::MaxProblems names
    qint64 awaitingRemoval = 0; ///< files of purged rows the purge's journal will remove
};

/// A recording's file opened for decryption a chunk at a time (RecordingStore::openStream()):
/// it holds the file and its key and touches no database, so once open it may be read on
/// another thread (one at a time). Every chunk is authenticated before its bytes are given;
/// the last next() also compares the SHA-256 of the whole with the row's.
class RecordingStream
{
public:
    RecordingStream(qint64 recordingId, const QString& path, SecretBytes key,
                    QByteArray expectedSha256, qint64 plaintextBytes);
    RecordingStream(const RecordingStream&) = delete;
    RecordingStream& operator=(const RecordingStream&) = delete;

    /// Opens the file and reads its header (RecordingStore::openStream() does).
    [[nodiscard]] bool start(Error* error);
    /// The next chunk's audio into `plain` (the caller wipes it). ErrorKind::Damaged, with the
    /// words of RecordingStore::read(), for an altered or truncated file or one that does not
    /// match its checksum (found at its last chunk).
    [[nodiscard]] bool next(QByteArray& plain, Error* error);
    /// Every chunk was read and the checksum matched.
    [[nodiscard]] bool atEnd() const { return m_done; }
    [[nodiscard]] qint64 recordingId() const { return m_recordingId; }
    /// The plaintext's size as its row gives it.
    [[nodiscard]] qint64 plaintextBytes() const { return m_plaintextBytes; }

private:
    qint64 m_recordingId;
    QFile m_file;
    SecretBytes m_key;
    QByteArray m_expected;
    qint64 m_plaintextBytes;
    RecordingCipher::Reader m_reader;
    bool m_done = false;
};

/// The encrypted recording files of a register (DESIGN.md, "Recordings"): one file per
/// recording under its own key, the key in the `recordings` row. Storage only: permission
/// checks and audit entries are the callers' (PlaybackService, ImportService).
class RecordingStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordingStore)

public:
    /// `recordingsDir` is RegisterPaths::recordings(); `db` the register's connection.
    RecordingStore(QString recordingsDir, QSqlDatabase db,
                   const Clock& clock = SystemClock::instance());
    ~RecordingStore();
    RecordingStore(const RecordingStore&) = delete;
    RecordingStore& operator=(const RecordingStore&) = delete;

    /// Encrypts the audio with a fresh per-file key into recordings/<random hex>.rec: written
    /// to <name>.tmp, fsynced, renamed, folder fsynced — before the caller commits the row.
    /// Nothing in clear touches the disk. Call it inside the write transaction that will insert
    /// the row (quarantineOrphans() relies on it). If the row never commits, the file is an
    /// orphan: discard() it; one left by a crash is found by findOrphans().
    [[nodiscard]] std::optional<StoredRecording> write(const QByteArray& audio, Error* error);
    /// write() in two steps, for many files in one transaction (an import's batch): the file
    /// encrypted into recordings/<name>.tmp with its writing to disk started, and no wait for
    /// it; then settle() before the transaction that inserts their rows commits: each file
    /// fsynced and renamed to its name, and the folder fsynced once for all of them. Files
    /// not settled are discard()ed (a crash leaves *.tmp files that findOrphans() finds).
    [[nodiscard]] std::optional<StoredRecording> writePending(const QByteArray& audio,
                                                              Error* error);
    [[nodiscard]] bool settle(const std::vector<const StoredRecording*>& files, Error* error);
    /// Where a recording's file key is sealed (the associated data of its sealed value).
    [[nodiscard]] static QByteArray keyPlace(const QString& fileName);
    /// Inserts the recordings row (in the caller's transaction). The file's key goes in only
    /// sealed under the recordings key (`sealedKey`: stored.key sealed at keyPlace()), so an
    /// importer that writes it cannot read it back (docs/security.md).
    [[nodiscard]] bool insertRow(qint64 callId, const StoredRecording& stored,
                                 const AudioInfo& info, const QByteArray& sealedKey, Error* error);
    /// Opens a sealed file key: the recordings key of the caller's session (FieldCrypto).
    using KeyOpener = std::function<std::optional<QByteArray>(const QByteArray& sealed,
                                                              QByteArrayView place, Error* error)>;
    /// Decrypts into memory only and checks the SHA-256. A truncated, altered or missing file
    /// is ErrorKind::Damaged with a clear message; a key the session does not hold is
    /// PermissionDenied.
    [[nodiscard]] std::optional<QByteArray> read(qint64 recordingId, const KeyOpener& openKey,
                                                 Error* error) const;
    /// The file opened for reading a chunk at a time, its header and key check done: the same
    /// refusals as read() for a missing file, a wrong key or a damaged header; the chunks'
    /// damage is found as they are read (RecordingStream::next()).
    [[nodiscard]] std::unique_ptr<RecordingStream>
    openStream(qint64 recordingId, const KeyOpener& openKey, Error* error) const;
    /// The recording of a call, or nullopt (error untouched) when it has none.
    [[nodiscard]] std::optional<qint64> recordingIdForCall(qint64 callId, Error* error) const;
    /// True when the recording's file is not in recordings/ (error set to the message read()
    /// gives, ErrorKind::Damaged); false when it is there or the row cannot be read (error set).
    /// A stat of one file: no key, nothing decrypted.
    [[nodiscard]] bool fileMissing(qint64 recordingId, Error* error) const;
    /// The stored audio facts of a recording (no decryption).
    [[nodiscard]] std::optional<AudioInfo> info(qint64 recordingId, Error* error) const;
    /// Deletes the row (crypto-shred: secure_delete is on) and then the file.
    [[nodiscard]] bool remove(qint64 recordingId, Error* error);
    /// Every row's file: present, of the size its row gives and, at RecordingCheckDepth::
    /// Contents, the same bytes as the digest the row keeps; with `openKey` (a session that
    /// holds the recordings key) also decrypted chunk by chunk and its SHA-256 compared.
    /// Reads one chunk at a time and the rows a page at a time (bounded memory, no long read
    /// transaction). `progress` gets files and bytes done of the totals. Changes nothing.
    using CheckProgress = std::function<void(qint64 filesDone, qint64 filesTotal, qint64 bytesDone,
                                             qint64 bytesTotal)>;
    [[nodiscard]] std::optional<RecordingFilesReport> checkFiles(RecordingCheckDepth depth,
                                                                 const KeyOpener& openKey,
                                                                 const CheckProgress& progress,
                                                                 Error* error) const;
    /// Files in recordings/ that no row names (*.tmp leftovers included): a crashed import's,
    /// or the newer recordings of a register whose database was rolled back. Files of purged
    /// rows named in the purge's journal are counted apart (the next purge removes them).
    /// Changes nothing.
    [[nodiscard]] std::optional<OrphanReport> findOrphans(Error* error) const;
    /// Moves the orphans (as findOrphans() finds them, without the purge journal's files)
    /// into `quarantine` (created, owner only), never deleting one. The caller holds the
    /// register's write transaction, so no writer is between a file and its row. `moved`
    /// receives the names moved, also when it fails part-way (then `error` says why).
    [[nodiscard]] bool quarantineOrphans(const QString& quarantine, QStringList* moved,
                                         Error* error) const;
    /// Moves files back from `quarantine` (a repair whose audit entry failed).
    void restoreFromQuarantine(const QString& quarantine, const QStringList& names) const;
    /// Deletes a file that write() produced but whose row will not be committed
    /// (StoredRecording::fileName).
    void discard(const QString& fileName);
    void discard(const StoredRecording& stored) { discard(stored.fileName); }

    [[nodiscard]] const QString& folder() const { return m_folder; }

    /// A name a row may give: a bare file name, nothing that leads out of recordings/.
    [[nodiscard]] static bool isPlainFileName(const QString& fileName);

private:
    [[nodiscard]] QString pathOf(const QString& fileName) const;

    QString m_folder;
    QSqlDatabase m_db;
    const Clock& m_clock;
    std::unique_ptr<QSqlQuery> m_insert; ///< prepared on first use, reused for every row
};

} // namespace tallenne
