#include "crypto/WorkstationKeychain.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

using namespace tallenne;
using namespace std::chrono_literals;

namespace {
constexpr char NoBusMessage[] = "No D-Bus session bus: this test needs one with an unlocked "
                                "gnome-keyring (run ctest through scripts/dev.sh)";
}

// Against the real OS keychain: run inside a D-Bus session with an unlocked gnome-keyring
// (scripts/dev.sh does that for ctest). Without a session bus only the clear failure is
// checked and the rest is skipped with a message saying why; tst_keychain_missing always
// checks the failure.
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(initialiseSodium());
        m_haveBus = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
        m_registerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void cleanupTestCase()
    {
        if (m_haveBus) {
            WorkstationKeychain keychain;
            QVERIFY(keychain.remove(WorkstationKeychain::workstationEntry(m_registerId), nullptr));
            QVERIFY(keychain.remove(WorkstationKeychain::unattendedEntry(m_registerId), nullptr));
        }
    }

    void withoutBusFailsClearly()
    {
        if (m_haveBus)
            QSKIP("a session bus is present: tst_keychain_missing checks the failure instead");
        WorkstationKeychain keychain(5s);
        QElapsedTimer timer;
        timer.start();
        Error error;
        bool notFound = true;
        QVERIFY(
            keychain.read(WorkstationKeychain::workstationEntry(m_registerId), &error, &notFound)
                .isNull());
        QVERIFY(timer.elapsed() < 6000);
        QVERIFY(!notFound);
        QCOMPARE(error.kind, ErrorKind::Environment);
        QVERIFY2(error.message.contains(QLatin1String("dbus-run-session")) ||
                     error.message.contains(QLatin1String("did not answer")),
                 qPrintable(error.message));
    }

    void entryNames()
    {
        QCOMPARE(WorkstationKeychain::workstationEntry(QStringLiteral("abc")),
                 QStringLiteral("register-abc/workstation"));
        QCOMPARE(WorkstationKeychain::unattendedEntry(QStringLiteral("abc")),
                 QStringLiteral("register-abc/unattended"));
    }

    void notFound()
    {
        if (!m_haveBus)
            QSKIP(NoBusMessage);
        WorkstationKeychain keychain;
        Error error;
        bool notFound = false;
        const SecretBytes s = keychain.read(WorkstationKeychain::unattendedEntry(
                                                QUuid::createUuid().toString(QUuid::WithoutBraces)),
                                            &error, &notFound);
        QVERIFY(s.isNull());
        QVERIFY2(notFound, qPrintable(error.message));
        QCOMPARE(error.kind, ErrorKind::Environment);
    }

    void writeReadOverwriteRemove()
    {
        if (!m_haveBus)
            QSKIP(NoBusMessage);
        WorkstationKeychain keychain;
        const QString entry = WorkstationKeychain::unattendedEntry(m_registerId);
        Error error;
        // Binary data with every byte value, zeros included.
        SecretBytes first(256);
        for (std::size_t i = 0; i < first.size(); ++i)
            first.data()[i] = std::uint8_t(i);
        QVERIFY2(keychain.write(entry, first, &error), qPrintable(error.message));
        SecretBytes back = keychain.read(entry, &error);
        QVERIFY2(!back.isNull(), qPrintable(error.message));
        QVERIFY(back.equals(first));

        const SecretBytes second = SecretBytes::random(32);
        QVERIFY2(keychain.write(entry, second, &error), qPrintable(error.message));
        back = keychain.read(entry, &error);
        QVERIFY(back.equals(second));

        QVERIFY2(keychain.remove(entry, &error), qPrintable(error.message));
        bool notFound = false;
        QVERIFY(keychain.read(entry, &error, &notFound).isNull());
        QVERIFY(notFound);
        QVERIFY2(keychain.remove(entry, &error), "removing a missing entry is not an error");
    }

    void ensureWorkstationSecret()
    {
        if (!m_haveBus)
            QSKIP(NoBusMessage);
        WorkstationKeychain keychain;
        Error error;
        const SecretBytes created = keychain.ensureWorkstationSecret(m_registerId, &error);
        QVERIFY2(!created.isNull(), qPrintable(error.message));
        QCOMPARE(created.size(), std::size_t(32));
        const SecretBytes again = keychain.ensureWorkstationSecret(m_registerId, &error);
        QVERIFY(again.equals(created));
        QVERIFY(keychain.read(WorkstationKeychain::workstationEntry(m_registerId), &error)
                    .equals(created));

        // A secret of the wrong size was altered and is not silently replaced.
        QVERIFY(keychain.write(WorkstationKeychain::workstationEntry(m_registerId),
                               SecretBytes::random(5), &error));
        QVERIFY(keychain.ensureWorkstationSecret(m_registerId, &error).isNull());
        QCOMPARE(error.kind, ErrorKind::Damaged);
    }

private:
    bool m_haveBus = false;
    QString m_registerId;
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
