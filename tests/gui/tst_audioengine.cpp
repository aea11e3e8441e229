// The player's engine without a sound card: a CaptureSink keeps every sample the engine hands
// to the device, and the recording's samples encode their own frame index, so each test proves
// which frames would have been heard. Clips, seeks before and during playing, pauses, the
// audit's ranges, one engine at a time, a stalled device, the end, and speed with the pitch
// kept.

#include "gui/player/AudioEngine.h"
#include "services/audio/AudioDecoder.h"
#include "support/CaptureSink.h"
#include "support/TestAudio.h"

#include <QSignalSpy>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {

DecodedAudio decoded(const QByteArray& wav)
{
    Error error;
    auto audio = AudioDecoder::decode(wav, AudioInfo{}, &error);
    if (!audio)
        qFatal("%s", qPrintable(error.message));
    return std::move(*audio);
}

} // namespace

class TestAudioEngine : public QObject
{
    Q_OBJECT

private:
    QByteArray m_wav = frameIndexWav(120000);
    std::shared_ptr<CaptureLog> m_log;
    CaptureSink* m_sink = nullptr;

    // An engine whose device pulls only when the test says (framesPerTick 0) or on its own.
    std::unique_ptr<AudioEngine> makeEngine(qint64 framesPerTick = 0)
    {
        auto engine = std::make_unique<AudioEngine>();
        engine->setSinkFactory([this, framesPerTick] {
            auto sink = std::make_unique<CaptureSink>(m_log, framesPerTick);
            m_sink = sink.get();
            return sink;
        });
        engine->load(decoded(m_wav));
        return engine;
    }

    // The frames captured are first, first+1, … with no gap or repeat.
    bool contiguousFrom(qint64 first, qint64 from = 0)
    {
        for (qint64 f = from; f < m_log->frames(); ++f)
            if (m_log->indexAt(f) != first + (f - from)) {
                qWarning() << "frame" << f << "is" << m_log->indexAt(f) << "expected"
                           << first + (f - from);
                return false;
            }
        return true;
    }

private slots:
    void init() { m_log = std::make_shared<CaptureLog>(); }

    void clipSendsExactlyItsFrames()
    {
        auto engine = makeEngine();
        QCOMPARE(engine->sampleRate(), 8000);
        QSignalSpy finished(engine.get(), &AudioEngine::rangeFinished);
        QVERIFY(engine->playRange(60000, 75000));
        QVERIFY(engine->isPlaying());
        while (m_sink->pull(1000) > 0) {
        }
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!engine->isPlaying());
        QCOMPARE(m_log->frames(), 15 * 8000);
        QCOMPARE(m_log->indexAt(0), 60 * 8000);
        QVERIFY(contiguousFrom(60 * 8000));
        QCOMPARE(m_log->indexAt(m_log->frames() - 1), 75 * 8000 - 1);
        QCOMPARE(engine->positionMs(), 75000);
        QCOMPARE(engine->heard(), (QList<HeardRange>{{60000, 75000, 1.0}}));
    }

    void seekBeforePlayAndWhilePlaying()
    {
        auto engine = makeEngine();
        engine->seek(12345); // before play: nothing lost
        QCOMPARE(engine->positionMs(), 12345);
        QVERIFY(engine->play());
        QCOMPARE(m_sink->pull(800), 800);
        QCOMPARE(m_log->indexAt(0), 12345 * 8);
        QVERIFY(contiguousFrom(12345 * 8));
        QCOMPARE(engine->positionMs(), 12445);
        engine->seek(30000); // while playing: the next sample is 30 s's
        QVERIFY(engine->isPlaying());
        QCOMPARE(m_sink->pull(400), 400);
        QCOMPARE(m_log->indexAt(800), 30000 * 8);
        QVERIFY(contiguousFrom(30000 * 8, 800));
        QCOMPARE(engine->positionMs(), 30050);
        engine->pause();
        QCOMPARE(engine->heard(), (QList<HeardRange>{{12345, 12445, 1.0}, {30000, 30050, 1.0}}));
    }

    void pauseKeepsWhatWasPlayed()
    {
        auto engine = makeEngine();
        QSignalSpy playing(engine.get(), &AudioEngine::playingChanged);
        QVERIFY(engine->play());
        QCOMPARE(m_sink->pull(8000), 8000);
        engine->pause();
        QCOMPARE(playing.size(), 2);
        QCOMPARE(engine->positionMs(), 1000);
        QVERIFY(!m_sink->running());
        QVERIFY(engine->play());
        QCOMPARE(m_sink->pull(4000), 4000);
        QVERIFY(contiguousFrom(0)); // resumed at the frame after the last one played
        QCOMPARE(engine->positionMs(), 1500);
        // Listening on after a pause is one range; takeHeard() starts a new one.
        QCOMPARE(engine->takeHeard(), (QList<HeardRange>{{0, 1500, 1.0}}));
        QCOMPARE(m_sink->pull(800), 800);
        QCOMPARE(engine->heard(), (QList<HeardRange>{{1500, 1600, 1.0}}));
    }

    void onlyOneEngineSounds()
    {
        auto first = makeEngine();
        CaptureSink* firstSink = nullptr;
        QVERIFY(first->play());
        firstSink = m_sink;
        QCOMPARE(firstSink->pull(800), 800);
        auto second = makeEngine();
        QSignalSpy firstPlaying(first.get(), &AudioEngine::playingChanged);
        QVERIFY(second->play());
        QVERIFY(second->isPlaying());
        QVERIFY(!first->isPlaying());
        QCOMPARE(firstPlaying.size(), 1);
        QVERIFY(!firstSink->running()); // its device was stopped, not only muted
        QCOMPARE(firstSink->pull(800), 0);
        QCOMPARE(first->heard(), (QList<HeardRange>{{0, 100, 1.0}}));
        QVERIFY(first->play()); // and back
        QVERIFY(!second->isPlaying());
    }

    void stalledDeviceIsRestarted()
    {
        m_log->stallNextRun = true; // the first run takes one block, then nothing
        auto engine = makeEngine(160);
        QVERIFY(engine->play());
        QCOMPARE(m_log->frames(), 160);
        QTRY_VERIFY_WITH_TIMEOUT(engine->recoveries() == 1, 5000);
        QCOMPARE(m_log->starts, 2);
        QVERIFY(engine->isPlaying());
        QTRY_VERIFY(m_log->frames() > 8000);
        // It went on from the frame after the last one played: nothing skipped or repeated.
        QVERIFY(contiguousFrom(0));
        QVERIFY(engine->positionMs() > 1000);
    }

    void underrunIsFedAgain()
    {
        auto engine = makeEngine(160);
        QVERIFY(engine->play());
        QTRY_VERIFY(m_log->frames() > 800);
        m_sink->underrun();
        const qint64 before = m_log->frames();
        // The engine tells the idle device there is data; it reads on without a restart.
        QTRY_VERIFY(m_log->frames() > before + 1600);
        QCOMPARE(engine->recoveries(), 0);
        QCOMPARE(m_log->starts, 1);
        QVERIFY(contiguousFrom(0));
    }

    void endFinishesAndPlayStartsAgain()
    {
        m_wav = frameIndexWav(1000);
        auto engine = makeEngine(800);
        QSignalSpy finished(engine.get(), &AudioEngine::finished);
        engine->seek(500);
        QVERIFY(engine->play());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!engine->isPlaying());
        QCOMPARE(engine->positionMs(), 1000);
        QCOMPARE(m_log->frames(), 4000);
        QVERIFY(contiguousFrom(4000));
        QVERIFY(engine->play()); // at the end, Play plays from the start
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(m_log->indexAt(4000), 0);
        QVERIFY(contiguousFrom(0, 4000));
        QCOMPARE(engine->heard(), (QList<HeardRange>{{500, 1000, 1.0}, {0, 1000, 1.0}}));
        m_wav = frameIndexWav(120000);
    }

    void speedKeepsThePitch()
    {
        // A 440 Hz tone at 2×: half the samples, the same 440 Hz (counted zero crossings).
        m_wav = toneWav(4000, 8000, 2, 0.8, 0.8, 440.0);
        auto engine = makeEngine(1600);
        engine->setRate(2.0);
        QSignalSpy finished(engine.get(), &AudioEngine::rangeFinished);
        QVERIFY(engine->playRange(0, 4000));
        QTRY_COMPARE(finished.size(), 1);
        const qint64 frames = m_log->frames();
        QVERIFY2(std::abs(frames - 16000) < 1600, qPrintable(QString::number(frames)));
        int crossings = 0;
        for (qint64 f = 2000; f < 14000; ++f)
            if ((m_log->samples.at((f - 1) * 2) < 0) != (m_log->samples.at(f * 2) < 0))
                ++crossings;
        const double hz = crossings / 2.0 / (12000.0 / 8000.0);
        QVERIFY2(std::abs(hz - 440.0) < 15.0, qPrintable(QString::number(hz)));
        QCOMPARE(engine->heard(), (QList<HeardRange>{{0, 4000, 2.0}}));
        m_wav = frameIndexWav(120000);
    }

    void unloadWipesAndStops()
    {
        auto engine = makeEngine();
        QVERIFY(engine->play());
        engine->unload();
        QVERIFY(!engine->isPlaying());
        QVERIFY(!engine->isLoaded());
        QVERIFY(!engine->play());
        QCOMPARE(engine->positionMs(), 0);
    }
    void laneVolumeIsAppliedBeforeTheDevice()
    {
        auto engine = makeEngine();
        engine->setLaneVolume(1, 0.0); // the customer's lane silent
        engine->seek(60000);
        QVERIFY(engine->play());
        QCOMPARE(m_sink->pull(800), 800);
        const qint64 first = 60 * 8000;
        for (qint64 f = 0; f < 800; ++f) {
            QCOMPARE(m_log->samples.at(f * 2), qint16((first + f) & 0x7fff)); // agent as is
            QCOMPARE(m_log->samples.at(f * 2 + 1), qint16(0));                // customer: nothing
        }
        // Changed while playing: the next block has it.
        engine->setLaneVolume(0, 0.5);
        engine->setLaneVolume(1, 1.0);
        QCOMPARE(m_sink->pull(800), 800);
        for (qint64 f = 800; f < 1600; ++f) {
            QCOMPARE(m_log->samples.at(f * 2), qint16(std::lround(((first + f) & 0x7fff) * 0.5)));
            QCOMPARE(m_log->samples.at(f * 2 + 1), qint16((first + f) >> 15));
        }
        QCOMPARE(engine->laneVolume(0), 0.5);
    }

    void loopRepeatsTheRange()
    {
        auto engine = makeEngine();
        QSignalSpy loop(engine.get(), &AudioEngine::loopChanged);
        QVERIFY(!engine->setLoop(5000, 5000)); // an empty range is no loop
        QVERIFY(engine->setLoop(10000, 11000));
        QCOMPARE(loop.size(), 1);
        QCOMPARE(engine->positionMs(), 10000); // the position was outside: the loop's start
        QVERIFY(engine->play());
        while (m_log->frames() < 8000 * 2 + 4000)
            QVERIFY(m_sink->pull(700) > 0); // blocks that straddle the wrap
        // 10 s … 11 s, then 10 s again: the samples wrap from the range's end to its start.
        QCOMPARE(m_log->indexAt(0), 80000);
        QCOMPARE(m_log->indexAt(7999), 87999);
        QCOMPARE(m_log->indexAt(8000), 80000);
        QCOMPARE(m_log->indexAt(15999), 87999);
        QCOMPARE(m_log->indexAt(16000), 80000);
        for (qint64 f = 0; f < m_log->frames(); ++f)
            QCOMPARE(m_log->indexAt(f), 80000 + f % 8000);
        QVERIFY(engine->isPlaying());
        const qint64 extra = m_log->frames() - 16000;
        QCOMPARE(engine->positionMs(), 10000 + extra / 8);
        // What was heard is each round of the loop, exactly.
        QCOMPARE(engine->heard(),
                 (QList<HeardRange>{
                     {10000, 11000, 1.0}, {10000, 11000, 1.0}, {10000, 10000 + extra / 8, 1.0}}));
        // A seek outside the loop ends it and plays on from there.
        engine->seek(30000);
        QCOMPARE(loop.size(), 2);
        QVERIFY(!engine->isLooping());
        QVERIFY(engine->isPlaying());
        const qint64 before = m_log->frames();
        QCOMPARE(m_sink->pull(8000), 8000);
        QCOMPARE(m_log->indexAt(before), 30 * 8000);
        QCOMPARE(m_log->indexAt(before + 7999), 31 * 8000 - 1);
        engine->pause();
        QCOMPARE(engine->heard().last(), (HeardRange{30000, 31000, 1.0}));
    }

    void skipSilenceLeavesTheGapOut()
    {
        m_wav = frameIndexWav(10000, 8000, 3000, 5000); // both lanes silent 3 s … 5 s
        auto engine = makeEngine();
        QCOMPARE(engine->silentStretches(),
                 (QList<std::pair<qint64, qint64>>{
                     {3000 + AudioEngine::SilencePadMs, 5000 - AudioEngine::SilencePadMs}}));
        engine->setSkipSilence(true);
        QSignalSpy finished(engine.get(), &AudioEngine::finished);
        QVERIFY(engine->play());
        while (m_sink->pull(1000) > 0) {
        }
        QTRY_COMPARE(finished.size(), 1);
        const qint64 pad = AudioEngine::SilencePadMs * 8;
        // Everything but the gap's inside: 80 000 frames less 2 s less the two pads.
        QCOMPARE(m_log->frames(), 80000 - (16000 - 2 * pad));
        for (qint64 f = 0; f < 24000; ++f)
            QCOMPARE(m_log->indexAt(f), f);
        for (qint64 f = 24000; f < 24000 + 2 * pad; ++f) // the pads of the pause
            QCOMPARE(m_log->indexAt(f), 0);
        for (qint64 f = 24000 + 2 * pad; f < m_log->frames(); ++f)
            QCOMPARE(m_log->indexAt(f), 40000 + (f - 24000 - 2 * pad));
        QCOMPARE(engine->positionMs(), 10000);
        // The audit has what was played: the gap's inside is not in it.
        QCOMPARE(engine->heard(),
                 (QList<HeardRange>{{0, 3000 + AudioEngine::SilencePadMs, 1.0},
                                    {5000 - AudioEngine::SilencePadMs, 10000, 1.0}}));
        m_wav = frameIndexWav(120000);
    }

    void loopAndSkipTogetherAtSpeed()
    {
        // At 1.5× with a gap inside the loop: the stretched run never plays the gap and the
        // position stays inside the loop.
        m_wav = frameIndexWav(10000, 8000, 3000, 5000);
        auto engine = makeEngine();
        engine->setSkipSilence(true);
        engine->setRate(1.5);
        QVERIFY(engine->setLoop(2000, 6000));
        QVERIFY(engine->play());
        for (int i = 0; i < 60; ++i) {
            QVERIFY(m_sink->pull(1000) > 0);
            const qint64 at = engine->positionMs();
            QVERIFY2(at >= 2000 && at <= 6000, qPrintable(QString::number(at)));
            QVERIFY2(at <= 3100 || at >= 4900, qPrintable(QString::number(at)));
        }
        engine->pause();
        for (const HeardRange& r : engine->heard()) {
            QVERIFY(r.startMs >= 2000 && r.endMs <= 6000);
            QVERIFY(r.endMs <= 3100 || r.startMs >= 4900);
            QCOMPARE(r.rate, 1.5);
        }
        QVERIFY(engine->heard().size() >= 4); // two rounds at least, each in two parts
        m_wav = frameIndexWav(120000);
    }
};

QTEST_MAIN(TestAudioEngine)
#include "tst_audioengine.moc"
