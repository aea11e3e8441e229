// Retention and holds in the console (issue [10]), driven with QTest events: a privacy
// officer places a legal hold through the dialog (a hold longer than the profile allows is
// refused in the dialog), sees it in the list, releases it with a note; the Purge tab's
// preview names what would go and what a hold keeps; the purge that starts at an
// administrator's login deletes what is past its period in the background.

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
        // The date field allows no more than the maximum (12 months): asking for more
        // gives the last allowed day.
        fill(QDate(2030, 1, 1));
        QTest::mouseClick(child<QPushButton>(holds, "addHoldButton"), Qt::LeftButton);
        QCOMPARE(attempts, 1);
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("call %1").arg(callId));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("REK-2026-17"));
        QVERIFY2(holds->statusText().contains(QStringLiteral("placed")),
                 qPrintable(holds->statusText()));

        // The Purge tab: one call would go, one is kept by the hold.
        PurgePanel* purge = retention->purgePanel();
        tabs->setCurrentWidget(purge);
        auto* preview = child<QTableWidget>(purge, "purgePreviewTable");
        QTRY_VERIFY(preview->rowCount() == 6);
        int callsRow = -1;
        for (int r = 0; r < preview->rowCount(); ++r) {
            if (preview->item(r, 0)->text() == QLatin1String("Call details"))
                callsRow = r;
        }
        QVERIFY(callsRow >= 0);
        QCOMPARE(preview->item(callsRow, 1)->text(), QStringLiteral("1"));
        QCOMPARE(preview->item(callsRow, 2)->text(), QStringLiteral("1"));
        QVERIFY(preview->item(callsRow, 4)->text().contains(QStringLiteral("Legal holds")));
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
        QTimer::singleShot(0, this, [] {
            QInputDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())));
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
        // The profile editor stays the first tab for administrators.
        auto* tabs = child<QTabWidget>(retention, "retentionTabs");
        QCOMPARE(tabs->count(), 3);
        QVERIFY(tabs->widget(0)->findChild<QPlainTextEdit*>(QStringLiteral("profileEditor")));
    }
};

QTEST_MAIN(TestHoldsGui)
#include "tst_holdsgui.moc"
