#pragma once

#include "core/RegisterProfile.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace tallenne {

/// How long the register keeps each kind of data: the value object that the purge enforces
/// and that the privacy notice's retention section is rendered from, so the two cannot
/// disagree. It can only be built from a (validated) RegisterProfile.
class RetentionPolicy
{
public:
    /// The categories of data, each with its own period.
    enum class Kind
    {
        Recordings,
        CallMetadata,
        ChatTranscripts,
        EvaluationsAndTags,
        AccessRequests,
        AuditTrail,
    };

    [[nodiscard]] static RetentionPolicy fromProfile(const RegisterProfile& profile);

    /// Months the kind is kept; 0 means no fixed period ("as long as the purpose or the
    /// law requires").
    [[nodiscard]] int months(Kind kind) const;
    [[nodiscard]] bool hasFixedPeriod(Kind kind) const { return months(kind) > 0; }
    /// When data of this kind created at `created` is due for deletion (UTC), or nullopt when
    /// the kind has no fixed period: the end of the period's last day on the register's local
    /// calendar (LocalCalendar::periodEnd(): 00:30 on 31 January + 1 month = end of
    /// 28/29 February; 00:30 on 1 March + 1 month = end of 1 April, Helsinki time).
    [[nodiscard]] std::optional<QDateTime> expiry(Kind kind, const QDateTime& created) const;
    /// The zone of the local calendar (the profile's "time_zone").
    [[nodiscard]] const QTimeZone& timeZone() const { return m_zone; }

    /// The longest a legal hold may keep data, in months from its creation; 0: no fixed
    /// maximum (released when the reason ends).
    [[nodiscard]] int holdMaxMonths() const { return m_holdMaxMonths; }
    /// The reasons a hold may be placed for (RegisterProfile::holdReasonIds()); empty: no holds.
    [[nodiscard]] const QStringList& holdReasons() const { return m_holdReasons; }
    [[nodiscard]] bool allowsHolds() const { return !m_holdReasons.isEmpty(); }
    /// A hold reason in words for people (translated); an unknown id is shown as it is.
    [[nodiscard]] static QString holdReasonName(const QString& id);
    /// holdReasons() in words, joined by commas.
    [[nodiscard]] QString holdReasonNames() const;
    /// When a hold on data created at `created` must end at the latest, or nullopt.
    [[nodiscard]] std::optional<QDateTime> holdLimit(const QDateTime& created) const;

    [[nodiscard]] static QList<Kind> kinds()
    {
        return {Kind::Recordings,         Kind::CallMetadata,   Kind::ChatTranscripts,
                Kind::EvaluationsAndTags, Kind::AccessRequests, Kind::AuditTrail};
    }
    /// The kind's stable id ("recordings", "call_metadata", …): audit details, CLI output.
    [[nodiscard]] static QString kindId(Kind kind);

    friend bool operator==(const RetentionPolicy&, const RetentionPolicy&) = default;

private:
    RetentionPolicy() = default;

    int m_recordingsMonths = 0;
    int m_callMetadataMonths = 0;
    int m_chatTranscriptsMonths = 0;
    int m_evaluationsMonths = 0;
    int m_accessRequestsMonths = 0;
    int m_auditTrailMonths = 0;
    int m_holdMaxMonths = 0;
    QTimeZone m_zone;
    QStringList m_holdReasons;
};

} // namespace tallenne
