// Phone numbers as people and trunks write them, read with libphonenumber: every accepted form,
// the ambiguous rule, the rejected inputs (with a reason that never repeats the number), the
// display format and the country code length.

#include "core/PhoneNumber.h"

#include <QTest>

using namespace tallenne;

Q_DECLARE_METATYPE(tallenne::PhoneForm)
Q_DECLARE_METATYPE(tallenne::PhoneType)

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void ambiguous_data();
    void ambiguous();
    void rejected_data();
    void rejected();
    void toE164();
    void describe_data();
    void describe();
    void knownRegion_data();
    void knownRegion();
    void formatForDisplay_data();
    void formatForDisplay();
    void countryCodeLength_data();
    void countryCodeLength();
};

namespace {

using F = PhoneForm;
using T = PhoneType;

void addReadColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<PhoneForm>("form");
    QTest::addColumn<PhoneType>("type");
    QTest::addColumn<QString>("region");
}

void row(const char* tag, const QString& input, const char* e164, PhoneForm form, PhoneType type,
         const char* region, const char* defaultRegion = "FI")
{
    QTest::newRow(tag) << input << QString::fromLatin1(defaultRegion) << QString::fromLatin1(e164)
                       << form << type << QString::fromLatin1(region);
}

void row(const char* tag, const char* input, const char* e164, PhoneForm form, PhoneType type,
         const char* region, const char* defaultRegion = "FI")
{
    row(tag, QString::fromUtf8(input), e164, form, type, region, defaultRegion);
}

} // namespace

void TestPhoneNumber::read_data()
{
    addReadColumns();
    const char* mobile = "+358401112241";

    // Finnish mobile number in every form of the brief.
    row("national", "040 111 2241", mobile, F::National, T::Mobile, "FI");
    row("national, no spaces", "0401112241", mobile, F::National, T::Mobile, "FI");
    row("national, hyphen", "040-111 2241", mobile, F::National, T::Mobile, "FI");
    row("national, dots", "040.111.2241", mobile, F::National, T::Mobile, "FI");
    row("national, slash", "040/111 2241", mobile, F::National, T::Mobile, "FI");
    row("national, parentheses", "(040) 111 2241", mobile, F::National, T::Mobile, "FI");
    row("national, no-break space and tab", QString::fromUtf8("040\u00a0111\t2241"), mobile,
        F::National, T::Mobile, "FI");
    row("national, surrounding whitespace", "  040 111 2241 \n", mobile, F::National, T::Mobile,
        "FI");
    row("national without the trunk 0", "40 111 2241", mobile, F::National, T::Mobile, "FI");
    row("+358", "+358 40 111 2241", mobile, F::International, T::Mobile, "FI");
    row("E.164", "+358401112241", mobile, F::International, T::Mobile, "FI");
    row("00358", "00358 40 111 2241", mobile, F::International, T::Mobile, "FI");
    row("990 carrier prefix", "990 358 40 111 2241", mobile, F::International, T::Mobile, "FI");
    row("358 without + (SIP trunk)", "358401112241", mobile, F::InternationalWithoutPlus, T::Mobile,
        "FI");
    row("358 without +, spaced", "358 40 111 2241", mobile, F::InternationalWithoutPlus, T::Mobile,
        "FI");
    row("+358 (0)40", "+358 (0)40 111 2241", mobile, F::NationalTrunkAfterCountryCode, T::Mobile,
        "FI");
    row("+358 040", "+358 040 111 2241", mobile, F::NationalTrunkAfterCountryCode, T::Mobile, "FI");
    row("00358 (0)40", "00358 (0)40 111 2241", mobile, F::NationalTrunkAfterCountryCode, T::Mobile,
        "FI");
    row("3580 without +", "3580401112241", mobile, F::NationalTrunkAfterCountryCode, T::Mobile,
        "FI");

    // Messaging ids and tel: URIs.
    row("whatsapp:+", "whatsapp:+358401112241", mobile, F::Messaging, T::Mobile, "FI");
    row("WhatsApp: spaced", "WhatsApp: +358 40 111 2241", mobile, F::Messaging, T::Mobile, "FI");
    row("whatsapp: without +", "whatsapp:358401112241", mobile, F::Messaging, T::Mobile, "FI");
    row("JID s.whatsapp.net", "358401112241@s.whatsapp.net", mobile, F::Messaging, T::Mobile, "FI");
    row("JID with device", "358401112241:12@s.whatsapp.net", mobile, F::Messaging, T::Mobile, "FI");
    row("JID c.us", "358401112241@c.us", mobile, F::Messaging, T::Mobile, "FI");
    row("wa.me", "wa.me/358401112241", mobile, F::Messaging, T::Mobile, "FI");
    row("https://wa.me with text", "https://wa.me/358401112241?text=Hei", mobile, F::Messaging,
        T::Mobile, "FI");
    row("tel: global", "tel:+358-40-111-2241", mobile, F::Messaging, T::Mobile, "FI");
    row("TEL: upper case", "TEL:+358401112241", mobile, F::Messaging, T::Mobile, "FI");
    row("tel: local", "tel:040-111-2241", mobile, F::Messaging, T::Mobile, "FI");
    row("tel: phone-context", "tel:040-111-2241;phone-context=+358", mobile, F::Messaging,
        T::Mobile, "FI");
    row("tel: phone-context Sweden", "tel:08-123-456-78;phone-context=+46", "+46812345678",
        F::Messaging, T::FixedLine, "SE");
    row("JID of a Swedish number", "46701234567@s.whatsapp.net", "+46701234567", F::Messaging,
        T::Mobile, "SE");

    // Finnish landline, corporate and service numbers.
    row("Helsinki (09)", "(09) 123 4567", "+35891234567", F::National, T::FixedLine, "FI");
    row("Helsinki 09/", "09/123 4567", "+35891234567", F::National, T::FixedLine, "FI");
    row("Helsinki 8 digits", "09 1234 5678", "+358912345678", F::National, T::FixedLine, "FI");
    row("Tampere +358 3", "+358 3 555 0140", "+35835550140", F::International, T::FixedLine, "FI");
    row("mobile 050", "050 123 4567", "+358501234567", F::National, T::Mobile, "FI");
    row("corporate 010", "010 123 4567", "+358101234567", F::National, T::Uan, "FI");
    row("corporate 020", "020 123 4567", "+358201234567", F::National, T::Uan, "FI");
    row("corporate 0203", "0203 12345", "+35820312345", F::National, T::Uan, "FI");
    row("corporate 029", "0295 123 456", "+358295123456", F::National, T::Uan, "FI");
    row("service 0100", "0100 100", "+358100100", F::National, T::Uan, "FI");
    row("toll-free 0800", "0800 123 456", "+358800123456", F::National, T::TollFree, "FI");
    row("toll-free 0800 short", "0800 12345", "+35880012345", F::National, T::TollFree, "FI");
    row("premium 0600", "0600 12345", "+35860012345", F::National, T::PremiumRate, "FI");

    // Swedish, Estonian, German and US numbers with +, 00 and without either.
    row("Sweden +46", "+46 8 123 456 78", "+46812345678", F::International, T::FixedLine, "SE");
    row("Sweden 0046", "0046 8 123 456 78", "+46812345678", F::International, T::FixedLine, "SE");
    row("Sweden without +", "46812345678", "+46812345678", F::InternationalWithoutPlus,
        T::FixedLine, "SE");
    row("Sweden mobile +46", "+46 70 123 45 67", "+46701234567", F::International, T::Mobile, "SE");
    row("Sweden mobile without +", "46701234567", "+46701234567", F::InternationalWithoutPlus,
        T::Mobile, "SE");
    row("Sweden +46 (0)8", "+46 (0)8 123 456 78", "+46812345678", F::NationalTrunkAfterCountryCode,
        T::FixedLine, "SE");
    row("Estonia +372", "+372 5123 4567", "+37251234567", F::International, T::Mobile, "EE");
    row("Estonia 00372", "00372 5123 4567", "+37251234567", F::International, T::Mobile, "EE");
    row("Estonia without +", "37251234567", "+37251234567", F::InternationalWithoutPlus, T::Mobile,
        "EE");
    row("Estonia landline", "+372 612 3456", "+3726123456", F::International, T::FixedLine, "EE");
    row("Germany +49", "+49 30 123456", "+4930123456", F::International, T::FixedLine, "DE");
    row("Germany 0049", "0049 30 123456", "+4930123456", F::International, T::FixedLine, "DE");
    row("Germany without +", "4930123456", "+4930123456", F::InternationalWithoutPlus, T::FixedLine,
        "DE");
    row("Germany +49 (0)30", "+49 (0)30 123456", "+4930123456", F::NationalTrunkAfterCountryCode,
        T::FixedLine, "DE");
    row("Germany mobile", "+49 151 23456789", "+4915123456789", F::International, T::Mobile, "DE");
    row("Germany mobile without +", "4915123456789", "+4915123456789", F::InternationalWithoutPlus,
        T::Mobile, "DE");
    row("US +1", "+1 (212) 555-0100", "+12125550100", F::International, T::FixedLineOrMobile, "US");
    row("US 001", "001 212 555 0100", "+12125550100", F::International, T::FixedLineOrMobile, "US");
    row("US without +", "12125550100", "+12125550100", F::InternationalWithoutPlus,
        T::FixedLineOrMobile, "US");

    // The default region decides national forms.
    row("Sweden national", "08 123 456 78", "+46812345678", F::National, T::FixedLine, "SE", "SE");
    row("Malmö 040 in Sweden", "040-11 22 41", "+4640112241", F::National, T::FixedLine, "SE",
        "SE");
    row("Finnish number in a Swedish register", "+358 40 111 2241", mobile, F::International,
        T::Mobile, "FI", "SE");
    row("US national", "(212) 555-0100", "+12125550100", F::National, T::FixedLineOrMobile, "US",
        "US");
    row("US 011", "011 358 40 111 2241", mobile, F::International, T::Mobile, "FI", "US");
    row("US 00 all the same", "00358 40 111 2241", mobile, F::International, T::Mobile, "FI", "US");
}

void TestPhoneNumber::read()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, e164);
    QFETCH(PhoneForm, form);
    QFETCH(PhoneType, type);
    QFETCH(QString, region);
    QString reason;
    const auto reading = PhoneNumber::read(input, defaultRegion, &reason);
    QVERIFY2(reading, qPrintable(reason));
    QCOMPARE(reading->e164, e164);
    QCOMPARE(reading->form, form);
    QCOMPARE(reading->type, type);
    QCOMPARE(reading->region, region);
    QVERIFY(!reading->ambiguous);
    QVERIFY(reading->alternative.isEmpty());
    QVERIFY(PhoneNumber::isE164(reading->e164));
    // The E.164 form reads back as itself.
    const auto again = PhoneNumber::read(reading->e164, defaultRegion);
    QVERIFY(again);
    QCOMPARE(again->e164, e164);
    QCOMPARE(again->form, PhoneForm::International);
}

void TestPhoneNumber::ambiguous_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<QString>("alternative");
    QTest::addColumn<PhoneForm>("form");

    // Valid both as a Finnish mobile number without its 0 and as +47 / +46 without +: the
    // national reading wins, the other is the alternative.
    QTest::newRow("Finnish or Norwegian mobile")
        << "4791102413"
        << "FI"
        << "+3584791102413" << true << "+4791102413" << F::National;
    QTest::newRow("spaced") << "47 911 02 413"
                            << "FI"
                            << "+3584791102413" << true << "+4791102413" << F::National;
    QTest::newRow("Finnish mobile or Stockholm")
        << "4681179688"
        << "FI"
        << "+3584681179688" << true << "+4681179688" << F::National;
    // The same digits read in Sweden: national there too, and not a Finnish alternative.
    QTest::newRow("in a Swedish register") << "0401112241"
                                           << "SE"
                                           << "+46401112241" << false << "" << F::National;
    // Valid only one way: no ambiguity.
    QTest::newRow("valid only as national") << "401112241"
                                            << "FI"
                                            << "+358401112241" << false << "" << F::National;
    QTest::newRow("valid only as international")
        << "46812345678"
        << "FI"
        << "+46812345678" << false << "" << F::InternationalWithoutPlus;
    QTest::newRow("358 valid only as international")
        << "358401112241"
        << "FI"
        << "+358401112241" << false << "" << F::InternationalWithoutPlus;
    // A trunk prefix, + or 00 says which reading is meant.
    QTest::newRow("trunk 0 settles it") << "047 9110 2413"
                                        << "FI"
                                        << "+3584791102413" << false << "" << F::National;
    QTest::newRow("+ settles it") << "+47 911 02 413"
                                  << "FI"
                                  << "+4791102413" << false << "" << F::International;
    QTest::newRow("00 settles it") << "0047 911 02 413"
                                   << "FI"
                                   << "+4791102413" << false << "" << F::International;
    // A WhatsApp id is always international.
    QTest::newRow("WhatsApp id is international") << "4791102413@s.whatsapp.net"
                                                  << "FI"
                                                  << "+4791102413" << false << "" << F::Messaging;
    // Both readings the same number (NANPA: the trunk prefix is the country code).
    QTest::newRow("US 1 is both") << "1 212 555 0100"
                                  << "US"
                                  << "+12125550100" << false << "" << F::InternationalWithoutPlus;
}

void TestPhoneNumber::ambiguous()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, e164);
    QFETCH(bool, ambiguous);
    QFETCH(QString, alternative);
    QFETCH(PhoneForm, form);
    QString reason;
    const auto reading = PhoneNumber::read(input, defaultRegion, &reason);
    QVERIFY2(reading, qPrintable(reason));
    QCOMPARE(reading->e164, e164);
    QCOMPARE(reading->ambiguous, ambiguous);
    QCOMPARE(reading->alternative, alternative);
    QCOMPARE(reading->form, form);
    if (ambiguous) {
        // Both readings really are valid numbers.
        QCOMPARE(PhoneNumber::read(alternative, defaultRegion)->e164, alternative);
        QVERIFY(alternative != e164);
    }
}

void TestPhoneNumber::rejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("reason");
    const auto reject = [](const char* tag, const QString& input, const char* reason,
                           const char* region = "FI") {
        QTest::newRow(tag) << input << QString::fromLatin1(region) << QString::fromUtf8(reason);
    };
    const auto r = [&reject](const char* tag, const char* input, const char* reason,
                             const char* region = "FI") {
        reject(tag, QString::fromUtf8(input), reason, region);
    };

    r("empty", "", "the phone number is empty");
    r("blank", "   ", "the phone number is empty");
    r("lone +", "+", "there are no digits after +");
    r("+ and spaces", "+  ", "there are no digits after +");
    r("00 only", "00", "the number after the international call prefix is too short");
    r("letters", "040 123 ABCD", "a phone number has no letters");
    r("vanity letters", "0800 FLOWERS", "a phone number has no letters");
    r("extension word", "040 123 4567 ext 12", "a phone number has no letters");
    r("tel: extension", "tel:+358-40-111-2241;ext=12", "the number has an extension");
    r("tel: unknown phone-context", "tel:0401112241;phone-context=+999",
      "the phone-context of the tel: address is not a country code");
    r("too short national", "0401", "the phone number is too short");
    r("too short 4 digits", "01234", "no number in use under country code +358 has this form");
    r("5 national digits", "012345", "no number in use under country code +358 has this form");
    r("too short international", "+46 1234", "the phone number is too short");
    r("too long 16 digits", "+3581234567890123", "the phone number is too long");
    r("too long national", "040 1234 5678 9012", "the phone number is too long");
    r("far too long", "0401234567890123456789", "the phone number is too long");
    r("15 digits, no such range", "+358 12345678901",
      "no number in use under country code +358 has this form");
    r("not in use +358 12345", "+358 12345",
      "no number in use under country code +358 has this form");
    r("+ in the middle", "040+1234567", "a + belongs only at the start of the number");
    r("two +", "++358401234567", "a + belongs only at the start of the number");
    r("country code 0", "+0401234567", "the country code does not exist");
    r("wrong country code", "+999 40 111 2241", "the country code does not exist");
    r("00 and country code 0", "000401234567",
      "no number in use under country code +358 has this form");
    r("+358 00", "+358 00 123 4567", "no number in use under country code +358 has this form");
    r("unbalanced (", "(09 123 4567", "the parentheses in the phone number do not match");
    r("unbalanced )", "09) 123 4567", "the parentheses in the phone number do not match");
    r("nested ()", "((09)) 123 4567", "the parentheses in the phone number do not match");
    r("other character", "040#1234567", "the phone number has a character that does not belong");
    reject("Arabic-Indic digits", QString::fromUtf8("٠٤٠١٢٣٤٥٦٧"),
           "the phone number has a character that does not belong");
    r("extension 201", "201", "the phone number is too short");
    r("short code 112", "112", "the phone number is too short");
    r("short code 116 123", "116 123", "no number in use under country code +358 has this form");
    r("Swedish number too short after 0046", "0046 8 123", "the phone number is too short");
    r("Swedish number too long without +", "46 8 123 456 789 0123", "the phone number is too long");
    r("national number in a WhatsApp id", "whatsapp:0401112241", "the country code does not exist");
    r("WhatsApp group id", "358401112241-1600000000@g.us",
      "the phone number has a character that does not belong");
    r("wa.me without a number", "https://wa.me/", "the phone number has no digits");
    r("tel: without a number", "tel:", "the phone number has no digits");
    r("unknown default region", "040 111 2241",
      "the default region is not a region code libphonenumber knows", "XX");
    r("default region in lower case", "040 111 2241",
      "the default region is not a region code libphonenumber knows", "fi");
}

void TestPhoneNumber::rejected()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, reason);
    QString why;
    QVERIFY(!PhoneNumber::read(input, defaultRegion, &why).has_value());
    QVERIFY(!why.isEmpty());
    QCOMPARE(why, reason);
    // The reason never repeats the number: no run of four of its digits.
    QString digits;
    for (QChar c : input) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    for (qsizetype i = 0; i + 4 <= digits.size(); ++i)
        QVERIFY2(!why.contains(digits.sliced(i, 4)), qPrintable(why));
    QVERIFY(!PhoneNumber::toE164(input, defaultRegion).has_value());
}

void TestPhoneNumber::toE164()
{
    QString reason;
    QCOMPARE(PhoneNumber::toE164(QStringLiteral("040 111 2241"), &reason),
             std::optional<QString>(QStringLiteral("+358401112241")));
    QCOMPARE(PhoneNumber::toE164(QStringLiteral("358401112241")),
             std::optional<QString>(QStringLiteral("+358401112241")));
    QCOMPARE(PhoneNumber::toE164(QStringLiteral("08 123 456 78"), QStringLiteral("SE")),
             std::optional<QString>(QStringLiteral("+46812345678")));
    QCOMPARE(PhoneNumber::defaultRegion(), QStringLiteral("FI"));
    QVERIFY(!PhoneNumber::toE164(QStringLiteral("201"), &reason));
    QCOMPARE(reason, QStringLiteral("the phone number is too short"));
}

void TestPhoneNumber::describe_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("description");

    QTest::newRow("international") << "+358 40 111 2241"
                                   << "read as an international number";
    QTest::newRow("without +") << "358401112241"
                               << "read as international without + or 00";
    QTest::newRow("national") << "040 111 2241"
                              << "read as a national number of FI";
    QTest::newRow("trunk after code")
        << "+358 (0)40 111 2241"
        << "read as international, without the trunk prefix written after the country code";
    QTest::newRow("messaging") << "358401112241@s.whatsapp.net"
                               << "read from a messaging id or a tel: address";
    QTest::newRow("ambiguous") << "4791102413"
                               << "ambiguous: also a valid number as +47 911 02 413; read as a "
                                  "national number of FI: +358 47 91102413";
}

void TestPhoneNumber::describe()
{
    QFETCH(QString, input);
    QFETCH(QString, description);
    const auto reading = PhoneNumber::read(input, QStringLiteral("FI"));
    QVERIFY(reading);
    QCOMPARE(PhoneNumber::describe(*reading), description);
}

void TestPhoneNumber::knownRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("known");
    QTest::newRow("FI") << "FI" << true;
    QTest::newRow("SE") << "SE" << true;
    QTest::newRow("US") << "US" << true;
    QTest::newRow("AX, Åland") << "AX" << true;
    QTest::newRow("lower case") << "fi" << false;
    QTest::newRow("unknown ZZ") << "ZZ" << false;
    QTest::newRow("not assigned XX") << "XX" << false;
    QTest::newRow("non-geographic 001") << "001" << false;
    QTest::newRow("alpha-3") << "FIN" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("non-ASCII") << QString::fromUtf8("FÍ") << false;
}

void TestPhoneNumber::knownRegion()
{
    QFETCH(QString, region);
    QFETCH(bool, known);
    QCOMPARE(PhoneNumber::isKnownRegion(region), known);
}

void TestPhoneNumber::formatForDisplay_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("display");

    // libphonenumber's international format, as it groups each country.
    QTest::newRow("mobile 040") << "+358401112241"
                                << "+358 40 1112241";
    QTest::newRow("mobile 050") << "+358501234567"
                                << "+358 50 1234567";
    QTest::newRow("Helsinki") << "+35891234567"
                              << "+358 9 1234567";
    QTest::newRow("Tampere") << "+35835550140"
                             << "+358 3 5550140";
    QTest::newRow("corporate 020") << "+35820312345"
                                   << "+358 20 312345";
    QTest::newRow("premium 0600") << "+35860012345"
                                  << "+358 600 12345";
    QTest::newRow("toll-free 0800") << "+358800123456"
                                    << "+358 800 123456";
    QTest::newRow("corporate 010") << "+358101234567"
                                   << "+358 10 1234567";
    QTest::newRow("Sweden") << "+46812345678"
                            << "+46 8 123 456 78";
    QTest::newRow("Estonia") << "+37251234567"
                             << "+372 5123 4567";
    QTest::newRow("Germany") << "+4930123456"
                             << "+49 30 123456";
    QTest::newRow("USA") << "+12125550100"
                         << "+1 212-555-0100";
    QTest::newRow("not a valid range: country code apart") << "+35812345"
                                                           << "+358 12345";
    QTest::newRow("trunk 0 would be dropped: unchanged") << "+3580401112241"
                                                         << "+3580401112241";
    QTest::newRow("not E.164 unchanged") << "040 123 4567"
                                         << "040 123 4567";
    QTest::newRow("extension unchanged") << "201"
                                         << "201";
    QTest::newRow("empty") << ""
                           << "";
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
    QTest::newRow("800 non-geographic") << "80012345678" << 3;
    QTest::newRow("999 unassigned") << "9991234567" << 3;
}

void TestPhoneNumber::countryCodeLength()
{
    QFETCH(QString, digits);
    QFETCH(int, length);
    QCOMPARE(PhoneNumber::countryCodeLength(digits), length);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
