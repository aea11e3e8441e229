#include "core/Masking.h"

#include <QTest>

using tallenne::Masking;

class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void maskPhone_data();
    void maskPhone();
    void maskIdentityCode_data();
    void maskIdentityCode();
    void maskName_data();
    void maskName();
    void maskEmail_data();
    void maskEmail();
};

void TestMasking::maskPhone_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("masked");

    // The display format (PhoneNumber::formatForDisplay, libphonenumber's grouping) with the
    // national number hidden but for its first two and last two digits.
    QTest::newRow("mobile") << "+358401234567"
                            << "+358 40 *****67";
    QTest::newRow("mobile 040 111 2241") << "+358401112241"
                                         << "+358 40 *****41";
    QTest::newRow("Helsinki") << "+35891234567"
                              << "+358 9 1****67";
    QTest::newRow("service 020") << "+35820312345"
                                 << "+358 20 ****45";
    QTest::newRow("5 national digits") << "+35812345"
                                       << "+358 ***45";
    QTest::newRow("Sweden") << "+46812345678"
                            << "+46 8 1** *** 78";
    QTest::newRow("Estonia") << "+37251234567"
                             << "+372 51** **67";
    QTest::newRow("USA") << "+12125550100"
                         << "+1 21*-***-**00";
    QTest::newRow("not formatted: digits still counted") << "+3580401112241"
                                                         << "+35804******41";
    QTest::newRow("national form fails closed") << "040 123 4567"
                                                << "***";
    QTest::newRow("empty fails closed") << ""
                                        << "***";
    QTest::newRow("letters fail closed") << "+358abc"
                                         << "***";
}

void TestMasking::maskPhone()
{
    QFETCH(QString, e164);
    QFETCH(QString, masked);
    QCOMPARE(Masking::maskPhone(e164), masked);
}

void TestMasking::maskIdentityCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("masked");

    QTest::newRow("DVV example") << "131052-308T"
                                 << "131052-****";
    QTest::newRow("A, lower case") << "010100a002h"
                                   << "010100A****";
    QTest::newRow("temporary") << "010190-999W"
                               << "010190-****";
    QTest::newRow("wrong length fails closed") << "131052-308"
                                               << "***";
    QTest::newRow("no century sign fails closed") << "131052G308T"
                                                  << "***";
    QTest::newRow("letters in date fail closed") << "1310AB-308T"
                                                 << "***";
    QTest::newRow("empty") << ""
                           << "***";
}

void TestMasking::maskIdentityCode()
{
    QFETCH(QString, code);
    QFETCH(QString, masked);
    QCOMPARE(Masking::maskIdentityCode(code), masked);
}

void TestMasking::maskName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("masked");

    QTest::newRow("two names") << QString::fromUtf8("Matti Meikäläinen") << "M. M.";
    QTest::newRow("three names") << "Maija Liisa Virtanen"
                                 << "M. L. V.";
    QTest::newRow("hyphenated") << "Anna-Liisa Virtanen"
                                << "A.-L. V.";
    QTest::newRow("lower case, extra spaces")
        << QString::fromUtf8("  äijö   öljy ") << QString::fromUtf8("Ä. Ö.");
    QTest::newRow("one name") << "Matti"
                              << "M.";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMasking::maskName()
{
    QFETCH(QString, name);
    QFETCH(QString, masked);
    QCOMPARE(Masking::maskName(name), masked);
}

void TestMasking::maskEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("masked");

    QTest::newRow("brief example") << "matti.m@example.fi"
                                   << "m***@example.fi";
    QTest::newRow("upper case") << "Matti.M@Example.FI"
                                << "m***@example.fi";
    QTest::newRow("one-letter local") << "m@example.fi"
                                      << "m***@example.fi";
    QTest::newRow("no @ fails closed") << "matti.example.fi"
                                       << "***";
    QTest::newRow("empty local fails closed") << "@example.fi"
                                              << "***";
    QTest::newRow("empty domain fails closed") << "matti@"
                                               << "***";
}

void TestMasking::maskEmail()
{
    QFETCH(QString, email);
    QFETCH(QString, masked);
    QCOMPARE(Masking::maskEmail(email), masked);
}

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
