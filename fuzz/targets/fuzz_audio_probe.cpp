// Recordings: AudioProbe::inspect, as the Asterisk import reads each file, under a name the
// first byte picks (the raw Asterisk formats are told by their extension). The probe's promise
// is checked: what it accepts, the player's decoder reads whole, with the channels, rate and
// duration that were stored.

#include "FuzzSupport.h"

#include "services/audio/AudioDecoder.h"
#include "services/audio/AudioProbe.h"

using namespace tallenne;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    if (size == 0)
        return 0;
    static const char* const names[] = {"x.wav", "x.WAV",   "x.gsm",  "x.ulaw", "x.alaw", "x.vox",
                                        "x.sln", "x.sln16", "x.g729", "x.flac", "x.ogg",  "x.mp3",
                                        "x.au",  "x.aiff",  "x.raw",  "x.bin"};
    const QString name = QString::fromLatin1(names[data[0] % 16]);
    const QByteArray bytes = fuzz::bytes(data + 1, size - 1);
    Error error;
    const auto inspected = AudioProbe::inspect(bytes, name, &error);
    if (!inspected) {
        if (error.message.isEmpty())
            fuzz::broken("a refused recording without a reason");
        return 0;
    }
    const AudioInfo& info = inspected->info;
    if (!AudioDecoder::playableProblem(info.channels, info.sampleRate, 0).isEmpty() ||
        info.durationMs < 0 || info.durationMs > AudioDecoder::MaxSeconds * 1000)
        fuzz::broken("an accepted recording outside the limits");
    const QByteArray stored = inspected->repaired.isEmpty() ? bytes : inspected->repaired;
    auto decoded = AudioDecoder::decode(stored, info, &error);
    if (!decoded)
        fuzz::broken("an accepted recording does not decode");
    if (decoded->channels != info.channels || decoded->sampleRate != info.sampleRate ||
        decoded->durationMs() != info.durationMs)
        fuzz::broken("the decoder does not read what the probe stored");
    return 0;
}
