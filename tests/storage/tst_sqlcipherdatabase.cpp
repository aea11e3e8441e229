// The Database facade: create/open modes, the cipher profile marker, error kinds, rekey.

#include "SqlCipherTestSupport.h"

#include "storage/CipherPageCheck.h"
#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tallenne;
using tallenne::test::Connection;
using tallenne::test::readAll;
using tallenne::test::testKey;

class TestSqlCipherDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("register%1.db").arg(++m_files)); }

    static QString readMarker(Database& database)
    {
        QSqlQuery q;
        Error error;
        if (!database.exec(QStringLiteral("SELECT value FROM tallenne_meta WHERE name = ?"),
                           {Database::cipherProfileKey()}, &error, &q) ||
            !q.next())
            return {};
        return q.value(0).toString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createThenOpen()
    {
        const QString path = newPath();
        const SecretBytes key = testKey(1);
        QString name;
        {
            Error error;
            auto database = Database::open(path, key, Database::Mode::CreateNew, &error);
            QVERIFY2(database, qPrintable(error.message));
            QVERIFY(!error.isError());
            name = database->connectionName();
            QVERIFY(QSqlDatabase::contains(name));
            QVERIFY(database->db().isOpen());
            QCOMPARE(readMarker(*database), QString::fromLatin1(kCipherProfile));
            QVERIFY(database->exec(QStringLiteral("CREATE TABLE t (v TEXT)"), {}, &error));
            QVERIFY(database->exec(QStringLiteral("INSERT INTO t VALUES (?)"),
                                   {QStringLiteral("Pääkäyttäjä")}, &error));
        }
        QVERIFY(!QSqlDatabase::contains(name)); // the destructor removed the connection
        QVERIFY(!readAll(path).startsWith("SQLite format 3"));

        Error error;
        auto first = Database::open(path, key, Database::Mode::OpenExisting, &error);
        QVERIFY2(first, qPrintable(error.message));
        auto second = Database::open(path, key, Database::Mode::OpenExisting, &error);
        QVERIFY2(second, qPrintable(error.message));
        QVERIFY(first->connectionName() != second->connectionName());
        QSqlQuery q;
        QVERIFY(second->exec(QStringLiteral("SELECT v FROM t"), {}, &error, &q));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Pääkäyttäjä"));
    }

    void createRefusesExistingFile()
    {
        const QString path = newPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        Error error;
        QVERIFY(!Database::open(path, testKey(1), Database::Mode::CreateNew, &error));
        QCOMPARE(error.kind, ErrorKind::Usage);
        QVERIFY(error.message.contains(QStringLiteral("already exists")));
        QCOMPARE(readAll(path), QByteArray("keep me"));
    }

    void openMissingFile()
    {
        const QString path = newPath();
        Error error;
        QVERIFY(!Database::open(path, testKey(1), Database::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, ErrorKind::Environment);
        QVERIFY(error.message.contains(QStringLiteral("no register file")));
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-dir/register.db"));
        Error error;
        QVERIFY(!Database::open(path, testKey(1), Database::Mode::CreateNew, &error));
        QCOMPARE(error.kind, ErrorKind::Environment);
        QVERIFY(error.message.contains(QStringLiteral("Unable to open")));
    }

    void wrongKeyIsDamaged()
    {
        const QString path = newPath();
        Error error;
        QVERIFY(Database::open(path, testKey(1), Database::Mode::CreateNew, &error));
        QVERIFY(!Database::open(path, testKey(2), Database::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY(error.message.contains(QStringLiteral("The key does not open this register")));
    }

    void shortKeyRefused()
    {
        Error error;
        QVERIFY(!Database::open(newPath(), testKey(1, 31), Database::Mode::CreateNew, &error));
        QCOMPARE(error.kind, ErrorKind::Usage);
    }

    void foreignFileIsDamaged()
    {
        const QString path = newPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3", 16);
        bytes.append(QByteArray(4080, 'z'));
        file.write(bytes);
        file.close();
        Error error;
        QVERIFY(!Database::open(path, testKey(1), Database::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QCOMPARE(readAll(path), bytes);
    }

    void markerMissingIsDamaged()
    {
        // Encrypted with the right key and settings, but not made by Database: no marker.
        const QString path = newPath();
        const SecretBytes key = testKey(1);
        {
            Connection c(path, &key);
            QVERIFY(c.open());
            QSqlQuery q(c.db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE other (v TEXT)")));
        }
        Error error;
        QVERIFY(!Database::open(path, key, Database::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY(error.message.contains(QStringLiteral("not a Tallenne register")));
    }

    void markerMismatchIsDamaged()
    {
        const QString path = newPath();
        const SecretBytes key = testKey(1);
        {
            Error error;
            auto database = Database::open(path, key, Database::Mode::CreateNew, &error);
            QVERIFY(database);
            QVERIFY(database->exec(QStringLiteral("UPDATE tallenne_meta SET value = ? "
                                                  "WHERE name = ?"),
                                   {QStringLiteral("sqlcipher4:raw-key:aes-256-cbc:hmac-sha512"),
                                    Database::cipherProfileKey()},
                                   &error));
        }
        Error error;
        QVERIFY(!Database::open(path, key, Database::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        QVERIFY(error.message.contains(QStringLiteral("sqlcipher4:raw-key")));
        QVERIFY(error.message.contains(QString::fromLatin1(kCipherProfile)));
    }

    void execMapsErrors()
    {
        Error error;
        auto database = Database::open(newPath(), testKey(1), Database::Mode::CreateNew, &error);
        QVERIFY(database);
        QVERIFY(database->exec(QStringLiteral("CREATE TABLE u (v TEXT UNIQUE)"), {}, &error));
        QVERIFY(database->exec(QStringLiteral("INSERT INTO u VALUES (:v)"), {1}, &error));
        QVERIFY(!database->exec(QStringLiteral("INSERT INTO u VALUES (?)"), {1}, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(error.message.contains(QStringLiteral("UNIQUE")));
        error = {};
        QVERIFY(!database->exec(QStringLiteral("SELEC 1"), {}, &error));
        QCOMPARE(error.kind, ErrorKind::Environment);
        QVERIFY(error.message.contains(QStringLiteral("syntax")));
        QCOMPARE(Database::errorFromSql(QSqlError(QString(), QString(), QSqlError::StatementError,
                                                  QStringLiteral("11")),
                                        QStringLiteral("x"))
                     .kind,
                 ErrorKind::Damaged);
        QVERIFY(!database->exec(QStringLiteral("SELECT ?"), {}, &error)); // missing value
    }

    void rekeyThroughFacade()
    {
        const QString path = newPath();
        const SecretBytes oldKey = testKey(1);
        const SecretBytes newKey = testKey(5);
        {
            Error error;
            auto database = Database::open(path, oldKey, Database::Mode::CreateNew, &error);
            QVERIFY(database);
            QVERIFY(database->exec(QStringLiteral("CREATE TABLE k (v TEXT)"), {}, &error));
            QVERIFY(database->exec(QStringLiteral("INSERT INTO k VALUES ('avain')"), {}, &error));
            QVERIFY(!database->rekey(testKey(5, 16), &error));
            QVERIFY2(database->rekey(newKey, &error), qPrintable(error.message));
        }
        Error error;
        QVERIFY(!Database::open(path, oldKey, Database::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, ErrorKind::Damaged);
        auto database = Database::open(path, newKey, Database::Mode::OpenExisting, &error);
        QVERIFY2(database, qPrintable(error.message));
        QSqlQuery q;
        QVERIFY(database->exec(QStringLiteral("SELECT v FROM k"), {}, &error, &q));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("avain"));
        QCOMPARE(readMarker(*database), QString::fromLatin1(kCipherProfile));
    }

    // verify's own cipher_integrity_check (SQLCipher 3.4.1 has none): every page's HMAC.
    void pageCheckNamesEachDamagedPage()
    {
        const QString path = newPath();
        const SecretBytes key = testKey(7);
        {
            Error error;
            auto database = Database::open(path, key, Database::Mode::CreateNew, &error);
            QVERIFY(database);
            QVERIFY(database->exec(QStringLiteral("CREATE TABLE t (v BLOB)"), {}, &error));
            for (int i = 0; i < 300; ++i)
                QVERIFY(database->exec(QStringLiteral("INSERT INTO t VALUES (randomblob(900))"), {},
                                       &error));
        } // closed: the WAL is checkpointed into the file
        const auto check = [&](const SecretBytes& k) {
            Error error;
            auto report = CipherPageCheck::run(path, k, {}, &error);
            if (!report)
                qWarning() << error.message;
            return report;
        };
        const auto clean = check(key);
        QVERIFY(clean);
        QCOMPARE(clean->pages, QFileInfo(path).size() / kCipherPageSize);
        QVERIFY(clean->pages > 300);
        QCOMPARE(clean->failedCount, 0);
        // Another key: no page verifies.
        QCOMPARE(check(testKey(8))->failedCount, clean->pages);

        const auto flip = [&](qint64 offset) {
            QFile f(path);
            if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
                return false;
            char c = 0;
            f.getChar(&c);
            f.seek(offset);
            return f.putChar(char(c ^ 0x04));
        };
        const qint64 page = kCipherPageSize;
        QVERIFY(flip(16));               // page 1, just after the salt
        QVERIFY(flip(4 * page + 500));   // page 5, encrypted data
        QVERIFY(flip(9 * page + 1000));  // page 10, the HMAC itself
        QVERIFY(flip(19 * page + 980));  // page 20, the IV
        QVERIFY(flip(29 * page + 1020)); // page 30, the reserve's padding: covered by nothing
        const auto damaged = check(key);
        QVERIFY(damaged);
        QCOMPARE(damaged->failedPages, (QList<qint64>{1, 5, 10, 20}));
        QCOMPARE(damaged->failedCount, 4);

        // A file cut inside a page.
        QVERIFY(QFile::resize(path, QFileInfo(path).size() - 100));
        const auto cut = check(key);
        QCOMPARE(cut->trailingBytes, kCipherPageSize - 100);
        QCOMPARE(cut->pages, clean->pages - 1);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDatabase)
#include "tst_sqlcipherdatabase.moc"
