// The player panel (offscreen): open a call, Space toggles playing, the arrows seek, heard
// ranges reach the audit trail, tags show on the waveform, Asterisk's WAV49 draws and plays, a
// waveform that cannot be made is a note and the call still plays, an undecodable recording
// is a message, and without an audio device the panel says so and never plays.
//
// tst_player_nodevice runs noAudioDevice() alone with PULSE_SERVER pointing nowhere.

#include "gui/PlayerPanel.h"
#include "gui/WaveformWidget.h"
#include "services/TagService.h"
#include "services/UserService.h"
#include "support/AudioFixtures.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QAudioDevice>
#include <QLabel>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QtTest>

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
        QVERIFY(m_call && m_garbage);
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
        QCOMPARE(panel.waveform()->laneLabels(),
                 (QStringList{QStringLiteral("Agent"), QStringLiteral("Customer")}));
        QCOMPARE(panel.waveform()->tags().size(), 1);
        QCOMPARE(panel.waveform()->tags().first().label, QStringLiteral("Greeting"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.mediaPlayer()->mediaStatus() == QMediaPlayer::LoadedMedia,
                                 10000);

        QWidget* focus = panel.waveform();
        QTest::keyClick(focus, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(panel.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.position() > 300, 10000);
        QTest::keyClick(focus, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 5000);

        const qint64 before = panel.position();
        QTest::keyClick(focus, Qt::Key_Right);
        QCOMPARE(panel.position(), before + 5000);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(panel.mediaPlayer()->position() - (before + 5000)) < 200,
                                 5000);
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
        QTRY_VERIFY_WITH_TIMEOUT(panel.mediaPlayer()->mediaStatus() == QMediaPlayer::LoadedMedia,
                                 10000);
        panel.togglePlay();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.position() > 1000, 10000);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(panel.mediaPlayer()->error(), QMediaPlayer::NoError);
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
        panel.setWaveformSource([&asked](const OpenedRecording& opened, Error* error) {
            ++asked;
            if (opened.audio.isEmpty())
                qWarning("the waveform source got no audio");
            fail(error, ErrorKind::Environment, QStringLiteral("the analysis broke down"));
            return std::optional<WaveformPeaks>();
        });
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy errors(&panel, &PlayerPanel::errorOccurred);
        panel.openCall(m_call);
        QCOMPARE(asked, 1);
        QCOMPARE(panel.callId(), m_call);
        QVERIFY(panel.waveform()->peaks().isEmpty());
        QCOMPARE(panel.message(), QStringLiteral("The waveform cannot be drawn (the analysis broke "
                                                 "down); the recording still plays."));
        QCOMPARE(errors.size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(panel.mediaPlayer()->mediaStatus() == QMediaPlayer::LoadedMedia,
                                 10000);
        panel.togglePlay();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.position() > 300, 10000);
        panel.stop();
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
        QCOMPARE(panel.waveform()->laneLabels().size(), 2); // the waveform is drawn
        panel.togglePlay();
        QTest::keyClick(panel.waveform(), Qt::Key_Space);
        QVERIFY(!panel.isPlaying());
        QCOMPARE(panel.mediaPlayer()->playbackState(), QMediaPlayer::StoppedState);
        QTest::keyClick(panel.waveform(), Qt::Key_Right); // the cursor still moves
        QCOMPARE(panel.position(), 5000);
        panel.stop();
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
