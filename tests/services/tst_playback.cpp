// Playback: which role may declare which purpose (refusals audited), the "recording.play" and
// "recording.heard" entries, restricted and erased recordings, every stored codec opened as a
// plain 16-bit PCM WAV (libsndfile, in memory), and the decrypted buffer actually playing
// through QMediaPlayer (PulseAudio null sink of the test session).

#include "services/PlaybackService.h"
#include "services/UserService.h"
#include "services/audio/AudioDecoder.h"
#include "services/audio/AudioProbe.h"
#include "services/audio/PlaybackFill.h"
#include "storage/RequestRepository.h"
#include "support/AudioFixtures.h"
#include "support/Tamper.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QBuffer>
#include <QFile>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

Q_DECLARE_METATYPE(tallenne::PlaybackPurpose)

class TestPlayback : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_call = 0;
    qint64 m_restricted = 0;
    qint64 m_silentCall = 0; // no recording
    qint64 m_garbage = 0;    // a recording that is not audio
    qint64 m_request = 0;    // an open access request covering m_call and m_restricted
    qint64 m_closedRequest = 0;

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

    static QList<AuditEntry> entries(Session& session, const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        filter.limit = 100000;
        return AuditLog(session.db()).list(filter, nullptr);
    }

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
        for (Role role : {Role::QualityManager, Role::Trainer, Role::PrivacyOfficer}) {
            const QString name = RoleNames::id(role);
            const QByteArray password = name.toUtf8() + "-violet-tram-harbour";
            QVERIFY2(UserService(*admin).add(name, role, secret(password.constData()), &error),
                     qPrintable(error.message));
        }
        m_call = addCall(*admin, QStringLiteral("c1"), toneWav(10000), false, 10000).value_or(0);
        m_restricted = addCall(*admin, QStringLiteral("c2"), toneWav(1000), true, 1000).value_or(0);
        m_silentCall = addCall(*admin, QStringLiteral("c3"), {}).value_or(0);
        m_garbage = addCall(*admin, QStringLiteral("c4"), QByteArray(4096, 'x')).value_or(0);
        QVERIFY(m_call && m_restricted && m_silentCall && m_garbage);
        // Requests as the desk writes them (AccessRequestService is tested in tst_requests).
        RequestRepository requests(admin->db());
        AccessRequestRecord request;
        request.receivedAt = m_clock.nowUtc();
        request.openedAt = m_clock.nowUtc();
        request.openedBy = QStringLiteral("privacy-officer");
        request.identifierKind = QStringLiteral("phone");
        m_request = requests.insert(request, &error).value_or(0);
        m_closedRequest = requests.insert(request, &error).value_or(0);
        QVERIFY(m_request && m_closedRequest);
        for (qint64 r : {m_request, m_closedRequest})
            QVERIFY(requests.addItems(
                r,
                {{RequestItem::Kind::Call, m_call, QStringLiteral("phone"), 0, true, {}},
                 {RequestItem::Kind::Call, m_restricted, QStringLiteral("phone"), 0, true, {}}},
                &error));
        request.id = m_closedRequest;
        request.status = RequestStatus::Withdrawn;
        request.closedAt = m_clock.nowUtc();
        QVERIFY(requests.update(request, &error));
    }

    void purposesPerRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<PlaybackPurpose>("purpose");
        QTest::addColumn<bool>("allowed");
        const QList<std::pair<QString, QList<PlaybackPurpose>>> table = {
            {QStringLiteral("quality-manager"),
             {PlaybackPurpose::QualityReview, PlaybackPurpose::Complaint}},
            {QStringLiteral("trainer"), {PlaybackPurpose::Training}},
            {QStringLiteral("privacy-officer"), {PlaybackPurpose::AccessRequest}},
            {QStringLiteral("admin"), {}},
        };
        for (const auto& [user, allowed] : table) {
            for (PlaybackPurpose p : PlaybackPurposes::all())
                QTest::newRow(qPrintable(user + QLatin1Char('/') + PlaybackPurposes::id(p)))
                    << user << p << allowed.contains(p);
        }
    }

    void purposesPerRole()
    {
        QFETCH(QString, user);
        QFETCH(PlaybackPurpose, purpose);
        QFETCH(bool, allowed);
        auto session = loginAs(user);
        QVERIFY(session);
        QCOMPARE(PlaybackPurposes::allowedFor(session->roles()).contains(purpose), allowed);
        const auto deniedBefore = entries(*session, QStringLiteral("permission.denied")).size();
        const auto playedBefore = entries(*session, QStringLiteral("recording.play")).size();
        Error error;
        const auto opened =
            PlaybackService(*session).open(m_call, purpose, &error, QString::number(m_request));
        QCOMPARE(bool(opened), allowed);
        if (allowed) {
            QVERIFY(opened->audio.startsWith("RIFF"));
            QCOMPARE(opened->info.channels, 2);
            const auto played = entries(*session, QStringLiteral("recording.play"));
            QCOMPARE(played.size(), playedBefore + 1);
            QCOMPARE(played.first().user, user);
            QCOMPARE(played.first().purpose, PlaybackPurposes::id(purpose));
            QCOMPARE(played.first().object,
                     QStringLiteral("recording:%1").arg(opened->recordingId));
        } else {
            QCOMPARE(error.kind, ErrorKind::PermissionDenied);
            QCOMPARE(entries(*session, QStringLiteral("permission.denied")).size(),
                     deniedBefore + 1);
            QCOMPARE(entries(*session, QStringLiteral("recording.play")).size(), playedBefore);
        }
    }

    void accessRequestNeedsItsNumber()
    {
        auto session = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(session);
        PlaybackService playback(*session);
        Error error;
        const auto denied = entries(*session, QStringLiteral("permission.denied")).size();
        QVERIFY(!playback.open(m_call, PlaybackPurpose::AccessRequest, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QCOMPARE(entries(*session, QStringLiteral("permission.denied")).size(), denied + 1);
        // Only inside an open request that covers the call.
        for (const QString& number : {QStringLiteral("AR-2026-12"), QStringLiteral("999"),
                                      QString::number(m_closedRequest)}) {
            QVERIFY(!playback.open(m_call, PlaybackPurpose::AccessRequest, &error, number));
            QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        }
        QVERIFY(!playback.open(m_silentCall, PlaybackPurpose::AccessRequest, &error,
                               QString::number(m_request)));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QCOMPARE(entries(*session, QStringLiteral("permission.denied")).size(), denied + 5);
        QVERIFY2(playback.open(m_call, PlaybackPurpose::AccessRequest, &error,
                               QStringLiteral("#%1").arg(m_request)),
                 qPrintable(error.message));
        QVERIFY(entries(*session, QStringLiteral("recording.play"))
                    .first()
                    .details.contains(QStringLiteral("access_request=#%1").arg(m_request)));
    }

    void restrictedCallIsHiddenFromQualityAndTraining()
    {
        Error error;
        auto laura = loginAs(QStringLiteral("quality-manager"));
        QVERIFY(
            !PlaybackService(*laura).open(m_restricted, PlaybackPurpose::QualityReview, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QCOMPARE(error.message, QStringLiteral("There is no call %1.").arg(m_restricted));
        auto pirjo = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY2(PlaybackService(*pirjo).open(m_restricted, PlaybackPurpose::AccessRequest, &error,
                                              QString::number(m_request)),
                 qPrintable(error.message));
    }

    void callWithoutRecording()
    {
        auto laura = loginAs(QStringLiteral("quality-manager"));
        Error error;
        QVERIFY(
            !PlaybackService(*laura).open(m_silentCall, PlaybackPurpose::QualityReview, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(error.message.contains(QStringLiteral("no recording")));
    }

    void undecodableRecordingIsAClearError()
    {
        auto laura = loginAs(QStringLiteral("quality-manager"));
        PlaybackService playback(*laura);
        const qsizetype playsBefore = entries(*laura, QStringLiteral("recording.play")).size();
        Error error;
        // It decrypts, but is not audio: open() cannot make it playable.
        QVERIFY(!playback.open(m_garbage, PlaybackPurpose::QualityReview, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.startsWith(QStringLiteral("The recording cannot be decoded")),
                 qPrintable(error.message));
        // The decryption is an access: audited all the same.
        QCOMPARE(entries(*laura, QStringLiteral("recording.play")).size(), playsBefore + 1);

        OpenedRecording notAudio;
        notAudio.recordingId = 999999;
        notAudio.audio = QByteArray(4096, 'x');
        notAudio.info = AudioInfo{QStringLiteral("pcm_s16le"), 2, 8000, 0};
        QVERIFY(!playback.waveform(notAudio, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(error.message.startsWith(QStringLiteral("The recording cannot be decoded")));
    }

    void everyStoredCodecOpensAsPcm16Wav_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<int>("sampleRate");
        QTest::addColumn<qint64>("frames");
        QTest::newRow("WAV49 (GSM 6.10)") << "wav49-gsm610-asterisk-WAV.WAV"
                                          << "gsm_ms" << 8000 << qint64(16000);
        QTest::newRow("24-bit EXTENSIBLE") << "wav-pcm24-extensible.wav"
                                           << "pcm_s24le" << 8000 << qint64(16000);
        QTest::newRow("mu-law WAV") << "tone-ulaw.wav"
                                    << "pcm_mulaw" << 8000 << qint64(4000);
        QTest::newRow("raw GSM") << "tone.gsm"
                                 << "gsm" << 8000 << qint64(4000);
        QTest::newRow("raw A-law") << "tone.alaw"
                                   << "pcm_alaw_raw" << 8000 << qint64(4000);
        QTest::newRow("raw sln16") << "tone.sln16"
                                   << "pcm_s16le_raw" << 16000 << qint64(8000);
        QTest::newRow("Ogg Vorbis") << "tone.ogg"
                                    << "vorbis" << 8000 << qint64(4000);
        QTest::newRow("16-bit PCM: as stored") << "tone-s16-stereo.wav"
                                               << "pcm_s16le" << 8000 << qint64(4000);
    }

    void everyStoredCodecOpensAsPcm16Wav()
    {
        QFETCH(QString, file);
        QFETCH(QString, codec);
        QFETCH(int, sampleRate);
        QFETCH(qint64, frames);
        const QByteArray bytes = audioFixture(file);
        Error error;
        const auto inspection = AudioProbe::inspect(bytes, file, &error);
        QVERIFY2(inspection, qPrintable(error.message));
        QCOMPARE(inspection->info.codec, codec);
        auto admin = loginAs(QStringLiteral("admin"));
        const auto call = addCall(*admin, QStringLiteral("codec-") + file, bytes, inspection->info);
        QVERIFY(call);
        admin.reset();

        auto laura = loginAs(QStringLiteral("quality-manager"));
        PlaybackService playback(*laura);
        const auto opened = playback.open(*call, PlaybackPurpose::QualityReview, &error);
        QVERIFY2(opened, qPrintable(error.message));
        QCOMPARE(opened->info.codec, codec); // what was stored
        const int channels = inspection->info.channels;
        const AudioInfo pcm16{QStringLiteral("pcm_s16le"), channels, sampleRate, 0};
        QVERIFY(AudioDecoder::isPlayableAsIs(opened->audio, pcm16));
        if (codec == QLatin1String("pcm_s16le"))
            QVERIFY(opened->audio == bytes); // nothing to convert
        QCOMPARE(opened->audio.size(), 44 + frames * channels * 2);
        const auto decoded = AudioDecoder::decode(opened->audio, pcm16, &error);
        QVERIFY2(decoded, qPrintable(error.message));
        QCOMPARE(decoded->sampleRate, sampleRate);
        QVERIFY(std::abs(decoded->peak(0) - 0.5f) <= 0.1f || codec == QLatin1String("pcm_s16le"));
        const auto peaks = playback.waveform(*opened, &error);
        QVERIFY2(peaks, qPrintable(error.message));
        QCOMPARE(peaks->durationMs, frames * 1000 / sampleRate);
    }

    void heardRangesAreAudited()
    {
        auto teemu = loginAs(QStringLiteral("trainer"));
        PlaybackService playback(*teemu);
        Error error;
        QVERIFY(playback.open(m_call, PlaybackPurpose::Training, &error));
        const QList<HeardRange> heard = {{0, 5000, 1.0}, {12000, 15000, 1.5}, {15000, 16000, 0.75}};
        QVERIFY2(playback.recordHeard(m_call, heard, PlaybackPurpose::Training, &error),
                 qPrintable(error.message));
        const AuditEntry entry = entries(*teemu, QStringLiteral("recording.heard")).first();
        QCOMPARE(entry.user, QStringLiteral("trainer"));
        QCOMPARE(entry.purpose, QStringLiteral("training"));
        QCOMPARE(entry.details,
                 QStringLiteral("call=%1 ranges_ms=0-5000@1x,12000-15000@1.5x,15000-16000@0.75x"
                                " speeds=1x,1.5x,0.75x heard_ms=9000")
                     .arg(m_call));
        // Heard ranges under a purpose the role may not declare are refused too.
        QVERIFY(!playback.recordHeard(m_call, heard, PlaybackPurpose::QualityReview, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(
            !playback.recordHeard(m_call, {{500, 100, 1.0}}, PlaybackPurpose::Training, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
    }

    void damagedFileIsReported()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        const auto call = addCall(*admin, QStringLiteral("c5"), toneWav(500));
        QVERIFY(call);
        // Flip a byte in the middle of the newest encrypted file.
        QDir recordings(m_paths.recordings());
        const QFileInfoList files = recordings.entryInfoList(QDir::Files, QDir::Time);
        QVERIFY(!files.isEmpty());
        QFile file(files.first().filePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
        file.seek(0);
        file.write(bytes);
        file.close();
        auto laura = loginAs(QStringLiteral("quality-manager"));
        Error error;
        QVERIFY(!PlaybackService(*laura).open(*call, PlaybackPurpose::QualityReview, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY(!error.message.isEmpty());
    }

    // The player's opening (openForPlayer) refuses what open() refuses, with the same words:
    // a file that is foreign (another recording's), altered in its header or its first chunk
    // at once; damage further on (a middle or the last chunk, a file cut short or extended)
    // once the background decryption reaches it, when the fill fails and stops.
    void playerRefusesWhatOpenRefuses_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("atOnce");
        QTest::newRow("key check altered") << "keycheck" << true;
        QTest::newRow("first chunk altered") << "first" << true;
        QTest::newRow("another recording's file") << "swapped" << true;
        QTest::newRow("middle chunk altered") << "middle" << false;
        QTest::newRow("last chunk altered") << "last" << false;
        QTest::newRow("cut short") << "truncated" << false;
        QTest::newRow("data after the final chunk") << "extended" << false;
    }

    void playerRefusesWhatOpenRefuses()
    {
        QFETCH(QString, damage);
        QFETCH(bool, atOnce);
        auto admin = loginAs(QStringLiteral("admin"));
        // 12 s of 8 kHz stereo: six chunks.
        const auto call =
            addCall(*admin, QStringLiteral("damaged-") + damage, toneWav(12000), false, 12000);
        QVERIFY(call);
        const auto fileOf = [&admin](qint64 callId) {
            QSqlQuery q(admin->db());
            q.prepare(QStringLiteral("SELECT file_name FROM recordings WHERE call_id = ?"));
            q.addBindValue(callId);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        const QString path = QDir(m_paths.recordings()).filePath(fileOf(*call));
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 5 * 65536);
        if (damage == QLatin1String("keycheck")) {
            QVERIFY(flipByte(path, 8 + 24 + 3));
        } else if (damage == QLatin1String("first")) {
            QVERIFY(flipByte(path, 1000));
        } else if (damage == QLatin1String("middle")) {
            QVERIFY(flipByte(path, size / 2));
        } else if (damage == QLatin1String("last")) {
            QVERIFY(flipByte(path, size - 5));
        } else if (damage == QLatin1String("truncated")) {
            QVERIFY(QFile::resize(path, size - 70000));
        } else if (damage == QLatin1String("extended")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            QVERIFY(f.write("x", 1) == 1);
        } else {
            const QString other = QDir(m_paths.recordings()).filePath(fileOf(m_call));
            QVERIFY(QFile::remove(path));
            QVERIFY(QFile::copy(other, path));
        }
        admin.reset();

        auto laura = loginAs(QStringLiteral("quality-manager"));
        PlaybackService playback(*laura);
        Error whole;
        QVERIFY(!playback.open(*call, PlaybackPurpose::QualityReview, &whole));
        QCOMPARE(whole.kind, ErrorKind::Damaged);
        QVERIFY(whole.message.startsWith(QStringLiteral("The file of recording ")));

        Error error;
        auto opened = playback.openForPlayer(*call, PlaybackPurpose::QualityReview, &error);
        if (atOnce) {
            QVERIFY(!opened);
            QCOMPARE(error.kind, ErrorKind::Damaged);
            QCOMPARE(error.message, whole.message);
            return;
        }
        QVERIFY2(opened, qPrintable(error.message));
        auto* fill = dynamic_cast<PlaybackFill*>(opened->samples.fill.get());
        QVERIFY(fill);
        fill->waitForEnd();
        QCOMPARE(fill->state(), AudioFill::State::Failed);
        QCOMPARE(fill->failure().kind, ErrorKind::Damaged);
        QCOMPARE(fill->failure().message, whole.message);
        // Nothing from the damage on was put in the samples.
        QVERIFY(opened->samples.readyFrames() < opened->samples.frames);
    }

    // The player's opening of a sound recording: the same samples as decoding open()'s audio,
    // the rest decrypted in the background, the opening audited once.
    void playerOpeningMatchesOpen()
    {
        auto laura = loginAs(QStringLiteral("quality-manager"));
        PlaybackService playback(*laura);
        Error error;
        auto whole = playback.open(m_call, PlaybackPurpose::QualityReview, &error);
        QVERIFY2(whole, qPrintable(error.message));
        auto decoded = AudioDecoder::decode(whole->audio, AudioInfo{}, &error);
        QVERIFY2(decoded, qPrintable(error.message));
        const qsizetype before = entries(*laura, QStringLiteral("recording.play")).size();
        auto opened = playback.openForPlayer(m_call, PlaybackPurpose::QualityReview, &error);
        QVERIFY2(opened, qPrintable(error.message));
        QCOMPARE(entries(*laura, QStringLiteral("recording.play")).size(), before + 1);
        if (auto* fill = dynamic_cast<PlaybackFill*>(opened->samples.fill.get())) {
            fill->waitForEnd();
            QCOMPARE(fill->state(), AudioFill::State::Complete);
        }
        QVERIFY(opened->samples.isComplete());
        QCOMPARE(opened->samples.frames, decoded->frames);
        QCOMPARE(opened->samples.channels, decoded->channels);
        QCOMPARE(opened->samples.sampleRate, decoded->sampleRate);
        QVERIFY(opened->samples.pcm16 == decoded->pcm16);
        const auto peaks = WaveformAnalyzer::analyze(opened->samples, 2000, &error);
        const auto reference = WaveformAnalyzer::analyze(whole->audio, 2000, &error);
        QVERIFY(peaks && reference);
        QCOMPARE(peaks->durationMs, reference->durationMs);
        QCOMPARE(peaks->peaks, reference->peaks);
    }

    void decryptedBufferPlays()
    {
        auto laura = loginAs(QStringLiteral("quality-manager"));
        Error error;
        auto opened = PlaybackService(*laura).open(m_call, PlaybackPurpose::QualityReview, &error);
        QVERIFY2(opened, qPrintable(error.message));
        if (QMediaDevices::audioOutputs().isEmpty())
            QSKIP("No audio output device: run inside the test command's session (PulseAudio "
                  "null sink); tst_player_nodevice covers the device-less case.");
        QBuffer buffer(&opened->audio);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QMediaPlayer player;
        QAudioOutput output;
        output.setVolume(0.2f);
        player.setAudioOutput(&output);
        player.setSourceDevice(&buffer, QUrl(QStringLiteral("tallenne:recording.wav")));
        QTRY_VERIFY_WITH_TIMEOUT(player.mediaStatus() == QMediaPlayer::LoadedMedia ||
                                     player.mediaStatus() == QMediaPlayer::BufferedMedia,
                                 10000);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 300, 10000);
        QCOMPARE(player.error(), QMediaPlayer::NoError);
        QCOMPARE(player.duration(), 10000);
        player.stop();
    }

    void convertedRecordingPlays()
    {
        // Asterisk's WAV49: stored as it came, decoded to PCM by open(), played by QMediaPlayer
        // whichever decoders the media backend has.
        auto admin = loginAs(QStringLiteral("admin"));
        const QByteArray gsm = audioFixture(QStringLiteral("wav49-gsm610-asterisk-WAV.WAV"));
        const auto call = addCall(*admin, QStringLiteral("wav49-plays"), gsm,
                                  AudioInfo{QStringLiteral("gsm_ms"), 1, 8000, 2000});
        QVERIFY(call);
        admin.reset();
        auto laura = loginAs(QStringLiteral("quality-manager"));
        Error error;
        auto opened = PlaybackService(*laura).open(*call, PlaybackPurpose::QualityReview, &error);
        QVERIFY2(opened, qPrintable(error.message));
        if (QMediaDevices::audioOutputs().isEmpty())
            QSKIP("No audio output device: run inside the test command's session (PulseAudio "
                  "null sink).");
        QBuffer buffer(&opened->audio);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QMediaPlayer player;
        QAudioOutput output;
        output.setVolume(0.2f);
        player.setAudioOutput(&output);
        player.setSourceDevice(&buffer, QUrl(QStringLiteral("tallenne:recording.wav")));
        QTRY_VERIFY_WITH_TIMEOUT(player.mediaStatus() == QMediaPlayer::LoadedMedia ||
                                     player.mediaStatus() == QMediaPlayer::BufferedMedia,
                                 10000);
        QCOMPARE(player.duration(), 2000);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 1000, 10000);
        QCOMPARE(player.error(), QMediaPlayer::NoError);
        player.stop();
    }
};

QTEST_GUILESS_MAIN(TestPlayback)
#include "tst_playback.moc"
