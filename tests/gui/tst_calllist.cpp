// The call list as a reviewer meets it: the columns they read fit the default window, columns
// chosen and moved stay so for them, durations read m:ss, the period presets and a typed day
// filter, sorting by agent or queue follows the language, and named filters come back.

#include "gui/CallListModel.h"
#include "gui/CallsPanel.h"
#include "gui/MainWindow.h"
#include "gui/Translations.h"
#include "services/UserService.h"
#include "support/GuiTest.h"
#include "support/TestData.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {

constexpr int FilledCalls = 30;
const char* const reviewer = "laura";

/// The texts of one column of the rows the list shows.
QStringList columnTexts(const QAbstractItemModel* model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

/// The distinct values of a column, in the order they first appear.
QStringList groups(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values) {
        if (out.isEmpty() || out.last() != v)
            out << v;
    }
    return out;
}

/// Runs `action` on the next popup menu or modal dialog once it is open.
void onPopup(std::function<void(QWidget*)> action)
{
    QTimer::singleShot(0, [action] {
        QWidget* popup = nullptr;
        (void)QTest::qWaitFor(
            [&popup] {
                popup = QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                          : QApplication::activeModalWidget();
                return popup != nullptr;
            },
            5000);
        action(popup);
    });
}

} // namespace

class TestCallList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock; // 2026-01-15 09:00 UTC
    RegisterPaths m_paths;

    std::unique_ptr<Session> login(const QString& user) { return loginTo(m_paths, m_clock, user); }

    /// A call beside the filled ones: another day, a long one, names that sort by language.
    static bool addCall(Session& admin, int id, const QDateTime& start, int duration, int agent,
                        const QVariant& queue)
    {
        return execSql(
            admin.db(),
            QStringLiteral("INSERT INTO calls (id, source_id, started_at, answered_at, ended_at,"
                           " duration_s, billsec, direction, caller, service_number_id, queue_id,"
                           " agent_id, disposition, restricted)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, 'inbound', '+358400009999', 1, ?, ?,"
                           " 'ANSWERED', 0)"),
            {id, QStringLiteral("extra-%1").arg(id), start.toSecsSinceEpoch(),
             start.toSecsSinceEpoch() + 3, start.toSecsSinceEpoch() + duration, duration, duration,
             queue, agent});
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
        for (const char* user : {reviewer, "other"})
            QVERIFY2(UserService(*admin).add(QString::fromLatin1(user), Role::QualityManager,
                                             secret(passwordOf(QString::fromLatin1(user))), &error),
                     qPrintable(error.message));
        // Calls 1..30 on 15 January (call 2 restricted, so 29 for a quality manager), agents
        // anna, ben, cecilia, queues Laskutus and Tekninen tuki.
        QVERIFY(fillRegister(*admin, FilledCalls));
        QVERIFY(execSql(admin->db(),
                        QStringLiteral("INSERT INTO agents (id, name) VALUES (4, 'Bertta'),"
                                       " (5, 'Ärrä'), (6, 'Öljy'), (7, 'zeta')")));
        QVERIFY(execSql(admin->db(), QStringLiteral("INSERT INTO queues (id, name) VALUES"
                                                    " (3, 'asiakaspalvelu')")));
        const auto at = [](int day, int month, int year) {
            return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
        };
        QVERIFY(addCall(*admin, 101, at(14, 1, 2026), 3725, 4, 3)); // yesterday, over an hour
        QVERIFY(addCall(*admin, 102, at(9, 1, 2026), 60, 5, 3));    // within the last 7 days
        QVERIFY(addCall(*admin, 103, at(2, 1, 2026), 61, 6, QVariant(QMetaType(QMetaType::Int))));
        QVERIFY(addCall(*admin, 104, at(20, 12, 2025), 62, 7, 1)); // last month
    }

    void cleanup() { Translations::apply(QStringLiteral("en")); }

    // A new user at the default window size sees the reviewer's columns without scrolling.
    void columnsFitTheDefaultWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fi") << QStringLiteral("fi");
    }
    void columnsFitTheDefaultWindow()
    {
        QFETCH(QString, language);
        Translations::apply(language);
        auto session = login(QStringLiteral("other"));
        QVERIFY(session);
        MainWindow window(std::move(session), m_clock, fastOptions());
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* calls = qobject_cast<CallsPanel*>(window.sectionPage(Section::Calls));
        QVERIFY(calls);
        auto* table = child<QTableView>(calls, "callsTableView");
        QHeaderView* header = table->horizontalHeader();
        QCOMPARE(table->horizontalScrollBar()->value(), 0);
        // Enough of the list's height is left for rows beside the details and the player.
        QVERIFY2(table->viewport()->height() >= 8 * table->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(table->viewport()->height())));
        for (int c : {CallListModel::StartedAt, CallListModel::Duration, CallListModel::Direction,
                      CallListModel::Caller, CallListModel::ServiceNumber, CallListModel::Queue,
                      CallListModel::Agent, CallListModel::Disposition}) {
            const QString name =
                calls->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
            QVERIFY2(!header->isSectionHidden(c), qPrintable(name));
            const int left = header->sectionViewportPosition(c);
            QVERIFY2(left >= 0 && left + header->sectionSize(c) <= table->viewport()->width(),
                     qPrintable(QStringLiteral("%1 at %2+%3 in %4")
                                    .arg(name)
                                    .arg(left)
                                    .arg(header->sectionSize(c))
                                    .arg(table->viewport()->width())));
            // The heading itself is not cut either.
            QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(name),
                     qPrintable(name));
        }
    }

    // Durations read m:ss, h:mm:ss from an hour on, right-aligned.
    void durations()
    {
        QCOMPARE(CallListModel::formatDuration(31), QStringLiteral("0:31"));
        QCOMPARE(CallListModel::formatDuration(600), QStringLiteral("10:00"));
        QCOMPARE(CallListModel::formatDuration(3599), QStringLiteral("59:59"));
        QCOMPARE(CallListModel::formatDuration(3725), QStringLiteral("1:02:05"));
        auto session = login(QString::fromLatin1(reviewer));
        QVERIFY(session);
        CallsPanel panel(*session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // Newest first: 29 calls of the 15th, then call 101 of the 14th.
        const QAbstractItemModel* model = panel.model();
        QCOMPARE(model->index(FilledCalls - 1, CallListModel::Duration).data().toString(),
                 QStringLiteral("1:02:05"));
        QCOMPARE(model->index(0, CallListModel::Duration).data().toString(),
                 QStringLiteral("0:31"));
        QVERIFY(Qt::Alignment(
                    model->index(0, CallListModel::Duration).data(Qt::TextAlignmentRole).toInt()) &
                Qt::AlignRight);
    }

    // Columns chosen in the headings' menu (or by the Columns button) and moved by their
    // headings stay so for this user, in a new session.
    void columnsChosenAndMovedAreRemembered()
    {
        {
            auto session = login(QString::fromLatin1(reviewer));
            QVERIFY(session);
            CallsPanel panel(*session);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QHeaderView* header = child<QTableView>(&panel, "callsTableView")->horizontalHeader();
            QVERIFY(!header->isSectionHidden(CallListModel::Queue));
            // The headings' menu: Queue unchecked.
            bool triggered = false;
            bool openAfterClick = false;
            onPopup([&triggered, &openAfterClick](QWidget* popup) {
                auto* menu = qobject_cast<QMenu*>(popup);
                if (!menu)
                    return;
                for (QAction* action : menu->actions()) {
                    if (action->text() == QLatin1String("Queue") && action->isChecked()) {
                        QTest::mouseClick(menu, Qt::LeftButton, {},
                                          menu->actionGeometry(action).center());
                        triggered = !action->isChecked();
                    }
                }
                openAfterClick = menu->isVisible();
                menu->close();
            });
            emit header->customContextMenuRequested(QPoint(10, 5));
            QVERIFY(triggered);
            QVERIFY(openAfterClick);
            QVERIFY(header->isSectionHidden(CallListModel::Queue));
            // The keyboard way: Tab to Columns…, Space opens the same menu; Evaluation off.
            auto* columns = child<QPushButton>(&panel, "columnsButton");
            columns->setFocus(Qt::TabFocusReason);
            QStringList offered;
            bool stayedOpen = false;
            onPopup([&offered, &stayedOpen](QWidget* popup) {
                auto* menu = qobject_cast<QMenu*>(popup);
                if (!menu)
                    return;
                for (QAction* action : menu->actions())
                    offered << action->text();
                // Down to Evaluation and Enter, as the keyboard does it.
                const int at = int(offered.indexOf(QStringLiteral("Evaluation")));
                for (int i = 0; i <= at; ++i)
                    QTest::keyClick(menu, Qt::Key_Down);
                QTest::keyClick(menu, Qt::Key_Return);
                // The menu stays for the next column; Esc closes it.
                stayedOpen = menu->isVisible();
                QTest::keyClick(menu, Qt::Key_Escape);
            });
            QTest::keyClick(columns, Qt::Key_Space);
            QTRY_VERIFY(header->isSectionHidden(CallListModel::Evaluation));
            QVERIFY(stayedOpen);
            QVERIFY(offered.contains(QStringLiteral("Queue")));
            QVERIFY(offered.contains(QStringLiteral("Agent")));
            // Agent dragged to the front (what a drag of its heading does).
            header->moveSection(header->visualIndex(CallListModel::Agent), 0);
            QCOMPARE(header->logicalIndex(0), int(CallListModel::Agent));
        }
        auto session = login(QString::fromLatin1(reviewer));
        QVERIFY(session);
        CallsPanel panel(*session);
        QHeaderView* header = child<QTableView>(&panel, "callsTableView")->horizontalHeader();
        QVERIFY(header->isSectionHidden(CallListModel::Queue));
        QVERIFY(header->isSectionHidden(CallListModel::Evaluation));
        QVERIFY(!header->isSectionHidden(CallListModel::Agent));
        QCOMPARE(header->logicalIndex(0), int(CallListModel::Agent));
        QCOMPARE(header->logicalIndex(1), int(CallListModel::StartedAt));
        // Another user's list is as it was.
        auto other = login(QStringLiteral("other"));
        CallsPanel theirs(*other);
        QHeaderView* theirHeader = child<QTableView>(&theirs, "callsTableView")->horizontalHeader();
        QVERIFY(!theirHeader->isSectionHidden(CallListModel::Queue));
        QCOMPARE(theirHeader->logicalIndex(0), int(CallListModel::StartedAt));
        // Back to every column for the cases after this one.
        for (int c = 0; c < CallListModel::ColumnCount; ++c)
            header->setSectionHidden(c, false);
        header->moveSection(0, CallListModel::ColumnCount - 1);
    }

    // The period presets set the dates and apply them; the count follows.
    void periodPresets()
    {
        auto session = login(QString::fromLatin1(reviewer));
        QVERIFY(session);
        CallsPanel panel(*session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* period = child<QComboBox>(&panel, "periodComboBox");
        auto* count = child<QLabel>(&panel, "countLabel");
        auto* from = child<QDateEdit>(&panel, "fromDateEdit");
        auto* to = child<QDateEdit>(&panel, "toDateEdit");
        QCOMPARE(period->currentText(), QStringLiteral("Any time"));
        QCOMPARE(panel.model()->matchCount(), qint64(FilledCalls - 1 + 4));
        QCOMPARE(count->text(), QStringLiteral("33 calls match"));
        period->setFocus();
        const auto choose = [period](const QString& text) {
            // Arrow keys on the closed box, as a keyboard user chooses.
            const int target = period->findText(text);
            while (period->currentIndex() < target)
                QTest::keyClick(period, Qt::Key_Down);
            while (period->currentIndex() > target)
                QTest::keyClick(period, Qt::Key_Up);
        };
        choose(QStringLiteral("Today"));
        QCOMPARE(panel.model()->matchCount(), qint64(FilledCalls - 1));
        QCOMPARE(count->text(), QStringLiteral("29 calls match"));
        QVERIFY(child<QCheckBox>(&panel, "fromCheckBox")->isChecked());
        QCOMPARE(from->date(), QDate(2026, 1, 15));
        QCOMPARE(to->date(), QDate(2026, 1, 15));
        choose(QStringLiteral("Yesterday"));
        QCOMPARE(panel.model()->matchCount(), qint64(1));
        QCOMPARE(panel.model()->callId(0), qint64(101));
        QVERIFY2(count->text().startsWith(QLatin1String("1 call")), qPrintable(count->text()));
        choose(QStringLiteral("Last 7 days"));
        QCOMPARE(from->date(), QDate(2026, 1, 9));
        QCOMPARE(panel.model()->matchCount(), qint64(FilledCalls - 1 + 2));
        choose(QStringLiteral("This month"));
        QCOMPARE(from->date(), QDate(2026, 1, 1));
        QCOMPARE(panel.model()->matchCount(), qint64(FilledCalls - 1 + 3));
        choose(QStringLiteral("Any time"));
        QVERIFY(!child<QCheckBox>(&panel, "fromCheckBox")->isChecked());
        QCOMPARE(panel.model()->matchCount(), qint64(FilledCalls - 1 + 4));
    }

    // A day typed into a date field filters (its box turns on), in the language's format, and
    // Enter applies the filter from any field of the form.
    void typedDayAndEnter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("day");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("dd/MM/yyyy")
                            << QStringLiteral("09");
        QTest::newRow("fi") << QStringLiteral("fi") << QStringLiteral("d.M.yyyy")
                            << QStringLiteral("9");
    }
    void typedDayAndEnter()
    {
        QFETCH(QString, language);
        QFETCH(QString, format);
        QFETCH(QString, day);
        Translations::apply(language);
        auto session = login(QString::fromLatin1(reviewer));
        QVERIFY(session);
        CallsPanel panel(*session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* to = child<QDateEdit>(&panel, "toDateEdit");
        QCOMPARE(to->displayFormat(), format);
        QCOMPARE(to->text(), QDate(2026, 1, 15).toString(format));
        QVERIFY(to->isEnabled());
        // Tab selects the first part of the date, the day: the user types the 9th over it.
        to->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(to, day);
        QCOMPARE(to->date(), QDate(2026, 1, 9));
        QVERIFY(child<QCheckBox>(&panel, "toCheckBox")->isChecked());
        QCOMPARE(panel.model()->matchCount(), qint64(FilledCalls - 1 + 4)); // not applied yet
        QTest::keyClick(to, Qt::Key_Return);
        QCOMPARE(panel.model()->matchCount(), qint64(3)); // calls 102, 103 and 104
        QVERIFY(child<QLabel>(&panel, "countLabel")->text().startsWith(QLatin1Char('3')));
        // Enter in another field: the shortest duration.
        auto* minimum = child<QSpinBox>(&panel, "minDurationSpinBox");
        minimum->setFocus(Qt::TabFocusReason);
        QTest::keyClick(minimum, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(minimum, QStringLiteral("62"));
        QTest::keyClick(minimum, Qt::Key_Enter);
        QCOMPARE(panel.model()->matchCount(), qint64(1)); // call 104, 62 s
        QVERIFY(child<QLabel>(&panel, "countLabel")->text().startsWith(QLatin1Char('1')));
    }

    // A changed filter applies itself, as on the Chats page: a choice at once, a typed number
    // after a pause; a phone number waits for Enter (a partial number is no search).
    void filtersApplyThemselves()
    {
        auto session = login(QString::fromLatin1(reviewer));
        QVERIFY(session);
        CallsPanel panel(*session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const qint64 all = FilledCalls - 1 + 4;
        QCOMPARE(panel.model()->matchCount(), all);
        auto* count = child<QLabel>(&panel, "countLabel");
        auto* agent = child<QComboBox>(&panel, "agentComboBox");
        agent->setFocus(Qt::TabFocusReason);
        QTest::keyClick(agent, Qt::Key_Down);
        QVERIFY(agent->currentIndex() > 0);
        const qint64 ofAgent = panel.model()->matchCount();
        QVERIFY2(ofAgent > 0 && ofAgent < all, qPrintable(count->text()));
        QVERIFY(count->text().startsWith(QString::number(ofAgent)));
        QTest::keyClick(agent, Qt::Key_Up);
        QCOMPARE(panel.model()->matchCount(), all);

        auto* minimum = child<QSpinBox>(&panel, "minDurationSpinBox");
        minimum->setFocus(Qt::TabFocusReason);
        QTest::keyClick(minimum, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(minimum, QStringLiteral("62"));
        QCOMPARE(panel.model()->matchCount(), all);           // not at each digit
        QTRY_COMPARE(panel.model()->matchCount(), qint64(2)); // the calls of 62 s or more
        QVERIFY(count->text().startsWith(QLatin1Char('2')));
        QTest::keyClick(minimum, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(minimum, QStringLiteral("0"));
        QTRY_COMPARE(panel.model()->matchCount(), all);

        auto* phone = child<QLineEdit>(&panel, "phoneLineEdit");
        phone->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(phone, QStringLiteral("+358 40 999 0000"));
        QTest::qWait(700);
        QCOMPARE(panel.model()->matchCount(), all);
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(panel.model()->matchCount(), qint64(0));
    }

    // Trial of [9], shot 06: the phone number cleared with the field's clear (×) button left
    // the old number's calls listed under an empty field. Emptying the field applies at once.
    void clearButtonApplies()
    {
        auto session = login(QString::fromLatin1(reviewer));
        QVERIFY(session);
        CallsPanel panel(*session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const qint64 all = FilledCalls - 1 + 4;
        auto* phone = child<QLineEdit>(&panel, "phoneLineEdit");
        QVERIFY(phone->isClearButtonEnabled());
        phone->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(phone, QStringLiteral("+358 40 999 0000"));
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(panel.model()->matchCount(), qint64(0));
        // The clear button is the line edit's own tool button, shown once there is text.
        QToolButton* clear = nullptr;
        for (QToolButton* b : phone->findChildren<QToolButton*>()) {
            if (b->isVisible())
                clear = b;
        }
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(phone->text().isEmpty());
        QCOMPARE(panel.model()->matchCount(), all);
        // Deleting the number by hand does the same.
        QTest::keyClicks(phone, QStringLiteral("+358 40 999 0000"));
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(panel.model()->matchCount(), qint64(0));
        QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(phone, Qt::Key_Backspace);
        QCOMPARE(panel.model()->matchCount(), all);
    }

    // Trial of [9], shot 11: Reset left "My filters" showing the saved filter chosen before.
    void resetClearsTheSavedFilterChoice()
    {
        auto session = login(QString::fromLatin1(reviewer));
        QVERIFY(session);
        CallsPanel panel(*session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* agent = child<QComboBox>(&panel, "agentComboBox");
        agent->setCurrentIndex(agent->findText(QStringLiteral("ben")));
        onPopup([](QWidget* popup) {
            auto* dialog = qobject_cast<QInputDialog*>(popup);
            if (!dialog)
                return;
            auto* name = dialog->findChild<QLineEdit*>();
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Ben to reset"));
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::mouseClick(child<QPushButton>(&panel, "saveFilterButton"), Qt::LeftButton);
        auto* saved = child<QComboBox>(&panel, "savedFilterComboBox");
        QCOMPARE(saved->currentText(), QStringLiteral("Ben to reset"));
        QTest::mouseClick(child<QPushButton>(&panel, "resetButton"), Qt::LeftButton);
        QCOMPARE(agent->currentIndex(), 0);
        QCOMPARE(saved->currentIndex(), -1);
        QVERIFY(!child<QPushButton>(&panel, "deleteFilterButton")->isEnabled());
        // It is still there to choose.
        QVERIFY(saved->findText(QStringLiteral("Ben to reset")) >= 0);
        saved->setCurrentIndex(saved->findText(QStringLiteral("Ben to reset")));
        QTest::mouseClick(child<QPushButton>(&panel, "deleteFilterButton"), Qt::LeftButton);
    }

    // A whole date typed over the whole field (selected by Ctrl+A, a double click or a drag)
    // is the date typed, separators and all, with or without leading zeros.
    void wholeDateTyped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("25/11/2025")
                            << QDate(2025, 11, 25);
        QTest::newRow("en single day")
            << QStringLiteral("en") << QStringLiteral("05/09/2025") << QDate(2025, 9, 5);
        QTest::newRow("fi") << QStringLiteral("fi") << QStringLiteral("25.11.2025")
                            << QDate(2025, 11, 25);
        QTest::newRow("fi short") << QStringLiteral("fi") << QStringLiteral("5.9.2025")
                                  << QDate(2025, 9, 5);
        QTest::newRow("fi zeros") << QStringLiteral("fi") << QStringLiteral("05.09.2025")
                                  << QDate(2025, 9, 5);
    }
    void wholeDateTyped()
    {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        Translations::apply(language);
        auto session = login(QString::fromLatin1(reviewer));
        QVERIFY(session);
        CallsPanel panel(*session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (const char* name : {"fromDateEdit", "toDateEdit"}) {
            auto* edit = child<QDateEdit>(&panel, name);
            edit->setFocus(Qt::TabFocusReason);
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(edit, typed);
            QCOMPARE(edit->date(), expected);
            // And again from a click in the middle of the field, then all selected.
            QTest::mouseClick(edit, Qt::LeftButton, {}, edit->rect().center());
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(edit, typed);
            QCOMPARE(edit->date(), expected);
        }
    }

    // A click on Agent or Queue sorts by the name as the language orders it, case aside, and by
    // time within one name.
    void sortByName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("agent en") << QStringLiteral("en") << int(CallListModel::Agent)
                                  << QStringList{
                                         QStringLiteral("anna"),    QStringLiteral("Ärrä"),
                                         QStringLiteral("ben"),     QStringLiteral("Bertta"),
                                         QStringLiteral("cecilia"), QStringLiteral("Öljy"),
                                         QStringLiteral("zeta")};
        QTest::newRow("agent fi") << QStringLiteral("fi") << int(CallListModel::Agent)
                                  << QStringList{
                                         QStringLiteral("anna"),   QStringLiteral("ben"),
                                         QStringLiteral("Bertta"), QStringLiteral("cecilia"),
                                         QStringLiteral("zeta"),   QStringLiteral("Ärrä"),
                                         QStringLiteral("Öljy")};
        QTest::newRow("queue fi") << QStringLiteral("fi") << int(CallListModel::Queue)
                                  << QStringList{QStringLiteral("asiakaspalvelu"),
                                                 QStringLiteral("Laskutus"),
                                                 QStringLiteral("Tekninen tuki"), QString()};
    }
    void sortByName()
    {
        QFETCH(QString, language);
        QFETCH(int, column);
        QFETCH(QStringList, expected);
        Translations::apply(language);
        auto session = login(QStringLiteral("other"));
        QVERIFY(session);
        CallsPanel panel(*session);
        panel.resize(1400, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* table = child<QTableView>(&panel, "callsTableView");
        QHeaderView* header = table->horizontalHeader();
        const auto click = [header, column] {
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + 8, header->height() / 2));
        };
        click();
        QCOMPARE(header->sortIndicatorSection(), column);
        if (header->sortIndicatorOrder() != Qt::AscendingOrder)
            click();
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        const QStringList names = columnTexts(panel.model(), column);
        QCOMPARE(names.size(), FilledCalls - 1 + 4);
        QCOMPARE(groups(names), expected);
        // Within one name, oldest first (ascending): the filled calls are older as ids grow.
        QHash<QString, qint64> previous;
        int compared = 0;
        for (int row = 0; row < names.size(); ++row) {
            const qint64 id = panel.model()->callId(row);
            if (id > FilledCalls)
                continue;
            if (previous.contains(names.at(row))) {
                QVERIFY2(id < previous.value(names.at(row)), qPrintable(QString::number(id)));
                ++compared;
            }
            previous.insert(names.at(row), id);
        }
        QVERIFY(compared > 10);
        // Descending is the exact reverse of the names, and calls without one stay last (a
        // blank sorts last both ways).
        click();
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        const QStringList descending = columnTexts(panel.model(), column);
        QStringList named = names;
        named.removeAll(QString());
        std::reverse(named.begin(), named.end());
        const qsizetype blanks = names.size() - named.size();
        QCOMPARE(names.mid(names.size() - blanks), QStringList(blanks, QString()));
        QCOMPARE(descending, named + QStringList(blanks, QString()));
        // The filter's choices are in the same order.
        if (column == CallListModel::Agent) {
            auto* agents = child<QComboBox>(&panel, "agentComboBox");
            QStringList offered;
            for (int i = 1; i < agents->count(); ++i)
                offered << agents->itemText(i);
            QCOMPARE(offered, expected);
        }
    }

    // A filter saved under a name comes back from the list, in a later session too, and can
    // be removed. The phone number is not kept.
    void savedFilters()
    {
        {
            auto session = login(QString::fromLatin1(reviewer));
            QVERIFY(session);
            CallsPanel panel(*session);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            auto* saved = child<QComboBox>(&panel, "savedFilterComboBox");
            QCOMPARE(saved->count(), 0);
            QVERIFY(!child<QPushButton>(&panel, "deleteFilterButton")->isEnabled());
            auto* agent = child<QComboBox>(&panel, "agentComboBox");
            agent->setCurrentIndex(agent->findText(QStringLiteral("ben")));
            auto* period = child<QComboBox>(&panel, "periodComboBox");
            period->setCurrentIndex(period->findText(QStringLiteral("Last 7 days")));
            emit period->activated(period->currentIndex());
            QTest::keyClicks(child<QLineEdit>(&panel, "phoneLineEdit"), QStringLiteral("040"));
            const qint64 bens = panel.model()->matchCount();
            onPopup([](QWidget* popup) {
                auto* dialog = qobject_cast<QInputDialog*>(popup);
                if (!dialog)
                    return;
                auto* name = dialog->findChild<QLineEdit*>();
                name->selectAll();
                QTest::keyClicks(name, QStringLiteral("Ben this week"));
                QTest::keyClick(name, Qt::Key_Return);
            });
            QTest::mouseClick(child<QPushButton>(&panel, "saveFilterButton"), Qt::LeftButton);
            QCOMPARE(saved->count(), 1);
            QCOMPARE(saved->currentText(), QStringLiteral("Ben this week"));

            QTest::mouseClick(child<QPushButton>(&panel, "resetButton"), Qt::LeftButton);
            QCOMPARE(panel.model()->matchCount(), qint64(FilledCalls - 1 + 4));
            saved->setCurrentIndex(-1);
            saved->setFocus();
            QTest::keyClick(saved, Qt::Key_Down);
            QCOMPARE(agent->currentText(), QStringLiteral("ben"));
            QCOMPARE(period->currentText(), QStringLiteral("Last 7 days"));
            QCOMPARE(panel.model()->matchCount(), bens);
            QVERIFY(child<QLineEdit>(&panel, "phoneLineEdit")->text().isEmpty());
            QVERIFY(panel.model()->matchCount() > 0);
        }
        auto session = login(QString::fromLatin1(reviewer));
        QVERIFY(session);
        CallsPanel panel(*session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* saved = child<QComboBox>(&panel, "savedFilterComboBox");
        QCOMPARE(saved->count(), 1);
        QCOMPARE(saved->itemText(0), QStringLiteral("Ben this week"));
        saved->setFocus();
        QTest::keyClick(saved, Qt::Key_Down);
        QCOMPARE(child<QComboBox>(&panel, "agentComboBox")->currentText(), QStringLiteral("ben"));
        QTest::mouseClick(child<QPushButton>(&panel, "deleteFilterButton"), Qt::LeftButton);
        QCOMPARE(saved->count(), 0);
        auto again = login(QString::fromLatin1(reviewer));
        CallsPanel later(*again);
        QCOMPARE(child<QComboBox>(&later, "savedFilterComboBox")->count(), 0);
    }
    // More calls than a page: the list reads its last pages backwards from the end, and the
    // agents' order is still the language's, with calls without an agent last in both orders
    // (a trial saw the order start again half-way and the blanks vanish). Last: it adds calls.
    void sortByNameAcrossPages()
    {
        {
            auto admin = login(QStringLiteral("admin"));
            QVERIFY(admin);
            QVERIFY(admin->db().transaction());
            for (int i = 0; i < 360; ++i)
                QVERIFY(addCall(*admin, 1000 + i,
                                QDateTime(QDate(2025, 11, 1), QTime(8, 0), Qt::UTC).addSecs(i * 60),
                                30, 1 + i % 7, 1));
            QVERIFY(admin->db().commit());
            QVERIFY(execSql(admin->db(),
                            QStringLiteral("UPDATE calls SET agent_id = NULL WHERE id >= 1000 AND"
                                           " (id - 1000) % 9 = 0")));
        }
        auto session = login(QString::fromLatin1(reviewer));
        QVERIFY(session);
        CallsPanel panel(*session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.model()->matchCount() >
                CallListModel::PageSize); // the second page is read backwards
        auto* table = child<QTableView>(&panel, "callsTableView");
        QHeaderView* header = table->horizontalHeader();
        const int column = CallListModel::Agent;
        const auto click = [header, column] {
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + 8, header->height() / 2));
        };
        QCollator collator(QLocale(QStringLiteral("en")));
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        for (int round = 0; round < 2; ++round) {
            click();
            const Qt::SortOrder order = header->sortIndicatorOrder();
            const QStringList names = columnTexts(panel.model(), column);
            QCOMPARE(qint64(names.size()), panel.model()->matchCount());
            QStringList named = names;
            named.removeAll(QString());
            const qsizetype blanks = names.size() - named.size();
            QVERIFY(blanks >= 40);
            // Blanks last, the names in order before them.
            QCOMPARE(names.mid(named.size()), QStringList(blanks, QString()));
            for (qsizetype i = 1; i < named.size(); ++i) {
                const int c = collator.compare(named.at(i - 1), named.at(i));
                QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0,
                         qPrintable(QStringLiteral("%1 then %2 at row %3")
                                        .arg(named.at(i - 1), named.at(i))
                                        .arg(i)));
            }
        }
    }

    // Issue [13]: a filter that matches more calls than are counted at once shows its first
    // rows at once, the status line says it is counting, and the exact count arrives from a
    // worker: the status line then gives it and the rest of the rows appear under the
    // scroll bar. After it (it adds calls): a jump to the middle shows the right rows.
    void broadFilterShowsRowsBeforeItsCount()
    {
        {
            auto admin = login(QStringLiteral("admin"));
            QVERIFY(admin);
            QVERIFY(admin->db().transaction());
            for (int i = 0; i < 2000; ++i)
                QVERIFY(addCall(*admin, 3000 + i,
                                QDateTime(QDate(2025, 10, 1), QTime(8, 0), Qt::UTC)
                                    .addSecs(qint64(i * 7919 % 2000) * 60),
                                30 + i % 50, 1 + i % 7, 1));
            QVERIFY(admin->db().commit());
        }
        auto session = login(QString::fromLatin1(reviewer));
        QVERIFY(session);
        // The inbound calls a quality manager sees, newest first.
        QList<qint64> expected;
        {
            QSqlQuery q(session->db());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM calls WHERE direction = 'inbound' AND"
                                          " restricted = 0 ORDER BY started_at DESC, id DESC")));
            while (q.next())
                expected << q.value(0).toLongLong();
        }
        QVERIFY(expected.size() > 2 * CallListModel::CountedAtOnce);
        CallsPanel panel(*session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* count = child<QLabel>(&panel, "countLabel");
        auto* table = child<QTableView>(&panel, "callsTableView");
        auto* direction = child<QComboBox>(&panel, "directionComboBox");
        CallListModel* model = panel.model();
        // Newest first (the reviewer's list was left sorted by agent above).
        table->sortByColumn(CallListModel::StartedAt, Qt::DescendingOrder);
        direction->setFocus(Qt::TabFocusReason);
        QTest::keyClick(direction, Qt::Key_Down); // Inbound, applied at once
        QCOMPARE(direction->currentIndex(), 1);
        // Before any event is handled (the count's arrival is one): the first rows are there,
        // the count is not.
        QVERIFY(model->isCounting());
        QCOMPARE(model->rowCount(), CallListModel::CountedAtOnce);
        QVERIFY2(count->text().contains(QStringLiteral("counting")), qPrintable(count->text()));
        QVERIFY2(count->text().contains(QLocale().toString(CallListModel::CountedAtOnce)),
                 qPrintable(count->text()));
        QCOMPARE(
            model->index(0, CallListModel::StartedAt).data(CallListModel::CallIdRole).toLongLong(),
            expected.first());
        table->viewport()->repaint();
        QCOMPARE(table->indexAt(QPoint(2, 2)).row(), 0);
        const int barBefore = table->verticalScrollBar()->maximum();
        // The count arrives: the status line and the rows follow it.
        QTRY_VERIFY(!model->isCounting());
        QCOMPARE(model->matchCount(), qint64(expected.size()));
        QCOMPARE(model->rowCount(), int(expected.size()));
        QVERIFY2(count->text().startsWith(QLocale().toString(qint64(expected.size()))) &&
                     !count->text().contains(QStringLiteral("counting")),
                 qPrintable(count->text()));
        QTRY_VERIFY(table->verticalScrollBar()->maximum() > barBefore);
        // The last row is the oldest inbound call.
        QCOMPARE(
            model->index(model->rowCount() - 1, 0).data(CallListModel::CallIdRole).toLongLong(),
            expected.last());

        // A jump to the middle (away from both ends: the list's ids, then the rows in view
        // first) shows the rows that are there.
        const int middle = int(expected.size()) / 2;
        table->scrollTo(model->index(middle, 0), QAbstractItemView::PositionAtTop);
        table->viewport()->repaint();
        const int top = table->indexAt(QPoint(2, 2)).row();
        QCOMPARE(top, middle);
        const int inView = table->viewport()->height() / table->rowHeight(top);
        QVERIFY(inView > 3);
        for (int row = top; row < top + inView && row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(CallListModel::CallIdRole).toLongLong(),
                     expected.at(row));
        // And the rows around the view, as the rest of the page comes in.
        for (int row = middle - 150; row < middle + 250; ++row)
            QCOMPARE(model->index(row, 0).data(CallListModel::CallIdRole).toLongLong(),
                     expected.at(row));
        // Back to Any direction: the unfiltered count is kept, so exact at once.
        QTest::keyClick(direction, Qt::Key_Up);
        QVERIFY(!model->isCounting());
        QVERIFY2(!count->text().contains(QStringLiteral("counting")), qPrintable(count->text()));
    }
};

QTEST_MAIN(TestCallList)
#include "tst_calllist.moc"
