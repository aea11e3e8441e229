// BatchForeignKeys: foreign keys off for a batch's transaction and its new rows checked before
// the commit (an orphan fails the batch), on again afterwards; inside an outer transaction
// they stay on; and the INSERT OR FAIL it serves keeps no statement journal.

#include "SqlCipherTestSupport.h"

#include "storage/BatchForeignKeys.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tallenne;
using tallenne::test::testKey;

class TestBatchForeignKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_files = 0;

    int foreignKeys()
    {
        QSqlQuery q(m_database->db());
        return q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next() ? q.value(0).toInt() : -1;
    }

    bool run(const QString& sql)
    {
        Error error;
        return m_database->exec(sql, {}, &error);
    }

    qint64 count(const QString& table)
    {
        QSqlQuery q(m_database->db());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        Error error;
        m_database = Database::open(m_dir.filePath(QStringLiteral("f%1.db").arg(++m_files)),
                                    testKey(1), Database::Mode::CreateNew, &error);
        QVERIFY2(m_database, qPrintable(error.message));
        // A parent, a child with a counting trigger (what makes SQLite journal statements),
        // and a child whose key names the parent's primary key implicitly.
        QVERIFY(run(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(run(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER"
                                   " REFERENCES parent(id), v TEXT NOT NULL)")));
        QVERIFY(run(QStringLiteral("CREATE TABLE other (id INTEGER PRIMARY KEY, parent_id INTEGER"
                                   " REFERENCES parent)")));
        QVERIFY(run(QStringLiteral("CREATE TABLE n (c INTEGER)")));
        QVERIFY(run(QStringLiteral("INSERT INTO n VALUES (0)")));
        QVERIFY(run(QStringLiteral("CREATE TRIGGER child_count AFTER INSERT ON child BEGIN"
                                   " UPDATE n SET c = c + 1; END")));
        QVERIFY(run(QStringLiteral("INSERT INTO parent (id, name) VALUES (1, 'a')")));
        // An orphan from before the batch is not the batch's to answer for.
        QVERIFY(run(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(run(QStringLiteral("INSERT INTO child (id, parent_id, v) VALUES (1, 99, 'old')")));
        QVERIFY(run(QStringLiteral("PRAGMA foreign_keys = ON")));
    }

    void cleanup() { m_database.reset(); }

    void validBatchCommits()
    {
        BatchForeignKeys keys(m_database->db());
        Error error;
        QVERIFY(keys.suspend(&error));
        TransactionGuard guard(m_database->db());
        QVERIFY(guard.ok());
        QVERIFY(keys.mark(&error));
        QCOMPARE(foreignKeys(), 0);
        QVERIFY(run(QStringLiteral("INSERT INTO parent (id, name) VALUES (2, 'b')")));
        QVERIFY(run(QStringLiteral("INSERT OR FAIL INTO child (parent_id, v) VALUES (2, 'x')")));
        QVERIFY(run(QStringLiteral("INSERT OR FAIL INTO child (parent_id, v) VALUES (NULL, 'y')")));
        QVERIFY(run(QStringLiteral("INSERT INTO other (parent_id) VALUES (1)")));
        QVERIFY2(keys.check(&error), qPrintable(error.message));
        QVERIFY(guard.commit(&error));
        keys.resume();
        QCOMPARE(foreignKeys(), 1);
        QCOMPARE(count(QStringLiteral("child")), 3);
    }

    void orphanFailsTheBatch_data()
    {
        QTest::addColumn<QString>("insert");
        QTest::addColumn<QString>("table");
        QTest::newRow("named column")
            << QStringLiteral("INSERT OR FAIL INTO child (parent_id, v) VALUES (7, 'x')")
            << QStringLiteral("child");
        QTest::newRow("primary key") << QStringLiteral("INSERT INTO other (parent_id) VALUES (8)")
                                     << QStringLiteral("other");
    }

    void orphanFailsTheBatch()
    {
        QFETCH(QString, insert);
        QFETCH(QString, table);
        const qint64 before = count(table);
        {
            BatchForeignKeys keys(m_database->db());
            Error error;
            QVERIFY(keys.suspend(&error));
            TransactionGuard guard(m_database->db());
            QVERIFY(guard.ok());
            QVERIFY(keys.mark(&error));
            QVERIFY(run(insert)); // not checked by the statement
            QVERIFY(!keys.check(&error));
            QCOMPARE(error.kind, ErrorKind::Damaged);
            QVERIFY(error.message.contains(table));
        } // rolled back; the destructor turns the keys on again
        QCOMPARE(foreignKeys(), 1);
        QCOMPARE(count(table), before);
        // And with the keys on, the statement itself refuses.
        QVERIFY(!run(insert));
    }

    void outerTransactionKeepsKeysOn()
    {
        TransactionGuard outer(m_database->db());
        QVERIFY(outer.ok());
        BatchForeignKeys keys(m_database->db());
        Error error;
        QVERIFY(keys.suspend(&error)); // a no-op inside a transaction
        QVERIFY(keys.mark(&error));
        QCOMPARE(foreignKeys(), 1);
        QVERIFY(!run(QStringLiteral("INSERT OR FAIL INTO child (parent_id, v) VALUES (7, 'x')")));
        QVERIFY(keys.check(&error));
    }
};

QTEST_GUILESS_MAIN(TestBatchForeignKeys)
#include "tst_batchforeignkeys.moc"
