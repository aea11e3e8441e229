// `tallenne-admin import …` as a real process: the summary, rejections as FILE:LINE: REASON on
// stderr, exit code 5, idempotency, --strict, and usage errors.

#include "services/WavWriter.h"
#include "support/AdminProcess.h"
#include "support/TestRegister.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestImportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;

    using Run = tallenne::test::AdminRun;

    Run admin(const QStringList& rest)
    {
        return tallenne::test::runAdmin(
            QStringList{QStringLiteral("--register"), m_paths.folder, QStringLiteral("--user"),
                        QStringLiteral("admin"), QStringLiteral("--password-stdin")} +
                rest,
            QByteArray(adminPassword) + '\n', 120000);
    }

    static QString fixture(const char* name)
    {
        return QStringLiteral(TALLENNE_TEST_DATA "/import/") + QString::fromLatin1(name);
    }

    static QStringList rejectionLines(const QString& err)
    {
        QStringList out;
        for (const QString& line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.contains(QLatin1String(".csv:")) || line.contains(QLatin1String(".jsonl:")))
                out << line;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
    }

    void goodFileExitsZero()
    {
        const Run r = admin({QStringLiteral("import"), QStringLiteral("asterisk"),
                             QStringLiteral("--cdr"), fixture("master-21.csv"),
                             QStringLiteral("--timezone"), QStringLiteral("Europe/Helsinki")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Rows read: 2. Calls imported: 2. Already "
                                                 "present: 0. Rejected: 0. (")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "Layouts: 21 columns (loguniqueid,loguserfield,newcdrcolumns): 2 rows.")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Data subjects: rows linked 2, new 2.")),
                 qPrintable(r.out));
        // Not a terminal: no status line with carriage returns.
        QVERIFY(!r.err.contains(QLatin1Char('\r')));
    }

    void secondImportSkipsEverything()
    {
        const Run r =
            admin({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("asterisk"),
                   QStringLiteral("--cdr"), fixture("master-21.csv"), QStringLiteral("--utc")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("rows_read")).toInt(), 2);
        // --verbose lists each skipped row with its line.
        const Run verbose =
            admin({QStringLiteral("import"), QStringLiteral("asterisk"), QStringLiteral("--cdr"),
                   fixture("master-21.csv"), QStringLiteral("--utc"), QStringLiteral("--verbose")});
        QCOMPARE(verbose.code, 0);
        QVERIFY2(verbose.err.contains(QRegularExpression(QStringLiteral(
                     "master-21.csv:1: skipped: already in the register \\(call \\d+\\)"))),
                 qPrintable(verbose.err));
        QVERIFY2(verbose.err.contains(QStringLiteral("master-21.csv:3: skipped:")),
                 qPrintable(verbose.err));
    }

    void malformedExitsFiveWithEachRejection()
    {
        const Run r =
            admin({QStringLiteral("import"), QStringLiteral("asterisk"), QStringLiteral("--cdr"),
                   fixture("malformed.csv"), QStringLiteral("--utc")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.out.startsWith(QStringLiteral("Rows read: 8. Calls imported: 3. Already "
                                                 "present: 0. Rejected: 5. (")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  odd values, imported as written: 1")),
                 qPrintable(r.out));
        QCOMPARE(rejectionLines(r.err),
                 QStringList({
                     QStringLiteral("malformed.csv:2: expected 16 to 21 columns, found 12"),
                     QStringLiteral("malformed.csv:3: the start time '2024-13-06 10:00:00' is not "
                                    "a date and time of the form YYYY-MM-DD HH:MM:SS"),
                     QStringLiteral("malformed.csv:4: negative duration (-5)"),
                     QStringLiteral("malformed.csv:7: unexpected text after the closing quote "
                                    "of column 5"),
                     QStringLiteral("malformed.csv:8: unterminated quoted field starting on "
                                    "line 8"),
                 }));
    }

    void strictWritesNothing()
    {
        const Run r =
            admin({QStringLiteral("import"), QStringLiteral("asterisk"), QStringLiteral("--cdr"),
                   fixture("master-16.csv"), QStringLiteral("--utc"), QStringLiteral("--strict")});
        QCOMPARE(r.code, 0); // a good file imports under --strict too
        QTemporaryDir other;
        QFile copy(other.filePath(QStringLiteral("bad.csv")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        QFile source(fixture("master-18.csv"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        copy.write(source.readAll() + "\"\",\"1\"\n");
        copy.close();
        const Run strict =
            admin({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("asterisk"),
                   QStringLiteral("--cdr"), copy.fileName(), QStringLiteral("--utc"),
                   QStringLiteral("--strict")});
        QCOMPARE(strict.code, 5);
        QCOMPARE(rejectionLines(strict.err),
                 QStringList{QStringLiteral("bad.csv:2: expected 16 to 21 columns, found 2")});
        const QJsonObject o = QJsonDocument::fromJson(strict.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("strict_aborted")).toBool());
        // Without --strict the good first row goes in: it had not been written before.
        const Run lenient =
            admin({QStringLiteral("import"), QStringLiteral("asterisk"), QStringLiteral("--cdr"),
                   copy.fileName(), QStringLiteral("--utc")});
        QCOMPARE(lenient.code, 5);
        QVERIFY2(lenient.out.startsWith(QStringLiteral("Rows read: 2. Calls imported: 1.")),
                 qPrintable(lenient.out));
    }

    void truncatedRecordingKeepsItsCall()
    {
        QTemporaryDir monitor;
        QFile wav(monitor.filePath(
            QStringLiteral("out-0501234567-201-20240503-090000-1714716000.11.wav")));
        QVERIFY(wav.open(QIODevice::WriteOnly));
        wav.write(makeWav(1, 1, 16000, 16, 5.0, 44 + 80000));
        wav.close();
        const Run r =
            admin({QStringLiteral("import"), QStringLiteral("asterisk"), QStringLiteral("--cdr"),
                   fixture("master-17.csv"), QStringLiteral("--utc"),
                   QStringLiteral("--recordings"), monitor.path()});
        // The call is imported; the recording is reported (file and reason) and exit is 5.
        QCOMPARE(r.code, 5);
        QCOMPARE(rejectionLines(r.err),
                 QStringList{QStringLiteral(
                     "master-17.csv:1: recording: recording "
                     "out-0501234567-201-20240503-090000-1714716000.11.wav: the data chunk is cut "
                     "short (expected 160000 bytes, found 80000)")});
        QVERIFY2(r.out.startsWith(QStringLiteral("Rows read: 2. Calls imported: 2.")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("; unusable 1.")), qPrintable(r.out));
    }

    void chats()
    {
        Run r = admin({QStringLiteral("import"), QStringLiteral("chats"), fixture("chats.jsonl")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Rows read: 4. Chats imported: 4. Already "
                                                 "present: 0. Rejected: 0. (")),
                 qPrintable(r.out));
        // One of the people had called (master-21.csv above): their chat joined that subject.
        QVERIFY2(r.out.contains(QStringLiteral("Data subjects: rows linked 3, new 1.")),
                 qPrintable(r.out));
        r = admin(
            {QStringLiteral("import"), QStringLiteral("chats"), fixture("chats-invalid.jsonl")});
        QCOMPARE(r.code, 5);
        const QStringList lines = rejectionLines(r.err);
        QCOMPARE(lines.size(), 14);
        QCOMPARE(lines.at(0), QStringLiteral("chats-invalid.jsonl:2: not valid JSON "
                                             "(unterminated object at character 24)"));
        QCOMPARE(lines.at(6), QStringLiteral("chats-invalid.jsonl:8: messages[2].sender: must be "
                                             "customer, agent, bot or system"));
        QVERIFY(!r.err.contains(QLatin1String("131052")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no --cdr") << QStringList{QStringLiteral("import"),
                                                 QStringLiteral("asterisk")};
        QTest::newRow("bad zone") << QStringList{
            QStringLiteral("import"), QStringLiteral("asterisk"),   QStringLiteral("--cdr"),
            QStringLiteral("x.csv"),  QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus")};
        QTest::newRow("utc and zone")
            << QStringList{QStringLiteral("import"),         QStringLiteral("asterisk"),
                           QStringLiteral("--cdr"),          QStringLiteral("x.csv"),
                           QStringLiteral("--utc"),          QStringLiteral("--timezone"),
                           QStringLiteral("Europe/Helsinki")};
        QTest::newRow("pattern without group") << QStringList{QStringLiteral("import"),
                                                              QStringLiteral("asterisk"),
                                                              QStringLiteral("--cdr"),
                                                              fixture("master-17.csv"),
                                                              QStringLiteral("--recordings"),
                                                              QStringLiteral(TALLENNE_TEST_DATA),
                                                              QStringLiteral("--recording-pattern"),
                                                              QStringLiteral("(\\d+)\\.wav")};
        QTest::newRow("bad layout") << QStringList{
            QStringLiteral("import"), QStringLiteral("asterisk"), QStringLiteral("--cdr"),
            QStringLiteral("x.csv"),  QStringLiteral("--layout"), QStringLiteral("usegmtime")};
        QTest::newRow("no chats file")
            << QStringList{QStringLiteral("import"), QStringLiteral("chats")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QCOMPARE(admin(args).code, 1);
    }

    void missingFileIsRejectedInput()
    {
        const Run r = admin({QStringLiteral("import"), QStringLiteral("asterisk"),
                             QStringLiteral("--cdr"), m_dir.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(r.code, 5);
    }
};

QTEST_MAIN(TestImportCli)
#include "tst_importcli.moc"
