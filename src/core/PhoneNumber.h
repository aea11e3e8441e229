#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tallenne {

/// How an input was read: for the import report and for search feedback.
enum class PhoneForm
{
    International,                 ///< `+…`, or `00…` (an international call prefix)
    InternationalWithoutPlus,      ///< `358401112241`
    National,                      ///< `040 111 2241`, in the default region
    NationalTrunkAfterCountryCode, ///< `+358 (0)40…`: the trunk prefix after the country code
    Messaging, ///< `whatsapp:+…`, `358…@s.whatsapp.net`, `…@c.us`, `wa.me/…`, `tel:…` URIs
};

/// What kind of line a number belongs to, from libphonenumber's metadata.
enum class PhoneType
{
    Mobile,
    FixedLine,
    FixedLineOrMobile, ///< the numbering plan does not tell them apart (e.g. the US)
    TollFree,
    PremiumRate,
    SharedCost,
    Voip,
    PersonalNumber,
    Pager,
    Uan, ///< universal access number (Finnish corporate numbers 010, 020, 029)
    Voicemail,
    Unknown,
};

/// A number read from input: its E.164 form and how it was read.
struct PhoneReading
{
    QString e164; ///< +358401112241
    PhoneForm form = PhoneForm::International;
    QString region; ///< ISO 3166 region of the number, e.g. "FI" ("001" for non-geographic)
    PhoneType type = PhoneType::Unknown;
    bool ambiguous =
        false; ///< the input could also have been read another way (describe() says which)
    QString alternative; ///< the other reading's E.164 when ambiguous
};

/// Phone numbers in E.164 form (`+358401112241`), read and formatted with Google's
/// libphonenumber (its metadata decides which numbers are valid, their type and grouping).
///
/// Personal data: never log a number; show it masked (Masking::maskPhone) unless the user
/// may see identifiers in clear.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    /// The region used when no other is given: Finland. A register profile may set another
    /// ("phone_region").
    [[nodiscard]] static QString defaultRegion();

    /// True for an ISO 3166-1 alpha-2 code in capitals that libphonenumber has a numbering
    /// plan for ("FI", "SE"; not "fi", "ZZ" or "XK"-like codes it does not know).
    [[nodiscard]] static bool isKnownRegion(const QString& region);

    /// Reads a phone number as people and trunks write it. `defaultRegion` is an ISO 3166-1
    /// alpha-2 code ("FI"); it decides national forms.
    ///
    /// Accepted: spaces (also no-break spaces and tabs), hyphens, dots, slashes and one pair
    /// of parentheses between digits; a leading `+` or an international call prefix of the
    /// region (`00`; in Finland also `99x`); a trunk prefix after the country code
    /// (`+358 (0)40 …`, `+358 040 …`); national numbers with or without the trunk prefix
    /// (`040 111 2241`, `40 111 2241`); international numbers without `+` or `00`
    /// (`358401112241`, `46812345678`) when they are valid only as such; WhatsApp ids
    /// (`whatsapp:+358…`, `358…@s.whatsapp.net`, `358…:12@s.whatsapp.net`, `358…@c.us`,
    /// `wa.me/358…`, also with `https://`), whose digits are always international; and tel:
    /// URIs (RFC 3966: `tel:+358-40-111-2241`, or a local number with
    /// `;phone-context=+358`).
    ///
    /// Rejected, with a short translated *reason that never repeats the number: letters
    /// (vanity numbers), any other character, a second `+`, unbalanced or nested
    /// parentheses, an extension (`;ext=` in a tel: URI), and every number that
    /// libphonenumber does not find *valid* (not merely possible) for its region: too short,
    /// too long, an unknown country code, a range not in use. Short codes and extensions
    /// (`112`, `201`) are therefore not phone numbers; what to do with them is the caller's
    /// decision.
    ///
    /// **Ambiguous digit strings.** Digits with neither `+`, `00` nor the trunk prefix may be
    /// a national number of the default region written without its trunk prefix, or an
    /// international number without `+`: `4791102413` is `+358 47 91102413` (a Finnish mobile
    /// number without its 0) and also `+47 911 02 413` (a Norwegian one). The reading that
    /// libphonenumber finds valid wins. When both are valid, the **national** reading wins,
    /// the result is marked `ambiguous` and `alternative` holds the international reading:
    ///  - most people a register records live in its region, so a domestic number is the
    ///    likelier of two valid readings;
    ///  - it is libphonenumber's own rule for the region's country code: it strips a leading
    ///    `358` only when the digits do not already fit the Finnish numbering plan;
    ///  - it never turns a domestic caller into a foreigner; a trunk that sends foreign
    ///    numbers without `+` sends the domestic ones with the country code too, so an
    ///    importer that sees such a file can prefer `alternative` for the whole file.
    /// Searches look for both readings (BrowseService, SubjectService).
    [[nodiscard]] static std::optional<PhoneReading>
    read(const QString& input, const QString& defaultRegion, QString* reason = nullptr);

    /// A translated phrase for an import report or search feedback: "read as international
    /// without + or 00", "read as a national number of FI", and for an ambiguous reading
    /// "ambiguous: also a valid number as +47 911 02 413; read as a national number of FI:
    /// +358 47 91102413". An ambiguous description holds both numbers: personal data, shown
    /// only to those who may see the number.
    [[nodiscard]] static QString describe(const PhoneReading& reading);

    /// The E.164 form of read(input, defaultRegion()), or nullopt with *reason.
    [[nodiscard]] static std::optional<QString> toE164(const QString& input,
                                                       QString* reason = nullptr);
    /// The E.164 form of read(input, defaultRegion), or nullopt with *reason.
    [[nodiscard]] static std::optional<QString>
    toE164(const QString& input, const QString& defaultRegion, QString* reason = nullptr);

    /// Groups an E.164 number for reading in libphonenumber's international format:
    /// `+358 40 1112241`, `+358 9 1234567`, `+46 8 123 456 78`, `+1 212-555-0100`. Anything
    /// that is not `+` and 7–15 digits is returned unchanged.
    [[nodiscard]] static QString formatForDisplay(const QString& e164);

    /// True for `+` followed by 7–15 ASCII digits, the first not 0.
    [[nodiscard]] static bool isE164(const QString& text);

    /// The length of the country code at the start of E.164 digits (without `+`): 1, 2 or 3,
    /// from libphonenumber's list of country calling codes (which form a prefix-free code);
    /// 3 when no assigned code starts the digits.
    [[nodiscard]] static int countryCodeLength(QStringView digits);
};

} // namespace tallenne
