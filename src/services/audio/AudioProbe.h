#pragma once

#include "core/Error.h"
#include "storage/RecordingStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tallenne {

/// What a recording file holds, for the importer's decision.
struct AudioInspection
{
    AudioInfo info; ///< of the audio actually present (durationMs from the frames present)
    bool headerSizesUnset = false; ///< RIFF or data chunk size was 0 or 0xFFFFFFFF (writer never
                                   ///< finalised, or a streaming writer)
    QByteArray repaired; ///< non-empty when the header was rewritten: the bytes to store instead of
                         ///< the original
    QString note;        ///< translated, for the import report, e.g. "the header gave no sizes;
                         ///< repaired: 2.0 s of audio"; empty when nothing to say
};

/// Finds out what a recording is (codec, channels, sample rate, duration) before it is
/// stored, by decoding it whole with libsndfile from memory (AudioDecoder): nothing is written
/// anywhere, and a file that would not play is refused at the import, not at the first
/// playback.
///
/// Accepted: WAV (PCM 8/16/24/32-bit, 32/64-bit float, A-law, µ-law, GSM 6.10 as Asterisk's
/// WAV49, IMA and Microsoft ADPCM; also WAVE_FORMAT_EXTENSIBLE, RF64 and W64), AIFF, AU, FLAC,
/// Ogg Vorbis and Opus, MP3, and Asterisk's headerless formats recognised by the file's
/// extension (AudioDecoder::rawFormatForFileName()). Mono or stereo (agent and customer).
///
/// Codec names are FFmpeg's: pcm_u8, pcm_s16le, pcm_s24le, pcm_s32le, pcm_f32le, pcm_f64le,
/// pcm_alaw, pcm_mulaw, gsm_ms (WAV49), adpcm_ima_wav, adpcm_ms; pcm_s8, pcm_s16be …
/// (AIFF, AU); flac, vorbis, opus, mp1, mp2, mp3. Raw files carry no header, so their names
/// say so and, with the sample rate stored beside them, are all a later decode needs: gsm,
/// pcm_mulaw_raw, pcm_alaw_raw, adpcm_vox_raw, pcm_s16le_raw.
class AudioProbe
{
    Q_DECLARE_TR_FUNCTIONS(AudioProbe)

public:
    /// ErrorKind::InputRejected with "recording NAME: REASON" when the file cannot be used:
    /// empty file; a header with no audio at all ("the file has a header but no audio"); a data
    /// chunk cut short (declared size larger than present: say expected/found bytes); an
    /// unsupported codec; more than 2 channels; not audio at all.
    [[nodiscard]] static std::optional<AudioInspection>
    inspect(const QByteArray& bytes, const QString& fileName, Error* error);

    /// inspect() for callers that store the bytes exactly as they were read: a WAV whose
    /// header sizes were never written is refused too, since only inspect()'s repaired bytes
    /// describe it (and it may be a recording that was still being written).
    /// `name` is the file's name, for the messages ("recording NAME: …") and the raw formats.
    [[nodiscard]] static std::optional<AudioInfo> probe(const QByteArray& audio,
                                                        const QString& name, Error* error);
};

} // namespace tallenne
