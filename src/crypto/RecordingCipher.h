#pragma once

#include "core/Error.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

#include <cstddef>
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
class RecordingCipher
{
public:
    static constexpr std::size_t KeyBytes = 32;
    static constexpr qint64 ChunkBytes = 64 * 1024;

    /// A fresh random file key.
    [[nodiscard]] static SecretBytes newKey();

    /// Reads `plain` to its end and writes the encrypted file to `out`. When given,
    /// `plaintextSha256` receives the SHA-256 of the plaintext (raw 32 bytes).
    [[nodiscard]] static bool encrypt(QIODevice& plain, QIODevice& out, const SecretBytes& key,
                                      QByteArray* plaintextSha256, Error* error);

    /// Decrypts a whole file into memory (decrypted audio never goes to disk). ErrorKind::Damaged
    /// for a wrong key, an altered chunk or a truncated file, each with its own message.
    [[nodiscard]] static std::optional<QByteArray>
    decrypt(QIODevice& in, const SecretBytes& key, QByteArray* plaintextSha256, Error* error);
};

} // namespace tallenne
