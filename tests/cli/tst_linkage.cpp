// The process links SQLCipher and never plain SQLite: checked on the built executables'
// dynamic sections and on the running test process itself.

#include "crypto/SecretBytes.h"
#include "storage/SqlCipherDriver.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tallenne;

namespace {

QString run(const QString& program, const QStringList& arguments, bool* ok)
{
    QProcess process;
    process.start(program, arguments);
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

} // namespace

class TestLinkage : public QObject
{
    Q_OBJECT

private slots:
    void executables_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("tallenne") << QStringLiteral(TALLENNE_BIN_DIR "/tallenne");
        QTest::newRow("tallenne-admin") << QStringLiteral(TALLENNE_BIN_DIR "/tallenne-admin");
    }

    void executables()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(path).isExecutable(), qPrintable(path + QStringLiteral(" not built")));

        bool ok = false;
        const QString dynamic = run(QStringLiteral("readelf"), {QStringLiteral("-d"), path}, &ok);
        QVERIFY2(ok, "readelf -d failed");
        QStringList needed;
        const QRegularExpression entry(
            QStringLiteral("\\(NEEDED\\)\\s+Shared library: \\[(.+)\\]"));
        for (auto it = entry.globalMatch(dynamic); it.hasNext();)
            needed << it.next().captured(1);
        QVERIFY2(!needed.isEmpty(), qPrintable(dynamic));
        const auto has = [&](const QString& prefix) {
            return std::any_of(needed.cbegin(), needed.cend(),
                               [&](const QString& lib) { return lib.startsWith(prefix); });
        };
        QVERIFY2(has(QStringLiteral("libsqlcipher.so")),
                 qPrintable(QStringLiteral("NEEDED: ") + needed.join(QLatin1Char(' '))));
        QVERIFY2(!has(QStringLiteral("libsqlite3")),
                 qPrintable(QStringLiteral("NEEDED: ") + needed.join(QLatin1Char(' '))));

        // The whole dependency tree, not only the direct entries.
        const QString resolved = run(QStringLiteral("ldd"), {path}, &ok);
        QVERIFY2(ok, "ldd failed");
        QVERIFY(resolved.contains(QStringLiteral("libsqlcipher.so")));
        QVERIFY2(!resolved.contains(QStringLiteral("libsqlite3")), qPrintable(resolved));
        QVERIFY(!resolved.contains(QStringLiteral("libqsqlite")));
    }

    void processNeverLoadsPlainSqlite()
    {
        registerSqlCipherDriver();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("linkage"));
            db.setDatabaseName(dir.filePath(QStringLiteral("linkage.db")));
            db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
            SecretBytes key = SecretBytes::random(32);
            qobject_cast<SqlCipherDriver*>(db.driver())->setRawKey(key);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
            QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLCIPHER")));
            // drivers() may list QSQLITE from the plugin directory; listing must not load it.
        }
        QSqlDatabase::removeDatabase(QStringLiteral("linkage"));

        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libsqlcipher")); // the control: the check sees libraries
        QVERIFY(!mapped.contains("libqsqlite"));
        QVERIFY(!mapped.contains("libsqlite3"));
    }
};

QTEST_GUILESS_MAIN(TestLinkage)
#include "tst_linkage.moc"
