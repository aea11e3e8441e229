// The register file is compacted on a schedule after a purge (issue [10]): CompactionService
// against a real register, moving the injectable clock, and `tallenne-admin purge --compact`
// through the binary. Only the purge's roles may compact (a trainer is refused and the refusal
// is audited), the file shrinks and keeps every row left, the schedule (a week, or a quarter
// of the file free) decides, and each run is audited with page counts only.

#include "services/ProfileService.h"
#include "services/UserService.h"
#include "services/retention/CompactionService.h"
#include "services/retention/PurgeService.h"
#include "storage/AuditLog.h"
#include "support/PurgeFixtures.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
const char trainerPassword[] = "trainer-violet-tram-harbour";
} // namespace

class TestCompaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    RegisterPaths m_paths;

    std::unique_ptr<Session> login(const QString& name, const char* password)
    {
        Error error;
        auto session =
            Session::login(m_paths, name, secret(password), m_clock, fastOptions(), &error);
        if (!session)
            qWarning() << error.message;
        return session;
    }

    static qint64 scalar(Session& session, const QString& sql)
    {
        QSqlQuery q(session.db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static qsizetype audited(Session& session, const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        filter.limit = 1000;
        return AuditLog(session.db()).list(filter, nullptr).size();
    }

    // Calls from `start`, all past the profile's six months, purged at once.
    bool addAndPurge(Session& admin, const QDateTime& start, int count, const QString& prefix)
    {
        Error error;
        if (!addExpiredCalls(admin, start, count, toneWav(250), prefix, &error)) {
            qWarning() << error.message;
            return false;
        }
        const auto report = PurgeService(admin).run({}, &error);
        if (!report)
            qWarning() << error.message;
        return report && report->totalPurged() >= count;
    }

private slots:
    void initTestCase()
    {
        Error error;
        auto admin = newRegisterAsAdmin(m_dir, m_clock, &m_paths, &error);
        QVERIFY2(admin, qPrintable(error.message));
        QVERIFY2(UserService(*admin).add(QStringLiteral("trainer"), Role::Trainer,
                                         secret(trainerPassword), &error),
                 qPrintable(error.message));
        QStringList warnings;
        QVERIFY2(ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                            &warnings, &error),
                 qPrintable(error.message));
    }

    void scheduleRule_data()
    {
        QTest::addColumn<qint64>("pages");
        QTest::addColumn<qint64>("freePages");
        QTest::addColumn<int>("daysSince"); // -1: never compacted
        QTest::addColumn<bool>("due");
        QTest::newRow("nothing free, never compacted") << 1000LL << 0LL << -1 << false;
        QTest::newRow("some free, never compacted") << 1000LL << 10LL << -1 << true;
        QTest::newRow("some free, compacted 6 days ago") << 1000LL << 10LL << 6 << false;
        QTest::newRow("some free, compacted 7 days ago") << 1000LL << 10LL << 7 << true;
        QTest::newRow("a quarter free, compacted today") << 1000LL << 250LL << 0 << true;
        QTest::newRow("just under a quarter, today") << 1000LL << 249LL << 0 << false;
    }

    void scheduleRule()
    {
        QFETCH(qint64, pages);
        QFETCH(qint64, freePages);
        QFETCH(int, daysSince);
        QFETCH(bool, due);
        const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        const QDateTime last = daysSince < 0 ? QDateTime() : now.addDays(-daysSince);
        QCOMPARE(CompactionService::isDue(pages, freePages, last, now), due);
    }

    void trainersAreRefused()
    {
        auto trainer = login(QStringLiteral("trainer"), trainerPassword);
        QVERIFY(trainer);
        Error error;
        QVERIFY(!CompactionService(*trainer).status(&error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        error = {};
        QVERIFY(!CompactionService(*trainer).compactIfDue(true, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        auto admin = login(QStringLiteral("admin"), adminPassword);
        QVERIFY(admin);
        QVERIFY(audited(*admin, QStringLiteral("permission.denied")) >= 2);
        QCOMPARE(audited(*admin, QStringLiteral("retention.compact")), 0);
    }

    void purgedPagesAreGivenBack()
    {
        auto admin = login(QStringLiteral("admin"), adminPassword);
        QVERIFY(admin);
        // Kept: not due for years.
        Error error;
        QVERIFY2(addExpiredCalls(*admin, QDateTime(QDate(2090, 1, 1), QTime(9, 0), Qt::UTC), 5,
                                 toneWav(250), QStringLiteral("kept"), &error),
                 qPrintable(error.message));
        QVERIFY(addAndPurge(*admin, QDateTime(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC), 800,
                            QStringLiteral("old")));

        CompactionService service(*admin);
        const auto before = service.status(&error);
        QVERIFY2(before, qPrintable(error.message));
        QVERIFY(before->freePages > 0);
        QVERIFY(!before->compactedAt.isValid());
        QVERIFY(before->due);

        const auto report = service.compactIfDue(false, &error);
        QVERIFY2(report, qPrintable(error.message));
        QVERIFY(report->ran);
        QCOMPARE(report->pagesBefore, before->pages);
        QVERIFY2(report->pagesAfter <= report->pagesBefore - report->freePagesBefore / 2,
                 qPrintable(QStringLiteral("%1 pages before (%2 free), %3 after")
                                .arg(report->pagesBefore)
                                .arg(report->freePagesBefore)
                                .arg(report->pagesAfter)));
        // The checkpoint wrote the pages back: the file itself is that size.
        QCOMPARE(QFileInfo(m_paths.database()).size(), report->pagesAfter * report->pageSize);
        const auto after = service.status(&error);
        QVERIFY(after);
        QCOMPARE(after->freePages, 0);
        QCOMPARE(after->compactedAt, m_clock.nowUtc());
        QVERIFY(!after->due);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT count(*) FROM calls")), 5);
        QCOMPARE(audited(*admin, QStringLiteral("retention.compact")), 1);

        // Nothing free: even a forced compaction has nothing to do.
        const auto again = service.compactIfDue(true, &error);
        QVERIFY(again);
        QVERIFY(!again->ran);
        QCOMPARE(audited(*admin, QStringLiteral("retention.compact")), 1);
    }

    void theScheduleWaitsAWeek()
    {
        auto admin = login(QStringLiteral("admin"), adminPassword);
        QVERIFY(admin);
        // A small purge a day later: a few pages free, well under a quarter.
        m_clock.advanceDays(1);
        QVERIFY(addAndPurge(*admin, QDateTime(QDate(2020, 2, 1), QTime(9, 0), Qt::UTC), 20,
                            QStringLiteral("small")));
        Error error;
        CompactionService service(*admin);
        auto status = service.status(&error);
        QVERIFY2(status, qPrintable(error.message));
        QVERIFY(status->freePages > 0);
        QVERIFY(status->freePages * 4 < status->pages);
        QVERIFY(!status->due);
        auto report = service.compactIfDue(false, &error);
        QVERIFY(report && !report->ran);

        m_clock.advanceDays(7);
        status = service.status(&error);
        QVERIFY(status && status->due);
        report = service.compactIfDue(false, &error);
        QVERIFY(report && report->ran);
        QCOMPARE(audited(*admin, QStringLiteral("retention.compact")), 2);
    }

    void theCommandLineCompacts()
    {
        {
            auto admin = login(QStringLiteral("admin"), adminPassword);
            QVERIFY(admin);
            m_clock.advanceSeconds(3600);
            QVERIFY(addAndPurge(*admin, QDateTime(QDate(2020, 3, 1), QTime(9, 0), Qt::UTC), 20,
                                QStringLiteral("cli")));
        }
        const auto run = [this](const QStringList& extra) {
            QProcess p;
            p.start(QStringLiteral(TALLENNE_BIN_DIR "/tallenne-admin"),
                    QStringList{QStringLiteral("--register"), m_paths.folder,
                                QStringLiteral("--user"), QStringLiteral("admin"),
                                QStringLiteral("--password-stdin"), QStringLiteral("--json"),
                                QStringLiteral("purge")} +
                        extra);
            p.waitForStarted();
            p.write(QByteArray(adminPassword) + '\n');
            p.closeWriteChannel();
            if (!p.waitForFinished(60000)) { // still running: not its exit code 0
                p.kill();
                p.waitForFinished();
                qWarning("tallenne-admin purge did not end within 60 s");
                return QJsonObject();
            }
            if (p.exitCode() != 0)
                qWarning() << p.readAllStandardError();
            return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        };
        // Compacted an hour ago by the clock above, but the binary's clock is today: the
        // schedule is due anyway. A dry run says so and changes nothing.
        const QJsonObject preview = run({QStringLiteral("--dry-run")});
        const QJsonObject previewCompaction =
            preview.value(QStringLiteral("compaction")).toObject();
        QVERIFY(previewCompaction.value(QStringLiteral("free_pages")).toInteger() > 0);
        QVERIFY(previewCompaction.value(QStringLiteral("due")).toBool());
        const QJsonObject done = run({QStringLiteral("--compact")});
        const QJsonObject compaction = done.value(QStringLiteral("compaction")).toObject();
        QVERIFY2(compaction.value(QStringLiteral("ran")).toBool(),
                 QJsonDocument(done).toJson().constData());
        QVERIFY(compaction.value(QStringLiteral("pages_after")).toInteger() <
                compaction.value(QStringLiteral("pages_before")).toInteger());
        const QJsonObject after = run({QStringLiteral("--dry-run")});
        QCOMPARE(after.value(QStringLiteral("compaction"))
                     .toObject()
                     .value(QStringLiteral("free_pages"))
                     .toInteger(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCompaction)
#include "tst_compaction.moc"
