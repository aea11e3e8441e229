// The player panel (offscreen): open a call, Space toggles playing, the arrows seek, heard
// ranges reach the audit trail, tags show on the waveform, Asterisk's WAV49 draws and plays, a
// waveform that cannot be made is a note and the call still plays, an undecodable recording
// is a message, and without an audio device the panel says so and never plays. Playing is
// checked on the samples handed to the device (AudioEngine's tap on the real QAudioSink, on
// the PulseAudio null sink of the test session, or a CaptureSink): a clip sends exactly its
// frames and is audited exactly, 100 rounds of open and play never stall, and only one
// player sounds at a time.
//
// tst_player_nodevice runs noAudioDevice() alone with PULSE_SERVER pointing nowhere.

#include "gui/PlayerPanel.h"
#include "gui/Translations.h"
#include "gui/WaveformWidget.h"
#include "gui/player/AudioEngine.h"
#include "services/TagService.h"
#include "services/UserService.h"
#include "services/audio/AudioDecoder.h"
#include "services/audio/PlaybackFill.h"
#include "storage/AuditLog.h"
#include "support/AudioFixtures.h"
#include "support/CaptureSink.h"
#include "support/Tamper.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QAudioDevice>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

using namespace tallenne;
using namespace tallenne::test;

class TestPlayer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_call = 0;
    qint64 m_garbage = 0;
    qint64 m_indexed = 0; // 90 s whose samples encode their frame index
    qint64 m_gap = 0;     // 10 s like it, both lanes silent 3 s … 5 s

    std::unique_ptr<Session> loginAs(const QString& name)
    {
        Error error;
        const QByteArray password = name == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : name.toUtf8() + "-violet-tram-harbour";
        auto session = Session::login(m_paths, name, secret(password.constData()), m_clock,
                                      fastOptions(), &error);
        if (!session)
            qWarning() << error.message;
        return session;
    }

    static bool expectNoDevice() { return qEnvironmentVariableIsSet("TALLENNE_TEST_NO_AUDIO"); }

    // What the panel's engine hands to the device, whichever device it is.
    static std::shared_ptr<CaptureLog> tap(PlayerPanel& panel)
    {
        auto log = std::make_shared<CaptureLog>();
        log->channels = 2;
        panel.engine()->setTap([log](qint64, const qint16* samples, qint64 frames) {
            for (qint64 i = 0; i < frames * log->channels; ++i)
                log->samples.append(samples[i]);
        });
        return log;
    }

    // True when a "recording.heard" entry has exactly these ranges (the only range heard).
    bool heardContains(Session& session, const QString& ranges)
    {
        AuditFilter filter;
        filter.action = QStringLiteral("recording.heard");
        for (const auto& entry : AuditLog(session.db()).list(filter, nullptr))
            if (entry.details.contains(ranges + QLatin1Char(' ')))
                return true;
        qWarning() << "no recording.heard entry with" << ranges;
        return false;
    }

    // Holds the background decryption (PlaybackFill) before its second chunk until open().
    struct Gate
    {
        std::atomic<qint64> heldAt{-1};
        std::mutex mutex;
        std::condition_variable opened;
        bool released = false;
        Gate()
        {
            PlaybackFill::setChunkHook([this](qint64 chunk) {
                if (chunk != 1)
                    return;
                heldAt = chunk;
                std::unique_lock lock(mutex);
                opened.wait_for(lock, std::chrono::seconds(30), [this] { return released; });
            });
        }
        ~Gate()
        {
            open();
            PlaybackFill::setChunkHook({});
        }
        void open()
        {
            {
                const std::lock_guard lock(mutex);
                released = true;
            }
            opened.notify_all();
        }
    };

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(UserService(*admin).add(QStringLiteral("trainer"), Role::Trainer,
                                        secret("trainer-violet-tram-harbour"), &error));
        m_call = addCall(*admin, QStringLiteral("c1"), toneWav(60000), false, 60000).value_or(0);
        m_garbage = addCall(*admin, QStringLiteral("c2"), QByteArray(8192, 'z')).value_or(0);
        m_indexed =
            addCall(*admin, QStringLiteral("c3"), frameIndexWav(90000), false, 90000).value_or(0);
        m_gap = addCall(*admin, QStringLiteral("c4"), frameIndexWav(10000, 8000, 3000, 5000), false,
                        10000)
                    .value_or(0);
        QVERIFY(m_call && m_garbage && m_indexed && m_gap);

        // The first stream on an output that had none waits for the output's longest latency
        // (2 s on PulseAudio's null sink); players keep it running from then on (QtAudioSink).
        // Here the test's first player plays that wait away, so every test below starts as a
        // console does once its player panels exist.
        if (!expectNoDevice() && PlayerPanel::audioOutputAvailable()) {
            AudioEngine warmUp;
            auto audio = AudioDecoder::decode(toneWav(10000), AudioInfo{}, &error);
            QVERIFY(audio);
            warmUp.load(std::move(*audio));
            warmUp.setVolume(0.0);
            QVERIFY(warmUp.play());
            QTRY_VERIFY_WITH_TIMEOUT(warmUp.positionMs() > 3000, 15000);
        }
    }

    void spaceAndArrows()
    {
        if (expectNoDevice())
            QSKIP("this registration checks the device-less case only");
        if (!PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session (PulseAudio "
                  "null sink).");
        auto session = loginAs(QStringLiteral("trainer"));
        QVERIFY(session);
        Error error;
        TagService tags(*session);
        const auto label = tags.addLabel(QStringLiteral("Greeting"), &error);
        QVERIFY(label && tags.add(m_call, 1000, 4000, *label, {}, &error));

        PlayerPanel panel(*session);
        panel.setPurpose(PlaybackPurpose::Training);
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.openCall(m_call);
        QCOMPARE(panel.callId(), m_call);
        QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));
        // The waveform (and its lanes) once all of it is decrypted, in the background.
        QTRY_COMPARE(panel.waveform()->laneLabels(),
                     (QStringList{QStringLiteral("Agent"), QStringLiteral("Customer")}));
        QCOMPARE(panel.waveform()->tags().size(), 1);
        QCOMPARE(panel.waveform()->tags().first().label, QStringLiteral("Greeting"));
        const auto sent = tap(panel);

        QWidget* focus = panel.waveform();
        QTest::keyClick(focus, Qt::Key_Space);
        QVERIFY(panel.isPlaying());
        // The tone itself reaches the device: 0.8 of full scale on the agent's lane.
        QTRY_VERIFY_WITH_TIMEOUT(sent->frames() > 2400 && panel.position() > 300, 10000);
        qint16 loudest = 0;
        for (qint64 f = 0; f < sent->frames(); ++f)
            loudest = std::max<qint16>(loudest, sent->samples.at(f * 2));
        QVERIFY2(std::abs(loudest - 26214) < 300, qPrintable(QString::number(loudest)));
        QTest::keyClick(focus, Qt::Key_Space);
        QVERIFY(!panel.isPlaying());
        // What the device played, never more than it was given.
        QVERIFY(panel.position() > 300);
        QVERIFY(panel.position() <= sent->frames() / 8);

        const qint64 before = panel.position();
        QTest::keyClick(focus, Qt::Key_Right);
        QCOMPARE(panel.position(), before + 5000);
        QCOMPARE(panel.engine()->positionFrame(), (before + 5000) * 8);
        QCOMPARE(panel.waveform()->position(), before + 5000);
        QTest::keyClick(focus, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(panel.position(), before + 35000);
        QTest::keyClick(focus, Qt::Key_Left);
        QCOMPARE(panel.position(), before + 30000);

        // [ and ] select at the playhead.
        QTest::keyClick(focus, Qt::Key_BracketLeft);
        QTest::keyClick(focus, Qt::Key_Right);
        QTest::keyClick(focus, Qt::Key_BracketRight);
        const auto selection = panel.waveform()->selection();
        QVERIFY(selection);
        QCOMPARE(selection->first, before + 30000);
        QCOMPARE(selection->second, before + 35000);

        // A click on the waveform seeks.
        const int x = panel.waveform()->xForMs(20000);
        QTest::mouseClick(panel.waveform(), Qt::LeftButton, {}, QPoint(x, 60));
        QVERIFY(std::abs(panel.position() - 20000) < 200);

        // Heard so far, then audited when the panel stops.
        QVERIFY(!panel.heardSoFar().isEmpty());
        panel.stop();
        AuditFilter filter;
        filter.action = QStringLiteral("recording.heard");
        const auto heard = AuditLog(session->db()).list(filter, nullptr);
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.first().purpose, QStringLiteral("training"));
        QVERIFY2(heard.first().details.contains(QStringLiteral("ranges_ms=0-")),
                 qPrintable(heard.first().details));
        QVERIFY(heard.first().details.contains(QStringLiteral("speeds=1x")));
        QCOMPARE(panel.callId(), 0);
    }

    void wav49RecordingPlaysAndDraws()
    {
        // The field case: Asterisk's WAV (WAV49, GSM 6.10 in a WAV container), stored as it
        // came, on a fresh install: the waveform draws and the recording plays.
        auto admin = loginAs(QStringLiteral("admin"));
        const auto call = addCall(*admin, QStringLiteral("wav49"),
                                  audioFixture(QStringLiteral("wav49-gsm610-asterisk-WAV.WAV")),
                                  AudioInfo{QStringLiteral("gsm_ms"), 1, 8000, 2000});
        QVERIFY(call);
        admin.reset();
        auto session = loginAs(QStringLiteral("trainer"));
        PlayerPanel panel(*session);
        panel.setPurpose(PlaybackPurpose::Training);
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy errors(&panel, &PlayerPanel::errorOccurred);
        panel.openCall(*call);
        QCOMPARE(panel.callId(), *call);
        const WaveformPeaks& peaks = panel.waveform()->peaks();
        QVERIFY(!peaks.isEmpty());
        QCOMPARE(peaks.channels, 1);
        QCOMPARE(peaks.durationMs, 2000);
        QVERIFY2(std::abs(peaks.maxPeak(0, 200, 1800) - 0.5f) <= 0.1f,
                 qPrintable(QString::number(peaks.maxPeak(0, 200, 1800))));
        QCOMPARE(panel.waveform()->laneLabels().size(), 1);
        if (expectNoDevice() || !PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: the waveform is checked, playing needs the test "
                  "command's session (PulseAudio null sink).");
        QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));
        const auto sent = tap(panel);
        sent->channels = 1;
        panel.togglePlay();
        QVERIFY(panel.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(panel.position() > 1000, 10000);
        QVERIFY(sent->frames() >= 8000);
        QCOMPARE(errors.size(), 0);
        panel.stop();
    }

    void waveformFailureStillPlays()
    {
        // Whatever makes the waveform fail, it is a note under the player, not a refusal.
        if (expectNoDevice() || !PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session (PulseAudio "
                  "null sink).");
        auto session = loginAs(QStringLiteral("trainer"));
        PlayerPanel panel(*session);
        panel.setPurpose(PlaybackPurpose::Training);
        int asked = 0;
        panel.setWaveformSource(
            [&asked](const OpenedRecording&, const DecodedAudio& samples, Error* error) {
                ++asked;
                if (!samples.isComplete() || samples.frames == 0)
                    qWarning("the waveform source got no audio");
                fail(error, ErrorKind::Environment, QStringLiteral("the analysis broke down"));
                return std::optional<WaveformPeaks>();
            });
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy errors(&panel, &PlayerPanel::errorOccurred);
        panel.openCall(m_call);
        // Asked once all of the samples are decrypted (in the background).
        QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 10000);
        QCOMPARE(panel.callId(), m_call);
        QVERIFY(panel.waveform()->peaks().isEmpty());
        QCOMPARE(panel.message(), QStringLiteral("The waveform cannot be drawn (the analysis broke "
                                                 "down); the recording still plays."));
        QCOMPARE(errors.size(), 0);
        const auto sent = tap(panel);
        panel.togglePlay();
        QVERIFY(panel.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(panel.position() > 300 && sent->frames() > 2400, 10000);
        panel.stop();
    }

    // A long recording plays before all of it is decrypted: the background decryption is held
    // at its second chunk, and the samples of the first already reach the audio device.
    void playsBeforeAllIsDecrypted()
    {
        if (expectNoDevice() || !PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session (PulseAudio "
                  "null sink).");
        auto admin = loginAs(QStringLiteral("admin"));
        // Two minutes of 8 kHz stereo: 59 chunks, the first two seconds in the first.
        const auto call = addCall(*admin, QStringLiteral("long"), toneWav(120000), false, 120000);
        QVERIFY(call);
        admin.reset();
        Gate gate;
        auto session = loginAs(QStringLiteral("trainer"));
        PlayerPanel panel(*session);
        panel.setPurpose(PlaybackPurpose::Training);
        QSignalSpy errors(&panel, &PlayerPanel::errorOccurred);
        panel.openCall(*call);
        QCOMPARE(panel.callId(), *call);
        QTRY_COMPARE_WITH_TIMEOUT(gate.heldAt.load(), qint64(1), 10000);
        const DecodedAudio* samples = panel.engine()->audio();
        QVERIFY(samples && panel.engine()->isFilling());
        auto* fill = dynamic_cast<PlaybackFill*>(samples->fill.get());
        QVERIFY(fill);
        QCOMPARE(fill->chunksDone(), 1);
        QCOMPARE(samples->frames, qint64(120) * 8000);
        QCOMPARE(samples->readyFrames(), (65536 - 44) / 4); // the first chunk's, no more
        QVERIFY(panel.waveform()->peaks().isEmpty());       // drawn once all is there

        const auto sent = tap(panel);
        panel.togglePlay();
        QVERIFY(panel.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(sent->frames() >= 800, 10000);
        // Played while the rest is still encrypted: the fill has not gone past its first chunk.
        QVERIFY(panel.engine()->isFilling());
        QCOMPARE(fill->chunksDone(), 1);
        QVERIFY(sent->frames() <= samples->readyFrames());

        gate.open();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.engine()->isFilling(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.waveform()->peaks().isEmpty(), 10000);
        QCOMPARE(panel.waveform()->peaks().durationMs, 120000);
        QVERIFY(panel.isPlaying());
        // A seek far ahead plays from there.
        panel.seek(100000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.position() > 100200, 10000);
        QCOMPARE(errors.size(), 0);
        panel.stop();
    }

    // Damage in the last chunk is found only once the background decryption reaches it: the
    // recording starts playing, then the player stops, says what the opening would have said
    // and wipes the samples; what was heard is audited, the warning logged, and nothing after
    // the damage was ever handed to the device.
    void damageFoundWhilePlayingStops()
    {
        if (expectNoDevice() || !PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session (PulseAudio "
                  "null sink).");
        auto admin = loginAs(QStringLiteral("admin"));
        const auto call =
            addCall(*admin, QStringLiteral("damaged-late"), toneWav(120000), false, 120000);
        QVERIFY(call);
        QSqlQuery q(admin->db());
        q.prepare(QStringLiteral("SELECT id, file_name FROM recordings WHERE call_id = ?"));
        q.addBindValue(*call);
        QVERIFY(q.exec() && q.next());
        const qint64 recording = q.value(0).toLongLong();
        const QString path = QDir(m_paths.recordings()).filePath(q.value(1).toString());
        q.finish();
        admin.reset();
        QVERIFY(flipByte(path, QFileInfo(path).size() - 5)); // inside the last chunk

        auto session = loginAs(QStringLiteral("trainer"));
        Error whole;
        QVERIFY(!PlaybackService(*session).open(*call, PlaybackPurpose::Training, &whole));
        QCOMPARE(whole.message, QStringLiteral("The file of recording %1 is damaged: Chunk 59 of "
                                               "the recording file is damaged or was altered.")
                                    .arg(recording));

        Gate gate;
        PlayerPanel panel(*session);
        panel.setPurpose(PlaybackPurpose::Training);
        QSignalSpy errors(&panel, &PlayerPanel::errorOccurred);
        panel.openCall(*call);
        QCOMPARE(panel.callId(), *call);
        QTRY_COMPARE_WITH_TIMEOUT(gate.heldAt.load(), qint64(1), 10000);
        qint64 handedUpTo = 0;
        panel.engine()->setTap([&handedUpTo](qint64 frame, const qint16*, qint64 frames) {
            handedUpTo = std::max(handedUpTo, frame + frames);
        });
        panel.togglePlay();
        QTRY_VERIFY_WITH_TIMEOUT(handedUpTo >= 800, 10000);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("recording %1 stopped while "
                                                               "playing: The file of recording")
                                                    .arg(recording)));
        gate.open();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
        QCOMPARE(errors.first().first().toString(), whole.message);
        QCOMPARE(panel.message(), whole.message);
        QVERIFY(!panel.isPlaying());
        QCOMPARE(panel.callId(), qint64(0));
        QVERIFY(!panel.engine()->isLoaded()); // the samples were wiped
        // The last chunk holds the plaintext from 58 × 64 KiB on: none of it was handed.
        QVERIFY(handedUpTo <= (58 * 65536 - 44) / 4);
        // The opening was audited (once), and so was what was heard before the stop.
        AuditFilter filter;
        filter.action = QStringLiteral("recording.play");
        filter.object = QStringLiteral("recording:%1").arg(recording);
        QCOMPARE(AuditLog(session->db()).list(filter, nullptr).size(), 1);
        filter.action = QStringLiteral("recording.heard");
        QTRY_COMPARE_WITH_TIMEOUT(AuditLog(session->db()).list(filter, nullptr).size(), 1, 1000);
    }

    void undecodableRecordingIsAMessage()
    {
        auto session = loginAs(QStringLiteral("trainer"));
        PlayerPanel panel(*session);
        panel.setPurpose(PlaybackPurpose::Training);
        QSignalSpy errors(&panel, &PlayerPanel::errorOccurred);
        panel.openCall(m_garbage);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(panel.message().startsWith(QStringLiteral("The recording cannot be decoded")),
                 qPrintable(panel.message()));
        QTest::keyClick(&panel, Qt::Key_Space); // nothing to play, nothing breaks
        QVERIFY(!panel.isPlaying());
    }

    void noAudioDevice()
    {
        if (!expectNoDevice())
            QSKIP("runs in tst_player_nodevice (PULSE_SERVER pointing nowhere)");
        // The real check, not a seam: the system has no output in this registration.
        QVERIFY(QMediaDevices::audioOutputs().isEmpty());
        QVERIFY(!PlayerPanel::audioOutputAvailable());
        auto session = loginAs(QStringLiteral("trainer"));
        PlayerPanel panel(*session);
        panel.setPurpose(PlaybackPurpose::Training);
        panel.show();
        // The panel's keys are window shortcuts: they need the window active. (Opening used to
        // spin QAudioDecoder's event loop, which activated it on the side.)
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QSignalSpy errors(&panel, &PlayerPanel::errorOccurred);
        panel.openCall(m_call);
        QCOMPARE(panel.message(),
                 QStringLiteral("No audio output device: playback is not possible on this "
                                "machine. The waveform is still shown."));
        QCOMPARE(errors.size(), 1);
        // The waveform is drawn (once all of it is decrypted, in the background).
        QTRY_COMPARE(panel.waveform()->laneLabels().size(), 2);
        panel.togglePlay();
        QTest::keyClick(panel.waveform(), Qt::Key_Space);
        QVERIFY(!panel.isPlaying());
        QVERIFY(!panel.engine()->isPlaying());
        QTest::keyClick(panel.waveform(), Qt::Key_Right); // the cursor still moves
        QCOMPARE(panel.position(), 5000);
        panel.stop();
    }
    void clipPlaysExactlyItsRange()
    {
        // PlaylistPanel's way: open the call and play a clip at once. The device gets exactly
        // the frames of 1:00–1:15 (a CaptureSink pulls faster than real time) and the audit
        // says so.
        if (expectNoDevice() || !PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session.");
        auto log = std::make_shared<CaptureLog>();
        AudioEngine::setDefaultSinkFactory(
            [log] { return std::make_unique<CaptureSink>(log, 4000); });
        auto session = loginAs(QStringLiteral("trainer"));
        {
            PlayerPanel panel(*session);
            AudioEngine::setDefaultSinkFactory({});
            panel.setPurpose(PlaybackPurpose::Training);
            QSignalSpy finished(&panel, &PlayerPanel::clipFinished);
            panel.openCall(m_indexed);
            panel.playRange(60000, 75000);
            QVERIFY(panel.isPlaying());
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
            QVERIFY(!panel.isPlaying());
            QCOMPARE(log->frames(), 15 * 8000);
            for (qint64 f = 0; f < log->frames(); ++f)
                if (log->indexAt(f) != 60 * 8000 + f)
                    QFAIL(qPrintable(QStringLiteral("frame %1 is %2").arg(f).arg(log->indexAt(f))));
            QCOMPARE(panel.position(), 75000);
            QCOMPARE(panel.heardSoFar(), (QList<HeardRange>{{60000, 75000, 1.0}}));
            panel.stop();
        }
        QVERIFY(heardContains(*session, QStringLiteral("ranges_ms=60000-75000@1x")));
    }

    void clipOnTheRealDevice()
    {
        // The same on the real QAudioSink: a 1.5 s clip at 1:00, opened and played at once.
        if (expectNoDevice() || !PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session.");
        auto session = loginAs(QStringLiteral("trainer"));
        PlayerPanel panel(*session);
        panel.setPurpose(PlaybackPurpose::Training);
        QSignalSpy finished(&panel, &PlayerPanel::clipFinished);
        panel.openCall(m_indexed);
        const auto sent = tap(panel);
        panel.playRange(60000, 61500);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(sent->frames(), 12000);
        QCOMPARE(sent->indexAt(0), 480000);
        QCOMPARE(sent->indexAt(11999), 491999);
        QCOMPARE(panel.heardSoFar(), (QList<HeardRange>{{60000, 61500, 1.0}}));
        panel.stop();
        QVERIFY(heardContains(*session, QStringLiteral("ranges_ms=60000-61500@1x")));
    }

    void hundredRoundsNeverStall()
    {
        // The stall users met: the button said Pause and the clock stood still. On the real
        // device, 100 times: open, play, and the samples handed on and the clock both advance.
        if (expectNoDevice() || !PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session.");
        auto session = loginAs(QStringLiteral("trainer"));
        PlayerPanel panel(*session);
        panel.setPurpose(PlaybackPurpose::Training);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (int round = 0; round < 100; ++round) {
            panel.openCall(m_indexed);
            QCOMPARE(panel.callId(), m_indexed);
            const auto sent = tap(panel);
            const qint64 from = (round % 10) * 5000;
            panel.seek(from);
            QTest::keyClick(panel.waveform(), Qt::Key_Space);
            QVERIFY(panel.isPlaying());
            QTRY_VERIFY2_WITH_TIMEOUT(sent->frames() >= 1600 && panel.position() >= from + 100,
                                      qPrintable(QStringLiteral("round %1 stalled at %2 ms, %3 "
                                                                "frames")
                                                     .arg(round)
                                                     .arg(panel.position())
                                                     .arg(sent->frames())),
                                      5000);
            QCOMPARE(sent->indexAt(0), from * 8);
            QVERIFY(panel.isPlaying());
            QCOMPARE(panel.engine()->recoveries(), 0);
            panel.stop();
        }
    }

    void onlyOnePlayerSounds()
    {
        if (expectNoDevice() || !PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session.");
        auto session = loginAs(QStringLiteral("trainer"));
        QWidget window;
        auto* layout = new QHBoxLayout(&window);
        auto* calls = new PlayerPanel(*session, &window);
        auto* coaching = new PlayerPanel(*session, &window);
        layout->addWidget(calls);
        layout->addWidget(coaching);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (PlayerPanel* p : {calls, coaching}) {
            p->setPurpose(PlaybackPurpose::Training);
            p->openCall(m_call);
        }
        const auto fromCalls = tap(*calls);
        const auto fromCoaching = tap(*coaching);
        calls->togglePlay();
        QTRY_VERIFY_WITH_TIMEOUT(fromCalls->frames() > 1600, 5000);
        QSignalSpy callsPlaying(calls, &PlayerPanel::playingChanged);
        coaching->togglePlay();
        QVERIFY(coaching->isPlaying());
        QVERIFY(!calls->isPlaying());
        QCOMPARE(callsPlaying.size(), 1);
        const qint64 callsSent = fromCalls->frames();
        QTRY_VERIFY_WITH_TIMEOUT(fromCoaching->frames() > 3200, 5000);
        QCOMPARE(fromCalls->frames(), callsSent); // nothing more went to the device from it
        // A page that is hidden stops sounding.
        QSignalSpy coachingPlaying(coaching, &PlayerPanel::playingChanged);
        coaching->hide();
        QVERIFY(!coaching->isPlaying());
        QVERIFY(!coaching->engine()->isPlaying()); // its device is stopped, not muted
        QCOMPARE(coachingPlaying.size(), 1);
        calls->stop();
        coaching->stop();
    }

    void timeAxisAndHover()
    {
        auto session = loginAs(QStringLiteral("trainer"));
        PlayerPanel panel(*session);
        panel.setPurpose(PlaybackPurpose::Training);
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // Nothing to tag before a call is open.
        auto* tag = panel.findChild<QPushButton*>(QStringLiteral("tagButton"));
        QVERIFY(tag && tag->isVisible() && !tag->isEnabled());
        panel.openCall(m_indexed); // 1:30
        QVERIFY(tag->isEnabled());
        WaveformWidget* wave = panel.waveform();
        // Ticks from 0:00 a round interval apart, never so close that their labels touch.
        const QList<qint64> ticks = wave->tickTimes();
        QVERIFY2(ticks.size() >= 4, qPrintable(QString::number(ticks.size())));
        QCOMPARE(ticks.first(), 0);
        const qint64 step = wave->tickIntervalMs();
        QVERIFY(QList<qint64>({1000, 2000, 5000, 10000, 15000, 30000}).contains(step));
        const int labelWidth = wave->fontMetrics().horizontalAdvance(QStringLiteral("1:30"));
        QVERIFY(wave->xForMs(step) - wave->xForMs(0) > labelWidth);
        QVERIFY(ticks.last() <= 90000 && ticks.last() + step > 90000);
        QCOMPARE(WaveformWidget::timeText(75000), QStringLiteral("1:15"));
        QCOMPARE(WaveformWidget::timeText(3725000), QStringLiteral("62:05"));
        // Narrower, the ticks spread out; wider, they come closer.
        wave->resize(300, wave->height());
        QVERIFY(wave->tickIntervalMs() > step);
        QVERIFY(wave->xForMs(wave->tickIntervalMs()) - wave->xForMs(0) > labelWidth);
        wave->resize(3000, wave->height());
        QVERIFY(wave->tickIntervalMs() < step);

        // The time under the pointer, while it hovers (no button pressed).
        panel.resize(800, 300);
        QTRY_COMPARE(wave->tickIntervalMs(), step);
        QCOMPARE(wave->hoverMs(), -1);
        QTest::mouseMove(wave, QPoint(wave->xForMs(45000), wave->height() / 2));
        QTRY_VERIFY(std::abs(wave->hoverMs() - 45000) < 300);
        QCOMPARE(panel.position(), 0); // hovering neither seeks nor selects
        QVERIFY(!wave->selection());
        const QImage shot = wave->grab().toImage();
        QVERIFY(!shot.isNull());
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(wave, &leave);
        QCOMPARE(wave->hoverMs(), -1);
        panel.stop();
    }

    // The lanes' names are never cut, in either language: "Asiakaspalvelija" is long.
    void laneNamesFit()
    {
        WaveformPeaks peaks;
        peaks.channels = 2;
        peaks.buckets = 10;
        peaks.durationMs = 10000;
        peaks.peaks = {QList<float>(10, 0.5f), QList<float>(10, 0.5f)};
        for (const char* language : {"fi", "en"}) {
            Translations::apply(QString::fromLatin1(language));
            WaveformWidget wave;
            wave.resize(600, 120);
            wave.setDurationMs(peaks.durationMs);
            wave.setPeaks(peaks);
            const QStringList names = wave.laneLabels();
            QCOMPARE(names.size(), 2);
            for (const QString& name : names)
                QVERIFY2(wave.xForMs(0) >= wave.fontMetrics().horizontalAdvance(name) + 8,
                         qPrintable(QString::fromLatin1(language) + QStringLiteral(": ") + name));
        }
        Translations::apply(QStringLiteral("en"));
    }

    void laneVolumes()
    {
        // The customer's lane at 0: the device gets the agent's lane only.
        if (expectNoDevice() || !PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session.");
        auto log = std::make_shared<CaptureLog>();
        AudioEngine::setDefaultSinkFactory(
            [log] { return std::make_unique<CaptureSink>(log, 4000); });
        auto session = loginAs(QStringLiteral("trainer"));
        PlayerPanel panel(*session);
        AudioEngine::setDefaultSinkFactory({});
        panel.setPurpose(PlaybackPurpose::Training);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.openCall(m_indexed);
        auto* customer = panel.findChild<QSlider*>(QStringLiteral("customerVolumeSlider"));
        auto* agent = panel.findChild<QSlider*>(QStringLiteral("agentVolumeSlider"));
        QVERIFY(customer && agent && customer->isEnabled() && agent->isEnabled());
        customer->setFocus();
        QTest::keyClick(customer, Qt::Key_Home); // the keyboard's way to the bottom
        QCOMPARE(customer->value(), 0);
        QSignalSpy finished(&panel, &PlayerPanel::clipFinished);
        panel.playRange(60000, 61000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(log->frames(), 8000);
        for (qint64 f = 0; f < log->frames(); ++f) {
            const qint64 index = 60 * 8000 + f;
            QCOMPARE(log->samples.at(f * 2), qint16(index & 0x7fff));
            QCOMPARE(log->samples.at(f * 2 + 1), qint16(0)); // index >> 15 is 14 here
        }
        // Back up: both lanes again.
        QTest::keyClick(customer, Qt::Key_End);
        log->clear();
        panel.playRange(60000, 60100);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(log->indexAt(0), 60 * 8000);
        panel.stop();
        QVERIFY(!customer->isEnabled()); // no call, no lanes
    }

    void loopTheSelection()
    {
        if (expectNoDevice() || !PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session.");
        auto log = std::make_shared<CaptureLog>();
        AudioEngine::setDefaultSinkFactory(
            [log] { return std::make_unique<CaptureSink>(log, 4000); });
        auto session = loginAs(QStringLiteral("trainer"));
        {
            PlayerPanel panel(*session);
            AudioEngine::setDefaultSinkFactory({});
            panel.setPurpose(PlaybackPurpose::Training);
            panel.show();
            QVERIFY(QTest::qWaitForWindowActive(&panel));
            panel.openCall(m_indexed);
            auto* loop = panel.findChild<QPushButton*>(QStringLiteral("loopButton"));
            QVERIFY(loop && loop->isCheckable() && !loop->isChecked());
            QWidget* focus = panel.waveform();
            // No selection: L says what to do and loops nothing.
            QTest::keyClick(focus, Qt::Key_L);
            QVERIFY(!panel.engine()->isLooping());
            QVERIFY(!loop->isChecked());
            QVERIFY(panel.message().contains(QStringLiteral("Select a range")));
            // Select 0:10–0:15 with the keys and loop it with L.
            QTest::keyClick(focus, Qt::Key_Right);
            QTest::keyClick(focus, Qt::Key_Right);
            QTest::keyClick(focus, Qt::Key_BracketLeft);
            QTest::keyClick(focus, Qt::Key_Right);
            QTest::keyClick(focus, Qt::Key_BracketRight);
            QTest::keyClick(focus, Qt::Key_L);
            QVERIFY(panel.engine()->isLooping());
            QVERIFY(loop->isChecked());
            QVERIFY(panel.engine()->loopRange() == std::make_pair(qint64(10000), qint64(15000)));
            QVERIFY(panel.waveform()->loopRange() == panel.engine()->loopRange());
            QTest::keyClick(focus, Qt::Key_Space);
            QVERIFY(panel.isPlaying());
            QTRY_VERIFY_WITH_TIMEOUT(log->frames() > 40000 * 2 + 1000, 10000);
            QTest::keyClick(focus, Qt::Key_Space);
            QVERIFY(!panel.isPlaying());
            // The device got 10 s … 15 s, then from 10 s again, and again.
            const qint64 frames = log->frames();
            for (qint64 f = 0; f < frames; ++f)
                if (log->indexAt(f) != 80000 + f % 40000)
                    QFAIL(qPrintable(QStringLiteral("frame %1 is %2").arg(f).arg(log->indexAt(f))));
            QCOMPARE(log->indexAt(39999), 119999);
            QCOMPARE(log->indexAt(40000), 80000);
            // Heard: each round, exactly.
            QList<HeardRange> expected;
            for (qint64 round = 0; round < frames / 40000; ++round)
                expected.append({10000, 15000, 1.0});
            if (frames % 40000 >= 8)
                expected.append({10000, 10000 + (frames % 40000) / 8, 1.0});
            QCOMPARE(panel.heardSoFar(), expected);
            QCOMPARE(panel.position(), 10000 + (frames % 40000) / 8);
            // The button ends the loop as L does.
            QTest::mouseClick(loop, Qt::LeftButton);
            QVERIFY(!panel.engine()->isLooping());
            QVERIFY(!loop->isChecked());
            panel.stop();
            QVERIFY(heardContains(*session, QStringLiteral("ranges_ms=") +
                                                PlaybackService::formatRanges(expected)));
        }
    }

    void skipSilence()
    {
        if (expectNoDevice() || !PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session.");
        auto log = std::make_shared<CaptureLog>();
        AudioEngine::setDefaultSinkFactory(
            [log] { return std::make_unique<CaptureSink>(log, 4000); });
        auto session = loginAs(QStringLiteral("trainer"));
        {
            PlayerPanel panel(*session);
            AudioEngine::setDefaultSinkFactory({});
            panel.setPurpose(PlaybackPurpose::Training);
            panel.show();
            QVERIFY(QTest::qWaitForWindowActive(&panel));
            panel.openCall(m_gap);
            auto* skip = panel.findChild<QPushButton*>(QStringLiteral("skipSilenceButton"));
            QVERIFY(skip && !skip->isChecked());
            QTest::keyClick(panel.waveform(), Qt::Key_K);
            QVERIFY(skip->isChecked());
            QVERIFY(panel.engine()->skipsSilence());
            const qint64 pad = AudioEngine::SilencePadMs;
            // The silences once all of it is decrypted, in the background.
            QTRY_COMPARE(panel.waveform()->skippedRanges(),
                         (QList<std::pair<qint64, qint64>>{{3000 + pad, 5000 - pad}}));
            QSignalSpy playing(&panel, &PlayerPanel::playingChanged);
            QTest::keyClick(panel.waveform(), Qt::Key_Space);
            QTRY_COMPARE_WITH_TIMEOUT(playing.size(), 2, 10000); // played to the end
            // The gap's samples (but for a pause of 2 × pad) never reached the device.
            QCOMPARE(log->frames(), 80000 - (2000 - 2 * pad) * 8);
            for (qint64 f = 0; f < 24000; ++f)
                QCOMPARE(log->indexAt(f), f);
            for (qint64 f = 24000 + 2 * pad * 8; f < log->frames(); ++f)
                QCOMPARE(log->indexAt(f), 40000 + f - (24000 + 2 * pad * 8));
            const QList<HeardRange> expected{{0, 3000 + pad, 1.0}, {5000 - pad, 10000, 1.0}};
            QCOMPARE(panel.heardSoFar(), expected);
            panel.stop();
            QVERIFY(heardContains(*session, QStringLiteral("ranges_ms=") +
                                                PlaybackService::formatRanges(expected)));
        }
    }

    // Not a check: scripts/screenshot-player.sh runs this alone to picture the panel.
    void screenshot()
    {
        const QString file = qEnvironmentVariable("TALLENNE_SCREENSHOT");
        if (file.isEmpty())
            QSKIP("set TALLENNE_SCREENSHOT=FILE.png to save a picture of the panel");
        Error error;
        auto admin = loginAs(QStringLiteral("admin"));
        const auto call =
            addCall(*admin, QStringLiteral("shot"), conversationWav(95000), false, 95000);
        QVERIFY(call);
        auto session = loginAs(QStringLiteral("trainer"));
        TagService tags(*session);
        const auto greeting = tags.addLabel(QStringLiteral("Greeting"), &error);
        const auto empathy = tags.addLabel(QStringLiteral("Empathy"), &error);
        const auto close = tags.addLabel(QStringLiteral("Closing"), &error);
        QVERIFY(greeting && empathy && close);
        QVERIFY(tags.add(*call, 300, 4200, *greeting, {}, &error));
        QVERIFY(tags.add(*call, 27500, 39000, *empathy, {}, &error));
        QVERIFY(tags.add(*call, 86000, 94000, *close, {}, &error));
        PlayerPanel panel(*session);
        panel.setPurpose(PlaybackPurpose::Training);
        panel.resize(900, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.openCall(*call);
        panel.seek(31200);
        panel.waveform()->setSelection(52000, 58500);
        QApplication::processEvents();
        QVERIFY(panel.grab().save(file));
        panel.stop();
    }
};

QTEST_MAIN(TestPlayer)
#include "tst_player.moc"
