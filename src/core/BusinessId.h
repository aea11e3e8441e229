#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace tallenne {

/// A Finnish business ID (Y-tunnus), `NNNNNNN-C`, e.g. `1761337-2`.
///
/// The check digit (PRH / YTJ, the business information system): the seven digits are
/// weighted 7, 9, 10, 5, 8, 4, 2 from the left and summed; r = sum mod 11; r = 0 gives 0,
/// r = 1 is never issued, otherwise the check digit is 11 - r.
///
/// IDs issued with six digits are written today with a 0 in front (`737546-2` is
/// `0737546-2`). Padding is safe: the 0 takes the first place, weight 7, and adds 0 × 7 = 0
/// to the sum, so the padded seven digits have exactly the check digit the six carried, and a
/// six-digit ID with a wrong check digit stays wrong. No other digit is ever guessed.
class BusinessId
{
    Q_DECLARE_TR_FUNCTIONS(BusinessId)

public:
    /// Checks the form and the check digit and returns the ID as `NNNNNNN-C`. Accepted:
    /// `0737546-2`; six digits (`737546-2`, padded); the VAT number form `FI07375462`, also
    /// with seven digits (`FI7375462`), lower-case `fi` or a hyphen (`FI0737546-2`); spaces
    /// anywhere. Digits without `FI` need the hyphen (`07375462` alone could be anything). On
    /// failure returns nullopt and, when given, sets *reason to a short translated phrase.
    [[nodiscard]] static std::optional<BusinessId> parse(const QString& text,
                                                         QString* reason = nullptr);

    /// The check digit for seven ASCII digits, or nullopt when the input is not seven digits
    /// or no check digit exists for it (weighted sum mod 11 is 1: such numbers are not issued).
    [[nodiscard]] static std::optional<int> checkDigit(QStringView sevenDigits);

    /// `NNNNNNN-C` for seven digits, or an empty string when checkDigit() has none.
    [[nodiscard]] static QString withCheckDigit(QStringView sevenDigits);

    [[nodiscard]] QString toString() const { return m_id; }

    friend bool operator==(const BusinessId&, const BusinessId&) = default;

private:
    explicit BusinessId(QString id) : m_id(std::move(id)) {}

    QString m_id;
};

} // namespace tallenne
