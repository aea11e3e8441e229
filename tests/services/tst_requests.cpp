// Data subjects' requests (issue [11]) against a real register, moving the injectable clock:
// deadlines on the local calendar across month ends, leap years and extensions; an extension
// after the first month refused; identity verified only by the profile's methods, and nothing
// handed over or changed before it; the person found with why each item matched; earlier
// requests and the first copy always free; every role but the privacy officer refused every
// step, each refusal audited.

#include "core/CallerNumber.h"
#include "core/LocalCalendar.h"
#include "services/ProfileService.h"
#include "services/UserService.h"
#include "services/keys/FieldCrypto.h"
#include "services/requests/AccessRequestService.h"
#include "storage/AuditLog.h"
#include "storage/CallRepository.h"
#include "storage/SubjectRepository.h"
#include "support/TestData.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

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

const QString subjectPhone = QStringLiteral("+358401234567");
} // namespace

class TestRequests : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    qint64 m_subject = 0;
    QList<qint64> m_subjectCalls;
    qint64 m_looseCall = 0; ///< from the subject's number, linked to no one

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

    std::optional<qint64> openByPhone(Session& po, const QDateTime& received,
                                      RequestKind kind = RequestKind::Access)
    {
        NewAccessRequest request;
        request.kind = kind;
        request.channel = RequestChannel::InPerson;
        request.receivedAt = received;
        request.identifierKind = IdentifierKind::Phone;
        request.identifier = QStringLiteral("040 123 4567");
        Error error;
        const auto id = AccessRequestService(po).open(request, &error);
        if (!id)
            qWarning() << error.message;
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
        for (Role role : {Role::QualityManager, Role::Trainer, Role::PrivacyOfficer}) {
            const QByteArray password = RoleNames::id(role).toUtf8() + "-violet-tram-harbour";
            QVERIFY2(UserService(*admin).add(RoleNames::id(role), role,
                                             secret(password.constData()), &error),
                     qPrintable(error.message));
        }
        QStringList warnings;
        QVERIFY2(ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                            &warnings, &error),
                 qPrintable(error.message));

        // A person known by a phone number and an e-mail address with two calls, and one more
        // call from the same number that is linked to no one.
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        SubjectRepository subjects(po->db());
        m_subject = *subjects.create(m_clock.nowUtc(), &error);
        QVERIFY(addIdentifier(*po, m_subject, IdentifierKind::Phone, subjectPhone, &error));
        QVERIFY(addIdentifier(*po, m_subject, IdentifierKind::Email,
                              QStringLiteral("maija.virtanen@example.com"), &error));
        CallRepository calls(po->db());
        const QByteArray index = FieldCrypto(*po).index(u"phone", subjectPhone);
        QVERIFY(!index.isEmpty());
        for (int i = 0; i < 3; ++i) {
            CallInsert c;
            c.sourceId = QStringLiteral("req-call-%1").arg(i);
            c.startedAt = m_clock.nowUtc().addDays(-10 + i);
            c.callerIndex = index;
            c.caller = QStringLiteral("+358 40 *** **67");
            if (i < 2)
                c.subjectId = m_subject;
            const auto id = calls.insertOrIgnore(c, &error);
            QVERIFY2(id, qPrintable(error.message));
            (i < 2 ? m_subjectCalls.append(*id) : void(m_looseCall = *id));
        }
    }

    void deadlines_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("due");
        QTest::newRow("mid-month") << helsinkiTime(2026, 3, 15, 10, 0) << 1 << QDate(2026, 4, 15);
        QTest::newRow("31 Jan, common year")
            << helsinkiTime(2027, 1, 31, 10, 0) << 1 << QDate(2027, 2, 28);
        QTest::newRow("31 Jan, leap year")
            << helsinkiTime(2028, 1, 31, 10, 0) << 1 << QDate(2028, 2, 29);
        QTest::newRow("just after local midnight (UTC still the day before)")
            << helsinkiTime(2026, 3, 1, 0, 30) << 1 << QDate(2026, 4, 1);
        QTest::newRow("31 Dec to 31 Jan")
            << helsinkiTime(2026, 12, 31, 23, 0) << 1 << QDate(2027, 1, 31);
        QTest::newRow("extended by two: 31 Jan + 3")
            << helsinkiTime(2026, 1, 31, 9, 0) << 3 << QDate(2026, 4, 30);
        QTest::newRow("30 Nov + 3 in a leap year")
            << helsinkiTime(2027, 11, 30, 9, 0) << 3 << QDate(2028, 2, 29);
    }

    void deadlines()
    {
        QFETCH(QDateTime, received);
        QFETCH(int, months);
        QFETCH(QDate, due);
        QCOMPARE(AccessRequestTerms::dueDate(received, months, helsinki), due);
        // The period runs to the end of the due day, local time.
        QCOMPARE(AccessRequestTerms::periodEnd(received, months, helsinki),
                 LocalCalendar::startOfDay(due.addDays(1), helsinki));
    }

    void openFindsThePersonWithWhy()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const auto id = openByPhone(*po, m_clock.nowUtc());
        QVERIFY(id);
        Error error;
        const auto view = AccessRequestService(*po).get(*id, &error);
        QVERIFY2(view, qPrintable(error.message));
        QCOMPARE(view->record.status, RequestStatus::Received);
        QCOMPARE(view->identifier, subjectPhone);
        QCOMPARE(view->record.identifierShown, CallerForm::of(subjectPhone).shown);
        QVERIFY(!view->record.identifierShown.contains(QStringLiteral("1234")));
        QCOMPARE(view->due, QDate(2026, 2, 10));
        QList<RequestItem> expected;
        expected << RequestItem{
            RequestItem::Kind::Subject, m_subject, QStringLiteral("phone"), 0, true, {}};
        for (qint64 call : m_subjectCalls)
            expected << RequestItem{
                RequestItem::Kind::Call, call, QStringLiteral("phone"), m_subject, true, {}};
        expected << RequestItem{
            RequestItem::Kind::Call, m_looseCall, QStringLiteral("phone"), 0, true, {}};
        QCOMPARE(view->items.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(view->items[i].kind, expected[i].kind);
            QCOMPARE(view->items[i].objectId, expected[i].objectId);
            QCOMPARE(view->items[i].matchedBy, expected[i].matchedBy);
            QCOMPARE(view->items[i].viaSubject, expected[i].viaSubject);
        }
        // A false match is excluded, and can be taken back.
        AccessRequestService service(*po);
        QVERIFY(service.setIncluded(*id, RequestItem::Kind::Call, m_looseCall, false, &error));
        QVERIFY(!service.get(*id, &error)->items.last().included);
        QVERIFY(!service.setIncluded(*id, RequestItem::Kind::Call, 999999, false, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        // Found by one more identifier: nothing new for the same person.
        const auto added = service.findMore(*id, IdentifierKind::Email,
                                            QStringLiteral("Maija.Virtanen@example.com"), &error);
        QVERIFY2(added, qPrintable(error.message));
        QCOMPARE(*added, 0);
        // The identifier is sealed: the request row does not hold it in clear.
        QSqlQuery q(po->db());
        QVERIFY(q.exec(QStringLiteral("SELECT identifier_sealed, identifier_shown FROM "
                                      "access_requests WHERE id = %1")
                           .arg(*id)));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toByteArray().contains("1234567"));
        QVERIFY(!q.value(1).toString().contains(QStringLiteral("1234567")));
    }

    void nothingBeforeIdentityIsVerified()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const auto id = openByPhone(*po, m_clock.nowUtc());
        QVERIFY(id);
        AccessRequestService service(*po);
        Error error;
        const auto refusedBefore = count(*po, QStringLiteral("request.refused"));
        QVERIFY(!service.requireVerified(*id, QStringLiteral("subject.export"), &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QCOMPARE(count(*po, QStringLiteral("request.refused")), refusedBefore + 1);
        QVERIFY(!service.close(*id, RequestStatus::Completed, QStringLiteral("done"), &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);

        // A photo ID needs its kind and exactly four characters, never more.
        IdentityCheck check;
        check.method = VerificationMethod::PhotoIdInPerson;
        check.detail = QStringLiteral("1234");
        QVERIFY(!service.verifyIdentity(*id, check, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        check.document = IdDocument::Passport;
        check.detail = QStringLiteral("XK1234567");
        QVERIFY(!service.verifyIdentity(*id, check, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        check.detail = QStringLiteral("4567");
        QVERIFY2(service.verifyIdentity(*id, check, &error), qPrintable(error.message));
        const auto view = service.get(*id, &error);
        QVERIFY(view);
        QCOMPARE(view->record.status, RequestStatus::IdentityVerified);
        QCOMPARE(view->verifyDetail, QStringLiteral("4567"));
        QCOMPARE(view->record.verifiedBy, QStringLiteral("privacy-officer"));
        const auto record = service.requireVerified(*id, QStringLiteral("subject.export"), &error);
        QVERIFY2(record, qPrintable(error.message));
        QCOMPARE(record->status, RequestStatus::InProgress);
        // The audit names the method and the document, never its characters.
        AuditFilter filter;
        filter.action = QStringLiteral("request.verify");
        const auto entries = AuditLog(po->db()).list(filter, nullptr);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().details,
                 QStringLiteral("method=photo_id_in_person document=passport"));
        QVERIFY(service.close(*id, RequestStatus::Completed,
                              QStringLiteral("A copy handed over in person."), &error));
        QVERIFY(!service.requireVerified(*id, QStringLiteral("subject.export"), &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QVERIFY(!service.close(*id, RequestStatus::Refused, QStringLiteral("again"), &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
    }

    void onlyTheProfilesMethods()
    {
        auto admin = loginAs(QStringLiteral("admin"));
        QVERIFY(admin);
        Error error;
        QStringList warnings;
        // polar-collections allows a photo ID and a signed request, not electronic ID.
        QVERIFY(ProfileService(*admin).set(exampleProfile(QStringLiteral("polar-collections")),
                                           &warnings, &error));
        auto po = loginAs(QStringLiteral("privacy-officer"));
        const auto id = openByPhone(*po, m_clock.nowUtc());
        QVERIFY(id);
        IdentityCheck check;
        check.method = VerificationMethod::StrongElectronicIdentification;
        check.detail = QStringLiteral("bank ID, ref 77-123");
        AccessRequestService service(*po);
        QVERIFY(!service.verifyIdentity(*id, check, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        check.method = VerificationMethod::SignedRequest;
        check.detail = QStringLiteral("letter 2026/14");
        QVERIFY2(service.verifyIdentity(*id, check, &error), qPrintable(error.message));
        QVERIFY(ProfileService(*admin).set(exampleProfile(QStringLiteral("nordic-helpdesk")),
                                           &warnings, &error));
    }

    void extensionsWithinTheFirstMonth()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const QDateTime now = m_clock.nowUtc();
        // Received 31 January 2028 (a leap year): due 29 February; extended by two months to
        // 30 April, and no further.
        const QDateTime received = helsinkiTime(2028, 1, 31, 11, 0);
        m_clock.set(received);
        const auto id = openByPhone(*po, received);
        QVERIFY(id);
        AccessRequestService service(*po);
        Error error;
        QCOMPARE(service.get(*id, &error)->due, QDate(2028, 2, 29));
        QVERIFY(!service.extend(*id, 1, QStringLiteral("  "), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(!service.extend(*id, 3, QStringLiteral("many recordings"), &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        m_clock.set(helsinkiTime(2028, 2, 29, 23, 50)); // the last minutes of the first month
        QVERIFY2(
            service.extend(*id, 1, QStringLiteral("Over 400 recordings to go through."), &error),
            qPrintable(error.message));
        auto view = service.get(*id, &error);
        QCOMPARE(view->due, QDate(2028, 3, 31));
        QCOMPARE(view->record.status, RequestStatus::Extended);
        QVERIFY(view->extendable);
        m_clock.set(helsinkiTime(2028, 3, 1, 0, 0)); // the first month has run out
        QVERIFY(!service.get(*id, &error)->extendable);
        QVERIFY(!service.extend(*id, 1, QStringLiteral("still more"), &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QCOMPARE(service.get(*id, &error)->due, QDate(2028, 3, 31));
        // Overdue once the extended period has run out, due soon in its last week.
        m_clock.set(helsinkiTime(2028, 3, 27, 9, 0));
        view = service.get(*id, &error);
        QVERIFY(view->dueSoon && !view->overdue);
        m_clock.set(helsinkiTime(2028, 4, 1, 0, 1));
        view = service.get(*id, &error);
        QVERIFY(view->overdue && !view->dueSoon);
        m_clock.set(now);
    }

    void theFirstCopyIsFree()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        // A fresh person: their first request is free and not flagged; the second within 12
        // months is flagged (the profile's free_access_requests_per_year is 1) and may carry
        // a fee with a reason.
        Error error;
        SubjectRepository subjects(po->db());
        const qint64 subject = *subjects.create(m_clock.nowUtc(), &error);
        QVERIFY(addIdentifier(*po, subject, IdentifierKind::Email,
                              QStringLiteral("toistuva@example.com"), &error));
        NewAccessRequest request;
        request.identifierKind = IdentifierKind::Email;
        request.identifier = QStringLiteral("toistuva@example.com");
        request.receivedAt = m_clock.nowUtc().addMonths(-3);
        AccessRequestService service(*po);
        const auto first = service.open(request, &error);
        QVERIFY2(first, qPrintable(error.message));
        QVERIFY(!service.get(*first, &error)->record.possiblyRepetitive);
        QVERIFY(!service.chargeFee(*first, QStringLiteral("copying costs"), &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        request.receivedAt = m_clock.nowUtc();
        const auto second = service.open(request, &error);
        QVERIFY(second);
        const auto view = service.get(*second, &error);
        QVERIFY(view->record.possiblyRepetitive);
        QCOMPARE(view->earlier.size(), 1);
        QCOMPARE(view->earlier.first().id, *first);
        QVERIFY(!service.chargeFee(*second, QString(), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(service.chargeFee(*second,
                                   QStringLiteral("A further copy of the same data "
                                                  "three months later."),
                                   &error),
                 qPrintable(error.message));
        // A year and more later, a request is free again.
        request.receivedAt = m_clock.nowUtc().addMonths(13);
        m_clock.set(request.receivedAt);
        const auto third = service.open(request, &error);
        QVERIFY(third);
        QVERIFY(!service.get(*third, &error)->record.possiblyRepetitive);
        m_clock.set(helsinkiTime(2026, 1, 10, 12, 0));
    }

    void closingNeedsWords()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        const auto id = openByPhone(*po, m_clock.nowUtc(), RequestKind::Objection);
        QVERIFY(id);
        AccessRequestService service(*po);
        Error error;
        QVERIFY(!service.close(*id, RequestStatus::Refused, QStringLiteral(" "), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(!service.close(*id, RequestStatus::InProgress, QStringLiteral("x"), &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(service.close(*id, RequestStatus::Withdrawn,
                              QStringLiteral("The person withdrew the request by phone."), &error));
        const auto open = service.list(true, &error);
        QVERIFY(open);
        for (const AccessRequestView& v : *open)
            QVERIFY(v.record.id != *id);
        const auto all = service.list(false, &error);
        QVERIFY(std::any_of(all->begin(), all->end(),
                            [&](const AccessRequestView& v) { return v.record.id == *id; }));
    }

    void onlyPrivacyOfficers_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("quality-manager") << QStringLiteral("quality-manager");
        QTest::newRow("trainer") << QStringLiteral("trainer");
        QTest::newRow("administrator") << QStringLiteral("admin");
    }

    void onlyPrivacyOfficers()
    {
        QFETCH(QString, user);
        auto po = loginAs(QStringLiteral("privacy-officer"));
        const auto id = openByPhone(*po, m_clock.nowUtc());
        QVERIFY(id);
        auto session = loginAs(user);
        QVERIFY(session);
        AccessRequestService service(*session);
        const auto denied = count(*session, QStringLiteral("permission.denied"));
        Error error;
        NewAccessRequest request;
        request.identifier = subjectPhone;
        IdentityCheck check;
        check.document = IdDocument::IdCard;
        check.detail = QStringLiteral("1234");
        int steps = 0;
        const auto refused = [&](bool done) {
            ++steps;
            return !done && error.kind == ErrorKind::PermissionDenied;
        };
        QVERIFY(refused(bool(service.open(request, &error))));
        QVERIFY(refused(bool(service.list(false, &error))));
        QVERIFY(refused(bool(service.get(*id, &error))));
        QVERIFY(refused(service.verifyIdentity(*id, check, &error)));
        QVERIFY(refused(service.extend(*id, 1, QStringLiteral("r"), &error)));
        QVERIFY(refused(
            service.setIncluded(*id, RequestItem::Kind::Subject, m_subject, false, &error)));
        QVERIFY(refused(bool(service.findMore(*id, IdentifierKind::Phone, subjectPhone, &error))));
        QVERIFY(refused(service.chargeFee(*id, QStringLiteral("r"), &error)));
        QVERIFY(refused(service.close(*id, RequestStatus::Withdrawn, QStringLiteral("r"), &error)));
        QVERIFY(
            refused(bool(service.requireVerified(*id, QStringLiteral("subject.export"), &error))));
        QCOMPARE(count(*session, QStringLiteral("permission.denied")), denied + steps);
        // Nothing changed.
        const auto view = AccessRequestService(*po).get(*id, &error);
        QCOMPARE(view->record.status, RequestStatus::Received);
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
