// The lock with anything open. For every modal dialog, message box, file dialog and menu the
// console can show, the lock fires while that dialog's nested event loop runs (lock() from
// inside the loop, or the idle watcher): the binary survives (under ASan a use after free or
// a free of a stack object aborts it), the dialog is gone, the window asks for the password,
// and after the unlock the console works again. An import the lock interrupts stops at a row
// boundary with whole rows committed, the register verifies, and importing the file again
// after the unlock imports the rest and skips what is there.

#include "core/Translations.h"
#include "gui/CallsPanel.h"
#include "gui/ImportDialog.h"
#include "gui/LockGate.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/PlayerPanel.h"
#include "gui/WaveformWidget.h"
#include "services/RegisterService.h"
#include "services/TagService.h"
#include "services/UserService.h"
#include "storage/AuditLog.h"
#include "support/GuiTest.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestRegister.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <functional>

using namespace tallenne;
using namespace tallenne::test;

namespace {

constexpr int CallsInRegister = 30;

QPushButton* button(QObject* parent, const char* name)
{
    return child<QPushButton>(parent, name);
}

// The widget a nested loop is showing: a popup (menu) or the top modal widget.
QWidget* topWidget()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::activeModalWidget();
}

// CDR rows that each import as a new call (distinct uniqueids from `first` on).
QByteArray cdrRows(int count, int first = 0)
{
    QByteArray rows;
    for (int i = first; i < first + count; ++i)
        rows += "\"\",\"0401234567\",\"0201234567\",\"from-trunk\",\"\",\"SIP/t-1\",\"SIP/anna-2\","
                "\"Queue\",\"support\",\"2024-06-01 10:00:00\",,\"2024-06-01 10:00:10\",10,0,"
                "\"NO ANSWER\",\"DOCUMENTATION\",\"1717225200." +
                QByteArray::number(i) + "\"\n";
    return rows;
}

} // namespace

class TestLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_call = 0;

    std::unique_ptr<MainWindow> windowFor(const QString& user)
    {
        auto session = loginTo(m_paths, m_clock, user);
        if (!session)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        window->resize(1400, 900);
        window->show();
        return window;
    }

    static qint64 countCalls(Session& session)
    {
        QSqlQuery q(session.db());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM calls")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    /// The window asks for the password (the unlock dialog, register and user fixed); types it.
    static bool unlock(MainWindow& window, const QString& user)
    {
        QSignalSpy unlocked(&window, &MainWindow::unlocked);
        LoginDialog* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&dialog] {
                    return (dialog = qobject_cast<LoginDialog*>(
                                QApplication::activeModalWidget())) != nullptr;
                },
                5000)) {
            qWarning("no unlock dialog");
            return false;
        }
        if (dialog->windowTitle() != QLatin1String("Tallenne is locked")) {
            qWarning() << "unexpected dialog" << dialog->windowTitle();
            return false;
        }
        auto* userField = child<QLineEdit>(dialog, "userLineEdit");
        auto* passwordField = child<QLineEdit>(dialog, "passwordLineEdit");
        if (!userField->isReadOnly() || userField->text() != user)
            return false;
        QTest::keyClicks(passwordField, QString::fromUtf8(passwordOf(user)));
        QTest::keyClick(passwordField, Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return unlocked.size() == 1; }, 10000) || window.isLocked())
            return false;
        // The keyboard works at once, without a click: the window is active, the focus is in
        // it, and Ctrl+2 moves to the second section.
        if (!QTest::qWaitFor([&window] { return window.isActiveWindow(); }, 5000)) {
            qWarning("the window is not active after the unlock");
            return false;
        }
        QWidget* focused = QApplication::focusWidget();
        auto* sections = child<QListWidget>(&window, "sectionListWidget");
        if (!focused || !window.isAncestorOf(focused) || !sections) {
            qWarning("no focus in the window after the unlock");
            return false;
        }
        if (sections->count() > 1) {
            const int before = sections->currentRow();
            QTest::keyClick(focused, Qt::Key_2, Qt::ControlModifier);
            if (sections->currentRow() != 1) {
                qWarning("Ctrl+2 did nothing after the unlock");
                return false;
            }
            sections->setCurrentRow(before);
        }
        return true;
    }

    /// The console works after the unlock: the call list shows the register's calls, or (for
    /// the administrator, who has none) the user table its users.
    static void checkConsoleWorks(MainWindow& window)
    {
        if (auto* calls = qobject_cast<CallsPanel*>(window.sectionPage(Section::Calls))) {
            auto* table = child<QTableView>(calls, "callsTableView");
            QVERIFY(table);
            QTRY_VERIFY(table->model()->rowCount() >= CallsInRegister);
        } else {
            QWidget* admin = window.sectionPage(Section::Administration);
            QVERIFY(admin);
            auto* users = admin->findChild<QTableWidget*>();
            QVERIFY(users);
            QVERIFY(users->rowCount() >= 3);
        }
        QVERIFY(window.session() && window.session()->isOpen());
        QCOMPARE(LockGate::instance().openScopes(), 0);
        QVERIFY(!LockGate::instance().lockPending());
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
        auto admin = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                    m_clock, fastOptions(), &error);
        QVERIFY(admin);
        for (Role role : {Role::Trainer, Role::PrivacyOfficer, Role::Administrator}) {
            const QString name = RoleNames::id(role);
            QVERIFY2(
                UserService(*admin).add(name, role, secret(passwordOf(name).constData()), &error),
                qPrintable(error.message));
        }
        QVERIFY(fillRegister(*admin, CallsInRegister));
        m_call = addCall(*admin, QStringLiteral("rec-1"), toneWav(20000), false, 20000).value_or(0);
        QVERIFY(m_call);
        auto trainer = Session::login(m_paths, QStringLiteral("trainer"),
                                      secret(passwordOf(QStringLiteral("trainer")).constData()),
                                      m_clock, fastOptions(), &error);
        QVERIFY(trainer);
        QVERIFY(TagService(*trainer).addLabel(QStringLiteral("Greeting"), &error));
        // A folder where a file is expected: exporting the notice there fails.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("taken.html")));
    }

    void lockWhileADialogIsOpen_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("dialogClass");
        QTest::addColumn<bool>("idle");
        const QString trainer = QStringLiteral("trainer");
        const QString admin = QStringLiteral("administrator");
        // The tester's case, with the real idle watcher, and with lock() called in the loop.
        QTest::newRow("purpose dialog, idle lock")
            << trainer << QStringLiteral("purpose") << QStringLiteral("tallenne::PurposeDialog")
            << true;
        QTest::newRow("purpose dialog") << trainer << QStringLiteral("purpose")
                                        << QStringLiteral("tallenne::PurposeDialog") << false;
        QTest::newRow("purpose dialog from a playlist's player")
            << trainer << QStringLiteral("coaching purpose")
            << QStringLiteral("tallenne::PurposeDialog") << false;
        QTest::newRow("tag dialog")
            << trainer << QStringLiteral("tag") << QStringLiteral("tallenne::TagDialog") << false;
        QTest::newRow("new playlist name")
            << trainer << QStringLiteral("playlist") << QStringLiteral("QInputDialog") << false;
        QTest::newRow("column menu")
            << trainer << QStringLiteral("columns") << QStringLiteral("QMenu") << false;
        QTest::newRow("about box")
            << trainer << QStringLiteral("about") << QStringLiteral("QMessageBox") << false;
        QTest::newRow("notice export file dialog")
            << QStringLiteral("privacy-officer") << QStringLiteral("notice export")
            << QStringLiteral("QFileDialog") << false;
        QTest::newRow("notice export failed message box")
            << QStringLiteral("privacy-officer") << QStringLiteral("notice export failed")
            << QStringLiteral("QMessageBox") << false;
        QTest::newRow("notice print dialog")
            << trainer << QStringLiteral("notice print") << QStringLiteral("QPrintDialog") << false;
        QTest::newRow("import dialog") << admin << QStringLiteral("import")
                                       << QStringLiteral("tallenne::ImportDialog") << false;
        QTest::newRow("import dialog, idle lock")
            << admin << QStringLiteral("import") << QStringLiteral("tallenne::ImportDialog")
            << true;
        QTest::newRow("import's file dialog")
            << admin << QStringLiteral("import file") << QStringLiteral("QFileDialog") << false;
        QTest::newRow("import's recordings folder dialog")
            << admin << QStringLiteral("import folder") << QStringLiteral("QFileDialog") << false;
        QTest::newRow("import report's save dialog")
            << admin << QStringLiteral("import report") << QStringLiteral("QFileDialog") << false;
        QTest::newRow("profile file dialog")
            << admin << QStringLiteral("profile file") << QStringLiteral("QFileDialog") << false;
    }

    void lockWhileADialogIsOpen()
    {
        QFETCH(QString, user);
        QFETCH(QString, what);
        QFETCH(QString, dialogClass);
        QFETCH(bool, idle);
        auto window = windowFor(user);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QSignalSpy locked(window.get(), &MainWindow::locked);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        const QPointer<QWidget> callsPanel(calls);
        QWidget* coaching = window->sectionPage(Section::Coaching);
        QWidget* notice = window->sectionPage(Section::PrivacyNotice);
        const QString smallCdr = m_dir.filePath(QStringLiteral("small.csv"));
        {
            QFile f(smallCdr);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(cdrRows(3, 100000));
        }

        // What opens the dialog: it returns once the dialog's exec() has returned.
        std::function<void()> open;
        // Steps on the way, run from inside the nested loops (e.g. a button inside a dialog).
        std::function<void(QWidget*)> onTheWay = [](QWidget*) {
        };
        if (what == QLatin1String("purpose")) {
            QVERIFY(calls && calls->player());
            open = [calls, this] {
                calls->player()->openCall(m_call);
            };
        } else if (what == QLatin1String("coaching purpose")) {
            auto* player = coaching ? coaching->findChild<PlayerPanel*>() : nullptr;
            QVERIFY(player);
            open = [player, this] {
                player->openCall(m_call);
            };
        } else if (what == QLatin1String("tag")) {
            PlayerPanel* player = calls->player();
            player->setPurpose(PlaybackPurpose::Training);
            player->openCall(m_call);
            QCOMPARE(player->callId(), m_call);
            player->waveform()->setSelection(1000, 3000);
            open = [player] {
                QTest::mouseClick(button(player, "tagButton"), Qt::LeftButton);
            };
        } else if (what == QLatin1String("playlist")) {
            open = [coaching] {
                QTest::mouseClick(button(coaching, "newButton"), Qt::LeftButton);
            };
        } else if (what == QLatin1String("columns")) {
            QHeaderView* header = child<QTableView>(calls, "callsTableView")->horizontalHeader();
            open = [header] {
                emit header->customContextMenuRequested(QPoint(20, 5));
            };
        } else if (what == QLatin1String("about")) {
            open = [&window] {
                child<QAction>(window.get(), "aboutAction")->trigger();
            };
        } else if (what == QLatin1String("notice export")) {
            open = [notice] {
                QTest::mouseClick(button(notice, "exportPdfButton"), Qt::LeftButton);
            };
        } else if (what == QLatin1String("notice export failed")) {
            open = [notice] {
                QTest::mouseClick(button(notice, "exportHtmlButton"), Qt::LeftButton);
            };
            const QString taken = m_dir.filePath(QStringLiteral("taken.html"));
            onTheWay = [taken](QWidget* top) {
                if (auto* files = qobject_cast<QFileDialog*>(top)) {
                    // Typed as a full path (selectFile() would open the folder instead).
                    child<QLineEdit>(files, "fileNameEdit")->setText(taken);
                    // done() skips accept()'s own checks: the path is taken as typed.
                    static_cast<QDialog*>(files)->done(QDialog::Accepted);
                }
            };
        } else if (what == QLatin1String("notice print")) {
            open = [notice] {
                QTest::mouseClick(button(notice, "printButton"), Qt::LeftButton);
            };
        } else if (what.startsWith(QLatin1String("import"))) {
            open = [&window] {
                child<QAction>(window.get(), "importCdrAction")->trigger();
            };
            if (what == QLatin1String("import file")) {
                onTheWay = [](QWidget* top) {
                    if (top->inherits("tallenne::ImportDialog"))
                        QTest::mouseClick(button(top, "fileBrowseButton"), Qt::LeftButton);
                };
            } else if (what == QLatin1String("import folder")) {
                onTheWay = [](QWidget* top) {
                    if (top->inherits("tallenne::ImportDialog"))
                        QTest::mouseClick(button(top, "recordingsBrowseButton"), Qt::LeftButton);
                };
            } else if (what == QLatin1String("import report")) {
                onTheWay = [smallCdr](QWidget* top) {
                    if (!top->inherits("tallenne::ImportDialog"))
                        return;
                    auto* pages = child<QStackedWidget>(top, "pages");
                    if (pages->currentWidget() == child<QWidget>(top, "optionsPage")) {
                        child<QLineEdit>(top, "fileLineEdit")->setText(smallCdr);
                        child<QCheckBox>(top, "utcCheckBox")->setChecked(true);
                        QTest::mouseClick(button(top, "importButton"), Qt::LeftButton);
                    } else if (pages->currentWidget() == child<QWidget>(top, "reportPage")) {
                        QTest::mouseClick(button(top, "saveReportButton"), Qt::LeftButton);
                    }
                };
            }
        } else if (what == QLatin1String("profile file")) {
            QWidget* retention = window->sectionPage(Section::RetentionAndHolds);
            open = [retention] {
                QTest::mouseClick(button(retention, "loadProfileButton"), Qt::LeftButton);
            };
        }
        QVERIFY2(open, qPrintable(what));

        // From inside the nested loops: wait for the dialog, then lock (or let the idle
        // watcher do it).
        QPointer<QWidget> seen;
        QString seenClass;
        bool fired = false;
        bool stepQueued = false;
        bool deferred = false;
        QTimer poll;
        poll.setInterval(5);
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget* top = topWidget();
            if (!top || fired)
                return;
            if (top->inherits(qPrintable(dialogClass))) {
                fired = true;
                seen = top;
                seenClass = QString::fromLatin1(top->metaObject()->className());
                if (idle) {
                    window->setIdleLockInterval(30); // no input from here on: it fires
                } else {
                    window->lock();
                    // The dialog's loop is still on the stack: the session must stay.
                    deferred = window->isLocking() && !window->isLocked();
                }
                return;
            }
            // Queued: a timer does not fire again while its own slot runs, and the step may
            // open the next nested loop.
            if (!stepQueued) {
                stepQueued = true;
                QTimer::singleShot(0, this, [&, target = QPointer<QWidget>(top)] {
                    stepQueued = false;
                    if (target && !fired)
                        onTheWay(target);
                });
            }
        });
        poll.start();
        open();
        poll.stop();

        QVERIFY2(fired, qPrintable(what + QStringLiteral(": not shown")));
        // Nothing of the session is shown any more (the unlock dialog may be up already).
        const QString left =
            topWidget() ? QString::fromLatin1(topWidget()->metaObject()->className()) : QString();
        QVERIFY2(left.isEmpty() || left == QLatin1String("tallenne::LoginDialog"),
                 qPrintable(left));
        QVERIFY(idle || deferred);
        QTRY_VERIFY(window->isLocked());
        QVERIFY(!window->isLocking());
        QCOMPARE(locked.size(), 1);
        QVERIFY(!window->session());
        // The dialog is gone (deleted, or hidden until its parent goes) and so are the panels
        // that held the session.
        QTRY_VERIFY(seen.isNull() || !seen->isVisible());
        QVERIFY(callsPanel.isNull());
        window->setIdleLockInterval(10 * 60 * 1000);

        QVERIFY(unlock(*window, user));
        checkConsoleWorks(*window);
    }

    // An import the lock interrupts: stopped at a row boundary, every row read committed, the
    // report says the lock stopped it, the register verifies; after the unlock the same file
    // imports the rest and skips what is there.
    void lockDuringAnImport()
    {
        constexpr int Rows = 5000;
        const QString cdr = m_dir.filePath(QStringLiteral("long.csv"));
        {
            QFile f(cdr);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(cdrRows(Rows));
        }
        const QString admin = QStringLiteral("administrator");
        auto window = windowFor(admin);
        QVERIFY(window);
        const qint64 before = countCalls(*window->session());
        QSignalSpy locked(window.get(), &MainWindow::locked);
        connect(window.get(), &MainWindow::locked, this,
                [&window] { window->setIdleLockInterval(10 * 60 * 1000); });

        std::optional<ImportReport> first;
        QString firstSummary;
        bool firstByLock = false;
        qint64 rowsWhenLocking = 0;
        QTimer poll;
        poll.setInterval(5);
        const auto firstRun = connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<ImportDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->property("tst_started").toBool())
                return;
            dialog->setProperty("tst_started", true);
            connect(dialog, &ImportDialog::progressed, this, [&](qint64 rows) {
                // Past the first batch (500 rows): the idle watcher fires in the next
                // processEvents of the import, as it does when no one touches the machine.
                if (rows >= 600 && rowsWhenLocking == 0) {
                    rowsWhenLocking = rows;
                    window->setIdleLockInterval(0);
                }
            });
            connect(dialog, &ImportDialog::imported, this, [&, dialog] {
                first = dialog->report();
                firstByLock = dialog->stoppedByLock();
                firstSummary = child<QLabel>(dialog, "summaryLabel")->text();
            });
            child<QLineEdit>(dialog, "fileLineEdit")->setText(cdr);
            child<QCheckBox>(dialog, "utcCheckBox")->setChecked(true);
            QTest::mouseClick(button(dialog, "importButton"), Qt::LeftButton);
        });
        poll.start();
        child<QAction>(window.get(), "importCdrAction")->trigger();
        poll.stop();

        QTRY_VERIFY(window->isLocked());
        QCOMPARE(locked.size(), 1);
        QVERIFY(rowsWhenLocking >= 600);
        QVERIFY(first.has_value());
        QVERIFY(firstByLock);
        QVERIFY(first->stopped);
        QVERIFY2(first->rowsRead > rowsWhenLocking - 1 && first->rowsRead < Rows,
                 qPrintable(QString::number(first->rowsRead)));
        QCOMPARE(first->rowsRead, first->imported + first->skipped + first->rejected);
        QCOMPARE(first->imported, first->rowsRead);
        QVERIFY2(firstSummary.startsWith(QStringLiteral("Stopped by the lock")),
                 qPrintable(firstSummary));

        QVERIFY(unlock(*window, admin));
        // The window says it again: the dialog went with the lock.
        QVERIFY2(window->statusBar()->currentMessage().contains(
                     QStringLiteral("stopped by the lock after %1 rows")
                         .arg(QLocale().toString(first->rowsRead))),
                 qPrintable(window->statusBar()->currentMessage()));
        // Every row read is committed, whole: the calls, and the batches' audit entries, whose
        // last says the final total.
        Session& session = *window->session();
        QCOMPARE(countCalls(session), before + first->imported);
        AuditFilter filter;
        filter.action = QStringLiteral("import.asterisk");
        const auto entries = AuditLog(session.db()).list(filter, nullptr);
        const QString finalTotal = QStringLiteral("final total_imported=%1 ").arg(first->imported);
        QString run; // the run's id: its batch entries share it
        for (const AuditEntry& e : entries) {
            if (e.details.contains(finalTotal))
                run = e.object;
        }
        QVERIFY2(!run.isEmpty(), qPrintable(finalTotal));
        static const QRegularExpression batchCount(QStringLiteral("^batch=(\\d+) imported=(\\d+)"));
        qint64 audited = 0;
        int batches = 0;
        for (const AuditEntry& e : entries) {
            if (e.object != run)
                continue;
            const auto m = batchCount.match(e.details);
            QVERIFY2(m.hasMatch(), qPrintable(e.details));
            audited += m.captured(2).toLongLong();
            ++batches;
        }
        QCOMPARE(audited, first->imported);
        // Full batches of 500, then the last one with the rows read until the lock.
        QCOMPARE(batches, int(first->rowsRead / 500) + 1);
        Error error;
        const auto checks = RegisterService::verify(session, &error);
        QVERIFY2(checks, qPrintable(error.message));
        for (const RegisterCheck& c : *checks)
            QVERIFY2(c.ok, qPrintable(c.name + QStringLiteral(": ") + c.detail));

        // Import again: the rest comes in, what is there is skipped.
        disconnect(firstRun);
        std::optional<ImportReport> second;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<ImportDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (!dialog->property("tst_started").toBool()) {
                dialog->setProperty("tst_started", true);
                child<QLineEdit>(dialog, "fileLineEdit")->setText(cdr);
                child<QCheckBox>(dialog, "utcCheckBox")->setChecked(true);
                QTest::mouseClick(button(dialog, "importButton"), Qt::LeftButton);
            } else if (dialog->report()) {
                second = dialog->report();
                QTest::mouseClick(button(dialog, "closeButton"), Qt::LeftButton);
            }
        });
        poll.start();
        child<QAction>(window.get(), "importCdrAction")->trigger();
        poll.stop();
        QVERIFY(second.has_value());
        QVERIFY(!second->stopped);
        QCOMPARE(second->rowsRead, qint64(Rows));
        QCOMPARE(second->skipped, first->imported);
        QCOMPARE(second->imported, Rows - first->imported);
        QCOMPARE(countCalls(*window->session()), before + Rows);
        QVERIFY(!window->isLocked());
        checkConsoleWorks(*window);
    }

    // The gate on its own: a scope opened while the lock is pending is cancelled at once, and
    // run() does not call what it guards.
    void gateCancelsNewScopes()
    {
        LockGate& gate = LockGate::instance();
        QCOMPARE(gate.openScopes(), 0);
        int cancelled = 0;
        {
            const LockGate::Scope outer([&cancelled] { ++cancelled; });
            QCOMPARE(gate.openScopes(), 1);
            gate.requestLock();
            QCOMPARE(cancelled, 1);
            QVERIFY(outer.cancelled());
            const LockGate::Scope inner([&cancelled] { ++cancelled; });
            QCOMPARE(cancelled, 2);
            bool called = false;
            QCOMPARE(LockGate::run([&called] {
                         called = true;
                         return 7;
                     }),
                     0);
            QVERIFY(!called);
        }
        QCOMPARE(gate.openScopes(), 0);
        gate.lockFinished();
        QCOMPARE(LockGate::run([] { return 7; }), 7);
    }
};

QTEST_MAIN(TestLock)
#include "tst_lock.moc"
