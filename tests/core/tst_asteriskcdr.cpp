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
        QCOMPARE(p.records.size(), 3);
        // An unknown disposition is kept as written, with a warning (not a rejection).
        QCOMPARE(p.records.at(1).disposition, QStringLiteral("HUNG UP"));
        QCOMPARE(p.records.at(1).warnings.size(), 1);
        QCOMPARE(p.records.at(1).warnings.at(0).message,
                 QStringLiteral("unknown disposition 'HUNG UP', kept as written"));
        const QStringList expected = {
            QStringLiteral("2: expected 16 to 21 columns, found 12"),
            QStringLiteral("3: the start time '2024-13-06 10:00:00' is not a date and time of "
                           "the form YYYY-MM-DD HH:MM:SS"),
            QStringLiteral("4: negative duration (-5)"),
            QStringLiteral("7: unexpected text after the closing quote of column 5"),
            QStringLiteral("8: unterminated quoted field starting on line 8"),
        };
        QCOMPARE(p.rejections, expected);
    }

    // Limits (issue [15]): a record, a field or a column count past CsvReader's limits is
    // refused with its line and reason, never held whole, and the next row is read as usual.
    void limitsRefuseAndReadOn_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("reason");
        // The size of a line is checked as it is read, before its fields.
        QTest::newRow("a line of commas")
            << QByteArray(1024 * 1024, ',') << "2: the record is longer than 65536 bytes";
        QTest::newRow("65 fields") << QByteArray(64, ',') << "2: more than 64 columns";
        QTest::newRow("a megabyte caller") << "\"\",\"" + QByteArray(1024 * 1024, '4') + "\",\"2\""
                                           << "2: the record is longer than 65536 bytes";
        QTest::newRow("a long caller") << "\"\",\"" + QByteArray(5000, '4') + "\",\"2\""
                                       << "2: column 2 is longer than 4096 bytes";
        QTest::newRow("a long bare field") << "x," + QByteArray(CsvReader::MaxFieldBytes + 1, 'y')
                                           << "2: column 2 is longer than 4096 bytes";
        QByteArray manyFields;
        for (int i = 0; i < 40; ++i)
            manyFields += "\"" + QByteArray(CsvReader::MaxFieldBytes - 1, 'z') + "\",";
        QTest::newRow("a record over the limit")
            << manyFields << "2: the record is longer than 65536 bytes";
        QByteArray lines = "\"a\",\"";
        for (int i = 0; i < 40; ++i)
            lines += QByteArray(2000, 'q') + "\n";
        lines += "\"";
        QTest::newRow("a quoted field over many lines")
            << lines << "2: column 2 is longer than 4096 bytes";
        QByteArray fieldsOverLines;
        for (int i = 0; i < 40; ++i)
            fieldsOverLines += "\"" + QByteArray(2000, 'q') + "\n" + QByteArray(1000, 'r') + "\",";
        QTest::newRow("a record over many lines")
            << fieldsOverLines << "2: the record is longer than 65536 bytes";
        QTest::newRow("exactly 64 fields")
            << QByteArray(63, ',') << "2: expected 16 to 21 columns, found 64";
    }
    void limitsRefuseAndReadOn()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, reason);
        QFile good(QStringLiteral(TALLENNE_TEST_DATA "/import/master-16.csv"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray row = good.readLine();
        const Parsed p = parseText(row + bad + "\n" + row);
        QCOMPARE(p.rejections, QStringList{reason});
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records.at(1).line, qint64(bad.count('\n') + 3));
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
        QTest::newRow("empty disposition")
            << head + "\"2024-05-06 10:00:00\",,\"2024-05-06 10:01:00\",60,0,\"\",\"\""
            << "the disposition is empty";
        QTest::newRow("sequence text")
            << head + "\"2024-05-06 10:00:00\",,\"2024-05-06 10:01:00\",60,0,\"BUSY\",\"\","
                      "\"\",\"1714640400.5\",x"
            << "sequence 'x' is not a whole number";
        QTest::newRow("22 columns")
            << head + "\"2024-05-06 10:00:00\",,\"2024-05-06 10:01:00\",60,0,\"BUSY\",\"\","
                      "\"1\",\"2\",\"3\",\"4\",\"5\",6"
            << "expected 16 to 21 columns, found 22";
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

    void blankLinesAreSkippedAndRowKeyIgnoresLineEndsAndQuotes()
    {
        const QByteArray row =
            "\"\",\"1\",\"2\",\"c\",\"x\",\"a\",\"b\",\"Dial\",\"\","
            "\"2024-05-06 10:00:00\",,\"2024-05-06 10:01:00\",60,1,\"BUSY\",\"\"";
        const Parsed lf = parseText("\n" + row + "\n\n");
        const Parsed crlf = parseText(row + "\r\n");
        const Parsed quoted = parseText(QByteArray(row).replace(",60,1,", ",\"60\",\"1\",") + "\n");
        QCOMPARE(lf.records.size(), 1);
        QCOMPARE(lf.records.at(0).line, 2);
        QCOMPARE(lf.records.at(0).rowKey, crlf.records.at(0).rowKey);
        QCOMPARE(lf.records.at(0).rowKey, quoted.records.at(0).rowKey);
        QVERIFY(lf.records.at(0).rowKey.startsWith(QLatin1String("cdr:")));
        QCOMPARE(lf.records.at(0).rowKey.size(), 26);
        // Without a uniqueid, 0.1 keyed the row by the digest of its bytes.
        QVERIFY(lf.records.at(0).legacyKey.startsWith(QLatin1String("sha256:")));
        // One changed field, another key.
        const Parsed other = parseText(QByteArray(row).replace("\"a\"", "\"A\"") + "\n");
        QVERIFY(other.records.at(0).rowKey != lf.records.at(0).rowKey);
    }

    // Every layout cdr_csv.conf can produce, read by content and by --layout.
    void everyLayout_data()
    {
        QTest::addColumn<bool>("uniqueId");
        QTest::addColumn<bool>("userField");
        QTest::addColumn<bool>("newColumns");
        for (const CdrLayout& l : CdrLayout::all())
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(l.columns()).arg(l.name())))
                << l.uniqueId << l.userField << l.newColumns;
    }
    void everyLayout()
    {
        QFETCH(bool, uniqueId);
        QFETCH(bool, userField);
        QFETCH(bool, newColumns);
        const CdrLayout layout{uniqueId, userField, newColumns};
        QByteArray row = "\"acc\",\"0401112234\",\"0201234567\",\"from-trunk\",\"x\","
                         "\"SIP/trunk-1\",\"SIP/anna-2\",\"Queue\",\"support\","
                         "\"2024-05-02 11:00:00\",\"2024-05-02 11:00:05\","
                         "\"2024-05-02 11:02:05\",125,120,\"ANSWERED\",\"DOCUMENTATION\"";
        if (uniqueId)
            row += ",\"pbx1-1714640400.51\"";
        if (userField)
            row += ",\"vip\"";
        if (newColumns)
            row += ",\"peer\",\"1714640400.50\",7";
        for (const bool explicitLayout : {false, true}) {
            QByteArray copy = row + "\n";
            QBuffer buffer(&copy);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(buffer);
            CsvRecord record;
            QString reason;
            QCOMPARE(reader.next(&record, &reason), CsvReader::Result::Record);
            const auto r = AsteriskCdr::parse(record, {true, {}}, &reason,
                                              explicitLayout ? std::optional<CdrLayout>(layout)
                                                             : std::nullopt);
            QVERIFY2(r, qPrintable(reason));
            QCOMPARE(r->columns, layout.columns());
            QCOMPARE(r->layout, layout);
            QCOMPARE(r->uniqueId, uniqueId ? QStringLiteral("pbx1-1714640400.51") : QString());
            QCOMPARE(r->userField, userField ? QStringLiteral("vip") : QString());
            QCOMPARE(r->linkedId, newColumns ? QStringLiteral("1714640400.50") : QString());
            QCOMPARE(r->peerAccount, newColumns ? QStringLiteral("peer") : QString());
            QCOMPARE(r->sequence, newColumns ? std::optional<qint64>(7) : std::nullopt);
            QCOMPARE(r->duration, 125);
            QCOMPARE(r->conversation(), newColumns ? QStringLiteral("1714640400.50")
                                        : uniqueId ? QStringLiteral("pbx1-1714640400.51")
                                                   : r->rowKey);
            QVERIFY(r->warnings.isEmpty());
        }
    }

    void layoutNames()
    {
        QString reason;
        QCOMPARE(CdrLayout::fromName(QStringLiteral("loguniqueid,newcdrcolumns"), &reason),
                 (std::optional<CdrLayout>(CdrLayout{true, false, true})));
        QCOMPARE(CdrLayout::fromName(QStringLiteral("userfield+uniqueid"), &reason),
                 (std::optional<CdrLayout>(CdrLayout{true, true, false})));
        QCOMPARE(CdrLayout::fromName(QStringLiteral("base"), &reason),
                 std::optional<CdrLayout>(CdrLayout{}));
        QVERIFY(!CdrLayout::fromName(QStringLiteral("loguniqueid,usegmtime"), &reason));
        QCOMPARE(reason, QStringLiteral("unknown layout option 'usegmtime' (expected base, or "
                                        "loguniqueid, loguserfield and newcdrcolumns joined by "
                                        "commas)"));
        QList<int> widths;
        for (const CdrLayout& l : CdrLayout::all()) {
            widths << l.columns();
            QCOMPARE(CdrLayout::fromName(l.name(), &reason), std::optional<CdrLayout>(l));
        }
        QCOMPARE(widths, (QList<int>{16, 17, 17, 18, 19, 20, 20, 21}));
    }

    void explicitLayoutRefusesOtherWidths()
    {
        QFile file(QStringLiteral(TALLENNE_TEST_DATA "/cases/cdr-19-columns.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(file);
        CsvRecord record;
        QString reason;
        QCOMPARE(reader.next(&record, &reason), CsvReader::Result::Record);
        QVERIFY(!AsteriskCdr::parse(record, {true, {}}, &reason, CdrLayout{true, true, true}));
        QCOMPARE(reason, QStringLiteral("expected 21 columns (layout "
                                        "loguniqueid,loguserfield,newcdrcolumns), found 19"));
    }

    // The field cases of ../shared/cases: what each row is read as.
    void fieldCases()
    {
        const auto parseCase = [](const char* name) {
            QFile file(QStringLiteral(TALLENNE_TEST_DATA "/cases/") + QString::fromLatin1(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("missing case");
            return parseDevice(file, {true, {}});
        };
        // 17 columns whose 17th is the userfield: two rows, two keys, no uniqueid.
        Parsed p = parseCase("cdr-17col-userfield-not-uniqueid.csv");
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records.at(0).layout, (CdrLayout{false, true, false}));
        QVERIFY(p.records.at(0).layoutFromContent);
        QCOMPARE(p.records.at(0).userField, QStringLiteral("vip"));
        QVERIFY(p.records.at(0).uniqueId.isEmpty());
        QVERIFY(p.records.at(0).rowKey != p.records.at(1).rowKey);
        // 19 columns: newcdrcolumns without uniqueid or userfield.
        p = parseCase("cdr-19-columns.csv");
        QCOMPARE(p.records.size(), 1);
        QCOMPARE(p.records.at(0).layout, (CdrLayout{false, false, true}));
        QCOMPARE(p.records.at(0).linkedId, QStringLiteral("1714640400.51"));
        QCOMPARE(p.records.at(0).sequence, 1);
        // CANCEL is known: no warning.
        p = parseCase("cdr-cancel-disposition.csv");
        QCOMPARE(p.records.size(), 1);
        QCOMPARE(p.records.at(0).disposition, QStringLiteral("CANCEL"));
        QVERIFY(p.records.at(0).warnings.isEmpty());
        QVERIFY(AsteriskCdr::isUnanswered(QStringLiteral("CANCEL")));
        QVERIFY(!p.records.at(0).answer.isValid());
        // Two legs with one uniqueid: two keys, one conversation.
        p = parseCase("cdr-same-uniqueid-two-legs.csv");
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records.at(0).uniqueId, p.records.at(1).uniqueId);
        QVERIFY(p.records.at(0).rowKey != p.records.at(1).rowKey);
        QCOMPARE(p.records.at(0).conversation(), p.records.at(1).conversation());
        QCOMPARE(p.records.at(0).sequence, 11);
        QCOMPARE(p.records.at(1).sequence, 12);
        // A systemname prefix.
        p = parseCase("cdr-systemname-uniqueid.csv");
        QCOMPARE(p.records.at(0).uniqueId, QStringLiteral("pbx1-1714975200.7"));
        QCOMPARE(AsteriskCdr::uniqueIdCore(p.records.at(0).uniqueId),
                 QStringLiteral("1714975200.7"));
        QCOMPARE(p.records.at(0).callerName(), QStringLiteral("Asiakas Kahdeksan"));
    }

    void everyDisposition_data()
    {
        QTest::addColumn<QString>("disposition");
        QTest::addColumn<bool>("known");
        for (const QString& d : AsteriskCdr::dispositions())
            QTest::newRow(qPrintable(d)) << d << true;
        QTest::newRow("future") << "VOICEMAIL" << false;
    }
    void everyDisposition()
    {
        QFETCH(QString, disposition);
        QFETCH(bool, known);
        const QByteArray row = "\"\",\"1\",\"2\",\"c\",\"x\",\"a\",\"b\",\"Dial\",\"\","
                               "\"2024-05-06 10:00:00\",,\"2024-05-06 10:01:00\",60,0,\"" +
                               disposition.toLatin1() + "\",\"\"\n";
        const Parsed p = parseText(row);
        QCOMPARE(p.records.size(), 1); // never a rejection
        QCOMPARE(p.records.at(0).disposition, disposition);
        QCOMPARE(p.records.at(0).warnings.isEmpty(), known);
    }

    void oddValuesAreWarnings_data()
    {
        QTest::addColumn<QByteArray>("times");
        QTest::addColumn<QString>("warning");
        QTest::newRow("billsec > duration")
            << QByteArray(
                   "\"2024-05-06 10:00:00\",\"2024-05-06 10:00:00\",\"2024-05-06 10:00:01\",1,2")
            << "billsec (2) is longer than duration (1)";
        QTest::newRow("answered, zero duration")
            << QByteArray(
                   "\"2024-05-06 10:00:00\",\"2024-05-06 10:00:00\",\"2024-05-06 10:00:00\",0,0")
            << "answered, with a duration of 0";
        QTest::newRow("end before start")
            << QByteArray("\"2024-05-06 10:00:00\",,\"2024-05-06 09:01:00\",60,0")
            << "the end time is before the start time; the end was taken as start + duration";
        QTest::newRow("times disagree")
            << QByteArray("\"2024-05-06 10:00:00\",,\"2024-05-06 10:05:00\",60,0")
            << "end − start is 300 s but the duration says 60 s; the times are kept";
    }
    void oddValuesAreWarnings()
    {
        QFETCH(QByteArray, times);
        QFETCH(QString, warning);
        const QByteArray row = "\"\",\"1\",\"2\",\"c\",\"x\",\"a\",\"b\",\"Dial\",\"\"," + times +
                               ",\"ANSWERED\",\"\"\n";
        const Parsed p = parseText(row);
        QVERIFY2(p.rejections.isEmpty(), qPrintable(p.rejections.join(QLatin1Char('\n'))));
        QCOMPARE(p.records.size(), 1);
        QStringList warnings;
        for (const CdrWarning& w : p.records.at(0).warnings)
            warnings << w.message;
        QCOMPARE(warnings, QStringList{warning});
        QVERIFY(p.records.at(0).end >= p.records.at(0).start);
    }

    // A call across the end of summer time: the local times are ambiguous (03:00–04:00 on
    // 27 October 2024 in Helsinki happens twice); the durations decide.
    void callAcrossTheAutumnChange_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("duration");
        QTest::addColumn<int>("billsec");
        QTest::addColumn<QString>("startUtc");
        QTest::addColumn<QString>("endUtc");
        // 03:50 summer time (00:50 UTC) to 03:10 winter time (01:10 UTC): 20 minutes.
        QTest::newRow("straddles")
            << "2024-10-27 03:50:00"
            << "2024-10-27 03:50:10"
            << "2024-10-27 03:10:00" << 1200 << 1190 << "2024-10-27T00:50:00Z"
            << "2024-10-27T01:10:00Z";
        // Starts in the first pass, ends after the repeated hour.
        QTest::newRow("into winter") << "2024-10-27 03:30:00"
                                     << ""
                                     << "2024-10-27 04:10:00" << 6000 << 0 << "2024-10-27T00:30:00Z"
                                     << "2024-10-27T02:10:00Z";
        // Entirely in the second pass (winter time): 03:20–03:40 EET = 01:20–01:40 UTC, read
        // with the end after the hour.
        QTest::newRow("second pass") << "2024-10-27 03:20:00"
                                     << ""
                                     << "2024-10-27 04:05:00" << 2700 << 0 << "2024-10-27T01:20:00Z"
                                     << "2024-10-27T02:05:00Z";
    }
    void callAcrossTheAutumnChange()
    {
        QFETCH(QString, start);
        QFETCH(QString, answer);
        QFETCH(QString, end);
        QFETCH(int, duration);
        QFETCH(int, billsec);
        QFETCH(QString, startUtc);
        QFETCH(QString, endUtc);
        const QTimeZone helsinki("Europe/Helsinki");
        const QByteArray row = "\"\",\"1\",\"2\",\"c\",\"x\",\"a\",\"b\",\"Dial\",\"\",\"" +
                               start.toLatin1() + "\"," +
                               (answer.isEmpty() ? QByteArray() : "\"" + answer.toLatin1() + "\"") +
                               ",\"" + end.toLatin1() + "\"," + QByteArray::number(duration) + "," +
                               QByteArray::number(billsec) + ",\"ANSWERED\",\"\"\n";
        QByteArray copy = row;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        const Parsed p = parseDevice(buffer, {false, helsinki});
        QVERIFY2(p.rejections.isEmpty(), qPrintable(p.rejections.join(QLatin1Char('\n'))));
        const CdrRecord& r = p.records.at(0);
        QCOMPARE(r.start, utc(startUtc.toLatin1().constData()));
        QCOMPARE(r.end, utc(endUtc.toLatin1().constData()));
        QCOMPARE(r.start.secsTo(r.end), duration);
        if (!answer.isEmpty())
            QCOMPARE(r.answer.secsTo(r.end), billsec);
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.at(0).kind, CdrWarning::Kind::AmbiguousLocalTime);
    }

    void callerNames_data()
    {
        QTest::addColumn<QString>("clid");
        QTest::addColumn<QString>("name");
        QTest::newRow("quoted") << "\"Asiakas Yksi\" <0401112234>"
                                << "Asiakas Yksi";
        QTest::newRow("bare") << "Matti Meikäläinen <0401112234>"
                              << "Matti Meikäläinen";
        QTest::newRow("number only") << "\"0401112234\" <0401112234>"
                                     << "";
        QTest::newRow("no name") << "<0401112234>"
                                 << "";
        QTest::newRow("anonymous") << "\"Anonymous\" <anonymous>"
                                   << "";
        QTest::newRow("controls") << QStringLiteral(
                                         "\"Matti\u0000 Meik\u0007äläinen\u0000\u0000\" <1>")
                                  << QStringLiteral("Matti\uFFFD Meik\uFFFDäläinen");
    }
    void callerNames()
    {
        QFETCH(QString, clid);
        QFETCH(QString, name);
        CdrRecord r;
        r.clid = clid;
        QCOMPARE(r.callerName(), name);
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
                                       << "0401234567"
                                       << "0201234567"
                                       << "support"
                                       << "anna";
        QTest::newRow("inbound abroad, missed") << "master-16.csv" << 1 << "inbound"
                                                << "+46812345678"
                                                << "0201234567"
                                                << ""
                                                << "";
        QTest::newRow("outbound") << "master-17.csv" << 0 << "outbound"
                                  << "0501234567"
                                  << ""
                                  << ""
                                  << "anna";
        QTest::newRow("internal") << "master-17.csv" << 1 << "internal"
                                  << "201"
                                  << ""
                                  << ""
                                  << "202";
        QTest::newRow("ext-queues, Local channel") << "master-18.csv" << 0 << "inbound"
                                                   << "0401112223"
                                                   << "0201234567"
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
