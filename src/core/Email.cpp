#include "core/Email.h"

namespace tallenne {

std::optional<QString> Email::normalise(const QString& input, QString* reason)
{
    auto reject = [reason](const QString& message) {
        if (reason)
            *reason = message;
        return std::nullopt;
    };
    QString email = input.trimmed().toLower();
    // As mail programs and web pages write it: mailto:a@b.fi (RFC 6068, maybe with
    // ?subject=…) and <a@b.fi>.
    const auto dropBrackets = [&email] {
        if (email.size() >= 2 && email.startsWith(u'<') && email.endsWith(u'>'))
            email = email.sliced(1, email.size() - 2).trimmed();
    };
    dropBrackets();
    if (email.startsWith(QLatin1String("mailto:"))) {
        email = email.sliced(7);
        const qsizetype query = email.indexOf(u'?');
        if (query >= 0)
            email.truncate(query);
        email = email.trimmed();
        dropBrackets();
    }
    if (email.isEmpty())
        return reject(tr("the e-mail address is empty"));
    for (QChar c : email) {
        if (c.isSpace())
            return reject(tr("an e-mail address has no spaces"));
    }
    if (email.contains(u'<') || email.contains(u'>'))
        return reject(tr("the angle brackets around the address do not match"));
    if (email.count(u'@') != 1)
        return reject(tr("an e-mail address has exactly one @"));
    const qsizetype at = email.indexOf(u'@');
    const QStringView domain = QStringView(email).sliced(at + 1);
    if (at == 0)
        return reject(tr("the part before @ is empty"));
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.') ||
        domain.contains(u".."))
        return reject(tr("the part after @ should be a domain such as example.fi"));
    return email;
}

} // namespace tallenne
