#include "services/requests/AccessRequestService.h"

#include "core/CallerNumber.h"
#include "core/LocalCalendar.h"
#include "core/Logging.h"
#include "core/Masking.h"
#include "services/ProfileService.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "services/keys/FieldCrypto.h"
#include "storage/TransactionGuard.h"

#include <algorithm>

namespace tallenne {

namespace {
QString requestObject(qint64 id)
{
    return QStringLiteral("request:%1").arg(id);
}

QByteArray identifierPlace(qint64 id)
{
    return QStringLiteral("access_requests/identifier/%1").arg(id).toUtf8();
}

QByteArray verifyPlace(qint64 id)
{
    return QStringLiteral("access_requests/verify_detail/%1").arg(id).toUtf8();
}

// Free text goes whole into the audit trail: one line.
QString oneLine(const QString& text)
{
    QString s = text.trimmed();
    s.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

QString masked(IdentifierKind kind, const QString& normalised)
{
    switch (kind) {
    case IdentifierKind::Phone:
        return CallerForm::of(normalised).shown; // as the call list shows the caller
    case IdentifierKind::Email:
        return Masking::maskEmail(normalised);
    case IdentifierKind::Name:
        return Masking::maskName(normalised);
    case IdentifierKind::IdentityCode:
        return Masking::maskIdentityCode(normalised);
    case IdentifierKind::BusinessId:
    case IdentifierKind::Address:
        return Masking::unrecognised();
    }
    return {};
}

QList<qint64> subjectsOf(const QList<RequestItem>& items)
{
    QList<qint64> out;
    for (const RequestItem& i : items)
        if (i.kind == RequestItem::Kind::Subject && i.included)
            out << i.objectId;
    return out;
}
} // namespace

AccessRequestService::AccessRequestService(Session& session)
    : m_session(session), m_requests(session.db())
{}

std::optional<AccessRequestService::Rules> AccessRequestService::rules(Error* error)
{
    Error profileError;
    const auto profile = ProfileService(m_session).current(&profileError);
    if (profileError.isError()) {
        if (error)
            *error = profileError;
        return std::nullopt;
    }
    Rules r;
    r.zone = LocalCalendar::defaultZone();
    if (profile) {
        r.responseMonths = profile->rights().responseMonths;
        r.extensionMonths = profile->rights().extensionMonths;
        r.freePerYear = profile->rights().freeAccessRequestsPerYear;
        r.methods = profile->rights().identityVerification;
        r.zone = profile->timeZone();
        r.fromProfile = true;
    }
    return r;
}

AccessRequestView AccessRequestService::viewOf(const AccessRequestRecord& record,
                                               const Rules& rules) const
{
    AccessRequestView v;
    v.record = record;
    const int months = rules.responseMonths + record.extensionMonths;
    v.due = AccessRequestTerms::dueDate(record.receivedAt, months, rules.zone);
    const QDateTime now = m_session.clock().nowUtc();
    const QDate today = now.toTimeZone(rules.zone).date();
    const bool open = !record.isClosed();
    v.overdue = open && today > v.due;
    v.dueSoon = open && !v.overdue && today.daysTo(v.due) < 7;
    v.extensionMonthsLeft = std::max(0, rules.extensionMonths - record.extensionMonths);
    v.extendable =
        open && v.extensionMonthsLeft > 0 &&
        now < AccessRequestTerms::periodEnd(record.receivedAt, rules.responseMonths, rules.zone);
    v.identifier = record.identifierShown;
    return v;
}

std::optional<QList<RequestItem>> AccessRequestService::findItems(IdentifierKind kind,
                                                                  const QString& value,
                                                                  QString* normalised, Error* error)
{
    const auto region = ProfileService(m_session).phoneRegion(error);
    if (!region)
        return std::nullopt;
    const auto form = SubjectService::normalise(kind, value, error, *region);
    if (!form)
        return std::nullopt;
    if (normalised)
        *normalised = *form;
    const auto matches = SubjectService(m_session).find(kind, value, error);
    if (!matches)
        return std::nullopt;
    const QString by = SubjectRepository::kindId(kind);
    QList<RequestItem> items;
    for (const SubjectMatch& m : *matches) {
        if (m.subjectId > 0)
            items.append({RequestItem::Kind::Subject, m.subjectId, by, 0, true, {}});
        for (qint64 call : m.callIds)
            items.append({RequestItem::Kind::Call, call, by, m.subjectId, true, {}});
        for (qint64 chat : m.chatIds)
            items.append({RequestItem::Kind::Chat, chat, by, m.subjectId, true, {}});
    }
    return items;
}

std::optional<QList<AccessRequestRecord>>
AccessRequestService::earlierRequests(const AccessRequestRecord& record,
                                      const QList<RequestItem>& items, Error* error) const
{
    // The 12 months before the request, the request's own second included.
    return m_requests.bySubjects(subjectsOf(items), record.receivedAt.addYears(-1),
                                 record.receivedAt.addSecs(1), record.id, error);
}

std::optional<bool> AccessRequestService::isRepetitive(const AccessRequestRecord& record,
                                                       const QList<RequestItem>& items,
                                                       const Rules& rules, Error* error) const
{
    const auto earlier = earlierRequests(record, items, error);
    if (!earlier)
        return std::nullopt;
    return earlier->size() >= rules.freePerYear;
}

std::optional<qint64> AccessRequestService::open(const NewAccessRequest& request, Error* error)
{
    const QString action = QStringLiteral("request.open");
    if (!m_session.require(Permission::HandleRequests, action, {}, error))
        return std::nullopt;
    const auto r = rules(error);
    if (!r)
        return std::nullopt;
    const QDateTime now = m_session.clock().nowUtc();
    const QDateTime received = request.receivedAt.isValid() ? request.receivedAt.toUTC() : now;
    if (received > now.addSecs(60)) {
        fail(error, ErrorKind::InputRejected,
             tr("A request cannot be received in the future (%1).")
                 .arg(received.toTimeZone(r->zone).toString(Qt::ISODate)));
        return std::nullopt;
    }
    if (request.identifier.trimmed().isEmpty()) {
        fail(error, ErrorKind::InputRejected,
             tr("Give what the person is found by: a phone number, an e-mail address, a name, a "
                "personal identity code or a business ID."));
        return std::nullopt;
    }
    QString normalised;
    const auto items = findItems(request.identifierKind, request.identifier, &normalised, error);
    if (!items)
        return std::nullopt;

    AccessRequestRecord record;
    record.kind = request.kind;
    record.channel = request.channel;
    record.receivedAt = received;
    record.status = RequestStatus::Received;
    record.identifierKind = SubjectRepository::kindId(request.identifierKind);
    record.identifierShown = masked(request.identifierKind, normalised);
    record.openedBy = m_session.userName();
    record.openedAt = now;

    FieldCrypto crypto(m_session);
    TransactionGuard transaction(m_session.db());
    const auto id = m_requests.insert(record, error);
    if (!id)
        return std::nullopt;
    record.id = *id;
    const auto sealed =
        crypto.seal(Capability::Identifiers, normalised.toUtf8(), identifierPlace(*id), error);
    if (!sealed)
        return std::nullopt;
    record.identifierSealed = *sealed;
    const auto added = m_requests.addItems(*id, *items, error);
    if (!added)
        return std::nullopt;
    const auto repetitive = isRepetitive(record, *items, *r, error);
    if (!repetitive)
        return std::nullopt;
    record.possiblyRepetitive = *repetitive;
    int subjects = 0, calls = 0, chats = 0;
    for (const RequestItem& i : *items)
        (i.kind == RequestItem::Kind::Subject ? subjects
         : i.kind == RequestItem::Kind::Call  ? calls
                                              : chats)++;
    if (!m_requests.update(record, error) ||
        !m_session.audit(
            action, requestObject(*id),
            QStringLiteral("kind=%1 channel=%2 received=%3 identifier=%4 subjects=%5 calls=%6 "
                           "chats=%7 possibly_repetitive=%8")
                .arg(AccessRequestTerms::kindId(record.kind),
                     AccessRequestTerms::channelId(record.channel), received.toString(Qt::ISODate),
                     record.identifierKind)
                .arg(subjects)
                .arg(calls)
                .arg(chats)
                .arg(record.possiblyRepetitive ? 1 : 0),
            error) ||
        !m_session.commit(transaction, error, Change::Requests))
        return std::nullopt;
    return id;
}

std::optional<AccessRequestRecord> AccessRequestService::openRequest(qint64 id, Error* error)
{
    Error findError;
    auto record = m_requests.find(id, &findError);
    if (!record) {
        if (findError.isError()) {
            if (error)
                *error = findError;
        } else {
            fail(error, ErrorKind::InputRejected, tr("There is no request %1.").arg(id));
        }
        return std::nullopt;
    }
    return record;
}

std::optional<int> AccessRequestService::findMore(qint64 id, IdentifierKind kind,
                                                  const QString& value, Error* error)
{
    const QString action = QStringLiteral("request.find");
    if (!m_session.require(Permission::HandleRequests, action, requestObject(id), error))
        return std::nullopt;
    auto record = openRequest(id, error);
    if (!record)
        return std::nullopt;
    if (record->isClosed()) {
        fail(error, ErrorKind::RefusedByRule,
             tr("Request %1 is closed: nothing more can be added to it.").arg(id));
        return std::nullopt;
    }
    const auto r = rules(error);
    const auto items = r ? findItems(kind, value, nullptr, error) : std::nullopt;
    if (!items)
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    const auto added = m_requests.addItems(id, *items, error);
    const auto all = added ? m_requests.items(id, error) : std::nullopt;
    const auto repetitive = all ? isRepetitive(*record, *all, *r, error) : std::nullopt;
    if (!repetitive)
        return std::nullopt;
    record->possiblyRepetitive = *repetitive;
    if (!m_requests.update(*record, error) ||
        !m_session.audit(action, requestObject(id),
                         QStringLiteral("identifier=%1 found=%2 new=%3")
                             .arg(SubjectRepository::kindId(kind))
                             .arg(items->size())
                             .arg(*added),
                         error) ||
        !m_session.commit(transaction, error, Change::Requests))
        return std::nullopt;
    return added;
}

std::optional<AccessRequestView> AccessRequestService::get(qint64 id, Error* error)
{
    const QString action = QStringLiteral("request.read");
    if (!m_session.require(Permission::HandleRequests, action, requestObject(id), error))
        return std::nullopt;
    const auto r = rules(error);
    const auto record = r ? openRequest(id, error) : std::nullopt;
    if (!record)
        return std::nullopt;
    AccessRequestView v = viewOf(*record, *r);
    const auto items = m_requests.items(id, error);
    if (!items)
        return std::nullopt;
    v.items = *items;
    const auto earlier = earlierRequests(*record, v.items, error);
    if (!earlier)
        return std::nullopt;
    v.earlier = *earlier;
    FieldCrypto crypto(m_session);
    if (crypto.holds(Capability::Identifiers)) {
        Error ignored;
        if (!record->identifierSealed.isEmpty())
            v.identifier = crypto
                               .openText(Capability::Identifiers, record->identifierSealed,
                                         identifierPlace(id), &ignored)
                               .value_or(record->identifierShown);
        if (!record->verifyDetailSealed.isEmpty())
            v.verifyDetail = crypto
                                 .openText(Capability::Identifiers, record->verifyDetailSealed,
                                           verifyPlace(id), &ignored)
                                 .value_or(QString());
    }
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(action, requestObject(id), {}, error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return v;
}

std::optional<QList<AccessRequestView>> AccessRequestService::list(bool openOnly, Error* error)
{
    const QString action = QStringLiteral("request.list");
    if (!m_session.require(Permission::HandleRequests, action, {}, error))
        return std::nullopt;
    const auto r = rules(error);
    const auto records = r ? m_requests.list(openOnly, error) : std::nullopt;
    if (!records)
        return std::nullopt;
    QList<AccessRequestView> out;
    out.reserve(records->size());
    for (const AccessRequestRecord& record : *records)
        out.append(viewOf(record, *r));
    // What needs the officer first: open requests by their due day (overdue ones on top),
    // then the closed ones, newest first as read.
    std::stable_sort(out.begin(), out.end(),
                     [](const AccessRequestView& a, const AccessRequestView& b) {
                         const bool aOpen = !a.record.isClosed(), bOpen = !b.record.isClosed();
                         if (aOpen != bOpen)
                             return aOpen;
                         return aOpen && a.due < b.due;
                     });
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(
            action, {},
            QStringLiteral("open_only=%1 requests=%2").arg(openOnly ? 1 : 0).arg(out.size()),
            error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return out;
}

bool AccessRequestService::verifyIdentity(qint64 id, const IdentityCheck& check, Error* error)
{
    const QString action = QStringLiteral("request.verify");
    if (!m_session.require(Permission::HandleRequests, action, requestObject(id), error))
        return false;
    const auto r = rules(error);
    auto record = r ? openRequest(id, error) : std::nullopt;
    if (!record)
        return false;
    if (record->isClosed())
        return fail(error, ErrorKind::RefusedByRule, tr("Request %1 is closed.").arg(id));
    if (!r->fromProfile)
        return fail(error, ErrorKind::RefusedByRule,
                    tr("No register profile has been set: it names the ways a requester's "
                       "identity may be verified."));
    const QString method = AccessRequestTerms::methodId(check.method);
    if (!r->methods.contains(method)) {
        QStringList allowed;
        for (const QString& m : r->methods)
            if (const auto known = AccessRequestTerms::methodFromId(m))
                allowed << AccessRequestTerms::methodName(*known);
        return fail(error, ErrorKind::RefusedByRule,
                    tr("The register profile does not allow identity to be verified by \"%1\"; it "
                       "allows: %2.")
                        .arg(AccessRequestTerms::methodName(check.method),
                             allowed.join(QStringLiteral(", "))));
    }
    const QString detail = check.detail.trimmed();
    if (check.method == VerificationMethod::PhotoIdInPerson) {
        if (!check.document)
            return fail(error, ErrorKind::InputRejected,
                        tr("Say which photo ID was shown (passport, identity card, driving "
                           "licence or residence permit)."));
        if (detail.size() != 4)
            return fail(error, ErrorKind::InputRejected,
                        tr("Give the last four characters of the document's number (never a "
                           "copy of the document)."));
    } else if (detail.isEmpty() || detail.size() > 200) {
        return fail(error, ErrorKind::InputRejected,
                    check.method == VerificationMethod::StrongElectronicIdentification
                        ? tr("Give the identification method and its reference (at most 200 "
                             "characters).")
                        : tr("Give the signed request's reference (at most 200 characters)."));
    }
    FieldCrypto crypto(m_session);
    const auto sealed =
        crypto.seal(Capability::Identifiers, detail.toUtf8(), verifyPlace(id), error);
    if (!sealed)
        return false;
    record->verifyMethod = check.method;
    record->verifyDocument =
        check.document ? AccessRequestTerms::documentId(*check.document) : QString();
    record->verifyDetailSealed = *sealed;
    record->verifiedBy = m_session.userName();
    record->verifiedAt = m_session.clock().nowUtc();
    if (record->status == RequestStatus::Received)
        record->status = RequestStatus::IdentityVerified;
    TransactionGuard transaction(m_session.db());
    return m_requests.update(*record, error) &&
           m_session.audit(action, requestObject(id),
                           QStringLiteral("method=%1%2")
                               .arg(method, check.document ? QStringLiteral(" document=") +
                                                                 record->verifyDocument
                                                           : QString()),
                           error) &&
           m_session.commit(transaction, error, Change::Requests);
}

bool AccessRequestService::extend(qint64 id, int months, const QString& reason, Error* error)
{
    const QString action = QStringLiteral("request.extend");
    if (!m_session.require(Permission::HandleRequests, action, requestObject(id), error))
        return false;
    const auto r = rules(error);
    auto record = r ? openRequest(id, error) : std::nullopt;
    if (!record)
        return false;
    const AccessRequestView view = viewOf(*record, *r);
    if (record->isClosed())
        return fail(error, ErrorKind::RefusedByRule, tr("Request %1 is closed.").arg(id));
    if (oneLine(reason).isEmpty())
        return fail(error, ErrorKind::InputRejected,
                    tr("An extension needs its reason, which the requester is told (GDPR art. "
                       "12(3))."));
    if (reason.size() > maxTextLength)
        return fail(error, ErrorKind::InputRejected,
                    tr("A reason has at most %1 characters.").arg(maxTextLength));
    if (months < 1 || months > view.extensionMonthsLeft)
        return fail(error, ErrorKind::RefusedByRule,
                    view.extensionMonthsLeft == 0
                        ? tr("Request %1 cannot be extended further: the register profile allows "
                             "%n month(s) in all.",
                             nullptr, r->extensionMonths)
                              .arg(id)
                        : tr("Request %1 can be extended by at most %n more month(s).", nullptr,
                             view.extensionMonthsLeft)
                              .arg(id));
    const QDateTime now = m_session.clock().nowUtc();
    const QDateTime firstEnd =
        AccessRequestTerms::periodEnd(record->receivedAt, r->responseMonths, r->zone);
    if (now >= firstEnd)
        return fail(
            error, ErrorKind::RefusedByRule,
            tr("An extension must be decided and told to the requester within the first month "
               "(by %1); that time has run out.")
                .arg(AccessRequestTerms::dueDate(record->receivedAt, r->responseMonths, r->zone)
                         .toString(Qt::ISODate)));
    record->extensionMonths += months;
    record->extensionReason = oneLine(reason);
    record->extendedBy = m_session.userName();
    record->extendedAt = now;
    record->status = RequestStatus::Extended;
    const QDate due = AccessRequestTerms::dueDate(
        record->receivedAt, r->responseMonths + record->extensionMonths, r->zone);
    TransactionGuard transaction(m_session.db());
    return m_requests.update(*record, error) &&
           m_session.audit(action, requestObject(id),
                           QStringLiteral("months=%1 due=%2 reason=%3")
                               .arg(months)
                               .arg(due.toString(Qt::ISODate), record->extensionReason),
                           error) &&
           m_session.commit(transaction, error, Change::Requests);
}

bool AccessRequestService::setIncluded(qint64 id, RequestItem::Kind kind, qint64 objectId,
                                       bool included, Error* error)
{
    const QString action =
        included ? QStringLiteral("request.include") : QStringLiteral("request.exclude");
    if (!m_session.require(Permission::HandleRequests, action, requestObject(id), error))
        return false;
    const auto record = openRequest(id, error);
    if (!record)
        return false;
    if (record->isClosed())
        return fail(error, ErrorKind::RefusedByRule, tr("Request %1 is closed.").arg(id));
    TransactionGuard transaction(m_session.db());
    return m_requests.setIncluded(id, kind, objectId, included, error) &&
           m_session.audit(action, requestObject(id),
                           QStringLiteral("%1=%2").arg(RequestItem::kindId(kind)).arg(objectId),
                           error) &&
           m_session.commit(transaction, error, Change::Requests);
}

bool AccessRequestService::chargeFee(qint64 id, const QString& reason, Error* error)
{
    const QString action = QStringLiteral("request.fee");
    if (!m_session.require(Permission::HandleRequests, action, requestObject(id), error))
        return false;
    const auto r = rules(error);
    auto record = r ? openRequest(id, error) : std::nullopt;
    if (!record)
        return false;
    if (record->isClosed())
        return fail(error, ErrorKind::RefusedByRule, tr("Request %1 is closed.").arg(id));
    const auto items = m_requests.items(id, error);
    const auto earlier = items ? earlierRequests(*record, *items, error) : std::nullopt;
    if (!earlier)
        return false;
    if (earlier->isEmpty())
        return fail(error, ErrorKind::RefusedByRule,
                    tr("The person's first request is always free (GDPR art. 12(5) and 15(3)): a "
                       "fee is possible only for further copies or for a manifestly unfounded or "
                       "excessive request."));
    if (oneLine(reason).isEmpty() || reason.size() > maxTextLength)
        return fail(error, ErrorKind::InputRejected,
                    tr("A fee needs its reason, decided for this case (at most %1 characters).")
                        .arg(maxTextLength));
    record->feeReason = oneLine(reason);
    TransactionGuard transaction(m_session.db());
    return m_requests.update(*record, error) &&
           m_session.audit(
               action, requestObject(id),
               QStringLiteral("earlier=%1 reason=%2").arg(earlier->size()).arg(record->feeReason),
               error) &&
           m_session.commit(transaction, error, Change::Requests);
}

bool AccessRequestService::close(qint64 id, RequestStatus status, const QString& outcome,
                                 Error* error)
{
    const QString action = QStringLiteral("request.close");
    if (!m_session.require(Permission::HandleRequests, action, requestObject(id), error))
        return false;
    auto record = openRequest(id, error);
    if (!record)
        return false;
    if (!AccessRequestTerms::isClosed(status))
        return fail(error, ErrorKind::InputRejected,
                    tr("A request is closed as completed, refused or withdrawn."));
    if (record->isClosed())
        return fail(error, ErrorKind::RefusedByRule,
                    tr("Request %1 is already closed (%2).")
                        .arg(id)
                        .arg(AccessRequestTerms::statusName(record->status)));
    if (oneLine(outcome).isEmpty())
        return fail(error, ErrorKind::InputRejected,
                    status == RequestStatus::Refused
                        ? tr("A refusal must say why, and tell the person they may complain to "
                             "the supervisory authority (GDPR art. 12(4)).")
                        : tr("Say what the outcome was (what was handed over or done)."));
    if (outcome.size() > maxTextLength)
        return fail(error, ErrorKind::InputRejected,
                    tr("An outcome has at most %1 characters.").arg(maxTextLength));
    if (status == RequestStatus::Completed && !record->isVerified())
        return fail(error, ErrorKind::RefusedByRule,
                    tr("Request %1 cannot be completed before the requester's identity is "
                       "verified; refuse it or mark it withdrawn instead.")
                        .arg(id));
    record->status = status;
    record->outcome = oneLine(outcome);
    record->closedBy = m_session.userName();
    record->closedAt = m_session.clock().nowUtc();
    TransactionGuard transaction(m_session.db());
    return m_requests.update(*record, error) &&
           m_session.audit(action, requestObject(id),
                           QStringLiteral("status=%1 outcome=%2")
                               .arg(AccessRequestTerms::statusId(status), record->outcome),
                           error) &&
           m_session.commit(transaction, error, Change::Requests);
}

std::optional<AccessRequestRecord>
AccessRequestService::requireVerified(qint64 id, const QString& action, Error* error)
{
    if (!m_session.require(Permission::ExportRectifyErase, action, requestObject(id), error))
        return std::nullopt;
    auto record = openRequest(id, error);
    if (!record)
        return std::nullopt;
    if (record->isClosed()) {
        fail(error, ErrorKind::RefusedByRule,
             tr("Request %1 is closed (%2).")
                 .arg(id)
                 .arg(AccessRequestTerms::statusName(record->status)));
        return std::nullopt;
    }
    if (!record->isVerified()) {
        // Refused by the rule, and audited like a refused permission: someone tried.
        Error auditError;
        TransactionGuard transaction(m_session.db());
        if (!m_session.audit(QStringLiteral("request.refused"), requestObject(id),
                             QStringLiteral("action=%1 rule=identity_not_verified").arg(action),
                             &auditError) ||
            !m_session.commit(transaction, &auditError))
            qCWarning(lcServices) << "a refusal could not be audited:" << auditError.message;
        fail(error, ErrorKind::RefusedByRule,
             tr("The requester's identity has not been verified for request %1: verify it "
                "before anything is handed over or changed.")
                 .arg(id));
        return std::nullopt;
    }
    if (record->status == RequestStatus::Received ||
        record->status == RequestStatus::IdentityVerified) {
        record->status = RequestStatus::InProgress;
        TransactionGuard transaction(m_session.db());
        if (!m_requests.update(*record, error) || !m_session.commit(transaction, error))
            return std::nullopt;
    }
    return record;
}

} // namespace tallenne
