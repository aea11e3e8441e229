#include "crypto/WorkstationKeychain.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace tallenne;
using namespace std::chrono_literals;

// The keychain calls when there is no usable keychain: a clear Environment error within the
// timeout, never a hang or a crash. Each case points the D-Bus session address somewhere
// else before the first call, so the test needs no outside setup (ctest also sets an address).
class TestKeychainMissing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void noBusAtTheAddress()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("nobus"))));
        WorkstationKeychain keychain(3s);
        QElapsedTimer timer;
        timer.start();
        Error error;
        bool notFound = true;
        QVERIFY(keychain
                    .read(WorkstationKeychain::workstationEntry(QStringLiteral("r1")), &error,
                          &notFound)
                    .isNull());
        qInfo("%lld ms: %s", timer.elapsed(), qPrintable(error.message));
        QVERIFY(timer.elapsed() < 4000);
        QVERIFY(!notFound);
        QCOMPARE(error.kind, ErrorKind::Environment);
        QVERIFY2(error.message.contains(QLatin1String("No OS keychain is reachable")) ||
                     error.message.contains(QLatin1String("did not answer")),
                 qPrintable(error.message));
        QVERIFY(error.message.contains(QLatin1String("dbus-run-session")) ||
                error.message.contains(QLatin1String("keyring daemon")));

        QVERIFY(!keychain.write(QStringLiteral("x"), SecretBytes::random(32), &error));
        QCOMPARE(error.kind, ErrorKind::Environment);
        QVERIFY(keychain.ensureWorkstationSecret(QStringLiteral("r1"), &error).isNull());
        QCOMPARE(error.kind, ErrorKind::Environment);
    }

    // A bus address where something listens but never answers: the call must come back at the
    // timeout, and the abandoned job finishing later must touch nothing that is gone.
    void silentBusTimesOut()
    {
        const QByteArray socketPath = QFile::encodeName(m_dir.filePath(QStringLiteral("silent")));
        const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        QVERIFY(listener >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(std::size_t(socketPath.size()) < sizeof address.sun_path);
        memcpy(address.sun_path, socketPath.constData(), std::size_t(socketPath.size()));
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener, 8), 0);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + socketPath);

        WorkstationKeychain keychain(1s);
        QElapsedTimer timer;
        timer.start();
        Error error;
        QVERIFY(keychain.read(WorkstationKeychain::workstationEntry(QStringLiteral("r2")), &error)
                    .isNull());
        const qint64 elapsed = timer.elapsed();
        qInfo("%lld ms: %s", elapsed, qPrintable(error.message));
        QVERIFY(elapsed >= 900 && elapsed < 3000);
        QCOMPARE(error.kind, ErrorKind::Environment);
        QVERIFY2(error.message.contains(QLatin1String("did not answer within 1 second")),
                 qPrintable(error.message));

        // Hang up on the waiting client so the abandoned job finishes with an error. QtKeychain
        // runs jobs one at a time, so once the next call returns the late job has finished too.
        for (int fd; (fd = ::accept(listener, nullptr, nullptr)) >= 0;)
            ::close(fd);
        ::close(listener);
        keychain.setTimeout(20s);
        QVERIFY(keychain.read(WorkstationKeychain::workstationEntry(QStringLiteral("r3")), &error)
                    .isNull());
        QCOMPARE(error.kind, ErrorKind::Environment);
        qInfo("second call: %s", qPrintable(error.message));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestKeychainMissing)
#include "tst_keychain_missing.moc"
