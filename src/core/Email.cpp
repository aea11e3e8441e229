#include "core/Email.h"

namespace tallenne {

std::optional<QString> Email::normalise(const QString& input, QString* reason)
{
    auto reject = [reason](const QString& message) {
        if (reason)
            *reason = message;
        return std::nullopt;
    };
    const QString email = input.trimmed().toLower();
    if (email.isEmpty())
        return reject(tr("the e-mail address is empty"));
    for (QChar c : email) {
        if (c.isSpace())
            return reject(tr("an e-mail address has no spaces"));
    }
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
