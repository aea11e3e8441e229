#include "core/RetentionPolicy.h"

#include "core/LocalCalendar.h"

#include <QCoreApplication>

namespace tallenne {

RetentionPolicy RetentionPolicy::fromProfile(const RegisterProfile& profile)
{
    const RetentionSettings& r = profile.retention();
    RetentionPolicy policy;
    policy.m_recordingsMonths = r.recordingsMonths;
    policy.m_callMetadataMonths = r.callMetadataMonths;
    policy.m_chatTranscriptsMonths = r.chatTranscriptsMonths;
    policy.m_evaluationsMonths = r.evaluationsMonths;
    policy.m_accessRequestsMonths = r.accessRequestsMonths;
    policy.m_auditTrailMonths = r.auditTrailMonths;
    policy.m_zone = profile.timeZone();
    policy.m_holdMaxMonths = r.holdMaxMonths;
    policy.m_holdReasons = r.holdReasons;
    return policy;
}

QString RetentionPolicy::holdReasonName(const QString& id)
{
    // The English words of the privacy notice's hold_reasons (resources/notice); the Finnish
    // for criminal_investigation follows the native review ("rikosepäilyn selvittäminen").
    if (id == QLatin1String("complaint"))
        return QCoreApplication::translate("HoldReasons", "handling a complaint");
    if (id == QLatin1String("criminal_investigation"))
        return QCoreApplication::translate("HoldReasons",
                                           "investigation of a suspected crime by the authorities");
    if (id == QLatin1String("legal_claim"))
        return QCoreApplication::translate("HoldReasons",
                                           "establishing, exercising or defending a legal claim");
    if (id == QLatin1String("authority_order"))
        return QCoreApplication::translate("HoldReasons", "an order from an authority");
    return id;
}

QString RetentionPolicy::holdReasonNames() const
{
    QStringList names;
    for (const QString& id : m_holdReasons)
        names << holdReasonName(id);
    return names.join(QStringLiteral(", "));
}

int RetentionPolicy::months(Kind kind) const
{
    switch (kind) {
    case Kind::Recordings:
        return m_recordingsMonths;
    case Kind::CallMetadata:
        return m_callMetadataMonths;
    case Kind::ChatTranscripts:
        return m_chatTranscriptsMonths;
    case Kind::EvaluationsAndTags:
        return m_evaluationsMonths;
    case Kind::AccessRequests:
        return m_accessRequestsMonths;
    case Kind::AuditTrail:
        return m_auditTrailMonths;
    }
    return 0;
}

QString RetentionPolicy::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Recordings:
        return QStringLiteral("recordings");
    case Kind::CallMetadata:
        return QStringLiteral("call_metadata");
    case Kind::ChatTranscripts:
        return QStringLiteral("chat_transcripts");
    case Kind::EvaluationsAndTags:
        return QStringLiteral("evaluations");
    case Kind::AccessRequests:
        return QStringLiteral("access_requests");
    case Kind::AuditTrail:
        return QStringLiteral("audit_trail");
    }
    return {};
}

std::optional<QDateTime> RetentionPolicy::expiry(Kind kind, const QDateTime& created) const
{
    if (!hasFixedPeriod(kind))
        return std::nullopt;
    return LocalCalendar::periodEnd(created, months(kind), m_zone);
}

std::optional<QDateTime> RetentionPolicy::holdLimit(const QDateTime& created) const
{
    if (!allowsHolds() || m_holdMaxMonths == 0)
        return std::nullopt;
    return LocalCalendar::periodEnd(created, m_holdMaxMonths, m_zone);
}

} // namespace tallenne
