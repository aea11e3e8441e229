// The copy a data subject gets (issue [11]): `subject export` against a real register with a
// profile, recordings and a chat. Refused before identity is verified, for every role but the
// privacy officer, and for a way of delivery the profile does not list, each refusal audited;
// then the ZIP read back with libzip: data.json valid against docs/subject-export.schema.json,
// report.pdf in the requester's language (pdftotext), every recording with the samples that
// were imported, the transcripts, an excluded call left out, a passphrase needed when one was
// given, the ZIP's SHA-256 in the audit trail, and nothing left behind after a failure.

#include "services/ProfileService.h"
#include "services/UserService.h"
#include "services/audio/AudioDecoder.h"
#include "services/keys/FieldCrypto.h"
#include "services/requests/AccessRequestService.h"
#include "services/requests/SubjectExportService.h"
#include "storage/AuditLog.h"
#include "storage/CallRepository.h"
#include "storage/RecordingStore.h"
#include "storage/SubjectRepository.h"
#include "storage/TagRepository.h"
#include "support/ExportPackage.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#include <zip.h>

using namespace tallenne;
using namespace tallenne::test;

namespace {
const QString subjectPhone = QStringLiteral("+358401234567");
const QString subjectEmail = QStringLiteral("maija.virtanen@example.com");
constexpr qint64 chatId = 501;

} // namespace

class TestSubjectExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_subject = 0;
    QList<qint64> m_calls; ///< two kept, the third excluded from the request
    QMap<qint64, QByteArray> m_audio;
    qint64 m_request = 0;

    std::unique_ptr<Session> loginAs(const QString& name)
    {
        Error error;
        const QByteArray password = name == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : name.toUtf8() + "-violet-tram-harbour";
        auto session = Session::login(m_paths, name, secret(password.constData()), m_clock,
                                      fastOptions(), &error);
        if (!session)
            qWarning() << error.message;
        return session;
    }

    static qsizetype count(Session& session, const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        filter.limit = 100000;
        return AuditLog(session.db()).list(filter, nullptr).size();
    }

    QString out(const QString& name) const { return m_dir.filePath(name); }

    /// Names in the output folder besides the register: a failed export leaves none.
    QStringList strayFiles() const
    {
        QStringList names = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        names.removeIf([](const QString& n) { return n.startsWith(QLatin1String("ok-")); });
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock.set(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        for (Role role : {Role::QualityManager, Role::Trainer, Role::PrivacyOfficer}) {
            const QByteArray password = RoleNames::id(role).toUtf8() + "-violet-tram-harbour";
            QVERIFY2(UserService(*admin).add(RoleNames::id(role), role,
                                             secret(password.constData()), &error),
                     qPrintable(error.message));
        }
        QStringList warnings;
        // nordic-helpdesk hands copies over by post or electronically, never in person.
        QVERIFY2(ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                            &warnings, &error),
                 qPrintable(error.message));

        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        SubjectRepository subjects(po->db());
        m_subject = *subjects.create(m_clock.nowUtc(), &error);
        QVERIFY(addIdentifier(*po, m_subject, IdentifierKind::Phone, subjectPhone, &error));
        QVERIFY(addIdentifier(*po, m_subject, IdentifierKind::Email, subjectEmail, &error));
        // Three calls with real recordings: stereo, mono at 16 kHz, and one to exclude.
        const QList<std::pair<QByteArray, AudioInfo>> recordings = {
            {toneWav(1500, 8000, 2), AudioInfo{QStringLiteral("pcm_s16le"), 2, 8000, 1500}},
            {toneWav(700, 16000, 1, 0.5, 0.0, 300.0),
             AudioInfo{QStringLiteral("pcm_s16le"), 1, 16000, 700}},
            {toneWav(400, 8000, 1), AudioInfo{QStringLiteral("pcm_s16le"), 1, 8000, 400}},
        };
        for (int i = 0; i < recordings.size(); ++i) {
            const auto id = addCall(*po, QStringLiteral("export-%1").arg(i), recordings[i].first,
                                    recordings[i].second, false);
            QVERIFY(id);
            m_calls << *id;
            m_audio.insert(*id, recordings[i].first);
            QVERIFY(
                execSql(po->db(),
                        QStringLiteral("UPDATE calls SET caller = ?, subject_id = ? WHERE id = ?"),
                        {subjectPhone, m_subject, *id}));
        }
        const qint64 start = m_clock.nowUtc().addDays(-2).toSecsSinceEpoch();
        QVERIFY(execSql(po->db(),
                        QStringLiteral("INSERT INTO chats (id, source_id, started_at, ended_at,"
                                       " nickname, channel, subject_id) VALUES (?, 'export-chat',"
                                       " ?, ?, 'Maija Virtanen', 'web', ?)"),
                        {chatId, start, start + 300, m_subject}));
        QVERIFY(execSql(po->db(),
                        QStringLiteral("INSERT INTO chat_messages (chat_id, seq, sent_at, sender,"
                                       " text) VALUES (?, 1, ?, 'customer', ?), (?, 2, ?, 'agent',"
                                       " 'Tarkistan asian.')"),
                        {chatId, start + 10,
                         QStringLiteral("Hei, olen Maija Virtanen ja numeroni on 040 123 4567."),
                         chatId, start + 40}));
        QVERIFY(sealPlainRows(*po));
        TagRecord tag;
        tag.callId = m_calls[0];
        tag.startMs = 200;
        tag.endMs = 900;
        tag.note = QStringLiteral("asiakas kiitti");
        tag.createdBy = QStringLiteral("trainer");
        tag.createdAt = m_clock.nowUtc();
        QVERIFY(TagRepository(po->db()).insert(tag, &error));

        NewAccessRequest request;
        request.kind = RequestKind::Access;
        request.channel = RequestChannel::Letter;
        request.receivedAt = m_clock.nowUtc();
        request.identifierKind = IdentifierKind::Phone;
        request.identifier = QStringLiteral("040 123 4567");
        const auto id = AccessRequestService(*po).open(request, &error);
        QVERIFY2(id, qPrintable(error.message));
        m_request = *id;
    }

    void refusedBeforeVerification()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const qsizetype refusals = count(*po, QStringLiteral("request.refused"));
        SubjectExportOptions options;
        options.outPath = out(QStringLiteral("early.zip"));
        options.delivery = QStringLiteral("electronic");
        Error error;
        QVERIFY(!SubjectExportService(*po).exportPackage(m_request, options, {}, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QCOMPARE(exitCodeFor(error.kind), 6);
        QCOMPARE(count(*po, QStringLiteral("request.refused")), refusals + 1);
        QVERIFY(!QFile::exists(options.outPath));
        QCOMPARE(count(*po, QStringLiteral("subject.export")), 0);

        // The plan says what would be handed over, and that it cannot be yet.
        const auto plan = SubjectExportService(*po).plan(m_request, options, &error);
        QVERIFY2(plan, qPrintable(error.message));
        QVERIFY(!plan->verified);
        QCOMPARE(plan->callIds.size(), 3);
        QCOMPARE(plan->recordings, 3);
        QCOMPARE(plan->chatIds, QList<qint64>{chatId});
        QCOMPARE(plan->delivery, QStringLiteral("electronic"));
        QVERIFY(!QFile::exists(options.outPath));
    }

    void deniedRoles_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("quality manager") << QStringLiteral("quality-manager");
        QTest::newRow("trainer") << QStringLiteral("trainer");
        QTest::newRow("administrator") << QStringLiteral("admin");
    }

    void deniedRoles()
    {
        QFETCH(QString, user);
        auto session = loginAs(user);
        QVERIFY(session);
        const qsizetype denied = count(*session, QStringLiteral("permission.denied"));
        SubjectExportOptions options;
        options.outPath = out(QStringLiteral("denied.zip"));
        Error error;
        QVERIFY(!SubjectExportService(*session).exportPackage(m_request, options, {}, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!SubjectExportService(*session).plan(m_request, options, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QCOMPARE(count(*session, QStringLiteral("permission.denied")), denied + 2);
        QVERIFY(!QFile::exists(options.outPath));
    }

    void verifyAndExclude()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        IdentityCheck check;
        check.method = VerificationMethod::SignedRequest;
        check.detail = QStringLiteral("letter 2026/114");
        Error error;
        AccessRequestService requests(*po);
        QVERIFY2(requests.verifyIdentity(m_request, check, &error), qPrintable(error.message));
        QVERIFY2(
            requests.setIncluded(m_request, RequestItem::Kind::Call, m_calls[2], false, &error),
            qPrintable(error.message));
    }

    void deliveryNotInProfile()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const qsizetype refusals = count(*po, QStringLiteral("request.refused"));
        SubjectExportOptions options;
        options.outPath = out(QStringLiteral("in-person.zip"));
        options.delivery = QStringLiteral("in-person");
        Error error;
        QVERIFY(!SubjectExportService(*po).exportPackage(m_request, options, {}, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QCOMPARE(count(*po, QStringLiteral("request.refused")), refusals + 1);
        QVERIFY(!QFile::exists(options.outPath));
    }

    void exportFinnish()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        SubjectExportOptions options;
        options.outPath = out(QStringLiteral("ok-fi.zip"));
        options.language = NoticeLanguage::Finnish;
        options.delivery = QStringLiteral("postal-address");
        double last = -1;
        int calls = 0;
        Error error;
        const auto result = SubjectExportService(*po).exportPackage(
            m_request, options,
            [&](double fraction) {
                last = fraction;
                ++calls;
                return true;
            },
            &error);
        QVERIFY2(result, qPrintable(error.message));
        QVERIFY(calls > 0);
        QCOMPARE(last, 1.0);
        QVERIFY(!result->encrypted);
        QCOMPARE(result->plan.excluded, 1);
        QVERIFY(strayFiles().isEmpty());
        QCOMPARE(QFile::permissions(options.outPath) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        const auto entries = readZip(options.outPath, nullptr);
        QVERIFY(entries);
        QStringList expected = {QStringLiteral("data.json"), QStringLiteral("report.pdf"),
                                QStringLiteral("recordings/call-%1.wav").arg(m_calls[0]),
                                QStringLiteral("recordings/call-%1.wav").arg(m_calls[1]),
                                QStringLiteral("transcripts/chat-%1.txt").arg(chatId)};
        QStringList names = entries->keys();
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);

        // data.json: valid against the published schema, identifiers and the caller in clear.
        const QByteArray json = entries->value(QStringLiteral("data.json"));
        const QString problem = schemaProblem(json);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("tallenne.subject-export/1"));
        const QJsonArray subjects = root.value(QStringLiteral("subjects")).toArray();
        QCOMPARE(subjects.size(), 1);
        QStringList values;
        for (const QJsonValue& i :
             subjects[0].toObject().value(QStringLiteral("identifiers")).toArray())
            values << i.toObject().value(QStringLiteral("value")).toString();
        values.sort();
        QCOMPARE(values, (QStringList{subjectPhone, subjectEmail}));
        const QJsonArray calls2 = root.value(QStringLiteral("calls")).toArray();
        QCOMPARE(calls2.size(), 2);
        for (const QJsonValue& c : calls2) {
            QCOMPARE(c.toObject().value(QStringLiteral("caller")).toString(), subjectPhone);
            QVERIFY(c.toObject().value(QStringLiteral("id")).toInteger() != m_calls[2]);
        }
        QCOMPARE(
            root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("tags")).toInt(),
            1);
        const QJsonArray chats = root.value(QStringLiteral("chats")).toArray();
        QCOMPARE(chats.size(), 1);
        QCOMPARE(chats[0].toObject().value(QStringLiteral("nickname")).toString(),
                 QStringLiteral("Maija Virtanen"));
        QCOMPARE(chats[0]
                     .toObject()
                     .value(QStringLiteral("messages"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("Hei, olen Maija Virtanen ja numeroni on 040 123 4567."));

        // The transcript in full.
        const QString transcript = QString::fromUtf8(
            entries->value(QStringLiteral("transcripts/chat-%1.txt").arg(chatId)));
        QVERIFY2(transcript.contains(QStringLiteral("numeroni on 040 123 4567")),
                 qPrintable(transcript));
        QVERIFY(transcript.contains(QStringLiteral("Asiakaspalvelija: Tarkistan asian.")));

        // Every recording with the samples that were imported.
        for (int i = 0; i < 2; ++i) {
            const QByteArray wav =
                entries->value(QStringLiteral("recordings/call-%1.wav").arg(m_calls[i]));
            QVERIFY(wav.startsWith("RIFF"));
            Error decodeError;
            const auto exported = AudioDecoder::decode(wav, {}, &decodeError);
            const auto imported = AudioDecoder::decode(m_audio.value(m_calls[i]), {}, &decodeError);
            QVERIFY2(exported && imported, qPrintable(decodeError.message));
            QCOMPARE(exported->channels, imported->channels);
            QCOMPARE(exported->sampleRate, imported->sampleRate);
            QCOMPARE(exported->frames, imported->frames);
            QVERIFY(exported->pcm16 == imported->pcm16);
        }

        // The report in Finnish, with the counts and the profile's rights.
        const QString report = pdfText(entries->value(QStringLiteral("report.pdf")));
        QVERIFY2(report.contains(QStringLiteral("Jäljennös henkilötiedoistasi")),
                 qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Puheluita: 2")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Puhelutallenteita: 2")), qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("A copy of your personal data")),
                 qPrintable(report));

        // The audit trail holds the ZIP's SHA-256 and what went into it.
        QFile zipFile(options.outPath);
        QVERIFY(zipFile.open(QIODevice::ReadOnly));
        const QByteArray sha =
            QCryptographicHash::hash(zipFile.readAll(), QCryptographicHash::Sha256);
        QCOMPARE(result->sha256, sha);
        AuditFilter filter;
        filter.action = QStringLiteral("subject.export");
        const auto audited = AuditLog(po->db()).list(filter, nullptr);
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited.first().object, QStringLiteral("request:%1").arg(m_request));
        const QString details = audited.first().details;
        QVERIFY2(details.contains(QStringLiteral("sha256=") + QString::fromLatin1(sha.toHex())),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("calls=2")));
        QVERIFY(details.contains(QStringLiteral("recordings=2")));
        QVERIFY(details.contains(QStringLiteral("language=fi")));
        QVERIFY(details.contains(QStringLiteral("encrypted=0")));
        QVERIFY(details.contains(QStringLiteral("delivery=postal_address")));
        QVERIFY(!details.contains(subjectPhone));
    }

    void exportWithPassphrase()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        SubjectExportOptions options;
        options.outPath = out(QStringLiteral("ok-en.zip"));
        options.language = NoticeLanguage::English;
        options.delivery = QStringLiteral("electronic");
        const SecretBytes passphrase = secret("lumi-sade-kettu-42");
        options.passphrase = &passphrase;
        Error error;
        const auto result = SubjectExportService(*po).exportPackage(m_request, options, {}, &error);
        QVERIFY2(result, qPrintable(error.message));
        QVERIFY(result->encrypted);
        // The names are listed, but no entry reads without the passphrase, nor with a wrong one.
        QVERIFY(entryNames(options.outPath).contains(QStringLiteral("data.json")));
        int zipError = 0;
        QVERIFY(!readZip(options.outPath, nullptr, &zipError));
        QCOMPARE(zipError, ZIP_ER_NOPASSWD);
        QVERIFY(!readZip(options.outPath, "lumi-sade-kettu-43", &zipError));
        QCOMPARE(zipError, ZIP_ER_WRONGPASSWD);
        const auto entries = readZip(options.outPath, "lumi-sade-kettu-42");
        QVERIFY(entries);
        QCOMPARE(entries->size(), 5);
        QVERIFY(entries->value(QStringLiteral("data.json")).contains(subjectEmail.toUtf8()));
        // No plaintext of the register in the encrypted file.
        QFile file(options.outPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY(!raw.contains(subjectEmail.toUtf8()));
        QVERIFY(!raw.contains("Tarkistan asian"));

        AuditFilter filter;
        filter.action = QStringLiteral("subject.export");
        const auto audited = AuditLog(po->db()).list(filter, nullptr);
        QCOMPARE(audited.size(), 2);
        QVERIFY(audited.first().details.contains(QStringLiteral("encrypted=1")));
        QVERIFY(audited.first().details.contains(QStringLiteral("language=en")));
    }

    void failureLeavesNothing()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        Error error;
        SubjectExportOptions options;
        options.delivery = QStringLiteral("electronic");
        // An existing file is never overwritten.
        options.outPath = out(QStringLiteral("ok-fi.zip"));
        const QByteArray before = [&] {
            QFile f(options.outPath);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!SubjectExportService(*po).exportPackage(m_request, options, {}, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QFile again(options.outPath);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), before);

        // Cancelled half-way: nothing at the path, no temporary file.
        options.outPath = out(QStringLiteral("cancelled.zip"));
        QVERIFY(!SubjectExportService(*po).exportPackage(
            m_request, options, [](double fraction) { return fraction < 0.3; }, &error));
        QVERIFY(!QFile::exists(options.outPath));
        QCOMPARE(strayFiles(), QStringList());

        // A recording file gone from the folder: the export fails, and leaves nothing.
        RecordingStore store(po->paths().recordings(), po->db(), po->clock());
        const auto recordingId = store.recordingIdForCall(m_calls[1], &error);
        QVERIFY(recordingId);
        QSqlQuery q(po->db());
        q.prepare(QStringLiteral("SELECT file_name FROM recordings WHERE id = ?"));
        q.addBindValue(*recordingId);
        QVERIFY(q.exec() && q.next());
        QVERIFY(QFile::remove(QDir(store.folder()).filePath(q.value(0).toString())));
        q.finish();
        const qsizetype exports = count(*po, QStringLiteral("subject.export"));
        options.outPath = out(QStringLiteral("broken.zip"));
        QVERIFY(!SubjectExportService(*po).exportPackage(m_request, options, {}, &error));
        QVERIFY(!QFile::exists(options.outPath));
        QCOMPARE(strayFiles(), QStringList());
        QCOMPARE(count(*po, QStringLiteral("subject.export")), exports);
    }
};

QTEST_MAIN(TestSubjectExport)
#include "tst_subjectexport.moc"
