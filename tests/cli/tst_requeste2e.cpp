// A data subject's requests end to end on the demo register, through tallenne-admin as a script
// or a privacy officer at a terminal would run them (issue [11] acceptance): find the person by
// a phone number, open an access request, export before verifying identity (refused, exit 6),
// verify, export in Finnish: the ZIP holds data.json valid against its schema, a report whose
// text is Finnish, every one of their recordings decodable to the audio that was imported, and
// their transcripts; then an erasure request: a legal hold keeps one call, which is reported,
// the rest goes, `subject find` finds no one and the recording files are gone.

#include "services/PlaybackService.h"
#include "services/audio/AudioDecoder.h"
#include "support/AdminProcess.h"
#include "support/ExportPackage.h"
#include "support/TestRegister.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestRequestE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_register;
    QHash<QString, QByteArray> m_passwords; // demo user → password
    QString m_phone;                        // a caller with several recorded calls
    QList<qint64> m_calls;                  // their recorded calls

    AdminRun as(const QString& user, const QStringList& rest, bool json = false)
    {
        QStringList args{QStringLiteral("--register"), m_register, QStringLiteral("--user"), user,
                         QStringLiteral("--password-stdin")};
        if (json)
            args << QStringLiteral("--json");
        return runAdmin(args + rest, m_passwords.value(user) + '\n');
    }

    static QString lastLine(const QString& out)
    {
        const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
        return lines.isEmpty() ? QString() : lines.last().trimmed();
    }

    QString openRequest(const QString& kind)
    {
        const AdminRun run = as(QStringLiteral("pirjo"),
                                {QStringLiteral("request"), QStringLiteral("open"),
                                 QStringLiteral("--kind"), kind, QStringLiteral("--channel"),
                                 QStringLiteral("in-person"), QStringLiteral("--phone"), m_phone});
        if (run.code != 0)
            qWarning() << run.err;
        return run.code == 0 ? lastLine(run.out) : QString();
    }

    int verify(const QString& request)
    {
        return as(QStringLiteral("pirjo"),
                  {QStringLiteral("request"), QStringLiteral("verify"), request,
                   QStringLiteral("--document"), QStringLiteral("passport"),
                   QStringLiteral("--last4"), QStringLiteral("1234")})
            .code;
    }

    QStringList recordingFiles() const
    {
        return QDir(m_register + QStringLiteral("/recordings")).entryList(QDir::Files);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_register = m_dir.filePath(QStringLiteral("demo"));
        const AdminRun demo =
            runAdmin({QStringLiteral("--register"), m_register, QStringLiteral("demo"),
                      QStringLiteral("--no-bind"), QStringLiteral("--calls"), QStringLiteral("150"),
                      QStringLiteral("--chats"), QStringLiteral("30")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        for (const QString& line : demo.out.split(QLatin1Char('\n'))) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.size() >= 6 && f[0] == QLatin1String("user"))
                m_passwords.insert(f[1], f[5].toUtf8());
        }
        QVERIFY(m_passwords.contains(QStringLiteral("pirjo")));
        // A caller with at least two recorded calls, as the privacy officer sees them.
        const AdminRun calls = as(QStringLiteral("pirjo"),
                                  {QStringLiteral("calls"), QStringLiteral("list"),
                                   QStringLiteral("--limit"), QStringLiteral("1000")},
                                  true);
        QCOMPARE(calls.code, 0);
        QHash<QString, QList<qint64>> byCaller;
        for (const QJsonValue& v : QJsonDocument::fromJson(calls.out.toUtf8()).array()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("has_recording")).toBool() &&
                c.value(QStringLiteral("caller")).toString().startsWith(QLatin1Char('+')))
                byCaller[c.value(QStringLiteral("caller")).toString()]
                    << c.value(QStringLiteral("id")).toInteger();
        }
        for (auto it = byCaller.cbegin(); it != byCaller.cend(); ++it) {
            if (it.value().size() >= 2 && it.value().size() > m_calls.size()) {
                m_phone = it.key();
                m_calls = it.value();
            }
        }
        QVERIFY2(!m_phone.isEmpty(), "the demo has no caller with two recorded calls");
        std::sort(m_calls.begin(), m_calls.end());
    }

    void accessEndToEnd()
    {
        const AdminRun found = as(
            QStringLiteral("pirjo"),
            {QStringLiteral("subject"), QStringLiteral("find"), QStringLiteral("--phone"), m_phone},
            true);
        QCOMPARE(found.code, 0);
        QVERIFY(!QJsonDocument::fromJson(found.out.toUtf8()).array().isEmpty());
        const QString request = openRequest(QStringLiteral("access"));
        QVERIFY(!request.isEmpty());
        const QString zip = m_dir.filePath(QStringLiteral("copy.zip"));
        const QStringList exportArgs{QStringLiteral("subject"),   QStringLiteral("export"),
                                     QStringLiteral("--request"), request,
                                     QStringLiteral("--out"),     zip,
                                     QStringLiteral("--lang"),    QStringLiteral("fi")};
        const AdminRun early = as(QStringLiteral("pirjo"), exportArgs);
        QCOMPARE(early.code, 6);
        QVERIFY(!QFile::exists(zip));
        QCOMPARE(verify(request), 0);
        const AdminRun exported = as(QStringLiteral("pirjo"), exportArgs);
        QVERIFY2(exported.code == 0, qPrintable(exported.err));

        const auto entries = readZip(zip, nullptr);
        QVERIFY(entries);
        const QString problem = schemaProblem(entries->value(QStringLiteral("data.json")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString report = pdfText(entries->value(QStringLiteral("report.pdf")));
        QVERIFY2(report.contains(QStringLiteral("Jäljennös henkilötiedoistasi")),
                 qPrintable(report));
        const QJsonObject data =
            QJsonDocument::fromJson(entries->value(QStringLiteral("data.json"))).object();
        QVERIFY(QString::fromUtf8(QJsonDocument(data).toJson()).contains(m_phone)); // in clear

        // Every recording of theirs, the audio that was imported (opened as the officer may:
        // inside the open request).
        Error error;
        registerSqlCipherDriver();
        auto po = Session::login(RegisterPaths{m_register}, QStringLiteral("pirjo"),
                                 secret(m_passwords.value(QStringLiteral("pirjo")).constData()),
                                 SystemClock::instance(), fastOptions(), &error);
        QVERIFY2(po, qPrintable(error.message));
        for (qint64 call : m_calls) {
            const QByteArray wav =
                entries->value(QStringLiteral("recordings/call-%1.wav").arg(call));
            QVERIFY2(wav.startsWith("RIFF"), qPrintable(QString::number(call)));
            const auto original =
                PlaybackService(*po).open(call, PlaybackPurpose::AccessRequest, &error, request);
            QVERIFY2(original, qPrintable(error.message));
            const auto a = AudioDecoder::decode(wav, {}, &error);
            const auto b = AudioDecoder::decode(original->audio, original->info, &error);
            QVERIFY2(a && b, qPrintable(error.message));
            QCOMPARE(a->channels, b->channels);
            QCOMPARE(a->frames, b->frames);
            QVERIFY(a->pcm16 == b->pcm16);
        }
        // Their transcripts, one file per chat in data.json.
        const QJsonArray chats = data.value(QStringLiteral("chats")).toArray();
        for (const QJsonValue& c : chats)
            QVERIFY(
                entries->contains(QStringLiteral("transcripts/chat-%1.txt")
                                      .arg(c.toObject().value(QStringLiteral("id")).toInteger())));
        QCOMPARE(as(QStringLiteral("pirjo"),
                    {QStringLiteral("request"), QStringLiteral("close"), request,
                     QStringLiteral("--outcome"), QStringLiteral("Copy handed over in person.")})
                     .code,
                 0);
    }

    void erasureKeepsWhatIsHeld()
    {
        // A complaint holds the first call; the erasure keeps it and says so.
        const qint64 held = m_calls.first();
        const AdminRun hold =
            as(QStringLiteral("pirjo"),
               {QStringLiteral("hold"), QStringLiteral("add"), QStringLiteral("--call"),
                QString::number(held), QStringLiteral("--reason"), QStringLiteral("complaint"),
                QStringLiteral("--until"), QDate::currentDate().addMonths(2).toString(Qt::ISODate),
                QStringLiteral("--case"), QStringLiteral("REK-2026-7")});
        QVERIFY2(hold.code == 0, qPrintable(hold.err));
        const QString request = openRequest(QStringLiteral("erasure"));
        QVERIFY(!request.isEmpty());
        const QStringList erase{QStringLiteral("subject"), QStringLiteral("erase"),
                                QStringLiteral("--request"), request};
        QCOMPARE(as(QStringLiteral("pirjo"), erase + QStringList{QStringLiteral("--confirm")}).code,
                 6);
        QCOMPARE(verify(request), 0);
        const int filesBefore = int(recordingFiles().size());
        const AdminRun plan = as(QStringLiteral("pirjo"), erase);
        QCOMPARE(plan.code, 0);
        QCOMPARE(int(recordingFiles().size()), filesBefore); // a plan changes nothing
        const AdminRun done =
            as(QStringLiteral("pirjo"), erase + QStringList{QStringLiteral("--confirm")});
        QVERIFY2(done.code == 0, qPrintable(done.err));
        QVERIFY2(done.out.contains(QStringLiteral("call %1").arg(held)), qPrintable(done.out));
        QCOMPARE(int(recordingFiles().size()), filesBefore - int(m_calls.size()) + 1);

        // No one is found by the number any more but the held call, linked to no one.
        const AdminRun found = as(
            QStringLiteral("pirjo"),
            {QStringLiteral("subject"), QStringLiteral("find"), QStringLiteral("--phone"), m_phone},
            true);
        QCOMPARE(found.code, 0);
        const QJsonArray matches = QJsonDocument::fromJson(found.out.toUtf8()).array();
        QCOMPARE(matches.size(), 1);
        for (const QJsonValue& m : matches) {
            QCOMPARE(m.toObject().value(QStringLiteral("subject_id")).toInteger(), 0);
            QCOMPARE(m.toObject().value(QStringLiteral("calls")).toArray(),
                     QJsonArray{qint64(held)});
        }
        const AdminRun verifyRun =
            runAdmin({QStringLiteral("--register"), m_register, QStringLiteral("--user"),
                      QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                      QStringLiteral("audit"), QStringLiteral("verify")},
                     m_passwords.value(QStringLiteral("admin")) + '\n');
        QVERIFY2(verifyRun.code == 0, qPrintable(verifyRun.out + verifyRun.err));
    }
};

QTEST_GUILESS_MAIN(TestRequestE2e)
#include "tst_requeste2e.moc"
