// Tags and coaching playlists: who may tag and read (refusals audited), own tags only,
// managed labels, playlists in order, and clips that drop out with a note when their call is
// restricted or their recording erased.

#include "services/PlaylistService.h"
#include "services/TagService.h"
#include "services/UserService.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestTags : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_call = 0;
    qint64 m_other = 0;

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

    static qsizetype count(Session& session, const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        filter.limit = 100000;
        return AuditLog(session.db()).list(filter, nullptr).size();
    }

    static bool exec(Session& session, const QString& sql)
    {
        QSqlQuery q(session.db());
        return q.exec(sql);
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
        const QList<std::pair<QString, Role>> users = {
            {QStringLiteral("quality-manager"), Role::QualityManager},
            {QStringLiteral("trainer"), Role::Trainer},
            {QStringLiteral("trainer2"), Role::Trainer},
            {QStringLiteral("privacy-officer"), Role::PrivacyOfficer}};
        for (const auto& [name, role] : users) {
            const QByteArray password = name.toUtf8() + "-violet-tram-harbour";
            QVERIFY2(UserService(*admin).add(name, role, secret(password.constData()), &error),
                     qPrintable(error.message));
        }
        m_call = addCall(*admin, QStringLiteral("c1"), toneWav(2000), false, 2000).value_or(0);
        m_other = addCall(*admin, QStringLiteral("c2"), toneWav(2000), false, 2000).value_or(0);
        QVERIFY(m_call && m_other);
    }

    void tagIsRefusedWithoutPermission_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("quality-manager") << QStringLiteral("quality-manager");
        QTest::newRow("privacy-officer") << QStringLiteral("privacy-officer");
        QTest::newRow("admin") << QStringLiteral("admin");
    }

    void tagIsRefusedWithoutPermission()
    {
        QFETCH(QString, user);
        auto session = loginAs(user);
        QVERIFY(session);
        const auto denied = count(*session, QStringLiteral("permission.denied"));
        Error error;
        QVERIFY(!TagService(*session).add(m_call, 0, 1000, 0, QStringLiteral("x"), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!PlaylistService(*session).create(QStringLiteral("mine"), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QCOMPARE(count(*session, QStringLiteral("permission.denied")), denied + 2);
        QCOMPARE(count(*session, QStringLiteral("tag.add")), 0);
        // Reading: quality managers yes, the others no.
        const bool reads = user == QLatin1String("quality-manager");
        QCOMPARE(bool(TagService(*session).list(m_call, &error)), reads);
        QCOMPARE(bool(PlaylistService(*session).list(&error)), reads);
    }

    void trainerTagsWithLabels()
    {
        auto teemu = loginAs(QStringLiteral("trainer"));
        TagService tags(*teemu);
        Error error;
        const auto greeting = tags.addLabel(QStringLiteral("Greeting"), &error);
        QVERIFY2(greeting, qPrintable(error.message));
        QVERIFY(!tags.addLabel(QStringLiteral("greeting "), &error)); // same, case-insensitively
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        const auto id =
            tags.add(m_call, 200, 1500, *greeting, QStringLiteral("warm opening"), &error);
        QVERIFY2(id, qPrintable(error.message));
        QVERIFY(!tags.add(m_call, 1500, 200, 0, {}, &error)); // end before start
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(!tags.add(99999, 0, 10, 0, {}, &error)); // no such call
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(
            tags.edit(*id, 100, 1600, *greeting, QStringLiteral("warm, clear opening"), &error));
        const auto list = tags.list(m_call, &error);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().startMs, 100);
        QCOMPARE(list->first().label, QStringLiteral("Greeting"));
        QCOMPARE(list->first().createdBy, QStringLiteral("trainer"));
        QCOMPARE(count(*teemu, QStringLiteral("tag.add")), 1);
        QCOMPARE(count(*teemu, QStringLiteral("tag.edit")), 1);

        // Another trainer reads it but may not change it (refusal audited).
        auto other = loginAs(QStringLiteral("trainer2"));
        const auto denied = count(*other, QStringLiteral("permission.denied"));
        QVERIFY(!TagService(*other).edit(*id, 0, 10, 0, {}, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!TagService(*other).remove(*id, &error));
        QCOMPARE(count(*other, QStringLiteral("permission.denied")), denied + 2);
    }

    void restrictedClipDisappearsFromPlaylist()
    {
        auto teemu = loginAs(QStringLiteral("trainer"));
        TagService tags(*teemu);
        PlaylistService playlists(*teemu);
        Error error;
        const auto a = tags.add(m_call, 0, 500, 0, {}, &error);
        const auto b = tags.add(m_other, 100, 900, 0, {}, &error);
        QVERIFY2(a && b, qPrintable(error.message));
        const auto list = playlists.create(QStringLiteral("Openings"), &error);
        QVERIFY2(list, qPrintable(error.message));
        const auto itemA =
            playlists.addClip(*list, *a, QStringLiteral("listen to the tone"), &error);
        const auto itemB = playlists.addClip(*list, *b, {}, &error);
        QVERIFY(itemA && itemB);
        QVERIFY(playlists.moveClip(*list, *itemB, 0, &error));
        auto view = playlists.show(*list, &error);
        QVERIFY(view);
        QCOMPARE(view->clips.size(), 2);
        QCOMPARE(view->clips.at(0).id, *itemB);
        QCOMPARE(view->clips.at(1).note, QStringLiteral("listen to the tone"));
        QVERIFY(view->unavailableNote().isEmpty());

        // The privacy officer restricts the second call (as the rectification desk will).
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(exec(*admin,
                     QStringLiteral("UPDATE calls SET restricted = 1 WHERE id = %1").arg(m_other)));
        view = playlists.show(*list, &error);
        QVERIFY(view);
        QCOMPARE(view->clips.size(), 1);
        QCOMPARE(view->clips.first().tag.id, *a);
        QCOMPARE(view->unavailable, 1);
        QCOMPARE(view->unavailableNote(),
                 QStringLiteral("1 clip is no longer available: the recording was erased or "
                                "restricted"));
        // A quality manager reading the playlist sees the same.
        auto laura = loginAs(QStringLiteral("quality-manager"));
        const auto seen = PlaylistService(*laura).show(*list, &error);
        QVERIFY(seen);
        QCOMPARE(seen->unavailable, 1);
        // And the restricted call's tags are gone from listings.
        const auto all = TagService(*laura).list(0, &error);
        QVERIFY(all);
        for (const TagRecord& t : *all)
            QVERIFY(t.callId != m_other);

        // Erasing the first call's recording takes its clip too.
        QVERIFY(
            exec(*admin, QStringLiteral("DELETE FROM recordings WHERE call_id = %1").arg(m_call)));
        view = playlists.show(*list, &error);
        QVERIFY(view);
        QCOMPARE(view->clips.size(), 0);
        QCOMPARE(view->unavailable, 2);
        QVERIFY(view->unavailableNote().startsWith(QStringLiteral("2 clips are no longer")));
        QVERIFY(count(*teemu, QStringLiteral("playlist.show")) >= 3);
    }

    void onlyTheOwnerChangesAPlaylist()
    {
        auto teemu = loginAs(QStringLiteral("trainer"));
        Error error;
        const auto list = PlaylistService(*teemu).create(QStringLiteral("Mine"), &error);
        QVERIFY(list);
        auto other = loginAs(QStringLiteral("trainer2"));
        QVERIFY(!PlaylistService(*other).rename(*list, QStringLiteral("Theirs"), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!PlaylistService(*other).remove(*list, &error));
        QVERIFY(PlaylistService(*teemu).rename(*list, QStringLiteral("Still mine"), &error));
        QVERIFY(PlaylistService(*teemu).remove(*list, &error));
        QVERIFY(!PlaylistService(*teemu).show(*list, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
    }
};

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
