// The Asterisk cdr_csv parser: every column layout, quoting, line ends, malformed rows with
// their exact messages, DST resolution, and the mapping to calls.

#include "core/AsteriskCdr.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace tallenne;

namespace {

struct Parsed
{
    QList<CdrRecord> records;
    QStringList rejections; ///< "LINE: REASON"
};

Parsed parseDevice(QIODevice& device, const CdrTimeOptions& time)
{
    Parsed result;
    CsvReader reader(device);
    CsvRecord record;
    QString reason;
    for (;;) {
        const auto r = reader.next(&record, &reason);
        if (r == CsvReader::Result::End)
            break;
        if (r == CsvReader::Result::Bad) {
            result.rejections << QStringLiteral("%1: %2").arg(record.line).arg(reason);
            continue;
        }
        const auto cdr = AsteriskCdr::parse(record, time, &reason);
        if (cdr)
            result.records << *cdr;
        else
            result.rejections << QStringLiteral("%1: %2").arg(record.line).arg(reason);
    }
    return result;
}

Parsed parseFixture(const QString& name, const CdrTimeOptions& time = {true, {}})
{
    QFile file(QStringLiteral(TALLENNE_TEST_DATA "/import/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return parseDevice(file, time);
}

Parsed parseText(const QByteArray& text)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return parseDevice(buffer, {true, {}});
}

QDateTime utc(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

} // namespace

class TestAsteriskCdr : public QObject
{
    Q_OBJECT

private slots:
    void layouts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("uniqueId");
        QTest::newRow("16") << "master-16.csv" << 16 << 2 << QString();
        QTest::newRow("17 CRLF") << "master-17.csv" << 17 << 2 << "1714716000.11";
        QTest::newRow("18") << "master-18.csv" << 18 << 1 << "1714813200.21";
        QTest::newRow("21") << "master-21.csv" << 21 << 2 << "1714885200.31";
    }
    void layouts()
    {
        QFETCH(QString, file);
        QFETCH(int, columns);
        QFETCH(int, count);
        QFETCH(QString, uniqueId);
        const Parsed p = parseFixture(file);
        QVERIFY2(p.rejections.isEmpty(), qPrintable(p.rejections.join(QLatin1Char('\n'))));
        QCOMPARE(p.records.size(), count);
        QCOMPARE(p.records.first().columns, columns);
        QCOMPARE(p.records.first().uniqueId, uniqueId);
    }

    void fieldsOfSixteen()
    {
        const Parsed p = parseFixture(QStringLiteral("master-16.csv"));
        QCOMPARE(p.records.size(), 2);
        const CdrRecord& a = p.records.at(0);
        QCOMPARE(a.clid, QStringLiteral("\"Äijälä Matti\" <0401234567>")); // "" and UTF-8
        QCOMPARE(a.lastData, QStringLiteral("support,t,,,300"));
        QCOMPARE(a.start, utc("2024-05-02T10:00:00Z"));
        QCOMPARE(a.answer, utc("2024-05-02T10:00:05Z"));
        QCOMPARE(a.duration, 300); // bare numbers
        QCOMPARE(a.billsec, 295);
        QCOMPARE(a.disposition, QStringLiteral("ANSWERED"));
        const CdrRecord& b = p.records.at(1);
        QVERIFY(!b.answer.isValid()); // the empty unquoted answer time
        QCOMPARE(b.disposition, QStringLiteral("NO ANSWER"));
        QCOMPARE(b.line, 2);
    }

    void quotedNumbersAndCrlf()
    {
        const Parsed p = parseFixture(QStringLiteral("master-17.csv"));
        QCOMPARE(p.records.at(0).duration, 130);                             // "130"
        QCOMPARE(p.records.at(1).uniqueId, QStringLiteral("1714716600.12")); // no \r left
        QCOMPARE(p.records.at(1).disposition, QStringLiteral("BUSY"));
    }

    void userField()
    {
        const Parsed p = parseFixture(QStringLiteral("master-18.csv"));
        QCOMPARE(p.records.at(0).userField, QStringLiteral("vip \"gold\""));
    }

    void quotedNewline()
    {
        const Parsed p = parseFixture(QStringLiteral("master-21.csv"));
        QCOMPARE(p.records.at(0).clid, QStringLiteral("\"Korhonen\nVille\" <0407654321>"));
        QCOMPARE(p.records.at(0).line, 1);
        QCOMPARE(p.records.at(1).line, 3);
        QCOMPARE(p.records.at(0).linkedId, QStringLiteral("1714885200.31"));
    }

    void malformedRowsHaveExactMessages()
    {
        const Parsed p = parseFixture(QStringLiteral("malformed.csv"));
        QCOMPARE(p.records.size(), 2);
        const QStringList expected = {
            QStringLiteral("2: expected 16, 17, 18 or 21 columns, found 12"),
            QStringLiteral("3: the start time '2024-13-06 10:00:00' is not a date and time of "
                           "the form YYYY-MM-DD HH:MM:SS"),
            QStringLiteral("4: negative duration (-5)"),
            QStringLiteral("5: unknown disposition 'HUNG UP' (expected ANSWERED, NO ANSWER, "
                           "BUSY, FAILED or CONGESTION)"),
            QStringLiteral("7: unexpected text after the closing quote of column 5"),
            QStringLiteral("8: unterminated quoted field starting on line 8"),
        };
        QCOMPARE(p.rejections, expected);
    }

    void otherBadValues_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        const QByteArray head = "\"\",\"1\",\"2\",\"c\",\"x\",\"a\",\"b\",\"Dial\",\"\",";
        QTest::newRow("empty start") << head + ",,\"2024-05-06 10:01:00\",1,1,\"ANSWERED\",\"\""
                                     << "the start time is empty";
        QTest::newRow("duration text")
            << head + "\"2024-05-06 10:00:00\",,\"2024-05-06 10:01:00\",ab,1,\"ANSWERED\",\"\""
            << "duration 'ab' is not a whole number";
        QTest::newRow("billsec > duration")
            << head + "\"2024-05-06 10:00:00\",,\"2024-05-06 10:01:00\",1,2,\"ANSWERED\",\"\""
            << "billsec (2) is longer than duration (1)";
        QTest::newRow("end before start")
            << head + "\"2024-05-06 10:00:00\",,\"2024-05-06 09:01:00\",1,1,\"ANSWERED\",\"\""
            << "the end time is before the start time";
        QTest::newRow("time with T")
            << head + "\"2024-05-06T10:00:00\",,\"2024-05-06 10:01:00\",1,1,\"ANSWERED\",\"\""
            << "the start time '2024-05-06T10:00:00' is not a date and time of the form "
               "YYYY-MM-DD HH:MM:SS";
    }
    void otherBadValues()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        const Parsed p = parseText(row + "\n");
        QCOMPARE(p.rejections, QStringList{QStringLiteral("1: ") + reason});
    }

    void blankLinesAreSkippedAndRowDigestIgnoresLineEnds()
    {
        const QByteArray row = "\"\",\"1\",\"2\",\"c\",\"x\",\"a\",\"b\",\"Dial\",\"\","
                               "\"2024-05-06 10:00:00\",,\"2024-05-06 10:01:00\",1,1,\"BUSY\",\"\"";
        const Parsed lf = parseText("\n" + row + "\n\n");
        const Parsed crlf = parseText(row + "\r\n");
        QCOMPARE(lf.records.size(), 1);
        QCOMPARE(lf.records.at(0).line, 2);
        QCOMPARE(lf.records.at(0).rowSha256, crlf.records.at(0).rowSha256);
        QCOMPARE(AsteriskCdr::map(lf.records.at(0), {}).sourceId.left(7),
                 QStringLiteral("sha256:"));
    }

    void localTimes_data()
    {
        QTest::addColumn<QString>("wall");
        QTest::addColumn<QString>("expectedUtc");
        QTest::newRow("summer") << "2024-05-02 10:00:00"
                                << "2024-05-02T07:00:00Z";
        QTest::newRow("winter") << "2024-01-15 10:00:00"
                                << "2024-01-15T08:00:00Z";
        // 31 March 2024 03:00 EET → 04:00 EEST: 03:30 does not exist; the offset before the
        // gap (+2) is used.
        QTest::newRow("gap") << "2024-03-31 03:30:00"
                             << "2024-03-31T01:30:00Z";
        // 27 October 2024 04:00 EEST → 03:00 EET: 03:30 happens twice; the first one wins.
        QTest::newRow("overlap") << "2024-10-27 03:30:00"
                                 << "2024-10-27T00:30:00Z";
        QTest::newRow("after overlap") << "2024-10-27 04:30:00"
                                       << "2024-10-27T02:30:00Z";
    }
    void localTimes()
    {
        QFETCH(QString, wall);
        QFETCH(QString, expectedUtc);
        const QTimeZone helsinki("Europe/Helsinki");
        QVERIFY(helsinki.isValid());
        const QByteArray row = "\"\",\"1\",\"2\",\"c\",\"x\",\"a\",\"b\",\"Dial\",\"\",\"" +
                               wall.toLatin1() + "\",,\"" + wall.toLatin1() +
                               "\",0,0,\"NO ANSWER\",\"\"\n";
        QByteArray copy = row;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        const Parsed p = parseDevice(buffer, {false, helsinki});
        QCOMPARE(p.records.size(), 1);
        QCOMPARE(p.records.at(0).start, utc(expectedUtc.toLatin1().constData()));
    }

    void mapping_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("agent");
        QTest::newRow("inbound queue") << "master-16.csv" << 0 << "inbound"
                                       << "+358401234567"
                                       << "+358201234567"
                                       << "support"
                                       << "anna";
        QTest::newRow("inbound abroad, missed") << "master-16.csv" << 1 << "inbound"
                                                << "+46812345678"
                                                << "+358201234567"
                                                << ""
                                                << "";
        QTest::newRow("outbound") << "master-17.csv" << 0 << "outbound"
                                  << "+358501234567"
                                  << ""
                                  << ""
                                  << "anna";
        QTest::newRow("internal") << "master-17.csv" << 1 << "internal"
                                  << "201"
                                  << ""
                                  << ""
                                  << "202";
        QTest::newRow("ext-queues, Local channel") << "master-18.csv" << 0 << "inbound"
                                                   << "+358401112223"
                                                   << "+358201234567"
                                                   << "sales"
                                                   << "pekka";
    }
    void mapping()
    {
        QFETCH(QString, file);
        QFETCH(int, index);
        QFETCH(QString, direction);
        QFETCH(QString, caller);
        QFETCH(QString, service);
        QFETCH(QString, queue);
        QFETCH(QString, agent);
        const Parsed p = parseFixture(file);
        const MappedCall call = AsteriskCdr::map(p.records.at(index), {});
        QCOMPARE(call.direction, direction);
        QCOMPARE(call.caller, caller);
        QCOMPARE(call.serviceNumber, service);
        QCOMPARE(call.queue, queue);
        QCOMPARE(call.agent, agent);
        if (!p.records.at(index).uniqueId.isEmpty())
            QCOMPARE(call.sourceId, p.records.at(index).uniqueId);
    }

    void agents_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("agent");
        QTest::newRow("SIP") << "SIP/anna-0000001a"
                             << "anna";
        QTest::newRow("PJSIP") << "PJSIP/201-00000012"
                               << "201";
        QTest::newRow("hyphenated name") << "SIP/anna-liisa-0000001a"
                                         << "anna-liisa";
        QTest::newRow("Local") << "Local/anna@from-queue-00000003;1"
                               << "anna";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("no tech") << "anna"
                                 << "";
    }
    void agents()
    {
        QFETCH(QString, channel);
        QFETCH(QString, agent);
        QCOMPARE(AsteriskCdr::agentFromChannel(channel), agent);
    }
};

QTEST_APPLESS_MAIN(TestAsteriskCdr)
#include "tst_asteriskcdr.moc"
