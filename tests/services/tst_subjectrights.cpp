// Rectification, restriction, objection and erasure for a data subject's request (issue [11])
// against a real register: nothing before the requester's identity is verified; every role
// but the privacy officer refused, each refusal audited; a restriction hides the person's
// calls from a quality manager until lifted; a rectified identifier is found by its new
// value, with the before and after sealed in the audit trail; an erasure plan changes
// nothing, and the erasure removes the person, their recordings (files too) and their clip
// from a playlist, but keeps a held call and says why.

#include "services/BrowseService.h"
#include "services/ProfileService.h"
#include "services/SubjectService.h"
#include "services/UserService.h"
#include "services/keys/FieldCrypto.h"
#include "services/requests/AccessRequestService.h"
#include "services/requests/SubjectRightsService.h"
#include "services/retention/HoldService.h"
#include "storage/AuditLog.h"
#include "storage/SubjectRepository.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {
const QString subjectPhone = QStringLiteral("+358401234567");
const QString subjectEmail = QStringLiteral("maija.virtanen@example.com");
} // namespace

class TestSubjectRights : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC)};
    RegisterPaths m_paths;
    qint64 m_subject = 0;
    QList<qint64> m_calls;  ///< the subject's; the last one is held
    qint64 m_otherCall = 0; ///< someone else's
    qint64 m_chat = 0;
    qint64 m_playlist = 0;
    qint64 m_hold = 0;

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

    static QList<AuditEntry> entries(Session& session, const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        filter.limit = 100000;
        QList<AuditEntry> out;
        for (const AuditEntry& e : AuditLog(session.db()).list(filter, nullptr))
            if (e.action == action)
                out << e;
        return out;
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

    // A request opened by the subject's phone number, verified by a photo ID unless told not.
    std::optional<qint64> openRequest(Session& po, RequestKind kind, bool verify = true,
                                      const QString& phone = QStringLiteral("040 123 4567"))
    {
        NewAccessRequest request;
        request.kind = kind;
        request.identifierKind = IdentifierKind::Phone;
        request.identifier = phone;
        Error error;
        AccessRequestService service(po);
        const auto id = service.open(request, &error);
        if (!id) {
            qWarning() << error.message;
            return std::nullopt;
        }
        if (verify) {
            IdentityCheck check;
            check.document = IdDocument::Passport;
            check.detail = QStringLiteral("4567");
            if (!service.verifyIdentity(*id, check, &error)) {
                qWarning() << error.message;
                return std::nullopt;
            }
        }
        return id;
    }

    qint64 qualityManagersCalls()
    {
        auto qm = loginAs(QStringLiteral("quality-manager"));
        if (!qm)
            return -1;
        Error error;
        const auto rows = BrowseService(*qm).calls({}, CallColumn::StartedAt, Qt::AscendingOrder, 0,
                                                   1000, &error);
        if (!rows)
            return -1;
        qint64 n = 0;
        for (const CallRow& r : *rows)
            n += m_calls.contains(r.id) ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Error error;
        auto admin = newRegisterAsAdmin(m_dir, m_clock, &m_paths, &error);
        QVERIFY2(admin, qPrintable(error.message));
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
        admin.reset();

        // The person: a phone number and an e-mail address, three recorded calls (one of them
        // tagged into a playlist, one held for a complaint) and a chat. Someone else's call.
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        m_subject = *SubjectRepository(po->db()).create(m_clock.nowUtc(), &error);
        QVERIFY(addIdentifier(*po, m_subject, IdentifierKind::Phone, subjectPhone, &error));
        QVERIFY(addIdentifier(*po, m_subject, IdentifierKind::Email, subjectEmail, &error));
        const QByteArray index = FieldCrypto(*po).index(u"phone", subjectPhone);
        for (int i = 0; i < 4; ++i) {
            const auto call =
                addCall(*po, QStringLiteral("sr-call-%1").arg(i), toneWav(250), false, 250);
            QVERIFY(call);
            if (i == 3) {
                m_otherCall = *call;
                continue;
            }
            QVERIFY(execSql(po->db(),
                            QStringLiteral("UPDATE calls SET subject_id = ?, caller_index = ?,"
                                           " caller = '+358 40 *** **67' WHERE id = ?"),
                            {m_subject, index, *call}));
            m_calls << *call;
        }
        QVERIFY(execSql(po->db(),
                        QStringLiteral("INSERT INTO chats (source_id, started_at, subject_id)"
                                       " VALUES ('sr-chat', ?, ?)"),
                        {m_clock.nowUtc().toSecsSinceEpoch(), m_subject}));
        m_chat = scalar(*po, QStringLiteral("SELECT id FROM chats WHERE source_id = 'sr-chat'"));
        for (int seq = 0; seq < 2; ++seq)
            QVERIFY(execSql(po->db(),
                            QStringLiteral("INSERT INTO chat_messages (chat_id, seq, sent_at,"
                                           " sender, text) VALUES (?, ?, ?, 'customer', ?)"),
                            {m_chat, seq, m_clock.nowUtc().toSecsSinceEpoch(),
                             QStringLiteral("viesti %1").arg(seq)}));
        const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
        QVERIFY(execSql(po->db(),
                        QStringLiteral("INSERT INTO tags (call_id, start_ms, end_ms, note,"
                                       " created_by, created_at) VALUES (?, 0, 100, '', 'trainer',"
                                       " ?)"),
                        {m_calls.first(), now}));
        QVERIFY(execSql(po->db(),
                        QStringLiteral("INSERT INTO tags (call_id, start_ms, end_ms, note,"
                                       " created_by, created_at) VALUES (?, 0, 100, '', 'trainer',"
                                       " ?)"),
                        {m_otherCall, now}));
        QVERIFY(execSql(po->db(),
                        QStringLiteral("INSERT INTO playlists (name, created_by, created_at)"
                                       " VALUES ('Hyvät puhelut', 'trainer', ?)"),
                        {now}));
        m_playlist = scalar(*po, QStringLiteral("SELECT max(id) FROM playlists"));
        QVERIFY(execSql(po->db(),
                        QStringLiteral("INSERT INTO playlist_items (playlist_id, position, tag_id)"
                                       " SELECT ?, CASE WHEN call_id = ? THEN 0 ELSE 1 END, id"
                                       " FROM tags"),
                        {m_playlist, m_calls.first()}));
        HoldRequest hold{HoldRecord::Scope::Call,
                         m_calls.last(),
                         {},
                         QStringLiteral("complaint"),
                         m_clock.nowUtc().date().addMonths(2),
                         QStringLiteral("C-77")};
        const auto holdId = HoldService(*po).add(hold, &error);
        QVERIFY2(holdId, qPrintable(error.message));
        m_hold = *holdId;
    }

    // Nothing is changed before the requester's identity is verified: refused by the rule
    // (exit 6), and the attempt audited.
    void refusedBeforeVerification()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const auto id = openRequest(*po, RequestKind::Erasure, false);
        QVERIFY(id);
        const qsizetype before = entries(*po, QStringLiteral("request.refused")).size();
        SubjectRightsService service(*po);
        Error error;
        QVERIFY(!service.planErasure(*id, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QVERIFY(!service.erase(*id, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
        QCOMPARE(exitCodeFor(error.kind), 6);
        QCOMPARE(entries(*po, QStringLiteral("request.refused")).size(), before + 2);
        QCOMPARE(scalar(*po, QStringLiteral("SELECT count(*) FROM calls WHERE subject_id = ?"),
                        {m_subject}),
                 3);
        // A request of another kind does not reach erasure either.
        const auto access = openRequest(*po, RequestKind::Access);
        QVERIFY(access);
        QVERIFY(!service.planErasure(*access, &error));
        QCOMPARE(error.kind, ErrorKind::RefusedByRule);
    }

    void deniedRoles_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("quality manager") << QStringLiteral("quality-manager");
        QTest::newRow("trainer") << QStringLiteral("trainer");
        QTest::newRow("administrator") << QStringLiteral("admin");
    }

    // Every role but the privacy officer is refused every step, and each refusal is audited.
    void deniedRoles()
    {
        QFETCH(QString, user);
        qint64 erasure = 0, restriction = 0, rectification = 0, objection = 0;
        {
            auto po = loginAs(QStringLiteral("privacy-officer"));
            QVERIFY(po);
            erasure = openRequest(*po, RequestKind::Erasure).value_or(0);
            restriction = openRequest(*po, RequestKind::Restriction).value_or(0);
            rectification = openRequest(*po, RequestKind::Rectification).value_or(0);
            objection = openRequest(*po, RequestKind::Objection).value_or(0);
            QVERIFY(erasure && restriction && rectification && objection);
        }
        auto session = loginAs(user);
        QVERIFY(session);
        const qsizetype before = entries(*session, QStringLiteral("permission.denied")).size();
        SubjectRightsService service(*session);
        Error error;
        QVERIFY(!service.planErasure(erasure, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!service.erase(erasure, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!service.setRestricted(restriction, true, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!service.setRestricted(restriction, false, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!service.rectify(rectification, m_subject, IdentifierKind::Email, subjectEmail,
                                 QStringLiteral("x@example.com"), &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        QVERIFY(!service.recordObjection(objection, {true, {}}, &error));
        QCOMPARE(error.kind, ErrorKind::PermissionDenied);
        const QList<AuditEntry> denied = entries(*session, QStringLiteral("permission.denied"));
        QCOMPARE(denied.size(), before + 6);
        QStringList actions;
        for (const AuditEntry& e : denied.mid(0, 6))
            actions << e.details;
        const QString all = actions.join(QLatin1Char(' '));
        for (const char* action : {"subject.erase.plan", "subject.erase", "subject.restrict",
                                   "subject.restrict.lift", "subject.rectify", "subject.object"})
            QVERIFY2(
                all.contains(QStringLiteral("action=%1 permission=").arg(QLatin1String(action))),
                action);
        // Nothing changed.
        QCOMPARE(scalar(*session, QStringLiteral("SELECT restricted FROM subjects WHERE id = ?"),
                        {m_subject}),
                 0);
        QCOMPARE(scalar(*session, QStringLiteral("SELECT count(*) FROM calls WHERE subject_id = ?"),
                        {m_subject}),
                 3);
    }

    // A restriction hides the person's calls from a quality manager's list; lifting shows
    // them again.
    void restrictionHidesFromQualityWork()
    {
        QCOMPARE(qualityManagersCalls(), 3);
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const auto id = openRequest(*po, RequestKind::Restriction);
        QVERIFY(id);
        SubjectRightsService service(*po);
        Error error;
        const auto on = service.setRestricted(*id, true, &error);
        QVERIFY2(on, qPrintable(error.message));
        QCOMPARE(on->subjects, 1);
        QCOMPARE(scalar(*po, QStringLiteral("SELECT restricted FROM subjects WHERE id = ?"),
                        {m_subject}),
                 1);
        QCOMPARE(
            scalar(*po, QStringLiteral("SELECT restricted FROM calls WHERE id = ?"), {m_otherCall}),
            0);
        QCOMPARE(entries(*po, QStringLiteral("subject.restrict")).size(), 1);
        QCOMPARE(qualityManagersCalls(), 0);
        const auto off = service.setRestricted(*id, false, &error);
        QVERIFY2(off, qPrintable(error.message));
        QCOMPARE(entries(*po, QStringLiteral("subject.restrict.lift")).size(), 1);
        QCOMPARE(qualityManagersCalls(), 3);
    }

    // An objection is upheld (processing restricted) or overridden with its grounds written.
    void objectionDecided()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const auto id = openRequest(*po, RequestKind::Objection);
        QVERIFY(id);
        SubjectRightsService service(*po);
        Error error;
        QVERIFY(!service.recordObjection(*id, {false, QStringLiteral("  ")}, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(service.recordObjection(
                     *id, {false, QStringLiteral("Recordings needed to settle a dispute")}, &error),
                 qPrintable(error.message));
        QCOMPARE(qualityManagersCalls(), 3);
        QVERIFY2(service.recordObjection(*id, {true, {}}, &error), qPrintable(error.message));
        QCOMPARE(qualityManagersCalls(), 0);
        const QList<AuditEntry> decided = entries(*po, QStringLiteral("subject.object"));
        QCOMPARE(decided.size(), 2);
        QVERIFY(decided[0].details.startsWith(QStringLiteral("decision=upheld")));
        QCOMPARE(decided[1].details,
                 QStringLiteral("decision=overridden grounds=Recordings needed to settle a "
                                "dispute"));
        // Lifted again on the same request, for the tests that follow.
        QVERIFY(service.setRestricted(*id, false, &error));
        QCOMPARE(qualityManagersCalls(), 3);
    }

    // A rectified identifier is found by its new value and no longer by the old one; the
    // audit trail holds the before and after sealed, which the officer opens.
    void rectification()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const auto id = openRequest(*po, RequestKind::Rectification);
        QVERIFY(id);
        SubjectRightsService service(*po);
        Error error;
        const QString newEmail = QStringLiteral("maija.korhonen@example.com");
        QVERIFY(!service.rectify(*id, m_subject, IdentifierKind::Email,
                                 QStringLiteral("someone.else@example.com"), newEmail, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY(!service.rectify(*id, m_subject + 1000, IdentifierKind::Email, subjectEmail,
                                 newEmail, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
        QVERIFY2(service.rectify(*id, m_subject, IdentifierKind::Email,
                                 QStringLiteral("Maija.Virtanen@Example.com"),
                                 QStringLiteral(" Maija.Korhonen@EXAMPLE.com "), &error),
                 qPrintable(error.message));
        QCOMPARE(identifierCount(*po, IdentifierKind::Email, newEmail), 1);
        QCOMPARE(identifierCount(*po, IdentifierKind::Email, subjectEmail), 0);
        const auto found = SubjectService(*po).find(IdentifierKind::Email, newEmail, &error);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().subjectId, m_subject);
        bool shown = false;
        for (const SubjectIdentifier& i : found->first().identifiers)
            shown = shown || (i.kind == IdentifierKind::Email && i.value == newEmail);
        QVERIFY(shown);

        const QList<AuditEntry> rectified = entries(*po, QStringLiteral("subject.rectify"));
        QCOMPARE(rectified.size(), 1);
        const QString details = rectified.first().details;
        QVERIFY(!details.contains(QStringLiteral("example.com")));
        const QRegularExpression pattern(
            QStringLiteral("^subject=(\\d+) kind=email before=(\\S+) after=(\\S+)$"));
        const auto match = pattern.match(details);
        QVERIFY2(match.hasMatch(), qPrintable(details));
        QCOMPARE(match.captured(1).toLongLong(), m_subject);
        const auto open = [&](int group, bool after) {
            Error e;
            const QByteArray sealed = QByteArray::fromBase64(match.captured(group).toLatin1(),
                                                             QByteArray::Base64UrlEncoding |
                                                                 QByteArray::OmitTrailingEquals);
            return FieldCrypto(*po)
                .openText(Capability::Identifiers, sealed,
                          SubjectRightsService::rectificationPlace(*id, m_subject,
                                                                   IdentifierKind::Email, after),
                          &e)
                .value_or(e.message);
        };
        QCOMPARE(open(2, false), subjectEmail);
        QCOMPARE(open(3, true), newEmail);
        // Under the identifier key: a quality manager cannot open them.
        auto qm = loginAs(QStringLiteral("quality-manager"));
        QVERIFY(qm);
        QVERIFY(!FieldCrypto(*qm).holds(Capability::Identifiers));
    }

    // The plan changes nothing; the erasure removes the person, their recordings and files,
    // their chat and the clip of their call from the playlist, and keeps the held call.
    void erasure()
    {
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const auto id = openRequest(*po, RequestKind::Erasure);
        QVERIFY(id);
        QStringList files;
        {
            QSqlQuery q(po->db());
            QVERIFY(q.exec(QStringLiteral("SELECT call_id, file_name FROM recordings")));
            while (q.next())
                files << q.value(1).toString();
        }
        QCOMPARE(files.size(), 4);
        const QDir recordings(m_paths.recordings());
        for (const QString& f : std::as_const(files))
            QVERIFY(recordings.exists(f));
        const QString heldFile =
            QStringLiteral("SELECT file_name FROM recordings WHERE call_id = ?");
        QSqlQuery q(po->db());
        q.prepare(heldFile);
        q.addBindValue(m_calls.last());
        QVERIFY(q.exec() && q.next());
        const QString heldName = q.value(0).toString();
        q.finish();

        SubjectRightsService service(*po);
        Error error;
        const auto plan = service.planErasure(*id, &error);
        QVERIFY2(plan, qPrintable(error.message));
        QVERIFY(!plan->erased);
        QCOMPARE(plan->subjects, QList<qint64>{m_subject});
        QCOMPARE(plan->calls, m_calls.mid(0, 2));
        QCOMPARE(plan->chats, QList<qint64>{m_chat});
        QCOMPARE(plan->identifiers, 2);
        QCOMPARE(plan->recordings, 2);
        QCOMPARE(plan->messages, 2);
        QCOMPARE(plan->tags, 1);
        QCOMPARE(plan->clips, 1);
        QVERIFY(plan->retentionDuty.isEmpty());
        QCOMPARE(plan->kept.size(), 1);
        QCOMPARE(plan->kept.first().kind, RequestItem::Kind::Call);
        QCOMPARE(plan->kept.first().id, m_calls.last());
        QCOMPARE(plan->kept.first().holdId, m_hold);
        QVERIFY2(plan->kept.first().reason.contains(QStringLiteral("C-77")),
                 qPrintable(plan->kept.first().reason));
        QCOMPARE(entries(*po, QStringLiteral("subject.erase.plan")).size(), 1);
        // … and nothing changed.
        QCOMPARE(scalar(*po, QStringLiteral("SELECT count(*) FROM recordings")), 4);
        QCOMPARE(
            scalar(*po, QStringLiteral("SELECT count(*) FROM subjects WHERE id = ?"), {m_subject}),
            1);

        const auto done = service.erase(*id, &error);
        QVERIFY2(done, qPrintable(error.message));
        QVERIFY(done->erased);
        QCOMPARE(done->calls, plan->calls);
        QCOMPARE(done->filesRemoved, 2);
        QCOMPARE(done->kept.size(), 1);
        QCOMPARE(done->kept.first().id, m_calls.last());

        // The person is not found; the held call is the only thing their number still finds.
        const auto byEmail = SubjectService(*po).find(
            IdentifierKind::Email, QStringLiteral("maija.korhonen@example.com"), &error);
        QVERIFY(byEmail);
        QVERIFY(byEmail->isEmpty());
        const auto byPhone = SubjectService(*po).find(IdentifierKind::Phone, subjectPhone, &error);
        QVERIFY(byPhone);
        QCOMPARE(byPhone->size(), 1);
        QCOMPARE(byPhone->first().subjectId, 0);
        QCOMPARE(byPhone->first().callIds, QList<qint64>{m_calls.last()});
        // The recordings are crypto-shredded and their files gone; the held one stays.
        for (const QString& f : std::as_const(files))
            QCOMPARE(recordings.exists(f),
                     scalar(*po,
                            QStringLiteral("SELECT count(*) FROM recordings WHERE"
                                           " file_name = ?"),
                            {f}) == 1);
        QVERIFY(recordings.exists(heldName));
        QCOMPARE(scalar(*po, QStringLiteral("SELECT count(*) FROM recordings")), 2);
        QCOMPARE(scalar(*po, QStringLiteral("SELECT count(*) FROM purge_shredded")), 0);
        QCOMPARE(scalar(*po, QStringLiteral("SELECT count(*) FROM calls WHERE id IN (?, ?)"),
                        {m_calls[0], m_calls[1]}),
                 0);
        QCOMPARE(scalar(*po, QStringLiteral("SELECT count(*) FROM chats WHERE id = ?"), {m_chat}),
                 0);
        QCOMPARE(scalar(*po, QStringLiteral("SELECT count(*) FROM chat_messages WHERE chat_id = ?"),
                        {m_chat}),
                 0);
        QCOMPARE(scalar(*po,
                        QStringLiteral("SELECT count(*) FROM subject_identifiers WHERE"
                                       " subject_id = ?"),
                        {m_subject}),
                 0);
        // The clip left the playlist; the other call's clip stays, first now.
        QCOMPARE(scalar(*po,
                        QStringLiteral("SELECT count(*) FROM playlist_items WHERE"
                                       " playlist_id = ?"),
                        {m_playlist}),
                 1);
        QCOMPARE(scalar(*po,
                        QStringLiteral("SELECT position FROM playlist_items WHERE"
                                       " playlist_id = ?"),
                        {m_playlist}),
                 0);
        QCOMPARE(
            scalar(*po, QStringLiteral("SELECT count(*) FROM calls WHERE id = ?"), {m_otherCall}),
            1);
        // The request's items keep the ids as tombstones.
        const auto view = AccessRequestService(*po).get(*id, &error);
        QVERIFY(view);
        bool tombstone = false;
        for (const RequestItem& i : view->items)
            tombstone =
                tombstone || (i.kind == RequestItem::Kind::Call && i.objectId == m_calls[0]);
        QVERIFY(tombstone);
        const QList<AuditEntry> erased = entries(*po, QStringLiteral("subject.erase"));
        QCOMPARE(erased.size(), 1);
        QVERIFY2(erased.first().details.startsWith(
                     QStringLiteral("subjects=1 identifiers=2 calls=2 recordings=2 tags=1 "
                                    "clips=1 chats=1 messages=2")),
                 qPrintable(erased.first().details));
        QVERIFY2(erased.first().details.contains(
                     QStringLiteral("kept=call:%1:hold%2").arg(m_calls.last()).arg(m_hold)),
                 qPrintable(erased.first().details));
        QVERIFY(!erased.first().details.contains(QStringLiteral("example.com")));
    }

    // A profile that names a legal duty to keep records (a `legal_obligation` basis): the
    // erasure keeps the person's calls and says why; the person's identifiers still go.
    void legalDutyKeeps()
    {
        Error error;
        {
            auto admin = loginAs(QStringLiteral("admin"));
            QVERIFY(admin);
            QJsonObject profile =
                QJsonDocument::fromJson(exampleProfile(QStringLiteral("nordic-helpdesk"))).object();
            QJsonArray bases = profile.value(QStringLiteral("legal_basis")).toArray();
            bases.append(QJsonObject{
                {QStringLiteral("basis"), QStringLiteral("legal_obligation")},
                {QStringLiteral("fi"),
                 QStringLiteral("Sijoituspalvelulaki velvoittaa tallentamaan.")},
                {QStringLiteral("en"), QStringLiteral("The Investment Services Act requires the "
                                                      "recording.")}});
            profile.insert(QStringLiteral("legal_basis"), bases);
            QStringList warnings;
            QVERIFY2(ProfileService(*admin).set(QJsonDocument(profile).toJson(), &warnings, &error),
                     qPrintable(error.message));
        }
        auto po = loginAs(QStringLiteral("privacy-officer"));
        QVERIFY(po);
        const QString phone = QStringLiteral("+358401112223");
        const qint64 subject = *SubjectRepository(po->db()).create(m_clock.nowUtc(), &error);
        QVERIFY(addIdentifier(*po, subject, IdentifierKind::Phone, phone, &error));
        const auto call = addCall(*po, QStringLiteral("sr-duty"), toneWav(250), false, 250);
        QVERIFY(call);
        QVERIFY(execSql(po->db(),
                        QStringLiteral("UPDATE calls SET subject_id = ?, caller_index = ? WHERE"
                                       " id = ?"),
                        {subject, FieldCrypto(*po).index(u"phone", phone), *call}));
        const auto id = openRequest(*po, RequestKind::Erasure, true, phone);
        QVERIFY(id);
        SubjectRightsService service(*po);
        const auto done = service.erase(*id, &error);
        QVERIFY2(done, qPrintable(error.message));
        QVERIFY(done->retentionDuty.contains(QStringLiteral("Investment Services Act")));
        QVERIFY(done->calls.isEmpty());
        QCOMPARE(done->recordings, 0);
        QCOMPARE(done->subjects, QList<qint64>{subject});
        QCOMPARE(done->kept.size(), 1);
        QCOMPARE(done->kept.first().id, *call);
        QCOMPARE(done->kept.first().holdId, 0);
        QVERIFY2(done->kept.first().reason.contains(QStringLiteral("Investment Services Act")),
                 qPrintable(done->kept.first().reason));
        QCOMPARE(scalar(*po, QStringLiteral("SELECT count(*) FROM recordings WHERE call_id = ?"),
                        {*call}),
                 1);
        QCOMPARE(
            scalar(*po, QStringLiteral("SELECT count(*) FROM subjects WHERE id = ?"), {subject}),
            0);
    }
};

QTEST_GUILESS_MAIN(TestSubjectRights)
#include "tst_subjectrights.moc"
