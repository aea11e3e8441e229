// The encrypted recording store against a real register: round trips, nothing in clear on
// disk, damage detection, removal and the orphan sweep.

#include "storage/RecordingStore.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestRecordingStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    std::unique_ptr<Session> m_session;
    qint64 m_nextCall = 1;

    static QByteArray audio(int size = 200000)
    {
        // A recognisable plaintext: a marker repeated, so any leak into the file shows.
        QByteArray bytes;
        while (bytes.size() < size)
            bytes += "RIFF-PLAINTEXT-MARKER-0123456789";
        return bytes.left(size);
    }

    qint64 insertCall()
    {
        QSqlQuery q(m_session->db());
        q.prepare(QStringLiteral("INSERT INTO calls (source_id, started_at, direction, disposition)"
                                 " VALUES (?, 1700000000, 'inbound', 'ANSWERED')"));
        q.addBindValue(QStringLiteral("test-%1").arg(m_nextCall++));
        if (!q.exec())
            return 0;
        return q.lastInsertId().toLongLong();
    }

    RecordingStore store() { return {m_paths.recordings(), m_session->db(), m_clock}; }

    // The recordings key of the test's session, as PlaybackService opens file keys.
    RecordingStore::KeyOpener opener()
    {
        return [this](const QByteArray& sealed, QByteArrayView place, Error* e) {
            return FieldCrypto(*m_session).open(Capability::Recordings, sealed, place, e);
        };
    }

    // Writes and inserts one recording; returns its id.
    qint64 storeOne(RecordingStore& s, const QByteArray& bytes, QString* fileName = nullptr)
    {
        Error error;
        auto stored = s.write(bytes, &error);
        if (!stored) {
            qWarning() << error.message;
            return 0;
        }
        const qint64 call = insertCall();
        const auto sealed = sealRecordingKey(*m_session, *stored, &error);
        if (!sealed ||
            !s.insertRow(call, *stored, AudioInfo{QStringLiteral("pcm_s16le"), 1, 8000, 1000},
                         *sealed, &error)) {
            qWarning() << error.message;
            return 0;
        }
        if (fileName)
            *fileName = stored->fileName;
        return *s.recordingIdForCall(call, &error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        m_session = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                   fastOptions(), &error);
        QVERIFY2(m_session, qPrintable(error.message));
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("small") << 100;
        QTest::newRow("one chunk") << 64 * 1024;
        QTest::newRow("several chunks") << 300000;
    }

    void roundTrip()
    {
        QFETCH(int, size);
        RecordingStore s = store();
        const QByteArray bytes = audio(size);
        QString fileName;
        const qint64 id = storeOne(s, bytes, &fileName);
        QVERIFY(id > 0);
        QVERIFY(fileName.endsWith(QLatin1String(".rec")));
        QVERIFY(
            !QFile::exists(QDir(m_paths.recordings()).filePath(fileName + QStringLiteral(".tmp"))));
        Error error;
        const auto back = s.read(id, opener(), &error);
        QVERIFY2(back, qPrintable(error.message));
        QCOMPARE(*back, bytes);
        const auto info = s.info(id, &error);
        QVERIFY(info);
        QCOMPARE(info->sampleRate, 8000);
    }

    void fileHoldsNoPlaintext()
    {
        RecordingStore s = store();
        QString fileName;
        QVERIFY(storeOne(s, audio(), &fileName) > 0);
        QFile f(QDir(m_paths.recordings()).filePath(fileName));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray onDisk = f.readAll();
        QVERIFY(onDisk.size() > 200000);
        QVERIFY(!onDisk.contains("PLAINTEXT-MARKER"));
        QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions{});
        QVERIFY(!anyFileContains(m_paths.folder, "PLAINTEXT-MARKER"));
    }

    void damage_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("flipped byte") << QStringLiteral("flip");
        QTest::newRow("missing") << QStringLiteral("delete");
        QTest::newRow("other file's contents") << QStringLiteral("swap");
    }

    void damage()
    {
        QFETCH(QString, how);
        RecordingStore s = store();
        QString fileName;
        QString otherName;
        const qint64 id = storeOne(s, audio(), &fileName);
        QVERIFY(id > 0);
        QVERIFY(storeOne(s, audio(), &otherName) > 0);
        const QString path = QDir(m_paths.recordings()).filePath(fileName);
        QFile f(path);
        if (how == QLatin1String("truncate")) {
            QVERIFY(f.resize(f.size() - 100));
        } else if (how == QLatin1String("flip")) {
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
            QVERIFY(f.seek(0));
            QCOMPARE(f.write(bytes), bytes.size());
            f.close();
        } else if (how == QLatin1String("delete")) {
            QVERIFY(f.remove());
        } else {
            QVERIFY(f.remove());
            QVERIFY(QFile::copy(QDir(m_paths.recordings()).filePath(otherName), path));
        }
        Error error;
        QVERIFY(!s.read(id, opener(), &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY(error.message.contains(QStringLiteral("recording:%1").arg(id)));
    }

    void removeDeletesFileAndRow()
    {
        RecordingStore s = store();
        QString fileName;
        const qint64 id = storeOne(s, audio(), &fileName);
        QVERIFY(id > 0);
        Error error;
        QVERIFY2(s.remove(id, &error), qPrintable(error.message));
        QVERIFY(!QFile::exists(QDir(m_paths.recordings()).filePath(fileName)));
        QVERIFY(!s.read(id, opener(), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QSqlQuery q(m_session->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM recordings WHERE id = %1").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void sweepRemovesOrphansOnly()
    {
        RecordingStore s = store();
        QString kept;
        const qint64 id = storeOne(s, audio(1000), &kept);
        QVERIFY(id > 0);
        Error error;
        const auto orphanFile = s.write(audio(1000), &error); // no row: an orphan
        QVERIFY(orphanFile);
        const QDir folder(m_paths.recordings());
        QFile tmp(folder.filePath(QStringLiteral("0123abcd.rec.tmp")));
        QVERIFY(tmp.open(QIODevice::WriteOnly));
        tmp.write("half-written");
        tmp.close();

        const auto counted = s.sweepOrphans(false, &error);
        QVERIFY2(counted, qPrintable(error.message));
        QCOMPARE(*counted, 2);
        QVERIFY(QFile::exists(folder.filePath(orphanFile->fileName)));

        const auto removed = s.sweepOrphans(true, &error);
        QVERIFY(removed);
        QCOMPARE(*removed, 2);
        QVERIFY(!QFile::exists(folder.filePath(orphanFile->fileName)));
        QVERIFY(!tmp.exists());
        QVERIFY(QFile::exists(folder.filePath(kept)));
        QCOMPARE(*s.sweepOrphans(true, &error), 0);
        QVERIFY(s.read(id, opener(), &error));
    }

    void verifyRemovesOrphans()
    {
        RecordingStore s = store();
        Error error;
        QVERIFY(s.write(audio(500), &error));
        const auto checks = RegisterService::verify(*m_session, &error);
        QVERIFY2(checks, qPrintable(error.message));
        bool seen = false;
        for (const RegisterCheck& c : *checks) {
            if (c.name == QLatin1String("orphans")) {
                seen = true;
                QVERIFY(c.ok);
                QVERIFY2(c.detail.contains(QLatin1Char('1')), qPrintable(c.detail));
            }
        }
        QVERIFY(seen);
        QCOMPARE(*s.sweepOrphans(false, &error), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordingStore)
#include "tst_recordingstore.moc"
