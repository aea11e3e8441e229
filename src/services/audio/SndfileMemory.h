#pragma once

#include <QByteArray>

#include <sndfile.h>

namespace tallenne {

/// libsndfile's virtual I/O (`sf_open_virtual`, libsndfile's "Virtual I/O" API) over bytes in
/// memory, so that a recording is never written to, or read from, a file in clear.
///
/// A reader views bytes it does not own (they must outlive it); its writes are refused. A
/// writer owns a buffer that grows as libsndfile writes (`written()`). Positions follow a
/// file's: seeking past the end is allowed, and reads there return nothing.
class SndfileMemory
{
public:
    /// A reader over `size` bytes at `data`.
    SndfileMemory(const char* data, sf_count_t size);
    /// A writer: starts empty.
    SndfileMemory();

    /// The callbacks to pass to `sf_open_virtual` with `this` as its user data.
    static SF_VIRTUAL_IO* io();

    /// Reads end here: a reader may shorten what libsndfile sees (e.g. to whole frames).
    void truncate(sf_count_t size);
    sf_count_t size() const;
    /// What a writer holds.
    const QByteArray& written() const { return m_buffer; }

private:
    static sf_count_t length(void* user);
    static sf_count_t seek(sf_count_t offset, int whence, void* user);
    static sf_count_t read(void* out, sf_count_t count, void* user);
    static sf_count_t write(const void* data, sf_count_t count, void* user);
    static sf_count_t tell(void* user);

    const char* m_data = nullptr;
    sf_count_t m_size = 0;
    sf_count_t m_position = 0;
    bool m_writable = false;
    QByteArray m_buffer;
};

} // namespace tallenne
