// bench_browse [N=1000000]: a register with N calls (no recordings) in a temporary folder,
// then the figures the call list depends on. Prints; asserts nothing.

#include "services/BrowseService.h"
#include "services/RegisterService.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "storage/CallRepository.h"
#include "storage/SqlCipherDriver.h"
#include "storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace tallenne;

namespace {
QTextStream out(stdout);

SecretBytes secret(const char* text)
{
    QByteArray bytes(text);
    return SecretBytes::fromBytes(bytes);
}

template <typename F> double timed(const char* what, F&& f)
{
    QElapsedTimer t;
    t.start();
    const QString result = f();
    const double ms = t.nsecsElapsed() / 1e6;
    out << QString::fromLatin1(what).leftJustified(40)
        << QString::number(ms, 'f', 1).rightJustified(9) << " ms   " << result << Qt::endl;
    return ms;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1000000;
    if (n <= 0) {
        QTextStream(stderr) << "usage: bench_browse [N=1000000]\n";
        return 1;
    }
    registerSqlCipherDriver();
    QTemporaryDir dir;
    const RegisterPaths paths{dir.filePath(QStringLiteral("register"))};
    VaultOptions options;
    options.bindToWorkstation = false;
    options.fastKdfForTests = true;
    const Clock& clock = SystemClock::instance();
    Error error;
    SecretBytes code;
    const char* adminPassword = "bench admin violet tram";
    const char* qmPassword = "bench quality manager";
    if (!RegisterService::init(paths, QStringLiteral("admin"), secret(adminPassword), clock,
                               options, &code, &error)) {
        QTextStream(stderr) << error.message << '\n';
        return 4;
    }
    {
        auto admin = Session::login(paths, QStringLiteral("admin"), secret(adminPassword), clock,
                                    options, &error);
        if (!admin || !UserService(*admin).add(QStringLiteral("qm"), Role::QualityManager,
                                               secret(qmPassword), &error)) {
            QTextStream(stderr) << error.message << '\n';
            return 4;
        }
        // Bulk insert: one transaction, one prepared statement. A larger page cache for the
        // load only: random start times scatter the index inserts.
        QSqlQuery(admin->db()).exec(QStringLiteral("PRAGMA cache_size = -65536"));
        QRandomGenerator rng(42);
        CallRepository calls(admin->db());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 span = 2 * 365 * 86400LL;
        QStringList agents, queues;
        for (int i = 0; i < 10; ++i) {
            agents << QStringLiteral("Agent %1").arg(i);
            queues << QStringLiteral("Queue %1").arg(i);
        }
        const QString dispositions[] = {QStringLiteral("ANSWERED"), QStringLiteral("NO ANSWER"),
                                        QStringLiteral("BUSY")};
        QElapsedTimer t;
        t.start();
        TransactionGuard transaction(admin->db());
        for (qint64 i = 0; i < n; ++i) {
            CallInsert c;
            c.sourceId = QStringLiteral("bench-%1").arg(i);
            c.startedAt =
                QDateTime::fromSecsSinceEpoch(now - qint64(rng.bounded(quint32(span))), Qt::UTC);
            c.durationS = int(rng.bounded(1800));
            c.billsec = c.durationS;
            c.caller = QStringLiteral("+35840%1").arg(1000000 + rng.bounded(8999999));
            c.serviceNumber = QStringLiteral("+35820345678");
            c.agent = agents[rng.bounded(10)];
            c.queue = queues[rng.bounded(10)];
            c.disposition = dispositions[rng.bounded(3)];
            c.restricted = rng.bounded(1000) == 0;
            if (!calls.insertOrIgnore(c, &error)) {
                QTextStream(stderr) << error.message << '\n';
                return 4;
            }
        }
        if (!transaction.commit(&error)) {
            QTextStream(stderr) << error.message << '\n';
            return 4;
        }
        const double s = t.nsecsElapsed() / 1e9;
        out << "inserted " << n << " calls in " << QString::number(s, 'f', 1)
            << " s: " << QString::number(n / s, 'f', 0) << " calls/s" << Qt::endl;
    }

    auto session =
        Session::login(paths, QStringLiteral("qm"), secret(qmPassword), clock, options, &error);
    if (!session) {
        QTextStream(stderr) << error.message << '\n';
        return 4;
    }
    BrowseService browse(*session);
    const auto page = [&](const CallFilter& f, CallColumn c, Qt::SortOrder o, qint64 offset) {
        const auto rows = browse.calls(f, c, o, offset, 100, &error);
        return rows ? QStringLiteral("%1 rows, first id %2")
                          .arg(rows->size())
                          .arg(rows->isEmpty() ? 0 : rows->first().id)
                    : error.message;
    };
    qint64 total = 0;
    const CallFilter none;
    timed("countCalls (no filter)", [&] {
        total = browse.countCalls(none, &error).value_or(-1);
        return QString::number(total);
    });
    CallFilter byAgent;
    byAgent.agent = QStringLiteral("Agent 3");
    timed("countCalls (agent)",
          [&] { return QString::number(browse.countCalls(byAgent, &error).value_or(-1)); });
    timed("first page, time desc",
          [&] { return page(none, CallColumn::StartedAt, Qt::DescendingOrder, 0); });
    timed("last page (reversed order)",
          [&] { return page(none, CallColumn::StartedAt, Qt::AscendingOrder, 0); });
    timed("middle page (offset N/2)",
          [&] { return page(none, CallColumn::StartedAt, Qt::DescendingOrder, total / 2); });
    timed("first page, duration desc",
          [&] { return page(none, CallColumn::Duration, Qt::DescendingOrder, 0); });
    // By name: the first sort of a session computes the names' ranks (a TEMP table), then
    // the pages walk the calls_agent / calls_queue index in rank order.
    timed("first page, agent asc (ranks computed)",
          [&] { return page(none, CallColumn::Agent, Qt::AscendingOrder, 0); });
    timed("first page, agent asc",
          [&] { return page(none, CallColumn::Agent, Qt::AscendingOrder, 0); });
    timed("last page, agent (reversed order)",
          [&] { return page(none, CallColumn::Agent, Qt::DescendingOrder, 0); });
    timed("middle page, agent asc (offset N/2)",
          [&] { return page(none, CallColumn::Agent, Qt::AscendingOrder, total / 2); });
    timed("first page, queue desc",
          [&] { return page(none, CallColumn::Queue, Qt::DescendingOrder, 0); });
    CallFilter lastMonth;
    lastMonth.from = QDateTime::currentDateTimeUtc().addDays(-30);
    timed("first page, last 30 days, agent asc",
          [&] { return page(lastMonth, CallColumn::Agent, Qt::AscendingOrder, 0); });
    timed("first page, agent filter, time desc",
          [&] { return page(byAgent, CallColumn::StartedAt, Qt::DescendingOrder, 0); });
    CallFilter byPhone;
    byPhone.phone = QStringLiteral("040 500 0000");
    timed("countCalls (phone)",
          [&] { return QString::number(browse.countCalls(byPhone, &error).value_or(-1)); });
    timed("first page, phone filter",
          [&] { return page(byPhone, CallColumn::StartedAt, Qt::DescendingOrder, 0); });
    out << "register.db: "
        << QString::number(QFileInfo(paths.database()).size() / 1048576.0, 'f', 1) << " MiB ("
        << QString::number(double(QFileInfo(paths.database()).size()) / n, 'f', 0) << " bytes/call)"
        << Qt::endl;
    return 0;
}
