// What the console says when it opens a register that was damaged or tampered with from
// outside: the cases of tst_verifycli, each in a register of its own, logged in through the
// login dialog as a person would. What the login's cheap checks find (RegisterOpenCheck) is
// shown above the sections in the window; what stops the login is shown in the dialog; what
// only `verify` finds (the contents of a recording, two recordings of equal size swapped) is
// said so here. The text each case shows is printed: it is what the user reads.

#include "core/Translations.h"
#include "gui/CallListModel.h"
#include "gui/CallsPanel.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/PlayerPanel.h"
#include "gui/PurgePanel.h"
#include "gui/PurposeDialog.h"
#include "services/UserService.h"
#include "services/retention/PurgeService.h"
#include "support/AdminProcess.h"
#include "support/GuiTest.h"
#include "support/Tamper.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
constexpr char teemuPassword[] = "teemu's long password";

struct Fixture
{
    RegisterPaths paths;
    QStringList files;
    QList<qint64> calls; ///< the calls of files, in the same order
    qint64 recordingsRootPage = 0;
};

using tallenne::test::flipByte;
using tallenne::test::tamperAudio;

bool editKeySlots(const RegisterPaths& paths, const std::function<void(QJsonObject&)>& edit)
{
    QFile in(paths.keySlots());
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QJsonObject file = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    edit(file);
    QFile out(paths.keySlots());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    out.write(QJsonDocument(file).toJson());
    return true;
}

// Flips a bit of a base64 field of the slot with this id.
void flipSlotField(QJsonObject& file, const QString& slot, const QString& field)
{
    QJsonArray slotList = file.value(QStringLiteral("slots")).toArray();
    for (int i = 0; i < slotList.size(); ++i) {
        QJsonObject o = slotList[i].toObject();
        if (o.value(QStringLiteral("id")).toString() != slot)
            continue;
        QByteArray bytes = QByteArray::fromBase64(o.value(field).toString().toLatin1());
        bytes[5] = char(bytes[5] ^ 0x01);
        o.insert(field, QString::fromLatin1(bytes.toBase64()));
        slotList[i] = o;
    }
    file.insert(QStringLiteral("slots"), slotList);
}

} // namespace

class TestOpenChecks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    int m_registers = 0;

    Fixture fresh()
    {
        Fixture f;
        f.paths = RegisterPaths{m_dir.filePath(QStringLiteral("register-%1").arg(++m_registers))};
        Error error;
        if (makeRegister(f.paths, m_clock, fastOptions(), &error).isEmpty())
            return {};
        auto s = Session::login(f.paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                fastOptions(), &error);
        if (!s || !UserService(*s).add(QStringLiteral("teemu"), Role::Trainer,
                                       secret(teemuPassword), &error))
            return {};
        for (int i = 0; i < 4; ++i) {
            const auto call = addCall(*s, QStringLiteral("call-%1").arg(i), tamperAudio(i));
            QSqlQuery q(s->db());
            if (!call ||
                !q.exec(QStringLiteral("SELECT file_name FROM recordings WHERE call_id = %1")
                            .arg(*call)) ||
                !q.next())
                return {};
            f.files << q.value(0).toString();
            f.calls << *call;
        }
        QSqlQuery q(s->db());
        if (!q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                   "'recordings'")) ||
            !q.next())
            return {};
        f.recordingsRootPage = q.value(0).toLongLong();
        return f;
    }

    // Logs in through the dialog; the window's warning, or the dialog's error when the login
    // was refused. *opened says which.
    QString open(const Fixture& f, bool* opened, const QString& user = QStringLiteral("admin"),
                 const char* secretText = adminPassword, QString* tooltip = nullptr,
                 QString* afterLogOut = nullptr)
    {
        LoginDialog dialog(m_clock, fastOptions());
        dialog.setRegisterFolder(f.paths.folder);
        dialog.setUserName(user);
        dialog.show();
        auto* password = child<QLineEdit>(&dialog, "passwordLineEdit");
        QTest::keyClicks(password, QString::fromLatin1(secretText));
        QTest::keyClick(password, Qt::Key_Return);
        *opened = dialog.result() == QDialog::Accepted;
        if (!*opened)
            return child<QLabel>(&dialog, "errorLabel")->text();
        MainWindow window(dialog.takeSession(), m_clock, fastOptions());
        window.show();
        // The recordings' files are checked in a worker after the window shows.
        QDeadlineTimer deadline(20000);
        while (window.isCheckingRecordingFiles() && !deadline.hasExpired())
            QTest::qWait(20);
        if (window.isCheckingRecordingFiles())
            return QStringLiteral("(the check of the recordings' files did not end)");
        auto* warning = child<QLabel>(&window, "registerWarningLabel");
        if (tooltip)
            *tooltip = warning->toolTip();
        const QString shown = warning->isVisible() ? warning->text() : QString();
        if (afterLogOut) {
            // Logged out (the lock ends before the next event; the unlock dialog would follow):
            // what the note said, text or tooltip, must not wait for the next person.
            auto* logOut = window.findChild<QAction*>(QStringLiteral("logOutAction"));
            if (!logOut)
                return QStringLiteral("(no logOutAction)");
            logOut->trigger();
            *afterLogOut =
                (warning->isVisible() ? warning->text() : QString()) + warning->toolTip();
        }
        return shown;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::apply(QStringLiteral("en"));
    }

    void cleanRegisterShowsNothing()
    {
        const Fixture f = fresh();
        bool opened = false;
        QCOMPARE(open(f, &opened), QString());
        QVERIFY(opened);
    }

    // A trainer is told whom to tell and that they can go on, in a note that leaves the
    // player in view; the findings are in its tooltip (a new user's trainer read about key
    // slots and register.db-wal in the banner).
    void othersAreToldWhomToTell()
    {
        Fixture f = fresh();
        QVERIFY(!f.files.isEmpty());
        QVERIFY(QFile::remove(QDir(f.paths.recordings()).filePath(f.files[3])));
        bool opened = false;
        QString tooltip;
        const QString message = open(f, &opened, QStringLiteral("teemu"), teemuPassword, &tooltip);
        QVERIFY(opened);
        QVERIFY2(message.contains(QLatin1String("Tell an administrator")) &&
                     message.contains(QLatin1String("You can go on working")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("recordings/")), qPrintable(message));
        QVERIFY2(tooltip.contains(QLatin1String("The recording of call")), qPrintable(tooltip));
        // The administrator reads the findings themselves, with what to run; once logged out,
        // the console shows none of it to whoever comes next (a trial found it left there).
        QString afterLogOut = QStringLiteral("(not logged out)");
        const QString admin =
            open(f, &opened, QStringLiteral("admin"), adminPassword, nullptr, &afterLogOut);
        QVERIFY2(admin.contains(QLatin1String("The recording of call")) &&
                     admin.contains(QLatin1String("--record-lost")),
                 qPrintable(admin));
        QVERIFY2(afterLogOut.isEmpty(), qPrintable(afterLogOut));
    }

    // Enter on a call whose file is gone says so at once, before a purpose is asked: a trial's
    // trainer declared a purpose and was then told the file was missing. The trainer sees
    // whom to tell; a call whose file is there still asks the purpose.
    void missingFileIsSaidBeforeAPurpose()
    {
        Fixture f = fresh();
        QVERIFY(f.calls.size() == 4);
        QVERIFY(QFile::remove(QDir(f.paths.recordings()).filePath(f.files[3])));
        Error error;
        auto session = Session::login(f.paths, QStringLiteral("teemu"), secret(teemuPassword),
                                      m_clock, fastOptions(), &error);
        QVERIFY2(session, qPrintable(error.message));
        MainWindow window(std::move(session), m_clock, fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(Section::Calls);
        auto* calls = qobject_cast<CallsPanel*>(window.sectionPage(Section::Calls));
        QVERIFY(calls && calls->player());
        auto* table = child<QTableView>(calls, "callsTableView");
        QTRY_VERIFY(calls->model()->loadedRowOf(f.calls[3]) >= 0);

        const QModelIndex gone = calls->model()->index(calls->model()->loadedRowOf(f.calls[3]), 1);
        table->scrollTo(gone);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(gone).center());
        QCOMPARE(calls->selectedCallId(), f.calls[3]);
        bool asked = false;
        QTimer::singleShot(200, [&asked] {
            if (auto* dialog = qobject_cast<PurposeDialog*>(QApplication::activeModalWidget())) {
                asked = true;
                dialog->reject();
            }
        });
        QTest::keyClick(table, Qt::Key_Return);
        QTest::qWait(400);
        QVERIFY(!asked);
        QCOMPARE(calls->player()->callId(), qint64(0));
        auto* message = child<QLabel>(calls->player(), "messageLabel");
        QVERIFY2(
            message->isVisible() &&
                message->text().contains(
                    QStringLiteral("The recording of call %1 cannot be played").arg(f.calls[3])) &&
                message->text().contains(QLatin1String("missing")) &&
                message->text().contains(QLatin1String("Tell an administrator")),
            qPrintable(message->text()));

        // The banner names the call; its findings open from the keyboard too (a tooltip needs
        // a mouse), and View → Go to call (Ctrl+G) selects the call it names.
        auto* banner = child<QLabel>(&window, "registerWarningLabel");
        QVERIFY(banner->isVisible());
        QString findings;
        QTimer::singleShot(0, [&findings] {
            QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            findings = box->informativeText();
            box->close();
        });
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        banner->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(banner->hasFocus());
        QTest::keyClick(banner, Qt::Key_Tab); // to the link
        QTest::keyClick(banner, Qt::Key_Return);
        QTRY_VERIFY(!findings.isEmpty());
        QVERIFY2(findings.contains(QStringLiteral("The recording of call %1").arg(f.calls[3])),
                 qPrintable(findings));
        // From another call, under a filter that leaves the named one out.
        const QModelIndex other = calls->model()->index(calls->model()->loadedRowOf(f.calls[0]), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(other).center());
        QCOMPARE(calls->selectedCallId(), f.calls[0]);
        auto* recording = child<QComboBox>(calls, "recordingComboBox");
        recording->setCurrentIndex(2); // without a recording: none of these four
        QTest::mouseClick(child<QPushButton>(calls, "applyButton"), Qt::LeftButton);
        QTRY_COMPARE(calls->model()->rowOf(f.calls[3]), -1);
        // Answered when it shows (the dialog may open after events are processed).
        QTimer answer;
        bool answered = false;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog || answered)
                return;
            answered = true;
            auto* spin = dialog->findChild<QSpinBox*>();
            if (!spin) {
                dialog->reject();
                return;
            }
            spin->selectAll();
            QTest::keyClicks(spin, QString::number(f.calls[3]));
            QTest::keyClick(spin, Qt::Key_Return);
        });
        answer.start(50);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(answered);
        answer.stop();
        QTRY_COMPARE(calls->selectedCallId(), f.calls[3]);

        // The control: a call whose file is there asks the purpose first.
        const QModelIndex there = calls->model()->index(calls->model()->loadedRowOf(f.calls[0]), 1);
        table->scrollTo(there);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(there).center());
        QCOMPARE(calls->selectedCallId(), f.calls[0]);
        QTimer::singleShot(0, [&asked] {
            QTRY_VERIFY(qobject_cast<PurposeDialog*>(QApplication::activeModalWidget()));
            asked = true;
            QApplication::activeModalWidget()->close();
        });
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(asked);
    }

    void detectedAtOpen_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected"); // words the message holds
        QTest::newRow("flipped byte in register.db") << "page"
                                                     << "recordings";
        QTest::newRow("recording removed") << "removed"
                                           << "The recording of call";
        QTest::newRow("recovery slot public_key") << "recovery public_key"
                                                  << "slot recovery";
        QTest::newRow("teemu's slot ops_limit") << "teemu kdf"
                                                << "slot user teemu";
        QTest::newRow("recovery slot sealed_key") << "recovery sealed_key"
                                                  << "slot recovery";
        QTest::newRow("recovery slot ciphertext") << "recovery ciphertext"
                                                  << "slot recovery";
        QTest::newRow("teemu's slot public_key") << "teemu public_key"
                                                 << "slot user teemu";
        QTest::newRow("teemu's slot sealed_key") << "teemu sealed_key"
                                                 << "slot user teemu";
        QTest::newRow("anchor sequence") << "anchor"
                                         << "lost changes";
        QTest::newRow("binding.enabled false") << "binding"
                                               << "binding.enabled";
        QTest::newRow("audit entry removed") << "audit"
                                             << "gaps";
        QTest::newRow("audit entry removed, only the guard dropped") << "audit guard"
                                                                     << "gaps";
        QTest::newRow("write-ahead log deleted") << "wal"
                                                 << "register.db-wal";
    }

    void detectedAtOpen()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        Fixture f = fresh();
        QVERIFY(!f.files.isEmpty());
        if (damage == QLatin1String("page")) {
            QVERIFY(flipByte(f.paths.database(), (f.recordingsRootPage - 1) * 1024 + 300));
        } else if (damage == QLatin1String("removed")) {
            QVERIFY(QFile::remove(QDir(f.paths.recordings()).filePath(f.files[3])));
        } else if (damage == QLatin1String("audit guard")) {
            // Only the trigger that refuses deletes dropped: the count kept by triggers
            // (schema step 16) goes down with the entry, and the numbering shows the gap.
            Error error;
            auto s = Session::login(f.paths, QStringLiteral("admin"), secret(adminPassword),
                                    m_clock, fastOptions(), &error);
            QVERIFY(s);
            QSqlQuery q(s->db());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            QVERIFY2(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")),
                     qPrintable(q.lastError().text()));
        } else if (damage == QLatin1String("teemu kdf")) {
            // Issue [15], item 1: KDF parameters this program never writes, in another user's
            // slot: named at the administrator's login.
            QVERIFY(editKeySlots(f.paths, [](QJsonObject& file) {
                QJsonArray slotList = file.value(QStringLiteral("slots")).toArray();
                for (int i = 0; i < slotList.size(); ++i) {
                    QJsonObject o = slotList[i].toObject();
                    if (o.value(QStringLiteral("id")).toString() != QLatin1String("teemu"))
                        continue;
                    QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
                    kdf.insert(QStringLiteral("ops_limit"), 3);
                    o.insert(QStringLiteral("kdf"), kdf);
                    slotList[i] = o;
                }
                file.insert(QStringLiteral("slots"), slotList);
            }));
        } else if (damage.contains(QLatin1Char(' '))) {
            QVERIFY(editKeySlots(f.paths, [&](QJsonObject& file) {
                flipSlotField(file, damage.section(QLatin1Char(' '), 0, 0),
                              damage.section(QLatin1Char(' '), 1));
            }));
        } else if (damage == QLatin1String("anchor")) {
            QVERIFY(editKeySlots(f.paths, [](QJsonObject& file) {
                QJsonObject anchor = file.value(QStringLiteral("audit_anchor")).toObject();
                anchor.insert(QStringLiteral("sequence"),
                              anchor.value(QStringLiteral("sequence")).toInt() - 1);
                file.insert(QStringLiteral("audit_anchor"), anchor);
            }));
        } else if (damage == QLatin1String("binding")) {
            // The register bound to this workstation, then the file says it is not.
            Fixture bound;
            bound.paths =
                RegisterPaths{m_dir.filePath(QStringLiteral("bound-%1").arg(++m_registers))};
            Error error;
            QVERIFY2(!makeRegister(bound.paths, m_clock, fastOptions(true), &error).isEmpty(),
                     qPrintable(error.message));
            f = bound;
            QVERIFY(editKeySlots(f.paths, [](QJsonObject& file) {
                QJsonObject binding = file.value(QStringLiteral("binding")).toObject();
                binding.insert(QStringLiteral("enabled"), false);
                file.insert(QStringLiteral("binding"), binding);
            }));
            // The command line: exit 4 and the reason (it was an empty message).
            const AdminRun run =
                runAdmin({QStringLiteral("--register"), f.paths.folder, QStringLiteral("--user"),
                          QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                          QStringLiteral("user"), QStringLiteral("list")},
                         QByteArray(adminPassword) + '\n');
            QCOMPARE(run.code, 4);
            QVERIFY2(run.err.contains(QStringLiteral("binding.enabled")), qPrintable(run.err));
        } else if (damage == QLatin1String("audit")) {
            // An insider with the register key: the trail's guard dropped, an entry deleted.
            Error error;
            auto s = Session::login(f.paths, QStringLiteral("admin"), secret(adminPassword),
                                    m_clock, fastOptions(), &error);
            QVERIFY(s);
            QSqlQuery q(s->db());
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                          "AND tbl_name = 'audit_log'")));
            QStringList triggers;
            while (q.next())
                triggers << q.value(0).toString();
            for (const QString& t : triggers)
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(t)));
            QVERIFY2(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")),
                     qPrintable(q.lastError().text()));
        } else if (damage == QLatin1String("wal")) {
            // Changes committed to the write-ahead log while a session keeps the register open
            // (as a killed process leaves it), then the register copied without its -wal.
            Error error;
            auto s = Session::login(f.paths, QStringLiteral("admin"), secret(adminPassword),
                                    m_clock, fastOptions(), &error);
            QVERIFY(s);
            QVERIFY(UserService(*s).add(QStringLiteral("pirjo"), Role::Trainer,
                                        secret("pirjo's long password"), &error));
            QVERIFY(QFile::exists(f.paths.database() + QStringLiteral("-wal")));
            const RegisterPaths copy{
                m_dir.filePath(QStringLiteral("wal-copy-%1").arg(++m_registers))};
            QVERIFY(QDir().mkpath(copy.recordings()));
            QVERIFY(QFile::copy(f.paths.database(), copy.database()));
            QVERIFY(QFile::copy(f.paths.keySlots(), copy.keySlots()));
            for (const QString& file : f.files)
                QVERIFY(QFile::copy(QDir(f.paths.recordings()).filePath(file),
                                    QDir(copy.recordings()).filePath(file)));
            s.reset();
            f.paths = copy;
            // The command line says it too, on every command.
            const AdminRun run =
                runAdmin({QStringLiteral("--register"), f.paths.folder, QStringLiteral("--user"),
                          QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                          QStringLiteral("user"), QStringLiteral("list")},
                         QByteArray(adminPassword) + '\n');
            QVERIFY2(run.err.contains(QStringLiteral("Warning: The register has lost changes")) &&
                         run.err.contains(QStringLiteral("register.db-wal")),
                     qPrintable(run.err));
        }
        bool opened = false;
        const QString message = open(f, &opened);
        qInfo("%s: %s shows: %s", qPrintable(damage), opened ? "the window" : "the login dialog",
              qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        // Issue [15], item 7: words for a console user: no option names, no nested
        // parentheses.
        QVERIFY2(!message.contains(QLatin1String("--quick")), qPrintable(message));
        static const QRegularExpression nested(QStringLiteral("\\([^()]*\\("));
        QVERIFY2(!nested.match(message).hasMatch(), qPrintable(message));
    }

    // What only `verify` finds: the contents of a file of the right size.
    void leftToVerify_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("flipped byte in a recording") << "flipped";
        QTest::newRow("two recordings swapped") << "swapped";
    }

    void leftToVerify()
    {
        QFETCH(QString, damage);
        const Fixture f = fresh();
        const QDir dir(f.paths.recordings());
        if (damage == QLatin1String("flipped")) {
            QVERIFY(flipByte(dir.filePath(f.files[1]), 70000));
        } else {
            QVERIFY(QFile::rename(dir.filePath(f.files[0]), dir.filePath(QStringLiteral("x"))));
            QVERIFY(QFile::rename(dir.filePath(f.files[2]), dir.filePath(f.files[0])));
            QVERIFY(QFile::rename(dir.filePath(QStringLiteral("x")), dir.filePath(f.files[2])));
        }
        bool opened = false;
        QCOMPARE(open(f, &opened), QString());
        QVERIFY(opened);
        // verify finds it (exit 4), and playback would refuse the file.
        const AdminRun run = runAdmin(
            {QStringLiteral("--register"), f.paths.folder, QStringLiteral("--user"),
             QStringLiteral("admin"), QStringLiteral("--password-stdin"), QStringLiteral("verify")},
            QByteArray(adminPassword) + '\n');
        QCOMPARE(run.code, 4);
    }

    // The purge deletes: on a register that failed its checks at open (here a recording gone,
    // as a rolled-back or damaged copy shows it) it does not run, in the service (so the
    // console's purge at login, the Purge tab, `purge` and the scheduled purge alike) and with
    // a reason; on a sound register it runs.
    void purgeWaitsForVerify()
    {
        const Fixture sound = fresh();
        Error error;
        auto s = Session::login(sound.paths, QStringLiteral("admin"), secret(adminPassword),
                                m_clock, fastOptions(), &error);
        QVERIFY2(s, qPrintable(error.message));
        QVERIFY(s->openWarnings().isEmpty());
        QVERIFY2(PurgeService(*s).begin(&error), qPrintable(error.message));

        const Fixture f = fresh();
        QVERIFY(QFile::remove(QDir(f.paths.recordings()).filePath(f.files[1])));
        s = Session::login(f.paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                           fastOptions(), &error);
        QVERIFY2(s, qPrintable(error.message));
        // The login itself does not stat the recordings' files (issue [15], item 14): the
        // purge checks them before it deletes anything.
        QVERIFY(s->openWarnings().isEmpty());
        QVERIFY(!s->recordingFilesChecked());
        error = {};
        QVERIFY(!PurgeService(*s).begin(&error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QVERIFY2(error.message.contains(QStringLiteral("The purge did not run")) &&
                     error.message.contains(f.files[1]),
                 qPrintable(error.message));
        s.reset();

        const AdminRun run = runAdmin({QStringLiteral("--register"), f.paths.folder,
                                       QStringLiteral("--user"), QStringLiteral("admin"),
                                       QStringLiteral("--password-stdin"), QStringLiteral("purge")},
                                      QByteArray(adminPassword) + '\n');
        QCOMPARE(run.code, int(ErrorKind::RefusedByRule));
        QVERIFY2(run.err.contains(QStringLiteral("The purge did not run")), qPrintable(run.err));
        // Issue [15], items 5 and 6: said once ("did not run", no "could not start" before it),
        // and the dry run says that a real purge would be refused, and why.
        QVERIFY2(!run.err.contains(QStringLiteral("could not start")), qPrintable(run.err));
        const AdminRun dry =
            runAdmin({QStringLiteral("--register"), f.paths.folder, QStringLiteral("--user"),
                      QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                      QStringLiteral("purge"), QStringLiteral("--dry-run")},
                     QByteArray(adminPassword) + '\n');
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains(QStringLiteral("A real purge would be refused now")) &&
                     dry.out.contains(f.files[1]),
                 qPrintable(dry.out));
    }

    // Issue [15], item 5: the Purge tab's refusal is one clear sentence, whole, without "could
    // not start" before "did not run"; the status bar gets a short sentence of its own.
    void purgePanelSaysTheRefusalOnce()
    {
        const Fixture f = fresh();
        QVERIFY(QFile::remove(QDir(f.paths.recordings()).filePath(f.files[2])));
        Error error;
        auto s = Session::login(f.paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                fastOptions(), &error);
        QVERIFY2(s, qPrintable(error.message));
        PurgePanel panel(*s);
        QSignalSpy finished(&panel, &PurgePanel::purgeFinished);
        QVERIFY(!panel.startPurge());
        QCOMPARE(finished.size(), 1);
        const QString status = finished.first().first().toString();
        const QString label = child<QLabel>(&panel, "purgeSummaryLabel")->text();
        qInfo("status bar: %s\nPurge tab: %s", qPrintable(status), qPrintable(label));
        QVERIFY2(label.startsWith(QStringLiteral("The purge did not run")), qPrintable(label));
        QVERIFY2(!label.contains(QStringLiteral("could not start")), qPrintable(label));
        QVERIFY2(label.contains(f.files[2]), qPrintable(label));
        QVERIFY2(status.size() < 120 && status.endsWith(QLatin1Char('.')), qPrintable(status));
        // The preview says a real purge would be refused, and does not offer it.
        panel.refresh();
        QVERIFY(!child<QPushButton>(&panel, "purgeNowButton")->isEnabled());
    }

    // Issue [15], item 3: each login writes its entry to a rolled-back register, and SQLite
    // makes a new write-ahead log; the diagnosis must not change from one login to the next
    // (the log "damaged" at the second login, the trail's end moving).
    void diagnosisIsStableAcrossLogins()
    {
        const Fixture f = fresh();
        const QString backup = f.paths.database() + QStringLiteral(".backup");
        QVERIFY(QFile::copy(f.paths.database(), backup));
        {
            Error error;
            auto s = Session::login(f.paths, QStringLiteral("admin"), secret(adminPassword),
                                    m_clock, fastOptions(), &error);
            QVERIFY(s);
            QVERIFY(UserService(*s).add(QStringLiteral("pirjo"), Role::Trainer,
                                        secret("pirjo's long password"), &error));
        }
        QVERIFY(QFile::remove(f.paths.database()));
        QFile::remove(f.paths.database() + QStringLiteral("-wal"));
        QFile::remove(f.paths.database() + QStringLiteral("-shm"));
        QVERIFY(QFile::rename(backup, f.paths.database()));
        QStringList seen;
        for (int i = 0; i < 8; ++i) {
            Error error;
            auto s = Session::login(f.paths, QStringLiteral("admin"), secret(adminPassword),
                                    m_clock, fastOptions(), &error);
            QVERIFY2(s, qPrintable(error.message));
            QVERIFY(!s->openWarnings().isEmpty());
            const QString lost = s->openWarnings().first();
            QVERIFY2(lost.contains(QStringLiteral("lost changes")), qPrintable(lost));
            QVERIFY2(lost.contains(QStringLiteral("was missing")), qPrintable(lost));
            QVERIFY2(!lost.contains(QStringLiteral("damaged")), qPrintable(lost));
            seen << lost;
        }
        seen.removeDuplicates();
        QCOMPARE(seen.size(), 1);
        qInfo("after a rollback, every login says: %s", qPrintable(seen.first()));
    }
};

QTEST_MAIN(TestOpenChecks)
#include "tst_openchecks.moc"
