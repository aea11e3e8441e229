#include "crypto/RecordingCipher.h"

#include <QCoreApplication>
#include <QIODevice>

#include <openssl/evp.h>
#include <sodium.h>

#include <algorithm>
#include <functional>

namespace tallenne {

namespace {

constexpr char Magic[] = "TLNREC01";
constexpr std::size_t MagicBytes = sizeof Magic - 1;
constexpr char KeyCheckDomain[] = "tallenne-recording-keycheck-v1";
constexpr std::size_t KeyCheckBytes = 16;
constexpr std::size_t HeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qint64 SealedChunkBytes =
    RecordingCipher::ChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;

static_assert(RecordingCipher::KeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);

/// Reads until `size` bytes or the end; false on a read error. Sequential devices may return
/// short reads, so one read() is not enough.
bool readUpTo(QIODevice& device, qint64 size, QByteArray& out)
{
    out.resize(size);
    qint64 done = 0;
    while (done < size) {
        const qint64 n = device.read(out.data() + done, size - done);
        if (n < 0)
            return false;
        if (n == 0 && !device.waitForReadyRead(-1))
            break;
        done += n;
    }
    out.resize(done);
    return true;
}

QByteArray keyCheck(const SecretBytes& key, const unsigned char* header)
{
    QByteArray check(static_cast<qsizetype>(KeyCheckBytes), '\0');
    crypto_generichash_state state;
    crypto_generichash_init(&state, key.data(), key.size(), KeyCheckBytes);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(KeyCheckDomain),
                              sizeof KeyCheckDomain - 1);
    crypto_generichash_update(&state, header, HeaderBytes);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(check.data()), KeyCheckBytes);
    sodium_memzero(&state, sizeof state);
    return check;
}

/// BLAKE2b-256 over what is fed to it; a null object (no state) when not wanted.
class Digest
{
public:
    explicit Digest(bool wanted) : m_wanted(wanted)
    {
        if (m_wanted)
            crypto_generichash_init(&m_state, nullptr, 0, RecordingCipher::DigestBytes);
    }
    void add(const char* data, qint64 size)
    {
        if (m_wanted && size > 0)
            crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(data),
                                      static_cast<unsigned long long>(size));
    }
    void add(const QByteArray& bytes) { add(bytes.constData(), bytes.size()); }
    QByteArray result()
    {
        QByteArray out(static_cast<qsizetype>(RecordingCipher::DigestBytes), '\0');
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(out.data()),
                                 RecordingCipher::DigestBytes);
        return out;
    }

private:
    bool m_wanted;
    crypto_generichash_state m_state{};
};

/// SHA-256 of the plaintext through libcrypto: QCryptographicHash's portable code ran at
/// about 55 MB/s on the development machine, libcrypto's (SHA extensions, AVX2) about 500 MB/s;
/// it was the largest cost of importing recordings (docs/performance.md).
class Sha256
{
public:
    Sha256() : m_context(EVP_MD_CTX_new())
    {
        m_ok = m_context && EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) == 1;
    }
    ~Sha256() { EVP_MD_CTX_free(m_context); }
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const char* data, qint64 size)
    {
        if (m_ok && size > 0)
            m_ok = EVP_DigestUpdate(m_context, data, static_cast<std::size_t>(size)) == 1;
    }
    /// The digest; empty when libcrypto failed on the way.
    QByteArray result()
    {
        QByteArray out(32, '\0');
        unsigned int written = 0;
        if (!m_ok ||
            EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char*>(out.data()), &written) !=
                1 ||
            written != 32)
            return {};
        return out;
    }

private:
    EVP_MD_CTX* m_context;
    bool m_ok = false;
};

bool libraryFailed(Error* error)
{
    return fail(error, ErrorKind::Environment,
                QCoreApplication::translate("RecordingCipher",
                                            "The cryptography library could not start."));
}

bool checkKey(const SecretBytes& key, Error* error)
{
    if (!initialiseSodium())
        return fail(error, ErrorKind::Environment,
                    QCoreApplication::translate("RecordingCipher",
                                                "The cryptography library could not start."));
    if (key.size() != RecordingCipher::KeyBytes)
        return fail(
            error, ErrorKind::Usage,
            QCoreApplication::translate("RecordingCipher", "A recording key must be %1 bytes.")
                .arg(RecordingCipher::KeyBytes));
    return true;
}

} // namespace

SecretBytes RecordingCipher::newKey()
{
    return SecretBytes::random(KeyBytes);
}

qint64 RecordingCipher::encryptedSize(qint64 plaintextBytes)
{
    // At least one chunk (an empty file has an empty final chunk); a length that fills its
    // last chunk exactly has no extra empty chunk (encrypt() looks one chunk ahead).
    const qint64 chunks = std::max<qint64>(1, (plaintextBytes + ChunkBytes - 1) / ChunkBytes);
    return qint64(MagicBytes + HeaderBytes + KeyCheckBytes) + plaintextBytes +
           chunks * qint64(crypto_secretstream_xchacha20poly1305_ABYTES);
}

bool RecordingCipher::encrypt(QIODevice& plain, QIODevice& out, const SecretBytes& key,
                              QByteArray* plaintextSha256, Error* error, QByteArray* fileDigest)
{
    if (!checkKey(key, error))
        return false;
    const auto readFailed = [&] {
        return fail(
            error, ErrorKind::Environment,
            QCoreApplication::translate("RecordingCipher", "The recording could not be read: %1")
                .arg(plain.errorString()));
    };
    const auto writeFailed = [&] {
        return fail(error, ErrorKind::Environment,
                    QCoreApplication::translate("RecordingCipher",
                                                "The encrypted recording could not be written: %1")
                        .arg(out.errorString()));
    };
    Digest digest(fileDigest != nullptr);
    const auto write = [&out, &digest](const char* data, qint64 size) {
        digest.add(data, size);
        return out.write(data, size) == size;
    };

    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[HeaderBytes];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.data());
    const QByteArray check = keyCheck(key, header);
    if (!write(Magic, MagicBytes) || !write(reinterpret_cast<const char*>(header), HeaderBytes) ||
        !write(check.constData(), check.size())) {
        sodium_memzero(&state, sizeof state);
        return writeFailed();
    }

    Sha256 hash;
    QByteArray current;
    QByteArray next;
    QByteArray sealed(static_cast<qsizetype>(SealedChunkBytes), '\0');
    // One chunk of look-ahead: the last chunk is only known once the next read comes back empty.
    if (!readUpTo(plain, ChunkBytes, current)) {
        sodium_memzero(&state, sizeof state);
        return readFailed();
    }
    for (;;) {
        if (!readUpTo(plain, ChunkBytes, next)) {
            sodium_memzero(&state, sizeof state);
            return readFailed();
        }
        const bool last = next.isEmpty();
        hash.add(current.constData(), current.size());
        unsigned long long sealedLen = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(sealed.data()), &sealedLen,
            reinterpret_cast<const unsigned char*>(current.constData()),
            static_cast<unsigned long long>(current.size()),
            reinterpret_cast<const unsigned char*>(Magic), MagicBytes,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (!write(sealed.constData(), static_cast<qint64>(sealedLen))) {
            sodium_memzero(&state, sizeof state);
            return writeFailed();
        }
        if (last)
            break;
        current.swap(next);
    }
    sodium_memzero(&state, sizeof state);
    if (plaintextSha256) {
        *plaintextSha256 = hash.result();
        if (plaintextSha256->isEmpty())
            return libraryFailed(error);
    }
    if (fileDigest)
        *fileDigest = digest.result();
    return true;
}

struct RecordingCipher::Reader::State
{
    explicit State(bool wanted) : digest(wanted), digestWanted(wanted) {}
    ~State() { sodium_memzero(&stream, sizeof stream); }

    Digest digest;
    bool digestWanted;
    Sha256 hash;
    crypto_secretstream_xchacha20poly1305_state stream{};
    QByteArray sealed;
    bool started = false;
};

RecordingCipher::Reader::Reader(QIODevice& in, const SecretBytes& key, bool digest)
    : m_in(in), m_key(key), m_state(std::make_unique<State>(digest))
{}

RecordingCipher::Reader::~Reader() = default;

bool RecordingCipher::Reader::start(Error* error)
{
    if (!checkKey(m_key, error))
        return false;
    const auto damaged = [error](const QString& message) {
        return fail(error, ErrorKind::Damaged, message);
    };
    QByteArray prefix;
    if (!readUpTo(m_in, MagicBytes + HeaderBytes + KeyCheckBytes, prefix))
        return damaged(QCoreApplication::translate("RecordingCipher",
                                                   "The recording file could not be read: %1")
                           .arg(m_in.errorString()));
    m_state->digest.add(prefix);
    if (static_cast<std::size_t>(prefix.size()) < MagicBytes + HeaderBytes + KeyCheckBytes ||
        !prefix.startsWith(QByteArray::fromRawData(Magic, MagicBytes)))
        return damaged(QCoreApplication::translate(
            "RecordingCipher", "The file is not an encrypted Tallenne recording."));
    const auto* header = reinterpret_cast<const unsigned char*>(prefix.constData() + MagicBytes);
    const QByteArray storedCheck = prefix.mid(MagicBytes + HeaderBytes);
    const QByteArray expectedCheck = keyCheck(m_key, header);
    if (sodium_memcmp(storedCheck.constData(), expectedCheck.constData(), KeyCheckBytes) != 0)
        return damaged(QCoreApplication::translate(
            "RecordingCipher", "The recording key does not fit this file: it is the key of "
                               "another recording, or the file header was altered."));
    if (crypto_secretstream_xchacha20poly1305_init_pull(&m_state->stream, header, m_key.data()) !=
        0)
        return damaged(QCoreApplication::translate("RecordingCipher",
                                                   "The recording file header is damaged."));
    m_state->started = true;
    return true;
}

bool RecordingCipher::Reader::next(QByteArray& plain, Error* error)
{
    const auto damaged = [this, error](const QString& message) {
        sodium_memzero(&m_state->stream, sizeof m_state->stream);
        m_state->started = false;
        return fail(error, ErrorKind::Damaged, message);
    };
    if (!m_state->started || m_final)
        return fail(error, ErrorKind::Usage,
                    QStringLiteral("RecordingCipher::Reader::next() without a chunk to read"));
    QByteArray& sealed = m_state->sealed;
    if (!readUpTo(m_in, SealedChunkBytes, sealed))
        return damaged(QCoreApplication::translate("RecordingCipher",
                                                   "The recording file could not be read: %1")
                           .arg(m_in.errorString()));
    m_state->digest.add(sealed);
    if (sealed.isEmpty())
        return damaged(
            QCoreApplication::translate("RecordingCipher",
                                        "The recording file is truncated: it ends after %1 chunks, "
                                        "without its final chunk.")
                .arg(m_chunks));
    // Sized once, never grown: the plaintext passes through no other buffer.
    if (plain.size() < RecordingCipher::ChunkBytes)
        plain.resize(static_cast<qsizetype>(RecordingCipher::ChunkBytes));
    unsigned long long openedLen = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            &m_state->stream, reinterpret_cast<unsigned char*>(plain.data()), &openedLen, &tag,
            reinterpret_cast<const unsigned char*>(sealed.constData()),
            static_cast<unsigned long long>(sealed.size()),
            reinterpret_cast<const unsigned char*>(Magic), MagicBytes) != 0) {
        plain.resize(0);
        return damaged(
            QCoreApplication::translate("RecordingCipher",
                                        "Chunk %1 of the recording file is damaged or was altered.")
                .arg(m_chunks + 1));
    }
    plain.resize(static_cast<qsizetype>(openedLen));
    m_state->hash.add(plain.constData(), plain.size());
    ++m_chunks;
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)
        return true;
    QByteArray rest;
    if (readUpTo(m_in, 1, rest) && !rest.isEmpty()) {
        // The last chunk's audio is not given: the file as a whole is not what was stored.
        sodium_memzero(plain.data(), std::size_t(plain.size()));
        plain.resize(0);
        return damaged(QCoreApplication::translate(
            "RecordingCipher", "The recording file has data after its final chunk."));
    }
    sodium_memzero(&m_state->stream, sizeof m_state->stream);
    m_final = true;
    m_sha256 = m_state->hash.result();
    if (m_sha256.isEmpty())
        return libraryFailed(error);
    if (m_state->digestWanted)
        m_fileDigest = m_state->digest.result();
    return true;
}

namespace {

// Reads, authenticates and opens every chunk of a file; each opened chunk goes to `sink`
// (nothing is kept here). Damaged for a wrong key, an altered chunk or a truncated file.
bool pull(QIODevice& in, const SecretBytes& key, QByteArray* plaintextSha256,
          QByteArray* fileDigest, const std::function<void(const char*, qint64)>& sink,
          Error* error)
{
    RecordingCipher::Reader reader(in, key, fileDigest != nullptr);
    if (!reader.start(error))
        return false;
    QByteArray opened;
    bool ok = true;
    while (ok && !reader.atEnd()) {
        ok = reader.next(opened, error);
        if (ok && sink)
            sink(opened.constData(), static_cast<qint64>(opened.size()));
    }
    // Audio decrypted for a check only is wiped with the buffer it passed through.
    opened.resize(opened.capacity());
    sodium_memzero(opened.data(), std::size_t(opened.size()));
    if (!ok)
        return false;
    if (plaintextSha256)
        *plaintextSha256 = reader.plaintextSha256();
    if (fileDigest)
        *fileDigest = reader.fileDigest();
    return true;
}

} // namespace

std::optional<QByteArray> RecordingCipher::decrypt(QIODevice& in, const SecretBytes& key,
                                                   QByteArray* plaintextSha256, Error* error)
{
    // Decrypted audio must leave no copy behind: the buffer is sized once (the plaintext is
    // shorter than the file), and where it still has to grow the old one is wiped, never left
    // to realloc() to free as it is.
    QByteArray plain;
    if (in.size() > 0)
        plain.reserve(qsizetype(in.size()));
    const auto append = [&plain](const char* data, qint64 size) {
        if (plain.size() + size > plain.capacity()) {
            QByteArray bigger;
            bigger.reserve(std::max<qsizetype>(plain.capacity() * 2, plain.size() + size));
            bigger.append(plain);
            sodium_memzero(plain.data(), std::size_t(plain.size()));
            plain = std::move(bigger);
        }
        plain.append(data, qsizetype(size));
    };
    if (!pull(in, key, plaintextSha256, nullptr, append, error)) {
        sodium_memzero(plain.data(), std::size_t(plain.size()));
        return std::nullopt;
    }
    return plain;
}

bool RecordingCipher::authenticate(QIODevice& in, const SecretBytes& key,
                                   QByteArray* plaintextSha256, QByteArray* fileDigest,
                                   Error* error)
{
    return pull(in, key, plaintextSha256, fileDigest, {}, error);
}

std::optional<QByteArray> RecordingCipher::fileDigest(QIODevice& in)
{
    if (!initialiseSodium())
        return std::nullopt;
    Digest digest(true);
    QByteArray block;
    for (;;) {
        if (!readUpTo(in, SealedChunkBytes, block))
            return std::nullopt;
        if (block.isEmpty())
            break;
        digest.add(block);
    }
    return digest.result();
}

} // namespace tallenne
