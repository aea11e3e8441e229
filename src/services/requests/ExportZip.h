#pragma once

#include "core/Error.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

struct zip;

namespace tallenne {

/// A ZIP written through libzip for SubjectExportService. Entries are either bytes held until
/// close() (small: JSON, PDF, text) or produced lazily: libzip asks for a lazy entry's bytes
/// when it opens it while writing, and they are wiped as soon as libzip closes it, so only one
/// lazy entry is in memory at a time. Nothing appears at the path before close() succeeds
/// (libzip writes a temporary file beside it and renames it); a failed or abandoned ZIP leaves
/// nothing behind.
class ExportZip
{
    Q_DECLARE_TR_FUNCTIONS(ExportZip)

public:
    using Producer = std::function<std::optional<QByteArray>(Error*)>;
    using Progress = std::function<bool(double fraction)>;

    ExportZip();
    ~ExportZip(); ///< discards an unfinished ZIP
    ExportZip(const ExportZip&) = delete;
    ExportZip& operator=(const ExportZip&) = delete;

    /// Starts a new ZIP at `path` (InputRejected when something exists there). With a
    /// passphrase (not empty) every entry is encrypted with WinZip AES-256.
    [[nodiscard]] bool create(const QString& path, const SecretBytes* passphrase, Error* error);
    [[nodiscard]] bool addBytes(const QString& name, const QByteArray& bytes, Error* error);
    [[nodiscard]] bool addLazy(const QString& name, Producer producer, Error* error);
    /// Writes everything and renames the temporary file to the path. On failure (a producer's
    /// error, a cancel by `progress`, the disk) nothing is left and the error says why.
    [[nodiscard]] bool close(const Progress& progress, Error* error);
    void discard();

private:
    struct Lazy;
    [[nodiscard]] bool setUp(qint64 index, const QString& name, Error* error);
    [[nodiscard]] bool zipFailed(const QString& what, Error* error);

    zip* m_zip = nullptr;
    QString m_path;
    SecretBytes m_passphrase; ///< NUL-terminated copy for libzip
    bool m_encrypt = false;
    std::deque<QByteArray> m_buffers; ///< what addBytes() gave, alive until close()
    std::deque<std::unique_ptr<Lazy>> m_lazy;
    Error m_failure;
    Progress m_progress;
    bool m_cancelled = false;
};

} // namespace tallenne
