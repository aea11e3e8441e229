// AudioProbe: WAV headers (PCM, A-law, µ-law; mono and stereo), broken WAVs with their exact
// messages, files that are not audio at all, and inspect(): headers whose sizes were never
// written are repaired (the field cases: sizes 0, 0xFFFFFFFF, a recording still being
// written; WAV49 and 24-bit EXTENSIBLE with a partial block at the end), and the repaired
// bytes decode to exactly the audio that was there.

#include "services/WavWriter.h"
#include "services/audio/AudioDecoder.h"
#include "services/audio/AudioProbe.h"
#include "services/audio/WavHeader.h"
#include "support/AudioFixtures.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtEndian>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {

QByteArray withSizes(QByteArray wav, quint32 riff, quint32 data, qsizetype dataSizeAt)
{
    qToLittleEndian<quint32>(riff, wav.data() + 4);
    qToLittleEndian<quint32>(data, wav.data() + dataSizeAt);
    return wav;
}

quint32 le32At(const QByteArray& b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

} // namespace

class TestAudioProbe : public QObject
{
    Q_OBJECT

private slots:
    void wavFormats_data()
    {
        QTest::addColumn<int>("tag");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("codec");
        QTest::newRow("PCM 16 mono") << 1 << 1 << 8000 << 16 << "pcm_s16le";
        QTest::newRow("PCM 16 stereo") << 1 << 2 << 8000 << 16 << "pcm_s16le";
        QTest::newRow("PCM 8") << 1 << 1 << 8000 << 8 << "pcm_u8";
        QTest::newRow("PCM 24") << 1 << 2 << 48000 << 24 << "pcm_s24le";
        QTest::newRow("PCM 32") << 1 << 1 << 16000 << 32 << "pcm_s32le";
        QTest::newRow("A-law") << 6 << 1 << 8000 << 8 << "pcm_alaw";
        QTest::newRow("mu-law stereo") << 7 << 2 << 8000 << 8 << "pcm_mulaw";
    }
    void wavFormats()
    {
        QFETCH(int, tag);
        QFETCH(int, channels);
        QFETCH(int, rate);
        QFETCH(int, bits);
        QFETCH(QString, codec);
        Error error;
        const auto info = AudioProbe::probe(makeWav(tag, channels, rate, bits, 2.5),
                                            QStringLiteral("a.wav"), &error);
        QVERIFY2(info, qPrintable(error.message));
        QCOMPARE(info->codec, codec);
        QCOMPARE(info->channels, channels);
        QCOMPARE(info->sampleRate, rate);
        QCOMPARE(info->durationMs, 2500);
    }

    void truncatedWav()
    {
        // 5 s of 16-bit mono at 16 kHz is 160000 bytes; half of it is there.
        const QByteArray wav = makeWav(1, 1, 16000, 16, 5.0, 44 + 80000);
        for (const bool inspecting : {false, true}) {
            Error error;
            const QString name = QStringLiteral("in-0201234567-0401234567-1234.wav");
            QVERIFY(inspecting ? !AudioProbe::inspect(wav, name, &error)
                               : !AudioProbe::probe(wav, name, &error));
            QCOMPARE(error.kind, ErrorKind::InputRejected);
            QCOMPARE(error.message,
                     QStringLiteral("recording in-0201234567-0401234567-1234.wav: the data chunk "
                                    "is cut short (expected 160000 bytes, found 80000)"));
        }
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("3 channels")
            << makeWav(1, 3, 8000, 16, 0.1) << "x.wav"
            << "recording x.wav: 3 channels; a recording is mono, or stereo with the agent and "
               "the customer apart";
        QTest::newRow("header only") << makeWav(1, 1, 8000, 16, 1.0).left(30) << "x.wav"
                                     << "recording x.wav: the WAV format chunk is cut short";
        QTest::newRow("no data chunk") << makeWav(1, 1, 8000, 16, 1.0).left(36) << "x.wav"
                                       << "recording x.wav: the WAV file has no data chunk";
        QTest::newRow("a header and no audio")
            << makeWav(1, 1, 8000, 16, 1.0).left(44) << "x.wav"
            << "recording x.wav: the file has a header but no audio";
        QTest::newRow("sizes 0 and no audio")
            << withSizes(makeWav(1, 1, 8000, 16, 1.0).left(44), 0, 0, 40) << "x.wav"
            << "recording x.wav: the file has a header but no audio";
        QTest::newRow("half a frame of audio")
            << withSizes(makeWav(1, 2, 8000, 16, 1.0).left(46), 0, 0, 40) << "x.wav"
            << "recording x.wav: the file has a header but no audio";
        QTest::newRow("12-bit PCM")
            << makeWav(1, 1, 8000, 12, 0.1) << "x.wav"
            << "recording x.wav: WAV format 1 with 12-bit samples is not supported";
        QTest::newRow("MP3 in a WAV (tag 0x55)")
            << makeWav(0x55, 1, 8000, 0, 0.1) << "x.wav"
            << "recording x.wav: the WAV codec 0x0055 is not supported";
        QTest::newRow("raw G.729") << QByteArray(200, '\x11') << "x.g729"
                                   << "recording x.g729: the codec of Asterisk's .g729 files is "
                                      "not supported";
        QTest::newRow("raw GSM shorter than a frame")
            << audioFixture(QStringLiteral("tone.gsm")).left(32) << "x.gsm"
            << "recording x.gsm: the file is shorter than one frame of its codec";
        QTest::newRow("empty") << QByteArray() << "x.wav"
                               << "recording x.wav: the file is empty";
        QTest::newRow("empty raw") << QByteArray() << "x.gsm"
                                   << "recording x.gsm: the file is empty";
    }
    void brokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, message);
        for (const bool inspecting : {false, true}) {
            Error error;
            QVERIFY(inspecting ? !AudioProbe::inspect(bytes, name, &error)
                               : !AudioProbe::probe(bytes, name, &error));
            QCOMPARE(error.kind, ErrorKind::InputRejected);
            QCOMPARE(error.message, message);
        }
    }

    void notAudio_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray text = QByteArrayLiteral("This is a text file, not a recording.\n");
        QTest::newRow("text") << text.repeated(200);
        QByteArray noise(6000, '\0');
        QRandomGenerator random(7);
        for (char& c : noise)
            c = char(random.bounded(256));
        QTest::newRow("random bytes") << noise;
        QTest::newRow("zeros") << QByteArray(6000, '\0');
        QTest::newRow("a WAV magic and garbage") << QByteArray("RIFF\x10\0\0\0WAVEjunk", 16);
    }
    void notAudio()
    {
        QFETCH(QByteArray, bytes);
        Error error;
        QVERIFY(!AudioProbe::inspect(bytes, QStringLiteral("notes.wav"), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.startsWith(QStringLiteral("recording notes.wav: ")),
                 qPrintable(error.message));
    }

    void notAWavIsNoWavError()
    {
        QString problem = QStringLiteral("untouched");
        QVERIFY(!WavHeader::parse(QByteArrayLiteral("OggS0000000000"), &problem));
        QVERIFY(problem.isEmpty());
    }

    void unsetSizesAreRepaired_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<quint32>("sentinel");
        QTest::newRow("sizes 0 (the writer crashed)")
            << "wav-unfinalized-size0-has-2s-audio.wav" << quint32(0);
        QTest::newRow("sizes 0xFFFFFFFF (a streaming writer)")
            << "wav-streamed-size-ffffffff.wav" << quint32(0xFFFFFFFFu);
    }
    void unsetSizesAreRepaired()
    {
        QFETCH(QString, file);
        QFETCH(quint32, sentinel);
        const QByteArray bytes = audioFixture(file);
        QCOMPARE(le32At(bytes, 4), sentinel);
        QCOMPARE(le32At(bytes, 40), sentinel);
        Error error;
        const auto inspection = AudioProbe::inspect(bytes, file, &error);
        QVERIFY2(inspection, qPrintable(error.message));
        QVERIFY(inspection->headerSizesUnset);
        QCOMPARE(inspection->info.codec, QStringLiteral("pcm_s16le"));
        QCOMPARE(inspection->info.channels, 1);
        QCOMPARE(inspection->info.sampleRate, 8000);
        QCOMPARE(inspection->info.durationMs, 2000);
        QVERIFY2(inspection->note.contains(QStringLiteral("repaired")),
                 qPrintable(inspection->note));
        QVERIFY2(inspection->note.contains(QRegularExpression(QStringLiteral("\\b2[.,]0 s\\b"))),
                 qPrintable(inspection->note));

        // The repaired header states the sizes, the audio is the same bytes.
        const QByteArray& repaired = inspection->repaired;
        QCOMPARE(repaired.size(), bytes.size());
        QCOMPARE(le32At(repaired, 4), quint32(repaired.size() - 8));
        QCOMPARE(le32At(repaired, 40), quint32(32000));
        QVERIFY(repaired.mid(44) == bytes.mid(44));
        QVERIFY(AudioDecoder::isPlayableAsIs(repaired, inspection->info));

        // It decodes fully, to exactly the samples that were written.
        const auto decoded = AudioDecoder::decode(repaired, inspection->info, &error);
        QVERIFY2(decoded, qPrintable(error.message));
        QCOMPARE(decoded->frames, 16000);
        QVERIFY(decoded->pcm16 == bytes.mid(44));
        // A second look at the repaired file finds nothing to repair.
        const auto second = AudioProbe::inspect(repaired, file, &error);
        QVERIFY2(second, qPrintable(error.message));
        QVERIFY(!second->headerSizesUnset);
        QVERIFY(second->repaired.isEmpty());
        QVERIFY(second->note.isEmpty());
        QCOMPARE(second->info.durationMs, 2000);

        // probe() stores bytes as they are, so it cannot take these.
        QVERIFY(!AudioProbe::probe(bytes, file, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.startsWith(QStringLiteral("recording %1: the WAV header's sizes "
                                                         "were never written")
                                              .arg(file)),
                 qPrintable(error.message));
    }

    void recordingStillBeingWritten()
    {
        // MixMonitor was still writing: sizes 0, 3 s present. Whether to take it is the
        // importer's decision; inspect() says what is there.
        const QString name =
            QStringLiteral("midcall-rec/in-0201234567-0401112290-20240507-090000-1715061600.9.wav");
        const QByteArray bytes = audioFixture(name);
        Error error;
        const auto inspection = AudioProbe::inspect(bytes, name, &error);
        QVERIFY2(inspection, qPrintable(error.message));
        QVERIFY(inspection->headerSizesUnset);
        QVERIFY(std::abs(inspection->info.durationMs - 3000) <= 1);
        QVERIFY(!inspection->repaired.isEmpty());
        QVERIFY(!inspection->note.isEmpty());
        const auto decoded = AudioDecoder::decode(inspection->repaired, inspection->info, &error);
        QVERIFY2(decoded, qPrintable(error.message));
        QCOMPARE(decoded->frames, 24000);
        QVERIFY(decoded->pcm16 == bytes.mid(44));
    }

    void wav49RepairKeepsWholeGsmBlocks()
    {
        // Asterisk's WAV49 with the sizes (and the fact count) never written and half a
        // 65-byte block at the end: the repair keeps 50 whole blocks of 320 samples.
        const QByteArray finished = audioFixture(QStringLiteral("wav49-gsm610-asterisk-WAV.WAV"));
        const auto header = WavHeader::parse(finished, nullptr);
        QVERIFY(header);
        QCOMPARE(header->blockAlign, 65);
        QCOMPARE(header->samplesPerBlock, 320);
        QVERIFY(header->factSamplesAt > 0);
        QByteArray unfinished = withSizes(finished, 0, 0, header->dataSizeAt);
        qToLittleEndian<quint32>(0, unfinished.data() + header->factSamplesAt);
        unfinished.append(finished.mid(header->dataAt, 30));
        Error error;
        const auto inspection = AudioProbe::inspect(unfinished, QStringLiteral("a.WAV"), &error);
        QVERIFY2(inspection, qPrintable(error.message));
        QVERIFY(inspection->headerSizesUnset);
        QCOMPARE(inspection->info.codec, QStringLiteral("gsm_ms"));
        QCOMPARE(inspection->info.durationMs, 2000);
        // Byte for byte the finished file: RIFF size, data size, fact count, whole blocks.
        QCOMPARE(inspection->repaired.size(), finished.size());
        QVERIFY(inspection->repaired == finished);
        const auto a = AudioDecoder::decode(inspection->repaired, inspection->info, &error);
        const auto b = AudioDecoder::decode(finished, inspection->info, &error);
        QVERIFY(a && b);
        QCOMPARE(a->frames, 16000);
        QVERIFY(a->pcm16 == b->pcm16);
    }

    void extensible24RepairDropsAPartialFrame()
    {
        const QByteArray finished = audioFixture(QStringLiteral("wav-pcm24-extensible.wav"));
        const auto header = WavHeader::parse(finished, nullptr);
        QVERIFY(header);
        QVERIFY(header->extensible);
        QCOMPARE(header->blockAlign, 3);
        QByteArray streamed = withSizes(finished, 0xFFFFFFFFu, 0xFFFFFFFFu, header->dataSizeAt);
        qToLittleEndian<quint32>(0xFFFFFFFFu, streamed.data() + header->factSamplesAt);
        streamed.append("\x01\x02", 2); // two bytes of a 3-byte frame
        Error error;
        const auto inspection = AudioProbe::inspect(streamed, QStringLiteral("a.wav"), &error);
        QVERIFY2(inspection, qPrintable(error.message));
        QVERIFY(inspection->headerSizesUnset);
        QCOMPARE(inspection->info.codec, QStringLiteral("pcm_s24le"));
        QCOMPARE(inspection->info.durationMs, 2000);
        QVERIFY(inspection->repaired == finished);
    }

    void oddDataIsPadded()
    {
        // 8-bit mono with an odd number of frames: RIFF wants a pad byte after the chunk.
        QByteArray wav = makeWav(1, 1, 8000, 8, 0.5).left(44 + 3999);
        wav = withSizes(wav, 0, 0, 40);
        Error error;
        const auto inspection = AudioProbe::inspect(wav, QStringLiteral("a.wav"), &error);
        QVERIFY2(inspection, qPrintable(error.message));
        QCOMPARE(le32At(inspection->repaired, 40), quint32(3999));
        QCOMPARE(inspection->repaired.size(), 44 + 4000);
        QCOMPARE(le32At(inspection->repaired, 4), quint32(44 + 4000 - 8));
        const auto decoded = AudioDecoder::decode(inspection->repaired, inspection->info, &error);
        QVERIFY2(decoded, qPrintable(error.message));
        QCOMPARE(decoded->frames, 3999);
    }

    void otherContainersAreNamed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("codec");
        QTest::newRow("FLAC") << "tone.flac"
                              << "flac";
        QTest::newRow("Vorbis") << "tone.ogg"
                                << "vorbis";
        QTest::newRow("Opus") << "tone.opus"
                              << "opus";
        QTest::newRow("MP3") << "tone.mp3"
                             << "mp3";
        QTest::newRow("raw GSM") << "tone.gsm"
                                 << "gsm";
    }
    void otherContainersAreNamed()
    {
        QFETCH(QString, file);
        QFETCH(QString, codec);
        Error error;
        const auto info = AudioProbe::probe(audioFixture(file), file, &error);
        QVERIFY2(info, qPrintable(error.message));
        QCOMPARE(info->codec, codec);
        QCOMPARE(info->durationMs, 500);
    }

    // Headers that lie about rate, channels, block size or length (issue [15], an
    // attacker-style review: a rate of −1 stored, a one-second file stored as 4.4 hours, files
    // accepted that then did not play, one that held the player for over a minute).
    static QByteArray patched(QByteArray wav, int at, quint32 value, int bytes = 4)
    {
        if (bytes == 2)
            qToLittleEndian<quint16>(quint16(value), wav.data() + at);
        else
            qToLittleEndian<quint32>(value, wav.data() + at);
        return wav;
    }

    void lyingHeadersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray second = makeWav(1, 1, 8000, 16, 1.0);
        // Offsets in makeWav()'s header: 22 channels, 24 rate, 28 byte rate, 32 block size,
        // 34 bits, 40 data size.
        QTest::newRow("rate -1") << patched(second, 24, 0xFFFFFFFFu)
                                 << "recording x.wav: a sample rate of 2147483647 Hz; a "
                                    "recording has 4000 to 192000 Hz";
        QTest::newRow("rate 1, block 1: 4.4 hours of a 1-second file")
            << patched(patched(second, 24, 1), 32, 1, 2)
            << "recording x.wav: a sample rate of 1 Hz; a recording has 4000 to 192000 Hz";
        QTest::newRow("rate 768 kHz")
            << patched(second, 24, 768000)
            << "recording x.wav: a sample rate of 768000 Hz; a recording has 4000 to 192000 Hz";
        QTest::newRow("block size 1 for 16-bit mono")
            << patched(second, 32, 1, 2)
            << "recording x.wav: the WAV header's block size (1 bytes) does not fit 1 "
               "channel(s) of 16-bit samples (2 bytes)";
        QTest::newRow("2 channels, block size of one")
            << patched(second, 22, 2, 2)
            << "recording x.wav: the WAV header's block size (2 bytes) does not fit 2 "
               "channel(s) of 16-bit samples (4 bytes)";
        QTest::newRow("0 channels")
            << patched(second, 22, 0, 2)
            << "recording x.wav: 0 channels; a recording is mono, or stereo with the agent "
               "and the customer apart";
        QTest::newRow("data size past the end")
            << patched(second, 40, 16000 * 3600)
            << "recording x.wav: the data chunk is cut short (expected 57600000 bytes, found "
               "16000)";
        QTest::newRow("4 hours and a second at 4 kHz, 8-bit")
            << makeWav(1, 1, 4000, 8, 4 * 3600 + 1)
            << "recording x.wav: the recording is longer than 4 hours";
    }
    void lyingHeadersAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        Error error;
        QVERIFY(!AudioProbe::inspect(bytes, QStringLiteral("x.wav"), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QCOMPARE(error.message, message);
    }

    void byteRateIsNotTrusted()
    {
        // The byte rate is no one's measure of anything: a wrong one is accepted, the
        // duration comes from the data, and the player is given a header that says the truth.
        const QByteArray wav = patched(makeWav(1, 1, 8000, 16, 1.0), 28, 1);
        Error error;
        const auto info = AudioProbe::probe(wav, QStringLiteral("x.wav"), &error);
        QVERIFY2(info, qPrintable(error.message));
        QCOMPARE(info->durationMs, 1000);
        QVERIFY(!AudioDecoder::isPlayableAsIs(wav, *info));
        const auto playable = AudioDecoder::toPlayableWav(wav, *info, &error);
        QVERIFY2(playable, qPrintable(error.message));
        QCOMPARE(qFromLittleEndian<quint32>(playable->constData() + 28), 16000u);
    }

    void everyAcceptedHeaderPlays()
    {
        // Random lies in every field of the format chunk and in the sizes: whatever the probe
        // accepts, the player's decoder reads whole, with the stored channels, rate and
        // duration, and quickly (nothing resampled from a rate of 1 Hz).
        const QByteArray base = makeWav(1, 2, 8000, 16, 0.5);
        QRandomGenerator random(15);
        int accepted = 0, refused = 0;
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < 400; ++round) {
            QByteArray wav = base;
            const int fields = 1 + int(random.bounded(3));
            for (int f = 0; f < fields; ++f) {
                static const int offsets[] = {4, 20, 22, 24, 28, 32, 34, 40};
                const int at = offsets[random.bounded(8)];
                const bool small = at >= 20 && at <= 22 ? true : (at == 32 || at == 34);
                const quint32 choices[] = {0u,    1u,      2u,          3u,
                                           8u,    16u,     24u,         4000u,
                                           8000u, 0xFFFFu, 0xFFFFFFFFu, random.generate()};
                wav = patched(wav, at, choices[random.bounded(12)], small ? 2 : 4);
            }
            Error error;
            const auto inspected = AudioProbe::inspect(wav, QStringLiteral("x.wav"), &error);
            if (!inspected) {
                ++refused;
                QVERIFY2(error.message.startsWith(QStringLiteral("recording x.wav: ")),
                         qPrintable(error.message));
                continue;
            }
            ++accepted;
            const AudioInfo& info = inspected->info;
            QVERIFY(info.channels == 1 || info.channels == 2);
            QVERIFY(info.sampleRate >= AudioDecoder::MinSampleRate &&
                    info.sampleRate <= AudioDecoder::MaxSampleRate);
            const QByteArray stored = inspected->repaired.isEmpty() ? wav : inspected->repaired;
            auto decoded = AudioDecoder::decode(stored, info, &error);
            QVERIFY2(decoded, qPrintable(error.message));
            QCOMPARE(decoded->channels, info.channels);
            QCOMPARE(decoded->sampleRate, info.sampleRate);
            QCOMPARE(decoded->durationMs(), info.durationMs);
        }
        qInfo("%d lying headers accepted (and played), %d refused, in %lld ms", accepted, refused,
              timer.elapsed());
        QVERIFY(accepted > 0 && refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestAudioProbe)
#include "tst_audioprobe.moc"
