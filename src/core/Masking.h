#pragma once

#include <QString>

namespace tallenne {

/// Masked forms of personal identifiers, for users who may not see them in clear and for
/// anything that leaves the register, such as reports. Each function fails closed: input it
/// does not recognise comes back as `***`, never as it was.
class Masking
{
public:
    /// `+358401234567` → `+358 40 *****67`: the display form (PhoneNumber::formatForDisplay)
    /// with the country code, the first two and the last two digits of the national number
    /// (only the last two when it has fewer than 7 digits) and every other digit hidden.
    [[nodiscard]] static QString maskPhone(const QString& e164);

    /// `131052-308T` → `131052-****`: the birth date and century sign stay.
    [[nodiscard]] static QString maskIdentityCode(const QString& code);

    /// `Matti Meikäläinen` → `M. M.`, `Anna-Liisa Virtanen` → `A.-L. V.`.
    [[nodiscard]] static QString maskName(const QString& name);

    /// `matti.m@example.fi` → `m***@example.fi`: the first character and the domain.
    [[nodiscard]] static QString maskEmail(const QString& email);

    /// What every function returns for input it does not recognise.
    [[nodiscard]] static QString unrecognised();
};

} // namespace tallenne
