// Hostile import files through the real `tallenne-admin import` (issue [15], from an
// attacker-style review): a 100 MB line of commas, a 100 MB caller field and a 100 MB chat
// message are refused with FILE:LINE: REASON and exit code 5, in bounded memory, and the
// rows around them are imported; under --strict nothing is written; a recording whose WAV
// header lies is reported and its call imported without it.

#include "services/WavWriter.h"
#include "support/AdminProcess.h"
#include "support/Sanitizers.h"
#include "support/TestRegister.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QtTest>

#include <sys/resource.h>

using namespace tallenne;
using namespace tallenne::test;

namespace {

using tallenne::test::peakMemoryIsMeaningful;

// Before the limits a 100 MB line of commas took 4.3 GB. The process itself (Qt, SQLCipher,
// libphonenumber's metadata) takes some 60 MB; a 100 MB file must not add to it.
constexpr qint64 peakLimitKb = 200 * 1024;
constexpr qint64 hundredMb = 100 * 1024 * 1024;

// The largest peak resident size of the children waited for so far, in KiB (getrusage):
// each test below runs its big import first, so a peak over the limit is its own.
qint64 childrenPeakKb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestHostileImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;

    AdminRun admin(const QStringList& rest)
    {
        return runAdmin(QStringList{QStringLiteral("--register"), m_paths.folder,
                                    QStringLiteral("--user"), QStringLiteral("admin"),
                                    QStringLiteral("--password-stdin")} +
                            rest,
                        QByteArray(adminPassword) + '\n', 600000);
    }

    static QByteArray fixtureLine(const char* name, int index)
    {
        QFile file(QStringLiteral(TALLENNE_TEST_DATA "/import/") + QString::fromLatin1(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        const QList<QByteArray> lines = file.readAll().split('\n');
        return lines.at(index) + '\n';
    }

    /// Writes `head`, then `fill` repeated to `bytes` bytes, then `tail`, in blocks.
    QString bigFile(const QString& name, const QByteArray& head, char fill, qint64 bytes,
                    const QByteArray& tail)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(head);
        const QByteArray block(1024 * 1024, fill);
        for (qint64 left = bytes; left > 0; left -= block.size())
            file.write(block.constData(), std::min<qint64>(left, block.size()));
        file.write(tail);
        return path;
    }

    static QStringList refusals(const QString& err, const QString& file)
    {
        QStringList out;
        for (const QString& line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(file + QLatin1Char(':')))
                out << line;
        }
        return out;
    }

    void checkPeak(const char* what)
    {
        const qint64 peakKb = childrenPeakKb();
        qInfo("%s: peak resident size of tallenne-admin %lld KiB", what, peakKb);
        QVERIFY2(peakKb > 1024, "getrusage saw no child");
        if (peakMemoryIsMeaningful)
            QVERIFY2(peakKb < peakLimitKb, qPrintable(QStringLiteral("%1: %2 KiB at its peak")
                                                          .arg(QString::fromLatin1(what))
                                                          .arg(peakKb)));
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

    // First: the peak of every child so far is this import's.
    void lineOfCommasIsRefusedInBoundedMemory()
    {
        const QString path = bigFile(QStringLiteral("commas.csv"), fixtureLine("master-16.csv", 0),
                                     ',', hundredMb, "\n" + fixtureLine("master-16.csv", 1));
        const AdminRun r = admin({QStringLiteral("import"), QStringLiteral("asterisk"),
                                  QStringLiteral("--cdr"), path, QStringLiteral("--utc")});
        QFile::remove(path);
        QCOMPARE(r.code, 5);
        QCOMPARE(refusals(r.err, QStringLiteral("commas.csv")),
                 QStringList{QStringLiteral("commas.csv:2: the record is longer than 65536 "
                                            "bytes")});
        QVERIFY2(r.out.startsWith(QStringLiteral("Rows read: 3. Calls imported: 2. Already "
                                                 "present: 0. Rejected: 1. (")),
                 qPrintable(r.out));
        checkPeak("100 MB line of commas");
    }

    void hugeCallerFieldIsRefused()
    {
        // A quoted caller field of 100 MB, spread over lines too (a quoted field may hold
        // line breaks): refused at its line, the next row read as usual.
        const QByteArray head = fixtureLine("master-17.csv", 0) + "\"\",\"";
        const QString path = bigFile(QStringLiteral("caller.csv"), head, '4', hundredMb,
                                     "\",\"1\"\n" + fixtureLine("master-17.csv", 1));
        const AdminRun r = admin({QStringLiteral("import"), QStringLiteral("asterisk"),
                                  QStringLiteral("--cdr"), path, QStringLiteral("--utc")});
        QFile::remove(path);
        QCOMPARE(r.code, 5);
        QCOMPARE(refusals(r.err, QStringLiteral("caller.csv")),
                 QStringList{QStringLiteral("caller.csv:2: the record is longer than 65536 "
                                            "bytes")});
        QVERIFY2(r.out.startsWith(QStringLiteral("Rows read: 3. Calls imported: 2.")),
                 qPrintable(r.out));
        checkPeak("100 MB caller field");
    }

    void hugeChatMessageIsRefused()
    {
        const QByteArray good1 =
            "{\"id\":\"h-1\",\"started\":\"2024-05-02T14:03:00+03:00\",\"messages\":[]}\n";
        const QByteArray head =
            "{\"id\":\"h-2\",\"started\":\"2024-05-02T14:03:00+03:00\",\"messages\":[{\"time\":"
            "\"2024-05-02T14:03:05+03:00\",\"sender\":\"customer\",\"text\":\"";
        const QByteArray longMessage = head + QByteArray(30000, 'a') + "\"}]}\n";
        const QByteArray good3 =
            "{\"id\":\"h-3\",\"started\":\"2024-05-02T14:03:00+03:00\",\"messages\":[]}\n";
        const QString path = bigFile(QStringLiteral("chats.jsonl"), good1 + head, 'a', hundredMb,
                                     "\"}]}\n" + longMessage + good3);
        const AdminRun r = admin(
            {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("chats"), path});
        QFile::remove(path);
        QCOMPARE(r.code, 5);
        QCOMPARE(refusals(r.err, QStringLiteral("chats.jsonl")),
                 QStringList({QStringLiteral("chats.jsonl:2: the line is longer than 4194304 "
                                             "bytes"),
                              QStringLiteral("chats.jsonl:3: messages[0].text: must be at most "
                                             "20000 characters")}));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("rows_read")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 2);
        checkPeak("100 MB chat message");
    }

    void strictRefusalWritesNothing()
    {
        // A refusal under --strict leaves no half-written register: the good row before the
        // oversized one is not in it, and a later lenient import still finds it new.
        const QString path = bigFile(QStringLiteral("strict.csv"), fixtureLine("master-18.csv", 0),
                                     ',', 1024 * 1024, "\n");
        AdminRun r = admin({QStringLiteral("--json"), QStringLiteral("import"),
                            QStringLiteral("asterisk"), QStringLiteral("--cdr"), path,
                            QStringLiteral("--utc"), QStringLiteral("--strict")});
        QCOMPARE(r.code, 5);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("strict_aborted")).toBool());
        r = admin({QStringLiteral("import"), QStringLiteral("asterisk"), QStringLiteral("--cdr"),
                   path, QStringLiteral("--utc")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.out.startsWith(QStringLiteral("Rows read: 2. Calls imported: 1. Already "
                                                 "present: 0. Rejected: 1.")),
                 qPrintable(r.out));
    }

    void lyingWavHeaderCostsOnlyTheRecording()
    {
        // A one-second WAV whose header says 1 Hz and one byte a frame (4.4 hours): the call
        // is imported, the recording refused with its reason, exit 5.
        QTemporaryDir monitor;
        QByteArray wav = makeWav(1, 1, 8000, 16, 1.0);
        qToLittleEndian<quint32>(1, wav.data() + 24);
        qToLittleEndian<quint16>(1, wav.data() + 32);
        QFile file(monitor.filePath(
            QStringLiteral("out-0501234567-201-20240503-090000-1714716000.11.wav")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(wav);
        file.close();
        const QString cdr = bigFile(QStringLiteral("lying.csv"), fixtureLine("master-17.csv", 0),
                                    ' ', 0, QByteArray());
        const AdminRun r =
            admin({QStringLiteral("import"), QStringLiteral("asterisk"), QStringLiteral("--cdr"),
                   cdr, QStringLiteral("--utc"), QStringLiteral("--recordings"), monitor.path()});
        QCOMPARE(r.code, 5);
        QCOMPARE(refusals(r.err, QStringLiteral("lying.csv")),
                 QStringList{QStringLiteral(
                     "lying.csv:1: recording: recording "
                     "out-0501234567-201-20240503-090000-1714716000.11.wav: a sample rate of 1 "
                     "Hz; a recording has 4000 to 192000 Hz")});
        QVERIFY2(r.out.contains(QStringLiteral("; unusable 1.")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestHostileImport)
#include "tst_hostileimport.moc"
