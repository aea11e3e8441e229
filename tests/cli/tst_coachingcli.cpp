// tallenne-admin's coaching commands run as a real process: tags list [--call ID],
// playlist list, playlist show ID, as text and JSON, with the documented exit codes.

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
        return tallenne::test::runAdmin(QStringList{QStringLiteral("--register"), m_paths.folder,
                                                    QStringLiteral("--user"), user,
                                                    QStringLiteral("--password-stdin")} +
                                            args,
                                        user.toUtf8() + "-violet-tram-harbour\n", 120000);
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
};

QTEST_GUILESS_MAIN(TestCoachingCli)
#include "tst_coachingcli.moc"
