#pragma once

#include "core/Error.h"
#include "storage/RecordingStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace tallenne {

/// Samples that another thread is still writing into a DecodedAudio (a recording decrypted in
/// the background, PlaybackService::openForPlayer()): how many are there, and whether the rest
/// came or damage stopped them. The frames before framesReady() never change again.
class AudioFill
{
public:
    enum class State
    {
        Filling,
        Complete,
        Failed,
    };

    virtual ~AudioFill() = default; ///< stops the writer: no sample is written after it
    [[nodiscard]] virtual qint64 framesReady() const = 0;
    [[nodiscard]] virtual State state() const = 0;
    /// Why it failed (State::Failed), a whole sentence; else an empty error.
    [[nodiscard]] virtual Error failure() const = 0;
    /// Blocks until at least `frames` frames are ready, or the fill completed or failed.
    virtual void waitFor(qint64 frames) const = 0;
};

/// A whole recording decoded to interleaved 16-bit samples (little-endian, in memory).
struct DecodedAudio
{
    int channels = 0;
    int sampleRate = 0;
    qint64 frames = 0;
    QByteArray pcm16; ///< frames × channels samples, little-endian
    /// Set while the samples are still being written (their buffer is already full size): only
    /// the first fill->framesReady() frames may be read. Null when all are there.
    std::unique_ptr<AudioFill> fill;

    /// The frames that may be read now.
    [[nodiscard]] qint64 readyFrames() const { return fill ? fill->framesReady() : frames; }
    /// True when every frame is there (no fill, or a complete one).
    [[nodiscard]] bool isComplete() const
    {
        return !fill || fill->state() == AudioFill::State::Complete;
    }

    DecodedAudio() = default;
    DecodedAudio(const DecodedAudio&) = delete;
    DecodedAudio& operator=(const DecodedAudio&) = delete;
    DecodedAudio(DecodedAudio&&) = default;
    /// Stops this one's fill and wipes its samples before taking the other's.
    DecodedAudio& operator=(DecodedAudio&& other) noexcept;
    ~DecodedAudio(); ///< wipes the samples: they are a recording's audio in clear

    [[nodiscard]] qint16 sample(qint64 frame, int channel) const;
    [[nodiscard]] qint64 durationMs() const
    {
        return sampleRate > 0 ? frames * 1000 / sampleRate : 0;
    }
    /// The largest absolute sample of a channel, 0…1.
    [[nodiscard]] float peak(int channel) const;
};

/// Reads a recording held in memory through libsndfile's virtual I/O: the bytes are never
/// written anywhere, not even to a temporary file. Any container libsndfile reads is
/// detected from its header; raw (headerless) Asterisk formats need the AudioInfo stored with
/// the recording (see rawFormatForFileName()). A RIFF/WAVE file whose writer never set its
/// sizes is read as if its header had been repaired (WavHeader::repaired()).
///
/// Bounded on hostile input: at most MaxSeconds of audio are decoded (and at most
/// MaxPlayableBytes of 16-bit PCM produced), and a damaged file is an error, not a crash.
/// No event loop and no QObject: safe to use on a worker thread (one decoder per thread).
class AudioDecoder
{
    Q_DECLARE_TR_FUNCTIONS(AudioDecoder)

public:
    static constexpr qint64 MaxSeconds = 4 * 60 * 60;
    /// The playable WAV's data chunk stays within RIFF's 32-bit sizes, with room to spare.
    static constexpr qint64 MaxPlayableBytes = qint64(2) * 1024 * 1024 * 1024 - 64;
    /// The sample rates a recording may have, in Hz: telephony's 8 kHz up to studio rates
    /// (Asterisk's `.sln192`). Anything outside is a header that lies (a rate of 1 Hz would
    /// make a one-second file last hours and the player resample it for minutes).
    static constexpr int MinSampleRate = 4000;
    static constexpr int MaxSampleRate = 192000;

    /// Why audio of `channels` × `frames` at `sampleRate` cannot be a recording that plays
    /// (translated, e.g. "the recording is longer than 4 hours"), or an empty string: 1 or 2
    /// channels, a rate in [MinSampleRate, MaxSampleRate], at most MaxSeconds, and decoded to
    /// 16-bit PCM at most MaxPlayableBytes. The probe and the player apply the same rule, so
    /// a recording that was accepted also plays.
    [[nodiscard]] static QString playableProblem(int channels, int sampleRate, qint64 frames);

    AudioDecoder();
    ~AudioDecoder();
    AudioDecoder(const AudioDecoder&) = delete;
    AudioDecoder& operator=(const AudioDecoder&) = delete;

    /// Opens `bytes` for reading (they are shared, not copied, until close()). `format` is
    /// the recording's stored AudioInfo: needed for the raw formats only (their codec names
    /// below); for anything with a header it may be empty. ErrorKind::InputRejected when
    /// libsndfile cannot read it. The errors of open() and of the reads are bare reasons
    /// ("the audio is damaged after 3 s (…)") for the caller to put after its own words;
    /// decode() and toPlayableWav() give whole sentences.
    [[nodiscard]] bool open(const QByteArray& bytes, const AudioInfo& format, Error* error);
    void close();

    [[nodiscard]] int channels() const;
    [[nodiscard]] int sampleRate() const;
    /// libsndfile's SF_FORMAT_* value of what was opened (container | subtype).
    [[nodiscard]] int sndfileFormat() const;
    /// The frames the header announces (libsndfile's count); the decode may find fewer.
    [[nodiscard]] qint64 announcedFrames() const;
    [[nodiscard]] qint64 framesRead() const { return m_framesRead; }
    /// The size of what is being read (the repaired copy, when the header needed one).
    [[nodiscard]] qint64 inputBytes() const;
    /// The FFmpeg-style codec name of what was opened ("pcm_s16le", "gsm_ms", "flac",
    /// "vorbis", "opus", "mp3", the raw names, …); empty when Tallenne does not accept it.
    [[nodiscard]] QString codecName() const;

    /// libsndfile's words for the container and the encoding ("WAV (Microsoft)", "GSM 6.10").
    [[nodiscard]] QString formatDescription() const;

    /// Reads up to `frames` interleaved frames into `out` (frames × channels() values): the
    /// number read, 0 at the end, -1 with an error when the audio is damaged or longer than
    /// MaxSeconds.
    [[nodiscard]] qint64 readFloat(float* out, qint64 frames, Error* error);
    [[nodiscard]] qint64 readPcm16(qint16* out, qint64 frames, Error* error);

    /// The whole recording as 16-bit PCM.
    [[nodiscard]] static std::optional<DecodedAudio> decode(const QByteArray& bytes,
                                                            const AudioInfo& format, Error* error);
    /// A 16-bit PCM RIFF/WAVE file of the whole recording, in memory, for QMediaPlayer.
    [[nodiscard]] static std::optional<QByteArray>
    toPlayableWav(const QByteArray& bytes, const AudioInfo& format, Error* error);
    /// True when the bytes already are a plain 16-bit PCM WAV (format tag 1, mono or stereo,
    /// a byte rate that is rate × block size, sizes set and all audio present) that every
    /// QMediaPlayer backend plays as it is; otherwise toPlayableWav() writes a true header.
    [[nodiscard]] static bool isPlayableAsIs(const QByteArray& bytes, const AudioInfo& format);

    /// Raw (headerless) Asterisk formats, by the file name's extension (case-insensitive):
    ///   .gsm                       → codec "gsm"            (GSM 6.10, 33-byte frames)
    ///   .ulaw .ul .mu .pcm .ulw    → codec "pcm_mulaw_raw"  (G.711 µ-law)
    ///   .alaw .al .alw             → codec "pcm_alaw_raw"   (G.711 A-law)
    ///   .vox                       → codec "adpcm_vox_raw"  (Dialogic ADPCM)
    ///   .sln .raw                  → codec "pcm_s16le_raw"  (signed linear, 8 kHz)
    ///   .sln12 .sln16 .sln24 .sln32 .sln44 .sln48 .sln96 .sln192
    ///                              → codec "pcm_s16le_raw" at 12, 16, … 192 kHz
    /// all mono, 8 kHz unless said. The AudioInfo returned has the codec, 1 channel and the
    /// sample rate, which is all a later decode needs; nullopt for any other name.
    [[nodiscard]] static std::optional<AudioInfo> rawFormatForFileName(const QString& fileName);
    /// True for the codec names above: such bytes carry no header.
    [[nodiscard]] static bool isRawCodec(const QString& codec);
    /// True when the bytes start like a container libsndfile recognises by its header
    /// (RIFF, RF64, FORM, .snd, fLaC, OggS, ID3, an MPEG frame …).
    [[nodiscard]] static bool hasKnownHeader(const QByteArray& bytes);

    /// Wipes decoded or decrypted audio in place and empties the array, when nothing else
    /// shares its memory (a shared array is only released: data() would wipe a fresh copy).
    static void wipe(QByteArray& audio);
    /// Turns a reason of open() or a read into "The recording cannot be decoded: REASON.".
    static bool cannotDecode(Error* error);

private:
    [[nodiscard]] qint64 checkRead(qint64 got, qint64 asked, Error* error);

    struct Source;
    std::unique_ptr<Source> m_source;
    qint64 m_framesRead = 0;
};

} // namespace tallenne
