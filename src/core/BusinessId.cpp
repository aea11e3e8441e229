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
    QString id;
    for (QChar c : text) {
        if (!c.isSpace())
            id += c.toUpper();
    }
    if (id.isEmpty())
        return reject(reason, tr("the business ID is empty"));
    // The VAT number form: FI and the eight digits without the hyphen.
    const bool vatForm = id.startsWith(u"FI");
    QStringView view(id);
    if (vatForm)
        view = view.sliced(2);
    QStringView body;
    QStringView check;
    const qsizetype hyphen = view.indexOf(u'-');
    if (hyphen >= 0) {
        body = view.first(hyphen);
        check = view.sliced(hyphen + 1);
    } else if (vatForm && !view.isEmpty()) {
        body = view.first(view.size() - 1);
        check = view.last(1);
    }
    if ((body.size() != 6 && body.size() != 7) || check.size() != 1 || !isAsciiDigits(body) ||
        !isAsciiDigits(check))
        return reject(reason, tr("a business ID is seven digits, a hyphen and a check digit"));
    const QString digits = body.size() == 6 ? u'0' + body.toString() : body.toString();
    const std::optional<int> expected = checkDigit(digits);
    if (!expected)
        return reject(reason, tr("no business ID has these seven digits"));
    if (check.toInt() != *expected)
        return reject(reason, tr("the check digit should be %1").arg(*expected));
    return BusinessId(digits + u'-' + check.toString());
}

} // namespace tallenne
