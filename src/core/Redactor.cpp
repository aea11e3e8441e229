#include "core/Redactor.h"

#include "core/BusinessId.h"
#include "core/Email.h"
#include "core/IdentityCode.h"
#include "core/Masking.h"
#include "core/PhoneNumber.h"

#include <QHash>
#include <QRegularExpression>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace tallenne {

namespace {

namespace lpn = i18n::phonenumbers;
using Kind = RedactedSpan::Kind;

/// What a found span becomes in the working copy of the text: a character that is no letter,
/// digit, separator or punctuation of any kind looked for, so it ends every later candidate.
constexpr QChar kBlank(0xFFFC);

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// The dashes phones and word processors type for a hyphen.
QString withPlainHyphens(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x2010 && u <= 0x2013) || u == 0x2212)
            c = u'-';
    }
    return text;
}

/// The text being searched: found spans are blanked in `work` (same length, so positions
/// stay those of the original) and collected in `spans`.
class Search
{
public:
    explicit Search(const QString& text) : original(text), work(text) {}

    const QString& original;
    QString work;
    QList<RedactedSpan> spans;

    void add(Kind kind, qsizetype start, qsizetype length, QString normalised, QString mask)
    {
        spans.append(RedactedSpan{kind, start, length, std::move(normalised), std::move(mask)});
    }

    /// Blanks what has been added since the previous call.
    void blankNew()
    {
        for (qsizetype i = m_blanked; i < spans.size(); ++i) {
            const RedactedSpan& span = spans.at(i);
            for (qsizetype p = span.start; p < span.start + span.length; ++p)
                work[p] = kBlank;
        }
        m_blanked = spans.size();
    }

    [[nodiscard]] bool overlapsFound(qsizetype start, qsizetype length) const
    {
        return std::any_of(spans.cbegin(), spans.cend(), [&](const RedactedSpan& s) {
            return start < s.start + s.length && s.start < start + length;
        });
    }

private:
    qsizetype m_blanked = 0;
};

// --- E-mail ---------------------------------------------------------------------------------

void findEmails(Search& search)
{
    // Letters (\p{L}) include non-ASCII ones, followed by combining marks (\p{M}) when typed
    // decomposed; domain labels at most 63 characters (RFC 1035), which also bounds the
    // backtracking.
    static const QRegularExpression pattern(
        QStringLiteral("(?<![\\p{L}\\p{M}\\p{N}_%+'-])"
                       "[\\p{L}\\p{N}_%+'-][\\p{L}\\p{M}\\p{N}._%+'-]*"
                       "@"
                       "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?\\.)+"
                       "\\p{L}[\\p{L}\\p{M}]{1,62}"
                       "(?![\\p{L}\\p{M}\\p{N}-])"));
    auto it = pattern.globalMatch(search.work);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const std::optional<QString> email = Email::normalise(match.captured());
        if (!email)
            continue;
        const QString tld = email->sliced(email->lastIndexOf(u'.') + 1);
        search.add(Kind::Email, match.capturedStart(), match.capturedLength(), *email,
                   QStringLiteral("***@***.") + tld);
    }
    search.blankNew();
}

// --- IBAN -----------------------------------------------------------------------------------

/// IBAN lengths by country, from the SWIFT IBAN Registry (release 101).
const QHash<QString, int>& ibanLengths()
{
    static const QHash<QString, int> lengths = [] {
        const std::pair<const char*, int> table[] = {
            {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
            {"BG", 22}, {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22},
            {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20},
            {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22},
            {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HN", 28}, {"HR", 21},
            {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30},
            {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
            {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20},
            {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23},
            {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22},
            {"RU", 33}, {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24},
            {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26},
            {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
        };
        QHash<QString, int> out;
        for (const auto& [country, length] : table)
            out.insert(QString::fromLatin1(country), length);
        return out;
    }();
    return lengths;
}

bool isIbanSeparator(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiDigit(c) || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

/// ISO 7064 MOD 97-10 as ISO 13616 applies it, on upper-case ASCII letters and digits.
bool ibanChecksumValid(QStringView iban)
{
    int remainder = 0;
    const auto feed = [&remainder](QChar c) {
        const int value = isAsciiDigit(c) ? c.unicode() - u'0' : c.unicode() - u'A' + 10;
        remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
    };
    for (QChar c : iban.sliced(4))
        feed(c);
    for (QChar c : iban.first(4))
        feed(c);
    return remainder == 1;
}

QString ibanMask(const QString& iban)
{
    QString out;
    for (qsizetype i = 0; i < iban.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += u' ';
        out += i < 2 || i >= iban.size() - 4 ? iban.at(i) : QChar(u'*');
    }
    return out;
}

void findIbans(Search& search)
{
    static const QRegularExpression start(QStringLiteral("(?<![\\p{L}\\p{N}])[A-Za-z]{2}[0-9]{2}"));
    const QString& work = search.work;
    auto it = start.globalMatch(work);
    qsizetype resumeAt = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() < resumeAt)
            continue;
        const QString country = match.captured().first(2).toUpper();
        const int length = ibanLengths().value(country, 0);
        if (length == 0)
            continue;
        // The rest: ASCII letters and digits, a single separator allowed before each.
        QString iban = match.captured().toUpper();
        qsizetype pos = match.capturedEnd();
        while (iban.size() < length && pos < work.size()) {
            if (isIbanSeparator(work.at(pos)) && pos + 1 < work.size() &&
                isAsciiAlnum(work.at(pos + 1)))
                ++pos;
            if (!isAsciiAlnum(work.at(pos)))
                break;
            iban += work.at(pos).toUpper();
            ++pos;
        }
        if (iban.size() != length)
            continue;
        if (pos < work.size() && (work.at(pos).isLetterOrNumber() || work.at(pos).isMark()))
            continue;
        if (!ibanChecksumValid(iban))
            continue;
        search.add(Kind::Iban, match.capturedStart(), pos - match.capturedStart(), iban,
                   ibanMask(iban));
        resumeAt = pos;
    }
    search.blankNew();
}

// --- Identity codes and business IDs ---------------------------------------------------------

void findIdentityCodes(Search& search)
{
    // Digits on either side would make it part of a longer number; letters are allowed
    // ("hetu:131052-308T", typed together), the check character guards against chance.
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![0-9])[0-9]{6}[-+\\x{2010}-\\x{2013}\\x{2212}A-FU-Ya-fu-y][0-9]{3}[0-9A-Ya-y]"
        "(?![0-9])"));
    auto it = pattern.globalMatch(search.work);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const auto code = IdentityCode::parse(withPlainHyphens(match.captured()));
        if (!code)
            continue;
        search.add(Kind::IdentityCode, match.capturedStart(), match.capturedLength(),
                   code->normalised(), QStringLiteral("******-****"));
    }
    search.blankNew();
}

void findBusinessIds(Search& search)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9])[0-9]{7}[-\\x{2010}-\\x{2013}\\x{2212}][0-9](?![0-9])"));
    auto it = pattern.globalMatch(search.work);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const auto id = BusinessId::parse(withPlainHyphens(match.captured()));
        if (!id)
            continue;
        search.add(Kind::BusinessId, match.capturedStart(), match.capturedLength(), id->toString(),
                   QStringLiteral("*******-*"));
    }
    search.blankNew();
}

// --- Cards ----------------------------------------------------------------------------------

constexpr int kCardMinDigits = 13;
constexpr int kCardMaxDigits = 19;

/// ISO/IEC 7812-1 Annex B: from the right, every second digit doubled (less 9 when over 9);
/// the sum ends in 0.
bool luhnValid(QStringView digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

struct DigitGroup
{
    qsizetype start = 0, length = 0;
};

/// A run of digit groups: the longest card that passes the check and ends at the last group
/// is taken, then the groups before it are tried the same way. From the right because a
/// number typed just before a card must not take the card's first groups and leave its rest
/// in clear: in "+358 40 111 2240 4111 1111 1111 1111", "40 111 2240 4111 1111" passes too.
void findCardsInRun(Search& search, const QList<DigitGroup>& groups)
{
    const QString& work = search.work;
    for (qsizetype last = groups.size() - 1; last >= 0;) {
        bool found = false;
        for (qsizetype first = 0; first <= last && !found; ++first) {
            QString digits;
            for (qsizetype g = first; g <= last; ++g)
                digits += QStringView(work).sliced(groups.at(g).start, groups.at(g).length);
            if (digits.size() < kCardMinDigits)
                break; // shorter still from here on
            if (digits.size() > kCardMaxDigits || digits.at(0) == u'0' || !luhnValid(digits))
                continue;
            const qsizetype start = groups.at(first).start;
            const qsizetype end = groups.at(last).start + groups.at(last).length;
            search.add(Kind::CardNumber, start, end - start, QString(),
                       QStringLiteral("**** **** **** ") + digits.last(4));
            last = first - 1;
            found = true;
        }
        if (!found)
            --last;
    }
}

void findCards(Search& search)
{
    // A run of digit groups separated by one space, no-break space or hyphen; not after a
    // digit or a `+` (a phone number's country code). Possessive: a run is never cut short.
    static const QRegularExpression run(
        QStringLiteral("(?<![0-9+])[0-9]++(?:[ \\x{00A0}\\x{202F}-][0-9]++)*+"));
    auto it = run.globalMatch(search.work);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        // Fewer characters than a card has digits: most runs (prices, times, order numbers).
        if (match.capturedLength() < kCardMinDigits)
            continue;
        QList<DigitGroup> groups;
        for (qsizetype p = match.capturedStart(); p < match.capturedEnd(); ++p) {
            if (!isAsciiDigit(search.work.at(p)))
                continue;
            if (groups.isEmpty() || groups.last().start + groups.last().length != p)
                groups.append(DigitGroup{p, 0});
            ++groups.last().length;
        }
        findCardsInRun(search, groups);
    }
    search.blankNew();
}

// --- Phone numbers --------------------------------------------------------------------------

const lpn::PhoneNumberUtil& phoneUtil()
{
    // PhoneNumber's own first use of the singleton silences libphonenumber's logger (its
    // messages may quote input); isKnownRegion() is such a use. Setting a logger here as
    // well would delete the one PhoneNumber set, which another thread may be using.
    static const lpn::PhoneNumberUtil* const instance = [] {
        (void)PhoneNumber::isKnownRegion(PhoneNumber::defaultRegion());
        return lpn::PhoneNumberUtil::GetInstance();
    }();
    return *instance;
}

/// The text as UTF-8, for libphonenumber, with the UTF-16 position of every byte (and of the
/// end). A lone surrogate becomes U+FFFD: the matcher refuses text that is not UTF-8.
struct Utf8Text
{
    std::string bytes;
    std::vector<qsizetype> position; ///< bytes.size() + 1 entries

    explicit Utf8Text(const QString& text)
    {
        bytes.reserve(static_cast<size_t>(text.size()));
        position.reserve(static_cast<size_t>(text.size()) + 1);
        for (qsizetype i = 0; i < text.size();) {
            char32_t cp = text.at(i).unicode();
            qsizetype units = 1;
            if (QChar::isHighSurrogate(cp) && i + 1 < text.size() &&
                text.at(i + 1).isLowSurrogate()) {
                cp = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                units = 2;
            } else if (QChar::isSurrogate(cp)) {
                cp = QChar::ReplacementCharacter;
            }
            const size_t before = bytes.size();
            if (cp < 0x80) {
                bytes += static_cast<char>(cp);
            } else if (cp < 0x800) {
                bytes += static_cast<char>(0xC0 | (cp >> 6));
                bytes += static_cast<char>(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                bytes += static_cast<char>(0xE0 | (cp >> 12));
                bytes += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                bytes += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                bytes += static_cast<char>(0xF0 | (cp >> 18));
                bytes += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                bytes += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                bytes += static_cast<char>(0x80 | (cp & 0x3F));
            }
            position.insert(position.end(), bytes.size() - before, i);
            i += units;
        }
        position.push_back(text.size());
    }
};

/// True for a match that is a date, a time or a range of them as people write them
/// (`05.2024`, `1.5.2024 14.30`, `20.5.-25.5.2024`): libphonenumber reads some of them as
/// valid numbers in some regions. Every part has a `.`, `/`, `:` or `-` inside, so a number
/// grouped by spaces is never taken for one.
bool looksLikeDateOrTime(const QString& raw)
{
    static const QString part = QStringLiteral("(?:[0-9]{1,2}\\.[0-9]{1,2}\\.(?:[0-9]{2}|[0-9]{4})?"
                                               "|[0-9]{1,2}[/-][0-9]{1,2}[/-](?:[0-9]{2}|[0-9]{4})"
                                               "|[0-9]{1,2}/[0-9]{1,2}"
                                               "|[0-9]{1,2}[./][0-9]{4}"
                                               "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
                                               "|[0-9]{1,2}[.:][0-9]{2}(?:[.:][0-9]{2})?)");
    static const QRegularExpression pattern(
        QStringLiteral("^%1(?:(?:\\s*[-\\x{2013}\\x{2014}]\\s*|\\s+)%1)*$").arg(part));
    return pattern.match(raw).hasMatch();
}

QString e164Of(const lpn::PhoneNumber& number)
{
    std::string out;
    phoneUtil().Format(number, lpn::PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

void findPhones(Search& search, const QString& region)
{
    const lpn::PhoneNumberUtil& util = phoneUtil();
    const bool knownRegion = PhoneNumber::isKnownRegion(region);
    const Utf8Text utf8(search.work);
    lpn::PhoneNumberMatcher matcher(util, utf8.bytes, knownRegion ? region.toStdString() : "ZZ",
                                    lpn::PhoneNumberMatcher::VALID,
                                    std::numeric_limits<int>::max());
    lpn::PhoneNumberMatch match;
    while (matcher.HasNext()) {
        if (!matcher.Next(&match))
            break;
        const auto byteStart = static_cast<size_t>(match.start());
        const size_t byteEnd = byteStart + match.raw_string().size();
        if (byteEnd > utf8.bytes.size())
            continue;
        const qsizetype start = utf8.position.at(byteStart);
        const qsizetype length = utf8.position.at(byteEnd) - start;
        const QString raw = search.original.sliced(start, length);
        if (looksLikeDateOrTime(raw) || search.overlapsFound(start, length))
            continue;
        const auto reading = knownRegion ? PhoneNumber::read(raw, region) : std::nullopt;
        const QString e164 = reading ? reading->e164 : e164Of(match.number());
        search.add(Kind::Phone, start, length, e164, Masking::maskPhone(e164));
    }
    search.blankNew();
}

} // namespace

Redaction Redactor::redact(const QString& text, const QString& phoneRegion)
{
    Search search(text);
    findEmails(search);
    findIbans(search);
    findIdentityCodes(search);
    findBusinessIds(search);
    findCards(search);
    findPhones(search, phoneRegion);

    Redaction out;
    out.spans = std::move(search.spans);
    std::sort(out.spans.begin(), out.spans.end(),
              [](const RedactedSpan& a, const RedactedSpan& b) { return a.start < b.start; });
    qsizetype copied = 0;
    for (const RedactedSpan& span : std::as_const(out.spans)) {
        out.text += QStringView(text).sliced(copied, span.start - copied);
        out.text += span.mask;
        copied = span.start + span.length;
    }
    out.text += QStringView(text).sliced(copied);
    return out;
}

QString Redactor::kindId(RedactedSpan::Kind kind)
{
    switch (kind) {
    case Kind::IdentityCode:
        return QStringLiteral("identity_code");
    case Kind::CardNumber:
        return QStringLiteral("card");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Iban:
        return QStringLiteral("iban");
    case Kind::BusinessId:
        return QStringLiteral("business_id");
    }
    return {};
}

} // namespace tallenne
