#include "storage/CipherPageCheck.h"

#include "storage/SqlCipherDriver.h"

#include <QDir>
#include <QFile>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <array>
#include <cstring>

namespace tallenne {

namespace {

constexpr int SaltBytes = 16;
constexpr int IvBytes = 16;
constexpr int HmacBytes = 20;
constexpr int KeyBytes = 32;
constexpr int HmacKdfIterations = 2;         // SQLCipher 3's fast_kdf_iter
constexpr unsigned char HmacSaltMask = 0x3a; // SQLCipher's hmac_salt_mask
// The reserve: IV and HMAC rounded up to the AES block size.
constexpr int ReserveBytes = (IvBytes + HmacBytes + 15) / 16 * 16;

// Whether one page's HMAC verifies; `page` is the whole page as in the file.
bool pageVerifies(const unsigned char* hmacKey, const QByteArray& page, quint32 pageNumber)
{
    const int offset = pageNumber == 1 ? SaltBytes : 0;
    const int covered = kCipherPageSize - ReserveBytes + IvBytes; // encrypted data and IV
    const int hmacAt = covered;
    // The covered bytes, then the page number as SQLCipher 3 adds it (little endian).
    std::array<unsigned char, kCipherPageSize + 4> message{};
    const int length = covered - offset;
    std::memcpy(message.data(), page.constData() + offset, std::size_t(length));
    message[std::size_t(length) + 0] = static_cast<unsigned char>(pageNumber & 0xff);
    message[std::size_t(length) + 1] = static_cast<unsigned char>((pageNumber >> 8) & 0xff);
    message[std::size_t(length) + 2] = static_cast<unsigned char>((pageNumber >> 16) & 0xff);
    message[std::size_t(length) + 3] = static_cast<unsigned char>((pageNumber >> 24) & 0xff);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha1(), hmacKey, KeyBytes, message.data(), std::size_t(length) + 4, mac,
              &macLength) ||
        macLength != HmacBytes)
        return false;
    return sodium_memcmp(mac, page.constData() + hmacAt, HmacBytes) == 0;
}

} // namespace

std::optional<PageCheckReport> CipherPageCheck::run(const QString& path, const SecretBytes& key,
                                                    const Progress& progress, Error* error)
{
    static_assert(ReserveBytes == 48);
    if (key.size() != KeyBytes || !initialiseSodium()) {
        fail(error, ErrorKind::Usage, tr("The register key must be %1 bytes.").arg(KeyBytes));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, ErrorKind::Environment,
             tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    PageCheckReport report;
    const qint64 size = file.size();
    report.pages = size / kCipherPageSize;
    report.trailingBytes = size % kCipherPageSize;
    if (report.pages == 0) {
        report.failedCount = 1;
        report.failedPages.append(1);
        return report;
    }

    QByteArray page(kCipherPageSize, '\0');
    if (file.read(page.data(), SaltBytes) != SaltBytes || !file.seek(0)) {
        fail(error, ErrorKind::Environment,
             tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    // The HMAC key in locked memory, wiped when done.
    SecretBytes hmacKey(KeyBytes);
    std::array<unsigned char, SaltBytes> hmacSalt{};
    for (int i = 0; i < SaltBytes; ++i)
        hmacSalt[std::size_t(i)] = static_cast<unsigned char>(page[i]) ^ HmacSaltMask;
    if (hmacKey.isNull() ||
        PKCS5_PBKDF2_HMAC_SHA1(key.constChars(), int(key.size()), hmacSalt.data(), SaltBytes,
                               HmacKdfIterations, KeyBytes, hmacKey.data()) != 1) {
        fail(error, ErrorKind::Environment, tr("The page check could not derive its key."));
        return std::nullopt;
    }

    const auto readPage = [&](qint64 number) {
        return file.seek((number - 1) * kCipherPageSize) &&
               file.read(page.data(), kCipherPageSize) == kCipherPageSize;
    };
    QList<qint64> suspects;
    qint64 beyond = 0; // failures past what is kept to read again, counted only
    for (qint64 number = 1; number <= report.pages; ++number) {
        if (!readPage(number)) {
            fail(error, ErrorKind::Environment,
                 tr("%1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString()));
            return std::nullopt;
        }
        if (!pageVerifies(hmacKey.data(), page, quint32(number))) {
            if (suspects.size() < PageCheckReport::MaxPages)
                suspects.append(number);
            else
                ++beyond;
        }
        if (progress && (number % 4096 == 0 || number == report.pages))
            progress(number, report.pages);
    }
    // A page that failed is read once more: a checkpoint of another connection may have been
    // writing it at that moment. What fails twice is damage.
    for (const qint64 number : std::as_const(suspects)) {
        if (readPage(number) && pageVerifies(hmacKey.data(), page, quint32(number)))
            continue;
        ++report.failedCount;
        if (report.failedPages.size() < PageCheckReport::MaxPages)
            report.failedPages.append(number);
    }
    report.failedCount += beyond;
    return report;
}

} // namespace tallenne
