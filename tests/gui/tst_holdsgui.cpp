// Retention and holds in the console (issue [10]), driven with QTest events: a privacy
// officer places a legal hold through the dialog (a last day typed past the profile's maximum
// stays as typed, is named as the problem and keeps the dialog from placing it; Finnish dates
// in Finnish), sees it in the list, releases it with a note the dialog asks about that hold
// (the note goes into the audit entry); the Purge tab's preview names what would go and what a
// hold keeps, its reasons readable whole; the purge that starts at an administrator's login
// deletes what is past its period in the background and ends in the status bar, also when
// nothing was due.

#include "core/Translations.h"
#include "gui/DateFields.h"
#include "gui/HoldsPanel.h"
#include "gui/MainWindow.h"
#include "gui/PurgePanel.h"
#include "gui/RetentionPanel.h"
#include "services/ProfileService.h"
#include "services/UserService.h"
#include "services/retention/HoldService.h"
#include "support/GuiTest.h"
#include "support/PurgeFixtures.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestHoldsGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    RegisterPaths m_paths;

    std::unique_ptr<MainWindow> windowFor(const QString& user)
    {
        auto session = loginTo(m_paths, m_clock, user);
        if (!session)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        window->resize(1200, 800);
        window->show();
        return window;
    }

    static RetentionPanel* retentionOf(MainWindow& window)
    {
        window.showSection(Section::RetentionAndHolds);
        return qobject_cast<RetentionPanel*>(window.sectionPage(Section::RetentionAndHolds));
    }

    qint64 calls()
    {
        auto session = loginTo(m_paths, m_clock, QStringLiteral("admin"));
        QSqlQuery q(session->db());
        return q.exec(QStringLiteral("SELECT count(*) FROM calls")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    // The last day a hold placed now may have, on the register's calendar.
    QDate latestDay()
    {
        auto admin = loginTo(m_paths, m_clock, QStringLiteral("admin"));
        Error error;
        const auto policy = admin ? ProfileService(*admin).retentionPolicy(&error) : std::nullopt;
        const auto limit = policy ? policy->holdLimit(m_clock.nowUtc()) : std::nullopt;
        return limit ? HoldService::lastDay(*limit, policy->timeZone()) : QDate();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = loginTo(m_paths, m_clock, QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY2(UserService(*admin).add(
                     QStringLiteral("privacy-officer"), Role::PrivacyOfficer,
                     secret(passwordOf(QStringLiteral("privacy-officer")).constData()), &error),
                 qPrintable(error.message));
        QStringList warnings;
        QVERIFY2(ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                            &warnings, &error),
                 qPrintable(error.message));
        // Three calls of last summer: past six months now.
        QVERIFY2(addExpiredCalls(*admin, QDateTime(QDate(2025, 7, 1), QTime(9, 0), Qt::UTC), 3,
                                 toneWav(250), QStringLiteral("old"), &error),
                 qPrintable(error.message));
    }

    // In Finnish, 31.12.2027 typed over the whole field is 31.12.2027: past the maximum it is
    // named as the problem with the limit as a Finnish date, Place hold waits (Enter too), and
    // the calendar offers no day after the limit. A day allowed, typed, clears it.
    void untilDateIsWhatWasTyped()
    {
        QVERIFY(Translations::apply(QStringLiteral("fi")));
        const QDate latest = latestDay();
        QVERIFY(latest.isValid() && latest < QDate(2027, 12, 31));
        const QDate today = m_clock.nowUtc().date();
        auto window = windowFor(QStringLiteral("privacy-officer"));
        QVERIFY(window);
        RetentionPanel* retention = retentionOf(*window);
        QVERIFY(retention && retention->holdsPanel());
        QTRY_VERIFY(!retention->purgePanel()->isPurging());
        HoldsPanel* holds = retention->holdsPanel();
        child<QTabWidget>(retention, "retentionTabs")->setCurrentWidget(holds);
        const QString finnish = QStringLiteral("d.M.yyyy");
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            QDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())));
            auto* dateEdit = child<QDateEdit>(dialog, "untilDateEdit");
            auto* place = child<QPushButton>(dialog, "placeHoldButton");
            auto* problem = child<QLabel>(dialog, "untilProblemLabel");
            QVERIFY(dateEdit && place && problem);
            QCOMPARE(dateEdit->text(), dateEdit->date().toString(finnish));
            QVERIFY(place->isEnabled());
            QVERIFY(problem->isHidden());

            dateEdit->setFocus(Qt::TabFocusReason);
            QTest::keyClick(dateEdit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(dateEdit, QStringLiteral("31.12.2027"));
            QCOMPARE(dateEdit->date(), QDate(2027, 12, 31));
            QCOMPARE(dateEdit->text(), QStringLiteral("31.12.2027"));
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(latest.toString(finnish)),
                     qPrintable(problem->text()));
            // Whole: the dialog grew to the lines the message wraps to.
            QTRY_VERIFY2(problem->height() >= problem->heightForWidth(problem->width()),
                         qPrintable(QStringLiteral("%1 px for %2")
                                        .arg(problem->height())
                                        .arg(problem->heightForWidth(problem->width()))));
            QVERIFY(!place->isEnabled());
            QTest::keyClick(dateEdit, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QCOMPARE(dateEdit->date(), QDate(2027, 12, 31));

            // The calendar: a click on the arrow opens it with the allowed days only.
            QTest::mouseClick(dateEdit, Qt::LeftButton, {},
                              QPoint(dateEdit->width() - 6, dateEdit->height() / 2));
            QCalendarWidget* calendar = dateEdit->calendarWidget();
            QTRY_VERIFY(calendar && calendar->isVisible());
            QCOMPARE(calendar->maximumDate(), latest);
            QCOMPARE(calendar->minimumDate(), today);
            calendar->window()->hide();
            QCOMPARE(dateEdit->date(), QDate(2027, 12, 31));

            dateEdit->setFocus(Qt::TabFocusReason);
            QTest::keyClick(dateEdit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(dateEdit, latest.toString(finnish));
            QCOMPARE(dateEdit->date(), latest);
            QVERIFY(problem->isHidden());
            QVERIFY(place->isEnabled());
            checked = true;
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(holds, "addHoldButton"), Qt::LeftButton);
        Translations::apply(QStringLiteral("en"));
        QVERIFY(checked);
    }

    void privacyOfficerPlacesAndReleasesAHold()
    {
        auto window = windowFor(QStringLiteral("privacy-officer"));
        QVERIFY(window);
        RetentionPanel* retention = retentionOf(*window);
        QVERIFY(retention);
        HoldsPanel* holds = retention->holdsPanel();
        QVERIFY(holds);
        auto* tabs = child<QTabWidget>(retention, "retentionTabs");
        QVERIFY(tabs);
        // The officer's login purge ran in the background: the three calls were past their
        // period and nobody held them.
        QTRY_COMPARE(calls(), 0);
        QTRY_VERIFY(!retention->purgePanel()->isPurging());

        // New calls, then a hold on one of them through the dialog.
        {
            auto admin = loginTo(m_paths, m_clock, QStringLiteral("admin"));
            Error error;
            QVERIFY(addExpiredCalls(*admin, QDateTime(QDate(2025, 8, 1), QTime(9, 0), Qt::UTC), 2,
                                    toneWav(250), QStringLiteral("again"), &error));
        }
        QString callId;
        {
            QSqlQuery q(window->session()->db());
            QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM calls")) && q.next());
            callId = q.value(0).toString();
        }

        tabs->setCurrentWidget(holds);
        auto* table = child<QTableWidget>(holds, "holdsTable");
        QCOMPARE(table->rowCount(), 0);
        int attempts = 0;
        const auto fill = [&](const QDate& until) {
            QTimer::singleShot(0, this, [&, until] {
                QDialog* dialog = nullptr;
                QTRY_VERIFY((dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())));
                ++attempts;
                auto* target = child<QLineEdit>(dialog, "targetLineEdit");
                target->clear();
                QTest::keyClicks(target, callId);
                auto* dateEdit = child<QDateEdit>(dialog, "untilDateEdit");
                dateEdit->setDate(until);
                auto* caseRef = child<QLineEdit>(dialog, "caseLineEdit");
                caseRef->clear();
                QTest::keyClicks(caseRef, QStringLiteral("REK-2026-17"));
                QTest::mouseClick(child<QPushButton>(dialog, "placeHoldButton"), Qt::LeftButton);
            });
        };
        // The last day the profile allows (12 months) is taken.
        const QDate latest = latestDay();
        fill(latest);
        QTest::mouseClick(child<QPushButton>(holds, "addHoldButton"), Qt::LeftButton);
        QCOMPARE(attempts, 1);
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("call %1").arg(callId));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("REK-2026-17"));
        QCOMPARE(table->item(0, 4)->text(), QLocale().toString(latest, DateFields::localeFormat()));
        QVERIFY2(holds->statusText().contains(QStringLiteral("placed")),
                 qPrintable(holds->statusText()));

        // The Purge tab: one call would go, one is kept by the hold.
        PurgePanel* purge = retention->purgePanel();
        tabs->setCurrentWidget(purge);
        auto* preview = child<QTableWidget>(purge, "purgePreviewTable");
        // Six retention categories; evaluations and tags in two rows, tags and evaluations.
        QTRY_VERIFY(preview->rowCount() == 7);
        // What the file keeps of deleted rows, and when it is given back.
        QVERIFY2(purge->statusText().contains(
                     QStringLiteral("The register file has not been compacted yet.")),
                 qPrintable(purge->statusText()));
        int callsRow = -1;
        for (int r = 0; r < preview->rowCount(); ++r) {
            if (preview->item(r, 0)->text() == QLatin1String("Call details"))
                callsRow = r;
        }
        QVERIFY(callsRow >= 0);
        QStringList names;
        for (int r = 0; r < preview->rowCount(); ++r)
            names << preview->item(r, 0)->text();
        QVERIFY2(names.contains(QStringLiteral("Tags on recordings")) &&
                     names.contains(QStringLiteral("Quality evaluations")),
                 qPrintable(names.join(QStringLiteral(", "))));
        QCOMPARE(preview->item(callsRow, 1)->text(), QStringLiteral("1"));
        QCOMPARE(preview->item(callsRow, 2)->text(), QStringLiteral("1"));
        QVERIFY(preview->item(callsRow, 4)->text().contains(QStringLiteral("Legal holds")));
        // Every reason is readable whole: inside the table's width, its rows tall enough for
        // the wrapped text, and the whole text as a tooltip.
        for (int r = 0; r < preview->rowCount(); ++r) {
            const QTableWidgetItem* why = preview->item(r, 4);
            const QRect rect = preview->visualItemRect(why);
            QVERIFY2(rect.right() <= preview->viewport()->width(), qPrintable(why->text()));
            const QRect needed = preview->fontMetrics().boundingRect(
                QRect(0, 0, rect.width() - 12, 10000), Qt::TextWordWrap, why->text());
            QVERIFY2(needed.height() <= rect.height(),
                     qPrintable(QStringLiteral("%1 (%2 px for %3)")
                                    .arg(why->text())
                                    .arg(rect.height())
                                    .arg(needed.height())));
            QCOMPARE(why->toolTip(), why->text());
        }
        QTest::mouseClick(child<QPushButton>(purge, "purgeNowButton"), Qt::LeftButton);
        QTRY_VERIFY(!purge->isPurging());
        QVERIFY2(purge->statusText().contains(QStringLiteral("deleted")),
                 qPrintable(purge->statusText()));
        QCOMPARE(calls(), 1);

        // Release it with a note.
        tabs->setCurrentWidget(holds);
        table->selectRow(0);
        auto* release = child<QPushButton>(holds, "releaseHoldButton");
        QVERIFY(release->isEnabled());
        QTimer::singleShot(0, this, [&callId] {
            QInputDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())));
            // It names the hold it releases.
            QVERIFY2(dialog->labelText().contains(QStringLiteral("call %1").arg(callId)) &&
                         dialog->labelText().contains(QStringLiteral("REK-2026-17")),
                     qPrintable(dialog->labelText()));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(), QStringLiteral("complaint settled"));
            QTest::keyClick(dialog->findChild<QLineEdit*>(), Qt::Key_Return);
        });
        QTest::mouseClick(release, Qt::LeftButton);
        QTRY_VERIFY2(table->rowCount() == 0, qPrintable(holds->statusText()));
        child<QCheckBox>(holds, "showReleasedCheckBox")->setChecked(true);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY2(table->item(0, 6)->text().contains(QStringLiteral("released by privacy-officer")),
                 qPrintable(table->item(0, 6)->text()));
        QVERIFY(table->item(0, 6)->text().contains(QStringLiteral("complaint settled")));
        // The note is in the audit entry of the release.
        QSqlQuery q(window->session()->db());
        QVERIFY(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                      "'hold.release' ORDER BY seq DESC")) &&
                q.next());
        QVERIFY2(q.value(0).toString().endsWith(QStringLiteral(" note=complaint settled")),
                 qPrintable(q.value(0).toString()));
    }

    void administratorsLoginPurges()
    {
        // The held call of the last test is free now: the administrator's login purge takes it.
        QCOMPARE(calls(), 1);
        auto window = windowFor(QStringLiteral("admin"));
        QVERIFY(window);
        RetentionPanel* retention = retentionOf(*window);
        QVERIFY(retention && retention->purgePanel());
        QTRY_COMPARE(calls(), 0);
        QTRY_VERIFY(!retention->purgePanel()->isPurging());
        // Legal holds come first for administrators too; the profile as JSON is the last tab
        // (the Administration section edits it as a form).
        auto* tabs = child<QTabWidget>(retention, "retentionTabs");
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Legal holds"));
        QVERIFY(tabs->widget(2)->findChild<QPlainTextEdit*>(QStringLiteral("profileEditor")));
    }

    // A login purge with nothing due ends in the status bar too, and the message goes: never
    // a progress of "0 of 0" left standing.
    void loginPurgeWithNothingDue()
    {
        QCOMPARE(calls(), 0);
        auto session = loginTo(m_paths, m_clock, QStringLiteral("admin"));
        QVERIFY(session);
        MainWindow window(std::move(session), m_clock, fastOptions());
        QStringList messages;
        connect(window.statusBar(), &QStatusBar::messageChanged, this,
                [&messages](const QString& message) { messages << message; });
        window.show();
        QTRY_VERIFY2(
            messages.contains(QStringLiteral("Purge done: nothing was past its retention period.")),
            qPrintable(messages.join(QLatin1Char('|'))));
        for (const QString& m : std::as_const(messages))
            QVERIFY2(!m.startsWith(QStringLiteral("Purging")), qPrintable(m));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().isEmpty(), 10000);
    }
};

QTEST_MAIN(TestHoldsGui)
#include "tst_holdsgui.moc"
