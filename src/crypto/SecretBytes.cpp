#include "crypto/SecretBytes.h"

#include <QString>

#include <atomic>
#include <sodium.h>
#include <utility>

namespace tallenne {

namespace {
std::atomic<int> g_live{0};
}

bool initialiseSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecretBytes::SecretBytes(std::size_t size)
{
    if (!initialiseSodium())
        return;
    // sodium_malloc(0) still returns a guarded region; keep one byte so data() is valid.
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size == 0 ? 1 : size));
    if (m_data) {
        sodium_memzero(m_data, size == 0 ? 1 : size);
        m_size = size;
        ++g_live;
    }
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::fromBytes(QByteArray& source, bool wipeSource)
{
    SecretBytes s(static_cast<std::size_t>(source.size()));
    if (!s.isNull() && !source.isEmpty())
        memcpy(s.m_data, source.constData(), static_cast<std::size_t>(source.size()));
    if (wipeSource)
        wipe(source);
    return s;
}

SecretBytes SecretBytes::fromBytes(const std::uint8_t* data, std::size_t size)
{
    SecretBytes s(size);
    if (!s.isNull() && size > 0)
        memcpy(s.m_data, data, size);
    return s;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes s(size);
    if (!s.isNull() && size > 0)
        randombytes_buf(s.m_data, size);
    return s;
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecretBytes SecretBytes::clone() const
{
    if (isNull())
        return {};
    return fromBytes(m_data, m_size);
}

void SecretBytes::clear()
{
    if (m_data) {
        sodium_free(m_data); // sodium_free wipes before releasing
        m_data = nullptr;
        m_size = 0;
        --g_live;
    }
}

void SecretBytes::wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

void SecretBytes::wipe(QString& text)
{
    if (!text.isEmpty()) {
        text.detach();
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

int SecretBytes::liveCount()
{
    return g_live.load();
}

} // namespace tallenne
