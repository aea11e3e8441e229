#include "core/RegisterProfile.h"

#include "core/BusinessId.h"
#include "core/Email.h"
#include "core/LocalCalendar.h"
#include "core/PhoneNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tallenne {

QString noticeLanguageCode(NoticeLanguage language)
{
    return language == NoticeLanguage::Finnish ? QStringLiteral("fi") : QStringLiteral("en");
}

std::optional<NoticeLanguage> noticeLanguageFromCode(const QString& code)
{
    if (code == QLatin1String("fi"))
        return NoticeLanguage::Finnish;
    if (code == QLatin1String("en"))
        return NoticeLanguage::English;
    return std::nullopt;
}

QStringList RegisterProfile::legalBasisIds()
{
    return {QStringLiteral("consent"), QStringLiteral("contract"),
            QStringLiteral("legal_obligation"), QStringLiteral("legitimate_interest")};
}

QStringList RegisterProfile::dataCategoryIds()
{
    return {QStringLiteral("name"),
            QStringLiteral("address"),
            QStringLiteral("phone"),
            QStringLiteral("email"),
            QStringLiteral("personal_identity_code"),
            QStringLiteral("business_id"),
            QStringLiteral("voice_recording"),
            QStringLiteral("chat_transcript"),
            QStringLiteral("call_metadata"),
            QStringLiteral("usage_statistics")};
}

QStringList RegisterProfile::holdReasonIds()
{
    return {QStringLiteral("complaint"), QStringLiteral("criminal_investigation"),
            QStringLiteral("legal_claim"), QStringLiteral("authority_order")};
}

QStringList RegisterProfile::identityVerificationIds()
{
    return {QStringLiteral("photo_id_in_person"),
            QStringLiteral("strong_electronic_identification"), QStringLiteral("signed_request")};
}

QStringList RegisterProfile::deliveryIds()
{
    return {QStringLiteral("in_person"), QStringLiteral("postal_address"),
            QStringLiteral("electronic")};
}

QStringList RegisterProfile::retentionKindIds()
{
    return {QStringLiteral("recordings"),       QStringLiteral("call_metadata"),
            QStringLiteral("chat_transcripts"), QStringLiteral("evaluations"),
            QStringLiteral("access_requests"),  QStringLiteral("audit_trail")};
}

bool RegisterProfile::holdsRetentionKind(const QString& kindId) const
{
    if (kindId == QLatin1String("recordings"))
        return m_dataCategories.contains(QLatin1String("voice_recording"));
    if (kindId == QLatin1String("call_metadata"))
        return m_dataCategories.contains(QLatin1String("call_metadata"));
    if (kindId == QLatin1String("chat_transcripts"))
        return m_dataCategories.contains(QLatin1String("chat_transcript"));
    return retentionKindIds().contains(kindId);
}

bool RegisterProfile::hasBasis(LegalBasis basis) const
{
    return std::any_of(m_legalBases.begin(), m_legalBases.end(),
                       [basis](const LegalBasisEntry& e) { return e.basis == basis; });
}

/// Walks the JSON and fills a RegisterProfile; the first problem stops it with its path.
class ProfileParser
{
public:
    ProfileParser(Error* error, RegisterProfile::Rules rules) : m_error(error), m_rules(rules) {}

    std::optional<RegisterProfile> run(const QByteArray& json);

private:
    static QString child(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString element(const QString& path, qsizetype index)
    {
        return QStringLiteral("%1[%2]").arg(path).arg(index);
    }

    bool failAt(const QString& path, const QString& reason)
    {
        return fail(m_error, ErrorKind::InputRejected, QStringLiteral("%1: %2").arg(path, reason));
    }

    bool onlyKeys(const QJsonObject& object, const QStringList& allowed, const QString& path)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                return failAt(child(path, it.key()),
                              RegisterProfile::tr("is not a field of the profile"));
        }
        return true;
    }

    std::optional<QJsonValue> required(const QJsonObject& object, const QString& key,
                                       const QString& path)
    {
        if (!object.contains(key)) {
            failAt(child(path, key), RegisterProfile::tr("is missing"));
            return std::nullopt;
        }
        return object.value(key);
    }

    std::optional<QJsonObject> object(const QJsonValue& value, const QString& path)
    {
        if (!value.isObject()) {
            failAt(path, RegisterProfile::tr("must be an object"));
            return std::nullopt;
        }
        return value.toObject();
    }

    std::optional<QJsonArray> array(const QJsonValue& value, const QString& path, bool nonEmpty)
    {
        if (!value.isArray()) {
            failAt(path, RegisterProfile::tr("must be a list"));
            return std::nullopt;
        }
        if (nonEmpty && value.toArray().isEmpty()) {
            failAt(path, RegisterProfile::tr("must have at least one entry"));
            return std::nullopt;
        }
        return value.toArray();
    }

    std::optional<QString> text(const QJsonObject& parent, const QString& key, const QString& path,
                                bool optional = false)
    {
        const QString at = child(path, key);
        if (optional && !parent.contains(key))
            return QString();
        const auto value = required(parent, key, path);
        if (!value)
            return std::nullopt;
        if (!value->isString()) {
            failAt(at, RegisterProfile::tr("must be a text"));
            return std::nullopt;
        }
        const QString s = value->toString().trimmed();
        if (s.isEmpty() && !optional) {
            failAt(at, RegisterProfile::tr("must not be empty"));
            return std::nullopt;
        }
        return s;
    }

    std::optional<bool> boolean(const QJsonObject& parent, const QString& key, const QString& path)
    {
        const auto value = required(parent, key, path);
        if (!value)
            return std::nullopt;
        if (!value->isBool()) {
            failAt(child(path, key), RegisterProfile::tr("must be true or false"));
            return std::nullopt;
        }
        return value->toBool();
    }

    std::optional<int> wholeNumber(const QJsonObject& parent, const QString& key,
                                   const QString& path, int min, int max)
    {
        const auto value = required(parent, key, path);
        if (!value)
            return std::nullopt;
        const double d = value->toDouble(-1.0);
        if (!value->isDouble() || std::floor(d) != d || d < min || d > max) {
            failAt(child(path, key),
                   min == max ? RegisterProfile::tr("must be %1").arg(min)
                              : RegisterProfile::tr("must be a whole number from %1 to %2")
                                    .arg(min)
                                    .arg(max));
            return std::nullopt;
        }
        return int(d);
    }

    /// The "fi"/"en" keys of `object` (which may hold other keys the caller checks).
    std::optional<LocalizedText> localizedIn(const QJsonObject& object, const QString& path)
    {
        LocalizedText out;
        for (const NoticeLanguage language : {NoticeLanguage::Finnish, NoticeLanguage::English}) {
            const QString key = noticeLanguageCode(language);
            if (!object.contains(key))
                continue;
            const QJsonValue value = object.value(key);
            if (!value.isString()) {
                failAt(child(path, key), RegisterProfile::tr("must be a text"));
                return std::nullopt;
            }
            (language == NoticeLanguage::Finnish ? out.fi : out.en) = value.toString().trimmed();
        }
        if (out.fi.isEmpty() && out.en.isEmpty()) {
            failAt(path,
                   RegisterProfile::tr("must have a Finnish (\"fi\") or an English (\"en\") text"));
            return std::nullopt;
        }
        for (const NoticeLanguage language : {NoticeLanguage::Finnish, NoticeLanguage::English}) {
            if (!out.has(language))
                m_warnings << RegisterProfile::tr("%1 is missing")
                                  .arg(child(path, noticeLanguageCode(language)));
        }
        return out;
    }

    std::optional<LocalizedText> localized(const QJsonValue& value, const QString& path)
    {
        const auto o = object(value, path);
        if (!o || !onlyKeys(*o, {QStringLiteral("fi"), QStringLiteral("en")}, path))
            return std::nullopt;
        return localizedIn(*o, path);
    }

    std::optional<QList<LocalizedText>> localizedList(const QJsonObject& parent, const QString& key,
                                                      bool nonEmpty)
    {
        const auto value = required(parent, key, {});
        if (!value)
            return std::nullopt;
        const auto list = array(*value, key, nonEmpty);
        if (!list)
            return std::nullopt;
        QList<LocalizedText> out;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const auto t = localized(list->at(i), element(key, i));
            if (!t)
                return std::nullopt;
            out << *t;
        }
        return out;
    }

    /// A list of ids from `allowed`, each at most once.
    std::optional<QStringList> idList(const QJsonObject& parent, const QString& key,
                                      const QString& path, const QStringList& allowed,
                                      bool nonEmpty)
    {
        const QString at = child(path, key);
        const auto value = required(parent, key, path);
        if (!value)
            return std::nullopt;
        const auto list = array(*value, at, nonEmpty);
        if (!list)
            return std::nullopt;
        QStringList out;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString id = list->at(i).toString();
            if (!list->at(i).isString() || !allowed.contains(id)) {
                failAt(element(at, i), RegisterProfile::tr("must be one of %1")
                                           .arg(allowed.join(QStringLiteral(", "))));
                return std::nullopt;
            }
            if (out.contains(id)) {
                failAt(element(at, i), RegisterProfile::tr("%1 is listed twice").arg(id));
                return std::nullopt;
            }
            out << id;
        }
        return out;
    }

    bool controller(const QJsonObject& root, RegisterProfile& p);
    bool contact(const QJsonObject& root, RegisterProfile& p);
    bool dpo(const QJsonObject& root, RegisterProfile& p);
    bool dataSubjects(const QJsonObject& root, RegisterProfile& p);
    bool retentionCriteria(const QJsonObject& retention, RegisterProfile& p);
    bool legalBases(const QJsonObject& root, RegisterProfile& p);
    bool retention(const QJsonObject& root, RegisterProfile& p);
    bool rights(const QJsonObject& root, RegisterProfile& p);
    bool conditionalText(const QJsonObject& root, bool present, const QString& flag,
                         const QString& key, LocalizedText* out);
    bool phoneRegion(const QJsonObject& root, RegisterProfile& p);
    bool timeZone(const QJsonObject& root, RegisterProfile& p);

    /// A rule added after profiles were stored: refused for a new version, a warning for a
    /// stored one (RegisterProfile::Rules).
    bool newRule(const QString& path, const QString& reason, const QString& warning)
    {
        if (m_rules == RegisterProfile::Rules::ForNewVersion)
            return failAt(path, reason);
        m_warnings << warning;
        return true;
    }

    Error* m_error;
    RegisterProfile::Rules m_rules;
    QStringList m_warnings;
};

bool ProfileParser::controller(const QJsonObject& root, RegisterProfile& p)
{
    const QString path = QStringLiteral("controller");
    const auto value = required(root, path, {});
    const auto o = value ? object(*value, path) : std::nullopt;
    if (!o ||
        !onlyKeys(*o,
                  {QStringLiteral("name"), QStringLiteral("business_id"), QStringLiteral("address"),
                   QStringLiteral("phone"), QStringLiteral("email")},
                  path))
        return false;
    const auto name = text(*o, QStringLiteral("name"), path);
    const auto id = name ? text(*o, QStringLiteral("business_id"), path) : std::nullopt;
    if (!id)
        return false;
    QString idReason;
    const auto businessId = BusinessId::parse(*id, &idReason);
    if (!businessId)
        return failAt(child(path, QStringLiteral("business_id")),
                      RegisterProfile::tr("%1 is not a valid business ID (%2)").arg(*id, idReason));
    const auto address = text(*o, QStringLiteral("address"), path);
    const auto phone = address ? text(*o, QStringLiteral("phone"), path) : std::nullopt;
    const auto email = phone ? text(*o, QStringLiteral("email"), path) : std::nullopt;
    if (!email)
        return false;
    QString why;
    if (!Email::normalise(*email, &why))
        return failAt(
            child(path, QStringLiteral("email")),
            RegisterProfile::tr("%1 is not a valid e-mail address (%2)").arg(*email, why));
    // Stored as NNNNNNN-C whichever accepted form the profile used (FI07375462, 737546-2).
    p.m_controller = {*name, businessId->toString(), *address, *phone, *email};
    return true;
}

bool ProfileParser::contact(const QJsonObject& root, RegisterProfile& p)
{
    const QString path = QStringLiteral("contact");
    const auto value = required(root, path, {});
    const auto o = value ? object(*value, path) : std::nullopt;
    if (!o ||
        !onlyKeys(*o, {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone")},
                  path))
        return false;
    const auto name = text(*o, QStringLiteral("name"), path);
    const auto email = name ? text(*o, QStringLiteral("email"), path) : std::nullopt;
    const auto phone = email ? text(*o, QStringLiteral("phone"), path, true) : std::nullopt;
    if (!phone)
        return false;
    QString why;
    if (!Email::normalise(*email, &why))
        return failAt(
            child(path, QStringLiteral("email")),
            RegisterProfile::tr("%1 is not a valid e-mail address (%2)").arg(*email, why));
    p.m_contact = {*name, *email, *phone};
    return true;
}

bool ProfileParser::dpo(const QJsonObject& root, RegisterProfile& p)
{
    const QString path = QStringLiteral("dpo");
    if (!root.contains(path))
        return true;
    const auto o = object(root.value(path), path);
    if (!o || !onlyKeys(*o,
                        {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
                         QStringLiteral("address")},
                        path))
        return false;
    const auto name = text(*o, QStringLiteral("name"), path);
    const auto email = name ? text(*o, QStringLiteral("email"), path) : std::nullopt;
    const auto phone = email ? text(*o, QStringLiteral("phone"), path, true) : std::nullopt;
    const auto address = phone ? text(*o, QStringLiteral("address"), path, true) : std::nullopt;
    if (!address)
        return false;
    QString why;
    if (!Email::normalise(*email, &why))
        return failAt(
            child(path, QStringLiteral("email")),
            RegisterProfile::tr("%1 is not a valid e-mail address (%2)").arg(*email, why));
    p.m_dpo = DpoInfo{*name, *email, *phone, *address};
    return true;
}

bool ProfileParser::dataSubjects(const QJsonObject& root, RegisterProfile& p)
{
    const QString key = QStringLiteral("data_subjects");
    if (!root.contains(key)) {
        m_warnings << RegisterProfile::tr(
            "data_subjects is missing: the notice names callers, chat users "
            "and the people customer service calls as the data subjects");
        return true;
    }
    const auto subjects = localizedList(root, key, true);
    if (!subjects)
        return false;
    p.m_dataSubjects = *subjects;
    return true;
}

bool ProfileParser::retentionCriteria(const QJsonObject& retention, RegisterProfile& p)
{
    const QString path = QStringLiteral("retention.criteria");
    const QStringList kinds = RegisterProfile::retentionKindIds();
    if (retention.contains(QStringLiteral("criteria"))) {
        const auto o = object(retention.value(QStringLiteral("criteria")), path);
        if (!o || !onlyKeys(*o, kinds, path))
            return false;
        for (auto it = o->begin(); it != o->end(); ++it) {
            const auto criterion = localized(it.value(), child(path, it.key()));
            if (!criterion)
                return false;
            p.m_retention.criteria.insert(it.key(), *criterion);
        }
    }
    // GDPR art. 13(2)(a): the period, or the criteria used to determine it; DESIGN.md: a month
    // value of 0 requires the criterion, and "as long as needed" is not one.
    for (const QString& kind : kinds) {
        const QString monthsKey = kind + QStringLiteral("_months");
        const QString months = child(QStringLiteral("retention"), monthsKey);
        const QString at = child(path, kind);
        const bool fixed = retention.value(monthsKey).toInt() > 0;
        const auto criterion = p.m_retention.criteria.constFind(kind);
        const bool hasCriterion = criterion != p.m_retention.criteria.constEnd();
        if (!fixed && !hasCriterion && p.holdsRetentionKind(kind)) {
            const QString warning =
                RegisterProfile::tr("%1 is 0 (no fixed period) but %2 does not say how the period "
                                    "is determined; the notice must state it (GDPR art. 13(2)(a))")
                    .arg(months, at);
            // A later category left out of an older profile is no fixed period too, but the
            // contract's profiles without it must keep working.
            if (!retention.contains(monthsKey))
                m_warnings << warning;
            else if (!newRule(at,
                              RegisterProfile::tr(
                                  "is needed: %1 is 0 (no fixed period), so the notice must say "
                                  "how the period is determined (GDPR art. 13(2)(a))")
                                  .arg(months),
                              warning))
                return false;
        }
        if (fixed && hasCriterion)
            m_warnings << RegisterProfile::tr("%1 is not shown in the notice: %2 is a fixed period")
                              .arg(at, months);
        if (fixed || !hasCriterion)
            continue;
        for (const NoticeLanguage language : {NoticeLanguage::Finnish, NoticeLanguage::English}) {
            const QString text = criterion->in(language);
            if (!RegisterProfile::isVagueCriterion(text))
                continue;
            const QString reason =
                RegisterProfile::tr("\"%1\" is not a criterion: say what decides how long the "
                                    "data is kept, e.g. an event and a time after it (GDPR art. "
                                    "13(2)(a))")
                    .arg(text);
            const QString langPath = child(at, noticeLanguageCode(language));
            if (!newRule(langPath, reason, QStringLiteral("%1: %2").arg(langPath, reason)))
                return false;
        }
    }
    return true;
}

bool ProfileParser::legalBases(const QJsonObject& root, RegisterProfile& p)
{
    const QString key = QStringLiteral("legal_basis");
    const auto value = required(root, key, {});
    const auto list = value ? array(*value, key, true) : std::nullopt;
    if (!list)
        return false;
    const QStringList ids = RegisterProfile::legalBasisIds();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = element(key, i);
        const auto o = object(list->at(i), path);
        if (!o ||
            !onlyKeys(*o, {QStringLiteral("basis"), QStringLiteral("fi"), QStringLiteral("en")},
                      path))
            return false;
        const auto basis = required(*o, QStringLiteral("basis"), path);
        if (!basis)
            return false;
        const qsizetype index = ids.indexOf(basis->toString());
        if (!basis->isString() || index < 0)
            return failAt(
                child(path, QStringLiteral("basis")),
                RegisterProfile::tr("must be one of %1").arg(ids.join(QStringLiteral(", "))));
        const auto explanation = localizedIn(*o, path);
        if (!explanation)
            return false;
        p.m_legalBases << LegalBasisEntry{LegalBasis(index), ids.at(index), *explanation};
    }
    return true;
}

bool ProfileParser::retention(const QJsonObject& root, RegisterProfile& p)
{
    const QString path = QStringLiteral("retention");
    const auto value = required(root, path, {});
    const auto o = value ? object(*value, path) : std::nullopt;
    if (!o ||
        !onlyKeys(*o,
                  {QStringLiteral("recordings_months"), QStringLiteral("call_metadata_months"),
                   QStringLiteral("chat_transcripts_months"), QStringLiteral("hold_max_months"),
                   QStringLiteral("hold_reasons"), QStringLiteral("evaluations_months"),
                   QStringLiteral("access_requests_months"), QStringLiteral("audit_trail_months"),
                   QStringLiteral("criteria")},
                  path))
        return false;
    const int max = RegisterProfile::maxMonths;
    const auto recordings = wholeNumber(*o, QStringLiteral("recordings_months"), path, 0, max);
    const auto metadata =
        recordings ? wholeNumber(*o, QStringLiteral("call_metadata_months"), path, 0, max)
                   : std::nullopt;
    const auto chats =
        metadata ? wholeNumber(*o, QStringLiteral("chat_transcripts_months"), path, 0, max)
                 : std::nullopt;
    const auto holdMax =
        chats ? wholeNumber(*o, QStringLiteral("hold_max_months"), path, 0, max) : std::nullopt;
    const auto reasons = holdMax ? idList(*o, QStringLiteral("hold_reasons"), path,
                                          RegisterProfile::holdReasonIds(), false)
                                 : std::nullopt;
    if (!reasons)
        return false;
    // A hold that ended before the normal period would promise something the purge ignores.
    const int longest = std::max({*recordings, *metadata, *chats});
    if (reasons->isEmpty() && *holdMax != 0)
        return failAt(child(path, QStringLiteral("hold_max_months")),
                      RegisterProfile::tr("must be 0 when hold_reasons is empty"));
    if (!reasons->isEmpty() && *holdMax != 0 && *holdMax < longest)
        // Two messages, not %n: the validation also runs where no translator is installed.
        return failAt(child(path, QStringLiteral("hold_max_months")),
                      longest == 1
                          ? RegisterProfile::tr(
                                "must be 0 or at least the longest retention period (1 month)")
                          : RegisterProfile::tr(
                                "must be 0 or at least the longest retention period (%1 months)")
                                .arg(longest));
    // The later categories are optional: a profile written before them keeps working, with
    // no fixed period for them.
    int later[3] = {0, 0, 0};
    const QString laterKeys[3] = {QStringLiteral("evaluations_months"),
                                  QStringLiteral("access_requests_months"),
                                  QStringLiteral("audit_trail_months")};
    for (int i = 0; i < 3; ++i) {
        if (!o->contains(laterKeys[i]))
            continue;
        const auto months = wholeNumber(*o, laterKeys[i], path, 0, max);
        if (!months)
            return false;
        later[i] = *months;
    }
    p.m_retention = {*recordings, *metadata, *chats,   *holdMax, *reasons,
                     later[0],    later[1],  later[2], {}};
    return retentionCriteria(*o, p);
}

bool ProfileParser::rights(const QJsonObject& root, RegisterProfile& p)
{
    const QString path = QStringLiteral("rights");
    const auto value = required(root, path, {});
    const auto o = value ? object(*value, path) : std::nullopt;
    if (!o || !onlyKeys(*o,
                        {QStringLiteral("free_access_requests_per_year"),
                         QStringLiteral("response_months"), QStringLiteral("extension_months"),
                         QStringLiteral("identity_verification"), QStringLiteral("delivery")},
                        path))
        return false;
    // GDPR art. 12(3): one month to answer, extendable by at most two; art. 15(3): the
    // first copy is free. The notice must not promise less.
    // "free_access_requests_per_year" is optional and not in the notice (RightsSettings).
    std::optional<int> free = 1;
    if (o->contains(QStringLiteral("free_access_requests_per_year")))
        free = wholeNumber(*o, QStringLiteral("free_access_requests_per_year"), path, 1, 12);
    const auto response =
        free ? wholeNumber(*o, QStringLiteral("response_months"), path, 1, 1) : std::nullopt;
    const auto extension =
        response ? wholeNumber(*o, QStringLiteral("extension_months"), path, 0, 2) : std::nullopt;
    const auto identity = extension ? idList(*o, QStringLiteral("identity_verification"), path,
                                             RegisterProfile::identityVerificationIds(), true)
                                    : std::nullopt;
    const auto delivery = identity ? idList(*o, QStringLiteral("delivery"), path,
                                            RegisterProfile::deliveryIds(), true)
                                   : std::nullopt;
    if (!delivery)
        return false;
    p.m_rights = {*free, *response, *extension, *identity, *delivery};
    return true;
}

bool ProfileParser::conditionalText(const QJsonObject& root, bool present, const QString& flag,
                                    const QString& key, LocalizedText* out)
{
    if (present && !root.contains(key))
        return failAt(key, RegisterProfile::tr("is missing (needed when %1 is true)").arg(flag));
    if (!present && root.contains(key))
        return failAt(key, RegisterProfile::tr("must be left out when %1 is false").arg(flag));
    if (!present)
        return true;
    const auto t = localized(root.value(key), key);
    if (!t)
        return false;
    *out = *t;
    return true;
}

bool ProfileParser::timeZone(const QJsonObject& root, RegisterProfile& p)
{
    const QString key = QStringLiteral("time_zone");
    p.m_timeZone = LocalCalendar::defaultZone();
    if (!root.contains(key))
        return true;
    const auto zone = text(root, key, {});
    if (!zone)
        return false;
    if (!QTimeZone::isTimeZoneIdAvailable(zone->toUtf8()))
        return failAt(
            key, RegisterProfile::tr("%1 is not a time zone this system knows (an IANA name such "
                                     "as Europe/Helsinki)")
                     .arg(*zone));
    p.m_timeZone = QTimeZone(zone->toUtf8());
    return true;
}

bool ProfileParser::phoneRegion(const QJsonObject& root, RegisterProfile& p)
{
    const QString key = QStringLiteral("phone_region");
    p.m_phoneRegion = PhoneNumber::defaultRegion();
    if (!root.contains(key))
        return true;
    const auto region = text(root, key, {});
    if (!region)
        return false;
    if (!PhoneNumber::isKnownRegion(*region))
        return failAt(
            key, RegisterProfile::tr("%1 is not a region code with a known numbering plan (two "
                                     "capital letters of ISO 3166-1, such as FI or SE)")
                     .arg(*region));
    p.m_phoneRegion = *region;
    return true;
}

std::optional<RegisterProfile> ProfileParser::run(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        fail(m_error, ErrorKind::InputRejected,
             RegisterProfile::tr("line %1, column %2: %3")
                 .arg(line)
                 .arg(column)
                 .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        failAt(QStringLiteral("$"), RegisterProfile::tr("the profile must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!onlyKeys(root,
                  {QStringLiteral("$schema"),
                   QStringLiteral("schema"),
                   QStringLiteral("register_name"),
                   QStringLiteral("controller"),
                   QStringLiteral("contact"),
                   QStringLiteral("purposes"),
                   QStringLiteral("legal_basis"),
                   QStringLiteral("data_categories"),
                   QStringLiteral("sources"),
                   QStringLiteral("recipients"),
                   QStringLiteral("transfers_outside_eea"),
                   QStringLiteral("transfers_safeguards"),
                   QStringLiteral("retention"),
                   QStringLiteral("automated_decision_making"),
                   QStringLiteral("automated_decision_details"),
                   QStringLiteral("security_measures"),
                   QStringLiteral("rights"),
                   QStringLiteral("updated"),
                   QStringLiteral("phone_region"),
                   QStringLiteral("time_zone"),
                   QStringLiteral("data_subjects"),
                   QStringLiteral("dpo")},
                  {}))
        return std::nullopt;

    RegisterProfile p;
    // "$schema" names docs/register-profile.schema.json for editors; nothing else reads it.
    if (!text(root, QStringLiteral("$schema"), {}, true))
        return std::nullopt;
    const auto schema = text(root, QStringLiteral("schema"), {});
    if (!schema)
        return std::nullopt;
    if (*schema != RegisterProfile::schemaId()) {
        failAt(QStringLiteral("schema"),
               RegisterProfile::tr("must be \"%1\"").arg(RegisterProfile::schemaId()));
        return std::nullopt;
    }
    const auto name = required(root, QStringLiteral("register_name"), {});
    const auto registerName =
        name ? localized(*name, QStringLiteral("register_name")) : std::nullopt;
    if (!registerName || !controller(root, p) || !contact(root, p) || !dpo(root, p) ||
        !dataSubjects(root, p))
        return std::nullopt;
    p.m_registerName = *registerName;

    const auto purposes = localizedList(root, QStringLiteral("purposes"), true);
    if (!purposes || !legalBases(root, p))
        return std::nullopt;
    p.m_purposes = *purposes;
    const auto categories = idList(root, QStringLiteral("data_categories"), {},
                                   RegisterProfile::dataCategoryIds(), true);
    if (!categories)
        return std::nullopt;
    p.m_dataCategories = *categories;
    const auto sources = localizedList(root, QStringLiteral("sources"), true);
    const auto recipients =
        sources ? localizedList(root, QStringLiteral("recipients"), false) : std::nullopt;
    if (!recipients)
        return std::nullopt;
    p.m_sources = *sources;
    p.m_recipients = *recipients;

    const auto transfers = boolean(root, QStringLiteral("transfers_outside_eea"), {});
    if (!transfers ||
        !conditionalText(root, *transfers, QStringLiteral("transfers_outside_eea"),
                         QStringLiteral("transfers_safeguards"), &p.m_transfersSafeguards) ||
        !retention(root, p))
        return std::nullopt;
    p.m_transfersOutsideEea = *transfers;
    const auto automated = boolean(root, QStringLiteral("automated_decision_making"), {});
    if (!automated ||
        !conditionalText(root, *automated, QStringLiteral("automated_decision_making"),
                         QStringLiteral("automated_decision_details"),
                         &p.m_automatedDecisionDetails))
        return std::nullopt;
    p.m_automatedDecisionMaking = *automated;
    const auto measures = localizedList(root, QStringLiteral("security_measures"), false);
    if (!measures || !rights(root, p))
        return std::nullopt;
    p.m_securityMeasures = *measures;

    const auto updated = text(root, QStringLiteral("updated"), {});
    if (!updated)
        return std::nullopt;
    static const QRegularExpression dateForm(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date = QDate::fromString(*updated, Qt::ISODate);
    if (!dateForm.match(*updated).hasMatch() || !date.isValid()) {
        failAt(QStringLiteral("updated"),
               RegisterProfile::tr("%1 is not a date in the form YYYY-MM-DD").arg(*updated));
        return std::nullopt;
    }
    p.m_updated = date;
    if (!phoneRegion(root, p) || !timeZone(root, p))
        return std::nullopt;
    p.m_warnings = m_warnings;
    return p;
}

bool RegisterProfile::isVagueCriterion(const QString& text)
{
    // Said in so many words, these give no criterion at all; a criterion that goes on to name
    // an event or a limit is not matched.
    static const QStringList vague = {
        QStringLiteral("as long as needed"),
        QStringLiteral("as long as necessary"),
        QStringLiteral("as long as required"),
        QStringLiteral("as long as it is needed"),
        QStringLiteral("as long as it is necessary"),
        QStringLiteral("for as long as needed"),
        QStringLiteral("for as long as necessary"),
        QStringLiteral("until no longer needed"),
        QStringLiteral("until it is no longer needed"),
        QStringLiteral("niin kauan kuin tarpeen"),
        QStringLiteral("niin kauan kuin on tarpeen"),
        QStringLiteral("niin kauan kuin tarpeellista"),
        QStringLiteral("niin kauan kuin on tarpeellista"),
        QStringLiteral("niin kauan kuin tarvitaan"),
        QStringLiteral("tarvittavan ajan"),
        QStringLiteral("tarpeen mukaan"),
    };
    static const QRegularExpression notWord(QStringLiteral("[^\\w\\s]"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QString words = QString(text).remove(notWord).simplified().toLower();
    return vague.contains(words);
}

std::optional<RegisterProfile> RegisterProfile::parse(const QByteArray& json, QStringList* warnings,
                                                      Error* error, Rules rules)
{
    if (json.size() > MaxFileBytes) {
        fail(error, ErrorKind::InputRejected,
             tr("too large for a register profile: %1 bytes, at most %2")
                 .arg(json.size())
                 .arg(MaxFileBytes));
        return std::nullopt;
    }
    ProfileParser parser(error, rules);
    auto profile = parser.run(json);
    if (profile && warnings)
        *warnings = profile->warnings();
    return profile;
}

} // namespace tallenne
