// Views that stay current, and a lock that keeps what the user had open. Each case is met as
// a person meets it in the real window: something changes (in this console, or written by
// another connection as tallenne-admin would) and the page shows it without being reopened;
// the user locks (Ctrl+L) and unlocks and finds the filter, the selected call, the call in the
// player at its position and the layout as they left them, without being asked the purpose
// again; Esc in the lock dialog does not end the console; logging out lets another person
// log in and shows them nothing of the last one's view; Tab leaves the call table.

#include "gui/AdminPanel.h"
#include "gui/CallListModel.h"
#include "gui/CallsPanel.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/NoticeViewer.h"
#include "gui/PlayerPanel.h"
#include "gui/PurposeDialog.h"
#include "gui/Translations.h"
#include "gui/WaveformWidget.h"
#include "gui/player/AudioEngine.h"
#include "gui/quality/QualityPage.h"
#include "gui/quality/QualityReportPanel.h"
#include "services/PlaylistService.h"
#include "services/ProfileService.h"
#include "services/RegisterEvents.h"
#include "services/TagService.h"
#include "services/UserPreferences.h"
#include "services/UserService.h"
#include "support/GuiTest.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QXmlStreamReader>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {

constexpr int CallsInRegister = 30;

QStringList comboItems(const QComboBox* box)
{
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items << box->itemText(i);
    return items;
}

QStringList listItems(const QListWidget* list)
{
    QStringList items;
    for (int i = 0; i < list->count(); ++i)
        items << list->item(i)->text();
    return items;
}

/// Every text of translations/tallenne_fi.ts whose Finnish differs from its source: source →
/// Finnish (numerus forms left out).
QHash<QString, QString> finnishTranslations()
{
    QHash<QString, QString> out;
    QFile file(QStringLiteral(TALLENNE_TEST_DATA "/../../translations/tallenne_fi.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool usable = xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
            if (usable && !text.isEmpty() && text != source)
                out.insert(source, text);
        }
    }
    return out;
}

/// The texts a widget shows a person: a button's, a label's, a group's title, a tab's.
QStringList shownTexts(const QWidget* w)
{
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        return {b->text()};
    if (const auto* l = qobject_cast<const QLabel*>(w))
        return {l->text()};
    if (const auto* g = qobject_cast<const QGroupBox*>(w))
        return {g->title()};
    if (const auto* t = qobject_cast<const QTabWidget*>(w)) {
        QStringList tabs;
        for (int i = 0; i < t->count(); ++i)
            tabs << t->tabText(i);
        return tabs;
    }
    return {};
}

QStringList tableColumn(const QTableWidget* table, int column)
{
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row)
        values << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return values;
}

} // namespace

class TestViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_call = 0;

    std::unique_ptr<Session> login(const QString& user) { return loginTo(m_paths, m_clock, user); }

    std::unique_ptr<MainWindow> windowFor(const QString& user)
    {
        auto session = login(user);
        if (!session)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        window->resize(1400, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    /// Types the password into the unlock dialog as the user would.
    static bool typeUnlock(LoginDialog* dialog, const QString& user)
    {
        if (!dialog)
            return false;
        auto* password = child<QLineEdit>(dialog, "passwordLineEdit");
        QTest::keyClicks(password, QString::fromUtf8(passwordOf(user)));
        QTest::keyClick(password, Qt::Key_Return);
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::apply(QStringLiteral("en"));
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = login(QStringLiteral("admin"));
        QVERIFY(admin);
        for (Role role : {Role::Trainer, Role::PrivacyOfficer, Role::QualityManager}) {
            const QString name = RoleNames::id(role);
            QVERIFY2(
                UserService(*admin).add(name, role, secret(passwordOf(name).constData()), &error),
                qPrintable(error.message));
        }
        QVERIFY(fillRegister(*admin, CallsInRegister));
        m_call = addCall(*admin, QStringLiteral("rec-1"), toneWav(20000), false, 20000).value_or(0);
        QVERIFY(m_call);
    }

    // A user added while the Administration page is open is in its table at once: by this
    // console's own service, and by another connection (tallenne-admin beside the console).
    void administrationShowsNewUsers()
    {
        auto window = windowFor(QStringLiteral("admin"));
        QVERIFY(window);
        window->showSection(Section::Administration);
        auto* users = window->sectionPage(Section::Administration)->findChild<QTableWidget*>();
        QVERIFY(users);
        QVERIFY(!tableColumn(users, 0).contains(QStringLiteral("tina")));
        Error error;
        QVERIFY2(UserService(*window->session())
                     .add(QStringLiteral("tina"), Role::Trainer,
                          secret(passwordOf(QStringLiteral("tina")).constData()), &error),
                 qPrintable(error.message));
        QVERIFY(tableColumn(users, 0).contains(QStringLiteral("tina")));

        // Another connection (as a second process would) adds one: the file watcher notices.
        {
            auto other = login(QStringLiteral("admin"));
            QVERIFY(other);
            QVERIFY2(UserService(*other).add(QStringLiteral("otto"), Role::QualityManager,
                                             secret(passwordOf(QStringLiteral("otto")).constData()),
                                             &error),
                     qPrintable(error.message));
        }
        QTRY_VERIFY2_WITH_TIMEOUT(
            tableColumn(users, 0).contains(QStringLiteral("otto")),
            qPrintable(tableColumn(users, 0).join(u',') + QStringLiteral(" / ") +
                       window->sectionPage(Section::Administration)->findChild<QLabel*>()->text()),
            5000);
    }

    // Calls of a new agent, written by another connection, bring the agent into the filter's
    // list and the calls into the table.
    void callListShowsNewAgents()
    {
        auto window = windowFor(QStringLiteral("quality-manager"));
        QVERIFY(window);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls);
        auto* agents = child<QComboBox>(calls, "agentComboBox");
        QVERIFY(!comboItems(agents).contains(QStringLiteral("dora")));
        const qint64 before = calls->model()->matchCount();
        {
            auto other = login(QStringLiteral("admin"));
            QVERIFY(other);
            QVERIFY(execSql(other->db(),
                            QStringLiteral("INSERT INTO agents (id, name) VALUES (9, 'dora')")));
            QVERIFY(execSql(other->db(),
                            QStringLiteral("INSERT INTO calls (id, source_id, started_at,"
                                           " duration_s, billsec, direction, caller, agent_id,"
                                           " disposition) VALUES (900, 'dora-1', 1768460000, 40,"
                                           " 35, 'inbound', '+358400009999', 9, 'ANSWERED')")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(comboItems(agents).contains(QStringLiteral("dora")), 5000);
        QCOMPARE(calls->model()->matchCount(), before + 1);
    }

    // The notice page shows the profile saved from the Retention page, without reopening it.
    void noticeFollowsTheProfile()
    {
        auto window = windowFor(QStringLiteral("admin"));
        QVERIFY(window);
        auto* notice = qobject_cast<NoticeViewer*>(window->sectionPage(Section::PrivacyNotice));
        QVERIFY(notice);
        QVERIFY(!notice->noticeHtml(NoticeLanguage::English).contains(QStringLiteral("Vantaa")));
        QStringList warnings;
        Error error;
        QVERIFY2(ProfileService(*window->session())
                     .set(exampleProfile(QStringLiteral("nordic-helpdesk")), &warnings, &error),
                 qPrintable(error.message));
        QVERIFY(notice->noticeHtml(NoticeLanguage::English).contains(QStringLiteral("Nordic")));
        // Changed again: the page follows again.
        QJsonObject controller{{QStringLiteral("name"), QStringLiteral("Pohjoinen Palvelu Oy")},
                               {QStringLiteral("business_id"), QStringLiteral("2987654-0")},
                               {QStringLiteral("address"), QStringLiteral("Teknobulevardi 7")},
                               {QStringLiteral("phone"), QStringLiteral("+358 9 555 0120")},
                               {QStringLiteral("email"), QStringLiteral("info@example.fi")}};
        QVERIFY2(ProfileService(*window->session())
                     .set(exampleProfile(QStringLiteral("nordic-helpdesk"),
                                         {{QStringLiteral("controller"), controller}}),
                          &warnings, &error),
                 qPrintable(error.message));
        QVERIFY(notice->noticeHtml(NoticeLanguage::English)
                    .contains(QStringLiteral("Pohjoinen Palvelu Oy")));
    }

    // A clip added to a playlist shows in the playlist's count at once.
    void playlistCountFollowsItsClips()
    {
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        Error error;
        Session& session = *window->session();
        const auto playlist = PlaylistService(session).create(QStringLiteral("Greetings"), &error);
        QVERIFY2(playlist, qPrintable(error.message));
        QWidget* coaching = window->sectionPage(Section::Coaching);
        auto* playlists = child<QListWidget>(coaching, "playlistsListWidget");
        QVERIFY(playlists);
        QTRY_VERIFY(listItems(playlists).join(u'|').contains(QStringLiteral("Greetings (0)")));
        const auto tag =
            TagService(session).add(m_call, 1000, 3000, 0, QStringLiteral("hello"), &error);
        QVERIFY2(tag, qPrintable(error.message));
        QVERIFY2(PlaylistService(session).addClip(*playlist, *tag, QString(), &error),
                 qPrintable(error.message));
        QVERIFY2(listItems(playlists).join(u'|').contains(QStringLiteral("Greetings (1)")),
                 qPrintable(listItems(playlists).join(u'|')));
    }

    // F5 re-reads what another connection wrote even before the file watcher has said so.
    void f5Refreshes()
    {
        auto window = windowFor(QStringLiteral("admin"));
        QVERIFY(window);
        window->showSection(Section::Administration);
        auto* users = window->sectionPage(Section::Administration)->findChild<QTableWidget*>();
        QSignalSpy changed(&window->session()->events(), &RegisterEvents::changed);
        QTest::keyClick(window.get(), Qt::Key_F5);
        QCOMPARE(changed.size(), 1);
        QVERIFY(users->rowCount() >= 5);
    }

    // The lock keeps what the user had in front of them.
    void lockKeepsTheView()
    {
        auto window = windowFor(QStringLiteral("quality-manager"));
        QVERIFY(window);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls && calls->player());
        // A filter typed and applied with Enter.
        auto* phone = child<QLineEdit>(calls, "phoneLineEdit");
        auto* queue = child<QComboBox>(calls, "queueComboBox");
        queue->setCurrentIndex(queue->findText(QStringLiteral("Laskutus")));
        QTest::keyClicks(phone, QStringLiteral("040 000 0004"));
        QTest::keyClick(phone, Qt::Key_Return);
        const qint64 matching = calls->model()->matchCount();
        QVERIFY(matching > 0);
        QVERIFY(matching < CallsInRegister);
        // A call chosen in the list (a click on its row), and the recorded call opened in the
        // player: the purpose is asked once, and Enter accepts the one offered first.
        auto* table = child<QTableView>(calls, "callsTableView");
        const QRect first = table->visualRect(calls->model()->index(0, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, first.center());
        const qint64 selected = calls->selectedCallId();
        QVERIFY(selected > 0);
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(qobject_cast<PurposeDialog*>(QApplication::activeModalWidget()));
            QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Return);
        });
        calls->player()->openCall(m_call);
        QCOMPARE(calls->player()->callId(), m_call);
        const auto purpose = calls->player()->purpose();
        QVERIFY(purpose);
        calls->player()->seek(7000);
        // The player set up for listening: a range looped, silence skipped, a slower speed.
        PlayerPanel* player = calls->player();
        player->waveform()->setSelection(6000, 9000); // what a drag over the waveform does
        QTest::mouseClick(child<QPushButton>(player, "loopButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(player, "skipSilenceButton"), Qt::LeftButton);
        auto* speed = child<QComboBox>(player, "speedComboBox");
        speed->setCurrentIndex(0);
        QVERIFY(player->engine()->isLooping());
        // The filter saved under a name (Save…, typed, Enter): the box shows it chosen.
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto* name = QApplication::activeModalWidget()->findChild<QLineEdit*>();
            QVERIFY(name);
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Billing callers"));
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::mouseClick(child<QPushButton>(calls, "saveFilterButton"), Qt::LeftButton);
        QCOMPARE(child<QComboBox>(calls, "savedFilterComboBox")->currentText(),
                 QStringLiteral("Billing callers"));
        // The list made narrower.
        auto* splitter = child<QSplitter>(calls, "splitter");
        QList<int> sizes = splitter->sizes();
        sizes[1] += 200;
        sizes[0] -= 200;
        splitter->setSizes(sizes);
        const QList<int> sizesBefore = splitter->sizes();

        QSignalSpy locked(window.get(), &MainWindow::locked);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(locked.size(), 1);
        QVERIFY(window->isLocked());
        LoginDialog* dialog = waitForLoginDialog();
        QVERIFY(dialog && dialog->isUnlockMode());

        // Esc does not quit: the dialog stays and the window with it.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTest::qWait(100);
        QCOMPARE(QApplication::activeModalWidget(), dialog);
        QVERIFY(dialog->isVisible() && window->isVisible());

        QSignalSpy unlocked(window.get(), &MainWindow::unlocked);
        QTimer::singleShot(0, [] {
            // Should the purpose be asked again, this answers it and the check below fails.
            QTest::qWait(500);
            if (auto* asked = qobject_cast<PurposeDialog*>(QApplication::activeModalWidget()))
                asked->reject();
        });
        QVERIFY(typeUnlock(dialog, QStringLiteral("quality-manager")));
        QTRY_COMPARE(unlocked.size(), 1);

        calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls);
        QCOMPARE(child<QLineEdit>(calls, "phoneLineEdit")->text(), QStringLiteral("040 000 0004"));
        QCOMPARE(child<QComboBox>(calls, "queueComboBox")->currentText(),
                 QStringLiteral("Laskutus"));
        QCOMPARE(calls->model()->matchCount(), matching);
        QCOMPARE(calls->selectedCallId(), selected);
        QCOMPARE(calls->player()->callId(), m_call);
        QCOMPARE(calls->player()->position(), qint64(7000));
        QCOMPARE(calls->player()->purpose(), purpose);
        QTRY_COMPARE(child<QSplitter>(calls, "splitter")->sizes(), sizesBefore);
        player = calls->player();
        QVERIFY(player->engine()->isLooping());
        QVERIFY(player->engine()->loopRange() == std::make_pair(qint64(6000), qint64(9000)));
        QVERIFY(child<QPushButton>(player, "loopButton")->isChecked());
        QVERIFY(child<QPushButton>(player, "skipSilenceButton")->isChecked());
        QVERIFY(player->engine()->skipsSilence());
        QCOMPARE(child<QComboBox>(player, "speedComboBox")->currentIndex(), 0);
        QCOMPARE(child<QComboBox>(calls, "savedFilterComboBox")->currentText(),
                 QStringLiteral("Billing callers"));
        QVERIFY(child<QPushButton>(calls, "deleteFilterButton")->isEnabled());
    }

    // Enter on a recorded call in the list plays it, as in a media player (the purpose asked
    // once); on a call without a recording nothing is asked and nothing opens (a new user
    // chose a purpose for a call with no recording, and after it had to press Play too).
    void enterPlaysTheRecordedCall()
    {
        auto window = windowFor(QStringLiteral("quality-manager"));
        QVERIFY(window);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls && calls->player());
        auto* table = child<QTableView>(calls, "callsTableView");
        QTRY_VERIFY(calls->model()->loadedRowOf(m_call) >= 0);
        const int bare = calls->model()->loadedRowOf(m_call) == 0 ? 1 : 0;
        QVERIFY(calls->model()->callId(bare) != m_call);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(calls->model()->index(bare, 1)).center());
        QTest::keyClick(table, Qt::Key_Return);
        QTest::qWait(300);
        QVERIFY(!qobject_cast<PurposeDialog*>(QApplication::activeModalWidget()));
        QCOMPARE(calls->player()->callId(), qint64(0));
        // ... and says why, where the recording would play (a trial's Enter got no answer).
        auto* message = child<QLabel>(calls->player(), "messageLabel");
        QVERIFY2(
            message->isVisible() &&
                message->text().startsWith(
                    QStringLiteral("Call %1 has no recording.").arg(calls->model()->callId(bare))),
            qPrintable(message->text()));
        QTest::keyClick(table, Qt::Key_Space);
        QTest::qWait(300);
        QVERIFY(!qobject_cast<PurposeDialog*>(QApplication::activeModalWidget()));
        QCOMPARE(calls->player()->callId(), qint64(0));

        const QModelIndex recorded = calls->model()->index(calls->model()->loadedRowOf(m_call), 1);
        table->scrollTo(recorded);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(recorded).center());
        QCOMPARE(calls->selectedCallId(), m_call);
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(qobject_cast<PurposeDialog*>(QApplication::activeModalWidget()));
            QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Return);
        });
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(calls->player()->callId(), m_call);
        QVERIFY(message->isHidden()); // what was said of the other call is gone
        QTRY_VERIFY(calls->player()->isPlaying());
        QTRY_VERIFY(calls->player()->position() > 0);
        // Enter again while it plays: it keeps playing (no reopening, no second question).
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(calls->player()->isPlaying());
        calls->player()->togglePlay();
    }

    // The Quality page after a lock: the same tab, and the report with the choices made.
    void lockKeepsTheQualityReport()
    {
        auto window = windowFor(QStringLiteral("quality-manager"));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->showSection(Section::Quality);
        auto* quality = qobject_cast<QualityPage*>(window->sectionPage(Section::Quality));
        QVERIFY(quality);
        quality->setCurrentWidget(quality->reportPanel());
        QualityReportPanel* reports = quality->reportPanel();
        QTRY_VERIFY(reports->report().has_value());
        auto* period = child<QComboBox>(reports, "periodComboBox");
        period->setFocus();
        QTest::keyClick(period, Qt::Key_Down); // by month, at once
        QTRY_COMPARE(reports->report()->spec.period, ReportPeriod::Month);

        QSignalSpy unlocked(window.get(), &MainWindow::unlocked);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        LoginDialog* dialog = waitForLoginDialog();
        QVERIFY(dialog && dialog->isUnlockMode());
        QVERIFY(typeUnlock(dialog, QStringLiteral("quality-manager")));
        QTRY_COMPARE(unlocked.size(), 1);

        quality = qobject_cast<QualityPage*>(window->sectionPage(Section::Quality));
        QVERIFY(quality);
        QCOMPARE(quality->currentWidget(), quality->reportPanel());
        QTRY_VERIFY(quality->reportPanel()->report().has_value());
        QCOMPARE(quality->reportPanel()->report()->spec.period, ReportPeriod::Month);
        QCOMPARE(child<QComboBox>(quality->reportPanel(), "periodComboBox")->currentIndex(), 1);
    }

    // At the default size the details and the player sit under the list; a lock puts them
    // back as they were (their sizes were once restored before the page had its size and the
    // details shrank to a narrow column).
    void lockKeepsTheNarrowLayout()
    {
        auto session = login(QStringLiteral("quality-manager"));
        QVERIFY(session);
        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        window->resize(1100, 720);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls);
        auto* table = child<QTableView>(calls, "callsTableView");
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(calls->model()->index(2, 1)).center());
        QVERIFY(calls->selectedCallId() > 0);
        auto* outer = child<QSplitter>(calls, "splitter");
        auto* details = child<QTextBrowser>(calls, "detailTextBrowser");
        const Qt::Orientation orientation = outer->orientation();
        const QList<int> outerSizes = outer->sizes();
        const int detailsWidth = details->width();

        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QSignalSpy unlocked(window.get(), &MainWindow::unlocked);
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(typeUnlock(waitForLoginDialog(), QStringLiteral("quality-manager")));
        QTRY_COMPARE(unlocked.size(), 1);
        calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls);
        QTRY_VERIFY(calls->isVisible());
        outer = child<QSplitter>(calls, "splitter");
        QTRY_COMPARE(outer->sizes(), outerSizes);
        QCOMPARE(outer->orientation(), orientation);
        QTRY_COMPARE(child<QTextBrowser>(calls, "detailTextBrowser")->width(), detailsWidth);
    }

    // Trial of [9] (shots 24/27, 107/108): after the unlock the details beside the player had
    // shrunk (the date wrapped, rows were cut) at the window's default size, in English for a
    // quality manager and in Finnish for a trainer. Every splitter of every page comes back
    // exactly: orientation and sizes, the ones a user dragged included.
    void lockKeepsEverySplitter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QSize>("size"); // empty: the window's default size
        QTest::newRow("en quality manager, default size")
            << QStringLiteral("en") << QStringLiteral("quality-manager") << QSize();
        QTest::newRow("en quality manager, 1360x860")
            << QStringLiteral("en") << QStringLiteral("quality-manager") << QSize(1360, 860);
        QTest::newRow("fi trainer, default size")
            << QStringLiteral("fi") << QStringLiteral("trainer") << QSize();
        QTest::newRow("fi trainer, 1360x860")
            << QStringLiteral("fi") << QStringLiteral("trainer") << QSize(1360, 860);
    }
    void lockKeepsEverySplitter()
    {
        QFETCH(QString, language);
        QFETCH(QString, user);
        QFETCH(QSize, size);
        Translations::apply(language);
        auto session = login(user);
        QVERIFY(session);
        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        if (size.isValid())
            window->resize(size);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const auto layoutOf = [](QWidget* page) {
            QList<QPair<int, QList<int>>> all;
            QList<QSplitter*> splitters = page->findChildren<QSplitter*>();
            if (auto* self = qobject_cast<QSplitter*>(page))
                splitters.prepend(self);
            for (QSplitter* s : splitters)
                all.append({int(s->orientation()), s->sizes()});
            return all;
        };
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls && calls->player());
        // The recorded call chosen in the list and opened in the player.
        QTRY_VERIFY(calls->model()->loadedRowOf(m_call) >= 0);
        auto* table = child<QTableView>(calls, "callsTableView");
        const QModelIndex recorded = calls->model()->index(calls->model()->loadedRowOf(m_call), 1);
        table->scrollTo(recorded);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(recorded).center());
        QCOMPARE(calls->selectedCallId(), m_call);
        // The purpose is asked once: Enter takes the one offered first.
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(qobject_cast<PurposeDialog*>(QApplication::activeModalWidget()));
            QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Return);
        });
        calls->player()->openCall(m_call);
        QCOMPARE(calls->player()->callId(), m_call);
        QTest::qWait(200);
        QWidget* coaching = window->sectionPage(Section::Coaching);
        if (coaching) {
            // The trainer's Coaching page seen, its lists' splitter dragged; back to Calls.
            window->showSection(Section::Coaching);
            QTRY_VERIFY(coaching->isVisible());
            auto* lists = coaching->findChildren<QSplitter*>().value(0);
            QVERIFY(lists);
            QList<int> sizes = lists->sizes();
            sizes[0] += 60;
            sizes[1] -= 60;
            lists->setSizes(sizes);
            window->showSection(Section::Calls);
            QTRY_VERIFY(calls->isVisible());
        }
        const auto callsBefore = layoutOf(calls);
        const auto coachingBefore = coaching ? layoutOf(coaching) : decltype(callsBefore){};
        const int detailsWidth = child<QTextBrowser>(calls, "detailTextBrowser")->width();
        const int detailsHeight = child<QTextBrowser>(calls, "detailTextBrowser")->height();

        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QSignalSpy unlocked(window.get(), &MainWindow::unlocked);
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(typeUnlock(waitForLoginDialog(), user));
        QTRY_COMPARE(unlocked.size(), 1);

        calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls);
        QTRY_VERIFY(calls->isVisible());
        QTRY_COMPARE(layoutOf(calls), callsBefore);
        QCOMPARE(child<QTextBrowser>(calls, "detailTextBrowser")->width(), detailsWidth);
        QCOMPARE(child<QTextBrowser>(calls, "detailTextBrowser")->height(), detailsHeight);
        // Still so once the page has settled (the player has opened its call again).
        QTest::qWait(300);
        QCOMPARE(layoutOf(calls), callsBefore);
        if (coaching) {
            coaching = window->sectionPage(Section::Coaching);
            QVERIFY(coaching);
            window->showSection(Section::Coaching);
            QTRY_VERIFY(coaching->isVisible());
            QTRY_COMPARE(layoutOf(coaching), coachingBefore);
        }
        Translations::apply(QStringLiteral("en"));
    }

    // Logging out asks who is next; another person sees their own sections and a clean view.
    void logOutSwitchesUser()
    {
        // The system speaks English; the trainer chooses Finnish for themselves.
        const QByteArray lcAll = qgetenv("LC_ALL");
        qputenv("LC_ALL", "en_GB.UTF-8");
        const auto restore = qScopeGuard([this, &lcAll] {
            qputenv("LC_ALL", lcAll);
            Translations::apply(QStringLiteral("en"));
            Error error;
            if (auto trainer = login(QStringLiteral("trainer")))
                QVERIFY(UserPreferences(*trainer).setLanguage(QStringLiteral("en"), &error));
        });
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        QVERIFY(window->windowTitle().contains(QStringLiteral("trainer")));
        auto* finnish = window->findChild<QAction*>(QStringLiteral("finnishAction"));
        QVERIFY(finnish);
        finnish->trigger();
        QCOMPARE(Translations::current(), QStringLiteral("fi"));
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        auto* phone = child<QLineEdit>(calls, "phoneLineEdit");
        QTest::keyClicks(phone, QStringLiteral("040 000 0003"));
        QTest::keyClick(phone, Qt::Key_Return);

        QSignalSpy locked(window.get(), &MainWindow::locked);
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(locked.size(), 1);
        LoginDialog* dialog = waitForLoginDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->isUnlockMode());
        // No one's name in the title while the next person logs in.
        QVERIFY(!window->windowTitle().contains(QStringLiteral("trainer")));
        auto* user = child<QLineEdit>(dialog, "userLineEdit");
        QVERIFY(!user->isReadOnly());
        QVERIFY(user->text().isEmpty());
        QVERIFY(child<QLineEdit>(dialog, "registerLineEdit")->isReadOnly());
        QTest::keyClicks(user, QStringLiteral("privacy-officer"));
        QSignalSpy unlocked(window.get(), &MainWindow::unlocked);
        QVERIFY(typeUnlock(dialog, QStringLiteral("privacy-officer")));
        QTRY_COMPARE(unlocked.size(), 1);
        QCOMPARE(window->session()->userName(), QStringLiteral("privacy-officer"));
        // They never chose a language: the system's, not the one the trainer left behind.
        QCOMPARE(Translations::current(), QStringLiteral("en"));
        QVERIFY(window->windowTitle().contains(QStringLiteral("privacy-officer")));
        QVERIFY(window->visibleSections().contains(Section::AccessRequests));
        QVERIFY(!window->visibleSections().contains(Section::Coaching));
        if (auto* next = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls)))
            QVERIFY(child<QLineEdit>(next, "phoneLineEdit")->text().isEmpty());
    }

    // View → Language reaches every page, both ways: no button, label, group or tab of any
    // page keeps a text of the language left behind (issue [9]: the privacy notice's toolbar
    // and the Administration status line did), and the last action's message is said anew.
    void languageSwitchReachesEveryPage()
    {
        const auto restore = qScopeGuard([] { Translations::apply(QStringLiteral("en")); });
        const QHash<QString, QString> finnish = finnishTranslations();
        QVERIFY(finnish.size() > 200);
        QSet<QString> finnishTexts;
        for (const QString& t : finnish)
            finnishTexts << t;
        {
            auto admin = login(QStringLiteral("admin"));
            Error error;
            QVERIFY2(UserService(*admin).add(
                         QStringLiteral("leaving"), Role::Trainer,
                         secret(passwordOf(QStringLiteral("leaving")).constData()), &error),
                     qPrintable(error.message));
        }
        auto window = windowFor(QStringLiteral("admin"));
        QVERIFY(window);
        auto* panel = qobject_cast<AdminPanel*>(window->sectionPage(Section::Administration));
        QVERIFY(panel);
        window->showSection(Section::Administration);
        auto* users = child<QTableWidget>(panel, "users");
        QTRY_VERIFY(tableColumn(users, 0).contains(QStringLiteral("leaving")));
        const int row = int(tableColumn(users, 0).indexOf(QStringLiteral("leaving")));
        QTest::mouseClick(users->viewport(), Qt::LeftButton, {},
                          users->visualItemRect(users->item(row, 0)).center());
        QTest::mouseClick(child<QPushButton>(panel, "removeUserButton"), Qt::LeftButton);
        QPointer<QMessageBox> box;
        QTRY_VERIFY((box = panel->findChild<QMessageBox*>(QStringLiteral("removeUserBox"))) &&
                    box->isVisible());
        QTest::mouseClick(child<QPushButton>(box, "confirmRemoveButton"), Qt::LeftButton);
        const QString removed = QStringLiteral("Removed %1 and deleted their key slot.");
        QTRY_COMPARE(panel->statusText(), removed.arg(QStringLiteral("leaving")));
        QVERIFY(finnish.contains(removed));

        const auto stale = [&](bool nowFinnish) {
            QStringList out;
            for (const Section section : window->visibleSections()) {
                QWidget* page = window->sectionPage(section);
                for (const QWidget* w : page->findChildren<QWidget*>()) {
                    for (const QString& text : shownTexts(w)) {
                        if (nowFinnish ? finnish.contains(text) : finnishTexts.contains(text))
                            out << QStringLiteral("%1 %2: \"%3\"")
                                       .arg(QString::fromLatin1(w->metaObject()->className()),
                                            w->objectName(), text);
                    }
                }
            }
            return out;
        };
        auto* toFinnish = window->findChild<QAction*>(QStringLiteral("finnishAction"));
        auto* toEnglish = window->findChild<QAction*>(QStringLiteral("englishAction"));
        QVERIFY(stale(false).isEmpty());
        toFinnish->trigger();
        QApplication::processEvents();
        QStringList left = stale(true);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        QCOMPARE(panel->statusText(), finnish.value(removed).arg(QStringLiteral("leaving")));
        // The notice page's toolbar in particular.
        auto* notice = window->sectionPage(Section::PrivacyNotice);
        QVERIFY(notice);
        QCOMPARE(child<QPushButton>(notice, "printButton")->text(),
                 finnish.value(QStringLiteral("&Print…")));
        toEnglish->trigger();
        QApplication::processEvents();
        left = stale(false);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        QCOMPARE(panel->statusText(), removed.arg(QStringLiteral("leaving")));
        QCOMPARE(child<QPushButton>(notice, "printButton")->text(), QStringLiteral("&Print…"));
    }

    // The section list shows every title whole in either language, before and after a lock,
    // and switching the language back and forth does not make the window wider each time.
    void sectionTitlesFitInEveryLanguage()
    {
        const auto restore = qScopeGuard([] { Translations::apply(QStringLiteral("en")); });
        auto window = windowFor(QStringLiteral("admin"));
        QVERIFY(window);
        // Narrower than the default size: the pages give way, not the section titles.
        window->resize(760, 600);
        auto* list = child<QListWidget>(window.get(), "sectionListWidget");
        QVERIFY(list && list->count() > 0);
        const auto titlesFit = [list] {
            QApplication::processEvents();
            for (int i = 0; i < list->count(); ++i) {
                const int wanted = list->fontMetrics().horizontalAdvance(list->item(i)->text());
                if (list->visualItemRect(list->item(i)).width() < wanted ||
                    list->viewport()->width() < wanted) {
                    qWarning() << "cut:" << list->item(i)->text() << wanted
                               << list->viewport()->width();
                    return false;
                }
            }
            return true;
        };
        auto* finnish = window->findChild<QAction*>(QStringLiteral("finnishAction"));
        auto* english = window->findChild<QAction*>(QStringLiteral("englishAction"));
        QVERIFY(titlesFit());
        finnish->trigger();
        QVERIFY(titlesFit());
        const int width = window->width();
        english->trigger();
        finnish->trigger();
        english->trigger();
        finnish->trigger();
        QVERIFY(titlesFit());
        QCOMPARE(window->width(), width);

        // After a lock and an unlock the list is as wide as before.
        QSignalSpy unlocked(window.get(), &MainWindow::unlocked);
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        LoginDialog* dialog = waitForLoginDialog();
        QVERIFY(dialog);
        QVERIFY(typeUnlock(dialog, QStringLiteral("admin")));
        QTRY_COMPARE(unlocked.size(), 1);
        QVERIFY(titlesFit());
        english->trigger();
        QVERIFY(titlesFit());
    }

    // The unlock dialog can hand the desk to someone else too.
    void unlockDialogSwitchesUser()
    {
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        QSignalSpy locked(window.get(), &MainWindow::locked);
        window->lock();
        QTRY_COMPARE(locked.size(), 1);
        LoginDialog* dialog = waitForLoginDialog();
        QVERIFY(dialog && dialog->isUnlockMode());
        QTest::mouseClick(child<QPushButton>(dialog, "switchUserButton"), Qt::LeftButton);
        auto* user = child<QLineEdit>(dialog, "userLineEdit");
        QVERIFY(!user->isReadOnly());
        QVERIFY(user->text().isEmpty());
        QTest::keyClicks(user, QStringLiteral("quality-manager"));
        QSignalSpy unlocked(window.get(), &MainWindow::unlocked);
        QVERIFY(typeUnlock(dialog, QStringLiteral("quality-manager")));
        QTRY_COMPARE(unlocked.size(), 1);
        QCOMPARE(window->session()->userName(), QStringLiteral("quality-manager"));
    }

    // Enter applies the filter from any of its fields, not only from the phone number.
    void enterAppliesTheFilterAnywhere()
    {
        auto window = windowFor(QStringLiteral("quality-manager"));
        QVERIFY(window);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        const qint64 all = calls->model()->matchCount();
        auto* queue = child<QComboBox>(calls, "queueComboBox");
        queue->setFocus();
        // The first queue, chosen with the keyboard, applies at once; Enter keeps it.
        QTest::keyClick(queue, Qt::Key_Down);
        const qint64 ofQueue = calls->model()->matchCount();
        QVERIFY(ofQueue > 0);
        QVERIFY(ofQueue < all);
        QTest::keyClick(queue, Qt::Key_Return);
        QCOMPARE(calls->model()->matchCount(), ofQueue);
        auto* minimum = child<QSpinBox>(calls, "minDurationSpinBox");
        minimum->setFocus();
        minimum->selectAll();
        QTest::keyClicks(minimum, QStringLiteral("55"));
        const qint64 queueOnly = calls->model()->matchCount();
        QTest::keyClick(minimum, Qt::Key_Enter);
        QVERIFY(calls->model()->matchCount() < queueOnly);
    }

    // The purpose is asked once per session: the Coaching page's player does not ask again.
    void purposeAskedOncePerSession()
    {
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(qobject_cast<PurposeDialog*>(QApplication::activeModalWidget()));
            QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Return);
        });
        calls->player()->openCall(m_call);
        QCOMPARE(calls->player()->callId(), m_call);
        auto* coaching = window->sectionPage(Section::Coaching)->findChild<PlayerPanel*>();
        QVERIFY(coaching);
        int asked = 0;
        QTimer guard;
        connect(&guard, &QTimer::timeout, [&asked] {
            if (auto* dialog = qobject_cast<PurposeDialog*>(QApplication::activeModalWidget())) {
                ++asked;
                dialog->reject();
            }
        });
        guard.start(50);
        coaching->openCall(m_call);
        QCOMPARE(asked, 0);
        QCOMPARE(coaching->callId(), m_call);
        QCOMPARE(coaching->purpose(), calls->player()->purpose());
    }

    // Space in the call list plays the selected call, as it does in the player.
    void spaceInTheListPlays()
    {
        auto window = windowFor(QStringLiteral("quality-manager"));
        QVERIFY(window);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        calls->player()->setPurpose(PlaybackPurpose::QualityReview);
        QVERIFY(calls->selectCall(m_call));
        auto* table = child<QTableView>(calls, "callsTableView");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(calls->player()->callId(), m_call);
        QTRY_VERIFY(calls->player()->isPlaying());
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(!calls->player()->isPlaying());
    }

    // Another process changes the register's key (a user removed): the console locks itself,
    // says why, and the user's password opens it again.
    void keyChangedElsewhereLocks()
    {
        auto window = windowFor(QStringLiteral("admin"));
        QVERIFY(window);
        window->showSection(Section::Administration);
        QSignalSpy locked(window.get(), &MainWindow::locked);
        {
            auto other = login(QStringLiteral("admin"));
            QVERIFY(other);
            Error error;
            QVERIFY2(UserService(*other).remove(QStringLiteral("tina"), &error),
                     qPrintable(error.message));
        }
        QTRY_COMPARE_WITH_TIMEOUT(locked.size(), 1, 5000);
        LoginDialog* dialog = waitForLoginDialog();
        QVERIFY(dialog && dialog->isUnlockMode());
        QSignalSpy unlocked(window.get(), &MainWindow::unlocked);
        QVERIFY(typeUnlock(dialog, QStringLiteral("admin")));
        QTRY_COMPARE(unlocked.size(), 1);
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("key was changed")));
        auto* users = window->sectionPage(Section::Administration)->findChild<QTableWidget*>();
        QVERIFY(!tableColumn(users, 0).contains(QStringLiteral("tina")));
    }

    // Tab moves on from the call table instead of walking its cells.
    void tabLeavesTheCallTable()
    {
        auto window = windowFor(QStringLiteral("quality-manager"));
        QVERIFY(window);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        auto* table = child<QTableView>(calls, "callsTableView");
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(!table->hasFocus());
    }

    // An empty call list says why and what to do, and the note goes as soon as calls show.
    void emptyCallListSaysWhatToDo()
    {
        auto window = windowFor(QStringLiteral("quality-manager"));
        QVERIFY(window);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        auto* note = child<QLabel>(calls, "callsTableViewEmptyLabel");
        QVERIFY(note);
        QVERIFY(note->isHidden());
        auto* phone = child<QLineEdit>(calls, "phoneLineEdit");
        QTest::keyClicks(phone, QStringLiteral("040 999 9999"));
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(calls->model()->rowCount(), 0);
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("No calls match the filter")),
                 qPrintable(note->text()));
        QTest::mouseClick(child<QPushButton>(calls, "resetButton"), Qt::LeftButton);
        QVERIFY(calls->model()->rowCount() > 0);
        QVERIFY(note->isHidden());
    }

    // Selecting a call shows its details with a way to open its recording; the link, reached
    // with the keyboard, opens it in the player.
    void selectedCallOffersItsRecording()
    {
        auto window = windowFor(QStringLiteral("quality-manager"));
        QVERIFY(window);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        calls->player()->setPurpose(PlaybackPurpose::QualityReview);
        QVERIFY(calls->selectCall(m_call));
        auto* detail = child<QTextBrowser>(calls, "detailTextBrowser");
        QTRY_VERIFY(
            detail->toPlainText().contains(QStringLiteral("Open the recording in the player")));
        QCOMPARE(calls->player()->callId(), 0); // selecting alone opens nothing
        detail->setFocus();
        QTRY_VERIFY(detail->hasFocus());
        QTest::keyClick(detail, Qt::Key_Tab); // to the link
        QTest::keyClick(detail, Qt::Key_Return);
        QTRY_COMPARE(calls->player()->callId(), m_call);
    }
};

QTEST_MAIN(TestViews)
#include "tst_views.moc"
