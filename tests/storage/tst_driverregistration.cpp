// QSQLCIPHER stays registered across QCoreApplication instances in one process: a program
// (or a test harness such as Qt's own) that makes a second application object after the
// first is gone still finds the driver and opens an encrypted file with it. A plain main(),
// not QTest: QTest owns one application for the whole run.

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

bool roundTrip(const QString& path, int round)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLCIPHER"))) {
        std::fprintf(stderr, "round %d: QSQLCIPHER is not available\n", round);
        return false;
    }
    const SecretBytes key = test::testKey(1);
    bool ok = false;
    {
        test::Connection c(path, &key);
        if (!c.open()) {
            std::fprintf(stderr, "round %d: the file did not open\n", round);
            return false;
        }
        QSqlQuery q(c.db());
        ok = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t (v INTEGER)")) &&
             q.exec(QStringLiteral("INSERT INTO t (v) VALUES (%1)").arg(round)) &&
             q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next() &&
             q.value(0).toInt() == round;
        if (!ok)
            std::fprintf(stderr, "round %d: %s\n", round, qPrintable(q.lastError().text()));
    }
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two-apps.db"));
    for (int round = 1; round <= 3; ++round) {
        QCoreApplication app(argc, argv);
        registerSqlCipherDriver();
        if (!roundTrip(path, round))
            return 1;
    }
    std::puts("PASS: QSQLCIPHER works in three successive QCoreApplications");
    return 0;
}
