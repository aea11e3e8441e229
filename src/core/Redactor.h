#pragma once

#include <QList>
#include <QString>

namespace tallenne {

/// One identifier found in a text.
struct RedactedSpan
{
    enum class Kind
    {
        IdentityCode,
        CardNumber,
        Phone,
        Email,
        Iban,
        BusinessId,
    };
    Kind kind = Kind::IdentityCode;
    qsizetype start = 0, length = 0; ///< in the original text (UTF-16 units)
    /// What the lookup index needs: E.164 (PhoneNumber::read), lower-case e-mail
    /// (Email::normalise), upper-case identity code (IdentityCode::normalised), business ID
    /// NNNNNNN-C (BusinessId::toString), IBAN in upper case without spaces; empty for a card
    /// (cards are never indexed).
    QString normalised;
    QString mask; ///< what replaces it in the redacted text
};

struct Redaction
{
    QString text;              ///< the redacted text
    QList<RedactedSpan> spans; ///< what was found, in order of `start`; never overlapping
};

/// Finds personal identifiers in free text (chat messages) and replaces each with a mask, for the
/// roles that read transcripts without the identifier key (the design's "Keys per capability" and
/// its roles table: quality managers and trainers read and search redacted transcripts). Pure: no
/// I/O, no logging, no state between calls; safe to call from several threads at once.
///
/// **What is found**, in this order; a later kind never takes a character an earlier one took (the
/// text of a found span is blanked before the next kind is looked for, so a span's digits cannot
/// start or end another kind's candidate):
///  1. **E-mail address** `local@domain.tld`: a local part of letters, digits and `. _ % + - '`
///     (not starting with `.`), one `@`, dot-separated domain labels of letters, digits and inner
///     hyphens, and a top-level label of 2–63 letters; then Email::normalise. Letters include
///     non-ASCII ones (internationalised addresses, RFC 6531) and the combining marks of letters
///     typed decomposed. First, because an address may hold digits that would pass as another kind
///     (`0401112241@sms.example.fi`, `131052-308t@example.fi`): the whole address is the
///     identifier. Not found: quoted local parts, IP literals, `matti (at) example.fi`. Mask
///     `***@***.fi`: only the top-level domain stays. Masking::maskEmail keeps the whole domain,
///     which is right for a column of caller forms but not here: in a chat the domain is often the
///     person's own (`matti@meikalainen.fi`) and the redacted text is searchable word by word.
///  2. **IBAN** (ISO 13616-1): two letters of a country in the SWIFT IBAN Registry (release 101),
///     two check digits and the BBAN, exactly the registry's length for that country (Finland: `FI`
///     and 16 digits), letters in either case, single spaces allowed between characters (the paper
///     format groups by four; no-break spaces too), valid by ISO 7064 MOD 97-10 (the number, its
///     first four characters moved to the end and letters read as 10–35, leaves 1 when divided by
///     97). The character after it is not a letter or digit. Mask: the country code and the last
///     four characters, the rest `*`, grouped by four: `FI** **** **** **07 85`. The length is the
///     country's, so it tells nothing.
///  3. **Finnish personal identity code** (henkilötunnus, DVV): `DDMMYYCZZZQ` with every century
///     sign IdentityCode accepts (`+`, `-`, Y, X, W, V, U, A–F; lower case too), validated by
///     IdentityCode::parse (the date exists, individual number 002–999, the check character). Not
///     inside a longer number (no digit on either side); a letter may touch it (`hetu:131052-308T`,
///     typed together). A typographic dash typed for `-` (U+2010–U+2013, U+2212, as phones and word
///     processors substitute) is read as `-`, and the normalised code has `-`. Mask `******-****`:
///     the same for every code. Masking::maskIdentityCode keeps the birth date and century sign; in
///     a transcript, next to a name or an address, a birth date narrows the person down and the
///     readers of redacted text (quality, training) have no use for it.
///  4. **Finnish business ID** (Y-tunnus, PRH): `NNNNNNN-C` (also with a typographic dash), not
///     inside a longer number, validated by BusinessId::parse. The VAT form (`FI17613372`) and
///     six-digit IDs are not looked for in free text: without the hyphen and its seven digits the
///     shape is too common. Sole traders' IDs are personal data, so every ID is redacted. Mask
///     `*******-*`.
///  5. **Payment card number**: 13–19 digits in groups separated by single spaces, no-break spaces
///     or hyphens, passing the Luhn check (ISO/IEC 7812-1, Annex B). The first digit is not 0
///     (major industry identifier 0 is ISO/TC 68's, no payment card uses it), and the number does
///     not follow a digit or a `+` (a phone number's country code). Within a run of groups, the
///     longest passing run of whole groups that ends at the last group is taken, then the groups
///     before it are tried the same way: from the right, so that a number typed just before a card
///     cannot take the card's first groups and leave the rest in clear. Mask `**** **** **** 1234`:
///     the last four digits, which PCI DSS (req. 3.4.1) allows to be shown; the same shape for
///     every length.
///  6. **Phone number**: libphonenumber's PhoneNumberMatcher at leniency VALID in `phoneRegion`
///     (national numbers of that region, international ones with `+`, `00` or the region's
///     international prefix), normalised with PhoneNumber::read (or, when read refuses the matched
///     text, e.g. one with an extension, libphonenumber's E.164 of the match). A region
///     libphonenumber does not know finds only numbers written with `+`. Matches that are dates,
///     times or ranges of them, each part with a `.`, `/`, `:` or `-` inside, are dropped:
///     libphonenumber finds `05.2024` and `05/2024` valid in Finland (+358 5 2024),
///     `20.5.-25.5.2024` in the US, `1.5.2024 14.30` in India. It passes over `12.05.2024`, `klo
///     14.30` and `49,90 €` itself. A number grouped by spaces is never taken for a date. Mask:
///     Masking::maskPhone of the E.164 form, `+358 40 *****41`, the masked form the register shows
///     callers' numbers in.
///
/// **Over-redaction is preferred to a leak**: a 13–19 digit order or reference number that happens
/// to pass the Luhn check (one in ten; also the digits of a creditor reference `RF18 5390 0754
/// 7034`) is masked as a card; `NNNNNNN-C` whose last digit happens to fit (about one in ten) as a
/// business ID; a number libphonenumber finds valid in the region (`tilaus 0401234`, a Finnish
/// mobile number) as a phone number.
///
/// **Not found**: identifiers spelt out in words or split by line breaks, identity codes or
/// business IDs with spaces inside, Finnish domestic account numbers in the pre-IBAN form
/// (`123456-785`), national numbers written without the trunk prefix (`40 111 2241`: the matcher
/// requires it where the region's plan does), names and postal addresses.
///
/// Text outside the spans is copied unchanged (line breaks, emoji, letters of any script).
///
/// **Cost**, measured on the shared two-core build machine under load (upper bounds): the
/// regular expressions take 0.07–0.2 ms for 2,000 characters; libphonenumber's matcher dominates
/// wherever there are digits: 0.1–0.3 ms for a 100-character message with one phone number, some
/// 3 ms for 2,000 characters dense with numbers (thirty identifiers); text without digits costs a
/// few microseconds.
class Redactor
{
public:
    /// `phoneRegion` reads national phone numbers (ISO 3166-1 alpha-2, e.g. "FI").
    [[nodiscard]] static Redaction redact(const QString& text, const QString& phoneRegion);

    /// A stable name for a kind, for storage and the lookup index: "identity_code", "card",
    /// "phone", "email", "iban", "business_id".
    [[nodiscard]] static QString kindId(RedactedSpan::Kind kind);
};

} // namespace tallenne
