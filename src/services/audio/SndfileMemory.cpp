#include "services/audio/SndfileMemory.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <limits>

namespace tallenne {

SndfileMemory::SndfileMemory(const char* data, sf_count_t size) : m_data(data), m_size(size) {}

SndfileMemory::SndfileMemory() : m_writable(true) {}

SF_VIRTUAL_IO* SndfileMemory::io()
{
    static SF_VIRTUAL_IO callbacks{&SndfileMemory::length, &SndfileMemory::seek,
                                   &SndfileMemory::read, &SndfileMemory::write,
                                   &SndfileMemory::tell};
    return &callbacks;
}

void SndfileMemory::truncate(sf_count_t size)
{
    m_size = std::clamp<sf_count_t>(size, 0, m_size);
}

sf_count_t SndfileMemory::size() const
{
    return m_size;
}

sf_count_t SndfileMemory::length(void* user)
{
    return static_cast<SndfileMemory*>(user)->m_size;
}

sf_count_t SndfileMemory::seek(sf_count_t offset, int whence, void* user)
{
    auto* m = static_cast<SndfileMemory*>(user);
    sf_count_t base = 0;
    switch (whence) {
    case SEEK_SET:
        base = 0;
        break;
    case SEEK_CUR:
        base = m->m_position;
        break;
    case SEEK_END:
        base = m->m_size;
        break;
    default:
        return -1;
    }
    if ((offset > 0 && base > std::numeric_limits<sf_count_t>::max() - offset) || base + offset < 0)
        return -1;
    m->m_position = base + offset;
    return m->m_position;
}

sf_count_t SndfileMemory::read(void* out, sf_count_t count, void* user)
{
    auto* m = static_cast<SndfileMemory*>(user);
    if (count <= 0 || m->m_position >= m->m_size)
        return 0;
    const sf_count_t n = std::min(count, m->m_size - m->m_position);
    const char* data = m->m_writable ? m->m_buffer.constData() : m->m_data;
    std::memcpy(out, data + m->m_position, size_t(n));
    m->m_position += n;
    return n;
}

sf_count_t SndfileMemory::write(const void* data, sf_count_t count, void* user)
{
    auto* m = static_cast<SndfileMemory*>(user);
    if (!m->m_writable || count <= 0)
        return 0; // a reader's bytes are a recording: nothing of it is ever written out
    if (m->m_position > std::numeric_limits<qsizetype>::max() - count)
        return 0;
    const sf_count_t end = m->m_position + count;
    if (end > m->m_buffer.size())
        m->m_buffer.resize(qsizetype(end));
    std::memcpy(m->m_buffer.data() + m->m_position, data, size_t(count));
    m->m_position = end;
    m->m_size = std::max(m->m_size, end);
    return count;
}

sf_count_t SndfileMemory::tell(void* user)
{
    return static_cast<SndfileMemory*>(user)->m_position;
}

} // namespace tallenne
