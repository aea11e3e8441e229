#include "core/BusinessId.h"

#include <QTest>

using tallenne::BusinessId;

// Weights 7, 9, 10, 5, 8, 4, 2 (PRH / YTJ); r = sum mod 11; r = 0 -> 0, r = 1 -> no ID,
// else 11 - r.
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
    void leadingZeroAddsNothing();
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
    QTest::newRow("VAT form") << "FI07375462"
                              << "0737546-2";
    QTest::newRow("VAT form without the leading zero") << "FI7375462"
                                                       << "0737546-2";
    QTest::newRow("six digits") << "737546-2"
                                << "0737546-2";
    QTest::newRow("VAT form, lower case") << "fi07375462"
                                          << "0737546-2";
    QTest::newRow("VAT form, spaces") << " FI 0737546 2 "
                                      << "0737546-2";
    QTest::newRow("VAT form with hyphen") << "FI0737546-2"
                                          << "0737546-2";
    QTest::newRow("VAT form of 1761337-2") << "FI17613372"
                                           << "1761337-2";
    QTest::newRow("space around hyphen") << "1761337 - 2"
                                         << "1761337-2";
    QTest::newRow("r = 0, VAT form") << "FI20000040"
                                     << "2000004-0";
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
    QTest::newRow("six digits, wrong check digit") << "737546-3";
    QTest::newRow("VAT form, wrong check digit") << "FI07375463";
    QTest::newRow("VAT form, six digits, wrong check digit") << "FI7375463";
    QTest::newRow("VAT form, r = 1") << "FI10000080";
    QTest::newRow("five digits") << "37546-2";
    QTest::newRow("VAT form, five digits") << "FI375462";
    QTest::newRow("VAT form, nine digits") << "FI107375462";
    QTest::newRow("other country") << "SE07375462";
    QTest::newRow("FI alone") << "FI";
    QTest::newRow("eight digits") << "17613370-2";
    QTest::newRow("no hyphen, no FI") << "17613372";
    QTest::newRow("space for hyphen") << "1761337 2";
    QTest::newRow("letter check") << "1761337-X";
    QTest::newRow("letter in number") << "17613A7-2";
    QTest::newRow("two check digits") << "1761337-22";
    QTest::newRow("two hyphens") << "1761337--2";
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
    QVERIFY(!BusinessId::parse(QStringLiteral("fi 0737546 9"), &reason));
    QCOMPARE(reason, QStringLiteral("the check digit should be 2"));
}

void TestBusinessId::leadingZeroAddsNothing()
{
    // The padding rule: the first digit has weight 7, so a 0 there leaves the weighted sum,
    // and with it the check digit, as the six digits alone give with weights 9, 10, 5, 8, 4,
    // 2. Checked for every six-digit body with a stride that walks all residues.
    const int weights[] = {9, 10, 5, 8, 4, 2};
    for (int body = 0; body < 1000000; body += 997) {
        const QString six = QStringLiteral("%1").arg(body, 6, 10, QLatin1Char('0'));
        int sum = 0;
        for (int i = 0; i < 6; ++i)
            sum += (six.at(i).unicode() - u'0') * weights[i];
        const int r = sum % 11;
        const std::optional<int> sixCheck =
            r == 1 ? std::nullopt : std::optional<int>(r == 0 ? 0 : 11 - r);
        QCOMPARE(BusinessId::checkDigit(u'0' + six), sixCheck);
        if (sixCheck) {
            const QString written = six + u'-' + QString::number(*sixCheck);
            QCOMPARE(BusinessId::parse(written)->toString(), u'0' + written);
            const QString wrong = six + u'-' + QString::number((*sixCheck + 1) % 10);
            QVERIFY(!BusinessId::parse(wrong));
        }
    }
}

QTEST_GUILESS_MAIN(TestBusinessId)
#include "tst_businessid.moc"
