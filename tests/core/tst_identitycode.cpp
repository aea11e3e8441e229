#include "core/IdentityCode.h"

#include <QTest>

using tallenne::IdentityCode;

// Check characters were computed as "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYZZZ % 31].
// Checked by hand:
//   131052308 = 31 * 4227493 + 25, and index 25 is T  -> 131052-308T (the DVV example)
//   010100002 = 31 *  325806 + 16, and index 16 is H  -> 010100+002H, 010100A002H
//   311212444 = 31 * 10039111 + 3, and index 3 is 3   -> 311212C4443
class TestIdentityCode : public QObject
{
    Q_OBJECT

private slots:
    void validCodes_data();
    void validCodes();
    void invalidCodes_data();
    void invalidCodes();
    void reasonNamesCheckCharacter();
    void normalisesCase();
    void generateParses_data();
    void generateParses();
    void generateRoundTripsEverySign();
    void generateRejectsWrongCentury();
};

void TestIdentityCode::validCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<bool>("temporary");

    QTest::newRow("DVV example") << "131052-308T" << QDate(1952, 10, 13) << false;
    // 1800s
    QTest::newRow("+ first day") << "010100+002H" << QDate(1800, 1, 1) << false;
    QTest::newRow("+ last day") << "311299+8997" << QDate(1899, 12, 31) << false;
    QTest::newRow("+ leap 1896") << "290296+1232" << QDate(1896, 2, 29) << false;
    // 1900s, every sign
    QTest::newRow("-") << "010190-002R" << QDate(1990, 1, 1) << false;
    QTest::newRow("Y") << "150567Y234J" << QDate(1967, 5, 15) << false;
    QTest::newRow("X") << "280281X345P" << QDate(1981, 2, 28) << false;
    QTest::newRow("W") << "010199W456P" << QDate(1999, 1, 1) << false;
    QTest::newRow("V") << "311258V567X" << QDate(1958, 12, 31) << false;
    QTest::newRow("U") << "151230U678Y" << QDate(1930, 12, 15) << false;
    QTest::newRow("W leap 1996") << "290296W5007" << QDate(1996, 2, 29) << false;
    // 2000s, every sign
    QTest::newRow("A") << "010100A002H" << QDate(2000, 1, 1) << false;
    QTest::newRow("B") << "010105B333F" << QDate(2005, 1, 1) << false;
    QTest::newRow("C") << "311212C4443" << QDate(2012, 12, 31) << false;
    QTest::newRow("D") << "150615D5559" << QDate(2015, 6, 15) << false;
    QTest::newRow("E") << "010120E6663" << QDate(2020, 1, 1) << false;
    QTest::newRow("F") << "311223F777N" << QDate(2023, 12, 31) << false;
    QTest::newRow("A leap 2024") << "290224A222N" << QDate(2024, 2, 29) << false;
    QTest::newRow("A leap 2000") << "290200A111W" << QDate(2000, 2, 29) << false;
    QTest::newRow("C leap 2004") << "290204C321P" << QDate(2004, 2, 29) << false;
    // Temporary codes 900-999
    QTest::newRow("temporary 900") << "010190-900P" << QDate(1990, 1, 1) << true;
    QTest::newRow("temporary 999") << "010190-999W" << QDate(1990, 1, 1) << true;
    QTest::newRow("temporary Y 950") << "150567Y950M" << QDate(1967, 5, 15) << true;
    // Lower case and surrounding whitespace are accepted.
    QTest::newRow("lower case") << "311258v567x" << QDate(1958, 12, 31) << false;
    QTest::newRow("whitespace") << "  131052-308T\n" << QDate(1952, 10, 13) << false;
}

void TestIdentityCode::validCodes()
{
    QFETCH(QString, code);
    QFETCH(QDate, birth);
    QFETCH(bool, temporary);

    QString reason;
    const std::optional<IdentityCode> parsed = IdentityCode::parse(code, &reason);
    QVERIFY2(parsed.has_value(), qPrintable(reason));
    QVERIFY(reason.isEmpty());
    QCOMPARE(parsed->birthDate(), birth);
    QCOMPARE(parsed->isTemporary(), temporary);
    QCOMPARE(parsed->normalised(), code.trimmed().toUpper());
}

void TestIdentityCode::invalidCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("because"); // a phrase of the reason

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("too short") << "131052-308"
                               << "11 characters";
    QTest::newRow("too long") << "131052-308TT"
                              << "11 characters";
    // Wrong check character for every sign (the correct one is in validCodes).
    QTest::newRow("DVV example, wrong check") << "131052-308U"
                                              << "check character";
    QTest::newRow("+ wrong check") << "010100+002J"
                                   << "check character";
    QTest::newRow("- wrong check") << "010190-002S"
                                   << "check character";
    QTest::newRow("Y wrong check") << "150567Y234K"
                                   << "check character";
    QTest::newRow("X wrong check") << "280281X345R"
                                   << "check character";
    QTest::newRow("W wrong check") << "010199W456R"
                                   << "check character";
    QTest::newRow("V wrong check") << "311258V567Y"
                                   << "check character";
    QTest::newRow("U wrong check") << "151230U678X"
                                   << "check character";
    QTest::newRow("A wrong check") << "010100A002J"
                                   << "check character";
    QTest::newRow("B wrong check") << "010105B333H"
                                   << "check character";
    QTest::newRow("C wrong check") << "311212C4444"
                                   << "check character";
    QTest::newRow("D wrong check") << "150615D5558"
                                   << "check character";
    QTest::newRow("E wrong check") << "010120E6664"
                                   << "check character";
    QTest::newRow("F wrong check") << "311223F777P"
                                   << "check character";
    // Characters never used as check characters.
    QTest::newRow("check G") << "131052-308G"
                             << "check character";
    QTest::newRow("check Z") << "131052-308Z"
                             << "check character";
    // The same digits with another century's sign: the check is the same, the date
    // differs, so only a date that does not exist in that century fails.
    QTest::newRow("29.2.1900 -") << "290200-111W"
                                 << "does not exist";
    QTest::newRow("29.2.1800 +") << "290200+111W"
                                 << "does not exist";
    QTest::newRow("29.2.2023 A") << "290223A111U"
                                 << "does not exist";
    QTest::newRow("31.4. A") << "310422A111F"
                             << "does not exist";
    QTest::newRow("31.4. -") << "310422-111F"
                             << "does not exist";
    QTest::newRow("month 13") << "011300B123N"
                              << "does not exist";
    QTest::newRow("day 00") << "000190-002R"
                            << "does not exist";
    QTest::newRow("month 00") << "010090-002R"
                              << "does not exist";
    // Individual numbers 000 and 001 (check characters correct for the digits).
    QTest::newRow("individual 000") << "010190-000N"
                                    << "000 and 001";
    QTest::newRow("individual 001") << "010190-001P"
                                    << "000 and 001";
    // Separators that are not century signs.
    QTest::newRow("separator space") << "131052 308T"
                                     << "century sign";
    QTest::newRow("separator /") << "131052/308T"
                                 << "century sign";
    QTest::newRow("separator G") << "131052G308T"
                                 << "century sign";
    QTest::newRow("separator Z") << "131052Z308T"
                                 << "century sign";
    QTest::newRow("separator T") << "131052T308T"
                                 << "century sign";
    QTest::newRow("no separator") << "131052308T"
                                  << "11 characters";
    QTest::newRow("letters in date") << "13105X-308T"
                                     << "birth date DDMMYY";
    QTest::newRow("letters in individual") << "131052-3O8T"
                                           << "individual number";
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("١٣١٠٥٢-308T") << "birth date DDMMYY";
}

void TestIdentityCode::invalidCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, because);
    QString reason;
    QVERIFY(!IdentityCode::parse(code, &reason).has_value());
    QVERIFY2(reason.contains(because), qPrintable(reason));
    QVERIFY(!IdentityCode::parse(code).has_value());
}

void TestIdentityCode::reasonNamesCheckCharacter()
{
    QString reason;
    QVERIFY(!IdentityCode::parse(QStringLiteral("131052-308A"), &reason));
    QCOMPARE(reason, QStringLiteral("the check character should be T"));
}

void TestIdentityCode::normalisesCase()
{
    const auto lower = IdentityCode::parse(QStringLiteral("311258v567x"));
    const auto upper = IdentityCode::parse(QStringLiteral("311258V567X"));
    QVERIFY(lower && upper);
    QCOMPARE(lower->normalised(), QStringLiteral("311258V567X"));
    QVERIFY(*lower == *upper);
    QCOMPARE(lower->centurySign(), QChar(u'V'));
    QCOMPARE(lower->individualNumber(), 567);
}

void TestIdentityCode::generateParses_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("individual");
    QTest::addColumn<QChar>("sign");
    QTest::addColumn<QString>("expected");

    QTest::newRow("DVV example") << QDate(1952, 10, 13) << 308 << QChar(u'-') << "131052-308T";
    QTest::newRow("+") << QDate(1800, 1, 1) << 2 << QChar(u'+') << "010100+002H";
    QTest::newRow("lower u") << QDate(1930, 12, 15) << 678 << QChar(u'u') << "151230U678Y";
    QTest::newRow("A leap") << QDate(2000, 2, 29) << 111 << QChar(u'A') << "290200A111W";
    QTest::newRow("F") << QDate(2023, 12, 31) << 777 << QChar(u'F') << "311223F777N";
    QTest::newRow("temporary") << QDate(1990, 1, 1) << 999 << QChar(u'-') << "010190-999W";
}

void TestIdentityCode::generateParses()
{
    QFETCH(QDate, birth);
    QFETCH(int, individual);
    QFETCH(QChar, sign);
    QFETCH(QString, expected);

    const QString code = IdentityCode::generate(birth, individual, sign);
    QCOMPARE(code, expected);
    const auto parsed = IdentityCode::parse(code);
    QVERIFY(parsed);
    QCOMPARE(parsed->birthDate(), birth);
    QCOMPARE(parsed->individualNumber(), individual);
}

void TestIdentityCode::generateRoundTripsEverySign()
{
    // Every sign of each century with a spread of dates and individual numbers.
    const QString signs = QStringLiteral("+-YXWVUABCDEF");
    for (QChar s : signs) {
        const int start = s == u'+' ? 1800 : (QStringLiteral("-YXWVU").contains(s) ? 1900 : 2000);
        for (int n = 2; n <= 999; n += 97) {
            const QDate date(start + n % 100, 1 + n % 12, 1 + n % 28);
            const QString generated = IdentityCode::generate(date, n, s);
            const auto back = IdentityCode::parse(generated);
            QVERIFY2(back.has_value(), qPrintable(generated));
            QCOMPARE(back->birthDate(), date);
            QCOMPARE(back->isTemporary(), n >= 900);
        }
    }
}

void TestIdentityCode::generateRejectsWrongCentury()
{
    QVERIFY(IdentityCode::generate(QDate(1990, 1, 1), 2, u'A').isEmpty());
    QVERIFY(IdentityCode::generate(QDate(2001, 1, 1), 2, u'-').isEmpty());
    QVERIFY(IdentityCode::generate(QDate(1899, 1, 1), 2, u'Y').isEmpty());
    QVERIFY(IdentityCode::generate(QDate(2100, 1, 1), 2, u'F').isEmpty());
    QVERIFY(IdentityCode::generate(QDate(1990, 1, 1), 1, u'-').isEmpty());
    QVERIFY(IdentityCode::generate(QDate(1990, 1, 1), 1000, u'-').isEmpty());
    QVERIFY(IdentityCode::generate(QDate(1990, 1, 1), 2, u'G').isEmpty());
    QVERIFY(IdentityCode::generate(QDate(), 2, u'-').isEmpty());
}

QTEST_GUILESS_MAIN(TestIdentityCode)
#include "tst_identitycode.moc"
