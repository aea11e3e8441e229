#include "core/RetentionPolicy.h"

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
