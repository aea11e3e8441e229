#include "services/audit/AuditTrailView.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace tallenne {

namespace {

// Ids as the services write them: user names, actions, "kind" or "kind:id".
bool isId(const QString& value)
{
    static const QRegularExpression id(
        QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{0,63}(:[A-Za-z0-9._@-]{1,64})?$"));
    return id.match(value).hasMatch();
}

QString idOrText(const QString& value)
{
    return isId(value) ? value : QStringLiteral("(text)");
}

} // namespace

AuditTrailView::AuditTrailView(QSqlDatabase db, AuditFilter filter, bool ownEntriesOnly,
                               qint64 count)
    : m_db(std::move(db)), m_filter(std::move(filter)), m_ownEntriesOnly(ownEntriesOnly),
      m_count(count)
{}

std::optional<QList<AuditEntry>> AuditTrailView::page(qint64 offset, int limit, Error* error) const
{
    AuditFilter f = m_filter;
    f.offset = offset;
    f.limit = std::max(1, limit);
    Error readError;
    QList<AuditEntry> entries = AuditLog(m_db).list(f, &readError);
    if (readError) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    return entries;
}

qint64 AuditTrailView::trailStart(Error* error) const
{
    return AuditLog(m_db).firstSequence(error);
}

qint64 AuditTrailView::rowOf(qint64 sequence, Error* error) const
{
    if (sequence <= 0 || (m_filter.maxSequence > 0 && sequence > m_filter.maxSequence))
        return -1;
    AuditFilter one = m_filter;
    one.minSequence = std::max(one.minSequence, sequence);
    one.maxSequence = sequence;
    if (AuditLog(m_db).count(one, error) != 1)
        return -1;
    AuditFilter newer = m_filter;
    newer.minSequence = std::max(newer.minSequence, sequence + 1);
    return AuditLog(m_db).count(newer, error);
}

QString AuditTrailView::csvField(const QString& value)
{
    // The values go out as they are (the export is evidence): quoted, not altered.
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')) &&
        value.trimmed() == value)
        return value;
    QString v = value;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

bool AuditTrailView::writeCsv(QIODevice& device, Error* error) const
{
    const auto line = [](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csvField(f);
        return (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    };
    const auto write = [&](const QByteArray& bytes) {
        if (device.write(bytes) == bytes.size())
            return true;
        return fail(error, ErrorKind::Environment,
                    tr("The CSV file cannot be written: %1").arg(device.errorString()));
    };
    if (!write(line({QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("user"),
                     QStringLiteral("roles"), QStringLiteral("action"), QStringLiteral("object"),
                     QStringLiteral("purpose"), QStringLiteral("details")})))
        return false;
    constexpr int pageSize = 500;
    for (qint64 offset = 0;; offset += pageSize) {
        const auto entries = page(offset, pageSize, error);
        if (!entries)
            return false;
        for (const AuditEntry& e : *entries) {
            const QDateTime local = e.at.toLocalTime();
            const QString time =
                local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
            if (!write(line({QString::number(e.sequence), time, e.user, e.roles, e.action, e.object,
                             e.purpose, e.details})))
                return false;
        }
        if (entries->size() < pageSize)
            return true;
    }
}

QString AuditTrailView::summary(const AuditFilter& filter, bool ownEntriesOnly)
{
    QStringList parts;
    if (!filter.user.isEmpty())
        parts << QStringLiteral("user=") + idOrText(filter.user);
    if (!filter.action.isEmpty())
        parts << QStringLiteral("action=") + idOrText(filter.action);
    if (!filter.object.isEmpty())
        parts << QStringLiteral("object=") + idOrText(filter.object);
    if (filter.from.isValid())
        parts << QStringLiteral("from=") + filter.from.toUTC().toString(Qt::ISODate);
    if (filter.to.isValid())
        parts << QStringLiteral("to=") + filter.to.toUTC().toString(Qt::ISODate);
    if (filter.maxSequence > 0)
        parts << QStringLiteral("up-to=%1").arg(filter.maxSequence);
    parts << QStringLiteral("own=%1").arg(ownEntriesOnly ? 1 : 0);
    return parts.join(QLatin1Char(' '));
}

} // namespace tallenne
