// bench_playback [MINUTES=10]: a register in a temporary folder with one generated stereo
// 8 kHz recording of MINUTES minutes (16-bit PCM WAV, and the same audio as 24-bit PCM, which
// open() must decode), then the figures playback depends on: decrypting into memory, the
// libsndfile path (decoding to a playable 16-bit WAV and to the player's PCM, streaming the
// waveform peaks), the second opening with the peaks from the cache, and the player's time to
// first sound (AudioEngine on the real QAudioSink: Play until the first samples are handed to
// the device, until QAudioSink::start() has returned, and until the device reports played
// frames; needs an audio output, e.g. the test session's PulseAudio null sink). Target: first
// samples under 50 ms after Play. Prints; asserts nothing.

#include "gui/player/AudioEngine.h"
#include "services/PlaybackService.h"
#include "services/UserService.h"
#include "services/audio/AudioDecoder.h"
#include "storage/RecordingStore.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMediaDevices>
#include <QTextStream>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <cstring>

using namespace tallenne;
using namespace tallenne::test;

namespace {
QTextStream out(stdout);

void report(const char* what, QList<double> ms, const QString& note = {})
{
    std::sort(ms.begin(), ms.end());
    out << QString::fromLatin1(what).leftJustified(48) << "median "
        << QString::number(ms.at(ms.size() / 2), 'f', 2).rightJustified(8) << " ms   min "
        << QString::number(ms.first(), 'f', 2).rightJustified(8) << " ms   " << note << Qt::endl;
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The same audio as a 24-bit PCM WAV (each 16-bit sample shifted up a byte).
QByteArray toPcm24(const QByteArray& wav16)
{
    const int channels = qFromLittleEndian<quint16>(wav16.constData() + 22);
    const quint32 rate = qFromLittleEndian<quint32>(wav16.constData() + 24);
    const qsizetype samples = (wav16.size() - 44) / 2;
    QByteArray wav24(44 + samples * 3, '\0');
    char* p = wav24.data();
    std::memcpy(p, "RIFF", 4);
    qToLittleEndian<quint32>(quint32(wav24.size() - 8), p + 4);
    std::memcpy(p + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, p + 16);
    qToLittleEndian<quint16>(1, p + 20);
    qToLittleEndian<quint16>(quint16(channels), p + 22);
    qToLittleEndian<quint32>(rate, p + 24);
    qToLittleEndian<quint32>(rate * quint32(channels) * 3, p + 28);
    qToLittleEndian<quint16>(quint16(channels * 3), p + 32);
    qToLittleEndian<quint16>(24, p + 34);
    std::memcpy(p + 36, "data", 4);
    qToLittleEndian<quint32>(quint32(samples * 3), p + 40);
    for (qsizetype i = 0; i < samples; ++i) {
        p[44 + i * 3] = 0;
        p[44 + i * 3 + 1] = wav16.at(44 + i * 2);
        p[44 + i * 3 + 2] = wav16.at(44 + i * 2 + 1);
    }
    return wav24;
}

struct FirstSound
{
    double samples = -1; // Play -> first samples handed to the device
    double started = -1; // Play -> play() (QAudioSink::start()) returned
    double played = -1;  // Play -> the device reports frames played
};

// One Play on the engine, from `fromMs`, timed until the device reports playing; then paused.
FirstSound timeToFirstSound(AudioEngine& engine, qint64 fromMs)
{
    FirstSound result;
    QElapsedTimer t;
    engine.setTap([&](qint64, const qint16*, qint64) {
        if (result.samples < 0)
            result.samples = msSince(t);
    });
    engine.seek(fromMs);
    QEventLoop loop;
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (engine.positionMs() > fromMs) {
            result.played = msSince(t);
            loop.quit();
        }
    });
    t.start();
    const bool playing = engine.play();
    result.started = msSince(t);
    if (playing) {
        poll.start();
        loop.exec();
    }
    engine.pause();
    engine.setTap({});
    return result;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int minutes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    if (minutes <= 0) {
        QTextStream(stderr) << "usage: bench_playback [MINUTES=10]\n";
        return 1;
    }
    QTemporaryDir dir;
    ManualClock clock;
    const RegisterPaths paths{dir.filePath(QStringLiteral("register"))};
    Error error;
    if (makeRegister(paths, clock, fastOptions(), &error).isEmpty()) {
        QTextStream(stderr) << error.message << '\n';
        return 1;
    }
    auto admin = Session::login(paths, QStringLiteral("admin"), secret(adminPassword), clock,
                                fastOptions(), &error);
    if (!admin || !UserService(*admin).add(QStringLiteral("laura"), Role::QualityManager,
                                           secret("laura-violet-tram-harbour"), &error)) {
        QTextStream(stderr) << error.message << '\n';
        return 1;
    }
    const QByteArray wav = toneWav(minutes * 60000);
    const QByteArray wav24 = toPcm24(wav);
    const auto callId = addCall(*admin, QStringLiteral("bench"), wav, false, minutes * 60000);
    const AudioInfo info24{QStringLiteral("pcm_s24le"), 2, 8000, minutes * 60000};
    const auto callId24 = addCall(*admin, QStringLiteral("bench24"), wav24, info24);
    admin.reset();
    auto session =
        Session::login(paths, QStringLiteral("laura"), secret("laura-violet-tram-harbour"), clock,
                       fastOptions(), &error);
    if (!callId || !callId24 || !session) {
        QTextStream(stderr) << error.message << '\n';
        return 1;
    }
    out << "recording: " << minutes << " min, stereo, 8 kHz, 16-bit PCM WAV "
        << QString::number(double(wav.size()) / 1e6, 'f', 1) << " MB; 24-bit PCM WAV "
        << QString::number(double(wav24.size()) / 1e6, 'f', 1) << " MB" << Qt::endl;
    const int runs = 5;

    PlaybackService playback(*session);
    RecordingStore store(paths.recordings(), session->db(), clock);
    const qint64 recordingId = store.recordingIdForCall(*callId, &error).value_or(0);
    QList<double> decrypt, open, open24, toWav16, toWav24, decode, pcm, cached;
    std::optional<OpenedRecording> opened;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto bytes = readRecording(*session, recordingId, &error);
        decrypt << msSince(t);
        t.restart();
        opened = playback.open(*callId, PlaybackPurpose::QualityReview, &error);
        open << msSince(t);
        if (!bytes || !opened) {
            QTextStream(stderr) << error.message << '\n';
            return 1;
        }
        t.restart();
        const auto opened24 = playback.open(*callId24, PlaybackPurpose::QualityReview, &error);
        open24 << msSince(t);
        t.restart();
        const auto playable16 = AudioDecoder::toPlayableWav(wav, AudioInfo{}, &error);
        toWav16 << msSince(t);
        t.restart();
        const auto playable24 = AudioDecoder::toPlayableWav(wav24, info24, &error);
        toWav24 << msSince(t);
        if (!opened24 || !playable16 || !playable24 || opened24->audio != wav) {
            QTextStream(stderr) << "decoding to a playable WAV failed: " << error.message << '\n';
            return 1;
        }
        t.restart();
        const auto decoded = AudioDecoder::decode(opened->audio, AudioInfo{}, &error);
        pcm << msSince(t);
        if (!decoded) {
            QTextStream(stderr) << error.message << '\n';
            return 1;
        }
        t.restart();
        const auto peaks =
            WaveformAnalyzer::analyze(opened->audio, WaveformAnalyzer::DefaultBuckets, &error);
        decode << msSince(t);
        if (!peaks) {
            QTextStream(stderr) << error.message << '\n';
            return 1;
        }
    }
    report("decrypt into memory (RecordingStore::read)", decrypt);
    report("open 16-bit (check + decrypt + audit entry)", open);
    report("open 24-bit (the same + decode to 16-bit WAV)", open24);
    report("libsndfile: 16-bit WAV -> playable WAV", toWav16);
    report("libsndfile: 24-bit WAV -> playable WAV", toWav24);
    report("libsndfile: the player's PCM (AudioDecoder::decode)", pcm);
    report("libsndfile: waveform peaks (2000 buckets)", decode);

    bool fromCache = false;
    QElapsedTimer t;
    t.start();
    if (!playback.waveform(*opened, &error, &fromCache)) { // first: decodes and stores
        QTextStream(stderr) << error.message << '\n';
        return 1;
    }
    report("first opening: decode + store peaks", {msSince(t)});
    for (int i = 0; i < runs; ++i) {
        t.restart();
        const auto peaks = playback.waveform(*opened, &error, &fromCache);
        cached << msSince(t);
        if (!peaks || !fromCache) {
            QTextStream(stderr) << "the peaks did not come from the cache\n";
            return 1;
        }
    }
    report("second opening: peaks from the cache", cached);

    if (QMediaDevices::audioOutputs().isEmpty()) {
        out << "time to first sound: n/a (no audio output device; run inside the test session)"
            << Qt::endl;
        return 0;
    }
    AudioEngine engine;
    auto decoded = AudioDecoder::decode(opened->audio, AudioInfo{}, &error);
    if (!decoded) {
        QTextStream(stderr) << error.message << '\n';
        return 1;
    }
    engine.load(std::move(*decoded));
    engine.setVolume(0.1);
    QList<double> samples, started, played;
    for (int i = 0; i < 10; ++i) {
        // Anywhere in the recording: the first, the middle, the last minutes.
        const FirstSound r = timeToFirstSound(engine, qint64(i) * minutes * 6000);
        samples << r.samples;
        started << r.started;
        played << r.played;
    }
    report("Play -> first samples handed to the device", samples, QStringLiteral("target < 50 ms"));
    report("Play -> QAudioSink::start() returned", started);
    report("Play -> the device reports frames played", played);
    return 0;
}
