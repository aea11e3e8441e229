#include "services/audit/AuditCheckpoint.h"

#include "services/audit/AuditAuthors.h"

namespace tallenne {

namespace {

QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

QString rolesText(Roles roles)
{
    const QStringList ids = RoleNames::ids(roles);
    return ids.isEmpty() ? QStringLiteral("-") : ids.join(QLatin1Char(','));
}

bool isHex(const QString& text, qsizetype bytes)
{
    return text.size() == 2 * bytes &&
           QByteArray::fromHex(text.toLatin1()).toHex() == text.toLatin1();
}

} // namespace

QString AuditCheckpoint::state() const
{
    QStringList list;
    for (auto it = authors.cbegin(); it != authors.cend(); ++it)
        list << QStringLiteral("%1/%2/%3")
                    .arg(it.key(),
                         it->key.isEmpty() ? QStringLiteral("-")
                                           : QString::fromLatin1(it->key.toHex()),
                         rolesText(it->roles));
    return QStringLiteral("register=%1 authors=%2 pending=%3")
        .arg(registerId.isEmpty() ? QStringLiteral("-") : registerId,
             list.isEmpty() ? QStringLiteral("-") : list.join(QLatin1Char(';')),
             pending.isEmpty() ? QStringLiteral("-") : pending.join(QLatin1Char(',')));
}

QString AuditCheckpoint::details() const
{
    return QStringLiteral("cut=%1 cut_hash=%2 removed=%3 from=%4 to=%5 ")
               .arg(cut)
               .arg(QString::fromLatin1(cutHash))
               .arg(removed)
               .arg(utc(firstAt), utc(lastAt)) +
           state();
}

std::optional<AuditCheckpoint> AuditCheckpoint::parse(const QString& details)
{
    const auto fields = AuditAuthors::parseDetails(details);
    static const QStringList names = {QStringLiteral("cut"),     QStringLiteral("cut_hash"),
                                      QStringLiteral("removed"), QStringLiteral("from"),
                                      QStringLiteral("to"),      QStringLiteral("register"),
                                      QStringLiteral("authors"), QStringLiteral("pending")};
    for (const QString& name : names) {
        if (!fields.contains(name))
            return std::nullopt;
    }
    AuditCheckpoint c;
    bool ok = false;
    c.cut = fields.value(QStringLiteral("cut")).toLongLong(&ok);
    if (!ok || c.cut < 1)
        return std::nullopt;
    const QString hash = fields.value(QStringLiteral("cut_hash"));
    if (!isHex(hash, 32))
        return std::nullopt;
    c.cutHash = hash.toLatin1();
    c.removed = fields.value(QStringLiteral("removed")).toLongLong(&ok);
    if (!ok || c.removed < 0)
        return std::nullopt;
    c.firstAt = QDateTime::fromString(fields.value(QStringLiteral("from")), Qt::ISODateWithMs);
    c.lastAt = QDateTime::fromString(fields.value(QStringLiteral("to")), Qt::ISODateWithMs);
    const QString registerId = fields.value(QStringLiteral("register"));
    c.registerId = registerId == QLatin1String("-") ? QString() : registerId;
    const QString authors = fields.value(QStringLiteral("authors"));
    if (authors != QLatin1String("-")) {
        for (const QString& item : authors.split(QLatin1Char(';'))) {
            const QStringList parts = item.split(QLatin1Char('/'));
            if (parts.size() != 3 ||
                !(parts[0].startsWith(QLatin1String("user:")) ||
                  parts[0].startsWith(QLatin1String("slot:"))) ||
                parts[0].size() < 6 || c.authors.contains(parts[0]))
                return std::nullopt;
            Author a;
            if (parts[1] != QLatin1String("-")) {
                if (!isHex(parts[1], 32))
                    return std::nullopt;
                a.key = QByteArray::fromHex(parts[1].toLatin1());
            }
            if (parts[2] != QLatin1String("-")) {
                const auto roles =
                    RoleNames::fromIds(parts[2].split(QLatin1Char(','), Qt::SkipEmptyParts));
                if (!roles)
                    return std::nullopt;
                a.roles = *roles;
            }
            c.authors.insert(parts[0], a);
        }
    }
    const QString pending = fields.value(QStringLiteral("pending"));
    if (pending != QLatin1String("-"))
        c.pending = pending.split(QLatin1Char(','));
    // Canonical form only: what parses must print the same, so no two details mean one state.
    if (c.details() != details)
        return std::nullopt;
    return c;
}

} // namespace tallenne
