// Tags and coaching playlists: who may tag and read (refusals audited), own tags only,
// managed labels, playlists in order, and clips that drop out with a note when their call is
// restricted or their recording erased.

#include "services/PlaylistService.h"
#include "services/RegisterEvents.h"
#include "services/TagService.h"
#include "services/UserService.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QSignalSpy>
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

    // Two playlists of one name cannot be told apart in a list: refused, whatever the case.
    void playlistNamesAreUnique()
    {
        auto teemu = loginAs(QStringLiteral("trainer"));
        Error error;
        const auto first = PlaylistService(*teemu).create(QStringLiteral("Greetings"), &error);
        QVERIFY2(first, qPrintable(error.message));
        QVERIFY(!PlaylistService(*teemu).create(QStringLiteral(" greetings "), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(error.message.contains(QStringLiteral("\"Greetings\"")));
        const auto second = PlaylistService(*teemu).create(QStringLiteral("Closings"), &error);
        QVERIFY2(second, qPrintable(error.message));
        QVERIFY(!PlaylistService(*teemu).rename(*second, QStringLiteral("GREETINGS"), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        // Its own name in another case is a rename, not a clash.
        QVERIFY2(PlaylistService(*teemu).rename(*first, QStringLiteral("GREETINGS"), &error),
                 qPrintable(error.message));
        QVERIFY(PlaylistService(*teemu).remove(*first, &error));
        QVERIFY(PlaylistService(*teemu).remove(*second, &error));
    }

    void readInFullRangeCheckedChangesAnnounced()
    {
        // A call of its own: the tests above erased and restricted theirs.
        const qint64 call = [this] {
            auto admin = loginAs(QStringLiteral("admin"));
            return addCall(*admin, QStringLiteral("c3"), toneWav(2000), false, 2000).value_or(0);
        }();
        QVERIFY(call);
        auto teemu = loginAs(QStringLiteral("trainer"));
        TagService tags(*teemu);
        PlaylistService playlists(*teemu);
        QSignalSpy tagsChanged(&teemu->events(), &RegisterEvents::tagsChanged);
        QSignalSpy playlistsChanged(&teemu->events(), &RegisterEvents::playlistsChanged);
        Error error;
        // The call lasts 2000 ms: a tag may end there, not after.
        QVERIFY(!tags.add(call, 1500, 2001, 0, {}, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.contains(QStringLiteral("2000 ms")), qPrintable(error.message));
        QCOMPARE(tagsChanged.size(), 0);
        const auto id = tags.add(call, 1500, 2000, 0, QStringLiteral("line 1\nline 2"), &error);
        QVERIFY2(id, qPrintable(error.message));
        QCOMPARE(tagsChanged.size(), 1);
        QCOMPARE(tagsChanged.last().at(0).toLongLong(), call);
        QVERIFY(!tags.edit(*id, 0, 2500, 0, {}, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);

        // Read in full, audited; refused to a role that does not read tags (audited too).
        const auto reads = count(*teemu, QStringLiteral("tag.read"));
        const auto tag = tags.find(*id, &error);
        QVERIFY(tag);
        QCOMPARE(tag->note, QStringLiteral("line 1\nline 2"));
        QCOMPARE(count(*teemu, QStringLiteral("tag.read")), reads + 1);
        QVERIFY(!tags.find(999999, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        auto pirjo = loginAs(QStringLiteral("privacy-officer"));
        const auto denied = count(*pirjo, QStringLiteral("permission.denied"));
        QVERIFY(!TagService(*pirjo).find(*id, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QCOMPARE(count(*pirjo, QStringLiteral("permission.denied")), denied + 1);
        auto laura = loginAs(QStringLiteral("quality-manager"));
        QVERIFY(TagService(*laura).find(*id, &error));

        // Every playlist change is announced after it committed.
        const auto list = playlists.create(QStringLiteral("Announced"), &error);
        QVERIFY(list);
        const auto item = playlists.addClip(*list, *id, {}, &error);
        QVERIFY(item);
        QVERIFY(playlists.moveClip(*list, *item, 0, &error));
        QVERIFY(playlists.rename(*list, QStringLiteral("Announced 2"), &error));
        QCOMPARE(playlistsChanged.size(), 4);
        QCOMPARE(playlistsChanged.last().at(0).toLongLong(), *list);
        QVERIFY(!playlists.rename(*list, QString(), &error)); // refused: nothing announced
        QCOMPARE(playlistsChanged.size(), 4);
        // Deleting the tag changes the playlist too: its clip goes with it.
        const auto deletes = count(*teemu, QStringLiteral("tag.delete"));
        QVERIFY(tags.remove(*id, &error));
        QCOMPARE(count(*teemu, QStringLiteral("tag.delete")), deletes + 1);
        QCOMPARE(tagsChanged.size(), 2);
        QCOMPARE(playlistsChanged.size(), 5);
        const auto afterDelete = playlists.show(*list, &error);
        QVERIFY(afterDelete);
        QCOMPARE(afterDelete->clips.size(), 0);
        QCOMPARE(afterDelete->unavailable, 0);
        QCOMPARE(playlists.list(&error)->first().itemCount, 0);
        QVERIFY(!playlists.removeClip(*list, *item, &error)); // gone with its tag
        QVERIFY(playlists.remove(*list, &error));
        QCOMPARE(playlistsChanged.size(), 6);
    }

    void personalDataInNotes_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QStringList>("kinds");
        QTest::newRow("clean") << QStringLiteral("Warm greeting at 1:05, offers help")
                               << QStringList{};
        QTest::newRow("phone") << QStringLiteral("asked to call back to 040 123 4567")
                               << QStringList{QStringLiteral("a phone number")};
        QTest::newRow("identity code") << QStringLiteral("caller read out 131052-308T")
                                       << QStringList{QStringLiteral("a personal identity code")};
        QTest::newRow("e-mail") << QStringLiteral("wrote to matti.meikalainen@example.fi")
                                << QStringList{QStringLiteral("an e-mail address")};
        QTest::newRow("all three")
            << QStringLiteral("matti@example.fi, 131052-308T, +358 40 123 4567")
            << QStringList{QStringLiteral("an e-mail address"),
                           QStringLiteral("a personal identity code"),
                           QStringLiteral("a phone number")};
    }

    void personalDataInNotes()
    {
        QFETCH(QString, note);
        QFETCH(QStringList, kinds);
        QStringList found = TagService::personalDataIn(note);
        found.sort();
        kinds.sort();
        QCOMPARE(found, kinds);
        QCOMPARE(TagService::personalDataWarning(note).isEmpty(), kinds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
