// AudioDecoder (libsndfile from memory): every codec a recording may come in decodes to the
// tone that was written into its fixture (tests/data/audio/README.md): the length to the
// frame, the level within a few per cent (lossy codecs: a looser bound) and the frequency.
// The format comes from AudioProbe::inspect(), as at an import, so raw Asterisk formats are
// decoded from their bytes plus the stored AudioInfo alone. The playable WAV holds the same
// samples, the waveform the same level. Cut and corrupted files give errors, never a crash.

#include "services/WavWriter.h"
#include "services/audio/AudioDecoder.h"
#include "services/audio/AudioProbe.h"
#include "services/audio/WaveformAnalyzer.h"
#include "support/AudioFixtures.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace tallenne;
using namespace tallenne::test;

namespace {

// The tone's frequency from its zero crossings, with a little hysteresis so that the noise of
// a lossy codec around zero does not count.
double frequencyOf(const DecodedAudio& audio, int channel)
{
    const int threshold = int(audio.peak(channel) * 32768.0f * 0.2f);
    int state = 0;
    qint64 crossings = 0;
    for (qint64 f = 0; f < audio.frames; ++f) {
        const int s = audio.sample(f, channel);
        const int now = s > threshold ? 1 : (s < -threshold ? -1 : state);
        if (state != 0 && now != state)
            ++crossings;
        state = now;
    }
    return double(crossings) / 2.0 / (double(audio.frames) / audio.sampleRate);
}

} // namespace

class TestAudioDecoder : public QObject
{
    Q_OBJECT

private slots:
    void everyCodec_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("sampleRate");
        QTest::addColumn<qint64>("frames");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("right");
        QTest::addColumn<double>("tolerance");
        // clang-format off
        QTest::newRow("GSM 6.10 WAV49 (Asterisk WAV)") << "wav49-gsm610-asterisk-WAV.WAV" << "gsm_ms" << 1 << 8000 << qint64(16000) << 0.5 << 0.0 << 0.1;
        QTest::newRow("raw GSM 6.10 (.gsm)") << "tone.gsm" << "gsm" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.1;
        QTest::newRow("8-bit PCM") << "tone-u8.wav" << "pcm_u8" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.02;
        QTest::newRow("16-bit PCM stereo") << "tone-s16-stereo.wav" << "pcm_s16le" << 2 << 8000 << qint64(4000) << 0.8 << 0.25 << 0.01;
        QTest::newRow("24-bit PCM EXTENSIBLE") << "wav-pcm24-extensible.wav" << "pcm_s24le" << 1 << 8000 << qint64(16000) << 0.5 << 0.0 << 0.01;
        QTest::newRow("32-bit PCM") << "tone-s32.wav" << "pcm_s32le" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.01;
        QTest::newRow("32-bit float") << "tone-f32.wav" << "pcm_f32le" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.01;
        QTest::newRow("A-law WAV") << "tone-alaw.wav" << "pcm_alaw" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.03;
        QTest::newRow("mu-law WAV") << "tone-ulaw.wav" << "pcm_mulaw" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.03;
        QTest::newRow("raw mu-law (.ulaw)") << "tone.ulaw" << "pcm_mulaw_raw" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.03;
        QTest::newRow("raw A-law (.alaw)") << "tone.alaw" << "pcm_alaw_raw" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.03;
        QTest::newRow("raw signed linear 16 kHz (.sln16)") << "tone.sln16" << "pcm_s16le_raw" << 1 << 16000 << qint64(8000) << 0.5 << 0.0 << 0.01;
        QTest::newRow("raw Dialogic ADPCM (.vox)") << "tone.vox" << "adpcm_vox_raw" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.05;
        // IMA ADPCM decodes whole blocks: 8 of 505 frames (the fact chunk's 4000 is not used).
        QTest::newRow("IMA ADPCM WAV") << "tone-ima-adpcm.wav" << "adpcm_ima_wav" << 1 << 8000 << qint64(4040) << 0.5 << 0.0 << 0.05;
        QTest::newRow("MS ADPCM WAV") << "tone-ms-adpcm.wav" << "adpcm_ms" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.05;
        QTest::newRow("FLAC") << "tone.flac" << "flac" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.01;
        QTest::newRow("Ogg Vorbis") << "tone.ogg" << "vorbis" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.05;
        QTest::newRow("Ogg Opus") << "tone.opus" << "opus" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.1;
        QTest::newRow("MP3") << "tone.mp3" << "mp3" << 1 << 8000 << qint64(4000) << 0.5 << 0.0 << 0.1;
        // clang-format on
    }

    void everyCodec()
    {
        QFETCH(QString, file);
        QFETCH(QString, codec);
        QFETCH(int, channels);
        QFETCH(int, sampleRate);
        QFETCH(qint64, frames);
        QFETCH(double, left);
        QFETCH(double, right);
        QFETCH(double, tolerance);
        const QByteArray bytes = audioFixture(file);

        // As the importer finds it, and as it would be stored.
        Error error;
        const auto inspection = AudioProbe::inspect(bytes, file, &error);
        QVERIFY2(inspection, qPrintable(error.message));
        QVERIFY(!inspection->headerSizesUnset);
        QVERIFY(inspection->repaired.isEmpty());
        QVERIFY(inspection->note.isEmpty());
        const AudioInfo& info = inspection->info;
        QCOMPARE(info.codec, codec);
        QCOMPARE(info.channels, channels);
        QCOMPARE(info.sampleRate, sampleRate);
        QVERIFY2(std::abs(info.durationMs - frames * 1000 / sampleRate) <= 1,
                 qPrintable(QString::number(info.durationMs)));

        // Decoded from the bytes and the stored AudioInfo alone.
        const auto decoded = AudioDecoder::decode(bytes, info, &error);
        QVERIFY2(decoded, qPrintable(error.message));
        QCOMPARE(decoded->channels, channels);
        QCOMPARE(decoded->sampleRate, sampleRate);
        QVERIFY2(std::abs(decoded->frames - frames) <= 1,
                 qPrintable(QStringLiteral("%1 frames").arg(decoded->frames)));
        QCOMPARE(decoded->pcm16.size(), qsizetype(decoded->frames * channels * 2));
        const QList<double> levels = {left, right};
        for (int c = 0; c < channels; ++c) {
            QVERIFY2(std::abs(decoded->peak(c) - levels[c]) <= tolerance,
                     qPrintable(QStringLiteral("channel %1 peaks at %2, written at %3")
                                    .arg(c)
                                    .arg(decoded->peak(c))
                                    .arg(levels[c])));
            const double hz = frequencyOf(*decoded, c);
            QVERIFY2(std::abs(hz - 440.0) <= 440.0 * 0.03,
                     qPrintable(QStringLiteral("channel %1 at %2 Hz").arg(c).arg(hz)));
        }

        // The player's WAV: plain 16-bit PCM with exactly these samples.
        const auto wav = AudioDecoder::toPlayableWav(bytes, info, &error);
        QVERIFY2(wav, qPrintable(error.message));
        QCOMPARE(wav->size(), 44 + decoded->pcm16.size());
        const AudioInfo pcm16{QStringLiteral("pcm_s16le"), channels, sampleRate, 0};
        QVERIFY(AudioDecoder::isPlayableAsIs(*wav, pcm16));
        QCOMPARE(AudioDecoder::isPlayableAsIs(bytes, info), codec == QLatin1String("pcm_s16le"));
        const auto again = AudioDecoder::decode(*wav, pcm16, &error);
        QVERIFY2(again, qPrintable(error.message));
        QCOMPARE(again->sampleRate, sampleRate);
        QVERIFY(again->pcm16 == decoded->pcm16);

        // The waveform, streamed, sees the same level on each lane.
        const auto peaks = WaveformAnalyzer::analyze(bytes, 50, &error, info);
        QVERIFY2(peaks, qPrintable(error.message));
        QCOMPARE(peaks->channels, channels);
        QCOMPARE(peaks->durationMs, decoded->durationMs());
        for (int c = 0; c < channels; ++c)
            QVERIFY2(std::abs(peaks->maxPeak(c) - decoded->peak(c)) <= 0.002f,
                     qPrintable(QString::number(peaks->maxPeak(c))));
    }

    void rawFormatsByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<int>("sampleRate");
        QTest::newRow("gsm") << "a.gsm"
                             << "gsm" << 8000;
        QTest::newRow("GSM upper case") << "A.GSM"
                                        << "gsm" << 8000;
        QTest::newRow("ulaw") << "a.ulaw"
                              << "pcm_mulaw_raw" << 8000;
        QTest::newRow("ul") << "a.ul"
                            << "pcm_mulaw_raw" << 8000;
        QTest::newRow("mu") << "a.mu"
                            << "pcm_mulaw_raw" << 8000;
        QTest::newRow("pcm") << "a.pcm"
                             << "pcm_mulaw_raw" << 8000;
        QTest::newRow("alaw") << "a.alaw"
                              << "pcm_alaw_raw" << 8000;
        QTest::newRow("al") << "a.al"
                            << "pcm_alaw_raw" << 8000;
        QTest::newRow("sln") << "a.sln"
                             << "pcm_s16le_raw" << 8000;
        QTest::newRow("raw") << "a.raw"
                             << "pcm_s16le_raw" << 8000;
        QTest::newRow("sln12") << "a.sln12"
                               << "pcm_s16le_raw" << 12000;
        QTest::newRow("sln16") << "a.sln16"
                               << "pcm_s16le_raw" << 16000;
        QTest::newRow("sln24") << "a.sln24"
                               << "pcm_s16le_raw" << 24000;
        QTest::newRow("sln32") << "a.sln32"
                               << "pcm_s16le_raw" << 32000;
        QTest::newRow("sln44") << "a.sln44"
                               << "pcm_s16le_raw" << 44100;
        QTest::newRow("sln48") << "a.sln48"
                               << "pcm_s16le_raw" << 48000;
        QTest::newRow("sln96") << "a.sln96"
                               << "pcm_s16le_raw" << 96000;
        QTest::newRow("sln192") << "a.sln192"
                                << "pcm_s16le_raw" << 192000;
        QTest::newRow("not raw: wav") << "a.wav"
                                      << "" << 0;
        QTest::newRow("not raw: no extension") << "gsm"
                                               << "" << 0;
    }

    void rawFormatsByName()
    {
        QFETCH(QString, name);
        QFETCH(QString, codec);
        QFETCH(int, sampleRate);
        const auto raw = AudioDecoder::rawFormatForFileName(name);
        QCOMPARE(bool(raw), !codec.isEmpty());
        if (!raw)
            return;
        QCOMPARE(raw->codec, codec);
        QCOMPARE(raw->channels, 1);
        QCOMPARE(raw->sampleRate, sampleRate);
        QVERIFY(AudioDecoder::isRawCodec(codec));
    }

    void signedLinearAtEachRate()
    {
        // 0.25 s of 16-bit samples under each sln name decodes at that name's rate.
        for (const int rate : {8000, 12000, 16000, 24000, 32000, 44100, 48000, 96000, 192000}) {
            const qint64 frames = rate / 4;
            QByteArray pcm(qsizetype(frames * 2), '\0');
            for (qint64 i = 0; i < frames; ++i)
                qToLittleEndian<qint16>(
                    qint16(std::lround(std::sin(2.0 * M_PI * 440.0 * double(i) / rate) * 16384)),
                    pcm.data() + i * 2);
            const QString name =
                rate == 8000 ? QStringLiteral("x.sln") : QStringLiteral("x.sln%1").arg(rate / 1000);
            Error error;
            const auto inspection = AudioProbe::inspect(pcm, name, &error);
            QVERIFY2(inspection, qPrintable(error.message));
            QCOMPARE(inspection->info.sampleRate, rate);
            QCOMPARE(inspection->info.durationMs, 250);
            const auto decoded = AudioDecoder::decode(pcm, inspection->info, &error);
            QVERIFY2(decoded, qPrintable(error.message));
            QCOMPARE(decoded->frames, frames);
            QVERIFY(decoded->pcm16 == pcm);
        }
    }

    void headerWinsOverTheName()
    {
        // A WAV that was given a raw format's name is still read from its header.
        const QByteArray wav = audioFixture(QStringLiteral("tone-ulaw.wav"));
        Error error;
        const auto inspection = AudioProbe::inspect(wav, QStringLiteral("x.ulaw"), &error);
        QVERIFY2(inspection, qPrintable(error.message));
        QCOMPARE(inspection->info.codec, QStringLiteral("pcm_mulaw"));
        const auto decoded = AudioDecoder::decode(
            wav, AudioInfo{QStringLiteral("pcm_mulaw_raw"), 1, 8000, 0}, &error);
        QVERIFY2(decoded, qPrintable(error.message));
        QCOMPARE(decoded->frames, 4000);
    }

    void rawWithoutItsFormatIsNotGuessed()
    {
        // Raw µ-law has no header: without the stored AudioInfo it is not audio.
        Error error;
        QVERIFY(!AudioDecoder::decode(audioFixture(QStringLiteral("tone.ulaw")), {}, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.startsWith(QStringLiteral("The recording cannot be decoded: ")),
                 qPrintable(error.message));
    }

    void unsetSizesAreReadAsRepaired()
    {
        // Stored before repairs existed (or by hand): the decoder repairs in memory itself.
        const QByteArray unset =
            audioFixture(QStringLiteral("wav-unfinalized-size0-has-2s-audio.wav"));
        Error error;
        const auto decoded = AudioDecoder::decode(
            unset, AudioInfo{QStringLiteral("pcm_s16le"), 1, 8000, 2000}, &error);
        QVERIFY2(decoded, qPrintable(error.message));
        QCOMPARE(decoded->frames, 16000);
        QVERIFY(decoded->pcm16 == unset.mid(44));
        QVERIFY(!AudioDecoder::isPlayableAsIs(
            unset, AudioInfo{QStringLiteral("pcm_s16le"), 1, 8000, 2000}));
    }

    // A plain, complete 16-bit WAV is copied without libsndfile: the same samples, frames,
    // channels and rate as libsndfile reads from it.
    void plainPcm16IsCopiedAsLibsndfileReadsIt()
    {
        QByteArray raw(2 * 2 * 8000, Qt::Uninitialized);
        QRandomGenerator rng(3);
        for (char& c : raw)
            c = char(rng.bounded(256));
        Error error;
        const auto wav = AudioDecoder::toPlayableWav(
            raw, AudioInfo{QStringLiteral("pcm_s16le_raw"), 2, 8000, 0}, &error);
        QVERIFY2(wav, qPrintable(error.message));
        const auto copied = AudioDecoder::decode(*wav, AudioInfo{}, &error);
        QVERIFY2(copied, qPrintable(error.message));
        const auto read = AudioDecoder::toPlayableWav(*wav, AudioInfo{}, &error);
        QVERIFY2(read, qPrintable(error.message));
        QCOMPARE(copied->channels, 1); // raw input is read as mono
        QCOMPARE(copied->sampleRate, 8000);
        QCOMPARE(copied->frames, 16000);
        QVERIFY(copied->pcm16 == read->mid(44));
        QVERIFY(copied->pcm16 == raw);
    }

    void hostileInputNeverCrashes()
    {
        // Every fixture cut at many points and with bytes overwritten (in its headers, the
        // first kilobyte, and anywhere in its frames): each attempt either decodes (within
        // the bounds) or says why not. Under the sanitizers (dev.sh test --sanitize) this is
        // where a bad read would show.
        const QStringList files = QDir(QStringLiteral(TALLENNE_TEST_DATA "/audio"))
                                      .entryList({QStringLiteral("*.*")}, QDir::Files);
        QRandomGenerator random(20261130);
        int decoded = 0, refused = 0;
        for (const QString& file : files) {
            if (file.endsWith(QLatin1String(".md")))
                continue;
            const QByteArray original = audioFixture(file);
            Error error;
            const auto inspection = AudioProbe::inspect(original, file, &error);
            QVERIFY2(inspection, qPrintable(file + QStringLiteral(": ") + error.message));
            const AudioInfo info = inspection->info;
            QList<QByteArray> variants;
            for (qsizetype cut = 0; cut < original.size(); cut += cut < 200 ? 3 : 97)
                variants << original.left(cut);
            for (int i = 0; i < 80; ++i) {
                QByteArray damaged = original;
                const int count = 1 + random.bounded(8);
                const qsizetype span =
                    i < 50 ? std::min<qsizetype>(1024, damaged.size()) : damaged.size();
                for (int k = 0; k < count; ++k)
                    damaged[random.bounded(int(span))] = char(random.bounded(256));
                variants << damaged;
            }
            for (const QByteArray& bytes : std::as_const(variants)) {
                Error e1, e2, e3;
                const auto probed = AudioProbe::inspect(bytes, file, &e1);
                QVERIFY(probed || (e1.kind == ErrorKind::InputRejected && !e1.message.isEmpty()));
                const auto wav = AudioDecoder::toPlayableWav(bytes, info, &e2);
                QVERIFY(wav || (e2.isError() && !e2.message.isEmpty()));
                if (wav)
                    QVERIFY(wav->size() <= 44 + AudioDecoder::MaxPlayableBytes);
                const auto peaks = WaveformAnalyzer::analyze(bytes, 100, &e3, info);
                QVERIFY(peaks || (e3.isError() && !e3.message.isEmpty()));
                (wav ? decoded : refused)++;
            }
        }
        qInfo("%d damaged variants decoded, %d refused", decoded, refused);
        QVERIFY(decoded > 0 && refused > 0);
    }

    void longerThanTheCapIsRefused()
    {
        // Raw µ-law (a byte a frame) of 4 hours and 1 second at the lowest rate a recording
        // may have: the cap counts frames, not bytes.
        const int rate = AudioDecoder::MinSampleRate;
        const AudioInfo format{QStringLiteral("pcm_mulaw_raw"), 1, rate, 0};
        const qint64 frames = (AudioDecoder::MaxSeconds + 1) * rate;
        const QByteArray raw(qsizetype(frames), '\x10');
        Error error;
        QVERIFY(!AudioDecoder::toPlayableWav(raw, format, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.contains(QStringLiteral("longer than 4 hours")),
                 qPrintable(error.message));
        QVERIFY(!WaveformAnalyzer::analyze(raw, 100, &error, format));
        QVERIFY(error.message.contains(QStringLiteral("longer than 4 hours")));
        // Exactly at the cap is fine.
        const QByteArray atCap = raw.left(qsizetype(AudioDecoder::MaxSeconds * rate));
        auto wav = AudioDecoder::toPlayableWav(atCap, format, &error);
        QVERIFY2(wav, qPrintable(error.message));
        AudioDecoder::wipe(*wav);
    }

    void sampleRateOutsideTheRangeIsRefused_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("8 Hz") << 8;
        QTest::newRow("1 Hz") << 1;
        QTest::newRow("3999 Hz") << AudioDecoder::MinSampleRate - 1;
        QTest::newRow("192001 Hz") << AudioDecoder::MaxSampleRate + 1;
        QTest::newRow("768000 Hz") << 768000;
    }

    void sampleRateOutsideTheRangeIsRefused()
    {
        // A rate of 8 Hz made one second of audio last over half an hour and the player
        // resample it for minutes; the decoder refuses it before reading anything.
        QFETCH(int, rate);
        const QByteArray raw(16000, '\x10');
        Error error;
        QVERIFY(!AudioDecoder::toPlayableWav(
            raw, AudioInfo{QStringLiteral("pcm_s16le_raw"), 1, rate, 0}, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.contains(QStringLiteral("a sample rate of %1 Hz").arg(rate)),
                 qPrintable(error.message));
        // In a WAV header too (libsndfile reads it; the rule is the decoder's).
        const QByteArray wav = test::makeWav(1, 1, 8000, 16, 0.1);
        QByteArray lying = wav;
        qToLittleEndian<quint32>(quint32(rate), lying.data() + 24);
        QVERIFY(!AudioDecoder::decode(lying, {}, &error));
        QVERIFY2(error.message.contains(QStringLiteral("a sample rate of")),
                 qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestAudioDecoder)
#include "tst_audiodecoder.moc"
