// The privacy officer's request desk (issue [11]), driven with QTest events as a person at the
// counter is served: New request (Ctrl+N) finds the person by a phone number written as they
// say it and shows what was found and why; a call is excluded as a false match with Space;
// closing as completed is refused until identity is verified; a passport's last four
// characters verify it; the request is closed with its outcome and leaves the open list;
// an overdue request stands out in the list.

#include "core/Translations.h"
#include "gui/MainWindow.h"
#include "gui/requests/RequestDeskPanel.h"
#include "gui/requests/RequestDetailPanel.h"
#include "services/ProfileService.h"
#include "services/UserService.h"
#include "services/keys/FieldCrypto.h"
#include "services/requests/AccessRequestService.h"
#include "services/requests/SubjectExportService.h"
#include "storage/CallRepository.h"
#include "storage/SubjectRepository.h"
#include "support/GuiTest.h"
#include "support/TestData.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestRequestDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    RegisterPaths m_paths;
    qint64 m_subject = 0;
    QList<qint64> m_calls;

    std::unique_ptr<MainWindow> windowFor(const QString& user)
    {
        auto session = loginTo(m_paths, m_clock, user);
        if (!session)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        window->resize(1300, 860);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active");
        return window;
    }

    static RequestDeskPanel* deskOf(MainWindow& window)
    {
        window.showSection(Section::AccessRequests);
        return window.sectionPage(Section::AccessRequests)
            ->findChild<RequestDeskPanel*>(QStringLiteral("requestDeskPanel"));
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
        auto po = loginTo(m_paths, m_clock, QStringLiteral("privacy-officer"));
        QVERIFY(po);
        SubjectRepository subjects(po->db());
        m_subject = *subjects.create(m_clock.nowUtc(), &error);
        QVERIFY(addIdentifier(*po, m_subject, IdentifierKind::Phone,
                              QStringLiteral("+358401234567"), &error));
        CallRepository calls(po->db());
        for (int i = 0; i < 2; ++i) {
            CallInsert c;
            c.sourceId = QStringLiteral("desk-%1").arg(i);
            c.startedAt = m_clock.nowUtc().addDays(-3 + i);
            c.callerIndex = FieldCrypto(*po).index(u"phone", QStringLiteral("+358401234567"));
            c.caller = QStringLiteral("+358 40 *** **67");
            c.subjectId = m_subject;
            m_calls << calls.insertOrIgnore(c, &error).value_or(0);
        }
    }

    void aPersonAtTheCounter()
    {
        auto window = windowFor(QStringLiteral("privacy-officer"));
        QVERIFY(window);
        RequestDeskPanel* desk = deskOf(*window);
        QVERIFY(desk);
        auto* list = child<QTableWidget>(desk, "requestsTable");
        QVERIFY(list);
        QCOMPARE(list->rowCount(), 0);
        QTRY_VERIFY(child<QLabel>(list, "requestsTableEmptyLabel") &&
                    child<QLabel>(list, "requestsTableEmptyLabel")->isVisible());

        // New request: the person says their number as people do.
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            QDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())));
            auto* value = child<QLineEdit>(dialog, "requestIdentifierEdit");
            QVERIFY(value);
            QTRY_VERIFY(value->hasFocus());
            QTest::keyClicks(value, QStringLiteral("040 123 4567"));
            QTest::keyClick(value, Qt::Key_Return);
            dialogSeen = true;
        });
        // From the section list, where the focus is after Ctrl+3.
        auto* sections = window->findChild<QListWidget*>(QStringLiteral("sectionListWidget"));
        QVERIFY(sections);
        sections->setFocus();
        QTest::keyClick(sections, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(dialogSeen);
        QCOMPARE(list->rowCount(), 1);
        RequestDetailPanel* detail = desk->detail();
        QVERIFY(detail->requestId() > 0);
        const qint64 id = detail->requestId();
        auto* items = child<QTableWidget>(detail, "requestItemsTable");
        QVERIFY(items);
        QCOMPARE(items->rowCount(), 3);
        QCOMPARE(items->item(0, 1)->text(), QStringLiteral("Data subject %1").arg(m_subject));
        // A call with its time, so the officer can tell it from another person's.
        QVERIFY2(items->item(1, 1)->text().startsWith(QStringLiteral("Call %1 · ").arg(m_calls[0])),
                 qPrintable(items->item(1, 1)->text()));
        QVERIFY(
            items->item(1, 2)->text().contains(QStringLiteral("data subject %1").arg(m_subject)));
        QVERIFY(child<QLabel>(detail, "requestFactsLabel")
                    ->text()
                    .contains(QStringLiteral("+358401234567")));

        // The second call is a false match: excluded with Space.
        items->setFocus();
        items->setCurrentCell(2, 0);
        QTest::keyClick(items->viewport(), Qt::Key_Space);
        QTRY_COMPARE(items->item(2, 0)->checkState(), Qt::Unchecked);
        auto session = loginTo(m_paths, m_clock, QStringLiteral("privacy-officer"));
        Error error;
        const auto stored = AccessRequestService(*session).get(id, &error);
        QVERIFY(stored);
        QVERIFY(!stored->items[2].included && stored->items[1].included);

        // Completing before identity is verified is refused, and says why.
        auto* outcome = child<QPlainTextEdit>(detail, "closeOutcomeEdit");
        auto* closeButton = child<QPushButton>(detail, "closeRequestButton");
        QVERIFY(outcome && closeButton);
        QTest::keyClicks(outcome, QStringLiteral("Copy handed over at the counter."));
        QTest::mouseClick(closeButton, Qt::LeftButton);
        QVERIFY(child<QLabel>(detail, "requestStatusLabel")
                    ->text()
                    .contains(QStringLiteral("verified")));
        QCOMPARE(list->rowCount(), 1);

        // A passport: its last four characters, never a copy.
        auto* document = child<QComboBox>(detail, "verifyDocumentCombo");
        auto* last4 = child<QLineEdit>(detail, "verifyDetailEdit");
        QVERIFY(document && document->isVisible() && last4);
        document->setCurrentIndex(document->findData(int(IdDocument::Passport)));
        last4->setFocus();
        QTest::keyClicks(last4, QStringLiteral("X4567"));
        QCOMPARE(last4->text(), QStringLiteral("X456")); // four characters at most
        last4->clear();
        QTest::keyClicks(last4, QStringLiteral("4567"));
        QTest::mouseClick(child<QPushButton>(detail, "verifyIdentityButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(detail, "requestIdentityLabel")
                        ->text()
                        .contains(QStringLiteral("Verified by privacy-officer")));
        QVERIFY(child<QLabel>(detail, "requestIdentityLabel")
                    ->text()
                    .contains(QStringLiteral("Passport")));

        // Closed with its outcome: it leaves the open list and shows among the closed.
        QCOMPARE(outcome->toPlainText(), QStringLiteral("Copy handed over at the counter."));
        QTest::mouseClick(closeButton, Qt::LeftButton);
        QTRY_COMPARE(list->rowCount(), 0);
        QVERIFY(child<QLabel>(detail, "requestDeadlineLabel")
                    ->text()
                    .contains(QStringLiteral("Closed")));
        auto* showClosed = child<QCheckBox>(desk, "showClosedRequestsCheckBox");
        QTest::mouseClick(showClosed, Qt::LeftButton);
        QTRY_COMPARE(list->rowCount(), 1);
        QVERIFY(list->item(0, 5)->text().contains(QStringLiteral("Completed")));
        QTest::mouseClick(showClosed, Qt::LeftButton);
    }

    // The copy in the GUI: once identity is verified, Export the copy asks for the language,
    // the delivery and where to save; the ZIP appears there and its SHA-256 is shown.
    void copyHandedOver()
    {
        auto session = loginTo(m_paths, m_clock, QStringLiteral("privacy-officer"));
        NewAccessRequest request;
        request.identifier = QStringLiteral("+358401234567");
        Error error;
        AccessRequestService service(*session);
        const auto id = service.open(request, &error);
        QVERIFY2(id, qPrintable(error.message));
        auto window = windowFor(QStringLiteral("privacy-officer"));
        RequestDeskPanel* desk = deskOf(*window);
        QVERIFY(desk->selectRequest(*id));
        RequestDetailPanel* detail = desk->detail();
        auto* exportButton = child<QPushButton>(detail, "exportCopyButton");
        QVERIFY(exportButton && exportButton->isVisible());
        QVERIFY(!exportButton->isEnabled()); // not before identity is verified
        IdentityCheck check;
        check.document = IdDocument::IdCard;
        check.detail = QStringLiteral("12AB");
        QVERIFY(service.verifyIdentity(*id, check, &error));
        detail->refresh();
        QTRY_VERIFY(exportButton->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.zip").arg(*id));
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            QDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())));
            QCOMPARE(dialog->objectName(), QStringLiteral("exportCopyDialog"));
            QVERIFY(child<QLabel>(dialog, "exportPlanLabel")
                        ->text()
                        .contains(QStringLiteral("2 call(s)")));
            auto* pathEdit = child<QLineEdit>(dialog, "exportPathEdit");
            pathEdit->clear();
            QTest::keyClicks(pathEdit, path);
            auto* language = child<QComboBox>(dialog, "exportLanguageCombo");
            language->setCurrentIndex(language->findData(int(NoticeLanguage::English)));
            QTest::keyClick(pathEdit, Qt::Key_Return);
            dialogSeen = true;
        });
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY(dialogSeen);
        QTRY_VERIFY(QFile::exists(path));
        QFile zip(path);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QCOMPARE(zip.read(2), QByteArray("PK"));
        QVERIFY(child<QLabel>(detail, "requestActionResultLabel")
                    ->text()
                    .contains(QStringLiteral("SHA-256")));
        const auto view = service.get(*id, &error);
        QCOMPARE(view->record.status, RequestStatus::InProgress);
        QVERIFY(
            service.close(*id, RequestStatus::Completed, QStringLiteral("Handed over."), &error));
    }

    void overdueStandsOut()
    {
        auto session = loginTo(m_paths, m_clock, QStringLiteral("privacy-officer"));
        NewAccessRequest request;
        request.kind = RequestKind::Erasure;
        request.channel = RequestChannel::Letter;
        request.receivedAt = m_clock.nowUtc().addDays(-40);
        request.identifier = QStringLiteral("+358401234567");
        Error error;
        const auto id = AccessRequestService(*session).open(request, &error);
        QVERIFY2(id, qPrintable(error.message));
        auto window = windowFor(QStringLiteral("privacy-officer"));
        RequestDeskPanel* desk = deskOf(*window);
        auto* list = child<QTableWidget>(desk, "requestsTable");
        QTRY_COMPARE(list->rowCount(), 1);
        QVERIFY(list->item(0, 5)->text().startsWith(QStringLiteral("Overdue")));
        QVERIFY(child<QLabel>(desk, "requestsSummaryLabel")
                    ->text()
                    .contains(QStringLiteral("1 overdue")));
        // Finnish: the same list in Finnish.
        QVERIFY(Translations::apply(QStringLiteral("fi")));
        QTRY_VERIFY(!list->item(0, 5)->text().startsWith(QStringLiteral("Overdue")));
        QVERIFY(Translations::apply(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestRequestDesk)
#include "tst_requestdesk.moc"
