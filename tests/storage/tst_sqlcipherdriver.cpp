// The QSQLCIPHER driver against real SQLCipher files: types, placeholders, errors, keys,
// encryption on disk, tampering, iteration, and the Qt models on top of it.

#include "SqlCipherTestSupport.h"

#include "storage/SqlCipherDriver.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <limits>
#include <sqlite3.h>

using namespace tallenne;
using tallenne::test::Connection;
using tallenne::test::readAll;
using tallenne::test::testKey;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("db%1.db").arg(++m_files)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void features()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY2(c.open(), qPrintable(c.db().lastError().text()));
        const QSqlDriver* d = c.db().driver();
        QVERIFY(d->hasFeature(QSqlDriver::Transactions));
        QVERIFY(!d->hasFeature(QSqlDriver::QuerySize));
        QVERIFY(d->hasFeature(QSqlDriver::BLOB));
        QVERIFY(d->hasFeature(QSqlDriver::Unicode));
        QVERIFY(d->hasFeature(QSqlDriver::PreparedQueries));
        QVERIFY(d->hasFeature(QSqlDriver::NamedPlaceholders));
        QVERIFY(d->hasFeature(QSqlDriver::PositionalPlaceholders));
        QVERIFY(d->hasFeature(QSqlDriver::LastInsertId));
        QVERIFY(d->hasFeature(QSqlDriver::LowPrecisionNumbers)); // the policies are honoured
        QVERIFY(d->hasFeature(QSqlDriver::EventNotifications));
        QVERIFY(d->hasFeature(QSqlDriver::FinishQuery));
        QVERIFY(!d->hasFeature(QSqlDriver::MultipleResultSets));
        QCOMPARE(c.db().driverName(), QStringLiteral("QSQLCIPHER"));
    }

    void pinnedSettings()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        const auto pragma = [&](const QString& name) {
            QSqlQuery q(c.db());
            if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
                return QString();
            return q.value(0).toString();
        };
        QCOMPARE(pragma(QStringLiteral("cipher_version")), QStringLiteral("3.4.1"));
        QCOMPARE(pragma(QStringLiteral("cipher_page_size")), QStringLiteral("1024"));
        QCOMPARE(pragma(QStringLiteral("kdf_iter")), QStringLiteral("64000"));
        QCOMPARE(pragma(QStringLiteral("cipher_use_hmac")), QStringLiteral("1"));
        QCOMPARE(pragma(QStringLiteral("cipher")).toUpper(), QStringLiteral("AES-256-CBC"));
        QCOMPARE(pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(QStringLiteral("secure_delete")), QStringLiteral("1"));
        QCOMPARE(pragma(QStringLiteral("temp_store")), QStringLiteral("2"));
        QCOMPARE(pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(QStringLiteral("busy_timeout")), QStringLiteral("5000"));
    }

    void typesRoundTrip()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, d REAL, s TEXT, b BLOB)")));

        QByteArray allBytes;
        for (int i = 0; i < 256; ++i)
            allBytes.append(static_cast<char>(i));
        allBytes.append(QByteArray("\0\0tail\0", 7));
        const QString finnish = QStringLiteral("Pääkäyttäjä Åsa Öljynen äöåÄÖÅ");
        const qint64 big = (qint64(1) << 53) + 1;

        struct Row
        {
            QVariant i, d, s, b;
        };
        const QList<Row> rows = {
            {QVariant(QMetaType::fromType<qlonglong>()), QVariant(QMetaType::fromType<double>()),
             QVariant(QMetaType::fromType<QString>()), QVariant(QMetaType::fromType<QByteArray>())},
            {std::numeric_limits<qint64>::min(), -0.5, finnish, allBytes},
            {std::numeric_limits<qint64>::max(), 3.141592653589793, QStringLiteral(""),
             QByteArray("")},
            {big, -1.0e300, QStringLiteral("x"), QByteArray(1, '\0')},
            {qint64(-1), 1.0e-300, QString(), QByteArray()}, // null QString / QByteArray → NULL
        };
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, d, s, b) VALUES (?, ?, ?, ?)")));
        for (const Row& row : rows) {
            q.addBindValue(row.i);
            q.addBindValue(row.d);
            q.addBindValue(row.s);
            q.addBindValue(row.b);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }

        QSqlQuery r(c.db());
        QVERIFY(r.exec(QStringLiteral("SELECT i, d, s, b FROM t ORDER BY id")));
        // Column types come from the declared types, as QSQLITE names them.
        QCOMPARE(r.record().field(0).metaType(), QMetaType::fromType<int>());
        QCOMPARE(r.record().field(1).metaType(), QMetaType::fromType<double>());
        QCOMPARE(r.record().field(2).metaType(), QMetaType::fromType<QString>());
        QCOMPARE(r.record().field(3).metaType(), QMetaType::fromType<QByteArray>());
        QCOMPARE(r.record().field(0).tableName(), QStringLiteral("t"));

        QVERIFY(r.next()); // all NULL: null strings, as QSQLITE reads them
        for (int col = 0; col < 4; ++col) {
            QVERIFY(r.isNull(col));
            QVERIFY(r.value(col).isNull());
            QCOMPARE(r.value(col).metaType(), QMetaType::fromType<QString>());
        }
        QVERIFY(r.next());
        QCOMPARE(r.value(0).metaType(), QMetaType::fromType<qlonglong>());
        QCOMPARE(r.value(0).toLongLong(), std::numeric_limits<qint64>::min());
        QCOMPARE(r.value(1).toDouble(), -0.5);
        QCOMPARE(r.value(2).toString(), finnish);
        QCOMPARE(r.value(3).metaType(), QMetaType::fromType<QByteArray>());
        QCOMPARE(r.value(3).toByteArray(), allBytes);
        QCOMPARE(r.value(3).toByteArray().size(), 263);
        QVERIFY(r.next());
        QCOMPARE(r.value(0).toLongLong(), std::numeric_limits<qint64>::max());
        QCOMPARE(r.value(1).toDouble(), 3.141592653589793);
        QVERIFY(!r.isNull(2));
        QCOMPARE(r.value(2).toString(), QString());
        QVERIFY(!r.isNull(3));
        QCOMPARE(r.value(3).toByteArray().size(), 0);
        QVERIFY(r.next());
        QCOMPARE(r.value(0).toLongLong(), big); // exact beyond 2^53
        QVERIFY(r.value(0).toLongLong() != (qint64(1) << 53));
        QCOMPARE(r.value(1).toDouble(), -1.0e300);
        QCOMPARE(r.value(3).toByteArray(), QByteArray(1, '\0'));
        QVERIFY(r.next());
        QCOMPARE(r.value(0).toLongLong(), qint64(-1));
        QCOMPARE(r.value(1).toDouble(), 1.0e-300);
        QVERIFY(r.isNull(2));
        QVERIFY(r.isNull(3));
        QVERIFY(!r.next());

        // Storage class decides for expressions without a declared type.
        QVERIFY(r.exec(QStringLiteral("SELECT length(s), typeof(b), 1.5, x'00ff' FROM t "
                                      "WHERE id = 2")));
        QVERIFY(r.next());
        QCOMPARE(r.value(0).toInt(), finnish.size());
        QCOMPARE(r.value(1).toString(), QStringLiteral("blob"));
        QCOMPARE(r.value(2).toDouble(), 1.5);
        QCOMPARE(r.value(3).toByteArray(), QByteArray::fromHex("00ff"));
        QCOMPARE(r.record().field(3).metaType(), QMetaType::fromType<QByteArray>());
    }

    // NULL in: what Qt's drivers store as NULL is stored as NULL. NULL out: a null string,
    // "" as text and no number (toInt(&ok) says so), in a typed column and in an expression.
    void nullsInAndOut()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE n (id INTEGER PRIMARY KEY, v, i INTEGER, "
                                      "b BOOL)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO n (v) VALUES (?)")));
        const QList<QVariant> nulls = {QVariant(QDateTime()), QVariant(QTime()), QVariant(QDate()),
                                       QVariant(QUuid())};
        for (const QVariant& value : nulls) {
            q.addBindValue(value);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM n WHERE v IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), nulls.size());
        // A valid date-time is text, a UUID its text form.
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO n (v) VALUES (?)")));
        q.addBindValue(QUuid::createUuid());
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("SELECT typeof(v) FROM n WHERE v IS NOT NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("text"));

        QVERIFY(q.exec(QStringLiteral("SELECT i, b, NULL, i + 1 FROM n LIMIT 1")));
        QVERIFY(q.next());
        for (int col = 0; col < 4; ++col) {
            const QVariant value = q.value(col);
            QVERIFY2(value.isValid() && value.isNull(), qPrintable(QString::number(col)));
            QCOMPARE(value.toString(), QString());
            bool ok = true;
            (void)value.toInt(&ok);
            QVERIFY2(!ok, qPrintable(QString::number(col)));
        }
    }

    // Declared types map as QSQLITE maps them; the stored values are never changed on the
    // way out (a BOOL's 2 stays 2); the driver's record() carries the defaults.
    void declaredTypesAndDefaults()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE x (a INTEGER, b INT, c DECIMAL(10,2), d JSON, e BOOL, f REAL, "
            "g NUMERIC, h BLOB, i TEXT DEFAULT 'it''s', j INTEGER DEFAULT 7, k BIGINT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO x (a, b, c, d, e, f, g, h, k) VALUES "
                                      "(1, 2, '3.10', '{}', 2, 1.5, 9, x'00', 5)")));
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM x")));
        const QSqlRecord record = q.record();
        const QList<QMetaType> expected = {
            QMetaType::fromType<int>(),     QMetaType::fromType<int>(),
            QMetaType::fromType<QString>(), QMetaType::fromType<QString>(),
            QMetaType::fromType<bool>(),    QMetaType::fromType<double>(),
            QMetaType::fromType<double>(),  QMetaType::fromType<QByteArray>(),
            QMetaType::fromType<QString>(), QMetaType::fromType<int>(),
            QMetaType::fromType<QString>()};
        for (int col = 0; col < expected.size(); ++col)
            QCOMPARE(record.field(col).metaType(), expected.at(col));
        QVERIFY(q.next());
        QCOMPARE(q.value(4).toLongLong(), 2LL); // BOOL keeps the stored integer
        QCOMPARE(q.value(2).toDouble(), 3.1);   // NUMERIC affinity: SQLite stored a REAL
        QCOMPARE(q.value(9).toLongLong(), 7LL);

        const QSqlRecord table = c.db().record(QStringLiteral("x"));
        QCOMPARE(table.field(QStringLiteral("i")).defaultValue().toString(),
                 QStringLiteral("it's"));
        QCOMPARE(table.field(QStringLiteral("j")).defaultValue().toString(), QStringLiteral("7"));
        QVERIFY(table.field(QStringLiteral("a")).defaultValue().isNull());
        QCOMPARE(table.field(QStringLiteral("e")).metaType(), QMetaType::fromType<bool>());
    }

    // The policies apply to REAL values, as in QSQLITE; an INTEGER stays 64 bits whatever the
    // policy. LowPrecisionInt32 narrows only what fits: nothing is truncated silently.
    void precisionPolicyNeverTruncates()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        q.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
        QVERIFY(q.exec(QStringLiteral("SELECT 5, 1099511627776, 2.5, 1.0e12")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).metaType(), QMetaType::fromType<qlonglong>());
        QCOMPARE(q.value(0).toInt(), 5);
        QCOMPARE(q.value(1).metaType(), QMetaType::fromType<qlonglong>());
        QCOMPARE(q.value(1).toLongLong(), 1099511627776LL);
        QCOMPARE(q.value(2).metaType(), QMetaType::fromType<int>());
        QCOMPARE(q.value(2).toInt(), 2);
        QCOMPARE(q.value(3).toDouble(), 1.0e12);
        q.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
        QVERIFY(q.exec(QStringLiteral("SELECT 1.0e30")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 1.0e30);
    }

    void placeholders()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE p (a INTEGER, b TEXT, c TEXT)")));

        QVERIFY(q.prepare(QStringLiteral("INSERT INTO p VALUES (?, ?, '?')")));
        q.addBindValue(1);
        q.addBindValue(QStringLiteral("positional"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        QVERIFY(q.prepare(QStringLiteral("INSERT INTO p VALUES (?, ?, ?)")));
        q.bindValue(2, QStringLiteral("third"));
        q.bindValue(0, 2);
        q.bindValue(1, QStringLiteral("by index"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        // A named placeholder used twice binds one value.
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO p VALUES (:num, :text, :text || ':x')")));
        q.bindValue(QStringLiteral(":text"), QStringLiteral("named"));
        q.bindValue(QStringLiteral(":num"), 3);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        // Re-running a prepared statement with new values.
        q.bindValue(QStringLiteral(":num"), 4);
        q.bindValue(QStringLiteral(":text"), QStringLiteral("again"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        QVERIFY(q.prepare(QStringLiteral("SELECT a, b, c FROM p WHERE a >= :low ORDER BY a")));
        q.bindValue(QStringLiteral(":low"), 1);
        QVERIFY(q.exec());
        QStringList seen;
        while (q.next())
            seen << QStringLiteral("%1|%2|%3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        QCOMPARE(seen, QStringList(
                           {QStringLiteral("1|positional|?"), QStringLiteral("2|by index|third"),
                            QStringLiteral("3|named|named:x"), QStringLiteral("4|again|again:x")}));

        // Too few or too many values are refused rather than bound as NULL or dropped.
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO p VALUES (?, ?, ?)")));
        q.addBindValue(5);
        QVERIFY(!q.exec());
        QVERIFY(q.lastError().text().contains(QStringLiteral("mismatch")));
        QVERIFY(q.prepare(QStringLiteral("SELECT ?")));
        q.addBindValue(1);
        q.addBindValue(2);
        QVERIFY(!q.exec());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM p")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }

    void lastInsertIdAndRowsAffected()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE r (id INTEGER PRIMARY KEY, v INTEGER)")));
        QVERIFY(!q.lastInsertId().isValid());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO r (id, v) VALUES (?, ?)")));
        const qint64 hugeId = std::numeric_limits<qint64>::max() - 5;
        q.addBindValue(hugeId);
        q.addBindValue(1);
        QVERIFY(q.exec());
        QCOMPARE(q.lastInsertId().toLongLong(), hugeId);
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO r (id, v) VALUES (7, 2)")));
        QCOMPARE(q.lastInsertId().toLongLong(), qint64(7));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO r (id, v) VALUES (8, 2)")));
        QVERIFY(q.exec(QStringLiteral("UPDATE r SET v = 3 WHERE v = 2")));
        QCOMPARE(q.numRowsAffected(), 2);
        QVERIFY(!q.lastInsertId().isValid()); // an UPDATE inserts nothing
        QVERIFY(q.exec(QStringLiteral("DELETE FROM r")));
        QCOMPARE(q.numRowsAffected(), 3);
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM r")));
        QCOMPARE(q.numRowsAffected(), -1);
        QCOMPARE(q.size(), -1);

        // Two tables that hand out the same rowid one after the other: each insert reports it.
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE s (id INTEGER PRIMARY KEY, v INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO r (v) VALUES (1)")));
        const qint64 first = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO s (id, v) VALUES (%1, 1)").arg(first)));
        QCOMPARE(q.lastInsertId().toLongLong(), first);
        // An insert that was ignored inserted nothing.
        QVERIFY(
            q.exec(QStringLiteral("INSERT OR IGNORE INTO s (id, v) VALUES (%1, 2)").arg(first)));
        QVERIFY(!q.lastInsertId().isValid());

        // What the statement does decides, not how its text starts.
        QVERIFY(q.exec(QStringLiteral("/* a note */ INSERT INTO s (id, v) VALUES (40, 1)")));
        QCOMPARE(q.lastInsertId().toLongLong(), 40LL);
        QVERIFY(q.exec(QStringLiteral("-- a note\nINSERT INTO s (id, v) VALUES (41, 1)")));
        QCOMPARE(q.lastInsertId().toLongLong(), 41LL);
        QVERIFY(q.exec(
            QStringLiteral("WITH w(x) AS (SELECT 42) INSERT INTO s (id, v) SELECT x, 1 FROM w")));
        QCOMPARE(q.lastInsertId().toLongLong(), 42LL);
        QVERIFY(q.exec(QStringLiteral("  replace INTO s (id, v) VALUES (42, 2)")));
        QCOMPARE(q.lastInsertId().toLongLong(), 42LL);
        // An UPDATE whose trigger inserts did not insert a row of its own.
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER log AFTER UPDATE ON s BEGIN "
                                      "INSERT INTO r (v) VALUES (new.v); END")));
        QVERIFY(q.exec(QStringLiteral("UPDATE s SET v = 5 WHERE id = 40")));
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(!q.lastInsertId().isValid());
        // An INSERT that fires a trigger which inserts elsewhere reports its own row.
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER copy AFTER INSERT ON s BEGIN "
                                      "INSERT INTO r (v) VALUES (new.v); END")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO s (id, v) VALUES (77, 1)")));
        QCOMPARE(q.lastInsertId().toLongLong(), 77LL);
    }

    // A statement that inserted nothing of its own reports no rowid and no rows, even right
    // after an INSERT: CREATE TABLE writes sqlite_master (which SQLite reports as an insert),
    // the other schema statements and PRAGMAs change no rows, and a table WITHOUT ROWID has
    // no rowid to report. Neither the connection's previous rowid nor its previous count
    // of changed rows shows through.
    void nothingInsertedReportsNothing_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("rows");
        QTest::newRow("create table") << QStringLiteral("CREATE TABLE u (v INTEGER)") << 0;
        QTest::newRow("create table as")
            << QStringLiteral("CREATE TABLE w AS SELECT v FROM t") << 0;
        QTest::newRow("create index") << QStringLiteral("CREATE INDEX ti ON t (v)") << 0;
        QTest::newRow("create view") << QStringLiteral("CREATE VIEW tv AS SELECT v FROM t") << 0;
        QTest::newRow("create trigger")
            << QStringLiteral("CREATE TRIGGER tt AFTER DELETE ON t BEGIN SELECT 1; END") << 0;
        QTest::newRow("alter table") << QStringLiteral("ALTER TABLE t ADD COLUMN x TEXT") << 0;
        QTest::newRow("pragma") << QStringLiteral("PRAGMA user_version = 3") << 0;
        QTest::newRow("insert ignored")
            << QStringLiteral("INSERT OR IGNORE INTO t (id, v) VALUES (1, 9)") << 0;
        QTest::newRow("insert without rowid")
            << QStringLiteral("INSERT INTO k (name, v) VALUES ('a', 1)") << 1;
        QTest::newRow("insert without rowid, a column named rowid")
            << QStringLiteral("INSERT INTO k2 (rowid, v) VALUES ('a', 1)") << 1;
        QTest::newRow("insert select of nothing")
            << QStringLiteral("INSERT INTO t (v) SELECT v FROM t WHERE v > 100") << 0;
    }

    void nothingInsertedReportsNothing()
    {
        QFETCH(QString, sql);
        QFETCH(int, rows);
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE k (name TEXT PRIMARY KEY, v INTEGER) "
                                      "WITHOUT ROWID")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE k2 (rowid TEXT PRIMARY KEY, v INTEGER) "
                                      "WITHOUT ROWID")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t (v) VALUES (1), (2)")));
        QCOMPARE(q.lastInsertId().toLongLong(), 2LL);
        QCOMPARE(q.numRowsAffected(), 2);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY2(!q.lastInsertId().isValid(), qPrintable(q.lastInsertId().toString()));
        QCOMPARE(q.numRowsAffected(), rows);
    }

    // Preparing or running another statement never ends a query that is being read, also
    // one that opens tables as it goes (a correlated subquery per row). QSQLITE reads these
    // to the end.
    void queryBeingReadSurvivesOtherStatements()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, v INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE b (a_id INTEGER, w TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO a (v) VALUES (10), (20), (30), (40), (50)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO b VALUES (1, 'x'), (3, 'y'), (5, 'z')")));

        QSqlQuery list(c.db());
        list.setForwardOnly(true);
        QVERIFY(
            list.exec(QStringLiteral("SELECT id, (SELECT w FROM b WHERE b.a_id = a.id) FROM a")));
        QStringList seen;
        while (list.next()) {
            seen << list.value(0).toString() + list.value(1).toString();
            QSqlQuery lookup(c.db());
            QVERIFY(lookup.prepare(QStringLiteral("SELECT count(*) FROM b WHERE a_id = ?")));
            lookup.addBindValue(list.value(0));
            QVERIFY(lookup.exec() && lookup.next());
            QSqlQuery write(c.db());
            QVERIFY(write.exec(QStringLiteral("INSERT INTO b (a_id, w) VALUES (99, 'log')")));
        }
        QVERIFY2(!list.lastError().isValid(), qPrintable(list.lastError().text()));
        QCOMPARE(seen, QStringList({QStringLiteral("1x"), QStringLiteral("2"), QStringLiteral("3y"),
                                    QStringLiteral("4"), QStringLiteral("5z")}));
    }

    // Notifications as QSQLITE gives them: a subscribed table's changed rows, later, with
    // their rowids; once per name; none after unsubscribing or closing.
    void eventNotifications()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlDriver* driver = c.db().driver();
        QSignalSpy spy(driver, &QSqlDriver::notification);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE watched (id INTEGER PRIMARY KEY, v TEXT)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE other (v TEXT)")));
        QVERIFY(driver->subscribedToNotifications().isEmpty());
        QVERIFY(driver->subscribeToNotification(QStringLiteral("watched")));
        QVERIFY(!driver->subscribeToNotification(QStringLiteral("watched")));
        QCOMPARE(driver->subscribedToNotifications(), QStringList{QStringLiteral("watched")});

        QVERIFY(q.exec(QStringLiteral("INSERT INTO watched (id, v) VALUES (41, 'a')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO other (v) VALUES ('b')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE watched SET v = 'c' WHERE id = 41")));
        QCOMPARE(spy.size(), 0); // not from inside the statement: from the event loop
        QTRY_COMPARE(spy.size(), 2);
        for (const QList<QVariant>& arguments : std::as_const(spy)) {
            QCOMPARE(arguments.at(0).toString(), QStringLiteral("watched"));
            QCOMPARE(arguments.at(1).value<QSqlDriver::NotificationSource>(),
                     QSqlDriver::UnknownSource);
            QCOMPARE(arguments.at(2).toLongLong(), 41LL);
        }
        spy.clear();

        QVERIFY(driver->unsubscribeFromNotification(QStringLiteral("watched")));
        QVERIFY(!driver->unsubscribeFromNotification(QStringLiteral("watched")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM watched")));
        QTest::qWait(50);
        QCOMPARE(spy.size(), 0);

        QVERIFY(driver->subscribeToNotification(QStringLiteral("watched")));
        c.db().close();
        QVERIFY(driver->subscribedToNotifications().isEmpty());
    }

    void transactions()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE x (v INTEGER)")));
        QVERIFY(!c.driver()->isInTransaction());
        QVERIFY(c.db().transaction());
        QVERIFY(c.driver()->isInTransaction());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO x VALUES (1)")));
        QVERIFY(c.db().commit());
        QVERIFY(!c.driver()->isInTransaction());
        QVERIFY(c.db().transaction());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO x VALUES (2)")));
        QVERIFY(c.db().rollback());
        QVERIFY(!c.db().commit()); // nothing open any more
        QVERIFY(c.db().lastError().isValid());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(v) FROM x")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1"));
    }

    void busyTimeout()
    {
        const QString path = newPath();
        const SecretBytes key = testKey(1);
        Connection first(path, &key);
        QVERIFY(first.open());
        QSqlQuery q1(first.db());
        QVERIFY(q1.exec(QStringLiteral("CREATE TABLE b (v INTEGER)")));
        QVERIFY(first.db().transaction());
        QVERIFY(q1.exec(QStringLiteral("INSERT INTO b VALUES (1)")));

        Connection second(path, &key, QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT=200"));
        QVERIFY2(second.open(), qPrintable(second.db().lastError().text()));
        QSqlQuery q2(second.db());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!q2.exec(QStringLiteral("INSERT INTO b VALUES (2)")));
        const qint64 waited = timer.elapsed();
        QCOMPARE(q2.lastError().nativeErrorCode(), QString::number(SQLITE_BUSY));
        QVERIFY2(waited >= 150, qPrintable(QString::number(waited))); // it did wait…
        QVERIFY2(waited < 3000, qPrintable(QString::number(waited))); // …not the 5 s default
        QVERIFY(!second.db().transaction()); // BEGIN IMMEDIATE waits for the lock too
        QCOMPARE(second.db().lastError().nativeErrorCode(), QString::number(SQLITE_BUSY));

        QVERIFY(first.db().commit());
        QVERIFY2(q2.exec(QStringLiteral("INSERT INTO b VALUES (2)")),
                 qPrintable(q2.lastError().text()));
    }

    void badBusyTimeoutOption()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key,
                     QStringLiteral("QSQLCIPHER_CREATE;QSQLCIPHER_BUSY_TIMEOUT=x"));
        QVERIFY(!c.open());
        QVERIFY(c.db().isOpenError());
    }

    void nativeErrorCodes()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(!q.exec(QStringLiteral("SELEC 1")));
        QCOMPARE(q.lastError().nativeErrorCode(), QString::number(SQLITE_ERROR));
        QVERIFY(q.lastError().databaseText().contains(QStringLiteral("syntax error")));
        QVERIFY(!q.lastError().driverText().isEmpty());

        QVERIFY(q.exec(QStringLiteral("CREATE TABLE u (v TEXT UNIQUE NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO u VALUES ('a')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO u VALUES ('a')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QString::number(SQLITE_CONSTRAINT_UNIQUE));
        QVERIFY(q.lastError().databaseText().contains(QStringLiteral("UNIQUE")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO u VALUES (?)")));
        q.addBindValue(QVariant(QMetaType::fromType<QString>()));
        QVERIFY(!q.exec());
        QCOMPARE(q.lastError().nativeErrorCode(), QString::number(SQLITE_CONSTRAINT_NOTNULL));

        QVERIFY(!q.exec(QStringLiteral("SELECT 1; SELECT 2")));
        QVERIFY(!q.exec(QStringLiteral("   ")));
    }

    // One statement per query, as QSQLITE has it: after it only blanks and comments, not even
    // an empty statement; sqlite3_prepare_v2 would silently ignore whatever follows.
    void oneStatementOnly_data()
    {
        QTest::addColumn<QString>("tail");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("nothing") << QString() << true;
        QTest::newRow("semicolon") << QStringLiteral(";") << true;
        QTest::newRow("blanks") << QStringLiteral(";  \t\n\r ") << true;
        QTest::newRow("line comment") << QStringLiteral("; -- a note") << true;
        QTest::newRow("block comment") << QStringLiteral("; /* a; note */ ") << true;
        QTest::newRow("open block comment") << QStringLiteral(" /* to the end") << true;
        QTest::newRow("empty statement") << QStringLiteral(";;") << false;
        QTest::newRow("empty after comment") << QStringLiteral("; /* x */ ;") << false;
        QTest::newRow("second statement") << QStringLiteral("; SELECT 2") << false;
        QTest::newRow("half a statement") << QStringLiteral("; SELECT * FROM") << false;
        QTest::newRow("garbage") << QStringLiteral(";'\"\a\b\v") << false;
    }

    void oneStatementOnly()
    {
        QFETCH(QString, tail);
        QFETCH(bool, accepted);
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        const QString sql = QStringLiteral("CREATE TABLE one (v INTEGER)") + tail;
        QCOMPARE(q.prepare(sql), accepted);
        QCOMPARE(q.exec(sql), accepted);
        if (!accepted)
            QVERIFY(q.lastError().text().contains(QStringLiteral("one statement")));
        QCOMPARE(c.db().tables().contains(QStringLiteral("one")), accepted);
    }

    void wrongKeyRefused()
    {
        const QString path = newPath();
        {
            const SecretBytes key = testKey(1);
            Connection c(path, &key);
            QVERIFY(c.open());
            QSqlQuery q(c.db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE s (v TEXT)")));
        }
        const SecretBytes wrong = testKey(2);
        Connection c(path, &wrong, QString());
        QVERIFY(!c.open());
        QVERIFY(c.db().isOpenError());
        QVERIFY(!c.db().isOpen());
        QCOMPARE(c.db().lastError().nativeErrorCode(), QString::number(SQLITE_NOTADB));
        QVERIFY(c.db().lastError().text().contains(
            QStringLiteral("The key does not open this register")));
        QSqlQuery q(c.db());
        QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::exec: database not open");
        QVERIFY(!q.exec(QStringLiteral("SELECT 1"))); // no crash on a failed connection

        // The same driver opens with the right key afterwards.
        const SecretBytes right = testKey(1);
        c.driver()->setRawKey(right);
        QVERIFY(c.open());
        QVERIFY(c.db().tables().contains(QStringLiteral("s")));
    }

    void badKeysRefused()
    {
        const SecretBytes shortKey = testKey(1, 16);
        Connection shortConn(newPath(), &shortKey);
        QVERIFY(!shortConn.open());
        QVERIFY(shortConn.db().isOpenError());
        QVERIFY(shortConn.db().lastError().text().contains(QStringLiteral("32 bytes")));

        const SecretBytes empty;
        Connection emptyConn(newPath(), &empty);
        QVERIFY(!emptyConn.open());
        QVERIFY(emptyConn.db().lastError().text().contains(QStringLiteral("32 bytes")));

        Connection noKey(newPath(), nullptr);
        QVERIFY(!noKey.open());

        // The raw key is taken once: a second open() without setRawKey() has no key.
        const QString path = newPath();
        const SecretBytes key = testKey(1);
        Connection once(path, &key);
        QVERIFY(once.open());
        once.db().close();
        QVERIFY(!once.open());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never-created.db"))));
    }

    void passwordRefused()
    {
        const QString path = newPath();
        const SecretBytes key = testKey(1);
        Connection c(path, &key);
        c.db().setPassword(QStringLiteral("hunter2"));
        QVERIFY(!c.open());
        QVERIFY(c.db().isOpenError());
        QVERIFY(c.db().lastError().text().contains(QStringLiteral("password")));
        QVERIFY(!QFile::exists(path)); // refused before any file was touched
    }

    void keyCopyIsWiped()
    {
        const SecretBytes key = testKey(1);
        const int before = SecretBytes::liveCount();
        Connection c(newPath(), &key);
        QCOMPARE(SecretBytes::liveCount(), before + 1); // the driver's own copy
        QVERIFY(c.open());
        QCOMPARE(SecretBytes::liveCount(), before); // gone once SQLCipher has the key
    }

    void missingFileWithoutCreate()
    {
        const QString path = newPath();
        const SecretBytes key = testKey(1);
        Connection c(path, &key, QString());
        QVERIFY(!c.open());
        QCOMPARE(c.db().lastError().nativeErrorCode(), QString::number(SQLITE_CANTOPEN));
        QVERIFY(!QFile::exists(path));
    }

    void foreignFilesFailClosed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray plain("SQLite format 3", 16);
        for (int i = 0; i < 4096; ++i)
            plain.append(static_cast<char>((i * 37 + 11) & 0xff));
        // A plain SQLite header: page size 1024, then zeros, as a real unencrypted file has.
        QByteArray header("SQLite format 3", 16);
        header.append(QByteArray::fromHex("04000101004020200000000100000001"));
        header.append(QByteArray(2048 - header.size(), '\0'));
        QByteArray random;
        for (int i = 0; i < 8192; ++i)
            random.append(static_cast<char>((i * 7919 + i / 3) & 0xff));
        QTest::newRow("plain header + garbage") << plain;
        QTest::newRow("plain sqlite header") << header;
        QTest::newRow("random bytes") << random;
        QTest::newRow("short file") << QByteArray("hello");
    }

    void foreignFilesFailClosed()
    {
        QFETCH(QByteArray, content);
        const QString path = newPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const SecretBytes key = testKey(1);
        Connection c(path, &key, QString());
        QVERIFY(!c.open());
        QVERIFY(c.db().isOpenError());
        QCOMPARE(c.db().lastError().nativeErrorCode(), QString::number(SQLITE_NOTADB));
        QCOMPARE(readAll(path), content); // left untouched
    }

    void fileIsEncrypted()
    {
        const QString path = newPath();
        const QByteArray marker("TALLENNE-PLAINTEXT-MARKER-0123456789");
        const SecretBytes key = testKey(1);
        {
            Connection c(path, &key);
            QVERIFY(c.open());
            QSqlQuery q(c.db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE m (v TEXT)")));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO m VALUES (?)")));
            for (int i = 0; i < 50; ++i) {
                q.addBindValue(QString::fromLatin1(marker) + QString::number(i));
                QVERIFY(q.exec());
            }
            // While open, the new pages sit in the WAL: it must be ciphertext too.
            const QByteArray wal = readAll(path + QStringLiteral("-wal"));
            QVERIFY2(wal.size() > 1024, "expected the writes in the -wal file");
            QVERIFY(!wal.contains(marker));
            QVERIFY(!wal.contains("CREATE TABLE"));
            QVERIFY(!readAll(path).contains(marker));
        }
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() >= 2048);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(marker));
        QVERIFY(!bytes.contains("CREATE TABLE"));
        QVERIFY(!readAll(path + QStringLiteral("-wal")).contains(marker));

        // The control: the marker really was stored.
        Connection c(path, &key, QString());
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM m WHERE v LIKE 'TALLENNE-%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 50);
    }

    void tamperedPageFails()
    {
        const QString path = newPath();
        const SecretBytes key = testKey(1);
        const int rows = 300;
        {
            Connection c(path, &key);
            QVERIFY(c.open());
            QSqlQuery q(c.db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT)")));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO big (v) VALUES (?)")));
            for (int i = 0; i < rows; ++i) {
                q.addBindValue(QString(100, QLatin1Char('a' + i % 26)));
                QVERIFY(q.exec());
            }
        }
        QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 1024 * 10);
        const int offset = 1024 * 2 + 100;
        bytes[offset] = static_cast<char>(bytes[offset] ^ 0x01);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();

        Connection c(path, &key, QString());
        // Page 1 is intact, so the open may succeed; reading the flipped page must not.
        if (!c.open()) {
            QVERIFY(c.db().isOpenError());
            return;
        }
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        int seen = 0;
        bool failed = !q.exec(QStringLiteral("SELECT v FROM big ORDER BY id"));
        if (!failed) {
            while (q.next())
                ++seen;
            failed = q.lastError().isValid();
        }
        QVERIFY2(failed, "a tampered page was read without an error");
        QVERIFY(seen < rows);
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        QVERIFY2(code == SQLITE_NOTADB || code == SQLITE_CORRUPT,
                 qPrintable(q.lastError().nativeErrorCode()));
    }

    void forwardOnlyLargeResult()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE n (v INTEGER)")));
        const int count = 100000;
        QVERIFY(c.db().transaction());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO n VALUES (?)")));
        for (int i = 0; i < count; ++i) {
            q.addBindValue(i);
            QVERIFY(q.exec());
        }
        QVERIFY(c.db().commit());

        QSqlQuery r(c.db());
        r.setForwardOnly(true);
        QVERIFY(r.exec(QStringLiteral("SELECT v FROM n ORDER BY v")));
        qint64 sum = 0;
        int seen = 0;
        while (r.next()) {
            QCOMPARE_LT(r.at(), count);
            sum += r.value(0).toLongLong();
            ++seen;
        }
        QCOMPARE(seen, count);
        QCOMPARE(sum, qint64(count) * (count - 1) / 2);
        QVERIFY(!r.lastError().isValid());
        QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::seek: cannot seek backwards in a forward "
                                           "only query");
        QVERIFY(!r.previous()); // forward only means forward only
    }

    void scrollableQuery()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE s (v INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO s VALUES (0), (1), (2), (3), (4), (5)")));
        QVERIFY(q.exec(QStringLiteral("SELECT v FROM s ORDER BY v")));
        QVERIFY(q.seek(4));
        QCOMPARE(q.value(0).toInt(), 4);
        QVERIFY(q.seek(1)); // backwards: re-run and step
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.previous());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.last());
        QCOMPARE(q.at(), 5);
        QCOMPARE(q.value(0).toInt(), 5);
        QVERIFY(!q.next());
        QVERIFY(q.first());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.seek(2, true));
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(!q.seek(6));
        QVERIFY(q.seek(3));
        QCOMPARE(q.value(0).toInt(), 3);
        q.finish();
        QVERIFY(!q.isActive());

        QVERIFY(q.exec(QStringLiteral("SELECT v FROM s WHERE v > 100")));
        QVERIFY(!q.next());
        QVERIFY(!q.last());
        QVERIFY(!q.first());
    }

    void queryModel()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE qm (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(c.db().transaction());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO qm (name) VALUES (:name)")));
        for (int i = 0; i < 1000; ++i) {
            q.bindValue(QStringLiteral(":name"), QStringLiteral("Käyttäjä %1").arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(c.db().commit());

        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT id, name FROM qm ORDER BY id"), c.db());
        QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
        // Attached after setQuery(): QSqlQueryModel itself inserts rows inside its model reset
        // there, which the tester (rightly) reports whatever the driver.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 0); // fetched in batches (QuerySize is false)
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
        while (model.canFetchMore())
            model.fetchMore();
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.data(model.index(999, 1)).toString(), QStringLiteral("Käyttäjä 999"));
        QCOMPARE(model.data(model.index(3, 1)).toString(), QStringLiteral("Käyttäjä 3"));
        QCOMPARE(model.data(model.index(500, 0)).toLongLong(), qint64(501));
        QCOMPARE(model.record(42).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Käyttäjä 42"));
    }

    void tableModelEdits()
    {
        const QString path = newPath();
        const SecretBytes key = testKey(1);
        {
            Connection c(path, &key);
            QVERIFY(c.open());
            QSqlQuery q(c.db());
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note BLOB)")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO people (name) VALUES ('Aino'), ('Eino'), ('Oona')")));
            QVERIFY(c.db().tables().contains(QStringLiteral("people")));
            QVERIFY(!c.db().tables().contains(QStringLiteral("sqlite_master")));
            QVERIFY(c.db().tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));
            const QSqlRecord record = c.db().record(QStringLiteral("people"));
            QCOMPARE(record.count(), 3);
            QCOMPARE(record.field(1).metaType(), QMetaType::fromType<QString>());
            QCOMPARE(record.field(1).requiredStatus(), QSqlField::Required);
            QVERIFY(record.field(0).isAutoValue());
            const QSqlIndex pk = c.db().primaryIndex(QStringLiteral("people"));
            QCOMPARE(pk.count(), 1);
            QCOMPARE(pk.fieldName(0), QStringLiteral("id"));

            QSqlTableModel model(nullptr, c.db());
            model.setTable(QStringLiteral("people"));
            model.setEditStrategy(QSqlTableModel::OnManualSubmit);
            model.setSort(0, Qt::AscendingOrder);
            QVERIFY2(model.select(), qPrintable(model.lastError().text()));
            QCOMPARE(model.rowCount(), 3);
            QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("Eino"));
            QVERIFY(model.setData(model.index(1, 1), QStringLiteral("Äijä Öörni")));
            QVERIFY(model.setData(model.index(1, 2), QByteArray("\0\x01\x02", 3)));
            QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
            // A new row through the model as well.
            const int row = model.rowCount();
            QVERIFY(model.insertRow(row));
            QVERIFY(model.setData(model.index(row, 1), QStringLiteral("Uusi")));
            QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
        }
        Connection c(path, &key, QString());
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("SELECT name, note FROM people ORDER BY id")));
        QStringList names;
        QByteArray note;
        while (q.next()) {
            names << q.value(0).toString();
            if (names.size() == 2)
                note = q.value(1).toByteArray();
        }
        QCOMPARE(names, QStringList({QStringLiteral("Aino"), QStringLiteral("Äijä Öörni"),
                                     QStringLiteral("Oona"), QStringLiteral("Uusi")}));
        QCOMPARE(note, QByteArray("\0\x01\x02", 3));
    }

    void rekey()
    {
        const QString path = newPath();
        const SecretBytes oldKey = testKey(1);
        const SecretBytes newKey = testKey(9);
        {
            Connection c(path, &oldKey);
            QVERIFY(c.open());
            QSqlQuery q(c.db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE k (v TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO k VALUES ('säilyy')")));
            QString error;
            QVERIFY(!c.driver()->rekey(testKey(3, 31), &error));
            QVERIFY(error.contains(QStringLiteral("32 bytes")));
            QVERIFY2(c.driver()->rekey(newKey, &error), qPrintable(error));
            QVERIFY(q.exec(QStringLiteral("SELECT v FROM k")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("säilyy"));
        }
        {
            Connection old(path, &oldKey, QString());
            QVERIFY(!old.open());
            QCOMPARE(old.db().lastError().nativeErrorCode(), QString::number(SQLITE_NOTADB));
        }
        Connection c(path, &newKey, QString());
        QVERIFY2(c.open(), qPrintable(c.db().lastError().text()));
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("SELECT v FROM k")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("säilyy"));
    }

    void closeWithLiveQuery()
    {
        const SecretBytes key = testKey(1);
        Connection c(newPath(), &key);
        QVERIFY(c.open());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("SELECT 1 UNION ALL SELECT 2")));
        QVERIFY(q.next());
        c.db().close(); // finalizes the statement under the query
        QVERIFY(!q.isActive());
        QVERIFY(!q.next());
        QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::exec: database not open");
        QVERIFY(!q.exec(QStringLiteral("SELECT 1")));
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
