// The audit trail is hash-chained and anchored in keyslots.json: `audit verify` catches an
// edited, removed, inserted or reordered entry and a truncated tail.

#include "services/AuditService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "support/TestRegister.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_template;
    int m_counter = 0;

    std::unique_ptr<Session> login(const RegisterPaths& paths)
    {
        Error error;
        auto s = Session::login(paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                fastOptions(), &error);
        if (!s)
            qWarning() << error.message;
        return s;
    }

    RegisterPaths copyOfTemplate()
    {
        const RegisterPaths copy{m_dir.filePath(QStringLiteral("copy-%1").arg(++m_counter))};
        QDir().mkpath(copy.recordings());
        for (const QString& name : QDir(m_template.folder).entryList(QDir::Files))
            QFile::copy(QDir(m_template.folder).filePath(name), QDir(copy.folder).filePath(name));
        return copy;
    }

    // Runs SQL on the register as someone who has the key (and drops the triggers first).
    void tamper(const RegisterPaths& paths, const QStringList& statements)
    {
        SecretBytes key;
        {
            auto s = login(paths);
            QVERIFY(s);
            key = s->dataKey().clone();
        }
        Error error;
        auto db = Database::open(paths.database(), key, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error.message));
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        for (const QString& sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    }

    AuditVerification verify(const RegisterPaths& paths)
    {
        auto s = login(paths);
        Error error;
        const auto result = s ? AuditService(*s).verify(&error) : std::nullopt;
        return result.value_or(AuditVerification{});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = RegisterPaths{m_dir.filePath(QStringLiteral("template"))};
        Error error;
        QVERIFY(!makeRegister(m_template, m_clock, fastOptions(), &error).isEmpty());
        auto s = login(m_template);
        QVERIFY(s);
        QVERIFY(UserService(*s).add(QStringLiteral("laura"), Role::QualityManager,
                                    secret("laura's long password"), &error));
        QVERIFY(UserService(*s).add(QStringLiteral("teemu"), Role::Trainer,
                                    secret("teemu's long password"), &error));
        QVERIFY(UserService(*s).list(&error).size() == 3);
        // Entries so far: init, user.add admin, login, user.add ×2, user.list = 6.
        QVERIFY(AuditLog(s->db()).head(&error)->sequence >= 6);
    }

    void intactChainVerifies()
    {
        const RegisterPaths paths = copyOfTemplate();
        const AuditVerification v = verify(paths);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(v.entries >= 7);
    }

    void appendOnlyTriggersRefuseEdits()
    {
        const RegisterPaths paths = copyOfTemplate();
        auto s = login(paths);
        QVERIFY(s);
        QSqlQuery q(s->db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET details = 'x' WHERE seq = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
    }

    void tamperIsDetected_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("words");
        QTest::newRow("edited")
            << QStringList{QStringLiteral(
                   "UPDATE audit_log SET details = 'roles=administrator' WHERE seq = 4")}
            << qint64(4) << QStringLiteral("changed");
        QTest::newRow("removed") << QStringList{QStringLiteral(
                                        "DELETE FROM audit_log WHERE seq = 3")}
                                 << qint64(3) << QStringLiteral("missing");
        // An attacker makes room at 3 and inserts a well-formed entry that follows entry 2.
        QTest::newRow("inserted")
            << QStringList{QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 3"),
                           QStringLiteral("UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1003"),
                           QStringLiteral(
                               "INSERT INTO audit_log (seq, at, user_name, roles, action, "
                               "object, purpose, details, prev_hash, hash) SELECT 3, at, "
                               "user_name, roles, 'user.list', '', '', '', hash, hash "
                               "FROM audit_log WHERE seq = 2")}
            << qint64(3) << QStringLiteral("");
        QTest::newRow("reordered")
            << QStringList{QStringLiteral("UPDATE audit_log SET seq = 1000 WHERE seq = 4"),
                           QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = 5"),
                           QStringLiteral("UPDATE audit_log SET seq = 5 WHERE seq = 1000")}
            << qint64(4) << QStringLiteral("");
        QTest::newRow("truncated tail")
            << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq > 4")} << qint64(-1)
            << QStringLiteral("tail");
    }

    void tamperIsDetected()
    {
        QFETCH(QStringList, statements);
        QFETCH(qint64, firstBad);
        QFETCH(QString, words);
        const RegisterPaths paths = copyOfTemplate();
        tamper(paths, statements);
        const AuditVerification v = verify(paths);
        QVERIFY(!v.intact);
        if (firstBad > 0) // after a truncation, logins have appended again: the position varies
            QCOMPARE(v.firstBadSequence, firstBad);
        QVERIFY2(v.problem.contains(words), qPrintable(v.problem));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
