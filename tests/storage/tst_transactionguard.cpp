// TransactionGuard: commit, rollback on scope exit, nesting, and a guard that cannot begin.

#include "SqlCipherTestSupport.h"

#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tallenne;
using tallenne::test::testKey;

class TestTransactionGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    int m_files = 0;

    QStringList values()
    {
        QSqlQuery q(m_database->db());
        QStringList out;
        if (!q.exec(QStringLiteral("SELECT v FROM g ORDER BY rowid")))
            return {QStringLiteral("<error>")};
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    bool insert(const QString& value)
    {
        Error error;
        return m_database->exec(QStringLiteral("INSERT INTO g VALUES (?)"), {value}, &error);
    }

    bool inTransaction()
    {
        return qobject_cast<const SqlCipherDriver*>(m_database->db().driver())->isInTransaction();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("g%1.db").arg(++m_files));
        Error error;
        m_database = Database::open(m_path, testKey(1), Database::Mode::CreateNew, &error);
        QVERIFY2(m_database, qPrintable(error.message));
        QVERIFY(m_database->exec(QStringLiteral("CREATE TABLE g (v TEXT)"), {}, &error));
    }

    void cleanup() { m_database.reset(); }

    void commitKeeps()
    {
        {
            TransactionGuard guard(m_database->db());
            QVERIFY(guard.ok());
            QVERIFY(inTransaction());
            QVERIFY(insert(QStringLiteral("a")));
            Error error;
            QVERIFY(guard.commit(&error));
            QVERIFY(!guard.commit(&error)); // once
        }
        QVERIFY(!inTransaction());
        QCOMPARE(values(), QStringList({QStringLiteral("a")}));
    }

    void rollsBackWhenNotCommitted()
    {
        QVERIFY(insert(QStringLiteral("before")));
        {
            TransactionGuard guard(m_database->db());
            QVERIFY(guard.ok());
            QVERIFY(insert(QStringLiteral("lost")));
            QCOMPARE(values().size(), 2); // visible inside
        }
        QVERIFY(!inTransaction());
        QCOMPARE(values(), QStringList({QStringLiteral("before")}));
    }

    void explicitRollback()
    {
        TransactionGuard guard(m_database->db());
        QVERIFY(insert(QStringLiteral("lost")));
        guard.rollback();
        QVERIFY(!inTransaction());
        Error error;
        QVERIFY(!guard.commit(&error));
        QCOMPARE(values(), QStringList());
    }

    void nestedUsesSavepoints()
    {
        {
            TransactionGuard outer(m_database->db());
            QVERIFY(outer.ok());
            QVERIFY(insert(QStringLiteral("outer")));
            {
                TransactionGuard inner(m_database->db());
                QVERIFY(inner.ok());
                QVERIFY(insert(QStringLiteral("inner-lost")));
            } // rolls back to the savepoint only
            QVERIFY(inTransaction());
            {
                TransactionGuard inner(m_database->db());
                QVERIFY(inner.ok());
                QVERIFY(insert(QStringLiteral("inner-kept")));
                Error error;
                QVERIFY(inner.commit(&error));
            }
            Error error;
            QVERIFY(outer.commit(&error));
        }
        QCOMPARE(values(), QStringList({QStringLiteral("outer"), QStringLiteral("inner-kept")}));

        {
            TransactionGuard outer(m_database->db());
            TransactionGuard inner(m_database->db());
            QVERIFY(insert(QStringLiteral("gone")));
            Error error;
            QVERIFY(inner.commit(&error));
        } // the outer one was not committed: the inner work goes too
        QCOMPARE(values(), QStringList({QStringLiteral("outer"), QStringLiteral("inner-kept")}));
    }

    void cannotBeginWhileAnotherWrites()
    {
        Error error;
        auto other = Database::open(m_path, testKey(1), Database::Mode::OpenExisting, 100, &error);
        QVERIFY2(other, qPrintable(error.message));
        TransactionGuard holder(m_database->db());
        QVERIFY(holder.ok());
        QVERIFY(insert(QStringLiteral("held")));

        TransactionGuard blocked(other->db());
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().kind, ErrorKind::Environment);
        QVERIFY(blocked.error().message.contains(QStringLiteral("locked")));
        QVERIFY(!blocked.commit(&error));
        QVERIFY(holder.commit(&error));
    }
};

QTEST_GUILESS_MAIN(TestTransactionGuard)
#include "tst_transactionguard.moc"
