// `tallenne-admin audit head` and `audit verify --head` as a real process: the signed head's
// JSON, the witnesses in the output and in --json, a cut tail seen against a kept head after
// the anchor was rewritten (exit 4), an altered head file (exit 5), and who may take a head.

#include "crypto/KeySlotFile.h"
#include "services/UserService.h"
#include "services/audit/JournalWitness.h"
#include "services/audit/KeptHeadWitness.h"
#include "storage/Database.h"
#include "support/AdminProcess.h"
#include "support/TestRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
constexpr char teemuPassword[] = "teemu's long password";
}

class TestAuditCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    QString m_headFile;

    AdminRun run(const QString& user, const char* password, const QStringList& rest)
    {
        return runAdmin(QStringList{QStringLiteral("--register"), m_paths.folder,
                                    QStringLiteral("--user"), user,
                                    QStringLiteral("--password-stdin")} +
                            rest,
                        QByteArray(password) + '\n', 120000);
    }
    AdminRun admin(const QStringList& rest)
    {
        return run(QStringLiteral("admin"), adminPassword, rest);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        m_headFile = m_dir.filePath(QStringLiteral("kept-head.json"));
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto s = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                fastOptions(), &error);
        QVERIFY(s);
        QVERIFY(UserService(*s).add(QStringLiteral("teemu"), Role::Trainer, secret(teemuPassword),
                                    &error));
    }

    void headPrintsASignedHead()
    {
        const AdminRun r = admin({QStringLiteral("audit"), QStringLiteral("head")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(),
                 QStringLiteral("tallenne.audit-head/1"));
        QCOMPARE(o.value(QStringLiteral("register")).toString(),
                 KeySlotFile::load(m_paths.keySlots(), nullptr)->registerId());
        QCOMPARE(o.value(QStringLiteral("signer")).toString(), QStringLiteral("admin"));
        QVERIFY(o.value(QStringLiteral("sequence")).toInt() > 5);
        QCOMPARE(o.value(QStringLiteral("hash")).toString().size(), 64);
        QCOMPARE(o.value(QStringLiteral("signer_key")).toString().size(), 64);
        QCOMPARE(o.value(QStringLiteral("signature")).toString().size(), 128);
        QVERIFY(o.contains(QStringLiteral("time")));
        Error error;
        const auto head = SignedHead::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(head, qPrintable(error.message));
        QVERIFY(head->signatureValid());
    }

    void headGoesToAFileAndVerifies()
    {
        AdminRun r = admin(
            {QStringLiteral("audit"), QStringLiteral("head"), QStringLiteral("--out"), m_headFile});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("audit verify --head")), qPrintable(r.out));
        Error error;
        QVERIFY2(KeptHeadWitness::load(m_headFile, &error), qPrintable(error.message));

        r = admin({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"),
                   m_headFile});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("kept head: consistent: the trail still holds")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("keyslots.json anchor: consistent")));
        QVERIFY(r.out.contains(QStringLiteral("The audit trail is intact")));
        if (JournalWitness::journalRuns())
            QVERIFY2(r.out.contains(QStringLiteral("system journal: consistent")),
                     qPrintable(r.out));
        else
            QVERIFY2(r.out.contains(QStringLiteral("system journal: not checked: no system journal "
                                                   "runs here")),
                     qPrintable(r.out));

        r = admin({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"),
                   QStringLiteral("--head"), m_headFile});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("intact")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("unsigned_entries")).toInt(), 0);
        QStringList names;
        for (const QJsonValue& w : o.value(QStringLiteral("witnesses")).toArray())
            names << w.toObject().value(QStringLiteral("witness")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("journal"), QStringLiteral("kept head"),
                                     QStringLiteral("anchor")}));
    }

    void onlyAdministratorsTakeHeads()
    {
        const AdminRun r = run(QStringLiteral("teemu"), teemuPassword,
                               {QStringLiteral("audit"), QStringLiteral("head")});
        QCOMPARE(r.code, 3);
    }

    void alteredHeadFileIsRejected()
    {
        QFile in(m_headFile);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray json = in.readAll();
        in.close();
        json.replace("\"signer\": \"admin\"", "\"signer\": \"teemu\"");
        const QString altered = m_dir.filePath(QStringLiteral("altered.json"));
        QFile out(altered);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        const AdminRun r = admin(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"), altered});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(QStringLiteral("altered")), qPrintable(r.err));
    }

    // The trainer cuts the tail from the kept head on and moves the anchor to the new end:
    // the anchor agrees, the kept head does not.
    void cutTailIsSeenAgainstTheKeptHead()
    {
        Error error;
        const auto kept = KeptHeadWitness::load(m_headFile, &error);
        QVERIFY(kept);
        SecretBytes key;
        {
            auto s = Session::login(m_paths, QStringLiteral("teemu"), secret(teemuPassword),
                                    m_clock, fastOptions(), &error);
            QVERIFY2(s, qPrintable(error.message));
            key = s->dataKey().clone();
        }
        {
            auto database =
                Database::open(m_paths.database(), key, Database::Mode::OpenExisting, &error);
            QVERIFY(database);
            QSqlQuery q(database->db());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            QVERIFY(q.exec(
                QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(kept->sequence - 1)));
            const auto head = AuditLog(database->db()).head(&error);
            QVERIFY(head);
            QVERIFY(KeySlotFile::update(
                m_paths.keySlots(),
                [&head](KeySlotFile& file, Error*) {
                    file.setAuditAnchor(
                        AuditAnchor{head->sequence, QByteArray::fromHex(head->hash)});
                    return true;
                },
                &error));
        }
        const AdminRun r = admin({QStringLiteral("audit"), QStringLiteral("verify"),
                                  QStringLiteral("--head"), m_headFile});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.out.contains(QStringLiteral("kept head: CONTRADICTS THE TRAIL")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("keyslots.json anchor: consistent")));
        QVERIFY(r.out.contains(QStringLiteral("The audit trail is broken")));
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
