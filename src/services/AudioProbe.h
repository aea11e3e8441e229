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
    AudioInfo info;                ///< of the audio actually present
    bool headerSizesUnset = false; ///< RIFF or data size was 0 or 0xFFFFFFFF
    QByteArray repaired;           ///< non-empty when the header was rewritten: store this
    QString note;                  ///< translated, for the import report
};

/// Finds out what a recording is (codec, channels, sample rate, duration) before it is
/// stored. WAV is read from its header (PCM 8/16/24/32-bit and float, A-law, µ-law, GSM 6.10
/// as Asterisk's WAV49); anything else is decoded in memory with QAudioDecoder, which needs
/// a QCoreApplication. Audio is only ever read from memory: nothing is written anywhere.
class AudioProbe
{
    Q_DECLARE_TR_FUNCTIONS(AudioProbe)

public:
    /// `name` is the file's name, for the messages ("recording NAME: …").
    /// ErrorKind::InputRejected when the audio cannot be read or is cut short.
    [[nodiscard]] static std::optional<AudioInfo>
    probe(const QByteArray& audio, const QString& name, Error* error, int decoderTimeoutMs = 15000);

    // TEMPORARY (replaced by the libsndfile-based version): WAV sizes repair only.
    [[nodiscard]] static std::optional<AudioInspection>
    inspect(const QByteArray& bytes, const QString& fileName, Error* error);

    /// The header of a RIFF/WAVE file. nullopt with an error when it is a WAV that is
    /// broken; nullopt without an error (kind None) when it is not a WAV at all.
    [[nodiscard]] static std::optional<AudioInfo> probeWav(const QByteArray& audio,
                                                           const QString& name, Error* error);

private:
    [[nodiscard]] static std::optional<AudioInfo>
    probeWithDecoder(const QByteArray& audio, const QString& name, int timeoutMs, Error* error);
};

} // namespace tallenne
