// QSQLCIPHER stays registered across QCoreApplication instances in one process: a program
// (or a test harness such as Qt's own) that registered it once and makes a second
// application object after the first is gone still finds the driver and opens an encrypted
// file with it, without registering it again. A plain main(), not QTest: QTest owns one
// application for the whole run.

#include "SqlCipherTestSupport.h"

#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace tallenne;

namespace {

// Opens the file through QSqlDatabase alone (test::Connection would register the driver).
bool roundTrip(const QString& path, int round)
{
    if (!QSqlDatabase::drivers().contains(QStringLiteral("QSQLCIPHER"))) {
        std::fprintf(stderr, "round %d: QSQLCIPHER is not registered\n", round);
        return false;
    }
    const QString name = QStringLiteral("round-%1").arg(round);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), name);
        auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
        if (!driver) {
            std::fprintf(stderr, "round %d: no QSQLCIPHER driver\n", round);
        } else {
            driver->setRawKey(test::testKey(1));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
            if (!db.open()) {
                std::fprintf(stderr, "round %d: %s\n", round, qPrintable(db.lastError().text()));
            } else {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t (v INTEGER)")) &&
                     q.exec(QStringLiteral("INSERT INTO t (v) VALUES (%1)").arg(round)) &&
                     q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next() &&
                     q.value(0).toInt() == round;
                if (!ok)
                    std::fprintf(stderr, "round %d: %s\n", round, qPrintable(q.lastError().text()));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two-apps.db"));
    // Registered before any application object, then used under three in turn.
    registerSqlCipherDriver();
    for (int round = 1; round <= 3; ++round) {
        QCoreApplication app(argc, argv);
        if (!roundTrip(path, round))
            return 1;
    }
    // Registered under an application object, then used under two more.
    for (int round = 4; round <= 6; ++round) {
        QCoreApplication app(argc, argv);
        if (round == 4)
            registerSqlCipherDriver();
        if (!roundTrip(path, round))
            return 1;
    }
    // Registering again changes nothing.
    QCoreApplication app(argc, argv);
    registerSqlCipherDriver();
    registerSqlCipherDriver();
    if (!roundTrip(path, 7))
        return 1;
    std::puts("PASS: QSQLCIPHER works in seven successive QCoreApplications, registered twice");
    return 0;
}
