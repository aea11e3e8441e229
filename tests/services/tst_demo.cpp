// The demo register: users per role, the requested numbers of calls and chats, recordings
// that decrypt, and not one demo phone number, name, identity code or transcript word in
// clear anywhere in the register folder.

#include "services/BrowseService.h"
#include "services/DemoData.h"
#include "services/DemoService.h"
#include "services/ProfileService.h"
#include "services/PublicNotice.h"
#include "storage/RecordingStore.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestRegister.h"

#include <QSqlQuery>
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
            QVERIFY(audio->startsWith("RIFF"));
        }
        Error error;
        RecordingStore store(m_paths.recordings(), po->db(), m_clock);
        QCOMPARE(*store.sweepOrphans(false, &error), 0);
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

    void clipsAreWavs()
    {
        bool speech = false;
        const QList<DemoClip> clips = DemoData::makeClips(&speech);
        QVERIFY(clips.size() >= 8);
        int stereo = 0;
        for (const DemoClip& c : clips) {
            QVERIFY(c.wav.startsWith("RIFF"));
            QVERIFY(c.durationMs > 500);
            stereo += c.channels == 2 ? 1 : 0;
        }
        QVERIFY(stereo >= 2);
        const QByteArray tiny = DemoData::wav({1, 2, 3, 4}, 2, 8000);
        QCOMPARE(tiny.size(), 44 + 8);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
