#include "core/RetentionPolicy.h"

#include <QCoreApplication>

namespace tallenne {

RetentionPolicy RetentionPolicy::fromProfile(const RegisterProfile& profile)
{
    const RetentionSettings& r = profile.retention();
    RetentionPolicy policy;
    policy.m_recordingsMonths = r.recordingsMonths;
    policy.m_callMetadataMonths = r.callMetadataMonths;
    policy.m_chatTranscriptsMonths = r.chatTranscriptsMonths;
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
    }
    return 0;
}

std::optional<QDateTime> RetentionPolicy::expiry(Kind kind, const QDateTime& created) const
{
    if (!hasFixedPeriod(kind))
        return std::nullopt;
    return created.toUTC().addMonths(months(kind));
}

std::optional<QDateTime> RetentionPolicy::holdLimit(const QDateTime& created) const
{
    if (!allowsHolds() || m_holdMaxMonths == 0)
        return std::nullopt;
    return created.toUTC().addMonths(m_holdMaxMonths);
}

} // namespace tallenne
