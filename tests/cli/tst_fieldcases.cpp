// The field cases of ../shared/cases (copied to tests/data/cases), each through the real
// `tallenne-admin import asterisk` as an administrator would run it: what each row became,
// that every row read is imported, skipped or reported (rows in = imported + skipped +
// rejected, from --json), and that `verify` passes afterwards.

#include "core/RecordingState.h"
#include "storage/RecordingStore.h"
#include "support/AdminProcess.h"
#include "support/TestAudio.h"
#include "support/TestRegister.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
constexpr char officerPassword[] = "privacy officer at the desk";

QString caseFile(const QString& name)
{
    return QStringLiteral(TALLENNE_TEST_DATA "/cases/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestFieldCases : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;

    AdminRun admin(const QStringList& rest)
    {
        return runAdmin(QStringList{QStringLiteral("--register"), m_paths.folder,
                                    QStringLiteral("--user"), QStringLiteral("admin"),
                                    QStringLiteral("--password-stdin")} +
                            rest,
                        QByteArray(adminPassword) + '\n');
    }

    AdminRun officer(const QStringList& rest)
    {
        return runAdmin(QStringList{QStringLiteral("--register"), m_paths.folder,
                                    QStringLiteral("--user"), QStringLiteral("olli"),
                                    QStringLiteral("--password-stdin")} +
                            rest,
                        QByteArray(officerPassword) + '\n');
    }

    /// `import asterisk --json` of a case; checks that every row is accounted for.
    QJsonObject import(const QString& cdr, const QStringList& extra = {}, int expectedCode = 0)
    {
        const AdminRun r =
            admin(QStringList{QStringLiteral("--json"), QStringLiteral("import"),
                              QStringLiteral("asterisk"), QStringLiteral("--cdr"), cdr,
                              QStringLiteral("--timezone"), QStringLiteral("Europe/Helsinki")} +
                  extra);
        if (r.code != expectedCode)
            qWarning() << "exit" << r.code << r.err;
        [&] {
            QCOMPARE(r.code, expectedCode);
        }();
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const auto n = [&o](const char* key) {
            return o.value(QLatin1String(key)).toInteger();
        };
        [&] {
            QVERIFY(n("rows_read") > 0);
            QCOMPARE(n("rows_read"), n("imported") + n("skipped") + n("rejected"));
            QCOMPARE(o.value(QStringLiteral("rejections")).toArray().size(), n("rejected"));
        }();
        return o;
    }

    void addOfficer()
    {
        const AdminRun added =
            runAdmin({QStringLiteral("--register"), m_paths.folder, QStringLiteral("--user"),
                      QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                      QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("olli"),
                      QStringLiteral("--role"), QStringLiteral("privacy-officer")},
                     QByteArray(adminPassword) + '\n' + officerPassword + '\n');
        QVERIFY2(added.code == 0, qPrintable(added.err));
    }

    void verifyPasses()
    {
        const AdminRun r = admin({QStringLiteral("verify")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    std::unique_ptr<Session> login()
    {
        Error error;
        auto s = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                fastOptions(), &error);
        if (!s)
            qWarning() << error.message;
        return s;
    }

    QList<QVariantList> rows(const QString& sql)
    {
        QList<QVariantList> out;
        auto session = login();
        if (!session)
            return out;
        QSqlQuery q(session->db());
        if (!q.exec(sql))
            qWarning() << q.lastError().text();
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }

    /// A folder holding `files` (source path → name there).
    QString folder(const QString& name, const QList<std::pair<QString, QString>>& files)
    {
        const QString dir = m_dir->filePath(name);
        QDir().mkpath(dir);
        for (const auto& [from, to] : files) {
            QFile::remove(dir + QLatin1Char('/') + to);
            if (!QFile::copy(from, dir + QLatin1Char('/') + to))
                qFatal("cannot copy a case file");
            QFile(dir + QLatin1Char('/') + to)
                .setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        return dir;
    }

    QString write(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
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
    }

    void cancelDisposition()
    {
        const QJsonObject o = import(caseFile(QStringLiteral("cdr-cancel-disposition.csv")));
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 1);
        QVERIFY(o.value(QStringLiteral("note_groups")).toObject().isEmpty()); // CANCEL is known
        const auto r = rows(QStringLiteral("SELECT disposition, answered_at IS NULL FROM calls"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).at(0).toString(), QStringLiteral("CANCEL"));
        QVERIFY(r.at(0).at(1).toBool()); // unanswered
        verifyPasses();
    }

    void userFieldIsNotAUniqueId()
    {
        const QString cdr = caseFile(QStringLiteral("cdr-17col-userfield-not-uniqueid.csv"));
        QJsonObject o = import(cdr);
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 2); // two calls, nothing skipped
        QCOMPARE(
            o.value(QStringLiteral("layouts")).toObject().value(QStringLiteral("loguserfield")), 2);
        o = import(cdr); // a second import finds both
        QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 2);
        QCOMPARE(
            rows(QStringLiteral("SELECT count(*) FROM calls WHERE unique_id = ''")).at(0).at(0), 2);
        verifyPasses();
    }

    void nineteenColumns()
    {
        const QString cdr = caseFile(QStringLiteral("cdr-19-columns.csv"));
        // Said outright, a layout that does not fit refuses the row with the reason (exit 5).
        QJsonObject o = import(cdr, {QStringLiteral("--layout"), QStringLiteral("loguniqueid")}, 5);
        QCOMPARE(o.value(QStringLiteral("rejections"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("expected 17 columns (layout loguniqueid), found 19"));
        o = import(cdr, {QStringLiteral("--layout"), QStringLiteral("newcdrcolumns")});
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 1);
        const auto r = rows(QStringLiteral("SELECT linked_id, sequence, conversation FROM calls"));
        QCOMPARE(r.at(0).at(0).toString(), QStringLiteral("1714640400.51"));
        QCOMPARE(r.at(0).at(1).toInt(), 1);
        QCOMPARE(r.at(0).at(2).toString(), QStringLiteral("1714640400.51"));
        // Told by content, the same row is found again.
        QCOMPARE(import(cdr).value(QStringLiteral("skipped")).toInt(), 1);
        verifyPasses();
    }

    void twoLegsOneUniqueId()
    {
        const QString dir = caseFile(QStringLiteral("same-uniqueid-rec"));
        const QJsonObject o = import(caseFile(QStringLiteral("cdr-same-uniqueid-two-legs.csv")),
                                     {QStringLiteral("--recordings"), dir});
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("recordings_attached")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("recordings_unusable")).toInt(), 0);
        // Each leg has its own recording: the file whose name starts in its time.
        auto session = login();
        QVERIFY(session);
        QSqlQuery q(session->db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT c.sequence, a.name, r.id, c.conversation FROM calls c JOIN agents a ON a.id ="
            " c.agent_id JOIN recordings r ON r.call_id = c.id ORDER BY c.sequence")));
        const QStringList files = {
            QStringLiteral("in-0201234567-0401112239-20240502-140000-1714647600.71.wav"),
            QStringLiteral("external-pekka-0401112239-20240502-140305-1714647600.71.wav")};
        const QStringList agents = {QStringLiteral("anna"), QStringLiteral("pekka")};
        int legs = 0;
        QSet<QString> conversations;
        while (q.next()) {
            QCOMPARE(q.value(1).toString(), agents.at(legs));
            Error error;
            const auto audio = readRecording(*session, q.value(2).toLongLong(), &error);
            QVERIFY2(audio, qPrintable(error.message));
            QCOMPARE(*audio, readAll(dir + QLatin1Char('/') + files.at(legs)));
            conversations << q.value(3).toString();
            ++legs;
        }
        QCOMPARE(legs, 2);
        QCOMPARE(conversations.size(), 1); // one conversation, two legs
        session.reset();
        verifyPasses();
    }

    void internationalWithoutPlus()
    {
        const QJsonObject o = import(caseFile(QStringLiteral("cdr-src-358-without-plus.csv")));
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 1);
        // The report says how the number was read.
        const QJsonArray notes = o.value(QStringLiteral("notes")).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("number"));
        // On disk the masked form only; the officer's list opens it in full.
        QCOMPARE(rows(QStringLiteral("SELECT caller FROM calls")).at(0).at(0).toString(),
                 QStringLiteral("+358 40 *****41"));
        // Found by the national form and by the trunk's form.
        addOfficer();
        for (const QString& phone : {QStringLiteral("040 111 2241"), QStringLiteral("358401112241"),
                                     QStringLiteral("+358 (0)40 111 2241")}) {
            const AdminRun r = officer({QStringLiteral("--json"), QStringLiteral("calls"),
                                        QStringLiteral("list"), QStringLiteral("--phone"), phone});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.at(0).toObject().value(QStringLiteral("caller")).toString(),
                     QStringLiteral("+358401112241"));
        }
        verifyPasses();
    }

    void systemNamePrefixAndMissingRecording()
    {
        // The row's uniqueid and the file name carry `pbx1-`: the recording is attached.
        QJsonObject o =
            import(caseFile(QStringLiteral("cdr-systemname-uniqueid.csv")),
                   {QStringLiteral("--recordings"), caseFile(QStringLiteral("systemname-rec"))});
        QCOMPARE(o.value(QStringLiteral("recordings_attached")).toInt(), 1);
        // An answered call whose recording is not in the folder: the report says so.
        const QString cdr =
            write(QStringLiteral("Master.csv"),
                  "\"\",\"0401112281\",\"0201234567\",\"from-trunk\",\"\",\"PJSIP/trunk-1\","
                  "\"PJSIP/anna-2\",\"Queue\",\"support\",\"2024-05-06 10:00:00\",\"2024-05-06 "
                  "10:00:05\",\"2024-05-06 10:00:15\",15,10,\"ANSWERED\",\"DOCUMENTATION\","
                  "\"pbx1-1714978800.8\"\n");
        const AdminRun r =
            admin({QStringLiteral("import"), QStringLiteral("asterisk"), QStringLiteral("--cdr"),
                   cdr, QStringLiteral("--recordings"), caseFile(QStringLiteral("systemname-rec")),
                   QStringLiteral("--verbose")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("answered calls without a file 1;")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("Master.csv:1: recording: answered, and no "
                                               "recording file names its uniqueid "
                                               "pbx1-1714978800.8")),
                 qPrintable(r.err));
        QCOMPARE(rows(QStringLiteral("SELECT recording_status FROM calls WHERE unique_id ="
                                     " 'pbx1-1714978800.8'"))
                     .at(0)
                     .at(0)
                     .toInt(),
                 int(RecordingState::Missing));
        verifyPasses();
    }

    void recordingStillBeingWritten()
    {
        const QString cdr = caseFile(QStringLiteral("cdr-recording-still-open.csv"));
        const QString name =
            QStringLiteral("in-0201234567-0401112290-20240507-090000-1715061600.9.wav");
        // While MixMonitor writes: the call is imported, the 3 s file is not its recording.
        const QString monitor = folder(QStringLiteral("monitor"),
                                       {{caseFile(QStringLiteral("midcall-rec/")) + name, name}});
        QJsonObject o = import(cdr, {QStringLiteral("--recordings"), monitor});
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("recordings_pending")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("recordings")).toInt(), 0);
        auto r = rows(QStringLiteral("SELECT recording_status, recording_found_ms, (SELECT"
                                     " count(*) FROM recordings) FROM calls"));
        QCOMPARE(r.at(0).at(0).toInt(), int(RecordingState::Pending));
        QCOMPARE(r.at(0).at(1).toInt(), 3000);
        QCOMPARE(r.at(0).at(2).toInt(), 0);
        verifyPasses();
        // Later the finished file is there: the next import attaches it to the call.
        folder(QStringLiteral("monitor"),
               {{caseFile(QStringLiteral("midcall-rec-later/")) + name, name}});
        o = import(cdr, {QStringLiteral("--recordings"), monitor});
        QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("recordings_attached_later")).toInt(), 1);
        r = rows(QStringLiteral("SELECT c.recording_status, r.duration_ms FROM calls c JOIN"
                                " recordings r ON r.call_id = c.id"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).at(0).toInt(), int(RecordingState::Attached));
        QCOMPARE(r.at(0).at(1).toInt(), 20000);
        // And a third import changes nothing.
        o = import(cdr, {QStringLiteral("--recordings"), monitor});
        QCOMPARE(o.value(QStringLiteral("recordings")).toInt(), 0);
        verifyPasses();
    }

    void crashedWriterTakenWhenAsked()
    {
        // The 3 s file of a 20 s call whose writer will never finish it: kept with
        // --take-incomplete, repaired, and the report says how little it holds.
        const QString name =
            QStringLiteral("in-0201234567-0401112290-20240507-090000-1715061600.9.wav");
        const QString monitor = folder(QStringLiteral("crashed"),
                                       {{caseFile(QStringLiteral("midcall-rec/")) + name, name}});
        const QJsonObject o =
            import(caseFile(QStringLiteral("cdr-recording-still-open.csv")),
                   {QStringLiteral("--recordings"), monitor, QStringLiteral("--take-incomplete")});
        QCOMPARE(o.value(QStringLiteral("recordings_attached")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("recordings_pending")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("recordings_repaired")).toInt(), 1);
        QVERIFY2(QJsonDocument(o).toJson().contains("taken although it holds only 3.0 s of a 20 s "
                                                    "call (--take-incomplete)"),
                 QJsonDocument(o).toJson().constData());
        QCOMPARE(rows(QStringLiteral("SELECT duration_ms FROM recordings")).at(0).at(0).toInt(),
                 3000);
        verifyPasses();
    }

    // WAV files in the states real writers leave them: each attached to an answered call of
    // its length, with the header repaired where it had no sizes.
    void recordingFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<bool>("repaired");
        QTest::newRow("sizes 0, 2 s") << "wav-unfinalized-size0-has-2s-audio.wav"
                                      << "pcm_s16le" << true;
        QTest::newRow("sizes 0xFFFFFFFF") << "wav-streamed-size-ffffffff.wav"
                                          << "pcm_s16le" << true;
        QTest::newRow("WAV49 GSM 6.10") << "wav49-gsm610-asterisk-WAV.WAV"
                                        << "gsm_ms" << false;
        QTest::newRow("24-bit extensible") << "wav-pcm24-extensible.wav"
                                           << "pcm_s24le" << false;
    }
    void recordingFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, codec);
        QFETCH(bool, repaired);
        const QString suffix = file.mid(file.lastIndexOf(QLatin1Char('.')));
        const QString monitor = folder(
            QStringLiteral("monitor"),
            {{caseFile(QStringLiteral("files/")) + file,
              QStringLiteral("in-0201234567-0401112299-20240508-100000-1715151600.5") + suffix}});
        const QString cdr =
            write(QStringLiteral("Master.csv"),
                  "\"\",\"0401112299\",\"0201234567\",\"from-trunk\",\"\",\"PJSIP/trunk-1\","
                  "\"PJSIP/anna-2\",\"Queue\",\"support\",\"2024-05-08 10:00:00\",\"2024-05-08 "
                  "10:00:00\",\"2024-05-08 10:00:02\",2,2,\"ANSWERED\",\"DOCUMENTATION\","
                  "\"1715151600.5\"\n");
        const QJsonObject o = import(cdr, {QStringLiteral("--recordings"), monitor});
        QCOMPARE(o.value(QStringLiteral("recordings_attached")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("recordings_repaired")).toInt(), repaired ? 1 : 0);
        const auto r = rows(QStringLiteral("SELECT codec, duration_ms FROM recordings"));
        QCOMPARE(r.at(0).at(0).toString(), codec);
        QVERIFY2(std::abs(r.at(0).at(1).toInt() - 2000) <= 25,
                 qPrintable(r.at(0).at(1).toString()));
        verifyPasses();
    }

    void subjectFindShowsCallsAndChats()
    {
        addOfficer();
        const QString dir = caseFile(QStringLiteral("subject-find-shows-no-calls"));
        QCOMPARE(
            import(dir + QStringLiteral("/Master.csv")).value(QStringLiteral("imported")).toInt(),
            1);
        const AdminRun chats = admin({QStringLiteral("import"), QStringLiteral("chats"),
                                      dir + QStringLiteral("/chats.jsonl")});
        QVERIFY2(chats.code == 0, qPrintable(chats.err));
        const AdminRun found =
            officer({QStringLiteral("--json"), QStringLiteral("subject"), QStringLiteral("find"),
                     QStringLiteral("--phone"), QStringLiteral("010 111 2251")});
        QVERIFY2(found.code == 0, qPrintable(found.err));
        const QJsonArray subjects = QJsonDocument::fromJson(found.out.toUtf8()).array();
        QCOMPARE(subjects.size(), 1);
        const QJsonObject s = subjects.at(0).toObject();
        QCOMPARE(s.value(QStringLiteral("calls")).toArray().size(), 1);
        QCOMPARE(s.value(QStringLiteral("chats")).toArray().size(), 1);
        verifyPasses();
    }
};

QTEST_MAIN(TestFieldCases)
#include "tst_fieldcases.moc"
