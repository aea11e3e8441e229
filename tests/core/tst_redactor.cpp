#include "core/Redactor.h"

#include <QTest>

#include <initializer_list>

using tallenne::RedactedSpan;
using tallenne::Redaction;
using tallenne::Redactor;

namespace {

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out += QString::fromUtf8(item);
    return out;
}

/// What every redaction must hold, whatever the text: spans in order, not overlapping, inside
/// the text, each with a mask; and the redacted text is exactly the original with each span
/// replaced by its mask.
void verifyShape(const QString& text, const Redaction& redaction)
{
    QString rebuilt;
    qsizetype copied = 0;
    for (const RedactedSpan& span : redaction.spans) {
        QVERIFY2(span.start >= copied, "spans out of order or overlapping");
        QVERIFY(span.length > 0);
        QVERIFY(span.start + span.length <= text.size());
        QVERIFY(!span.mask.isEmpty());
        rebuilt += text.sliced(copied, span.start - copied) + span.mask;
        copied = span.start + span.length;
    }
    rebuilt += text.sliced(copied);
    QCOMPARE(redaction.text, rebuilt);
}

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void found_data();
    void found();
    void positions();
    void notFound_data();
    void notFound();
    void emptyAndBlank_data();
    void emptyAndBlank();
    void kindId();
};

void TestRedactor::found_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("redacted");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("originals"); ///< the text each span covers, in order
    QTest::addColumn<QStringList>("normalised");

    const QString fi = QStringLiteral("FI");

    // Identity codes (DVV's example and every century sign): the same mask for all.
    QTest::newRow("identity code and phone, Finnish")
        << "Henkilötunnukseni on 131052-308T ja puhelin 040 111 2241" << fi
        << "Henkilötunnukseni on ******-**** ja puhelin +358 40 *****41"
        << strings({"identity_code", "phone"}) << strings({"131052-308T", "040 111 2241"})
        << strings({"131052-308T", "+358401112241"});
    QTest::newRow("identity code, English")
        << "My personal identity code is 131052-308T." << fi
        << "My personal identity code is ******-****." << strings({"identity_code"})
        << strings({"131052-308T"}) << strings({"131052-308T"});
    QTest::newRow("identity code in lower case")
        << "hetu 131052-308t" << fi << "hetu ******-****" << strings({"identity_code"})
        << strings({"131052-308t"}) << strings({"131052-308T"});
    QTest::newRow("identity code typed onto a word")
        << "hetu:131052-308T" << fi << "hetu:******-****" << strings({"identity_code"})
        << strings({"131052-308T"}) << strings({"131052-308T"});
    QTest::newRow("identity code with an en dash")
        << "hetu 131052\u2013308T" << fi << "hetu ******-****" << strings({"identity_code"})
        << strings({"131052\u2013308T"}) << strings({"131052-308T"});
    QTest::newRow("century signs + Y X W V U")
        << "010100+002H, 150567Y234J, 280281X345P, 010199W456P, 311258V567X, 151230U678Y" << fi
        << "******-****, ******-****, ******-****, ******-****, ******-****, ******-****"
        << QStringList(6, QStringLiteral("identity_code"))
        << strings({"010100+002H", "150567Y234J", "280281X345P", "010199W456P", "311258V567X",
                    "151230U678Y"})
        << strings({"010100+002H", "150567Y234J", "280281X345P", "010199W456P", "311258V567X",
                    "151230U678Y"});
    QTest::newRow("century signs A-F")
        << "010100A002H 010105B333F 311212C4443 150615D5559 010120E6663 311223F777N" << fi
        << "******-**** ******-**** ******-**** ******-**** ******-**** ******-****"
        << QStringList(6, QStringLiteral("identity_code"))
        << strings({"010100A002H", "010105B333F", "311212C4443", "150615D5559", "010120E6663",
                    "311223F777N"})
        << strings({"010100A002H", "010105B333F", "311212C4443", "150615D5559", "010120E6663",
                    "311223F777N"});

    // Cards: Luhn-valid test numbers of the card schemes, grouped as people type them.
    QTest::newRow("card, English, with expiry")
        << "my card 4111 1111 1111 1111 exp 12/27" << fi << "my card **** **** **** 1111 exp 12/27"
        << strings({"card"}) << strings({"4111 1111 1111 1111"}) << strings({""});
    QTest::newRow("card followed by its expiry without a word between")
        << "kortti 4111 1111 1111 1111 12/27" << fi << "kortti **** **** **** 1111 12/27"
        << strings({"card"}) << strings({"4111 1111 1111 1111"}) << strings({""});
    QTest::newRow("card with hyphens")
        << "kortin numero on 5555-5555-5555-4444, kiitos" << fi
        << "kortin numero on **** **** **** 4444, kiitos" << strings({"card"})
        << strings({"5555-5555-5555-4444"}) << strings({""});
    QTest::newRow("card, Amex 15 digits 4-6-5")
        << "Amex 3782 822463 10005" << fi << "Amex **** **** **** 0005" << strings({"card"})
        << strings({"3782 822463 10005"}) << strings({""});
    QTest::newRow("card, 13 digits in one group")
        << "4222222222222" << fi << "**** **** **** 2222" << strings({"card"})
        << strings({"4222222222222"}) << strings({""});
    QTest::newRow("card typed onto a word")
        << "kortti:4111111111111111" << fi << "kortti:**** **** **** 1111" << strings({"card"})
        << strings({"4111111111111111"}) << strings({""});

    // Phone numbers in the forms people write them; the mask is Masking::maskPhone's.
    QTest::newRow("mobile, international")
        << "soita +358 40 111 2241" << fi << "soita +358 40 *****41" << strings({"phone"})
        << strings({"+358 40 111 2241"}) << strings({"+358401112241"});
    QTest::newRow("mobile with hyphen, end of sentence")
        << "Numeroni on 040-1112241." << fi << "Numeroni on +358 40 *****41." << strings({"phone"})
        << strings({"040-1112241"}) << strings({"+358401112241"});
    QTest::newRow("00 prefix") << "00358401112241" << fi << "+358 40 *****41" << strings({"phone"})
                               << strings({"00358401112241"}) << strings({"+358401112241"});
    QTest::newRow("Helsinki landline with area code in parentheses")
        << "puh. (09) 123 4567" << fi << "puh. +358 9 1****67" << strings({"phone"})
        << strings({"(09) 123 4567"}) << strings({"+35891234567"});
    QTest::newRow("Swedish number from a Finnish register")
        << "call me on +46 8 123 456 78 please" << fi << "call me on +46 8 1** *** 78 please"
        << strings({"phone"}) << strings({"+46 8 123 456 78"}) << strings({"+46812345678"});
    QTest::newRow("Swedish national number in a Swedish register")
        << "ring 08-123 456 78"
        << "SE"
        << "ring +46 8 1** *** 78" << strings({"phone"}) << strings({"08-123 456 78"})
        << strings({"+46812345678"});
    QTest::newRow("two phones") << "puhelin: 0401112241, 0501112241" << fi
                                << "puhelin: +358 40 *****41, +358 50 *****41"
                                << strings({"phone", "phone"})
                                << strings({"0401112241", "0501112241"})
                                << strings({"+358401112241", "+358501112241"});
    // 4915123456787 passes the Luhn check: after a + it is a phone number, not a card.
    QTest::newRow("German mobile, 13 digits")
        << "call +49 151 23456787" << fi << "call +49 15** *****87" << strings({"phone"})
        << strings({"+49 151 23456787"}) << strings({"+4915123456787"});
    QTest::newRow("unknown region: only numbers with +")
        << "soita 040 111 2241 tai +358 40 111 2242"
        << "ZZ"
        << "soita 040 111 2241 tai +358 40 *****42" << strings({"phone"})
        << strings({"+358 40 111 2242"}) << strings({"+358401112242"});

    // E-mail addresses: the top-level domain stays.
    QTest::newRow("e-mail, Finnish, mixed case")
        << "s-posti Matti.Meikalainen@Example.fi" << fi << "s-posti ***@***.fi"
        << strings({"email"}) << strings({"Matti.Meikalainen@Example.fi"})
        << strings({"matti.meikalainen@example.fi"});
    QTest::newRow("e-mail, English, subdomains and +tag, full stop after")
        << "Write to john.smith+chat@mail.example.co.uk." << fi << "Write to ***@***.uk."
        << strings({"email"}) << strings({"john.smith+chat@mail.example.co.uk"})
        << strings({"john.smith+chat@mail.example.co.uk"});
    QTest::newRow("e-mail with Finnish letters, in angle brackets")
        << "<pekka.mäkinen@esimerkki.fi>" << fi << "<***@***.fi>" << strings({"email"})
        << strings({"pekka.mäkinen@esimerkki.fi"}) << strings({"pekka.mäkinen@esimerkki.fi"});
    QTest::newRow("e-mail with a letter typed decomposed (a + U+0308)")
        << "ma\u0308tti@example.fi" << fi << "***@***.fi" << strings({"email"})
        << strings({"ma\u0308tti@example.fi"}) << strings({"ma\u0308tti@example.fi"});
    QTest::newRow("e-mail whose local part is a phone number: one e-mail")
        << "0401112241@sms.example.fi" << fi << "***@***.fi" << strings({"email"})
        << strings({"0401112241@sms.example.fi"}) << strings({"0401112241@sms.example.fi"});
    QTest::newRow("e-mail whose local part is an identity code: one e-mail")
        << "131052-308T@example.com" << fi << "***@***.com" << strings({"email"})
        << strings({"131052-308T@example.com"}) << strings({"131052-308t@example.com"});

    // IBANs. The digits of FI21 1234 5600 0007 85 after FI21 pass the Luhn check too: the
    // IBAN is found first, so no card is taken out of it.
    QTest::newRow("IBAN, Finnish")
        << "tilinumero FI21 1234 5600 0007 85" << fi << "tilinumero FI** **** **** **07 85"
        << strings({"iban"}) << strings({"FI21 1234 5600 0007 85"})
        << strings({"FI2112345600000785"});
    QTest::newRow("IBAN, lower case, no spaces")
        << "tili fi2112345600000785." << fi << "tili FI** **** **** **07 85." << strings({"iban"})
        << strings({"fi2112345600000785"}) << strings({"FI2112345600000785"});
    QTest::newRow("IBAN, British, letters in the BBAN")
        << "my IBAN is GB82 WEST 1234 5698 7654 32 thanks" << fi
        << "my IBAN is GB** **** **** **** **54 32 thanks" << strings({"iban"})
        << strings({"GB82 WEST 1234 5698 7654 32"}) << strings({"GB82WEST12345698765432"});
    QTest::newRow("IBAN, Norwegian, shortest")
        << "NO93 8601 1117 947" << fi << "NO** **** ***7 947" << strings({"iban"})
        << strings({"NO93 8601 1117 947"}) << strings({"NO9386011117947"});

    // Not an IBAN (no such country), but its digits pass the Luhn check: masked as a card,
    // since a leak is worse than a mask too many.
    QTest::newRow("unknown IBAN country, Luhn-valid digits")
        << "tili ZZ21 1234 5600 0007 85" << fi << "tili ZZ21 **** **** **** 0785"
        << strings({"card"}) << strings({"1234 5600 0007 85"}) << strings({""});

    // Business IDs.
    QTest::newRow("business ID") << "Y-tunnus 1761337-2." << fi << "Y-tunnus *******-*."
                                 << strings({"business_id"}) << strings({"1761337-2"})
                                 << strings({"1761337-2"});
    QTest::newRow("business ID with an en dash")
        << "yritys 0737546\u20132" << fi << "yritys *******-*" << strings({"business_id"})
        << strings({"0737546\u20132"}) << strings({"0737546-2"});

    // Several in one text, and text around them kept: line breaks, emoji, Finnish letters.
    QTest::newRow("all six kinds, line breaks and emoji")
        << "Hei 👋\nHetu 131052-308T, puh. 040 111 2241 😀\nmatti@example.fi / "
           "FI21 1234 5600 0007 85\nkortti 4111 1111 1111 1111, yritys 1761337-2 äöå"
        << fi
        << "Hei 👋\nHetu ******-****, puh. +358 40 *****41 😀\n***@***.fi / "
           "FI** **** **** **07 85\nkortti **** **** **** 1111, yritys *******-* äöå"
        << strings({"identity_code", "phone", "email", "iban", "card", "business_id"})
        << strings({"131052-308T", "040 111 2241", "matti@example.fi", "FI21 1234 5600 0007 85",
                    "4111 1111 1111 1111", "1761337-2"})
        << strings({"131052-308T", "+358401112241", "matti@example.fi", "FI2112345600000785", "",
                    "1761337-2"});
    // "40 111 2240 4111 1111" passes the Luhn check as well: taken from the left, it would
    // leave the card's last eight digits in clear.
    QTest::newRow("phone right before a card: neither takes the other's digits")
        << "+358 40 111 2240 4111 1111 1111 1111" << fi << "+358 40 *****40 **** **** **** 1111"
        << strings({"phone", "card"}) << strings({"+358 40 111 2240", "4111 1111 1111 1111"})
        << strings({"+358401112240", ""});
    QTest::newRow("business ID right before a card")
        << "1761337-2 4111 1111 1111 1111" << fi << "*******-* **** **** **** 1111"
        << strings({"business_id", "card"}) << strings({"1761337-2", "4111 1111 1111 1111"})
        << strings({"1761337-2", ""});
    QTest::newRow("valid identifier next to an invalid one")
        << "131052-308U tai 131052-308T" << fi << "131052-308U tai ******-****"
        << strings({"identity_code"}) << strings({"131052-308T"}) << strings({"131052-308T"});
}

void TestRedactor::found()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, redacted);
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, originals);
    QFETCH(QStringList, normalised);

    const Redaction result = Redactor::redact(text, region);
    verifyShape(text, result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.text, redacted);
    QStringList gotKinds, gotOriginals, gotNormalised;
    for (const RedactedSpan& span : result.spans) {
        gotKinds += Redactor::kindId(span.kind);
        gotOriginals += text.sliced(span.start, span.length);
        gotNormalised += span.normalised;
    }
    QCOMPARE(gotKinds, kinds);
    QCOMPARE(gotOriginals, originals);
    QCOMPARE(gotNormalised, normalised);
}

void TestRedactor::positions()
{
    // Positions are UTF-16 units of the original: the emoji before the phone number is two
    // units (four bytes in the UTF-8 libphonenumber reads), each ä one unit (two bytes).
    const QString text = QStringLiteral("😀 ää 040 111 2241 ja 131052-308T");
    const Redaction result = Redactor::redact(text, QStringLiteral("FI"));
    QCOMPARE(result.spans.size(), 2);
    QCOMPARE(result.spans.at(0).kind, RedactedSpan::Kind::Phone);
    QCOMPARE(result.spans.at(0).start, 6);
    QCOMPARE(result.spans.at(0).length, 12);
    QCOMPARE(result.spans.at(0).mask, QStringLiteral("+358 40 *****41"));
    QCOMPARE(result.spans.at(1).kind, RedactedSpan::Kind::IdentityCode);
    QCOMPARE(result.spans.at(1).start, 22);
    QCOMPARE(result.spans.at(1).length, 11);
    QCOMPARE(result.text, QStringLiteral("😀 ää +358 40 *****41 ja ******-****"));
}

void TestRedactor::notFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");

    const QString fi = QStringLiteral("FI");
    // Dates, times and amounts.
    QTest::newRow("time") << "Soitan klo 14.30" << fi;
    QTest::newRow("date") << "tilaus tehtiin 12.05.2024" << fi;
    QTest::newRow("date and time range") << "päivä 12.5.2024 klo 14.30-16.00" << fi;
    QTest::newRow("price") << "hinta 49,90 €" << fi;
    QTest::newRow("prices") << "2 kpl à 24,95 € = 49,90 €, yhteensä 1 049,90 euroa" << fi;
    // libphonenumber finds these valid numbers; they are dropped as dates.
    QTest::newRow("month and year with a dot (+358 5 2024 otherwise)")
        << "voimassa 05.2024 asti" << fi;
    QTest::newRow("month and year with a slash") << "expires 05/2024" << fi;
    QTest::newRow("date range in a US register") << "open 20.5.-25.5.2024"
                                                 << "US";
    QTest::newRow("date and time in an Indian register") << "on 1.5.2024 14.30"
                                                         << "IN";
    // Order numbers, addresses, versions.
    QTest::newRow("order number") << "tilaus 123456" << fi;
    QTest::newRow("order number, 8 digits") << "order 12345678 shipped" << fi;
    QTest::newRow("order number with a check digit that is not a business ID's")
        << "tilaus 1234567-2" << fi;
    QTest::newRow("street address") << "Mannerheimintie 12 B 34, 00100 Helsinki" << fi;
    QTest::newRow("version") << "versio 3.14.159" << fi;
    // Invalid check characters and digits.
    QTest::newRow("identity code, wrong check character") << "hetu 131052-308U" << fi;
    QTest::newRow("identity code, no such date") << "hetu 310252-308T" << fi;
    QTest::newRow("identity code, unknown century sign") << "hetu 131052G308T" << fi;
    QTest::newRow("card, Luhn fails") << "my card 4111 1111 1111 1112" << fi;
    QTest::newRow("card, 12 digits") << "4111 1111 1111" << fi;
    // Luhn-valid, but no card number begins with 0.
    QTest::newRow("card, starts with 0") << "0002 1111 1111 1111" << fi;
    QTest::newRow("IBAN, check digits fail") << "tilinumero FI21 1234 5600 0007 86" << fi;
    QTest::newRow("IBAN, one digit short") << "tilinumero FI21 1234 5600 0007 8" << fi;
    // ZZ54 1234 5600 0007 86 passes MOD 97-10 but ZZ is no IBAN country.
    QTest::newRow("IBAN, unknown country") << "tili ZZ54 1234 5600 0007 86" << fi;
    QTest::newRow("business ID, wrong check digit") << "Y-tunnus 1761337-3" << fi;
    QTest::newRow("e-mail without a top-level domain") << "matti@localhost" << fi;
    QTest::newRow("an @ in a sentence") << "tavataan @ 14" << fi;
}

void TestRedactor::notFound()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    const Redaction result = Redactor::redact(text, region);
    QVERIFY2(result.spans.isEmpty(), qPrintable(Redactor::kindId(result.spans.value(0).kind)));
    QCOMPARE(result.text, text);
}

void TestRedactor::emptyAndBlank_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace and emoji") << " \n\t😀🙏🏽 \u00A0\n";
    QTest::newRow("lone surrogate") << QString(QChar(0xD83D)) + QStringLiteral(" ok");
}

void TestRedactor::emptyAndBlank()
{
    QFETCH(QString, text);
    const Redaction result = Redactor::redact(text, QStringLiteral("FI"));
    QVERIFY(result.spans.isEmpty());
    QCOMPARE(result.text, text);
}

void TestRedactor::kindId()
{
    using Kind = RedactedSpan::Kind;
    QCOMPARE(Redactor::kindId(Kind::IdentityCode), QStringLiteral("identity_code"));
    QCOMPARE(Redactor::kindId(Kind::CardNumber), QStringLiteral("card"));
    QCOMPARE(Redactor::kindId(Kind::Phone), QStringLiteral("phone"));
    QCOMPARE(Redactor::kindId(Kind::Email), QStringLiteral("email"));
    QCOMPARE(Redactor::kindId(Kind::Iban), QStringLiteral("iban"));
    QCOMPARE(Redactor::kindId(Kind::BusinessId), QStringLiteral("business_id"));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
