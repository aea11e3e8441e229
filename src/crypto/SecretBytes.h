#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace tallenne {

/// A secret (key, password, recovery code) in libsodium-allocated, locked memory
/// (sodium_malloc: guard pages, mlock, no core dump), wiped on release.
/// Non-copyable so a secret never silently multiplies; moving hands the buffer over.
class SecretBytes
{
public:
    SecretBytes() = default;
    /// Zero-filled secret of `size` bytes. On allocation failure isNull() is true.
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();

    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;

    /// Copies the bytes into a new secret, then wipes `source` in place when asked to.
    /// Use for the short hop from a QByteArray (e.g. a line read from stdin).
    static SecretBytes fromBytes(QByteArray& source, bool wipeSource = true);
    static SecretBytes fromBytes(const std::uint8_t* data, std::size_t size);
    /// `size` random bytes from randombytes_buf.
    static SecretBytes random(std::size_t size);

    [[nodiscard]] std::uint8_t* data() { return m_data; }
    [[nodiscard]] const std::uint8_t* data() const { return m_data; }
    [[nodiscard]] const char* constChars() const { return reinterpret_cast<const char*>(m_data); }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] bool isNull() const { return m_data == nullptr; }

    /// Constant-time comparison.
    [[nodiscard]] bool equals(const SecretBytes& other) const;
    /// A copy in new locked memory (explicit, never implicit).
    [[nodiscard]] SecretBytes clone() const;
    /// Wipes and frees now.
    void clear();

    /// Wipes a QByteArray/QString buffer in place (for the places a secret had to pass
    /// through Qt types, such as a QLineEdit's text).
    static void wipe(QByteArray& bytes);
    static void wipe(QString& text);

    /// Test seam: how many SecretBytes buffers are alive in the process right now.
    static int liveCount();

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

/// Calls sodium_init() once; false if libsodium cannot start.
[[nodiscard]] bool initialiseSodium();

} // namespace tallenne
