#include "core/Masking.h"

#include "core/IdentityCode.h"
#include "core/PhoneNumber.h"

#include <QStringList>

namespace tallenne {

namespace {

/// The first character of a word (both halves of a surrogate pair) in upper case.
QString initialOf(QStringView word)
{
    const qsizetype length = word.size() >= 2 && word.at(0).isHighSurrogate() ? 2 : 1;
    return word.first(length).toString().toUpper();
}

} // namespace

QString Masking::unrecognised()
{
    return QStringLiteral("***");
}

QString Masking::maskPhone(const QString& e164)
{
    if (!PhoneNumber::isE164(e164))
        return unrecognised();
    const qsizetype ccLength = PhoneNumber::countryCodeLength(QStringView(e164).sliced(1));
    const qsizetype nsnLength = e164.size() - 1 - ccLength;
    // Keep at least three digits hidden, whatever the length.
    const qsizetype shownFirst = nsnLength >= 7 ? 2 : 0;
    const qsizetype shownLast = nsnLength >= 5 ? 2 : 0;

    QString out = PhoneNumber::formatForDisplay(e164);
    qsizetype digitIndex = 0;
    for (QChar& c : out) {
        if (c < u'0' || c > u'9')
            continue;
        const qsizetype nsnIndex = digitIndex++ - ccLength;
        if (nsnIndex >= shownFirst && nsnIndex < nsnLength - shownLast)
            c = u'*';
    }
    return out;
}

QString Masking::maskIdentityCode(const QString& code)
{
    const QString trimmed = code.trimmed().toUpper();
    if (trimmed.size() != 11 || !IdentityCode::isCenturySign(trimmed.at(6)))
        return unrecognised();
    for (qsizetype i = 0; i < 6; ++i) {
        if (trimmed.at(i) < u'0' || trimmed.at(i) > u'9')
            return unrecognised();
    }
    return trimmed.first(7) + QStringLiteral("****");
}

QString Masking::maskName(const QString& name)
{
    QStringList initials;
    const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words) {
        QStringList parts;
        for (QStringView part : QStringView(word).split(u'-', Qt::SkipEmptyParts))
            parts += initialOf(part) + u'.';
        if (!parts.isEmpty())
            initials += parts.join(u'-');
    }
    return initials.join(u' ');
}

QString Masking::maskEmail(const QString& email)
{
    const QString trimmed = email.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at <= 0 || at == trimmed.size() - 1)
        return unrecognised();
    return initialOf(trimmed).toLower() + QStringLiteral("***") + trimmed.sliced(at).toLower();
}

} // namespace tallenne
