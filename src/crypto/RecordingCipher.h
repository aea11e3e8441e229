#pragma once

#include "core/Error.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

#include <cstddef>
#include <memory>
#include <optional>

class QIODevice;

namespace tallenne {

/// Encryption of recording files with libsodium secretstream (XChaCha20-Poly1305), each file
/// under its own random key (DESIGN.md, "Recordings").
///
/// File layout:
///   "TLNREC01"                 8 bytes, format and version
///   secretstream header       24 bytes
///   key check                 16 bytes, BLAKE2b-128 keyed with the file key over
///                             "tallenne-recording-keycheck-v1" || header
///   chunks                    64 KiB of plaintext + 17 bytes each; the last one, possibly
///                             shorter or empty, carries TAG_FINAL
/// Every chunk is authenticated with the magic as associated data. The key check lets a wrong
/// key be told apart from a damaged file; being a keyed hash it reveals nothing of the key.
///
/// The file names neither its recording nor its name: it is bound to its row by its own key
/// (sealed in the row with the file name as associated data, so another recording's key fails
/// the key check) and by the BLAKE2b-256 digest of the whole encrypted file that the row keeps
/// (`fileDigest`), which anyone holding the register key can compare without the file key.
class RecordingCipher
{
public:
    static constexpr std::size_t KeyBytes = 32;
    static constexpr qint64 ChunkBytes = 64 * 1024;
    static constexpr std::size_t DigestBytes = 32;

    /// The size of the encrypted file of `plaintextBytes` bytes of audio.
    [[nodiscard]] static qint64 encryptedSize(qint64 plaintextBytes);

    /// A fresh random file key.
    [[nodiscard]] static SecretBytes newKey();

    /// Reads `plain` to its end and writes the encrypted file to `out`. When given,
    /// `plaintextSha256` receives the SHA-256 of the plaintext (raw 32 bytes) and `fileDigest`
    /// the BLAKE2b-256 of everything written (fileDigest()).
    [[nodiscard]] static bool encrypt(QIODevice& plain, QIODevice& out, const SecretBytes& key,
                                      QByteArray* plaintextSha256, Error* error,
                                      QByteArray* fileDigest = nullptr);

    /// Decrypts a whole file into memory (decrypted audio never goes to disk). ErrorKind::Damaged
    /// for a wrong key, an altered chunk or a truncated file, each with its own message.
    [[nodiscard]] static std::optional<QByteArray>
    decrypt(QIODevice& in, const SecretBytes& key, QByteArray* plaintextSha256, Error* error);

    /// Authenticates a whole file as decrypt() does, one chunk in memory at a time, keeping
    /// nothing of the plaintext. `plaintextSha256` and `fileDigest`, when given, receive the
    /// SHA-256 of the plaintext and the BLAKE2b-256 of the file as read.
    [[nodiscard]] static bool authenticate(QIODevice& in, const SecretBytes& key,
                                           QByteArray* plaintextSha256, QByteArray* fileDigest,
                                           Error* error);

    /// The BLAKE2b-256 of everything `in` holds from its position to its end, read in chunks
    /// (no key needed). Nullopt when the device cannot be read.
    [[nodiscard]] static std::optional<QByteArray> fileDigest(QIODevice& in);

    /// Decrypts a file one chunk at a time, with the checks and messages of decrypt(): start()
    /// reads the header and the key check, each next() authenticates and opens one chunk (no
    /// byte of a chunk is given before its tag passed), and the one that returns the final
    /// chunk also makes sure nothing follows it. Each chunk's plaintext goes into the caller's
    /// buffer, which the caller wipes. Usable from any one thread at a time.
    class Reader
    {
    public:
        /// `in` and `key` must outlive the reader. With `digest`, fileDigest() is kept too.
        Reader(QIODevice& in, const SecretBytes& key, bool digest = false);
        ~Reader();
        Reader(const Reader&) = delete;
        Reader& operator=(const Reader&) = delete;

        /// The magic, the header and the key check. ErrorKind::Damaged for a file that is no
        /// recording, a key that does not fit it or a damaged header.
        [[nodiscard]] bool start(Error* error);
        /// Opens the next chunk into `plain` (resized to its length, up to ChunkBytes; empty
        /// for an empty final chunk). ErrorKind::Damaged for an altered chunk, a file that ends
        /// before its final chunk or data after it.
        [[nodiscard]] bool next(QByteArray& plain, Error* error);
        /// The final chunk was opened and nothing follows it.
        [[nodiscard]] bool atEnd() const { return m_final; }
        /// The chunks opened so far.
        [[nodiscard]] qint64 chunks() const { return m_chunks; }
        /// The SHA-256 of the plaintext, once atEnd().
        [[nodiscard]] QByteArray plaintextSha256() const { return m_sha256; }
        /// The BLAKE2b-256 of the file as read, once atEnd() (with `digest` only).
        [[nodiscard]] QByteArray fileDigest() const { return m_fileDigest; }

    private:
        struct State;
        QIODevice& m_in;
        const SecretBytes& m_key;
        std::unique_ptr<State> m_state;
        qint64 m_chunks = 0;
        bool m_final = false;
        QByteArray m_sha256;
        QByteArray m_fileDigest;
    };
};

} // namespace tallenne
