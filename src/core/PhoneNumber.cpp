#include "core/PhoneNumber.h"

#include <array>
#include <unordered_set>

namespace tallenne {

namespace {

constexpr qsizetype kMinNationalDigits = 5;
constexpr qsizetype kMaxE164Digits = 15;
constexpr QStringView kFinland = u"358";

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

std::nullopt_t reject(QString* reason, const QString& message)
{
    if (reason)
        *reason = message;
    return std::nullopt;
}

/// How many digits of a Finnish national significant number form the area or service code,
/// for display. Mobile (04x, 050), corporate and service numbers (010, 020, 029, 030, 0600,
/// 0700, 0800) and two-digit area codes (013–019); otherwise a one-digit area code (09 …).
qsizetype finnishPrefixLength(QStringView nsn)
{
    static const std::array<QStringView, 3> threeDigit = {u"600", u"700", u"800"};
    static const std::array<QStringView, 7> twoDigit = {u"50", u"20", u"29", u"30",
                                                        u"39", u"70", u"75"};
    for (QStringView p : threeDigit) {
        if (nsn.startsWith(p))
            return 3;
    }
    for (QStringView p : twoDigit) {
        if (nsn.startsWith(p))
            return 2;
    }
    if (nsn.startsWith(u'1') || nsn.startsWith(u'4'))
        return 2;
    return 1;
}

} // namespace

int PhoneNumber::countryCodeLength(QStringView digits)
{
    // ITU-T E.164 assigned country codes: 1 and 7 have one digit; these have two; all
    // others three.
    static const std::unordered_set<int> twoDigit = {
        20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54,
        55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98};
    if (digits.startsWith(u'1') || digits.startsWith(u'7'))
        return 1;
    if (digits.size() >= 2 && twoDigit.count(digits.first(2).toInt()) > 0)
        return 2;
    return 3;
}

bool PhoneNumber::isE164(const QString& text)
{
    if (text.size() < 8 || text.size() > kMaxE164Digits + 1 || text.at(0) != u'+' ||
        text.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!isAsciiDigit(text.at(i)))
            return false;
    }
    return true;
}

std::optional<QString> PhoneNumber::toE164(const QString& input, QString* reason)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return reject(reason, tr("the phone number is empty"));

    QString digits;
    bool plus = false;
    int depth = 0;
    bool hadParentheses = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            digits += c;
        } else if (c == u'+' && i == 0) {
            plus = true;
        } else if (c.isSpace() || c == u'-' || c == u'.' || c == u'/') {
            continue;
        } else if (c == u'(' && depth == 0 && !hadParentheses) {
            depth = 1;
            hadParentheses = true;
        } else if (c == u')' && depth == 1) {
            depth = 0;
        } else if (c.isLetter()) {
            return reject(reason, tr("a phone number has no letters"));
        } else if (c == u'(' || c == u')') {
            return reject(reason, tr("the parentheses in the phone number do not match"));
        } else {
            return reject(reason, tr("the phone number has a character that does not belong"));
        }
    }
    if (depth != 0)
        return reject(reason, tr("the parentheses in the phone number do not match"));

    QString international;
    if (plus) {
        if (digits.isEmpty())
            return reject(reason, tr("there are no digits after +"));
        international = digits;
    } else if (digits.startsWith(u"00")) {
        international = digits.sliced(2);
    } else if (digits.startsWith(u'0')) {
        international = kFinland.toString() + digits.sliced(1);
    } else if (digits.isEmpty()) {
        return reject(reason, tr("the phone number has no digits"));
    } else {
        return reject(reason, tr("start the number with 0 (area code) or + or 00 "
                                 "(country code)"));
    }
    if (international.isEmpty() || international.startsWith(u'0'))
        return reject(reason, tr("the country code is missing"));

    const qsizetype ccLength = countryCodeLength(international);
    if (international.startsWith(kFinland)) {
        // `+358 (0)40 …`: the national trunk prefix written after the country code.
        if (international.size() > 3 && international.at(3) == u'0')
            international.remove(3, 1);
        if (international.size() > 3 && international.at(3) == u'0')
            return reject(reason, tr("a Finnish number has one 0 in front of the area code"));
    }
    if (international.size() - ccLength < kMinNationalDigits)
        return reject(reason, tr("the phone number is too short"));
    if (international.size() > kMaxE164Digits)
        return reject(reason, tr("the phone number is too long"));
    return QString(u'+' + international);
}

QString PhoneNumber::formatForDisplay(const QString& e164)
{
    if (!isE164(e164))
        return e164;
    const QStringView digits = QStringView(e164).sliced(1);
    const qsizetype ccLength = countryCodeLength(digits);
    const QStringView cc = digits.first(ccLength);
    const QStringView nsn = digits.sliced(ccLength);
    QString out = u'+' + cc.toString() + u' ';
    if (cc != kFinland) {
        out += nsn;
        return out;
    }
    const qsizetype prefix = qMin(finnishPrefixLength(nsn), nsn.size());
    out += nsn.first(prefix);
    const QStringView rest = nsn.sliced(prefix);
    if (rest.isEmpty())
        return out;
    out += u' ';
    if (rest.size() <= 4) {
        out += rest;
    } else {
        out += rest.first(3);
        out += u' ';
        out += rest.sliced(3);
    }
    return out;
}

} // namespace tallenne
