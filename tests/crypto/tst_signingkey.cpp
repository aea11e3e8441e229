// SigningKey: the audit signing key derived from a slot identity's X25519 secret. The
// derivation is pinned by a known answer (computed with plain libsodium calls: keyed
// BLAKE2b-256 of "tallenne-sign-v1" under the identity secret, as the Ed25519 seed): a change
// would leave every register's introduced keys behind.

#include "crypto/SigningKey.h"

#include <QtTest>

using namespace tallenne;

namespace {
SecretBytes counting(std::size_t size)
{
    SecretBytes s(size);
    for (std::size_t i = 0; i < size; ++i)
        s.data()[i] = std::uint8_t(i + 1);
    return s;
}
} // namespace

class TestSigningKey : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswer()
    {
        const SigningKey key = SigningKey::fromIdentity(counting(32));
        QVERIFY(!key.isNull());
        QCOMPARE(key.publicKey().toHex(),
                 QByteArray("b5021a9241f857643a9289d0e1258323292c35602aa6da11736797e0e6ff77e0"));
        // Ed25519 signatures are deterministic.
        QCOMPARE(key.sign("tallenne").toHex(),
                 QByteArray("00e53e7590be6302b3d5251b1a35701c0dd7dbe1bd0f4e831493384820461b97487f"
                            "acffad53d0c40ba4edc696c7ea2204ba4e9828cf8d9c5f77fbe37cd1fa06"));
    }

    void deterministicPerIdentity()
    {
        const SecretBytes identity = SecretBytes::random(32);
        const SigningKey a = SigningKey::fromIdentity(identity);
        const SigningKey b = SigningKey::fromIdentity(identity);
        const SigningKey other = SigningKey::fromIdentity(SecretBytes::random(32));
        QCOMPARE(a.publicKey(), b.publicKey());
        QVERIFY(a.publicKey() != other.publicKey());
        QCOMPARE(a.publicKey().size(), qsizetype(SigningKey::PublicKeyBytes));
    }

    void signAndVerify()
    {
        const SigningKey key = SigningKey::fromIdentity(SecretBytes::random(32));
        const QByteArray message =
            QByteArray::fromHex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        const QByteArray signature = key.sign(message);
        QCOMPARE(signature.size(), qsizetype(SigningKey::SignatureBytes));
        QVERIFY(SigningKey::verify(key.publicKey(), message, signature));

        // Every flipped bit of the signature, of the message and of the key fails.
        for (qsizetype bit = 0; bit < signature.size() * 8; ++bit) {
            QByteArray bad = signature;
            bad[bit / 8] = char(bad[bit / 8] ^ (1 << (bit % 8)));
            QVERIFY2(!SigningKey::verify(key.publicKey(), message, bad),
                     qPrintable(QString::number(bit)));
        }
        for (qsizetype bit = 0; bit < message.size() * 8; ++bit) {
            QByteArray bad = message;
            bad[bit / 8] = char(bad[bit / 8] ^ (1 << (bit % 8)));
            QVERIFY(!SigningKey::verify(key.publicKey(), bad, signature));
        }
        const SigningKey other = SigningKey::fromIdentity(SecretBytes::random(32));
        QVERIFY(!SigningKey::verify(other.publicKey(), message, signature));
        QVERIFY(!SigningKey::verify(key.publicKey().left(31), message, signature));
        QVERIFY(!SigningKey::verify(key.publicKey(), message, signature.left(63)));
        QVERIFY(!SigningKey::verify(QByteArray(), message, QByteArray()));
    }

    void wrongIdentityGivesNoKey()
    {
        QVERIFY(SigningKey::fromIdentity(SecretBytes()).isNull());
        QVERIFY(SigningKey::fromIdentity(counting(31)).isNull());
        QVERIFY(SigningKey::fromIdentity(counting(64)).isNull());
        const SigningKey none;
        QVERIFY(none.isNull());
        QVERIFY(none.sign("x").isEmpty());
    }

    void clearWipes()
    {
        const int before = SecretBytes::liveCount();
        SigningKey key = SigningKey::fromIdentity(SecretBytes::random(32));
        QCOMPARE(SecretBytes::liveCount(), before + 1);
        key.clear();
        QVERIFY(key.isNull());
        QVERIFY(key.publicKey().isEmpty());
        QCOMPARE(SecretBytes::liveCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestSigningKey)
#include "tst_signingkey.moc"
