#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tallenne {

/// Phone numbers in E.164 form (`+358401234567`), with Finland (+358) as the default region.
///
/// Personal data: never log a number; show it masked (Masking::maskPhone) unless the user
/// may see identifiers in clear.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    /// Normalises a number as people write it to E.164.
    ///  - Finnish national form, the leading 0 dropped: `040 123 4567`, `(09) 123 4567`,
    ///    `0203 12345` → `+358401234567`, `+35891234567`, `+35820312345`.
    ///  - International form with `+` or `00`: `+46 8 123 456 78`, `00358 40 123 4567`.
    ///    A trunk 0 after +358 (`+358 (0)40 …`) is dropped.
    ///  - Spaces, hyphens, dots, slashes and one pair of parentheses may separate digits.
    /// Rejected: letters, a lone `+`, a number without 0, + or 00 in front (`358401234567`
    /// could be national or international), fewer than 5 digits after the country code,
    /// and more than 15 digits in all. On failure returns nullopt and, when given, sets
    /// *reason to a short translated phrase that does not repeat the number.
    [[nodiscard]] static std::optional<QString> toE164(const QString& input,
                                                       QString* reason = nullptr);

    /// Groups an E.164 number for reading: Finnish numbers as `+358 40 123 4567`,
    /// `+358 9 123 4567`, `+358 20 312 345`; other countries as `+46 812345678` (country
    /// code apart, the rest as it is). Anything that is not `+` and 7–15 digits is returned
    /// unchanged.
    [[nodiscard]] static QString formatForDisplay(const QString& e164);

    /// True for `+` followed by 7–15 ASCII digits, the first not 0.
    [[nodiscard]] static bool isE164(const QString& text);

    /// The length of the country code at the start of E.164 digits (without `+`): 1, 2 or 3,
    /// from the ITU assignment of country codes (which form a prefix-free code).
    [[nodiscard]] static int countryCodeLength(QStringView digits);
};

} // namespace tallenne
