#include "core/Email.h"

#include <QTest>

using tallenne::Email;

class TestEmail : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestEmail::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("plain") << "matti.m@example.fi"
                           << "matti.m@example.fi";
    QTest::newRow("upper case, whitespace") << "  Matti.M@Example.FI\n"
                                            << "matti.m@example.fi";
    QTest::newRow("plus tag") << "matti+tallenne@mail.example.com"
                              << "matti+tallenne@mail.example.com";
    QTest::newRow("mailto:") << "mailto:Matti.M@example.fi"
                             << "matti.m@example.fi";
    QTest::newRow("MAILTO: with a subject") << "MAILTO:matti.m@example.fi?subject=Request"
                                            << "matti.m@example.fi";
    QTest::newRow("angle brackets") << " <matti.m@example.fi> "
                                    << "matti.m@example.fi";
    QTest::newRow("mailto: in angle brackets") << "<mailto:matti.m@example.fi>"
                                               << "matti.m@example.fi";
    QTest::newRow("non-ASCII") << QString::fromUtf8("Märta@Exämple.fi")
                               << QString::fromUtf8("märta@exämple.fi");
}

void TestEmail::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QString reason;
    const auto result = Email::normalise(input, &reason);
    QVERIFY2(result.has_value(), qPrintable(reason));
    QCOMPARE(*result, normalised);
}

void TestEmail::invalid_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << "";
    QTest::newRow("no @") << "matti.example.fi";
    QTest::newRow("two @") << "matti@m@example.fi";
    QTest::newRow("empty local") << "@example.fi";
    QTest::newRow("empty domain") << "matti@";
    QTest::newRow("domain without dot") << "matti@localhost";
    QTest::newRow("domain starts with dot") << "matti@.example.fi";
    QTest::newRow("domain ends with dot") << "matti@example.fi.";
    QTest::newRow("empty label") << "matti@example..fi";
    QTest::newRow("space inside") << "matti m@example.fi";
    QTest::newRow("space in domain") << "matti@example .fi";
    QTest::newRow("mailto: alone") << "mailto:";
    QTest::newRow("empty brackets") << "<>";
    QTest::newRow("one bracket") << "<matti.m@example.fi";
    QTest::newRow("name and brackets") << "Matti <matti.m@example.fi>";
}

void TestEmail::invalid()
{
    QFETCH(QString, input);
    QString reason;
    QVERIFY(!Email::normalise(input, &reason).has_value());
    QVERIFY(!reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestEmail)
#include "tst_email.moc"
