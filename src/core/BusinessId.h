#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace tallenne {

/// A Finnish business ID (Y-tunnus), `NNNNNNN-C`, e.g. `1761337-2`.
///
/// Strict: only the seven-digit form is accepted. We have no official rule for padding a
/// six-digit form with a leading zero, and guessing could attach data to the wrong company.
class BusinessId
{
    Q_DECLARE_TR_FUNCTIONS(BusinessId)

public:
    /// Checks the format `NNNNNNN-C` and the check digit; surrounding whitespace is ignored.
    /// On failure returns nullopt and, when given, sets *reason to a short translated phrase.
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
