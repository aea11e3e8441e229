#include "crypto/RecoveryCode.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tallenne;

namespace {
QByteArray text(const SecretBytes& s)
{
    return QByteArray(s.constChars(), qsizetype(s.size()));
}

SecretBytes secret(const QByteArray& bytes)
{
    QByteArray copy(bytes.constData(), bytes.size());
    return SecretBytes::fromBytes(copy);
}
} // namespace

class TestRecoveryCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initialiseSodium()); }

    void format()
    {
        const QByteArray code = text(RecoveryCode::generate());
        static const QRegularExpression shape(
            QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$"));
        QVERIFY2(shape.match(QString::fromLatin1(code)).hasMatch(), code.constData());
        QCOMPARE(code.size(), qsizetype(RecoveryCode::FormattedLength));
    }

    void entropy()
    {
        QVERIFY(RecoveryCode::Length * 5 >= 128);
        // 200 codes: all different, and together they use the whole alphabet and nothing else.
        QSet<QByteArray> codes;
        QSet<char> used;
        for (int i = 0; i < 200; ++i) {
            const QByteArray code = text(RecoveryCode::generate());
            codes.insert(code);
            for (char c : code) {
                if (c != '-')
                    used.insert(c);
            }
        }
        QCOMPARE(codes.size(), 200);
        QCOMPARE(used.size(), 32);
        for (char c : QByteArray(RecoveryCode::Alphabet))
            QVERIFY(used.contains(c));
        for (char c : QByteArray("ILOU"))
            QVERIFY(!used.contains(c));
    }

    void normaliseAccepts_data()
    {
        QTest::addColumn<QByteArray>("typed");
        const QByteArray canonical("7KQ2M9XDABCDEFGH0123456789JKMNPZ");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("canonical") << canonical << canonical;
        QTest::newRow("dashes") << QByteArray("7KQ2-M9XD-ABCD-EFGH-0123-4567-89JK-MNPZ")
                                << canonical;
        QTest::newRow("lower case, spaces")
            << QByteArray("7kq2 m9xd abcd efgh 0123 4567 89jk mnpz") << canonical;
        QTest::newRow("O for 0, I and L for 1")
            << QByteArray("7KQ2-M9XD-ABCD-EFGH-OI23-4567-89JK-MNPZ") << canonical;
        QTest::newRow("l for 1") << QByteArray("7KQ2M9XDABCDEFGH0l23456789JKMNPZ") << canonical;
        QTest::newRow("surrounding blanks and a newline")
            << QByteArray("  7KQ2-M9XD-ABCD-EFGH-0123-4567-89JK-MNPZ\n") << canonical;
    }

    void normaliseAccepts()
    {
        QFETCH(QByteArray, typed);
        QFETCH(QByteArray, expected);
        Error error;
        const SecretBytes out = RecoveryCode::normalise(secret(typed), &error);
        QVERIFY2(!out.isNull(), qPrintable(error.message));
        QCOMPARE(text(out), expected);
    }

    void normaliseRejects_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("this one has 0");
        QTest::newRow("one short") << QByteArray("7KQ2-M9XD-ABCD-EFGH-0123-4567-89JK-MNP")
                                   << QStringLiteral("this one has 31");
        QTest::newRow("one long") << QByteArray("7KQ2-M9XD-ABCD-EFGH-0123-4567-89JK-MNPZ-Z")
                                  << QStringLiteral("this one has 33");
        QTest::newRow("U") << QByteArray("UKQ2-M9XD-ABCD-EFGH-0123-4567-89JK-MNPZ")
                           << QStringLiteral("Character 1 ");
        QTest::newRow("punctuation") << QByteArray("7KQ2.M9XD-ABCD-EFGH-0123-4567-89JK-MNPZ")
                                     << QStringLiteral("Character 5 ");
        QTest::newRow("non-ASCII") << QByteArray("7KQ2-M9XD-ABCD-EFGH-0123-4567-89JK-MNPÄ")
                                   << QStringLiteral("Character 32 ");
    }

    void normaliseRejects()
    {
        QFETCH(QByteArray, typed);
        QFETCH(QString, expected);
        Error error;
        const int before = SecretBytes::liveCount();
        {
            const SecretBytes input = secret(typed);
            QVERIFY(RecoveryCode::normalise(input, &error).isNull());
        }
        QCOMPARE(SecretBytes::liveCount(), before);
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    }

    void formatRoundTrip()
    {
        const SecretBytes code = RecoveryCode::generate();
        const SecretBytes canonical = RecoveryCode::normalise(code, nullptr);
        QCOMPARE(canonical.size(), RecoveryCode::Length);
        QVERIFY(RecoveryCode::format(canonical).equals(code));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryCode)
#include "tst_recoverycode.moc"
