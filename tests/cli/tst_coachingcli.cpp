// tallenne-admin's coaching commands run as a real process: tags list [--call ID] | add |
// remove, playlist list | show ID | create | add | remove, as text and JSON, with the documented
// exit codes: usage 1, permission 3 (every role without the coaching capability), input 5.

#include "services/PlaylistService.h"
#include "services/TagService.h"
#include "services/UserService.h"
#include "support/AdminProcess.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestCoachingCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_call = 0;
    qint64 m_playlist = 0;

    using Run = tallenne::test::AdminRun;

    Run admin(const QString& user, const QStringList& args)
    {
        const QByteArray password = user == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : user.toUtf8() + "-violet-tram-harbour";
        return tallenne::test::runAdmin(QStringList{QStringLiteral("--register"), m_paths.folder,
                                                    QStringLiteral("--user"), user,
                                                    QStringLiteral("--password-stdin")} +
                                            args,
                                        password + "\n", 120000);
    }

    // The id a command printed alone on its last line, or 0.
    static qint64 lastLineId(const Run& r)
    {
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        bool ok = false;
        const qint64 id = lines.isEmpty() ? 0 : lines.last().trimmed().toLongLong(&ok);
        return ok ? id : 0;
    }

    QJsonArray tagsOf(qint64 callId)
    {
        const Run r =
            admin(QStringLiteral("trainer"),
                  {QStringLiteral("--json"), QStringLiteral("tags"), QStringLiteral("list"),
                   QStringLiteral("--call"), QString::number(callId)});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QJsonArray clipsOf(qint64 playlistId)
    {
        const Run r =
            admin(QStringLiteral("trainer"), {QStringLiteral("--json"), QStringLiteral("playlist"),
                                              QStringLiteral("show"), QString::number(playlistId)});
        return QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("clips")].toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                    m_clock, fastOptions(), &error);
        QVERIFY(admin);
        QVERIFY(UserService(*admin).add(QStringLiteral("trainer"), Role::Trainer,
                                        secret("trainer-violet-tram-harbour"), &error));
        QVERIFY(UserService(*admin).add(QStringLiteral("pirjo"), Role::PrivacyOfficer,
                                        secret("pirjo-violet-tram-harbour"), &error));
        QVERIFY(UserService(*admin).add(QStringLiteral("laura"), Role::QualityManager,
                                        secret("laura-violet-tram-harbour"), &error));
        m_call = addCall(*admin, QStringLiteral("c1"), toneWav(1000), false, 1000).value_or(0);
        const qint64 other = addCall(*admin, QStringLiteral("c2"), toneWav(1000)).value_or(0);
        QVERIFY(m_call && other);
        auto trainer =
            Session::login(m_paths, QStringLiteral("trainer"),
                           secret("trainer-violet-tram-harbour"), m_clock, fastOptions(), &error);
        QVERIFY(trainer);
        TagService tags(*trainer);
        const auto label = tags.addLabel(QStringLiteral("Empathy"), &error);
        const auto a =
            tags.add(m_call, 100, 800, label.value_or(0), QStringLiteral("good"), &error);
        const auto b = tags.add(other, 0, 500, 0, {}, &error);
        QVERIFY(label && a && b);
        PlaylistService lists(*trainer);
        m_playlist = lists.create(QStringLiteral("Week 3"), &error).value_or(0);
        QVERIFY(m_playlist);
        QVERIFY(lists.addClip(m_playlist, *a, QStringLiteral("listen"), &error));
        QVERIFY(lists.addClip(m_playlist, *b, {}, &error));
        QSqlQuery q(admin->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE calls SET restricted = 1 WHERE id = %1").arg(other)));
    }

    void tagsList()
    {
        Run r = admin(QStringLiteral("trainer"),
                      {QStringLiteral("--json"), QStringLiteral("tags"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(all.size(), 1); // the restricted call's tag is not listed
        QCOMPARE(all.at(0)[QStringLiteral("label")].toString(), QStringLiteral("Empathy"));
        QCOMPARE(all.at(0)[QStringLiteral("start_ms")].toInt(), 100);
        r = admin(QStringLiteral("trainer"), {QStringLiteral("tags"), QStringLiteral("list"),
                                              QStringLiteral("--call"), QString::number(m_call)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Empathy")));
        QCOMPARE(admin(QStringLiteral("trainer"), {QStringLiteral("tags"), QStringLiteral("list"),
                                                   QStringLiteral("--call"), QStringLiteral("x")})
                     .code,
                 1);
        // A privacy officer does not read tags: permission denied, exit 3.
        QCOMPARE(
            admin(QStringLiteral("pirjo"), {QStringLiteral("tags"), QStringLiteral("list")}).code,
            3);
    }

    void playlists()
    {
        Run r =
            admin(QStringLiteral("trainer"),
                  {QStringLiteral("--json"), QStringLiteral("playlist"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray lists = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Week 3"));
        QCOMPARE(lists.at(0)[QStringLiteral("items")].toInt(), 2);

        r = admin(QStringLiteral("trainer"), {QStringLiteral("--json"), QStringLiteral("playlist"),
                                              QStringLiteral("show"), QString::number(m_playlist)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject view = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(view[QStringLiteral("clips")].toArray().size(), 1);
        QCOMPARE(view[QStringLiteral("unavailable")].toInt(), 1);
        QCOMPARE(view[QStringLiteral("note")].toString(),
                 QStringLiteral("1 clip is no longer available: the recording was erased or "
                                "restricted"));
        r = admin(QStringLiteral("trainer"), {QStringLiteral("playlist"), QStringLiteral("show"),
                                              QString::number(m_playlist)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 clip is no longer available")));
        QCOMPARE(admin(QStringLiteral("trainer"),
                       {QStringLiteral("playlist"), QStringLiteral("show"), QStringLiteral("999")})
                     .code,
                 5);
        QCOMPARE(
            admin(QStringLiteral("trainer"), {QStringLiteral("playlist"), QStringLiteral("show")})
                .code,
            1);
    }

    void tagsAddAndRemove()
    {
        const QString call = QString::number(m_call);
        // A new label is made; the note is kept; the id comes alone on the last line.
        Run r =
            admin(QStringLiteral("trainer"),
                  {QStringLiteral("tags"), QStringLiteral("add"), QStringLiteral("--call"), call,
                   QStringLiteral("--from"), QStringLiteral("200"), QStringLiteral("--to"),
                   QStringLiteral("950"), QStringLiteral("--label"), QStringLiteral("Closing"),
                   QStringLiteral("--note"), QStringLiteral("summarises well")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 id = lastLineId(r);
        QVERIFY2(id > 0, qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
        QJsonObject added;
        for (const QJsonValue& v : tagsOf(m_call)) {
            if (v[QStringLiteral("id")].toInteger() == id)
                added = v.toObject();
        }
        QCOMPARE(added[QStringLiteral("start_ms")].toInt(), 200);
        QCOMPARE(added[QStringLiteral("end_ms")].toInt(), 950);
        QCOMPARE(added[QStringLiteral("label")].toString(), QStringLiteral("Closing"));
        QCOMPARE(added[QStringLiteral("note")].toString(), QStringLiteral("summarises well"));

        // An existing label is reused (any case); a note with a phone number is warned about.
        r = admin(QStringLiteral("trainer"),
                  {QStringLiteral("tags"), QStringLiteral("add"), QStringLiteral("--call"), call,
                   QStringLiteral("--from"), QStringLiteral("0"), QStringLiteral("--to"),
                   QStringLiteral("100"), QStringLiteral("--label"), QStringLiteral("empathy"),
                   QStringLiteral("--note"), QStringLiteral("caller 040 123 4567 was upset")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("phone number")), qPrintable(r.err));
        const qint64 second = lastLineId(r);
        QVERIFY(second > id);
        bool reused = false;
        for (const QJsonValue& v : tagsOf(m_call))
            reused = reused || (v[QStringLiteral("id")].toInteger() == second &&
                                v[QStringLiteral("label")].toString() == QLatin1String("Empathy"));
        QVERIFY(reused);

        // Bad input: 5, and nothing is stored.
        const qsizetype before = tagsOf(m_call).size();
        const auto add = [&](const QString& user, const QString& callId, const QString& from,
                             const QString& to) {
            return admin(user,
                         {QStringLiteral("tags"), QStringLiteral("add"), QStringLiteral("--call"),
                          callId, QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                          QStringLiteral("--label"), QStringLiteral("Empathy")});
        };
        r = add(QStringLiteral("trainer"), call, QStringLiteral("500"), QStringLiteral("1500"));
        QCOMPARE(r.code, 5); // the recording lasts 1000 ms, and the message says it is its length
        QVERIFY2(r.err.contains(QStringLiteral("recording of call")) &&
                     r.err.contains(QStringLiteral("lasts 1000 ms")),
                 qPrintable(r.err));
        QCOMPARE(
            add(QStringLiteral("trainer"), call, QStringLiteral("800"), QStringLiteral("300")).code,
            5);
        QCOMPARE(add(QStringLiteral("trainer"), QStringLiteral("9999"), QStringLiteral("0"),
                     QStringLiteral("10"))
                     .code,
                 5);
        // Usage: 1.
        QCOMPARE(
            add(QStringLiteral("trainer"), call, QStringLiteral("x"), QStringLiteral("10")).code,
            1);
        QCOMPARE(admin(QStringLiteral("trainer"),
                       {QStringLiteral("tags"), QStringLiteral("add"), QStringLiteral("--call"),
                        call, QStringLiteral("--from"), QStringLiteral("0")})
                     .code,
                 1);
        QCOMPARE(tagsOf(m_call).size(), before);

        // Roles without the coaching capability: 3, for adding and removing.
        for (const QString& user :
             {QStringLiteral("laura"), QStringLiteral("pirjo"), QStringLiteral("admin")}) {
            r = add(user, call, QStringLiteral("0"), QStringLiteral("10"));
            QVERIFY2(r.code == 3, qPrintable(user + QLatin1Char(' ') + r.err));
            // The refusal names what was asked for: tagging, not reading.
            QVERIFY2(r.err.contains(QStringLiteral("Tag moments")), qPrintable(r.err));
            QCOMPARE(
                admin(user, {QStringLiteral("tags"), QStringLiteral("remove"), QString::number(id)})
                    .code,
                3);
        }
        QCOMPARE(tagsOf(m_call).size(), before);

        // Remove: done 0, then unknown 5; not a number 1.
        QCOMPARE(admin(QStringLiteral("trainer"),
                       {QStringLiteral("tags"), QStringLiteral("remove"), QString::number(id)})
                     .code,
                 0);
        QCOMPARE(tagsOf(m_call).size(), before - 1);
        QCOMPARE(admin(QStringLiteral("trainer"),
                       {QStringLiteral("tags"), QStringLiteral("remove"), QString::number(id)})
                     .code,
                 5);
        QCOMPARE(admin(QStringLiteral("trainer"),
                       {QStringLiteral("tags"), QStringLiteral("remove"), QStringLiteral("abc")})
                     .code,
                 1);
    }

    void playlistCreateAddRemove()
    {
        Run r =
            admin(QStringLiteral("trainer"),
                  {QStringLiteral("playlist"), QStringLiteral("create"), QStringLiteral("Week 4")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 list = lastLineId(r);
        QVERIFY2(list > 0, qPrintable(r.out));
        r = admin(QStringLiteral("trainer"),
                  {QStringLiteral("tags"), QStringLiteral("add"), QStringLiteral("--call"),
                   QString::number(m_call), QStringLiteral("--from"), QStringLiteral("300"),
                   QStringLiteral("--to"), QStringLiteral("700"), QStringLiteral("--label"),
                   QStringLiteral("Empathy")});
        const qint64 tag = lastLineId(r);
        QVERIFY2(r.code == 0 && tag > 0, qPrintable(r.err));

        r = admin(QStringLiteral("trainer"),
                  {QStringLiteral("playlist"), QStringLiteral("add"), QString::number(list),
                   QStringLiteral("--tag"), QString::number(tag), QStringLiteral("--note"),
                   QStringLiteral("listen to the pause")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 clip = lastLineId(r);
        QVERIFY(clip > 0);
        QJsonArray clips = clipsOf(list);
        QCOMPARE(clips.size(), 1);
        QCOMPARE(clips.at(0)[QStringLiteral("item")].toInteger(), clip);
        QCOMPARE(clips.at(0)[QStringLiteral("tag")].toInteger(), tag);
        QCOMPARE(clips.at(0)[QStringLiteral("start_ms")].toInt(), 300);
        QCOMPARE(clips.at(0)[QStringLiteral("clip_note")].toString(),
                 QStringLiteral("listen to the pause"));

        // Bad input: unknown tag or playlist 5; usage 1.
        QCOMPARE(admin(QStringLiteral("trainer"),
                       {QStringLiteral("playlist"), QStringLiteral("add"), QString::number(list),
                        QStringLiteral("--tag"), QStringLiteral("99999")})
                     .code,
                 5);
        QCOMPARE(admin(QStringLiteral("trainer"),
                       {QStringLiteral("playlist"), QStringLiteral("add"), QStringLiteral("99999"),
                        QStringLiteral("--tag"), QString::number(tag)})
                     .code,
                 5);
        QCOMPARE(admin(QStringLiteral("trainer"),
                       {QStringLiteral("playlist"), QStringLiteral("add"), QString::number(list)})
                     .code,
                 1);
        QCOMPARE(admin(QStringLiteral("trainer"),
                       {QStringLiteral("playlist"), QStringLiteral("remove"), QString::number(list),
                        QStringLiteral("--clip"), QStringLiteral("99999")})
                     .code,
                 5);
        QCOMPARE(admin(QStringLiteral("trainer"),
                       {QStringLiteral("playlist"), QStringLiteral("create"), QStringLiteral("  ")})
                     .code,
                 5);
        QCOMPARE(
            admin(QStringLiteral("trainer"), {QStringLiteral("playlist"), QStringLiteral("create")})
                .code,
            1);

        // Refused roles: 3 for create, add and remove; nothing changes.
        for (const QString& user :
             {QStringLiteral("laura"), QStringLiteral("pirjo"), QStringLiteral("admin")}) {
            QCOMPARE(admin(user, {QStringLiteral("playlist"), QStringLiteral("create"),
                                  QStringLiteral("Theirs")})
                         .code,
                     3);
            QCOMPARE(
                admin(user, {QStringLiteral("playlist"), QStringLiteral("add"),
                             QString::number(list), QStringLiteral("--tag"), QString::number(tag)})
                    .code,
                3);
            QCOMPARE(admin(user,
                           {QStringLiteral("playlist"), QStringLiteral("remove"),
                            QString::number(list), QStringLiteral("--clip"), QString::number(clip)})
                         .code,
                     3);
        }
        QCOMPARE(clipsOf(list).size(), 1);

        r = admin(QStringLiteral("trainer"),
                  {QStringLiteral("playlist"), QStringLiteral("remove"), QString::number(list),
                   QStringLiteral("--clip"), QString::number(clip)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(clipsOf(list).size(), 0);
    }

    // Trial of [9]: `playlist show` printed positions (1., 2.) while `playlist remove --clip`
    // wants the clip's id; `playlist remove 3 --clip 1` then failed. Each line shows its clip's
    // id, in playing order, and that id removes it.
    void showPrintsTheClipIdRemoveTakes()
    {
        Run r =
            admin(QStringLiteral("trainer"),
                  {QStringLiteral("playlist"), QStringLiteral("create"), QStringLiteral("Week 5")});
        const qint64 list = lastLineId(r);
        QVERIFY2(r.code == 0 && list > 0, qPrintable(r.err));
        QList<qint64> clips;
        for (const int from : {100, 400}) {
            r = admin(QStringLiteral("trainer"),
                      {QStringLiteral("tags"), QStringLiteral("add"), QStringLiteral("--call"),
                       QString::number(m_call), QStringLiteral("--from"), QString::number(from),
                       QStringLiteral("--to"), QString::number(from + 200),
                       QStringLiteral("--label"), QStringLiteral("Empathy")});
            const qint64 tag = lastLineId(r);
            QVERIFY2(r.code == 0 && tag > 0, qPrintable(r.err));
            r = admin(QStringLiteral("trainer"),
                      {QStringLiteral("playlist"), QStringLiteral("add"), QString::number(list),
                       QStringLiteral("--tag"), QString::number(tag)});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            clips << lastLineId(r);
        }
        // Ids far from the positions (1, 2), so that a position is not taken for an id.
        QVERIFY(clips.at(0) > 2 && clips.at(1) > 2);
        r = admin(QStringLiteral("trainer"),
                  {QStringLiteral("playlist"), QStringLiteral("show"), QString::number(list)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // the playlist, then its two clips in order
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("1.\tclip %1\t").arg(clips.at(0))),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("2.\tclip %1\t").arg(clips.at(1))),
                 qPrintable(lines.at(2)));
        // The id shown on the second line removes that clip.
        const QString shown =
            lines.at(2).section(QLatin1Char('\t'), 1, 1).section(QLatin1Char(' '), 1);
        r = admin(QStringLiteral("trainer"),
                  {QStringLiteral("playlist"), QStringLiteral("remove"), QString::number(list),
                   QStringLiteral("--clip"), shown});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray left = clipsOf(list);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0)[QStringLiteral("item")].toInteger(), clips.at(0));
    }

    // Trial of [9]: `tags add` on a call without a recording succeeded. A tag marks a range of a
    // recording: refused with exit 5 and a message that says why, and nothing is stored.
    void tagOnACallWithoutRecordingIsRefused()
    {
        Error error;
        auto admin0 = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                     m_clock, fastOptions(), &error);
        QVERIFY(admin0);
        const qint64 silent = addCall(*admin0, QStringLiteral("c-unrecorded"), {}).value_or(0);
        QVERIFY(silent);
        admin0.reset();
        const Run r =
            admin(QStringLiteral("trainer"),
                  {QStringLiteral("tags"), QStringLiteral("add"), QStringLiteral("--call"),
                   QString::number(silent), QStringLiteral("--from"), QStringLiteral("0"),
                   QStringLiteral("--to"), QStringLiteral("500"), QStringLiteral("--label"),
                   QStringLiteral("Empathy")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(QStringLiteral("has no recording")), qPrintable(r.err));
        QCOMPARE(tagsOf(silent).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCoachingCli)
#include "tst_coachingcli.moc"
