#include "services/audio/PlaybackFill.h"

#include "core/Logging.h"
#include "services/audio/WavHeader.h"

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace tallenne {

namespace {
PlaybackFill::ChunkHook& chunkHook()
{
    static PlaybackFill::ChunkHook hook;
    return hook;
}

// A chunk's plaintext is wiped as soon as its audio is in place.
void wipeChunk(QByteArray& plain)
{
    if (!plain.isEmpty())
        sodium_memzero(plain.data(), std::size_t(plain.size()));
}
} // namespace

PlaybackFill::PlaybackFill(std::unique_ptr<RecordingStream> stream, char* samples, qint64 dataAt,
                           qint64 dataBytes, int frameBytes)
    : m_stream(std::move(stream)), m_samples(samples), m_dataAt(dataAt), m_dataBytes(dataBytes),
      m_frameBytes(frameBytes)
{}

std::optional<DecodedAudio> PlaybackFill::begin(std::unique_ptr<RecordingStream> stream,
                                                Error* error, bool* unsupported)
{
    *unsupported = false;
    QByteArray plain;
    if (!stream->next(plain, error)) {
        wipeChunk(plain);
        return std::nullopt;
    }
    // A plain 16-bit PCM WAV whose samples start in the first chunk and whose header's sizes
    // fit the file: its samples are the player's as they are (AudioDecoder::isPlayableAsIs()).
    const auto header = WavHeader::parse(plain, nullptr);
    const qint64 total = stream->plaintextBytes();
    const bool plainPcm =
        header && !header->extensible && header->formatTag == WavHeader::FormatPcm &&
        header->bitsPerSample == 16 && (header->channels == 1 || header->channels == 2) &&
        header->blockAlign == header->channels * 2 && header->sampleRate > 0 &&
        header->byteRate == quint32(header->sampleRate) * quint32(header->blockAlign) &&
        !header->sizesUnset() && header->dataSize > 0 && header->dataAt > 0 &&
        header->dataAt <= plain.size() && qint64(header->dataAt) + header->dataSize <= total;
    const qint64 frames = plainPcm ? qint64(header->dataSize) / header->blockAlign : 0;
    if (!plainPcm || frames <= 0 ||
        !AudioDecoder::playableProblem(header->channels, header->sampleRate, frames).isEmpty()) {
        wipeChunk(plain);
        *unsupported = true;
        return std::nullopt;
    }

    DecodedAudio audio;
    audio.channels = header->channels;
    audio.sampleRate = header->sampleRate;
    audio.frames = frames;
    // Sized once for every sample (never grown, so never copied); written only where ready.
    audio.pcm16.resize(qsizetype(frames * header->blockAlign));
    std::unique_ptr<PlaybackFill> fill(new PlaybackFill(std::move(stream), audio.pcm16.data(),
                                                        header->dataAt, audio.pcm16.size(),
                                                        header->blockAlign));
    fill->place(plain);
    wipeChunk(plain);
    fill->m_chunks.store(1, std::memory_order_release);
    if (fill->m_stream->atEnd())
        return audio; // all of it was in the first chunk: nothing left to fill
    audio.fill = std::move(fill);
    return audio;
}

PlaybackFill::~PlaybackFill()
{
    m_cancel.store(true, std::memory_order_release);
    if (m_worker.joinable())
        m_worker.join();
}

void PlaybackFill::start()
{
    if (m_worker.joinable() || state() != State::Filling)
        return;
    m_worker = std::thread([this] { run(); });
}

void PlaybackFill::setChunkHook(ChunkHook hook)
{
    chunkHook() = std::move(hook);
}

void PlaybackFill::place(const QByteArray& plain)
{
    const qint64 from = std::max(m_plainAt, m_dataAt);
    const qint64 to = std::min(m_plainAt + plain.size(), m_dataAt + m_dataBytes);
    if (to > from)
        std::memcpy(m_samples + (from - m_dataAt), plain.constData() + (from - m_plainAt),
                    std::size_t(to - from));
    m_plainAt += plain.size();
    if (to > from) {
        m_placed = to - m_dataAt;
        {
            const std::lock_guard lock(m_mutex);
            m_ready.store(m_placed / m_frameBytes, std::memory_order_release);
        }
        m_changed.notify_all();
    }
}

void PlaybackFill::run()
{
    QByteArray plain;
    const ChunkHook hook = chunkHook();
    while (!m_cancel.load(std::memory_order_acquire)) {
        if (hook)
            hook(m_chunks.load(std::memory_order_acquire));
        Error error;
        if (!m_stream->next(plain, &error)) {
            wipeChunk(plain);
            qCWarning(lcServices).noquote() << "recording" << m_stream->recordingId()
                                            << "stopped while playing:" << error.message;
            finish(State::Failed, error);
            return;
        }
        place(plain);
        wipeChunk(plain);
        m_chunks.fetch_add(1, std::memory_order_acq_rel);
        if (m_stream->atEnd()) {
            finish(State::Complete);
            return;
        }
    }
}

void PlaybackFill::finish(State state, const Error& failure)
{
    {
        const std::lock_guard lock(m_mutex);
        m_failure = failure;
        m_state.store(state, std::memory_order_release);
    }
    m_changed.notify_all();
}

qint64 PlaybackFill::framesReady() const
{
    return m_ready.load(std::memory_order_acquire);
}

AudioFill::State PlaybackFill::state() const
{
    return m_state.load(std::memory_order_acquire);
}

Error PlaybackFill::failure() const
{
    const std::lock_guard lock(m_mutex);
    return m_failure;
}

void PlaybackFill::waitFor(qint64 frames) const
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] {
        return m_ready.load(std::memory_order_acquire) >= frames ||
               m_state.load(std::memory_order_acquire) != State::Filling;
    });
}

void PlaybackFill::waitForEnd() const
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_state.load(std::memory_order_acquire) != State::Filling; });
}

} // namespace tallenne
