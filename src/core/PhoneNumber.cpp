#include "core/PhoneNumber.h"

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace tallenne {

namespace {

namespace lpn = i18n::phonenumbers;
using Util = lpn::PhoneNumberUtil;

/// The longest digit string worth handing to libphonenumber: an international call prefix of
/// up to five digits and the 15 digits of E.164.
constexpr qsizetype kMaxInputDigits = 20;

/// libphonenumber's singleton, with its logging silenced: its messages may quote input.
const Util& util()
{
    static const Util* const instance = [] {
        Util* u = Util::GetInstance();
        u->SetLogger(new lpn::NullLogger()); // takes ownership
        return u;
    }();
    return *instance;
}

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

/// The number part of the input, with what its wrapper says about it.
struct Unwrapped
{
    QString text;
    bool messaging = false;
    bool internationalOnly = false; ///< WhatsApp ids: the digits are always international
    QString region;                 ///< from a tel: URI's phone-context, else empty
};

bool takePrefix(QString& text, QLatin1StringView prefix)
{
    if (!text.startsWith(prefix, Qt::CaseInsensitive))
        return false;
    text.remove(0, prefix.size());
    return true;
}

bool takeSuffix(QString& text, QLatin1StringView suffix)
{
    if (!text.endsWith(suffix, Qt::CaseInsensitive))
        return false;
    text.chop(suffix.size());
    return true;
}

/// Removes a WhatsApp or tel: wrapper. A plain number comes back as it was.
std::optional<Unwrapped> unwrap(const QString& input, QString* reason)
{
    Unwrapped out;
    QString text = input;
    if (takePrefix(text, QLatin1StringView("tel:"))) {
        // RFC 3966: tel:number;param=value… The visual separators are ours as well.
        out.messaging = true;
        const QStringList parts = text.split(u';');
        out.text = parts.first().trimmed();
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString name = parts.at(i).section(u'=', 0, 0).trimmed().toLower();
            const QString value = parts.at(i).section(u'=', 1).trimmed();
            if (name == QLatin1String("ext") || name == QLatin1String("isub"))
                return reject(reason, PhoneNumber::tr("the number has an extension"));
            if (name == QLatin1String("phone-context") && value.startsWith(u'+')) {
                bool ok = false;
                const int code = value.sliced(1).remove(u'-').toInt(&ok);
                std::string region;
                util().GetRegionCodeForCountryCode(ok ? code : 0, &region);
                if (!ok || region == "ZZ" || region == "001")
                    return reject(reason, PhoneNumber::tr("the phone-context of the tel: "
                                                          "address is not a country code"));
                out.region = QString::fromStdString(region);
            }
        }
        return out;
    }

    bool whatsApp = takePrefix(text, QLatin1StringView("whatsapp:"));
    // A WhatsApp id (JID): the number, maybe a device after a colon, and the server.
    if (takeSuffix(text, QLatin1StringView("@s.whatsapp.net")) ||
        takeSuffix(text, QLatin1StringView("@c.us"))) {
        whatsApp = true;
        const qsizetype colon = text.indexOf(u':');
        if (colon >= 0)
            text.truncate(colon);
    }
    // A click-to-chat link: wa.me/358401112241, maybe with a scheme, www. and a ?text=.
    QString link = text;
    if (!takePrefix(link, QLatin1StringView("https://")))
        takePrefix(link, QLatin1StringView("http://"));
    takePrefix(link, QLatin1StringView("www."));
    if (takePrefix(link, QLatin1StringView("wa.me/"))) {
        whatsApp = true;
        qsizetype end = 0;
        while (end < link.size() && link.at(end) != u'/' && link.at(end) != u'?' &&
               link.at(end) != u'#')
            ++end;
        text = link.first(end);
    }
    out.text = text.trimmed();
    out.messaging = whatsApp;
    out.internationalOnly = whatsApp;
    return out;
}

/// The digits of a number as people write it, and whether it began with `+`.
struct Digits
{
    QString digits;
    bool plus = false;
};

std::optional<Digits> digitsOf(const QString& text, QString* reason)
{
    Digits out;
    int depth = 0;
    bool hadParentheses = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            out.digits += c;
        } else if (c == u'+' && i == 0) {
            out.plus = true;
        } else if (c.isSpace() || c == u'-' || c == u'.' || c == u'/') {
            continue;
        } else if (c == u'(' && depth == 0 && !hadParentheses) {
            depth = 1;
            hadParentheses = true;
        } else if (c == u')' && depth == 1) {
            depth = 0;
        } else if (c.isLetter()) {
            return reject(reason, PhoneNumber::tr("a phone number has no letters"));
        } else if (c == u'(' || c == u')') {
            return reject(reason,
                          PhoneNumber::tr("the parentheses in the phone number do not match"));
        } else if (c == u'+') {
            return reject(reason, PhoneNumber::tr("a + belongs only at the start of the number"));
        } else {
            return reject(reason,
                          PhoneNumber::tr("the phone number has a character that does not belong"));
        }
    }
    if (depth != 0)
        return reject(reason, PhoneNumber::tr("the parentheses in the phone number do not match"));
    if (out.digits.isEmpty())
        return reject(reason, out.plus ? PhoneNumber::tr("there are no digits after +")
                                       : PhoneNumber::tr("the phone number has no digits"));
    if (out.digits.size() > kMaxInputDigits)
        return reject(reason, PhoneNumber::tr("the phone number is too long"));
    return out;
}

QString parseErrorReason(Util::ErrorType error)
{
    switch (error) {
    case Util::INVALID_COUNTRY_CODE_ERROR:
        return PhoneNumber::tr("the country code does not exist");
    case Util::TOO_SHORT_AFTER_IDD:
        return PhoneNumber::tr("the number after the international call prefix is too short");
    case Util::TOO_SHORT_NSN:
        return PhoneNumber::tr("the phone number is too short");
    case Util::TOO_LONG_NSN:
        return PhoneNumber::tr("the phone number is too long");
    case Util::NOT_A_NUMBER:
    case Util::NO_PARSING_ERROR:
        break;
    }
    return PhoneNumber::tr("this is not a phone number");
}

/// Why a parsed number is not valid, without repeating it.
QString invalidReason(const lpn::PhoneNumber& number)
{
    switch (util().IsPossibleNumberWithReason(number)) {
    case Util::TOO_SHORT:
        return PhoneNumber::tr("the phone number is too short");
    case Util::TOO_LONG:
        return PhoneNumber::tr("the phone number is too long");
    case Util::INVALID_COUNTRY_CODE:
        return PhoneNumber::tr("the country code does not exist");
    case Util::INVALID_LENGTH:
        return PhoneNumber::tr("no number under country code +%1 has this many digits")
            .arg(number.country_code());
    case Util::IS_POSSIBLE:
    case Util::IS_POSSIBLE_LOCAL_ONLY:
        break;
    }
    return PhoneNumber::tr("no number in use under country code +%1 has this form")
        .arg(number.country_code());
}

std::optional<lpn::PhoneNumber> parseInternational(const QString& digits,
                                                   Util::ErrorType* error = nullptr)
{
    lpn::PhoneNumber number;
    // Built in one QString: GCC 12 at -O3 warns (-Wrestrict, a known false positive) on
    // "+" + std::string.
    const Util::ErrorType e =
        util().Parse((QLatin1Char('+') + digits).toStdString(), "ZZ", &number);
    if (error)
        *error = e;
    if (e != Util::NO_PARSING_ERROR)
        return std::nullopt;
    return number;
}

bool isValid(const std::optional<lpn::PhoneNumber>& number)
{
    return number && !number->has_extension() && util().IsValidNumber(*number);
}

/// True when something, the trunk prefix, stood between the country code and the national
/// number in `digits` (which end with them): `3580401112241`, `003580401112241`.
bool trunkAfterCountryCode(const QString& digits, const lpn::PhoneNumber& number)
{
    std::string nsn;
    util().GetNationalSignificantNumber(number, &nsn);
    return !digits.endsWith(QString::number(number.country_code()) + QString::fromStdString(nsn));
}

PhoneType typeOf(const lpn::PhoneNumber& number)
{
    switch (util().GetNumberType(number)) {
    case Util::MOBILE:
        return PhoneType::Mobile;
    case Util::FIXED_LINE:
        return PhoneType::FixedLine;
    case Util::FIXED_LINE_OR_MOBILE:
        return PhoneType::FixedLineOrMobile;
    case Util::TOLL_FREE:
        return PhoneType::TollFree;
    case Util::PREMIUM_RATE:
        return PhoneType::PremiumRate;
    case Util::SHARED_COST:
        return PhoneType::SharedCost;
    case Util::VOIP:
        return PhoneType::Voip;
    case Util::PERSONAL_NUMBER:
        return PhoneType::PersonalNumber;
    case Util::PAGER:
        return PhoneType::Pager;
    case Util::UAN:
        return PhoneType::Uan;
    case Util::VOICEMAIL:
        return PhoneType::Voicemail;
    case Util::UNKNOWN:
        break;
    }
    return PhoneType::Unknown;
}

QString e164Of(const lpn::PhoneNumber& number)
{
    std::string out;
    util().Format(number, Util::E164, &out);
    return QString::fromStdString(out);
}

/// The chosen reading before it becomes a PhoneReading.
struct Choice
{
    lpn::PhoneNumber number;
    PhoneForm form = PhoneForm::International;
    std::optional<lpn::PhoneNumber> alternative;
};

/// Digits written after `+` or known to be international (WhatsApp ids).
std::optional<Choice> chooseInternational(const Digits& d, QString* reason)
{
    Util::ErrorType error = Util::NO_PARSING_ERROR;
    const auto number = parseInternational(d.digits, &error);
    if (!number)
        return reject(reason, parseErrorReason(error));
    if (!isValid(number))
        return reject(reason, invalidReason(*number));
    const PhoneForm form =
        trunkAfterCountryCode(d.digits, *number)
            ? PhoneForm::NationalTrunkAfterCountryCode
            : (d.plus ? PhoneForm::International : PhoneForm::InternationalWithoutPlus);
    return Choice{*number, form, std::nullopt};
}

/// Digits without `+`: an international call prefix of the region, a national number, or an
/// international number without `+` (the ambiguous rule of PhoneNumber::read).
std::optional<Choice> chooseUnprefixed(const Digits& d, const QString& region, QString* reason)
{
    lpn::PhoneNumber parsed;
    const Util::ErrorType error =
        util().ParseAndKeepRawInput(d.digits.toStdString(), region.toStdString(), &parsed);
    if (error != Util::NO_PARSING_ERROR)
        return reject(reason, parseErrorReason(error));

    if (parsed.country_code_source() == lpn::PhoneNumber::FROM_NUMBER_WITH_IDD) {
        if (!isValid(parsed))
            return reject(reason, invalidReason(parsed));
        return Choice{parsed,
                      trunkAfterCountryCode(d.digits, parsed)
                          ? PhoneForm::NationalTrunkAfterCountryCode
                          : PhoneForm::International,
                      std::nullopt};
    }

    // The national reading. libphonenumber itself takes digits that start with the region's
    // country code as international when the rest is valid and the whole does not fit the
    // plan; the plain national reading of the same digits is checked here all the same.
    std::optional<lpn::PhoneNumber> national;
    if (parsed.country_code_source() == lpn::PhoneNumber::FROM_DEFAULT_COUNTRY) {
        national = parsed;
    } else if (d.digits.size() <= 17) {
        lpn::PhoneNumber n;
        n.set_country_code(util().GetCountryCodeForRegion(region.toStdString()));
        n.set_national_number(d.digits.toULongLong());
        national = n;
    }
    // The international reading: no country code begins with 0.
    const std::optional<lpn::PhoneNumber> international =
        d.digits.startsWith(u'0') ? std::nullopt : parseInternational(d.digits);

    const bool nationalValid = isValid(national);
    const bool internationalValid =
        isValid(international) &&
        !(nationalValid && util().IsNumberMatch(*national, *international) == Util::EXACT_MATCH);
    if (nationalValid)
        return Choice{*national, PhoneForm::National,
                      internationalValid ? international : std::nullopt};
    if (internationalValid)
        return Choice{*international,
                      trunkAfterCountryCode(d.digits, *international)
                          ? PhoneForm::NationalTrunkAfterCountryCode
                          : PhoneForm::InternationalWithoutPlus,
                      std::nullopt};
    // 00 is the international call prefix nearly everywhere, also where the region's own is
    // another (011 in the US).
    if (d.digits.startsWith(u"00")) {
        const auto afterPrefix = parseInternational(d.digits.sliced(2));
        if (isValid(afterPrefix))
            return Choice{*afterPrefix,
                          trunkAfterCountryCode(d.digits, *afterPrefix)
                              ? PhoneForm::NationalTrunkAfterCountryCode
                              : PhoneForm::International,
                          std::nullopt};
    }
    return reject(reason, invalidReason(parsed));
}

} // namespace

QString PhoneNumber::defaultRegion()
{
    return QStringLiteral("FI");
}

bool PhoneNumber::isKnownRegion(const QString& region)
{
    if (region.size() != 2 || !region.at(0).isUpper() || !region.at(1).isUpper() ||
        region.at(0).unicode() > 0x7f || region.at(1).unicode() > 0x7f)
        return false;
    return util().GetCountryCodeForRegion(region.toStdString()) != 0;
}

std::optional<PhoneReading> PhoneNumber::read(const QString& input, const QString& defaultRegion,
                                              QString* reason)
{
    if (!isKnownRegion(defaultRegion))
        return reject(reason, tr("the default region is not a region code libphonenumber knows"));
    const QString text = input.trimmed();
    if (text.isEmpty())
        return reject(reason, tr("the phone number is empty"));
    const auto unwrapped = unwrap(text, reason);
    if (!unwrapped)
        return std::nullopt;
    const auto digits = digitsOf(unwrapped->text, reason);
    if (!digits)
        return std::nullopt;
    const QString region = unwrapped->region.isEmpty() ? defaultRegion : unwrapped->region;
    const auto choice = digits->plus || unwrapped->internationalOnly
                            ? chooseInternational(*digits, reason)
                            : chooseUnprefixed(*digits, region, reason);
    if (!choice)
        return std::nullopt;

    PhoneReading out;
    out.e164 = e164Of(choice->number);
    out.form = unwrapped->messaging ? PhoneForm::Messaging : choice->form;
    std::string numberRegion;
    util().GetRegionCodeForNumber(choice->number, &numberRegion);
    out.region = QString::fromStdString(numberRegion);
    out.type = typeOf(choice->number);
    if (choice->alternative) {
        out.ambiguous = true;
        out.alternative = e164Of(*choice->alternative);
    }
    return out;
}

QString PhoneNumber::describe(const PhoneReading& reading)
{
    QString how;
    switch (reading.form) {
    case PhoneForm::International:
        how = tr("read as an international number");
        break;
    case PhoneForm::InternationalWithoutPlus:
        how = tr("read as international without + or 00");
        break;
    case PhoneForm::National:
        how = tr("read as a national number of %1").arg(reading.region);
        break;
    case PhoneForm::NationalTrunkAfterCountryCode:
        how = tr("read as international, without the trunk prefix written after the country "
                 "code");
        break;
    case PhoneForm::Messaging:
        how = tr("read from a messaging id or a tel: address");
        break;
    }
    if (!reading.ambiguous)
        return how;
    return tr("ambiguous: also a valid number as %1; %2: %3")
        .arg(formatForDisplay(reading.alternative), how, formatForDisplay(reading.e164));
}

std::optional<QString> PhoneNumber::toE164(const QString& input, QString* reason)
{
    return toE164(input, defaultRegion(), reason);
}

std::optional<QString> PhoneNumber::toE164(const QString& input, const QString& defaultRegion,
                                           QString* reason)
{
    const auto reading = read(input, defaultRegion, reason);
    if (!reading)
        return std::nullopt;
    return reading->e164;
}

int PhoneNumber::countryCodeLength(QStringView digits)
{
    for (int length = 1; length <= 3 && length <= digits.size(); ++length) {
        bool ok = false;
        const int code = digits.first(length).toInt(&ok);
        if (!ok || code == 0)
            break;
        std::string region;
        util().GetRegionCodeForCountryCode(code, &region);
        if (region != "ZZ")
            return length;
    }
    return 3;
}

bool PhoneNumber::isE164(const QString& text)
{
    if (text.size() < 8 || text.size() > 16 || text.at(0) != u'+' || text.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!isAsciiDigit(text.at(i)))
            return false;
    }
    return true;
}

QString PhoneNumber::formatForDisplay(const QString& e164)
{
    if (!isE164(e164))
        return e164;
    lpn::PhoneNumber number;
    if (util().Parse(e164.toStdString(), "ZZ", &number) != Util::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util().Format(number, Util::INTERNATIONAL, &formatted);
    const QString out = QString::fromStdString(formatted);
    // Masking counts on the display holding exactly the digits of the E.164 form, in order.
    QString digits = QStringLiteral("+");
    for (QChar c : out) {
        if (isAsciiDigit(c))
            digits += c;
    }
    return digits == e164 ? out : e164;
}

} // namespace tallenne
