// The login dialog and the lock: log in with the keyboard, lock with Ctrl+L, unlock.

#include "core/Translations.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestLoginGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;

    static QLineEdit* field(QWidget* dialog, const char* name)
    {
        return dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
    }

    void wrongPasswordShowsAMessage()
    {
        LoginDialog dialog(m_clock, fastOptions());
        dialog.setRegisterFolder(m_paths.folder);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field(&dialog, "userLineEdit"), QStringLiteral("admin"));
        QTest::keyClicks(field(&dialog, "passwordLineEdit"), QStringLiteral("not my password"));
        QTest::keyClick(field(&dialog, "passwordLineEdit"), Qt::Key_Return);
        auto* errorLabel = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QTRY_VERIFY(errorLabel->isVisible());
        QVERIFY(errorLabel->text().contains(QStringLiteral("Wrong user name or password")));
        QVERIFY(dialog.isVisible());
        QVERIFY(field(&dialog, "passwordLineEdit")->text().isEmpty());
    }

    void logInLockAndUnlock()
    {
        LoginDialog dialog(m_clock, fastOptions());
        dialog.setRegisterFolder(m_paths.folder);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field(&dialog, "userLineEdit"), QStringLiteral("admin"));
        QTest::keyClicks(field(&dialog, "passwordLineEdit"), QString::fromLatin1(adminPassword));
        QTest::keyClick(field(&dialog, "passwordLineEdit"), Qt::Key_Return);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        std::unique_ptr<Session> session = dialog.takeSession();
        QVERIFY(session);

        MainWindow window(std::move(session), m_clock, fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* userLabel = window.findChild<QLabel*>(QStringLiteral("userLabel"));
        QVERIFY(userLabel->text().contains(QStringLiteral("admin")));
        QVERIFY(userLabel->text().contains(QStringLiteral("Administrator")));

        QSignalSpy locked(&window, &MainWindow::locked);
        QSignalSpy unlocked(&window, &MainWindow::unlocked);
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(locked.size(), 1);
        QVERIFY(window.isLocked());
        QVERIFY(!window.session());

        // The unlock dialog appears with register and user fixed; type the password.
        QDialog* unlock = nullptr;
        QTRY_VERIFY((unlock = qobject_cast<QDialog*>(QApplication::activeModalWidget())) !=
                    nullptr);
        QVERIFY(field(unlock, "userLineEdit")->isReadOnly());
        QCOMPARE(field(unlock, "userLineEdit")->text(), QStringLiteral("admin"));
        QTest::keyClicks(field(unlock, "passwordLineEdit"), QString::fromLatin1(adminPassword));
        QTest::keyClick(field(unlock, "passwordLineEdit"), Qt::Key_Return);
        QTRY_COMPARE(unlocked.size(), 1);
        QVERIFY(!window.isLocked());
        QVERIFY(window.session()->isOpen());
    }

    void idleLockFires()
    {
        Error error;
        auto session = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                      m_clock, fastOptions(), &error);
        QVERIFY(session);
        MainWindow window(std::move(session), m_clock, fastOptions());
        window.show();
        QSignalSpy locked(&window, &MainWindow::locked);
        window.setIdleLockInterval(50);
        QTRY_COMPARE(locked.size(), 1);
        QVERIFY(window.isLocked());
        // Leave the unlock dialog by cancelling: the window closes.
        QDialog* unlock = nullptr;
        QTRY_VERIFY((unlock = qobject_cast<QDialog*>(QApplication::activeModalWidget())) !=
                    nullptr);
        unlock->reject();
        QTRY_VERIFY(!window.isVisible());
    }

    void finnishLabels()
    {
        QVERIFY(Translations::apply(QStringLiteral("fi")));
        LoginDialog dialog(m_clock, fastOptions());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Kirjaudu sisään – Tallenne"));
        Translations::apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLoginGui)
#include "tst_logingui.moc"
