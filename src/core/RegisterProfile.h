#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace tallenne {

/// The two languages of the privacy notice (independent of the UI language).
enum class NoticeLanguage
{
    Finnish,
    English,
};

/// "fi" or "en".
[[nodiscard]] QString noticeLanguageCode(NoticeLanguage language);
[[nodiscard]] std::optional<NoticeLanguage> noticeLanguageFromCode(const QString& code);

/// A text of the profile in both notice languages. A missing language is empty.
struct LocalizedText
{
    QString fi;
    QString en;

    [[nodiscard]] const QString& in(NoticeLanguage language) const
    {
        return language == NoticeLanguage::Finnish ? fi : en;
    }
    [[nodiscard]] bool has(NoticeLanguage language) const { return !in(language).isEmpty(); }
};

enum class LegalBasis
{
    Consent,
    Contract,
    LegalObligation,
    LegitimateInterest,
};

struct LegalBasisEntry
{
    LegalBasis basis = LegalBasis::LegitimateInterest;
    QString basisId; ///< as in the JSON, e.g. "legitimate_interest"
    LocalizedText explanation;
};

struct ControllerInfo
{
    QString name;
    QString businessId; ///< checked: NNNNNNN-C with a valid check digit
    QString address;
    QString phone;
    QString email;
};

struct ContactInfo
{
    QString name;
    QString email;
    QString phone; ///< optional
};

/// The data protection officer (GDPR art. 37-39), printed as a block of its own in the notice
/// (art. 13(1)(b)). Only a register whose controller has designated one has it.
struct DpoInfo
{
    QString name;
    QString email;
    QString phone;   ///< optional
    QString address; ///< optional
};

/// The retention settings as written in the profile. Code that enforces or shows retention
/// reads RetentionPolicy, which is built from these.
struct RetentionSettings
{
    int recordingsMonths = 0; ///< 0: no fixed period
    int callMetadataMonths = 0;
    int chatTranscriptsMonths = 0;
    int holdMaxMonths = 0;
    QStringList holdReasons;      ///< ids from RegisterProfile::holdReasonIds()
    int evaluationsMonths = 0;    ///< evaluations and tags ("evaluations_months", optional)
    int accessRequestsMonths = 0; ///< records of data subjects' requests (optional)
    int auditTrailMonths = 0;     ///< the audit trail itself (optional)
    /// "criteria": for a category without a fixed period, how its period is determined
    /// (GDPR art. 13(2)(a)), keyed by RegisterProfile::retentionKindIds() ("recordings", …).
    QMap<QString, LocalizedText> criteria;
};

struct RightsSettings
{
    /// Optional and no longer in the notice: it modelled the pre-GDPR "free once a year" rule
    /// (henkilötietolaki 26 §); under GDPR art. 12(5) and 15(3) the first copy is always free.
    int freeAccessRequestsPerYear = 1;
    int responseMonths = 1;
    int extensionMonths = 2;
    QStringList identityVerification; ///< ids from RegisterProfile::identityVerificationIds()
    QStringList delivery;             ///< ids from RegisterProfile::deliveryIds()
};

/// A register profile (DESIGN.md, "Register profile (contract)"): the one JSON document from
/// which the privacy notice and the retention periods come. It can only be made by parse(),
/// so every RegisterProfile in the program has passed validation.
///
/// Optional fields defined by Tallenne beyond the contract:
/// - "transfers_safeguards" {"fi","en"}: how transfers outside the EU/EEA are protected;
///   required when "transfers_outside_eea" is true, refused when it is false.
/// - "automated_decision_details" {"fi","en"}: what the automated decisions are; required
///   when "automated_decision_making" is true, refused when it is false.
/// - "phone_region": the ISO 3166-1 alpha-2 region ("FI", "SE") in which phone numbers
///   written without a country code are read (PhoneNumber::read); a region libphonenumber
///   knows; PhoneNumber::defaultRegion() ("FI") when absent.
/// - "time_zone": the IANA time zone ("Europe/Helsinki", the default) of the register's local
///   calendar, on which retention periods and request deadlines are counted (LocalCalendar).
/// - "retention": "evaluations_months" (evaluations and tags), "access_requests_months"
///   (records of data subjects' requests) and "audit_trail_months"; 0 or absent: no fixed
///   period.
/// - "retention.criteria": {"<kind id>": {"fi","en"}, …} with the kind ids of
///   retentionKindIds(): for a category whose period is 0, the concrete criterion by which its
///   period is determined (GDPR art. 13(2)(a); "as long as needed" is not one), printed in the
///   notice. A held category whose period is written as 0 without a criterion, or with "as
///   long as needed" for one, is refused (a warning under Rules::AsStored); a later category
///   left out (no fixed period) without a criterion is a warning, as the contract's example
///   must keep working; a criterion for a category with a fixed period is a warning too (the
///   notice does not print it).
/// - "data_subjects" [{"fi","en"}, …]: the groups of people the register holds data about,
///   besides the staff, whom the notice always names (their names, and voices where calls are
///   recorded). Absent: a general sentence about callers and chat users, and a warning.
/// - "dpo" {"name", "email", "phone"?, "address"?}: the data protection officer, where the
///   controller has one; the notice gives it a section of its own.
/// - "rights.free_access_requests_per_year" may be left out (see RightsSettings).
/// - "$schema": where the profile's JSON Schema is (docs/register-profile.schema.json), for
///   editors that validate with it; a text, otherwise ignored.
///
/// docs/register-profile.schema.json describes the same format; tst_profileschema keeps the two
/// in agreement, and lists the rules only this validation checks.
class RegisterProfile
{
    Q_DECLARE_TR_FUNCTIONS(RegisterProfile)

public:
    static QString schemaId() { return QStringLiteral("tallenne.register-profile/1"); }

    /// Which rules parse() enforces. A profile being set meets every rule; a stored one met the
    /// rules of its day, and a rule added since (a period of 0 needs its criterion) is only a
    /// warning for it, so that a register keeps opening and purging under it.
    enum class Rules
    {
        ForNewVersion,
        AsStored,
    };

    /// A profile is a few kilobytes; larger input is refused before it is parsed (every entry
    /// point reads at most this much and one byte more).
    static constexpr qsizetype MaxFileBytes = 1024 * 1024;

    /// Parses and validates. On failure sets ErrorKind::InputRejected with
    /// "<json path>: <problem>" (or "line N, column M: …" for a syntax error) and returns
    /// nullopt. A text missing in one language is no error: it is appended to *warnings as
    /// "<path>.<lang> is missing".
    [[nodiscard]] static std::optional<RegisterProfile> parse(const QByteArray& json,
                                                              QStringList* warnings, Error* error,
                                                              Rules rules = Rules::ForNewVersion);

    /// Whether a criterion only says "as long as needed" (in English or Finnish, case and
    /// punctuation aside), which GDPR art. 13(2)(a) does not accept as one.
    [[nodiscard]] static bool isVagueCriterion(const QString& text);

    [[nodiscard]] static QStringList legalBasisIds();
    [[nodiscard]] static QStringList dataCategoryIds();
    [[nodiscard]] static QStringList holdReasonIds();
    [[nodiscard]] static QStringList identityVerificationIds();
    [[nodiscard]] static QStringList deliveryIds();
    /// The retention categories' ids, the keys of "retention.criteria" and, with "_months",
    /// of their periods: the ids of RetentionPolicy::kindId(), in the order of its kinds.
    [[nodiscard]] static QStringList retentionKindIds();
    /// Longest period any month value may have (ten years).
    static constexpr int maxMonths = 120;

    [[nodiscard]] const LocalizedText& registerName() const { return m_registerName; }
    [[nodiscard]] const ControllerInfo& controller() const { return m_controller; }
    [[nodiscard]] const ContactInfo& contact() const { return m_contact; }
    /// The data protection officer, or nullopt when the profile names none.
    [[nodiscard]] const std::optional<DpoInfo>& dpo() const { return m_dpo; }
    /// "data_subjects"; empty when the profile has none (the notice's general sentence).
    [[nodiscard]] const QList<LocalizedText>& dataSubjects() const { return m_dataSubjects; }
    /// Whether the register holds data of a retention category (retentionKindIds()): the
    /// first three only with their data category (voice_recording, call_metadata,
    /// chat_transcript); evaluations and tags, request records and the audit trail always.
    [[nodiscard]] bool holdsRetentionKind(const QString& kindId) const;
    /// Whether one of the legal bases is `basis` (portability, art. 20, needs consent or
    /// contract; withdrawing consent, art. 7(3), needs consent).
    [[nodiscard]] bool hasBasis(LegalBasis basis) const;
    [[nodiscard]] const QList<LocalizedText>& purposes() const { return m_purposes; }
    [[nodiscard]] const QList<LegalBasisEntry>& legalBases() const { return m_legalBases; }
    [[nodiscard]] const QStringList& dataCategories() const { return m_dataCategories; }
    [[nodiscard]] const QList<LocalizedText>& sources() const { return m_sources; }
    [[nodiscard]] const QList<LocalizedText>& recipients() const { return m_recipients; }
    [[nodiscard]] bool transfersOutsideEea() const { return m_transfersOutsideEea; }
    [[nodiscard]] const LocalizedText& transfersSafeguards() const { return m_transfersSafeguards; }
    [[nodiscard]] const RetentionSettings& retention() const { return m_retention; }
    [[nodiscard]] bool automatedDecisionMaking() const { return m_automatedDecisionMaking; }
    [[nodiscard]] const LocalizedText& automatedDecisionDetails() const
    {
        return m_automatedDecisionDetails;
    }
    [[nodiscard]] const QList<LocalizedText>& securityMeasures() const
    {
        return m_securityMeasures;
    }
    [[nodiscard]] const RightsSettings& rights() const { return m_rights; }
    [[nodiscard]] QDate updated() const { return m_updated; }
    /// Where numbers without a country code are read: "phone_region", or "FI" when absent.
    [[nodiscard]] const QString& phoneRegion() const { return m_phoneRegion; }
    /// The zone of the register's local calendar: "time_zone", or Europe/Helsinki.
    [[nodiscard]] const QTimeZone& timeZone() const { return m_timeZone; }
    /// The warnings parse() gave (texts missing in one language).
    [[nodiscard]] const QStringList& warnings() const { return m_warnings; }

private:
    RegisterProfile() = default;
    friend class ProfileParser;

    LocalizedText m_registerName;
    ControllerInfo m_controller;
    ContactInfo m_contact;
    std::optional<DpoInfo> m_dpo;
    QList<LocalizedText> m_dataSubjects;
    QList<LocalizedText> m_purposes;
    QList<LegalBasisEntry> m_legalBases;
    QStringList m_dataCategories;
    QList<LocalizedText> m_sources;
    QList<LocalizedText> m_recipients;
    bool m_transfersOutsideEea = false;
    LocalizedText m_transfersSafeguards;
    RetentionSettings m_retention;
    bool m_automatedDecisionMaking = false;
    LocalizedText m_automatedDecisionDetails;
    QList<LocalizedText> m_securityMeasures;
    RightsSettings m_rights;
    QDate m_updated;
    QString m_phoneRegion;
    QTimeZone m_timeZone;
    QStringList m_warnings;
};

} // namespace tallenne
