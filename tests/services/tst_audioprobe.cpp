// AudioProbe: WAV headers (PCM, A-law, µ-law; mono and stereo), broken WAVs with their exact
// messages, and files that are not audio at all.

#include "services/AudioProbe.h"
#include "services/WavWriter.h"

#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

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
        Error error;
        QVERIFY(
            !AudioProbe::probe(wav, QStringLiteral("in-0201234567-0401234567-1234.wav"), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QCOMPARE(error.message,
                 QStringLiteral("recording in-0201234567-0401234567-1234.wav: the data chunk is "
                                "cut short (expected 160000 bytes, found 80000)"));
    }

    void brokenWavs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QByteArray threeChannels = makeWav(1, 3, 8000, 16, 0.1);
        QTest::newRow("3 channels")
            << threeChannels
            << "recording x.wav: 3 channels; a recording is mono, or stereo with the agent and "
               "the customer apart";
        QTest::newRow("header only") << makeWav(1, 1, 8000, 16, 1.0).left(30)
                                     << "recording x.wav: the WAV format chunk is cut short";
        QTest::newRow("no data chunk") << makeWav(1, 1, 8000, 16, 1.0).left(36)
                                       << "recording x.wav: the WAV file has no data chunk";
        QTest::newRow("12-bit PCM")
            << makeWav(1, 1, 8000, 12, 0.1)
            << "recording x.wav: WAV format 1 with 12-bit samples is not supported";
        QTest::newRow("empty") << QByteArray() << "recording x.wav: the file is empty";
    }
    void brokenWavs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        Error error;
        QVERIFY(!AudioProbe::probe(bytes, QStringLiteral("x.wav"), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QCOMPARE(error.message, message);
    }

    void notAudio()
    {
        // Goes to QAudioDecoder, which must give up with a clear message, not hang.
        QByteArray text = QByteArrayLiteral("This is a text file, not a recording.\n");
        text = text.repeated(200);
        Error error;
        QVERIFY(!AudioProbe::probe(text, QStringLiteral("notes.wav"), &error, 10000));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.startsWith(QStringLiteral("recording notes.wav: ")),
                 qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1String("longer than")), qPrintable(error.message));
    }

    void notAWavIsNoWavError()
    {
        Error error;
        QVERIFY(!AudioProbe::probeWav(QByteArrayLiteral("OggS0000000000"), QStringLiteral("a"),
                                      &error));
        QVERIFY(!error.isError());
    }
};

QTEST_MAIN(TestAudioProbe)
#include "tst_audioprobe.moc"
