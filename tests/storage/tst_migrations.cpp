// Migrations: order, idempotence, rollback of a failing step, refusal of a newer schema.

#include "SqlCipherTestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tallenne;
using tallenne::test::testKey;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    int m_files = 0;

    // Each step records that it ran, so order and repetition are visible.
    static Migration logging(int version)
    {
        return {version, QStringLiteral("step %1").arg(version),
                [version](QSqlDatabase& db, Error* error) {
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("INSERT INTO ran (version) VALUES (?)"));
                    q.addBindValue(version);
                    if (!q.exec())
                        return fail(error, ErrorKind::Environment, q.lastError().text());
                    return true;
                }};
    }

    QList<int> ran()
    {
        QList<int> out;
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT version FROM ran ORDER BY rowid")))
            return {-1};
        while (q.next())
            out << q.value(0).toInt();
        return out;
    }

    bool tableExists(const QString& name) { return m_db.tables().contains(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        Error error;
        m_database = Database::open(m_dir.filePath(QStringLiteral("m%1.db").arg(++m_files)),
                                    testKey(1), Database::Mode::CreateNew, &error);
        QVERIFY2(m_database, qPrintable(error.message));
        m_db = m_database->db();
        QVERIFY(m_database->exec(QStringLiteral("CREATE TABLE ran (version INTEGER)"), {}, &error));
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        m_database.reset();
    }

    void newDatabaseIsVersionZero() { QCOMPARE(Migrations::currentVersion(m_db), 0); }

    void appliedInOrder()
    {
        Error error;
        QVERIFY2(Migrations::apply(m_db, {logging(1), logging(2), logging(5)}, &error),
                 qPrintable(error.message));
        QCOMPARE(Migrations::currentVersion(m_db), 5);
        QCOMPARE(ran(), QList<int>({1, 2, 5}));
    }

    void idempotentAndIncremental()
    {
        Error error;
        QVERIFY(Migrations::apply(m_db, {logging(1), logging(2)}, &error));
        QVERIFY(Migrations::apply(m_db, {logging(1), logging(2)}, &error));
        QCOMPARE(ran(), QList<int>({1, 2}));
        QVERIFY(Migrations::apply(m_db, {logging(1), logging(2), logging(3)}, &error));
        QCOMPARE(ran(), QList<int>({1, 2, 3}));
        QCOMPARE(Migrations::currentVersion(m_db), 3);
    }

    void sqlSteps()
    {
        const QList<Migration> steps = {
            Migration::fromSql(1, QStringLiteral("calls"),
                               {QStringLiteral("CREATE TABLE calls (id INTEGER PRIMARY KEY)"),
                                QStringLiteral("CREATE INDEX calls_id ON calls (id)")}),
            Migration::fromSql(2, QStringLiteral("chats"),
                               {QStringLiteral("CREATE TABLE chats (id INTEGER PRIMARY KEY)")}),
        };
        Error error;
        QVERIFY2(Migrations::apply(m_db, steps, &error), qPrintable(error.message));
        QVERIFY(tableExists(QStringLiteral("calls")));
        QVERIFY(tableExists(QStringLiteral("chats")));
        QCOMPARE(Migrations::currentVersion(m_db), 2);
    }

    void failingStepRollsBack()
    {
        const Migration failing{2, QStringLiteral("half done"), [](QSqlDatabase& db, Error* error) {
                                    QSqlQuery q(db);
                                    if (!q.exec(QStringLiteral("CREATE TABLE half (v INTEGER)")))
                                        return false;
                                    if (!q.exec(QStringLiteral("INSERT INTO ran VALUES (2)")))
                                        return false;
                                    return fail(error, ErrorKind::Damaged,
                                                QStringLiteral("step refuses"));
                                }};
        Error error;
        QVERIFY(!Migrations::apply(m_db, {logging(1), failing, logging(3)}, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY(error.message.contains(QStringLiteral("Schema step 2 (half done)")));
        QVERIFY(error.message.contains(QStringLiteral("step refuses")));
        QCOMPARE(Migrations::currentVersion(m_db), 1);
        QVERIFY(!tableExists(QStringLiteral("half")));
        QCOMPARE(ran(), QList<int>({1})); // neither step 2's row nor step 3
        QVERIFY(!qobject_cast<const SqlCipherDriver*>(m_db.driver())->isInTransaction());

        // A bad SQL step behaves the same.
        const Migration badSql = Migration::fromSql(
            2, QStringLiteral("bad"),
            {QStringLiteral("CREATE TABLE half (v INTEGER)"), QStringLiteral("CREATE TABL x")});
        QVERIFY(!Migrations::apply(m_db, {logging(1), badSql}, &error));
        QCOMPARE(Migrations::currentVersion(m_db), 1);
        QVERIFY(!tableExists(QStringLiteral("half")));

        // Fixed code then applies the rest.
        QVERIFY(Migrations::apply(m_db, {logging(1), logging(2), logging(3)}, &error));
        QCOMPARE(ran(), QList<int>({1, 2, 3}));
    }

    void newerVersionRefused()
    {
        Error error;
        QVERIFY(Migrations::apply(m_db, {logging(1), logging(2), logging(3)}, &error));
        QVERIFY(!Migrations::apply(m_db, {logging(1), logging(2)}, &error));
        QCOMPARE(error.kind, ErrorKind::Environment);
        QVERIFY(error.message.contains(QStringLiteral("newer Tallenne")));
        QCOMPARE(Migrations::currentVersion(m_db), 3);
        QCOMPARE(ran(), QList<int>({1, 2, 3}));
    }

    void badStepListRefused()
    {
        Error error;
        QVERIFY(!Migrations::apply(m_db, {logging(2), logging(1)}, &error));
        QCOMPARE(error.kind, ErrorKind::Usage);
        QVERIFY(!Migrations::apply(m_db, {logging(0)}, &error));
        QVERIFY(!Migrations::apply(m_db, {Migration{1, QStringLiteral("empty"), {}}}, &error));
        QCOMPARE(Migrations::currentVersion(m_db), 0);
        QCOMPARE(ran(), QList<int>());
    }

    void versionSurvivesReopen()
    {
        Error error;
        QVERIFY(Migrations::apply(m_db, {logging(1), logging(2)}, &error));
        const QString path = m_database->path();
        m_db = QSqlDatabase();
        m_database.reset();
        m_database = Database::open(path, testKey(1), Database::Mode::OpenExisting, &error);
        QVERIFY(m_database);
        m_db = m_database->db();
        QCOMPARE(Migrations::currentVersion(m_db), 2);
    }

    // Schema step 5 on a register of version 4: the calls already there get their leg
    // columns and recording state, and are linked to the data subject of their number.
    void callLegsStepLinksExistingCalls()
    {
        Error error;
        QList<Migration> steps = Schema::migrations();
        const QList<Migration> upToFour = steps.mid(0, 4);
        QCOMPARE(upToFour.last().version, 4);
        QVERIFY2(Migrations::apply(m_db, upToFour, &error), qPrintable(error.message));
        QSqlQuery q(m_db);
        // Three calls from one number, one from another, one from a number two subjects
        // share, one internal; the first number already belongs to a subject.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO subjects (id, created_at, restricted) VALUES"
                                      " (1, 0, 1), (2, 0, 0), (3, 0, 0)")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO subject_identifiers (subject_id, kind, value) VALUES"
                                  " (1, 'phone', '+358401112233'), (2, 'phone', '+358409998877'),"
                                  " (3, 'phone', '+358409998877')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO calls (source_id, started_at, direction, caller, disposition) VALUES"
            " ('1714633200.41', 1, 'inbound', '+358401112233', 'ANSWERED'),"
            " ('1714633200.42', 2, 'inbound', '+358401112233', 'ANSWERED'),"
            " ('sha256:ab', 3, 'inbound', '+358401112233', 'BUSY'),"
            " ('1714633200.44', 4, 'inbound', '+358501234567', 'ANSWERED'),"
            " ('1714633200.45', 5, 'inbound', '+358409998877', 'ANSWERED'),"
            " ('1714633200.46', 6, 'internal', '201', 'ANSWERED'),"
            // As a trunk delivers it, stored as written by 0.1: read again, then linked.
            " ('1714633200.47', 7, 'inbound', '358401112241', 'ANSWERED')")));
        // Up to step 5: step 7 seals identifiers to key slots, which this bare file has none of
        // (tst_keys migrates a register that has them).
        QList<Migration> toLegs;
        for (const Migration& m : std::as_const(steps)) {
            if (m.version <= 5)
                toLegs << m;
        }
        QVERIFY2(Migrations::apply(m_db, toLegs, &error), qPrintable(error.message));
        QVERIFY(
            q.exec(QStringLiteral("SELECT source_id, ifnull(subject_id, ''), restricted, unique_id,"
                                  " conversation, recording_status FROM calls ORDER BY id")));
        QStringList got;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 6; ++i)
                row << q.value(i).toString();
            got << row.join(QLatin1Char('|'));
        }
        const QStringList expected = {
            QStringLiteral("1714633200.41|1|1|1714633200.41|1714633200.41|0"),
            QStringLiteral("1714633200.42|1|1|1714633200.42|1714633200.42|0"),
            QStringLiteral("sha256:ab|1|1||sha256:ab|0"),
            QStringLiteral("1714633200.44|4|0|1714633200.44|1714633200.44|0"), // a new subject
            QStringLiteral("1714633200.45||0|1714633200.45|1714633200.45|0"),  // shared number
            QStringLiteral("1714633200.46||0|1714633200.46|1714633200.46|0"),  // internal
            QStringLiteral("1714633200.47|5|0|1714633200.47|1714633200.47|0"),
        };
        QCOMPARE(got, expected);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT value FROM subject_identifiers WHERE subject_id = 4 AND kind = 'phone'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("+358501234567"));
        QVERIFY(q.exec(QStringLiteral("SELECT caller FROM calls WHERE subject_id = 5")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("+358401112241"));
    }

    // Schema step 8 on a register of version 7: the messages already there are indexed
    // again with their word stems, and the index follows later changes of the text.
    void chatStemsStepIndexesExistingMessages()
    {
        Error error;
        QList<Migration> toSeven;
        for (const Migration& m : Schema::migrations()) {
            if (m.version <= 7)
                toSeven << m;
        }
        QVERIFY2(Migrations::apply(m_db, toSeven, &error), qPrintable(error.message));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO chats (id, source_id, started_at, nickname,"
                                      " channel) VALUES (1, 'c1', 1, 'N', 'web')")));
        QVERIFY(q.exec(QString::fromUtf8(
            "INSERT INTO chat_messages (id, chat_id, seq, sent_at, sender, text) VALUES"
            " (10, 1, 1, 1, 'customer', 'Odotan päätöstä.'),"
            " (11, 1, 2, 2, 'agent', 'Päätepysäkki on lähellä.')")));
        // Up to step 15: step 16 gives the index docids of another kind (its own test below).
        QList<Migration> toFifteen;
        for (const Migration& m : Schema::migrations()) {
            if (m.version <= 15)
                toFifteen << m;
        }
        QVERIFY2(Migrations::apply(m_db, toFifteen, &error), qPrintable(error.message));
        QVERIFY(Migrations::currentVersion(m_db) >= 8);
        const auto found = [this](const QString& match) {
            QSqlQuery f(m_db);
            f.prepare(QStringLiteral("SELECT docid FROM chat_messages_fts WHERE"
                                     " chat_messages_fts MATCH ? ORDER BY docid"));
            f.addBindValue(match);
            QList<qint64> ids;
            if (!f.exec())
                return QList<qint64>{-1};
            while (f.next())
                ids << f.value(0).toLongLong();
            return ids;
        };
        // "päätös" and "päätöstä" share the stem päätö (diacritics folded by the tokenizer).
        QCOMPARE(found(QStringLiteral("stems:paato")), QList<qint64>{10});
        QCOMPARE(found(QString::fromUtf8("text:päätöstä")), QList<qint64>{10});
        QVERIFY(q.exec(
            QString::fromUtf8("UPDATE chat_messages SET text = 'Sain päätöksen.' WHERE id = 11")));
        QCOMPARE(found(QStringLiteral("stems:paato")), (QList<qint64>{10, 11}));
        QCOMPARE(found(QString::fromUtf8("text:päätepysäkki")), QList<qint64>());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM chat_messages WHERE id = 10")));
        QCOMPARE(found(QStringLiteral("stems:paato")), QList<qint64>{11});
    }

    // Schema step 16 on a register of version 15: the messages already there are indexed again
    // under docids in their time order, so the newest hits come first from the index itself
    // (no sort), and the index follows later messages, changes of text or time, and deletions.
    void chatSearchOrderStepIndexesExistingMessages()
    {
        Error error;
        QList<Migration> toFifteen;
        for (const Migration& m : Schema::migrations()) {
            if (m.version <= 15)
                toFifteen << m;
        }
        QVERIFY2(Migrations::apply(m_db, toFifteen, &error), qPrintable(error.message));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO chats (id, source_id, started_at, nickname,"
                                      " channel) VALUES (1, 'c1', 1, 'N', 'web')")));
        // Ids out of time order, and two messages of the same second.
        QVERIFY(q.exec(QString::fromUtf8(
            "INSERT INTO chat_messages (id, chat_id, seq, sent_at, sender, text) VALUES"
            " (10, 1, 1, 1700000300, 'customer', 'Odotan päätöstä.'),"
            " (11, 1, 2, 1700000100, 'agent', 'Päätös tulee.'),"
            " (12, 1, 3, 1700000300, 'agent', 'Päätöksen saat huomenna.'),"
            " (13, 1, 4, 1700000200, 'customer', 'Kiitos.')")));
        QVERIFY2(Migrations::apply(m_db, Schema::migrations(), &error), qPrintable(error.message));
        QCOMPARE(Migrations::currentVersion(m_db), 17);
        // The hits newest first, as the search lists them: time, then id, both descending.
        const auto found = [this](const QString& match) {
            QSqlQuery f(m_db);
            f.prepare(QStringLiteral("SELECT m.id FROM chat_messages_fts CROSS JOIN"
                                     " chat_messages m ON m.id = ") +
                      Schema::chatSearchIdSql(QStringLiteral("chat_messages_fts.docid")) +
                      QStringLiteral(" WHERE chat_messages_fts MATCH ? ORDER BY"
                                     " chat_messages_fts.docid DESC"));
            f.addBindValue(match);
            QList<qint64> ids;
            if (!f.exec())
                return QList<qint64>{-1};
            while (f.next())
                ids << f.value(0).toLongLong();
            return ids;
        };
        QCOMPARE(found(QStringLiteral("stems:paato")), (QList<qint64>{12, 10, 11}));
        QCOMPARE(found(QStringLiteral("kiitos")), QList<qint64>{13});
        // The order is the index's own: no temporary B-tree sorts the hits.
        QSqlQuery plan(m_db);
        QVERIFY(plan.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT m.id FROM chat_messages_fts CROSS JOIN chat_messages m"
            " ON m.id = (chat_messages_fts.docid & 1073741823) WHERE chat_messages_fts MATCH"
            " 'paato' ORDER BY chat_messages_fts.docid DESC LIMIT 2")));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        QVERIFY2(!steps.join(QLatin1Char('\n')).contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
        QCOMPARE(Schema::chatSearchKey(1700000300, 12) > Schema::chatSearchKey(1700000300, 10),
                 true);
        QCOMPARE(Schema::chatSearchKey(1700000300, 10) > Schema::chatSearchKey(1700000100, 11),
                 true);
        // A new message, a redaction, a message moved in time and a deletion.
        QVERIFY(q.exec(QString::fromUtf8("INSERT INTO chat_messages (id, chat_id, seq, sent_at,"
                                         " sender, text) VALUES (14, 1, 5, 1700000150, 'agent',"
                                         " 'Päätös on tehty.')")));
        QCOMPARE(found(QStringLiteral("stems:paato")), (QList<qint64>{12, 10, 14, 11}));
        QVERIFY(q.exec(QStringLiteral("UPDATE chat_messages SET text = 'Odotan.' WHERE id = 10")));
        QCOMPARE(found(QStringLiteral("stems:paato")), (QList<qint64>{12, 14, 11}));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE chat_messages SET sent_at = 1700000400 WHERE id = 11")));
        QCOMPARE(found(QStringLiteral("stems:paato")), (QList<qint64>{11, 12, 14}));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM chat_messages WHERE id = 12")));
        QCOMPARE(found(QStringLiteral("stems:paato")), (QList<qint64>{11, 14}));
        QCOMPARE(found(QStringLiteral("text:odotan")), QList<qint64>{10});
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
