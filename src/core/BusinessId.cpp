#include "core/BusinessId.h"

#include <array>

namespace tallenne {

namespace {

constexpr std::array<int, 7> kWeights = {7, 9, 10, 5, 8, 4, 2};

bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

std::nullopt_t reject(QString* reason, const QString& message)
{
    if (reason)
        *reason = message;
    return std::nullopt;
}

} // namespace

std::optional<int> BusinessId::checkDigit(QStringView sevenDigits)
{
    if (sevenDigits.size() != 7 || !isAsciiDigits(sevenDigits))
        return std::nullopt;
    int sum = 0;
    for (qsizetype i = 0; i < 7; ++i)
        sum += (sevenDigits.at(i).unicode() - u'0') * kWeights[static_cast<size_t>(i)];
    const int remainder = sum % 11;
    if (remainder == 0)
        return 0;
    if (remainder == 1)
        return std::nullopt;
    return 11 - remainder;
}

QString BusinessId::withCheckDigit(QStringView sevenDigits)
{
    const std::optional<int> check = checkDigit(sevenDigits);
    if (!check)
        return {};
    return sevenDigits.toString() + u'-' + QString::number(*check);
}

std::optional<BusinessId> BusinessId::parse(const QString& text, QString* reason)
{
    const QString id = text.trimmed();
    if (id.isEmpty())
        return reject(reason, tr("the business ID is empty"));
    const QStringView view(id);
    if (id.size() != 9 || id.at(7) != u'-' || !isAsciiDigits(view.first(7)) ||
        !isAsciiDigits(view.last(1)))
        return reject(reason, tr("a business ID is seven digits, a hyphen and a check digit"));
    const std::optional<int> check = checkDigit(view.first(7));
    if (!check)
        return reject(reason, tr("no business ID has these seven digits"));
    if (view.last(1).toInt() != *check)
        return reject(reason, tr("the check digit should be %1").arg(*check));
    return BusinessId(id);
}

} // namespace tallenne
