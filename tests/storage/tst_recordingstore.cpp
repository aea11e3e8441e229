// The encrypted recording store against a real register: round trips, nothing in clear on
// disk, damage detection, removal, verify's file checks, orphans found and quarantined (never
// deleted).

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
        QVERIFY(error.message.contains(QStringLiteral("recording %1 ").arg(id)));
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

    void orphansAreFoundNeverRemoved()
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
        // A purged row's file, named in the purge's journal: not an orphan, left to the purge.
        const auto purged = s.write(audio(800), &error);
        QVERIFY(purged);
        QSqlQuery journal(m_session->db());
        QVERIFY(journal.exec(QStringLiteral("INSERT INTO purge_shredded (file_name) VALUES ('%1')")
                                 .arg(purged->fileName)));

        const auto found = s.findOrphans(&error);
        QVERIFY2(found, qPrintable(error.message));
        QCOMPARE(found->count, 2);
        QCOMPARE(found->awaitingRemoval, 1);
        QVERIFY(found->files.contains(orphanFile->fileName));
        QVERIFY(found->files.contains(QStringLiteral("0123abcd.rec.tmp")));
        // Finding changes nothing.
        QVERIFY(QFile::exists(folder.filePath(orphanFile->fileName)));
        QVERIFY(tmp.exists());
        QVERIFY(QFile::exists(folder.filePath(purged->fileName)));

        // Quarantine moves the two orphans, byte for byte, and nothing else.
        const QByteArray orphanBytes = [&] {
            QFile f(folder.filePath(orphanFile->fileName));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const QString quarantine = m_dir.filePath(QStringLiteral("quarantine-test/recordings"));
        QStringList moved;
        QVERIFY2(s.quarantineOrphans(quarantine, &moved, &error), qPrintable(error.message));
        QCOMPARE(moved.size(), 2);
        QVERIFY(!QFile::exists(folder.filePath(orphanFile->fileName)));
        QVERIFY(!tmp.exists());
        QFile there(QDir(quarantine).filePath(orphanFile->fileName));
        QVERIFY(there.open(QIODevice::ReadOnly));
        QCOMPARE(there.readAll(), orphanBytes);
        QVERIFY(QFile::exists(QDir(quarantine).filePath(QStringLiteral("0123abcd.rec.tmp"))));
        QCOMPARE(QFileInfo(quarantine).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY(QFile::exists(folder.filePath(kept)));
        QVERIFY(QFile::exists(folder.filePath(purged->fileName)));
        QCOMPARE(s.findOrphans(&error)->count, 0);
        QVERIFY(s.read(id, opener(), &error));

        // A repair that could not be audited puts them back.
        s.restoreFromQuarantine(quarantine, moved);
        QVERIFY(QFile::exists(folder.filePath(orphanFile->fileName)));
        QCOMPARE(s.findOrphans(&error)->count, 2);
        QVERIFY(s.quarantineOrphans(quarantine, &moved, &error));
        QVERIFY(journal.exec(QStringLiteral("DELETE FROM purge_shredded")));
        s.discard(*purged);
    }

    void checkFilesFindsEachDamage()
    {
        // A fresh folder of its own: the files of earlier tests stay out of the counts.
        RecordingStore s = store();
        Error error;
        QSqlQuery clear(m_session->db());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM recordings")));
        for (const QString& name : QDir(m_paths.recordings()).entryList(QDir::Files))
            QFile::remove(QDir(m_paths.recordings()).filePath(name));
        // Equal sizes, so a swap is not seen by the size.
        QList<qint64> ids;
        QStringList names;
        for (int i = 0; i < 5; ++i) {
            QString name;
            QByteArray bytes = audio(150000);
            bytes[i] = 'x';
            ids << storeOne(s, bytes, &name);
            names << name;
            QVERIFY(ids.last() > 0);
        }
        const auto path = [&](int i) {
            return QDir(m_paths.recordings()).filePath(names[i]);
        };
        const auto run = [&](RecordingCheckDepth depth, bool withKey) {
            auto report =
                s.checkFiles(depth, withKey ? opener() : RecordingStore::KeyOpener(), {}, &error);
            if (!report)
                qWarning() << error.message;
            return report;
        };
        auto clean = run(RecordingCheckDepth::Contents, true);
        QVERIFY(clean);
        QCOMPARE(clean->rows, 5);
        QCOMPARE(clean->authenticated, 5);
        QCOMPARE(clean->problemCount, 0);
        clean = run(RecordingCheckDepth::Contents, false);
        QCOMPARE(clean->digestOnly, 5);
        QCOMPARE(clean->problemCount, 0);

        // 0: a flipped byte; 1 and 2: swapped; 3: removed; 4: cut short.
        {
            QFile f(path(0));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(70000);
            char c = 0;
            f.getChar(&c);
            f.seek(70000);
            f.putChar(char(c ^ 0x10));
        }
        QVERIFY(QFile::rename(path(1), path(1) + QStringLiteral(".x")));
        QVERIFY(QFile::rename(path(2), path(1)));
        QVERIFY(QFile::rename(path(1) + QStringLiteral(".x"), path(2)));
        QVERIFY(QFile::remove(path(3)));
        QVERIFY(QFile::resize(path(4), QFileInfo(path(4)).size() - 1));

        for (const bool withKey : {true, false}) {
            const auto report = run(RecordingCheckDepth::Contents, withKey);
            QVERIFY(report);
            QCOMPARE(report->problemCount, 5);
            QCOMPARE(report->rows, 5);
            QList<qint64> failed;
            for (const RecordingProblem& p : report->problems)
                failed << p.recordingId;
            std::sort(failed.begin(), failed.end());
            QCOMPARE(failed, ids);
        }
        // --quick sees only what the sizes tell: the removed and the cut file.
        const auto quick = run(RecordingCheckDepth::Presence, true);
        QCOMPARE(quick->problemCount, 2);
        QCOMPARE(quick->presenceOnly, 3);

        // The folder gone: every recording's file is missing.
        QVERIFY(QDir(m_paths.recordings()).removeRecursively());
        const auto gone = run(RecordingCheckDepth::Presence, false);
        QVERIFY(gone->folderMissing);
        QCOMPARE(gone->problemCount, 5);
        QVERIFY(QDir().mkpath(m_paths.recordings()));
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM recordings")));
    }

    void rowNamingAPathOutsideIsDamage()
    {
        RecordingStore s = store();
        QString name;
        const qint64 id = storeOne(s, audio(3000), &name);
        QSqlQuery q(m_session->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE recordings SET file_name = '../register.db' "
                                      "WHERE id = %1")
                           .arg(id)));
        Error error;
        const auto report = s.checkFiles(RecordingCheckDepth::Contents, opener(), {}, &error);
        QVERIFY(report);
        QCOMPARE(report->problemCount, 1);
        QCOMPARE(report->problems.first().recordingId, id);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM recordings WHERE id = %1").arg(id)));
        s.discard(name);
    }

    // The long steps report their progress, and a verify with problems changes no file.
    void verifyReportsProgress()
    {
        RecordingStore s = store();
        for (int i = 0; i < 3; ++i)
            QVERIFY(storeOne(s, audio(70000 + i)) > 0);
        QHash<QString, QList<std::pair<qint64, qint64>>> steps;
        VerifyOptions options;
        options.progress = [&steps](const QString& step, qint64 done, qint64 total) {
            steps[step].append({done, total});
        };
        Error error;
        const auto report = RegisterService::verify(*m_session, options, &error);
        QVERIFY2(report, qPrintable(error.message));
        QVERIFY2(report->ok(), qPrintable([&] {
                     QStringList failed;
                     for (const RegisterCheck& c : report->checks)
                         if (!c.ok)
                             failed << c.name + QStringLiteral(": ") + c.detail;
                     return failed.join(QLatin1Char('\n'));
                 }()));
        const auto recordings = steps.value(QStringLiteral("Checking the recordings"));
        QVERIFY(recordings.size() >= 4);
        for (qsizetype i = 1; i < recordings.size(); ++i)
            QVERIFY(recordings[i].first >= recordings[i - 1].first);
        QCOMPARE(recordings.last().first, recordings.last().second);
        const auto pages = steps.value(QStringLiteral("Checking the database pages"));
        QVERIFY(!pages.isEmpty());
        QCOMPARE(pages.last().first, pages.last().second);
    }

    void verifyLeavesOrphansInPlace()
    {
        RecordingStore s = store();
        Error error;
        const auto orphan = s.write(audio(500), &error);
        QVERIFY(orphan);
        const auto checks = RegisterService::verify(*m_session, &error);
        QVERIFY2(checks, qPrintable(error.message));
        bool seen = false;
        for (const RegisterCheck& c : *checks) {
            if (c.name == QLatin1String("orphans")) {
                seen = true;
                QVERIFY(!c.ok);
                QCOMPARE(c.problemCount, 1);
                QCOMPARE(c.problems.first().object,
                         QStringLiteral("recordings/") + orphan->fileName);
            }
        }
        QVERIFY(seen);
        QVERIFY(QFile::exists(QDir(m_paths.recordings()).filePath(orphan->fileName)));
        QCOMPARE(s.findOrphans(&error)->count, 1);
        s.discard(*orphan);
    }
};

QTEST_GUILESS_MAIN(TestRecordingStore)
#include "tst_recordingstore.moc"
