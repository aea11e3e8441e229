#include "crypto/PasswordKdf.h"

#include <QTest>

using namespace tallenne;

namespace {
SecretBytes secret(const QByteArray& bytes)
{
    QByteArray copy(bytes.constData(), bytes.size());
    return SecretBytes::fromBytes(copy);
}

QByteArray toBytes(const SecretBytes& s)
{
    return QByteArray(s.constChars(), qsizetype(s.size()));
}
} // namespace

class TestPasswordKdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initialiseSodium()); }

    void sameInputSameOutput()
    {
        const QByteArray salt = PasswordKdf::newSalt();
        Error error;
        const SecretBytes a =
            PasswordKdf::derive(secret("pässwörd"), salt, KdfParams::forTests(), 32, &error);
        QVERIFY2(!a.isNull(), qPrintable(error.message));
        const SecretBytes b =
            PasswordKdf::derive(secret("pässwörd"), salt, KdfParams::forTests(), 32, &error);
        QVERIFY(a.equals(b));
        QCOMPARE(a.size(), std::size_t(32));
    }

    void differentInputsDifferentOutput()
    {
        const QByteArray salt = PasswordKdf::newSalt();
        QByteArray otherSalt = salt;
        otherSalt[0] = char(otherSalt[0] ^ 1);
        const KdfParams p = KdfParams::forTests();
        const SecretBytes base = PasswordKdf::derive(secret("password"), salt, p, 32, nullptr);
        QVERIFY(!base.isNull());
        QVERIFY(!base.equals(PasswordKdf::derive(secret("password"), otherSalt, p, 32, nullptr)));
        QVERIFY(!base.equals(PasswordKdf::derive(secret("passwore"), salt, p, 32, nullptr)));
        KdfParams more = p;
        more.opsLimit = 2;
        QVERIFY(!base.equals(PasswordKdf::derive(secret("password"), salt, more, 32, nullptr)));
        QVERIFY(PasswordKdf::newSalt() != PasswordKdf::newSalt());
    }

    // Known answers from libsodium's own test suite (test/default/pwhash_argon2id.c and .exp,
    // vectors tv[4] and tv[6]): crypto_pwhash with Argon2id 1.3, one lane, 16 bytes of
    // the listed salt.
    void knownAnswer_data()
    {
        QTest::addColumn<QByteArray>("passwordHex");
        QTest::addColumn<QByteArray>("saltHex");
        QTest::addColumn<quint64>("ops");
        QTest::addColumn<quint64>("mem");
        QTest::addColumn<QByteArray>("expectedHex");

        QTest::newRow("tv4") << QByteArray(
                                    "4a857e2ee8aa9b6056f2424e84d24a72473378906ee04a46cb053115"
                                    "02d5250b82ad86b83c8f20a23dbb74f6da60b0b6ecffd67134d45946"
                                    "ac8ebfb3064294bc097d43ced68642bfb8bbbdd0f50b30118f5e")
                             << QByteArray("39d82eef32010b8b79cc5ba88ed539fb") << quint64(3)
                             << quint64(1432947)
                             << QByteArray(
                                    "08d8cd330c57e1b4643241d05bb468ba4ee4e932cd0858816be9ef15360b"
                                    "27bbd06a87130ee92222be267a29b81f5ae8fe8613324cfc4832dc49387f"
                                    "d0602f1c57b4d0f3855db94fb7e12eb05f9a484aed4a4307abf586cd3d55"
                                    "c809bc081541e00b682772fb2066504ff935b8ebc551a2083882f874bc0f"
                                    "ae68e56848ae34c91097c3bf0cca8e75c0797eef3efde3f75e005815018d"
                                    "b3cf7c109a812264c4de69dcb22322dbbcfa447f5b00ecd1b04a7be1569c"
                                    "8e556adb7bba48adf81d");
        QTest::newRow("tv6") << QByteArray(
                                    "b540beb016a5366524d4605156493f9874514a5aa58818cd0c6dfffa"
                                    "a9e90205f17b")
                             << QByteArray("44071f6d181561670bda728d43fb79b4") << quint64(1)
                             << quint64(1631659)
                             << QByteArray(
                                    "7fb72409b0987f8190c3729710e98c3f80c5a8727d425fdcde7f3644d467"
                                    "fe973f5b5fee683bd3fce812cb9ae5e9921a2d06c2f1905e4e839692f2b9"
                                    "34b682f11a2fe2b90482ea5dd234863516dba6f52dc0702d324ec77d860c"
                                    "2e181f84472bd7104fedce071ffa93c5309494ad51623d214447a7b2b146"
                                    "2dc7d5d55a1f6fd5b54ce024118d86f0c6489d16545aaa87b6689dad9f2f"
                                    "b47fda9894f8e12b87d978b483ccd4cc5fd9595cdc7a818452f915ce2f7d"
                                    "f95ec12b1c72e3788d473441d884f9748eb14703c21b45d82fd667b85f5b"
                                    "2d98c13303b3fe76285531a826b6fc0fe8e3dddecf");
    }

    void knownAnswer()
    {
        QFETCH(QByteArray, passwordHex);
        QFETCH(QByteArray, saltHex);
        QFETCH(quint64, ops);
        QFETCH(quint64, mem);
        QFETCH(QByteArray, expectedHex);
        const KdfParams params{ops, mem, KdfParams::argon2id13()};
        Error error;
        const SecretBytes out = PasswordKdf::derive(secret(QByteArray::fromHex(passwordHex)),
                                                    QByteArray::fromHex(saltHex), params,
                                                    std::size_t(expectedHex.size() / 2), &error);
        QVERIFY2(!out.isNull(), qPrintable(error.message));
        QCOMPARE(toBytes(out).toHex(), expectedHex);
    }

    void standardIsSane()
    {
        QVERIFY(KdfParams::standard().validate(nullptr));
        QVERIFY(KdfParams::forTests().validate(nullptr));
        QVERIFY(KdfParams::standard().memLimitBytes >= 64ULL * 1024 * 1024);
    }

    void validation_data()
    {
        QTest::addColumn<quint64>("ops");
        QTest::addColumn<quint64>("mem");
        QTest::addColumn<int>("alg");
        QTest::addColumn<bool>("valid");
        const int id = KdfParams::argon2id13();
        QTest::newRow("minimum") << quint64(1) << quint64(8192) << id << true;
        QTest::newRow("maximum") << quint64(20) << (quint64(4) << 30) << id << true;
        QTest::newRow("ops 0") << quint64(0) << quint64(8192) << id << false;
        QTest::newRow("ops 21") << quint64(21) << quint64(8192) << id << false;
        QTest::newRow("mem 8191") << quint64(1) << quint64(8191) << id << false;
        QTest::newRow("mem 4 GiB + 1") << quint64(1) << ((quint64(4) << 30) + 1) << id << false;
        QTest::newRow("argon2i13") << quint64(3) << quint64(8192) << 1 << false;
        QTest::newRow("alg 0") << quint64(3) << quint64(8192) << 0 << false;
    }

    void validation()
    {
        QFETCH(quint64, ops);
        QFETCH(quint64, mem);
        QFETCH(int, alg);
        QFETCH(bool, valid);
        Error error;
        const KdfParams params{ops, mem, alg};
        QCOMPARE(params.validate(&error), valid);
        QCOMPARE(error.kind, valid ? ErrorKind::None : ErrorKind::Damaged);
        if (!valid) {
            // derive() refuses the same parameters before doing any work.
            Error deriveError;
            QVERIFY(
                PasswordKdf::derive(secret("pw"), PasswordKdf::newSalt(), params, 32, &deriveError)
                    .isNull());
            QCOMPARE(deriveError.kind, ErrorKind::Damaged);
        }
    }

    void badArguments()
    {
        Error error;
        QVERIFY(PasswordKdf::derive(secret("pw"), QByteArray(15, 'x'), KdfParams::forTests(), 32,
                                    &error)
                    .isNull());
        QCOMPARE(error.kind, ErrorKind::Usage);
        error = {};
        QVERIFY(PasswordKdf::derive(SecretBytes(), PasswordKdf::newSalt(), KdfParams::forTests(),
                                    32, &error)
                    .isNull());
        QCOMPARE(error.kind, ErrorKind::Usage);
        error = {};
        QVERIFY(PasswordKdf::derive(secret("pw"), PasswordKdf::newSalt(), KdfParams::forTests(), 8,
                                    &error)
                    .isNull());
        QCOMPARE(error.kind, ErrorKind::Usage);
    }

    void algNames()
    {
        QCOMPARE(KdfParams::algName(KdfParams::argon2id13()), QStringLiteral("argon2id13"));
        QCOMPARE(KdfParams::algFromName(QStringLiteral("argon2id13")), KdfParams::argon2id13());
        QCOMPARE(KdfParams::algFromName(QStringLiteral("argon2i13")), -1);
    }
};

QTEST_GUILESS_MAIN(TestPasswordKdf)
#include "tst_passwordkdf.moc"
