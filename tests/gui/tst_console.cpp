// The console as each role sees it: sections, the call list filter, chat search landing on
// the highlighted message, and the switch to Finnish.

#include "core/RegisterProfile.h"
#include "core/Translations.h"
#include "gui/AdminPanel.h"
#include "gui/CallListModel.h"
#include "gui/CallsPanel.h"
#include "gui/ChatsPanel.h"
#include "gui/MainWindow.h"
#include "gui/RetentionPanel.h"
#include "services/UserService.h"
#include "support/TestData.h"
#include "support/TestRegister.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;

    std::unique_ptr<MainWindow> windowFor(const QString& user)
    {
        Error error;
        const QByteArray password = user == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : user.toUtf8() + "-violet-tram-harbour";
        auto session = Session::login(m_paths, user, secret(password.constData()), m_clock,
                                      fastOptions(), &error);
        if (!session) {
            qWarning() << error.message;
            return nullptr;
        }
        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        window->show();
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::apply(QStringLiteral("en"));
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty());
        auto admin = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                    m_clock, fastOptions(), &error);
        QVERIFY(admin);
        for (Role role : RoleNames::all()) {
            const QByteArray password = RoleNames::id(role).toUtf8() + "-violet-tram-harbour";
            QVERIFY(UserService(*admin).add(RoleNames::id(role), role, secret(password.constData()),
                                            &error));
        }
        QVERIFY(fillRegister(*admin, 60));
    }

    void sectionsByRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("quality manager")
            << QStringLiteral("quality-manager")
            << QStringList{QStringLiteral("calls"), QStringLiteral("chats"),
                           QStringLiteral("coaching"), QStringLiteral("quality"),
                           QStringLiteral("notice")};
        QTest::newRow("trainer") << QStringLiteral("trainer")
                                 << QStringList{QStringLiteral("calls"), QStringLiteral("chats"),
                                                QStringLiteral("coaching"),
                                                QStringLiteral("quality"),
                                                QStringLiteral("notice")};
        QTest::newRow("privacy officer")
            << QStringLiteral("privacy-officer")
            << QStringList{QStringLiteral("calls"),           QStringLiteral("chats"),
                           QStringLiteral("access-requests"), QStringLiteral("retention"),
                           QStringLiteral("audit-trail"),     QStringLiteral("notice")};
        QTest::newRow("administrator")
            << QStringLiteral("administrator")
            << QStringList{QStringLiteral("retention"), QStringLiteral("administration"),
                           QStringLiteral("audit-trail"), QStringLiteral("notice")};
    }

    void sectionsByRole()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, sections);
        auto window = windowFor(user);
        QVERIFY(window);
        auto* list = window->findChild<QListWidget*>(QStringLiteral("sectionListWidget"));
        QStringList shown;
        for (int i = 0; i < list->count(); ++i)
            shown << list->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(shown, sections);
        // File → Import is there for administrators only.
        auto* import = window->findChild<QAction*>(QStringLiteral("importCdrAction"));
        QVERIFY(import);
        QCOMPARE(import->isVisible(), user == QLatin1String("administrator"));
        // A section that is not shown has no page at all.
        for (Section s : Sections::all()) {
            QCOMPARE(window->sectionPage(s) != nullptr, sections.contains(Sections::id(s)));
        }
    }

    void filterTheCallList()
    {
        auto window = windowFor(QStringLiteral("privacy-officer"));
        QVERIFY(window);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls);
        auto* table = calls->findChild<QTableView*>(QStringLiteral("callsTableView"));
        QCOMPARE(table->model()->rowCount(), 60);
        auto* agent = calls->findChild<QComboBox*>(QStringLiteral("agentComboBox"));
        agent->setCurrentIndex(agent->findText(QStringLiteral("ben")));
        auto* direction = calls->findChild<QComboBox*>(QStringLiteral("directionComboBox"));
        direction->setCurrentIndex(2); // outbound
        QTest::mouseClick(calls->findChild<QPushButton*>(QStringLiteral("applyButton")),
                          Qt::LeftButton);
        // ben takes calls 2, 5, 8, …; outbound are every 5th: 5, 20, 35, 50.
        QCOMPARE(table->model()->rowCount(), 4);
        QStringList ids;
        for (int r = 0; r < 4; ++r)
            ids << QString::number(calls->model()->callId(r));
        QCOMPARE(ids, (QStringList{QStringLiteral("5"), QStringLiteral("20"), QStringLiteral("35"),
                                   QStringLiteral("50")}));
        auto* count = calls->findChild<QLabel*>(QStringLiteral("countLabel"));
        QVERIFY2(count->text().contains(QStringLiteral("4")), qPrintable(count->text()));

        // Ctrl+F goes to the phone field; a number typed in any form finds its call.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* phone = calls->findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"));
        QTRY_VERIFY(phone->hasFocus());
        QTest::mouseClick(calls->findChild<QPushButton*>(QStringLiteral("resetButton")),
                          Qt::LeftButton);
        QTest::keyClicks(phone, QStringLiteral("040 000 0017"));
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(calls->model()->callId(0), qint64(17));
    }

    void searchLandsOnTheHighlightedMessage()
    {
        auto window = windowFor(QStringLiteral("quality-manager"));
        QVERIFY(window);
        window->showSection(Section::Chats);
        auto* chats = qobject_cast<ChatsPanel*>(window->sectionPage(Section::Chats));
        QVERIFY(chats);
        auto* search = chats->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("paatos"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(chats->resultCount(), 1);
        const QString html = chats->transcriptHtml();
        // The hit message is marked and the word is highlighted, with its Finnish letters.
        QVERIFY2(html.contains(QStringLiteral("#ffe066")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Päätös")));
        QVERIFY(html.contains(QStringLiteral("#fff6cc")));
        // And the other way round: the Finnish spelling finds it too.
        search->setText(QStringLiteral("päätös")); // keyClicks types ASCII only
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(chats->resultCount(), 1);
        // A search that finds nothing says so over the empty list, and Latest chats brings
        // the chats back.
        auto* note = chats->findChild<QLabel*>(QStringLiteral("resultsListWidgetEmptyLabel"));
        QVERIFY(note);
        QVERIFY(note->isHidden());
        search->setText(QStringLiteral("zqxwvy"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(chats->resultCount(), 0);
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("No chat contains these words")),
                 qPrintable(note->text()));
        QTest::mouseClick(chats->findChild<QPushButton*>(QStringLiteral("recentButton")),
                          Qt::LeftButton);
        QVERIFY(chats->resultCount() > 0);
        QVERIFY(note->isHidden());
        // Nonsense input is a message, not a crash.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("\"AND ( NEAR"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(chats->resultCount(), 0);
        // The empty list speaks of the search that was tried, not of an empty register.
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(!note->text().contains(QStringLiteral("No chats yet")), qPrintable(note->text()));
    }

    void administratorEditsTheProfile()
    {
        auto window = windowFor(QStringLiteral("administrator"));
        QVERIFY(window);
        auto* panel =
            qobject_cast<RetentionPanel*>(window->sectionPage(Section::RetentionAndHolds));
        QVERIFY(panel);
        auto* editor = panel->findChild<QPlainTextEdit*>(QStringLiteral("profileEditor"));
        QVERIFY(editor);
        // A broken profile is refused with the JSON path, and nothing is saved.
        editor->setPlainText(QStringLiteral("{\"schema\": \"tallenne.register-profile/1\"}"));
        QVERIFY(!panel->saveProfile());
        QVERIFY2(panel->statusText().contains(QStringLiteral("register_name")),
                 qPrintable(panel->statusText()));
        // A file past the profile's limit is not loaded (nor read whole): the editor keeps
        // what it had (issue [15]).
        QTemporaryDir scratch;
        QFile huge(scratch.filePath(QStringLiteral("huge.json")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        huge.write(QByteArray(RegisterProfile::MaxFileBytes + 1, ' '));
        huge.close();
        const QString before = editor->toPlainText();
        panel->loadFromFile(huge.fileName());
        QCOMPARE(editor->toPlainText(), before);
        QVERIFY2(panel->statusText().contains(QStringLiteral("too large for a register profile")),
                 qPrintable(panel->statusText()));
        panel->loadFromFile(
            QStringLiteral(TALLENNE_TEST_DATA "/../../resources/profiles/nordic-helpdesk.json"));
        QVERIFY2(panel->saveProfile(), qPrintable(panel->statusText()));
        // The retention in force now reads from the saved profile, for everyone in the section.
        auto officer = windowFor(QStringLiteral("privacy-officer"));
        auto* view =
            qobject_cast<RetentionPanel*>(officer->sectionPage(Section::RetentionAndHolds));
        QVERIFY(view);
        QVERIFY(!view->findChild<QPlainTextEdit*>(QStringLiteral("profileEditor")));
        const QString text = view->findChildren<QLabel*>().first()->text();
        QVERIFY2(text.contains(QStringLiteral("6 months")), qPrintable(text));
    }

    void switchToFinnish()
    {
        auto window = windowFor(QStringLiteral("trainer"));
        QVERIFY(window);
        window->setLanguage(QStringLiteral("fi"));
        auto* list = window->findChild<QListWidget*>(QStringLiteral("sectionListWidget"));
        // Qt posts LanguageChange to the windows: wait for it to arrive.
        QTRY_COMPARE(list->item(0)->text(), QStringLiteral("Puhelut"));
        auto* calls = window->sectionPage(Section::Calls);
        QTRY_COMPARE(calls->findChild<QPushButton*>(QStringLiteral("applyButton"))->text(),
                     QStringLiteral("&Käytä suodatinta"));
        window.reset();
        // The choice is remembered for the user.
        auto again = windowFor(QStringLiteral("trainer"));
        QCOMPARE(Translations::current(), QStringLiteral("fi"));
        again->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(
            again->findChild<QListWidget*>(QStringLiteral("sectionListWidget"))->item(0)->text(),
            QStringLiteral("Calls"));
    }

    // Chats beyond the first page come in as the list is scrolled; the filter (dates, agent,
    // channel) narrows the latest chats and a search, Enter in a filter field applies it; the
    // transcript opens under its header, with only the words that matched highlighted.
    void chatFiltersPagingAndHeader()
    {
        {
            Error error;
            auto admin = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                        m_clock, fastOptions(), &error);
            QVERIFY(admin);
            // 600 chats of cecilia's on WhatsApp, the newest a day before the two of
            // fillRegister (2026-01-15 07:00 and 08:00 UTC).
            QVERIFY(addChats(admin->db(), 600, 1000,
                             QDateTime(QDate(2026, 1, 14), QTime(9, 0), Qt::UTC), 3,
                             QStringLiteral("whatsapp")));
        }
        auto window = windowFor(QStringLiteral("quality-manager"));
        QVERIFY(window);
        window->showSection(Section::Chats);
        auto* chats = qobject_cast<ChatsPanel*>(window->sectionPage(Section::Chats));
        QVERIFY(chats);
        auto* list = chats->findChild<QListWidget*>(QStringLiteral("resultsListWidget"));
        auto* status = chats->findChild<QLabel*>(QStringLiteral("statusLabel"));
        auto* note = chats->findChild<QLabel*>(QStringLiteral("resultsListWidgetEmptyLabel"));
        auto* search = chats->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* agent = chats->findChild<QComboBox*>(QStringLiteral("agentComboBox"));
        auto* channel = chats->findChild<QComboBox*>(QStringLiteral("channelComboBox"));
        auto* fromCheck = chats->findChild<QCheckBox*>(QStringLiteral("fromCheckBox"));
        auto* toCheck = chats->findChild<QCheckBox*>(QStringLiteral("toCheckBox"));
        auto* fromDate = chats->findChild<QDateEdit*>(QStringLiteral("fromDateEdit"));
        auto* toDate = chats->findChild<QDateEdit*>(QStringLiteral("toDateEdit"));
        QVERIFY(list && status && note && search && agent && channel && fromCheck && toCheck &&
                fromDate && toDate);
        QTest::mouseClick(chats->findChild<QPushButton*>(QStringLiteral("recentButton")),
                          Qt::LeftButton);

        // A row for every chat from the start, read a page at a time as it comes in sight: the
        // scroll bar shows where the view is among all of them (a trial of [9] saw its handle
        // at the bottom over the newest chats, and near the top with the oldest selected).
        const auto chatOf = [list](int row) {
            return list->item(row)->data(Qt::UserRole + 1).toLongLong();
        };
        QCOMPARE(list->count(), 602);
        QVERIFY2(status->text().contains(QStringLiteral("602 chat")) &&
                     !status->text().contains(QStringLiteral("scroll down")),
                 qPrintable(status->text()));
        QScrollBar* bar = list->verticalScrollBar();
        QCOMPARE(bar->value(), 0); // the newest in sight: the handle at the top
        QVERIFY(bar->maximum() > 300);
        QVERIFY(chatOf(0) > 0);
        QCOMPARE(chatOf(601), qint64(0)); // not read before it is wanted
        // Half-way down the bar: the middle of the list, read as it comes in sight.
        bar->setValue(bar->maximum() / 2);
        const int middle = list->indexAt(QPoint(1, 1)).row();
        QVERIFY2(middle > 200 && middle < 400, qPrintable(QString::number(middle)));
        QVERIFY(chatOf(middle) > 0);
        // The oldest chat is the last row, End reaches it at once with the handle at the
        // bottom, and it opens under its header.
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_End);
        QCOMPARE(list->currentRow(), 601);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(chatOf(601) > 0);
        const QDateTime oldestStart =
            QDateTime(QDate(2026, 1, 14), QTime(9, 0), Qt::UTC).addSecs(-599 * 600);
        auto* transcript = chats->findChild<QTextBrowser*>(QStringLiteral("transcriptTextBrowser"));
        QVERIFY(transcript);
        const QString header = transcript->toPlainText().section(QLatin1Char('\n'), 0, 1);
        for (const QString& expected :
             {QStringLiteral("Agent:"), QStringLiteral("cecilia"), QStringLiteral("Channel:"),
              QStringLiteral("WhatsApp"), QStringLiteral("Started:"), QStringLiteral("Ended:"),
              QLocale().toString(oldestStart.toLocalTime(), QLocale::ShortFormat),
              QLocale().toString(oldestStart.addSecs(300).toLocalTime(), QLocale::ShortFormat)})
            QVERIFY2(header.contains(expected),
                     qPrintable(expected + QStringLiteral(": ") + header));

        // Channel WhatsApp by keys, Enter applies: cecilia's 600 only.
        channel->setFocus();
        QCOMPARE(channel->itemText(2), QStringLiteral("WhatsApp"));
        QTest::keyClick(channel, Qt::Key_Down);
        QTest::keyClick(channel, Qt::Key_Down);
        QTest::keyClick(channel, Qt::Key_Return);
        QVERIFY2(status->text().contains(QStringLiteral("600 chat")), qPrintable(status->text()));
        QCOMPARE(list->count(), 600);
        // Agent anna on WhatsApp: none, and the empty list says it is the filter.
        agent->setFocus();
        QCOMPARE(agent->itemText(1), QStringLiteral("anna"));
        QTest::keyClick(agent, Qt::Key_Down);
        QTest::keyClick(agent, Qt::Key_Return);
        QCOMPARE(list->count(), 0);
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("filter")), qPrintable(note->text()));
        // Any channel: anna's one chat.
        channel->setFocus();
        QTest::keyClick(channel, Qt::Key_Home);
        QTest::keyClick(channel, Qt::Key_Enter);
        QCOMPARE(list->count(), 1);
        QTRY_VERIFY(note->isHidden());

        // A search within the filter: päätös finds anna's chat (päätös) and, with any agent,
        // the 6 of cecilia's that wait for a päätöksen, but not the terminus (päätepysäkki).
        search->setText(QString::fromUtf8("päätös")); // keyClicks types ASCII only
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole + 1).toLongLong(), qint64(1));
        agent->setFocus();
        QTest::keyClick(agent, Qt::Key_Home);
        QTest::keyClick(agent, Qt::Key_Return);
        QCOMPARE(list->count(), 7);
        QVERIFY2(status->text().contains(QStringLiteral("7 message")), qPrintable(status->text()));
        // The dates narrow the search too: 2026-01-15 has only fillRegister's chats. Enter in
        // the date field applies.
        QTest::mouseClick(fromCheck, Qt::LeftButton);
        QTest::mouseClick(toCheck, Qt::LeftButton);
        QVERIFY(fromCheck->isChecked() && toCheck->isChecked());
        fromDate->setDate(QDate(2026, 1, 15));
        toDate->setDate(QDate(2026, 1, 15));
        toDate->setFocus();
        QTest::keyClick(toDate, Qt::Key_Return);
        QCOMPARE(list->count(), 1);
        QTest::mouseClick(fromCheck, Qt::LeftButton);
        QTest::mouseClick(toCheck, Qt::LeftButton);
        QTest::keyClick(toCheck, Qt::Key_Return);
        QCOMPARE(list->count(), 7);

        // A hit in cecilia's chats: only the word that matched is marked, not the terminus
        // that begins the same.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_End);
        const QString html = chats->transcriptHtml();
        QVERIFY2(html.contains(QString::fromUtf8("päätepysäkkiä")), qPrintable(html));
        static const QRegularExpression marked(
            QStringLiteral("background-color:#ffe066;\"?>([^<]*)<"));
        QStringList words;
        for (auto it = marked.globalMatch(html); it.hasNext();)
            words << it.next().captured(1);
        QCOMPARE(words, QStringList{QString::fromUtf8("päätöksen")});

        // Only symbols: no words to search for, which the list says.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("(("));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(list->count(), 0);
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Type a word")), qPrintable(note->text()));
        QVERIFY2(!note->text().contains(QStringLiteral("No chats yet")), qPrintable(note->text()));
    }

    // Issue [13]: a word in many messages lists the newest first (time, then id, both
    // descending) straight from the search index, also when the messages were written out of
    // time order and some share a second; scrolling down reads the next page after the last.
    void commonWordNewestFirst()
    {
        constexpr int messages = 450;
        QList<qint64> expected;
        {
            Error error;
            auto admin = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                        m_clock, fastOptions(), &error);
            QVERIFY(admin);
            QVERIFY(admin->db().transaction());
            const qint64 base =
                QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
            for (int n = 0; n < messages; ++n) {
                // Times scrambled against the ids; every tenth shares its second with another.
                const qint64 at = base + qint64(n * 7919 % messages / (n % 10 == 0 ? 2 : 1)) * 60;
                QVERIFY(execSql(admin->db(),
                                QStringLiteral("INSERT INTO chats (id, source_id, started_at,"
                                               " nickname, agent_id, channel) VALUES (?, ?, ?,"
                                               " 'Asiakas', 1, 'web')"),
                                {9000 + n, QStringLiteral("common-%1").arg(n), at}));
                QVERIFY(execSql(admin->db(),
                                QStringLiteral("INSERT INTO chat_messages (chat_id, seq, sent_at,"
                                               " sender, text) VALUES (?, 1, ?, 'customer', ?)"),
                                {9000 + n, at, QStringLiteral("Kumikana numero %1.").arg(n)}));
            }
            QVERIFY(admin->db().commit());
            QSqlQuery q(admin->db());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT m.id FROM chat_messages m JOIN chats c ON c.id = m.chat_id WHERE"
                " m.text LIKE '%kumikana%' AND c.restricted = 0 ORDER BY m.sent_at DESC,"
                " m.id DESC")));
            while (q.next())
                expected << q.value(0).toLongLong();
        }
        QCOMPARE(expected.size(), messages);
        auto window = windowFor(QStringLiteral("quality-manager"));
        QVERIFY(window);
        window->showSection(Section::Chats);
        auto* chats = qobject_cast<ChatsPanel*>(window->sectionPage(Section::Chats));
        QVERIFY(chats);
        auto* list = chats->findChild<QListWidget*>(QStringLiteral("resultsListWidget"));
        auto* search = chats->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* status = chats->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QVERIFY(list && search && status);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("kumikana"));
        QTest::keyClick(search, Qt::Key_Return);
        const auto shown = [list] {
            QList<qint64> ids;
            for (int row = 0; row < list->count(); ++row)
                ids << list->item(row)->data(Qt::UserRole + 2).toLongLong();
            return ids;
        };
        QVERIFY(list->count() > 0 && list->count() < messages); // one page
        QCOMPARE(shown(), expected.mid(0, list->count()));
        // The first page before the count of all the hits, which a worker brings.
        QVERIFY2(status->text().contains(QStringLiteral("counting")), qPrintable(status->text()));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("450 message")),
                     qPrintable(status->text()));
        // Down to the end of the list: the next pages continue the order.
        for (int round = 0; round < 5 && list->count() < messages; ++round) {
            list->setFocus();
            QTest::keyClick(list, Qt::Key_End);
            QTest::qWait(0);
        }
        QTRY_COMPARE(list->count(), messages);
        QCOMPARE(shown(), expected);
    }

    // Last: the first administrator gives up the keys their role does not carry, from the
    // Administration page, answering the question as a person would.
    void firstAdministratorHandsOverTheKeys()
    {
        auto window = windowFor(QStringLiteral("admin"));
        QVERIFY(window);
        // The page shown, as the administrator has it (its users are a tab of it now).
        window->showSection(Section::Administration);
        auto* panel = qobject_cast<AdminPanel*>(window->sectionPage(Section::Administration));
        QVERIFY(panel);
        auto* users = panel->findChild<QTableWidget*>(QStringLiteral("users"));
        QVERIFY(users);
        const auto keysOf = [users](const QString& name) {
            for (int row = 0; row < users->rowCount(); ++row) {
                if (users->item(row, 0)->text() == name)
                    return users->item(row, 2)->text();
            }
            return QString();
        };
        QCOMPARE(keysOf(QStringLiteral("admin")),
                 QStringLiteral("identifiers, lookup, recordings"));
        QCOMPARE(keysOf(QStringLiteral("trainer")), QStringLiteral("recordings"));
        QCOMPARE(keysOf(QStringLiteral("administrator")), QStringLiteral("register only"));
        auto* handover = panel->findChild<QPushButton*>(QStringLiteral("handover"));
        QVERIFY(handover);
        QVERIFY(!handover->isHidden());
        QVERIFY(handover->isEnabled());
        // Yes to the question, OK to the confirmation.
        QStringList asked;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, [&asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked << box->text();
            QAbstractButton* button = box->button(QMessageBox::Yes);
            QTest::mouseClick(button ? button : box->button(QMessageBox::Ok), Qt::LeftButton);
        });
        answer.start();
        QTest::mouseClick(handover, Qt::LeftButton);
        QTRY_COMPARE(asked.size(), 2);
        answer.stop();
        QVERIFY2(asked.at(1).startsWith(QStringLiteral("Handed over")), qPrintable(asked.at(1)));
        QCOMPARE(keysOf(QStringLiteral("admin")), QStringLiteral("register only"));
        QCOMPARE(keysOf(QStringLiteral("privacy-officer")),
                 QStringLiteral("identifiers, lookup, recordings"));
        QVERIFY(handover->isHidden());
        // The session holds nothing now, and neither does the next login.
        window.reset();
        Error error;
        auto again = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                    m_clock, fastOptions(), &error);
        QVERIFY(again);
        for (Capability c : Capabilities::sealedInRegister())
            QVERIFY(!again->keys().holds(c));
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
