// Legal holds and the retention purge (issue [10]) against a real register, moving the
// injectable clock: what is past its period goes at the next purge with its recording
// unreadable (key row and file gone), what a hold covers stays until the hold ends, a
// restricted call stays, a dry run changes nothing, and only privacy officers and
// administrators may hold or purge. Quality evaluations go on their own period, counted from
// when they were made, with their answers and revisions, and calibrations left empty with them.

#include "core/LocalCalendar.h"
#include "services/ProfileService.h"
#include "services/UserService.h"
#include "services/audit/AuditActions.h"
#include "services/keys/KeyService.h"
#include "services/quality/CalibrationService.h"
#include "services/quality/EvaluationService.h"
#include "services/quality/ScorecardService.h"
#include "services/retention/HoldService.h"
#include "services/retention/PurgeService.h"
#include "storage/AuditLog.h"
#include "storage/CallRepository.h"
#include "storage/RecordingStore.h"
#include "storage/SubjectRepository.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
const QTimeZone helsinki(QByteArrayLiteral("Europe/Helsinki"));

QDateTime helsinkiTime(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), helsinki).toUTC();
}
} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;

    std::unique_ptr<Session> loginAs(const QString& name)
    {
        Error error;
        const QByteArray password = name == QLatin1String("admin")
                                        ? QByteArray(adminPassword)
                                        : name.toUtf8() + "-violet-tram-harbour";
        auto session = Session::login(m_paths, name, secret(password.constData()), m_clock,
                                      fastOptions(), &error);
        if (!session)
            qWarning() << error.message;
        return session;
    }

    static qsizetype count(Session& session, const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        filter.limit = 100000;
        return AuditLog(session.db()).list(filter, nullptr).size();
    }

    static qint64 scalar(Session& session, const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(session.db());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static QString fileOf(Session& session, qint64 callId)
    {
        QSqlQuery q(session.db());
        q.prepare(QStringLiteral("SELECT file_name FROM recordings WHERE call_id = ?"));
        q.addBindValue(callId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    // A call started at `at` (the clock is moved there and back).
    std::optional<qint64> callAt(Session& session, const QDateTime& at, const QString& source,
                                 bool restricted = false)
    {
        const QDateTime now = m_clock.nowUtc();
        m_clock.set(at);
        const auto id = addCall(session, source, toneWav(500), restricted, 500);
        m_clock.set(now);
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock.set(helsinkiTime(2026, 1, 10, 12, 0));
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        const QList<std::pair<QString, Role>> users = {
            {QStringLiteral("quality-manager"), Role::QualityManager},
            {QStringLiteral("trainer"), Role::Trainer},
            {QStringLiteral("privacy-officer"), Role::PrivacyOfficer}};
        for (const auto& [name, role] : users) {
            const QByteArray password = name.toUtf8() + "-violet-tram-harbour";
            QVERIFY2(UserService(*admin).add(name, role, secret(password.constData()), &error),
                     qPrintable(error.message));
        }
        // nordic-helpdesk: six months for recordings, calls and chats; holds at most 12
        // months for a complaint or a criminal investigation.
        QStringList warnings;
        QVERIFY2(ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                            &warnings, &error),
                 qPrintable(error.message));
    }

    void cutoffFollowsTheLocalCalendar()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        Error error;
        const auto policy = ProfileService(*admin).retentionPolicy(&error);
        QVERIFY(policy);
        using Kind = RetentionPolicy::Kind;
        // Six months: on 10 July (Helsinki) data of 9 January and before is due, 10 January not.
        const QDateTime now = helsinkiTime(2026, 7, 10, 12, 0);
        QCOMPARE(PurgeService::cutoff(*policy, Kind::CallMetadata, now),
                 LocalCalendar::startOfDay(QDate(2026, 1, 10), helsinki));
        // 31 August + 6 months ends with 28 February: on 1 March it is due.
        QCOMPARE(PurgeService::cutoff(*policy, Kind::CallMetadata, helsinkiTime(2027, 3, 1, 0, 10)),
                 LocalCalendar::startOfDay(QDate(2026, 9, 1), helsinki));
        // Every cutoff agrees with expiry(): the last instant before it is due, the cutoff not.
        for (int day = 0; day < 400; day += 7) {
            const QDateTime at = helsinkiTime(2026, 2, 1, 9, 0).addDays(day);
            const QDateTime cut = PurgeService::cutoff(*policy, Kind::Recordings, at);
            QVERIFY(*policy->expiry(Kind::Recordings, cut.addSecs(-1)) <= at);
            QVERIFY(*policy->expiry(Kind::Recordings, cut) > at);
        }
    }

    void holdsAreForPrivacyOfficersAndAdministrators_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("quality-manager") << QStringLiteral("quality-manager") << false;
        QTest::newRow("trainer") << QStringLiteral("trainer") << false;
        QTest::newRow("privacy-officer") << QStringLiteral("privacy-officer") << true;
        QTest::newRow("admin") << QStringLiteral("admin") << true;
    }

    void holdsAreForPrivacyOfficersAndAdministrators()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        auto admin = loginAs(QStringLiteral("admin"));
        const auto call = callAt(*admin, m_clock.nowUtc(), QStringLiteral("perm-") + user);
        QVERIFY(call);
        auto session = loginAs(user);
        QVERIFY(session);
        const auto denied = count(*session, QStringLiteral("permission.denied"));
        HoldRequest request{HoldRecord::Scope::Call,
                            *call,
                            {},
                            QStringLiteral("complaint"),
                            m_clock.nowUtc().date().addMonths(2),
                            QStringLiteral("C-1")};
        Error error;
        const auto id = HoldService(*session).add(request, &error);
        QCOMPARE(bool(id), allowed);
        QCOMPARE(bool(HoldService(*session).list(false, &error)), allowed);
        QCOMPARE(bool(PurgeService(*session).preview(&error)), allowed);
        if (!allowed) {
            QCOMPARE(error.kind, ErrorKind::PermissionDenied);
            QCOMPARE(count(*session, QStringLiteral("permission.denied")), denied + 3);
            return;
        }
        QCOMPARE(count(*session, QStringLiteral("hold.add")),
                 1 + (user == QLatin1String("admin") ? 1 : 0));
        QVERIFY2(HoldService(*session).release(*id, QStringLiteral("case closed"), &error),
                 qPrintable(error.message));
        const auto released = HoldService(*session).list(true, &error);
        QVERIFY(released);
        const auto it = std::find_if(released->begin(), released->end(),
                                     [&](const HoldRecord& h) { return h.id == *id; });
        QVERIFY(it != released->end());
        QCOMPARE(it->releasedBy, user);
        QCOMPARE(it->releasedAt, m_clock.nowUtc());
        QCOMPARE(it->releaseNote, QStringLiteral("case closed"));
        QVERIFY(!HoldService(*session).release(*id, {}, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
    }

    void holdRules()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const auto call = callAt(*po, m_clock.nowUtc(), QStringLiteral("rules"));
        QVERIFY(call);
        const QDate today = m_clock.nowUtc().toTimeZone(helsinki).date();
        HoldRequest request{
            HoldRecord::Scope::Call, *call, {}, QStringLiteral("complaint"), today.addMonths(12),
            QStringLiteral("C-2")};
        Error error;
        // Exactly the maximum is allowed; a day more is refused by the rule (exit 6).
        const auto longest = HoldService(*po).add(request, &error);
        QVERIFY2(longest, qPrintable(error.message));
        request.until = today.addMonths(12).addDays(1);
        QVERIFY(!HoldService(*po).add(request, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QVERIFY(error.message.contains(today.addMonths(12).toString(Qt::ISODate)));
        request.until = today.addMonths(1);
        request.reason = QStringLiteral("curiosity");
        QVERIFY(!HoldService(*po).add(request, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        request.reason = QStringLiteral("complaint");
        request.until = today.addDays(-1);
        QVERIFY(!HoldService(*po).add(request, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        request.until = today.addMonths(1);
        request.targetId = 999999;
        QVERIFY(!HoldService(*po).add(request, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        request.caseRef.clear();
        request.targetId = *call;
        QVERIFY(!HoldService(*po).add(request, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(HoldService(*po).release(*longest, {}, &error));
    }

    void phoneHoldNeedsTheLookupKey()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const QDate until = m_clock.nowUtc().date().addMonths(3);
        HoldRequest request{HoldRecord::Scope::Phone,
                            0,
                            QStringLiteral("+358401234567"),
                            QStringLiteral("criminal_investigation"),
                            until,
                            QStringLiteral("POL-7")};
        Error error;
        const auto id = HoldService(*po).add(request, &error);
        QVERIFY2(id, qPrintable(error.message));
        const auto holds = HoldService(*po).list(false, &error);
        QVERIFY(holds);
        QCOMPARE(holds->first().id, *id);
        QVERIFY(!holds->first().phoneIndex.isEmpty());
        QVERIFY(!holds->first().phoneMasked.contains(QStringLiteral("1234567")));
        // The number is in no audit entry.
        QVERIFY(!anyFileContains(m_paths.folder, "+358401234567"));
        QVERIFY(HoldService(*po).release(*id, {}, &error));

        // An administrator after the handover holds no lookup key: a clear refusal.
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY2(KeyService(*admin).handover(&error), qPrintable(error.message));
        admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(!HoldService(*admin).add(request, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(error.message.contains(QStringLiteral("lookup key")));
    }

    void purgeRemovesWhatIsPastRetention()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        const QDateTime start = m_clock.nowUtc();
        const auto old = callAt(*admin, start.addDays(-1), QStringLiteral("old"));
        const auto held = callAt(*admin, start.addDays(-1), QStringLiteral("held"));
        const auto restricted =
            callAt(*admin, start.addDays(-1), QStringLiteral("restricted"), true);
        const auto fresh = callAt(*admin, start.addMonths(3), QStringLiteral("fresh"));
        QVERIFY(old && held && restricted && fresh);
        const QString oldFile = fileOf(*admin, *old);
        const QString heldFile = fileOf(*admin, *held);
        QVERIFY(!oldFile.isEmpty() && !heldFile.isEmpty());
        QVERIFY(QFile::exists(QDir(m_paths.recordings()).filePath(oldFile)));
        const qint64 recordingId = scalar(*admin,
                                          QStringLiteral("SELECT id FROM recordings"
                                                         " WHERE call_id = ?"),
                                          {*old});

        Error error;
        const QDate holdEnd = start.toTimeZone(helsinki).date().addMonths(8);
        const auto hold = HoldService(*admin).add(HoldRequest{HoldRecord::Scope::Call,
                                                              *held,
                                                              {},
                                                              QStringLiteral("complaint"),
                                                              holdEnd,
                                                              QStringLiteral("C-9")},
                                                  &error);
        QVERIFY2(hold, qPrintable(error.message));

        // Not yet due: nothing goes.
        m_clock.set(start.addMonths(5));
        auto report = PurgeService(*admin).run({}, &error);
        QVERIFY2(report, qPrintable(error.message));
        QCOMPARE(report->category(RetentionPolicy::Kind::CallMetadata)->purged, 0);

        // Seven months on: a dry run says what would go and why the rest stays, and changes
        // nothing.
        m_clock.set(start.addMonths(7));
        const qint64 callsBefore = scalar(*admin, QStringLiteral("SELECT count(*) FROM calls"));
        const auto preview = PurgeService(*admin).preview(&error);
        QVERIFY2(preview, qPrintable(error.message));
        const PurgeCategory* calls = preview->category(RetentionPolicy::Kind::CallMetadata);
        QVERIFY(calls->purged >= 1);
        QCOMPARE(calls->held, 1);
        QCOMPARE(calls->restricted, 1);
        QCOMPARE(preview->category(RetentionPolicy::Kind::Recordings)->held, 1);
        // nordic-helpdesk keeps the audit trail with no fixed period: nothing of it is due.
        QVERIFY(!preview->category(RetentionPolicy::Kind::AuditTrail)->cutoff.isValid());
        QCOMPARE(preview->category(RetentionPolicy::Kind::AuditTrail)->purged, qint64(0));
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT count(*) FROM calls")), callsBefore);
        QVERIFY(QFile::exists(QDir(m_paths.recordings()).filePath(oldFile)));

        const auto purgesBefore = count(*admin, QStringLiteral("retention.purge"));
        report = PurgeService(*admin, 2).run({}, &error);
        QVERIFY2(report, qPrintable(error.message));
        QCOMPARE(report->category(RetentionPolicy::Kind::CallMetadata)->purged, calls->purged);
        // The old call, its key row and its file are gone; the recording cannot be read.
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT count(*) FROM calls WHERE id = ?"), {*old}),
                 0);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT count(*) FROM recordings WHERE id = ?"),
                        {recordingId}),
                 0);
        QVERIFY(!QFile::exists(QDir(m_paths.recordings()).filePath(oldFile)));
        Error readError;
        QVERIFY(!RecordingStore(m_paths.recordings(), admin->db(), m_clock)
                     .read(recordingId, {}, &readError));
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT count(*) FROM purge_shredded")), 0);
        // The held, the restricted and the fresh call stay.
        for (qint64 id : {*held, *restricted, *fresh})
            QCOMPARE(
                scalar(*admin, QStringLiteral("SELECT count(*) FROM calls WHERE id = ?"), {id}), 1);
        QVERIFY(QFile::exists(QDir(m_paths.recordings()).filePath(heldFile)));
        // The run's entry and at least one batch's ("retention.purge" matches both).
        QVERIFY(count(*admin, QStringLiteral("retention.purge")) >= purgesBefore + 2);

        // The hold ends (its last day passes): the next purge lifts it, audited, and the call
        // goes.
        m_clock.set(LocalCalendar::startOfDay(holdEnd.addDays(1), helsinki).addSecs(60));
        report = PurgeService(*admin).run({}, &error);
        QVERIFY2(report, qPrintable(error.message));
        QCOMPARE(report->holdsLifted, 1);
        QCOMPARE(count(*admin, QStringLiteral("hold.expire")), 1);
        const auto lifted = HoldRepository(admin->db()).find(*hold, &error);
        QVERIFY(lifted && lifted->isReleased());
        QCOMPARE(lifted->releasedBy, QStringLiteral("-"));
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT count(*) FROM calls WHERE id = ?"), {*held}),
                 0);
        QVERIFY(!QFile::exists(QDir(m_paths.recordings()).filePath(heldFile)));
        // The restricted call still stays; the purge said why.
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT count(*) FROM calls WHERE id = ?"),
                        {*restricted}),
                 1);
        QCOMPARE(report->category(RetentionPolicy::Kind::CallMetadata)->restricted, 1);
        m_clock.set(start);
    }

    void purgeFinishesWhatAKilledRunLeft()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        // A run killed after its commit left a journalled file: the next run removes it.
        const QString name = QStringLiteral("0123456789abcdef0123456789abcdef.rec");
        QFile file(QDir(m_paths.recordings()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ciphertext");
        file.close();
        QSqlQuery q(admin->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO purge_shredded VALUES ('%1')").arg(name)));
        Error error;
        const auto report = PurgeService(*admin).run({}, &error);
        QVERIFY2(report, qPrintable(error.message));
        QVERIFY(!file.exists());
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT count(*) FROM purge_shredded")), 0);
    }
    // A data subject outlives none of their records: once no call or chat of theirs stays,
    // the purge deletes them with their identifiers (one audited transaction), and the preview
    // already counts the ones whose last call it deletes. Held (by the subject or by their
    // number) and restricted subjects stay, and so does a subject recorded within the period.
    void subjectsLeftWithoutRecordsGo()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        Error error;
        const QDateTime now = m_clock.nowUtc();
        const QDateTime old = now.addMonths(-8);
        SubjectRepository subjects(po->db());
        const auto subject = [&](const QDateTime& at) {
            return subjects.create(at, &error).value_or(0);
        };
        const qint64 lastCallDue = subject(old), callStays = subject(old),
                     restricted = subject(old), heldAsSubject = subject(old),
                     heldByNumber = subject(old), recent = subject(now.addDays(-3));
        QVERIFY(lastCallDue && callStays && restricted && heldAsSubject && heldByNumber && recent);
        QVERIFY2(addIdentifier(*po, lastCallDue, IdentifierKind::Email,
                               QStringLiteral("gone@example.fi"), &error),
                 qPrintable(error.message));
        QVERIFY2(addIdentifier(*po, heldByNumber, IdentifierKind::Phone,
                               QStringLiteral("+358407770001"), &error),
                 qPrintable(error.message));
        const auto oldCall = callAt(*po, old, QStringLiteral("subject-old"));
        const auto oldCall2 = callAt(*po, old, QStringLiteral("subject-old-2"));
        const auto freshCall = callAt(*po, now.addDays(-1), QStringLiteral("subject-fresh"));
        QVERIFY(oldCall && oldCall2 && freshCall);
        CallRepository calls(po->db());
        QVERIFY(calls.linkSubject(*oldCall, lastCallDue, &error));
        QVERIFY(calls.linkSubject(*oldCall2, callStays, &error));
        QVERIFY(calls.linkSubject(*freshCall, callStays, &error));
        QSqlQuery q(po->db());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE subjects SET restricted = 1 WHERE id = %1").arg(restricted)));
        const QDate until = now.toTimeZone(helsinki).date().addMonths(2);
        QVERIFY2(HoldService(*po).add(HoldRequest{HoldRecord::Scope::Subject,
                                                  heldAsSubject,
                                                  {},
                                                  QStringLiteral("complaint"),
                                                  until,
                                                  QStringLiteral("S-1")},
                                      &error),
                 qPrintable(error.message));
        QVERIFY2(HoldService(*po).add(
                     HoldRequest{HoldRecord::Scope::Phone, 0, QStringLiteral("040 777 0001"),
                                 QStringLiteral("complaint"), until, QStringLiteral("S-2")},
                     &error),
                 qPrintable(error.message));
        const auto exists = [&po](qint64 id) {
            return scalar(*po, QStringLiteral("SELECT count(*) FROM subjects WHERE id = ?"),
                          {id}) == 1;
        };

        const auto preview = PurgeService(*po).preview(&error);
        QVERIFY2(preview, qPrintable(error.message));
        QVERIFY(preview->subjectsPurged >= 1);
        QVERIFY(preview->subjectsKept >= 3);
        QVERIFY(exists(lastCallDue)); // a preview changes nothing

        const qsizetype audited = count(*po, QStringLiteral("retention.purge.subjects"));
        const auto report = PurgeService(*po).run({}, &error);
        QVERIFY2(report, qPrintable(error.message));
        QCOMPARE(report->subjectsPurged, preview->subjectsPurged);
        QVERIFY(report->subjectsFirstId <= lastCallDue && lastCallDue <= report->subjectsLastId);
        QVERIFY(!exists(lastCallDue));
        QCOMPARE(scalar(*po,
                        QStringLiteral("SELECT count(*) FROM subject_identifiers"
                                       " WHERE subject_id = ?"),
                        {lastCallDue}),
                 0);
        for (qint64 id : {callStays, restricted, heldAsSubject, heldByNumber, recent})
            QVERIFY2(exists(id), qPrintable(QString::number(id)));
        QCOMPARE(count(*po, QStringLiteral("retention.purge.subjects")), audited + 1);
    }
    // Evaluations and tags kept 3 months, calls 6: an evaluation made more than 3 months ago
    // goes with its answers and revisions while its call stays; a newer one stays, and so do
    // evaluations of a held call or chat and of a restricted call, counted. A calibration left
    // without evaluations goes in the same run, one created within the period stays. The
    // preview's numbers are the run's, and the audit entries name the evaluations.
    void evaluationsPastTheirPeriodGo()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        auto qm = loginAs(QStringLiteral("quality-manager"));
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(admin && qm && po);
        Error error;
        QStringList warnings;
        QVERIFY2(ProfileService(*admin).set(
                     exampleProfileWithPeriod(QStringLiteral("nordic-helpdesk"),
                                              QStringLiteral("evaluations_months"), 3),
                     &warnings, &error),
                 qPrintable(error.message));
        const QDateTime start = m_clock.nowUtc();

        ScorecardDefinition card;
        card.name = QStringLiteral("Purge card");
        ScorecardSection section;
        section.title = QStringLiteral("Opening");
        ScorecardCriterion greeting;
        greeting.id = QStringLiteral("greeting");
        greeting.title = QStringLiteral("Greeting");
        section.criteria << greeting;
        card.sections << section;
        const auto scorecard = ScorecardService(*qm).create(card, &error);
        QVERIFY2(scorecard, qPrintable(error.message));
        AnswerMap yes;
        yes.insert(QStringLiteral("greeting"), CriterionAnswer::yes());
        AnswerMap no;
        no.insert(QStringLiteral("greeting"), CriterionAnswer::no());
        EvaluationService evaluations(*qm);
        const auto evaluate = [&](const Interaction& target) -> qint64 {
            const auto id = evaluations.start(target, *scorecard, &error);
            if (!id || !evaluations.submit(*id, yes, &error)) {
                qWarning() << error.message;
                return 0;
            }
            return *id;
        };

        const auto oldCall = callAt(*qm, start, QStringLiteral("eval-old"));
        const auto heldCall = callAt(*qm, start, QStringLiteral("eval-held"));
        const auto restrictedCall = callAt(*qm, start, QStringLiteral("eval-restricted"));
        const auto newCall = callAt(*qm, start, QStringLiteral("eval-new"));
        QVERIFY(oldCall && heldCall && restrictedCall && newCall);
        QSqlQuery q(admin->db());
        QVERIFY(q.exec(QStringLiteral("INSERT OR IGNORE INTO agents (name) VALUES ('Aino')")));
        const qint64 agent =
            scalar(*admin, QStringLiteral("SELECT id FROM agents WHERE name = 'Aino'"));
        const qint64 heldChat = 990001;
        QVERIFY(addChats(admin->db(), 1, heldChat, start, int(agent), QStringLiteral("web")));

        const qint64 old = evaluate(Interaction::call(*oldCall));
        const qint64 held = evaluate(Interaction::call(*heldCall));
        const qint64 heldOnChat = evaluate(Interaction::chat(heldChat));
        const qint64 restricted = evaluate(Interaction::call(*restrictedCall));
        QVERIFY(old && held && heldOnChat && restricted);
        // A revision of the old one (its earlier answers kept with the reason).
        QVERIFY2(evaluations.revise(old, no, QStringLiteral("Listened again."), &error),
                 qPrintable(error.message));
        // A calibration on the old call with one evaluation, and one nobody joined.
        CalibrationService calibrations(*qm);
        const auto calibration =
            calibrations.create(Interaction::call(*oldCall), *scorecard, &error);
        QVERIFY2(calibration, qPrintable(error.message));
        const auto calibrated = calibrations.join(*calibration, &error);
        QVERIFY2(calibrated, qPrintable(error.message));
        QVERIFY2(evaluations.submit(*calibrated, yes, &error), qPrintable(error.message));
        const auto unjoined = calibrations.create(Interaction::call(*oldCall), *scorecard, &error);
        QVERIFY2(unjoined, qPrintable(error.message));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE calls SET restricted = 1 WHERE id = %1").arg(*restrictedCall)));
        const QDate until = start.toTimeZone(helsinki).date().addMonths(8);
        QVERIFY2(HoldService(*po).add(HoldRequest{HoldRecord::Scope::Call,
                                                  *heldCall,
                                                  {},
                                                  QStringLiteral("complaint"),
                                                  until,
                                                  QStringLiteral("E-1")},
                                      &error),
                 qPrintable(error.message));
        QVERIFY2(HoldService(*po).add(HoldRequest{HoldRecord::Scope::Chat,
                                                  heldChat,
                                                  {},
                                                  QStringLiteral("complaint"),
                                                  until,
                                                  QStringLiteral("E-2")},
                                      &error),
                 qPrintable(error.message));

        // Two months on: a new evaluation and a new calibration, within the period later.
        m_clock.set(start.addMonths(2));
        const qint64 fresh = evaluate(Interaction::call(*newCall));
        QVERIFY(fresh);
        const auto newCalibration =
            calibrations.create(Interaction::call(*newCall), *scorecard, &error);
        QVERIFY2(newCalibration, qPrintable(error.message));

        const auto rowsOf = [&](const QString& table, qint64 id) {
            return scalar(
                *admin,
                QStringLiteral("SELECT count(*) FROM %1 WHERE evaluation_id = ?").arg(table), {id});
        };
        const auto exists = [&](const QString& table, qint64 id) {
            return scalar(*admin, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table),
                          {id}) == 1;
        };
        QCOMPARE(rowsOf(QStringLiteral("evaluation_answers"), old), 1);
        QCOMPARE(rowsOf(QStringLiteral("evaluation_revisions"), old), 1);

        // Three months and a few days after the first ones: they are due, their calls are not.
        m_clock.set(start.addMonths(3).addDays(3));
        const auto preview = PurgeService(*po).preview(&error);
        QVERIFY2(preview, qPrintable(error.message));
        const PurgeCategory* planned = preview->evaluations();
        QVERIFY(planned);
        QVERIFY(planned->note.isEmpty());
        QCOMPARE(planned->kind, RetentionPolicy::Kind::EvaluationsAndTags);
        QCOMPARE(planned->due, 5);
        QCOMPARE(planned->purged, 2);
        QCOMPARE(planned->held, 2);
        QCOMPARE(planned->restricted, 1);
        QCOMPARE(planned->calibrations, 2);
        QCOMPARE(planned->firstId, std::min(old, *calibrated));
        QCOMPARE(planned->lastId, std::max(old, *calibrated));
        // The tags keep their own row of the same kind.
        QVERIFY(preview->category(RetentionPolicy::Kind::EvaluationsAndTags) != planned);
        QVERIFY(exists(QStringLiteral("evaluations"), old)); // a preview changes nothing

        const qsizetype batches = count(*po, QStringLiteral("retention.purge.batch"));
        const auto report = PurgeService(*po, 1).run({}, &error);
        QVERIFY2(report, qPrintable(error.message));
        const PurgeCategory* purged = report->evaluations();
        QVERIFY(purged);
        QCOMPARE(purged->purged, planned->purged);
        QCOMPARE(purged->held, planned->held);
        QCOMPARE(purged->restricted, planned->restricted);
        QCOMPARE(purged->calibrations, planned->calibrations);
        QCOMPARE(purged->firstId, planned->firstId);
        QCOMPARE(purged->lastId, planned->lastId);
        QCOMPARE(report->category(RetentionPolicy::Kind::CallMetadata)->purged, 0);

        for (qint64 id : {old, *calibrated}) {
            QVERIFY(!exists(QStringLiteral("evaluations"), id));
            QCOMPARE(rowsOf(QStringLiteral("evaluation_answers"), id), 0);
            QCOMPARE(rowsOf(QStringLiteral("evaluation_revisions"), id), 0);
        }
        for (qint64 id : {held, heldOnChat, restricted, fresh})
            QVERIFY2(exists(QStringLiteral("evaluations"), id), qPrintable(QString::number(id)));
        QVERIFY(!exists(QStringLiteral("calibrations"), *calibration));
        QVERIFY(!exists(QStringLiteral("calibrations"), *unjoined));
        QVERIFY(exists(QStringLiteral("calibrations"), *newCalibration));
        // The calls stay: the evaluations went on their own period.
        for (qint64 id : {*oldCall, *heldCall, *restrictedCall, *newCall})
            QVERIFY(exists(QStringLiteral("calls"), id));

        // One batch per evaluation and per calibration (batches of one), each naming its
        // category and ids; the run's entry gives the counts.
        AuditFilter filter;
        filter.action = QStringLiteral("retention.purge.batch");
        filter.limit = 100000;
        const QList<AuditEntry> entries = AuditLog(po->db()).list(filter, nullptr);
        QCOMPARE(entries.size(), batches + 4);
        QStringList evaluationBatches;
        QStringList calibrationBatches;
        for (const AuditEntry& e : entries) {
            if (e.object == QLatin1String("retention:evaluations"))
                evaluationBatches << e.details;
            if (e.object == QLatin1String("retention:calibrations"))
                calibrationBatches << e.details;
        }
        QCOMPARE(evaluationBatches.size(), 2);
        QVERIFY(evaluationBatches.contains(
            QStringLiteral("category=evaluations count=1 ids=%1-%1").arg(old)));
        QVERIFY(calibrationBatches.contains(
            QStringLiteral("category=calibrations count=1 ids=%1-%1").arg(*unjoined)));
        filter.action = QStringLiteral("retention.purge");
        const QList<AuditEntry> runs = AuditLog(po->db()).list(filter, nullptr);
        const auto summary = std::find_if(runs.begin(), runs.end(), [](const AuditEntry& e) {
            return e.action == QLatin1String("retention.purge") &&
                   e.object == QLatin1String("retention");
        });
        QVERIFY(summary != runs.end());
        QVERIFY2(summary->details.contains(
                     QStringLiteral("evaluations: purged=2 ids=%1-%2 held=2 restricted=1 "
                                    "calibrations=2")
                         .arg(std::min(old, *calibrated))
                         .arg(std::max(old, *calibrated))),
                 qPrintable(summary->details));

        // The audit viewer reads both entries in words (nothing left as written).
        const QString readable =
            AuditActions::displayDetails(QStringLiteral("retention.purge"), summary->details);
        QVERIFY2(readable.contains(QStringLiteral("Evaluations and tags: deleted: 2")) &&
                     readable.contains(
                         QStringLiteral("calibrations left without evaluations deleted: 2")),
                 qPrintable(readable));
        filter.action = QStringLiteral("retention.preview");
        const QList<AuditEntry> previews = AuditLog(po->db()).list(filter, nullptr);
        QVERIFY(!previews.isEmpty());
        const QString previewWords =
            AuditActions::displayDetails(previews.first().action, previews.first().details);
        QVERIFY2(previewWords.contains(
                     QStringLiteral("Calibrations left without evaluations: 2 to delete")),
                 qPrintable(previews.first().details + QStringLiteral(" → ") + previewWords));

        // Nothing more is due: a second preview finds only what stays.
        const auto after = PurgeService(*po).preview(&error);
        QVERIFY2(after, qPrintable(error.message));
        QCOMPARE(after->evaluations()->purged, 0);
        QCOMPARE(after->evaluations()->calibrations, 0);
        QCOMPARE(after->evaluations()->held, 2);
        m_clock.set(start);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
