// Coaching end to end in the real window, driven with keys and the mouse as a trainer works:
// open a call, select a range with [ and ], tag it with a label and a note and add it to a new
// playlist in one step; the playlist shows (1) at once; a note with an identity code is warned
// about; a playlist plays clip after clip, each from its start to its end, with its note shown;
// clips are reordered (buttons and Ctrl+Up/Down), removed (Delete), the playlist renamed and
// deleted; a tag is read in full (audited), edited, added to a playlist and deleted; a label is
// created.

#include "gui/CallListModel.h"
#include "gui/CallsPanel.h"
#include "gui/ElidedTextTips.h"
#include "gui/MainWindow.h"
#include "gui/PlayerPanel.h"
#include "gui/PlaylistPanel.h"
#include "gui/TagDialog.h"
#include "gui/TagListPanel.h"
#include "gui/Translations.h"
#include "gui/WaveformWidget.h"
#include "services/PlaylistService.h"
#include "services/TagService.h"
#include "services/UserService.h"
#include "support/GuiTest.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QtTest>

#include <functional>

using namespace tallenne;
using namespace tallenne::test;

namespace {

QPushButton* button(QObject* parent, const char* name)
{
    return child<QPushButton>(parent, name);
}

// The steps waiting for a dialog; a test that leaves one waiting fails (cleanup()).
QList<QPointer<QTimer>> pendingSteps;

// Runs `step` on the next modal widget of type T as soon as it shows, from inside its exec()
// (checked on every turn of the nested event loop).
template <typename T> void whenModal(std::function<void(T*)> step)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, step] {
        auto* modal = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        pendingSteps.removeAll(timer);
        step(modal);
    });
    pendingSteps.append(timer);
    timer->start();
}

QStringList itemTexts(const QListWidget* list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}
} // namespace

class TestCoaching : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_call = 0;
    qint64 m_other = 0;

    std::unique_ptr<Session> loginAs(const QString& user)
    {
        return loginTo(m_paths, m_clock, user);
    }

    std::unique_ptr<MainWindow> windowFor(const QString& user)
    {
        auto session = loginAs(user);
        if (!session)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        window->resize(1400, 900);
        window->show();
        return window;
    }

    static qsizetype audited(Session& session, const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        filter.limit = 100000;
        return AuditLog(session.db()).list(filter, nullptr).size();
    }

    static QListWidgetItem* playlistItem(QListWidget* list, const QString& name)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(name + QStringLiteral(" (")))
                return list->item(i);
        }
        return nullptr;
    }

    // The trainer's own tag through the service (a fixture, not the flow under test).
    static qint64 addTag(Session& session, qint64 callId, qint64 from, qint64 to,
                         const QString& note)
    {
        Error error;
        const auto id = TagService(session).add(callId, from, to, 0, note, &error);
        if (!id)
            qWarning() << error.message;
        return id.value_or(0);
    }

private slots:
    void cleanup()
    {
        const bool left = !pendingSteps.isEmpty();
        for (const QPointer<QTimer>& timer : std::as_const(pendingSteps))
            delete timer.data();
        pendingSteps.clear();
        QVERIFY2(!left, "a dialog the test expected did not open");
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::apply(QStringLiteral("en"));
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        for (const QString& name :
             {QStringLiteral("trainer"), QStringLiteral("trainer2"), QStringLiteral("laura")}) {
            const QByteArray password = passwordOf(name);
            const Role role = name == QLatin1String("laura") ? Role::QualityManager : Role::Trainer;
            QVERIFY2(UserService(*admin).add(name, role, secret(password.constData()), &error),
                     qPrintable(error.message));
        }
        m_call = addCall(*admin, QStringLiteral("c1"), toneWav(20000), false, 20000).value_or(0);
        m_other = addCall(*admin, QStringLiteral("c2"), toneWav(20000), false, 20000).value_or(0);
        QVERIFY(m_call && m_other);
    }

    void tagARangeIntoANewPlaylist()
    {
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls && calls->player());
        PlayerPanel* player = calls->player();
        player->setPurpose(PlaybackPurpose::Training); // the purpose dialog is tst_player's

        // Open the call from the list: select its row, Enter.
        auto* table = child<QTableView>(calls, "callsTableView");
        auto* model = qobject_cast<CallListModel*>(table->model());
        QVERIFY(model);
        QTRY_VERIFY(model->loadedRowOf(m_call) >= 0);
        table->setFocus();
        table->selectRow(model->loadedRowOf(m_call));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(player->callId(), m_call);

        // Enter plays it; Space on the waveform pauses, and the tagging starts from 0:00.
        QWidget* waveform = player->waveform();
        waveform->setFocus();
        QTRY_VERIFY(waveform->hasFocus());
        QTRY_VERIFY(player->isPlaying());
        QTest::keyClick(waveform, Qt::Key_Space);
        QVERIFY(!player->isPlaying());
        player->seek(0);

        // [ at 5 s, ] at 15 s (the arrows move 5 s).
        QTest::keyClick(waveform, Qt::Key_Right);
        QTest::keyClick(waveform, Qt::Key_BracketLeft);
        QTest::keyClick(waveform, Qt::Key_Right);
        QTest::keyClick(waveform, Qt::Key_Right);
        QTest::keyClick(waveform, Qt::Key_BracketRight);
        QCOMPARE(player->waveform()->selection(),
                 std::make_optional(std::make_pair(5000LL, 15000LL)));

        // The tag dialog: a new label, a note, a new playlist, OK: one step.
        bool sawRange = false;
        whenModal<TagDialog>([&sawRange](TagDialog* dialog) {
            sawRange =
                child<QLineEdit>(dialog, "fromLineEdit")->text() == QLatin1String("0:05.0") &&
                child<QLineEdit>(dialog, "toLineEdit")->text() == QLatin1String("0:15.0");
            auto* label = child<QComboBox>(dialog, "labelComboBox");
            label->setFocus();
            label->lineEdit()->selectAll();
            QTest::keyClicks(label->lineEdit(), QStringLiteral("Greeting"));
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "noteTextEdit"),
                             QStringLiteral("Names the company and offers help"));
            auto* playlists = child<QComboBox>(dialog, "playlistComboBox");
            playlists->setFocus();
            QTest::keyClick(playlists, Qt::Key_End); // "New playlist…" is the last choice
            QTest::keyClicks(child<QLineEdit>(dialog, "newPlaylistLineEdit"),
                             QStringLiteral("Week 1"));
            QTest::mouseClick(
                child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        });
        QTest::mouseClick(button(player, "tagButton"), Qt::LeftButton);
        QVERIFY(sawRange);
        QVERIFY2(player->message().isEmpty(), qPrintable(player->message()));

        // Stored as typed; the waveform shows it.
        Session& session = *window->session();
        Error error;
        const auto tags = TagService(session).list(m_call, &error);
        QVERIFY(tags);
        QCOMPARE(tags->size(), 1);
        const TagRecord tag = tags->first();
        QCOMPARE(tag.startMs, 5000);
        QCOMPARE(tag.endMs, 15000);
        QCOMPARE(tag.label, QStringLiteral("Greeting"));
        QCOMPARE(tag.note, QStringLiteral("Names the company and offers help"));
        QCOMPARE(player->waveform()->tags().size(), 1);
        QVERIFY(!player->waveform()->selection());

        // The Coaching page already shows the playlist with its one clip, and the tag.
        QWidget* coaching = window->sectionPage(Section::Coaching);
        auto* lists = child<QListWidget>(coaching, "playlistsListWidget");
        QVERIFY(itemTexts(lists).contains(QStringLiteral("Week 1 (1)")));
        auto* tagList = coaching->findChild<TagListPanel*>();
        QVERIFY(tagList);
        QCOMPARE(tagList->tagIds(), QList<qint64>{tag.id});
        const auto playlists = PlaylistService(session).list(&error);
        QVERIFY(playlists && playlists->size() == 1);
        const auto view = PlaylistService(session).show(playlists->first().id, &error);
        QVERIFY(view);
        QCOMPARE(view->clips.size(), 1);
        QCOMPARE(view->clips.first().tag.id, tag.id);
        QCOMPARE(audited(session, QStringLiteral("tag.add")), 1);
        QCOMPARE(audited(session, QStringLiteral("playlist.add")), 1);

        // A second tag, added to the existing playlist: (2) at once. (The offscreen platform
        // does not give the window back its activation when a dialog closes; a desktop does.)
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        player->waveform()->setFocus();
        QTRY_VERIFY(player->waveform()->hasFocus());
        QTest::keyClick(waveform, Qt::Key_BracketLeft); // at 15 s
        QTest::keyClick(waveform, Qt::Key_Right);
        QTest::keyClick(waveform, Qt::Key_BracketRight);
        QCOMPARE(player->waveform()->selection(),
                 std::make_optional(std::make_pair(15000LL, 20000LL)));
        whenModal<TagDialog>([](TagDialog* dialog) {
            auto* choice = child<QComboBox>(dialog, "playlistComboBox");
            choice->setFocus();
            QTest::keyClick(choice, Qt::Key_Down); // "(none)" → "Week 1"
            QTest::mouseClick(
                child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        });
        QTest::mouseClick(button(player, "tagButton"), Qt::LeftButton);
        QVERIFY(itemTexts(lists).contains(QStringLiteral("Week 1 (2)")));
        QCOMPARE(player->waveform()->tags().size(), 2);
        QCOMPARE(tagList->tagIds().size(), 2);
        player->stop();
    }

    void personalDataInANoteIsWarnedAbout()
    {
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        PlayerPanel* player = calls->player();
        player->setPurpose(PlaybackPurpose::Training);
        player->openCall(m_other);
        QCOMPARE(player->callId(), m_other);
        player->waveform()->setSelection(1000, 2000);

        bool warnedWhileTyping = false;
        bool buttonSaysSaveAnyway = false;
        bool closedByOnePress = false;
        whenModal<TagDialog>([&](TagDialog* dialog) {
            auto* note = child<QPlainTextEdit>(dialog, "noteTextEdit");
            auto* warning = child<QLabel>(dialog, "noteWarningLabel");
            QTest::keyClicks(note, QStringLiteral("Caller gave hetu 131052-308T, "));
            warnedWhileTyping =
                !warning->isHidden() && warning->text().contains(QStringLiteral("identity code"));
            QTest::keyClicks(note, QStringLiteral("mail matti@example.fi"));
            QPushButton* ok =
                child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
            buttonSaysSaveAnyway = ok->text() == QStringLiteral("Save &anyway") &&
                                   warning->text().contains(QStringLiteral("e-mail address"));
            // The warning was in sight while typing: one press saves.
            QTest::mouseClick(ok, Qt::LeftButton);
            closedByOnePress = !dialog->isVisible();
        });
        QTest::mouseClick(button(player, "tagButton"), Qt::LeftButton);
        QVERIFY(warnedWhileTyping);
        QVERIFY(buttonSaysSaveAnyway);
        QVERIFY(closedByOnePress);
        Error error;
        const auto tags = TagService(*window->session()).list(m_other, &error);
        QVERIFY(tags && tags->size() == 1);
        QVERIFY(tags->first().note.startsWith(QStringLiteral("Caller gave hetu")));

        // Cancelled on the warning: nothing is saved.
        player->waveform()->setSelection(3000, 4000);
        whenModal<TagDialog>([](TagDialog* dialog) {
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "noteTextEdit"),
                             QStringLiteral("call back on 040 123 4567"));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::mouseClick(button(player, "tagButton"), Qt::LeftButton);
        QCOMPARE(TagService(*window->session()).list(m_other, &error)->size(), 1);
        player->stop();
    }

    // Trial of [9], shots 35-37: after the warning, a new playlist's name typed and Enter saved
    // the note with the phone number. Enter never confirms the warning, from any field; the
    // button's Alt key (or a click) does.
    void enterDoesNotConfirmTheWarning()
    {
        auto window = windowFor(QStringLiteral("trainer2"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        PlayerPanel* player = calls->player();
        player->setPurpose(PlaybackPurpose::Training);
        player->openCall(m_other);
        QCOMPARE(player->callId(), m_other);
        Error error;
        const qsizetype before = TagService(*window->session()).list(m_other, &error)->size();
        player->waveform()->setSelection(5000, 6000);

        bool stayedOpen = false;
        bool okNotDefault = false;
        bool savedDeliberately = false;
        whenModal<TagDialog>([&](TagDialog* dialog) {
            // Focus moves (and with them which button is the default) only in the active
            // window; under load the dialog is not active at once.
            if (!QTest::qWaitForWindowActive(dialog))
                return;
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "noteTextEdit"),
                             QStringLiteral("Customer asked to call back on 040 123 4567"));
            QPushButton* ok =
                child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
            okNotDefault = !ok->isDefault();
            auto* playlists = child<QComboBox>(dialog, "playlistComboBox");
            playlists->setFocus();
            QTest::keyClick(playlists, Qt::Key_End); // "New playlist…"
            auto* name = child<QLineEdit>(dialog, "newPlaylistLineEdit");
            name->setFocus();
            QTest::keyClicks(name, QStringLiteral("Closings"));
            QTest::keyClick(name, Qt::Key_Return);
            QTest::keyClick(name, Qt::Key_Enter, Qt::KeypadModifier);
            auto* from = child<QLineEdit>(dialog, "fromLineEdit");
            from->setFocus();
            QTest::keyClick(from, Qt::Key_Return);
            // Focus on Cancel and away again makes OK the default again in a plain dialog.
            child<QDialogButtonBox>(dialog, "buttonBox")
                ->button(QDialogButtonBox::Cancel)
                ->setFocus();
            name->setFocus();
            QTest::keyClick(name, Qt::Key_Return);
            stayedOpen = dialog->isVisible() && dialog->result() == 0;
            okNotDefault = okNotDefault && !ok->isDefault();
            // The deliberate ways: the button has an Alt key of its own, and a click saves.
            savedDeliberately =
                QKeySequence::mnemonic(ok->text()) == QKeySequence(Qt::ALT | Qt::Key_A);
            QTest::mouseClick(ok, Qt::LeftButton);
            savedDeliberately =
                savedDeliberately && !dialog->isVisible() && dialog->result() == QDialog::Accepted;
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::mouseClick(button(player, "tagButton"), Qt::LeftButton);
        QVERIFY(stayedOpen);
        QVERIFY(okNotDefault);
        QVERIFY(savedDeliberately);
        QCOMPARE(TagService(*window->session()).list(m_other, &error)->size(), before + 1);

        // Without a warning, Enter in a field still saves.
        player->waveform()->setSelection(7000, 8000);
        bool closedByEnter = false;
        whenModal<TagDialog>([&](TagDialog* dialog) {
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "noteTextEdit"),
                             QStringLiteral("Good closing"));
            auto* from = child<QLineEdit>(dialog, "fromLineEdit");
            from->setFocus();
            QTest::keyClick(from, Qt::Key_Return);
            closedByEnter = !dialog->isVisible();
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::mouseClick(button(player, "tagButton"), Qt::LeftButton);
        QVERIFY(closedByEnter);
        QCOMPARE(TagService(*window->session()).list(m_other, &error)->size(), before + 2);
        player->stop();
    }

    void playAPlaylistClipAfterClip()
    {
        if (!PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session (PulseAudio "
                  "null sink).");
        qint64 list = 0, itemA = 0, itemB = 0;
        {
            auto trainer = loginAs(QStringLiteral("trainer"));
            const qint64 a = addTag(*trainer, m_call, 2000, 3000, QStringLiteral("tag note A"));
            const qint64 b = addTag(*trainer, m_other, 1000, 2500, QStringLiteral("tag note B"));
            Error error;
            PlaylistService playlists(*trainer);
            list = playlists.create(QStringLiteral("Two calls"), &error).value_or(0);
            itemA = playlists.addClip(list, a, QStringLiteral("listen to the greeting"), &error)
                        .value_or(0);
            itemB = playlists.addClip(list, b, {}, &error).value_or(0);
            QVERIFY(a && b && list && itemA && itemB);
        }
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->showSection(Section::Coaching);
        QWidget* coaching = window->sectionPage(Section::Coaching);
        auto* panel = coaching->findChild<PlaylistPanel*>();
        auto* player = coaching->findChild<PlayerPanel*>();
        QVERIFY(panel && player);
        player->setPurpose(PlaybackPurpose::Training);
        auto* lists = child<QListWidget>(coaching, "playlistsListWidget");
        QListWidgetItem* item = playlistItem(lists, QStringLiteral("Two calls"));
        QVERIFY(item);
        QTest::mouseClick(lists->viewport(), Qt::LeftButton, {},
                          lists->visualItemRect(item).center());
        QCOMPARE(panel->currentPlaylist(), list);
        QCOMPARE(panel->clipOrder(), (QList<qint64>{itemA, itemB}));

        QSignalSpy started(panel, &PlaylistPanel::clipStarted);
        QSignalSpy done(panel, &PlaylistPanel::playlistFinished);
        // Where the player stands at each clipFinished, and what it had at each start.
        QList<qint64> finishedAt;
        QList<qint64> startedAt;
        QList<QString> notes;
        connect(player, &PlayerPanel::clipFinished, this,
                [&] { finishedAt << player->position(); });
        connect(panel, &PlaylistPanel::clipStarted, this, [&] { notes << panel->clipNote(); });
        QTest::mouseClick(button(coaching, "playAllButton"), Qt::LeftButton);
        startedAt << player->position();
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0), (QVariantList{0, itemA, 2000LL, 3000LL}));
        QCOMPARE(player->callId(), m_call);
        QCOMPARE(startedAt.first(), 2000);
        QVERIFY2(notes.first().contains(QStringLiteral("listen to the greeting")),
                 qPrintable(notes.first()));
        QTRY_VERIFY_WITH_TIMEOUT(player->isPlaying(), 10000);

        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 20000);
        QCOMPARE(finishedAt.size(), 1);
        QVERIFY2(finishedAt.first() >= 3000 && finishedAt.first() < 3700,
                 qPrintable(QString::number(finishedAt.first())));
        QCOMPARE(started.at(1), (QVariantList{1, itemB, 1000LL, 2500LL}));
        QCOMPARE(player->callId(), m_other);
        QVERIFY(std::abs(player->position() - 1000) < 300);
        // No note of its own: the tag's note is shown.
        QVERIFY2(notes.at(1).contains(QStringLiteral("tag note B")), qPrintable(notes.at(1)));

        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(finishedAt.size(), 2);
        QVERIFY2(finishedAt.at(1) >= 2500 && finishedAt.at(1) < 3200,
                 qPrintable(QString::number(finishedAt.at(1))));
        QCOMPARE(started.size(), 2);
        QVERIFY(!panel->isPlayingList());
        player->stop();
    }

    // Stop ends the run but keeps the call open where it stopped; a clip whose tag is deleted
    // leaves the playlist at once (its count too), and the run it was playing ends with no
    // stale "Clip 2 of 2" left above the list.
    void stopKeepsTheCallAndDeletedTagsLeave()
    {
        if (!PlayerPanel::audioOutputAvailable())
            QSKIP("No audio output device: run inside the test command's session (PulseAudio "
                  "null sink).");
        qint64 list = 0, a = 0, b = 0;
        {
            auto trainer = loginAs(QStringLiteral("trainer"));
            a = addTag(*trainer, m_call, 2000, 6000, QStringLiteral("first"));
            b = addTag(*trainer, m_other, 1000, 5000, QStringLiteral("second"));
            Error error;
            PlaylistService playlists(*trainer);
            list = playlists.create(QStringLiteral("Stop and delete"), &error).value_or(0);
            QVERIFY(a && b && list);
            QVERIFY(playlists.addClip(list, a, {}, &error));
            QVERIFY(playlists.addClip(list, b, {}, &error));
        }
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        window->showSection(Section::Coaching);
        QWidget* coaching = window->sectionPage(Section::Coaching);
        auto* panel = coaching->findChild<PlaylistPanel*>();
        auto* player = coaching->findChild<PlayerPanel*>();
        player->setPurpose(PlaybackPurpose::Training);
        auto* lists = child<QListWidget>(coaching, "playlistsListWidget");
        QListWidgetItem* item = playlistItem(lists, QStringLiteral("Stop and delete"));
        QVERIFY(item);
        QVERIFY(item->text().contains(QStringLiteral("(2)")));
        QTest::mouseClick(lists->viewport(), Qt::LeftButton, {},
                          lists->visualItemRect(item).center());

        QTest::mouseClick(button(coaching, "playAllButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(player->isPlaying(), 10000);
        QTest::mouseClick(button(coaching, "stopButton"), Qt::LeftButton);
        QVERIFY(!player->isPlaying());
        QVERIFY(!panel->isPlayingList());
        QCOMPARE(player->callId(), m_call); // still open, where it stopped
        QVERIFY(player->position() >= 2000 && player->position() < 6000);
        QVERIFY(panel->clipNote().isEmpty());

        // Playing the second clip, its tag is deleted (from the tag list, or by another
        // console): the run ends and the playlist holds one clip.
        QTest::mouseClick(button(coaching, "playAllButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(player->callId(), m_other, 20000);
        QVERIFY(panel->clipNote().contains(QStringLiteral("2 of 2")));
        Error error;
        QVERIFY2(TagService(*window->session()).remove(b, &error), qPrintable(error.message));
        QVERIFY(!panel->isPlayingList());
        QVERIFY2(panel->clipNote().isEmpty(), qPrintable(panel->clipNote()));
        item = playlistItem(lists, QStringLiteral("Stop and delete"));
        QVERIFY(item && item->text().contains(QStringLiteral("(1)")));
        QCOMPARE(panel->clipOrder().size(), 1);
        player->stop();
    }

    void reorderRenameRemoveDelete()
    {
        qint64 list = 0;
        QList<qint64> items;
        {
            auto trainer = loginAs(QStringLiteral("trainer"));
            Error error;
            PlaylistService playlists(*trainer);
            list = playlists.create(QStringLiteral("Order"), &error).value_or(0);
            QVERIFY(list);
            for (qint64 from : {0, 4000, 8000}) {
                const qint64 tag = addTag(*trainer, m_call, from, from + 1000, {});
                items << playlists.addClip(list, tag, {}, &error).value_or(0);
            }
            QVERIFY(!items.contains(0));
        }
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->showSection(Section::Coaching);
        QWidget* coaching = window->sectionPage(Section::Coaching);
        auto* panel = coaching->findChild<PlaylistPanel*>();
        auto* lists = child<QListWidget>(coaching, "playlistsListWidget");
        auto* clips = child<QListView>(coaching, "clipsListView");
        QListWidgetItem* item = playlistItem(lists, QStringLiteral("Order"));
        QVERIFY(item);
        QTest::mouseClick(lists->viewport(), Qt::LeftButton, {},
                          lists->visualItemRect(item).center());
        QCOMPARE(panel->clipOrder(), items);
        Session& session = *window->session();
        Error error;
        const auto stored = [&] {
            QList<qint64> ids;
            const auto view = PlaylistService(session).show(list, &error);
            if (view) {
                for (const PlaylistItemRecord& c : view->clips)
                    ids << c.id;
            }
            return ids;
        };

        // The first clip down with Ctrl+Down, then up again with the button.
        QTest::mouseClick(clips->viewport(), Qt::LeftButton, {},
                          clips->visualRect(clips->model()->index(0, 0)).center());
        clips->setFocus();
        QTRY_VERIFY(clips->hasFocus());
        QTest::keyClick(clips, Qt::Key_Down, Qt::ControlModifier);
        const QList<qint64> moved = {items.at(1), items.at(0), items.at(2)};
        QCOMPARE(panel->clipOrder(), moved);
        QCOMPARE(stored(), moved);
        QCOMPARE(clips->currentIndex().row(), 1); // the moved clip stays selected
        QTest::keyClick(clips, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(stored(), (QList<qint64>{items.at(1), items.at(2), items.at(0)}));
        QTest::mouseClick(button(coaching, "upButton"), Qt::LeftButton);
        QTest::mouseClick(button(coaching, "upButton"), Qt::LeftButton);
        QCOMPARE(stored(), items);
        QCOMPARE(panel->clipOrder(), items);
        QVERIFY(!button(coaching, "upButton")->isEnabled()); // at the top

        // Delete removes the current clip; the count follows at once.
        clips->setFocus();
        QTest::keyClick(clips, Qt::Key_Delete);
        QCOMPARE(stored(), (QList<qint64>{items.at(1), items.at(2)}));
        QCOMPARE(panel->clipOrder(), stored());
        QVERIFY(itemTexts(lists).contains(QStringLiteral("Order (2)")));
        QCOMPARE(audited(session, QStringLiteral("playlist.remove")), 1);
        QCOMPARE(audited(session, QStringLiteral("playlist.move")), 4);

        // Rename.
        whenModal<QInputDialog>([](QInputDialog* dialog) {
            auto* edit = dialog->findChild<QLineEdit*>();
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("Order, week 2"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        QTest::mouseClick(button(coaching, "renameButton"), Qt::LeftButton);
        QVERIFY2(itemTexts(lists).contains(QStringLiteral("Order, week 2 (2)")),
                 qPrintable(itemTexts(lists).join(QLatin1Char('|'))));
        QCOMPARE(PlaylistService(session).show(list, &error)->playlist.name,
                 QStringLiteral("Order, week 2"));

        // Delete: asked first; No keeps it, Yes deletes it.
        whenModal<QMessageBox>([](QMessageBox* box) {
            QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        });
        QTest::mouseClick(button(coaching, "deleteButton"), Qt::LeftButton);
        QVERIFY(playlistItem(lists, QStringLiteral("Order, week 2")));
        whenModal<QMessageBox>([](QMessageBox* box) {
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(button(coaching, "deleteButton"), Qt::LeftButton);
        QVERIFY(!playlistItem(lists, QStringLiteral("Order, week 2")));
        QVERIFY(!PlaylistService(session).show(list, &error));
        QCOMPARE(audited(session, QStringLiteral("playlist.delete")), 1);
    }

    void tagListReadEditAddDelete()
    {
        qint64 mine = 0, theirs = 0, list = 0;
        {
            auto trainer = loginAs(QStringLiteral("trainer"));
            mine = addTag(*trainer, m_other, 6000, 7000, QStringLiteral("first line\nsecond line"));
            Error error;
            list = PlaylistService(*trainer)
                       .create(QStringLiteral("From the list"), &error)
                       .value_or(0);
            auto other = loginAs(QStringLiteral("trainer2"));
            theirs = addTag(*other, m_other, 8000, 9000, QStringLiteral("someone else's"));
            QVERIFY(mine && theirs && list);
        }
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->showSection(Section::Coaching);
        QWidget* coaching = window->sectionPage(Section::Coaching);
        auto* tags = coaching->findChild<TagListPanel*>();
        auto* table = child<QTableWidget>(tags, "tagsTableWidget");
        auto* details = child<QLabel>(tags, "detailsLabel");
        auto* lists = child<QListWidget>(coaching, "playlistsListWidget");
        Session& session = *window->session();
        Error error;

        // Selecting a row reads the tag in full (audited): both lines of the note.
        const qsizetype reads = audited(session, QStringLiteral("tag.read"));
        const int row = int(tags->tagIds().indexOf(mine));
        QVERIFY(row >= 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(row, 0)).center());
        QCOMPARE(tags->currentTag(), mine);
        QVERIFY2(details->text().contains(QStringLiteral("first line\nsecond line")),
                 qPrintable(details->text()));
        QVERIFY(audited(session, QStringLiteral("tag.read")) > reads);
        QVERIFY(button(tags, "editButton")->isEnabled());

        // Another trainer's tag: read, not changed.
        tags->selectTag(theirs);
        QVERIFY(!button(tags, "editButton")->isEnabled());
        QVERIFY(!button(tags, "deleteTagButton")->isEnabled());
        tags->selectTag(mine);

        // Enter edits: the range and the note.
        whenModal<TagDialog>([](TagDialog* dialog) {
            auto* to = child<QLineEdit>(dialog, "toLineEdit");
            to->selectAll();
            QTest::keyClicks(to, QStringLiteral("0:07.5"));
            auto* note = child<QPlainTextEdit>(dialog, "noteTextEdit");
            note->selectAll();
            QTest::keyClicks(note, QStringLiteral("edited"));
            QTest::mouseClick(
                child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        });
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Return);
        auto tag = TagService(session).find(mine, &error);
        QVERIFY(tag);
        QCOMPARE(tag->startMs, 6000);
        QCOMPARE(tag->endMs, 7500);
        QCOMPARE(tag->note, QStringLiteral("edited"));
        QCOMPARE(table->item(tags->tagIds().indexOf(mine), 2)->text(), QStringLiteral("0:07.5"));
        QCOMPARE(audited(session, QStringLiteral("tag.edit")), 1);

        // A range past the call's end is refused in the dialog.
        bool refused = false;
        whenModal<TagDialog>([&refused](TagDialog* dialog) {
            auto* to = child<QLineEdit>(dialog, "toLineEdit");
            to->selectAll();
            QTest::keyClicks(to, QStringLiteral("0:25.0"));
            QTest::mouseClick(
                child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
            refused = dialog->isVisible();
            dialog->reject();
        });
        QTest::mouseClick(button(tags, "editButton"), Qt::LeftButton);
        QVERIFY(refused || TagService(session).find(mine, &error)->endMs == 7500);
        QCOMPARE(TagService(session).find(mine, &error)->endMs, 7500);

        // Add the other trainer's tag to my playlist: the count follows at once.
        tags->selectTag(theirs);
        auto* choose = child<QComboBox>(tags, "addToPlaylistComboBox");
        choose->setCurrentIndex(choose->findData(list));
        QTest::mouseClick(button(tags, "addToPlaylistButton"), Qt::LeftButton);
        QVERIFY2(itemTexts(lists).contains(QStringLiteral("From the list (1)")),
                 qPrintable(itemTexts(lists).join(QLatin1Char('|'))));
        QCOMPARE(PlaylistService(session).show(list, &error)->clips.first().tag.id, theirs);

        // A new label.
        whenModal<QInputDialog>([](QInputDialog* dialog) {
            auto* edit = dialog->findChild<QLineEdit*>();
            QTest::keyClicks(edit, QStringLiteral("Objection handling"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        QTest::mouseClick(button(tags, "newLabelButton"), Qt::LeftButton);
        bool found = false;
        const auto labels = TagService(session).labels(&error);
        QVERIFY(labels);
        for (const TagLabel& l : *labels)
            found = found || l.name == QLatin1String("Objection handling");
        QVERIFY(found);

        // Play the tag from the list: the player opens its call at the tag's start.
        if (PlayerPanel::audioOutputAvailable()) {
            auto* player = coaching->findChild<PlayerPanel*>();
            player->setPurpose(PlaybackPurpose::Training);
            tags->selectTag(mine);
            QSignalSpy finished(player, &PlayerPanel::clipFinished);
            QTest::mouseClick(button(tags, "playTagButton"), Qt::LeftButton);
            QCOMPARE(player->callId(), m_other);
            QCOMPARE(player->position(), 6000);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
            QVERIFY2(player->position() >= 7500 && player->position() < 8200,
                     qPrintable(QString::number(player->position())));
            player->stop();
        }

        // Delete (asked first): gone from the list at once, audited.
        const int deletesBefore = audited(session, QStringLiteral("tag.delete"));
        tags->selectTag(mine);
        whenModal<QMessageBox>([](QMessageBox* box) {
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(!tags->tagIds().contains(mine));
        QVERIFY(!TagService(session).find(mine, &error));
        QCOMPARE(audited(session, QStringLiteral("tag.delete")), deletesBefore + 1);
    }

    // A name cut short in a list reads in full as its tooltip (a trial could not tell two long
    // playlist names apart); a name that fits shows no tooltip.
    void elidedNamesReadInFull()
    {
        const QString longName = QStringLiteral(
            "Laskutuksen palautteet ja hyvitykset, kevään 2026 valmennuspäivä, osa kaksi");
        {
            auto trainer = loginAs(QStringLiteral("trainer"));
            Error error;
            QVERIFY2(PlaylistService(*trainer).create(longName, &error), qPrintable(error.message));
        }
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->showSection(Section::Coaching);
        QWidget* coaching = window->sectionPage(Section::Coaching);
        auto* lists = child<QListWidget>(coaching, "playlistsListWidget");
        QListWidgetItem* longItem = nullptr;
        QListWidgetItem* shortItem = nullptr;
        for (int i = 0; i < lists->count(); ++i) {
            QListWidgetItem* item = lists->item(i);
            if (item->text().startsWith(longName))
                longItem = item;
            else if (lists->fontMetrics().horizontalAdvance(item->text()) <
                     lists->viewport()->width() / 2)
                shortItem = item;
        }
        QVERIFY(longItem && shortItem);
        QVERIFY(lists->fontMetrics().horizontalAdvance(longItem->text()) >
                lists->viewport()->width());
        const QPoint at = lists->visualItemRect(longItem).center();
        QCOMPARE(ElidedTextTips::tipAt(lists, at), longItem->text());
        QCOMPARE(ElidedTextTips::tipAt(lists, lists->visualItemRect(shortItem).center()),
                 QString());
        // Hovering shows it, as a person sees it.
        QHelpEvent hover(QEvent::ToolTip, at, lists->viewport()->mapToGlobal(at));
        QApplication::sendEvent(lists->viewport(), &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), longItem->text());
        QToolTip::hideText();
    }

    void qualityManagerReadsOnly()
    {
        auto window = windowFor(QStringLiteral("laura"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QWidget* coaching = window->sectionPage(Section::Coaching);
        QVERIFY(coaching);
        auto* tags = coaching->findChild<TagListPanel*>();
        QVERIFY(tags);
        Error error;
        const auto all = TagService(*window->session()).list(0, &error);
        QVERIFY(all && !all->isEmpty());
        QCOMPARE(tags->tagIds().size(), all->size());
        QVERIFY(child<QListWidget>(coaching, "playlistsListWidget")->count() > 0);
        for (const char* name :
             {"newButton", "renameButton", "deleteButton", "upButton", "downButton", "removeButton",
              "editButton", "deleteTagButton", "newLabelButton", "addToPlaylistButton"})
            QVERIFY2(button(coaching, name)->isHidden(), name);
        // The keys do nothing either; the service would refuse in any case.
        auto* table = child<QTableWidget>(tags, "tagsTableWidget");
        tags->selectTag(all->first().id);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(tags->tagIds().size(), all->size());
        QVERIFY(!TagService(*window->session()).remove(all->first().id, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
    }
};

QTEST_MAIN(TestCoaching)
#include "tst_coaching.moc"
