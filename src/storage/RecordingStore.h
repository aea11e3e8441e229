#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

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
    QString fileName;     ///< the bare name inside recordings/, "<32 hex>.rec"
    SecretBytes key;      ///< the file's own key; it goes into the row only
    QByteArray sha256;    ///< SHA-256 of the plaintext, raw 32 bytes
    qint64 sizeBytes = 0; ///< plaintext size
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
    /// Nothing in clear touches the disk. If the row never commits, the file is an orphan
    /// that sweepOrphans() removes.
    [[nodiscard]] std::optional<StoredRecording> write(const QByteArray& audio, Error* error);
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
    /// The recording of a call, or nullopt (error untouched) when it has none.
    [[nodiscard]] std::optional<qint64> recordingIdForCall(qint64 callId, Error* error) const;
    /// The stored audio facts of a recording (no decryption).
    [[nodiscard]] std::optional<AudioInfo> info(qint64 recordingId, Error* error) const;
    /// Deletes the row (crypto-shred: secure_delete is on) and then the file.
    [[nodiscard]] bool remove(qint64 recordingId, Error* error);
    /// Files in recordings/ without a row, and *.tmp leftovers, are orphans. Counts them and,
    /// when `removeThem`, deletes them. Returns the count.
    [[nodiscard]] std::optional<int> sweepOrphans(bool removeThem, Error* error);
    /// Deletes a file that write() produced but whose row will not be committed
    /// (StoredRecording::fileName).
    void discard(const QString& fileName);
    void discard(const StoredRecording& stored) { discard(stored.fileName); }

    [[nodiscard]] const QString& folder() const { return m_folder; }

private:
    [[nodiscard]] QString pathOf(const QString& fileName) const;

    QString m_folder;
    QSqlDatabase m_db;
    const Clock& m_clock;
    std::unique_ptr<QSqlQuery> m_insert; ///< prepared on first use, reused for every row
};

} // namespace tallenne
