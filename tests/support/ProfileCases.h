#pragma once

// Register profiles for the tests of src/core/RegisterProfile and of the profile's JSON Schema
// (docs/register-profile.schema.json): the examples in resources/profiles, one of them changed
// at a path, the changes it must refuse (each with the start of its message, and, for the rules
// a JSON Schema cannot express, which rule that is) and changes it accepts. One table, so the
// validator and the schema are held to the same cases.

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <utility>

namespace tallenne::test {

inline QString profilePath(const QString& name)
{
    return QStringLiteral(TALLENNE_TEST_DATA "/../../resources/profiles/%1.json").arg(name);
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Sets (or, with an undefined value, removes) the value at a path such as
/// "legal_basis[1].basis".
inline QJsonValue setAt(const QJsonValue& node, QStringList tokens, const QJsonValue& value)
{
    const QString token = tokens.takeFirst();
    static const QRegularExpression indexed(QStringLiteral("^([a-z_]+)\\[(\\d+)\\]$"));
    const auto m = indexed.match(token);
    QJsonObject object = node.toObject();
    const QString key = m.hasMatch() ? m.captured(1) : token;
    if (m.hasMatch()) {
        QJsonArray array = object.value(key).toArray();
        const int i = m.captured(2).toInt();
        if (tokens.isEmpty()) {
            if (value.isUndefined())
                array.removeAt(i);
            else
                array[i] = value;
        } else {
            array[i] = setAt(array.at(i), tokens, value);
        }
        object[key] = array;
        return object;
    }
    if (tokens.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object[key] = value;
    } else {
        object[key] = setAt(object.value(key), tokens, value);
    }
    return object;
}

/// One change: a path and the JSON of its new value; an empty value removes the field.
using ProfileEdit = std::pair<QString, QByteArray>;

/// The nordic-helpdesk example with `edits` made.
inline QByteArray modified(const QList<ProfileEdit>& edits)
{
    QJsonObject root =
        QJsonDocument::fromJson(readFile(profilePath(QStringLiteral("nordic-helpdesk")))).object();
    for (const auto& [path, valueJson] : edits) {
        QJsonValue value = QJsonValue::Undefined;
        if (!valueJson.isEmpty())
            value = QJsonDocument::fromJson("[" + valueJson + "]").array().at(0);
        root = setAt(root, path.split(QLatin1Char('.')), value).toObject();
    }
    return QJsonDocument(root).toJson();
}

inline QByteArray modified(const QString& path, const QByteArray& valueJson)
{
    return modified(QList<ProfileEdit>{{path, valueJson}});
}

struct ProfileCase
{
    QString tag;
    QList<ProfileEdit> edits;
    QString message; ///< how the validator's message begins ("<json path>: <problem>")
    /// Empty when the schema refuses the profile too; otherwise the rule, which only Tallenne
    /// checks, that refuses it (the schema's description lists these).
    QString tallenneOnly;
};

/// Profiles RegisterProfile::parse() refuses (a new version:
/// RegisterProfile::Rules::ForNewVersion).
inline QList<ProfileCase> refusedProfiles()
{
    QList<ProfileCase> cases;
    const auto row = [&cases](const char* tag, const char* path, const char* value,
                              const char* message, const char* tallenneOnly = "") {
        cases << ProfileCase{QString::fromUtf8(tag),
                             {{QString::fromLatin1(path), QByteArray(value)}},
                             QString::fromUtf8(message),
                             QString::fromUtf8(tallenneOnly)};
    };
    row("schema", "schema", "\"tallenne.register-profile/2\"",
        "schema: must be \"tallenne.register-profile/1\"");
    row("no schema", "schema", "", "schema: is missing");
    row("unknown field", "colour", "\"blue\"", "colour: is not a field of the profile");
    row("months too many", "retention.recordings_months", "121",
        "retention.recordings_months: must be a whole number from 0 to 120");
    row("months negative", "retention.call_metadata_months", "-1",
        "retention.call_metadata_months: must be a whole number from 0 to 120");
    row("months fraction", "retention.chat_transcripts_months", "2.5",
        "retention.chat_transcripts_months: must be a whole number from 0 to 120");
    row("months text", "retention.recordings_months", "\"6\"",
        "retention.recordings_months: must be a whole number from 0 to 120");
    row("months missing", "retention.recordings_months", "",
        "retention.recordings_months: is missing");
    row("hold shorter", "retention.hold_max_months", "3",
        "retention.hold_max_months: must be 0 or at least the longest retention period "
        "(6 months)",
        "a comparison of three fields");
    row("hold reason", "retention.hold_reasons", "[\"curiosity\"]",
        "retention.hold_reasons[0]: must be one of complaint, criminal_investigation, "
        "legal_claim, authority_order");
    row("basis", "legal_basis[1].basis", "\"vital_interest\"",
        "legal_basis[1].basis: must be one of consent, contract, legal_obligation, "
        "legitimate_interest");
    row("basis missing", "legal_basis[0].basis", "", "legal_basis[0].basis: is missing");
    row("no bases", "legal_basis", "[]", "legal_basis: must have at least one entry");
    row("check digit", "controller.business_id", "\"2987654-9\"",
        "controller.business_id: 2987654-9 is not a valid business ID (the check digit "
        "should be 0)",
        "the business ID's check digit");
    row("business id form", "controller.business_id", "\"29876-50\"",
        "controller.business_id: 29876-50 is not a valid business ID (a business ID is "
        "seven digits, a hyphen and a check digit)");
    row("six digits, check digit", "controller.business_id", "\"298765-0\"",
        "controller.business_id: 298765-0 is not a valid business ID (the check digit "
        "should be 4)",
        "the business ID's check digit");
    row("VAT form, check digit", "controller.business_id", "\"FI29876549\"",
        "controller.business_id: FI29876549 is not a valid business ID (the check digit "
        "should be 0)",
        "the business ID's check digit");
    row("phone region unknown", "phone_region", "\"ZZ\"",
        "phone_region: ZZ is not a region code with a known numbering plan",
        "the regions with a numbering plan (libphonenumber)");
    row("phone region lower case", "phone_region", "\"fi\"",
        "phone_region: fi is not a region code with a known numbering plan");
    row("phone region name", "phone_region", "\"Finland\"",
        "phone_region: Finland is not a region code with a known numbering plan");
    row("phone region empty", "phone_region", "\"\"", "phone_region: must not be empty");
    row("phone region number", "phone_region", "358", "phone_region: must be a text");
    row("controller email", "controller.email", "\"info at example\"",
        "controller.email: info at example is not a valid e-mail address");
    row("empty name", "controller.name", "\"  \"", "controller.name: must not be empty");
    row("category", "data_categories[1]", "\"shoe_size\"",
        "data_categories[1]: must be one of name, address, phone, email, "
        "personal_identity_code, business_id, voice_recording, chat_transcript, "
        "call_metadata, usage_statistics");
    row("category twice", "data_categories[1]", "\"name\"",
        "data_categories[1]: name is listed twice");
    row("date form", "updated", "\"19.9.2023\"",
        "updated: 19.9.2023 is not a date in the form YYYY-MM-DD");
    row("date exists", "updated", "\"2023-02-30\"",
        "updated: 2023-02-30 is not a date in the form YYYY-MM-DD");
    row("no language", "purposes[0]", "{}",
        "purposes[0]: must have a Finnish (\"fi\") or an English (\"en\") text");
    row("unknown language", "purposes[0].sv", "\"Syfte\"",
        "purposes[0].sv: is not a field of the profile");
    row("text not string", "sources[1].fi", "42", "sources[1].fi: must be a text");
    row("transfers flag", "transfers_outside_eea", "\"no\"",
        "transfers_outside_eea: must be true or false");
    row("safeguards needed", "transfers_safeguards", "",
        "transfers_safeguards: is missing (needed when transfers_outside_eea is true)");
    row("response", "rights.response_months", "2", "rights.response_months: must be 1");
    row("extension", "rights.extension_months", "3",
        "rights.extension_months: must be a whole number from 0 to 2");
    row("free requests", "rights.free_access_requests_per_year", "0",
        "rights.free_access_requests_per_year: must be a whole number from 1 to 12");
    row("identity", "rights.identity_verification", "[]",
        "rights.identity_verification: must have at least one entry");
    row("delivery", "rights.delivery[0]", "\"carrier_pigeon\"",
        "rights.delivery[0]: must be one of in_person, postal_address, electronic");
    row("purposes not list", "purposes", "\"quality\"", "purposes: must be a list");
    row("contact", "contact", "", "contact: is missing");
    // Conditional fields, holds and criteria (GDPR art. 13(2)(a)), the DPO, the data subjects.
    row("safeguards not wanted", "transfers_outside_eea", "false",
        "transfers_safeguards: must be left out when transfers_outside_eea is false");
    row("decision details needed", "automated_decision_making", "true",
        "automated_decision_details: is missing (needed when automated_decision_making is true)");
    row("hold without reasons", "retention.hold_reasons", "[]",
        "retention.hold_max_months: must be 0 when hold_reasons is empty");
    for (const char* kind :
         {"recordings", "call_metadata", "chat_transcripts", "evaluations", "access_requests"}) {
        const QString k = QString::fromLatin1(kind);
        cases << ProfileCase{QStringLiteral("%1 0 without criterion").arg(k),
                             {{QStringLiteral("retention.%1_months").arg(k), "0"}},
                             QStringLiteral("retention.criteria.%1: is needed: retention.%1_months "
                                            "is 0 (no fixed period), so the notice must say how "
                                            "the period is determined (GDPR art. 13(2)(a))")
                                 .arg(k),
                             {}};
    }
    row("audit trail criterion removed", "retention.criteria", "",
        "retention.criteria.audit_trail: is needed: retention.audit_trail_months is 0");
    row("as long as needed", "retention.criteria.audit_trail.en", "\"As long as needed.\"",
        "retention.criteria.audit_trail.en: \"As long as needed.\" is not a criterion",
        "what a criterion says");
    row("unknown criterion", "retention.criteria", R"({"voicemail": {"fi": "x"}})",
        "retention.criteria.voicemail: is not a field of the profile");
    row("empty criterion", "retention.criteria", R"({"audit_trail": {}})",
        "retention.criteria.audit_trail: must have a Finnish (\"fi\") or an English (\"en\") "
        "text");
    row("basis without text", "legal_basis[0]", R"({"basis": "contract"})",
        "legal_basis[0]: must have a Finnish (\"fi\") or an English (\"en\") text");
    row("dpo without e-mail", "dpo", R"({"name": "Aino"})", "dpo.email: is missing");
    row("dpo e-mail", "dpo", R"({"name": "Aino", "email": "not an address"})", "dpo.email: ");
    row("no data subjects", "data_subjects", "[]", "data_subjects: must have at least one entry");
    row("e-mail without a domain", "contact.email", "\"privacy@nordichelpdesk\"",
        "contact.email: privacy@nordichelpdesk is not a valid e-mail address");
    row("e-mail with two dots", "contact.email", "\"privacy@nordichelpdesk..example\"",
        "contact.email: privacy@nordichelpdesk..example is not a valid e-mail address",
        "e-mail addresses (only their shape)");
    row("time zone unknown", "time_zone", "\"Mars/Olympus\"",
        "time_zone: Mars/Olympus is not a time zone this system knows",
        "the zones the system knows");
    row("$schema not a text", "$schema", "1", "$schema: must be a text");
    return cases;
}

/// Changes RegisterProfile::parse() accepts (some with a warning): the schema must accept them.
inline QList<ProfileCase> acceptedProfiles()
{
    const auto edit = [](const char* path, const char* value) {
        return ProfileEdit{QString::fromLatin1(path), QByteArray(value)};
    };
    return {
        {QStringLiteral("$schema for editors"),
         {edit("$schema", "\"../../docs/register-profile.schema.json\"")},
         {},
         {}},
        {QStringLiteral("phone region with spaces"), {edit("phone_region", "\" EE \"")}, {}, {}},
        {QStringLiteral("VAT form"), {edit("controller.business_id", "\"FI29876540\"")}, {}, {}},
        {QStringLiteral("VAT form, lower case, spaces"),
         {edit("controller.business_id", "\"fi 2987654 0\"")},
         {},
         {}},
        {QStringLiteral("one language missing"), {edit("purposes[0].en", "")}, {}, {}},
        {QStringLiteral("free requests 2"),
         {edit("rights.free_access_requests_per_year", "2")},
         {},
         {}},
        {QStringLiteral("free requests left out"),
         {edit("rights.free_access_requests_per_year", "")},
         {},
         {}},
        {QStringLiteral("time zone"), {edit("time_zone", "\"Europe/Stockholm\"")}, {}, {}},
        {QStringLiteral("later category left out"),
         {edit("retention.audit_trail_months", ""), edit("retention.criteria", "")},
         {},
         {}},
        {QStringLiteral("criterion for a fixed period"),
         {edit("retention.criteria.recordings",
               R"({"fi": "Poistetaan, kun reklamaatio on käsitelty.",
                   "en": "Deleted once the complaint has been handled."})")},
         {},
         {}},
        {QStringLiteral("recordings 0, none held"),
         {edit("data_categories", R"(["name", "phone", "chat_transcript", "call_metadata"])"),
          edit("retention.recordings_months", "0")},
         {},
         {}},
        {QStringLiteral("recordings 0 with a criterion"),
         {edit("retention.recordings_months", "0"),
          edit(
              "retention.criteria.recordings",
              R"({"en": "Deleted when the complaint it is kept for has been resolved, at the latest two years after the call."})")},
         {},
         {}},
        {QStringLiteral("no holds"),
         {edit("retention.hold_reasons", "[]"), edit("retention.hold_max_months", "0")},
         {},
         {}},
        {QStringLiteral("no recipients, no measures"),
         {edit("recipients", "[]"), edit("security_measures", "[]")},
         {},
         {}},
        {QStringLiteral("e-mail forms"),
         {edit("controller.email", "\"<info@nordichelpdesk.example>\""),
          edit("contact.email", "\"mailto:privacy@nordichelpdesk.example\"")},
         {},
         {}},
        {QStringLiteral("contact phone empty"), {edit("contact.phone", "\"\"")}, {}, {}},
        {QStringLiteral("no transfers"),
         {edit("transfers_outside_eea", "false"), edit("transfers_safeguards", "")},
         {},
         {}},
        {QStringLiteral("automated decisions"),
         {edit("automated_decision_making", "true"),
          edit(
              "automated_decision_details",
              R"({"fi": "Puhelut ohjataan jonoihin automaattisesti.", "en": "Calls are routed to queues automatically."})")},
         {},
         {}},
        {QStringLiteral("a DPO"),
         {edit("dpo", R"({"name": "Aino Kärkkäinen", "email": "dpo@nordichelpdesk.example"})")},
         {},
         {}},
    };
}

} // namespace tallenne::test
