// ImportService against a real register: Asterisk layouts, rejections, idempotency, --strict,
// recordings, chats with data subjects, permissions, the audit, and no plaintext on disk.

#include "core/RecordingState.h"
#include "services/ImportService.h"
#include "services/UserService.h"
#include "services/WavWriter.h"
#include "storage/RecordingStore.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestRegister.h"

#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(TALLENNE_TEST_DATA "/import/") + QString::fromLatin1(name);
}
} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    std::unique_ptr<Session> m_admin;

    qint64 count(const QString& sql)
    {
        QSqlQuery q(m_admin->db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    ImportReport importCdr(const QString& path, const QString& recordings = {}, bool strict = false)
    {
        AsteriskImportOptions options;
        options.cdrPath = path;
        options.recordingsDir = recordings;
        options.time.utc = true;
        options.strict = strict;
        Error error;
        const auto report = ImportService(*m_admin).importAsterisk(options, {}, &error);
        if (report)
            return *report;
        qWarning() << error.message;
        ImportReport failed;
        failed.imported = -1;
        return failed;
    }

    ImportReport importChats(const QString& path, bool strict = false)
    {
        ChatImportOptions options;
        options.path = path;
        options.strict = strict;
        Error error;
        const auto report = ImportService(*m_admin).importChats(options, {}, &error);
        if (report)
            return *report;
        qWarning() << error.message;
        ImportReport failed;
        failed.imported = -1;
        return failed;
    }

    QStringList rejections(const ImportReport& report)
    {
        QStringList out;
        for (const ImportRejection& r : report.rejections)
            out << QStringLiteral("%1:%2: %3").arg(r.file).arg(r.line).arg(r.reason);
        return out;
    }

    QStringList notes(const ImportReport& report, ImportNote::Kind kind)
    {
        QStringList out;
        for (const ImportNote& n : report.notes) {
            if (n.kind == kind)
                out << QStringLiteral("%1:%2: %3").arg(n.file).arg(n.line).arg(n.message);
        }
        return out;
    }

    QString writeFile(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_paths = RegisterPaths{m_dir->filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        m_admin = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                 fastOptions(), &error);
        QVERIFY2(m_admin, qPrintable(error.message));
    }
    void cleanup()
    {
        m_admin.reset();
        m_dir.reset();
    }

    void everyLayout()
    {
        qint64 total = 0;
        for (const char* name :
             {"master-16.csv", "master-17.csv", "master-18.csv", "master-21.csv"}) {
            const ImportReport r = importCdr(fixture(name));
            QVERIFY2(r.rejections.isEmpty(), qPrintable(rejections(r).join(QLatin1Char('\n'))));
            total += r.imported;
        }
        QCOMPARE(total, 7);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls")), 7);
        QSqlQuery q(m_admin->db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT c.direction, c.caller, s.number, qu.name, a.name, c.started_at,"
            " c.answered_at, c.disposition, c.id FROM calls c"
            " LEFT JOIN service_numbers s ON s.id = c.service_number_id"
            " LEFT JOIN queues qu ON qu.id = c.queue_id LEFT JOIN agents a ON a.id = c.agent_id"
            " WHERE c.unique_id = '1714813200.21'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("inbound"));
        // Everyone reads the masked number; the full one opens with the identifiers key.
        QCOMPARE(q.value(1).toString(), QStringLiteral("+358 40 *****23"));
        QCOMPARE(openedCaller(*m_admin, q.value(8).toLongLong()), QStringLiteral("+358401112223"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("+358201234567"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("sales"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("pekka"));
        QCOMPARE(q.value(5).toLongLong(),
                 QDateTime(QDate(2024, 5, 4), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(q.value(7).toString(), QStringLiteral("ANSWERED"));
        // The unanswered call has no answer time; every row is keyed by its row key.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls WHERE answered_at IS NULL")), 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls WHERE source_id LIKE 'cdr:%'")),
                 7);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls WHERE unique_id = ''")), 2);
    }

    void badRowsAreReportedAndGoodOnesImported()
    {
        const ImportReport r = importCdr(fixture("malformed.csv"));
        // The unknown disposition is imported as written, with a warning.
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.rowsRead, r.imported + r.skipped + r.rejected);
        QCOMPARE(r.noteGroups.value(QStringLiteral("odd values, imported as written")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls WHERE disposition = 'HUNG UP'")),
                 1);
        QCOMPARE(rejections(r),
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

    void importingTwiceAddsNothing()
    {
        const ImportReport first = importCdr(fixture("master-21.csv"));
        QCOMPARE(first.imported, 2);
        const ImportReport second = importCdr(fixture("master-21.csv"));
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.skipped, 2);
        const ImportReport digests1 = importCdr(fixture("master-16.csv"));
        const ImportReport digests2 = importCdr(fixture("master-16.csv"));
        QCOMPARE(digests1.imported, 2);
        QCOMPARE(digests2.skipped, 2); // no uniqueid: the row digest is the source id
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls")), 4);
        QCOMPARE(importChats(fixture("chats.jsonl")).imported, 4);
        const ImportReport chatsAgain = importChats(fixture("chats.jsonl"));
        QCOMPARE(chatsAgain.imported, 0);
        QCOMPARE(chatsAgain.skipped, 4);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 7);
        // Four callers of master-16/21 and the two people of the chats; one of them called
        // too (+358407654321), so the chat joined the caller's subject.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM subjects")), 5);
    }

    void strictLeavesNothing()
    {
        const QString recordings = m_dir->filePath(QStringLiteral("rec"));
        writeFile(recordings + QStringLiteral("/in-1-2-20240506-100000-1714978800.1.wav"),
                  makeWav(1, 1, 8000, 16, 0.5));
        const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const ImportReport r = importCdr(fixture("malformed.csv"), recordings, true);
        QVERIFY(r.strictAborted);
        QCOMPARE(r.imported, 0);
        QCOMPARE(rejections(r), QStringList{QStringLiteral(
                                    "malformed.csv:2: expected 16 to 21 columns, found 12")});
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recordings")), 0);
        // The recording of line 1 was written before line 2 failed; it is gone again.
        QCOMPARE(QDir(m_paths.recordings()).entryList(QDir::Files).size(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 1);

        const ImportReport chats = importChats(fixture("chats-invalid.jsonl"), true);
        QVERIFY(chats.strictAborted);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM chats")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM subjects")), 0);
    }

    void recordingsAreAttached()
    {
        const QString dir = m_dir->filePath(QStringLiteral("monitor"));
        const QByteArray stereo = makeWav(1, 2, 8000, 16, 1.5);
        writeFile(dir + QStringLiteral("/2024/05/03/out-0501234567-201-20240503-090000-"
                                       "1714716000.11.wav"),
                  stereo);
        writeFile(dir + QStringLiteral("/in-202-201-20240503-091000-1714716600.12.wav"),
                  makeWav(1, 1, 16000, 16, 5.0, 44 + 80000));
        writeFile(dir + QStringLiteral("/in-0201234567-0407654321-20240505-080000-"
                                       "1714885200.31.wav"),
                  makeWav(7, 1, 8000, 8, 2.0));
        writeFile(dir + QStringLiteral("/in-0201234567-0407654322-20240505-081000-"
                                       "1714885800.32.wav"),
                  QByteArrayLiteral("not audio at all\n").repeated(100));
        // A recording that cannot be used costs its call nothing: the call is imported, the
        // recording reported with the file and the reason, and the call says so.
        ImportReport r = importCdr(fixture("master-17.csv"), dir);
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.recordings, 1);
        QVERIFY(r.rejections.isEmpty());
        QCOMPARE(r.recordingCounts.unusable, 1);
        QCOMPARE(notes(r, ImportNote::Kind::Recording),
                 QStringList{QStringLiteral(
                     "master-17.csv:2: recording in-202-201-20240503-091000-1714716600.12.wav: "
                     "the data chunk is cut short (expected 160000 bytes, found 80000)")});
        QCOMPARE(count(QStringLiteral("SELECT recording_status FROM calls WHERE unique_id = "
                                      "'1714716600.12'")),
                 int(RecordingState::Unusable));
        r = importCdr(fixture("master-21.csv"), dir);
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.recordings, 1);
        QCOMPARE(r.recordingCounts.unusable, 1);
        const QStringList unusable = notes(r, ImportNote::Kind::Recording);
        QCOMPARE(unusable.size(), 1);
        QVERIFY2(unusable.at(0).startsWith(QStringLiteral(
                     "master-21.csv:3: recording "
                     "in-0201234567-0407654322-20240505-081000-1714885800.32.wav: ")),
                 qPrintable(unusable.at(0)));

        QSqlQuery q(m_admin->db());
        QVERIFY(q.exec(QStringLiteral("SELECT r.id, r.codec, r.channels, r.duration_ms FROM "
                                      "recordings r JOIN calls c ON c.id = r.call_id"
                                      " WHERE c.unique_id = '1714716000.11'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("pcm_s16le"));
        QCOMPARE(q.value(2).toInt(), 2);
        QCOMPARE(q.value(3).toLongLong(), 1500);
        Error error;
        const auto audio = readRecording(*m_admin, q.value(0).toLongLong(), &error);
        QVERIFY2(audio, qPrintable(error.message));
        QCOMPARE(*audio, stereo);
        QCOMPARE(QDir(m_paths.recordings()).entryList(QDir::Files).size(), 2);
    }

    void ambiguousRecordingKeepsTheCall()
    {
        // Two files name the uniqueid and carry no time to tell them apart: the call is
        // imported, its recording marked and reported with both names.
        const QString dir = m_dir->filePath(QStringLiteral("monitor"));
        writeFile(dir + QStringLiteral("/in-a-1714813200.21.wav"), makeWav(1, 1, 8000, 16, 0.1));
        writeFile(dir + QStringLiteral("/out-b-1714813200.21.wav"), makeWav(1, 1, 8000, 16, 0.1));
        const ImportReport r = importCdr(fixture("master-18.csv"), dir);
        QCOMPARE(r.imported, 1);
        QVERIFY(r.rejections.isEmpty());
        QCOMPARE(notes(r, ImportNote::Kind::Recording),
                 QStringList{QStringLiteral(
                     "master-18.csv:1: 2 recordings match the call and the times in their names "
                     "do not tell which is its own: in-a-1714813200.21.wav, "
                     "out-b-1714813200.21.wav")});
        QCOMPARE(count(QStringLiteral("SELECT recording_issue = 'ambiguous' FROM calls")), 1);
    }

    void rowsImportedByTallenne01AreRecognised()
    {
        // 0.1 keyed a row by its uniqueid and skipped a second leg with the same one. After
        // the upgrade, importing the file again re-keys the call it has and adds the leg it
        // lost, not a duplicate.
        QSqlQuery q(m_admin->db());
        // As schema step 5 marks a register that had calls.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO tallenne_meta (name, value) VALUES ('legacy_call_keys', '1')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO calls (source_id, started_at, duration_s, direction, caller, disposition,"
            " conversation) VALUES ('1714647600.71', 1714658400, 185, 'inbound',"
            " '+358401112239', 'ANSWERED', '1714647600.71')")));
        const ImportReport r =
            importCdr(QStringLiteral(TALLENNE_TEST_DATA "/cases/cdr-same-uniqueid-two-legs.csv"));
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.imported, 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls WHERE source_id LIKE 'cdr:%'"
                                      " AND sequence IS NOT NULL")),
                 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT conversation) FROM calls")), 1);
        // And again: both found by their row keys.
        QCOMPARE(
            importCdr(QStringLiteral(TALLENNE_TEST_DATA "/cases/cdr-same-uniqueid-two-legs.csv"))
                .skipped,
            2);
    }

    void controlCharactersInChats()
    {
        const QString path = writeFile(
            m_dir->filePath(QStringLiteral("ctl.jsonl")),
            QByteArray("\xEF\xBB\xBF") + // a byte order mark
                "{\"id\":\"ctl-1\",\"started\":\"2024-06-01T10:00:00Z\",\"nickname\":"
                "\"Maija\\u0000\",\"messages\":[{\"time\":\"2024-06-01T10:00:01Z\",\"sender\":"
                "\"customer\",\"text\":\"Hei\\u0000maailma\\r\\nrivi\\u0007\"}],\"subject\":{"
                "\"name\":"
                "\"Maija\\u0000 Meikäläinen\"}}\n"
                // Bytes that are not UTF-8 (Latin-1 ä) in a chat line.
                "{\"id\":\"ctl-2\",\"started\":\"2024-06-01T10:00:00Z\",\"messages\":[{\"time\":"
                "\"2024-06-01T10:00:01Z\",\"sender\":\"customer\",\"text\":\"p\xe4iv\xe4\"}]}\n");
        const ImportReport r = importChats(path);
        QVERIFY2(r.rejections.isEmpty(), qPrintable(rejections(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.rowsRead, 2);
        QSqlQuery q(m_admin->db());
        QVERIFY(q.exec(QStringLiteral("SELECT m.text, c.nickname, c.id FROM chat_messages m"
                                      " JOIN chats c ON c.id = m.chat_id ORDER BY c.source_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Hei\uFFFDmaailma\nrivi"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("M."));
        QCOMPARE(openedNickname(*m_admin, q.value(2).toLongLong()), QStringLiteral("Maija"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("p\uFFFDiv\uFFFD"));
        // Both words stay searchable on their own.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM chat_messages_fts WHERE "
                                      "chat_messages_fts MATCH 'maailma'")),
                 1);
        QCOMPARE(identifierCount(*m_admin, IdentifierKind::Name,
                                 QStringLiteral("Maija\uFFFD Meikäläinen")),
                 1);
        QCOMPARE(r.noteGroups.size(), 2);
    }

    void chatsLinkSubjects()
    {
        const ImportReport r = importChats(fixture("chats.jsonl"));
        QVERIFY(r.rejections.isEmpty());
        QCOMPARE(r.imported, 4);
        QCOMPARE(r.subjectsCreated, 2);
        // web-1001 and web-1002 share the e-mail address: one subject, both chats.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT subject_id) FROM chats WHERE "
                                      "source_id IN ('web-1001', 'web-1002')")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM chats WHERE subject_id IS NULL")), 1);
        QCOMPARE(
            identifierCount(*m_admin, IdentifierKind::IdentityCode, QStringLiteral("131052-308T")),
            1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM chat_messages_fts WHERE "
                                      "chat_messages_fts MATCH 'kuittivirhe'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE chat_id = "
                                      "(SELECT id FROM chats WHERE source_id = 'web-1002')")),
                 3);

        // A restricted subject's new chats are restricted too.
        QVERIFY(m_admin->db()
                    .exec(QStringLiteral("UPDATE subjects SET restricted = 1"))
                    .lastError()
                    .type() == QSqlError::NoError);
        const QString more = writeFile(
            m_dir->filePath(QStringLiteral("more.jsonl")),
            "{\"id\":\"web-9\",\"started\":\"2024-06-01T10:00:00Z\",\"messages\":[],"
            "\"subject\":{\"phone\":\"+358501112233\"}}\n"
            // The phone belongs to one subject, the e-mail to another: refused.
            "{\"id\":\"web-10\",\"started\":\"2024-06-01T10:00:00Z\",\"messages\":[],"
            "\"subject\":{\"phone\":\"+358501112233\",\"email\":\"liisa.virtanen@example.fi\"}}"
            "\n");
        const ImportReport second = importChats(more);
        QCOMPARE(second.imported, 1);
        QCOMPARE(rejections(second),
                 QStringList{QStringLiteral("more.jsonl:2: subject: the identifiers belong to "
                                            "different data subjects in the register")});
        QCOMPARE(count(QStringLiteral("SELECT restricted FROM chats WHERE source_id = 'web-9'")),
                 1);
    }

    void onlyAdministratorsImport()
    {
        Error error;
        QVERIFY(UserService(*m_admin).add(QStringLiteral("quinn"), Role::PrivacyOfficer,
                                          secret("privacy-violet-tram-harbour"), &error));
        auto officer =
            Session::login(m_paths, QStringLiteral("quinn"), secret("privacy-violet-tram-harbour"),
                           m_clock, fastOptions(), &error);
        QVERIFY(officer);
        AsteriskImportOptions options;
        options.cdrPath = fixture("master-16.csv");
        QVERIFY(!ImportService(*officer).importAsterisk(options, {}, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        ChatImportOptions chats;
        chats.path = fixture("chats.jsonl");
        QVERIFY(!ImportService(*officer).importChats(chats, {}, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'permission.denied'")),
                 2);
    }

    void auditHoldsCountsOnly()
    {
        QCOMPARE(importCdr(fixture("master-16.csv")).imported, 2);
        QCOMPARE(importChats(fixture("chats.jsonl")).imported, 4);
        QSqlQuery q(m_admin->db());
        QVERIFY(q.exec(QStringLiteral("SELECT action, object, details FROM audit_log WHERE "
                                      "action LIKE 'import.%' ORDER BY seq")));
        QStringList actions;
        while (q.next()) {
            actions << q.value(0).toString();
            const QString all = q.value(1).toString() + q.value(2).toString();
            QVERIFY2(!all.contains(QLatin1String("040")) && !all.contains(QLatin1String("358")),
                     qPrintable(all));
            QVERIFY(q.value(2).toString().contains(QLatin1String("imported=")));
        }
        QCOMPARE(actions,
                 QStringList({QStringLiteral("import.asterisk"), QStringLiteral("import.chats")}));
    }

    void batchesCommitInTurn()
    {
        // 7 rows in batches of 3: three batch entries, all rows in.
        QFile f(fixture("master-17.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray row = f.readLine();
        QByteArray many;
        for (int i = 0; i < 7; ++i)
            many += QByteArray(row).replace("1714716000.11", "batch." + QByteArray::number(i));
        const QString path = writeFile(m_dir->filePath(QStringLiteral("Master.csv")), many);
        AsteriskImportOptions options;
        options.cdrPath = path;
        options.batchSize = 3;
        QList<qint64> progressRows;
        Error error;
        const auto r = ImportService(*m_admin).importAsterisk(
            options, [&](const ImportProgress& p) { progressRows << p.rowsDone; }, &error);
        QVERIFY2(r, qPrintable(error.message));
        QCOMPARE(r->imported, 7);
        QVERIFY(!progressRows.isEmpty());
        QCOMPARE(progressRows.constLast(), 7);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'import.asterisk'")),
                 3);
    }

    void storageFailureRollsBackTheOpenBatch()
    {
        // A storage failure in the middle (forced by a trigger): the open batch rolls back,
        // its recording files go, and the error comes back.
        QSqlQuery q(m_admin->db());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER test_fail_call BEFORE INSERT ON calls WHEN new.unique_id ="
            " '1714716600.12' BEGIN SELECT RAISE(ABORT, 'forced'); END")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER test_fail_message BEFORE INSERT ON chat_messages WHEN new.text ="
            " 'Tervetuloa' BEGIN SELECT RAISE(ABORT, 'forced'); END")));
        const QString dir = m_dir->filePath(QStringLiteral("monitor"));
        writeFile(dir + QStringLiteral("/out-0501234567-201-20240503-090000-1714716000.11.wav"),
                  makeWav(1, 1, 8000, 16, 0.5));
        AsteriskImportOptions options;
        options.cdrPath = fixture("master-17.csv");
        options.recordingsDir = dir;
        Error error;
        QVERIFY(!ImportService(*m_admin).importAsterisk(options, {}, &error));
        QVERIFY(error.isError());
        ChatImportOptions chats;
        chats.path = fixture("chats.jsonl");
        QVERIFY(!ImportService(*m_admin).importChats(chats, {}, &error));
        QVERIFY(error.isError());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calls")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM chats")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM subjects")), 0);
        QCOMPARE(QDir(m_paths.recordings()).entryList(QDir::Files).size(), 0);
    }

    void noPlaintextOnDisk()
    {
        const QString dir = m_dir->filePath(QStringLiteral("monitor"));
        QByteArray marker = makeWav(1, 1, 8000, 16, 0.5);
        marker.append("VOICEMARKER-31337");
        writeFile(dir + QStringLiteral("/out-0501234567-201-20240503-090000-1714716000.11.wav"),
                  marker);
        for (const char* name :
             {"master-16.csv", "master-17.csv", "master-18.csv", "master-21.csv"})
            QVERIFY(importCdr(fixture(name), dir).imported > 0);
        QCOMPARE(importChats(fixture("chats.jsonl")).imported, 4);
        m_admin.reset(); // closes the database, so everything is flushed
        const QList<QByteArray> needles = {"0401234567",
                                           "+358401234567",
                                           "358401112223",
                                           "0407654321",
                                           "+46812345678",
                                           "131052-308T",
                                           "liisa.virtanen",
                                           "Virtanen",
                                           "Korhonen",
                                           "kuittivirhe",
                                           "laskussani",
                                           "VOICEMARKER-31337",
                                           QStringLiteral("Äijälä").toUtf8(),
                                           QStringLiteral("Mökkiläinen").toUtf8(),
                                           "anna",
                                           "support"};
        for (const QByteArray& needle : needles) {
            QString where;
            QVERIFY2(!anyFileContains(m_paths.folder, needle, &where),
                     qPrintable(QString::fromUtf8(needle) + QStringLiteral(" in ") + where));
        }
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
