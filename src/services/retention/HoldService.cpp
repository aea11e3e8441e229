#include "services/retention/HoldService.h"

#include "core/LocalCalendar.h"
#include "core/Logging.h"
#include "core/Masking.h"
#include "core/PhoneNumber.h"
#include "services/ProfileService.h"
#include "services/Session.h"
#include "services/keys/FieldCrypto.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QSqlQuery>

namespace tallenne {

namespace {
QString holdObject(qint64 id)
{
    return QStringLiteral("hold:%1").arg(id);
}

// The audit's details of a hold: ids, scope, reason and dates; never the number or the case.
QString holdDetails(const HoldRecord& h)
{
    return QStringLiteral("scope=%1 target=%2 reason=%3 until=%4")
        .arg(HoldRecord::scopeId(h.scope))
        .arg(h.scope == HoldRecord::Scope::Phone ? QStringLiteral("phone-index")
                                                 : QString::number(h.targetId))
        .arg(h.reason, h.until.toString(Qt::ISODate));
}
} // namespace

HoldService::HoldService(Session& session) : m_session(session), m_holds(session.db()) {}

QDateTime HoldService::endOf(QDate until, const QTimeZone& zone)
{
    return LocalCalendar::startOfDay(until.addDays(1), zone);
}

QDate HoldService::lastDay(const QDateTime& until, const QTimeZone& zone)
{
    // The until-instant is the midnight that ends the last day.
    return until.toTimeZone(zone).addSecs(-1).date();
}

QString HoldService::describeScope(const HoldRecord& hold)
{
    switch (hold.scope) {
    case HoldRecord::Scope::Call:
        return tr("call %1").arg(hold.targetId);
    case HoldRecord::Scope::Chat:
        return tr("chat %1").arg(hold.targetId);
    case HoldRecord::Scope::Subject:
        return tr("data subject %1").arg(hold.targetId);
    case HoldRecord::Scope::Phone:
        return tr("phone number %1").arg(hold.phoneMasked);
    }
    return {};
}

bool HoldService::checkTarget(const HoldRequest& request, Error* error)
{
    QString table;
    QString missing;
    switch (request.scope) {
    case HoldRecord::Scope::Call:
        table = QStringLiteral("calls");
        missing = tr("There is no call %1.").arg(request.targetId);
        break;
    case HoldRecord::Scope::Chat:
        table = QStringLiteral("chats");
        missing = tr("There is no chat %1.").arg(request.targetId);
        break;
    case HoldRecord::Scope::Subject:
        table = QStringLiteral("subjects");
        missing = tr("There is no data subject %1.").arg(request.targetId);
        break;
    case HoldRecord::Scope::Phone:
        return true;
    }
    QSqlQuery q;
    if (!m_session.database().exec(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table),
                                   {request.targetId}, error, &q))
        return false;
    if (!q.next())
        return fail(error, ErrorKind::InputRejected, missing);
    return true;
}

std::optional<qint64> HoldService::add(const HoldRequest& request, Error* error)
{
    const QString action = QStringLiteral("hold.add");
    const QString object =
        request.scope == HoldRecord::Scope::Phone
            ? QStringLiteral("phone")
            : QStringLiteral("%1:%2").arg(HoldRecord::scopeId(request.scope)).arg(request.targetId);
    if (!m_session.require(Permission::ManageLegalHolds, action, object, error))
        return std::nullopt;

    Error profileError;
    const auto policy = ProfileService(m_session).retentionPolicy(&profileError);
    if (!policy) {
        fail(error, profileError.isError() ? profileError.kind : ErrorKind::RefusedByRule,
             profileError.isError() ? profileError.message
                                    : tr("No register profile has been set: it names the reasons "
                                         "a legal hold may be placed for."));
        return std::nullopt;
    }
    if (!policy->allowsHolds()) {
        fail(error, ErrorKind::RefusedByRule,
             tr("The register profile allows no legal holds (its hold_reasons is empty)."));
        return std::nullopt;
    }
    if (!policy->holdReasons().contains(request.reason)) {
        fail(error, ErrorKind::InputRejected,
             tr("\"%1\" is not a hold reason of this register; the profile allows: %2.")
                 .arg(request.reason, policy->holdReasons().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (request.caseRef.trimmed().isEmpty()) {
        fail(error, ErrorKind::InputRejected, tr("A legal hold needs a case reference."));
        return std::nullopt;
    }
    if (request.caseRef.size() > 200) {
        fail(error, ErrorKind::InputRejected,
             tr("A case reference has at most %1 characters.").arg(200));
        return std::nullopt;
    }
    const QDateTime now = m_session.clock().nowUtc();
    if (!request.until.isValid()) {
        fail(error, ErrorKind::InputRejected, tr("A legal hold needs its last day."));
        return std::nullopt;
    }
    const QDateTime until = endOf(request.until, policy->timeZone());
    if (until <= now) {
        fail(error, ErrorKind::InputRejected,
             tr("The last day of a hold (%1) cannot be in the past.")
                 .arg(request.until.toString(Qt::ISODate)));
        return std::nullopt;
    }
    if (const auto limit = policy->holdLimit(now); limit && until > *limit) {
        fail(error, ErrorKind::RefusedByRule,
             tr("A legal hold may last at most %n month(s) (the register profile's "
                "hold_max_months): the last day can be %1 at the latest.",
                nullptr, policy->holdMaxMonths())
                 .arg(lastDay(*limit, policy->timeZone()).toString(Qt::ISODate)));
        return std::nullopt;
    }

    HoldRecord hold;
    hold.caseRef = request.caseRef.trimmed();
    hold.reason = request.reason;
    hold.scope = request.scope;
    hold.targetId = request.targetId;
    hold.until = until;
    hold.placedBy = m_session.userName();
    hold.placedAt = now;
    if (request.scope == HoldRecord::Scope::Phone) {
        const auto region = ProfileService(m_session).phoneRegion(error);
        if (!region)
            return std::nullopt;
        QString reason;
        const auto reading = PhoneNumber::read(request.phone, *region, &reason);
        if (!reading) {
            fail(error, ErrorKind::InputRejected,
                 tr("The phone number cannot be held: %1").arg(reason));
            return std::nullopt;
        }
        if (reading->ambiguous) {
            fail(error, ErrorKind::InputRejected,
                 tr("The phone number can be read in two ways; give it with its country code "
                    "(+…)."));
            return std::nullopt;
        }
        hold.phoneIndex = FieldCrypto(m_session).index(u"phone", reading->e164);
        if (hold.phoneIndex.isEmpty()) {
            // Refused like a permission: audited, with the key that is missing.
            m_session.auditRefusal(action, object, QStringLiteral("key=lookup"));
            fail(error, ErrorKind::PermissionDenied,
                 tr("A hold on a phone number needs the lookup key, which you do not hold: ask "
                    "a privacy officer, or hold the calls or the data subject instead."));
            return std::nullopt;
        }
        hold.phoneMasked = Masking::maskPhone(reading->e164);
    } else if (!checkTarget(request, error)) {
        return std::nullopt;
    }

    TransactionGuard transaction(m_session.db());
    const auto id = m_holds.insert(hold, error);
    if (!id || !m_session.audit(action, holdObject(*id), holdDetails(hold), error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return id;
}

std::optional<QList<HoldRecord>> HoldService::list(bool includeReleased, Error* error)
{
    const QString action = QStringLiteral("hold.list");
    if (!m_session.require(Permission::ManageLegalHolds, action, QStringLiteral("holds"), error))
        return std::nullopt;
    Error readError;
    QList<HoldRecord> holds = m_holds.list(includeReleased, &readError);
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(
            action, QStringLiteral("holds"),
            QStringLiteral("count=%1 released=%2").arg(holds.size()).arg(includeReleased ? 1 : 0),
            error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return holds;
}

bool HoldService::release(qint64 id, const QString& note, Error* error)
{
    const QString action = QStringLiteral("hold.release");
    if (!m_session.require(Permission::ManageLegalHolds, action, holdObject(id), error))
        return false;
    Error readError;
    const auto hold = m_holds.find(id, &readError);
    if (readError)
        return fail(error, readError.kind, readError.message);
    if (!hold)
        return fail(error, ErrorKind::InputRejected, tr("There is no legal hold %1.").arg(id));
    if (hold->isReleased())
        return fail(
            error, ErrorKind::InputRejected,
            tr("Legal hold %1 was already released by %2.")
                .arg(id)
                .arg(hold->releasedBy == QLatin1String("-") ? tr("the purge") : hold->releasedBy));
    const QString kept = note.trimmed();
    if (kept.size() > maxNoteLength)
        return fail(error, ErrorKind::InputRejected,
                    tr("A note has at most %1 characters.").arg(maxNoteLength));
    // The officer's own note on why, one line in the details (never the case reference).
    QString details = holdDetails(*hold);
    if (!kept.isEmpty())
        details += QStringLiteral(" note=") + kept.simplified();
    TransactionGuard transaction(m_session.db());
    return m_holds.release(id, m_session.userName(), m_session.clock().nowUtc(), kept, error) &&
           m_session.audit(action, holdObject(id), details, error) &&
           m_session.commit(transaction, error);
}

} // namespace tallenne
