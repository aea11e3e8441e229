// The import and what it gives, as people meet it in the window: an administrator imports a
// transferred call with its recordings and a call whose recording is still being written
// through File → Import's dialog (typing the paths, clicking Import, reading the report),
// and stops a long import; a quality manager sees the legs of the transferred call in the
// call list and follows the link to the other leg into the player; a privacy officer finds a
// person by the phone number they give and sees their call and chat together.

#include "core/Translations.h"
#include "gui/CallListModel.h"
#include "gui/CallsPanel.h"
#include "gui/ImportDialog.h"
#include "gui/PlayerPanel.h"
#include "gui/SubjectFinderPanel.h"
#include "gui/WaveformWidget.h"
#include "services/UserService.h"
#include "support/GuiTest.h"
#include "support/TestRegister.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
QString caseFile(const char* name)
{
    return QStringLiteral(TALLENNE_TEST_DATA "/cases/") + QString::fromUtf8(name);
}
} // namespace

class TestImportGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;

    std::unique_ptr<Session> login(const QString& user)
    {
        Error error;
        const QByteArray password = user == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : user.toUtf8() + "-violet-tram-harbour";
        auto session = Session::login(m_paths, user, secret(password.constData()), m_clock,
                                      fastOptions(), &error);
        if (!session)
            qWarning() << error.message;
        return session;
    }

    /// Types the options into the dialog and clicks Import, as an administrator does.
    static void fillAndImport(ImportDialog& dialog, const QString& file, const QString& folder)
    {
        // The dialog remembers the last run's folder and zone: typed over, as a person does.
        for (const auto& [name, text] :
             {std::pair{"fileLineEdit", file}, std::pair{"recordingsLineEdit", folder}}) {
            auto* edit = child<QLineEdit>(&dialog, name);
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
            QTest::keyClicks(edit, text);
        }
        auto* zone = child<QComboBox>(&dialog, "zoneComboBox");
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("Europe/Helsinki"));
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    }

    static QStringList tableColumn(QTableWidget* table, int column)
    {
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r)
            out << table->item(r, column)->text();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::apply(QStringLiteral("en"));
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty());
        auto admin = login(QStringLiteral("admin"));
        QVERIFY(admin);
        for (Role role : {Role::QualityManager, Role::PrivacyOfficer}) {
            const QByteArray password = RoleNames::id(role).toUtf8() + "-violet-tram-harbour";
            QVERIFY(UserService(*admin).add(RoleNames::id(role), role, secret(password.constData()),
                                            &error));
        }
    }

    void importTransferredCallWithItsRecordings()
    {
        auto admin = login(QStringLiteral("admin"));
        QVERIFY(admin);
        ImportDialog dialog(*admin, ImportDialog::Kind::Asterisk);
        dialog.show();
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled()); // no file yet
        fillAndImport(dialog, caseFile("cdr-same-uniqueid-two-legs.csv"),
                      caseFile("same-uniqueid-rec"));
        QTRY_COMPARE(child<QStackedWidget>(&dialog, "pages")->currentWidget(),
                     child<QWidget>(&dialog, "reportPage"));
        const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("Rows read: 2. Imported: 2. Already in the "
                                                 "register: 0. Refused: 0.")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Recordings: 2 attached")), qPrintable(summary));
        QVERIFY2(
            summary.contains(QStringLiteral("Layouts: 21 columns "
                                            "(loguniqueid,loguserfield,newcdrcolumns): 2 rows.")),
            qPrintable(summary));
        QCOMPARE(dialog.report()->recordingCounts.attached, 2);
    }

    void importWhileTheRecordingIsWritten()
    {
        auto admin = login(QStringLiteral("admin"));
        QVERIFY(admin);
        ImportDialog dialog(*admin, ImportDialog::Kind::Asterisk);
        dialog.show();
        // The options of the last import are back (the folder and zone typed before).
        QCOMPARE(child<QLineEdit>(&dialog, "recordingsLineEdit")->text(),
                 caseFile("same-uniqueid-rec"));
        QCOMPARE(child<QComboBox>(&dialog, "zoneComboBox")->currentText(),
                 QStringLiteral("Europe/Helsinki"));
        fillAndImport(dialog, caseFile("cdr-recording-still-open.csv"), caseFile("midcall-rec"));
        QTRY_COMPARE(child<QStackedWidget>(&dialog, "pages")->currentWidget(),
                     child<QWidget>(&dialog, "reportPage"));
        // The report lists the recording that was not taken, with its line and the reason.
        auto* table = child<QTableWidget>(&dialog, "notesTableWidget");
        auto* kinds = child<QComboBox>(&dialog, "kindComboBox");
        kinds->setFocus();
        while (kinds->currentText() != QLatin1String("Recording"))
            QTest::keyClick(kinds, Qt::Key_Down);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("1"));
        QVERIFY2(table->item(0, 2)->text().contains(QStringLiteral("still being written")),
                 qPrintable(table->item(0, 2)->text()));
        // Saved as text for whoever runs the PBX.
        const QString saved = m_dir.filePath(QStringLiteral("report.txt"));
        QString why;
        QVERIFY2(dialog.saveReport(saved, &why), qPrintable(why));
        // It names files and numbers: its owner's only.
        QCOMPARE(QFileInfo(saved).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile f(saved);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("cdr-recording-still-open.csv:1: Recording: recording "
                                     "in-0201234567-0401112290-20240507-090000-1715061600.9.wav"));
        QTest::mouseClick(child<QPushButton>(&dialog, "closeButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }

    void stopALongImport()
    {
        auto admin = login(QStringLiteral("admin"));
        QVERIFY(admin);
        QByteArray rows;
        for (int i = 0; i < 3000; ++i)
            rows +=
                "\"\",\"0401234567\",\"0201234567\",\"from-trunk\",\"\",\"SIP/t-1\",\"SIP/anna-2\","
                "\"Queue\",\"support\",\"2024-06-01 10:00:00\",,\"2024-06-01 10:00:10\",10,0,"
                "\"NO ANSWER\",\"DOCUMENTATION\",\"1717225200." +
                QByteArray::number(i) + "\"\n";
        const QString cdr = m_dir.filePath(QStringLiteral("long.csv"));
        QFile f(cdr);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(rows);
        f.close();
        ImportDialog dialog(*admin, ImportDialog::Kind::Asterisk);
        dialog.show();
        // Stop is clicked while the import runs (the window repaints between rows).
        QTimer::singleShot(0, &dialog, [&dialog] {
            QTest::mouseClick(child<QPushButton>(&dialog, "stopButton"), Qt::LeftButton);
        });
        fillAndImport(dialog, cdr, QString());
        QTRY_VERIFY(dialog.report().has_value());
        const ImportReport& r = *dialog.report();
        QVERIFY(r.stopped);
        QVERIFY2(r.rowsRead < 3000, qPrintable(QString::number(r.rowsRead)));
        QCOMPARE(r.rowsRead, r.imported + r.skipped + r.rejected);
        QVERIFY(
            child<QLabel>(&dialog, "summaryLabel")->text().startsWith(QStringLiteral("Stopped")));
    }

    void legsInTheCallList()
    {
        auto manager = login(QStringLiteral("quality-manager"));
        QVERIFY(manager);
        CallsPanel panel(*manager);
        panel.resize(1400, 800);
        panel.show();
        CallListModel* model = panel.model();
        auto* view = child<QTableView>(&panel, "callsTableView");
        PlayerPanel* player = panel.player();
        QVERIFY(player);
        player->setPurpose(PlaybackPurpose::QualityReview); // asked once per session otherwise
        // The two legs and the call whose recording was still being written.
        QStringList legs, recordings;
        int firstLeg = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString leg = model->index(r, CallListModel::Leg).data().toString();
            legs << leg;
            recordings << model->index(r, CallListModel::Recording).data().toString();
            if (leg == QLatin1String("1/2"))
                firstLeg = r;
        }
        QVERIFY2(legs.contains(QStringLiteral("1/2")) && legs.contains(QStringLiteral("2/2")),
                 qPrintable(legs.join(QLatin1Char(','))));
        QVERIFY2(recordings.contains(QStringLiteral("Incomplete")),
                 qPrintable(recordings.join(QLatin1Char(','))));
        // Clicking the first leg shows its detail with the second leg as a link.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(model->index(firstLeg, CallListModel::Agent)).center());
        auto* detail = child<QTextBrowser>(&panel, "detailTextBrowser");
        QTRY_VERIFY(
            detail->toPlainText().contains(QStringLiteral("Leg 1 of 2 of a transferred call")));
        const QTextCursor link = detail->document()->find(QStringLiteral("pekka"));
        QVERIFY(!link.isNull());
        QSignalSpy opened(&panel, &CallsPanel::callOpened);
        QTest::mouseClick(detail->viewport(), Qt::LeftButton, {},
                          detail->cursorRect(link).center());
        QTRY_VERIFY(
            detail->toPlainText().contains(QStringLiteral("Leg 2 of 2 of a transferred call")));
        // The list follows to the second leg; nothing plays until asked.
        QCOMPARE(model->index(view->currentIndex().row(), CallListModel::Leg).data().toString(),
                 QStringLiteral("2/2"));
        QCOMPARE(opened.count(), 0);
        // Its Play link opens it in the player.
        QTextCursor play = detail->document()->find(QStringLiteral("Play"));
        while (!play.isNull() &&
               play.charFormat().anchorHref() !=
                   QStringLiteral("play:%1").arg(model->callId(view->currentIndex().row())))
            play = detail->document()->find(QStringLiteral("Play"), play);
        QVERIFY(!play.isNull());
        QTextCursor inside(detail->document());
        inside.setPosition(play.selectionStart() + 2); // within the link's word
        QTest::mouseClick(detail->viewport(), Qt::LeftButton, {},
                          detail->cursorRect(inside).center());
        QTRY_COMPARE(opened.count(), 1);
        // The player has the second leg's recording (the 2 s file of the pekka leg).
        QTRY_COMPARE(player->callId(), opened.at(0).at(0).toLongLong());
        QTRY_VERIFY(!player->waveform()->peaks().isEmpty());
        QCOMPARE(player->waveform()->peaks().durationMs, 2000);
    }

    void privacyOfficerFindsCallsAndChatsTogether()
    {
        {
            auto admin = login(QStringLiteral("admin"));
            QVERIFY(admin);
            Error error;
            AsteriskImportOptions calls;
            calls.cdrPath = caseFile("subject-find-shows-no-calls/Master.csv");
            calls.time.zone = QTimeZone("Europe/Helsinki");
            QVERIFY(ImportService(*admin).importAsterisk(calls, {}, &error));
            ChatImportOptions chats;
            chats.path = caseFile("subject-find-shows-no-calls/chats.jsonl");
            QVERIFY(ImportService(*admin).importChats(chats, {}, &error));
        }
        auto officer = login(QStringLiteral("privacy-officer"));
        QVERIFY(officer);
        SubjectFinderPanel panel(*officer);
        panel.resize(1200, 700);
        panel.show();
        auto* value = child<QLineEdit>(&panel, "valueLineEdit");
        QTest::keyClicks(value, QStringLiteral("010 111 2251"));
        QTest::keyClick(value, Qt::Key_Return);
        auto* people = child<QListWidget>(&panel, "subjectsListWidget");
        QTRY_COMPARE(people->count(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^Person \\d+: 1 call, 1 chat$"))
                     .match(people->item(0)->text())
                     .hasMatch(),
                 qPrintable(people->item(0)->text()));
        auto* records = child<QTableWidget>(&panel, "recordsTableWidget");
        QCOMPARE(tableColumn(records, 0),
                 (QStringList{QStringLiteral("Call"), QStringLiteral("Chat")}));
        // The chat, chosen, shows its transcript.
        QTest::mouseClick(records->viewport(), Qt::LeftButton, {},
                          records->visualItemRect(records->item(1, 1)).center());
        auto* detail = child<QTextBrowser>(&panel, "detailTextBrowser");
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("Soitin aamulla")));
        // A number nobody has: said so.
        value->selectAll();
        QTest::keyClicks(value, QStringLiteral("+46 8 123 456 78"));
        QTest::mouseClick(child<QPushButton>(&panel, "findButton"), Qt::LeftButton);
        QTRY_COMPARE(people->count(), 0);
        QCOMPARE(child<QLabel>(&panel, "messageLabel")->text(),
                 QStringLiteral("Nobody in the register has this phone number."));
        // Bad input: the reason, not a crash.
        value->selectAll();
        QTest::keyClicks(value, QStringLiteral("12ab"));
        QTest::keyClick(value, Qt::Key_Return);
        QVERIFY(!child<QLabel>(&panel, "messageLabel")->text().isEmpty());
        QCOMPARE(people->count(), 0);
    }
};

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
