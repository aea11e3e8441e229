#include "core/PhoneNumber.h"

#include <QTest>

using tallenne::PhoneNumber;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void toE164_data();
    void toE164();
    void rejected_data();
    void rejected();
    void formatForDisplay_data();
    void formatForDisplay();
    void countryCodeLength_data();
    void countryCodeLength();
};

void TestPhoneNumber::toE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");

    QTest::newRow("mobile spaced") << "040 123 4567"
                                   << "+358401234567";
    QTest::newRow("mobile hyphen") << "040-1234567"
                                   << "+358401234567";
    QTest::newRow("mobile 050") << "050 123 4567"
                                << "+358501234567";
    QTest::newRow("Helsinki (09)") << "(09) 123 4567"
                                   << "+35891234567";
    QTest::newRow("Helsinki 09/") << "09/123 4567"
                                  << "+35891234567";
    QTest::newRow("international +358") << "+358 40 123 4567"
                                        << "+358401234567";
    QTest::newRow("international 00358") << "00358401234567"
                                         << "+358401234567";
    QTest::newRow("+358 (0)40") << "+358 (0)40 123 4567"
                                << "+358401234567";
    QTest::newRow("+358 040") << "+358 040 123 4567"
                              << "+358401234567";
    QTest::newRow("Sweden +46") << "+46 8 123 456 78"
                                << "+46812345678";
    QTest::newRow("Sweden 0046") << "0046 8 123 456 78"
                                 << "+46812345678";
    QTest::newRow("USA +1") << "+1 (212) 555-0100"
                            << "+12125550100";
    QTest::newRow("service 0203") << "0203 12345"
                                  << "+35820312345";
    QTest::newRow("service 0600") << "0600 12345"
                                  << "+35860012345";
    QTest::newRow("corporate 010") << "010 123 4567"
                                   << "+358101234567";
    QTest::newRow("dots") << "040.123.4567"
                          << "+358401234567";
    QTest::newRow("no-break space, tab")
        << QString::fromUtf8("040\u00a0123\t4567") << "+358401234567";
    QTest::newRow("surrounding whitespace") << "  040 123 4567 "
                                            << "+358401234567";
    QTest::newRow("5 national digits") << "012345"
                                       << "+35812345";
    QTest::newRow("15 digits") << "+358 12345678901"
                               << "+35812345678901";
    QTest::newRow("already E.164") << "+358401234567"
                                   << "+358401234567";
}

void TestPhoneNumber::toE164()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    QString reason;
    const std::optional<QString> result = PhoneNumber::toE164(input, &reason);
    QVERIFY2(result.has_value(), qPrintable(reason));
    QCOMPARE(*result, e164);
    QVERIFY(PhoneNumber::isE164(*result));
}

void TestPhoneNumber::rejected_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("lone +") << "+";
    QTest::newRow("+ and spaces") << "+  ";
    QTest::newRow("00 only") << "00";
    QTest::newRow("ambiguous 358…") << "358401234567";
    QTest::newRow("no prefix") << "401234567";
    QTest::newRow("letters") << "040 123 ABCD";
    QTest::newRow("vanity letters") << "0800 FLOWERS";
    QTest::newRow("extension") << "040 123 4567 ext 12";
    QTest::newRow("too short national") << "0401";
    QTest::newRow("too short 4 digits") << "01234";
    QTest::newRow("too short international") << "+46 1234";
    QTest::newRow("too long 16 digits") << "+3581234567890123";
    QTest::newRow("too long national") << "040 1234 5678 9012";
    QTest::newRow("+ in the middle") << "040+1234567";
    QTest::newRow("two +") << "++358401234567";
    QTest::newRow("country code 0") << "+0401234567";
    QTest::newRow("000") << "000401234567";
    QTest::newRow("+358 00") << "+358 00 123 4567";
    QTest::newRow("unbalanced (") << "(09 123 4567";
    QTest::newRow("unbalanced )") << "09) 123 4567";
    QTest::newRow("nested ()") << "((09)) 123 4567";
    QTest::newRow("other character") << "040#1234567";
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("٠٤٠١٢٣٤٥٦٧");
}

void TestPhoneNumber::rejected()
{
    QFETCH(QString, input);
    QString reason;
    QVERIFY(!PhoneNumber::toE164(input, &reason).has_value());
    QVERIFY(!reason.isEmpty());
}

void TestPhoneNumber::formatForDisplay_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("display");

    QTest::newRow("mobile 040") << "+358401234567"
                                << "+358 40 123 4567";
    QTest::newRow("mobile 050") << "+358501234567"
                                << "+358 50 123 4567";
    QTest::newRow("Helsinki") << "+35891234567"
                              << "+358 9 123 4567";
    QTest::newRow("Tampere area 03") << "+35831234567"
                                     << "+358 3 123 4567";
    QTest::newRow("area 013") << "+358131234567"
                              << "+358 13 123 4567";
    QTest::newRow("service 020") << "+35820312345"
                                 << "+358 20 312 345";
    QTest::newRow("service 0600") << "+35860012345"
                                  << "+358 600 123 45";
    QTest::newRow("corporate 010") << "+358101234567"
                                   << "+358 10 123 4567";
    QTest::newRow("short") << "+35812345"
                           << "+358 12 345";
    QTest::newRow("Sweden") << "+46812345678"
                            << "+46 812345678";
    QTest::newRow("USA") << "+12125550100"
                         << "+1 2125550100";
    QTest::newRow("not E.164 unchanged") << "040 123 4567"
                                         << "040 123 4567";
}

void TestPhoneNumber::formatForDisplay()
{
    QFETCH(QString, e164);
    QFETCH(QString, display);
    QCOMPARE(PhoneNumber::formatForDisplay(e164), display);
}

void TestPhoneNumber::countryCodeLength_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("length");

    QTest::newRow("1 North America") << "12125550100" << 1;
    QTest::newRow("7 Russia") << "74951234567" << 1;
    QTest::newRow("46 Sweden") << "46812345678" << 2;
    QTest::newRow("49 Germany") << "4930123456" << 2;
    QTest::newRow("358 Finland") << "358401234567" << 3;
    QTest::newRow("372 Estonia") << "3721234567" << 3;
    QTest::newRow("354 Iceland") << "3541234567" << 3;
}

void TestPhoneNumber::countryCodeLength()
{
    QFETCH(QString, digits);
    QFETCH(int, length);
    QCOMPARE(PhoneNumber::countryCodeLength(digits), length);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
