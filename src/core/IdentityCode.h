#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace tallenne {

/// A Finnish personal identity code (henkilötunnus), `DDMMYYCZZZQ`, e.g. `131052-308T`.
///
/// Personal data: never log it or put it in an error message; show it masked
/// (Masking::maskIdentityCode) unless the user may see identifiers in clear.
class IdentityCode
{
    Q_DECLARE_TR_FUNCTIONS(IdentityCode)

public:
    /// Checks the format, the century sign (all signs in use since 2023), that the date
    /// exists, the individual number and the check character. Surrounding whitespace is
    /// ignored and lower case is accepted. On failure returns nullopt and, when given, sets
    /// *reason to a short translated phrase that does not repeat the code.
    [[nodiscard]] static std::optional<IdentityCode> parse(const QString& text,
                                                           QString* reason = nullptr);

    /// A valid code for demo and test data. `centurySign` must belong to the century of
    /// `birth` (`+` 1800s; `-`, Y, X, W, V, U 1900s; A–F 2000s) and `individual` be 2–999.
    /// Returns an empty string when they are not.
    [[nodiscard]] static QString generate(QDate birth, int individual, QChar centurySign);

    /// The check character for the nine digits DDMMYYZZZ, or a null QChar if they are not
    /// nine ASCII digits.
    [[nodiscard]] static QChar checkCharacter(QStringView nineDigits);

    /// True for the century signs in use: `+`, `-`, Y, X, W, V, U and A–F (upper case).
    [[nodiscard]] static bool isCenturySign(QChar c);

    [[nodiscard]] QDate birthDate() const { return m_birthDate; }
    [[nodiscard]] int individualNumber() const { return m_individual; }
    /// 900–999: a temporary code, given e.g. by a hospital before the permanent one.
    [[nodiscard]] bool isTemporary() const { return m_individual >= 900; }
    [[nodiscard]] QChar centurySign() const { return m_code.at(6); }
    /// The code in upper case, as written in the population register.
    [[nodiscard]] QString normalised() const { return m_code; }

    friend bool operator==(const IdentityCode&, const IdentityCode&) = default;

private:
    IdentityCode(QString code, QDate birthDate, int individual);

    QString m_code;
    QDate m_birthDate;
    int m_individual = 0;
};

} // namespace tallenne
