#include "core/BusinessId.h"

#include <QTest>

using tallenne::BusinessId;

// Weights 7, 9, 10, 5, 8, 4, 2; r = sum mod 11; r = 0 -> 0, r = 1 -> no ID, else 11 - r.
//   1761337: 7 + 63 + 60 + 5 + 24 + 12 + 14 = 185 = 11 * 16 + 9  -> 11 - 9 = 2
//   0737546: 0 + 63 + 30 + 35 + 40 + 16 + 12 = 196 = 11 * 17 + 9 -> 11 - 9 = 2
//   1234567: 7 + 18 + 30 + 20 + 40 + 24 + 14 = 153 = 11 * 13 + 10 -> 11 - 10 = 1
//   1000008: 7 + 0 + 0 + 0 + 0 + 0 + 16 = 23 = 11 * 2 + 1         -> none
//   2000004: 14 + 0 + 0 + 0 + 0 + 0 + 8 = 22 = 11 * 2 + 0         -> 0
class TestBusinessId : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void checkDigit_data();
    void checkDigit();
    void reasonNamesCheckDigit();
};

void TestBusinessId::valid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("FACTS example") << "1761337-2"
                                   << "1761337-2";
    QTest::newRow("Nokia") << "0737546-2"
                           << "0737546-2";
    QTest::newRow("r = 0") << "2000004-0"
                           << "2000004-0";
    QTest::newRow("r = 10") << "1234567-1"
                            << "1234567-1";
    QTest::newRow("whitespace") << " 1761337-2 "
                                << "1761337-2";
}

void TestBusinessId::valid()
{
    QFETCH(QString, id);
    QFETCH(QString, normalised);
    QString reason;
    const auto parsed = BusinessId::parse(id, &reason);
    QVERIFY2(parsed.has_value(), qPrintable(reason));
    QCOMPARE(parsed->toString(), normalised);
}

void TestBusinessId::invalid_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("empty") << "";
    QTest::newRow("wrong check digit") << "1761337-3";
    QTest::newRow("Nokia wrong check digit") << "0737546-1";
    QTest::newRow("1234567 wrong check digit") << "1234567-0";
    QTest::newRow("r = 1, 1000008") << "1000008-0";
    QTest::newRow("r = 1, 1000016") << "1000016-1";
    QTest::newRow("six digits") << "737546-2";
    QTest::newRow("eight digits") << "17613370-2";
    QTest::newRow("no hyphen") << "17613372";
    QTest::newRow("space for hyphen") << "1761337 2";
    QTest::newRow("letter check") << "1761337-X";
    QTest::newRow("letter in number") << "17613A7-2";
    QTest::newRow("two check digits") << "1761337-22";
    QTest::newRow("VAT form") << "FI17613372";
}

void TestBusinessId::invalid()
{
    QFETCH(QString, id);
    QString reason;
    QVERIFY(!BusinessId::parse(id, &reason).has_value());
    QVERIFY(!reason.isEmpty());
}

void TestBusinessId::checkDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("expected"); // -1: none

    QTest::newRow("1761337") << "1761337" << 2;
    QTest::newRow("0737546") << "0737546" << 2;
    QTest::newRow("2000004") << "2000004" << 0;
    QTest::newRow("1234567") << "1234567" << 1;
    QTest::newRow("1000008") << "1000008" << -1;
    QTest::newRow("six digits") << "737546" << -1;
    QTest::newRow("letters") << "ABCDEFG" << -1;
}

void TestBusinessId::checkDigit()
{
    QFETCH(QString, digits);
    QFETCH(int, expected);
    const std::optional<int> check = BusinessId::checkDigit(digits);
    QCOMPARE(check.value_or(-1), expected);
    const QString full = BusinessId::withCheckDigit(digits);
    if (expected < 0) {
        QVERIFY(full.isEmpty());
    } else {
        QCOMPARE(full, digits + u'-' + QString::number(expected));
        QVERIFY(BusinessId::parse(full).has_value());
    }
}

void TestBusinessId::reasonNamesCheckDigit()
{
    QString reason;
    QVERIFY(!BusinessId::parse(QStringLiteral("1761337-9"), &reason));
    QCOMPARE(reason, QStringLiteral("the check digit should be 2"));
}

QTEST_GUILESS_MAIN(TestBusinessId)
#include "tst_businessid.moc"
