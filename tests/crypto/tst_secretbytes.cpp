#include "crypto/SecretBytes.h"

#include <QTest>

#include <utility>

using tallenne::SecretBytes;

class TestSecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(tallenne::initialiseSodium()); }

    void zeroFilledOnCreation()
    {
        const SecretBytes s(64);
        QVERIFY(!s.isNull());
        QCOMPARE(s.size(), std::size_t(64));
        for (std::size_t i = 0; i < s.size(); ++i)
            QCOMPARE(s.data()[i], std::uint8_t(0));
    }

    void moveHandsTheBufferOver()
    {
        const int before = SecretBytes::liveCount();
        SecretBytes a = SecretBytes::random(32);
        const std::uint8_t* buffer = a.data();
        SecretBytes b(std::move(a));
        QVERIFY(a.isNull()); // NOLINT(bugprone-use-after-move): the moved-from state is the test
        QCOMPARE(a.size(), std::size_t(0));
        QCOMPARE(b.data(), buffer);
        QCOMPARE(SecretBytes::liveCount(), before + 1);

        SecretBytes c(16);
        c = std::move(b);
        QCOMPARE(c.data(), buffer);
        QVERIFY(b.isNull());
        QCOMPARE(SecretBytes::liveCount(), before + 1); // c's old buffer was released
    }

    void liveCountReturnsAfterScopes()
    {
        const int before = SecretBytes::liveCount();
        {
            SecretBytes a(8);
            SecretBytes b = SecretBytes::random(8);
            SecretBytes c = b.clone();
            QCOMPARE(SecretBytes::liveCount(), before + 3);
            c.clear();
            QCOMPARE(SecretBytes::liveCount(), before + 2);
        }
        QCOMPARE(SecretBytes::liveCount(), before);
    }

    // The wiped buffer is freed by the wipe, so only the effects that remain can be observed:
    // the source is emptied and the secret holds the bytes.
    void fromBytesEmptiesTheSource()
    {
        QByteArray source("correct horse battery staple");
        const QByteArray expected("correct horse battery staple");
        const SecretBytes s = SecretBytes::fromBytes(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(QByteArray(s.constChars(), qsizetype(s.size())), expected);

        QByteArray keep("kept");
        const SecretBytes k = SecretBytes::fromBytes(keep, false);
        QCOMPARE(keep, QByteArray("kept"));
        QCOMPARE(QByteArray(k.constChars(), qsizetype(k.size())), QByteArray("kept"));
    }

    void wipeEmptiesStrings()
    {
        QString text = QStringLiteral("hunter2");
        text.detach();
        SecretBytes::wipe(text);
        QVERIFY(text.isEmpty());
        QByteArray bytes("hunter2");
        SecretBytes::wipe(bytes);
        QVERIFY(bytes.isEmpty());
        QByteArray empty;
        SecretBytes::wipe(empty); // must not touch the shared empty buffer
        QVERIFY(empty.isEmpty());
    }

    void equalsAndClone()
    {
        const SecretBytes a = SecretBytes::random(32);
        const SecretBytes b = a.clone();
        QVERIFY(a.equals(b));
        QVERIFY(a.data() != b.data());
        SecretBytes c = a.clone();
        c.data()[31] ^= 1;
        QVERIFY(!a.equals(c));
        QVERIFY(!a.equals(SecretBytes::random(16)));
        QVERIFY(SecretBytes(0).equals(SecretBytes(0)));
        QVERIFY(SecretBytes().clone().isNull());
    }

    void randomIsNotAllZeroAndDiffers()
    {
        const SecretBytes a = SecretBytes::random(32);
        const SecretBytes b = SecretBytes::random(32);
        bool nonZero = false;
        for (std::size_t i = 0; i < a.size(); ++i)
            nonZero = nonZero || a.data()[i] != 0;
        QVERIFY(nonZero);
        QVERIFY(!a.equals(b));
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
