#include "core/IdentityCode.h"

#include <utility>

namespace tallenne {

namespace {

constexpr QStringView kCheckCharacters = u"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// The first year of the century a sign stands for, or 0 for an unknown sign.
int centuryStart(QChar sign)
{
    switch (sign.unicode()) {
    case u'+':
        return 1800;
    case u'-':
    case u'Y':
    case u'X':
    case u'W':
    case u'V':
    case u'U':
        return 1900;
    case u'A':
    case u'B':
    case u'C':
    case u'D':
    case u'E':
    case u'F':
        return 2000;
    default:
        return 0;
    }
}

bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

std::nullopt_t reject(QString* reason, const QString& message)
{
    if (reason)
        *reason = message;
    return std::nullopt;
}

} // namespace

IdentityCode::IdentityCode(QString code, QDate birthDate, int individual)
    : m_code(std::move(code)), m_birthDate(birthDate), m_individual(individual)
{}

bool IdentityCode::isCenturySign(QChar c)
{
    return centuryStart(c) != 0;
}

QChar IdentityCode::checkCharacter(QStringView nineDigits)
{
    if (nineDigits.size() != 9 || !isAsciiDigits(nineDigits))
        return {};
    // Nine digits fit an int (at most 999 999 999).
    const int value = nineDigits.toInt();
    return kCheckCharacters.at(value % 31);
}

std::optional<IdentityCode> IdentityCode::parse(const QString& text, QString* reason)
{
    const QString code = text.trimmed().toUpper();
    if (code.isEmpty())
        return reject(reason, tr("the identity code is empty"));
    if (code.size() != 11)
        return reject(reason, tr("an identity code has 11 characters"));
    const QStringView view(code);
    const QStringView datePart = view.first(6);
    const QStringView individualPart = view.sliced(7, 3);
    if (!isAsciiDigits(datePart))
        return reject(reason, tr("the first six characters should be the birth date DDMMYY"));
    const int century = centuryStart(code.at(6));
    if (century == 0)
        return reject(reason, tr("the seventh character should be a century sign "
                                 "(+, -, Y, X, W, V, U or A–F)"));
    if (!isAsciiDigits(individualPart))
        return reject(reason, tr("characters 8–10 should be the individual number"));
    const QDate birth(century + datePart.sliced(4, 2).toInt(), datePart.sliced(2, 2).toInt(),
                      datePart.first(2).toInt());
    if (!birth.isValid())
        return reject(reason, tr("the birth date does not exist"));
    const int individual = individualPart.toInt();
    if (individual < 2)
        return reject(reason, tr("the individual numbers 000 and 001 are not in use"));
    QString digits = datePart.toString();
    digits += individualPart;
    const QChar expected = checkCharacter(digits);
    if (code.at(10) != expected)
        return reject(reason, tr("the check character should be %1").arg(expected));
    return IdentityCode(code, birth, individual);
}

QString IdentityCode::generate(QDate birth, int individual, QChar centurySign)
{
    const QChar sign = centurySign.toUpper();
    const int century = centuryStart(sign);
    if (!birth.isValid() || century == 0 || birth.year() < century ||
        birth.year() >= century + 100 || individual < 2 || individual > 999)
        return {};
    const QString digits = birth.toString(u"ddMMyy");
    const QString number = QStringLiteral("%1").arg(individual, 3, 10, QLatin1Char('0'));
    return digits + sign + number + checkCharacter(QString(digits + number));
}

} // namespace tallenne
