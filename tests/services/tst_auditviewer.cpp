// The audit trail viewer's service side (AuditService::view, exportCsv, AuditVerifyTask):
// who may read the trail (DESIGN.md, "Roles and permissions": administrators; a privacy
// officer their own), filters by user, action, object and time, pages over a trail of
// thousands of entries, every reading on record without personal data, a CSV export read back
// field by field, and the verification on a thread of its own finding a tampered entry.

#include "core/CsvReader.h"
#include "core/Permissions.h"
#include "core/Translations.h"
#include "services/AuditService.h"
#include "services/UserService.h"
#include "services/audit/AuditActions.h"
#include "services/audit/AuditVerifyTask.h"
#include "storage/TransactionGuard.h"
#include "support/TestRegister.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {

QByteArray passwordOf(const QString& user)
{
    return user == QLatin1String("admin") ? QByteArray(adminPassword)
                                          : user.toUtf8() + "-amber-kettle-lagoon";
}

const QStringList staff = {QStringLiteral("laura"), QStringLiteral("teemu"), QStringLiteral("pia")};

// The newest entry of the trail.
AuditEntry lastEntry(Session& session)
{
    AuditFilter f;
    f.limit = 1;
    Error error;
    const QList<AuditEntry> entries = AuditLog(session.db()).list(f, &error);
    return entries.value(0);
}

QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(file);
    QList<QStringList> rows;
    CsvRecord record;
    QString reason;
    for (;;) {
        const auto result = reader.next(&record, &reason);
        if (result == CsvReader::Result::End)
            break;
        if (result == CsvReader::Result::Bad)
            return {{QStringLiteral("bad"), reason}};
        QStringList row;
        for (const CsvField& f : record.fields)
            row << QString::fromUtf8(f.value);
        rows << row;
    }
    return rows;
}

} // namespace

class TestAuditViewer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_bulkFrom = 0; ///< the first of the admin's bulk entries

    std::unique_ptr<Session> login(const QString& user)
    {
        Error error;
        auto session = Session::login(m_paths, user, secret(passwordOf(user).constData()), m_clock,
                                      fastOptions(), &error);
        if (!session)
            qWarning() << user << error.message;
        return session;
    }

private slots:
    // Every key the services write into an entry's details (grep audit( in src/services: the
    // literal "key=…" parts of the texts they compose) has a name, so the viewer shows the
    // details in words and not as `kind=phone matches=1` (issue [9]).
    void everyDetailKeyIsNamed()
    {
        // Attributes of the notice's and the quality report's HTML, not audit details.
        const QStringList notDetails = {
            QStringLiteral("class"),       QStringLiteral("lang"),        QStringLiteral("id"),
            QStringLiteral("charset"),     QStringLiteral("align"),       QStringLiteral("border"),
            QStringLiteral("cellpadding"), QStringLiteral("cellspacing"), QStringLiteral("src"),
            QStringLiteral("width")};
        static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        static const QRegularExpression keyAt(
            QStringLiteral("(?:^|[\\s(;,])([a-z][a-z0-9_-]*)=(?!=)"));
        QSet<QString> keys;
        QDirIterator files(QStringLiteral(TALLENNE_TEST_DATA "/../../src/services"),
                           {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
                if (line.trimmed().startsWith(QLatin1String("//")))
                    continue;
                for (auto l = literal.globalMatch(line); l.hasNext();) {
                    const QString text = l.next().captured(1);
                    for (auto k = keyAt.globalMatch(text); k.hasNext();)
                        keys << k.next().captured(1);
                }
            }
        }
        for (const QString& key : notDetails)
            keys.remove(key);
        QVERIFY2(keys.size() > 80, qPrintable(QString::number(keys.size())));
        QStringList unnamed;
        for (const QString& key : std::as_const(keys)) {
            if (AuditActions::detailKeyName(key).isEmpty())
                unnamed << key;
        }
        unnamed.sort();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    // Details as the services write them are shown in words in both languages: no key=value
    // is left, and ids of roles, identifier kinds and keys are named.
    void detailsInWords_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("details");
        QTest::newRow("subject.find")
            << QStringLiteral("subject.find") << QStringLiteral("kind=phone matches=1 subjects=3");
        QTest::newRow("key.rotate")
            << QStringLiteral("key.rotate") << QStringLiteral("revoked=maija version=2 holders=4");
        QTest::newRow("user.roles")
            << QStringLiteral("user.roles") << QStringLiteral("roles=quality-manager,trainer");
        QTest::newRow("profile.set")
            << QStringLiteral("profile.set")
            << QStringLiteral("sha256=8eaa0fef730cd3f7605fbdf299674e3c413d5e1f warnings=0");
        QTest::newRow("user.passwd") << QStringLiteral("user.passwd")
                                     << QStringLiteral("sign_key=1823900e6cba9444bacccf8ec1");
        QTest::newRow("permission.denied")
            << QStringLiteral("permission.denied")
            << QStringLiteral("action=calls.find_by_phone key=lookup");
        QTest::newRow("recording.heard")
            << QStringLiteral("recording.heard")
            << QStringLiteral("call=42 ranges_ms=0-1500 speeds=1 heard_ms=1500");
    }
    void detailsInWords()
    {
        QFETCH(QString, action);
        QFETCH(QString, details);
        const auto restore = qScopeGuard([] { Translations::apply(QStringLiteral("en")); });
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("fi")}) {
            QVERIFY(Translations::apply(language));
            const QString shown = AuditActions::displayDetails(action, details);
            QVERIFY2(shown != details && !shown.contains(QLatin1Char('=')),
                     qPrintable(language + QStringLiteral(": ") + shown));
            if (action == QLatin1String("user.roles")) {
                QVERIFY2(shown.contains(RoleNames::displayName(Role::QualityManager)) &&
                             shown.contains(RoleNames::displayName(Role::Trainer)),
                         qPrintable(shown));
                QVERIFY(!shown.contains(QStringLiteral("quality-manager")));
            }
        }
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = login(QStringLiteral("admin"));
        QVERIFY(admin);
        const QList<Role> roles = {Role::QualityManager, Role::Trainer, Role::PrivacyOfficer};
        for (int i = 0; i < staff.size(); ++i)
            QVERIFY2(UserService(*admin).add(staff[i], roles[i],
                                             secret(passwordOf(staff[i]).constData()), &error),
                     qPrintable(error.message));
        for (const QString& user : staff)
            QVERIFY(login(user));
        // A trail of some thousands: 3,000 entries over two days of December 2026.
        m_clock.set(QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
        TransactionGuard transaction(admin->db());
        m_bulkFrom = AuditLog(admin->db()).head(&error)->sequence + 1;
        for (int i = 0; i < 3000; ++i) {
            if (i == 1500)
                m_clock.set(QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC));
            QVERIFY(admin->audit(i % 3 ? QStringLiteral("call.view") : QStringLiteral("chat.view"),
                                 QStringLiteral("call:%1").arg(i % 50),
                                 QStringLiteral("n=%1").arg(i), &error));
            m_clock.advanceSeconds(10);
        }
        // Details a CSV writer must quote.
        QVERIFY(admin->audit(QStringLiteral("note.test"), QStringLiteral("call:7"),
                             QStringLiteral("a, \"quoted\"\nsecond line "), &error));
        QVERIFY2(admin->commit(transaction, &error), qPrintable(error.message));
        auto pia = login(QStringLiteral("pia"));
        QVERIFY(pia && pia->audit(QStringLiteral("subject.find"), QStringLiteral("subject:3"),
                                  QStringLiteral("by=phone"), &error));
    }

    // The filters select what they say, newest first, and the pages cover the view exactly.
    void filtersAndPages()
    {
        auto admin = login(QStringLiteral("admin"));
        QVERIFY(admin);
        Error error;
        AuditFilter f;
        f.action = QStringLiteral("chat");
        auto view = AuditService(*admin).view(f, &error);
        QVERIFY2(view, qPrintable(error.message));
        QCOMPARE(view->count(), qint64(1000));
        QVERIFY(!view->ownEntriesOnly());
        const auto first = view->page(0, 200, &error);
        QVERIFY(first && first->size() == 200);
        QCOMPARE(first->at(0).action, QStringLiteral("chat.view"));
        QVERIFY(first->at(0).sequence > first->at(199).sequence);
        // Every page in turn: all 1,000, none twice.
        QSet<qint64> seen;
        for (qint64 offset = 0; offset < view->count(); offset += 300) {
            const auto page = view->page(offset, 300, &error);
            QVERIFY(page);
            for (const AuditEntry& e : *page)
                seen.insert(e.sequence);
        }
        QCOMPARE(seen.size(), qsizetype(1000));

        // Object: an id exactly, or all of a kind; user; and a day of time.
        f = {};
        f.object = QStringLiteral("call:7");
        view = AuditService(*admin).view(f, &error);
        QVERIFY(view);
        QCOMPARE(view->count(), qint64(3000 / 50 + 1));
        f.object = QStringLiteral("call");
        view = AuditService(*admin).view(f, &error);
        QVERIFY(view && view->count() >= 3001);
        f = {};
        f.user = QStringLiteral("pia");
        view = AuditService(*admin).view(f, &error);
        QVERIFY(view);
        const auto pias = view->page(0, 100, &error);
        QVERIFY(pias && !pias->isEmpty());
        for (const AuditEntry& e : *pias)
            QCOMPARE(e.user, QStringLiteral("pia"));
        f = {};
        f.from = QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC);
        f.to = QDateTime(QDate(2026, 12, 3), QTime(0, 0), Qt::UTC);
        f.action = QStringLiteral("call.view");
        view = AuditService(*admin).view(f, &error);
        QVERIFY(view);
        QCOMPARE(view->count(), qint64(1000)); // 1,500 on the 2nd, a third of them chat.view
        // Any part of the action, case aside: "view" ends both, "HAT.VI" is inside chat.view.
        f = {};
        f.action = QStringLiteral("view");
        view = AuditService(*admin).view(f, &error);
        QVERIFY(view);
        QCOMPARE(view->count(), qint64(3000));
        f.action = QStringLiteral("HAT.VI");
        view = AuditService(*admin).view(f, &error);
        QVERIFY(view);
        QCOMPARE(view->count(), qint64(1000));
        // '%' and '_' typed are no wildcards ("l_v" would match "call.view").
        f = {};
        f.action = QStringLiteral("%");
        view = AuditService(*admin).view(f, &error);
        QVERIFY(view);
        QCOMPARE(view->count(), qint64(0));
        f.action = QStringLiteral("l_v");
        view = AuditService(*admin).view(f, &error);
        QVERIFY(view);
        QCOMPARE(view->count(), qint64(0));

        // The row of an entry, for going to it.
        f = {};
        view = AuditService(*admin).view(f, &error);
        QVERIFY(view);
        const qint64 row = view->rowOf(m_bulkFrom, &error);
        const auto at = view->page(row, 1, &error);
        QVERIFY(at && at->size() == 1);
        QCOMPARE(at->at(0).sequence, m_bulkFrom);
    }

    // `audit list`: the entries handed over newest first, a page at a time, as many as asked,
    // before a given entry; the listing's own entry written first, with the filter and the
    // number matched, and not among what it lists.
    void listHandsEntriesOver()
    {
        auto admin = login(QStringLiteral("admin"));
        QVERIFY(admin);
        Error error;
        AuditFilter f;
        f.action = QStringLiteral("chat.view");
        QList<qint64> seen;
        const auto collect = [&seen](const AuditEntry& e) {
            seen << e.sequence;
            return true;
        };
        auto handed = AuditService(*admin).list(f, 0, 0, collect, &error);
        QVERIFY2(handed, qPrintable(error.message));
        QCOMPARE(*handed, qint64(1000)); // two pages and more
        QCOMPARE(seen.size(), qsizetype(1000));
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i) < seen.at(i - 1));
        const AuditEntry listing = lastEntry(*admin);
        QCOMPARE(listing.action, QStringLiteral("audit.list"));
        QVERIFY2(listing.details.startsWith(QStringLiteral("action=chat.view up-to=")) &&
                     listing.details.endsWith(QStringLiteral(" matched=1000")),
                 qPrintable(listing.details));
        QVERIFY(seen.first() < listing.sequence);

        // Before the 600th: the 400 older ones; at most 10; and stopped by the reader.
        const QList<qint64> all = seen;
        seen.clear();
        handed = AuditService(*admin).list(f, all.at(599), 0, collect, &error);
        QVERIFY(handed);
        QCOMPARE(seen, all.mid(600));
        QVERIFY2(lastEntry(*admin).details.endsWith(
                     QStringLiteral(" matched=400 before=%1").arg(all.at(599))),
                 qPrintable(lastEntry(*admin).details));
        seen.clear();
        handed = AuditService(*admin).list(f, 0, 10, collect, &error);
        QVERIFY(handed);
        QCOMPARE(seen, all.mid(0, 10));
        seen.clear();
        handed = AuditService(*admin).list(
            f, 0, 0,
            [&seen](const AuditEntry& e) {
                seen << e.sequence;
                return seen.size() < 3;
            },
            &error);
        QCOMPARE(handed.value_or(-1), qint64(3));
        // Before the first entry there is none.
        seen.clear();
        handed = AuditService(*admin).list({}, 1, 0, collect, &error);
        QCOMPARE(handed.value_or(-1), qint64(0));
        QVERIFY(seen.isEmpty());

        // Other roles: refused and on record.
        auto laura = login(QStringLiteral("laura"));
        QVERIFY(laura);
        QVERIFY(!AuditService(*laura).list(f, 0, 0, collect, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
    }

    // Each view is one audit.read entry, with the filter and no personal data; its pages add
    // none; and it holds the entries up to its own.
    void readingIsAudited()
    {
        auto admin = login(QStringLiteral("admin"));
        QVERIFY(admin);
        Error error;
        AuditFilter f;
        f.user = QStringLiteral("laura");
        f.action = QStringLiteral("login");
        f.object = QStringLiteral("040 123 4567"); // not an id: someone typed a phone number
        auto view = AuditService(*admin).view(f, &error);
        QVERIFY2(view, qPrintable(error.message));
        const AuditEntry read = lastEntry(*admin);
        QCOMPARE(read.action, QStringLiteral("audit.read"));
        QCOMPARE(read.user, QStringLiteral("admin"));
        QVERIFY2(read.details.startsWith(
                     QStringLiteral("user=laura action=login object=(text) own=0 matched=")),
                 qPrintable(read.details));
        QVERIFY(!read.details.contains(QStringLiteral("040")));
        QCOMPARE(view->filter().maxSequence, read.sequence);
        (void)view->page(0, 50, &error);
        QCOMPARE(lastEntry(*admin).sequence, read.sequence);
    }

    // DESIGN.md: read the audit trail = administrator; a privacy officer their own requests.
    void qualityManagerAndTrainerRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("quality manager") << QStringLiteral("laura");
        QTest::newRow("trainer") << QStringLiteral("teemu");
    }
    void qualityManagerAndTrainerRefused()
    {
        QFETCH(QString, user);
        auto session = login(user);
        QVERIFY(session);
        Error error;
        QVERIFY(!AuditService(*session).view({}, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        const AuditEntry denied = lastEntry(*session);
        QCOMPARE(denied.action, QStringLiteral("permission.denied"));
        QCOMPARE(denied.user, user);
        QVERIFY(denied.details.contains(QStringLiteral("action=audit.read")));
        error = {};
        const QString path = m_dir.filePath(user + QStringLiteral(".csv"));
        QVERIFY(!AuditService(*session).exportCsv({}, path, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!QFile::exists(path));
        error = {};
        QVERIFY(!AuditVerifyTask::start(*session, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
    }

    // A privacy officer sees only the entries they wrote, whatever user they ask for, and
    // may not verify the whole trail.
    void privacyOfficerOwnEntries()
    {
        auto pia = login(QStringLiteral("pia"));
        QVERIFY(pia);
        Error error;
        AuditFilter f;
        f.user = QStringLiteral("admin");
        auto view = AuditService(*pia).view(f, &error);
        QVERIFY2(view, qPrintable(error.message));
        QVERIFY(view->ownEntriesOnly());
        QCOMPARE(view->filter().user, QStringLiteral("pia"));
        QVERIFY(view->count() >= 3); // logins, subject.find, this reading
        const auto entries = view->page(0, 1000, &error);
        QVERIFY(entries);
        QCOMPARE(qint64(entries->size()), view->count());
        for (const AuditEntry& e : *entries)
            QCOMPARE(e.user, QStringLiteral("pia"));
        QVERIFY(lastEntry(*pia).details.contains(QStringLiteral("own=1")));
        QVERIFY(!AuditVerifyTask::start(*pia, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
    }

    // The export: a header and every filtered entry, quoted where needed, read back equal.
    void exportCsvReadBack()
    {
        auto admin = login(QStringLiteral("admin"));
        QVERIFY(admin);
        Error error;
        AuditFilter f;
        f.object = QStringLiteral("call:7");
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        const auto written = AuditService(*admin).exportCsv(f, path, &error);
        QVERIFY2(written, qPrintable(error.message));
        QCOMPARE(*written, qint64(61));
        const AuditEntry exported = lastEntry(*admin);
        QCOMPARE(exported.action, QStringLiteral("audit.export"));
        QVERIFY2(exported.details.contains(QStringLiteral("object=call:7")) &&
                     exported.details.contains(QStringLiteral("entries=61")),
                 qPrintable(exported.details));

        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), qsizetype(62));
        QCOMPARE(rows[0].join(QLatin1Char(',')),
                 QStringLiteral("seq,time,user,roles,action,object,purpose,details"));
        // The newest first: the note with a comma, quotes, a line break and a trailing space.
        QCOMPARE(rows[1].size(), 8);
        QCOMPARE(rows[1][4], QStringLiteral("note.test"));
        QCOMPARE(rows[1][7], QStringLiteral("a, \"quoted\"\nsecond line "));
        QCOMPARE(rows[1][2], QStringLiteral("admin"));
        QCOMPARE(rows[1][3], QStringLiteral("administrator"));
        const QDateTime time = QDateTime::fromString(rows[2][1], Qt::ISODateWithMs);
        QVERIFY2(time.isValid(), qPrintable(rows[2][1]));
        QCOMPARE(rows[2][5], QStringLiteral("call:7"));
        QCOMPARE(rows[2][7], QStringLiteral("n=2957"));
        QCOMPARE(time.toUTC(),
                 QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC).addSecs(10 * (2957 - 1500)));
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readLine().endsWith("\r\n"));
    }

    // The verification runs on a thread of its own with progress, is recorded, and names the
    // first entry changed behind the application's back.
    void verifyTaskFindsTampering()
    {
        auto admin = login(QStringLiteral("admin"));
        QVERIFY(admin);
        Error error;
        auto task = AuditVerifyTask::start(*admin, &error);
        QVERIFY2(task, qPrintable(error.message));
        QSignalSpy progress(task.get(), &AuditVerifyTask::progress);
        QSignalSpy finished(task.get(), &AuditVerifyTask::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY2(task->result(), qPrintable(task->error().message));
        QVERIFY2(task->result()->intact, qPrintable(task->result()->problem));
        QVERIFY(progress.size() >= 10); // every 256 of over 3,000 entries
        QCOMPARE(lastEntry(*admin).action, QStringLiteral("audit.verify"));

        const qint64 victim = m_bulkFrom + 100;
        QSqlQuery q(admin->db());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE audit_log SET details = 'n=0' WHERE seq = %1").arg(victim)));
        task = AuditVerifyTask::start(*admin, &error);
        QVERIFY(task);
        QSignalSpy again(task.get(), &AuditVerifyTask::finished);
        QVERIFY(again.wait(60000));
        QVERIFY(task->result());
        QVERIFY(!task->result()->intact);
        QCOMPARE(task->result()->firstBadSequence, victim);
    }
};

QTEST_GUILESS_MAIN(TestAuditViewer)
#include "tst_auditviewer.moc"
