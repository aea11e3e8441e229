#include "services/requests/ExportZip.h"

#include "core/DiskSpace.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <zip.h>

#include <cstring>

namespace tallenne {

/// A lazy entry's state, owned by the ExportZip (libzip's FREE command leaves it alone).
struct ExportZip::Lazy
{
    Producer produce;
    QByteArray bytes;
    qsizetype position = 0;
    zip_error_t zipError{};
    Error* failure = nullptr;

    void wipe()
    {
        if (!bytes.isEmpty() && bytes.isDetached())
            sodium_memzero(bytes.data(), size_t(bytes.size()));
        bytes = QByteArray();
        position = 0;
    }

    static zip_int64_t callback(void* user, void* data, zip_uint64_t length, zip_source_cmd_t cmd)
    {
        auto* self = static_cast<Lazy*>(user);
        switch (cmd) {
        case ZIP_SOURCE_OPEN: {
            Error error;
            auto produced = self->produce(&error);
            if (!produced) {
                if (!self->failure->isError())
                    *self->failure = error;
                zip_error_set(&self->zipError, ZIP_ER_READ, 0);
                return -1;
            }
            self->bytes = std::move(*produced);
            self->position = 0;
            return 0;
        }
        case ZIP_SOURCE_READ: {
            const qsizetype n = qsizetype(
                std::min<zip_uint64_t>(length, zip_uint64_t(self->bytes.size() - self->position)));
            if (n > 0)
                std::memcpy(data, self->bytes.constData() + self->position, size_t(n));
            self->position += n;
            return n;
        }
        case ZIP_SOURCE_CLOSE:
            self->wipe();
            return 0;
        case ZIP_SOURCE_STAT: {
            // The size is known only once decoded: libzip then writes the entry as ZIP64.
            auto* st = static_cast<zip_stat_t*>(data);
            zip_stat_init(st);
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&self->zipError, data, length);
        case ZIP_SOURCE_FREE:
            self->wipe();
            return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                  ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            zip_error_set(&self->zipError, ZIP_ER_OPNOTSUPP, 0);
            return -1;
        }
    }
};

ExportZip::ExportZip() = default;

ExportZip::~ExportZip()
{
    discard();
}

void ExportZip::discard()
{
    if (m_zip)
        zip_discard(m_zip);
    m_zip = nullptr;
    for (auto& lazy : m_lazy)
        lazy->wipe();
    m_lazy.clear();
    m_buffers.clear();
}

bool ExportZip::zipFailed(const QString& what, Error* error)
{
    const QString reason = m_zip ? QString::fromUtf8(zip_strerror(m_zip)) : QString();
    return fail(error, ErrorKind::Environment,
                tr("Cannot write %1 (%2): %3")
                    .arg(m_path, what, DiskSpace::explainWriteFailure(m_path, reason)));
}

bool ExportZip::create(const QString& path, const SecretBytes* passphrase, Error* error)
{
    discard();
    m_path = path;
    m_failure = {};
    m_cancelled = false;
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return fail(error, ErrorKind::InputRejected,
                    tr("%1 already exists: give the name of a new file.").arg(path));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return fail(error, ErrorKind::InputRejected,
                    tr("The folder of %1 does not exist.").arg(path));
    m_encrypt = passphrase && !passphrase->isNull() && !passphrase->isEmpty();
    if (m_encrypt) {
        if (std::memchr(passphrase->data(), 0, passphrase->size()))
            return fail(error, ErrorKind::InputRejected,
                        tr("The passphrase cannot contain a NUL character."));
        m_passphrase = SecretBytes(passphrase->size() + 1);
        if (m_passphrase.isNull())
            return fail(error, ErrorKind::Environment, tr("Out of locked memory."));
        std::memcpy(m_passphrase.data(), passphrase->data(), passphrase->size());
    }
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_EXCL, &code);
    if (!m_zip) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        const QString reason = QString::fromUtf8(zip_error_strerror(&e));
        zip_error_fini(&e);
        return fail(
            error, ErrorKind::Environment,
            tr("Cannot create %1: %2").arg(path, DiskSpace::explainWriteFailure(path, reason)));
    }
    return true;
}

bool ExportZip::setUp(qint64 index, const QString& name, Error* error)
{
    if (index < 0)
        return zipFailed(name, error);
    if (m_encrypt && zip_file_set_encryption(m_zip, zip_uint64_t(index), ZIP_EM_AES_256,
                                             m_passphrase.constChars()) != 0)
        return zipFailed(name, error);
    return true;
}

bool ExportZip::addBytes(const QString& name, const QByteArray& bytes, Error* error)
{
    m_buffers.push_back(bytes);
    const QByteArray& kept = m_buffers.back();
    zip_source_t* source = zip_source_buffer(m_zip, kept.constData(), zip_uint64_t(kept.size()), 0);
    if (!source)
        return zipFailed(name, error);
    const zip_int64_t index =
        zip_file_add(m_zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0)
        zip_source_free(source);
    return setUp(index, name, error);
}

bool ExportZip::addLazy(const QString& name, Producer producer, Error* error)
{
    auto lazy = std::make_unique<Lazy>();
    lazy->produce = std::move(producer);
    lazy->failure = &m_failure;
    zip_error_init(&lazy->zipError);
    zip_source_t* source = zip_source_function(m_zip, &Lazy::callback, lazy.get());
    if (!source)
        return zipFailed(name, error);
    m_lazy.push_back(std::move(lazy));
    const zip_int64_t index =
        zip_file_add(m_zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0)
        zip_source_free(source);
    return setUp(index, name, error);
}

bool ExportZip::close(const Progress& progress, Error* error)
{
    m_progress = progress;
    if (m_progress) {
        zip_register_progress_callback_with_state(
            m_zip, 0.01,
            [](zip_t*, double fraction, void* user) {
                auto* self = static_cast<ExportZip*>(user);
                if (!self->m_cancelled && self->m_progress && !self->m_progress(fraction))
                    self->m_cancelled = true;
            },
            nullptr, this);
        zip_register_cancel_callback_with_state(
            m_zip,
            [](zip_t*, void* user) { return static_cast<ExportZip*>(user)->m_cancelled ? 1 : 0; },
            nullptr, this);
    }
    if (zip_close(m_zip) == 0) {
        m_zip = nullptr;
        // libzip gives the file the umask's mode; the copy holds a person's data: owner only.
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_buffers.clear();
        m_lazy.clear();
        return true;
    }
    Error why;
    if (m_failure.isError())
        why = m_failure;
    else if (m_cancelled)
        why = Error{ErrorKind::Usage, tr("The export was cancelled.")};
    else
        (void)zipFailed(tr("closing"), &why);
    discard();
    // libzip removes its temporary file; the path itself was never written.
    if (error)
        *error = why;
    return false;
}

} // namespace tallenne
