// The demo register: users per role, the requested numbers of calls and chats, recordings
// that decrypt, and not one demo phone number, name, identity code or transcript word in
// clear anywhere in the register folder.

#include "services/BrowseService.h"
#include "services/DemoData.h"
#include "services/DemoService.h"
#include "services/PlaybackService.h"
#include "services/PlaylistService.h"
#include "services/ProfileService.h"
#include "services/PublicNotice.h"
#include "services/audio/AudioDecoder.h"
#include "services/retention/PurgeService.h"
#include "storage/RecordingStore.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestRegister.h"

#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    QList<DemoUser> m_users;
    DemoFillResult m_result;
    QStringList m_progress;

    std::unique_ptr<Session> loginAs(const QString& role)
    {
        for (const DemoUser& u : m_users) {
            if (u.role == role) {
                Error error;
                QByteArray password = u.password.toUtf8();
                auto s = Session::login(m_paths, u.name, SecretBytes::fromBytes(password), m_clock,
                                        fastOptions(), &error);
                if (!s)
                    qWarning() << error.message;
                return s;
            }
        }
        return nullptr;
    }

    QStringList column(Session& s, const QString& sql)
    {
        QStringList out;
        QSqlQuery q(s.db());
        if (q.exec(sql)) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("demo"))};
        registerSqlCipherDriver();
        DemoOptions options;
        options.calls = 60;
        options.chats = 25;
        options.seed = 1234;
        options.result = &m_result;
        options.progress = [this](const QString& line) {
            m_progress << line;
        };
        Error error;
        const auto users = DemoService::create(m_paths, options, m_clock, fastOptions(), &error);
        QVERIFY2(users, qPrintable(error.message));
        m_users = *users;
    }

    void oneUserPerRole()
    {
        QStringList roles;
        for (const DemoUser& u : m_users) {
            roles << u.role;
            QVERIFY(!u.password.isEmpty());
        }
        roles.sort();
        QCOMPARE(roles,
                 (QStringList{QStringLiteral("administrator"), QStringLiteral("privacy-officer"),
                              QStringLiteral("quality-manager"), QStringLiteral("trainer")}));
    }

    // The first thing a newcomer opens shows a real notice: the demo has an example profile,
    // and its public notice is written in both languages.
    void comesWithAProfileAndItsNotice()
    {
        auto admin = loginAs(QStringLiteral("administrator"));
        QVERIFY(admin);
        Error error;
        const auto policy = ProfileService(*admin).retentionPolicy(&error);
        QVERIFY2(policy, qPrintable(error.message));
        for (const NoticeLanguage language : {NoticeLanguage::Finnish, NoticeLanguage::English}) {
            const auto html =
                PublicNotice::read(m_paths.folder, language, PublicNotice::Format::Html, &error);
            QVERIFY2(html, qPrintable(error.message));
            QVERIFY(html->contains(QStringLiteral("Kaleva")));
        }
    }

    // The Coaching page has something to play: the trainer's example playlist of three tagged
    // moments of recorded calls, each inside its recording.
    void comesWithACoachingPlaylist()
    {
        auto trainer = loginAs(QStringLiteral("trainer"));
        QVERIFY(trainer);
        Error error;
        const auto lists = PlaylistService(*trainer).list(&error);
        QVERIFY2(lists, qPrintable(error.message));
        QCOMPARE(lists->size(), 1);
        QCOMPARE(lists->first().itemCount, 3);
        QCOMPARE(lists->first().createdBy, QStringLiteral("teemu"));
        const QStringList outside = column(
            *trainer, QStringLiteral("SELECT t.id FROM tags t JOIN recordings r ON r.call_id = "
                                     "t.call_id WHERE t.end_ms > r.duration_ms OR t.start_ms >= "
                                     "t.end_ms"));
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char(','))));

        // Each clip is a spoken exchange, never a hold: most of its tenths of a second carry
        // a voice on one lane or the other (above -40 dBFS, what skip-silence calls quiet).
        const auto view = PlaylistService(*trainer).show(lists->first().id, &error);
        QVERIFY2(view, qPrintable(error.message));
        PlaybackService playback(*trainer);
        for (const PlaylistItemRecord& clip : view->clips) {
            const auto opened = playback.open(clip.tag.callId, PlaybackPurpose::Training, &error);
            QVERIFY2(opened, qPrintable(error.message));
            const auto audio = AudioDecoder::decode(opened->audio, opened->info, &error);
            QVERIFY2(audio, qPrintable(error.message));
            const qint64 window = audio->sampleRate / 10;
            int windows = 0;
            int voiced = 0;
            for (qint64 from = clip.tag.startMs * audio->sampleRate / 1000;
                 from + window <= clip.tag.endMs * audio->sampleRate / 1000; from += window) {
                int loudest = 0;
                for (qint64 f = from; f < from + window; ++f)
                    for (int c = 0; c < audio->channels; ++c)
                        loudest = std::max(loudest, std::abs(int(audio->sample(f, c))));
                ++windows;
                if (loudest > 328) // -40 dBFS of 32768
                    ++voiced;
            }
            QVERIFY(windows >= 10);
            QVERIFY2(voiced * 2 > windows, qPrintable(QStringLiteral("clip %1: %2 of %3 voiced")
                                                          .arg(clip.id)
                                                          .arg(voiced)
                                                          .arg(windows)));
        }
    }

    // An agent who introduces themselves in a chat is the agent its header names.
    void chatAgentsIntroduceThemselves()
    {
        auto lead = loginAs(QStringLiteral("quality-manager"));
        QVERIFY(lead);
        BrowseService browse(*lead);
        Error error;
        const auto chats = browse.latestChats({}, std::nullopt, 200, &error);
        QVERIFY2(chats, qPrintable(error.message));
        int introductions = 0;
        for (const ChatRow& chat : *chats) {
            const auto transcript = browse.openChat(chat.id, &error);
            QVERIFY2(transcript, qPrintable(error.message));
            for (const auto& message : transcript->messages) {
                if (!message.text.contains(QStringLiteral(" laskutuksesta")))
                    continue;
                ++introductions;
                QVERIFY2(message.text.contains(QStringLiteral("tässä ") +
                                               chat.agent.section(QLatin1Char(' '), 0, 0)),
                         qPrintable(message.text + QStringLiteral(" / ") + chat.agent));
            }
        }
        QVERIFY(introductions > 0);
    }

    void countsAsRequested()
    {
        QCOMPARE(m_result.calls, 60);
        QCOMPARE(m_result.chats, 25);
        QVERIFY(m_result.recordings > 10);
        QVERIFY(m_result.restrictedSubjects >= 1);
        QVERIFY(!m_progress.isEmpty());
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        BrowseService browse(*po);
        Error error;
        QCOMPARE(*browse.countCalls({}, &error), qint64(60));
        QCOMPARE(*browse.countChats({}, &error), qint64(25));
        // Every chat is listed for the role that sees the customers' names in clear (their
        // opening inside the listing once stopped it after the first row).
        const auto latest = browse.latestChats({}, std::nullopt, 200, &error);
        QVERIFY2(latest, qPrintable(error.message));
        QCOMPARE(latest->size(), 25);
        QCOMPARE(column(*po, QStringLiteral("SELECT count(*) FROM recordings")).value(0).toInt(),
                 m_result.recordings);
        // Fewer calls for the quality manager: some customers are restricted.
        auto qm = loginAs(QStringLiteral("quality-manager"));
        const auto visible = BrowseService(*qm).countCalls({}, &error);
        const int restricted =
            column(*po, QStringLiteral("SELECT count(*) FROM calls WHERE restricted = 1"))
                .value(0)
                .toInt();
        QVERIFY(visible);
        QCOMPARE(*visible, qint64(60 - restricted));
        QCOMPARE(column(*po, QStringLiteral("SELECT count(*) FROM subjects WHERE restricted = 1"))
                     .value(0)
                     .toInt(),
                 m_result.restrictedSubjects);
        // The transcripts are searchable.
        QVERIFY(!BrowseService(*po).searchChats(QStringLiteral("paatos"), 5, &error)->isEmpty() ||
                !BrowseService(*po).searchChats(QStringLiteral("invoice"), 5, &error)->isEmpty() ||
                !BrowseService(*po).searchChats(QStringLiteral("tilaus"), 5, &error)->isEmpty());
    }

    void recordingsDecrypt()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        const QStringList ids = column(*po, QStringLiteral("SELECT id FROM recordings LIMIT 3"));
        QVERIFY(!ids.isEmpty());
        for (const QString& id : ids) {
            Error error;
            const auto audio = readRecording(*po, id.toLongLong(), &error);
            QVERIFY2(audio, qPrintable(error.message));
            QVERIFY(audio->startsWith("fLaC"));
            QVERIFY2(AudioDecoder::decode(*audio, {}, &error), qPrintable(error.message));
        }
        Error error;
        RecordingStore store(m_paths.recordings(), po->db(), m_clock);
        const auto orphans = store.findOrphans(&error);
        QVERIFY2(orphans, qPrintable(error.message));
        QCOMPARE(orphans->count, 0);
    }

    void nothingInClearOnDisk()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        QStringList needles;
        // The values in full, opened as the privacy officer opens them: none may be on disk.
        for (const char* kind : {"phone", "name", "identity_code", "email"}) {
            const QStringList subjects = column(
                *po, QStringLiteral("SELECT subject_id FROM subject_identifiers WHERE kind = '%1'"
                                    " LIMIT 2")
                         .arg(QLatin1String(kind)));
            QVERIFY2(!subjects.isEmpty(), kind);
            for (const QString& subject : subjects) {
                const QString value =
                    openedField(*po,
                                QStringLiteral("SELECT value_sealed FROM subject_identifiers WHERE"
                                               " subject_id = ? AND kind = '%1'")
                                    .arg(QLatin1String(kind)),
                                subject.toLongLong(),
                                QStringLiteral("subject_identifiers/value/%1/%2")
                                    .arg(subject, QLatin1String(kind))
                                    .toUtf8());
                QVERIFY2(!value.isEmpty() && !value.contains(QLatin1Char('*')), qPrintable(value));
                needles << value;
            }
        }
        for (const QString& call :
             column(*po,
                    QStringLiteral("SELECT id FROM calls WHERE caller_sealed IS NOT NULL LIMIT 2")))
            needles << openedCaller(*po, call.toLongLong());
        needles << column(*po, QStringLiteral("SELECT text FROM chat_messages LIMIT 2"));
        // A queue's name ("Asiakaspalvelu" is also in the company name the public notice
        // gives, so another queue stands for them).
        needles << QString::fromUtf8("päätös") << QStringLiteral("Tekninen tuki")
                << QStringLiteral("RIFF");
        po.reset(); // close the database: everything is on disk as it stays
        for (const QString& needle : needles) {
            QString where;
            QVERIFY2(!anyFileContains(m_paths.folder, needle.toUtf8(), &where),
                     qPrintable(QStringLiteral("a demo value is in clear in %1").arg(where)));
            // And in the forms a national number would be written.
            if (needle.startsWith(QLatin1String("+358")))
                QVERIFY(!anyFileContains(m_paths.folder, needle.mid(4).toUtf8()));
        }
    }

    // With more calls than days in three months, the rest spread over about 15 months, most of
    // them recent: the demo profile keeps three months, so a purge preview has something due,
    // and the last 90 days still have a call each.
    void callsSpanFifteenMonths()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const RegisterPaths paths{dir.filePath(QStringLiteral("demo"))};
        DemoOptions options;
        options.calls = 400;
        options.chats = 0;
        options.seed = 99;
        Error error;
        const auto users = DemoService::create(paths, options, m_clock, fastOptions(), &error);
        QVERIFY2(users, qPrintable(error.message));
        QString admin;
        QString password;
        for (const DemoUser& u : *users) {
            if (u.role == QLatin1String("administrator")) {
                admin = u.name;
                password = u.password;
            }
        }
        QByteArray bytes = password.toUtf8();
        auto session = Session::login(paths, admin, SecretBytes::fromBytes(bytes), m_clock,
                                      fastOptions(), &error);
        QVERIFY2(session, qPrintable(error.message));
        const QTimeZone zone(QByteArrayLiteral("Europe/Helsinki"));
        const QDate today = m_clock.nowUtc().toTimeZone(zone).date();
        QSet<QDate> days;
        int old = 0;
        QDate oldest = today;
        QSqlQuery q(session->db());
        QVERIFY(q.exec(QStringLiteral("SELECT started_at FROM calls")));
        while (q.next()) {
            const QDate day = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC)
                                  .toTimeZone(zone)
                                  .date();
            days.insert(day);
            oldest = std::min(oldest, day);
            if (day < today.addMonths(-3))
                ++old;
        }
        for (int d = 0; d < 90; ++d)
            QVERIFY2(days.contains(today.addDays(-d)), qPrintable(today.addDays(-d).toString()));
        QVERIFY2(oldest < today.addMonths(-12) && oldest >= today.addMonths(-16),
                 qPrintable(oldest.toString()));
        // About a quarter of the 310 after the first 90, most of them past three months.
        QVERIFY2(old > 30 && old < 120, qPrintable(QString::number(old)));
        const auto preview = PurgeService(*session).preview(&error);
        QVERIFY2(preview, qPrintable(error.message));
        QVERIFY(preview->category(RetentionPolicy::Kind::CallMetadata)->purged > 0);
    }

    // Calls every day up to today on the register's calendar (one a day for the first 90
    // calls, newest first), and an answered call lasts as long as its recording.
    void callsEveryDayUpToToday()
    {
        auto admin = loginAs(QStringLiteral("administrator"));
        QVERIFY(admin);
        const QTimeZone zone(QByteArrayLiteral("Europe/Helsinki"));
        const QDate today = m_clock.nowUtc().toTimeZone(zone).date();
        QSet<QDate> days;
        QSqlQuery q(admin->db());
        QVERIFY(q.exec(QStringLiteral("SELECT started_at FROM calls")));
        while (q.next()) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
            QVERIFY(at <= m_clock.nowUtc());
            days.insert(at.toTimeZone(zone).date());
        }
        QCOMPARE(days.size(), 60); // 60 calls: the 60 days up to today, one each
        for (int d = 0; d < 60; ++d)
            QVERIFY2(days.contains(today.addDays(-d)), qPrintable(today.addDays(-d).toString()));

        QVERIFY(q.exec(QStringLiteral("SELECT c.billsec, r.duration_ms, r.codec, r.channels"
                                      " FROM calls c JOIN recordings r ON r.call_id = c.id")));
        int recorded = 0;
        while (q.next()) {
            ++recorded;
            QCOMPARE(q.value(0).toLongLong(), (q.value(1).toLongLong() + 999) / 1000);
            QCOMPARE(q.value(2).toString(), QStringLiteral("flac"));
            QCOMPARE(q.value(3).toInt(), 2);
        }
        QVERIFY(recorded > 10);
    }

    // The recordings: conversations of varied length, the agent's voice on the left lane and
    // the customer's on the right, one lane speaking at a time; FLAC that libsndfile decodes.
    void clipsAreConversationsOnTwoLanes()
    {
        bool speech = false;
        const QList<DemoClip> clips = DemoData::makeClips(&speech);
        QVERIFY(clips.size() >= 6);
        qint64 shortest = std::numeric_limits<qint64>::max();
        qint64 longest = 0;
        for (const DemoClip& c : clips) {
            QCOMPARE(c.channels, 2);
            QCOMPARE(c.codec, QStringLiteral("flac"));
            Error error;
            const auto decoded = AudioDecoder::decode(c.wav, {}, &error);
            QVERIFY2(decoded, qPrintable(error.message));
            QCOMPARE(decoded->channels, 2);
            const auto* pcm = reinterpret_cast<const qint16*>(decoded->pcm16.constData());
            const qsizetype frames = qsizetype(decoded->frames);
            QCOMPARE(frames * 1000 / 8000, c.durationMs);
            // Loud on one lane means quiet on the other: the lanes are separate voices.
            qint64 left = 0, right = 0, both = 0;
            for (qsizetype i = 0; i < frames; ++i) {
                const bool l = std::abs(pcm[2 * i]) > 500;
                const bool r = std::abs(pcm[2 * i + 1]) > 500;
                left += l ? 1 : 0;
                right += r ? 1 : 0;
                both += l && r ? 1 : 0;
            }
            QVERIFY(left > 8000 / 2);
            QVERIFY(right > 8000 / 2);
            QCOMPARE(both, 0);
            shortest = qMin(shortest, c.durationMs);
            longest = qMax(longest, c.durationMs);
        }
        QVERIFY2(longest >= 3 * shortest,
                 qPrintable(QStringLiteral("%1–%2 ms").arg(shortest).arg(longest)));
        QVERIFY(longest > 60000);
        const QByteArray tiny = DemoData::wav({1, 2, 3, 4}, 2, 8000);
        QCOMPARE(tiny.size(), 44 + 8);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
