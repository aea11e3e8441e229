// Waveform peaks: a generated stereo tone decodes (from memory, streamed through libsndfile)
// to the expected amplitude per channel, mono to one lane, garbage to a clear error; the
// analysis runs on a worker thread with no event loop; the field cases (WAV49, 24-bit
// EXTENSIBLE) draw; the cache round-trips and lives in the encrypted register.

#include "services/PlaybackService.h"
#include "services/UserService.h"
#include "support/AudioFixtures.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QThread>
#include <QtConcurrent>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestWaveform : public QObject
{
    Q_OBJECT

private slots:
    void stereoToneLanes_data()
    {
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("right");
        QTest::addColumn<int>("sampleRate");
        QTest::newRow("agent loud, customer quiet") << 0.8 << 0.25 << 8000;
        QTest::newRow("customer loud") << 0.1 << 0.9 << 8000;
        QTest::newRow("16 kHz") << 0.5 << 0.5 << 16000;
    }

    void stereoToneLanes()
    {
        QFETCH(double, left);
        QFETCH(double, right);
        QFETCH(int, sampleRate);
        Error error;
        const auto peaks = WaveformAnalyzer::analyze(toneWav(3000, sampleRate, 2, left, right),
                                                     WaveformAnalyzer::DefaultBuckets, &error);
        QVERIFY2(peaks, qPrintable(error.message));
        QCOMPARE(peaks->channels, 2);
        QCOMPARE(peaks->buckets, WaveformAnalyzer::DefaultBuckets);
        QCOMPARE(peaks->durationMs, 3000);
        // Every bucket holds at least one full period of the 440 Hz tone (3 s / 2000 = 1.5 ms
        // is shorter than a period, so compare over 100 ms windows).
        for (qint64 t = 0; t + 100 <= 3000; t += 100) {
            QVERIFY2(std::abs(peaks->maxPeak(0, t, t + 100) - left) <= 0.02,
                     qPrintable(QStringLiteral("agent at %1 ms: %2")
                                    .arg(t)
                                    .arg(peaks->maxPeak(0, t, t + 100))));
            QVERIFY2(std::abs(peaks->maxPeak(1, t, t + 100) - right) <= 0.02,
                     qPrintable(QStringLiteral("customer at %1 ms: %2")
                                    .arg(t)
                                    .arg(peaks->maxPeak(1, t, t + 100))));
        }
    }

    void monoIsOneLane()
    {
        Error error;
        const auto peaks = WaveformAnalyzer::analyze(toneWav(1000, 8000, 1, 0.6), 500, &error);
        QVERIFY2(peaks, qPrintable(error.message));
        QCOMPARE(peaks->channels, 1);
        QVERIFY(std::abs(peaks->maxPeak(0) - 0.6f) <= 0.02f);
    }

    void fewerSlicesThanBucketsHoldValues()
    {
        Error error;
        // 200 ms = 20 slices of 10 ms spread over 2000 buckets: no empty bucket.
        const auto peaks = WaveformAnalyzer::analyze(toneWav(200), 2000, &error);
        QVERIFY2(peaks, qPrintable(error.message));
        for (int b = 0; b < peaks->buckets; ++b)
            QVERIFY(peaks->peaks[0][b] > 0.7f);
    }

    void garbageIsRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text")
            << QByteArray("this is not audio at all, just some words").repeated(50);
        QTest::newRow("truncated header") << toneWav(1000).left(20);
    }

    void garbageIsRejected()
    {
        QFETCH(QByteArray, bytes);
        Error error;
        QVERIFY(!WaveformAnalyzer::analyze(bytes, 100, &error));
        QVERIFY(error.isError());
        QVERIFY(!error.message.isEmpty());
    }

    void fieldCasesDraw_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("WAV49 (GSM 6.10)") << "wav49-gsm610-asterisk-WAV.WAV";
        QTest::newRow("24-bit EXTENSIBLE") << "wav-pcm24-extensible.wav";
        QTest::newRow("sizes 0, never repaired") << "wav-unfinalized-size0-has-2s-audio.wav";
        QTest::newRow("sizes 0xFFFFFFFF") << "wav-streamed-size-ffffffff.wav";
    }

    void fieldCasesDraw()
    {
        // Each is a 440 Hz tone at half of full scale for 2 s.
        QFETCH(QString, file);
        Error error;
        const auto peaks = WaveformAnalyzer::analyze(audioFixture(file), 200, &error);
        QVERIFY2(peaks, qPrintable(error.message));
        QCOMPARE(peaks->channels, 1);
        QCOMPARE(peaks->durationMs, 2000);
        for (qint64 t = 0; t + 100 <= 2000; t += 100)
            QVERIFY2(std::abs(peaks->maxPeak(0, t, t + 100) - 0.5f) <= 0.1f,
                     qPrintable(QString::number(peaks->maxPeak(0, t, t + 100))));
    }

    void rawNeedsItsStoredFormat()
    {
        const QByteArray gsm = audioFixture(QStringLiteral("tone.gsm"));
        Error error;
        QVERIFY(!WaveformAnalyzer::analyze(gsm, 100, &error));
        QVERIFY(error.message.startsWith(QStringLiteral("The recording cannot be decoded")));
        const auto peaks = WaveformAnalyzer::analyze(
            gsm, 100, &error, AudioInfo{QStringLiteral("gsm"), 1, 8000, 500});
        QVERIFY2(peaks, qPrintable(error.message));
        QCOMPARE(peaks->durationMs, 500);
        QVERIFY(std::abs(peaks->maxPeak(0) - 0.5f) <= 0.1f);
    }

    void runsOnAWorkerThread()
    {
        // No event loop and no QObject: a plain worker thread can draw the waveform.
        const QByteArray wav = toneWav(4000, 8000, 2, 0.7, 0.3);
        QThread* caller = QThread::currentThread();
        QThread* worker = nullptr;
        auto future = QtConcurrent::run([&] {
            worker = QThread::currentThread();
            Error error;
            return WaveformAnalyzer::analyze(wav, 400, &error);
        });
        const auto peaks = future.result();
        QVERIFY(worker && worker != caller);
        QVERIFY(peaks);
        QCOMPARE(peaks->durationMs, 4000);
        QVERIFY(std::abs(peaks->maxPeak(0) - 0.7f) <= 0.02f);
        QVERIFY(std::abs(peaks->maxPeak(1) - 0.3f) <= 0.02f);
    }

    void blobRoundTrip()
    {
        WaveformPeaks p;
        p.channels = 2;
        p.buckets = 3;
        p.durationMs = 1234;
        p.peaks = {{0.0f, 0.5f, 1.0f}, {0.25f, 0.75f, 0.1f}};
        const auto back = WaveformPeaks::fromBlob(2, 3, 1234, p.toBlob());
        QVERIFY(back);
        for (int c = 0; c < 2; ++c)
            for (int b = 0; b < 3; ++b)
                QVERIFY(std::abs(back->peaks[c][b] - p.peaks[c][b]) <= 1.0f / 255.0f);
        QVERIFY(!WaveformPeaks::fromBlob(2, 4, 1234, p.toBlob()));
    }

    void secondOpeningUsesTheCache()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const RegisterPaths paths{dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(paths, clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = Session::login(paths, QStringLiteral("admin"), secret(adminPassword), clock,
                                    fastOptions(), &error);
        QVERIFY2(admin, qPrintable(error.message));
        QVERIFY(UserService(*admin).add(QStringLiteral("laura"), Role::QualityManager,
                                        secret("laura-violet-tram-harbour"), &error));
        const auto callId = addCall(*admin, QStringLiteral("c1"), toneWav(2000), false, 2000);
        QVERIFY(callId);
        admin.reset();
        auto laura =
            Session::login(paths, QStringLiteral("laura"), secret("laura-violet-tram-harbour"),
                           clock, fastOptions(), &error);
        QVERIFY2(laura, qPrintable(error.message));
        PlaybackService playback(*laura);
        const auto opened = playback.open(*callId, PlaybackPurpose::QualityReview, &error);
        QVERIFY2(opened, qPrintable(error.message));
        bool cached = true;
        const auto first = playback.waveform(*opened, &error, &cached);
        QVERIFY2(first, qPrintable(error.message));
        QVERIFY(!cached);
        const auto second = playback.waveform(*opened, &error, &cached);
        QVERIFY(second);
        QVERIFY(cached);
        QCOMPARE(second->buckets, first->buckets);
        QVERIFY(std::abs(second->maxPeak(0) - 0.8f) <= 0.02f);
        QVERIFY(std::abs(second->maxPeak(1) - 0.25f) <= 0.02f);
        // The peaks are in the encrypted database, not beside it.
        QVERIFY(!anyFileContains(paths.folder, first->toBlob().left(64)));
    }
};

QTEST_GUILESS_MAIN(TestWaveform)
#include "tst_waveform.moc"
