#pragma once

#include "core/Error.h"
#include "services/audio/AudioDecoder.h"
#include "storage/RecordingStore.h"

#include <QByteArray>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace tallenne {

/// Playback that starts before a whole recording is decrypted (docs/performance.md, first
/// sound): begin() opens the first chunk of the file and, when the recording is a plain 16-bit
/// PCM WAV whose samples start in that chunk, gives a DecodedAudio sized for all of its
/// samples with the first of them in place; start() then decrypts the rest on a worker thread,
/// chunk by chunk, straight into the samples. Only authenticated chunks are written (libsodium
/// secretstream opens no chunk whose tag fails), and framesReady() grows only over what was
/// written. Damage later in the file (an altered or missing chunk, data after the final one,
/// a checksum that does not match) stops the fill: state() Failed with the words
/// RecordingStore::read() would have given, and nothing after the damage is ever written.
///
/// The decrypted audio passes through one chunk-sized buffer of the worker, wiped after every
/// chunk; the samples are the DecodedAudio's, wiped by it. Destroying the fill (the
/// DecodedAudio does it first) stops and joins the worker.
class PlaybackFill : public AudioFill
{

public:
    /// The recording's samples with their fill, or nullopt: with `*unsupported` set when it is
    /// not a plain 16-bit PCM WAV (the caller decrypts and decodes it whole), else with
    /// `error` (ErrorKind::Damaged for a first chunk that fails).
    [[nodiscard]] static std::optional<DecodedAudio> begin(std::unique_ptr<RecordingStream> stream,
                                                           Error* error, bool* unsupported);

    ~PlaybackFill() override;

    /// Starts the worker (after the caller has audited the opening).
    void start();

    [[nodiscard]] qint64 framesReady() const override;
    [[nodiscard]] State state() const override;
    [[nodiscard]] Error failure() const override;
    void waitFor(qint64 frames) const override;
    /// The file's chunks decrypted and authenticated so far (tests and the bench).
    [[nodiscard]] qint64 chunksDone() const { return m_chunks.load(std::memory_order_acquire); }
    /// Blocks until the fill completed or failed.
    void waitForEnd() const;

    /// A test seam: called on the worker before it reads each chunk (its index, from 1 for the
    /// second chunk of the file), so a test can hold the fill at a chunk. Empty: none.
    using ChunkHook = std::function<void(qint64 chunk)>;
    static void setChunkHook(ChunkHook hook);

private:
    PlaybackFill(std::unique_ptr<RecordingStream> stream, char* samples, qint64 dataAt,
                 qint64 dataBytes, int frameBytes);
    /// Copies what of the plaintext at `plainAt` is audio into the samples.
    void place(const QByteArray& plain);
    void run();
    void finish(State state, const Error& failure = {});

    std::unique_ptr<RecordingStream> m_stream;
    char* m_samples;
    const qint64 m_dataAt;    // where the samples start in the plaintext
    const qint64 m_dataBytes; // how many bytes of samples
    const int m_frameBytes;
    qint64 m_plainAt = 0; // plaintext bytes read so far
    qint64 m_placed = 0;  // sample bytes written so far

    std::atomic<qint64> m_ready{0};
    std::atomic<qint64> m_chunks{0};
    std::atomic<State> m_state{State::Filling};
    std::atomic<bool> m_cancel{false};
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    Error m_failure; // guarded by m_mutex
    std::thread m_worker;
};

} // namespace tallenne
